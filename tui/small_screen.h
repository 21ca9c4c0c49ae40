/* The notice shown instead of the dashboard when the terminal is smaller than the views are
 * laid out for: what is needed, what there is, and how to go on. */
#ifndef WP_TUI_SMALL_SCREEN_H
#define WP_TUI_SMALL_SCREEN_H

#include <curses.h>

/* Draws the notice into win (the whole screen) for a minimum of min_cols × min_lines and
 * marks it for the next doupdate (wnoutrefresh). */
void small_screen_draw(WINDOW *win, int min_cols, int min_lines);

#endif
