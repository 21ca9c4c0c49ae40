/* The rule of a Kennung (model/kennung.h, docs/csv.md). */
#include "model/kennung.h"

#include <stdio.h>
#include <string.h>

#include "model/fields.h"
#include "model/i18n.h"
#include "model/utf8.h"

/* Bytes of the whitespace at s (n bytes left): ASCII space, \t \n \v \f \r, or U+00A0;
 * 0 if none. */
static size_t space_at(const char *s, size_t n)
{
	if (*s == ' ' || (*s >= '\t' && *s <= '\r'))
		return 1;
	return n >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0 ? 2 : 0;
}

const char *kennung_span(const char *s, size_t len, size_t *n)
{
	size_t k;
	while (len && (k = space_at(s, len))) {
		s += k;
		len -= k;
	}
	for (;;) {
		if (len && space_at(s + len - 1, 1))
			len--;
		else if (len >= 2 && space_at(s + len - 2, 2) == 2)
			len -= 2;
		else
			break;
	}
	*n = len;
	return s;
}

static int forbidden(unsigned cp)
{
	return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == ',' || cp == '(' || cp == ')' ||
	       cp == ';' || cp == 0xFFFD;
}

int kennung_check_syntax(const char *s, size_t n, int field, const char *label,
			 struct wp_err *e)
{
	size_t chars = 0;
	if (!n)
		return field_fail_empty(e, field, label);
	for (size_t i = 0; i < n;) {
		unsigned cp = (unsigned char)s[i];
		size_t k = cp < 0x80 ? 1 : utf8_decode(s + i, n - i, &cp); /* ASCII: itself */
		chars++;
		if (forbidden(cp)) {
			char what[64];
			if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0xFFFD)
				snprintf(what, sizeof what, _("das Steuerzeichen U+%04X"), cp);
			else
				snprintf(what, sizeof what, _("das Zeichen \"%c\""), (char)cp);
			return wp_fail_field(e, WP_EINVAL, field,
					     _("Feld \"%s\": \"%.*s\" hat an Stelle %zu %s, erwartet: "
					       "%d–%d Zeichen ohne Komma, Klammern, Semikolon und "
					       "Steuerzeichen"),
					     label, (int)n, s, chars, what, 1, KENNUNG_MAX);
		}
		i += k;
	}
	if (chars > KENNUNG_MAX)
		return wp_fail_field(e, WP_EINVAL, field,
				     _("Feld \"%s\": \"%.*s\" ist %zu Zeichen lang, erwartet: höchstens "
				       "%d Zeichen"),
				     label, (int)n, s, chars, KENNUNG_MAX);
	return 0;
}

int kennung_valid(const char *s)
{
	size_t n, len = strlen(s);
	kennung_span(s, len, &n);
	return n == len && !kennung_check_syntax(s, len, F_KENNUNG, "", NULL);
}

char *kennung_trimmed(const char *s, char *buf, size_t n)
{
	size_t len;
	const char *t = kennung_span(s, strlen(s), &len);
	if (len >= n)
		len = n - 1;
	memcpy(buf, t, len);
	buf[len] = '\0';
	return buf;
}

int kennung_check(const struct ws *w, const char *s, uint32_t self, struct wp_err *e)
{
	size_t n;
	const char *t = kennung_span(s ? s : "", s ? strlen(s) : 0, &n);
	const char *label = field_defs[F_KENNUNG].label;
	int rc = kennung_check_syntax(t, n, F_KENNUNG, label, e);
	if (rc)
		return rc;
	char k[KENNUNG_BYTES + 1];
	memcpy(k, t, n); /* valid: at most KENNUNG_BYTES */
	k[n] = '\0';
	uint32_t other = ws_find_objekt(w, k);
	if (other != WP_NONE && other != self) {
		if (strcmp(w->obj[other].kennung, k) == 0)
			return wp_fail_field(e, WP_EEXIST, F_KENNUNG,
					     _("Feld \"%s\": Kennung \"%s\" ist schon vergeben"), label, k);
		return wp_fail_field(e, WP_EEXIST, F_KENNUNG,
				     _("Feld \"%s\": Kennung \"%s\" ist schon vergeben als \"%s\" "
				       "(Groß- und Kleinschreibung zählen nicht)"),
				     label, k, w->obj[other].kennung);
	}
	return 0;
}
