/* Roadmap (tab 5): the stored Zeitplan as a timeline of its reporting waves (the derived
 * wave view, plan_aus_zeitplan) — one column per wave, the load summed from its months
 * against their capacity, the contract ends falling into it (marked when one is at risk),
 * swimlanes per Behörde or per strategy with the number of objects going live — above the
 * objects of the chosen wave with Beginn–Ende and Hinweise, and the findings of the checker
 * (sched_check) as violations. The last column holds the objects that are not planned, with
 * their reasons. w pins the chosen object's Beginn to a month, p plans anew, x exports the
 * roadmap CSV (the same writer as `wolkenplan export roadmap`). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/edit.h"
#include "data/export_zeitplan.h"
#include "data/store_plan.h"
#include "model/date.h"
#include "model/enums.h"
#include "model/fields.h"
#include "model/i18n.h"
#include "model/lookup.h"
#include "model/monat.h"
#include "model/plan.h"
#include "tui/actions.h"
#include "tui/dialog.h"
#include "tui/export_dialog.h"
#include "tui/listview.h"
#include "tui/objfilter.h"
#include "tui/planwork.h"
#include "tui/session.h"
#include "tui/table.h"
#include "tui/text.h"
#include "tui/view.h"

#define LABEL_W_MAX 24 /* lane label column */
#define CELL_W 5       /* one wave column: 4 columns of content and a gap */
#define WARN_MAX 4     /* warning lines shown at most */

enum lane_kind { LANES_BEHOERDE, LANES_STRATEGIE };
enum { C_MARK, C_KENNUNG, C_NAME, C_BEH, C_STRAT, C_PT, C__N_ONE, C_HINW = C__N_ONE, C__N };

struct roadmap {
	const struct view_env *env;
	struct zeitplan *zp;          /* stored Zeitplan, or NULL */
	struct plan *pl;              /* its derived wave view, or NULL */
	char err[1024];               /* why the plan could not be read */
	uint32_t *order;              /* zeitplan_order: planned by Ende, then unplanned */
	size_t *cstart;               /* column k's objects: order[cstart[k] .. cstart[k+1]) */
	size_t n_cols;                /* waves + 1 (the unplanned) */
	struct sched_befund *viol;    /* sched_check on the stored plan */
	size_t n_viol, n_frist;
	uint8_t *obj_flag;            /* per object: 1 = named in a broken rule */
	int lanes;                    /* enum lane_kind */
	uint32_t *lane_of;            /* per object: its lane */
	uint32_t *lane_key;           /* per lane: Behörde index or strategy */
	size_t n_lanes;
	uint32_t *ends;               /* per wave: contract ends in its period */
	uint8_t *ends_risk;           /* per wave: 1 = one of them is at risk */
	size_t cur;                   /* the chosen column */
	size_t col0, lane0;           /* first wave column / lane shown */
	struct listview lv;           /* the chosen column's objects (items: object indexes) */
	int h, w;                     /* body size */
	int label_w, vis_cols, vis_lanes, n_warn, y_lanes, y_title;
	uint32_t prompt_obj;          /* the object of the open pin prompt */
	char keep[128];               /* Kennung of the selection across reloads */
};

static const struct table_col columns[C__N] = {
	[C_MARK] = { " ", NULL, 1, 0, 0, 0, 0 },
	[C_KENNUNG] = { N_("Kennung"), NULL, 17, 10, 0, 0, 0 },
	[C_NAME] = { N_("Name"), NULL, 26, 12, 0, 0, 0 },
	[C_BEH] = { N_("Behörde"), NULL, 18, 10, 3, 0, 0 },
	[C_STRAT] = { N_("Strategie"), NULL, 10, 0, 4, 0, 0 },
	[C_PT] = { N_("PT"), NULL, 6, 0, 2, 0, 1 },
	[C_HINW] = { N_("Hinweise"), NULL, 12, 10, 1, 1, 0 },
};

static size_t n_waves(const struct roadmap *r)
{
	return r->pl ? r->pl->n_welle : 0;
}

static uint32_t col_obj(const struct roadmap *r, size_t row)
{
	return r->lv.rows[row];
}

static uint32_t rm_selected(struct view *v)
{
	struct roadmap *r = v->priv;
	if (!r || !r->pl || r->lv.t.n_rows == 0)
		return WP_NONE;
	return col_obj(r, r->lv.t.sel);
}

static void free_plan_state(struct roadmap *r)
{
	plan_free(&r->pl);
	zeitplan_free(&r->zp);
	free(r->order);
	free(r->cstart);
	free(r->viol);
	free(r->obj_flag);
	free(r->lane_of);
	free(r->lane_key);
	free(r->ends);
	free(r->ends_risk);
	r->order = NULL;
	r->cstart = NULL;
	r->viol = NULL;
	r->obj_flag = NULL;
	r->lane_of = r->lane_key = r->ends = NULL;
	r->ends_risk = NULL;
	r->n_cols = r->n_viol = r->n_frist = r->n_lanes = 0;
	r->err[0] = '\0';
}

