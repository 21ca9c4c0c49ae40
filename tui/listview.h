/* The list controller behind every tabular view: it owns the rows (item numbers such as
 * object indexes, in display order), the columns (through tui/table.h), the sort keys
 * (s: next key, S: reverse), a filter hook, the incremental search (/ types and selects
 * the first match as you type, n / N go to the next / previous match and wrap around),
 * the jump to a Kennung (:) and a selection kept by stable id across rebuilds and
 * reloads. A view supplies only its columns, its cell drawing and its extra actions; so
 * search, sort and jump behave the same in every list. The search and jump prompts are
 * overlays (tui/overlay.h) drawn in the view's last line. */
#ifndef WP_TUI_LISTVIEW_H
#define WP_TUI_LISTVIEW_H

#include <curses.h>
#include <stddef.h>
#include <stdint.h>

#include "tui/overlay.h"
#include "tui/table.h"
#include "tui/view.h"
#include "tui/widget.h"

/* What the view tells the controller. ctx is the view's (listview_init). */
struct listview_ops {
	/* Draws item at line y (cells via table_cell). Required. */
	void (*draw)(void *ctx, const struct table *t, WINDOW *w, int y, uint32_t item,
		     int selected);
	/* Compares items a and b under sort key `key` (0 ≤ key < n_sort), ascending; the
	 * sort is stable, so ties keep the source order. NULL: the list is not sortable. */
	int (*compare)(const void *ctx, int key, uint32_t a, uint32_t b);
	int n_sort;
	/* 1 if item passes the view's filter. NULL: every item. */
	int (*filter)(const void *ctx, uint32_t item);
	/* 1 if item matches the search text pat (as typed). NULL: no search. */
	int (*match)(const void *ctx, uint32_t item, const char *pat);
	/* The stable id of item (a store id), for keeping the selection. Required. */
	int64_t (*id)(const void *ctx, uint32_t item);
	/* The item of the id, or UINT32_MAX when it is gone (after a reload). Required. */
	uint32_t (*find_id)(const void *ctx, int64_t id);
	/* The item a jump to text goes to (Kennung: exact, ignoring case, prefix), or
	 * UINT32_MAX. NULL: no jump. */
	uint32_t (*jump)(const void *ctx, const char *text);
	/* What a jump looks for (msgid, e.g. "Code"); NULL: a Kennung. */
	const char *jump_what;
	/* Makes item shown (clears the filter, switches the page) before a jump selects it;
	 * returns what the user should be told (msgid) or NULL. Optional. */
	const char *(*unhide)(void *ctx, uint32_t item);
	/* Called after every rebuild (the rows changed: totals, widths). Optional. */
	void (*rebuilt)(void *ctx);
	/* 1 if item can hold the selection (0 for group headers). NULL: every item. */
	int (*selectable)(const void *ctx, uint32_t item);
};

enum listview_prompt { LVP_NONE, LVP_SEARCH, LVP_JUMP };

struct listview {
	struct table t;
	const struct listview_ops *ops;
	void *ctx;                    /* borrowed */
	struct overlay_stack *ovl;    /* borrowed: where the prompts are pushed */
	const uint32_t *order;        /* borrowed source order, or NULL = 0 … n_items−1 */
	size_t n_items;
	uint32_t *rows, *scratch;     /* owned: rows shown; merge sort buffer */
	size_t n_rows;
	int sort, sort_rev;
	int prompt;                   /* enum listview_prompt while a prompt is open */
	struct line_edit le;          /* the prompt's text */
	char pattern[LINE_MAX_BYTES]; /* the search of n and N */
	size_t origin, found;         /* row when the search began; current match or SIZE_MAX */
	char note[256];               /* a message for the view's bar ("" = none) */
};

/* Sorts v[0 … n−1] stably with cmp(ctx, key, a, b), reversed if rev (equal items keep
 * their order either way); sort_u32 (model/sort.h) with a key. scratch holds n items. */
void listview_sort(uint32_t *v, size_t n, uint32_t *scratch,
		   int (*cmp)(const void *ctx, int key, uint32_t a, uint32_t b), const void *ctx,
		   int key, int rev);

/* Sets lv up (cols copied as by table_init; ops, ctx, theme and ovl borrowed for lv's
 * lifetime), without rows. */
void listview_init(struct listview *lv, const struct table_col *cols, int n_cols,
		   const struct theme *theme, const struct listview_ops *ops, void *ctx,
		   struct overlay_stack *ovl);
/* Sets the source: n items in order (borrowed; NULL = 0 … n−1), and rebuilds with the
 * item of id keep selected where it is shown (keep 0 or gone: the same row number, within
 * range). A reload reads keep with listview_selected_id before the data changes.
 * Returns 0 or -WP_ENOMEM. */
int listview_set_source(struct listview *lv, const uint32_t *order, size_t n, int64_t keep);
/* Filters and sorts the source again; the selection stays on the same id if it is still
 * shown, else goes to the first row. Returns 0 or -WP_ENOMEM. */
int listview_rebuild(struct listview *lv);
/* Frees rows and closes lv's prompts; accepts a zeroed lv. */
void listview_free(struct listview *lv);

/* The selected item, or UINT32_MAX when no row is shown. */
uint32_t listview_selected(const struct listview *lv);
/* The stable id of the selected item, or 0 when no row is shown. */
int64_t listview_selected_id(const struct listview *lv);
/* Selects item if it is shown; 1 if so, 0 if not. */
int listview_select(struct listview *lv, uint32_t item);
/* Sets the sort key (clamped to the keys there are) and direction and rebuilds. */
int listview_set_sort(struct listview *lv, int key, int rev);

/* Handles the list actions: navigation, ACT_SORT / ACT_SORT_REV, ACT_SEARCH and ACT_JUMP
 * (push a prompt), ACT_SEARCH_NEXT / ACT_SEARCH_PREV. Returns enum view_flags, 0 for
 * actions it does not know. Clears the note first. */
int listview_handle(struct listview *lv, int action);
/* Draws the table (header and rows) into w. */
void listview_draw(const struct listview *lv, WINDOW *w);

/* 1 if hay contains pat, ignoring case (umlauts too, model/utf8.h); 0 for an empty pat.
 * For the match hooks of lists of text. */
int listview_text_match(const char *hay, const char *pat);

/* view_ops.offers for views whose lists neither sort nor filter: 0 for ACT_SORT and
 * ACT_FILTER (the footer does not name them), else 1. */
int listview_offers_unsorted(struct view *v, int action);

#endif
