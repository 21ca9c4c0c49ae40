/* Bewertung view: the verdict of every object on every platform as a heat map — one row
 * per object with its Schutzklasse and Bereitschaft, one column per platform, each cell
 * zulässig / offen / blockiert by colour and by glyph (✓ ? ✗, ASCII + ? x), so it reads
 * without colour too; the cell under the cursor is bracketed. Column totals per platform
 * (over the rows shown) below the matrix. ←/→ move between platforms and scroll the
 * platform columns sideways when they do not fit; Enter explains the cell (which red
 * lines, required vs. offered, with the platform's sources); s/S sort (Kennung, Name,
 * Schutzklasse, Bereitschaft, verdict on the platform under the cursor), f/F filter as in
 * the Inventar (tui/objfilter.h), / n N search and : jumps to a Kennung; x exports the
 * Bewertung CSV (tui/export_dialog.h). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/edit.h"
#include "data/export.h"
#include "model/enums.h"
#include "model/err.h"
#include "model/explain_text.h"
#include "model/i18n.h"
#include "model/labels.h"
#include "model/lookup.h"
#include "model/utf8.h"
#include "tui/actions.h"
#include "tui/export_dialog.h"
#include "tui/filter_overlay.h"
#include "tui/listview.h"
#include "tui/objfilter.h"
#include "tui/text.h"
#include "tui/textbox.h"
#include "tui/view.h"

enum { BC_KENNUNG, BC_NAME, BC_SCHUTZ, BC_BEREIT, BC_MATRIX, BC__N };

/* Sort orders: the four columns, then the verdict on platform sort_pf. */
enum { BS_KENNUNG, BS_NAME, BS_SCHUTZ, BS_BEREIT, BS_PF, BS__N };

static const struct table_col columns[BC__N] = {
	[BC_KENNUNG] = { LBL_F_KENNUNG, NULL, 8, 10, 0, 0, 0 },
	[BC_NAME] = { LBL_F_NAME, NULL, 24, 10, 0, 0, 0 },
	[BC_SCHUTZ] = { LBL_SCHUTZKLASSE, LBL_SCHUTZ, 9, 6, 0, 0, 0 },
	[BC_BEREIT] = { LBL_BEREITSCHAFT, LBL_BEREIT, 6, 5, 0, 0, 1 },
	/* the matrix takes the rest (at least three platforms); drawn by the view */
	[BC_MATRIX] = { " ", NULL, 6, 0, 0, 1, 0 },
};

/* Lines under the table: three totals lines and the view's bar. */
#define FOOT_LINES 4

struct bewertung {
	const struct view_env *env;
	struct listview lv;     /* rows: objects (source: Kennung order); sort keys BS_* */
	size_t *tot;            /* [pf * V__N + verdict] over the rows shown */
	struct obj_filter filt;
	struct beh_tree tree;   /* the Behörden (filter by Behörde, its pick list) */
	uint32_t sort_pf;       /* the platform of BS_PF */
	size_t pc, left;        /* platform under the cursor, first platform shown */
	int cellw, ncells;      /* width of a platform column, platform columns shown */
	int height, width;
};

static int cell_verdict(const struct bewertung *p, uint32_t o, size_t pf)
{
	const struct assessment *as = p->env->as;
	return as->verdict[(size_t)o * as->n_pf + pf];
}

/* ---- rows: the list controller's hooks ---- */

static uint32_t sort_key(const struct bewertung *p, int key, uint32_t o)
{
	const struct assess_obj *ao = &p->env->as->obj[o];
	switch (key) {
	case BS_SCHUTZ: return ao->schutzklasse;
	case BS_BEREIT: return ao->bereitschaft;
	case BS_PF:
		return p->sort_pf < p->env->as->n_pf ? (uint32_t)cell_verdict(p, o, p->sort_pf) : 0;
	default: return 0;
	}
}

/* Kennung order is the source order, so BS_KENNUNG compares equal (and ties stay in
 * ascending Kennung order whichever the direction). */
static int compare(const void *ctx, int key, uint32_t x, uint32_t y)
{
	const struct bewertung *p = ctx;
	if (key == BS_NAME)
		return strcoll(p->env->ws->obj[x].name, p->env->ws->obj[y].name);
	uint32_t kx = sort_key(p, key, x), ky = sort_key(p, key, y);
	return (kx > ky) - (kx < ky);
}