/* Lane order: Behörden by name (ties in index order: the sort is stable), strategies in
 * their enum order. */
static int cmp_beh(const void *ctx, int key, uint32_t x, uint32_t y)
{
	const struct ws *w = ctx;
	(void)key;
	return strcmp(w->beh[x].name, w->beh[y].name);
}

/* The lanes and each object's lane; the counts per cell are made for the visible cells
 * only, when drawn (a plan may have thousands of waves). Returns 0 or -WP_ENOMEM. */
static int build_lanes(struct roadmap *r)
{
	const struct ws *w = r->env->ws;
	const struct assessment *a = r->env->as;
	size_t nk = r->lanes == LANES_BEHOERDE ? w->n_beh : (size_t)enum_count(EK_STRATEGIE);
	uint32_t *slot = malloc((nk ? nk : 1) * sizeof *slot);
	uint32_t *scratch = malloc((nk ? nk : 1) * sizeof *scratch);
	free(r->lane_of);
	free(r->lane_key);
	r->lane_of = malloc((w->n_obj ? w->n_obj : 1) * sizeof *r->lane_of);
	r->lane_key = malloc((nk ? nk : 1) * sizeof *r->lane_key);
	if (!slot || !scratch || !r->lane_of || !r->lane_key) {
		free(slot);
		free(scratch);
		return -WP_ENOMEM;
	}
	for (size_t k = 0; k < nk; k++)
		slot[k] = WP_NONE;
	for (size_t o = 0; o < w->n_obj; o++) {
		uint32_t key = r->lanes == LANES_BEHOERDE ? w->obj[o].behoerde : a->obj[o].strategie;
		if (key < nk)
			slot[key] = 1;
	}
	r->n_lanes = 0;
	for (size_t k = 0; k < nk; k++)
		if (slot[k] != WP_NONE)
			r->lane_key[r->n_lanes++] = (uint32_t)k;
	if (r->lanes == LANES_BEHOERDE)
		listview_sort(r->lane_key, r->n_lanes, scratch, cmp_beh, w, 0, 0);
	free(scratch);
	for (size_t l = 0; l < r->n_lanes; l++)
		slot[r->lane_key[l]] = (uint32_t)l;
	for (size_t o = 0; o < w->n_obj; o++) {
		uint32_t key = r->lanes == LANES_BEHOERDE ? w->obj[o].behoerde : a->obj[o].strategie;
		r->lane_of[o] = key < nk ? slot[key] : 0;
	}
	free(slot);
	return 0;
}

/* Loads the stored plan and derives everything shown. Returns 0 or -WP_ENOMEM. */
static int build(struct roadmap *r)
{
	const struct ws *w = r->env->ws;
	struct wp_err e = { 0 };
	struct sched_befund *all = NULL;
	size_t n_all = 0;
	free_plan_state(r);
	int rc = pw_plan_load(r->env, &r->zp, &r->pl, &e);
	if (rc < 0 && rc != -WP_ENOMEM) {
		snprintf(r->err, sizeof r->err, "%s", e.msg);
		rc = 0;
	}
	if (rc < 0)
		return rc;
	if (!r->pl)
		return listview_set_source(&r->lv, NULL, 0, 0);
	size_t nw = r->pl->n_welle;
	r->n_cols = nw + 1;
	r->order = malloc((w->n_obj ? w->n_obj : 1) * sizeof *r->order);
	r->cstart = calloc(r->n_cols + 1, sizeof *r->cstart);
	r->obj_flag = calloc(w->n_obj ? w->n_obj : 1, 1);
	r->ends = calloc(nw + 1, sizeof *r->ends);
	r->ends_risk = calloc(nw + 1, 1);
	if (!r->order || !r->cstart || !r->obj_flag || !r->ends || !r->ends_risk)
		return -WP_ENOMEM;
	long planned = zeitplan_order(w, r->zp, r->order);
	if (planned < 0)
		return -WP_ENOMEM;
	/* column starts: order holds the planned ones by wave, then the unplanned */
	size_t i = 0;
	for (size_t k = 0; k < nw; k++) {
		r->cstart[k] = i;
		while (i < (size_t)planned && r->pl->obj[r->order[i]].welle == (uint32_t)r->pl->welle[k].nr)
			i++;
	}
	r->cstart[nw] = (size_t)planned;
	r->cstart[nw + 1] = w->n_obj;
	if (sched_check(&r->zp->in, r->zp->plan, &all, &n_all))
		return -WP_ENOMEM;
	/* the findings are listed; the deadlines at risk counted */
	for (size_t k = 0; k < n_all; k++) {
		if (all[k].obj < w->n_obj)
			r->obj_flag[all[k].obj] = 1;
		if (all[k].other < w->n_obj)
			r->obj_flag[all[k].other] = 1;
	}
	r->viol = all;
	r->n_viol = n_all;
	for (size_t o = 0; o < w->n_obj && o < r->zp->plan->n_obj; o++)
		r->n_frist += (r->zp->plan->obj[o].flags & SF_FRIST) != 0;
	/* contract ends per wave: a marker, at risk when the object is planned later */
	for (size_t o = 0; o < w->n_obj; o++) {
		int32_t v = w->obj[o].vertragsende;
		if (v == DATE_NONE)
			continue;
		/* the waves follow each other: binary search for the one holding v */
		size_t lo = 0, hi = nw;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (r->pl->welle[mid].ende < v)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo < nw && v >= r->pl->welle[lo].beginn) {
			r->ends[lo]++;
			if (r->pl->obj[o].flags & PH_FRIST)
				r->ends_risk[lo] = 1;
		}
	}
	return build_lanes(r);
}

