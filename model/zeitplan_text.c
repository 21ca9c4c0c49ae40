/* Texts of the workspace's Zeitplan for people (German msgids via gettext): the Hinweise of
 * an object (roadmap column) and the derived wave view the dashboard groups by. */
#include "model/zeitplan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/explain_text.h"
#include "model/i18n.h"
#include "model/labels.h"
#include "model/monat.h"
#include "model/textout.h"

#define HYBRID_MAX 3 /* not-planned dependencies named before "und N weitere" */

static void out_sep(struct out *o)
{
	if (o->len)
		out_printf(o, "; ");
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

/* The not-planned objects obj benötigt, in Kennung order (up to HYBRID_MAX named). */
static void put_hybrid(struct out *o, const struct zeitplan *z, const struct ws *w, uint32_t obj)
{
	const struct sched_plan *p = z->plan;
	uint32_t v[HYBRID_MAX];
	size_t cnt = 0, k = 0;
	for (uint32_t e = w->out_off[obj]; e < w->out_off[obj + 1]; e++) {
		uint32_t d = w->out_adj[e];
		if (d == obj || p->obj[d].grund == SG_GEPLANT)
			continue;
		int dup = 0;
		for (size_t j = 0; j < k; j++)
			dup |= v[j] == d;
		if (dup)
			continue;
		cnt++;
		size_t at = k;
		while (at > 0 && strcmp(w->obj[v[at - 1]].kennung, w->obj[d].kennung) > 0)
			at--;
		if (at >= HYBRID_MAX)
			continue;
		if (k < HYBRID_MAX)
			k++;
		memmove(v + at + 1, v + at, (k - 1 - at) * sizeof *v);
		v[at] = d;
	}
	if (!k)
		return;
	out_sep(o);
	out_printf(o, _("hybride Schnittstelle zu %s"), w->obj[v[0]].kennung);
	for (size_t j = 1; j < k; j++)
		out_printf(o, ", %s", w->obj[v[j]].kennung);
	if (cnt > HYBRID_MAX)
		out_more(o, cnt - HYBRID_MAX);
}

/* "gemeinsam mit A, B (Pilot)" for a group member: the other members, up to three. */
static void put_gruppe(struct out *o, const struct zeitplan *z, const struct ws *w, uint32_t obj)
{
	const struct sched_plan *p = z->plan;
	uint32_t g = p->obj[obj].gruppe;
	if (g == SCHED_NONE || g >= p->n_gruppe)
		return;
	const struct sched_gruppe *gr = &p->gruppe[g];
	out_sep(o);
	out_printf(o, "%s", gr->art == SGA_PILOT ? _("Pilot, geht gemeinsam in Betrieb mit")
						 : _("Abhängigkeitszyklus, geht gemeinsam in Betrieb mit"));
	size_t shown = 0;
	for (uint32_t k = 0; k < gr->n; k++) {
		uint32_t m = p->mitglied[gr->off + k];
		if (m == obj)
			continue;
		if (shown < 3)
			out_printf(o, "%s%s", shown ? ", " : " ", w->obj[m].kennung);
		shown++;
	}
	if (shown > 3)
		out_more(o, shown - 3);
}

int zeitplan_hinweise(const struct zeitplan *z, const struct ws *w, const struct assessment *a,
		      uint32_t obj, char *buf, size_t size)
{
	struct out o = { buf, size, 0 };
	const struct sched_plan *p = z->plan;
	if (!p || obj >= p->n_obj || obj >= w->n_obj || obj >= a->n_obj)
		return out_end(&o);
	const struct sched_obj_out *r = &p->obj[obj];
	char m1[16];
	if (r->grund == SG_RETAIN) {
		put_retain(&o, w, a, obj);
		return out_end(&o);
	}
	if (r->grund == SG_MIGRIERT && w->obj[obj].inbetriebnahme) { /* else the scheduler's text */
		out_printf(&o, _("nicht geplant: bereits migriert (Inbetriebnahme %s)"),
			   monat_format(w->obj[obj].inbetriebnahme, 1, m1, sizeof m1));
		return out_end(&o);
	}
	if (r->grund != SG_GEPLANT || r->beginn == SCHED_KEIN) {
		char t[512];
		if (r->grund == SG_GEPLANT)
			out_printf(&o, "%s", _("nicht geplant (fehlt im gespeicherten Plan)"));
		else if (sched_warum_text(&z->in, p, obj, t, sizeof t) >= 0)
			out_printf(&o, "%s", t);
		return out_end(&o);
	}
	if (r->flags & SF_KLAERUNG) {
		uint32_t e = a->obj[obj].empfohlen;
		char codes[256];
		if (e != WP_NONE && e < w->n_pf && verdict_codes(w, a, obj, e, codes, sizeof codes) > 0)
			out_printf(&o, _("Klärung nötig (%s: %s)"), w->pf[e].code, codes);
		else
			out_printf(&o, "%s", _(LBL_KLAERUNG));
	}
	if (r->flags & SF_HYBRID)
		put_hybrid(&o, z, w, obj);
	if (r->flags & SF_FRIST) {
		out_sep(&o);
		out_printf(&o,
			   ngettext("Frist gefährdet (%d Monat zu spät)",
				    "Frist gefährdet (%d Monate zu spät)", (unsigned long)r->verspaetung),
			   (int)r->verspaetung);
	}
	put_gruppe(&o, z, w, obj);
	if (w->obj[obj].stand == STAND_IN_ARBEIT) {
		char b[32];
		int32_t h = r->rest;
		out_sep(&o);
		if (h % 2)
			snprintf(b, sizeof b, "%d%s5", (int)(h / 2), i18n_german() ? "," : ".");
		else
			snprintf(b, sizeof b, "%d", (int)(h / 2));
		out_printf(&o, _("in Arbeit, Rest %s PT"), b);
	} else if (w->obj[obj].pin_monat) {
		out_sep(&o);
		out_printf(&o, _("Beginn festgelegt auf %s"),
			   monat_format(w->obj[obj].pin_monat, 1, m1, sizeof m1));
	}
	return out_end(&o);
}

int zeitplan_zahlen_text(size_t fristen, long verstoesse, char *buf, size_t size)
{
	struct out o = { buf, size, 0 };
	out_printf(&o, ngettext(" · %zu Frist gefährdet", " · %zu Fristen gefährdet", fristen),
		   fristen);
	out_printf(&o, ngettext(" · %ld Verstoß", " · %ld Verstöße", (unsigned long)verstoesse),
		   verstoesse);
	return out_end(&o);
}
