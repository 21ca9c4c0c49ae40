/* Shared harness of the headless screen tests (tests/test_tui*.c): a cmocka fixture with the
 * seeded demo workspace, the app started on a newterm() screen over /dev/null, actions and
 * keys fed to it, the screen read back from curscr, golden screen files. */
#ifndef WP_TESTS_TUI_HARNESS_H
#define WP_TESTS_TUI_HARNESS_H

#include <stddef.h>
#include <stdio.h>

#include "data/store.h"
#include "tui/app.h"

struct fixture {
	struct store *store;
	FILE *out, *in;
	SCREEN *scr;
	struct app *app;
	struct tui_opts opts;
	char dir[256], cwd[1024]; /* open_demo_tmpdir's private directory, else empty */
};

/* ---- fixtures (cmocka setup and teardown) ---- */

/* Setup: the seeded demo in an in-memory store, db_path "/tmp/musterstadt.db", heute
 * 2026-11-23 (tests never read the clock). 0, or -1 on failure. */
int open_demo(void **state);
/* Setup: open_demo, then the working directory becomes a new private directory under /tmp
 * (files a test writes land there). */
int open_demo_tmpdir(void **state);
/* Teardown: stops a screen a failed assertion left running, closes the store, leaves and
 * removes the private directory of open_demo_tmpdir, frees the fixture. Returns 0. */
int close_demo(void **state);

/* Starts a headless screen of rows × cols for terminal type term and the app on it, drawn
 * once; asserts the size. */
void start(struct fixture *f, const char *term, int rows, int cols);
/* Frees the app and the screen started by start(). */
void stop(struct fixture *f);

/* Feed the app one action, one key, or the UTF-8 text s as keys; then draw it. */
void act(struct fixture *f, int action);
void key(struct fixture *f, int k);
void keys(struct fixture *f, const char *s);

/* ---- the screen as the user sees it ---- */

/* Line y of the physical screen as UTF-8 in buf (n bytes), right blanks trimmed; buf. */
char *screen_line(int y, char *buf, size_t n);
/* The first screen line containing needle, or -1. */
int screen_find(const char *needle);
/* Column (cells, all one wide here) of needle in line y, or -1. */
int screen_col(int y, const char *needle);
/* The attributes of the cell at y, x (0 outside the screen). */
attr_t cell_attr(int y, int x);
/* The body line (below title, tabs and column header) shown in reverse video at column x
 * (0 for the first column, 2 for a table with a mark column), or -1. */
int selected_line(int x);
/* The whole screen as text in buf (n bytes), one line per screen line, right blanks
 * trimmed (cut at a whole line when buf is too small). */
void screen_dump(char *buf, size_t n);

/* Compares the screen with tests/golden/NAME.txt (under $WP_SRCDIR, else the working
 * directory). With WP_GOLDEN_UPDATE=1 in the environment the file is written instead
 * (`make golden` for the dashboard's; see tests/golden/README.md): review the diff before
 * committing. */
void golden(const char *name);
/* golden("VIEW-LANG-COLSxROWS"): the naming of every golden screen file. */
void golden_at(const char *view, const char *lang, int cols, int rows);

/* The environment every headless screen test starts from: a UTF-8 character type (ncursesw
 * decodes what we draw with the C library's multibyte functions), colours allowed, and
 * no LINES/COLUMNS overriding the sizes the tests ask for. Call first in main. */
void harness_env(void);

/* Switches the interface language: "de" (the msgids) or "en" (the catalogue built into
 * build/locale next to this test program). */
void set_lang(const char *lang);

#endif