/* Shows column c with its objects; selects object o if it is there, else the first. */
static void show_col(struct roadmap *r, size_t c, uint32_t o)
{
	if (!r->pl)
		return;
	if (c >= r->n_cols)
		c = r->n_cols - 1;
	r->cur = c;
	r->lv.t.sel = 0;
	r->lv.t.top = 0;
	listview_set_source(&r->lv, r->order + r->cstart[c], r->cstart[c + 1] - r->cstart[c], 0);
	if (o != WP_NONE)
		listview_select(&r->lv, o);
}

/* The column of object o (its wave, or the unplanned one). */
static size_t col_of(const struct roadmap *r, uint32_t o)
{
	uint32_t wn = r->pl->obj[o].welle;
	return wn >= 1 && wn <= r->pl->n_welle ? wn - 1 : r->pl->n_welle;
}

static void select_obj(struct roadmap *r, uint32_t o)
{
	if (!r->pl)
		return;
	if (o == WP_NONE || o >= r->env->ws->n_obj)
		show_col(r, r->cur < r->n_cols ? r->cur : 0, WP_NONE);
	else
		show_col(r, col_of(r, o), o);
}

/* ---- layout ---- */

static void rm_layout(struct view *v, int height, int width)
{
	struct roadmap *r = v->priv;
	r->h = height;
	r->w = width;
	r->label_w = width / 5 < LABEL_W_MAX ? width / 5 : LABEL_W_MAX;
	r->vis_cols = (width - r->label_w - 1) / CELL_W;
	if (r->vis_cols < 1)
		r->vis_cols = 1;
	/* summary, year, quarter, load, deadlines: five lines; then lanes, warnings, the
	 * wave's title and the table (header + at least a third of the height) */
	r->n_warn = r->n_viol ? (int)(r->n_viol < WARN_MAX ? r->n_viol : WARN_MAX) : 0;
	if (height < 30 && r->n_warn > 2)
		r->n_warn = 2;
	int table_min = height / 3 > 7 ? height / 3 : 7;
	r->vis_lanes = height - 5 - r->n_warn - 1 - table_min;
	if (r->vis_lanes < 1)
		r->vis_lanes = 1;
	if ((size_t)r->vis_lanes > r->n_lanes)
		r->vis_lanes = (int)r->n_lanes;
	r->y_lanes = 5;
	r->y_title = 5 + r->vis_lanes + r->n_warn;
	int th = height - r->y_title - 1;
	table_layout(&r->lv.t, th > 2 ? th : 2, width);
}

/* Keeps the chosen column and the selected object's lane in view. */
static void keep_in_view(struct roadmap *r)
{
	if (r->cur < r->col0)
		r->col0 = r->cur;
	if (r->cur >= r->col0 + (size_t)r->vis_cols)
		r->col0 = r->cur - (size_t)r->vis_cols + 1;
	uint32_t o = r->lv.t.n_rows ? col_obj(r, r->lv.t.sel) : WP_NONE;
	if (o != WP_NONE) {
		size_t l = r->lane_of[o];
		if (l < r->lane0)
			r->lane0 = l;
		if (l >= r->lane0 + (size_t)r->vis_lanes)
			r->lane0 = l - (size_t)r->vis_lanes + 1;
	}
	if (r->lane0 + (size_t)r->vis_lanes > r->n_lanes)
		r->lane0 = r->n_lanes > (size_t)r->vis_lanes ? r->n_lanes - (size_t)r->vis_lanes : 0;
}

