/* Writing CSV in the two dialects of docs/csv.md (excel-de, rfc4180), with the
 * formula-injection guard, to stdout or atomically to a file (temporary file + rename). */
#ifndef WP_DATA_CSVWRITE_H
#define WP_DATA_CSVWRITE_H

#include <stddef.h>

#include "model/err.h"

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
/* Writes one row of n cells (NULL = empty); quoting only where needed; the guard applies
 * to every cell. Errors are remembered and reported by csvout_close. */
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
 * Frees o and clears *po. Returns 0 or -WP_EIO with a message (e.g. disk full). */
int csvout_close(struct csvout **po, int commit, struct wp_err *e);

/* The formula guard of docs/csv.md: 1 if s starts with zero or more "'" then = + - @ tab or CR. */
int csv_needs_guard(const char *s);

#endif
