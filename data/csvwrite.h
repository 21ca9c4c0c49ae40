/* Writing CSV in the two dialects of docs/csv.md (excel-de, rfc4180), with the
 * formula-injection guard, to stdout or atomically to a file (temporary file + rename) —
 * or, as a sink, handing each row's cells to a callback (the xlsx workbook, data/xlsx.h),
 * so every export has one writer whatever the file format. */
#ifndef WP_DATA_CSVWRITE_H
#define WP_DATA_CSVWRITE_H

#include <stddef.h>

#include "model/err.h"
#include "model/i18n.h"

/* Messages of a failed export (msgids), shared by every file writer (data/xlsx.h too). */
#define EXPORT_MSG_OPEN N_("%s: kann nicht geschrieben werden: %s")
#define EXPORT_MSG_WRITE N_("%s: Schreiben fehlgeschlagen: %s — nichts wurde geschrieben")
#define EXPORT_MSG_NOMEM N_("zu wenig Speicher — nichts wurde geschrieben")

enum csv_dialect { DIALECT_EXCEL_DE, DIALECT_RFC4180 };

struct csvout;

/* Parses "excel-de" / "rfc4180"; returns the dialect or -1. */
int csv_dialect_parse(const char *s);

/* Opens a writer. path NULL or "-" writes to stdout; otherwise a temporary file next to
 * path is written and renamed over path by csvout_close (so an interrupted export never
 * leaves a half file). Writes the BOM for excel-de. Owned by the caller. Until
 * csvout_close, texts through _() are German (i18n_file_begin): files do not follow the
 * interface language. */
int csvout_open(const char *path, enum csv_dialect d, struct csvout **out, struct wp_err *e);
/* Receives one row of n cells (never NULL; "" when empty) in the conventions of dialect d
 * of csvout_open_sink; the cells are borrowed for the call. Returns 0, or an errno value
 * (e.g. ENOMEM, EIO) that stops the export and is reported by csvout_close. */
typedef int (*csvout_sink_fn)(void *ctx, const char *const *cells, size_t n);

/* Opens a writer that hands every row to sink(ctx, …) instead of writing a file: cells are
 * formatted as for dialect d (rfc4180: ISO dates, decimal point), with no formula guard
 * (the receiver stores text as text, never as a formula). Texts through _() are German
 * until csvout_close, as for csvout_open. Owned by the caller; ctx is borrowed. Returns 0
 * or -WP_ENOMEM. */
int csvout_open_sink(csvout_sink_fn sink, void *ctx, enum csv_dialect d, struct csvout **out,
		     struct wp_err *e);
/* Writes one row of n cells (NULL = empty); quoting only where needed; the guard applies
 * to every cell (not for a sink). Errors are remembered and reported by csvout_close. */
void csvout_row(struct csvout *o, const char *const *cells, size_t n);
/* The same for a row of figures: a cell that is a plain signed number ("-1234", "-17,5")
 * is a number, no formula, and is written without the guard; any other cell as above. */
void csvout_row_zahlen(struct csvout *o, const char *const *cells, size_t n);
/* 1 for excel-de (dates TT.MM.JJJJ, decimal comma), 0 for rfc4180. */
int csvout_german(const struct csvout *o);
/* Rows written so far (header included). */
size_t csvout_rows(const struct csvout *o);
/* Counts the row just written as one whose verdict rests on an example or unverified
 * platform profile (Profil_geprueft = nein), for the export's summary line. */
void csvout_mark_ungeprueft(struct csvout *o);
/* The rows counted by csvout_mark_ungeprueft so far. */
size_t csvout_ungeprueft(const struct csvout *o);
/* Finishes: flushes, fsyncs and renames (commit != 0) or removes the temporary file.
 * Frees o and clears *po. Returns 0 or -WP_EIO with a message (e.g. disk full); for a
 * sink, -WP_EIO (-WP_ENOMEM) when the sink failed, with a message naming no file. */
int csvout_close(struct csvout **po, int commit, struct wp_err *e);

/* The formula guard of docs/csv.md: 1 if s starts with zero or more "'" then = + - @ tab or CR. */
int csv_needs_guard(const char *s);

#endif
