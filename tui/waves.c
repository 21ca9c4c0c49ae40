/* Waves per object for the dashboard: stored plan first, pins otherwise. */
#include "tui/waves.h"

#include <stdlib.h>
#include <string.h>

#include "data/store_plan.h"
#include "model/err.h"
#include "tui/session.h"

int waves_load(struct waves *w, const struct view_env *env)
{
	const struct ws *ws = env->ws;
	size_t n = ws->n_obj;
	struct plan *pl = NULL;
	struct wp_err e = { 0 };
	memset(w, 0, sizeof *w);
	w->of = calloc(n ? n : 1, sizeof *w->of);
	if (!w->of)
		return -WP_ENOMEM;
	if (env->ses && env->ses->store &&
	    store_load_plan(env->ses->store, ws, env->as, &pl, &e) == 0 && pl &&
	    pl->n_obj == n) {
		w->planned = 1;
		for (size_t o = 0; o < n; o++)
			w->of[o] = pl->obj[o].welle;
		w->welle = malloc((pl->n_welle ? pl->n_welle : 1) * sizeof *w->welle);
		if (!w->welle) {
			plan_free(&pl);
			return -WP_ENOMEM;
		}
		if (pl->n_welle) /* an empty plan has no wave array at all */
			memcpy(w->welle, pl->welle, pl->n_welle * sizeof *w->welle);
		w->n_welle = pl->n_welle;
		plan_free(&pl);
		return 0;
	}
	plan_free(&pl);
	for (size_t o = 0; o < n; o++)
		w->of[o] = ws->obj[o].welle_pin > 0 ? (uint32_t)ws->obj[o].welle_pin : 0;
	w->welle = malloc((ws->n_welle ? ws->n_welle : 1) * sizeof *w->welle);
	if (!w->welle)
		return -WP_ENOMEM;
	for (size_t i = 0; i < ws->n_welle; i++) {
		const struct welle *s = &ws->welle[i];
		w->welle[i] = (struct plan_welle){ .nr = s->nr, .beginn = s->beginn, .ende = s->ende,
						   .kapazitaet = s->kapazitaet };
	}
	w->n_welle = ws->n_welle;
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
