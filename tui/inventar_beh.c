/* The tree's Behörden actions: forms and pick lists over the Inventar, then one journaled
 * edit each through the session. */
#include "tui/inventar_beh.h"

#include <stdio.h>
#include <string.h>

#include "data/edit_behoerde.h"
#include "model/i18n.h"
#include "model/labels.h"
#include "tui/actions.h"
#include "tui/form.h"
#include "tui/pick.h"
#include "tui/session.h"

/* The Behörde acted on, by store id (indexes shift while an overlay is open). */
static uint32_t chosen(const struct inv_tree *tr)
{
	const struct ws *w = tr->env->ws;
	for (size_t i = 0; i < w->n_beh; i++)
		if (w->beh[i].id == tr->act_id)
			return (uint32_t)i;
	return WP_NONE;
}

/* The common tail: re-score and report, or report the refusal. */
static int finish(struct inv_tree *tr, int rc, const struct wp_err *e, const char *ok)
{
	struct session *ses = tr->env->ses;
	if (rc)
		session_message(ses, 1, "%s", e->msg);
	else
		session_saved(ses, ok);
	return VF_REDRAW;
}

/* Item i of a pick list of Behörden in tree order, indented; with top != 0 item 0 is
 * "the top level" and the Behörden follow. */
static const char *beh_label(struct inv_tree *tr, size_t i, int top, char *buf, size_t n)
{
	if (top && i == 0) {
		snprintf(buf, n, "%s", _("(oberste Ebene)"));
		return buf;
	}
	size_t at = i - (top != 0);
	int d = tr->tree.depth[at] < 12 ? tr->tree.depth[at] : 12;
	snprintf(buf, n, "%*s%s", 2 * d, "", tr->env->ws->beh[tr->tree.pre[at]].name);
	return buf;
}

static const char *merge_item(void *ctx, size_t i, char *buf, size_t n)
{
	return beh_label(ctx, i, 0, buf, n);
}

static const char *move_item(void *ctx, size_t i, char *buf, size_t n)
{
	return beh_label(ctx, i, 1, buf, n);
}

static int rename_done(void *owner, void *state, int result)
{
	struct inv_tree *tr = owner;
	struct session *ses = tr->env->ses;
	struct wp_err e = { 0 };
	uint32_t b = chosen(tr);
	char ok[600];
	if (result != WR_DONE || b == WP_NONE) {
		session_cancelled(ses);
		return VF_REDRAW;
	}
	char was[BEH_NAME_MAX + 1];
	snprintf(was, sizeof was, "%s", tr->env->ws->beh[b].name);
	int rc = edit_beh_rename(ses->log, ses->store, ses->ws, b, form_text(state, 0), &e);
	if (rc) {
		form_set_error(state, 0, e.msg);
		return OVERLAY_KEEP | VF_REDRAW;
	}
	snprintf(ok, sizeof ok, _(BEH_TXT_UMBENANNT), was, ses->ws->beh[b].name);
	return finish(tr, 0, &e, ok);
}

static int merge_done(void *owner, void *state, int result)
{
	struct inv_tree *tr = owner;
	struct session *ses = tr->env->ses;
	struct wp_err e = { 0 };
	size_t i = pick_selected(state);
	uint32_t b = chosen(tr);
	char ok[600];
	if (result != WR_DONE || b == WP_NONE || i >= tr->tree.nb) {
		session_cancelled(ses);
		return VF_REDRAW;
	}
	uint32_t nach = tr->tree.pre[i];
	snprintf(ok, sizeof ok, _(BEH_TXT_ZUSAMMEN),
		 ses->ws->beh[b].name, ses->ws->beh[nach].name);
	return finish(tr, edit_beh_merge(ses->log, ses->store, ses->ws, b, nach, &e), &e, ok);
}

static int move_done(void *owner, void *state, int result)
{
	struct inv_tree *tr = owner;
	struct session *ses = tr->env->ses;
	struct wp_err e = { 0 };
	size_t i = pick_selected(state);
	uint32_t b = chosen(tr);
	char ok[600];
	if (result != WR_DONE || b == WP_NONE || i > tr->tree.nb) {
		session_cancelled(ses);
		return VF_REDRAW;
	}
	uint32_t p = i == 0 ? WP_NONE : tr->tree.pre[i - 1];
	if (p != WP_NONE)
		snprintf(ok, sizeof ok, _(BEH_TXT_UNTER), ses->ws->beh[b].name,
			 ses->ws->beh[p].name);
	else
		snprintf(ok, sizeof ok, _(BEH_TXT_OBEN), ses->ws->beh[b].name);
	return finish(tr, edit_beh_move(ses->log, ses->store, ses->ws, b, p, &e), &e, ok);
}

int inv_beh_action(struct inv_tree *tr, int action)
{
	const struct view_env *env = tr->env;
	struct session *ses = env->ses;
	uint32_t b = inv_tree_selected(tr);
	if (action != ACT_EDIT && action != ACT_BEH_MERGE && action != ACT_BEH_MOVE &&
	    action != ACT_DELETE)
		return 0;
	if (!ses)
		return 0;
	if (b == INV_TREE_ALL || b >= env->ws->n_beh) {
		session_message(ses, 0, "%s", _("Erst eine Behörde im Baum wählen"));
		return VF_HANDLED | VF_REDRAW;
	}
	tr->act_id = env->ws->beh[b].id;
	int rc = 0;
	char title[BEH_NAME_MAX + 64], ok[600];
	struct wp_err e = { 0 };
	switch (action) {
	case ACT_EDIT: {
		struct form *fm = form_new(_("Behörde umbenennen"), env->theme);
		if (fm)
			form_add_text(fm, _(LBL_F_NAME), env->ws->beh[b].name);
		rc = form_push(env->overlays, fm, rename_done, tr);
		break;
	}
	case ACT_BEH_MERGE:
		snprintf(title, sizeof title, _("\"%s\" zusammenführen mit"), env->ws->beh[b].name);
		rc = pick_push(env->overlays, title, tr->tree.nb, merge_item, tr, env->theme,
			       (size_t)-1, merge_done, tr);
		break;
	case ACT_BEH_MOVE:
		snprintf(title, sizeof title, _("\"%s\" verschieben unter"), env->ws->beh[b].name);
		rc = pick_push(env->overlays, title, tr->tree.nb + 1, move_item, tr, env->theme,
			       0, move_done, tr);
		break;
	default: /* ACT_DELETE */
		snprintf(ok, sizeof ok, _(BEH_TXT_ENTFERNT), env->ws->beh[b].name);
		return VF_HANDLED |
		       finish(tr, edit_beh_remove(ses->log, ses->store, ses->ws, b, &e), &e, ok);
	}
	if (rc)
		session_message(ses, 1, "%s", wp_strerror(WP_ENOMEM));
	return VF_HANDLED | VF_REDRAW;
}
