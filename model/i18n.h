/* Translation macros: msgids are German; gettext maps them to the user's language. */
#ifndef WP_MODEL_I18N_H
#define WP_MODEL_I18N_H

#include <libintl.h>

#define _(s) gettext(s)
#ifndef N_
#define N_(s) s
#endif

/* 1 if the interface language is German (the msgid language): the English catalogue
 * translates the marker msgid "Sprache: de". */
int i18n_german(void);

/* Files are German whatever the interface language (the CSV contract, e.g. Hinweise in a
 * Roadmap export for a German committee): between i18n_file_begin() and i18n_file_end()
 * _() returns the German msgids and i18n_german() is 1. Calls nest (a counter); the
 * message domain is process-wide, so texts for the screen made meanwhile by another
 * thread come out German too. */
void i18n_file_begin(void);
void i18n_file_end(void);

#endif
