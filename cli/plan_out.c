/* Printing the Zeitplan: parameters, waves, roadmap table, findings, summary. */
#include "cli/plan_out.h"

#include <stdio.h>
#include <stdlib.h>

#include "cli/table.h"
#include "data/export_zeitplan.h"
#include "model/date.h"
#include "model/enums.h"
#include "model/i18n.h"
#include "model/labels.h"
#include "model/monat.h"
#include "model/numfmt.h"

/* Half-PT as PT in the user's form. */
static const char *pt(int64_t h, char *b, size_t n)
{
	return format_num(h / 2.0, 1, 1, i18n_german(), b, n);
}

static const char *mon(int32_t m, char *b, size_t n)
{
	return monat_format(m, i18n_german(), b, n);
}

static int geplant(const struct zeitplan *z, uint32_t o)
{
	return z->plan->obj[o].grund == SG_GEPLANT && z->plan->obj[o].beginn != SCHED_KEIN;
}

void plan_out_params(const struct cli *c, const struct zeitplan *z)
{
	char m[16], k[32], r[32];
	printf(_("Zeitplan ab %s · Kapazität %s PT je Monat · höchstens %s PT je Objekt und Monat "
		 "· Wellen zu %d Monaten\n"),
	       mon(z->params.start, m, sizeof m), pt(z->params.kapazitaet, k, sizeof k),
	       pt(z->params.tempo, r, sizeof r), (int)z->params.wellen_laenge);
	if (c->ws->n_kap)
		printf(ngettext("%zu Monat mit eigener Kapazität (wolkenplan kapazitaet list)\n",
				"%zu Monate mit eigener Kapazität (wolkenplan kapazitaet list)\n",
				c->ws->n_kap),
		       c->ws->n_kap);
}

/* Sums of wave nr: capacity and load in half-PT, objects going live. */
static void welle_summe(const struct zeitplan *z, int nr, int64_t *kap, int64_t *last,
			size_t *n_obj)
{
	int32_t b = zeitplan_welle_beginn(z, nr);
	*kap = *last = 0;
	for (int32_t m = b; m < b + z->params.wellen_laenge; m++) {
		*kap += zeitplan_kap(z, m);
		*last += zeitplan_last(z, m);
	}
	*n_obj = 0;
	for (size_t i = 0; i < z->plan->n_obj; i++)
		*n_obj += zeitplan_welle(z, (uint32_t)i) == nr;
}

static void welle_kopf(const struct zeitplan *z, int nr)
{
	int64_t kap, last;
	size_t n;
	char d1[16], d2[16], b1[32], b2[32];
	int32_t b = zeitplan_welle_beginn(z, nr);
	int de = i18n_german();
	welle_summe(z, nr, &kap, &last, &n);
	printf(ngettext("Welle %d  %s–%s  %zu Objekt geht in Betrieb  belegt %s von %s PT\n",
			"Welle %d  %s–%s  %zu Objekte gehen in Betrieb  belegt %s von %s PT\n", n),
	       nr, date_format(monat_erster_tag(b), de, d1, sizeof d1),
	       date_format(monat_letzter_tag(b + z->params.wellen_laenge - 1), de, d2, sizeof d2), n,
	       pt(last, b1, sizeof b1), pt(kap, b2, sizeof b2));
}

void plan_out_piloten(const struct cli *c, const struct zeitplan *z)
{
	const struct ws *w = c->ws;
	char m1[16], m2[16];
	if (w->n_pilot)
		printf(_("\nPiloten:\n"));
	for (size_t i = 0; i < w->n_pilot; i++) {
		const struct pilot *pi = &w->pilot[i];
		int32_t b = INT32_MAX, en = INT32_MIN;
		int wa = 0, wb = 0;
		size_t planned = 0;
		for (size_t k = 0; k < pi->n_members; k++) {
			uint32_t o = pi->members[k];
			if (!geplant(z, o))
				continue;
			planned++;
			const struct sched_obj_out *r = &z->plan->obj[o];
			int wl = zeitplan_welle(z, o);
			b = r->beginn < b ? r->beginn : b;
			en = r->ende > en ? r->ende : en;
			wa = !wa || wl < wa ? wl : wa;
			wb = wl > wb ? wl : wb;
		}
		int bound = pi->status == PS_GEPLANT || pi->status == PS_LAUFEND;
		const char *st = _(enum_label(EK_PILOT_STATUS, pi->status));
		if (!planned)
			printf(_("  %s (%s): kein Mitglied geplant\n"), pi->name, st);
		else if (bound)
			printf(ngettext("  %s (%s): %zu von %zu Mitglied geplant, gemeinsam in Betrieb "
					"%s (Welle %d), Arbeit ab %s\n",
					"  %s (%s): %zu von %zu Mitgliedern geplant, gemeinsam in Betrieb "
					"%s (Welle %d), Arbeit ab %s\n", pi->n_members),
			       pi->name, st, planned, pi->n_members, mon(en, m1, sizeof m1), wb,
			       mon(b, m2, sizeof m2));
		else
			printf(ngettext("  %s (%s): nicht gebunden, %zu von %zu Mitglied einzeln geplant "
					"(Welle %d bis %d); gemeinsam erst mit Status geplant oder laufend\n",
					"  %s (%s): nicht gebunden, %zu von %zu Mitgliedern einzeln geplant "
					"(Welle %d bis %d); gemeinsam erst mit Status geplant oder laufend\n",
					pi->n_members),
			       pi->name, st, planned, pi->n_members, wa, wb);
	}
}

