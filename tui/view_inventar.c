/* Inventar view: every object of the workspace in one table (Kennung, Name, Typ, Behörde,
 * Schutzklasse, Bereitschaft, verdict on the recommended platform, Empfehlung, Strategie,
 * Welle) with the Behörden tree beside it (collapsible, object counts per subtree).
 * Sort by any column (s, S), filter (f, a pick list; F clears; Enter in the tree),
 * incremental search (/, n, N) and jump to a Kennung (:).
 * Built for 100,000 objects: each column's sort order is computed once, on first use, as
 * an index array (key, then Kennung); a sort or filter change is one linear pass over that
 * array; moving, paging and drawing touch only the visible rows. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/export.h"
#include "model/date.h"
#include "model/enums.h"
#include "model/err.h"
#include "model/i18n.h"
#include "model/lookup.h"
#include "model/tree.h"
#include "model/utf8.h"
#include "tui/actions.h"
#include "tui/export_dialog.h"
#include "tui/objfilter.h"
#include "tui/marks.h"
#include "tui/pick.h"
#include "tui/session.h"
#include "tui/table.h"
#include "tui/text.h"
#include "tui/request.h"
#include "tui/view.h"
#include "tui/waves.h"
#include "tui/widget.h"

enum {
	C_KENNUNG, C_NAME, C_TYP, C_BEH, C_SCHUTZ, C_BEREIT, C_URTEIL, C_EMPF, C_STRAT, C_WELLE,
	C__N
};

/* Drop order when narrow (higher first): Empfehlung, Behörde, Welle, Typ, Strategie,
 * Schutzklasse, Bereitschaft, Urteil. Kennung and Name always stay; Name takes the rest. */
static const struct table_col columns[C__N] = {
	[C_KENNUNG] = { N_("Kennung"), NULL, 8, 0, 0, 0, 0 },
	[C_NAME] = { N_("Name"), NULL, 12, 0, 0, 1, 0 },
	[C_TYP] = { N_("Typ"), NULL, 13, 0, 6, 0, 0 },
	[C_BEH] = { N_("Behörde"), NULL, 18, 10, 8, 0, 0 },
	[C_SCHUTZ] = { N_("Schutzklasse"), N_("Schutz"), 9, 0, 4, 0, 0 },
	[C_BEREIT] = { N_("Bereitschaft"), N_("Bereit"), 6, 5, 3, 0, 1 },
	[C_URTEIL] = { N_("Urteil"), NULL, 11, 0, 2, 0, 0 },
	[C_EMPF] = { N_("Empfehlung"), N_("Empf."), 5, 0, 9, 0, 0 },
	[C_STRAT] = { N_("Strategie"), NULL, 10, 0, 5, 0, 0 },
	[C_WELLE] = { N_("Welle"), NULL, 6, 0, 7, 0, 1 },
};

static const struct table_col tree_columns[] = {
	{ N_("Behörden"), NULL, 10, 0, 0, 1, 0 },
	{ "", NULL, 5, 0, 0, 0, 1 },
};

enum prompt { PR_NONE, PR_SEARCH, PR_JUMP };

/* No row (search without a match). */
#define NO_ROW ((size_t)-1)

/* Tree rows: TREE_ALL is the "Alle Behörden" root, otherwise a Behörde index. */
#define TREE_ALL WP_NONE

struct inventar {
	const struct view_env *env;
	struct table t, tt;      /* objects, tree */
	WINDOW *wtab, *wtree;    /* off-screen panes, copied into the body window */
	int height, width, tree_w;
	int tree_shown, tree_focus;
	/* sorting */
	int sort_col, sort_rev;
	uint32_t *order[C__N];   /* per column: object indexes ascending (lazy) */
	uint32_t *byk;           /* objects in Kennung order (owned copy) */
	/* filtered rows in display order */
	uint32_t *rows;
	size_t n_rows;
	struct obj_filter filt;
	struct beh_tree tree;    /* the Behörden in preorder (model/tree.h) */
	uint8_t *collapsed;      /* Behörde → 1 if collapsed */
	uint32_t *trows;         /* visible tree rows (TREE_ALL or Behörde) */
	size_t n_trows;
	/* search */
	enum prompt prompt;
	struct line_edit le;
	char pattern[LINE_MAX_BYTES]; /* folded */
	size_t origin;           /* row selected when the search prompt opened */
	size_t found;            /* row of the current match while typing, or NO_ROW */
	char *hay;               /* folded "kennung\x01name" per object, lazily */
	size_t *hay_off;
	char note[160];
	struct objfilter_pick fp; /* the filter pick list (f), shared with the Bewertung */
	int64_t sel_id;          /* store id of the selected object at the last draw */
	struct waves wv;         /* wave per object (stored plan, else pin) */
	struct marks marks;      /* objects marked (space) for a new pilot (P) */
	struct export_dialog ex; /* x: the Inventar CSV */
};

