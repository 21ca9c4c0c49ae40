/* Headless screen tests of the dashboard: each test runs the app on the seeded demo
 * workspace against a curses screen created with newterm() on /dev/null at a fixed size,
 * feeds actions, keys or clicks, and reads the screen back from curscr (mvwinnwstr,
 * mvwin_wch) to check what a user would see. Plus unit tests of the action table, the
 * table widget's virtual scrolling and column-exact text output. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "data/seed.h"
#include "data/store.h"
#include "model/utf8.h"
#include "tui/actions.h"
#include "tui/app.h"
#include "tui/table.h"
#include "tui/text.h"
#include "tui/view.h"

struct fixture {
	struct store *store;
	FILE *out, *in;
	SCREEN *scr;
	struct app *app;
	struct tui_opts opts;
};

/* ---- screen helpers ---- */

/* Line y of the physical screen as UTF-8 (right blanks trimmed). */
static char *screen_line(int y, char *buf, size_t n)
{
	wchar_t w[512];
	int len = mvwinnwstr(curscr, y, 0, w, COLS < 511 ? COLS : 511);
	buf[0] = '\0';
	if (len == ERR)
		return buf;
	w[len > 0 ? len : 0] = L'\0';
	size_t k = wcstombs(buf, w, n - 1);
	if (k == (size_t)-1)
		k = 0;
	buf[k] = '\0';
	while (k > 0 && buf[k - 1] == ' ')
		buf[--k] = '\0';
	return buf;
}

/* The first screen line containing needle, or -1. */
static int screen_find(const char *needle)
{
	char line[2048];
	for (int y = 0; y < LINES; y++)
		if (strstr(screen_line(y, line, sizeof line), needle))
			return y;
	return -1;
}

/* Column (cells, all one wide here) of needle in line y, or -1. */
static int screen_col(int y, const char *needle)
{
	char line[2048];
	const char *p = strstr(screen_line(y, line, sizeof line), needle);
	if (!p)
		return -1;
	char head[2048];
	memcpy(head, line, (size_t)(p - line));
	head[p - line] = '\0';
	return (int)utf8_width(head);
}

static attr_t cell_attr(int y, int x)
{
	cchar_t cc;
	wchar_t wch[CCHARW_MAX + 1];
	attr_t attrs = 0;
	short pair = 0;
	if (mvwin_wch(curscr, y, x, &cc) == ERR)
		return 0;
	getcchar(&cc, wch, &attrs, &pair, NULL);
	return attrs;
}

/* The body line (below title, tabs and column header) shown in reverse video, or -1. */
static int selected_line(void)
{
	for (int y = 3; y < LINES - 2; y++)
		if (cell_attr(y, 0) & A_REVERSE)
			return y;
	return -1;
}

/* ---- fixtures ---- */

static int open_demo(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	struct wp_err e = { 0 };
	if (!f)
		return -1;
	if (store_open(":memory:", STORE_CREATE, &f->store, &e) || seed_workspace(f->store, 1, &e)) {
		fprintf(stderr, "seed: %s\n", e.msg);
		return -1;
	}
	f->opts.db_path = "/tmp/musterstadt.db";
	*state = f;
	return 0;
}

static void stop(struct fixture *f);

static int close_demo(void **state)
{
	struct fixture *f = *state;
	if (f->scr) /* a failed assertion skipped the test's own stop() */
		stop(f);
	store_close(&f->store);
	free(f);
	return 0;
}

/* Starts a headless screen of rows × cols and the app on it, drawn once. */
static void start(struct fixture *f, const char *term, int rows, int cols)
{
	struct wp_err e = { 0 };
	f->out = fopen("/dev/null", "w");
	f->in = fopen("/dev/null", "r");
	assert_non_null(f->out);
	assert_non_null(f->in);
	f->scr = newterm(term, f->out, f->in);
	assert_non_null(f->scr);
	set_term(f->scr);
	resizeterm(rows, cols);
	assert_int_equal(LINES, rows);
	assert_int_equal(COLS, cols);
	assert_int_equal(app_new(f->store, &f->opts, &f->app, &e), 0);
	assert_int_equal(app_attach(f->app), 0);
	app_draw(f->app);
}

