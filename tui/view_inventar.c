/* Inventar view: every object of the workspace in one table (Kennung, Name, Typ, Behörde,
 * Schutzklasse, Bereitschaft, verdict on the recommended platform, Empfehlung, Strategie,
 * Welle) with the Behörden tree beside it (tui/inventar_tree.h). The rows are the list
 * controller's (tui/listview.h): sort by any column (s, S, a click on its title), filter
 * (f, the filter overlay; F clears; Enter in the tree), incremental search (/, n, N) and
 * jump to a Kennung (:) behave as in every list. Space marks objects for a pilot (P).
 * Built for 100,000 objects: the source is the Kennung order, the Name order is collated
 * once on first use; moving, paging and drawing touch only the visible rows. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/edit.h"
#include "data/export.h"
#include "model/enums.h"
#include "model/err.h"
#include "model/i18n.h"
#include "model/labels.h"
#include "model/lookup.h"
#include "model/utf8.h"
#include "tui/actions.h"
#include "tui/export_dialog.h"
#include "tui/filter_overlay.h"
#include "tui/inventar_beh.h"
#include "tui/inventar_tree.h"
#include "tui/listview.h"
#include "tui/marks.h"
#include "tui/objfilter.h"
#include "tui/request.h"
#include "tui/session.h"
#include "tui/text.h"
#include "tui/view.h"
#include "tui/waves.h"

enum {
	C_KENNUNG, C_NAME, C_TYP, C_BEH, C_SCHUTZ, C_BEREIT, C_URTEIL, C_EMPF, C_STRAT, C_WELLE,
	C__N
};

/* Drop order when narrow (higher first): Empfehlung, Behörde, Welle, Typ, Strategie,
 * Schutzklasse, Bereitschaft, Urteil. Kennung and Name always stay; Name takes the rest. */
static const struct table_col columns[C__N] = {
	[C_KENNUNG] = { LBL_F_KENNUNG, NULL, 8, 0, 0, 0, 0 },
	[C_NAME] = { LBL_F_NAME, NULL, 12, 0, 0, 1, 0 },
	[C_TYP] = { LBL_F_TYP, NULL, 13, 0, 6, 0, 0 },
	[C_BEH] = { LBL_F_BEHOERDE, NULL, 18, 10, 8, 0, 0 },
	[C_SCHUTZ] = { LBL_SCHUTZKLASSE, LBL_SCHUTZ, 9, 0, 4, 0, 0 },
	[C_BEREIT] = { LBL_BEREITSCHAFT, LBL_BEREIT, 6, 5, 3, 0, 1 },
	[C_URTEIL] = { LBL_URTEIL, NULL, 11, 0, 2, 0, 0 },
	[C_EMPF] = { N_("Empfehlung"), LBL_EMPF, 5, 0, 9, 0, 0 },
	[C_STRAT] = { LBL_F_STRATEGIE, NULL, 10, 0, 5, 0, 0 },
	[C_WELLE] = { LBL_F_WELLE, NULL, 6, 0, 7, 0, 1 },
};

struct inventar {
	const struct view_env *env;
	struct listview lv;      /* items: objects; source: Kennung order; sort keys C_* */
	struct inv_tree tr;      /* the Behörden tree pane */
	WINDOW *wtab, *wtree;    /* off-screen panes, copied into the body window */
	int height, width, tree_w;
	int tree_shown, tree_focus;
	uint32_t *byk;           /* objects in Kennung order (the source) */
	uint32_t *rank;          /* object → its place in Kennung order */
	uint32_t *name_rank;     /* object → its place in collated Name order (lazy) */
	struct obj_filter filt;
	struct waves wv;         /* wave per object (stored plan, else pin) */
	struct marks marks;      /* objects marked (space) for a new pilot (P) */
};

/* ---- the list controller's hooks ---- */

/* The collated Name keys while the Name order is sorted. */
struct name_keys {
	char **key;
	const uint32_t *rank;
};

static int cmp_name_key(const void *ctx, int key, uint32_t a, uint32_t b)
{
	const struct name_keys *k = ctx;
	(void)key;
	int c = strcmp(k->key[a], k->key[b]);
	return c ? c : (k->rank[a] > k->rank[b]) - (k->rank[a] < k->rank[b]);
}