/* ---- drawing ---- */

static const char *pt(double v, char *buf, size_t n)
{
	return format_pt(v, i18n_german(), buf, n);
}

static void draw_row(void *ctx, const struct table *t, WINDOW *w, int y, uint32_t o,
		     int selected)
{
	struct roadmap *r = ctx;
	const struct ws *ws = r->env->ws;
	const struct theme *th = r->env->theme;
	char b[32], hb[1024];
	attr_t base = theme_attr(th, ROLE_ROW, selected);
	const char *mark = r->obj_flag[o] ? "!" : ws->obj[o].pin_monat ? theme_glyph(th, GL_MARK) : "";
	table_cell(t, w, y, C_MARK, mark, r->obj_flag[o] ? theme_attr(th, ROLE_VERDICT_BLOCKED, selected) : base);
	table_cell(t, w, y, C_KENNUNG, ws->obj[o].kennung, base);
	table_cell(t, w, y, C_NAME, ws->obj[o].name, base);
	table_cell(t, w, y, C_BEH, ws->beh[ws->obj[o].behoerde].name, base);
	table_cell(t, w, y, C_STRAT, _(enum_label(EK_STRATEGIE, r->env->as->obj[o].strategie)), base);
	const struct sched_obj_out *po = &r->zp->plan->obj[o];
	table_cell(t, w, y, C_PT, po->grund == SG_GEPLANT ? pt(po->rest / 2.0, b, sizeof b) : "",
		   base);
	char sp[48] = "";
	if (po->grund == SG_GEPLANT && po->beginn != SCHED_KEIN) {
		char m1[16], m2[16];
		snprintf(sp, sizeof sp, "%s–%s ", monat_format(po->beginn, i18n_german(), m1, sizeof m1),
			 monat_format(po->ende, i18n_german(), m2, sizeof m2));
	}
	size_t off = strlen(sp);
	memcpy(hb, sp, off);
	if (zeitplan_hinweise(r->zp, ws, r->env->as, o, hb + off, sizeof hb - off) < 0)
		hb[off] = '\0';
	int warn = r->obj_flag[o] || (po->flags & SF_FRIST);
	table_cell(t, w, y, C_HINW, hb, warn ? theme_attr(th, ROLE_VERDICT_OPEN, selected) : base);
}

/* Label of column k in the quarter line: "Q3" (or the month for waves that are not whole
 * quarters), "–" for the unplanned. */
static void col_label(const struct roadmap *r, size_t k, char *buf, size_t n)
{
	if (k >= n_waves(r)) {
		snprintf(buf, n, "%s", _("ohne"));
		return;
	}
	int y, m, d;
	date_to_ymd(r->pl->welle[k].beginn, &y, &m, &d);
	if (r->pl->params.wellen_laenge % 3 == 0)
		snprintf(buf, n, "Q%d", (m - 1) / 3 + 1);
	else
		snprintf(buf, n, "%02d", m);
}

static void draw_no_plan(struct roadmap *r, WINDOW *win)
{
	const struct theme *th = r->env->theme;
	struct zeitplan_params p;
	char line[512], b[32], r2[32], m[16], t[512];
	int y = r->h / 2 - 3, w = r->w - 4;
	pw_plan_params(r->env, &p);
	text_put(win, y, 2, _("Noch kein Plan gespeichert."), w, theme_attr(th, ROLE_GROUP, 0),
		 TEXT_LEFT);
	snprintf(t, sizeof t,
		 _("{replan} plant den Zeitplan ab %s (%s PT je Monat, höchstens %s PT je Objekt und "
		   "Monat) und speichert ihn; ein festgelegter Beginn bleibt."),
		 monat_format(p.start, i18n_german(), m, sizeof m), pt(p.kapazitaet / 2.0, b, sizeof b),
		 pt(p.tempo / 2.0, r2, sizeof r2));
	keys_text(t, line, sizeof line);
	size_t start = 0, next;
	int yy = y + 2;
	while (line[start] && yy < r->h) {
		size_t len = wrap_line(line, start, w, &next);
		char part[512];
		snprintf(part, sizeof part, "%.*s", (int)len, line + start);
		text_put(win, yy++, 2, part, w, theme_attr(th, ROLE_ROW, 0), TEXT_LEFT);
		start = next;
	}
	if (r->err[0])
		text_put(win, yy + 1, 2, r->err, w, theme_attr(th, ROLE_VERDICT_BLOCKED, 0), TEXT_LEFT);
	text_put(win, yy + 1 + (r->err[0] != 0), 2,
		 _("Vorschau ohne Speichern auf der Befehlszeile: wolkenplan plan --dry-run"), w,
		 theme_attr(th, ROLE_DIM, 0), TEXT_LEFT);
}

