/* Roadmap and pilot writes of the dashboard through data/edit_plan.h (one transaction and
 * one undo step each), then a re-score. */
#include "tui/planwork.h"

#include <stdio.h>
#include <stdlib.h>

#include "data/edit_plan.h"
#include "data/edit_zeitplan.h"
#include "data/store_plan.h"
#include "model/enums.h"
#include "model/i18n.h"
#include "model/monat.h"
#include "tui/session.h"

int pw_plan_load(const struct view_env *env, struct zeitplan **zp, struct plan **out,
		 struct wp_err *e)
{
	struct zeitplan *z = NULL;
	*out = NULL;
	if (zp)
		*zp = NULL;
	if (!env->ses || !env->ses->store)
		return 0;
	int rc = store_load_zeitplan(env->ses->store, env->ws, env->as, &z, e);
	if (rc == -WP_ENOTFOUND)
		return 0;
	if (rc)
		return rc;
	if (plan_aus_zeitplan(z, out)) {
		zeitplan_free(&z);
		return wp_nomem(e);
	}
	if (zp)
		*zp = z;
	else
		zeitplan_free(&z);
	return 1;
}

void pw_plan_params(const struct view_env *env, struct zeitplan_params *p)
{
	struct wp_err e = { 0 };
	struct zeitplan_params stored;
	zeitplan_params_default(env->ws, env->heute, p);
	if (env->ses && env->ses->store &&
	    store_zeitplan_params(env->ses->store, &stored, &e) == 1)
		p->start = stored.start;
}

/* After a successful write: re-score (the views rebuild) and report ok, or the failure. */
static int report(const struct view_env *env, int rc, const struct wp_err *e, const char *ok)
{
	struct session *ses = env->ses;
	if (rc) {
		char b[sizeof e->msg + 64];
		session_message(ses, 1, "%s", wp_err_unchanged(e, b, sizeof b));
		if (rc == -WP_EBUSY) /* another program changed the file: the app reloads it */
			ses->stale = 1;
		return rc;
	}
	return session_saved(ses, ok);
}

/* Counts the findings of the checker on z and the deadlines at risk (*fristen); stores the
 * first finding naming object o (any, if o is WP_NONE) as text in buf. -1 when out of
 * memory. */
static long check(const struct zeitplan *z, uint32_t o, long *fristen, char *buf, size_t n)
{
	struct sched_befund *f = NULL;
	size_t nf = 0;
	buf[0] = '\0';
	*fristen = 0;
	if (sched_check(&z->in, z->plan, &f, &nf))
		return -1;
	for (size_t i = 0; i < nf; i++)
		if (!buf[0] && (o == WP_NONE || f[i].obj == o || f[i].other == o))
			sched_befund_text(&z->in, &f[i], buf, n);
	free(f);
	for (size_t i = 0; i < z->plan->n_obj; i++)
		*fristen += (z->plan->obj[i].flags & SF_FRIST) != 0;
	return (long)nf;
}

int pw_replan(const struct view_env *env)
{
	return pw_replan_ab(env, 0);
}

int pw_replan_ab(const struct view_env *env, int32_t start)
{
	struct zeitplan_params prm;
	struct wp_err e = { 0 };
	struct zeitplan *z = NULL;
	char ok[1024], first[768], m1[16], m2[16];
	pw_plan_params(env, &prm);
	if (start)
		prm.start = start;
	int rc = zeitplan_run(env->ws, env->as, &prm, &z);
	if (rc) {
		session_message(env->ses, 1, "%s",
				rc == -WP_ENOMEM ? wp_strerror(WP_ENOMEM)
						 : _(ZEITPLAN_PARAM_FEHLER));
		return rc;
	}
	size_t planned = 0;
	for (size_t i = 0; i < z->plan->n_obj; i++)
		planned += z->plan->obj[i].grund == SG_GEPLANT;
	long fristen = 0, nv = check(z, WP_NONE, &fristen, first, sizeof first);
	int de = i18n_german();
	char zahlen[160];
	zeitplan_zahlen_text((size_t)fristen, nv < 0 ? 0 : nv, zahlen, sizeof zahlen);
	snprintf(ok, sizeof ok, _("Neu geplant ab %s: %zu von %zu Objekten, letzte Inbetriebnahme %s%s"),
		 monat_format(prm.start, de, m1, sizeof m1), planned, z->plan->n_obj,
		 planned ? monat_format(zeitplan_letzter_monat(z), de, m2, sizeof m2) : "–", zahlen);
	struct session *ses = env->ses;
	rc = edit_zeitplan_save(ses->log, ses->store, ses->ws, ses->as, z, &e);
	zeitplan_free(&z);
	return report(env, rc, &e, ok);
}

int pw_pin(const struct view_env *env, uint32_t o, int32_t monat)
{
	struct wp_err e = { 0 };
	struct session *ses = env->ses;
	char ok[1024];
	const char *k = env->ws->obj[o].kennung;
	if (monat) {
		char m[16];
		snprintf(ok, sizeof ok, _("Beginn von %s auf %s festgelegt."), k,
			 monat_format(monat, i18n_german(), m, sizeof m));
	} else
		snprintf(ok, sizeof ok, _("Beginn von %s nicht mehr festgelegt."), k);
	int rc = report(env, edit_zeitplan_pin(ses->log, ses->store, ses->ws, ses->as, o, monat, &e),
			&e, ok);
	if (rc)
		return rc;
	/* a broken rule that concerns the pinned object is the news: say it at once */
	struct zeitplan *z = NULL;
	struct plan *p = NULL;
	if (monat && pw_plan_load(env, &z, &p, &e) == 1) {
		char first[768];
		long fristen = 0;
		if (check(z, o, &fristen, first, sizeof first) > 0 && first[0])
			session_message(env->ses, 1, _("VERSTOSS: %s"), first);
	}
	zeitplan_free(&z);
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
	edit_pilot_status_text(env->ws->pilot[pi].name, status, ok, sizeof ok);
	return report(env, edit_pilot_status(ses->log, ses->store, ses->ws, pi, status, &e), &e, ok);
}
