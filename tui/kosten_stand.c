/* The shared costs of the dashboard: computed lazily, once per change of the session. */
#include "tui/kosten_stand.h"

#include <stdio.h>

#include "data/store_plan.h"
#include "model/err.h"
#include "model/i18n.h"
#include "tui/planwork.h"
#include "tui/session.h"
#include "tui/view.h"

void kosten_stand_free(struct kosten_stand *ks)
{
	kosten_free(&ks->k);
	zeitplan_free(&ks->zp);
	ks->valid = 0;
	ks->rc = 0;
	ks->err[0] = '\0';
	ks->vorschau = 0;
}

/* Plans (stored plan, else the preview) and computes the costs into ks. */
static void compute(const struct view_env *env, struct kosten_stand *ks)
{
	struct zeitplan_params p;
	struct wp_err e = { 0 };
	int rc = -WP_ENOTFOUND;
	if (env->ses->store)
		rc = store_load_zeitplan(env->ses->store, env->ws, env->as, &ks->zp, &e);
	if (rc == -WP_ENOTFOUND) {
		pw_plan_params(env, &p);
		ks->vorschau = 1;
		rc = zeitplan_run(env->ws, env->as, &p, &ks->zp);
		e.msg[0] = '\0';
	}
	if (!rc)
		rc = kosten_run(env->ws, env->as, ks->zp, ks->zp->params.start, &ks->k);
	if (rc) {
		snprintf(ks->err, sizeof ks->err, "%.255s", e.msg[0] ? e.msg : wp_strerror(-rc));
		zeitplan_free(&ks->zp);
		kosten_free(&ks->k);
	}
	ks->rc = rc;
}

const struct kosten_stand *kosten_stand(const struct view_env *env)
{
	if (!env->ses || !env->ws || !env->as)
		return NULL;
	struct kosten_stand *ks = &env->ses->kosten;
	if (ks->valid && ks->gen == env->ses->gen)
		return ks;
	kosten_stand_free(ks);
	compute(env, ks);
	ks->valid = 1;
	ks->gen = env->ses->gen;
	return ks;
}
