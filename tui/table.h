/* The one table widget behind every list: column layout in display columns (columns drop
 * or narrow to fit, one flexible column takes the rest), virtual scrolling over any number
 * of rows (only the visible rows are drawn, through a draw-row callback), a selection that
 * skips non-selectable rows (group headers) and stays visible on resize. */
#ifndef WP_TUI_TABLE_H
#define WP_TUI_TABLE_H

#include <curses.h>
#include <stddef.h>

#include "tui/theme.h"

#define TABLE_MAX_COLS 16

struct table_col {
	const char *title;       /* header msgid, translated when drawn */
	const char *short_title; /* msgid used when title does not fit; NULL = crop title */
	int width;               /* preferred width in columns (content); flex: minimum */
	int min;                 /* narrowest useful width; 0 = same as width */
	int drop;                /* 0 = never dropped; otherwise higher numbers drop first */
	int flex;                /* 1 = takes all remaining width (one column per table) */
	int right;               /* 1 = right-aligned */
};

struct table;

/* Draws data row `row` at line y of w. base is the row's attribute (normal or selected);
 * cells use table_cell, full-width rows (group headers) may draw across all columns. */
typedef void (*table_draw_fn)(void *ctx, const struct table *t, WINDOW *w, int y,
			      size_t row, int selected);
/* Returns 1 if row can hold the selection. NULL = every row can. */
typedef int (*table_selectable_fn)(const void *ctx, size_t row);

struct table {
	struct table_col cols[TABLE_MAX_COLS]; /* copied at init; widths may be adjusted */
	int n_cols;
	int x[TABLE_MAX_COLS], w[TABLE_MAX_COLS]; /* layout: position and width, w 0 = hidden */
	int width;                /* columns of the table */
	int height;               /* visible data rows (window height minus header) */
	size_t n_rows, top, sel;  /* sel is meaningful only when n_rows > 0 */
	const struct theme *theme; /* borrowed */
	table_draw_fn draw_row;
	table_selectable_fn selectable;
	void *ctx;                /* borrowed, passed to the callbacks */
};

/* Sets up t with n (≤ TABLE_MAX_COLS) columns copied from cols; no rows yet. */
void table_init(struct table *t, const struct table_col *cols, int n,
		const struct theme *theme, table_draw_fn draw_row,
		table_selectable_fn selectable, void *ctx);
/* Sets the preferred width of column c (e.g. after measuring the data once). */
void table_set_width(struct table *t, int c, int width);
/* Sets the number of rows; the selection moves to the first selectable row if it was
 * out of range. O(1) apart from skipping non-selectable rows. */
void table_set_rows(struct table *t, size_t n_rows);
/* Lays the columns out for a window of height × width (header line included) and keeps
 * the selection visible. */
void table_layout(struct table *t, int height, int width);
/* Applies a navigation action (ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_HOME, ACT_END).
 * Returns view flags: VF_HANDLED|VF_REDRAW when handled, 0 for other actions. */
int table_handle(struct table *t, int action);
/* Selects the row shown at data line y (0 = first line below the header), if selectable.
 * Returns view flags like table_handle. */
int table_click(struct table *t, int y);
/* Selects row (nearest selectable at or after it) and scrolls it into view. */
void table_select(struct table *t, size_t row);
/* Draws the header and the visible rows into w (whose size was given to table_layout). */
void table_draw(const struct table *t, WINDOW *w);
/* Draws text into column c of line y, cropped and padded to the column; nothing if the
 * column is hidden. */
void table_cell(const struct table *t, WINDOW *w, int y, int c, const char *text,
		attr_t attr);

#endif
