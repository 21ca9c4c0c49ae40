/* Quick Wins (tab 6): the quick-win eligible objects ranked by score with the parts of the
 * score (Nutzen, Leichtigkeit, Risiko; assess_qw_parts), then the pilot candidates
 * (pilot_vorschlaege) with their closure; under the list the reasoning for the selected
 * row. P starts a pilot from the selected row (a candidate with its closure, a quick win
 * alone or with its closure when it is a candidate), Enter opens the object, x exports the
 * Quick-Wins CSV (data/export_qw.h). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/export_qw.h"
#include "model/enums.h"
#include "model/fields.h"
#include "model/i18n.h"
#include "model/labels.h"
#include "model/lookup.h"
#include "model/numfmt.h"
#include "model/pilot.h"
#include "tui/actions.h"
#include "tui/export_dialog.h"
#include "tui/listview.h"
#include "tui/objfilter.h"
#include "tui/session.h"
#include "tui/table.h"
#include "tui/text.h"
#include "tui/request.h"
#include "tui/view.h"
#include "tui/widget.h"

#define DETAIL_H 4 /* lines under the list for the reasoning */

enum { C_RANG, C_KENNUNG, C_NAME, C_PUNKTE, C_NUTZEN, C_LEICHT, C_RISIKO, C_PT, C_PF,
       C_KAND, C__N };

enum row_kind { R_HEAD_QW, R_QW, R_HEAD_PK, R_PK };

struct quickwins {
	const struct view_env *env;
	uint32_t *ranked;               /* quick wins, best first */
	size_t n_qw;
	struct pilot_vorschlag *pk;     /* pilot candidates, best first */
	size_t n_pk;
	struct listview lv;             /* items are the rows (headers included) */
	int h, w;
	char keep[128];                 /* Kennung of the selection across reloads */
	int keep_pk;                    /* 1 if it was a candidate row */
};

static const struct table_col columns[C__N] = {
	[C_RANG] = { LBL_RANG, NULL, 4, 0, 0, 0, 1 },
	[C_KENNUNG] = { LBL_F_KENNUNG, NULL, 17, 10, 0, 0, 0 },
	[C_NAME] = { LBL_F_NAME, NULL, 14, 10, 0, 1, 0 },
	[C_PUNKTE] = { LBL_PUNKTE, NULL, 6, 0, 0, 0, 1 },
	[C_NUTZEN] = { LBL_NUTZEN, NULL, 7, 0, 0, 0, 1 }, /* "Benefit" */
	[C_LEICHT] = { LBL_LEICHTIGKEIT, N_("Leicht."), 12, 7, 0, 0, 1 },
	[C_RISIKO] = { LBL_RISIKO, NULL, 6, 0, 0, 0, 1 },
	[C_PT] = { LBL_PT, NULL, 6, 0, 2, 0, 1 },
	[C_PF] = { LBL_PLATTFORM, NULL, 9, 0, 3, 0, 0 },
	[C_KAND] = { N_("Pilot"), NULL, 5, 0, 1, 0, 0 },
};

/* Row layout: header, quick wins, header, candidates. */
static int row_kind(const struct quickwins *q, size_t row, size_t *i)
{
	if (row == 0)
		return R_HEAD_QW;
	if (row <= q->n_qw) {
		*i = row - 1;
		return R_QW;
	}
	if (row == q->n_qw + 1)
		return R_HEAD_PK;
	*i = row - q->n_qw - 2;
	return R_PK;
}

static int selectable(const void *ctx, uint32_t row)
{
	size_t i;
	int k = row_kind(ctx, row, &i);
	return k == R_QW || k == R_PK;
}

static uint32_t row_obj(const struct quickwins *q, size_t row)
{
	size_t i = 0;
	int k = row_kind(q, row, &i);
	return k == R_QW ? q->ranked[i] : k == R_PK ? q->pk[i].obj : WP_NONE;
}

/* ---- the list controller's hooks ---- */