/* Folded for search: lower case, umlauts kept. */
static size_t fold_into(const char *s, char *out, size_t room)
{
	return utf8_map(s, out, room, utf8_fold_cp);
}

/* ---- per-object values ---- */

static int obj_verdict(const struct inventar *p, uint32_t o)
{
	return obj_filter_verdict(p->env->as, o);
}

static uint32_t obj_beh_pos(const struct inventar *p, uint32_t o)
{
	uint32_t b = p->env->ws->obj[o].behoerde;
	return b < p->tree.nb ? p->tree.pos[b] : (uint32_t)p->tree.nb;
}

static int passes(const struct inventar *p, uint32_t o)
{
	return objfilter_match(p->env, &p->filt, o, p->wv.of, &p->tree);
}

/* ---- sorting ---- */

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return (x > y) - (x < y);
}

static const struct ws *sort_ws; /* qsort has no context argument */

struct name_idx {
	const char *name;
	uint32_t idx;
};

static int cmp_key_idx(const void *a, const void *b)
{
	const struct name_idx *x = a, *y = b;
	int c = strcmp(x->name, y->name);
	return c ? c : (x->idx > y->idx) - (x->idx < y->idx);
}

static int cmp_by_kennung(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return strcmp(sort_ws->obj[x].kennung, sort_ws->obj[y].kennung);
}

/* The sort key of object o in column c (smaller first; ties by Kennung). */
static uint32_t sort_key(const struct inventar *p, int c, uint32_t o)
{
	const struct ws *ws = p->env->ws;
	const struct objekt *ob = &ws->obj[o];
	const struct assess_obj *ao = &p->env->as->obj[o];
	switch (c) {
	case C_TYP: return ob->typ;
	case C_BEH: return obj_beh_pos(p, o);
	case C_SCHUTZ: return ao->schutzklasse;
	case C_BEREIT: return ao->bereitschaft;
	case C_URTEIL: return (uint32_t)obj_verdict(p, o);
	case C_EMPF: return ao->empfohlen; /* platform order; none (WP_NONE) last */
	case C_STRAT: return ao->strategie;
	case C_WELLE: return p->wv.of[o] > 0 ? p->wv.of[o] : UINT32_MAX;
	default: return 0;
	}
}

/* Builds p->order[c] once. Returns 0 or -WP_ENOMEM. */
static int build_order(struct inventar *p, int c)
{
	const struct ws *ws = p->env->ws;
	size_t n = ws->n_obj;
	if (p->order[c])
		return 0;
	uint32_t *ord = malloc((n ? n : 1) * sizeof *ord);
	if (!ord)
		return -WP_ENOMEM;
	if (c == C_KENNUNG) {
		memcpy(ord, p->byk, n * sizeof *ord);
	} else if (c == C_NAME) {
		/* sort keys computed once (UTF-8 of the mapped code points compares in code
		 * point order with strcmp); equal names keep Kennung order */
		size_t total = 0;
		for (size_t r = 0; r < n; r++)
			total += 4 * strlen(ws->obj[r].name) + 1;
		char *keys = malloc(total ? total : 1);
		struct name_idx *tmp = malloc((n ? n : 1) * sizeof *tmp);
		if (!keys || !tmp) {
			free(keys);
			free(tmp);
			free(ord);
			return -WP_ENOMEM;
		}
		size_t at = 0;
		for (size_t r = 0; r < n; r++) {
			tmp[r] = (struct name_idx){ keys + at, (uint32_t)r };
			at += utf8_map(ws->obj[p->byk[r]].name, keys + at, total - at, utf8_collate_cp);
			keys[at++] = '\0';
		}
		qsort(tmp, n, sizeof *tmp, cmp_key_idx);
		for (size_t i = 0; i < n; i++)
			ord[i] = p->byk[tmp[i].idx];
		free(tmp);
		free(keys);
	} else {
		uint64_t *k = malloc((n ? n : 1) * sizeof *k);
		if (!k) {
			free(ord);
			return -WP_ENOMEM;
		}
		for (size_t r = 0; r < n; r++)
			k[r] = (uint64_t)sort_key(p, c, p->byk[r]) << 32 | r;
		qsort(k, n, sizeof *k, cmp_u64);
		for (size_t i = 0; i < n; i++)
			ord[i] = p->byk[(uint32_t)k[i]];
		free(k);
	}
	p->order[c] = ord;
	return 0;
}

/* Rebuilds the visible rows from the sort order and the filter, keeping the selected
 * object selected when it stays visible (else keep_row, else the first row). One linear
 * pass. Returns 0 or -WP_ENOMEM (the old rows then stay). */
