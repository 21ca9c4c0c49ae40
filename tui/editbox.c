/* The editor box of the workshop controls: a scrolling table with an explanation. */
#include "tui/editbox.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/err.h"
#include "model/i18n.h"
#include "tui/actions.h"
#include "tui/text.h"
#include "tui/widget.h"

/* Lines of the explanation under the table. */
#define DETAIL_H 5

struct editbox {
	const struct editbox_ops *ops;
	void *ctx;                 /* owned */
	char title[160];
	int ncol;
	const char *head[EDITBOX_COLS];
	int wid[EDITBOX_COLS];
	size_t sel, top;
	int rows;                  /* table rows at the last draw */
	const struct theme *theme; /* borrowed */
	struct session *ses;       /* borrowed */
};

static void clamp(struct editbox *b)
{
	size_t n = b->ops->count(b->ctx);
	if (b->sel >= n)
		b->sel = n ? n - 1 : 0;
	size_t rows = b->rows > 0 ? (size_t)b->rows : 1;
	if (b->sel < b->top)
		b->top = b->sel;
	if (b->sel >= b->top + rows)
		b->top = b->sel - rows + 1;
}

static int eb_key(void *state, int key)
{
	struct editbox *b = state;
	size_t n = b->ops->count(b->ctx), page = b->rows > 1 ? (size_t)b->rows - 1 : 1;
	if (widget_is_cancel(key) || key == 'q')
		return WR_CANCEL;
	switch (action_for_key(key)) {
	case ACT_DOWN:
		b->sel += b->sel + 1 < n;
		break;
	case ACT_UP:
		b->sel -= b->sel > 0;
		break;
	case ACT_PGDN:
		b->sel = b->sel + page < n ? b->sel + page : (n ? n - 1 : 0);
		break;
	case ACT_PGUP:
		b->sel = b->sel > page ? b->sel - page : 0;
		break;
	case ACT_HOME:
		b->sel = 0;
		break;
	case ACT_END:
		b->sel = n ? n - 1 : 0;
		break;
	case ACT_UNDO:
	case ACT_REDO: {
		uint32_t o;
		if (action_for_key(key) == ACT_UNDO)
			session_undo(b->ses, &o);
		else
			session_redo(b->ses, &o);
		break;
	}
	default:
		return b->ops->key(b->ctx, n ? b->sel : (size_t)-1, key);
	}
	clamp(b);
	return WR_CHANGED;
}

/* Draws the cells of one line at y from x in attr. */
static void draw_cells(struct editbox *b, WINDOW *win, int y, int x, int cols,
		       const char *const *cell, attr_t attr)
{
	int at = 0;
	for (int c = 0; c < b->ncol && at < cols; c++) {
		int w = c + 1 < b->ncol ? b->wid[c] : cols - at;
		if (at + w > cols)
			w = cols - at;
		text_put(win, y, x + at, cell[c], w, attr, TEXT_LEFT);
		at += w;
		if (c + 1 < b->ncol && at < cols)
			text_put(win, y, x + at++, "", 1, attr, TEXT_LEFT);
	}
}

