/* The pick list: a framed, searchable list of choices drawn over a view. Typing narrows
 * the list (case-insensitive substring, umlauts too; extending the query filters only the
 * current matches, so large lists stay fast), arrows and Bild↑/↓ move, Enter chooses,
 * Esc cancels. Items come from a callback, so it serves enum values, Behörden and
 * 100,000 objects alike without copying them. */
#ifndef WP_TUI_PICK_H
#define WP_TUI_PICK_H

#include <curses.h>
#include <stddef.h>

#include "tui/overlay.h"
#include "tui/theme.h"
#include "tui/widget.h"

/* Label of item i (UTF-8): either a string that lives as long as the pick list, or text
 * written into buf (n bytes) and buf returned. */
typedef const char *(*pick_label_fn)(void *ctx, size_t i, char *buf, size_t n);

struct pick {
	char title[128];          /* copied, already translated */
	size_t n;                 /* number of items */
	pick_label_fn label;
	void *ctx;                /* borrowed, passed to label */
	const struct theme *theme; /* borrowed */
	size_t *match;            /* owned: items matching the query, in item order */
	size_t n_match, sel, top; /* sel and top index match[] */
	int rows;                 /* list rows at the last draw (for paging) */
	struct box at;            /* where the box was drawn last (for clicks); h 0 = not yet */
	struct line_edit query;
};

/* Sets p up for n items (all shown, the first selected). title is copied; ctx and theme
 * are borrowed for p's lifetime. Returns 0 or -WP_ENOMEM (then p needs no pick_free). */
int pick_open(struct pick *p, const char *title, size_t n, pick_label_fn label, void *ctx,
	      const struct theme *theme);
/* Frees the match list; accepts a zeroed or already freed p. */
void pick_free(struct pick *p);
/* Selects item i if it is among the matches (to preselect the current value). */
void pick_select(struct pick *p, size_t item);
/* Sets the search text and filters (for tests and for callers that preset a query). */
void pick_set_query(struct pick *p, const char *q);
/* Handles one key (encoded as in actions.h). Returns enum widget_result: WR_DONE when
 * Enter chose an item (pick_selected tells which), WR_CANCEL on Esc. */
int pick_key(struct pick *p, int key);
/* The chosen / currently selected item, or (size_t)-1 when nothing matches. */
size_t pick_selected(const struct pick *p);
/* Draws the list as a box centred in win (query line, matches, count). */
void pick_draw(struct pick *p, WINDOW *win);

/* Opens a pick list as above as an overlay on s, with item `preselect` selected ((size_t)-1:
 * the first); done(owner, pick, result) reads pick_selected on WR_DONE. ctx must outlive
 * the overlay. Returns 0 or -WP_ENOMEM (nothing pushed). */
int pick_push(struct overlay_stack *s, const char *title, size_t n, pick_label_fn label,
	      void *ctx, const struct theme *theme, size_t preselect, overlay_done_fn done,
	      void *owner);
/* The footer entries of a pick list (static). */
const struct overlay_hint *pick_hints(const void *state);

#endif
