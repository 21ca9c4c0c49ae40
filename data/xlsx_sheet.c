/* One sheet of the workbook written row by row (constant-memory mode: rows in order):
 * typing the cells of a CSV export by their column, measuring widths, freezing the header. */
#include "data/xlsx_priv.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "model/err.h"
#include "model/fields.h"

#define BREITE_MAX 60 /* characters: longer texts are cut off on screen, not in the cell */
#define BREITE_MIN 6
#define TEXT_MAX 32767 /* bytes libxlsxwriter takes in one cell (Excel: characters) */

static int lxw_fail(struct xlsx_book *b, lxw_error err)
{
	if (err == LXW_NO_ERROR)
		return 0;
	if (b->err == LXW_NO_ERROR)
		b->err = err;
	if (err == LXW_ERROR_MEMORY_MALLOC_FAILED)
		b->oom = 1;
	return b->oom ? -WP_ENOMEM : -WP_EIO;
}

int xlsx_sheet_open(struct xlsx_book *b, const char *name, struct xlsx_sheet *s)
{
	memset(s, 0, sizeof *s);
	s->b = b;
	s->ws = workbook_add_worksheet(b->wb, name);
	if (!s->ws)
		return lxw_fail(b, LXW_ERROR_MEMORY_MALLOC_FAILED);
	return 0;
}

/* Characters of UTF-8 text t (its display width, near enough for column widths). */
static size_t zeichen(const char *t)
{
	size_t n = 0;
	for (; *t; t++)
		n += ((unsigned char)*t & 0xC0) != 0x80;
	return n;
}

static void breite(struct xlsx_sheet *s, size_t col, size_t w)
{
	if (col < s->ncol && w > s->breite[col])
		s->breite[col] = (uint16_t)(w > BREITE_MAX ? BREITE_MAX : w);
}

int xlsx_cell_text(struct xlsx_sheet *s, size_t col, const char *t, lxw_format *f)
{
	size_t len = strlen(t);
	if (!len)
		return f ? xlsx_cell_blank(s, col, f) : 0;
	breite(s, col, zeichen(t));
	if (len <= TEXT_MAX)
		return lxw_fail(s->b, worksheet_write_string(s->ws, s->row, (lxw_col_t)col, t, f));
	/* beyond Excel's cell limit: cut at a character boundary */
	char *cut = malloc(TEXT_MAX + 1);
	if (!cut)
		return lxw_fail(s->b, LXW_ERROR_MEMORY_MALLOC_FAILED);
	len = TEXT_MAX;
	while (len && ((unsigned char)t[len] & 0xC0) == 0x80)
		len--;
	memcpy(cut, t, len);
	cut[len] = '\0';
	int rc = lxw_fail(s->b, worksheet_write_string(s->ws, s->row, (lxw_col_t)col, cut, f));
	free(cut);
	return rc;
}

int xlsx_cell_num(struct xlsx_sheet *s, size_t col, double v, lxw_format *f, int w)
{
	breite(s, col, (size_t)w);
	return lxw_fail(s->b, worksheet_write_number(s->ws, s->row, (lxw_col_t)col, v, f));
}

int xlsx_cell_datum(struct xlsx_sheet *s, size_t col, const lxw_datetime *d, lxw_format *f)
{
	breite(s, col, 10);
	return lxw_fail(s->b, worksheet_write_datetime(s->ws, s->row, (lxw_col_t)col,
						       (lxw_datetime *)d, f));
}

int xlsx_cell_blank(struct xlsx_sheet *s, size_t col, lxw_format *f)
{
	return lxw_fail(s->b, worksheet_write_blank(s->ws, s->row, (lxw_col_t)col, f));
}

int xlsx_typ_von(const char *k)
{
	static const char *const zahlen[] = { "Welle", "Bereitschaft", "Konfidenz", "Haushaltsjahr",
					    "Rang", "Punkte", "Nutzen", "Leichtigkeit", "Risiko", "Nr" };
	static const char *const daten[] = { "Beginn", "Ende", "Monat", "Datum" };
	size_t n = strlen(k);
	if (n > 4 && strcmp(k + n - 4, "_EUR") == 0)
		return XT_EURO;
	for (int f = 0; f < F__N; f++)
		if (strcmp(field_defs[f].label, k) == 0)
			switch (field_defs[f].type) {
			case FT_COUNT: return XT_ZAHL;
			case FT_PT: case FT_HALBPT: return XT_PT;
			case FT_DATE: return XT_DATUM;
			case FT_MONAT: return XT_MONAT;
			case FT_EURO: return XT_EURO;
			default: return XT_TEXT;
			}
	for (size_t i = 0; i < sizeof zahlen / sizeof zahlen[0]; i++)
		if (strcmp(zahlen[i], k) == 0)
			return XT_ZAHL;
	for (size_t i = 0; i < sizeof daten / sizeof daten[0]; i++)
		if (strcmp(daten[i], k) == 0)
			return XT_DATUM;
	if (strcmp(k, "PT") == 0 || (n > 3 && strcmp(k + n - 3, "_PT") == 0))
		return XT_PT;
	return XT_TEXT;
}

