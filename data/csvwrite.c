/* CSV writer on top of libcsv's field quoting; in sink mode the rows go to a callback. */
#include "data/csvwrite.h"

#include <csv.h>
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "model/i18n.h"

struct csvout {
	FILE *f;          /* NULL for a sink */
	char *path, *tmp; /* NULL for stdout and a sink */
	csvout_sink_fn sink;
	void *sink_ctx;
	enum csv_dialect d;
	char delim;
	int err;          /* errno of the first failure */
	size_t rows;
	size_t ungeprueft; /* rows resting on an unverified profile (csvout_mark_ungeprueft) */
	char *qbuf;       /* scratch for quoted fields */
	size_t qcap;
};

int csv_dialect_parse(const char *s)
{
	if (strcmp(s, "excel-de") == 0)
		return DIALECT_EXCEL_DE;
	if (strcmp(s, "rfc4180") == 0)
		return DIALECT_RFC4180;
	return -1;
}

int csv_needs_guard(const char *s)
{
	while (*s == '\'')
		s++;
	return *s == '=' || *s == '+' || *s == '-' || *s == '@' || *s == '\t' || *s == '\r';
}

int csvout_open(const char *path, enum csv_dialect d, struct csvout **out, struct wp_err *e)
{
	struct csvout *o = calloc(1, sizeof *o);
	*out = NULL;
	if (!o)
		return wp_nomem(e);
	o->d = d;
	o->delim = d == DIALECT_EXCEL_DE ? ';' : ',';
	if (!path || strcmp(path, "-") == 0) {
		o->f = stdout;
	} else {
		size_t n = strlen(path) + 16;
		o->path = strdup(path);
		o->tmp = malloc(n);
		if (!o->path || !o->tmp) {
			free(o->path);
			free(o->tmp);
			free(o);
			return wp_nomem(e);
		}
		snprintf(o->tmp, n, "%s.tmpXXXXXX", path);
		int fd = mkstemp(o->tmp);
		if (fd < 0 || !(o->f = fdopen(fd, "wb"))) {
			int rc = wp_fail(e, WP_EIO, _(EXPORT_MSG_OPEN), path,
					 wp_errno_text(errno));
			if (fd >= 0) {
				close(fd);
				unlink(o->tmp);
			}
			free(o->path);
			free(o->tmp);
			free(o);
			return rc;
		}
	}
	if (d == DIALECT_EXCEL_DE && fputs("\xEF\xBB\xBF", o->f) == EOF)
		o->err = errno ? errno : EIO;
	i18n_file_begin(); /* ended by csvout_close */
	*out = o;
	return 0;
}

int csvout_open_sink(csvout_sink_fn sink, void *ctx, enum csv_dialect d, struct csvout **out,
		     struct wp_err *e)
{
	struct csvout *o = calloc(1, sizeof *o);
	*out = NULL;
	if (!o)
		return wp_nomem(e);
	o->d = d;
	o->sink = sink;
	o->sink_ctx = ctx;
	i18n_file_begin(); /* ended by csvout_close */
	*out = o;
	return 0;
}

int csvout_german(const struct csvout *o)
{
	return o->d == DIALECT_EXCEL_DE;
}

size_t csvout_rows(const struct csvout *o)
{
	return o->rows;
}

void csvout_mark_ungeprueft(struct csvout *o)
{
	o->ungeprueft++;
}

size_t csvout_ungeprueft(const struct csvout *o)
{
	return o->ungeprueft;
}

static int needs_quotes(const char *s, char delim)
{
	if (!*s)
		return 0;
	if (s[0] == ' ' || s[strlen(s) - 1] == ' ')
		return 1;
	for (; *s; s++)
		if (*s == delim || *s == '"' || *s == '\n' || *s == '\r')
			return 1;
	return 0;
}

