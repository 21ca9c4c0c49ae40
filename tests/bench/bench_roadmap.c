/* Benchmark of the Roadmap, Quick Wins and Piloten views on a 100,000-object workspace
 * (generated, ~300,000 dependencies, contract ends, pilots), headless at 120x40: re-plan with
 * p (zeitplan_run, one transaction storing the plan, every view rebuilt, redraw), the Gantt's
 * frame and its redraw after a key (down, later, zoom), a pin to a month with w (one
 * transaction re-planning the stored Zeitplan, journal, re-score, every view rebuilt), the Quick Wins and Piloten frames. Baselines from the same
 * run: zeitplan_run alone and a full plain-text frame. Prints ROW lines for tools/bench.sh and
 * checks the screen and the store, so a fast but wrong view fails. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <locale.h>

#include "data/store.h"
#include "data/store_plan.h"
#include "model/assess.h"
#include "model/monat.h"
#include "model/zeitplan.h"
#include "model/ws.h"
#include "tests/bench/gen.h"
#include "tests/bench/harness_tui.h"
#include "tui/actions.h"
#include "tui/app.h"

#define N_OBJ 100000
#define ROWS 40
#define COLS_ 120

/* ms per frame of the view of action view, entered afresh from the Übersicht (the frame
 * a user sees on switching to it), averaged over n. */
static double view_ms(struct app *a, enum action view, int n)
{
	double t0 = now_ms();
	for (int i = 0; i < n; i++) {
		app_action(a, ACT_VIEW_1);
		app_action(a, view);
		app_draw(a);
	}
	return (now_ms() - t0) / n;
}

int main(void)
{
	struct wp_err e = { 0 };
	struct bench_tui b = { 0 };
	struct app *a = NULL;
	struct assessment *as = NULL;
	struct zeitplan *pl = NULL;
	char want[128];
	int rc = 1;

	setenv("LANGUAGE", "de", 1);
	if (bench_tui_workspace(&b, "roadmap", N_OBJ))
		goto out;
	struct store *s = b.s;
	struct ws *g = b.g;
	/* the baseline: zeitplan_run alone, warm (the second of two runs) */
	struct zeitplan_params prm;
	if (ws_index(g) || assess_run(g, &as)) {
		fprintf(stderr, "bench_roadmap: assess_run failed\n");
		goto out;
	}
	zeitplan_params_default(g, BENCH_TUI_HEUTE, &prm);
	if (zeitplan_run(g, as, &prm, &pl)) {
		fprintf(stderr, "bench_roadmap: zeitplan_run failed\n");
		goto out;
	}
	zeitplan_free(&pl);
	double t0 = now_ms();
	if (zeitplan_run(g, as, &prm, &pl)) {
		fprintf(stderr, "bench_roadmap: zeitplan_run failed\n");
		goto out;
	}
	double t_plan = now_ms() - t0;

	if (bench_tui_screen(&b, "roadmap", ROWS, COLS_))
		goto out;
	if (bench_tui_app(&b, "roadmap", &a))
		goto out;
	app_action(a, ACT_VIEW_5);
	app_draw(a);
	double base = baseline_frame(50);
	app_draw(a);
	snprintf(want, sizeof want, "von %d geplant", N_OBJ);
	if (!screen_has(want) || !screen_has("Last / Kapazität")) {
		fprintf(stderr, "bench_roadmap: the Gantt is not shown\n");
		goto out;
	}

	double t_replan = per_key(a, 'p', 1);
	if (!strstr(app_message(a), "Neu geplant")) {
		fprintf(stderr, "bench_roadmap: p did not re-plan\n");
		goto out;
	}

	double t_frame = view_ms(a, ACT_VIEW_5, 20);
	/* the Gantt redraw after a key: down, later in time, zoom in and out */
	double t_down = per_key(a, 'j', 50);
	double t_right = per_key(a, 'l', 20);
	t0 = now_ms();
	for (int i = 0; i < 20; i++) {
		app_key(a, i % 2 ? '-' : '+');
		app_draw(a);
	}
	double t_zoom = (now_ms() - t0) / 20;
	if (!screen_has("Zoom Quartal")) {
		fprintf(stderr, "bench_roadmap: the zoom is not back at quarters\n");
		goto out;
	}

	/* pin a planned object (the first the baseline plans) to the start month: journal,
	 * re-score, re-plan */
	uint32_t po = 0;
	while (po < g->n_obj && pl->plan->obj[po].grund != SG_GEPLANT)
		po++;
	if (po == g->n_obj) {
		fprintf(stderr, "bench_roadmap: nothing planned\n");
		goto out;
	}
	app_key(a, ':');
	keys(a, g->obj[po].kennung);
	app_key(a, '\r');
	app_key(a, 'w');
	app_key(a, 21); /* ^U clears the prefilled month */
	keys(a, "2027-01");
	app_draw(a);
	double t_pin = per_key(a, '\r', 1);
	int pinned = 0;
	{
		struct ws *w2 = NULL;
		if (store_load(s, &w2, &e) == 0) {
			uint32_t o2 = ws_find_objekt(w2, g->obj[po].kennung);
			pinned = o2 != WP_NONE && w2->obj[o2].pin_monat == monat_von(2027, 1);
		}
		ws_free(&w2);
	}
	if (!pinned) {
		fprintf(stderr, "bench_roadmap: the pin was not stored: %s\n", app_message(a));
		goto out;
	}

	double t_qw = view_ms(a, ACT_VIEW_6, 10);
	if (!screen_has("Quick Wins:") || !screen_has("von 100000 Objekten geeignet")) {
		fprintf(stderr, "bench_roadmap: the Quick Wins are not shown\n");
		goto out;
	}
	double t_pil = view_ms(a, ACT_VIEW_7, 10);
	if (!screen_has("Piloten — ") && !screen_has("Pilot — ")) {
		fprintf(stderr, "bench_roadmap: the Piloten view is not shown\n");
		goto out;
	}

	bench_row(N_OBJ, "Roadmap: p neu planen, speichern, Ansichten", t_replan, "zeitplan_run alone",
		  t_plan, "< 3 s");
	bench_row(N_OBJ, "Roadmap: Bild des Gantt", t_frame, "full text frame", base, "< 16 ms");
	bench_row(N_OBJ, "Roadmap: Gantt nach Taste j", t_down, "full text frame", base, "< 16 ms");
	bench_row(N_OBJ, "Roadmap: Gantt nach Taste l", t_right, "full text frame", base, "< 16 ms");
	bench_row(N_OBJ, "Roadmap: Gantt nach Zoom + -", t_zoom, "full text frame", base, "< 16 ms");
	bench_row(N_OBJ, "Roadmap: w festlegen, neu planen, speichern, Ansichten", t_pin,
		  "zeitplan_run alone",
		  t_plan, "< 3 s");
	bench_row(N_OBJ, "Quick Wins: Bild", t_qw, "full text frame", base, "< 50 ms");
	bench_row(N_OBJ, "Piloten: Bild", t_pil, "full text frame", base, "< 50 ms");
	rc = 0;
out:
	app_free(&a);
	zeitplan_free(&pl);
	assessment_free(&as);
	bench_tui_free(&b);
	return rc;
}
