/* Platform code and rank rules (model/platform.h). */
#include "model/labels.h"
#include "model/platform.h"

#include <stdio.h>
#include <stdlib.h>

#include "model/cost.h"
#include "model/fields.h"
#include "model/i18n.h"
#include "model/numfmt.h"

int pf_code_check(const char *code, struct wp_err *e)
{
	if (code && kennung_valid(code))
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
