/* Interface language query. */
#include "model/i18n.h"

#include <string.h>

int i18n_german(void)
{
	/* TRANSLATORS: marker, not shown: translate as "Language: en" in every non-German
	 * catalogue. It tells the program that the interface is not German (e.g. decimal
	 * point instead of comma). */
	static const char marker[] = N_("Sprache: de");
	return strcmp(gettext(marker), marker) == 0;
}
