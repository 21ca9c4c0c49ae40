/* Converting a workspace of the wave planner to the Zeitplan (docs/planung.md,
 * "Umstellung"), and showing once what was converted. */
#ifndef WP_DATA_UMSTELLUNG_H
#define WP_DATA_UMSTELLUNG_H

#include "data/store.h"
#include "model/assess.h"
#include "model/ws.h"

/* The data part of the schema 2 → 3 migration, inside its transaction: wave pins → month
 * pins, per-wave capacities → monthly exceptions, plan.kapazitaet → plan.kapazitaet_monat
 * (capacity / wave length, rounded down to 0.5 PT), a stored wave plan → the Zeitplan's
 * parameters (marked for re-planning); one line of text per conversion in table
 * umstellung. Returns 0 or -WP_E*. */
int store_umstellen_v3(struct store *s, struct wp_err *e);

/* After loading: if a migration left text, re-plans a marked plan with its converted
 * parameters under w and a (the current assessment), stores it, removes the text and hands
 * it to the caller in *text (malloc'd, lines separated by "\n"; NULL when there was
 * nothing). One transaction. Returns 0 or -WP_E*. */
int store_umstellung(struct store *s, const struct ws *w, const struct assessment *a,
		     char **text, struct wp_err *e);

#endif
