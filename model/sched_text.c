/* Texts of the scheduler for people (German msgids via gettext): why an object starts when
 * it does, why it is late or not planned, and the violations and checker findings as
 * sentences. Months as MM.JJJJ (English: JJJJ-MM), PT from half-days without floating
 * point. snprintf contract throughout: truncated output, full length returned. */
#include "model/sched.h"

#include <stdio.h>

#include "model/i18n.h"
#include "model/labels.h"
#include "model/monat.h"
#include "model/textout.h"

#define NAMEN_MAX 3 /* group members named before "und N weitere" */

char *sched_monat_text(int32_t m, char *buf, size_t size)
{
	if (m == SCHED_KEIN || m < 0)
		snprintf(buf, size, "–");
	else
		monat_format(m, i18n_german(), buf, size);
	return buf;
}

/* Half-PT as PT: "12", "12,5" (German) or "12.5". */
static char *pt_text(int64_t h, char *buf, size_t size)
{
	if (h % 2)
		snprintf(buf, size, "%lld%s5", (long long)(h / 2), i18n_german() ? "," : ".");
	else
		snprintf(buf, size, "%lld", (long long)(h / 2));
	return buf;
}

static const char *kennung(const struct sched_input *in, uint32_t i)
{
	return i < in->n_obj ? in->obj[i].kennung : "?";
}

static void grund_text(struct out *o, const struct sched_input *in,
		       const struct sched_obj_out *r)
{
	switch (r->grund) {
	case SG_RETAIN:
		out_printf(o, "%s", _("nicht geplant: Strategie Retain"));
		break;
	case SG_MIGRIERT:
		out_printf(o, "%s", _("nicht geplant: bereits migriert"));
		break;
	case SG_BENOETIGT:
		out_printf(o, _("nicht geplant: wird noch von %s benötigt"),
			   kennung(in, r->grund_obj));
		break;
	case SG_KAPAZITAET:
		out_printf(o, "%s",
			   _("nicht geplant: Kapazität reicht nicht (kein Platz in 50 Jahren)"));
		break;
	default:
		out_printf(o, _("nicht geplant: Vorgänger nicht geplant: %s"),
			   kennung(in, r->grund_obj));
		break;
	}
}

static void basis_text(struct out *o, const struct sched_input *in, const struct sched_plan *p,
		       const struct sched_warum *w)
{
	char m1[16], m2[16];
	switch (w->basis) {
	case SB_VORGAENGER:
		out_printf(o, _("wartet auf %s, Ende %s"), kennung(in, w->obj),
			   sched_monat_text(w->obj_ende, m1, sizeof m1));
		break;
	case SB_PIN:
		out_printf(o, _("festgesetzt auf %s"), sched_monat_text(w->frueh, m1, sizeof m1));
		break;
	case SB_IN_ARBEIT:
		out_printf(o, "%s", _("in Arbeit, fortgesetzt ab Planbeginn"));
		break;
	default:
		out_printf(o, "%s", _("Planbeginn"));
		break;
	}
	if (w->voll_bis == SCHED_KEIN)
		return;
	int32_t von = w->frueh;
	if (von < p->start) {
		out_printf(o, "; %s", _("Festsetzung liegt vor dem Planbeginn"));
		von = p->start;
	}
	if (von == w->voll_bis)
		out_printf(o, _("; %s ausgelastet"), sched_monat_text(von, m1, sizeof m1));
	else if (von < w->voll_bis)
		out_printf(o, _("; %s bis %s ausgelastet"), sched_monat_text(von, m1, sizeof m1),
			   sched_monat_text(w->voll_bis, m2, sizeof m2));
}

static void gruppe_text(struct out *o, const struct sched_input *in,
			const struct sched_plan *p, uint32_t obj)
{
	const struct sched_obj_out *r = &p->obj[obj];
	if (r->gruppe >= p->n_gruppe)
		return;
	const struct sched_gruppe *g = &p->gruppe[r->gruppe];
	if (g->n < 2) {
		out_printf(o, "; %s", _("Pilot ohne weitere geplante Mitglieder"));
		return;
	}
	out_printf(o, "; %s",
		   g->art == SGA_PILOT ? _("Pilot gemeinsam mit") : _("Zyklus gemeinsam mit"));
	uint32_t shown = 0, others = 0;
	for (uint32_t k = 0; k < g->n; k++) {
		uint32_t m = p->mitglied[g->off + k];
		if (m == obj)
			continue;
		others++;
		if (shown < NAMEN_MAX)
			out_printf(o, "%s %s", shown++ ? "," : "", kennung(in, m));
	}
	if (others > shown)
		out_printf(o, ngettext(" und %u weiterem", " und %u weiteren", others - shown),
			   others - shown);
}

static void spaet_text(struct out *o, const struct sched_input *in,
		       const struct sched_obj_out *r, uint32_t obj)
{
	char m1[16], a[24], t[24];
	out_printf(o, ngettext("; Frist gefährdet (%d Monat zu spät)",
			       "; Frist gefährdet (%d Monate zu spät)", r->verspaetung),
		   r->verspaetung);
	switch (r->warum.spaet) {
	case SL_FRUEH:
		out_printf(o, ": %s", _("frühester Beginn liegt nach dem Vertragsende"));
		break;
	case SL_VOLL:
		out_printf(o, _(": Kapazität bis %s ausgelastet"),
			   sched_monat_text(r->warum.voll_bis, m1, sizeof m1));
		break;
	default:
		out_printf(o, _(": %s PT bei höchstens %s PT je Monat"),
			   pt_text(r->rest, a, sizeof a), pt_text(in->obj[obj].tempo, t, sizeof t));
		break;
	}
}