static int rebuild(struct inventar *p, uint32_t keep)
{
	size_t n = p->env->ws->n_obj;
	if (build_order(p, p->sort_col))
		return -WP_ENOMEM;
	const uint32_t *ord = p->order[p->sort_col];
	size_t k = 0, at = (size_t)-1;
	for (size_t i = 0; i < n; i++) {
		uint32_t o = ord[p->sort_rev ? n - 1 - i : i];
		if (!passes(p, o))
			continue;
		if (o == keep)
			at = k;
		p->rows[k++] = o;
	}
	p->n_rows = k;
	table_set_rows(&p->t, k);
	if (at != (size_t)-1)
		table_select(&p->t, at);
	else
		table_select(&p->t, 0);
	return 0;
}

/* What the rows show: sort and filter, saved before a change so a failed rebuild can
 * put them back. */
struct shown {
	int sort_col, sort_rev;
	struct obj_filter filt;
};

static struct shown shown_now(const struct inventar *p)
{
	return (struct shown){ p->sort_col, p->sort_rev, p->filt };
}

/* Rebuilds after sort or filter changed from was: on -WP_ENOMEM puts sort and filter back
 * (the old rows stayed) and says so in the note. Returns rebuild's result. */
static int reshow(struct inventar *p, const struct shown *was, uint32_t keep)
{
	int rc = rebuild(p, keep);
	if (rc) {
		p->sort_col = was->sort_col;
		p->sort_rev = was->sort_rev;
		p->filt = was->filt;
		snprintf(p->note, sizeof p->note, "%s", wp_strerror(WP_ENOMEM));
	}
	return rc;
}

static uint32_t selected_obj(const struct inventar *p)
{
	return p->n_rows && p->t.sel < p->n_rows ? p->rows[p->t.sel] : WP_NONE;
}

/* ---- the Behörden tree ---- */

/* The Behörden tree (model/tree.h) and the per-Behörde collapse state and tree rows.
 * Returns 0 or -WP_ENOMEM. */
static int build_tree(struct inventar *p)
{
	size_t n = p->env->ws->n_beh;
	p->collapsed = calloc(n ? n : 1, 1);
	p->trows = malloc((n + 1) * sizeof *p->trows);
	if (!p->collapsed || !p->trows || beh_tree_build(p->env->ws, &p->tree))
		return -WP_ENOMEM;
	return 0;
}

/* The visible tree rows: the root, then the preorder minus collapsed subtrees. */
static void tree_rows(struct inventar *p)
{
	size_t k = 0;
	p->trows[k++] = TREE_ALL;
	for (size_t i = 0; i < p->tree.nb;) {
		uint32_t b = p->tree.pre[i];
		p->trows[k++] = b;
		i = p->collapsed[b] ? p->tree.end[i] : i + 1;
	}
	p->n_trows = k;
	table_set_rows(&p->tt, k);
}

/* Selects the tree row of Behörde b (TREE_ALL for the root), expanding its ancestors. */
static void tree_select(struct inventar *p, uint32_t b)
{
	const struct ws *ws = p->env->ws;
	if (b != TREE_ALL && b < p->tree.nb) {
		int changed = 0;
		uint32_t a = ws->beh[b].parent;
		for (size_t steps = 0; a < p->tree.nb && steps < p->tree.nb; steps++) {
			if (p->collapsed[a]) {
				p->collapsed[a] = 0;
				changed = 1;
			}
			a = ws->beh[a].parent;
		}
		if (changed)
			tree_rows(p);
	}
	for (size_t r = 0; r < p->n_trows; r++)
		if (p->trows[r] == b) {
			table_select(&p->tt, r);
			return;
		}
}

static int has_children(const struct inventar *p, uint32_t b)
{
	uint32_t i = p->tree.pos[b];
	return p->tree.end[i] > i + 1;
}

/* ---- drawing ---- */

