/* Platform code and rank rules (model/platform.h). */
#include "model/labels.h"
#include "model/platform.h"

#include <stdio.h>
#include <stdlib.h>

#include "model/cost.h"
#include "model/i18n.h"
#include "model/numfmt.h"

/* A platform code is a short code, stricter than a Kennung: 1–PF_CODE_MAX characters of
 * A–Z a–z 0–9 . _ -, starting with a letter or digit. */
static int code_valid(const char *s)
{
	size_t n = 0;
	for (const char *p = s; *p; p++, n++) {
		char c = *p;
		int alnum = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
		if (!alnum && (n == 0 || (c != '-' && c != '_' && c != '.')))
			return 0;
	}
	return n >= 1 && n <= PF_CODE_MAX;
}

int pf_code_check(const char *code, struct wp_err *e)
{
	if (code && code_valid(code))
		return 0;
	return wp_fail_field(e, WP_EINVAL, PF_FIELD_CODE,
		       _("\"%s\" ist kein gültiger Plattform-Code, erwartet: 1–32 Zeichen aus "
			 "A–Z, 0–9, Punkt, Unterstrich, Bindestrich"),
		       code ? code : "");
}

int pf_new_code_check(const struct ws *w, const char *code, struct wp_err *e)
{
	int rc = pf_code_check(code, e);
	if (rc)
		return rc;
	if (ws_find_plattform(w, code) != WP_NONE)
		return wp_fail_field(e, WP_EEXIST, PF_FIELD_CODE, _("Plattform \"%s\" gibt es schon"),
				     code);
	return 0;
}

int pf_geprueft(const struct ws *w, uint32_t p)
{
	return !w->pf[p].beispiel;
}

int pf_verdict_geprueft(const struct ws *w, uint32_t p)
{
	if (p != WP_NONE)
		return pf_geprueft(w, p);
	for (size_t i = 0; i < w->n_pf; i++)
		if (!pf_geprueft(w, (uint32_t)i))
			return 0;
	return 1;
}

static int bad_rang(const char *text, struct wp_err *e)
{
	return wp_fail_field(e, WP_EINVAL, PF_FIELD_RANG,
			     _("Feld \"%s\": \"%s\" ist ungültig, erwartet: ganze Zahl %d–%d"), _(LBL_RANG),
			     text, PF_RANG_MIN, PF_RANG_MAX);
}

int pf_rang_check(long r, struct wp_err *e)
{
	if (r >= PF_RANG_MIN && r <= PF_RANG_MAX)
		return 0;
	char text[24];
	snprintf(text, sizeof text, "%ld", r);
	return bad_rang(text, e);
}

int pf_rang_parse(const char *text, int *out, struct wp_err *e)
{
	const char *s = text ? text : "";
	char *end;
	while (*s == ' ')
		s++;
	long r = strtol(s, &end, 10);
	while (*end == ' ')
		end++;
	if (end == s || *end || r < PF_RANG_MIN || r > PF_RANG_MAX)
		return bad_rang(text ? text : "", e);
	*out = (int)r;
	return 0;
}

static int bad_faktor(const char *text, struct wp_err *e)
{
	return wp_fail_field(e, WP_EINVAL, PF_FIELD_FAKTOR,
			     _("Feld \"%s\": \"%s\" ist ungültig, erwartet: Zahl von 0 bis 10 mit "
			       "höchstens vier Nachkommastellen, z. B. 0,8"),
			     _(LBL_KOSTENFAKTOR), text);
}

char *pf_faktor_format(int32_t bp, int german, char *buf, size_t n)
{
	return format_num(bp / (double)COST_BP, 4, 1, german, buf, n);
}

int pf_faktor_check(long bp, struct wp_err *e)
{
	if (bp >= 0 && bp <= COST_FAKTOR_MAX)
		return 0;
	char text[32];
	return bad_faktor(format_num(bp / (double)COST_BP, 4, 1, i18n_german(), text, sizeof text), e);
}

int pf_faktor_parse(const char *text, int32_t *bp, struct wp_err *e)
{
	const char *s = text ? text : "";
	while (*s == ' ')
		s++;
	long ganz = 0, teil = 0;
	int digits = 0, dec = -1;
	for (; *s && *s != ' '; s++) {
		if (*s >= '0' && *s <= '9' && dec < 0 && digits < 3) {
			ganz = ganz * 10 + (*s - '0');
			digits++;
		} else if (*s >= '0' && *s <= '9' && dec >= 0 && dec < 4) {
			teil = teil * 10 + (*s - '0');
			dec++;
		} else if ((*s == ',' || *s == '.') && dec < 0 && digits) {
			dec = 0;
		} else {
			return bad_faktor(text ? text : "", e);
		}
	}
	while (*s == ' ')
		s++;
	if (*s || !digits || dec == 0)
		return bad_faktor(text ? text : "", e);
	for (int k = dec < 0 ? 0 : dec; k < 4; k++)
		teil *= 10;
	long v = ganz * COST_BP + teil;
	if (v > COST_FAKTOR_MAX)
		return bad_faktor(text ? text : "", e);
	*bp = (int32_t)v;
	return 0;
}