static int match(const void *ctx, uint32_t row, const char *pat)
{
	const struct quickwins *q = ctx;
	uint32_t o = row_obj(q, row);
	return o != WP_NONE && lookup_text(q->env->ws, o, pat);
}

/* Rows stand for objects: a quick win by its store id, a candidate by its negative. */
static int64_t row_id(const void *ctx, uint32_t row)
{
	const struct quickwins *q = ctx;
	size_t i = 0;
	uint32_t o = row_obj(q, row);
	if (o == WP_NONE)
		return 0;
	return row_kind(q, row, &i) == R_PK ? -q->env->ws->obj[o].id : q->env->ws->obj[o].id;
}

static uint32_t find_id(const void *ctx, int64_t id)
{
	const struct quickwins *q = ctx;
	for (size_t r = 0; id && r < q->n_qw + q->n_pk + 2; r++)
		if (row_id(q, (uint32_t)r) == id)
			return (uint32_t)r;
	return UINT32_MAX;
}

/* The first row of the object with that Kennung (its quick win before its candidate). */
static uint32_t jump(const void *ctx, const char *text)
{
	const struct quickwins *q = ctx;
	uint32_t o = lookup_kennung(q->env->ws, text, LOOKUP_PREFIX, NULL);
	for (size_t r = 0; o != WP_NONE && r < q->n_qw + q->n_pk + 2; r++)
		if (row_obj(q, r) == o)
			return (uint32_t)r;
	return UINT32_MAX;
}

static void draw_row(void *ctx, const struct table *t, WINDOW *w, int y, uint32_t row,
		     int selected);

static const struct listview_ops list_ops = {
	.draw = draw_row, .match = match, .id = row_id, .find_id = find_id, .jump = jump,
	.selectable = selectable,
};

static uint32_t qw_selected(struct view *v)
{
	struct quickwins *q = v->priv;
	return q && q->lv.t.n_rows ? row_obj(q, q->lv.t.sel) : WP_NONE;
}

static const char *num2(double v, char *buf, size_t n)
{
	return format_num(v, 2, 0, i18n_german(), buf, n);
}

static void draw_row(void *ctx, const struct table *t, WINDOW *w, int y, uint32_t row,
		     int selected)
{
	struct quickwins *q = ctx;
	const struct ws *ws = q->env->ws;
	const struct assessment *a = q->env->as;
	const struct theme *th = q->env->theme;
	attr_t base = theme_attr(th, ROLE_ROW, selected);
	char b[8][48];
	size_t i = 0;
	int kind = row_kind(q, row, &i);
	if (kind == R_HEAD_QW || kind == R_HEAD_PK) {
		char head[256];
		if (kind == R_HEAD_QW)
			snprintf(head, sizeof head,
				 _("Quick Wins: %zu von %zu Objekten geeignet (empfohlene Plattform "
				   "zulässig, Strategie nicht Retain)"), q->n_qw, ws->n_obj);
		else
			snprintf(head, sizeof head,
				 _("Pilotkandidaten: %zu (Abhängigkeitshülle klein und ganz geeignet, "
				   "noch in keinem Piloten) — P legt einen Piloten an"), q->n_pk);
		text_put(w, y, 0, head, t->width, theme_attr(th, ROLE_GROUP, 0), TEXT_LEFT);
		return;
	}
	uint32_t o = kind == R_QW ? q->ranked[i] : q->pk[i].obj;
	const struct assess_obj *ao = &a->obj[o];
	snprintf(b[0], sizeof b[0], "%zu", i + 1);
	snprintf(b[1], sizeof b[1], "%d", kind == R_QW ? ao->qw : q->pk[i].qw);
	table_cell(t, w, y, C_RANG, b[0], base);
	table_cell(t, w, y, C_KENNUNG, ws->obj[o].kennung, base);
	table_cell(t, w, y, C_NAME, ws->obj[o].name, base);
	table_cell(t, w, y, C_PUNKTE, b[1], theme_attr(th, ROLE_ROW, selected) | A_BOLD);
	if (kind == R_QW) {
		struct qw_parts p;
		assess_qw_parts(ws, o, ao->schutzklasse, ao->aufwand, &p);
		table_cell(t, w, y, C_NUTZEN, num2(p.nutzen, b[2], sizeof b[2]), base);
		table_cell(t, w, y, C_LEICHT, num2(p.leichtigkeit, b[3], sizeof b[3]), base);
		table_cell(t, w, y, C_RISIKO, num2(p.risiko, b[4], sizeof b[4]), base);
		table_cell(t, w, y, C_PT, format_pt(ao->aufwand, i18n_german(), b[5], sizeof b[5]),
			   base);
		table_cell(t, w, y, C_PF, ao->empfohlen < ws->n_pf ? ws->pf[ao->empfohlen].code : "",
			   theme_attr(th, ROLE_VERDICT_OK, selected));
		table_cell(t, w, y, C_KAND, ao->pilot_kandidat ? _("Kand.") : "", base);
		return;
	}
	/* a candidate: its closure across the score-part columns */
	char pt[32], text[512];
	snprintf(text, sizeof text,
		 ngettext("Hülle %zu Objekt, %s PT", "Hülle %zu Objekte, %s PT", q->pk[i].n_huelle),
		 q->pk[i].n_huelle, format_pt(q->pk[i].aufwand, i18n_german(), pt, sizeof pt));
	int x = -1;
	for (int c = C_NUTZEN; c < C__N && x < 0; c++)
		if (t->w[c] > 0)
			x = t->x[c];
	if (x >= 0)
		text_put(w, y, x, text, t->width - x, base, TEXT_LEFT);
}

