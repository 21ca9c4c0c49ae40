/* The CSV exports of the Zeitplan (docs/csv.md): Roadmap (for committees, one row per
 * object) and Zeitplan (PT per object and month), written through data/csvwrite.h. */
#ifndef WP_DATA_EXPORT_ZEITPLAN_H
#define WP_DATA_EXPORT_ZEITPLAN_H

#include "data/csvwrite.h"
#include "model/assess.h"
#include "model/ws.h"
#include "model/zeitplan.h"

/* The roadmap's row order: writes the object indexes of w into out (room for w->n_obj):
 * the planned ones by Ende, Beginn, Behörde, Kennung, then the others by Behörde, Kennung
 * (text order of docs/zeitplan.md: byte-wise, ASCII letters case-folded). z is a Zeitplan
 * of w. Returns the number of planned ones, or -WP_ENOMEM. */
long zeitplan_order(const struct ws *w, const struct zeitplan *z, uint32_t *out);

/* Roadmap: Welle · Beginn · Ende · Behörde · Kennung · Name · Typ · Strategie ·
 * Zielplattform · Urteil · Bereitschaft · Aufwand_PT · Migrationskosten_EUR ·
 * Abhängigkeiten · Pilot · Hinweise · Profil_geprueft, rows in zeitplan_order; Beginn the
 * first day of the Beginn month, Ende the last day of the Ende month; Aufwand_PT the PT the
 * plan schedules; Migrationskosten_EUR the object's migration cost (PT × T plus
 * Einmalkosten, model/kosten.h) in whole euros, empty when the costs count no migration for
 * it; Retire rows have no Zielplattform; unplanned rows have an empty Welle and the reason
 * in Hinweise; Profil_geprueft (last) says whether the Urteil rests on checked profiles
 * only (pf_verdict_geprueft; empty without platforms), rows with "nein" are counted
 * (csvout_mark_ungeprueft). a is the assessment the plan was made under. Returns 0,
 * -WP_ENOMEM, or -WP_EINVAL when the costs cannot be computed (kosten_run). */
int export_roadmap(const struct ws *w, const struct assessment *a, const struct zeitplan *z,
		   struct csvout *o);

/* Zeitplan: Kennung · Monat (first day of the month) · PT · Kosten_EUR (PT × T at the
 * settings' rates, rounded once to whole euros: cost_pt_euro), one row per object and month
 * with PT, ordered by Kennung (text order), Monat. Returns 0 or -WP_ENOMEM. */
int export_zeitplan(const struct ws *w, const struct zeitplan *z, struct csvout *o);

#endif