static void draw_row(void *ctx, const struct table *t, WINDOW *w, int y, size_t row,
		     int selected)
{
	struct inventar *p = ctx;
	const struct ws *ws = p->env->ws;
	const struct assessment *as = p->env->as;
	const struct theme *th = p->env->theme;
	uint32_t o = p->rows[row];
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
	int v = obj_verdict(p, o);
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

static void draw_tree_row(void *ctx, const struct table *t, WINDOW *w, int y, size_t row,
			  int selected)
{
	struct inventar *p = ctx;
	const struct ws *ws = p->env->ws;
	const struct theme *th = p->env->theme;
	uint32_t b = p->trows[row];
	int on = selected && p->tree_focus;
	int current = b == p->filt.behoerde;
	attr_t a = theme_attr(th, current ? ROLE_GROUP : ROLE_ROW, on);
	char line[512], count[32];
	size_t n;
	text_fill(w, y, 0, t->width, a);
	if (b == TREE_ALL) {
		snprintf(line, sizeof line, "%s", _("Alle Behörden"));
		n = ws->n_obj;
	} else {
		uint32_t i = p->tree.pos[b];
		int d = p->tree.depth[i] < 12 ? p->tree.depth[i] : 12;
		const char *g = !has_children(p, b) ? "  " : p->collapsed[b] ? "▸ " : "▾ ";
		snprintf(line, sizeof line, "%*s%s%s", 2 * d, "", g, ws->beh[b].name);
		n = p->tree.sub[i];
	}
	snprintf(count, sizeof count, "%zu", n);
	table_cell(t, w, y, 0, line, a);
	table_cell(t, w, y, 1, count, a);
}

/* The view's own bottom line: the prompt, or a note, or filter and sort order. */
static void draw_bar(struct inventar *p, WINDOW *w, int y)
{
	const struct theme *th = p->env->theme;
	int cols = getmaxx(w);
	attr_t a = theme_attr(th, ROLE_DIM, 0);
	char left[600], right[128];
	text_fill(w, y, 0, cols, a);
	if (p->prompt != PR_NONE) {
		const char *label = p->prompt == PR_SEARCH ? _("Suche: ") : _("Kennung: ");
		int x = text_add(w, y, 0, label, cols, theme_attr(th, ROLE_ROW, 0) | A_BOLD);
		line_draw(&p->le, w, y, x, cols - x, theme_attr(th, ROLE_ROW, 0), 1);
		return;
	}
	snprintf(right, sizeof right, _("sortiert: %s %s"), _(columns[p->sort_col].title),
		 p->sort_rev ? "▼" : "▲");
	if (p->note[0]) {
		snprintf(left, sizeof left, "%s", p->note);
	} else if (obj_filter_any(&p->filt)) {
		char ft[512];
		obj_filter_describe(&p->filt, p->env->ws, ft, sizeof ft);
		snprintf(left, sizeof left, _("Filter: %s (F hebt auf)"), ft);
	} else {
		snprintf(left, sizeof left, "%s", _("kein Filter (f filtert, / sucht)"));
	}
	text_put_bar(w, y, cols, left, right, a);
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
	table_layout(&p->t, h, p->width - (tw ? tw + 1 : 0));
	if (tw)
		table_layout(&p->tt, h, tw);
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
		text_put(v->win, 1, 1, _("Noch keine Objekte. Import mit: wolkenplan import DATEI"),
			 getmaxx(v->win) - 1, theme_attr(th, ROLE_DIM, 0), TEXT_LEFT);
		return;
	}
	if (!p->wtab)
		return;
	uint32_t so = selected_obj(p);
	p->sel_id = so != WP_NONE ? v->env->ws->obj[so].id : 0;
	int tx = 0;
	if (p->wtree) {
		werase(p->wtree);
		table_draw(&p->tt, p->wtree);
		int tw = getmaxx(p->wtree), th_ = getmaxy(p->wtree);
		copywin(p->wtree, v->win, 0, 0, 0, 0, th_ - 1, tw - 1, FALSE);
		attr_t sep = theme_attr(th, ROLE_DIM, 0);
		for (int y = 0; y < th_; y++)
			text_put(v->win, y, tw, "│", 1, y == 0 ? theme_attr(th, ROLE_HEADER, 0) : sep,
				 TEXT_LEFT);
		tx = tw + 1;
	}
	werase(p->wtab);
	if (p->n_rows == 0) {
		table_draw(&p->t, p->wtab);
		text_put(p->wtab, 2, 1, _("Kein Objekt passt zum Filter. F hebt alle Filter auf."),
			 getmaxx(p->wtab) - 1, theme_attr(th, ROLE_DIM, 0), TEXT_LEFT);
	} else {
		table_draw(&p->t, p->wtab);
	}
	/* the sort column's header carries the direction */
	if (p->t.w[p->sort_col] > 0) {
		char title[128];
		const char *tt = _(columns[p->sort_col].title);
		if (columns[p->sort_col].short_title &&
		    (int)utf8_width(tt) + 2 > p->t.w[p->sort_col])
			tt = _(columns[p->sort_col].short_title);
		snprintf(title, sizeof title, "%s%s", tt, p->sort_rev ? "▼" : "▲");
		table_cell(&p->t, p->wtab, 0, p->sort_col, title,
			   theme_attr(th, ROLE_HEADER, 0));
	}
	copywin(p->wtab, v->win, 0, 0, 0, tx, getmaxy(p->wtab) - 1,
		tx + getmaxx(p->wtab) - 1, FALSE);
	draw_bar(p, v->win, h - 1);
	objfilter_pick_draw(&p->fp, v->win);
	export_dialog_draw(&p->ex, v->win);
}

/* ---- search ---- */