/* 1 if s is a plain signed number: "-1234", "-17,5", "17.5" (no formula). */
static int plain_number(const char *s)
{
	if (*s == '-')
		s++;
	if (!isdigit((unsigned char)*s))
		return 0;
	while (isdigit((unsigned char)*s))
		s++;
	if (*s == ',' || *s == '.') {
		if (!isdigit((unsigned char)*++s))
			return 0;
		while (isdigit((unsigned char)*s))
			s++;
	}
	return !*s;
}

static void put_field(struct csvout *o, const char *s, int zahlen)
{
	char guarded_small[256];
	char *guarded = NULL;
	if (csv_needs_guard(s) && !(zahlen && plain_number(s))) {
		size_t n = strlen(s) + 2;
		guarded = n <= sizeof guarded_small ? guarded_small : malloc(n);
		if (!guarded) {
			o->err = ENOMEM;
			return;
		}
		guarded[0] = '\'';
		memcpy(guarded + 1, s, n - 1);
		s = guarded;
	}
	if (needs_quotes(s, o->delim)) {
		size_t len = strlen(s), need = len * 2 + 2;
		if (need > o->qcap) {
			char *nb = realloc(o->qbuf, need);
			if (!nb) {
				o->err = ENOMEM;
				goto out;
			}
			o->qbuf = nb;
			o->qcap = need;
		}
		size_t w = csv_write(o->qbuf, o->qcap, s, len);
		if (fwrite(o->qbuf, 1, w, o->f) != w)
			o->err = errno ? errno : EIO;
	} else if (*s && fputs(s, o->f) == EOF) {
		o->err = errno ? errno : EIO;
	}
out:
	if (guarded && guarded != guarded_small)
		free(guarded);
}

static void row(struct csvout *o, const char *const *cells, size_t n, int zahlen)
{
	if (o->err)
		return;
	if (o->sink) {
		const char *small[32] = { 0 };
		const char **c = n <= 32 ? small : malloc(n * sizeof *c);
		if (!c) {
			o->err = ENOMEM;
			return;
		}
		for (size_t i = 0; i < n; i++)
			c[i] = cells[i] ? cells[i] : "";
		o->err = o->sink(o->sink_ctx, c, n);
		if (c != small)
			free(c);
		o->rows++;
		return;
	}
	for (size_t i = 0; i < n; i++) {
		if (i && fputc(o->delim, o->f) == EOF)
			o->err = errno ? errno : EIO;
		put_field(o, cells[i] ? cells[i] : "", zahlen);
	}
	if (fputs("\r\n", o->f) == EOF)
		o->err = errno ? errno : EIO;
	o->rows++;
}

void csvout_row(struct csvout *o, const char *const *cells, size_t n)
{
	row(o, cells, n, 0);
}

void csvout_row_zahlen(struct csvout *o, const char *const *cells, size_t n)
{
	row(o, cells, n, 1);
}

int csvout_close(struct csvout **po, int commit, struct wp_err *e)
{
	struct csvout *o = *po;
	int rc = 0;
	if (!o)
		return 0;
	i18n_file_end(); /* messages from here on are for the user */
	if (o->sink) {
		rc = !o->err ? 0 : o->err == ENOMEM ? wp_nomem(e)
			: wp_fail(e, WP_EIO, "%s", wp_errno_text(o->err));
		free(o);
		*po = NULL;
		return rc;
	}
	if (fflush(o->f) == EOF && !o->err)
		o->err = errno ? errno : EIO;
	if (o->tmp) {
		if (commit && !o->err && fsync(fileno(o->f)) != 0)
			o->err = errno;
		if (fclose(o->f) == EOF && !o->err)
			o->err = errno ? errno : EIO;
		if (commit && !o->err && rename(o->tmp, o->path) != 0)
			o->err = errno;
		if (!commit || o->err)
			unlink(o->tmp);
	}
	if (o->err && commit)
		rc = wp_fail(e, WP_EIO, _(EXPORT_MSG_WRITE),
			     o->path ? o->path : _("Standardausgabe"), wp_errno_text(o->err));
	free(o->qbuf);
	free(o->path);
	free(o->tmp);
	free(o);
	*po = NULL;
	return rc;
}
