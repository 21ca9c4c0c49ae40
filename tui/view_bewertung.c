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

#include "data/export.h"
#include "model/enums.h"
#include "model/err.h"
#include "model/explain_text.h"
#include "model/i18n.h"
#include "model/utf8.h"
#include "tui/actions.h"
#include "tui/dialog.h"
#include "tui/export_dialog.h"
#include "tui/objfilter.h"
#include "tui/session.h"
#include "tui/table.h"
#include "tui/text.h"
#include "tui/textbox.h"
#include "tui/view.h"
#include "tui/widget.h"

enum { BC_KENNUNG, BC_NAME, BC_SCHUTZ, BC_BEREIT, BC_MATRIX, BC__N };

/* Sort orders: the four columns, then the verdict on platform sort_pf. */
enum { BS_KENNUNG, BS_NAME, BS_SCHUTZ, BS_BEREIT, BS_PF, BS__N };

static const struct table_col columns[BC__N] = {
	[BC_KENNUNG] = { N_("Kennung"), NULL, 8, 10, 0, 0, 0 },
	[BC_NAME] = { N_("Name"), NULL, 24, 10, 0, 0, 0 },
	[BC_SCHUTZ] = { N_("Schutzklasse"), N_("Schutz"), 9, 6, 0, 0, 0 },
	[BC_BEREIT] = { N_("Bereitschaft"), N_("Bereit"), 6, 5, 0, 0, 1 },
	/* the matrix takes the rest (at least three platforms); drawn by the view */
	[BC_MATRIX] = { " ", NULL, 6, 0, 0, 1, 0 },
};

/* Lines under the table: three totals lines and the view's bar. */
#define FOOT_LINES 4

struct bewertung {
	const struct view_env *env;
	struct table t;
	uint32_t *rows;         /* filtered objects in display order */
	size_t n_rows;
	uint32_t *rank;         /* per object: position in Kennung order (ties in sorts) */
	size_t *tot;            /* [pf * V__N + verdict] over the rows shown */
	struct inv_filter filt;
	int sort, sort_rev;
	uint32_t sort_pf;
	size_t pc, left;        /* platform under the cursor, first platform shown */
	int cellw, ncells;      /* width of a platform column, platform columns shown */
	int height, width;
	int64_t sel_id;         /* store id of the selected object at the last draw */
	struct objfilter_pick fp;
	struct textbox tb;
	struct export_dialog ex;
	struct dialog dlg;      /* search (/) or jump (:) prompt */
	int prompting;          /* 0, '/' or ':' */
	char pattern[LINE_MAX_BYTES]; /* the last search, for n and N */
};

static int cell_verdict(const struct bewertung *p, uint32_t o, size_t pf)
{
	const struct assessment *as = p->env->as;
	return as->verdict[(size_t)o * as->n_pf + pf];
}

/* ---- rows: filter and sort ---- */

static const struct bewertung *sort_p; /* qsort has no context argument */

static uint32_t sort_key(const struct bewertung *p, uint32_t o)
{
	const struct assess_obj *ao = &p->env->as->obj[o];
	switch (p->sort) {
	case BS_SCHUTZ: return ao->schutzklasse;
	case BS_BEREIT: return ao->bereitschaft;
	case BS_PF:
		return p->sort_pf < p->env->as->n_pf ? (uint32_t)cell_verdict(p, o, p->sort_pf) : 0;
	default: return 0;
	}
}

static int cmp_rows(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	const struct bewertung *p = sort_p;
	int c = 0;
	if (p->sort == BS_NAME) {
		c = strcoll(p->env->ws->obj[x].name, p->env->ws->obj[y].name);
	} else if (p->sort != BS_KENNUNG) {
		uint32_t kx = sort_key(p, x), ky = sort_key(p, y);
		c = (kx > ky) - (kx < ky);
	}
	if (p->sort_rev)
		c = -c;
	if (!c) /* ties (and Kennung order) stay ascending by Kennung */
		c = (p->rank[x] > p->rank[y]) - (p->rank[x] < p->rank[y]);
	return c;
}