static int pass_filter(const void *ctx, uint32_t o)
{
	const struct bewertung *p = ctx;
	return objfilter_match(p->env, &p->filt, o, NULL, &p->tree);
}

static int match(const void *ctx, uint32_t o, const char *pat)
{
	const struct bewertung *p = ctx;
	return lookup_text(p->env->ws, o, pat);
}

static int64_t obj_id(const void *ctx, uint32_t o)
{
	const struct bewertung *p = ctx;
	return o < p->env->ws->n_obj ? p->env->ws->obj[o].id : 0;
}

static uint32_t find_id(const void *ctx, int64_t id)
{
	return edit_find_id(((const struct bewertung *)ctx)->env->ws, id);
}

static uint32_t jump(const void *ctx, const char *text)
{
	const struct bewertung *p = ctx;
	return lookup_kennung(p->env->ws, text, LOOKUP_PREFIX, NULL);
}

static const char *unhide(void *ctx, uint32_t o)
{
	struct bewertung *p = ctx;
	(void)o;
	obj_filter_clear(&p->filt);
	return OBJFILTER_UNHIDE;
}

/* The totals per platform over the rows shown. */
static void rebuilt(void *ctx)
{
	struct bewertung *p = ctx;
	const struct assessment *as = p->env->as;
	memset(p->tot, 0, (as->n_pf ? as->n_pf : 1) * V__N * sizeof *p->tot);
	for (size_t r = 0; r < p->lv.n_rows; r++)
		for (size_t f = 0; f < as->n_pf; f++)
			p->tot[f * V__N + (size_t)cell_verdict(p, p->lv.rows[r], f) % V__N]++;
}

static void draw_row(void *ctx, const struct table *t, WINDOW *w, int y, uint32_t o,
		     int selected);

static const struct listview_ops list_ops = {
	.draw = draw_row, .compare = compare, .n_sort = BS__N, .filter = pass_filter,
	.match = match, .id = obj_id, .find_id = find_id, .jump = jump, .unhide = unhide,
	.rebuilt = rebuilt,
};

static uint32_t selected_obj(const struct bewertung *p)
{
	return listview_selected(&p->lv);
}

/* ---- layout and horizontal scrolling ---- */

/* Platforms that fit beside the fixed columns, and left adjusted so pc is shown. */
static void fit_cells(struct bewertung *p)
{
	size_t npf = p->env->ws->n_pf;
	int mw = p->lv.t.w[BC_MATRIX];
	int n = p->cellw > 0 ? mw / p->cellw : 0;
	if (n < (int)npf && mw > p->cellw)
		n = (mw - 1) / p->cellw; /* one column for the "more" arrow */
	if (n < 1)
		n = 1;
	p->ncells = n;
	if (p->pc >= npf)
		p->pc = npf ? npf - 1 : 0;
	if (p->pc < p->left)
		p->left = p->pc;
	else if (p->pc >= p->left + (size_t)n)
		p->left = p->pc - (size_t)n + 1;
	if (p->left + (size_t)n > npf)
		p->left = npf > (size_t)n ? npf - (size_t)n : 0;
}

static void bw_layout(struct view *v, int height, int width)
{
	struct bewertung *p = v->priv;
	p->height = height;
	p->width = width;
	int th = height - FOOT_LINES;
	table_layout(&p->lv.t, th > 2 ? th : 2, width);
	fit_cells(p);
}

/* ---- drawing ---- */