static int build_hay(struct inventar *p)
{
	const struct ws *ws = p->env->ws;
	size_t n = ws->n_obj, total = 0;
	if (p->hay)
		return 0;
	for (size_t i = 0; i < n; i++)
		total += 2 * (strlen(ws->obj[i].kennung) + strlen(ws->obj[i].name)) + 2;
	p->hay = malloc(total + 1);
	p->hay_off = malloc((n + 1) * sizeof *p->hay_off);
	if (!p->hay || !p->hay_off) {
		free(p->hay);
		free(p->hay_off);
		p->hay = NULL;
		p->hay_off = NULL;
		return -WP_ENOMEM;
	}
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		p->hay_off[i] = k;
		k += fold_into(ws->obj[i].kennung, p->hay + k, total + 1 - k);
		p->hay[k++] = '\x01';
		k += fold_into(ws->obj[i].name, p->hay + k, total + 1 - k);
		p->hay[k++] = '\0';
	}
	p->hay_off[n] = k;
	return 0;
}

static int row_matches(const struct inventar *p, size_t row)
{
	return strstr(p->hay + p->hay_off[p->rows[row]], p->pattern) != NULL;
}

/* Selects the first matching row from `from` in direction dir (wrapping once). Returns 1
 * if found. */
static int find_from(struct inventar *p, size_t from, int dir)
{
	size_t n = p->n_rows;
	if (!n || !p->pattern[0] || build_hay(p))
		return 0;
	for (size_t i = 0; i < n; i++) {
		size_t r = dir > 0 ? (from + i) % n : (from + n - i % n) % n;
		if (row_matches(p, r)) {
			table_select(&p->t, r);
			return 1;
		}
	}
	return 0;
}

/* The first match among `steps` rows from `start` on (wrapping), or NO_ROW. */
static size_t scan(struct inventar *p, size_t start, size_t steps)
{
	size_t n = p->n_rows;
	if (!n || !p->pattern[0] || build_hay(p))
		return NO_ROW;
	for (size_t i = 0; i < steps; i++) {
		size_t r = (start + i) % n;
		if (row_matches(p, r))
			return r;
	}
	return NO_ROW;
}

static void set_pattern(struct inventar *p, const char *s);

/* After a keystroke in the search prompt: the first match from where the search began.
 * Typing on only narrows: a match of the longer text is a match of the shorter one, so
 * the scan goes on from the current match (and needs none at all when the shorter text
 * had no match); deleting starts again from the beginning. */
static void search_typed(struct inventar *p)
{
	char prev[LINE_MAX_BYTES];
	size_t n = p->n_rows;
	snprintf(prev, sizeof prev, "%s", p->pattern);
	set_pattern(p, p->le.buf);
	p->note[0] = '\0';
	int narrows = prev[0] && strncmp(p->pattern, prev, strlen(prev)) == 0;
	if (!p->pattern[0] || !n || p->origin >= n) {
		p->found = NO_ROW;
	} else if (narrows && p->found == NO_ROW) {
		/* nothing matched the shorter text: nothing matches this one */
	} else {
		size_t start = narrows ? p->found : p->origin;
		size_t done = (start + n - p->origin) % n;
		p->found = scan(p, start, n - done);
	}
	if (p->found != NO_ROW)
		table_select(&p->t, p->found);
	else if (p->origin < n)
		table_select(&p->t, p->origin);
}

static void set_pattern(struct inventar *p, const char *s)
{
	size_t k = fold_into(s, p->pattern, sizeof p->pattern);
	p->pattern[k] = '\0';
}

static void search_step(struct inventar *p, int dir)
{
	p->note[0] = '\0';
	if (!p->pattern[0]) {
		snprintf(p->note, sizeof p->note, "%s", _("Noch keine Suche: / sucht"));
		return;
	}
	size_t from = dir > 0 ? p->t.sel + 1 : (p->t.sel ? p->t.sel - 1 : p->n_rows - 1);
	if (p->n_rows && !find_from(p, from % p->n_rows, dir))
		snprintf(p->note, sizeof p->note, _("Kein Treffer für „%s“"), p->le.buf);
}

/* Selects object o, clearing the filter when it hides o. */
static void select_obj(struct inventar *p, uint32_t o)
{
	for (size_t r = 0; r < p->n_rows; r++)
		if (p->rows[r] == o) {
			table_select(&p->t, r);
			return;
		}
	struct shown was = shown_now(p);
	obj_filter_clear(&p->filt);
	if (reshow(p, &was, o))
		return;
	tree_select(p, TREE_ALL);
	snprintf(p->note, sizeof p->note, "%s", _("Filter aufgehoben, um das Objekt zu zeigen"));
}