void plan_out_wellen_kurz(const struct cli *c, const struct zeitplan *z)
{
	(void)c;
	int n = zeitplan_n_wellen(z);
	for (int nr = 1; nr <= n; nr++)
		welle_kopf(z, nr);
}

/* Hinweise of o into a fixed buffer (the table crops nothing; long ones stay whole up to
 * its size). */
static const char *hinw(const struct cli *c, const struct zeitplan *z, uint32_t o, char *b,
			size_t n)
{
	if (zeitplan_hinweise(z, c->ws, c->as, o, b, n) < 0)
		b[0] = '\0';
	return b;
}

int plan_out_wellen(const struct cli *c, const struct zeitplan *z)
{
	const struct ws *w = c->ws;
	uint32_t *order = malloc((w->n_obj ? w->n_obj : 1) * sizeof *order);
	long planned = order ? zeitplan_order(w, z, order) : -1;
	char hb[1024], m1[16], m2[16], sp[40], a[32];
	int rc = 0;
	if (planned < 0) {
		free(order);
		cli_error("%s", wp_strerror(WP_ENOMEM));
		return EXIT_PROBLEM;
	}
	size_t r = 0;
	int n = zeitplan_n_wellen(z);
	for (int nr = 1; nr <= n && !rc; nr++) {
		welle_kopf(z, nr);
		struct out_table *t = out_table_new(6, (const int[]){ 0, 0, 0, 0, 1, 0 });
		rc = !t;
		for (; r < (size_t)planned && !rc && zeitplan_welle(z, order[r]) == nr; r++) {
			uint32_t o = order[r];
			const struct sched_obj_out *po = &z->plan->obj[o];
			snprintf(sp, sizeof sp, "%s–%s", mon(po->beginn, m1, sizeof m1),
				 mon(po->ende, m2, sizeof m2));
			const char *cells[6] = { "", w->obj[o].kennung, w->obj[o].name, sp,
						 pt(po->rest, a, sizeof a), hinw(c, z, o, hb, sizeof hb) };
			rc = out_table_row(t, cells);
		}
		if (!rc)
			out_table_print(t, stdout);
		out_table_free(t);
	}
	size_t unplanned = w->n_obj - (size_t)planned;
	if (unplanned && !rc) {
		printf(_("Nicht geplant (%zu):\n"), unplanned);
		struct out_table *t = out_table_new(4, NULL);
		rc = !t;
		for (r = (size_t)planned; r < w->n_obj && !rc; r++) {
			uint32_t o = order[r];
			const char *cells[4] = { "", w->obj[o].kennung, w->obj[o].name,
						 hinw(c, z, o, hb, sizeof hb) };
			rc = out_table_row(t, cells);
		}
		if (!rc)
			out_table_print(t, stdout);
		out_table_free(t);
	}
	free(order);
	if (rc) {
		cli_error("%s", wp_strerror(WP_ENOMEM));
		return EXIT_PROBLEM;
	}
	return 0;
}

