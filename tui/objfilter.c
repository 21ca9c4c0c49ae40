/* The object filter in the dashboard: the match from a view_env, the pick list. */
#include "tui/objfilter.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/enums.h"
#include "model/i18n.h"
#include "tui/actions.h"
#include "tui/text.h"
#include "model/labels.h"
#include "tui/widget.h"

int objfilter_match(const struct view_env *env, const struct obj_filter *f, uint32_t o,
		    const uint32_t *welle_of, const struct beh_tree *tree)
{
	const struct obj_filter_data d = { env->ws, env->as, tree, welle_of, env->heute };
	return obj_filter_match(f, &d, o);
}

void objfilter_bar(WINDOW *w, int y, const struct view_env *env, const struct obj_filter *f,
		   const char *note, const char *idle, const char *sort, int rev)
{
	int cols = getmaxx(w);
	attr_t a = theme_attr(env->theme, ROLE_DIM, 0);
	char left[600], right[160];
	text_fill(w, y, 0, cols, a);
	snprintf(right, sizeof right, _("sortiert: %s %s"), sort, rev ? "▼" : "▲");
	if (note[0]) {
		snprintf(left, sizeof left, "%s", note);
	} else if (obj_filter_any(f)) {
		char ft[512], t[600];
		obj_filter_describe(f, env->ws, ft, sizeof ft);
		snprintf(t, sizeof t, _("Filter: %s ({filter-clear} hebt auf)"), ft);
		keys_text(t, left, sizeof left);
	} else {
		keys_text(_(idle), left, sizeof left);
	}
	text_put_bar(w, y, cols, left, right, a);
}

void objfilter_info(char *buf, size_t n, size_t sel, size_t rows, size_t total)
{
	if (rows == 0)
		snprintf(buf, n, _("0 von %zu Objekten"), total);
	else if (rows == total)
		snprintf(buf, n, _("Objekt %zu von %zu"), sel + 1, total);
	else
		snprintf(buf, n, _("Objekt %zu von %zu (gefiltert aus %zu)"), sel + 1, rows, total);
}

/* ---- the pick list ---- */

enum { FD_BEH, FD_TYP, FD_URTEIL, FD_STRAT, FD_KOSTEN, FD_CLEAR, FD__N };
static const char *const dim_titles[FD__N] = {
	LBL_F_BEHOERDE, LBL_F_TYP, LBL_URTEIL, LBL_F_STRATEGIE, LBL_KOSTENANGABE,
	NULL, /* FD_CLEAR: the action's own text */
};

static const char *dim_label(void *ctx, size_t i, char *buf, size_t n)
{
	(void)ctx;
	(void)buf;
	(void)n;
	return i == FD_CLEAR ? action_help(ACT_FILTER_CLEAR) : _(dim_titles[i]);
}

static const char *value_label(void *ctx, size_t i, char *buf, size_t n)
{
	struct objfilter_pick *fp = ctx;
	if (i == 0)
		return _("(alle)");
	i--;
	switch (fp->dim) {
	case FD_BEH: {
		const struct beh_tree *t = fp->tree;
		int d = t->depth[i] < 12 ? t->depth[i] : 12;
		uint32_t b = t->pre[i];
		snprintf(buf, n, "%*s%s (%zu)", 2 * d, "", fp->env->ws->beh[b].name, t->sub[i]);
		return buf;
	}
	case FD_TYP: return enum_display(EK_TYP, (int)i);
	case FD_URTEIL: return enum_display(EK_VERDICT, (int)i);
	case FD_KOSTEN: return _(LBL_OHNE_KOSTEN);
	default: return enum_display(EK_STRATEGIE, (int)i + 1);
	}
}

int objfilter_pick_open(struct objfilter_pick *fp, const struct view_env *env,
			const struct beh_tree *tree)
{
	objfilter_pick_free(fp);
	fp->env = env;
	fp->tree = tree;
	if (pick_open(&fp->pk, _("Filtern nach"), FD__N, dim_label, fp, env->theme))
		return -WP_ENOMEM;
	fp->step = 1;
	return 0;
}

int objfilter_pick_active(const struct objfilter_pick *fp)
{
	return fp->step != 0;
}

static void open_values(struct objfilter_pick *fp, int dim, const struct obj_filter *f)
{
	size_t n, cur = 0;
	char title[128];
	fp->dim = dim;
	switch (dim) {
	case FD_BEH:
		n = fp->tree->nb;
		for (size_t i = 0; i < fp->tree->nb; i++)
			if (fp->tree->pre[i] == f->behoerde)
				cur = i + 1;
		break;
	case FD_TYP:
		n = TYP__N;
		cur = f->typ >= 0 ? (size_t)f->typ + 1 : 0;
		break;
	case FD_URTEIL:
		n = V__N;
		cur = f->verdict >= 0 ? (size_t)f->verdict + 1 : 0;
		break;
	case FD_KOSTEN: /* the one value: "ohne Kostenangabe" */
		n = 1;
		cur = f->ohne_kosten ? 1 : 0;
		break;
	default:
		n = STRAT__N - 1;
		cur = f->strategie > 0 ? (size_t)f->strategie : 0;
		break;
	}
	snprintf(title, sizeof title, _("Filter: %s"), _(dim_titles[dim]));
	pick_free(&fp->pk);
	if (pick_open(&fp->pk, title, n + 1, value_label, fp, fp->env->theme)) {
		fp->step = 0;
		return;
	}
	pick_select(&fp->pk, cur);
	fp->step = 2;
}

int objfilter_pick_key(struct objfilter_pick *fp, int key, struct obj_filter *f)
{
	int r = pick_key(&fp->pk, key);
	if (r == WR_CANCEL) {
		pick_free(&fp->pk);
		fp->step = 0;
		return 0;
	}
	if (r != WR_DONE)
		return 0;
	size_t item = pick_selected(&fp->pk);
	int step = fp->step;
	pick_free(&fp->pk);
	fp->step = 0;
	if (item == (size_t)-1)
		return 0;
	if (step == 1) {
		if (item == FD_CLEAR) {
			obj_filter_clear(f);
			return 1;
		}
		open_values(fp, (int)item, f);
		return 0;
	}
	int v = item == 0 ? -1 : (int)item - 1;
	switch (fp->dim) {
	case FD_BEH: f->behoerde = v < 0 ? WP_NONE : fp->tree->pre[v]; break;
	case FD_TYP: f->typ = v; break;
	case FD_URTEIL: f->verdict = v; break;
	case FD_KOSTEN: f->ohne_kosten = v == 0; break;
	default: f->strategie = v < 0 ? -1 : v + 1; break;
	}
	return 1;
}

void objfilter_pick_draw(struct objfilter_pick *fp, WINDOW *win)
{
	if (fp->step)
		pick_draw(&fp->pk, win);
}

void objfilter_pick_free(struct objfilter_pick *fp)
{
	pick_free(&fp->pk);
	fp->tree = NULL;
	fp->step = 0;
}
