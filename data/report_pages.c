/* The report's red-line matrix per platform (counts, which lines block, each profile's
 * sources, example profiles marked) and one page per pilot (goal, members, feasibility per
 * platform, missing prerequisites, checklist, wave) — docs/report.md. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/report_priv.h"
#include "data/seed.h"
#include "model/enums.h"
#include "model/i18n.h"
#include "model/labels.h"
#include "model/monat.h"
#include "model/pilot.h"

#define PF_MAX 8 /* platform columns of the matrix per table */

/* How many selected objects red line r blocks on platform p (missed at its required level). */
static size_t blockiert_durch(const struct report_ctx *c, size_t p, size_t r)
{
	size_t n = 0;
	for (size_t i = 0; i < c->w->n_obj; i++)
		if (c->sel[i] &&
		    assess_rl_check(c->w->rl_val[p * c->w->n_rl + r],
				    assess_required_level(c->w, &c->a->obj[i], (uint32_t)i)) == RLC_VERFEHLT)
			n++;
	return n;
}

static void matrix_tabelle(struct report_ctx *c, size_t p0, size_t p1)
{
	const struct ws *w = c->w;
	size_t n = p1 - p0 + 1;
	double br[PF_MAX + 1];
	int re[PF_MAX + 1];
	const char *kopf[PF_MAX + 1], *zelle[PF_MAX + 1];
	char namen[PF_MAX][48], werte[PF_MAX][64];
	br[0] = 0.28;
	re[0] = 0;
	kopf[0] = _(LBL_ROTE_LINIE);
	for (size_t p = p0; p < p1; p++) {
		br[p - p0 + 1] = 0.72 / (double)(n - 1);
		re[p - p0 + 1] = 0;
		snprintf(namen[p - p0], sizeof namen[0], "%s%s", w->pf[p].code, w->pf[p].beispiel ? "*" : "");
		kopf[p - p0 + 1] = namen[p - p0];
	}
	struct rd_tabelle t = { n, br, re, kopf, 1 };
	rd_tabelle_kopf(&c->d, &t);
	for (size_t r = 0; r < w->n_rl; r++) {
		char nm[160];
		snprintf(nm, sizeof nm, "%s — %s", w->rl[r].code, w->rl[r].name);
		zelle[0] = nm;
		for (size_t p = p0; p < p1; p++) {
			size_t k = blockiert_durch(c, p, r);
			const char *v = enum_display(EK_RL, w->rl_val[p * w->n_rl + r]);
			if (k)
				snprintf(werte[p - p0], sizeof werte[0], _("%s · blockiert %zu"), v, k);
			else
				snprintf(werte[p - p0], sizeof werte[0], "%s", v);
			zelle[p - p0 + 1] = werte[p - p0];
		}
		rd_tabelle_zeile(&c->d, &t, zelle, 0);
	}
	zelle[0] = _(LBL_VS_NFD_ZULASSUNG);
	for (size_t p = p0; p < p1; p++) {
		zelle[p - p0 + 1] = enum_display(EK_TRI, w->pf[p].vs_nfd);
	}
	rd_tabelle_zeile(&c->d, &t, zelle, 0);
	for (int v = 0; v < V__N; v++) {
		zelle[0] = enum_display(EK_VERDICT, v);
		for (size_t p = p0; p < p1; p++) {
			size_t k = 0;
			for (size_t i = 0; i < w->n_obj; i++)
				k += c->sel[i] && c->a->verdict[i * c->a->n_pf + p] == v;
			snprintf(werte[p - p0], sizeof werte[0], "%zu", k);
			zelle[p - p0 + 1] = werte[p - p0];
		}
		rd_tabelle_zeile(&c->d, &t, zelle, 1);
	}
	c->d.y += 6;
}

void report_matrix(struct report_ctx *c)
{
	const struct ws *w = c->w;
	char b[1024];
	rd_seite(&c->d);
	rd_ueberschrift(&c->d, RS_H1, _("Rote Linien je Plattform"), 40);
	rd_absatz(&c->d, RS_NORMAL, _("Je Plattform ihr Angebot zu jeder roten Linie und wie viele "
				     "Objekte daran scheitern; unten die Urteile über alle Objekte. "
				     "Ein Objekt ist blockiert, wenn eine Linie unter seinem "
				     "Schutzbedarf nicht erfüllt ist."), 6);
	if (!w->n_pf) {
		rd_absatz(&c->d, RS_FETT, _("Keine Plattformen erfasst: anlegen mit wolkenplan "
					    "platform add."), 0);
		return;
	}
	for (size_t p0 = 0; p0 < w->n_pf; p0 += PF_MAX)
		matrix_tabelle(c, p0, p0 + PF_MAX < w->n_pf ? p0 + PF_MAX : w->n_pf);
	rd_ueberschrift(&c->d, RS_H2, _("Quellen der Plattformprofile"), 30);
	for (size_t p = 0; p < w->n_pf; p++) {
		const struct plattform *pf = &w->pf[p];
		snprintf(b, sizeof b, "%s%s — %s%s%s", pf->code, pf->beispiel ? "*" : "", pf->name,
			 pf->beispiel ? " — " : "", pf->beispiel ? _(SEED_BEISPIEL) : "");
		rd_absatz(&c->d, pf->beispiel ? RS_FETT : RS_NORMAL, b, 1);
		int quellen = 0;
		for (size_t r = 0; r < w->n_rl; r++) {
			const char *q = w->rl_quelle[p * w->n_rl + r];
			if (!q || !*q)
				continue;
			snprintf(b, sizeof b, "   %s: %s", w->rl[r].code, q);
			rd_absatz(&c->d, RS_KLEIN, b, 0);
			quellen = 1;
		}
		if (!quellen)
			rd_absatz(&c->d, RS_KLEIN, _("   keine Quellen erfasst"), 0);
		c->d.y += 4;
	}
}

