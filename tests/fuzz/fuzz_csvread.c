/* Fuzz target over the raw CSV reader (csvread_buffer with libcsv underneath): any input
 * either parses or is refused with a message, and every row handed out is well formed —
 * line numbers never go backwards or past the last line, fields are NUL-terminated at their
 * length. Built like fuzz_inventar.c (libFuzzer by `make fuzz`, replayed by `make check`). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "data/csvread.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct seen {
	size_t last_line, max_line, rows;
};

static int on_row(void *ctx, const struct csv_row *row, struct wp_err *e)
{
	struct seen *s = ctx;
	(void)e;
	if (row->line < s->last_line || row->line > s->max_line || row->n == 0)
		abort();
	for (size_t i = 0; i < row->n; i++)
		if (row->field[i][row->len[i]] != '\0' || strlen(row->field[i]) > row->len[i])
			abort();
	s->last_line = row->line;
	s->rows++;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *buf = (const char *)data;
	struct seen s = { .last_line = 1, .max_line = 1 };
	for (size_t i = 0; i < size; i++)
		s.max_line += buf[i] == '\n';
	char delim = csvread_detect_delim(buf, size);
	if (delim != ';' && delim != ',' && delim != '\t')
		abort();
	struct wp_err e = { 0 };
	int rc = csvread_buffer("fuzz.csv", buf, size, 0, on_row, &s, &e);
	if (rc != 0 && rc != -WP_EFORMAT && rc != -WP_ENOMEM)
		abort();
	if (rc == -WP_EFORMAT && strncmp(e.msg, "fuzz.csv:", 9) != 0)
		abort(); /* a refusal names the file and line */
	return 0;
}
