/* Benchmark of the Bewertung and Plattformen views on a 100,000-object workspace
 * (generated, 6 platforms), headless at 120×40: the Bewertung's first draw, a key with
 * redraw (j, → sideways), a sort by the verdict on a platform, the explanation of a cell;
 * the what-if preview of a red-line change, applying it (transaction, re-score, every view
 * rebuilt) and undoing it; the x export of the Bewertung (600,000 rows). Each next to a
 * baseline measured in the same run: a full-screen write for keys, one assess_run for the
 * what-if and the edits, the CSV writer called directly for the export. Prints ROW lines
 * for tools/bench.sh and checks the screen, so a fast but wrong view fails. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <locale.h>

#include "data/csvwrite.h"
#include "data/export.h"
#include "data/store.h"
#include "model/assess.h"
#include "model/ws.h"
#include "tests/bench/gen.h"
#include "tests/bench/harness_tui.h"
#include "tui/actions.h"
#include "tui/app.h"

#define N_OBJ 100000
#define ROWS 40
#define COLS_ 120
#define KEYS 100

static double keys_ms(struct app *a, const int *k, size_t n)
{
	double t0 = now_ms();
	for (size_t i = 0; i < n; i++)
		app_key(a, k[i]);
	app_draw(a);
	return now_ms() - t0;
}

static int fail(const char *what)
{
	fprintf(stderr, "bench_views_assess: %s\n", what);
	return 1;
}

int main(void)
{
	struct wp_err e = { 0 };
	struct bench_tui b = { 0 };
	struct app *a = NULL;
	struct assessment *as = NULL;
	struct csvout *co = NULL;
	char csv[96] = "", ref[96] = "";
	int rc = 1;

	if (bench_tui_workspace(&b, "views", N_OBJ) || bench_tui_screen(&b, "views", ROWS, COLS_))
		goto out;
	struct ws *g = b.g;
	snprintf(csv, sizeof csv, "%s/tui.csv", b.dir);
	snprintf(ref, sizeof ref, "%s/ref.csv", b.dir);
	if (bench_tui_app(&b, "views_assess", &a))
		goto out;
	app_draw(a);
	double base = baseline_frame(50);
	/* the baseline of what-if and edits: one assessment of the whole workspace */
	double t0 = now_ms();
	if (assess_run(g, &as)) {
		fail("assess_run");
		goto out;
	}
	double base_assess = now_ms() - t0;

	/* Bewertung */
	t0 = now_ms();
	app_action(a, ACT_VIEW_3);
	app_draw(a);
	double t_first = now_ms() - t0;
	if (!screen_has("Objekt 1 von 100000") || !screen_has("Summe ✓ zulässig")) {
		fail("the Bewertung does not show 100,000 objects");
		goto out;
	}
	double t_j = per_key(a, 'j', KEYS);
	double t_l = (per_key(a, 'l', 5) + per_key(a, 'h', 5)) / 2;
	int sort_keys[] = { 's', 's', 's', 's' };
	keys_ms(a, sort_keys, 3); /* Name, Schutzklasse, Bereitschaft */
	double t_sort = keys_ms(a, sort_keys, 1);
	if (!screen_has("sortiert: Urteil auf")) {
		fail("s did not sort by a platform's verdict");
		goto out;
	}
	int enter[] = { '\r' }, esc[] = { TK_ESC };
	double t_explain = keys_ms(a, enter, 1);
	if (!screen_has(" auf ")) {
		fail("Enter did not explain the cell");
		goto out;
	}
	keys_ms(a, esc, 1);

	/* x: the Bewertung CSV (objects × platforms rows) against the writer alone */
	int xk[] = { 'x', '\r' };
	keys_ms(a, xk, 2);
	for (int i = 0; i < 80; i++)
		app_key(a, 127);
	for (const char *c = csv; *c; c++)
		app_key(a, (unsigned char)*c);
	double t_export = keys_ms(a, enter, 1);
	if (!strstr(app_message(a), "600000 Zeilen")) {
		fprintf(stderr, "bench_views_assess: export said: %s\n", app_message(a));
		goto out;
	}
	t0 = now_ms();
	if (csvout_open(ref, DIALECT_EXCEL_DE, &co, &e))
		goto out;
	export_bewertung(g, as, co);
	if (csvout_close(&co, 1, &e))
		goto out;
	double base_export = now_ms() - t0;

	/* Plattformen: what-if on the first platform's first red line, apply, undo */
	app_action(a, ACT_VIEW_4);
	app_draw(a);
	int open_val[] = { 'l', '\r', TK_FN(KEY_DOWN), '\r' };
	keys_ms(a, open_val, 4);
	double t_whatif = keys_ms(a, enter, 1); /* the source prompt: Enter computes the preview */
	if (!screen_has("Was wäre, wenn")) {
		fail("no what-if preview");
		goto out;
	}
	int yes[] = { 'j' }, undo[] = { 'u' };
	double t_apply = keys_ms(a, yes, 1);
	if (!strstr(app_message(a), "geändert")) {
		fprintf(stderr, "bench_views_assess: apply said: %s\n", app_message(a));
		goto out;
	}
	double t_undo = keys_ms(a, undo, 1);
	if (!strstr(app_message(a), "Rückgängig")) {
		fprintf(stderr, "bench_views_assess: undo said: %s\n", app_message(a));
		goto out;
	}

	bench_row(N_OBJ, "TUI Bewertung first draw", t_first, "full-screen write", base, "< 50 ms");
	bench_row(N_OBJ, "TUI Bewertung key j + redraw", t_j, "full-screen write", base, "< 16 ms");
	bench_row(N_OBJ, "TUI Bewertung key right/left (sideways) + redraw", t_l,
		  "full-screen write", base, "< 16 ms");
	bench_row(N_OBJ, "TUI Bewertung sort by a platform's verdict", t_sort, "full-screen write",
		  base, "< 300 ms");
	bench_row(N_OBJ, "TUI Bewertung Enter: explanation of a cell", t_explain,
		  "full-screen write", base, "< 50 ms");
	bench_row(N_OBJ, "TUI Bewertung x export (600,000 rows)", t_export,
		  "export_bewertung alone", base_export, "< 2x baseline");
	bench_row(N_OBJ, "TUI Plattformen what-if preview", t_whatif, "assess_run", base_assess,
		  "< 1 s");
	bench_row(N_OBJ, "TUI Plattformen apply (transaction, re-score, views)", t_apply,
		  "assess_run", base_assess, "< 2 s");
	bench_row(N_OBJ, "TUI Plattformen undo", t_undo, "assess_run", base_assess, "< 2 s");
	rc = 0;
out:
	app_free(&a);
	assessment_free(&as);
	if (csv[0])
		unlink(csv);
	if (ref[0])
		unlink(ref);
	bench_tui_free(&b);
	return rc;
}
