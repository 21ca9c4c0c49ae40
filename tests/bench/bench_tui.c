/* Benchmark of the dashboard on a 100,000-object workspace (generated, ~300,000
 * dependencies), headless: newterm() on /dev/null at 120×40. Measures the first frame
 * (load, assessment, every view opened, Übersicht drawn), the Übersicht of the next
 * Behörde (→), the Inventar's first draw, and the redraw after one key (j, Bild↓, G, a search keystroke, s = sort by the next column,
 * a filter), each next to a baseline measured in the same run: a plain loop writing the
 * same number of screen cells (werase, one mvwaddnstr per line, doupdate). Prints ROW
 * lines for tools/bench.sh and checks what is on screen, so a fast but wrong view fails. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <locale.h>

#include "data/store.h"
#include "model/ws.h"
#include "tests/bench/gen.h"
#include "tests/bench/harness_tui.h"
#include "tui/actions.h"
#include "tui/app.h"

#define N_OBJ 100000
#define ROWS 40
#define COLS_ 120
#define KEYS 200 /* key presses per measured kind */

int main(void)
{
	struct bench_tui b = { 0 };
	struct app *a = NULL;
	int rc = 1;

	if (bench_tui_workspace(&b, "tui", N_OBJ) || bench_tui_screen(&b, "tui", ROWS, COLS_))
		goto out;

	/* first frame: load, assess, open every view, draw the Übersicht */
	double t0 = now_ms();
	if (bench_tui_app(&b, "tui", &a))
		goto out;
	app_draw(a);
	double t_first = now_ms() - t0;
	if (!screen_has("alle Objekte") || !screen_has("100000")) {
		fprintf(stderr, "bench_tui: the Übersicht does not show the workspace\n");
		goto out;
	}
	double base = baseline_frame(50);
	app_draw(a);
	/* → on the Übersicht: the figures of the next Behörde (one pass over the objects) */
	double t_scope = per_key(a, 'l', 5);
	if (!screen_has("mit untergeordneten Behörden")) {
		fprintf(stderr, "bench_tui: → did not change the Übersicht's scope\n");
		goto out;
	}

	/* the Inventar's first draw (its rows were built when the app opened) */
	t0 = now_ms();
	app_action(a, ACT_VIEW_2);
	app_draw(a);
	double t_inv = now_ms() - t0;
	if (!screen_has("Objekt 1 von 100000")) {
		fprintf(stderr, "bench_tui: the Inventar does not show 100,000 objects\n");
		goto out;
	}
	double t_j = per_key(a, 'j', KEYS);
	double t_pg = per_key(a, TK_FN(KEY_NPAGE), KEYS);
	double t_end = per_key(a, 'G', 1);
	if (!screen_has("Objekt 100000 von 100000")) {
		fprintf(stderr, "bench_tui: G did not reach the last object\n");
		goto out;
	}
	t_end = (t_end + per_key(a, 'g', 1)) / 2;

	/* a search: each keystroke searches on from where it began */
	app_key(a, 'g');
	app_key(a, '/');
	const char *q = "-0050000"; /* the Kennung of object 50,000, near the middle */
	double t_search = per_char(a, q);
	app_key(a, '\r');
	app_draw(a);
	if (!screen_has("-0050000 ")) {
		fprintf(stderr, "bench_tui: incremental search did not find \"%s\"\n", q);
		goto out;
	}

	/* s: the first use of a column sorts 100,000 objects once; the next use is cached */
	double t_sort_first = per_key(a, 's', 1);
	if (!screen_has("sortiert: Name")) {
		fprintf(stderr, "bench_tui: s did not sort by Name\n");
		goto out;
	}
	double t_sort_again = per_key(a, 'S', 1);

	/* a filter through the pick list: f, Typ, Register */
	app_key(a, 'f');
	for (const char *c = "typ"; *c; c++)
		app_key(a, (unsigned char)*c);
	app_key(a, '\r');
	for (const char *c = "regis"; *c; c++)
		app_key(a, (unsigned char)*c);
	double t_filter = per_key(a, '\r', 1);
	if (!screen_has("gefiltert aus 100000")) {
		fprintf(stderr, "bench_tui: the filter did not apply\n");
		goto out;
	}

	bench_row(N_OBJ, "TUI first frame (load, assess, overview)", t_first, "full-screen write",
		  base, "< 2 s");
	bench_row(N_OBJ, "TUI overview, next Behoerde (right)", t_scope, "full-screen write", base,
		  "< 100 ms");
	bench_row(N_OBJ, "TUI Inventar first draw", t_inv, "full-screen write", base, "< 50 ms");
	bench_row(N_OBJ, "TUI Inventar key j + redraw", t_j, "full-screen write", base, "< 16 ms");
	bench_row(N_OBJ, "TUI Inventar key PgDn + redraw", t_pg, "full-screen write", base,
		  "< 16 ms");
	bench_row(N_OBJ, "TUI Inventar key G/g + redraw", t_end, "full-screen write", base,
		  "< 16 ms");
	bench_row(N_OBJ, "TUI Inventar search keystroke + redraw", t_search, "full-screen write",
		  base, "< 50 ms");
	bench_row(N_OBJ, "TUI Inventar sort, first use of column", t_sort_first,
		  "full-screen write", base, "< 300 ms");
	bench_row(N_OBJ, "TUI Inventar sort reversed (cached)", t_sort_again, "full-screen write",
		  base, "< 50 ms");
	bench_row(N_OBJ, "TUI Inventar filter applied", t_filter, "full-screen write", base,
		  "< 100 ms");
	rc = 0;
out:
	app_free(&a);
	bench_tui_free(&b);
	return rc;
}