static void eb_draw(void *state, WINDOW *win)
{
	struct editbox *b = state;
	const struct theme *th = b->theme;
	attr_t base = theme_attr(th, ROLE_ROW, 0);
	int ww = getmaxx(win), wh = getmaxy(win);
	struct box bx = box_center(win, 0, ww - 2 > 116 ? 116 : ww - 2);
	int cols = bx.w - 4;
	if (cols < 20 || bx.h < 10) {
		text_put(win, 0, 0, b->title, ww, base | A_BOLD, TEXT_LEFT);
		(void)wh;
		return;
	}
	box_draw(win, &bx, b->title, base);
	int y = bx.y + 1, x = bx.x + 2;
	const char *head[EDITBOX_COLS];
	for (int c = 0; c < b->ncol; c++)
		head[c] = _(b->head[c]);
	draw_cells(b, win, y++, x, cols, head, theme_attr(th, ROLE_HEADER, 0) | A_BOLD);
	b->rows = bx.h - 2 - 1 - 1 - DETAIL_H - 1; /* frame, header, gap, detail, keys */
	if (b->rows < 1)
		b->rows = 1;
	clamp(b);
	size_t n = b->ops->count(b->ctx);
	for (int r = 0; r < b->rows; r++) {
		size_t i = b->top + (size_t)r;
		if (i >= n)
			break;
		char cell[EDITBOX_COLS][EDITBOX_CELL] = { { 0 } };
		const char *cp[EDITBOX_COLS];
		b->ops->cells(b->ctx, i, cell);
		for (int c = 0; c < EDITBOX_COLS; c++)
			cp[c] = cell[c];
		draw_cells(b, win, y + r, x, cols, cp, theme_attr(th, ROLE_ROW, i == b->sel));
	}
	y += b->rows;
	if (n > (size_t)b->rows) { /* where the table stands, in its last line's gap */
		char pos[64];
		snprintf(pos, sizeof pos, _("%zu von %zu"), b->sel + 1, n);
		int pw = text_width(pos);
		text_put(win, y, x + cols - pw, pos, pw, theme_attr(th, ROLE_DIM, 0), TEXT_LEFT);
	}
	y++;
	char text[2048] = "";
	if (n)
		b->ops->detail(b->ctx, b->sel, text, sizeof text);
	size_t at = 0, len = strlen(text), next;
	for (int l = 0; l < DETAIL_H && at < len; l++) {
		char line[1024];
		size_t k = wrap_line(text, at, cols, &next);
		if (k >= sizeof line)
			k = sizeof line - 1;
		memcpy(line, text + at, k);
		line[k] = '\0';
		text_put(win, y + l, x, line, cols, base, TEXT_LEFT);
		at = next;
	}
	char keys[320], kb[320];
	snprintf(keys, sizeof keys, "%s", _(b->ops->keys));
	text_put(win, bx.y + bx.h - 2, x, keys_text(keys, kb, sizeof kb), cols,
		 theme_attr(th, ROLE_DIM, 0), TEXT_LEFT);
}

static void eb_free(void *state)
{
	struct editbox *b = state;
	if (b && b->ops->release)
		b->ops->release(b->ctx);
	free(b);
}

static const struct overlay_hint *eb_hints(const void *state)
{
	const struct editbox *b = state;
	return b->ops->hints(b->ctx);
}

static const struct overlay_ops editbox_ops = {
	.name = "editbox", .key = eb_key, .draw = eb_draw, .free = eb_free, .hints = eb_hints,
};

int editbox_push(struct overlay_stack *s, const struct editbox_ops *ops, void *ctx,
		 const char *title, int ncol, const char *const *head, const int *wid,
		 size_t sel, const struct theme *theme, struct session *ses)
{
	struct editbox *b = calloc(1, sizeof *b);
	if (!b) {
		if (ops->release)
			ops->release(ctx);
		return -WP_ENOMEM;
	}
	*b = (struct editbox){ .ops = ops, .ctx = ctx, .ncol = ncol > EDITBOX_COLS ? EDITBOX_COLS
										   : ncol,
			       .sel = sel, .rows = 1, .theme = theme, .ses = ses };
	snprintf(b->title, sizeof b->title, "%s", title);
	for (int c = 0; c < b->ncol; c++) {
		b->head[c] = head[c];
		b->wid[c] = wid[c];
	}
	return overlay_push(s, &editbox_ops, b, NULL, NULL);
}

size_t editbox_select(struct overlay_stack *s, const void *ctx, size_t i)
{
	for (int k = 0; s && k < s->n; k++) {
		struct editbox *b = s->o[k].state;
		if (s->o[k].ops != &editbox_ops || b->ctx != ctx)
			continue;
		if (i != (size_t)-1) {
			b->sel = i;
			clamp(b);
		}
		return b->sel;
	}
	return (size_t)-1;
}
