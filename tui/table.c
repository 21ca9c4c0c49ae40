/* The table widget: layout, virtual scrolling, selection, drawing. */
#include "tui/table.h"

#include <string.h>

#include "model/i18n.h"
#include "model/utf8.h"
#include "tui/actions.h"
#include "tui/text.h"
#include "tui/view.h"

/* The flexible column gives up width for full header titles only down to this width. */
#define FLEX_COMFORT 24

void table_init(struct table *t, const struct table_col *cols, int n,
		const struct theme *theme, table_draw_fn draw_row,
		table_selectable_fn selectable, void *ctx)
{
	memset(t, 0, sizeof *t);
	if (n > TABLE_MAX_COLS)
		n = TABLE_MAX_COLS;
	memcpy(t->cols, cols, (size_t)n * sizeof *cols);
	t->n_cols = n;
	t->theme = theme;
	t->draw_row = draw_row;
	t->selectable = selectable;
	t->ctx = ctx;
}

void table_set_width(struct table *t, int c, int width)
{
	if (c >= 0 && c < t->n_cols)
		t->cols[c].width = width;
}

static int is_sel(const struct table *t, size_t row)
{
	return row < t->n_rows && (!t->selectable || t->selectable(t->ctx, row));
}

/* First selectable row at or after from (dir > 0) / at or before from (dir < 0);
 * n_rows if there is none. Only walks over non-selectable rows, which are rare. */
static size_t find_sel(const struct table *t, size_t from, int dir)
{
	if (t->n_rows == 0)
		return 0;
	if (from >= t->n_rows) {
		if (dir > 0)
			return t->n_rows;
		from = t->n_rows - 1;
	}
	for (;;) {
		if (is_sel(t, from))
			return from;
		if (dir > 0) {
			if (++from >= t->n_rows)
				return t->n_rows;
		} else {
			if (from == 0)
				return t->n_rows;
			from--;
		}
	}
}

static size_t max_top(const struct table *t)
{
	size_t h = t->height > 0 ? (size_t)t->height : 0;
	return t->n_rows > h ? t->n_rows - h : 0;
}

/* Scrolls so the selection is on screen; shows a group header right above it as well. */
static void keep_visible(struct table *t)
{
	if (t->top > max_top(t))
		t->top = max_top(t);
	if (t->height <= 0 || t->n_rows == 0)
		return;
	size_t h = (size_t)t->height;
	if (t->sel < t->top)
		t->top = t->sel;
	else if (t->sel >= t->top + h)
		t->top = t->sel - h + 1;
	if (t->sel > 0 && t->top == t->sel && !is_sel(t, t->sel - 1) && h >= 2)
		t->top = t->sel - 1;
}

void table_set_rows(struct table *t, size_t n_rows)
{
	t->n_rows = n_rows;
	if (n_rows == 0) {
		t->sel = t->top = 0;
		return;
	}
	if (t->sel >= n_rows)
		t->sel = n_rows - 1;
	size_t s = find_sel(t, t->sel, +1);
	if (s >= n_rows)
		s = find_sel(t, t->sel, -1);
	t->sel = s < n_rows ? s : 0;
	keep_visible(t);
}

void table_select(struct table *t, size_t row)
{
	size_t s = find_sel(t, row, +1);
	if (s >= t->n_rows)
		s = find_sel(t, row, -1);
	if (s < t->n_rows)
		t->sel = s;
	keep_visible(t);
}

static int title_width(const struct table_col *c)
{
	return (int)utf8_width(_(c->title));
}

