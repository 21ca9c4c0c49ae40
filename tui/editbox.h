/* The editor box of the workshop controls (tui/settings_edit.c, tui/plan_params.c): an
 * overlay as large as the body with a table of rows (a header line, columns of fixed
 * widths, the last one taking the rest), a selection that scrolls, and below it the
 * selected row's explanation, wrapped. ↑/↓ (j/k), Bild↑/↓, Pos1/Ende move; Esc and q
 * close; u and Strg-R undo and redo through the session; every other key goes to the owner's key function with the selected row, which may
 * push further overlays (a prompt, a what-if question) above the box. */
#ifndef WP_TUI_EDITBOX_H
#define WP_TUI_EDITBOX_H

#include <stddef.h>

#include "tui/overlay.h"
#include "tui/session.h"
#include "tui/theme.h"

#define EDITBOX_COLS 4
#define EDITBOX_CELL 256

/* What fills a box; ctx is the owner's state (owned by the box, freed with release). */
struct editbox_ops {
	const char *name;                 /* stable internal name (tests) */
	const char *keys;                 /* msgid of the key line in the box, with {action}s */
	size_t (*count)(void *ctx);      /* rows now (they may change after an edit) */
	/* Writes row i's cells (at most EDITBOX_COLS, EDITBOX_CELL bytes each). */
	void (*cells)(void *ctx, size_t i, char cell[][EDITBOX_CELL]);
	/* Writes the explanation of row i (lines separated by '\n') into buf (n bytes). */
	void (*detail)(void *ctx, size_t i, char *buf, size_t n);
	/* A key that is not a movement, Esc or q, with the selected row ((size_t)-1 when there
	 * is none); returns enum widget_result (WR_NONE: not used). */
	int (*key)(void *ctx, size_t sel, int key);
	const struct overlay_hint *(*hints)(const void *ctx); /* footer entries */
	void (*release)(void *ctx);       /* frees ctx; may be NULL */
};

/* Pushes a box titled title (copied, translated) with the column header head[] (ncol ≤
 * EDITBOX_COLS msgids, translated when drawn) and widths wid[] (display columns; the last
 * column takes what is left) on s. ctx is taken over in any case; theme and ses (for undo
 * and redo) borrowed while the box is open. The row sel (clamped) starts selected. Returns 0 or -WP_ENOMEM. */
int editbox_push(struct overlay_stack *s, const struct editbox_ops *ops, void *ctx,
		 const char *title, int ncol, const char *const *head, const int *wid,
		 size_t sel, const struct theme *theme, struct session *ses);

/* The selected row of the box whose ctx is ctx, or (size_t)-1 (no such box open).
 * Selects row i there when i != (size_t)-1. */
size_t editbox_select(struct overlay_stack *s, const void *ctx, size_t i);

#endif