/* Rebuilds rows and totals from filter and sort; keeps object keep selected if shown. */
static void rebuild(struct bewertung *p, uint32_t keep)
{
	const struct ws *ws = p->env->ws;
	const struct assessment *as = p->env->as;
	size_t k = 0, n = ws->n_obj;
	for (size_t i = 0; i < n; i++) {
		uint32_t o = ws->by_kennung && ws->n_indexed == n ? ws->by_kennung[i] : (uint32_t)i;
		if (objfilter_match(p->env, &p->filt, o, NULL, NULL, NULL))
			p->rows[k++] = o;
	}
	p->n_rows = k;
	if (p->sort != BS_KENNUNG || p->sort_rev) {
		sort_p = p;
		qsort(p->rows, k, sizeof *p->rows, cmp_rows);
		sort_p = NULL;
	}
	memset(p->tot, 0, (as->n_pf ? as->n_pf : 1) * V__N * sizeof *p->tot);
	for (size_t r = 0; r < k; r++)
		for (size_t f = 0; f < as->n_pf; f++)
			p->tot[f * V__N + (size_t)cell_verdict(p, p->rows[r], f) % V__N]++;
	table_set_rows(&p->t, k);
	size_t at = 0;
	for (size_t r = 0; keep != WP_NONE && r < k; r++)
		if (p->rows[r] == keep) {
			at = r;
			break;
		}
	table_select(&p->t, at);
}

static uint32_t selected_obj(const struct bewertung *p)
{
	return p->n_rows && p->t.sel < p->n_rows ? p->rows[p->t.sel] : WP_NONE;
}

/* ---- layout and horizontal scrolling ---- */

/* Platforms that fit beside the fixed columns, and left adjusted so pc is shown. */
static void fit_cells(struct bewertung *p)
{
	size_t npf = p->env->ws->n_pf;
	int mw = p->t.w[BC_MATRIX];
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
	table_layout(&p->t, th > 2 ? th : 2, width);
	fit_cells(p);
}

/* ---- drawing ---- */

static void draw_row(void *ctx, const struct table *t, WINDOW *w, int y, size_t row,
		     int selected)
{
	struct bewertung *p = ctx;
	const struct ws *ws = p->env->ws;
	const struct theme *th = p->env->theme;
	uint32_t o = p->rows[row];
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
		/* "*" marks the recommended platform (§4.4) */
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
	const struct table *t = &p->t;
	attr_t ha = theme_attr(th, ROLE_HEADER, 0);
	char title[64];
	const char *arrow = p->sort_rev ? "▼" : "▲";
	if (p->sort < BS_PF) { /* the sort column carries the direction */
		int c = p->sort; /* BS_* and BC_* agree for the four columns */
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
			 p->sort == BS_PF && p->sort_pf == f ? arrow : "");
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
	const struct table *t = &p->t;
	int x0 = t->x[BC_MATRIX], lw = x0 > 1 ? x0 - 1 : 0;
	attr_t dim = theme_attr(th, ROLE_DIM, 0);
	char buf[128];
	text_fill(w, y, 0, getmaxx(w), theme_attr(th, ROLE_HEADER, 0) & ~A_UNDERLINE);
	for (int v = 0; v < V__N; v++) {
		int yy = y + v;
		text_fill(w, yy, 0, getmaxx(w), theme_attr(th, ROLE_ROW, 0));
		snprintf(buf, sizeof buf, _("Summe %s %s"), theme_verdict_glyph(th, v),
			 _(enum_label(EK_VERDICT, v)));
		if (v == 0 && p->n_rows != ws->n_obj)
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
	if (p->sort == BS_PF && p->sort_pf < p->env->ws->n_pf)
		snprintf(buf, n, _("Urteil auf %s"), p->env->ws->pf[p->sort_pf].code);
	else
		snprintf(buf, n, "%s", _(columns[p->sort].title));
	return buf;
}

static void draw_bar(struct bewertung *p, WINDOW *w, int y)
{
	const struct theme *th = p->env->theme;
	int cols = getmaxx(w);
	attr_t a = theme_attr(th, ROLE_DIM, 0);
	char left[600], right[160], sn[96];
	text_fill(w, y, 0, cols, a);
	snprintf(right, sizeof right, _("sortiert: %s %s"), sort_name(p, sn, sizeof sn),
		 p->sort_rev ? "▼" : "▲");
	if (objfilter_any(&p->filt)) {
		char ft[512];
		objfilter_text(p->env, &p->filt, ft, sizeof ft);
		snprintf(left, sizeof left, _("Filter: %s (F hebt auf)"), ft);
	} else {
		snprintf(left, sizeof left, "%s",
			 _("* empfohlen · ←/→ Plattform · Enter erklärt · x Export"));
	}
	text_put_bar(w, y, cols, left, right, a);
}

static void bw_draw(struct view *v)
{
	struct bewertung *p = v->priv;
	const struct theme *th = v->env->theme;
	const struct ws *ws = v->env->ws;
	int h = getmaxy(v->win), w = getmaxx(v->win);
	if (ws->n_obj == 0 || ws->n_pf == 0) {
		text_put(v->win, 1, 1,
			 ws->n_obj == 0 ? _("Noch keine Objekte. Import mit: wolkenplan import DATEI")
					: _("Noch keine Plattformen. Anlegen in der Ansicht 4 (a)."),
			 w - 1, theme_attr(th, ROLE_DIM, 0), TEXT_LEFT);
		return;
	}
	uint32_t so = selected_obj(p);
	p->sel_id = so != WP_NONE ? ws->obj[so].id : 0;
	table_draw(&p->t, v->win);
	draw_header(p, v->win);
	if (p->n_rows == 0)
		text_put(v->win, 2, 1, _("Kein Objekt passt zum Filter. F hebt alle Filter auf."),
			 w - 1, theme_attr(th, ROLE_DIM, 0), TEXT_LEFT);
	if (h >= FOOT_LINES + 3)
		draw_totals(p, v->win, h - FOOT_LINES);
	draw_bar(p, v->win, h - 1);
	objfilter_pick_draw(&p->fp, v->win);
	if (p->prompting)
		dialog_draw(&p->dlg, v->win);
	textbox_draw(&p->tb, v->win);
	export_dialog_draw(&p->ex, v->win);
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
		char title[160];
		if (text) {
			snprintf(text, n, "%s\n\n%s", reason, full);
			snprintf(title, sizeof title, _("%s auf %s"), ws->obj[o].kennung,
				 ws->pf[p->pc].code);
			textbox_open(&p->tb, title, text, 0, p->env->theme);
			free(text);
		}
	}
	free(reason);
	free(full);
}