static void stop(struct fixture *f)
{
	app_free(&f->app);
	endwin();
	delscreen(f->scr);
	fclose(f->out);
	fclose(f->in);
	f->scr = NULL;
}

static void act(struct fixture *f, int action)
{
	app_action(f->app, action);
	app_draw(f->app);
}

/* Pages down until needle is on screen (at most 20 pages); returns its line or -1. */
static int page_to(struct fixture *f, const char *needle)
{
	int y;
	act(f, ACT_HOME);
	for (int i = 0; i < 20 && (y = screen_find(needle)) < 0; i++)
		act(f, ACT_PGDN);
	return screen_find(needle);
}

/* Every body line is a group header ("… · N Objekt(e)") or starts with a Kennung of the
 * workspace: a wrapped line would start with a fragment instead. */
static void assert_body_unwrapped(void)
{
	char line[2048], kennung[64];
	for (int y = 3; y < LINES - 2; y++) {
		screen_line(y, line, sizeof line);
		if (!line[0])
			continue;
		if (strstr(line, " Objekt"))
			continue;
		size_t k = strcspn(line, " ");
		assert_true(k < sizeof kennung);
		memcpy(kennung, line, k);
		kennung[k] = '\0';
		if (!(strncmp(kennung, "ANW-", 4) == 0 || strncmp(kennung, "FV-", 3) == 0 ||
		      strncmp(kennung, "REG-", 4) == 0))
			fail_msg("line %d does not start with a Kennung: \"%s\"", y, line);
	}
}

/* ---- action table ---- */

static void test_action_table(void **state)
{
	(void)state;
	for (int a = 0; a < ACT__N; a++) {
		assert_true(action_name(a)[0] != '\0');
		assert_true(action_help(a)[0] != '\0');
		assert_int_equal(action_by_name(action_name(a)), a);
		assert_int_not_equal(action_key(a, 0), 0);
		/* every key reaches its own action: no key is bound twice */
		assert_int_equal(action_for_key(action_key(a, 0)), a);
		if (action_key(a, 1))
			assert_int_equal(action_for_key(action_key(a, 1)), a);
	}
	assert_int_equal(action_for_key('q'), ACT_QUIT);
	assert_int_equal(action_for_key('?'), ACT_HELP);
	assert_int_equal(action_for_key('j'), ACT_DOWN);
	assert_int_equal(action_for_key(TK_FN(KEY_DOWN)), ACT_DOWN);
	assert_int_equal(action_for_key('k'), ACT_UP);
	assert_int_equal(action_for_key(TK_FN(KEY_UP)), ACT_UP);
	assert_int_equal(action_for_key('g'), ACT_HOME);
	assert_int_equal(action_for_key('G'), ACT_END);
	assert_int_equal(action_for_key(TK_FN(KEY_NPAGE)), ACT_PGDN);
	assert_int_equal(action_for_key(TK_FN(KEY_PPAGE)), ACT_PGUP);
	assert_int_equal(action_for_key('8'), ACT_VIEW_8);
	assert_int_equal(action_for_key('x'), ACT_NONE);
	assert_int_equal(action_by_name("nope"), ACT_NONE);
	assert_null(action_hint(ACT_BACK));
	assert_string_equal(action_hint(ACT_QUIT), "Beenden");
	/* the number keys' help names the tab they open */
	for (int i = 0; i < TAB__N; i++)
		assert_non_null(strstr(action_help(ACT_VIEW_1 + i), app_tab_title(i)));
}

static void test_key_labels(void **state)
{
	char b[32];
	(void)state;
	assert_string_equal(key_label('q', b, sizeof b), "q");
	assert_string_equal(key_label(TK_FN(KEY_DOWN), b, sizeof b), "↓");
	assert_string_equal(key_label(TK_CTRL('l'), b, sizeof b), "^L");
	assert_string_equal(key_label(TK_ESC, b, sizeof b), "Esc");
	assert_string_equal(key_label(TK_FN(KEY_F(1)), b, sizeof b), "F1");
	assert_string_equal(key_label(0x00FC, b, sizeof b), "ü");
	assert_string_equal(action_keys_label(ACT_DOWN, b, sizeof b), "j, ↓");
	assert_string_equal(action_keys_label(ACT_QUIT, b, sizeof b), "q");
}