/* The reasoning of the selected row, word-wrapped into the lines under the list. */
static void draw_detail(struct quickwins *q, WINDOW *win, int y0)
{
	const struct ws *ws = q->env->ws;
	const struct assessment *a = q->env->as;
	const struct theme *th = q->env->theme;
	char text[2048];
	size_t i = 0;
	if (q->lv.note[0]) { /* the search or jump has something to say */
		text_put(win, y0, 0, q->lv.note, q->w, theme_attr(th, ROLE_DIM, 0), TEXT_LEFT);
		return;
	}
	if (!q->lv.t.n_rows || !selectable(q, (uint32_t)q->lv.t.sel))
		return; /* nothing to explain (no quick wins, no candidates) */
	int kind = row_kind(q, q->lv.t.sel, &i);
	int de = i18n_german();
	if (kind == R_QW) {
		char b[6][32], b6[32], b7[32], kb[256];
		uint32_t o = q->ranked[i];
		const struct assess_obj *ao = &a->obj[o];
		struct qw_parts p;
		assess_qw_parts(ws, o, ao->schutzklasse, ao->aufwand, &p);
		snprintf(text, sizeof text,
			 _("%s: Punkte %d = 100·(%s·Nutzen %s + %s·Leichtigkeit %s + %s·(1 − Risiko %s)). "
			   "Nutzen: %s, Fallzahl-Anteil %s; Leichtigkeit aus %s PT Aufwand; Risiko aus "
			   "Schutzklasse %s. %s"),
			 ws->obj[o].kennung, ao->qw,
			 format_num(ws->set.v[SET_QW_NUTZEN], 2, 1, de, b[0], sizeof b[0]),
			 num2(p.nutzen, b[1], sizeof b[1]),
			 format_num(ws->set.v[SET_QW_LEICHT], 2, 1, de, b[2], sizeof b[2]),
			 num2(p.leichtigkeit, b[3], sizeof b[3]),
			 format_num(ws->set.v[SET_QW_RISIKO], 2, 1, de, b[4], sizeof b[4]),
			 num2(p.risiko, b[5], sizeof b[5]),
			 p.ozg ? _("mit einer OZG-Leistung verknüpft") : _("keine OZG-Leistung"),
			 format_num(p.fallzahl_term, 2, 0, de, b6, sizeof b6),
			 format_pt(ao->aufwand, de, b7, sizeof b7),
			 _(enum_label(EK_LEVEL, ao->schutzklasse)),
			 keys_text(ao->pilot_kandidat ? _("Pilotkandidat: {pilot-new} legt den Piloten "
							  "mit seiner Abhängigkeitshülle an.")
						      : _("{pilot-new} legt einen Piloten mit diesem "
							  "Objekt an."), kb, sizeof kb));
	} else {
		char why[1536];
		if (pilot_vorschlag_text(ws, a, &q->pk[i], why, sizeof why) < 0)
			why[0] = '\0';
		char t[2048];
		snprintf(t, sizeof t, _("%s: %s. {pilot-new} legt den Piloten an."),
			 ws->obj[q->pk[i].obj].kennung, why);
		keys_text(t, text, sizeof text);
	}
	size_t start = 0, next;
	for (int y = y0; y < y0 + DETAIL_H && text[start]; y++) {
		size_t len = wrap_line(text, start, q->w, &next);
		char part[2048];
		snprintf(part, sizeof part, "%.*s", (int)len, text + start);
		text_put(win, y, 0, part, q->w, theme_attr(th, ROLE_DIM, 0), TEXT_LEFT);
		start = next;
	}
}

