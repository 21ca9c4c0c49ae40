/* Roadmap and pilot writes of the dashboard: one transaction each, then a re-score. */
#include "tui/planwork.h"

#include <stdio.h>
#include <stdlib.h>

#include "data/store_pilot.h"
#include "data/store_plan.h"
#include "model/enums.h"
#include "model/i18n.h"
#include "tui/session.h"

int pw_plan_load(const struct view_env *env, struct plan **out, struct wp_err *e)
{
	*out = NULL;
	if (!env->ses || !env->ses->store)
		return 0;
	int rc = store_load_plan(env->ses->store, env->ws, env->as, out, e);
	if (rc == -WP_ENOTFOUND)
		return 0;
	if (rc) {
		plan_free(out);
		return rc;
	}
	return 1;
}

void pw_plan_params(const struct view_env *env, struct plan_params *p)
{
	struct wp_err e = { 0 };
	plan_params_default(env->ws, env->heute, p);
	if (env->ses && env->ses->store)
		store_plan_params(env->ses->store, p, &e); /* keeps the defaults when none */
}

/* The write fn inside one transaction; rolls back on failure. Returns 0 or -WP_E*. */
static int in_tx(const struct view_env *env, int (*fn)(void *ctx, struct wp_err *e), void *ctx,
		 struct wp_err *e)
{
	struct store *s = env->ses->store;
	int rc = store_begin(s, e);
	if (!rc)
		rc = fn(ctx, e);
	if (!rc)
		rc = store_commit(s, e);
	if (rc)
		store_rollback(s);
	return rc;
}

/* After a successful write: re-score (the views rebuild) and report ok, or the failure. */
static int report(const struct view_env *env, int rc, const struct wp_err *e, const char *ok)
{
	struct session *ses = env->ses;
	if (rc) {
		session_message(ses, 1, _("%s — nichts wurde geändert"), e->msg);
		if (rc == -WP_EBUSY) /* another program changed the file: the app reloads it */
			ses->stale = 1;
		return rc;
	}
	if (session_changed(ses)) {
		session_message(ses, 1, "%s", _("gespeichert, aber zu wenig Speicher zum Neubewerten"));
		return -WP_ENOMEM;
	}
	session_message(ses, 0, "%s", ok);
	return 0;
}

struct replan_ctx {
	const struct view_env *env;
	struct plan *p;
};

static int save_plan(void *ctx, struct wp_err *e)
{
	struct replan_ctx *c = ctx;
	return store_save_plan(c->env->ses->store, c->env->ws, c->env->as, c->p, e);
}

/* Counts the broken rules of p: deadlines apart (*fristen), the others returned. Stores
 * the first one naming object o (any, if o is WP_NONE) as text in buf. -1 when out of
 * memory. */
static long check(const struct view_env *env, const struct plan *p, uint32_t o, long *fristen,
		  char *buf, size_t n)
{
	struct plan_verstoss *v = NULL;
	size_t nv = 0;
	long other = 0;
	buf[0] = '\0';
	*fristen = 0;
	if (plan_check(env->ws, env->as, p, &v, &nv))
		return -1;
	for (size_t i = 0; i < nv; i++) {
		int frist = v[i].art == PV_FRIST;
		*fristen += frist;
		other += !frist;
		if (!buf[0] && !frist && (o == WP_NONE || v[i].obj == o || v[i].other == o))
			plan_verstoss_text(env->ws, p, &v[i], buf, n);
	}
	free(v);
	return other;
}

int pw_replan(const struct view_env *env)
{
	struct plan_params prm;
	struct wp_err e = { 0 };
	struct replan_ctx c = { env, NULL };
	char ok[1024], first[768];
	pw_plan_params(env, &prm);
	int rc = plan_run(env->ws, env->as, &prm, &c.p);
	if (rc) {
		session_message(env->ses, 1, "%s",
				rc == -WP_ENOMEM ? wp_strerror(WP_ENOMEM)
						 : _("Planung nicht möglich: ungültige Eingaben (Start, "
						     "Wellenlänge oder eine Festsetzung außerhalb der Grenzen)"));
		return rc;
	}
	size_t planned = 0;
	for (size_t i = 0; i < c.p->n_obj; i++)
		planned += c.p->obj[i].welle != 0;
	long fristen = 0, nv = check(env, c.p, WP_NONE, &fristen, first, sizeof first);
	snprintf(ok, sizeof ok,
		 _("Neu geplant ab %d-Q%d: %zu von %zu Objekten in %zu Wellen, %ld Fristen "
		   "gefährdet, %ld Verstöße"),
		 c.p->params.start_jahr, c.p->params.start_quartal, planned, c.p->n_obj,
		 c.p->n_welle, fristen, nv < 0 ? 0 : nv);
	rc = in_tx(env, save_plan, &c, &e);
	plan_free(&c.p);
	return report(env, rc, &e, ok);
}

struct pin_ctx {
	const struct view_env *env;
	uint32_t o;
	int nr;
};

static int do_pin(void *ctx, struct wp_err *e)
{
	struct pin_ctx *c = ctx;
	return store_plan_pin(c->env->ses->store, c->env->ses->ws, c->o, c->nr, e);
}

