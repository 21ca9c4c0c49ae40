/* Texts of the planner for people (German msgids via gettext): the Hinweise of an object
 * in the roadmap, the reason an object is not planned, and the plan checker's findings as
 * sentences. snprintf contract throughout: truncated output, full length returned. */
#include "model/plan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/date.h"
#include "model/explain_text.h"
#include "model/i18n.h"
#include "model/numfmt.h"
#include "model/plan_int.h"
#include "model/textout.h"

#define HYBRID_MAX 3 /* not-planned dependencies named before "und N weitere" */

static void out_sep(struct out *o)
{
	if (o->len)
		out_printf(o, "; ");
}

static const char *kennung(const struct ws *w, uint32_t i)
{
	return i < w->n_obj ? w->obj[i].kennung : "?";
}

static const struct plan_welle *welle_nr(const struct plan *p, uint32_t nr)
{
	if (nr >= 1 && nr <= p->n_welle && p->welle[nr - 1].nr == (int)nr)
		return &p->welle[nr - 1];
	for (size_t k = 0; k < p->n_welle; k++)
		if (p->welle[k].nr == (int)nr)
			return &p->welle[k];
	return NULL;
}

/* PT with at most one decimal, comma in German ("12,5", "120"). */
static const char *pt(double v, char *b, size_t n)
{
	return format_num(v, 1, 1, i18n_german(), b, n);
}

/* The not-planned dependencies of obj, smallest Kennungen first (up to max), and how many. */
static size_t not_planned_deps(const struct ws *w, const struct plan *p, uint32_t obj,
			       uint32_t *v, size_t max)
{
	size_t cnt = 0, k = 0;
	for (uint32_t e = w->out_off[obj]; e < w->out_off[obj + 1]; e++) {
		uint32_t d = w->out_adj[e];
		if (d == obj || p->obj[d].welle)
			continue;
		int dup = 0;
		for (size_t j = 0; j < k; j++)
			dup |= v[j] == d;
		if (dup)
			continue;
		cnt++;
		/* Insert sorted by Kennung, keep the first max. */
		size_t at = k;
		while (at > 0 && strcmp(w->obj[v[at - 1]].kennung, w->obj[d].kennung) > 0)
			at--;
		if (at >= max)
			continue;
		if (k < max)
			k++;
		memmove(v + at + 1, v + at, (k - 1 - at) * sizeof *v);
		v[at] = d;
	}
	return cnt;
}

static void put_retain(struct out *o, const struct ws *w, const struct assessment *a,
		       uint32_t obj)
{
	const struct assess_obj *ao = &a->obj[obj];
	if (ao->strat_rule == SR_OVERRIDE) {
		out_printf(o, "%s", _("nicht geplant: Strategie Retain vom Nutzer festgelegt"));
		return;
	}
	if (w->n_pf == 0) {
		out_printf(o, "%s", _("nicht geplant: Retain, keine Zielplattform erfasst"));
		return;
	}
	out_printf(o, "%s", _("nicht geplant: Retain, keine Plattform zulässig oder offen"));
	for (uint32_t pf = 0; pf < w->n_pf; pf++) {
		char *r = verdict_reason_text(w, a, obj, pf);
		out_printf(o, " — %s %s", w->pf[pf].code, r ? r : "?");
		free(r);
	}
}

