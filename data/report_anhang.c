/* The report's annex (docs/report.md): the roadmap table (capped; the full list is
 * `wolkenplan export roadmap`), a glossary in plain German, and the assumptions — every
 * setting that differs from its default or carries an Annahme, the capacity with its
 * calendar exceptions, the rates kosten.*, the plan's start. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/export_zeitplan.h"
#include "data/report_priv.h"
#include "model/enums.h"
#include "model/i18n.h"
#include "model/labels.h"
#include "model/monat.h"
#include "model/numfmt.h"

static void roadmap(struct report_ctx *c)
{
	const struct ws *w = c->w;
	char b[512];
	rd_seite(&c->d);
	rd_ueberschrift(&c->d, RS_H1, _("Anhang: Roadmap"), 40);
	if (!c->z) {
		rd_absatz(&c->d, RS_FETT, _(REPORT_KEIN_PLAN), 0);
		return;
	}
	uint32_t *ord = malloc((w->n_obj ? w->n_obj : 1) * sizeof *ord);
	if (!ord || zeitplan_order(w, c->z, ord) < 0) {
		free(ord);
		return;
	}
	size_t n = 0;
	for (size_t i = 0; i < w->n_obj; i++)
		n += c->sel[i];
	if (n > REPORT_ROADMAP_MAX)
		snprintf(b, sizeof b, _("Die ersten %d von %zu Zeilen; die vollständige Liste: "
					"wolkenplan export roadmap"), REPORT_ROADMAP_MAX, n);
	else
		snprintf(b, sizeof b, _("Alle %zu Objekte; als Tabelle für Excel: wolkenplan export "
					"roadmap"), n);
	rd_absatz(&c->d, RS_NORMAL, b, 4);
	static const double br[] = { 0.05, 0.09, 0.09, 0.22, 0.11, 0.10, 0.06, 0.28 };
	static const int re[] = { 1, 0, 0, 0, 0, 0, 1, 0 };
	const char *kopf[] = { _(LBL_F_WELLE), _("von"), _("bis"), _(LBL_F_KENNUNG),
			       _(LBL_F_STRATEGIE), _("Ziel"), _(LBL_PT), _("Anmerkungen") };
	struct rd_tabelle t = { 8, br, re, kopf, 1 };
	rd_tabelle_kopf(&c->d, &t);
	size_t k = 0;
	for (size_t r = 0; r < w->n_obj && k < REPORT_ROADMAP_MAX; r++) {
		uint32_t o = ord[r];
		if (!c->sel[o])
			continue;
		char wv[16] = "", von[16] = "", bis[16] = "", pt[32] = "", hin[512];
		const char *ziel = "";
		if (report_geplant(c, o)) {
			const struct sched_obj_out *so = &c->z->plan->obj[o];
			snprintf(wv, sizeof wv, "%d", zeitplan_welle(c->z, o));
			monat_format(so->beginn, c->german, von, sizeof von);
			monat_format(so->ende, c->german, bis, sizeof bis);
			report_pt(c, so->rest, pt, sizeof pt);
			if (c->a->obj[o].empfohlen != WP_NONE && c->a->obj[o].strategie != STRAT_RETIRE)
				ziel = w->pf[c->a->obj[o].empfohlen].code;
		}
		zeitplan_hinweise(c->z, w, c->a, o, hin, sizeof hin);
		const char *z[] = { wv, von, bis, w->obj[o].kennung,
				    enum_display(EK_STRATEGIE, c->a->obj[o].strategie), ziel, pt, hin };
		rd_tabelle_zeile(&c->d, &t, z, 0);
		k++;
	}
	free(ord);
}

static void glossar(struct report_ctx *c)
{
	static const struct { int strat; const char *name, *text; } eintrag[] = {
		{ STRAT_REHOST, NULL, N_("Das Verfahren zieht unverändert auf die neue Plattform um "
				   "(„Lift and Shift“).") },
		{ STRAT_RELOCATE, NULL, N_("Die virtuelle Umgebung wird als Ganzes verschoben, ohne "
				     "Anpassungen.") },
		{ STRAT_REPLATFORM, NULL, N_("Das Verfahren zieht um und wird dabei angepasst, z. B. an "
				       "eine andere Datenbank oder an Container.") },
		{ STRAT_REFACTOR, NULL, N_("Das Verfahren wird für die Cloud umgebaut oder neu entwickelt; "
				     "der größte Aufwand.") },
		{ STRAT_REPURCHASE, NULL, N_("Statt umzuziehen wird ein anderes Produkt beschafft, oft als "
				       "Dienst (SaaS).") },
		{ STRAT_RETIRE, NULL, N_("Das Verfahren wird abgeschaltet; seine Aufgabe entfällt oder ein "
				   "anderes übernimmt sie.") },
		{ STRAT_RETAIN, NULL, N_("Das Verfahren bleibt vorerst, wo es ist — meist weil eine rote "
				   "Linie auf keiner Plattform erfüllt ist.") },
		{ 0, N_("PT (Personentag)"), N_("Ein Arbeitstag einer Person; Aufwand und Kapazität "
					     "werden in PT gerechnet, in Schritten von 0,5.") },
		{ 0, N_("Schutzbedarf und Schutzklasse"), N_("Wie schwer ein Schaden wöge, wenn Vertraulichkeit, "
					 "Integrität oder Verfügbarkeit verletzt würden: normal, hoch "
					 "oder sehr hoch (BSI-Grundschutz); die Schutzklasse ist der "
					 "höchste der drei. Er bestimmt, wie streng die roten Linien "
					 "gelten.") },
		{ 0, LBL_ROTE_LINIE, N_("Mindestanforderungen an eine Plattform (z. B. Datenhaltung "
					"in Deutschland, Zugriff nur nach deutschem Recht). Ist eine "
					"nicht erfüllt, darf das Objekt dort nicht hin: blockiert.") },
		{ 0, LBL_SEC_DVC, N_("Wie gut ein Verfahren schon zur Deutschen "
					     "Verwaltungscloud passt (0 bis 100), aus den Kriterien "
					     "des DVC-Standards; hoch heißt: wenig Anpassung nötig.") },
		{ 0, LBL_KLAERUNG, N_("Auf der empfohlenen Plattform ist eine rote Linie nur "
					  "„unbekannt“: vor der Migration beim Anbieter klären.") },
		{ 0, LBL_F_WELLE, N_("Ein Berichtszeitraum des Zeitplans (standardmäßig drei Monate); "
				  "ein Objekt zählt zu der Welle, in der es in Betrieb geht.") },
		{ 0, REPORT_BREAK_EVEN, N_("Das erste Haushaltsjahr, in dem die Einsparungen im Betrieb "
				       "die Migrationskosten seit Beginn ausgeglichen haben.") },
	};
	char b[1024];
	rd_seite(&c->d);
	rd_ueberschrift(&c->d, RS_H1, _("Anhang: Begriffe"), 40);
	for (size_t i = 0; i < sizeof eintrag / sizeof eintrag[0]; i++) {
		rd_absatz(&c->d, RS_FETT, eintrag[i].name ? _(eintrag[i].name)
					  : enum_display(EK_STRATEGIE, eintrag[i].strat), 0);
		snprintf(b, sizeof b, "%s", _(eintrag[i].text));
		rd_absatz(&c->d, RS_NORMAL, b, 5);
	}
}

static void annahmen(struct report_ctx *c)
{
	const struct ws *w = c->w;
	char b[1024], v[32], d[32], m[16];
	rd_ueberschrift(&c->d, RS_H1, _("Anhang: Annahmen"), 60);
	if (c->z) {
		snprintf(b, sizeof b, _("Zeitplan ab %s, Wellen zu %d Monaten, Kapazität %s PT je Monat, "
					"höchstens %s PT je Objekt und Monat."),
			 monat_format(c->z->params.start, c->german, m, sizeof m),
			 c->z->params.wellen_laenge, report_pt(c, c->z->params.kapazitaet, v, sizeof v),
			 report_pt(c, c->z->params.tempo, d, sizeof d));
	} else {
		snprintf(b, sizeof b, "%s", _(REPORT_KEIN_PLAN));
	}
	rd_absatz(&c->d, RS_NORMAL, b, 3);
	for (size_t i = 0; i < w->n_kap; i++) {
		snprintf(b, sizeof b, _("Kapazität %s: %s PT (Ausnahme im Kalender)"),
			 monat_format(w->kap[i].monat, c->german, m, sizeof m),
			 report_pt(c, w->kap[i].kap, v, sizeof v));
		rd_absatz(&c->d, RS_NORMAL, b, 1);
	}
	c->d.y += 4;
	static const double br[] = { 0.28, 0.12, 0.12, 0.48 };
	static const int re[] = { 0, 1, 1, 0 };
	const char *kopf[] = { _("Einstellung"), _(LBL_WERT), _("Standard"), _("Bedeutung / Annahme") };
	struct rd_tabelle t = { 4, br, re, kopf, 1 };
	rd_tabelle_kopf(&c->d, &t);
	size_t n = 0;
	for (int s = 0; s < SET__N; s++) {
		const struct setting_def *sd = &setting_defs[s];
		int kosten = strncmp(sd->key, "kosten.", 7) == 0;
		if (!kosten && w->set.v[s] == sd->def && !w->set_annahme[s])
			continue;
		format_num(w->set.v[s], 2, 1, c->german, v, sizeof v);
		format_num(sd->def, 2, 1, c->german, d, sizeof d);
		snprintf(b, sizeof b, "%s%s%s", _(sd->desc), w->set_annahme[s] ? " — " : "",
			 w->set_annahme[s] ? w->set_annahme[s] : "");
		const char *z[] = { sd->key, v, d, b };
		rd_tabelle_zeile(&c->d, &t, z, w->set.v[s] != sd->def);
		n++;
	}
	c->d.y += 4;
	rd_absatz(&c->d, RS_KLEIN, _("Gezeigt: die Tagessätze und jede Einstellung, die vom Standard "
				    "abweicht oder eine Annahme trägt (fett: geändert). Alle: "
				    "wolkenplan settings."), 0);
}

void report_anhang(struct report_ctx *c)
{
	roadmap(c);
	glossar(c);
	c->d.y += 10;
	annahmen(c);
}