/* p->name_rank: the Name order (UTF-8 of the collation code points compares in code
 * point order with strcmp; equal names keep Kennung order), computed once. Returns 0 or
 * -WP_ENOMEM. */
static int build_name_rank(struct inventar *p)
{
	const struct ws *ws = p->env->ws;
	size_t n = ws->n_obj, total = 0;
	if (p->name_rank)
		return 0;
	for (size_t o = 0; o < n; o++)
		total += 4 * strlen(ws->obj[o].name) + 1;
	char *keys = malloc(total ? total : 1);
	char **key = malloc((n ? n : 1) * sizeof *key);
	uint32_t *ord = malloc((n ? n : 1) * sizeof *ord);
	uint32_t *scr = malloc((n ? n : 1) * sizeof *scr);
	uint32_t *nr = malloc((n ? n : 1) * sizeof *nr);
	int rc = -WP_ENOMEM;
	if (!keys || !key || !ord || !scr || !nr)
		goto out;
	size_t at = 0;
	for (size_t o = 0; o < n; o++) {
		key[o] = keys + at;
		at += utf8_map(ws->obj[o].name, keys + at, total - at, utf8_collate_cp);
		keys[at++] = '\0';
		ord[o] = (uint32_t)o;
	}
	struct name_keys nk = { key, p->rank };
	listview_sort(ord, n, scr, cmp_name_key, &nk, 0, 0);
	for (size_t i = 0; i < n; i++)
		nr[ord[i]] = (uint32_t)i;
	p->name_rank = nr;
	nr = NULL;
	rc = 0;
out:
	free(keys);
	free(key);
	free(ord);
	free(scr);
	free(nr);
	return rc;
}

/* The sort key of object o in column c (smaller first; ties by Kennung). */
static uint32_t sort_key(const struct inventar *p, int c, uint32_t o)
{
	const struct ws *ws = p->env->ws;
	const struct objekt *ob = &ws->obj[o];
	const struct assess_obj *ao = &p->env->as->obj[o];
	uint32_t b = ob->behoerde;
	switch (c) {
	case C_KENNUNG: return p->rank[o];
	case C_NAME: return p->name_rank ? p->name_rank[o] : 0;
	case C_TYP: return ob->typ;
	case C_BEH: return b < p->tr.tree.nb ? p->tr.tree.pos[b] : (uint32_t)p->tr.tree.nb;
	case C_SCHUTZ: return ao->schutzklasse;
	case C_BEREIT: return ao->bereitschaft;
	case C_URTEIL: return (uint32_t)obj_filter_verdict(p->env->as, o);
	case C_EMPF: return ao->empfohlen; /* platform order; none (WP_NONE) last */
	case C_STRAT: return ao->strategie;
	case C_WELLE: return p->wv.of[o] > 0 ? p->wv.of[o] : UINT32_MAX;
	default: return 0;
	}
}

/* By the column's key, then by Kennung: a total order, so a reversed sort reverses the
 * ties too. */
static int compare(const void *ctx, int key, uint32_t a, uint32_t b)
{
	const struct inventar *p = ctx;
	uint32_t ka = sort_key(p, key, a), kb = sort_key(p, key, b);
	if (ka == kb) {
		ka = p->rank[a];
		kb = p->rank[b];
	}
	return (ka > kb) - (ka < kb);
}

static int pass_filter(const void *ctx, uint32_t o)
{
	const struct inventar *p = ctx;
	return objfilter_match(p->env, &p->filt, o, p->wv.of, &p->tr.tree);
}

static int match(const void *ctx, uint32_t o, const char *pat)
{
	return lookup_text(((const struct inventar *)ctx)->env->ws, o, pat);
}

static int64_t obj_id(const void *ctx, uint32_t o)
{
	const struct ws *ws = ((const struct inventar *)ctx)->env->ws;
	return o < ws->n_obj ? ws->obj[o].id : 0;
}

static uint32_t find_id(const void *ctx, int64_t id)
{
	return edit_find_id(((const struct inventar *)ctx)->env->ws, id);
}

static uint32_t jump(const void *ctx, const char *text)
{
	return lookup_kennung(((const struct inventar *)ctx)->env->ws, text, LOOKUP_PREFIX, NULL);
}