static void draw_row(void *ctx, const struct table *t, WINDOW *w, int y, uint32_t o,
		     int selected)
{
	struct bewertung *p = ctx;
	const struct ws *ws = p->env->ws;
	const struct theme *th = p->env->theme;
	const struct assess_obj *ao = &p->env->as->obj[o];
	attr_t base = theme_attr(th, ROLE_ROW, selected);
	char buf[32];
	table_cell(t, w, y, BC_KENNUNG, ws->obj[o].kennung, base);
	table_cell(t, w, y, BC_NAME, ws->obj[o].name, base);
	table_cell(t, w, y, BC_SCHUTZ, _(enum_label(EK_LEVEL, ao->schutzklasse)), base);
	snprintf(buf, sizeof buf, "%u %%", (unsigned)ao->bereitschaft);
	table_cell(t, w, y, BC_BEREIT, buf, base);
	if (t->w[BC_MATRIX] <= 0)
		return;
	int x0 = t->x[BC_MATRIX];
	text_fill(w, y, x0, t->w[BC_MATRIX], theme_attr(th, ROLE_ROW, 0));
	for (int i = 0; i < p->ncells; i++) {
		size_t f = p->left + (size_t)i;
		if (f >= ws->n_pf)
			break;
		int v = cell_verdict(p, o, f), cur = selected && f == p->pc;
		attr_t a = theme_attr(th, theme_heat_role(v), 0);
		if (cur)
			a |= A_REVERSE | A_BOLD;
		/* "*" marks the recommended platform (docs/rules.md §4) */
		int rec = ao->empfohlen == f;
		snprintf(buf, sizeof buf, "%s%s%s", cur ? "[" : " ", theme_verdict_glyph(th, v),
			 rec ? (cur ? "*]" : "* ") : (cur ? "] " : "  "));
		int cw = p->cellw - 1, pad = (cw - 4) / 2;
		text_fill(w, y, x0 + i * p->cellw, cw, a);
		text_put(w, y, x0 + i * p->cellw + pad, buf, 4, a, TEXT_LEFT);
	}
}

static void draw_header(struct bewertung *p, WINDOW *w)
{
	const struct ws *ws = p->env->ws;
	const struct theme *th = p->env->theme;
	const struct table *t = &p->lv.t;
	attr_t ha = theme_attr(th, ROLE_HEADER, 0);
	char title[64];
	const char *arrow = p->lv.sort_rev ? "▼" : "▲";
	if (p->lv.sort < BS_PF) { /* the sort column carries the direction */
		int c = p->lv.sort; /* BS_* and BC_* agree for the four columns */
		const char *tt = _(columns[c].title);
		if (columns[c].short_title && (int)utf8_width(tt) + 1 > t->w[c])
			tt = _(columns[c].short_title);
		snprintf(title, sizeof title, "%s%s", tt, arrow);
		table_cell(t, w, 0, c, title, ha);
	}
	if (t->w[BC_MATRIX] <= 0)
		return;
	int x0 = t->x[BC_MATRIX];
	text_fill(w, 0, x0, t->w[BC_MATRIX], ha);
	for (int i = 0; i < p->ncells; i++) {
		size_t f = p->left + (size_t)i;
		if (f >= ws->n_pf)
			break;
		snprintf(title, sizeof title, "%s%s", ws->pf[f].code,
			 p->lv.sort == BS_PF && p->sort_pf == f ? arrow : "");
		text_put(w, 0, x0 + i * p->cellw, title, p->cellw - 1,
			 f == p->pc ? ha | A_REVERSE : ha, TEXT_LEFT);
	}
	if (p->left > 0)
		text_put(w, 0, x0 - 1, "←", 1, ha, TEXT_LEFT);
	if (p->left + (size_t)p->ncells < ws->n_pf)
		text_put(w, 0, x0 + t->w[BC_MATRIX] - 1, "→", 1, ha, TEXT_LEFT);
}

/* The totals under the matrix: one line per verdict, counts per platform. */
static void draw_totals(struct bewertung *p, WINDOW *w, int y)
{
	const struct ws *ws = p->env->ws;
	const struct theme *th = p->env->theme;
	const struct table *t = &p->lv.t;
	int x0 = t->x[BC_MATRIX], lw = x0 > 1 ? x0 - 1 : 0;
	attr_t dim = theme_attr(th, ROLE_DIM, 0);
	char buf[128];
	text_fill(w, y, 0, getmaxx(w), theme_attr(th, ROLE_HEADER, 0) & ~A_UNDERLINE);
	for (int v = 0; v < V__N; v++) {
		int yy = y + v;
		text_fill(w, yy, 0, getmaxx(w), theme_attr(th, ROLE_ROW, 0));
		snprintf(buf, sizeof buf, _("Summe %s %s"), theme_verdict_glyph(th, v),
			 _(enum_label(EK_VERDICT, v)));
		if (v == 0 && p->lv.n_rows != ws->n_obj)
			snprintf(buf, sizeof buf, _("Summe %s %s (gefiltert)"), theme_verdict_glyph(th, v),
				 _(enum_label(EK_VERDICT, v)));
		text_put(w, yy, 0, buf, lw, dim, TEXT_RIGHT);
		if (t->w[BC_MATRIX] <= 0)
			continue;
		for (int i = 0; i < p->ncells; i++) {
			size_t f = p->left + (size_t)i;
			if (f >= ws->n_pf)
				break;
			snprintf(buf, sizeof buf, "%zu", p->tot[f * V__N + (size_t)v]);
			text_put(w, yy, x0 + i * p->cellw, buf, p->cellw - 1,
				 theme_attr(th, theme_verdict_role(v), 0),
				 TEXT_RIGHT);
		}
	}
}