static int prompt_key(struct inventar *p, int key)
{
	if (widget_is_cancel(key)) {
		if (p->prompt == PR_SEARCH && p->origin < p->n_rows)
			table_select(&p->t, p->origin);
		p->prompt = PR_NONE;
		return VF_HANDLED | VF_REDRAW;
	}
	if (widget_is_enter(key)) {
		enum prompt was = p->prompt;
		p->prompt = PR_NONE;
		if (was == PR_JUMP) {
			uint32_t o = lookup_kennung(p->env->ws, p->le.buf, LOOKUP_PREFIX, NULL);
			if (o == WP_NONE)
				snprintf(p->note, sizeof p->note, _("Kennung „%s“ nicht gefunden"),
					 p->le.buf);
			else
				select_obj(p, o);
		} else if (p->pattern[0] && p->n_rows && !row_matches(p, p->t.sel)) {
			snprintf(p->note, sizeof p->note, _("Kein Treffer für „%s“"), p->le.buf);
		}
		return VF_HANDLED | VF_REDRAW;
	}
	if (line_key(&p->le, key) == WR_NONE)
		return VF_HANDLED; /* swallow other keys while typing */
	if (p->prompt == PR_SEARCH)
		search_typed(p);
	return VF_HANDLED | VF_REDRAW;
}

static int inv_key(struct view *v, int key)
{
	struct inventar *p = v->priv;
	if (export_dialog_active(&p->ex))
		return export_dialog_key(&p->ex, key);
	if (objfilter_pick_active(&p->fp)) {
		uint32_t keep = selected_obj(p);
		struct shown was = shown_now(p);
		if (objfilter_pick_key(&p->fp, key, &p->filt)) {
			p->note[0] = '\0';
			if (!reshow(p, &was, keep))
				tree_select(p, p->filt.behoerde);
		}
		return VF_HANDLED | VF_REDRAW;
	}
	if (p->prompt != PR_NONE)
		return prompt_key(p, key);
	return 0;
}

/* ---- actions ---- */

static int next_sort_col(const struct inventar *p, int c)
{
	for (int i = 1; i <= C__N; i++) {
		int x = (c + i) % C__N;
		if (p->t.w[x] > 0)
			return x;
	}
	return c;
}

static int tree_handle(struct inventar *p, int action)
{
	uint32_t b = p->n_trows ? p->trows[p->tt.sel] : TREE_ALL;
	switch (action) {
	case ACT_LEFT:
		if (b != TREE_ALL && has_children(p, b) && !p->collapsed[b]) {
			p->collapsed[b] = 1;
			tree_rows(p);
			tree_select(p, b);
		} else if (b != TREE_ALL) {
			uint32_t par = p->env->ws->beh[b].parent;
			tree_select(p, par < p->tree.nb ? par : TREE_ALL);
		}
		return VF_HANDLED | VF_REDRAW;
	case ACT_RIGHT:
		if (b != TREE_ALL && has_children(p, b) && p->collapsed[b]) {
			p->collapsed[b] = 0;
			tree_rows(p);
			tree_select(p, b);
		} else {
			p->tree_focus = 0;
		}
		return VF_HANDLED | VF_REDRAW;
	case ACT_TOGGLE:
		if (b != TREE_ALL && has_children(p, b)) {
			p->collapsed[b] = !p->collapsed[b];
			tree_rows(p);
			tree_select(p, b);
		}
		return VF_HANDLED | VF_REDRAW;
	case ACT_OPEN: {
		uint32_t keep = selected_obj(p);
		struct shown was = shown_now(p);
		p->filt.behoerde = b;
		p->note[0] = '\0';
		if (!reshow(p, &was, keep))
			p->tree_focus = 0;
		return VF_HANDLED | VF_REDRAW;
	}
	default:
		return table_handle(&p->tt, action);
	}
}

static int write_csv(void *ctx, struct csvout *o)
{
	const struct inventar *p = ctx;
	export_inventar(p->env->ws, o);
	return 0;
}