int sched_warum_text(const struct sched_input *in, const struct sched_plan *p, uint32_t obj,
		     char *buf, size_t size)
{
	struct out o = { buf, size, 0 };
	char m1[16];
	if (obj >= p->n_obj) {
		out_printf(&o, "?");
		return out_end(&o);
	}
	const struct sched_obj_out *r = &p->obj[obj];
	if (r->grund != SG_GEPLANT) {
		grund_text(&o, in, r);
		if (r->flags & SF_KLAERUNG)
			out_printf(&o, "; %s", _(LBL_KLAERUNG));
		return out_end(&o);
	}
	out_printf(&o, _("beginnt %s: "), sched_monat_text(r->beginn, m1, sizeof m1));
	basis_text(&o, in, p, &r->warum);
	gruppe_text(&o, in, p, obj);
	out_printf(&o, _("; Ende %s"), sched_monat_text(r->ende, m1, sizeof m1));
	if (r->flags & SF_FRIST)
		spaet_text(&o, in, r, obj);
	if (r->flags & SF_HYBRID)
		out_printf(&o, _("; hybride Schnittstelle zu %s"), kennung(in, r->hybrid_zu));
	if (r->flags & SF_KLAERUNG)
		out_printf(&o, "; %s", _(LBL_KLAERUNG));
	return out_end(&o);
}

int sched_verstoss_text(const struct sched_input *in, const struct sched_plan *p,
			const struct sched_verstoss *v, char *buf, size_t size)
{
	struct out o = { buf, size, 0 };
	char m1[16], m2[16];
	if (v->art == SV_PIN_VERSCHOBEN) {
		int32_t b = v->obj < p->n_obj ? p->obj[v->obj].beginn : SCHED_KEIN;
		out_printf(&o,
			   _("Festsetzung verschoben: Kapazität — %s festgesetzt auf %s, "
			     "beginnt %s"),
			   kennung(in, v->obj), sched_monat_text(v->monat, m1, sizeof m1),
			   sched_monat_text(b, m2, sizeof m2));
	} else {
		int32_t e = v->other < p->n_obj ? p->obj[v->other].ende : SCHED_KEIN;
		out_printf(&o,
			   _("Festsetzung bricht die Reihenfolge: %s beginnt %s, %s endet erst %s"),
			   kennung(in, v->obj), sched_monat_text(v->monat, m1, sizeof m1),
			   kennung(in, v->other), sched_monat_text(e, m2, sizeof m2));
	}
	return out_end(&o);
}

int sched_befund_text(const struct sched_input *in, const struct sched_befund *b, char *buf,
		      size_t size)
{
	struct out o = { buf, size, 0 };
	char m[16];
	const char *k = kennung(in, b->obj), *k2 = kennung(in, b->other);
	sched_monat_text(b->monat, m, sizeof m);
	out_printf(&o, _("Regel %d: "), b->inv);
	switch (b->art) {
	case SC_REIHENFOLGE:
		if (b->monat == SCHED_KEIN)
			out_printf(&o, _("%s ist geplant, sein Vorgänger %s nicht"), k, k2);
		else
			out_printf(&o, _("%s beginnt %s, bevor %s endet"), k, m, k2);
		break;
	case SC_PIN_REIHENFOLGE:
		out_printf(&o,
			   _("Festsetzung bricht die Reihenfolge: %s beginnt %s, "
			     "bevor %s endet"),
			   k, m, k2);
		break;
	case SC_KAPAZITAET:
		out_printf(&o, _("Kapazität im Monat %s überschritten"), m);
		break;
	case SC_TEMPO:
		out_printf(&o, _("%s erhält im Monat %s mehr als sein Höchsttempo"), k, m);
		break;
	case SC_SUMME:
		out_printf(&o, _("die Monats-PT von %s ergeben nicht seinen Aufwand"), k);
		break;
	case SC_GRUPPE:
		out_printf(&o, _("%s und %s sind eine Gruppe, "
				 "beginnen oder enden aber verschieden"),
			   k, k2);
		break;
	case SC_SPANNE:
		out_printf(&o, _("%s: PT außerhalb von Beginn bis Ende, oder Beginn/Ende ohne PT"),
			   k);
		break;
	case SC_LEERLAUF:
		out_printf(&o, _("%s hätte schon %s beginnen können"), k, m);
		break;
	case SC_FRIST:
		out_printf(&o, _("Fristverzug von %s fehlt oder ist falsch"), k);
		break;
	case SC_FEHLT:
		out_printf(&o, _("%s ist weder geplant noch mit gültigem Grund ausgelassen"), k);
		break;
	case SC_HYBRID:
		out_printf(&o, _("%s: hybride Schnittstelle nicht vermerkt, "
				 "oder als noch benötigtes Retire-Objekt geplant"),
			   k);
		break;
	case SC_KLAERUNG:
		out_printf(&o, _("%s: Hinweis „Klärung nötig“ fehlt oder ist falsch"), k);
		break;
	case SC_PIN_VERSCHOBEN:
		out_printf(&o, _("Festsetzung von %s auf %s verschoben"), k, m);
		break;
	default:
		out_printf(&o, _("Verstoß einer Festsetzung nicht gemeldet: %s"), k);
		break;
	}
	return out_end(&o);
}
