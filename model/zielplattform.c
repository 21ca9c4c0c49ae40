/* The Zielplattform override: finding it and saying it with its verdict
 * (docs/szenarien.md). */
#include "model/zielplattform.h"

#include <stdio.h>

#include "model/i18n.h"

uint32_t zielplattform_index(const struct ws *w, uint32_t o)
{
	int64_t id = w->obj[o].ziel_pf;
	if (id <= 0)
		return WP_NONE;
	for (size_t p = 0; p < w->n_pf; p++)
		if (w->pf[p].id == id)
			return (uint32_t)p;
	return WP_NONE;
}

char *zielplattform_text(const struct ws *w, const struct assessment *a, uint32_t o,
			 char *buf, size_t n)
{
	const struct assess_obj *ao = &a->obj[o];
	if (ao->empfohlen == WP_NONE || ao->empfohlen >= w->n_pf) {
		snprintf(buf, n, "–");
		return buf;
	}
	const char *code = w->pf[ao->empfohlen].code;
	if (!(ao->flags & AF_VORGABE)) {
		snprintf(buf, n, "%s%s", code, ao->flags & AF_KLAERUNG ? _(" (Klärung)") : "");
		return buf;
	}
	switch (a->verdict[(size_t)o * a->n_pf + ao->empfohlen]) {
	case V_BLOCKIERT: snprintf(buf, n, _("blockiert auf %s (Vorgabe)"), code); break;
	case V_OFFEN: snprintf(buf, n, _("offen auf %s (Vorgabe)"), code); break;
	default: snprintf(buf, n, _("%s (Vorgabe)"), code); break;
	}
	return buf;
}