/* Selects object o, clearing the filter when it hides o. */
static void select_obj(struct bewertung *p, uint32_t o)
{
	for (int pass = 0; pass < 2; pass++) {
		for (size_t r = 0; r < p->n_rows; r++)
			if (p->rows[r] == o) {
				table_select(&p->t, r);
				return;
			}
		inv_filter_clear(&p->filt);
		rebuild(p, o);
	}
}

/* The next row after the selection (dir +1) or before it (-1) whose Kennung or Name
 * contains the search text, wrapping around; a message when there is none. */
static void search_step(struct bewertung *p, int dir)
{
	size_t n = p->n_rows;
	if (!p->pattern[0] || !n)
		return;
	for (size_t i = 1; i <= n; i++) {
		size_t r = dir > 0 ? (p->t.sel + i) % n : (p->t.sel + n - i % n) % n;
		if (objfilter_text_match(p->env->ws, p->rows[r], p->pattern)) {
			table_select(&p->t, r);
			return;
		}
	}
	session_message(p->env->ses, 0, _("Kein Treffer für „%s“"), p->pattern);
}

static void prompt_done(struct bewertung *p)
{
	const char *v = dialog_value(&p->dlg);
	if (p->prompting == ':') {
		uint32_t o = objfilter_find_kennung(p->env->ws, v);
		if (o == WP_NONE)
			session_message(p->env->ses, 0, _("Kennung „%s“ nicht gefunden"), v);
		else
			select_obj(p, o);
	} else {
		snprintf(p->pattern, sizeof p->pattern, "%s", v);
		/* from the selected row itself on */
		if (p->n_rows && !objfilter_text_match(p->env->ws, p->rows[p->t.sel], p->pattern))
			search_step(p, +1);
	}
	p->prompting = 0;
}

static int write_csv(void *ctx, struct csvout *o)
{
	const struct bewertung *p = ctx;
	export_bewertung(p->env->ws, p->env->as, o);
	return 0;
}

