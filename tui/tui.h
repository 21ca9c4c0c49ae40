/* The interactive ncurses dashboard. */
#ifndef WP_TUI_TUI_H
#define WP_TUI_TUI_H

#include <stdint.h>

#include "data/store.h"

struct tui_opts {
	const char *db_path; /* shown in the title bar */
	int no_mouse;        /* --no-mouse */
	int no_color;        /* --no-color or NO_COLOR set and non-empty */
	int ascii;           /* 1 = ASCII glyphs only; tui_run also sets it for a non-UTF-8
			      * locale in the environment */
	int32_t heute;       /* today as days since 1970-01-01; 0 = the system clock */
};

/* Runs the dashboard on the open store until the user quits; loads and assesses the
 * workspace itself. The terminal is restored before returning, also on error.
 * Returns a process exit code (0 ok, 1 error, with the message already printed). */
int tui_run(struct store *s, const struct tui_opts *o);

#endif