int plan_out_tabelle(const struct cli *c, const struct zeitplan *z)
{
	const struct ws *w = c->ws;
	uint32_t *order = malloc((w->n_obj ? w->n_obj : 1) * sizeof *order);
	struct out_table *t = out_table_new(10, (const int[]){ 1, 0, 0, 0, 0, 0, 0, 1, 0, 0 });
	int rc = !order || !t || zeitplan_order(w, z, order) < 0;
	if (!rc) {
		const char *head[10] = { _(LBL_F_WELLE), _(LBL_BEGINN), _(LBL_ENDE),
					 _(LBL_F_BEHOERDE), _(LBL_F_KENNUNG), _(LBL_F_NAME),
					 _(LBL_F_STRATEGIE), _(LBL_PT),
					 _(LBL_F_ZIELPLATTFORM), _("Hinweise") };
		rc = out_table_row(t, head);
	}
	for (size_t r = 0; r < w->n_obj && !rc; r++) {
		uint32_t o = order[r];
		const struct assess_obj *ao = &c->as->obj[o];
		char nr[16] = "", beg[16] = "", end[16] = "", a[32] = "", hb[1024];
		if (geplant(z, o)) {
			snprintf(nr, sizeof nr, "%d", zeitplan_welle(z, o));
			mon(z->plan->obj[o].beginn, beg, sizeof beg);
			mon(z->plan->obj[o].ende, end, sizeof end);
			pt(z->plan->obj[o].rest, a, sizeof a);
		}
		uint32_t pf = ao->strategie == STRAT_RETIRE ? WP_NONE : ao->empfohlen;
		const char *cells[10] = { nr, beg, end, w->beh[w->obj[o].behoerde].name,
					  w->obj[o].kennung, w->obj[o].name,
					  _(enum_label(EK_STRATEGIE, ao->strategie)), a,
					  pf != WP_NONE ? w->pf[pf].code : "", hinw(c, z, o, hb, sizeof hb) };
		rc = out_table_row(t, cells);
	}
	if (!rc)
		out_table_print(t, stdout);
	free(order);
	out_table_free(t);
	if (rc) {
		cli_error("%s", wp_strerror(WP_ENOMEM));
		return EXIT_PROBLEM;
	}
	return 0;
}

long plan_out_befunde(const struct cli *c, const struct zeitplan *z, uint32_t only,
		      const char *prefix, const char *frist_prefix, long *fristen)
{
	struct sched_befund *f = NULL;
	size_t n = 0;
	if (sched_check(&z->in, z->plan, &f, &n)) {
		cli_error("%s", wp_strerror(WP_ENOMEM));
		return -1;
	}
	char buf[1024];
	long shown = 0;
	for (size_t i = 0; i < n; i++) {
		if (only != WP_NONE && f[i].obj != only && f[i].other != only)
			continue;
		sched_befund_text(&z->in, &f[i], buf, sizeof buf);
		printf(_(prefix), buf);
		shown++;
	}
	free(f);
	for (size_t o = 0; o < z->plan->n_obj && o < c->ws->n_obj; o++) {
		const struct sched_obj_out *r = &z->plan->obj[o];
		if (!(r->flags & SF_FRIST) || (only != WP_NONE && o != only))
			continue;
		if (fristen)
			(*fristen)++;
		if (frist_prefix) {
			snprintf(buf, sizeof buf,
				 ngettext("%s: Frist gefährdet (%d Monat zu spät)",
					  "%s: Frist gefährdet (%d Monate zu spät)",
					  (unsigned long)r->verspaetung),
				 c->ws->obj[o].kennung, (int)r->verspaetung);
			printf(_(frist_prefix), buf);
		}
	}
	return shown;
}

void plan_out_summe(const struct cli *c, const struct zeitplan *z, long nv)
{
	size_t planned = 0, fristen = 0, n = c->ws->n_obj;
	for (size_t o = 0; o < z->plan->n_obj && o < n; o++) {
		planned += geplant(z, (uint32_t)o);
		fristen += (z->plan->obj[o].flags & SF_FRIST) != 0;
	}
	int nw = zeitplan_n_wellen(z);
	char m[16];
	printf(_("Plan ab %s"), mon(z->params.start, m, sizeof m));
	printf(ngettext(" · %d Welle zu %d Monaten", " · %d Wellen zu %d Monaten", (unsigned long)nw),
	       nw, (int)z->params.wellen_laenge);
	printf(ngettext(" · %zu von %zu Objekt geplant", " · %zu von %zu Objekten geplant", n),
	       planned, n);
	if (planned)
		printf(_(" · letzte Inbetriebnahme %s"),
		       mon(zeitplan_letzter_monat(z), m, sizeof m));
	char zahlen[160];
	zeitplan_zahlen_text(fristen, nv, zahlen, sizeof zahlen);
	printf("%s\n", zahlen);
}
