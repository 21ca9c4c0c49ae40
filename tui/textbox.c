/* The scrollable text box. */
#include "tui/textbox.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/err.h"
#include "model/i18n.h"
#include "tui/actions.h"
#include "tui/text.h"
#include "tui/widget.h"

/* The overlay's state. */
struct textbox {
	char title[160];           /* copied */
	char *text;                /* owned (malloc'd copy) */
	int ask;                   /* 1 = a question: j/y answer yes, n/Esc no */
	int top;                   /* first wrapped line shown */
	int lines, page;           /* wrapped lines and visible lines at the last draw */
	const struct theme *theme; /* borrowed */
};

/* Fills a zeroed tb with copies of title and text. Returns 0 or -WP_ENOMEM. */
static int textbox_open(struct textbox *tb, const char *title, const char *text, int ask,
			const struct theme *theme)
{
	tb->text = strdup(text ? text : "");
	if (!tb->text)
		return -WP_ENOMEM;
	snprintf(tb->title, sizeof tb->title, "%s", title ? title : "");
	tb->ask = ask;
	tb->theme = theme;
	return 0;
}

/* Returns enum widget_result: WR_DONE for yes (a question) or close (Enter, Esc, q
 * otherwise), WR_CANCEL for no, WR_CHANGED after scrolling. */
static int textbox_key(struct textbox *tb, int key)
{
	int page = tb->page > 1 ? tb->page - 1 : 1;
	int max = tb->lines > tb->page ? tb->lines - tb->page : 0;
	if (tb->ask) {
		if (key == 'j' || key == 'J' || key == 'y' || key == 'Y')
			return WR_DONE;
		if (key == 'n' || key == 'N' || widget_is_cancel(key))
			return WR_CANCEL;
	} else if (widget_is_enter(key) || widget_is_cancel(key) || key == 'q') {
		return WR_DONE;
	}
	if (key == TK_FN(KEY_DOWN) || (!tb->ask && key == 'j'))
		tb->top++;
	else if (key == TK_FN(KEY_UP) || (!tb->ask && key == 'k'))
		tb->top--;
	else if (key == TK_FN(KEY_NPAGE) || key == ' ' || key == TK_CTRL('f'))
		tb->top += page;
	else if (key == TK_FN(KEY_PPAGE) || key == TK_CTRL('b'))
		tb->top -= page;
	else if (key == TK_FN(KEY_HOME) || key == 'g')
		tb->top = 0;
	else if (key == TK_FN(KEY_END) || key == 'G')
		tb->top = max;
	else
		return WR_NONE;
	if (tb->top > max)
		tb->top = max;
	if (tb->top < 0)
		tb->top = 0;
	return WR_CHANGED;
}

/* One wrapped line of the text: bytes [at, at + len), drawn indent columns in. */
struct seg {
	size_t at, len;
	int indent;
};

/* Wraps s at cols columns; a line that begins with blanks continues with a hanging indent
 * (its blanks plus two), so indented explanations stay readable. Calls fn for every
 * wrapped line (fn may be NULL) and returns their number. */
static int layout(const char *s, int cols, void (*fn)(void *ctx, const struct seg *g, int i),
		  void *ctx)
{
	size_t at = 0, len = strlen(s), next;
	int n = 0, hang = 0, line_start = 1;
	while (at < len) {
		if (line_start) {
			size_t b = at;
			while (s[b] == ' ')
				b++;
			hang = (int)(b - at) + 2;
			if (hang > cols / 3)
				hang = 0;
		}
		int ind = line_start ? 0 : hang;
		size_t k = wrap_line(s, at, cols - ind, &next);
		struct seg g = { at, k, ind };
		if (fn)
			fn(ctx, &g, n);
		n++;
		line_start = at + k >= len || s[at + k] == '\n';
		at = next;
	}
	return n;
}

struct draw_ctx {
	struct textbox *tb;
	WINDOW *win;
	int y, x, cols, first, rows;
	attr_t attr;
};

static void draw_seg(void *ctx, const struct seg *g, int i)
{
	struct draw_ctx *d = ctx;
	char line[1024];
	if (i < d->first || i >= d->first + d->rows)
		return;
	size_t k = g->len < sizeof line ? g->len : sizeof line - 1;
	memcpy(line, d->tb->text + g->at, k);
	line[k] = '\0';
	text_fill(d->win, d->y + i - d->first, d->x, g->indent, d->attr);
	text_put(d->win, d->y + i - d->first, d->x + g->indent, line, d->cols - g->indent, d->attr,
		 TEXT_LEFT);
}

