/* Internal building blocks shared by the planner (plan.c), the plan checker (plan_check.c)
 * and the pilot analysis: the indivisible planning groups. Not a contract for data/, cli/
 * or tui/ — they use model/plan.h. */
#ifndef WP_MODEL_PLAN_INT_H
#define WP_MODEL_PLAN_INT_H

#include <stddef.h>
#include <stdint.h>

#include "model/assess.h"
#include "model/ws.h"

/* Indivisible groups of plannable objects (strategy not Retain): the strongly connected
 * components of the graph "A benötigt B" restricted to plannable objects, where the planned
 * members of one full-graph cycle (assess_obj.scc) and the planned members of one pilot are
 * additionally tied together. A cycle that runs through a pilot therefore pulls every object
 * on it into the pilot's group (invariants 1 and 3 force them into one wave).
 * Groups are numbered dependencies first: if A benötigt B in another group, grp(B) < grp(A). */
struct plan_gruppen {
	uint32_t n;        /* number of groups */
	uint32_t *of;      /* [n_obj] group of a plannable object, WP_NONE for a Retain one */
	uint32_t *start;   /* [n + 1] offsets into members */
	uint32_t *members; /* object indexes, group by group, ascending within a group */
	uint8_t *zyklus;   /* [n_obj] 1 if the object is tied to others of its group by a cycle
			    * (not only by pilot membership) */
	uint8_t *im_pilot; /* [n_obj] 1 if the object is a member of some pilot */
};

/* 1 if object i is to be planned: its effective strategy is not Retain. */
static inline int plan_planbar(const struct assessment *a, uint32_t i)
{
	return a->obj[i].strategie != STRAT_RETAIN;
}

/* Builds the groups of w under assessment a (ws_index current). Fills *g (owned by the
 * caller, plan_gruppen_free) and returns 0, or -WP_ENOMEM (g is then empty). */
int plan_gruppen_bilden(const struct ws *w, const struct assessment *a, struct plan_gruppen *g);
/* Frees the arrays of g; accepts an empty or already freed g. */
void plan_gruppen_free(struct plan_gruppen *g);

/* The position of every object in Kennung order (rank[i] = position of object i in
 * w->by_kennung), malloc'd, owned by the caller; NULL on out of memory. Needs ws_index. */
uint32_t *plan_kennung_rang(const struct ws *w);

#endif