int plan_hinweise(const struct ws *w, const struct assessment *a, const struct plan *p,
		  uint32_t obj, char *buf, size_t size)
{
	struct out o = { buf, size, 0 };
	if (obj >= w->n_obj || obj >= p->n_obj || obj >= a->n_obj)
		return out_end(&o);
	const struct plan_obj *po = &p->obj[obj];
	const struct objekt *ob = &w->obj[obj];

	if (!po->welle) {
		if (!plan_planbar(a, obj))
			put_retain(&o, w, a, obj);
		else
			out_printf(&o, "%s", _("nicht geplant (fehlt im Plan)"));
		return out_end(&o);
	}
	const struct plan_welle *pw = welle_nr(p, po->welle);
	if (po->flags & PH_KLAERUNG) {
		uint32_t e = a->obj[obj].empfohlen;
		char codes[256];
		if (e != WP_NONE && e < w->n_pf &&
		    verdict_codes(w, a, obj, e, codes, sizeof codes) > 0)
			out_printf(&o, _("Klärung nötig (%s: %s)"), w->pf[e].code, codes);
		else
			out_printf(&o, "%s", _("Klärung nötig"));
	}
	if (po->flags & PH_HYBRID) {
		uint32_t v[HYBRID_MAX];
		size_t cnt = not_planned_deps(w, p, obj, v, HYBRID_MAX);
		if (!cnt && po->hybrid_zu != WP_NONE) {
			v[0] = po->hybrid_zu;
			cnt = 1;
		}
		out_sep(&o);
		out_printf(&o, _("hybride Schnittstelle zu %s"), cnt ? kennung(w, v[0]) : "?");
		for (size_t k = 1; k < cnt && k < HYBRID_MAX; k++)
			out_printf(&o, ", %s", kennung(w, v[k]));
		if (cnt > HYBRID_MAX)
			out_printf(&o, _(" und %zu weitere"), cnt - HYBRID_MAX);
	}
	if ((po->flags & PH_FRIST) && ob->vertragsende != DATE_NONE) {
		char d1[16], d2[16];
		out_sep(&o);
		out_printf(&o, _("Frist gefährdet (Vertragsende %s, Welle endet %s)"),
			   date_format(ob->vertragsende, i18n_german(), d1, sizeof d1),
			   pw ? date_format(pw->ende, i18n_german(), d2, sizeof d2) : "?");
	}
	if (po->flags & PH_UEBERGROSS) {
		out_sep(&o);
		out_printf(&o, "%s", _("größer als eine Welle: eigene Welle"));
	}
	if (po->flags & PH_PIN_KONFLIKT) {
		uint32_t first = WP_NONE;
		for (uint32_t e = w->out_off[obj]; e < w->out_off[obj + 1]; e++) {
			uint32_t d = w->out_adj[e];
			if (d != obj && p->obj[d].welle > po->welle &&
			    (first == WP_NONE || strcmp(w->obj[d].kennung, w->obj[first].kennung) < 0))
				first = d;
		}
		out_sep(&o);
		if (first != WP_NONE)
			out_printf(&o, _("Pin-Konflikt: benötigt %s, das erst in Welle %u kommt"),
				   kennung(w, first), (unsigned)p->obj[first].welle);
		else
			out_printf(&o, "%s", _("Pin-Konflikt: Pin trennt Zyklus oder Pilot"));
	}
	if (po->flags & PH_ZYKLUS) {
		out_sep(&o);
		out_printf(&o, "%s", _("Abhängigkeitszyklus: gemeinsam geplant"));
	}
	if (po->flags & PH_PIN) {
		out_sep(&o);
		out_printf(&o, _("fest eingeplant in Welle %u"), (unsigned)po->welle);
	}
	return out_end(&o);
}

int plan_verstoss_text(const struct ws *w, const struct plan *p, const struct plan_verstoss *v,
		       char *buf, size_t size)
{
	struct out o = { buf, size, 0 };
	char d1[16], d2[16];
	unsigned wo = v->obj < p->n_obj ? (unsigned)p->obj[v->obj].welle : 0;
	unsigned wx = v->other < p->n_obj ? (unsigned)p->obj[v->other].welle : 0;
	const char *ko = kennung(w, v->obj), *kx = kennung(w, v->other);
	const struct plan_welle *pw = v->welle > 0 ? welle_nr(p, (uint32_t)v->welle) : NULL;

	switch (v->art) {
	case PV_ABHAENGIGKEIT:
		out_printf(&o, _("%s (Welle %u) benötigt %s, das erst in Welle %u geplant ist"), ko,
			   wo, kx, wx);
		break;
	case PV_ZYKLUS:
		out_printf(&o, _("%s und %s bilden einen Abhängigkeitszyklus, liegen aber in "
				 "verschiedenen Wellen (%u und %u)"), ko, kx, wo, wx);
		break;
	case PV_KAPAZITAET:
		if (pw) {
			char n1[32], n2[32];
			out_printf(&o, _("Welle %d ist überbucht: %s PT geplant bei %s PT Kapazität"),
				   v->welle, pt(pw->belegt, n1, sizeof n1),
				   pt(pw->kapazitaet, n2, sizeof n2));
		} else
			out_printf(&o, _("Welle %d ist überbucht"), v->welle);
		break;
	case PV_PILOT:
		out_printf(&o, _("%s und %s gehören zu einem Piloten, liegen aber in verschiedenen "
				 "Wellen (%u und %u)"), ko, kx, wo, wx);
		break;
	case PV_PIN:
		out_printf(&o, _("%s ist auf Welle %d festgelegt, aber in Welle %u geplant"), ko,
			   v->obj < w->n_obj ? (int)w->obj[v->obj].welle_pin : 0, wo);
		break;
	case PV_FRIST:
		out_printf(&o, _("%s: Welle %u endet am %s, nach dem Vertragsende %s"), ko, wo,
			   pw ? date_format(pw->ende, i18n_german(), d1, sizeof d1) : "?",
			   v->obj < w->n_obj ? date_format(w->obj[v->obj].vertragsende, i18n_german(), d2, sizeof d2)
					     : "?");
		break;
	case PV_RETAIN:
		out_printf(&o, _("%s ist in Welle %u geplant, obwohl die Strategie Retain ist"), ko,
			   wo);
		break;
	case PV_FEHLT:
		out_printf(&o, _("%s ist weder geplant noch als Retain begründet"), ko);
		break;
	case PV_WELLE:
		out_printf(&o, _("%s ist in Welle %u geplant, die es nicht gibt"), ko, wo);
		break;
	default:
		out_printf(&o, "?");
		break;
	}
	return out_end(&o);
}
