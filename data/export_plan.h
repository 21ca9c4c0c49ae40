/* The CSV export of the pilots (docs/csv.md), written through the CSV writer of
 * data/csvwrite.h (dialect, guard, atomic file); the roadmap: data/export_zeitplan.h. */
#ifndef WP_DATA_EXPORT_PLAN_H
#define WP_DATA_EXPORT_PLAN_H

#include "data/csvwrite.h"
#include "model/assess.h"
#include "model/plan.h"
#include "model/ws.h"

/* Writes the header and, per pilot (by name), one row for the pilot itself (empty Kennung;
 * its wave and the open checklist items or "keine Mitglieder") followed by one row per member
 * (by Kennung) with the member's verdict on the pilot's target platform, its wave and its
 * own missing prerequisites. p may be NULL (no stored plan: empty Welle). Returns 0 or
 * -WP_ENOMEM. */
int export_pilote(const struct ws *w, const struct assessment *a, const struct plan *p,
		  struct csvout *o);

#endif
