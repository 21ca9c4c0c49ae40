/* Zeitplan writes as data/ operations shared by the CLI and the dashboard (docs/planung.md):
 * store a plan, pin an object to a month, set or reset the capacity of calendar months.
 * Each runs in one transaction (store_tx); a pin or a capacity change re-plans a stored
 * plan with its own parameters in the same transaction, so the stored plan is always a
 * true schedule. Given a journal (data/edit.h; l may be NULL) each records how to undo it:
 * the previous pin or capacities and the stored plan as it was (objects by store id). */
#ifndef WP_DATA_EDIT_ZEITPLAN_H
#define WP_DATA_EDIT_ZEITPLAN_H

#include <stdint.h>

#include "data/edit.h"
#include "data/store.h"
#include "model/assess.h"
#include "model/zeitplan.h"

/* as: the caller's pointer to its current assessment of w (*as may be replaced meanwhile;
 * as must outlive the journal). Re-plans use *as. */

/* Replaces the stored plan by z (a Zeitplan of w). Undo brings back the plan stored before
 * (or none). Returns 0 or -WP_E* (message in e); nothing is changed then. */
int edit_zeitplan_save(struct edit_log *l, struct store *s, struct ws *w,
		       struct assessment *const *as, const struct zeitplan *z, struct wp_err *e);

/* Pins object o to month monat (its Beginn), or unpins it with monat 0, and re-plans a
 * stored plan. Refuses (-WP_EINVAL with a message) a pin on an object the plan leaves out
 * by rule: strategy Retain, or Stand migriert. Returns like edit_zeitplan_save; on failure
 * w is unchanged. */
int edit_zeitplan_pin(struct edit_log *l, struct store *s, struct ws *w,
		      struct assessment *const *as, uint32_t o, int32_t monat, struct wp_err *e);

/* Sets the capacity of months von..bis to kap half-PT (kap < 0: back to the default) and
 * re-plans a stored plan. Returns like edit_zeitplan_save (-WP_EINVAL when bis < von); on
 * failure w is unchanged. */
int edit_kapazitaet(struct edit_log *l, struct store *s, struct ws *w,
		    struct assessment *const *as, int32_t von, int32_t bis, int32_t kap,
		    struct wp_err *e);

/* Re-plans a stored plan of w under *as with its stored parameters, inside the caller's
 * transaction. Returns 0 (also when no plan is stored) or -WP_E*. */
int edit_zeitplan_neu(struct store *s, const struct ws *w, const struct assessment *a,
		      struct wp_err *e);

/* A stored plan whose parameters the planner refuses (msgid). */
#define ZEITPLAN_NEUPLANUNG_FEHLER \
	N_("Neuplanung nicht möglich: ungültige Parameter des gespeicherten Plans")

/* The refusal to unpin an object that has no pin (msgid; %s: its Kennung). */
#define ZEITPLAN_KEIN_PIN N_("der Beginn von %s ist nicht festgelegt — nichts wurde geändert")

#endif