/* A jump to an object the filter hides clears the filter. */
static const char *unhide(void *ctx, uint32_t o)
{
	struct inventar *p = ctx;
	(void)o;
	obj_filter_clear(&p->filt);
	inv_tree_select(&p->tr, INV_TREE_ALL);
	return OBJFILTER_UNHIDE;
}

static void draw_row(void *ctx, const struct table *t, WINDOW *w, int y, uint32_t o,
		     int selected);

static const struct listview_ops list_ops = {
	.draw = draw_row, .compare = compare, .n_sort = C__N, .filter = pass_filter,
	.match = match, .id = obj_id, .find_id = find_id, .jump = jump, .unhide = unhide,
};

static uint32_t selected_obj(const struct inventar *p)
{
	uint32_t o = listview_selected(&p->lv);
	return o == UINT32_MAX ? WP_NONE : o;
}

/* Rows again after the filter changed; a failure is said in the bar. */
static void refilter(struct inventar *p)
{
	if (listview_rebuild(&p->lv))
		snprintf(p->lv.note, sizeof p->lv.note, "%s", wp_strerror(WP_ENOMEM));
	p->tr.current = p->filt.behoerde;
}

/* Sorts by column c, ascending or reversed. */
static void sort_by(struct inventar *p, int c, int rev)
{
	if (c == C_NAME && build_name_rank(p)) {
		snprintf(p->lv.note, sizeof p->lv.note, "%s", wp_strerror(WP_ENOMEM));
		return;
	}
	if (listview_set_sort(&p->lv, c, rev))
		snprintf(p->lv.note, sizeof p->lv.note, "%s", wp_strerror(WP_ENOMEM));
}

/* Selects object o, clearing the filter when it hides o. */
static void select_obj(struct inventar *p, uint32_t o)
{
	if (listview_select(&p->lv, o))
		return;
	const char *why = unhide(p, o);
	refilter(p);
	listview_select(&p->lv, o);
	snprintf(p->lv.note, sizeof p->lv.note, "%s", _(why));
}

/* ---- drawing ---- */
static void draw_row(void *ctx, const struct table *t, WINDOW *w, int y, uint32_t o,
		     int selected)
{
	struct inventar *p = ctx;
	const struct ws *ws = p->env->ws;
	const struct assessment *as = p->env->as;
	const struct theme *th = p->env->theme;
	const struct objekt *ob = &ws->obj[o];
	const struct assess_obj *ao = &as->obj[o];
	int on = selected && !p->tree_focus;
	attr_t base = theme_attr(th, ROLE_ROW, on);
	char buf[64];

	if (selected && !on)
		text_fill(w, y, 0, t->width, base);
	if (marks_has(&p->marks, ws, o)) { /* marked for a pilot: a dot before the Kennung */
		snprintf(buf, sizeof buf, "%s%s", theme_glyph(th, GL_MARK), ob->kennung);
		table_cell(t, w, y, C_KENNUNG, buf, base | A_BOLD);
	} else {
		table_cell(t, w, y, C_KENNUNG, ob->kennung, base);
	}
	table_cell(t, w, y, C_NAME, ob->name, base);
	table_cell(t, w, y, C_TYP, enum_display(EK_TYP, ob->typ), base);
	table_cell(t, w, y, C_BEH, ob->behoerde < ws->n_beh ? ws->beh[ob->behoerde].name : "",
		   base);
	table_cell(t, w, y, C_SCHUTZ, enum_display(EK_LEVEL, ao->schutzklasse), base);
	snprintf(buf, sizeof buf, "%u %%", (unsigned)ao->bereitschaft);
	table_cell(t, w, y, C_BEREIT, buf, base);
	int v = obj_filter_verdict(as, o);
	enum role vr = v == V_ZULAESSIG ? ROLE_VERDICT_OK :
		       v == V_OFFEN ? ROLE_VERDICT_OPEN : ROLE_VERDICT_BLOCKED;
	if (as->n_pf == 0) {
		table_cell(t, w, y, C_URTEIL, "–", base);
	} else {
		snprintf(buf, sizeof buf, "%s %s", theme_verdict_glyph(th, v), enum_display(EK_VERDICT, v));
		table_cell(t, w, y, C_URTEIL, buf, theme_attr(th, vr, on));
	}
	table_cell(t, w, y, C_EMPF, ao->empfohlen < ws->n_pf ? ws->pf[ao->empfohlen].code : "—",
		   base);
	table_cell(t, w, y, C_STRAT, enum_display(EK_STRATEGIE, ao->strategie), base);
	if (p->wv.of[o] > 0)
		snprintf(buf, sizeof buf, "%u", (unsigned)p->wv.of[o]);
	else
		snprintf(buf, sizeof buf, "–");
	table_cell(t, w, y, C_WELLE, buf, base);
}