/* ---- table widget ---- */

struct count_ctx {
	size_t calls, last_row;
};

static void count_row(void *ctx, const struct table *t, WINDOW *w, int y, size_t row,
		      int selected)
{
	struct count_ctx *c = ctx;
	char buf[32];
	(void)selected;
	c->calls++;
	c->last_row = row;
	snprintf(buf, sizeof buf, "R%zu", row);
	table_cell(t, w, y, 0, buf, A_NORMAL);
}

/* Rows divisible by 1000 are group headers. */
static int every_1000(const void *ctx, size_t row)
{
	(void)ctx;
	return row % 1000 != 0;
}

static void test_table_virtual(void **state)
{
	struct fixture *f = *state;
	static const struct table_col cols[] = { { "Zeile", NULL, 10, 0, 0, 1, 0 } };
	struct count_ctx c = { 0, 0 };
	struct theme th;
	struct table t;
	start(f, "xterm", 24, 80);
	theme_init(&th, 0);
	table_init(&t, cols, 1, &th, count_row, every_1000, &c);
	table_set_rows(&t, 1000000);
	assert_int_equal(t.sel, 1); /* row 0 is a header */
	table_layout(&t, 20, 80);
	WINDOW *w = newwin(20, 80, 0, 0);
	table_draw(&t, w);
	assert_int_equal(c.calls, 19); /* the visible rows only, not a million */
	table_handle(&t, ACT_END);
	assert_int_equal(t.sel, 999999);
	assert_int_equal(t.top, 1000000 - 19);
	c.calls = 0;
	table_draw(&t, w);
	assert_int_equal(c.calls, 19);
	assert_int_equal(c.last_row, 999999);
	/* the selection skips headers in both directions */
	table_select(&t, 2000);
	assert_int_equal(t.sel, 2001);
	table_handle(&t, ACT_UP);
	assert_int_equal(t.sel, 1999);
	table_handle(&t, ACT_DOWN);
	assert_int_equal(t.sel, 2001);
	/* a header right above the selection is scrolled into view with it */
	table_handle(&t, ACT_END);
	table_select(&t, 2000);
	assert_int_equal(t.top, 2000);
	/* shrinking the window keeps the selection visible */
	table_handle(&t, ACT_PGDN);
	size_t sel = t.sel;
	table_layout(&t, 5, 40);
	assert_int_equal(t.sel, sel);
	assert_true(t.sel >= t.top && t.sel < t.top + 4);
	table_handle(&t, ACT_HOME);
	assert_int_equal(t.sel, 1);
	assert_int_equal(t.top, 0);
	delwin(w);
	stop(f);
}

static void test_table_columns_fit(void **state)
{
	struct fixture *f = *state;
	static const struct table_col cols[] = {
		{ "A", NULL, 10, 0, 0, 0, 0 },
		{ "Flex", NULL, 12, 0, 0, 1, 0 },
		{ "Weg zuerst", NULL, 20, 0, 2, 0, 0 },
		{ "Weg später", NULL, 20, 0, 1, 0, 0 },
	};
	struct theme th;
	struct table t;
	start(f, "xterm", 24, 80);
	theme_init(&th, 0);
	table_init(&t, cols, 4, &th, count_row, NULL, NULL);
	table_layout(&t, 10, 80); /* 10+12+20+20+3 = 65: all shown, flex takes the rest */
	assert_int_equal(t.w[0], 10);
	assert_int_equal(t.w[2], 20);
	assert_int_equal(t.w[3], 20);
	assert_int_equal(t.x[3] + t.w[3], 80);
	table_layout(&t, 10, 50); /* drop "Weg zuerst" */
	assert_int_equal(t.w[2], 0);
	assert_true(t.w[3] > 0);
	assert_true(t.x[3] + t.w[3] <= 50);
	table_layout(&t, 10, 25); /* both dropped, flex fills */
	assert_int_equal(t.w[2], 0);
	assert_int_equal(t.w[3], 0);
	assert_int_equal(t.w[1], 14);
	table_layout(&t, 10, 8); /* narrower than everything: clipped, never past the edge */
	for (int c = 0; c < 4; c++)
		assert_true(t.w[c] == 0 || t.x[c] + t.w[c] <= 8);
	stop(f);
}

