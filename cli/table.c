/* Aligned tables for the CLI. */
#include "cli/table.h"

#include <stdlib.h>
#include <string.h>

#include "model/utf8.h"

struct out_table {
	size_t ncols, nrows, cap;
	char **cells; /* nrows × ncols */
	size_t *width;
	int *right;
};

struct out_table *out_table_new(size_t ncols, const int *right)
{
	struct out_table *t = calloc(1, sizeof *t);
	if (!t)
		return NULL;
	t->ncols = ncols;
	t->width = calloc(ncols, sizeof *t->width);
	t->right = calloc(ncols, sizeof *t->right);
	if (!t->width || !t->right) {
		out_table_free(t);
		return NULL;
	}
	if (right)
		memcpy(t->right, right, ncols * sizeof *right);
	return t;
}

int out_table_row(struct out_table *t, const char *const *cells)
{
	if (t->nrows == t->cap) {
		size_t nc = t->cap ? t->cap * 2 : 64;
		char **n = realloc(t->cells, nc * t->ncols * sizeof *n);
		if (!n)
			return -1;
		t->cells = n;
		t->cap = nc;
	}
	for (size_t i = 0; i < t->ncols; i++) {
		const char *s = cells[i] ? cells[i] : "";
		char *copy = strdup(s);
		if (!copy)
			return -1;
		/* one line per row: line breaks inside cells print as spaces */
		for (char *p = copy; *p; p++)
			if (*p == '\n' || *p == '\r' || *p == '\t')
				*p = ' ';
		t->cells[t->nrows * t->ncols + i] = copy;
		size_t w = utf8_width(copy);
		if (w > t->width[i])
			t->width[i] = w;
	}
	t->nrows++;
	return 0;
}

void out_table_print(const struct out_table *t, FILE *f)
{
	for (size_t r = 0; r < t->nrows; r++) {
		size_t pending = 0; /* spaces owed before the next non-empty output */
		for (size_t i = 0; i < t->ncols; i++) {
			const char *s = t->cells[r * t->ncols + i];
			size_t w = utf8_width(s), pad = t->width[i] - w;
			if (i > 0)
				pending += 2;
			if (t->right[i])
				pending += pad;
			if (*s) {
				fprintf(f, "%*s%s", (int)pending, "", s);
				pending = 0;
			}
			if (!t->right[i])
				pending += pad;
		}
		fputc('\n', f);
	}
}

void out_table_free(struct out_table *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->nrows * t->ncols; i++)
		free(t->cells[i]);
	free(t->cells);
	free(t->width);
	free(t->right);
	free(t);
}