static int bw_key(struct view *v, int key)
{
	struct bewertung *p = v->priv;
	if (export_dialog_active(&p->ex))
		return export_dialog_key(&p->ex, key);
	if (textbox_active(&p->tb)) {
		int r = textbox_key(&p->tb, key);
		if (r == WR_DONE || r == WR_CANCEL)
			textbox_close(&p->tb);
		return VF_HANDLED | VF_REDRAW;
	}
	if (objfilter_pick_active(&p->fp)) {
		if (objfilter_pick_key(&p->fp, key, &p->filt))
			rebuild(p, selected_obj(p));
		return VF_HANDLED | VF_REDRAW;
	}
	if (p->prompting) {
		int r = dialog_key(&p->dlg, key);
		if (r == WR_DONE)
			prompt_done(p);
		else if (r == WR_CANCEL)
			p->prompting = 0;
		return VF_HANDLED | VF_REDRAW;
	}
	return 0;
}

static int bw_handle(struct view *v, int action)
{
	struct bewertung *p = v->priv;
	const struct ws *ws = v->env->ws;
	if (ws->n_obj == 0 || ws->n_pf == 0)
		return 0;
	uint32_t keep = selected_obj(p);
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
	case ACT_SORT:
		/* Kennung → Name → Schutzklasse → Bereitschaft → platform under the cursor */
		p->sort = (p->sort + 1) % BS__N;
		p->sort_pf = (uint32_t)p->pc;
		p->sort_rev = 0;
		rebuild(p, keep);
		return VF_HANDLED | VF_REDRAW;
	case ACT_SORT_REV:
		p->sort_rev = !p->sort_rev;
		rebuild(p, keep);
		return VF_HANDLED | VF_REDRAW;
	case ACT_FILTER:
		objfilter_pick_open(&p->fp, v->env, NULL);
		return VF_HANDLED | VF_REDRAW;
	case ACT_FILTER_CLEAR:
		inv_filter_clear(&p->filt);
		rebuild(p, keep);
		return VF_HANDLED | VF_REDRAW;
	case ACT_EXPORT:
		export_dialog_open(&p->ex, v->env, N_("Bewertung"), "bewertung", write_csv, p);
		return VF_HANDLED | VF_REDRAW;
	case ACT_SEARCH:
	case ACT_JUMP:
		p->prompting = action == ACT_SEARCH ? '/' : ':';
		dialog_prompt(&p->dlg, action == ACT_SEARCH ? _("Suchen") : _("Zu einer Kennung"),
			      action == ACT_SEARCH ? _("Text in Kennung oder Name (n/N: weiter)")
						   : _("Kennung (oder ihr Anfang)"),
			      action == ACT_SEARCH ? p->pattern : "", v->env->theme);
		return VF_HANDLED | VF_REDRAW;
	case ACT_SEARCH_NEXT:
	case ACT_SEARCH_PREV:
		search_step(p, action == ACT_SEARCH_NEXT ? +1 : -1);
		return VF_HANDLED | VF_REDRAW;
	default:
		return table_handle(&p->t, action);
	}
}

static int bw_click(struct view *v, int y, int x)
{
	struct bewertung *p = v->priv;
	const struct ws *ws = v->env->ws;
	if (objfilter_pick_active(&p->fp) || textbox_active(&p->tb) || p->prompting ||
	    export_dialog_active(&p->ex) || ws->n_pf == 0)
		return VF_HANDLED;
	int x0 = p->t.x[BC_MATRIX];
	size_t f = WP_NONE;
	if (p->t.w[BC_MATRIX] > 0 && x >= x0 && x < x0 + p->ncells * p->cellw) {
		f = p->left + (size_t)((x - x0) / p->cellw);
		if (f >= ws->n_pf)
			f = WP_NONE;
	}
	if (y == 0) { /* a column title sorts by it, a second click reverses */
		int s = -1;
		for (int c = 0; c < BC_MATRIX; c++)
			if (p->t.w[c] > 0 && x >= p->t.x[c] && x < p->t.x[c] + p->t.w[c])
				s = c;
		if (f != WP_NONE)
			s = BS_PF;
		if (s < 0)
			return VF_HANDLED;
		if (s == p->sort && (s != BS_PF || p->sort_pf == f)) {
			p->sort_rev = !p->sort_rev;
		} else {
			p->sort = s;
			p->sort_rev = 0;
		}
		if (f != WP_NONE) {
			p->sort_pf = (uint32_t)f;
			p->pc = f;
		}
		rebuild(p, selected_obj(p));
		return VF_HANDLED | VF_REDRAW;
	}
	if (f != WP_NONE)
		p->pc = f;
	return table_click(&p->t, y - 1) | VF_REDRAW;
}

