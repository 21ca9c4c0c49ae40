/* The report's title page and its one-page summary (docs/report.md): objects by type,
 * the recommended platforms and their verdicts, go-lives per year, total PT and euros, the
 * costs per Haushaltsjahr, break-even, deadlines at risk, overbooked months, what is open
 * and the pilots — each figure read from the computed results, with what is missing said. */
#include <stdio.h>
#include <string.h>

#include "data/report_priv.h"
#include "data/seed.h"
#include "model/enums.h"
#include "model/i18n.h"
#include "model/labels.h"
#include "model/textout.h"

#define NAMEN_MAX 6     /* Kennungen named in a list before "und n weitere" */
#define KOSTEN_ZEILEN 8 /* years in the summary's cost table */

static int hat_beispiel(const struct ws *w)
{
	for (size_t p = 0; p < w->n_pf; p++)
		if (w->pf[p].beispiel)
			return 1;
	return 0;
}

void report_titel(struct report_ctx *c)
{
	struct rdoc *d = &c->d;
	char b[512];
	rd_seite(d);
	d->y = 220;
	rd_farbe(d->cr, 0x1f3a5f);
	rd_absatz(d, RS_TITEL, d->titel, 14);
	rd_absatz(d, RS_UNTERTITEL, d->name, 8);
	cairo_set_source_rgb(d->cr, 0, 0, 0);
	rd_absatz(d, RS_NORMAL, _("Sitzungsvorlage: Roadmap, Kosten und offene Punkte der "
				 "Migration in die souveräne Verwaltungscloud"), 6);
	if (c->o->behoerde != WP_NONE) {
		snprintf(b, sizeof b, _("Ausschnitt: %s mit allen untergeordneten Behörden"),
			 c->w->beh[c->o->behoerde].name);
		rd_absatz(d, RS_NORMAL, b, 6);
	}
	if (c->w->szenario && c->w->szenario[0]) {
		snprintf(b, sizeof b, _("Szenario: %s"), c->w->szenario);
		rd_absatz(d, RS_NORMAL, b, 6);
	}
	snprintf(b, sizeof b, _("Stand: %s"), d->datum);
	rd_absatz(d, RS_NORMAL, b, 24);
	if (hat_beispiel(c->w)) {
		snprintf(b, sizeof b, _("Hinweis: Plattformprofile mit * sind Beispielbewertungen "
					"(%s). Ihre Urteile zeigen den Weg, nicht die Entscheidung."),
			 _(SEED_BEISPIEL));
		rd_absatz(d, RS_FETT, b, 6);
	}
	rd_absatz(d, RS_KLEIN, _("Erstellt mit wolkenplan aus denselben Zahlen wie die "
				"CSV-Exporte (wolkenplan export roadmap, export zeitplan)."), 0);
}

/* "Name*" for an example profile. */
static const char *pf_name(const struct plattform *p, char *b, size_t n)
{
	snprintf(b, n, "%s%s", p->code, p->beispiel ? "*" : "");
	return b;
}

static void objekte(struct report_ctx *c)
{
	size_t typ[TYP__N] = { 0 };
	char b[512];
	for (size_t i = 0; i < c->w->n_obj; i++)
		if (c->sel[i] && c->w->obj[i].typ < TYP__N)
			typ[c->w->obj[i].typ]++;
	struct out o = { b, sizeof b, 0 };
	out_printf(&o, ngettext("%zu Objekt im Bericht", "%zu Objekte im Bericht", c->n_sel),
		   c->n_sel);
	for (int t = 0; t < TYP__N; t++)
		out_printf(&o, "%s%zu %s", t ? ", " : ": ", typ[t], enum_display(EK_TYP, t));
	out_end(&o);
	rd_absatz(&c->d, RS_NORMAL, b, 4);
}