static void draw_cell(WINDOW *win, int y, int x, const char *s, attr_t a)
{
	text_put(win, y, x, s, CELL_W - 1, a, TEXT_RIGHT);
}

static void remember(struct roadmap *r);

static void rm_draw(struct view *v)
{
	struct roadmap *r = v->priv;
	WINDOW *win = v->win;
	const struct theme *th = r->env->theme;
	const struct ws *ws = r->env->ws;
	char buf[1024], b1[32], b2[32], b3[32];
	if (!r->pl) {
		draw_no_plan(r, win);
		return;
	}
	keep_in_view(r);
	remember(r); /* the selection an edit elsewhere should find again (rm_reload) */
	size_t nw = n_waves(r), planned = r->cstart[nw];
	attr_t row = theme_attr(th, ROLE_ROW, 0), dim = theme_attr(th, ROLE_DIM, 0);
	attr_t head = theme_attr(th, ROLE_HEADER, 0), bad = theme_attr(th, ROLE_VERDICT_BLOCKED, 0);
	/* summary */
	char sm[16];
	snprintf(buf, sizeof buf,
		 _("Plan ab %s · %zu Wellen à %d Monate · %zu von %zu geplant · %zu Fristen "
		   "gefährdet · %zu Verstöße"),
		 monat_format(r->zp->params.start, i18n_german(), sm, sizeof sm), nw,
		 (int)r->zp->params.wellen_laenge, planned, ws->n_obj, r->n_frist, r->n_viol);
	text_put(win, 0, 0, buf, r->w, r->n_viol ? theme_attr(th, ROLE_VERDICT_OPEN, 0) : row,
		 TEXT_LEFT);
	/* row labels */
	text_put(win, 1, 0, _("Jahr"), r->label_w, dim, TEXT_LEFT);
	text_put(win, 2, 0, r->lanes == LANES_BEHOERDE ? _("Behörde (v)") : _("Strategie (v)"),
		 r->label_w, head, TEXT_LEFT);
	text_put(win, 3, 0, _("Auslastung %"), r->label_w, row, TEXT_LEFT);
	text_put(win, 4, 0, _("Vertragsenden"), r->label_w, row, TEXT_LEFT);
	int prev_year = -1;
	for (int c = 0; c < r->vis_cols; c++) {
		size_t k = r->col0 + (size_t)c;
		if (k >= r->n_cols)
			break;
		int x = r->label_w + 1 + c * CELL_W;
		int chosen = k == r->cur;
		col_label(r, k, b1, sizeof b1);
		draw_cell(win, 2, x, b1, chosen ? theme_attr(th, ROLE_TAB_ACTIVE, 0) : head);
		if (k >= nw)
			continue;
		const struct plan_welle *wv = &r->pl->welle[k];
		int y, m, d;
		date_to_ymd(wv->beginn, &y, &m, &d);
		if (y != prev_year) {
			snprintf(b2, sizeof b2, "%d", y);
			text_put(win, 1, x, b2, CELL_W - 1, dim, TEXT_RIGHT);
			prev_year = y;
		}
		/* load: a bar of eight levels and the percent of the capacity; over it "!" */
		int over = wv->belegt > wv->kapazitaet + 1e-9;
		if (wv->kapazitaet > 0) {
			static const char *const bar[] = { "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█" };
			static const char *const abar[] = { ".", ".", ":", ":", "=", "=", "#", "#" };
			double pct = 100.0 * wv->belegt / wv->kapazitaet;
			int lv = (int)(pct * 7 / 100); /* full only at 100 % */
			lv = lv < 0 ? 0 : lv > 7 ? 7 : lv;
			snprintf(b2, sizeof b2, "%s%3.0f", over ? "!" : r->env->theme->ascii ? abar[lv] : bar[lv],
				 pct > 999 ? 999 : pct + 1e-9);
		} else {
			snprintf(b2, sizeof b2, "%s", wv->belegt > 0 ? "!" : "–");
		}
		draw_cell(win, 3, x, b2, over ? bad : row);
		if (r->ends[k]) {
			snprintf(b3, sizeof b3, "%s%u", theme_glyph(r->env->theme, GL_DIAMOND), r->ends[k]);
			draw_cell(win, 4, x, b3, r->ends_risk[k] ? bad : row);
		}
	}
	/* lanes: the objects of the visible columns counted into the visible cells */
	uint32_t so = r->lv.t.n_rows ? col_obj(r, r->lv.t.sel) : WP_NONE;
	size_t ncell = (size_t)(r->vis_lanes > 0 ? r->vis_lanes : 0) * (size_t)r->vis_cols;
	uint32_t *cnt = calloc(ncell + 1, sizeof *cnt);
	uint8_t *risk = calloc(ncell + 1, 1);
	for (int c = 0; cnt && risk && c < r->vis_cols; c++) {
		size_t k = r->col0 + (size_t)c;
		for (size_t i = k < r->n_cols ? r->cstart[k] : 0; k < r->n_cols && i < r->cstart[k + 1];
		     i++) {
			uint32_t o = r->order[i];
			size_t l = r->lane_of[o];
			if (l < r->lane0 || l >= r->lane0 + (size_t)r->vis_lanes)
				continue;
			size_t cell = (l - r->lane0) * (size_t)r->vis_cols + (size_t)c;
			cnt[cell]++;
			if (r->obj_flag[o] || (r->pl->obj[o].flags & PH_FRIST))
				risk[cell] = 1;
		}
	}
	for (int li = 0; cnt && risk && li < r->vis_lanes; li++) {
		size_t l = r->lane0 + (size_t)li;
		if (l >= r->n_lanes)
			break;
		int y = r->y_lanes + li;
		uint32_t key = r->lane_key[l];
		const char *name = r->lanes == LANES_BEHOERDE ? ws->beh[key].name
							      : _(enum_label(EK_STRATEGIE, (int)key));
		int mine = so != WP_NONE && r->lane_of[so] == l;
		text_put(win, y, 0, name, r->label_w, mine ? theme_attr(th, ROLE_GROUP, 0) : row,
			 TEXT_LEFT);
		for (int c = 0; c < r->vis_cols; c++) {
			size_t k = r->col0 + (size_t)c;
			if (k >= r->n_cols)
				break;
			int x = r->label_w + 1 + c * CELL_W;
			size_t cell = (size_t)li * (size_t)r->vis_cols + (size_t)c;
			uint32_t n = cnt[cell];
			if (n)
				snprintf(b1, sizeof b1, risk[cell] ? "%u!" : "%u", n);
			else
				snprintf(b1, sizeof b1, "%s", theme_glyph(r->env->theme, GL_DOT));
			attr_t a = n ? (risk[cell] ? bad : row) : dim;
			if (mine && k == r->cur)
				a |= A_REVERSE;
			draw_cell(win, y, x, b1, a);
		}
	}
	free(cnt);
	free(risk);
	/* broken rules */
	for (int i = 0; i < r->n_warn; i++) {
		int y = r->y_lanes + r->vis_lanes + i;
		if (i == r->n_warn - 1 && r->n_viol > (size_t)r->n_warn) {
			snprintf(buf, sizeof buf, _("! … und %zu weitere Verstöße (wolkenplan check)"),
				 r->n_viol - (size_t)i);
		} else {
			char t[900];
			sched_befund_text(&r->zp->in, &r->viol[i], t, sizeof t);
			snprintf(buf, sizeof buf, "! %s", t);
		}
		text_put(win, y, 0, buf, r->w, bad, TEXT_LEFT);
	}
	/* the chosen column */
	if (r->cur < nw) {
		const struct plan_welle *wv = &r->pl->welle[r->cur];
		char d1[16], d2[16];
		int de = i18n_german();
		size_t n = r->cstart[r->cur + 1] - r->cstart[r->cur];
		char t[1024];
		snprintf(t, sizeof t,
			 ngettext("Welle %d · %s – %s · %s / %s PT · %zu Objekt   {left:1}/{right:1} "
				  "Welle, {pin} Beginn festlegen, {replan} neu planen",
				  "Welle %d · %s – %s · %s / %s PT · %zu Objekte   {left:1}/{right:1} "
				  "Welle, {pin} Beginn festlegen, {replan} neu planen", n),
			 wv->nr, date_format(wv->beginn, de, d1, sizeof d1),
			 date_format(wv->ende, de, d2, sizeof d2), pt(wv->belegt, b1, sizeof b1),
			 pt(wv->kapazitaet, b2, sizeof b2), n);
		text_put(win, r->y_title, 0, keys_text(t, buf, sizeof buf), r->w,
			 theme_attr(th, wv->belegt > wv->kapazitaet + 1e-9 ? ROLE_VERDICT_BLOCKED
									     : ROLE_GROUP, 0),
			 TEXT_LEFT);
	} else {
		size_t n = r->cstart[nw + 1] - r->cstart[nw];
		char t[1024];
		snprintf(t, sizeof t,
			 ngettext("Nicht geplant · %zu Objekt mit Grund   {left:1} zurück zu den Wellen",
				  "Nicht geplant · %zu Objekte mit Grund   {left:1} zurück zu den Wellen",
				  n), n);
		text_put(win, r->y_title, 0, keys_text(t, buf, sizeof buf), r->w,
			 theme_attr(th, ROLE_GROUP, 0), TEXT_LEFT);
	}
	if (r->lv.note[0]) /* what the search or jump has to say, in place of the title */
		text_put(win, r->y_title, 0, r->lv.note, r->w, theme_attr(th, ROLE_GROUP, 0),
			 TEXT_LEFT);
	WINDOW *sub = derwin(win, r->h - r->y_title - 1, r->w, r->y_title + 1, 0);
	if (sub) {
		table_draw(&r->lv.t, sub);
		if (!r->lv.t.n_rows)
			text_put(sub, 1, 2, _("keine Objekte in dieser Welle"), r->w - 4, dim,
				 TEXT_LEFT);
		delwin(sub);
	}
}

