/* Inside the xlsx writer (data/xlsx.h): the workbook with its shared formats, and a sheet
 * written row by row — from the cells of a CSV export (a csvout sink, typed by column
 * header) or cell by cell — with frozen header, autofilter and widths by content. */
#ifndef WP_DATA_XLSX_PRIV_H
#define WP_DATA_XLSX_PRIV_H

#include <stddef.h>
#include <stdint.h>

#include <xlsxwriter.h>

#include "data/csvwrite.h"
#include "data/xlsx.h"
#include "model/i18n.h"

/* How a column's cells are stored (from its header, xlsx_typ_von). */
enum xlsx_typ { XT_TEXT, XT_ZAHL, XT_PT, XT_EURO, XT_DATUM, XT_MONAT };

struct xlsx_book {
	lxw_workbook *wb;
	lxw_format *kopf, *datum, *monat, *euro, *pt, *arbeit, *luecke;
	lxw_error err; /* the first failure of libxlsxwriter, LXW_NO_ERROR if none */
	int oom;       /* 1 after running out of memory */
};

struct xlsx_sheet {
	struct xlsx_book *b;      /* borrowed */
	lxw_worksheet *ws;        /* owned by the workbook */
	lxw_row_t row;            /* the next row */
	size_t ncol;              /* columns of the header (the table's width) */
	uint8_t *typ;             /* ncol column types, enum xlsx_typ */
	uint16_t *breite;         /* ncol widest cell so far, in characters */
};

/* Adds a sheet named name (UTF-8, ≤ 31 characters) to b. Returns 0, or -WP_EIO (b->err set)
 * / -WP_ENOMEM. */
int xlsx_sheet_open(struct xlsx_book *b, const char *name, struct xlsx_sheet *s);

/* The header row: n cells, bold; sets each column's type from its header (xlsx_typ_von)
 * unless typ (n entries) is given. Returns 0 or -WP_ENOMEM / -WP_EIO. */
int xlsx_sheet_kopf(struct xlsx_sheet *s, const char *const *cells, size_t n,
		    const uint8_t *typ);

/* One data row of n cells (n ≤ the header's width), each stored by its column's type;
 * a cell that does not parse as its type is stored as text. Returns 0 or -WP_E*. */
int xlsx_sheet_zeile(struct xlsx_sheet *s, const char *const *cells, size_t n);

/* One cell of the current row: a text, a number in format f (NULL: General), or a blank
 * with format f; xlsx_cell_datum a date. Each records the width; returns 0 or -WP_EIO. */
int xlsx_cell_text(struct xlsx_sheet *s, size_t col, const char *t, lxw_format *f);
int xlsx_cell_num(struct xlsx_sheet *s, size_t col, double v, lxw_format *f, int breite);
int xlsx_cell_blank(struct xlsx_sheet *s, size_t col, lxw_format *f);
/* A date (d borrowed) in format f (b->datum or b->monat). */
int xlsx_cell_datum(struct xlsx_sheet *s, size_t col, const lxw_datetime *d, lxw_format *f);

/* A csvout sink (data/csvwrite.h) over a sheet: the first row is the header, the others
 * data rows. ctx is a struct xlsx_sheet. */
int xlsx_sheet_sink(void *ctx, const char *const *cells, size_t n);

/* Finishes the sheet: header frozen and autofilter over the table (when frozen != 0),
 * column widths by content (capped), frees s's arrays. Returns 0 or -WP_EIO. */
int xlsx_sheet_close(struct xlsx_sheet *s, int frozen);

/* The type of a column by its CSV header: *_EUR euros; the Inventar's fields by their
 * field type; Welle, Bereitschaft, Nr, … numbers; Beginn, Ende, Monat, Datum dates; else
 * text. */
int xlsx_typ_von(const char *kopf);

/* Writes one CSV export as sheet name: rows(q, o) writes through a sink (rfc4180
 * conventions) into the sheet. Returns 0 or -WP_E*. */
typedef int (*xlsx_rows_fn)(const struct xlsx_quelle *q, struct csvout *o);
int xlsx_sheet_csv(struct xlsx_book *b, const char *name, xlsx_rows_fn rows,
		   const struct xlsx_quelle *q);

/* A sheet holding only a note (text) in A1. The workbook's own labels and notes are plain
 * German, like the CSV headers: a workbook does not follow the interface language. */
int xlsx_notiz(struct xlsx_book *b, const char *name, const char *text);
#define XLSX_KEIN_PLAN "Noch kein Zeitplan gespeichert (erst: wolkenplan plan)."

/* The sheets of their own (data/xlsx_sheets.c); each returns 0 or -WP_E*. */
int xlsx_uebersicht(struct xlsx_book *b, const struct xlsx_quelle *q);
int xlsx_gantt(struct xlsx_book *b, const struct xlsx_quelle *q);
int xlsx_annahmen(struct xlsx_book *b, const struct xlsx_quelle *q);

#endif