static int pilot_im_ausschnitt(const struct report_ctx *c, const struct pilot *pi)
{
	if (c->o->behoerde == WP_NONE)
		return 1;
	for (size_t m = 0; m < pi->n_members; m++)
		if (c->sel[pi->members[m]])
			return 1;
	return 0;
}

static void pilot_seite(struct report_ctx *c, uint32_t nr)
{
	const struct ws *w = c->w;
	const struct pilot *pi = &w->pilot[nr];
	struct pilot_analyse pa = { 0 };
	char b[1024];
	if (pilot_analysieren(w, c->a, c->plan, nr, &pa))
		return;
	rd_seite(&c->d);
	snprintf(b, sizeof b, _("Pilot: %s"), pi->name);
	rd_ueberschrift(&c->d, RS_H1, b, 40);
	snprintf(b, sizeof b, _("Status: %s · OZG-Leistung: %s"),
		 enum_display(EK_PILOT_STATUS, pi->status), *pi->ozg ? pi->ozg : "—");
	rd_absatz(&c->d, RS_NORMAL, b, 3);
	snprintf(b, sizeof b, _("Ziel des Piloten: %s"), *pi->ziel ? pi->ziel : _("(kein Ziel erfasst)"));
	rd_absatz(&c->d, RS_NORMAL, b, 3);
	if (pa.welle > 0 && c->z) {
		char t1[32], t2[32];
		int32_t m0 = zeitplan_welle_beginn(c->z, pa.welle);
		snprintf(b, sizeof b, _("Welle %d (%s bis %s)"), pa.welle,
			 monat_format(m0, c->german, t1, sizeof t1),
			 monat_format(m0 + c->z->params.wellen_laenge - 1, c->german, t2, sizeof t2));
	} else {
		snprintf(b, sizeof b, "%s", c->z ? _("Welle: noch nicht geplant")
						 : _("Welle: kein Zeitplan gespeichert (wolkenplan plan)"));
	}
	rd_absatz(&c->d, RS_FETT, b, 6);

	rd_ueberschrift(&c->d, RS_H2, _("Mitglieder des Piloten"), 30);
	static const double br[] = { 0.28, 0.40, 0.16, 0.16 };
	static const int re[] = { 0, 0, 0, 1 };
	const char *kopf[] = { _(LBL_F_KENNUNG), _(LBL_F_NAME), _(LBL_F_STRATEGIE), _(LBL_AUFWAND_PT) };
	struct rd_tabelle t = { 4, br, re, kopf, 1 };
	if (!pi->n_members) {
		rd_absatz(&c->d, RS_NORMAL, _("keine Mitglieder (hinzufügen: wolkenplan pilot add)"), 4);
	} else {
		rd_tabelle_kopf(&c->d, &t);
		for (size_t m = 0; m < pi->n_members; m++) {
			uint32_t o = pi->members[m];
			char pt[32];
			const char *z[] = { w->obj[o].kennung, w->obj[o].name,
					    enum_display(EK_STRATEGIE, c->a->obj[o].strategie),
					    report_pt(c, (int64_t)(c->a->obj[o].aufwand * 2 + 0.5), pt, sizeof pt) };
			rd_tabelle_zeile(&c->d, &t, z, 0);
		}
	}
	rd_ueberschrift(&c->d, RS_H2, _("Machbarkeit je Plattform"), 30);
	for (size_t p = 0; p < w->n_pf; p++) {
		size_t ok = 0;
		for (size_t m = 0; m < pi->n_members; m++)
			ok += c->a->verdict[pi->members[m] * c->a->n_pf + p] == V_ZULAESSIG;
		snprintf(b, sizeof b, _("%s%s: %s (%zu von %zu Mitgliedern zulässig)%s"), w->pf[p].code,
			 w->pf[p].beispiel ? "*" : "", pilot_machbar_text(pa.machbar[p]), ok,
			 pi->n_members, p == pa.ziel ? _(" — Zielplattform") : "");
		rd_absatz(&c->d, p == pa.ziel ? RS_FETT : RS_NORMAL, b, 1);
	}
	/* open checklist items stand in the checklist below, not twice */
	size_t n_luecken = 0;
	for (size_t l = 0; l < pa.n_luecken; l++)
		n_luecken += pa.luecken[l].art != PL_TODO;
	if (n_luecken) {
		rd_ueberschrift(&c->d, RS_H2, _("Fehlende Voraussetzungen"), 20);
		for (size_t l = 0; l < pa.n_luecken; l++) {
			char tx[512];
			if (pa.luecken[l].art == PL_TODO)
				continue;
			pilot_luecke_text(w, &pa.luecken[l], tx, sizeof tx);
			snprintf(b, sizeof b, "• %s", tx);
			rd_absatz(&c->d, RS_NORMAL, b, 1);
		}
	}
	rd_ueberschrift(&c->d, RS_H2, _("Checkliste (☑ erledigt, ☐ offen)"), 20);
	if (!pi->n_todos)
		rd_absatz(&c->d, RS_NORMAL, _("keine Einträge (wolkenplan pilot NAME todo add TEXT)"), 0);
	for (size_t k = 0; k < pi->n_todos; k++) {
		snprintf(b, sizeof b, "%s %s", pi->todos[k].done ? "☑" : "☐", pi->todos[k].text);
		rd_absatz(&c->d, RS_NORMAL, b, 1);
	}
	report_pilot_beschluesse(c, pi);
	pilot_analyse_free(&pa);
}