/* The view's own bottom line: a note, or filter and sort order (a list prompt is an
 * overlay drawn over it). */
static void draw_bar(struct inventar *p, WINDOW *w, int y)
{
	objfilter_bar(w, y, p->env, &p->filt, p->lv.note,
		      N_("kein Filter ({filter} filtert, {search} sucht)"),
		      _(columns[p->lv.sort].title), p->lv.sort_rev);
}

/* ---- layout ---- */

static void make_panes(struct inventar *p)
{
	if (p->wtab)
		delwin(p->wtab);
	if (p->wtree)
		delwin(p->wtree);
	p->wtab = p->wtree = NULL;
	int h = p->height - 1, tw = p->tree_shown ? p->tree_w : 0;
	if (h < 2 || p->width < 10)
		return;
	p->wtab = newwin(h, p->width - (tw ? tw + 1 : 0), 0, 0);
	if (tw)
		p->wtree = newwin(h, tw, 0, 0);
	table_layout(&p->lv.t, h, p->width - (tw ? tw + 1 : 0));
	if (tw)
		table_layout(&p->tr.t, h, tw);
}

static void inv_layout(struct view *v, int height, int width)
{
	struct inventar *p = v->priv;
	p->height = height;
	p->width = width;
	p->tree_w = width / 4 < 22 ? 22 : width / 4 > 32 ? 32 : width / 4;
	make_panes(p);
}

static void inv_draw(struct view *v)
{
	struct inventar *p = v->priv;
	const struct theme *th = v->env->theme;
	int h = getmaxy(v->win);
	if (v->env->ws->n_obj == 0) {
		text_put(v->win, 1, 1, _(OBJFILTER_NO_OBJECTS),
			 getmaxx(v->win) - 1, theme_attr(th, ROLE_DIM, 0), TEXT_LEFT);
		return;
	}
	if (!p->wtab)
		return;
	int tx = 0;
	if (p->wtree) {
		p->tr.focused = p->tree_focus;
		inv_tree_draw(&p->tr, p->wtree);
		int tw = getmaxx(p->wtree), th_ = getmaxy(p->wtree);
		copywin(p->wtree, v->win, 0, 0, 0, 0, th_ - 1, tw - 1, FALSE);
		attr_t sep = theme_attr(th, ROLE_DIM, 0);
		for (int y = 0; y < th_; y++)
			text_put(v->win, y, tw, "│", 1, y == 0 ? theme_attr(th, ROLE_HEADER, 0) : sep,
				 TEXT_LEFT);
		tx = tw + 1;
	}
	werase(p->wtab);
	listview_draw(&p->lv, p->wtab);
	if (p->lv.n_rows == 0) {
		char t[256];
		text_put(p->wtab, 2, 1,
			 keys_text(_(OBJFILTER_NONE),
				   t, sizeof t),
			 getmaxx(p->wtab) - 1, theme_attr(th, ROLE_DIM, 0), TEXT_LEFT);
	}
	/* the sort column's header carries the direction */
	int sc = p->lv.sort;
	if (p->lv.t.w[sc] > 0) {
		char title[128];
		const char *tt = _(columns[sc].title);
		if (columns[sc].short_title && (int)utf8_width(tt) + 2 > p->lv.t.w[sc])
			tt = _(columns[sc].short_title);
		snprintf(title, sizeof title, "%s%s", tt, p->lv.sort_rev ? "▼" : "▲");
		table_cell(&p->lv.t, p->wtab, 0, sc, title, theme_attr(th, ROLE_HEADER, 0));
	}
	copywin(p->wtab, v->win, 0, 0, 0, tx, getmaxy(p->wtab) - 1,
		tx + getmaxx(p->wtab) - 1, FALSE);
	draw_bar(p, v->win, h - 1);
}

/* ---- actions ---- */

static int next_sort_col(const struct inventar *p, int c)
{
	for (int i = 1; i <= C__N; i++) {
		int x = (c + i) % C__N;
		if (p->lv.t.w[x] > 0)
			return x;
	}
	return c;
}

