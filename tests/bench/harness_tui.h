/* Shared harness of the dashboard benchmarks (tests/bench/bench_*.c on a headless screen):
 * the stored workspace, the screen and the app, the plain-text frame baseline, keys fed to
 * the app and timed, the check that the screen shows a text. Header-only like gen.h; every
 * function is static. */
#ifndef WP_TESTS_BENCH_HARNESS_TUI_H
#define WP_TESTS_BENCH_HARNESS_TUI_H

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

#include "data/store.h"
#include "tests/bench/gen.h"
#include "tests/bench/harness.h"
#include "tui/app.h"

/* The dashboard's "today" in every benchmark (days since 1970-01-01: 2026-11-23). */
#define BENCH_TUI_HEUTE 20780

/* What every dashboard benchmark sets up: a generated workspace stored in a temporary
 * folder, and a headless screen on /dev/null. */
struct bench_tui {
	char dir[64], path[96];
	struct store *s; /* the stored workspace, open */
	struct ws *g;    /* the generated workspace it was saved from (for baselines) */
	SCREEN *scr;
	FILE *out, *in;
	struct tui_opts o; /* the app's options (bench_tui_app; the app borrows them) */
};

/* A UTF-8 character type and colours allowed; n generated objects (seed 42, 6 platforms)
 * saved into /tmp/wp-bench-TAG-XXXXXX/ws.db. Returns 0, or -1 after saying why on stderr
 * (bench_tui_free cleans up either way). */
static inline int bench_tui_workspace(struct bench_tui *b, const char *tag, size_t n)
{
	struct wp_err e = { 0 };
	if (!setlocale(LC_ALL, "C.UTF-8"))
		setlocale(LC_ALL, "");
	unsetenv("NO_COLOR");
	snprintf(b->dir, sizeof b->dir, "/tmp/wp-bench-%s-XXXXXX", tag);
	if (!mkdtemp(b->dir)) {
		b->dir[0] = '\0';
		fprintf(stderr, "bench_%s: no temporary folder\n", tag);
		return -1;
	}
	snprintf(b->path, sizeof b->path, "%s/ws.db", b->dir);
	b->g = gen_workspace_real(n, 6, 42);
	if (!b->g || store_open(b->path, STORE_CREATE, &b->s, &e) || store_begin(b->s, &e) ||
	    store_save_all(b->s, b->g, &e) || store_commit(b->s, &e)) {
		fprintf(stderr, "bench_%s: setup failed: %s\n", tag, e.msg);
		return -1;
	}
	return 0;
}

/* A headless screen of rows × cols, made the current one. Returns 0 or -1 (said). */
static inline int bench_tui_screen(struct bench_tui *b, const char *tag, int rows, int cols)
{
	b->out = fopen("/dev/null", "w");
	b->in = fopen("/dev/null", "r");
	if (!b->out || !b->in || !(b->scr = newterm("xterm-256color", b->out, b->in))) {
		fprintf(stderr, "bench_%s: no headless screen\n", tag);
		return -1;
	}
	set_term(b->scr);
	resizeterm(rows, cols);
	return 0;
}

/* The dashboard on b's workspace and screen (bench_tui_screen first): no mouse, "today"
 * BENCH_TUI_HEUTE, attached. Returns 0 with *a owned by the caller (app_free, before
 * bench_tui_free), or -1 (said; *a may be set and is freed by app_free as well). */
static inline int bench_tui_app(struct bench_tui *b, const char *tag, struct app **a)
{
	struct wp_err e = { 0 };
	b->o = (struct tui_opts){ .db_path = "bench", .no_mouse = 1, .heute = BENCH_TUI_HEUTE };
	if (app_new(b->s, &b->o, a, &e) || app_attach(*a)) {
		fprintf(stderr, "bench_%s: app: %s\n", tag, e.msg);
		return -1;
	}
	return 0;
}

/* Ends the screen, closes the workspace and deletes it (bench_unlink_db) and its folder.
 * Free the app first. */
static inline void bench_tui_free(struct bench_tui *b)
{
	if (b->scr) {
		endwin();
		delscreen(b->scr);
	}
	if (b->out)
		fclose(b->out);
	if (b->in)
		fclose(b->in);
	store_close(&b->s);
	ws_free(&b->g);
	if (!b->dir[0])
		return;
	bench_unlink_db(b->path);
	rmdir(b->dir);
}

/* The baseline: one full frame of plain text, different each time (so doupdate has to
 * send it), in ms per frame averaged over n frames. */
static inline double baseline_frame(int n)
{
	char line[512];
	int w = COLS < (int)sizeof line - 1 ? COLS : (int)sizeof line - 1;
	double t0 = now_ms();
	for (int f = 0; f < n; f++) {
		werase(stdscr);
		for (int y = 0; y < LINES; y++) {
			for (int x = 0; x < w; x++)
				line[x] = (char)('a' + (x + y + f) % 26);
			line[w] = '\0';
			mvwaddnstr(stdscr, y, 0, line, COLS);
		}
		wnoutrefresh(stdscr);
		doupdate();
	}
	return (now_ms() - t0) / n;
}

/* 1 if a line of the physical screen contains needle (the checks: a fast but wrong view
 * fails). */
static inline int screen_has(const char *needle)
{
	char line[2048];
	wchar_t w[512];
	for (int y = 0; y < LINES; y++) {
		int len = mvwinnwstr(curscr, y, 0, w, COLS < 511 ? COLS : 511);
		if (len == ERR)
			continue;
		w[len > 0 ? len : 0] = L'\0';
		size_t k = wcstombs(line, w, sizeof line - 1);
		line[k == (size_t)-1 ? 0 : k] = '\0';
		if (strstr(line, needle))
			return 1;
	}
	return 0;
}

/* Feeds the bytes of s to the app as keys (no redraw). */
static inline void keys(struct app *a, const char *s)
{
	for (; *s; s++)
		app_key(a, (unsigned char)*s);
}

/* ms per (key + redraw), averaged over n presses of key. */
static inline double per_key(struct app *a, int key, int n)
{
	double t0 = now_ms();
	for (int i = 0; i < n; i++) {
		app_key(a, key);
		app_draw(a);
	}
	return (now_ms() - t0) / n;
}

/* ms per (keystroke + redraw), averaged over the bytes of s typed one by one; s not empty. */
static inline double per_char(struct app *a, const char *s)
{
	double t0 = now_ms();
	for (const char *c = s; *c; c++) {
		app_key(a, (unsigned char)*c);
		app_draw(a);
	}
	return (now_ms() - t0) / (double)strlen(s);
}

#endif
