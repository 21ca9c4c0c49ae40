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

#endif
