/* Shared harness of the headless screen tests: fixtures, the app on a newterm() screen,
 * input, reading the screen back, golden files, the language switch (tests/tui_harness.h). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <libintl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

#include "data/seed.h"
#include "data/store.h"
#include "model/date.h"
#include "model/utf8.h"
#include "tests/tui_harness.h"
#include "tui/app.h"

/* ---- fixtures ---- */

int open_demo(void **state)
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
	f->opts.heute = date_from_ymd(2026, 11, 23); /* tests never read the clock */
	*state = f;
	return 0;
}

int open_demo_tmpdir(void **state)
{
	if (open_demo(state))
		return -1;
	struct fixture *f = *state;
	snprintf(f->dir, sizeof f->dir, "/tmp/wp-test-tui-XXXXXX");
	if (!mkdtemp(f->dir) || !getcwd(f->cwd, sizeof f->cwd) || chdir(f->dir))
		return -1;
	return 0;
}

int close_demo(void **state)
{
	struct fixture *f = *state;
	char cmd[512];
	if (f->scr) /* a failed assertion skipped the test's own stop() */
		stop(f);
	store_close(&f->store);
	if (f->cwd[0] && chdir(f->cwd) == 0) {
		snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
		if (system(cmd) != 0)
			fprintf(stderr, "could not remove %s\n", f->dir);
	}
	free(f);
	return 0;
}

void start(struct fixture *f, const char *term, int rows, int cols)
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

void stop(struct fixture *f)
{
	app_free(&f->app);
	endwin();
	delscreen(f->scr);
	fclose(f->out);
	fclose(f->in);
	f->scr = NULL;
}

void act(struct fixture *f, int action)
{
	app_action(f->app, action);
	app_draw(f->app);
}

void key(struct fixture *f, int k)
{
	app_key(f->app, k);
	app_draw(f->app);
}

void keys(struct fixture *f, const char *s)
{
	while (*s) {
		unsigned cp;
		size_t k = utf8_decode(s, strlen(s), &cp);
		app_key(f->app, (int)cp);
		s += k;
	}
	app_draw(f->app);
}

/* ---- the screen ---- */

char *screen_line(int y, char *buf, size_t n)
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

int screen_find(const char *needle)
{
	char line[2048];
	for (int y = 0; y < LINES; y++)
		if (strstr(screen_line(y, line, sizeof line), needle))
			return y;
	return -1;
}

int screen_col(int y, const char *needle)
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

attr_t cell_attr(int y, int x)
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

int selected_line(int x)
{
	for (int y = 3; y < LINES - 2; y++)
		if (cell_attr(y, x) & A_REVERSE)
			return y;
	return -1;
}

void screen_dump(char *buf, size_t n)
{
	char line[2048];
	size_t k = 0;
	buf[0] = '\0';
	for (int y = 0; y < LINES; y++) {
		screen_line(y, line, sizeof line);
		int w = snprintf(buf + k, n - k, "%s\n", line);
		if (w < 0 || (size_t)w >= n - k)
			break;
		k += (size_t)w;
	}
}

void golden(const char *name)
{
	static char got[256 * 1024], want[256 * 1024];
	char path[512];
	screen_dump(got, sizeof got);
	snprintf(path, sizeof path, "%s/tests/golden/%s.txt",
		 getenv("WP_SRCDIR") ? getenv("WP_SRCDIR") : ".", name);
	const char *up = getenv("WP_GOLDEN_UPDATE");
	if (up && strcmp(up, "1") == 0) {
		FILE *fp = fopen(path, "w");
		assert_non_null(fp);
		fputs(got, fp);
		fclose(fp);
		return;
	}
	FILE *fp = fopen(path, "r");
	if (!fp)
		fail_msg("golden file %s missing (WP_GOLDEN_UPDATE=1 writes it)", path);
	size_t len = fread(want, 1, sizeof want - 1, fp);
	fclose(fp);
	want[len] = '\0';
	if (strcmp(got, want) != 0) {
		/* name the first differing line */
		const char *g = got, *w = want;
		int line = 1;
		while (*g && *g == *w) {
			if (*g == '\n')
				line++;
			g++;
			w++;
		}
		printf("screen differs from %s at line %d:\n--- got:\n%s", path, line, got);
		fail_msg("golden mismatch: %s line %d (WP_GOLDEN_UPDATE=1 rewrites)", name, line);
	}
}

void set_lang(const char *lang)
{
	char exe[1024], dir[1200];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	snprintf(dir, sizeof dir, "build/locale");
	if (n > 0) {
		exe[n] = '\0';
		char *slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			slash = strrchr(exe, '/');
			if (slash)
				*slash = '\0';
			snprintf(dir, sizeof dir, "%s/locale", exe);
		}
	}
	if (access(dir, R_OK) != 0) /* a test binary built elsewhere: the source tree's */
		snprintf(dir, sizeof dir, "build/locale");
	setenv("LANGUAGE", lang, 1);
	setlocale(LC_MESSAGES, "C.UTF-8");
	bindtextdomain("wolkenplan", dir);
	bind_textdomain_codeset("wolkenplan", "UTF-8");
	textdomain("wolkenplan");
}

void golden_at(const char *view, const char *lang, int cols, int rows)
{
	char name[128];
	snprintf(name, sizeof name, "%s-%s-%dx%d", view, lang, cols, rows);
	golden(name);
}

void harness_env(void)
{
	if (!setlocale(LC_ALL, "C.UTF-8"))
		setlocale(LC_ALL, "");
	unsetenv("NO_COLOR");
	unsetenv("LINES");
	unsetenv("COLUMNS");
}
