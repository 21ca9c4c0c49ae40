/* libcsv-based row reader with line tracking.
 * libcsv reports neither lines nor row starts, so the buffer is fed one physical line at a
 * time; before each line, a parser in state ROW_NOT_BEGUN (0) means the next row starts on
 * that line (blank lines are skipped by libcsv and simply move the start on). */
#include "data/csvread.h"

#include <csv.h>
#include <stdlib.h>
#include <string.h>

#include "data/bigmem.h"
#include "model/i18n.h"

#define CSVREAD_BLK ((size_t)64 * 1024)
#define RELEASE_STEP ((size_t)8 << 20) /* CSVREAD_RELEASE gives back this much at a time */
#define CSV_ROW_NOT_BEGUN 0 /* libcsv's private pstate value, stable since 2.x */

struct reader {
	csv_row_fn fn;
	int trim;           /* CSVREAD_TRIM */
	void *ctx;
	struct wp_err *e;
	int rc;             /* first error from the callback or OOM */
	size_t row_line;    /* line where the current row started */
	char **field;
	size_t *len;
	size_t *bufcap;     /* capacity of each field buffer, reused across rows */
	size_t n, cap;
};

static int is_blank(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* s[0..*len) without blanks and no-break spaces (U+00A0) at either end. */
static const char *trim(const char *s, size_t *len)
{
	size_t a = 0, n = *len;
	for (;;) {
		if (a < n && is_blank((unsigned char)s[a]))
			a++;
		else if (a + 1 < n && (unsigned char)s[a] == 0xC2 && (unsigned char)s[a + 1] == 0xA0)
			a += 2;
		else
			break;
	}
	for (;;) {
		if (n > a && is_blank((unsigned char)s[n - 1]))
			n--;
		else if (n >= a + 2 && (unsigned char)s[n - 2] == 0xC2 && (unsigned char)s[n - 1] == 0xA0)
			n -= 2;
		else
			break;
	}
	*len = n - a;
	return s + a;
}

static void on_field(void *fs, size_t len, void *data)
{
	struct reader *r = data;
	const char *s = fs;
	if (r->rc)
		return;
	/* the common cell ends in neither a blank (all ≤ ' ') nor a no-break space */
	if (r->trim && len && ((unsigned char)s[0] <= ' ' || (unsigned char)s[0] == 0xC2 ||
			       (unsigned char)s[len - 1] <= ' ' || (unsigned char)s[len - 1] == 0xA0))
		s = trim(s, &len);
	if (r->n == r->cap) {
		size_t nc = r->cap ? r->cap * 2 : 32;
		char **f = realloc(r->field, nc * sizeof *f);
		if (f)
			r->field = f;
		size_t *l = f ? realloc(r->len, nc * sizeof *l) : NULL;
		if (l)
			r->len = l;
		size_t *bc = l ? realloc(r->bufcap, nc * sizeof *bc) : NULL;
		if (!f || !l || !bc) {
			r->rc = wp_nomem(r->e);
			return;
		}
		r->bufcap = bc;
		for (size_t i = r->cap; i < nc; i++) {
			r->field[i] = NULL;
			r->bufcap[i] = 0;
		}
		r->cap = nc;
	}
	if (r->bufcap[r->n] < len + 1) {
		size_t want = len + 1 < 64 ? 64 : len + 1;
		char *nb = realloc(r->field[r->n], want);
		if (!nb) {
			r->rc = wp_nomem(r->e);
			return;
		}
		r->field[r->n] = nb;
		r->bufcap[r->n] = want;
	}
	char *copy = r->field[r->n];
	if (len)
		memcpy(copy, s, len);
	copy[len] = '\0';
	r->len[r->n] = len;
	r->n++;
}

static void on_row(int c, void *data)
{
	(void)c;
	struct reader *r = data;
	if (!r->rc) {
		struct csv_row row = { r->row_line, r->n, r->field, r->len };
		r->rc = r->fn(r->ctx, &row, r->e);
	}
	r->n = 0;
}

static int no_space(unsigned char c)
{
	(void)c;
	return 0;
}

char csvread_detect_delim(const char *buf, size_t len)
{
	size_t semi = 0, comma = 0, tab = 0;
	int quoted = 0;
	for (size_t i = 0; i < len; i++) {
		char c = buf[i];
		if (c == '"')
			quoted = !quoted;
		else if (!quoted && (c == '\n' || c == '\r'))
			break;
		else if (!quoted && c == ';')
			semi++;
		else if (!quoted && c == ',')
			comma++;
		else if (!quoted && c == '\t')
			tab++;
	}
	if (tab > semi && tab > comma)
		return '\t';
	if (comma > semi)
		return ',';
	return ';';
}

int csvread_buffer(const char *name, const char *buf, size_t len, char delim, csv_row_fn fn,
		   void *ctx, struct wp_err *e)
{
	return csvread_buffer_opt(name, buf, len, delim, 0, fn, ctx, e);
}

int csvread_buffer_opt(const char *name, const char *buf, size_t len, char delim,
		       unsigned flags, csv_row_fn fn, void *ctx, struct wp_err *e)
{
	struct csv_parser p;
	struct reader r = { .fn = fn, .ctx = ctx, .e = e, .row_line = 1,
			    .trim = (flags & CSVREAD_TRIM) != 0 };
	int rc = 0;
	const char *start = buf;
	size_t released = 0;

	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) {
		buf += 3;
		len -= 3;
	}
	if (!delim)
		delim = csvread_detect_delim(buf, len);
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0)
		return wp_nomem(e);
	csv_set_delim(&p, (unsigned char)delim);
	csv_set_space_func(&p, no_space);
	/* libcsv grows a field's buffer by this many bytes at a time: with its default of 128 a
	 * 10 MB cell (refused later, but read first) costs 80,000 reallocations and copies */
	csv_set_blk_size(&p, CSVREAD_BLK);

	size_t line = 1, off = 0;
	while (off < len && !r.rc) {
		const char *nl = memchr(buf + off, '\n', len - off);
		size_t chunk = nl ? (size_t)(nl - (buf + off)) + 1 : len - off;
		if (p.pstate == CSV_ROW_NOT_BEGUN)
			r.row_line = line;
		if (csv_parse(&p, buf + off, chunk, on_field, on_row, &r) != chunk) {
			rc = wp_fail(e, WP_EFORMAT, _("%s:%zu: ungültiges CSV: %s (Anführungszeichen prüfen)"),
				     name, line, csv_strerror(csv_error(&p)));
			wp_err_at(e, name, line, 0);
			goto out;
		}
		off += chunk;
		line++;
		if ((flags & CSVREAD_RELEASE) && off - released >= RELEASE_STEP) {
			released = off;
			big_release(start, (size_t)(buf + off - start));
		}
	}
	if (!r.rc && csv_fini(&p, on_field, on_row, &r) != 0) {
		rc = wp_fail(e, WP_EFORMAT,
			     _("%s:%zu: ungültiges CSV: Anführungszeichen ab Zeile %zu nicht geschlossen"),
			     name, line > 1 ? line - 1 : 1, r.row_line);
		wp_err_at(e, name, line > 1 ? line - 1 : 1, 0);
		goto out;
	}
	rc = r.rc;
out:
	csv_free(&p);
	for (size_t i = 0; i < r.cap; i++)
		free(r.field[i]);
	free(r.field);
	free(r.len);
	free(r.bufcap);
	return rc;
}
