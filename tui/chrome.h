/* The frame around the views: title line, tab bar, status line and footer. Each function
 * draws one whole line window from what it is given; nothing here keeps state. */
#ifndef WP_TUI_CHROME_H
#define WP_TUI_CHROME_H

#include <curses.h>
#include <stddef.h>

#include "tui/overlay.h"
#include "tui/theme.h"

/* Title line: program name and workspace path (cropped from the left, so the file name
 * stays) on the left, the active scenario's name, object and Behörde counts on the right.
 * path and szenario may be NULL. */
void chrome_title(WINDOW *w, const struct theme *th, const char *path, const char *szenario,
		  size_t n_obj, size_t n_beh);
/* Tab bar with n tabs " 1 Name " (titles are msgids), the active one highlighted.
 * Inactive names are cropped evenly when the bar is too narrow. Stores each tab's first
 * column in xs[0..n) and the end in xs[n] (xs has n + 1 entries) for mouse hits. */
void chrome_tabs(WINDOW *w, const struct theme *th, const char *const *titles, int n,
		 int active, int *xs);
/* The tab under column x given the xs of chrome_tabs, or -1. */
int chrome_tab_at(const int *xs, int n, int x);
/* Status line: message on the left, position info on the right (either may be ""); the
 * info gives way when the message needs the whole line. */
void chrome_status(WINDOW *w, const struct theme *th, const char *msg, const char *info);
/* Footer: "key hint" pairs, as many as fit whole: those of the open overlay when hints is
 * not NULL (the keys that work there, nothing else), else the action table's hinted
 * actions in table order, leaving out those offers(ctx, action) says do nothing here
 * (offers may be NULL: all). */
void chrome_footer(WINDOW *w, const struct theme *th, const struct overlay_hint *hints,
		   int (*offers)(void *ctx, int action), void *ctx);

#endif
