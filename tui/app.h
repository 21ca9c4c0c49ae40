/* The dashboard's state and dispatch, separate from the terminal and the input loop so
 * that tests can drive it headless: build it on a store, attach it to a curses screen
 * (newterm on any FILE pair), feed actions, keys or clicks, draw, and read the screen. */
#ifndef WP_TUI_APP_H
#define WP_TUI_APP_H

#include <curses.h>

#include "data/store.h"
#include "model/err.h"
#include "tui/tui.h"

/* The tabs, in the order of the tab bar and of the number keys 1…8. */
enum app_tab {
	TAB_UEBERSICHT, TAB_INVENTAR, TAB_BEWERTUNG, TAB_PLATTFORMEN, TAB_ROADMAP, TAB_QUICKWINS,
	TAB_PILOTEN, TAB_BESCHLUESSE, TAB_HILFE, TAB__N
};

struct app;

/* Loads the workspace from s (store_load) and assesses it (assess_run), then opens every
 * view on it. No curses calls. o and o->db_path are borrowed and must outlive the app; s
 * is borrowed. On success *out is owned by the caller (app_free). Returns 0 or -WP_E*
 * with a message in e. */
int app_new(struct store *s, const struct tui_opts *o, struct app **out, struct wp_err *e);
/* Binds the app to the current curses screen (call after newterm/initscr): resolves the
 * theme, enables the mouse unless disabled, creates the windows for LINES × COLS.
 * Returns 0 or -WP_ENOMEM. */
int app_attach(struct app *a);
/* Recreates the windows for the current LINES × COLS and lays out every view (after
 * KEY_RESIZE or resizeterm). Returns 0 or -WP_ENOMEM. */
int app_relayout(struct app *a);
/* Draws the whole screen: each window with wnoutrefresh, then one doupdate. */
void app_draw(struct app *a);
/* Applies one action (enum action): the current view first, then the global actions
 * (views, help, quit, redraw). Returns enum view_flags; VF_QUIT means leave. */
int app_action(struct app *a, int action);
/* Maps key (encoded as in actions.h) to its action and applies it; an unbound key leaves
 * a hint in the status line. Returns enum view_flags. */
int app_key(struct app *a, int key);
/* A mouse event at screen position (y, x) with curses button state bstate: a click on a
 * tab switches to it, a click in the body goes to the view, the wheel scrolls.
 * Returns enum view_flags. */
int app_click(struct app *a, int y, int x, unsigned long bstate);
/* Opens the Objekt-Detail of the object with this Kennung over the current tab (as Enter
 * on its row would). Returns 0 or -WP_ENOTFOUND. */
int app_show_object(struct app *a, const char *kennung);
/* 1 while the Objekt-Detail is shown. */
int app_detail_shown(const struct app *a);
/* The current tab (enum app_tab). */
int app_tab(const struct app *a);
/* The tab label msgid of tab i (static), or "" when out of range. */
const char *app_tab_title(int i);
/* The status message currently shown (borrowed, valid until the next call into a). */
const char *app_message(const struct app *a);
/* Deletes the windows and views and frees the workspace; accepts NULL; clears *a.
 * Does not end curses: the caller owns the screen. */
void app_free(struct app **a);

#endif