/* ---- text output ---- */

static void test_text_crop_no_wrap(void **state)
{
	struct fixture *f = *state;
	char line[256];
	start(f, "xterm", 24, 80);
	WINDOW *w = newwin(3, 12, 0, 0);
	werase(stdscr); /* blank the app's screen, so the lines show only this window */
	wnoutrefresh(stdscr);
	werase(w);
	/* 20 columns of text at x = 5 in a 12-wide window: cropped to 7 with "…" */
	int n = text_put(w, 0, 5, "Straßenverkehrsamt Musterstadt", 20, A_NORMAL, TEXT_LEFT);
	assert_int_equal(n, 7);
	text_put(w, 1, 0, "Größe", 8, A_NORMAL, TEXT_RIGHT);
	text_put(w, 2, 0, "a\tb\nc", 12, A_NORMAL, TEXT_LEFT);
	wnoutrefresh(w);
	doupdate();
	assert_string_equal(screen_line(0, line, sizeof line), "     Straße…");
	assert_string_equal(screen_line(1, line, sizeof line), "   Größe");
	assert_string_equal(screen_line(2, line, sizeof line), "a b c");
	delwin(w);

	char buf[64];
	assert_int_equal(text_crop_left("/home/ämter/workspace.db", 12, buf, sizeof buf), 12);
	assert_string_equal(buf, "…orkspace.db");
	assert_int_equal(text_crop_left("/x.db", 12, buf, sizeof buf), 5);
	assert_string_equal(buf, "/x.db");
	stop(f);
}

/* ---- the dashboard ---- */

static void test_inventar_80x24(void **state)
{
	struct fixture *f = *state;
	char line[2048];
	start(f, "xterm-256color", 24, 80);
	assert_int_equal(app_tab(f->app), TAB_INVENTAR);

	/* title: path and object count; tab bar; column header */
	screen_line(0, line, sizeof line);
	assert_non_null(strstr(line, "wolkenplan"));
	assert_non_null(strstr(line, "/tmp/musterstadt.db"));
	assert_non_null(strstr(line, "74 Objekte"));
	screen_line(1, line, sizeof line);
	assert_non_null(strstr(line, "2 Inventar"));
	assert_non_null(strstr(line, "8 Hilfe"));
	screen_line(2, line, sizeof line);
	assert_true(strncmp(line, "Kennung", 7) == 0);
	assert_non_null(strstr(line, "Urteil"));
	assert_non_null(strstr(line, "Strategie"));
	/* first group: the first Amt of the tree with its count, then its objects by Kennung */
	assert_string_equal(screen_line(3, line, sizeof line), "10 Hauptamt · 8 Objekte");
	assert_true(strncmp(screen_line(4, line, sizeof line), "ANW-EAKTE ", 10) == 0);
	/* footer hints from the action table; position info in the status line */
	screen_line(LINES - 1, line, sizeof line);
	assert_non_null(strstr(line, "q Beenden"));
	assert_non_null(strstr(line, "? Hilfe"));
	assert_non_null(strstr(screen_line(LINES - 2, line, sizeof line), "Objekt 1 von 74"));
	assert_body_unwrapped();

	/* scrolling reaches the Bürgerservice with REG-MELDE, umlauts intact */
	int y = page_to(f, "33 Bürgerservice");
	assert_true(y >= 3);
	assert_non_null(strstr(screen_line(y, line, sizeof line), "33 Bürgerservice · 3 Objekte"));
	int ym = screen_find("REG-MELDE ");
	assert_true(ym > y);
	screen_line(ym, line, sizeof line);
	assert_non_null(strstr(line, " Melderegist")); /* cropped to the Name column */
	assert_non_null(strstr(line, " %"));
	assert_true(strstr(line, "✓ zulässig") || strstr(line, "? offen") ||
		    strstr(line, "✗ blockiert"));
	assert_body_unwrapped();
	assert_true(page_to(f, "34 Straßenverkehrsamt · 6 Objekte") >= 3);
	assert_body_unwrapped();
	stop(f);
}

