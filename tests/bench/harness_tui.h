/* Shared harness of the dashboard benchmarks (tests/bench/bench_*.c on a headless screen):
 * the plain-text frame baseline, keys fed to the app, the check that the screen shows a
 * text. Header-only like gen.h; every function is static. */
#ifndef WP_TESTS_BENCH_HARNESS_TUI_H
#define WP_TESTS_BENCH_HARNESS_TUI_H

#include <string.h>
#include <wchar.h>

#include "tests/bench/harness.h"
#include "tui/app.h"

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

#endif
