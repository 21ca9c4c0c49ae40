/* Waves per object for the dashboard: the stored Zeitplan's derived wave view. */
#include "tui/waves.h"

#include <stdlib.h>
#include <string.h>

#include "model/err.h"
#include "tui/planwork.h"

int waves_load(struct waves *w, const struct view_env *env)
{
	const struct ws *ws = env->ws;
	size_t n = ws->n_obj;
	struct plan *pl = NULL;
	struct wp_err e = { 0 };
	memset(w, 0, sizeof *w);
	w->of = calloc(n ? n : 1, sizeof *w->of);
	w->welle = malloc(sizeof *w->welle);
	if (!w->of || !w->welle)
		return -WP_ENOMEM;
	int rc = pw_plan_load(env, NULL, &pl, &e);
	if (rc == -WP_ENOMEM)
		return rc;
	if (rc != 1 || !pl || pl->n_obj != n) {
		plan_free(&pl);
		return 0;
	}
	w->planned = 1;
	for (size_t o = 0; o < n; o++)
		w->of[o] = pl->obj[o].welle;
	if (pl->n_welle) {
		struct plan_welle *nw = realloc(w->welle, pl->n_welle * sizeof *nw);
		if (!nw) {
			plan_free(&pl);
			return -WP_ENOMEM;
		}
		w->welle = nw;
		memcpy(w->welle, pl->welle, pl->n_welle * sizeof *w->welle);
	}
	w->n_welle = pl->n_welle;
	plan_free(&pl);
	return 0;
}

void waves_free(struct waves *w)
{
	free(w->of);
	free(w->welle);
	w->of = NULL;
	w->welle = NULL;
	w->n_welle = 0;
	w->planned = 0;
}