static void test_selection_moves(void **state)
{
	struct fixture *f = *state;
	char line[2048], before[2048];
	start(f, "xterm-256color", 24, 80);
	int y0 = selected_line();
	assert_int_equal(y0, 4); /* first object, below the first group header */
	screen_line(y0, before, sizeof before);
	act(f, ACT_DOWN);
	assert_int_equal(selected_line(), y0 + 1);
	assert_string_not_equal(screen_line(y0 + 1, line, sizeof line), before);
	assert_non_null(strstr(screen_line(LINES - 2, line, sizeof line), "Objekt 2 von 74"));
	act(f, ACT_UP);
	assert_int_equal(selected_line(), y0);
	/* eight DOWNs from the first object pass the "11 Personalamt" header */
	for (int i = 0; i < 8; i++)
		act(f, ACT_DOWN);
	int y = selected_line();
	assert_int_equal(y, y0 + 9);
	assert_non_null(strstr(screen_line(y - 1, line, sizeof line), "11 Personalamt"));
	assert_non_null(strstr(screen_line(LINES - 2, line, sizeof line), "Objekt 9 von 74"));
	/* vim keys through the keymap */
	app_key(f->app, 'k');
	app_draw(f->app);
	assert_int_equal(selected_line(), y0 + 7);
	app_key(f->app, 'G');
	app_draw(f->app);
	assert_non_null(strstr(screen_line(LINES - 2, line, sizeof line), "Objekt 74 von 74"));
	assert_int_equal(selected_line(), LINES - 3); /* last body line */
	app_key(f->app, 'g');
	app_draw(f->app);
	assert_int_equal(selected_line(), y0);
	stop(f);
}

static void test_resize_keeps_selection(void **state)
{
	struct fixture *f = *state;
	char line[2048], sel[2048];
	start(f, "xterm-256color", 40, 120);
	assert_non_null(strstr(screen_line(0, line, sizeof line), "74 Objekte"));
	/* wide: every column is there, with full titles */
	screen_line(2, line, sizeof line);
	assert_non_null(strstr(line, "Typ"));
	assert_non_null(strstr(line, "Schutzklasse"));
	assert_non_null(strstr(line, "Bereitschaft"));
	assert_non_null(strstr(line, "Empfehlung"));
	for (int i = 0; i < 30; i++)
		act(f, ACT_DOWN);
	int y = selected_line();
	assert_true(y > 3);
	screen_line(y, sel, sizeof sel);
	char kennung[64];
	size_t k = strcspn(sel, " ");
	memcpy(kennung, sel, k);
	kennung[k] = '\0';

	resizeterm(24, 80);
	assert_int_equal(app_relayout(f->app), 0);
	app_draw(f->app);
	y = selected_line();
	assert_true(y >= 3 && y < LINES - 2);
	assert_true(strncmp(screen_line(y, line, sizeof line), kennung, k) == 0);
	/* narrow: Typ dropped, Strategie kept, nothing wraps */
	screen_line(2, line, sizeof line);
	assert_null(strstr(line, "Typ"));
	assert_non_null(strstr(line, "Strategie"));
	assert_body_unwrapped();

	/* too small for the frame: a notice instead, actions still safe */
	resizeterm(5, 15);
	assert_int_equal(app_relayout(f->app), 0);
	app_draw(f->app);
	assert_non_null(strstr(screen_line(0, line, sizeof line), "Fenster zu"));
	act(f, ACT_DOWN);
	resizeterm(24, 80);
	assert_int_equal(app_relayout(f->app), 0);
	app_draw(f->app);
	assert_true(selected_line() >= 3);
	stop(f);
}