static const char *sort_name(const struct bewertung *p, char *buf, size_t n)
{
	if (p->lv.sort == BS_PF && p->sort_pf < p->env->ws->n_pf)
		snprintf(buf, n, _("Urteil auf %s"), p->env->ws->pf[p->sort_pf].code);
	else
		snprintf(buf, n, "%s", _(columns[p->lv.sort].title));
	return buf;
}

static void draw_bar(struct bewertung *p, WINDOW *w, int y)
{
	char sn[96];
	objfilter_bar(w, y, p->env, &p->filt, p->lv.note,
		      N_("* empfohlen · {left:1}/{right:1} Plattform · {open} erklärt · {export} "
			 "Export"),
		      sort_name(p, sn, sizeof sn), p->lv.sort_rev);
}

static void bw_draw(struct view *v)
{
	struct bewertung *p = v->priv;
	const struct theme *th = v->env->theme;
	const struct ws *ws = v->env->ws;
	int h = getmaxy(v->win), w = getmaxx(v->win);
	char kb[256];
	if (ws->n_obj == 0 || ws->n_pf == 0) {
		text_put(v->win, 1, 1,
			 ws->n_obj == 0 ? _(OBJFILTER_NO_OBJECTS)
					: keys_text(_("Noch keine Plattformen. Anlegen in der Ansicht "
						      "{view-4} ({new-object})."), kb, sizeof kb),
			 w - 1, theme_attr(th, ROLE_DIM, 0), TEXT_LEFT);
		return;
	}
	listview_draw(&p->lv, v->win);
	draw_header(p, v->win);
	if (p->lv.n_rows == 0)
		text_put(v->win, 2, 1, keys_text(_(OBJFILTER_NONE), kb, sizeof kb), w - 1,
			 theme_attr(th, ROLE_DIM, 0), TEXT_LEFT);
	if (h >= FOOT_LINES + 3)
		draw_totals(p, v->win, h - FOOT_LINES);
	draw_bar(p, v->win, h - 1);
}

/* ---- actions ---- */

/* The explanation of the cell under the cursor in a text box: the verdict with its
 * reason, then the object's Schutzbedarf, the red lines of this platform (required vs.
 * offered, with the platform's sources) and why which platform is recommended. */
static void explain_cell(struct bewertung *p)
{
	const struct ws *ws = p->env->ws;
	const struct assessment *as = p->env->as;
	uint32_t o = selected_obj(p);
	if (o == WP_NONE || p->pc >= ws->n_pf)
		return;
	char *reason = verdict_reason_text(ws, as, o, (uint32_t)p->pc);
	char *full = explain_text(ws, as, o, (uint32_t)p->pc);
	if (reason && full) {
		/* the first four paragraphs: object, Schutzbedarf, red lines, recommendation */
		char *cut = full;
		for (int i = 0; i < 4 && cut; i++) {
			cut = strstr(cut, "\n\n");
			if (cut && i < 3)
				cut += 2;
		}
		if (cut)
			*cut = '\0';
		size_t n = strlen(reason) + strlen(full) + 8;
		char *text = malloc(n);
		if (text) {
			char title[160];
			snprintf(text, n, "%s\n\n%s", reason, full);
			snprintf(title, sizeof title, _("%s auf %s"), ws->obj[o].kennung,
				 ws->pf[p->pc].code);
			textbox_push(p->env->overlays, title, text, 0, p->env->theme, NULL, p);
			free(text);
		}
	}
	free(reason);
	free(full);
}