void table_layout(struct table *t, int height, int width)
{
	int vis[TABLE_MAX_COLS], flex = -1;
	t->width = width > 0 ? width : 0;
	t->height = height > 1 ? height - 1 : 0;
	for (int c = 0; c < t->n_cols; c++) {
		vis[c] = 1;
		t->w[c] = t->cols[c].width;
		if (t->cols[c].flex && flex < 0)
			flex = c;
	}
	/* drop the most dispensable columns until the preferred widths fit */
	for (;;) {
		int need = -1, worst = -1;
		for (int c = 0; c < t->n_cols; c++) {
			if (!vis[c])
				continue;
			need += t->w[c] + 1;
			if (t->cols[c].drop && (worst < 0 || t->cols[c].drop > t->cols[worst].drop))
				worst = c;
		}
		if (need <= t->width || worst < 0)
			break;
		vis[worst] = 0;
	}
	/* still too wide: narrow columns towards their minimum, rightmost first */
	int need = -1;
	for (int c = 0; c < t->n_cols; c++)
		if (vis[c])
			need += t->w[c] + 1;
	for (int c = t->n_cols - 1; c >= 0 && need > t->width; c--) {
		if (!vis[c] || c == flex)
			continue;
		int min = t->cols[c].min > 0 ? t->cols[c].min : t->cols[c].width;
		int give = t->w[c] - min;
		if (give > need - t->width)
			give = need - t->width;
		if (give > 0) {
			t->w[c] -= give;
			need -= give;
		}
	}
	/* the flexible column takes what is left; with room to spare, the others get their
	 * full header titles first */
	if (flex >= 0 && need < t->width) {
		int spare = t->width - need;
		for (int c = 0; c < t->n_cols; c++) {
			if (!vis[c] || c == flex)
				continue;
			int grow = title_width(&t->cols[c]) - t->w[c];
			if (grow > 0 && t->w[flex] + spare - grow >= FLEX_COMFORT) {
				t->w[c] += grow;
				spare -= grow;
			}
		}
		t->w[flex] += spare;
	}
	int x = 0;
	for (int c = 0; c < t->n_cols; c++) {
		if (!vis[c] || x >= t->width) {
			t->x[c] = x;
			t->w[c] = 0;
			continue;
		}
		t->x[c] = x;
		if (t->w[c] > t->width - x)
			t->w[c] = t->width - x;
		x += t->w[c] + 1;
	}
	keep_visible(t);
}

int table_handle(struct table *t, int action)
{
	size_t h = t->height > 0 ? (size_t)t->height : 1, s;
	switch (action) {
	case ACT_DOWN:
		if (t->n_rows && (s = find_sel(t, t->sel + 1, +1)) < t->n_rows)
			t->sel = s;
		break;
	case ACT_UP:
		if (t->n_rows && t->sel > 0 && (s = find_sel(t, t->sel - 1, -1)) < t->n_rows)
			t->sel = s;
		else
			t->top = 0; /* at the first row: show what is above it */
		break;
	case ACT_PGDN:
		if (!t->n_rows)
			break;
		t->top = t->top + h < max_top(t) ? t->top + h : max_top(t);
		table_select(t, t->sel + h < t->n_rows ? t->sel + h : t->n_rows - 1);
		break;
	case ACT_PGUP:
		if (!t->n_rows)
			break;
		t->top = t->top > h ? t->top - h : 0;
		s = t->sel > h ? t->sel - h : 0;
		if ((s = find_sel(t, s, -1)) >= t->n_rows)
			s = find_sel(t, 0, +1);
		if (s < t->n_rows)
			t->sel = s;
		if (t->sel == find_sel(t, 0, +1))
			t->top = 0;
		break;
	case ACT_HOME:
		t->top = 0;
		if (t->n_rows && (s = find_sel(t, 0, +1)) < t->n_rows)
			t->sel = s;
		break;
	case ACT_END:
		t->top = max_top(t);
		if (t->n_rows && (s = find_sel(t, t->n_rows - 1, -1)) < t->n_rows)
			t->sel = s;
		break;
	default:
		return 0;
	}
	keep_visible(t);
	return VF_HANDLED | VF_REDRAW;
}

int table_click(struct table *t, int y)
{
	if (y < 0 || y >= t->height)
		return 0;
	size_t row = t->top + (size_t)y;
	if (!is_sel(t, row))
		return VF_HANDLED;
	t->sel = row;
	keep_visible(t);
	return VF_HANDLED | VF_REDRAW;
}

void table_cell(const struct table *t, WINDOW *w, int y, int c, const char *text,
		attr_t attr)
{
	if (c < 0 || c >= t->n_cols || t->w[c] <= 0)
		return;
	text_put(w, y, t->x[c], text, t->w[c], attr,
		 t->cols[c].right ? TEXT_RIGHT : TEXT_LEFT);
}

void table_draw(const struct table *t, WINDOW *w)
{
	attr_t ha = theme_attr(t->theme, ROLE_HEADER, 0);
	text_fill(w, 0, 0, t->width, ha);
	for (int c = 0; c < t->n_cols; c++) {
		const struct table_col *col = &t->cols[c];
		const char *title = _(col->title);
		if (col->short_title && (int)utf8_width(title) > t->w[c])
			title = _(col->short_title);
		table_cell(t, w, 0, c, title, ha);
	}
	for (int i = 0; i < t->height; i++) {
		size_t row = t->top + (size_t)i;
		if (row >= t->n_rows)
			break;
		int selected = row == t->sel && is_sel(t, row);
		text_fill(w, 1 + i, 0, t->width, theme_attr(t->theme, ROLE_ROW, selected));
		t->draw_row(t->ctx, t, w, 1 + i, row, selected);
	}
}
