/* Interface language query, and German texts for files. */
#include "model/i18n.h"

#include <stdio.h>
#include <string.h>

/* A message domain without any catalogue: gettext returns every msgid unchanged. */
#define MSGID_DOMAIN "wolkenplan-msgids"

static int file_depth;
static char saved_domain[64];

int i18n_german(void)
{
	/* TRANSLATORS: marker, not shown: translate as "Language: en" in every non-German
	 * catalogue. It tells the program that the interface is not German (e.g. decimal
	 * point instead of comma). */
	static const char marker[] = N_("Sprache: de");
	return strcmp(gettext(marker), marker) == 0;
}

void i18n_file_begin(void)
{
	if (file_depth++ > 0)
		return;
	const char *d = textdomain(NULL);
	snprintf(saved_domain, sizeof saved_domain, "%s", d ? d : "messages");
	textdomain(MSGID_DOMAIN);
}

void i18n_file_end(void)
{
	if (file_depth > 0 && --file_depth == 0)
		textdomain(saved_domain);
}

char *i18n_n_objekte(size_t n, char *buf, size_t size)
{
	snprintf(buf, size, ngettext("%zu Objekt", "%zu Objekte", n), n);
	return buf;
}

char *i18n_n_mitglieder(size_t n, char *buf, size_t size)
{
	snprintf(buf, size, ngettext("%zu Mitglied", "%zu Mitglieder", n), n);
	return buf;
}

char *i18n_n_behoerden(size_t n, char *buf, size_t size)
{
	snprintf(buf, size, ngettext("%zu Behörde", "%zu Behörden", n), n);
	return buf;
}