/* The filter overlay chose a value (already in p->filt). */
static int filter_done(void *owner, void *state, int result)
{
	struct inventar *p = owner;
	(void)state;
	if (result == WR_DONE) {
		refilter(p);
		inv_tree_select(&p->tr, p->filt.behoerde);
	}
	return VF_REDRAW;
}

/* Enter in the tree: the Behörde becomes the filter, the focus goes to the table. */
static int tree_open(struct inventar *p)
{
	p->filt.behoerde = inv_tree_selected(&p->tr);
	refilter(p);
	p->tree_focus = 0;
	return VF_HANDLED | VF_REDRAW;
}

static int tree_action(struct inventar *p, int action)
{
	if (action == ACT_OPEN)
		return tree_open(p);
	int f = inv_beh_action(&p->tr, action);
	if (f)
		return f;
	f = inv_tree_handle(&p->tr, action);
	if (f & VF_CLOSE)
		p->tree_focus = 0;
	return f & ~VF_CLOSE;
}

static int write_csv(void *ctx, struct csvout *o)
{
	const struct inventar *p = ctx;
	export_inventar(p->env->ws, o);
	return 0;
}

/* Space: marks the object for a pilot and goes on to the next. */
static int toggle_mark(struct inventar *p, uint32_t o)
{
	if (o == WP_NONE || marks_toggle(&p->marks, p->env->ws, o) < 0)
		return VF_HANDLED | VF_REDRAW;
	char t[256], k[256];
	snprintf(t, sizeof t,
		 ngettext("%zu Objekt markiert — {pilot-new} legt einen Piloten daraus an",
			  "%zu Objekte markiert — {pilot-new} legt einen Piloten daraus an",
			  p->marks.n), p->marks.n);
	session_message(p->env->ses, 0, "%s", keys_text(t, k, sizeof k));
	listview_handle(&p->lv, ACT_DOWN);
	return VF_HANDLED | VF_REDRAW;
}

static int new_pilot(struct inventar *p)
{
	const struct view_env *env = p->env;
	if (!p->marks.n || !env->req) {
		char k[256];
		session_message(env->ses, 0, "%s",
				keys_text(_("Erst Objekte mit {toggle} markieren, dann {pilot-new}"), k,
					  sizeof k));
		return VF_HANDLED | VF_REDRAW;
	}
	if (marks_to_request(&p->marks, env->ws, &env->req->pilot) < 0)
		return VF_HANDLED | VF_REDRAW;
	return request_new_pilot(env->req);
}

static int inv_handle(struct view *v, int action)
{
	struct inventar *p = v->priv;
	if (action != ACT_REDRAW)
		p->lv.note[0] = '\0';
	if (v->env->ws->n_obj == 0)
		return 0;
	if (p->tree_focus && p->tree_shown) {
		int f = tree_action(p, action);
		if (f & VF_HANDLED)
			return f;
	}
	switch (action) {
	case ACT_LEFT:
		if (!p->tree_shown) {
			p->tree_shown = 1;
			make_panes(p);
		}
		p->tree_focus = 1;
		inv_tree_select(&p->tr, p->filt.behoerde);
		return VF_HANDLED | VF_REDRAW;
	case ACT_TREE:
		p->tree_shown = !p->tree_shown;
		p->tree_focus = p->tree_shown;
		if (p->tree_shown)
			inv_tree_select(&p->tr, p->filt.behoerde);
		make_panes(p);
		return VF_HANDLED | VF_REDRAW;
	case ACT_SORT: /* the next column shown */
		sort_by(p, next_sort_col(p, p->lv.sort), 0);
		return VF_HANDLED | VF_REDRAW;
	case ACT_FILTER: /* the Behörden list is the tree's, with its counts */
		if (filter_overlay_push(v->env->overlays, v->env, &p->tr.tree, &p->filt, filter_done,
					p))
			session_message(v->env->ses, 1, "%s", wp_strerror(WP_ENOMEM));
		return VF_HANDLED | VF_REDRAW;
	case ACT_FILTER_CLEAR:
		obj_filter_clear(&p->filt);
		refilter(p);
		inv_tree_select(&p->tr, INV_TREE_ALL);
		return VF_HANDLED | VF_REDRAW;
	case ACT_EXPORT: /* the whole Inventar, as `wolkenplan export inventar` writes it */
		if (export_dialog_push(v->env->overlays, v->env, v->title, "inventar",
				       write_csv, p))
			session_message(v->env->ses, 1, "%s", wp_strerror(WP_ENOMEM));
		return VF_HANDLED | VF_REDRAW;
	case ACT_TOGGLE:
		return toggle_mark(p, selected_obj(p));
	case ACT_PILOT_NEW:
		return new_pilot(p);
	case ACT_SEARCH: /* search, jump and their steps select table rows: focus there */
	case ACT_JUMP:
	case ACT_SEARCH_NEXT:
	case ACT_SEARCH_PREV:
		p->tree_focus = 0;
		return listview_handle(&p->lv, action);
	default:
		return listview_handle(&p->lv, action);
	}
}

