/* Pick list: filtering, navigation and drawing. */
#include "tui/pick.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/err.h"
#include "model/i18n.h"
#include "model/utf8.h"
#include "tui/actions.h"
#include "tui/text.h"

/* 1 if q occurs in s, ignoring case (ASCII and Latin-1 letters, see utf8_eq_ci). */
static int contains_ci(const char *s, const char *q)
{
	size_t qn = strlen(q), sn = strlen(s);
	if (qn == 0)
		return 1;
	for (size_t i = 0; i + qn <= sn; i++)
		if (utf8_eq_ci(s + i, qn, q))
			return 1;
	return 0;
}

/* Filters: from all items (full) or within the current matches. Keeps the selected item
 * selected when it still matches. */
static void refilter(struct pick *p, int full)
{
	size_t keep = p->n_match ? p->match[p->sel] : (size_t)-1, k = 0;
	char buf[512];
	const char *q = p->query.buf;
	if (full) {
		for (size_t i = 0; i < p->n; i++)
			if (contains_ci(p->label(p->ctx, i, buf, sizeof buf), q))
				p->match[k++] = i;
	} else {
		for (size_t j = 0; j < p->n_match; j++)
			if (contains_ci(p->label(p->ctx, p->match[j], buf, sizeof buf), q))
				p->match[k++] = p->match[j];
	}
	p->n_match = k;
	p->sel = p->top = 0;
	if (keep != (size_t)-1)
		pick_select(p, keep);
}

int pick_open(struct pick *p, const char *title, size_t n, pick_label_fn label, void *ctx,
	      const struct theme *theme)
{
	memset(p, 0, sizeof *p);
	p->match = malloc((n ? n : 1) * sizeof *p->match);
	if (!p->match)
		return -WP_ENOMEM;
	snprintf(p->title, sizeof p->title, "%s", title ? title : "");
	p->n = n;
	p->label = label;
	p->ctx = ctx;
	p->theme = theme;
	for (size_t i = 0; i < n; i++)
		p->match[i] = i;
	p->n_match = n;
	return 0;
}

void pick_free(struct pick *p)
{
	free(p->match);
	p->match = NULL;
	p->n_match = p->n = 0;
}

static void keep_visible(struct pick *p)
{
	size_t rows = p->rows > 0 ? (size_t)p->rows : 1;
	if (p->sel < p->top)
		p->top = p->sel;
	else if (p->sel >= p->top + rows)
		p->top = p->sel - rows + 1;
}

void pick_select(struct pick *p, size_t item)
{
	/* matches are in item order: binary search */
	size_t lo = 0, hi = p->n_match;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (p->match[mid] < item)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < p->n_match && p->match[lo] == item) {
		p->sel = lo;
		keep_visible(p);
	}
}

void pick_set_query(struct pick *p, const char *q)
{
	line_set(&p->query, q);
	refilter(p, 1);
}

/* A mouse click at (y, x) of the window the list was last drawn into: on a match it
 * selects and chooses it (WR_DONE), outside the box it cancels (WR_CANCEL), elsewhere in
 * the box it does nothing (WR_NONE). */
static int pick_click(struct pick *p, int y, int x)
{
	const struct box *b = &p->at;
	if (b->h == 0)
		return WR_NONE;
	if (y < b->y || y >= b->y + b->h || x < b->x || x >= b->x + b->w)
		return WR_CANCEL;
	int r = y - (b->y + 2); /* list rows start below the search line */
	if (r < 0 || r >= p->rows || p->top + (size_t)r >= p->n_match)
		return WR_NONE;
	p->sel = p->top + (size_t)r;
	return WR_DONE;
}

size_t pick_selected(const struct pick *p)
{
	return p->n_match ? p->match[p->sel] : (size_t)-1;
}

int pick_key(struct pick *p, int key)
{
	size_t page = p->rows > 1 ? (size_t)p->rows - 1 : 1;
	if (widget_is_cancel(key))
		return WR_CANCEL;
	if (widget_is_enter(key))
		return p->n_match ? WR_DONE : WR_CHANGED;
	switch (key) {
	case TK_FN(KEY_DOWN):
	case TK_CTRL('n'):
		if (p->sel + 1 < p->n_match)
			p->sel++;
		break;
	case TK_FN(KEY_UP):
	case TK_CTRL('p'):
		if (p->sel > 0)
			p->sel--;
		break;
	case TK_FN(KEY_NPAGE):
		p->sel = p->n_match && p->sel + page < p->n_match ? p->sel + page
				  : (p->n_match ? p->n_match - 1 : 0);
		break;
	case TK_FN(KEY_PPAGE):
		p->sel = p->sel > page ? p->sel - page : 0;
		break;
	default: {
		char before[LINE_MAX_BYTES];
		memcpy(before, p->query.buf, p->query.len + 1);
		if (line_key(&p->query, key) == WR_NONE)
			return WR_NONE;
		if (strcmp(before, p->query.buf) != 0) {
			/* a longer query that starts with the old one can only narrow */
			size_t bl = strlen(before);
			refilter(p, !(p->query.len > bl && memcmp(before, p->query.buf, bl) == 0));
		}
		return WR_CHANGED;
	}
	}
	keep_visible(p);
	return WR_CHANGED;
}