int xlsx_sheet_kopf(struct xlsx_sheet *s, const char *const *cells, size_t n,
		    const uint8_t *typ)
{
	s->typ = calloc(n ? n : 1, sizeof *s->typ);
	s->breite = calloc(n ? n : 1, sizeof *s->breite);
	if (!s->typ || !s->breite)
		return lxw_fail(s->b, LXW_ERROR_MEMORY_MALLOC_FAILED);
	s->ncol = n;
	int rc = 0;
	for (size_t i = 0; i < n && !rc; i++) {
		s->typ[i] = typ ? typ[i] : (uint8_t)xlsx_typ_von(cells[i]);
		rc = xlsx_cell_text(s, i, cells[i], s->b->kopf);
		breite(s, i, zeichen(cells[i]) + 3); /* room for the filter button */
	}
	s->row++;
	return rc;
}

/* "-12", "17.5": a decimal in the rfc4180 form. Returns 0 and *v, or -1. */
static int zahl(const char *t, double *v)
{
	const char *p = t + (*t == '-');
	double x = 0, teil = 1;
	int ziffern = 0, punkt = 0;
	for (; *p; p++) {
		if (*p == '.' && !punkt && ziffern) {
			punkt = 1;
			continue;
		}
		if (*p < '0' || *p > '9' || ziffern > 17)
			return -1;
		ziffern++;
		if (punkt)
			x += (*p - '0') * (teil /= 10);
		else
			x = x * 10 + (*p - '0');
	}
	if (!ziffern || p[-1] == '.')
		return -1;
	*v = *t == '-' ? -x : x;
	return 0;
}

/* "JJJJ-MM-TT" (tag != 0) or "JJJJ-MM" into d. Returns 0 or -1. */
static int datum(const char *t, int tag, lxw_datetime *d)
{
	size_t n = strlen(t);
	if (n != (tag ? 10u : 7u) || t[4] != '-' || (tag && t[7] != '-'))
		return -1;
	for (size_t i = 0; i < n; i++)
		if (i != 4 && i != 7 && (t[i] < '0' || t[i] > '9'))
			return -1;
	memset(d, 0, sizeof *d);
	d->year = atoi(t);
	d->month = atoi(t + 5);
	d->day = tag ? atoi(t + 8) : 1;
	return d->year >= 1900 && d->month >= 1 && d->month <= 12 && d->day >= 1 ? 0 : -1;
}

static int typed(struct xlsx_sheet *s, size_t col, const char *t)
{
	struct xlsx_book *b = s->b;
	int typ = col < s->ncol ? s->typ[col] : XT_TEXT;
	double v;
	lxw_datetime d;
	if (!*t)
		return 0;
	switch (typ) {
	case XT_ZAHL:
	case XT_PT:
	case XT_EURO:
		if (zahl(t, &v))
			break;
		/* shown with grouping ("1.234.567 €"): a third more characters */
		return xlsx_cell_num(s, col, v, typ == XT_EURO ? b->euro : typ == XT_PT ? b->pt : NULL,
				     (int)(strlen(t) * 4 / 3 + (typ == XT_EURO ? 2 : 0)));
	case XT_DATUM:
	case XT_MONAT:
		if (datum(t, typ == XT_DATUM, &d))
			break;
		return xlsx_cell_datum(s, col, &d, typ == XT_DATUM ? b->datum : b->monat);
	default:
		break;
	}
	return xlsx_cell_text(s, col, t, NULL);
}

int xlsx_sheet_zeile(struct xlsx_sheet *s, const char *const *cells, size_t n)
{
	int rc = 0;
	for (size_t i = 0; i < n && !rc; i++)
		rc = typed(s, i, cells[i]);
	s->row++;
	return rc;
}

int xlsx_sheet_sink(void *ctx, const char *const *cells, size_t n)
{
	struct xlsx_sheet *s = ctx;
	int rc = s->typ ? xlsx_sheet_zeile(s, cells, n) : xlsx_sheet_kopf(s, cells, n, NULL);
	return rc == 0 ? 0 : rc == -WP_ENOMEM ? ENOMEM : EIO;
}

int xlsx_sheet_close(struct xlsx_sheet *s, int frozen)
{
	int rc = 0;
	for (size_t i = 0; i < s->ncol && !rc; i++) {
		double w = s->breite[i] < BREITE_MIN ? BREITE_MIN : s->breite[i] + 1;
		rc = lxw_fail(s->b, worksheet_set_column(s->ws, (lxw_col_t)i, (lxw_col_t)i, w, NULL));
	}
	if (!rc && frozen && s->ncol) {
		worksheet_freeze_panes(s->ws, 1, 0);
		rc = lxw_fail(s->b, worksheet_autofilter(s->ws, 0, 0, s->row > 1 ? s->row - 1 : 0,
							 (lxw_col_t)(s->ncol - 1)));
	}
	free(s->typ);
	free(s->breite);
	s->typ = NULL;
	s->breite = NULL;
	return rc;
}

int xlsx_sheet_csv(struct xlsx_book *b, const char *name, xlsx_rows_fn rows,
		   const struct xlsx_quelle *q)
{
	struct xlsx_sheet s;
	struct csvout *o = NULL;
	struct wp_err e = { 0 };
	int rc = xlsx_sheet_open(b, name, &s);
	if (rc || (rc = csvout_open_sink(xlsx_sheet_sink, &s, DIALECT_RFC4180, &o, &e)))
		return rc;
	int rw = rows(q, o);
	rc = csvout_close(&o, 1, &e);
	int rs = xlsx_sheet_close(&s, 1);
	return rw ? rw : rc ? rc : rs;
}