static int inv_click(struct view *v, int y, int x)
{
	struct inventar *p = v->priv;
	if (!p->wtab)
		return VF_HANDLED;
	int tw = p->wtree ? getmaxx(p->wtree) + 1 : 0;
	if (p->wtree && x < tw - 1) {
		p->tree_focus = 1;
		if (y == 0)
			return VF_HANDLED | VF_REDRAW;
		int f = table_click(&p->tr.t, y - 1);
		if (f & VF_REDRAW)
			return tree_open(p);
		return f;
	}
	p->tree_focus = 0;
	if (y == 0) { /* a click on a column title sorts by it (again: reverses) */
		for (int c = 0; c < C__N; c++)
			if (p->lv.t.w[c] > 0 && x - tw >= p->lv.t.x[c] &&
			    x - tw < p->lv.t.x[c] + p->lv.t.w[c]) {
				sort_by(p, c, c == p->lv.sort ? !p->lv.sort_rev : 0);
				return VF_HANDLED | VF_REDRAW;
			}
		return VF_HANDLED;
	}
	return table_click(&p->lv.t, y - 1) | VF_REDRAW;
}

static void inv_info(struct view *v, char *buf, size_t n)
{
	struct inventar *p = v->priv;
	objfilter_info(buf, n, p->lv.t.sel, p->lv.n_rows, v->env->ws->n_obj);
}

/* ---- life cycle ---- */

void view_inventar_apply(struct view *v, const struct obj_filter *f)
{
	struct inventar *p = v->priv;
	if (!p)
		return;
	overlay_drop_owner(v->env->overlays, p);
	overlay_drop_owner(v->env->overlays, &p->lv);
	overlay_drop_owner(v->env->overlays, &p->tr);
	p->filt = *f;
	p->filt.select = WP_NONE;
	p->lv.pattern[0] = '\0';
	p->lv.note[0] = '\0';
	p->tree_focus = 0;
	refilter(p);
	inv_tree_select(&p->tr, p->filt.behoerde);
	if (f->select != WP_NONE)
		select_obj(p, f->select);
}

/* Kennung, Behörde and platform code columns fit their data (measured once per build). */
static void measure(struct inventar *p)
{
	const struct ws *ws = p->env->ws;
	int wk = (int)utf8_width(_(columns[C_KENNUNG].title)), we = 5, wb = 10;
	for (size_t i = 0; i < ws->n_obj; i++) {
		int x = (int)utf8_width(ws->obj[i].kennung);
		if (x > wk)
			wk = x;
	}
	for (size_t i = 0; i < ws->n_pf; i++) {
		int x = (int)utf8_width(ws->pf[i].code);
		if (x > we)
			we = x;
	}
	for (size_t i = 0; i < ws->n_beh; i++) {
		int x = (int)utf8_width(ws->beh[i].name);
		if (x > wb)
			wb = x;
	}
	/* a Kennung may have 64 characters; the column stops at 32 and crops longer ones */
	table_set_width(&p->lv.t, C_KENNUNG, wk < 32 ? wk : 32);
	table_set_width(&p->lv.t, C_EMPF, we < 14 ? we : 14);
	table_set_width(&p->lv.t, C_BEH, wb < 24 ? wb : 24);
}

static int cmp_kennung(const void *ctx, int key, uint32_t a, uint32_t b)
{
	const struct ws *ws = ctx;
	(void)key;
	return strcmp(ws->obj[a].kennung, ws->obj[b].kennung);
}