static void plattformen(struct report_ctx *c)
{
	const struct ws *w = c->w;
	const struct assessment *a = c->a;
	static const double br[] = { 0.40, 0.2, 0.2, 0.2 };
	static const int re[] = { 0, 1, 1, 1 };
	const char *kopf[] = { _(LBL_SEC_EMPFOHLEN), _("Anzahl Objekte"),
			       enum_display(EK_VERDICT, V_ZULAESSIG), _(LBL_KLAERUNG) };
	struct rd_tabelle t = { 4, br, re, kopf, 0 };
	size_t keine = 0;
	rd_tabelle_kopf(&c->d, &t);
	for (size_t p = 0; p < w->n_pf; p++) {
		size_t n = 0, ok = 0, offen = 0;
		for (size_t i = 0; i < w->n_obj; i++) {
			if (!c->sel[i] || a->obj[i].empfohlen != p)
				continue;
			n++;
			ok += a->verdict[i * a->n_pf + p] == V_ZULAESSIG;
			offen += a->verdict[i * a->n_pf + p] == V_OFFEN;
		}
		char nm[96], s1[16], s2[16], s3[16];
		snprintf(s1, sizeof s1, "%zu", n);
		snprintf(s2, sizeof s2, "%zu", ok);
		snprintf(s3, sizeof s3, "%zu", offen);
		const char *z[] = { pf_name(&w->pf[p], nm, sizeof nm), s1, s2, s3 };
		rd_tabelle_zeile(&c->d, &t, z, 0);
	}
	for (size_t i = 0; i < w->n_obj; i++)
		keine += c->sel[i] && a->obj[i].empfohlen == WP_NONE;
	char b[256];
	snprintf(b, sizeof b, ngettext("%zu Objekt ist auf keiner Plattform zulässig (blockiert).",
				       "%zu Objekte sind auf keiner Plattform zulässig (blockiert).",
				       keine), keine);
	c->d.y += 3;
	rd_absatz(&c->d, RS_NORMAL, b, 4);
}

/* The Kennungen of the selected objects with pred(o) true, as "A, B und n weitere". */
static size_t namen(const struct report_ctx *c, int (*pred)(const struct report_ctx *, uint32_t),
		    struct out *o)
{
	size_t n = 0;
	for (size_t i = 0; i < c->w->n_obj; i++)
		n += c->sel[i] && pred(c, (uint32_t)i);
	size_t k = 0;
	for (size_t i = 0; i < c->w->n_obj && k < NAMEN_MAX; i++)
		if (c->sel[i] && pred(c, (uint32_t)i)) {
			out_printf(o, "%s%s", list_sep((int)k, (int)(n < NAMEN_MAX ? n : NAMEN_MAX + 1)),
				   c->w->obj[i].kennung);
			k++;
		}
	if (n > k)
		out_more(o, n - k);
	return n;
}

int report_fristen_text(size_t n, char *buf, size_t size)
{
	return snprintf(buf, size, ngettext("%zu Frist gefährdet", "%zu Fristen gefährdet", n), n);
}

static int ist_frist(const struct report_ctx *c, uint32_t o)
{
	return report_geplant(c, o) && (c->z->plan->obj[o].flags & SF_FRIST);
}

static int ist_klaerung(const struct report_ctx *c, uint32_t o)
{
	return (c->a->obj[o].flags & AF_KLAERUNG) != 0;
}

static int ist_blockiert(const struct report_ctx *c, uint32_t o)
{
	return c->a->obj[o].empfohlen == WP_NONE;
}

static void zeitplan(struct report_ctx *c)
{
	char b[2048], pt[32];
	struct out o = { b, sizeof b, 0 };
	if (!c->z) {
		rd_absatz(&c->d, RS_FETT, _("Kein Zeitplan gespeichert: Roadmap, Inbetriebnahmen und "
					    "Kosten je Jahr fehlen. Erstellen mit: wolkenplan plan"), 4);
		int64_t sum = 0;
		for (size_t i = 0; i < c->w->n_obj; i++)
			if (c->sel[i])
				sum += (int64_t)(c->a->obj[i].aufwand * 2 + 0.5);
		snprintf(b, sizeof b, _("Aufwand laut Bewertung: %s PT"), report_pt(c, sum, pt, sizeof pt));
		rd_absatz(&c->d, RS_NORMAL, b, 4);
		return;
	}
	const struct sched_plan *p = c->z->plan;
	int jahr_von = 0, jahr_bis = -1;
	int64_t sum = 0;
	size_t n = 0;
	for (size_t i = 0; i < c->w->n_obj; i++)
		if (c->sel[i] && report_geplant(c, (uint32_t)i)) {
			int j = p->obj[i].ende / 12;
			jahr_von = jahr_bis < jahr_von || j < jahr_von ? j : jahr_von;
			jahr_bis = j > jahr_bis ? j : jahr_bis;
			sum += p->obj[i].rest;
			n++;
		}
	out_printf(&o, _("Geplant: %zu von %zu Objekten, Aufwand gesamt %s PT."), n, c->n_sel,
		   report_pt(c, sum, pt, sizeof pt));
	if (n) {
		/* the years with a go-live; a plan over decades has many without one, and
		 * listing each of them pushed the summary onto a second page */
		out_printf(&o, " %s", _("In Betrieb je Jahr:"));
		int erstes = 1, leer = 0;
		for (int j = jahr_von; j <= jahr_bis; j++) {
			size_t k = 0;
			for (size_t i = 0; i < c->w->n_obj; i++)
				k += c->sel[i] && report_geplant(c, (uint32_t)i) && p->obj[i].ende / 12 == j;
			if (!k) {
				leer++;
				continue;
			}
			out_printf(&o, "%s%d: %zu", erstes ? " " : " · ", j, k);
			erstes = 0;
		}
		if (leer)
			out_printf(&o, ngettext(" (und %d Jahr ohne Inbetriebnahme)",
						" (und %d Jahre ohne Inbetriebnahme)", leer), leer);
	}
	out_end(&o);
	rd_absatz(&c->d, RS_NORMAL, b, 4);
	o = (struct out){ b, sizeof b, 0 };
	size_t nf = 0;
	for (size_t i = 0; i < c->w->n_obj; i++)
		nf += c->sel[i] && ist_frist(c, (uint32_t)i);
	char f[64];
	report_fristen_text(nf, f, sizeof f);
	out_printf(&o, "%s", f);
	if (nf) {
		out_printf(&o, ": ");
		namen(c, ist_frist, &o);
	}
	size_t ueber = 0;
	for (size_t m = 0; m < p->n_last; m++)
		ueber += p->last[m].belegt > p->last[m].kap;
	out_printf(&o, ngettext(" · %zu Monat überbucht", " · %zu Monate überbucht", ueber), ueber);
	out_end(&o);
	rd_absatz(&c->d, nf || ueber ? RS_FETT : RS_NORMAL, b, 4);
}

