/* Storing the Zeitplan (docs/planung.md): its parameters, per object Beginn, Ende, reason,
 * notes, group and the PT per month, the violations the planner reported; the capacity
 * exceptions per calendar month; snapshots for undo. Every write expects an open
 * transaction (store_begin) — one per user action — and uses bound parameters only. */
#ifndef WP_DATA_STORE_PLAN_H
#define WP_DATA_STORE_PLAN_H

#include <stdint.h>

#include "data/store.h"
#include "model/assess.h"
#include "model/zeitplan.h"

/* Loads the stored Zeitplan of w (ws_index current) under assessment a: its parameters, and
 * per object Beginn, Ende, reason, flags, group and allocations as stored (not re-planned,
 * so it stays stable until the next `plan`); the input part (z->in) is rebuilt from w and a
 * so sched_check can verify it. Objects added since the plan are not planned in it (the
 * checker reports them). On success *out is owned by the caller (zeitplan_free). Returns 0,
 * -WP_ENOTFOUND (with a message) when no plan is stored, or another -WP_E*. */
int store_load_zeitplan(struct store *s, const struct ws *w, const struct assessment *a,
			struct zeitplan **out, struct wp_err *e);

/* Replaces the stored plan by z (a Zeitplan of w): parameters, per object Beginn, Ende,
 * reason, flags, group and allocations, and the violations. Objects must have store ids.
 * Expects an open transaction. Returns 0 or -WP_E*. */
int store_save_zeitplan(struct store *s, const struct ws *w, const struct zeitplan *z,
			struct wp_err *e);

/* Reads the stored Zeitplan's parameters into *p. Returns 1 if a plan is stored, 0 if none
 * (p untouched), or a negative -WP_E*. */
int store_zeitplan_params(struct store *s, struct zeitplan_params *p, struct wp_err *e);

/* Removes the stored Zeitplan (parameters, results, PT, violations). Returns 0 or -WP_E*. */
int store_drop_zeitplan(struct store *s, struct wp_err *e);

/* Sets the capacity of the calendar months von..bis (inclusive) to kap half-PT as calendar
 * exceptions, or with kap < 0 removes their exceptions (the default applies again); updates
 * w->kap to match. Expects an open transaction. Returns 0, -WP_EINVAL (with a message) when
 * bis < von, or another -WP_E*. */
int store_kapazitaet(struct store *s, struct ws *w, int32_t von, int32_t bis, int32_t kap,
		     struct wp_err *e);

/* A snapshot of the stored Zeitplan's rows (objects by store id), for undo. */
struct zeitplan_snap;

/* Takes the stored Zeitplan (or "none stored") into *out, owned by the caller
 * (store_zeitplan_snap_free). Returns 0 or -WP_E*. */
int store_zeitplan_snap(struct store *s, struct zeitplan_snap **out, struct wp_err *e);

/* Replaces the stored Zeitplan by the snapshot (removes it when the snapshot has none);
 * objects deleted since are left out. Expects an open transaction. Returns 0 or -WP_E*. */
int store_zeitplan_restore(struct store *s, const struct zeitplan_snap *sn, struct wp_err *e);

/* 1 if the snapshot holds a plan, 0 if it says "none stored" (or sn is NULL). */
int store_zeitplan_snap_have(const struct zeitplan_snap *sn);

/* Frees a snapshot; accepts NULL; clears *sn. */
void store_zeitplan_snap_free(struct zeitplan_snap **sn);

#endif