/* What is derived from the workspace: Kennung order, ranks, tree, waves. Returns 0 or
 * -WP_ENOMEM (free_derived cleans up either way). */
static int build_derived(struct inventar *p)
{
	const struct ws *ws = p->env->ws;
	size_t n = ws->n_obj;
	p->byk = malloc((n ? n : 1) * sizeof *p->byk);
	p->rank = malloc((n ? n : 1) * sizeof *p->rank);
	if (!p->byk || !p->rank || inv_tree_build(&p->tr, p->env) || waves_load(&p->wv, p->env))
		return -WP_ENOMEM;
	/* Kennung order: the workspace's index when current, else sorted here */
	if (ws->by_kennung && ws->n_indexed == n) {
		memcpy(p->byk, ws->by_kennung, n * sizeof *p->byk);
	} else {
		for (size_t i = 0; i < n; i++)
			p->byk[i] = (uint32_t)i;
		/* rank serves as the merge sort's scratch before it is filled */
		listview_sort(p->byk, n, p->rank, cmp_kennung, ws, 0, 0);
	}
	for (size_t i = 0; i < n; i++)
		p->rank[p->byk[i]] = (uint32_t)i;
	measure(p);
	if (p->lv.sort == C_NAME)
		return build_name_rank(p);
	return 0;
}

static void free_derived(struct inventar *p)
{
	free(p->byk);
	free(p->rank);
	free(p->name_rank);
	p->byk = p->rank = p->name_rank = NULL;
	inv_tree_free(&p->tr);
	waves_free(&p->wv);
}

static int inv_open(struct view *v)
{
	struct inventar *p = calloc(1, sizeof *p);
	if (!p)
		return -WP_ENOMEM;
	v->priv = p;
	p->env = v->env;
	obj_filter_clear(&p->filt);
	listview_init(&p->lv, columns, C__N, v->env->theme, &list_ops, p, v->env->overlays);
	if (build_derived(p))
		return -WP_ENOMEM;
	return listview_set_source(&p->lv, p->byk, v->env->ws->n_obj, 0);
}

/* After an edit (objects may have been added or deleted, the assessment is new): builds
 * what is derived again and keeps sort order, filter and the selected object (by its
 * store id; gone: the same row). The tree starts expanded again. */
static int inv_reload(struct view *v)
{
	struct inventar *p = v->priv;
	if (!p)
		return inv_open(v);
	int64_t keep = listview_selected_id(&p->lv);
	free_derived(p);
	if (build_derived(p)) {
		listview_set_source(&p->lv, NULL, 0, 0);
		return -WP_ENOMEM;
	}
	if (p->filt.behoerde != WP_NONE && p->filt.behoerde >= v->env->ws->n_beh)
		p->filt.behoerde = WP_NONE;
	p->tr.current = p->filt.behoerde;
	if (p->width)
		make_panes(p);
	inv_tree_select(&p->tr, p->filt.behoerde);
	return listview_set_source(&p->lv, p->byk, v->env->ws->n_obj, keep);
}

/* The tree is shown by default when the window is wide enough for it and the table. */
static void inv_layout_default(struct view *v, int height, int width)
{
	struct inventar *p = v->priv;
	if (!p->width)
		p->tree_shown = width >= 100;
	inv_layout(v, height, width);
}

static void inv_destroy(struct view *v)
{
	struct inventar *p = v->priv;
	if (p) {
		overlay_drop_owner(p->env->overlays, p);
		overlay_drop_owner(p->env->overlays, &p->tr);
		listview_free(&p->lv);
		free_derived(p);
		marks_free(&p->marks);
		if (p->wtab)
			delwin(p->wtab);
		if (p->wtree)
			delwin(p->wtree);
	}
	free(p);
	v->priv = NULL;
}

/* The object under the selection, for Enter (Objekt-Detail); none while the tree has the
 * focus. */
static uint32_t inv_selected(struct view *v)
{
	struct inventar *p = v->priv;
	return p->tree_focus && p->tree_shown ? WP_NONE : selected_obj(p);
}

const struct view_ops view_inventar_ops = {
	.name = "inventar",
	.open = inv_open,
	.layout = inv_layout_default,
	.draw = inv_draw,
	.handle = inv_handle,
	.click = inv_click,
	.info = inv_info,
	.destroy = inv_destroy,
	.reload = inv_reload,
	.selected = inv_selected,
};