int report_break_even(const struct report_ctx *c, char *buf, size_t size)
{
	const struct cost_result *r = c->kr;
	int64_t basis = 0;
	for (size_t i = 0; i < r->n_jahr; i++)
		basis += r->jahr[i].basis;
	if (r->migration == 0 && basis == 0)
		return snprintf(buf, size, "%s", _("Kein Break-even: weder Migrationskosten noch "
						   "Betriebskosten erfasst"));
	int n = cost_break_even_text(r, buf, size);
	const struct cost_jahr *l = r->n_jahr ? &r->jahr[r->n_jahr - 1] : NULL;
	if (n < 0 || (size_t)n >= size || !l || r->break_even <= l->jahr || l->differenz >= 0)
		return n;
	/* beyond the table: how the last year's savings get there */
	char k[32], d[32];
	return n + snprintf(buf + n, size - (size_t)n,
			    _(" — nach dem letzten gerechneten Haushaltsjahr: %d liegen die "
			      "Kosten kumuliert noch %s über der Basis, jedes weitere Jahr spart %s"),
			    l->jahr, report_euro(c, l->kumuliert, k, sizeof k),
			    report_euro(c, -l->differenz, d, sizeof d));
}

void report_kosten_tabelle(struct report_ctx *c, size_t max)
{
	const struct cost_result *r = c->kr;
	char e1[32], e2[32], e3[32], e4[32], e5[32], e6[32], j[8];
	static const double br[] = { 0.16, 0.14, 0.14, 0.14, 0.14, 0.14, 0.14 };
	static const int re[] = { 0, 1, 1, 1, 1, 1, 1 };
	const char *kopf[] = { _(LBL_HAUSHALTSJAHR), _(LBL_MIGRATION), _(LBL_F_BETRIEB), _(LBL_SUMME),
			       _(REPORT_BASIS), _(LBL_DIFFERENZ), _("kumuliert") };
	struct rd_tabelle t = { 7, br, re, kopf, 1 };
	size_t n = r->n_jahr > max ? max - 1 : r->n_jahr;
	rd_tabelle_kopf(&c->d, &t);
	for (size_t i = 0; i < n; i++) {
		const struct cost_jahr *y = &r->jahr[i];
		snprintf(j, sizeof j, "%d", y->jahr);
		const char *z[] = { j, report_euro(c, y->migration, e1, sizeof e1),
				    report_euro(c, y->betrieb, e2, sizeof e2),
				    report_euro(c, y->summe, e3, sizeof e3),
				    report_euro(c, y->basis, e4, sizeof e4),
				    report_euro(c, y->differenz, e5, sizeof e5),
				    report_euro(c, y->kumuliert, e6, sizeof e6) };
		rd_tabelle_zeile(&c->d, &t, z, 0);
	}
	if (n < r->n_jahr) {
		char b[256];
		snprintf(b, sizeof b, ngettext("… %zu weiteres Jahr: siehe Seite „%s“",
					       "… %zu weitere Jahre: siehe Seite „%s“", r->n_jahr - n),
			 r->n_jahr - n, _(REPORT_KOSTEN_TITEL));
		rd_absatz(&c->d, RS_KLEIN, b, 0);
	}
}