static int write_csv(void *ctx, struct csvout *o)
{
	const struct bewertung *p = ctx;
	export_bewertung(p->env->ws, p->env->as, o);
	return 0;
}

/* A filter was chosen (applied to p->filt): the rows again. */
static int filter_done(void *owner, void *state, int result)
{
	struct bewertung *p = owner;
	(void)state;
	if (result == WR_DONE)
		listview_rebuild(&p->lv);
	return VF_REDRAW;
}

static int bw_handle(struct view *v, int action)
{
	struct bewertung *p = v->priv;
	const struct ws *ws = v->env->ws;
	if (ws->n_obj == 0 || ws->n_pf == 0)
		return 0;
	switch (action) {
	case ACT_LEFT:
		if (p->pc > 0)
			p->pc--;
		fit_cells(p);
		return VF_HANDLED | VF_REDRAW;
	case ACT_RIGHT:
		if (p->pc + 1 < ws->n_pf)
			p->pc++;
		fit_cells(p);
		return VF_HANDLED | VF_REDRAW;
	case ACT_OPEN:
		explain_cell(p);
		return VF_HANDLED | VF_REDRAW;
	case ACT_SORT: /* Kennung → Name → Schutzklasse → Bereitschaft → platform under the cursor */
		p->sort_pf = (uint32_t)p->pc;
		return listview_handle(&p->lv, action);
	case ACT_FILTER:
		filter_overlay_push(v->env->overlays, v->env, &p->tree, &p->filt, filter_done, p);
		return VF_HANDLED | VF_REDRAW;
	case ACT_FILTER_CLEAR:
		obj_filter_clear(&p->filt);
		listview_rebuild(&p->lv);
		return VF_HANDLED | VF_REDRAW;
	case ACT_EXPORT:
		export_dialog_push(v->env->overlays, v->env, v->title, "bewertung", write_csv, p);
		return VF_HANDLED | VF_REDRAW;
	default:
		return listview_handle(&p->lv, action);
	}
}

static int bw_click(struct view *v, int y, int x)
{
	struct bewertung *p = v->priv;
	const struct ws *ws = v->env->ws;
	if (ws->n_pf == 0)
		return VF_HANDLED;
	int x0 = p->lv.t.x[BC_MATRIX];
	size_t f = WP_NONE;
	if (p->lv.t.w[BC_MATRIX] > 0 && x >= x0 && x < x0 + p->ncells * p->cellw) {
		f = p->left + (size_t)((x - x0) / p->cellw);
		if (f >= ws->n_pf)
			f = WP_NONE;
	}
	if (y == 0) { /* a column title sorts by it, a second click reverses */
		int s = -1;
		for (int c = 0; c < BC_MATRIX; c++)
			if (p->lv.t.w[c] > 0 && x >= p->lv.t.x[c] && x < p->lv.t.x[c] + p->lv.t.w[c])
				s = c;
		if (f != WP_NONE)
			s = BS_PF;
		if (s < 0)
			return VF_HANDLED;
		int rev = s == p->lv.sort && (s != BS_PF || p->sort_pf == f) ? !p->lv.sort_rev : 0;
		if (f != WP_NONE) {
			p->sort_pf = (uint32_t)f;
			p->pc = f;
		}
		listview_set_sort(&p->lv, s, rev);
		return VF_HANDLED | VF_REDRAW;
	}
	if (f != WP_NONE)
		p->pc = f;
	return table_click(&p->lv.t, y - 1) | VF_REDRAW;
}

static void bw_info(struct view *v, char *buf, size_t n)
{
	struct bewertung *p = v->priv;
	const struct ws *ws = v->env->ws;
	/* unfiltered with the platform; else as in the Inventar (the platform is in the
	 * header then: the line has half a row) */
	if (p->lv.n_rows && p->lv.n_rows == ws->n_obj && ws->n_pf)
		snprintf(buf, n, _("Objekt %zu von %zu · %s"), p->lv.t.sel + 1, ws->n_obj,
			 ws->pf[p->pc].code);
	else
		objfilter_info(buf, n, p->lv.t.sel, ws->n_pf ? p->lv.n_rows : 0, ws->n_obj);
}