static void test_help_lists_every_action(void **state)
{
	struct fixture *f = *state;
	char line[2048], keys[64];
	start(f, "xterm-256color", 40, 120);
	assert_int_equal(app_key(f->app, '?') & VF_HANDLED, VF_HANDLED);
	app_draw(f->app);
	assert_int_equal(app_tab(f->app), TAB_HILFE);
	for (int a = 0; a < ACT__N; a++) {
		int y = screen_find(action_help(a));
		if (y < 0)
			fail_msg("help lacks action %s: %s", action_name(a), action_help(a));
		action_keys_label(a, keys, sizeof keys);
		assert_true(strncmp(screen_line(y, line, sizeof line), keys, strlen(keys)) == 0);
	}
	assert_true(screen_find("✓ zulässig") >= 0);
	assert_true(screen_find("✗ blockiert") >= 0);
	/* q returns to the Inventar, a second q quits */
	assert_int_equal(app_action(f->app, ACT_QUIT) & VF_QUIT, 0);
	assert_int_equal(app_tab(f->app), TAB_INVENTAR);
	app_draw(f->app);
	assert_true(screen_find("10 Hauptamt") >= 0);
	/* Esc returns as well, also when the help was opened by its number */
	act(f, ACT_VIEW_8);
	assert_int_equal(app_tab(f->app), TAB_HILFE);
	act(f, ACT_BACK);
	assert_int_equal(app_tab(f->app), TAB_INVENTAR);
	assert_true(app_action(f->app, ACT_QUIT) & VF_QUIT);
	stop(f);
}

static void test_help_scrolls_at_80x24(void **state)
{
	struct fixture *f = *state;
	start(f, "xterm", 24, 80);
	act(f, ACT_HELP);
	assert_true(screen_find(action_help(ACT_QUIT)) >= 0);
	act(f, ACT_END);
	assert_true(screen_find(action_help(ACT_VIEW_8)) >= 0);
	assert_true(screen_find("✗ blockiert") >= 0);
	stop(f);
}

static void test_every_tab(void **state)
{
	struct fixture *f = *state;
	char line[2048];
	start(f, "xterm", 24, 80);
	for (int i = 0; i < TAB__N; i++) {
		act(f, ACT_VIEW_1 + i);
		assert_int_equal(app_tab(f->app), i);
		/* navigation on any tab must be harmless */
		act(f, ACT_DOWN);
		act(f, ACT_PGDN);
		act(f, ACT_END);
		act(f, ACT_HOME);
		assert_non_null(strstr(screen_line(LINES - 1, line, sizeof line), "q Beenden"));
	}
	act(f, ACT_VIEW_1);
	assert_true(screen_find("kommt mit dem nächsten Ausbau") >= 0);
	assert_true(screen_find("Übersicht") >= 0);
	act(f, ACT_NEXT_VIEW);
	assert_int_equal(app_tab(f->app), TAB_INVENTAR);
	act(f, ACT_PREV_VIEW);
	act(f, ACT_PREV_VIEW);
	assert_int_equal(app_tab(f->app), TAB_HILFE);
	act(f, ACT_REDRAW);
	stop(f);
}

static void test_keys_and_mouse(void **state)
{
	struct fixture *f = *state;
	char line[2048];
	start(f, "xterm-256color", 24, 80);
	assert_true(app_key(f->app, 'x') & VF_REDRAW);
	app_draw(f->app);
	assert_non_null(strstr(app_message(f->app), "nicht belegt"));
	assert_non_null(strstr(screen_line(LINES - 2, line, sizeof line), "nicht belegt"));
	app_key(f->app, 'j');
	assert_string_equal(app_message(f->app), "");
	/* a click on the tab "8 Hilfe" opens the help; one on "2 Inventar" returns */
	int x = screen_col(1, "8 Hilfe");
	assert_true(x > 0);
	app_click(f->app, 1, x, BUTTON1_PRESSED);
	assert_int_equal(app_tab(f->app), TAB_HILFE);
	app_draw(f->app);
	x = screen_col(1, "2 Inv");
	assert_true(x > 0);
	app_click(f->app, 1, x, BUTTON1_PRESSED);
	assert_int_equal(app_tab(f->app), TAB_INVENTAR);
	app_draw(f->app);
	/* a click on a row selects it; on a group header it does not */
	app_click(f->app, 6, 3, BUTTON1_PRESSED);
	app_draw(f->app);
	assert_int_equal(selected_line(), 6);
	app_click(f->app, 3, 3, BUTTON1_PRESSED);
	app_draw(f->app);
	assert_int_equal(selected_line(), 6);
	app_click(f->app, 10, 3, BUTTON4_PRESSED); /* wheel up: three rows */
	app_draw(f->app);
	assert_int_equal(selected_line(), 4);
	stop(f);
}