/* ---- the list controller's hooks (items are object indexes) ---- */
static int match(const void *ctx, uint32_t o, const char *pat)
{
	return lookup_text(((const struct roadmap *)ctx)->env->ws, o, pat);
}

static int64_t obj_id(const void *ctx, uint32_t o)
{
	return ((const struct roadmap *)ctx)->env->ws->obj[o].id; /* o is a shown object */
}

static uint32_t find_id(const void *ctx, int64_t id)
{
	return edit_find_id(((const struct roadmap *)ctx)->env->ws, id);
}

static uint32_t jump(const void *ctx, const char *text)
{
	const struct roadmap *r = ctx; /* without a plan there is no column to jump in */
	return r->pl ? lookup_kennung(r->env->ws, text, LOOKUP_PREFIX, NULL) : UINT32_MAX;
}

/* A jump to an object of another wave: that wave's column. */
static const char *unhide(void *ctx, uint32_t o)
{
	select_obj(ctx, o);
	return NULL;
}

static const struct listview_ops list_ops = {
	.draw = draw_row, .match = match, .id = obj_id, .find_id = find_id, .jump = jump,
	.unhide = unhide,
};

/* ---- actions ---- */

static int export_write(void *ctx, struct csvout *o)
{
	struct roadmap *r = ctx;
	return export_roadmap(r->env->ws, r->env->as, r->zp, o);
}

