/* Shared by the edit layer (data/edit*.c) only: object snapshots, whole-object writes and
 * Behörden in memory behind the journaled edits of data/edit.h, and the journaled step
 * that re-plans a stored plan (settings, pins, capacity, a new plan). */
#ifndef WP_DATA_EDIT_PRIV_H
#define WP_DATA_EDIT_PRIV_H

#include <stddef.h>
#include <stdint.h>

#include "data/edit.h"
#include "data/szenario.h"

struct snap_dep {
	int64_t other; /* store id of the other object */
	char *label;
	int incoming;  /* 1: other benötigt this object; 0: this benötigt other */
};

/* Everything needed to recreate an object: its fields as text, criteria, dependencies
 * in both directions and pilot memberships (by store id). */
struct snap {
	char *val[F__N];
	uint8_t *crit;
	struct snap_dep *dep;
	size_t n_dep;
	int64_t *pilot;
	size_t n_pilot;
	struct sz_rest *sz; /* its rows in the inactive scenarios (edit_snap_szenarien), or NULL */
};

/* The value of fld of object o as a malloc'd string (owned by the caller), whole however
 * long; NULL on out of memory. */
char *edit_value_dup(const struct ws *w, uint32_t o, int fld);
/* Removes the dependencies of o (what it benötigt; with both also those on o), keeping
 * the order of the rest. */
void edit_deps_filter(struct ws *w, uint32_t o, int both);
/* A snapshot of object o, owned by the caller (edit_snap_free); NULL on out of memory. */
struct snap *edit_snap_take(const struct ws *w, uint32_t o);
/* Frees p; accepts NULL. */
void edit_snap_free(struct snap *p);
/* Keeps in p what the object with store id has in the inactive scenarios, before it is
 * deleted; edit_create_core writes it back (docs/szenarien.md). Returns 0 or -WP_E*. */
int edit_snap_szenarien(struct store *s, struct snap *p, int64_t id, struct wp_err *e);
/* Removes object o from memory: its dependencies and pilot memberships go, higher indexes
 * shift down by one. */
void edit_remove_obj(struct ws *w, uint32_t o);
/* Deletes object o from the store (one transaction), then from memory. 0 or -WP_E*. */
int edit_delete_core(struct store *s, struct ws *w, uint32_t o, struct wp_err *e);
/* Recreates the object of snapshot p as a new object (new store id; its index in *out),
 * with its rows in the inactive scenarios if p keeps them, in one transaction. On failure
 * nothing is left over, in memory or in the store. */
int edit_create_core(struct store *s, struct ws *w, const struct snap *p, uint32_t *out,
		     struct wp_err *e);

/* Index of the Behörde with store id, or WP_NONE. O(n). */
uint32_t edit_find_beh(const struct ws *w, int64_t id);
/* Removes Behörde b (used by nothing) from memory; higher indexes shift down by one. */
void edit_remove_beh(struct ws *w, uint32_t b);

struct zeitplan_snap;
/* The stored plan before and after a step that changes it: undo restores before, redo
 * after (data/store_plan.h snapshots, owned by the step). */
struct edit_plan_snaps {
	struct zeitplan_snap *before, *after;
};
/* Frees both snapshots and clears them; accepts empty ones. */
void edit_plan_snaps_free(struct edit_plan_snaps *p);
/* Runs a new step that changes the stored plan: with a journal l, snapshots the stored
 * plan into p->before, runs run(s, ctx, e) (the first run: the write and the re-plan),
 * snapshots the plan as stored now into p->after (for redo) and journals ctx with ops.
 * Takes ctx in any case: released with ops->release on failure and without l; p lies in
 * ctx. Returns 0 or -WP_E*: nothing journaled, the change not made unless only the
 * snapshot after it failed. */
int edit_plan_step(struct edit_log *l, struct store *s, const struct edit_ext_ops *ops,
		   void *ctx, struct edit_plan_snaps *p,
		   int (*run)(struct store *s, void *ctx, struct wp_err *e), struct wp_err *e);

#endif