static void kosten(struct report_ctx *c)
{
	const struct cost_result *r = c->kr;
	char b[1024], e1[32], e2[32];
	if (!r) {
		rd_absatz(&c->d, RS_FETT, _("Kosten nicht berechenbar: Beträge außerhalb der Grenzen "
					    "(siehe docs/kosten.md)."), 4);
		return;
	}
	snprintf(b, sizeof b, _("Migrationskosten gesamt: %s (davon neue Ausgaben extern: %s)"),
		 report_euro(c, r->migration, e1, sizeof e1),
		 report_euro(c, r->migration_extern, e2, sizeof e2));
	rd_absatz(&c->d, RS_FETT, b, 4);
	report_kosten_tabelle(c, KOSTEN_ZEILEN);
	c->d.y += 3;
	report_break_even(c, b, sizeof b);
	rd_absatz(&c->d, RS_FETT, b, 3);
	if (c->k && r->n_ohne) {
		char ohne[512];
		cost_ohne_text(&c->k->in, r, NAMEN_MAX, ohne, sizeof ohne);
		snprintf(b, sizeof b, "%s %s", ohne,
			 _("(Betriebskosten heute fehlen; sie zählen mit 0 €)"));
		rd_absatz(&c->d, RS_FETT, b, 4);
	}
}

static void offene_punkte(struct report_ctx *c)
{
	char b[2048];
	struct out o = { b, sizeof b, 0 };
	size_t n = 0;
	for (size_t i = 0; i < c->w->n_obj; i++)
		n += c->sel[i] && ist_klaerung(c, (uint32_t)i);
	out_printf(&o, "%s: %zu", _(LBL_KLAERUNG), n);
	if (n) {
		out_printf(&o, " (");
		namen(c, ist_klaerung, &o);
		out_printf(&o, ")");
	}
	out_end(&o);
	rd_absatz(&c->d, RS_NORMAL, b, 3);
	o = (struct out){ b, sizeof b, 0 };
	n = 0;
	for (size_t i = 0; i < c->w->n_obj; i++)
		n += c->sel[i] && ist_blockiert(c, (uint32_t)i);
	out_printf(&o, "%s: %zu", _("Blockiert"), n);
	if (n) {
		out_printf(&o, " (");
		namen(c, ist_blockiert, &o);
		out_printf(&o, ")");
		/* the red lines missed on at least one platform, with how many blocked objects */
		out_printf(&o, " — %s", _("blockierende rote Linien:"));
		int erste = 1;
		for (size_t r = 0; r < c->w->n_rl; r++) {
			size_t k = 0;
			for (size_t i = 0; i < c->w->n_obj; i++) {
				if (!c->sel[i] || !ist_blockiert(c, (uint32_t)i))
					continue;
				int req = assess_required_level(c->w, &c->a->obj[i], (uint32_t)i);
				for (size_t p = 0; p < c->w->n_pf; p++)
					if (assess_rl_check(c->w->rl_val[p * c->w->n_rl + r], req) ==
					    RLC_VERFEHLT) {
						k++;
						break;
					}
			}
			if (k) {
				out_printf(&o, "%s%s (%zu)", erste ? " " : ", ", c->w->rl[r].code, k);
				erste = 0;
			}
		}
	}
	out_end(&o);
	rd_absatz(&c->d, RS_NORMAL, b, 3);
	o = (struct out){ b, sizeof b, 0 };
	if (!c->w->n_pilot) {
		out_printf(&o, "%s", _(REPORT_KEINE_PILOTEN));
	} else {
		out_printf(&o, "%s", _("Piloten:"));
		for (size_t p = 0; p < c->w->n_pilot; p++) {
			const struct pilot *pi = &c->w->pilot[p];
			out_printf(&o, "%s%s (%s, ", p ? "; " : " ", pi->name,
				   enum_display(EK_PILOT_STATUS, pi->status));
			char nm[48];
			out_printf(&o, "%s", i18n_n_mitglieder(pi->n_members, nm, sizeof nm));
			out_printf(&o, ")");
		}
	}
	out_end(&o);
	rd_absatz(&c->d, RS_NORMAL, b, 3);
}

void report_summary(struct report_ctx *c)
{
	rd_seite(&c->d);
	rd_ueberschrift(&c->d, RS_H1, _("Zusammenfassung"), 40);
	objekte(c);
	plattformen(c);
	rd_ueberschrift(&c->d, RS_H2, _("Zeitplan"), 30);
	zeitplan(c);
	rd_ueberschrift(&c->d, RS_H2, _(LBL_KOSTEN), 60);
	kosten(c);
	rd_ueberschrift(&c->d, RS_H2, _("Offen"), 30);
	offene_punkte(c);
	if (hat_beispiel(c->w)) {
		char b[256];
		snprintf(b, sizeof b, "* %s", _(SEED_BEISPIEL));
		rd_absatz(&c->d, RS_KLEIN, b, 0);
	}
}
