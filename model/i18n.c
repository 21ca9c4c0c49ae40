/* Interface language query. */
#include "model/i18n.h"

#include <string.h>

int i18n_german(void)
{
	static const char marker[] = "Sprache: de";
	return strcmp(gettext(marker), marker) == 0;
}