/* Rank of a pilot status for the pages: the binding ones first (laufend, geplant). */
static int status_rang(int st)
{
	return st == PS_LAUFEND ? 0 : st == PS_GEPLANT ? 1 : st == PS_IDEE ? 2 : 3;
}

/* With more than REPORT_PILOT_SEITEN pilots: one table of them all (capped), the pages for
 * the first ones by status. */
static void piloten_tabelle(struct report_ctx *c, size_t n)
{
	const struct ws *w = c->w;
	char b[256], m[16];
	rd_seite(&c->d);
	rd_ueberschrift(&c->d, RS_H1, _("Piloten im Überblick"), 40);
	snprintf(b, sizeof b, _("%zu Piloten; eine eigene Seite haben die ersten %d (laufend, dann "
				"geplant). Alle mit Mitgliedern: wolkenplan export pilote"),
		 n, REPORT_PILOT_SEITEN);
	rd_absatz(&c->d, RS_NORMAL, b, 4);
	static const double br[] = { 0.45, 0.2, 0.15, 0.2 };
	static const int re[] = { 0, 0, 1, 0 };
	const char *kopf[] = { _(LBL_F_NAME), _("Pilotstatus"), _("Objekte im Piloten"),
			       _(LBL_F_OZG) };
	struct rd_tabelle t = { 4, br, re, kopf, 1 };
	rd_tabelle_kopf(&c->d, &t);
	size_t k = 0;
	for (size_t p = 0; p < w->n_pilot && k < REPORT_ROADMAP_MAX; p++) {
		const struct pilot *pi = &w->pilot[p];
		if (!pilot_im_ausschnitt(c, pi))
			continue;
		snprintf(m, sizeof m, "%zu", pi->n_members);
		const char *z[] = { pi->name, enum_display(EK_PILOT_STATUS, pi->status), m, pi->ozg };
		rd_tabelle_zeile(&c->d, &t, z, 0);
		k++;
	}
	if (n > k) {
		snprintf(b, sizeof b, _("… und %zu weitere (wolkenplan pilot list)"), n - k);
		rd_absatz(&c->d, RS_NORMAL, b, 0);
	}
}

void report_piloten(struct report_ctx *c)
{
	size_t n = 0, seiten = 0;
	for (size_t p = 0; p < c->w->n_pilot; p++)
		n += (size_t)pilot_im_ausschnitt(c, &c->w->pilot[p]);
	if (n > REPORT_PILOT_SEITEN)
		piloten_tabelle(c, n);
	for (int rang = 0; rang < 4 && seiten < REPORT_PILOT_SEITEN; rang++)
		for (size_t p = 0; p < c->w->n_pilot && seiten < REPORT_PILOT_SEITEN; p++)
			if (status_rang(c->w->pilot[p].status) == rang &&
			    pilot_im_ausschnitt(c, &c->w->pilot[p])) {
				pilot_seite(c, (uint32_t)p);
				seiten++;
			}
	if (!n) {
		rd_seite(&c->d);
		rd_ueberschrift(&c->d, RS_H1, _("Piloten: keine angelegt"), 30);
		rd_absatz(&c->d, RS_FETT, _(REPORT_KEINE_PILOTEN), 4);
		rd_absatz(&c->d, RS_NORMAL, _("Ein Pilot bringt wenige zusammenhängende Objekte zuerst in "
					     "die Cloud und prüft dabei Plattform, Verträge und Abläufe. "
					     "Anlegen mit wolkenplan pilot create NAME, Mitglieder mit "
					     "wolkenplan pilot add NAME KENNUNG."), 0);
	}
}