static void qw_layout(struct view *v, int height, int width)
{
	struct quickwins *q = v->priv;
	q->h = height;
	q->w = width;
	int th = height - DETAIL_H - 1;
	table_layout(&q->lv.t, th > 3 ? th : 3, width);
}

static void qw_draw(struct view *v)
{
	struct quickwins *q = v->priv;
	int th = q->h - DETAIL_H - 1;
	if (th < 3)
		th = 3;
	uint32_t o = q->lv.t.n_rows ? row_obj(q, q->lv.t.sel) : WP_NONE;
	size_t i = 0;
	q->keep_pk = q->lv.t.n_rows && row_kind(q, q->lv.t.sel, &i) == R_PK;
	snprintf(q->keep, sizeof q->keep, "%s", o != WP_NONE ? q->env->ws->obj[o].kennung : "");
	WINDOW *sub = derwin(v->win, th, q->w, 0, 0);
	if (sub) {
		table_draw(&q->lv.t, sub);
		delwin(sub);
	}
	if (!q->n_qw)
		text_put(v->win, 4, 2, _("Kein Objekt kommt als Quick Win in Frage."), q->w - 4,
			 theme_attr(q->env->theme, ROLE_DIM, 0), TEXT_LEFT);
	draw_detail(q, v->win, th + 1);
}

static void free_lists(struct quickwins *q)
{
	free(q->ranked);
	q->ranked = NULL;
	pilot_vorschlaege_free(q->pk, q->n_pk);
	q->pk = NULL;
	q->n_qw = q->n_pk = 0;
}

static int build(struct quickwins *q)
{
	const struct ws *ws = q->env->ws;
	free_lists(q);
	q->ranked = malloc((ws->n_obj ? ws->n_obj : 1) * sizeof *q->ranked);
	if (!q->ranked)
		return -WP_ENOMEM;
	q->n_qw = assess_quickwins(ws, q->env->as, q->ranked);
	if (pilot_vorschlaege(ws, q->env->as, &q->pk, &q->n_pk))
		return -WP_ENOMEM;
	return listview_set_source(&q->lv, NULL, q->n_qw + q->n_pk + 2, 0);
}

static int export_write(void *ctx, struct csvout *o)
{
	struct quickwins *q = ctx;
	return export_quickwins(q->env->ws, q->env->as, o);
}