void pick_draw(struct pick *p, WINDOW *win)
{
	const struct theme *th = p->theme;
	attr_t base = theme_attr(th, ROLE_ROW, 0);
	/* as tall as the items need (the window permits the rest); wide enough for the
	 * longest label would need a full scan: 64 columns */
	int want = (int)(p->n < 3 ? 3 : p->n > 200 ? 200 : p->n) + 4;
	struct box b = box_center(win, want, 64);
	if (b.h < 5 || b.w < 10) {
		text_put(win, 0, 0, p->title, getmaxx(win), base | A_BOLD, TEXT_LEFT);
		return;
	}
	box_draw(win, &b, p->title, base);
	p->at = b;
	int x = b.x + 2, cols = b.w - 4;
	/* query line: "Suche: …" */
	const char *lbl = _("Suche:");
	int lw = text_add(win, b.y + 1, x, lbl, cols, theme_attr(th, ROLE_DIM, 0));
	line_draw(&p->query, win, b.y + 1, x + lw + 1, cols - lw - 1, base, 1);
	p->rows = b.h - 4;
	if (p->rows < 1)
		p->rows = 1;
	/* no empty lines below the last match while earlier ones are scrolled away */
	if (p->top + (size_t)p->rows > p->n_match)
		p->top = p->n_match > (size_t)p->rows ? p->n_match - (size_t)p->rows : 0;
	keep_visible(p);
	char buf[512];
	for (int r = 0; r < p->rows; r++) {
		size_t j = p->top + (size_t)r;
		int y = b.y + 2 + r;
		if (j >= p->n_match) {
			if (p->n_match == 0 && r == 0)
				text_put(win, y, x, _("(keine Treffer)"), cols,
					 theme_attr(th, ROLE_DIM, 0), TEXT_LEFT);
			continue;
		}
		int sel = j == p->sel;
		const char *s = p->label(p->ctx, p->match[j], buf, sizeof buf);
		text_put(win, y, x - 1, "", 1, theme_attr(th, ROLE_ROW, sel), TEXT_LEFT);
		text_put(win, y, x, s, cols, theme_attr(th, ROLE_ROW, sel), TEXT_LEFT);
		text_put(win, y, x + cols, "", 1, theme_attr(th, ROLE_ROW, sel), TEXT_LEFT);
	}
	char info[160], ko[32], ke[32];
	snprintf(info, sizeof info, _("%zu von %zu · %s wählt, %s bricht ab"), p->n_match, p->n,
		 key_label('\r', ko, sizeof ko), key_label(TK_ESC, ke, sizeof ke));
	text_put(win, b.y + b.h - 2, x, info, cols, theme_attr(th, ROLE_DIM, 0), TEXT_LEFT);
}

/* ---- as an overlay ---- */

static int ov_key(void *state, int key)
{
	return pick_key(state, key);
}

static int ov_click(void *state, int y, int x)
{
	return pick_click(state, y, x);
}

static void ov_draw(void *state, WINDOW *win)
{
	pick_draw(state, win);
}

static void ov_free(void *state)
{
	pick_free(state);
	free(state);
}

const struct overlay_hint *pick_hints(const void *state)
{
	static const struct overlay_hint h[] = {
		{ TK_FN(KEY_DOWN), HINT_WAEHLEN }, { '\r', N_("übernehmen") },
		{ TK_ESC, HINT_ABBRECHEN }, { 0, NULL },
	};
	(void)state;
	return h;
}

static const struct overlay_ops pick_ops = {
	.name = "pick", .key = ov_key, .draw = ov_draw, .click = ov_click, .free = ov_free,
	.hints = pick_hints,
};

int pick_push(struct overlay_stack *s, const char *title, size_t n, pick_label_fn label,
	      void *ctx, const struct theme *theme, size_t preselect, overlay_done_fn done,
	      void *owner)
{
	struct pick *p = calloc(1, sizeof *p);
	if (!p || pick_open(p, title, n, label, ctx, theme)) {
		free(p);
		return -WP_ENOMEM;
	}
	if (preselect != (size_t)-1)
		pick_select(p, preselect);
	return overlay_push(s, &pick_ops, p, done, owner);
}
