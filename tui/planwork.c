/* Roadmap and pilot writes of the dashboard through data/edit_plan.h (one transaction and
 * one undo step each), then a re-score. */
#include "tui/planwork.h"

#include <stdio.h>
#include <stdlib.h>

#include "data/edit_plan.h"
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
	return session_saved(ses, ok);
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
	struct plan *p = NULL;
	char ok[1024], first[768];
	pw_plan_params(env, &prm);
	int rc = plan_run(env->ws, env->as, &prm, &p);
	if (rc) {
		session_message(env->ses, 1, "%s",
				rc == -WP_ENOMEM ? wp_strerror(WP_ENOMEM)
						 : _("Planung nicht möglich: ungültige Eingaben (Start, "
						     "Wellenlänge oder eine Festsetzung außerhalb der Grenzen)"));
		return rc;
	}
	size_t planned = 0;
	for (size_t i = 0; i < p->n_obj; i++)
		planned += p->obj[i].welle != 0;
	long fristen = 0, nv = check(env, p, WP_NONE, &fristen, first, sizeof first);
	snprintf(ok, sizeof ok,
		 _("Neu geplant ab %d-Q%d: %zu von %zu Objekten in %zu Wellen, %ld Fristen "
		   "gefährdet, %ld Verstöße"),
		 p->params.start_jahr, p->params.start_quartal, planned, p->n_obj,
		 p->n_welle, fristen, nv < 0 ? 0 : nv);
	struct session *ses = env->ses;
	rc = edit_plan_save(ses->log, ses->store, ses->ws, ses->as, p, &e);
	plan_free(&p);
	return report(env, rc, &e, ok);
}

int pw_pin(const struct view_env *env, uint32_t o, int nr)
{
	struct wp_err e = { 0 };
	struct session *ses = env->ses;
	char ok[1024];
	const char *k = env->ws->obj[o].kennung;
	if (nr)
		snprintf(ok, sizeof ok, _("%s ist jetzt in Welle %d festgesetzt."), k, nr);
	else
		snprintf(ok, sizeof ok,
			 _("%s ist nicht mehr festgesetzt; der nächste Plan darf es verschieben."), k);
	int rc = report(env, edit_plan_pin(ses->log, ses->store, ses->ws, ses->as, o, nr, &e), &e,
			ok);
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

int pw_pilot_create(const struct view_env *env, const char *name, const uint32_t *objs,
		    size_t n, uint32_t *out, struct wp_err *e)
{
	uint32_t pi = WP_NONE;
	char ok[512];
	/* input is checked before anything changes; a failing disk after that leaves the
	 * workspace ahead of the file until the next start (store_pilot.h) */
	struct session *ses = env->ses;
	int rc = edit_pilot_create(ses->log, ses->store, ses->ws, name, "", "", objs, n, &pi, e);
	if (rc == -WP_EBUSY)
		return report(env, rc, e, "");
	if (rc)
		return rc;
	snprintf(ok, sizeof ok, ngettext("Pilot \"%s\" angelegt (Status Idee) mit %zu Mitglied",
					 "Pilot \"%s\" angelegt (Status Idee) mit %zu Mitgliedern", n),
		 env->ws->pilot[pi].name, n);
	if (out)
		*out = pi;
	return report(env, 0, e, ok);
}

int pw_todo_toggle(const struct view_env *env, uint32_t pi, size_t k)
{
	const struct pilot *p = &env->ws->pilot[pi];
	struct wp_err e = { 0 };
	if (k >= p->n_todos)
		return -WP_EINVAL;
	int done = !p->todos[k].done;
	struct session *ses = env->ses;
	char ok[768];
	snprintf(ok, sizeof ok, done ? _("erledigt: %s") : _("wieder offen: %s"), p->todos[k].text);
	return report(env, edit_pilot_todo_done(ses->log, ses->store, ses->ws, pi, k + 1, done, &e),
		      &e, ok);
}

int pw_todo_add(const struct view_env *env, uint32_t pi, const char *text, struct wp_err *e)
{
	char ok[768];
	int rc = edit_pilot_todo_add(env->ses->log, env->ses->store, env->ses->ws, pi, text, e);
	if (rc == -WP_EBUSY)
		return report(env, rc, e, "");
	if (rc)
		return rc;
	snprintf(ok, sizeof ok, _("Punkt zur Checkliste von \"%s\" hinzugefügt"),
		 env->ws->pilot[pi].name);
	return report(env, 0, e, ok);
}

int pw_pilot_status(const struct view_env *env, uint32_t pi, int status)
{
	struct session *ses = env->ses;
	struct wp_err e = { 0 };
	char ok[512];
	snprintf(ok, sizeof ok, _("Pilot \"%s\": Status %s"), env->ws->pilot[pi].name,
		 _(enum_label(EK_PILOT_STATUS, status)));
	return report(env, edit_pilot_status(ses->log, ses->store, ses->ws, pi, status, &e), &e, ok);
}