/* Hands the selected row's objects to the Piloten view (a request to the app). */
static int start_pilot(struct quickwins *q)
{
	const struct ws *ws = q->env->ws;
	struct pilot_request *rq = q->env->req ? &q->env->req->pilot : NULL;
	size_t i = 0;
	if (!rq || !q->lv.t.n_rows || !selectable(q, q->lv.t.sel))
		return VF_HANDLED;
	int kind = row_kind(q, q->lv.t.sel, &i);
	uint32_t o = row_obj(q, q->lv.t.sel);
	const struct pilot_vorschlag *pv = NULL;
	if (kind == R_PK)
		pv = &q->pk[i];
	for (size_t k = 0; k < q->n_pk && !pv; k++)
		if (q->pk[k].obj == o)
			pv = &q->pk[k];
	size_t n = pv ? pv->n_huelle : 1;
	uint32_t *objs = malloc(n * sizeof *objs);
	if (!objs) {
		session_message(q->env->ses, 1, "%s", wp_strerror(WP_ENOMEM));
		return VF_HANDLED | VF_REDRAW;
	}
	if (pv)
		memcpy(objs, pv->huelle, n * sizeof *objs);
	else
		objs[0] = o;
	free(rq->objs);
	rq->objs = objs;
	rq->n = n;
	snprintf(rq->name, sizeof rq->name, "%.100s", ws->obj[o].name);
	return request_new_pilot(q->env->req);
}

static int qw_handle(struct view *v, int action)
{
	struct quickwins *q = v->priv;
	switch (action) {
	case ACT_PILOT_NEW:
		return start_pilot(q);
	case ACT_EXPORT:
		if (export_dialog_push(q->env->overlays, q->env, v->title, "quickwins",
				       export_write, q))
			session_message(q->env->ses, 1, "%s", wp_strerror(WP_ENOMEM));
		return VF_HANDLED | VF_REDRAW;
	default:
		return listview_handle(&q->lv, action);
	}
}

static int qw_click(struct view *v, int y, int x)
{
	struct quickwins *q = v->priv;
	(void)x;
	if (y < 1)
		return 0;
	return table_click(&q->lv.t, y - 1);
}

static void qw_info(struct view *v, char *buf, size_t n)
{
	struct quickwins *q = v->priv;
	size_t i = 0;
	if (!q->lv.t.n_rows || !selectable(q, q->lv.t.sel)) {
		buf[0] = '\0';
		return;
	}
	if (row_kind(q, q->lv.t.sel, &i) == R_QW)
		snprintf(buf, n, _("Quick Win %zu von %zu"), i + 1, q->n_qw);
	else
		snprintf(buf, n, _("Pilotkandidat %zu von %zu"), i + 1, q->n_pk);
}

static int qw_reload(struct view *v)
{
	struct quickwins *q = v->priv;
	char keep[128];
	int pk = q->keep_pk;
	snprintf(keep, sizeof keep, "%s", q->keep);
	int rc = build(q);
	uint32_t o = keep[0] ? ws_find_objekt(q->env->ws, keep) : WP_NONE;
	size_t want = 1;
	for (size_t r = 0; o != WP_NONE && r < q->lv.t.n_rows; r++) {
		size_t i = 0;
		int k = row_kind(q, r, &i);
		if (row_obj(q, r) == o && (k == R_PK) == pk) {
			want = r;
			break;
		}
	}
	table_select(&q->lv.t, want);
	return rc;
}

static int qw_open(struct view *v)
{
	struct quickwins *q = calloc(1, sizeof *q);
	if (!q)
		return -WP_ENOMEM;
	v->priv = q;
	q->env = v->env;
	listview_init(&q->lv, columns, C__N, v->env->theme, &list_ops, q, v->env->overlays);
	int rc = build(q);
	table_select(&q->lv.t, 1); /* the first quick win, below the header */
	return rc;
}

static void qw_destroy(struct view *v)
{
	struct quickwins *q = v->priv;
	if (!q)
		return;
	overlay_drop_owner(q->env->overlays, q);
	free_lists(q);
	listview_free(&q->lv);
	free(q);
	v->priv = NULL;
}

const struct view_ops view_quickwins_ops = {
	.name = "quickwins",
	.open = qw_open,
	.layout = qw_layout,
	.draw = qw_draw,
	.handle = qw_handle,
	.click = qw_click,
	.info = qw_info,
	.destroy = qw_destroy,
	.selected = qw_selected,
	.reload = qw_reload,
	.offers = listview_offers_unsorted,
};