static int inv_handle(struct view *v, int action)
{
	struct inventar *p = v->priv;
	if (action != ACT_REDRAW)
		p->note[0] = '\0';
	if (v->env->ws->n_obj == 0)
		return 0;
	if (p->tree_focus && p->tree_shown) {
		int f = tree_handle(p, action);
		if (f & VF_HANDLED)
			return f;
	}
	uint32_t keep = selected_obj(p);
	struct shown was = shown_now(p);
	switch (action) {
	case ACT_LEFT:
		if (!p->tree_shown) {
			p->tree_shown = 1;
			make_panes(p);
		}
		p->tree_focus = 1;
		tree_select(p, p->filt.behoerde);
		return VF_HANDLED | VF_REDRAW;
	case ACT_TREE:
		p->tree_shown = !p->tree_shown;
		p->tree_focus = p->tree_shown;
		if (p->tree_shown)
			tree_select(p, p->filt.behoerde);
		make_panes(p);
		return VF_HANDLED | VF_REDRAW;
	case ACT_SORT:
		p->sort_col = next_sort_col(p, p->sort_col);
		p->sort_rev = 0;
		reshow(p, &was, keep);
		return VF_HANDLED | VF_REDRAW;
	case ACT_SORT_REV:
		p->sort_rev = !p->sort_rev;
		reshow(p, &was, keep);
		return VF_HANDLED | VF_REDRAW;
	case ACT_FILTER: { /* the Behörden list is the tree's, with its counts */
		objfilter_pick_open(&p->fp, v->env, &p->tree);
		return VF_HANDLED | VF_REDRAW;
	}
	case ACT_FILTER_CLEAR:
		obj_filter_clear(&p->filt);
		if (!reshow(p, &was, keep))
			tree_select(p, TREE_ALL);
		return VF_HANDLED | VF_REDRAW;
	case ACT_SEARCH: /* search, jump and their steps select table rows: focus there */
		p->tree_focus = 0;
		p->prompt = PR_SEARCH;
		p->origin = p->t.sel;
		p->found = NO_ROW;
		line_set(&p->le, "");
		p->pattern[0] = '\0';
		return VF_HANDLED | VF_REDRAW;
	case ACT_JUMP:
		p->tree_focus = 0;
		p->prompt = PR_JUMP;
		line_set(&p->le, "");
		return VF_HANDLED | VF_REDRAW;
	case ACT_SEARCH_NEXT:
		p->tree_focus = 0;
		search_step(p, +1);
		return VF_HANDLED | VF_REDRAW;
	case ACT_SEARCH_PREV:
		p->tree_focus = 0;
		search_step(p, -1);
		return VF_HANDLED | VF_REDRAW;
	case ACT_EXPORT: /* the whole Inventar, as `wolkenplan export inventar` writes it */
		export_dialog_open(&p->ex, v->env, N_("Inventar"), "inventar", write_csv, p);
		return VF_HANDLED | VF_REDRAW;
	case ACT_TOGGLE: /* in the table: mark the object for a pilot, go on to the next */
		if (keep != WP_NONE && marks_toggle(&p->marks, v->env->ws, keep) >= 0) {
			session_message(v->env->ses, 0,
					ngettext("%zu Objekt markiert — P legt einen Piloten daraus an",
						 "%zu Objekte markiert — P legt einen Piloten daraus an",
						 p->marks.n), p->marks.n);
			table_handle(&p->t, ACT_DOWN);
		}
		return VF_HANDLED | VF_REDRAW;
	case ACT_PILOT_NEW:
		if (!p->marks.n || !v->env->req) {
			session_message(v->env->ses, 0, "%s",
					_("Erst Objekte mit der Leertaste markieren, dann P"));
			return VF_HANDLED | VF_REDRAW;
		}
		if (marks_to_request(&p->marks, v->env->ws, &v->env->req->pilot) < 0)
			return VF_HANDLED | VF_REDRAW;
		return request_new_pilot(v->env->req);
	default:
		return table_handle(&p->t, action);
	}
}

static int inv_click(struct view *v, int y, int x)
{
	struct inventar *p = v->priv;
	if (objfilter_pick_active(&p->fp) || p->prompt != PR_NONE || !p->wtab)
		return VF_HANDLED;
	int tw = p->wtree ? getmaxx(p->wtree) + 1 : 0;
	if (p->wtree && x < tw - 1) {
		p->tree_focus = 1;
		if (y == 0)
			return VF_HANDLED | VF_REDRAW;
		int f = table_click(&p->tt, y - 1);
		if (f & VF_REDRAW)
			return tree_handle(p, ACT_OPEN) | VF_REDRAW;
		return f;
	}
	p->tree_focus = 0;
	if (y == 0) { /* a click on a column title sorts by it (again: reverses) */
		for (int c = 0; c < C__N; c++)
			if (p->t.w[c] > 0 && x - tw >= p->t.x[c] && x - tw < p->t.x[c] + p->t.w[c]) {
				uint32_t keep = selected_obj(p);
				struct shown was = shown_now(p);
				if (c == p->sort_col) {
					p->sort_rev = !p->sort_rev;
				} else {
					p->sort_col = c;
					p->sort_rev = 0;
				}
				reshow(p, &was, keep);
				return VF_HANDLED | VF_REDRAW;
			}
		return VF_HANDLED;
	}
	return table_click(&p->t, y - 1) | VF_REDRAW;
}

static void inv_info(struct view *v, char *buf, size_t n)
{
	struct inventar *p = v->priv;
	size_t total = v->env->ws->n_obj;
	if (p->n_rows == 0) {
		snprintf(buf, n, _("0 von %zu Objekten"), total);
		return;
	}
	if (p->n_rows == total)
		snprintf(buf, n, _("Objekt %zu von %zu"), p->t.sel + 1, total);
	else
		snprintf(buf, n, _("Objekt %zu von %zu (gefiltert aus %zu)"), p->t.sel + 1,
			 p->n_rows, total);
}

/* ---- life cycle ---- */