static void remember(struct roadmap *r)
{
	uint32_t o = r->pl && r->lv.t.n_rows ? col_obj(r, r->lv.t.sel) : WP_NONE;
	snprintf(r->keep, sizeof r->keep, "%s", o != WP_NONE ? r->env->ws->obj[o].kennung : "");
}

static int rm_reload(struct view *v)
{
	struct roadmap *r = v->priv;
	size_t cur = r->cur;
	int rc = build(r);
	if (r->w)
		rm_layout(v, r->h, r->w);
	uint32_t o = r->keep[0] ? ws_find_objekt(r->env->ws, r->keep) : WP_NONE;
	if (r->pl) {
		if (o != WP_NONE)
			select_obj(r, o);
		else
			show_col(r, cur, WP_NONE);
	}
	return rc;
}

/* The month of the pin prompt was entered: pin the Beginn (empty or 0 lifts the pin);
 * anything else than a month stays in the prompt with the reason. */
static int pin_done(void *owner, void *state, int result)
{
	struct roadmap *r = owner;
	if (result != WR_DONE)
		return VF_REDRAW;
	const char *s = dialog_value(state);
	while (*s == ' ')
		s++;
	int32_t monat = 0;
	int lift = !*s || strcmp(s, "0") == 0;
	if (!lift && monat_parse(s, 0, &monat)) {
		char msg[256];
		snprintf(msg, sizeof msg, _("\"%s\" ist kein Monat, erwartet: JJJJ-MM oder MM.JJJJ "
					    "(Jahr 2000 bis 2100; leer hebt die Festlegung auf)"), s);
		dialog_set_error(state, msg);
		return OVERLAY_KEEP | VF_REDRAW;
	}
	uint32_t o = r->prompt_obj;
	snprintf(r->keep, sizeof r->keep, "%s", r->env->ws->obj[o].kennung);
	if (lift && r->env->ws->obj[o].pin_monat == 0) {
		session_message(r->env->ses, 0, _("der Beginn von %s ist nicht festgelegt — nichts "
						  "wurde geändert"), r->env->ws->obj[o].kennung);
		return VF_REDRAW;
	}
	pw_pin(r->env, o, monat);
	return VF_REDRAW;
}

static void open_pin_prompt(struct roadmap *r)
{
	uint32_t o = col_obj(r, r->lv.t.sel);
	const struct sched_obj_out *po = &r->zp->plan->obj[o];
	char label[512], init[16] = "";
	snprintf(label, sizeof label,
		 _("Beginn von %s festlegen (Monat JJJJ-MM oder MM.JJJJ; leer hebt die Festlegung "
		   "auf):"), r->env->ws->obj[o].kennung);
	int32_t m = r->env->ws->obj[o].pin_monat ? r->env->ws->obj[o].pin_monat
		    : po->grund == SG_GEPLANT && po->beginn != SCHED_KEIN ? po->beginn : 0;
	if (m)
		monat_format(m, i18n_german(), init, sizeof init);
	r->prompt_obj = o;
	dialog_push_prompt(r->env->overlays, _("Beginn festlegen"), label, init, r->env->theme,
			   pin_done, r);
}

