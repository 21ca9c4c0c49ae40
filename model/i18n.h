/* Translation macros: msgids are German; gettext maps them to the user's language. */
#ifndef WP_MODEL_I18N_H
#define WP_MODEL_I18N_H

#include <libintl.h>
#include <stddef.h>

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

/* "1 Objekt" / "n Objekte" and "1 Behörde" / "n Behörden" in the interface language,
 * into buf (size bytes, cropped safely): the one home of these counts for the dashboard's
 * title and the CLI's summaries. Return buf. */
char *i18n_n_objekte(size_t n, char *buf, size_t size);
char *i18n_n_behoerden(size_t n, char *buf, size_t size);
/* "1 Mitglied" / "n Mitglieder" (of a pilot), same contract. */
char *i18n_n_mitglieder(size_t n, char *buf, size_t size);

#endif
