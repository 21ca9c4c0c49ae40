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
#include <libintl.h>
#include <unistd.h>
#include <wchar.h>

#include "data/seed.h"
#include "data/store_plan.h"
#include "data/store.h"
#include "model/assess.h"
#include "model/date.h"
#include "model/plan.h"
#include "model/utf8.h"
#include "tests/tui_harness.h"
#include "tui/actions.h"
#include "tui/app.h"
#include "tui/table.h"
#include "tui/text.h"
#include "tui/view.h"

/* Every table line of the Inventar (without tree) starts with a Kennung of the
 * workspace: a wrapped line would start with a fragment instead. */
static void assert_body_unwrapped(void)
{
	char line[2048], kennung[64];
	for (int y = 3; y < LINES - 3; y++) {
		screen_line(y, line, sizeof line);
		if (!line[0])
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

/* A printable key no action is bound to (the table grows; tests must not guess). */
static int unbound_key(void)
{
	for (int k = 'Z'; k > ' '; k--)
		if (action_for_key(k) == ACT_NONE)
			return k;
	return 0;
}

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
	assert_true(unbound_key() != 0);
	assert_int_equal(action_for_key(unbound_key()), ACT_NONE);
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
	assert_string_equal(key_label(TK_CTRL('l'), b, sizeof b), "Strg-L");
	assert_string_equal(key_label('\r', b, sizeof b), "Eingabe");
	assert_string_equal(key_label(TK_FN(KEY_DC), b, sizeof b), "Entf");
	assert_string_equal(key_label(TK_FN(KEY_NPAGE), b, sizeof b), "Bild↓");
	assert_string_equal(key_label(TK_FN(KEY_HOME), b, sizeof b), "Pos1");
	assert_string_equal(key_label(TK_FN(KEY_END), b, sizeof b), "Ende");
	assert_string_equal(key_label(TK_FN(KEY_BTAB), b, sizeof b), "Umschalt+Tab");
	/* Return and Enter read alike and are named once; D and Entf both */
	assert_string_equal(action_keys_label(ACT_OPEN, b, sizeof b), "Eingabe");
	assert_string_equal(action_keys_label(ACT_DELETE, b, sizeof b), "D, Entf");
	/* sentences name keys through the table: first key, second key, unknown left alone */
	char t[128];
	assert_string_equal(keys_text("{help} zeigt, {left:1}/{right:1}, {open}, {nope}", t, sizeof t),
			    "? zeigt, ←/→, Eingabe, {nope}");
	assert_string_equal(keys_text("{quit", t, sizeof t), "{quit");
	assert_string_equal(keys_text("{quit}", t, 2), "q");
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

/* ---- independent figures for the checks ---- */

static void set_first_red_line(struct store *s, int v);

struct figures {
	size_t n, by_v[V__N], blocked_rl0, n_register;
};

static void figures_of(struct store *s, struct figures *fg)
{
	struct ws *w = NULL;
	struct assessment *as = NULL;
	struct wp_err e = { 0 };
	memset(fg, 0, sizeof *fg);
	assert_int_equal(store_load(s, &w, &e), 0);
	assert_int_equal(assess_run(w, &as), 0);
	fg->n = w->n_obj;
	for (size_t o = 0; o < w->n_obj; o++) {
		uint32_t pf = as->obj[o].empfohlen;
		fg->by_v[pf == WP_NONE ? V_BLOCKIERT : as->verdict[o * as->n_pf + pf]]++;
		fg->n_register += w->obj[o].typ == TYP_REGISTER;
	}
	assessment_free(&as);
	ws_free(&w);
}

/* The number at the end of the screen line holding label (the figure's value), or -1. */
static long figure(const char *label)
{
	char line[2048];
	int y = screen_find(label);
	if (y < 0)
		return -1;
	screen_line(y, line, sizeof line);
	/* the first number standing alone after the label */
	for (const char *p = strstr(line, label) + strlen(label); *p; p++)
		if (p[-1] == ' ' && *p >= '0' && *p <= '9') {
			char *end;
			long v = strtol(p, &end, 10);
			if (*end == ' ' || *end == '\0')
				return v;
		}
	return -1;
}

/* Selects the Übersicht line holding label (HOME, then DOWN until the label is shown in
 * reverse video; in either column of the wide layout). */
static void select_figure(struct fixture *f, const char *label)
{
	act(f, ACT_HOME);
	for (int i = 0; i < 60; i++) {
		int y = screen_find(label);
		if (y >= 0 && (cell_attr(y, screen_col(y, label)) & A_REVERSE))
			return;
		act(f, ACT_DOWN);
	}
	fail_msg("figure not selectable: %s", label);
}

/* ---- Übersicht ---- */

static void test_starts_on_uebersicht(void **state)
{
	struct fixture *f = *state;
	struct figures fg;
	char line[2048];
	figures_of(f->store, &fg);
	start(f, "xterm-256color", 24, 80);
	assert_int_equal(app_tab(f->app), TAB_UEBERSICHT);
	screen_line(1, line, sizeof line);
	/* at 80 columns the inactive names are cropped evenly; the numbers all stay */
	const char *tabs[] = { "1 Übersicht", "2 Inv", "3 Bew", "4 Pla", "5 Roa", "6 Qui",
			       "7 Pil", "8 Bes", "9 Hilfe" };
	for (size_t i = 0; i < 9; i++)
		if (!strstr(line, tabs[i]))
			fail_msg("tab bar lacks %s: %s", tabs[i], line);
	assert_non_null(strstr(screen_line(2, line, sizeof line), "ganzer Arbeitsbereich"));
	assert_true(screen_find("Objekte nach Typ") >= 0);
	assert_int_equal(figure("alle Objekte"), (long)fg.n);
	assert_int_equal(figure("Register"), (long)fg.n_register);
	assert_int_equal(figure("✓ zulässig"), (long)fg.by_v[V_ZULAESSIG]);
	assert_int_equal(figure("? offen"), (long)fg.by_v[V_OFFEN]);
	assert_int_equal(figure("✗ blockiert"), (long)fg.by_v[V_BLOCKIERT]);
	/* the first figure is selected; further down: readiness bars, contracts, waves */
	assert_non_null(strstr(screen_line(selected_line(0), line, sizeof line), "alle Objekte"));
	act(f, ACT_END);
	assert_true(screen_find("noch nicht geplant") >= 0);
	assert_true(screen_find("Quick Wins") >= 0);
	stop(f);
}

static void test_uebersicht_opens_inventar(void **state)
{
	struct fixture *f = *state;
	struct figures fg;
	char line[2048], want[64];
	/* RL-GEO only "teilweise" everywhere: objects that need every red line erfüllt are
	 * blocked, the others not */
	set_first_red_line(f->store, RL_TEILWEISE);
	figures_of(f->store, &fg);
	assert_true(fg.by_v[V_BLOCKIERT] > 0 && fg.by_v[V_BLOCKIERT] < fg.n);
	start(f, "xterm-256color", 24, 80);
	select_figure(f, "✗ blockiert");
	act(f, ACT_OPEN);
	assert_int_equal(app_tab(f->app), TAB_INVENTAR);
	snprintf(want, sizeof want, "Objekt 1 von %zu (gefiltert aus %zu)", fg.by_v[V_BLOCKIERT],
		 fg.n);
	assert_non_null(strstr(screen_line(LINES - 2, line, sizeof line), want));
	assert_non_null(strstr(screen_line(LINES - 3, line, sizeof line), "Urteil: blockiert"));
	/* every row shown is blocked */
	for (int y = 3; y < LINES - 3; y++) {
		screen_line(y, line, sizeof line);
		if (line[0])
			assert_non_null(strstr(line, "✗ blockiert"));
	}
	/* F clears the filter */
	key(f, 'F');
	snprintf(want, sizeof want, "von %zu", fg.n);
	assert_non_null(strstr(screen_line(LINES - 2, line, sizeof line), want));
	assert_null(strstr(line, "gefiltert"));
	/* back to the Übersicht: a contract figure opens the objects behind it */
	act(f, ACT_VIEW_1);
	select_figure(f, "Verträge enden bis 23.11.2027");
	long n = figure("Verträge enden bis 23.11.2027");
	assert_int_equal(n, 10);
	act(f, ACT_OPEN);
	assert_non_null(strstr(screen_line(LINES - 2, line, sizeof line), "von 10 (gefiltert"));
	stop(f);
}

static void test_uebersicht_scope(void **state)
{
	struct fixture *f = *state;
	char line[2048];
	start(f, "xterm-256color", 24, 80);
	/* → steps through the Behörden by name: "10 Hauptamt" comes first */
	act(f, ACT_RIGHT);
	assert_non_null(strstr(screen_line(2, line, sizeof line), "Bereich: 10 Hauptamt"));
	assert_int_equal(figure("alle Objekte"), 8);
	/* f picks a Behörde by typing part of its name; its sub-Behörden count too */
	key(f, 'f');
	assert_true(screen_find("Bereich der Übersicht") >= 0);
	keys(f, "FB 3");
	key(f, '\r');
	assert_non_null(strstr(screen_line(2, line, sizeof line), "FB 3 Ordnung"));
	long n = figure("alle Objekte");
	assert_true(n > 3);
	/* and Enter on "alle Objekte" opens the Inventar of that subtree */
	select_figure(f, "alle Objekte");
	act(f, ACT_OPEN);
	assert_int_equal(app_tab(f->app), TAB_INVENTAR);
	char want[64];
	snprintf(want, sizeof want, "von %ld (gefiltert aus 74)", n);
	assert_non_null(strstr(screen_line(LINES - 2, line, sizeof line), want));
	assert_non_null(strstr(screen_line(LINES - 3, line, sizeof line),
			       "Behörde: FB 3 Ordnung"));
	/* F on the Übersicht returns to the whole workspace */
	act(f, ACT_VIEW_1);
	act(f, ACT_FILTER_CLEAR);
	assert_int_equal(figure("alle Objekte"), 74);
	stop(f);
}

static void test_uebersicht_wide(void **state)
{
	struct fixture *f = *state;
	char line[2048];
	start(f, "xterm-256color", 40, 120);
	/* two columns: types on the left, the costs on the right of the same line */
	int y = screen_find("Objekte nach Typ");
	assert_true(y >= 3);
	assert_non_null(strstr(screen_line(y, line, sizeof line), "Kosten je Haushaltsjahr"));
	assert_true(screen_find("noch nicht geplant") >= 0); /* everything fits, no scrolling */
	/* a click on a figure of the right column opens its objects */
	int yv = screen_find("Verträge enden bis");
	int x = screen_col(yv, "Verträge enden bis");
	app_click(f->app, yv, x + 2, BUTTON1_PRESSED);
	app_draw(f->app);
	assert_int_equal(app_tab(f->app), TAB_INVENTAR);
	assert_non_null(strstr(screen_line(LINES - 2, line, sizeof line), "von 10 (gefiltert"));
	/* one on a left figure, too; j walks from the left column's end into the right one */
	act(f, ACT_VIEW_1);
	int yr = screen_find("Register");
	app_click(f->app, yr, 4, BUTTON1_PRESSED);
	app_draw(f->app);
	assert_non_null(strstr(screen_line(LINES - 3, line, sizeof line), "Typ: Register"));
	act(f, ACT_VIEW_1);
	select_figure(f, "verfehlt RL-OPS"); /* the left column's last figure */
	act(f, ACT_DOWN); /* the right column's first figure: the objects without costs */
	int yc = screen_find("Objekte ohne Kostenangabe");
	assert_true(cell_attr(yc, screen_col(yc, "Objekte ohne Kostenangabe")) & A_REVERSE);
	stop(f);
}

/* ---- Inventar ---- */

/* The Kennung at the start of screen line y (table without tree). */
static char *kennung_at(int y, char *buf, size_t n)
{
	char line[2048];
	screen_line(y, line, sizeof line);
	size_t k = strcspn(line, " ");
	if (k >= n)
		k = n - 1;
	memcpy(buf, line, k);
	buf[k] = '\0';
	return buf;
}

static void test_inventar_80x24(void **state)
{
	struct fixture *f = *state;
	char line[2048], k1[64], k2[64];
	start(f, "xterm-256color", 24, 80);
	act(f, ACT_VIEW_2);
	assert_int_equal(app_tab(f->app), TAB_INVENTAR);
	screen_line(0, line, sizeof line);
	assert_non_null(strstr(line, "/tmp/musterstadt.db"));
	assert_non_null(strstr(line, "74 Objekte"));
	/* narrow: no tree, the table header sorted by Kennung */
	screen_line(2, line, sizeof line);
	assert_true(strncmp(line, "Kennung▲", strlen("Kennung▲")) == 0);
	assert_non_null(strstr(line, "Urteil"));
	assert_int_equal(selected_line(0), 3);
	assert_non_null(strstr(screen_line(LINES - 2, line, sizeof line), "Objekt 1 von 74"));
	assert_non_null(strstr(screen_line(LINES - 3, line, sizeof line), "kein Filter"));
	assert_non_null(strstr(line, "sortiert: Kennung ▲"));
	for (int y = 3; y < LINES - 4; y++)
		assert_true(strcmp(kennung_at(y, k1, sizeof k1), kennung_at(y + 1, k2, sizeof k2)) < 0);
	assert_body_unwrapped();
	/* moving: j/k and arrows, G to the end, g back */
	app_key(f->app, 'j');
	app_key(f->app, TK_FN(KEY_DOWN));
	app_draw(f->app);
	assert_int_equal(selected_line(0), 5);
	assert_non_null(strstr(screen_line(LINES - 2, line, sizeof line), "Objekt 3 von 74"));
	key(f, 'G');
	assert_non_null(strstr(screen_line(LINES - 2, line, sizeof line), "Objekt 74 von 74"));
	assert_int_equal(selected_line(0), LINES - 4);
	key(f, 'g');
	assert_int_equal(selected_line(0), 3);
	key(f, TK_FN(KEY_NPAGE));
	assert_non_null(strstr(screen_line(LINES - 2, line, sizeof line), "Objekt 19 von 74"));
	stop(f);
}

static void test_inventar_sort(void **state)
{
	struct fixture *f = *state;
	char line[2048], first[64], last[64];
	set_first_red_line(f->store, RL_TEILWEISE); /* some blocked, some not */
	start(f, "xterm-256color", 40, 120);
	act(f, ACT_VIEW_2);
	key(f, 't'); /* wide: the tree is shown; hide it so lines start with the table */
	assert_non_null(strstr(screen_line(2, line, sizeof line), "Kennung▲"));
	kennung_at(3, first, sizeof first);
	key(f, 'S'); /* reverse: the last Kennung first */
	assert_non_null(strstr(screen_line(2, line, sizeof line), "Kennung▼"));
	kennung_at(3, last, sizeof last);
	assert_true(strcmp(first, last) < 0);
	key(f, 'G');
	assert_string_equal(kennung_at(selected_line(0), line, sizeof line), first);
	/* s: the next column, Name, ascending */
	key(f, 'g');
	key(f, 's');
	screen_line(2, line, sizeof line);
	assert_non_null(strstr(line, "Name▲"));
	assert_non_null(strstr(screen_line(LINES - 3, line, sizeof line), "sortiert: Name ▲"));
	/* Typ: the Typ column is grouped (in the order of the type list: Fachverfahren, Register,
	 * Anwendung); the last page holds the end of the Register group and the Anwendungen */
	key(f, 's');
	assert_non_null(strstr(screen_line(2, line, sizeof line), "Typ▲"));
	int x = screen_col(2, "Typ▲");
	assert_true(x > 0);
	key(f, 'G');
	static const char *const typ[] = { " Fachverfahren ", " Register ", " Anwendung " };
	int prev = -1, done = 0, rows[3] = { 0 };
	for (int y = 3; y < LINES - 3; y++) {
		screen_line(y, line, sizeof line);
		int t = -1;
		for (int i = 0; i < 3; i++)
			if (strstr(line, typ[i]))
				t = i;
		if (t < 0)
			continue;
		if (t != prev) {
			if (done & 1 << t)
				fail_msg("Typ %s appears in two groups", typ[t]);
			if (prev >= 0)
				assert_true(t > prev);
			done |= 1 << t;
			prev = t;
		}
		rows[t]++;
	}
	assert_true(rows[1] > 0 && rows[2] > 0);
	key(f, 'g');
	/* a click on the Urteil title sorts by it; a second click reverses */
	int xu = screen_col(2, "Urteil");
	app_click(f->app, 2, xu + 1, BUTTON1_PRESSED);
	app_draw(f->app);
	assert_non_null(strstr(screen_line(2, line, sizeof line), "Urteil▲"));
	key(f, 'g'); /* the selected object stayed selected; g goes to the top */
	assert_non_null(strstr(screen_line(3, line, sizeof line), "✓ zulässig"));
	app_click(f->app, 2, xu + 1, BUTTON1_PRESSED);
	key(f, 'g');
	assert_non_null(strstr(screen_line(2, line, sizeof line), "Urteil▼"));
	assert_null(strstr(screen_line(3, line, sizeof line), "✓ zulässig"));
	stop(f);
}

static void test_inventar_filter(void **state)
{
	struct fixture *f = *state;
	struct figures fg;
	char line[2048], want[64];
	figures_of(f->store, &fg);
	start(f, "xterm-256color", 24, 80);
	act(f, ACT_VIEW_2);
	key(f, 'f');
	assert_true(screen_find("Filtern nach") >= 0);
	assert_true(screen_find("Strategie") >= 0);
	/* a resize while the list is open: it is drawn again in the new size */
	resizeterm(40, 120);
	assert_int_equal(app_relayout(f->app), 0);
	app_draw(f->app);
	assert_true(screen_find("Filtern nach") >= 0);
	resizeterm(24, 80);
	assert_int_equal(app_relayout(f->app), 0);
	app_draw(f->app);
	assert_true(screen_find("Filtern nach") >= 0);
	key(f, TK_FN(KEY_DOWN)); /* Typ */
	key(f, '\r');
	assert_true(screen_find("Filter: Typ") >= 0);
	keys(f, "regis");
	key(f, '\r');
	snprintf(want, sizeof want, "von %zu (gefiltert aus 74)", fg.n_register);
	assert_non_null(strstr(screen_line(LINES - 2, line, sizeof line), want));
	assert_non_null(strstr(screen_line(LINES - 3, line, sizeof line), "Typ: Register"));
	for (int y = 3; y < 3 + (int)fg.n_register && y < LINES - 3; y++)
		assert_true(strncmp(screen_line(y, line, sizeof line), "REG-", 4) == 0);
	/* a second filter combines: Register that are blocked */
	key(f, 'f');
	keys(f, "urt");
	key(f, '\r');
	keys(f, "blo");
	key(f, '\r');
	assert_non_null(strstr(screen_line(LINES - 3, line, sizeof line),
			       "Typ: Register · Urteil: blockiert"));
	/* Esc leaves the pick list without changing anything */
	key(f, 'f');
	key(f, TK_ESC);
	assert_true(screen_find("Filtern nach") < 0);
	/* "Alle Filter aufheben" in the list */
	key(f, 'f');
	keys(f, "aufheb");
	key(f, '\r');
	assert_non_null(strstr(screen_line(LINES - 2, line, sizeof line), "Objekt 1 von 74"));
	stop(f);
}

static void test_inventar_search_and_jump(void **state)
{
	struct fixture *f = *state;
	char line[2048];
	start(f, "xterm-256color", 24, 80);
	act(f, ACT_VIEW_2);
	key(f, '/');
	assert_non_null(strstr(screen_line(LINES - 3, line, sizeof line), "Suche:"));
	/* incremental, case-insensitive, umlauts folded: the first match is selected at once */
	keys(f, "MELDEREG");
	int y = selected_line(0);
	assert_non_null(strstr(screen_line(y, line, sizeof line), "REG-MELDE"));
	/* one letter more: no match, back to where the search began; Backspace: found again */
	keys(f, "X");
	assert_int_equal(selected_line(0), 3);
	key(f, 0x7F);
	assert_non_null(strstr(screen_line(selected_line(0), line, sizeof line), "REG-MELDE"));
	key(f, '\r');
	/* n/N walk through the matches of "park" */
	key(f, '/');
	keys(f, "park");
	key(f, '\r');
	char a[64], b[64];
	kennung_at(selected_line(0), a, sizeof a);
	assert_non_null(strstr(a, "PARK"));
	key(f, 'n');
	kennung_at(selected_line(0), b, sizeof b);
	assert_string_not_equal(a, b);
	key(f, 'N');
	assert_string_equal(kennung_at(selected_line(0), line, sizeof line), a);
	/* no match: a note, the selection stays */
	key(f, '/');
	keys(f, "zzzz");
	key(f, '\r');
	assert_non_null(strstr(screen_line(LINES - 3, line, sizeof line), "Kein Treffer"));
	assert_string_equal(kennung_at(selected_line(0), line, sizeof line), a);
	/* Esc while typing returns to where the search began */
	key(f, 'g');
	key(f, '/');
	keys(f, "melde");
	key(f, TK_ESC);
	assert_int_equal(selected_line(0), 3);
	assert_int_equal(app_tab(f->app), TAB_INVENTAR);
	/* : jumps to a Kennung, ignoring case */
	key(f, ':');
	keys(f, "fv-parkausweis");
	key(f, '\r');
	assert_string_equal(kennung_at(selected_line(0), line, sizeof line), "FV-PARKAUSWEIS");
	key(f, ':');
	keys(f, "GIBTSNICHT");
	key(f, '\r');
	assert_non_null(strstr(screen_line(LINES - 3, line, sizeof line),
			       "Kennung „GIBTSNICHT“ nicht gefunden"));
	/* a jump to an object the filter hides lifts the filter */
	key(f, 'f');
	keys(f, "typ");
	key(f, '\r');
	keys(f, "regist");
	key(f, '\r');
	key(f, ':');
	keys(f, "FV-PARKAUSWEIS\r");
	app_draw(f->app);
	assert_string_equal(kennung_at(selected_line(0), line, sizeof line), "FV-PARKAUSWEIS");
	assert_non_null(strstr(screen_line(LINES - 2, line, sizeof line), " von 74"));
	stop(f);
}

/* The Inventar's search and jump are the list controller's, as in every list: the prompt
 * is an overlay whose footer names its own keys (no "j ab" while typing: j is a letter
 * then), n without a search says which key searches, and the list keeps the selected
 * object (by its store id) across a reload after an edit that moves its row. */
static void test_inventar_list_controller(void **state)
{
	struct fixture *f = *state;
	char line[2048];
	start(f, "xterm-256color", 24, 80);
	act(f, ACT_VIEW_2);
	key(f, 'n');
	assert_non_null(strstr(screen_line(LINES - 3, line, sizeof line), "Noch keine Suche: / sucht"));
	key(f, '/');
	screen_line(LINES - 1, line, sizeof line);
	assert_non_null(strstr(line, "Esc abbrechen"));
	assert_null(strstr(line, "j ab"));
	keys(f, "j"); /* typed into the prompt, not a movement */
	assert_non_null(strstr(screen_line(LINES - 3, line, sizeof line), "Suche: j"));
	key(f, TK_ESC);
	assert_non_null(strstr(screen_line(LINES - 1, line, sizeof line), "j ab"));
	/* the selection stays on its object when a new object sorts in before it */
	key(f, ':');
	keys(f, "FV-PARKAUSWEIS\r");
	int y = selected_line(0);
	assert_string_equal(kennung_at(y, line, sizeof line), "FV-PARKAUSWEIS");
	act(f, ACT_NEW);
	keys(f, "AAA-NEU");
	key(f, '\t');
	keys(f, "Neu");
	key(f, '\t');
	key(f, '\t');
	keys(f, "33 bürger"); /* the Behörde from its list */
	key(f, '\r');
	key(f, '\r');
	assert_true(app_detail_shown(f->app));
	act(f, ACT_BACK);
	assert_false(app_detail_shown(f->app));
	y = selected_line(0);
	assert_string_equal(kennung_at(y, line, sizeof line), "FV-PARKAUSWEIS");
	act(f, ACT_HOME);
	assert_string_equal(kennung_at(selected_line(0), line, sizeof line), "AAA-NEU");
	/* and after the undo that takes the new object away again */
	key(f, ':');
	keys(f, "FV-PARKAUSWEIS\r");
	act(f, ACT_UNDO);
	assert_string_equal(kennung_at(selected_line(0), line, sizeof line), "FV-PARKAUSWEIS");
	stop(f);
}

static void test_inventar_tree(void **state)
{
	struct fixture *f = *state;
	char line[2048];
	start(f, "xterm-256color", 40, 120);
	act(f, ACT_VIEW_2);
	/* wide: the tree beside the table, with counts per subtree */
	assert_non_null(strstr(screen_line(2, line, sizeof line), "Behörden"));
	int y = screen_find("Alle Behörden");
	assert_true(y == 3);
	assert_non_null(strstr(screen_line(y, line, sizeof line), " 74"));
	int ys = screen_find("▾ Stadtverwaltung");
	assert_true(ys > y);
	assert_non_null(strstr(screen_line(ys, line, sizeof line), " 74"));
	assert_true(screen_find("33 Bürgerservice") > ys);
	/* ← focuses the tree, → on an open node goes back; Enter filters by the node */
	act(f, ACT_LEFT);
	for (int i = 0; i < 40; i++) {
		int sy = -1;
		for (int yy = 3; yy < LINES - 3; yy++)
			if (cell_attr(yy, 2) & A_REVERSE)
				sy = yy;
		if (sy >= 0 && strstr(screen_line(sy, line, sizeof line), "33 Bürgerservice"))
			break;
		act(f, ACT_DOWN);
	}
	act(f, ACT_OPEN);
	assert_non_null(strstr(screen_line(LINES - 2, line, sizeof line), "von 3 (gefiltert"));
	assert_non_null(strstr(screen_line(LINES - 3, line, sizeof line),
			       "Behörde: 33 Bürgerservice"));
	assert_true(screen_find("REG-MELDE") >= 0);
	/* collapsing the root hides every Behörde below it */
	act(f, ACT_LEFT);
	act(f, ACT_HOME);
	act(f, ACT_DOWN);
	act(f, ACT_LEFT);
	assert_true(screen_find("▸ Stadtverwaltung") >= 0);
	assert_true(screen_find("33 Bürgerservice") < 0 ||
		    screen_find("Behörde: 33 Bürgerservice") >= 0);
	act(f, ACT_TOGGLE);
	assert_true(screen_find("▾ Stadtverwaltung") >= 0);
	/* a click on a node filters by it */
	int yh = screen_find("10 Hauptamt");
	assert_true(yh > 0);
	app_click(f->app, yh, 4, BUTTON1_PRESSED);
	app_draw(f->app);
	assert_non_null(strstr(screen_line(LINES - 2, line, sizeof line), "von 8 (gefiltert"));
	/* a search from the tree moves the focus to the table: its match is in reverse */
	act(f, ACT_FILTER_CLEAR);
	act(f, ACT_LEFT);
	keys(f, "/meldereg\r");
	int ym = screen_find("REG-MELDE ");
	assert_true(ym > 0 && (cell_attr(ym, screen_col(ym, "REG-MELDE")) & A_REVERSE));
	/* t hides the tree, the table takes the whole width */
	act(f, ACT_TREE);
	assert_true(screen_find("Alle Behörden") < 0);
	stop(f);
}

static void test_resize_keeps_selection(void **state)
{
	struct fixture *f = *state;
	char line[2048], sel[64];
	start(f, "xterm-256color", 40, 120);
	act(f, ACT_VIEW_2);
	act(f, ACT_TREE);
	/* wide: every column is there, with full titles */
	screen_line(2, line, sizeof line);
	assert_non_null(strstr(line, "Typ"));
	assert_non_null(strstr(line, "Behörde"));
	assert_non_null(strstr(line, "Schutz"));
	assert_non_null(strstr(line, "Bereit"));
	assert_non_null(strstr(line, "Strategie"));
	for (int i = 0; i < 30; i++)
		act(f, ACT_DOWN);
	kennung_at(selected_line(0), sel, sizeof sel);

	resizeterm(24, 80);
	assert_int_equal(app_relayout(f->app), 0);
	app_draw(f->app);
	int y = selected_line(0);
	assert_true(y >= 3 && y < LINES - 3);
	assert_string_equal(kennung_at(y, line, sizeof line), sel);
	assert_body_unwrapped();

	/* below 80 × 24: a clear notice instead of a broken layout; keys stay safe */
	resizeterm(24, 79);
	assert_int_equal(app_relayout(f->app), 0);
	app_draw(f->app);
	assert_true(screen_find("Fenster zu klein") >= 0);
	assert_true(screen_find("mindestens 80 × 24 Zeichen") >= 0);
	assert_true(screen_find("jetzt 79 × 24") >= 0);
	act(f, ACT_DOWN);
	resizeterm(5, 15);
	assert_int_equal(app_relayout(f->app), 0);
	app_draw(f->app);
	assert_true(screen_find("Fenster zu") >= 0);
	resizeterm(24, 80);
	assert_int_equal(app_relayout(f->app), 0);
	app_draw(f->app);
	assert_true(selected_line(0) >= 3);
	stop(f);
}

static void test_help_lists_every_action(void **state)
{
	struct fixture *f = *state;
	char line[2048], keys_[64];
	start(f, "xterm-256color", 40, 120);
	act(f, ACT_VIEW_2);
	assert_int_equal(app_key(f->app, '?') & VF_HANDLED, VF_HANDLED);
	app_draw(f->app);
	assert_int_equal(app_tab(f->app), TAB_HILFE);
	for (int a = 0; a < ACT__N; a++) {
		/* the start of the text: a long one is cropped to the column */
		char head[256];
		utf8_crop(action_help(a), 60, head, sizeof head);
		size_t hl = strlen(head);
		if (hl >= 3 && strcmp(head + hl - 3, "…") == 0)
			head[hl - 3] = '\0';
		act(f, ACT_HOME);
		int y = screen_find(head);
		for (int i = 0; i < 8 && y < 0; i++) {
			act(f, ACT_PGDN);
			y = screen_find(head);
		}
		if (y < 0)
			fail_msg("help lacks action %s: %s", action_name(a), action_help(a));
		action_keys_label(a, keys_, sizeof keys_);
		assert_true(strncmp(screen_line(y, line, sizeof line), keys_, strlen(keys_)) == 0);
	}
	act(f, ACT_END);
	assert_true(screen_find("✗ blockiert") >= 0);
	/* q returns to the view before, a second q quits */
	assert_int_equal(app_action(f->app, ACT_QUIT) & VF_QUIT, 0);
	assert_int_equal(app_tab(f->app), TAB_INVENTAR);
	act(f, ACT_VIEW_9);
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
	assert_true(screen_find("✗ blockiert") >= 0);
	/* the help is a list like the others: / finds a key by the name a person reads */
	act(f, ACT_HOME);
	key(f, '/');
	keys(f, "Entf");
	key(f, '\r');
	char line[512];
	assert_non_null(strstr(screen_line(selected_line(0), line, sizeof line), "D, Entf"));
	stop(f);
}

static void test_every_tab(void **state)
{
	struct fixture *f = *state;
	char line[2048];
	/* the bar shortens the other tabs' names at 80 columns but names the active one in full */
	static const char *const named[TAB__N] = { "1 Übersicht", "2 Inventar", "3 Bewertung",
						    "4 Plattformen", "5 Roadmap", "6 Quick Wins",
						    "7 Piloten", "8 Beschlüsse", "9 Hilfe" };
	start(f, "xterm", 24, 80);
	for (int i = 0; i < TAB__N; i++) {
		act(f, ACT_VIEW_1 + i);
		assert_int_equal(app_tab(f->app), i);
		if (!strstr(screen_line(1, line, sizeof line), named[i]))
			fail_msg("tab %d is not named in full in the bar: %s", i + 1, line);
		/* navigation on any tab must be harmless */
		act(f, ACT_DOWN);
		act(f, ACT_PGDN);
		act(f, ACT_END);
		act(f, ACT_HOME);
		act(f, ACT_LEFT);
		act(f, ACT_RIGHT);
		act(f, ACT_BACK);
		assert_int_equal(app_tab(f->app), i == TAB_HILFE ? TAB_BESCHLUESSE : i);
		assert_non_null(strstr(screen_line(LINES - 1, line, sizeof line), "q Beenden"));
	}
	/* Tab and Shift-Tab walk the bar, wrapping */
	act(f, ACT_VIEW_1);
	act(f, ACT_NEXT_VIEW);
	assert_int_equal(app_tab(f->app), TAB_INVENTAR);
	act(f, ACT_PREV_VIEW);
	act(f, ACT_PREV_VIEW);
	assert_int_equal(app_tab(f->app), TAB_HILFE);
	assert_int_equal(action_for_key(TK_TAB), ACT_NEXT_VIEW);
	assert_int_equal(action_for_key(TK_FN(KEY_BTAB)), ACT_PREV_VIEW);
	act(f, ACT_REDRAW);
	stop(f);
}

static void test_keys_and_mouse(void **state)
{
	struct fixture *f = *state;
	char line[2048];
	start(f, "xterm-256color", 24, 80);
	assert_true(app_key(f->app, unbound_key()) & VF_REDRAW);
	app_draw(f->app);
	assert_non_null(strstr(app_message(f->app), "nicht belegt"));
	assert_non_null(strstr(screen_line(LINES - 2, line, sizeof line), "nicht belegt"));
	app_key(f->app, 'j');
	assert_string_equal(app_message(f->app), "");
	/* a click on the tab "9 Hilfe" opens the help; one on "2 Inventar" goes there */
	int x = screen_col(1, "9 Hilfe");
	assert_true(x > 0);
	app_click(f->app, 1, x, BUTTON1_PRESSED);
	assert_int_equal(app_tab(f->app), TAB_HILFE);
	app_draw(f->app);
	x = screen_col(1, "2 Inv");
	assert_true(x > 0);
	app_click(f->app, 1, x, BUTTON1_PRESSED);
	assert_int_equal(app_tab(f->app), TAB_INVENTAR);
	app_draw(f->app);
	/* a click on a row selects it; the wheel scrolls three rows */
	app_click(f->app, 8, 3, BUTTON1_PRESSED);
	app_draw(f->app);
	assert_int_equal(selected_line(0), 8);
	app_click(f->app, 10, 3, BUTTON4_PRESSED);
	app_draw(f->app);
	assert_int_equal(selected_line(0), 5);
	/* a click on a figure of the Übersicht opens its Inventar */
	act(f, ACT_VIEW_1);
	int y = screen_find("Register");
	app_click(f->app, y, 5, BUTTON1_PRESSED);
	app_draw(f->app);
	assert_int_equal(app_tab(f->app), TAB_INVENTAR);
	assert_non_null(strstr(screen_line(LINES - 3, line, sizeof line), "Typ: Register"));
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
	assert_int_equal(figure("? offen"), 74);
	act(f, ACT_VIEW_2);
	int y = screen_find("ANW-EAKTE ");
	assert_true(y > 0);
	assert_non_null(strstr(screen_line(y, line, sizeof line), "? offen"));
	stop(f);
	/* a red line failed everywhere: blocked, no recommendation, Retain; the Übersicht
	 * names that red line as the one that blocks most */
	set_first_red_line(f->store, RL_NICHT);
	start(f, "xterm", 24, 80);
	assert_int_equal(figure("✗ blockiert"), 74);
	select_figure(f, "verfehlt RL-GEO");
	assert_int_equal(figure("verfehlt RL-GEO"), 74);
	act(f, ACT_VIEW_2);
	y = screen_find("ANW-EAKTE ");
	screen_line(y, line, sizeof line);
	assert_non_null(strstr(line, "✗ blockiert"));
	assert_non_null(strstr(line, "Retain"));
	stop(f);
}

static void test_monochrome_keeps_selection(void **state)
{
	struct fixture *f = *state;
	setenv("NO_COLOR", "1", 1);
	start(f, "xterm-256color", 24, 80);
	unsetenv("NO_COLOR");
	act(f, ACT_VIEW_2);
	int y = selected_line(0);
	assert_int_equal(y, 3);
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
	assert_true(selected_line(0) >= 3); /* the Übersicht's first figure */
	act(f, ACT_VIEW_2);
	assert_int_equal(selected_line(0), 3);
	stop(f);
	f->opts.no_color = 0;
}

/* Plans the workspace in the store (as `wolkenplan plan` does, start 01.2027 for the fixed
 * date) and returns how many objects go live in the first wave. */
static long store_a_plan(struct store *s, int32_t heute)
{
	struct ws *w = NULL;
	struct assessment *as = NULL;
	struct zeitplan *z = NULL;
	struct zeitplan_params pp;
	struct wp_err e = { 0 };
	long n1 = 0;
	assert_int_equal(store_load(s, &w, &e), 0);
	assert_int_equal(assess_run(w, &as), 0);
	zeitplan_params_default(w, heute, &pp);
	assert_int_equal(zeitplan_run(w, as, &pp, &z), 0);
	for (size_t o = 0; o < w->n_obj; o++)
		n1 += zeitplan_welle(z, (uint32_t)o) == 1;
	assert_int_equal(store_begin(s, &e), 0);
	assert_int_equal(store_save_zeitplan(s, w, z, &e), 0);
	assert_int_equal(store_commit(s, &e), 0);
	zeitplan_free(&z);
	assessment_free(&as);
	ws_free(&w);
	return n1;
}

static void test_waves_from_the_stored_plan(void **state)
{
	struct fixture *f = *state;
	char line[2048], want[96];
	/* no plan: the Übersicht says so, the Welle column is empty */
	start(f, "xterm-256color", 40, 120);
	act(f, ACT_END);
	assert_true(screen_find("noch nicht geplant") >= 0);
	stop(f);
	long n1 = store_a_plan(f->store, f->opts.heute);
	assert_true(n1 > 0);
	start(f, "xterm-256color", 40, 120);
	act(f, ACT_END);
	assert_true(screen_find("noch nicht geplant") < 0);
	assert_true(screen_find("Welle 1: 01.01.2027 – 31.03.2027") >= 0);
	assert_true(screen_find("Letzte Inbetriebnahme bis ") >= 0);
	assert_int_equal(figure("Objekte gehen in Betrieb"), n1);
	select_figure(f, "Objekte gehen in Betrieb");
	act(f, ACT_OPEN);
	assert_int_equal(app_tab(f->app), TAB_INVENTAR);
	snprintf(want, sizeof want, "von %ld (gefiltert aus 74)", n1);
	assert_non_null(strstr(screen_line(LINES - 2, line, sizeof line), want));
	assert_non_null(strstr(screen_line(LINES - 3, line, sizeof line), "Welle 1"));
	/* the Welle column shows the plan's wave; sorted by it, wave 1 comes first */
	act(f, ACT_TREE);
	act(f, ACT_FILTER_CLEAR);
	int x = screen_col(2, "Welle");
	assert_true(x > 0);
	app_click(f->app, 2, x + 1, BUTTON1_PRESSED);
	key(f, 'g');
	assert_non_null(strstr(screen_line(2, line, sizeof line), "Welle▲"));
	screen_line(3, line, sizeof line); /* Welle is the last, right-aligned column */
	assert_non_null(strrchr(line, ' '));
	assert_int_equal(atoi(strrchr(line, ' ') + 1), 1);
	stop(f);
}

static int open_empty(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	struct wp_err e = { 0 };
	if (!f)
		return -1;
	if (store_open(":memory:", STORE_CREATE, &f->store, &e) || seed_workspace(f->store, 0, &e))
		return -1;
	f->opts.db_path = "/tmp/leer.db";
	f->opts.heute = date_from_ymd(2026, 11, 23);
	*state = f;
	return 0;
}

/* An empty workspace: zeros everywhere, a hint in the Inventar, every key harmless. */
static void test_empty_workspace(void **state)
{
	struct fixture *f = *state;
	static const int all_keys[] = { 'j', 'k', 'g', 'G', 's', 'S', 'F', 'n', 'N', 't', 'h', 'l',
					' ', '\r', TK_FN(KEY_NPAGE), TK_FN(KEY_PPAGE) };
	start(f, "xterm-256color", 24, 80);
	assert_int_equal(figure("alle Objekte"), 0);
	assert_int_equal(figure("✓ zulässig"), 0);
	for (size_t i = 0; i < sizeof all_keys / sizeof all_keys[0]; i++)
		key(f, all_keys[i]);
	act(f, ACT_VIEW_1);
	act(f, ACT_END);
	assert_true(screen_find("noch nicht geplant") >= 0);
	act(f, ACT_VIEW_2);
	assert_true(screen_find("Noch keine Objekte") >= 0);
	for (size_t i = 0; i < sizeof all_keys / sizeof all_keys[0]; i++)
		key(f, all_keys[i]);
	keys(f, "/x\r:y\r");
	key(f, 'f');
	key(f, TK_ESC);
	assert_int_equal(app_tab(f->app), TAB_INVENTAR);
	assert_true(screen_find("Noch keine Objekte") >= 0);
	stop(f);
}

/* Every cell of the screen is ASCII. */
static void assert_screen_ascii(void)
{
	char line[2048];
	for (int y = 0; y < LINES; y++) {
		screen_line(y, line, sizeof line);
		for (const char *p = line; *p; p++)
			if ((unsigned char)*p >= 0x80)
				fail_msg("line %d is not ASCII: %s", y, line);
	}
}

static void test_ascii_fallback(void **state)
{
	struct fixture *f = *state;
	char line[2048];
	f->opts.ascii = 1;
	start(f, "vt100", 24, 80);
	assert_non_null(strstr(screen_line(1, line, sizeof line), "1 Uebersicht"));
	assert_true(screen_find("#") >= 0); /* bars */
	assert_true(screen_find("x blockiert") >= 0);
	assert_screen_ascii();
	act(f, ACT_VIEW_2);
	assert_true(screen_find("Kennung^") >= 0);
	assert_screen_ascii();
	key(f, 'f');
	assert_screen_ascii();
	key(f, TK_ESC);
	resizeterm(40, 120);
	app_relayout(f->app);
	key(f, 't'); /* the tree (hidden by default when the view was opened at 80 columns) */
	assert_true(screen_find("v Stadtverwaltung") >= 0);
	assert_screen_ascii();
	act(f, ACT_HELP);
	assert_screen_ascii();
	stop(f);
	f->opts.ascii = 0;
	text_set_ascii(0);
}

/* Golden screens of every view at 80 × 24 and 120 × 40, in German and English. */
static void test_golden_screens(void **state)
{
	struct fixture *f = *state;
	static const struct {
		int rows, cols;
	} sizes[] = { { 24, 80 }, { 40, 120 } };
	static const char *const names[TAB__N] = { "uebersicht", "inventar", "bewertung",
		"plattformen", "roadmap", "quickwins", "piloten", "beschluesse", "hilfe" };
	static const char *const langs[] = { "de", "en" };
	for (size_t l = 0; l < 2; l++) {
		set_lang(langs[l]);
		for (size_t s = 0; s < 2; s++) {
			start(f, "xterm-256color", sizes[s].rows, sizes[s].cols);
			for (int t = 0; t < TAB__N; t++) {
				act(f, ACT_VIEW_1 + t);
				golden_at(names[t], langs[l], sizes[s].cols, sizes[s].rows);
			}
			/* the Inventar with a filter and the tree in focus */
			act(f, ACT_VIEW_1);
			select_figure(f, "?"); /* the "offen" figure, in either language */
			act(f, ACT_OPEN);
			act(f, ACT_LEFT);
			golden_at("inventar-filter", langs[l], sizes[s].cols, sizes[s].rows);
			stop(f);
		}
	}
	set_lang("de");
}

int main(void)
{
	harness_env();
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_action_table),
		cmocka_unit_test(test_key_labels),
		cmocka_unit_test_setup_teardown(test_table_virtual, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_table_columns_fit, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_text_crop_no_wrap, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_starts_on_uebersicht, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_uebersicht_opens_inventar, open_demo,
						close_demo),
		cmocka_unit_test_setup_teardown(test_uebersicht_scope, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_uebersicht_wide, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_inventar_80x24, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_inventar_sort, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_inventar_filter, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_inventar_list_controller, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_inventar_search_and_jump, open_demo,
						close_demo),
		cmocka_unit_test_setup_teardown(test_inventar_tree, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_resize_keeps_selection, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_help_lists_every_action, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_help_scrolls_at_80x24, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_every_tab, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_keys_and_mouse, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_verdict_labels, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_monochrome_keeps_selection, open_demo,
						close_demo),
		cmocka_unit_test_setup_teardown(test_ascii_fallback, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_empty_workspace, open_empty, close_demo),
		cmocka_unit_test_setup_teardown(test_waves_from_the_stored_plan, open_demo,
						close_demo),
		cmocka_unit_test_setup_teardown(test_golden_screens, open_demo, close_demo),
	};
	return cmocka_run_group_tests_name("tui", tests, NULL, NULL);
}