void view_inventar_apply(struct view *v, const struct obj_filter *f)
{
	struct inventar *p = v->priv;
	if (!p)
		return;
	struct shown was = shown_now(p);
	p->filt = *f;
	p->filt.select = WP_NONE;
	p->prompt = PR_NONE;
	p->pattern[0] = '\0';
	p->note[0] = '\0';
	objfilter_pick_free(&p->fp);
	p->tree_focus = 0;
	if (reshow(p, &was, f->select))
		return;
	tree_select(p, p->filt.behoerde);
	if (f->select != WP_NONE && selected_obj(p) != f->select)
		select_obj(p, f->select);
}

static int inv_open(struct view *v)
{
	struct inventar *p = calloc(1, sizeof *p);
	if (!p)
		return -WP_ENOMEM;
	v->priv = p;
	p->env = v->env;
	const struct ws *ws = v->env->ws;
	size_t n = ws->n_obj;
	obj_filter_clear(&p->filt);
	table_init(&p->t, columns, C__N, v->env->theme, draw_row, NULL, p);
	table_init(&p->tt, tree_columns, 2, v->env->theme, draw_tree_row, NULL, p);
	p->rows = malloc((n ? n : 1) * sizeof *p->rows);
	p->byk = malloc((n ? n : 1) * sizeof *p->byk);
	if (!p->rows || !p->byk || build_tree(p) || waves_load(&p->wv, v->env))
		return -WP_ENOMEM;
	/* Kennung order: the workspace's index when current, else sorted here */
	if (ws->by_kennung && ws->n_indexed == n) {
		memcpy(p->byk, ws->by_kennung, n * sizeof *p->byk);
	} else {
		for (size_t i = 0; i < n; i++)
			p->byk[i] = (uint32_t)i;
		sort_ws = ws;
		qsort(p->byk, n, sizeof *p->byk, cmp_by_kennung);
		sort_ws = NULL;
	}
	tree_rows(p);
	if (rebuild(p, WP_NONE))
		return -WP_ENOMEM;
	/* Kennung, Behörde and platform code columns fit their data (measured once) */
	int wk = (int)utf8_width(_(columns[C_KENNUNG].title)), we = 5, wb = 10;
	for (size_t i = 0; i < n; i++) {
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
	table_set_width(&p->t, C_KENNUNG, wk < KENNUNG_MAX ? wk : KENNUNG_MAX);
	table_set_width(&p->t, C_EMPF, we < 14 ? we : 14);
	table_set_width(&p->t, C_BEH, wb < 24 ? wb : 24);
	char digits[32];
	int wc = snprintf(digits, sizeof digits, "%zu", n);
	table_set_width(&p->tt, 1, wc > 3 ? wc : 3);
	return 0;
}

static void inv_destroy(struct view *v);

/* After an edit (objects may have been added or deleted, the assessment is new): builds
 * everything again and restores sort order, filter, tree and the selected object (found
 * by its store id). */
static int inv_reload(struct view *v)
{
	struct inventar *old = v->priv;
	if (!old)
		return inv_open(v);
	int sort_col = old->sort_col, sort_rev = old->sort_rev, shown = old->tree_shown;
	int focus = old->tree_focus, height = old->height, width = old->width;
	int64_t sel_id = old->sel_id;
	struct obj_filter filt = old->filt;
	struct marks marks = old->marks;
	old->marks = (struct marks){ 0 };
	inv_destroy(v);
	if (inv_open(v)) {
		marks_free(&marks);
		return -WP_ENOMEM;
	}
	struct inventar *p = v->priv;
	const struct ws *ws = v->env->ws;
	p->marks = marks;
	p->sort_col = sort_col;
	p->sort_rev = sort_rev;
	p->filt = filt;
	if (p->filt.behoerde != WP_NONE && p->filt.behoerde >= ws->n_beh)
		p->filt.behoerde = WP_NONE;
	p->tree_shown = shown;
	p->tree_focus = focus;
	uint32_t keep = WP_NONE;
	for (size_t o = 0; sel_id && o < ws->n_obj && keep == WP_NONE; o++)
		if (ws->obj[o].id == sel_id)
			keep = (uint32_t)o;
	if (width) {
		p->height = height;
		p->width = width;
		p->tree_w = width / 4 < 22 ? 22 : width / 4 > 32 ? 32 : width / 4;
		make_panes(p);
	}
	tree_select(p, p->filt.behoerde);
	return rebuild(p, keep);
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
		for (int c = 0; c < C__N; c++)
			free(p->order[c]);
		free(p->rows);
		free(p->byk);
		beh_tree_free(&p->tree);
		free(p->collapsed);
		free(p->trows);
		free(p->hay);
		free(p->hay_off);
		objfilter_pick_free(&p->fp);
		export_dialog_free(&p->ex);
		waves_free(&p->wv);
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
	.key = inv_key,
	.click = inv_click,
	.info = inv_info,
	.destroy = inv_destroy,
	.reload = inv_reload,
	.selected = inv_selected,
};