int pw_pin(const struct view_env *env, uint32_t o, int nr)
{
	struct wp_err e = { 0 };
	struct pin_ctx c = { env, o, nr };
	char ok[1024];
	const char *k = env->ws->obj[o].kennung;
	if (nr)
		snprintf(ok, sizeof ok, _("%s ist jetzt in Welle %d festgesetzt."), k, nr);
	else
		snprintf(ok, sizeof ok,
			 _("%s ist nicht mehr festgesetzt; der nächste Plan darf es verschieben."), k);
	int rc = report(env, in_tx(env, do_pin, &c, &e), &e, ok);
	if (rc)
		return rc;
	/* a broken rule that concerns the pinned object is the news: say it at once (an unpin
	 * moves nothing until the next plan, so the confirmation stays) */
	struct plan *p = NULL;
	if (nr && pw_plan_load(env, &p, &e) == 1) {
		char first[768];
		long fristen = 0;
		if (check(env, p, o, &fristen, first, sizeof first) > 0)
			session_message(env->ses, 1, _("WARNUNG: %s"), first);
	}
	plan_free(&p);
	return 0;
}

struct create_ctx {
	const struct view_env *env;
	const char *name;
	const uint32_t *objs;
	size_t n;
	uint32_t pi;
};

static int do_create(void *ctx, struct wp_err *e)
{
	struct create_ctx *c = ctx;
	struct store *s = c->env->ses->store;
	struct ws *w = c->env->ses->ws;
	int rc = store_pilot_create(s, w, c->name, "", "", &c->pi, e);
	if (!rc && c->n)
		rc = store_pilot_members(s, w, c->pi, 1, c->objs, c->n, e);
	return rc;
}

int pw_pilot_create(const struct view_env *env, const char *name, const uint32_t *objs,
		    size_t n, uint32_t *out, struct wp_err *e)
{
	struct create_ctx c = { env, name, objs, n, WP_NONE };
	char ok[512];
	/* input is checked before anything changes; a failing disk after that leaves the
	 * workspace ahead of the file until the next start (store_pilot.h) */
	int rc = in_tx(env, do_create, &c, e);
	if (rc == -WP_EBUSY)
		return report(env, rc, e, "");
	if (rc)
		return rc;
	snprintf(ok, sizeof ok, ngettext("Pilot \"%s\" angelegt (Status Idee) mit %zu Mitglied",
					 "Pilot \"%s\" angelegt (Status Idee) mit %zu Mitgliedern", n),
		 env->ws->pilot[c.pi].name, n);
	if (out)
		*out = c.pi;
	return report(env, 0, e, ok);
}

struct pilot_ctx {
	const struct view_env *env;
	uint32_t pi;
	size_t nr;
	int val;
	const char *text;
};

static int do_toggle(void *ctx, struct wp_err *e)
{
	struct pilot_ctx *c = ctx;
	return store_pilot_todo_done(c->env->ses->store, c->env->ses->ws, c->pi, c->nr, c->val, e);
}

int pw_todo_toggle(const struct view_env *env, uint32_t pi, size_t k)
{
	const struct pilot *p = &env->ws->pilot[pi];
	struct wp_err e = { 0 };
	if (k >= p->n_todos)
		return -WP_EINVAL;
	struct pilot_ctx c = { env, pi, k + 1, !p->todos[k].done, NULL };
	char ok[768];
	snprintf(ok, sizeof ok, c.val ? _("erledigt: %s") : _("wieder offen: %s"), p->todos[k].text);
	return report(env, in_tx(env, do_toggle, &c, &e), &e, ok);
}

static int do_todo_add(void *ctx, struct wp_err *e)
{
	struct pilot_ctx *c = ctx;
	return store_pilot_todo_add(c->env->ses->store, c->env->ses->ws, c->pi, c->text, e);
}

int pw_todo_add(const struct view_env *env, uint32_t pi, const char *text, struct wp_err *e)
{
	struct pilot_ctx c = { env, pi, 0, 0, text };
	char ok[768];
	int rc = in_tx(env, do_todo_add, &c, e);
	if (rc == -WP_EBUSY)
		return report(env, rc, e, "");
	if (rc)
		return rc;
	snprintf(ok, sizeof ok, _("Punkt zur Checkliste von \"%s\" hinzugefügt"),
		 env->ws->pilot[pi].name);
	return report(env, 0, e, ok);
}

static int do_status(void *ctx, struct wp_err *e)
{
	struct pilot_ctx *c = ctx;
	return store_pilot_status(c->env->ses->store, c->env->ses->ws, c->pi, c->val, e);
}

int pw_pilot_status(const struct view_env *env, uint32_t pi, int status)
{
	struct pilot_ctx c = { env, pi, 0, status, NULL };
	struct wp_err e = { 0 };
	char ok[512];
	snprintf(ok, sizeof ok, _("Pilot \"%s\": Status %s"), env->ws->pilot[pi].name,
		 _(enum_label(EK_PILOT_STATUS, status)));
	return report(env, in_tx(env, do_status, &c, &e), &e, ok);
}
