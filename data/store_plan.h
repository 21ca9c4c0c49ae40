/* Storing the roadmap (docs/planung.md): the plan of model/plan.h with its parameters, waves
 * and one entry per object; pins (objekt.welle_pin); the user's own capacity per wave. Every
 * write expects an open transaction (store_begin) — one per user action — and uses bound
 * parameters only. */
#ifndef WP_DATA_STORE_PLAN_H
#define WP_DATA_STORE_PLAN_H

#include <stdint.h>

#include "data/store.h"
#include "model/assess.h"
#include "model/plan.h"
#include "model/zeitplan.h"

/* Highest wave number a user may name (pin, wave set): 100 years of quarters. */
#define WELLE_MAX 400

/* The first and last day of wave nr (1-based) under p: waves follow each other without a
 * gap, each p->wellen_laenge months long, the first beginning on the first day of the start
 * quarter. */
void store_welle_dates(const struct plan_params *p, int nr, int32_t *beginn, int32_t *ende);

/* Replaces the stored plan by p (a plan of w under assessment a): parameters, waves 1..n
 * (a wave whose capacity the user set keeps it), and one entry per object of w with its
 * wave (none if unplanned), notes, reason, hybrid partner and Hinweise text. Objects must
 * have store ids. Returns 0 or -WP_E*. */
int store_save_plan(struct store *s, const struct ws *w, const struct assessment *a,
		    const struct plan *p, struct wp_err *e);

/* Removes the stored plan: parameters, entries and the waves without a user capacity (a
 * wave the user gave a capacity keeps it for the next plan). Returns 0 or -WP_E*. */
int store_drop_plan(struct store *s, struct wp_err *e);

/* Reads the stored plan's parameters into *p. Returns 1 if a plan is stored, 0 if none (p
 * untouched), or a negative -WP_E*. */
int store_plan_params(struct store *s, struct plan_params *p, struct wp_err *e);

/* Loads the stored plan for w (ws_index current): waves as stored, each object's wave,
 * notes, reason and hybrid partner; objects added since the plan are unplanned (the checker
 * reports them). Per wave, belegt and n_obj are recomputed from a's current effort (a may
 * be NULL: belegt 0). On success *out is owned by the caller (plan_free). Returns 0,
 * -WP_ENOTFOUND (with a message) when no plan is stored, or another -WP_E*. */
int store_load_plan(struct store *s, const struct ws *w, const struct assessment *a,
		    struct plan **out, struct wp_err *e);

/* Pins object o to wave nr (1..WELLE_MAX), or unpins it with nr 0: sets w->obj[o].welle_pin
 * and saves the object. When a plan is stored, a pin also moves the object's entry into
 * wave nr (adding waves up to nr with the plan's length and capacity if needed) and marks it
 * pinned; an unpin only clears the mark (the next `plan` may move it). A pin that breaks the
 * dependency order is kept as it is: the checker reports it. Returns 0 or -WP_E*. */
int store_plan_pin(struct store *s, struct ws *w, uint32_t o, int nr, struct wp_err *e);

/* Sets the capacity of wave nr (1..WELLE_MAX) to kap PT as the user's own: every later plan
 * keeps it. kap < 0 drops the user's value (the wave gets p's capacity again). A wave not
 * stored yet is created with its dates under p (the stored plan's parameters, or the
 * defaults). Updates w->welle (the planner's input) to match. Returns 0 or -WP_E*. */
int store_welle_kapazitaet(struct store *s, struct ws *w, const struct plan_params *p, int nr,
			   double kap, struct wp_err *e);

/* --- The Zeitplan (docs/zeitplan.md), replacing the wave plan above. --- */

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