static void textbox_draw(struct textbox *tb, WINDOW *win)
{
	if (!tb->text)
		return;
	const struct theme *th = tb->theme;
	attr_t base = theme_attr(th, ROLE_ROW, 0);
	int ww = getmaxx(win), wh = getmaxy(win);
	int bw = ww - 2 > 100 ? 100 : ww - 2, cols = bw - 4;
	/* cppcheck-suppress knownConditionTrueFalse ; false positive of cppcheck 2.10: it takes
	 * getmaxx() for a value below 3 and so this condition for always true */
	if (cols < 8 || wh < 5) {
		text_put(win, 0, 0, tb->title, ww, base | A_BOLD, TEXT_LEFT);
		return;
	}
	tb->lines = layout(tb->text, cols, NULL, NULL);
	int h = tb->lines + 3; /* frame and key line */
	struct box b = box_center(win, h, bw);
	tb->page = b.h - 3;
	if (tb->page < 1)
		tb->page = 1;
	int max = tb->lines > tb->page ? tb->lines - tb->page : 0;
	if (tb->top > max)
		tb->top = max;
	box_draw(win, &b, tb->title, base);
	struct draw_ctx d = { tb, win, b.y + 1, b.x + 2, cols, tb->top, tb->page, base };
	layout(tb->text, cols, draw_seg, &d);
	char help[320], keys[160], k1[32], k2[32], k3[32];
	if (tb->ask)
		snprintf(keys, sizeof keys, _("%s: ja, übernehmen · %s oder %s: nein"),
			 key_label('j', k1, sizeof k1), key_label('n', k2, sizeof k2),
			 key_label(TK_ESC, k3, sizeof k3));
	else
		snprintf(keys, sizeof keys, _("%s, %s oder %s schließt"),
			 key_label('\r', k1, sizeof k1), key_label(TK_ESC, k2, sizeof k2),
			 key_label('q', k3, sizeof k3));
	if (tb->lines > tb->page)
		snprintf(help, sizeof help, _("%s · %s/%s blättert (%d–%d von %d)"), keys,
			 key_label(TK_FN(KEY_UP), k1, sizeof k1),
			 key_label(TK_FN(KEY_DOWN), k2, sizeof k2), tb->top + 1, tb->top + tb->page,
			 tb->lines);
	else
		snprintf(help, sizeof help, "%s", keys);
	text_put(win, b.y + b.h - 2, b.x + 2, help, cols,
		 theme_attr(th, tb->ask ? ROLE_GROUP : ROLE_DIM, 0), TEXT_LEFT);
}

/* ---- as an overlay ---- */

static int ov_key(void *state, int key)
{
	return textbox_key(state, key);
}

static void ov_draw(void *state, WINDOW *win)
{
	textbox_draw(state, win);
}

static void ov_free(void *state)
{
	struct textbox *tb = state;
	free(tb->text);
	free(tb);
}

static const struct overlay_hint *ov_hints(const void *state)
{
	static const struct overlay_hint ask[] = {
		{ 'j', LBL_JA }, { 'n', LBL_NEIN }, { TK_FN(KEY_DOWN), HINT_BLAETTERN },
		{ 0, NULL },
	};
	static const struct overlay_hint read[] = {
		{ '\r', HINT_SCHLIESSEN }, { TK_FN(KEY_DOWN), HINT_BLAETTERN },
		{ TK_FN(KEY_NPAGE), HINT_SEITE_AB }, { 0, NULL },
	};
	return ((const struct textbox *)state)->ask ? ask : read;
}

static const struct overlay_ops textbox_ops = {
	.name = "textbox", .key = ov_key, .draw = ov_draw, .free = ov_free, .hints = ov_hints,
};

int textbox_push(struct overlay_stack *s, const char *title, const char *text, int ask,
		 const struct theme *theme, overlay_done_fn done, void *owner)
{
	struct textbox *tb = calloc(1, sizeof *tb);
	if (!tb || textbox_open(tb, title, text, ask, theme)) {
		free(tb);
		return -WP_ENOMEM;
	}
	return overlay_push(s, &textbox_ops, tb, done, owner);
}
