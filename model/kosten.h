/* The costs of a workspace (docs/kosten.md): the cost engine of model/cost.h run on a
 * workspace, its assessment and its Zeitplan — rates from the settings kosten.*, each
 * platform's Kostenfaktor, per object its plan months, its effective strategy class, its
 * Stand, its recommended platform and its own amounts, and the plan's monthly PT. One
 * place builds that input, so the exports, the explanation and the dashboard show the same
 * euros. */
#ifndef WP_MODEL_KOSTEN_H
#define WP_MODEL_KOSTEN_H

#include <stddef.h>
#include <stdint.h>

#include "model/assess.h"
#include "model/cost.h"
#include "model/ws.h"
#include "model/zeitplan.h"

/* A computed result with the input it was computed from (arrays owned, strings borrowed
 * from the workspace: valid until ws_free). */
struct kosten {
	struct cost_input in;
	struct cost_obj_in *obj;  /* in.obj, n_obj = the workspace's objects */
	struct cost_platform *pf; /* in.pf */
	struct cost_alloc *alloc; /* in.alloc when it is not the plan's own array, else NULL */
	struct cost_result *r;
};

/* The rates of the settings of w in the engine's units (cents per PT, basis points). */
void kosten_settings(const struct ws *w, struct cost_settings *s);

/* Computes the costs of w under its assessment a (assess_run of w) and Zeitplan z
 * (a plan of w; NULL: nothing is planned, the table starts in month start). On success
 * stores a new result in *out (owned by the caller, kosten_free) and returns 0;
 * -WP_ENOMEM, or -WP_EINVAL when a or z does not match w or the amounts exceed the
 * engine's limits (model/cost.h). */
int kosten_run(const struct ws *w, const struct assessment *a, const struct zeitplan *z,
	       int32_t start, struct kosten **out);

/* Frees a result; accepts NULL; clears *k. */
void kosten_free(struct kosten **k);

/* The explanation of object o's costs in the user's language (cost_expl_text); snprintf
 * contract. Writes "" and returns 0 when o is out of range. */
int kosten_text(const struct kosten *k, uint32_t o, char *buf, size_t size);

/* What-if of a Kostenfaktor: the change of the yearly operating cost on the target if
 * platform p's Kostenfaktor became neu (basis points) — summed over the objects
 * recommended for p (a, the assessment of w) that switch there with heute × Kostenfaktor
 * (not Retire or Retain, Betriebskosten heute given, no own Ziel). *n gets their number;
 * returns the change in cents per year (negative: a saving). */
int64_t kosten_faktor_wirkung(const struct ws *w, const struct assessment *a, uint32_t p,
			      int32_t neu, size_t *n);

#endif