static int rm_handle(struct view *v, int action)
{
	struct roadmap *r = v->priv;
	switch (action) {
	case ACT_REPLAN:
		remember(r);
		pw_replan(r->env);
		return VF_HANDLED | VF_REDRAW;
	case ACT_EXPORT:
		if (!r->pl) {
			char kb[256];
			session_message(r->env->ses, 1, "%s",
					keys_text(_("Noch kein Plan: erst mit {replan} planen, dann "
						    "exportieren"), kb, sizeof kb));
			return VF_HANDLED | VF_REDRAW;
		}
		if (export_dialog_push(r->env->overlays, r->env, N_("Roadmap"), "roadmap",
				       export_write, r))
			session_message(r->env->ses, 1, "%s", wp_strerror(WP_ENOMEM));
		return VF_HANDLED | VF_REDRAW;
	default:
		break;
	}
	if (!r->pl)
		return 0;
	switch (action) {
	case ACT_LEFT:
		if (r->cur > 0)
			show_col(r, r->cur - 1, WP_NONE);
		return VF_HANDLED | VF_REDRAW;
	case ACT_RIGHT:
		if (r->cur + 1 < r->n_cols)
			show_col(r, r->cur + 1, WP_NONE);
		return VF_HANDLED | VF_REDRAW;
	case ACT_LANES:
		r->lanes = r->lanes == LANES_BEHOERDE ? LANES_STRATEGIE : LANES_BEHOERDE;
		r->lane0 = 0;
		if (build_lanes(r))
			session_message(r->env->ses, 1, "%s", wp_strerror(WP_ENOMEM));
		rm_layout(v, r->h, r->w);
		return VF_HANDLED | VF_REDRAW;
	case ACT_PIN:
		if (!r->lv.t.n_rows)
			return VF_HANDLED;
		open_pin_prompt(r);
		return VF_HANDLED | VF_REDRAW;
	default:
		return listview_handle(&r->lv, action);
	}
}

static int rm_click(struct view *v, int y, int x)
{
	struct roadmap *r = v->priv;
	if (!r->pl)
		return 0;
	if (y >= 2 && y < r->y_lanes + r->vis_lanes && x > r->label_w) {
		size_t k = r->col0 + (size_t)((x - r->label_w - 1) / CELL_W);
		if (k < r->n_cols)
			show_col(r, k, WP_NONE);
		return VF_HANDLED | VF_REDRAW;
	}
	if (y > r->y_title + 1)
		return table_click(&r->lv.t, y - r->y_title - 2);
	return 0;
}

static void rm_info(struct view *v, char *buf, size_t n)
{
	struct roadmap *r = v->priv;
	if (!r->pl) {
		buf[0] = '\0';
		return;
	}
	if (r->cur < n_waves(r))
		snprintf(buf, n, _("Welle %zu von %zu · Objekt %zu von %zu"), r->cur + 1, n_waves(r),
			 r->lv.t.n_rows ? r->lv.t.sel + 1 : 0, r->lv.t.n_rows);
	else
		snprintf(buf, n, _("nicht geplant · Objekt %zu von %zu"), r->lv.t.n_rows ? r->lv.t.sel + 1 : 0,
			 r->lv.t.n_rows);
}

static int rm_open(struct view *v)
{
	struct roadmap *r = calloc(1, sizeof *r);
	if (!r)
		return -WP_ENOMEM;
	v->priv = r;
	r->env = v->env;
	listview_init(&r->lv, columns, C__N, v->env->theme, &list_ops, r, v->env->overlays);
	int rc = build(r);
	if (!rc && r->pl)
		show_col(r, 0, WP_NONE);
	return rc;
}

static void rm_destroy(struct view *v)
{
	struct roadmap *r = v->priv;
	if (!r)
		return;
	overlay_drop_owner(r->env->overlays, r);
	free_plan_state(r);
	listview_free(&r->lv);
	free(r);
	v->priv = NULL;
}

const struct view_ops view_roadmap_ops = {
	.name = "roadmap",
	.open = rm_open,
	.layout = rm_layout,
	.draw = rm_draw,
	.handle = rm_handle,
	.click = rm_click,
	.info = rm_info,
	.destroy = rm_destroy,
	.selected = rm_selected,
	.reload = rm_reload,
	.offers = listview_offers_unsorted,
};