static uint32_t bw_selected(struct view *v)
{
	return selected_obj(v->priv);
}

/* ---- life cycle ---- */

static void bw_destroy(struct view *v)
{
	struct bewertung *p = v->priv;
	if (p) {
		overlay_drop_owner(v->env->overlays, p);
		listview_free(&p->lv);
		beh_tree_free(&p->tree);
		free(p->tot);
	}
	free(p);
	v->priv = NULL;
}

static int bw_open(struct view *v)
{
	struct bewertung *p = calloc(1, sizeof *p);
	if (!p)
		return -WP_ENOMEM;
	v->priv = p;
	p->env = v->env;
	const struct ws *ws = v->env->ws;
	size_t n = ws->n_obj;
	obj_filter_clear(&p->filt);
	listview_init(&p->lv, columns, BC__N, v->env->theme, &list_ops, p, v->env->overlays);
	p->tot = calloc((ws->n_pf ? ws->n_pf : 1) * V__N, sizeof *p->tot);
	if (!p->tot || beh_tree_build(ws, &p->tree))
		return -WP_ENOMEM;
	/* widths measured once: Kennung to its longest, a platform column to its code */
	int wk = (int)utf8_width(_(columns[BC_KENNUNG].title)), wc = 4;
	for (size_t i = 0; i < n; i++) {
		int x = (int)utf8_width(ws->obj[i].kennung);
		if (x > wk)
			wk = x;
	}
	for (size_t f = 0; f < ws->n_pf; f++) {
		int x = (int)utf8_width(ws->pf[f].code);
		if (x > wc)
			wc = x;
	}
	p->cellw = (wc < 11 ? wc : 11) + 1;
	table_set_width(&p->lv.t, BC_KENNUNG, wk < 16 ? wk : 16);
	size_t least = ws->n_pf < 3 ? (ws->n_pf ? ws->n_pf : 1) : 3;
	table_set_width(&p->lv.t, BC_MATRIX, (int)least * p->cellw + (ws->n_pf > 3 ? 1 : 0));
	return listview_set_source(&p->lv, ws->by_kennung && ws->n_indexed == n ? ws->by_kennung
									     : NULL, n, 0);
}

/* After an edit: everything again, with filter, sort, cursor and selection (by store id)
 * kept. */
static int bw_reload(struct view *v)
{
	struct bewertung *old = v->priv;
	if (!old)
		return bw_open(v);
	struct obj_filter filt = old->filt;
	int sort = old->lv.sort, rev = old->lv.sort_rev, h = old->height, w = old->width;
	uint32_t spf = old->sort_pf;
	size_t pc = old->pc, left = old->left;
	int64_t sel_id = listview_selected_id(&old->lv);
	bw_destroy(v);
	if (bw_open(v))
		return -WP_ENOMEM;
	struct bewertung *p = v->priv;
	const struct ws *ws = v->env->ws;
	p->filt = filt;
	if (p->filt.behoerde != WP_NONE && p->filt.behoerde >= ws->n_beh)
		p->filt.behoerde = WP_NONE;
	p->sort_pf = spf < ws->n_pf ? spf : 0;
	if (sort == BS_PF && spf >= ws->n_pf)
		sort = BS_KENNUNG;
	/* a removed platform: the cursor stays within the columns left */
	p->pc = pc < ws->n_pf ? pc : (ws->n_pf ? ws->n_pf - 1 : 0);
	p->left = left < ws->n_pf ? left : 0;
	if (w)
		bw_layout(v, h, w);
	int rc = listview_set_sort(&p->lv, sort, rev);
	uint32_t keep = sel_id ? find_id(p, sel_id) : WP_NONE;
	if (keep != WP_NONE)
		listview_select(&p->lv, keep);
	return rc;
}

const struct view_ops view_bewertung_ops = {
	.name = "bewertung",
	.open = bw_open,
	.layout = bw_layout,
	.draw = bw_draw,
	.handle = bw_handle,
	.click = bw_click,
	.info = bw_info,
	.destroy = bw_destroy,
	.selected = bw_selected,
	.reload = bw_reload,
};
