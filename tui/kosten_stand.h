/* The costs of the dashboard's workspace (docs/kosten.md), computed once per change and
 * shared by the views: the Übersicht's money, the Objekt-Detail's explanation and the
 * Roadmap's euros per month read the same result. The plan behind them is the stored
 * Zeitplan, else the one a re-plan would store now (a preview, as the Roadmap shows it). */
#ifndef WP_TUI_KOSTEN_STAND_H
#define WP_TUI_KOSTEN_STAND_H

#include <stdint.h>

#include "model/kosten.h"
#include "model/zeitplan.h"

struct view_env;

/* What a view shows instead of the costs when they could not be computed (%s: why). */
#define KOSTEN_NICHT_BERECHNET N_("Kosten nicht berechnet: %s")

struct kosten_stand {
	int valid;            /* 1 once computed for generation gen */
	unsigned gen;         /* the session's change counter it was computed for */
	int rc;               /* 0, or the -WP_E* of planning or kosten_run */
	char err[256];        /* rc != 0: the reason in the user's language */
	int vorschau;         /* 1: no plan is stored, the costs follow the preview plan */
	struct zeitplan *zp;  /* owned; NULL when rc != 0 */
	struct kosten *k;     /* owned; NULL when rc != 0 */
};

/* The costs for env's workspace and assessment as they are now: recomputed when the
 * session's change counter moved on since the last call, else the same result. Returns a
 * pointer borrowed from env->ses (valid until the next change; check rc and err), or NULL
 * when env has no session (nothing to compute on). */
const struct kosten_stand *kosten_stand(const struct view_env *env);

/* Frees what ks owns and marks it not computed; accepts a zeroed ks. */
void kosten_stand_free(struct kosten_stand *ks);

#endif
