/* The CSV exports of the roadmap and the pilots (docs/csv.md): Roadmap (for committees) and
 * Pilote, written through the CSV writer of data/csvwrite.h (dialect, guard, atomic file). */
#ifndef WP_DATA_EXPORT_PLAN_H
#define WP_DATA_EXPORT_PLAN_H

#include "data/csvwrite.h"
#include "model/assess.h"
#include "model/plan.h"
#include "model/ws.h"

/* The roadmap's row order: writes the n_obj object indexes of w into out (room for
 * w->n_obj), the planned ones by wave, Behörde (name), Kennung, then the unplanned ones by
 * Behörde, Kennung. Returns the number of planned ones, or -WP_ENOMEM. */
long roadmap_order(const struct ws *w, const struct plan *p, uint32_t *out);

/* Writes the header and one row per object of w: the planned ones ordered by wave, Behörde
 * (name), Kennung, with the wave's dates in the dialect's form; then the unplanned ones
 * (Behörde, Kennung) with an empty Welle and the reason in Hinweise. a is the assessment of
 * w, p a plan of w (ws_index current). Returns 0 or -WP_ENOMEM. */
int export_roadmap(const struct ws *w, const struct assessment *a, const struct plan *p,
		   struct csvout *o);

/* Writes the header and, per pilot (by name), one row for the pilot itself (empty Kennung;
 * its wave and the open checklist items or "keine Mitglieder") followed by one row per member
 * (by Kennung) with the member's verdict on the pilot's target platform, its wave and its
 * own missing prerequisites. p may be NULL (no stored plan: empty Welle). Returns 0 or
 * -WP_ENOMEM. */
int export_pilote(const struct ws *w, const struct assessment *a, const struct plan *p,
		  struct csvout *o);

#endif