static void bw_info(struct view *v, char *buf, size_t n)
{
	struct bewertung *p = v->priv;
	const struct ws *ws = v->env->ws;
	if (p->n_rows == 0 || ws->n_pf == 0) {
		snprintf(buf, n, _("0 von %zu Objekten"), ws->n_obj);
		return;
	}
	if (p->n_rows == ws->n_obj)
		snprintf(buf, n, _("Objekt %zu von %zu · %s"), p->t.sel + 1, ws->n_obj,
			 ws->pf[p->pc].code);
	else /* as in the Inventar; the platform is in the header (the line has half a row) */
		snprintf(buf, n, _("Objekt %zu von %zu (gefiltert aus %zu)"), p->t.sel + 1,
			 p->n_rows, ws->n_obj);
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
		free(p->rows);
		free(p->rank);
		free(p->tot);
		objfilter_pick_free(&p->fp);
		textbox_close(&p->tb);
		export_dialog_free(&p->ex);
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
	inv_filter_clear(&p->filt);
	table_init(&p->t, columns, BC__N, v->env->theme, draw_row, NULL, p);
	p->rows = malloc((n ? n : 1) * sizeof *p->rows);
	p->rank = malloc((n ? n : 1) * sizeof *p->rank);
	p->tot = calloc((ws->n_pf ? ws->n_pf : 1) * V__N, sizeof *p->tot);
	if (!p->rows || !p->rank || !p->tot)
		return -WP_ENOMEM;
	int indexed = ws->by_kennung && ws->n_indexed == n;
	for (size_t i = 0; i < n; i++)
		p->rank[indexed ? ws->by_kennung[i] : i] = (uint32_t)i;
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
	table_set_width(&p->t, BC_KENNUNG, wk < 16 ? wk : 16);
	size_t least = ws->n_pf < 3 ? (ws->n_pf ? ws->n_pf : 1) : 3;
	table_set_width(&p->t, BC_MATRIX, (int)least * p->cellw + (ws->n_pf > 3 ? 1 : 0));
	rebuild(p, WP_NONE);
	return 0;
}

/* After an edit: everything again, with filter, sort, cursor and selection kept. */
static int bw_reload(struct view *v)
{
	struct bewertung *old = v->priv;
	if (!old)
		return bw_open(v);
	struct inv_filter filt = old->filt;
	int sort = old->sort, rev = old->sort_rev, h = old->height, w = old->width;
	uint32_t spf = old->sort_pf;
	size_t pc = old->pc, left = old->left;
	int64_t sel_id = old->sel_id;
	bw_destroy(v);
	if (bw_open(v))
		return -WP_ENOMEM;
	struct bewertung *p = v->priv;
	const struct ws *ws = v->env->ws;
	p->filt = filt;
	if (p->filt.behoerde != WP_NONE && p->filt.behoerde >= ws->n_beh)
		p->filt.behoerde = WP_NONE;
	p->sort = sort;
	p->sort_rev = rev;
	p->sort_pf = spf < ws->n_pf ? spf : 0;
	if (p->sort == BS_PF && spf >= ws->n_pf)
		p->sort = BS_KENNUNG;
	/* a removed platform: the cursor stays within the columns left */
	p->pc = pc < ws->n_pf ? pc : (ws->n_pf ? ws->n_pf - 1 : 0);
	p->left = left < ws->n_pf ? left : 0;
	if (w)
		bw_layout(v, h, w);
	uint32_t keep = WP_NONE;
	for (size_t o = 0; sel_id && o < ws->n_obj && keep == WP_NONE; o++)
		if (ws->obj[o].id == sel_id)
			keep = (uint32_t)o;
	rebuild(p, keep);
	return 0;
}

const struct view_ops view_bewertung_ops = {
	.name = "bewertung",
	.open = bw_open,
	.layout = bw_layout,
	.draw = bw_draw,
	.handle = bw_handle,
	.key = bw_key,
	.click = bw_click,
	.info = bw_info,
	.destroy = bw_destroy,
	.selected = bw_selected,
	.reload = bw_reload,
};