/* Sets red line 0 of every platform to v in the store (one transaction). */
static void set_first_red_line(struct store *s, int v)
{
	struct ws *w = NULL;
	struct wp_err e = { 0 };
	assert_int_equal(store_load(s, &w, &e), 0);
	assert_true(w->n_pf > 0 && w->n_rl > 0);
	assert_int_equal(store_begin(s, &e), 0);
	for (uint32_t p = 0; p < w->n_pf; p++) {
		w->rl_val[(size_t)p * w->n_rl] = (uint8_t)v;
		assert_int_equal(store_save_plattform(s, w, p, &e), 0);
	}
	assert_int_equal(store_commit(s, &e), 0);
	ws_free(&w);
}

static void test_verdict_labels(void **state)
{
	struct fixture *f = *state;
	char line[2048];
	/* a red line unknown everywhere: nothing fails, everything is to be clarified */
	set_first_red_line(f->store, RL_UNBEKANNT);
	start(f, "xterm", 24, 80);
	int y = screen_find("ANW-EAKTE ");
	assert_true(y > 0);
	assert_non_null(strstr(screen_line(y, line, sizeof line), "? offen"));
	stop(f);
	/* a red line failed everywhere: blocked, no recommendation, Retain */
	set_first_red_line(f->store, RL_NICHT);
	start(f, "xterm", 24, 80);
	y = screen_find("ANW-EAKTE ");
	screen_line(y, line, sizeof line);
	assert_non_null(strstr(line, "✗ blockiert"));
	assert_non_null(strstr(line, "—"));
	assert_non_null(strstr(line, "Retain"));
	stop(f);
}

static void test_monochrome_keeps_selection(void **state)
{
	struct fixture *f = *state;
	setenv("NO_COLOR", "1", 1);
	start(f, "xterm-256color", 24, 80);
	unsetenv("NO_COLOR");
	int y = selected_line();
	assert_int_equal(y, 4);
	/* no colour pair anywhere on the selected row, yet it is reverse */
	cchar_t cc;
	wchar_t wch[CCHARW_MAX + 1];
	attr_t attrs;
	short pair = -1;
	mvwin_wch(curscr, y, 0, &cc);
	getcchar(&cc, wch, &attrs, &pair, NULL);
	assert_int_equal(pair, 0);
	assert_true(attrs & A_REVERSE);
	/* and the verdict stays readable as text */
	assert_true(screen_find("✓ zulässig") >= 0);
	stop(f);

	f->opts.no_color = 1;
	start(f, "xterm-256color", 24, 80);
	assert_int_equal(selected_line(), 4);
	stop(f);
	f->opts.no_color = 0;
}

int main(void)
{
	/* ncursesw decodes the UTF-8 we draw with the C library's multibyte functions */
	if (!setlocale(LC_ALL, "C.UTF-8"))
		setlocale(LC_ALL, "");
	unsetenv("NO_COLOR");
	unsetenv("LINES");
	unsetenv("COLUMNS");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_action_table),
		cmocka_unit_test(test_key_labels),
		cmocka_unit_test_setup_teardown(test_table_virtual, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_table_columns_fit, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_text_crop_no_wrap, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_inventar_80x24, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_selection_moves, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_resize_keeps_selection, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_help_lists_every_action, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_help_scrolls_at_80x24, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_every_tab, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_keys_and_mouse, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_verdict_labels, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_monochrome_keeps_selection, open_demo,
						close_demo),
	};
	return cmocka_run_group_tests_name("tui", tests, NULL, NULL);
}
