/* Benchmark of the Roadmap, Quick Wins and Piloten views on a 100,000-object workspace
 * (generated, ~300,000 dependencies, contract ends, pilots), headless at 120x40: re-plan with
 * p (zeitplan_run, one transaction storing the plan, every view rebuilt, redraw), the
 * Roadmap's frame and the step to the next wave, a pin with w (one transaction re-planning
 * the stored plan, every view rebuilt), the Quick Wins and Piloten frames. Baselines from
 * the same run: zeitplan_run alone and a full plain-text frame. Prints ROW lines for tools/bench.sh and
 * checks the screen and the store, so a fast but wrong view fails. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <locale.h>

#include "data/store.h"
#include "data/export_zeitplan.h"
#include "data/store_plan.h"
#include "model/assess.h"
#include "model/monat.h"
#include "model/plan.h"
#include "model/zeitplan.h"
#include "model/ws.h"
#include "tests/bench/gen.h"
#include "tests/bench/harness_tui.h"
#include "tui/actions.h"
#include "tui/app.h"

#define N_OBJ 100000
#define ROWS 40
#define COLS_ 120

/* 1 if object kennung is pinned to month m. */
static int stored_pin(struct store *s, const char *kennung, int32_t m)
{
	struct ws *w = NULL;
	struct wp_err e = { 0 };
	int ok = 0;
	if (store_load(s, &w, &e) == 0) {
		uint32_t o = ws_find_objekt(w, kennung);
		ok = o != WP_NONE && w->obj[o].pin_monat == m;
	}
	ws_free(&w);
	return ok;
}

int main(void)
{
	struct wp_err e = { 0 };
	struct bench_tui b = { 0 };
	struct store *s = NULL;
	struct ws *g = NULL;
	struct app *a = NULL;
	struct assessment *as = NULL;
	struct zeitplan *pl = NULL;
	struct tui_opts o = { .db_path = "bench", .no_mouse = 1, .heute = 20780 };
	char want[128];
	int rc = 1;

	setenv("LANGUAGE", "de", 1);
	if (bench_tui_workspace(&b, "roadmap", N_OBJ))
		goto out;
	s = b.s;
	g = b.g;
	/* the baseline: zeitplan_run alone, warm (the second of two runs) */
	struct zeitplan_params prm;
	if (ws_index(g) || assess_run(g, &as)) {
		fprintf(stderr, "bench_roadmap: assess_run failed\n");
		goto out;
	}
	zeitplan_params_default(g, o.heute, &prm);
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
	size_t n_welle = (size_t)zeitplan_n_wellen(pl);

	if (bench_tui_screen(&b, "roadmap", ROWS, COLS_))
		goto out;
	if (app_new(s, &o, &a, &e) || app_attach(a)) {
		fprintf(stderr, "bench_roadmap: app: %s\n", e.msg);
		goto out;
	}
	app_action(a, ACT_VIEW_5);
	app_draw(a);
	double base = baseline_frame(50);
	app_draw(a);
	if (!screen_has("Noch kein Plan gespeichert.")) {
		fprintf(stderr, "bench_roadmap: the Roadmap does not say there is no plan\n");
		goto out;
	}

	t0 = now_ms();
	app_key(a, 'p');
	app_draw(a);
	double t_replan = now_ms() - t0;
	snprintf(want, sizeof want, "%zu Wellen", n_welle);
	if (!screen_has(want) || !screen_has("Welle 1 ·")) {
		fprintf(stderr, "bench_roadmap: the plan (%s) is not shown\n", want);
		goto out;
	}

	t0 = now_ms();
	for (int i = 0; i < 20; i++) {
		app_action(a, ACT_VIEW_1);
		app_action(a, ACT_VIEW_5);
		app_draw(a);
	}
	double t_frame = (now_ms() - t0) / 20;
	t0 = now_ms();
	for (int i = 0; i < 20; i++) {
		app_action(a, ACT_RIGHT);
		app_draw(a);
	}
	double t_step = (now_ms() - t0) / 20;
	if (!screen_has("Welle 21 ·")) {
		fprintf(stderr, "bench_roadmap: 20 steps did not reach wave 21\n");
		goto out;
	}

	/* pin the Beginn of the first object of wave 21 (as the Roadmap lists it) to the start */
	char kennung[64] = "";
	{
		struct ws *w2 = NULL;
		struct assessment *a2 = NULL;
		struct zeitplan *p2 = NULL;
		uint32_t *order = NULL;
		if (store_load(s, &w2, &e) == 0 && assess_run(w2, &a2) == 0 &&
		    store_load_zeitplan(s, w2, a2, &p2, &e) == 0 &&
		    (order = malloc(w2->n_obj * sizeof *order)) && zeitplan_order(w2, p2, order) > 0)
			for (size_t i = 0; i < w2->n_obj && !kennung[0]; i++)
				if (zeitplan_welle(p2, order[i]) == 21)
					snprintf(kennung, sizeof kennung, "%s", w2->obj[order[i]].kennung);
		free(order);
		zeitplan_free(&p2);
		assessment_free(&a2);
		ws_free(&w2);
	}
	char start[16];
	monat_format(prm.start, 0, start, sizeof start);
	app_action(a, ACT_HOME);
	app_key(a, 'w');
	app_key(a, 21); /* ^U clears the prefilled month */
	keys(a, start);
	app_draw(a);
	t0 = now_ms();
	app_key(a, '\r');
	app_draw(a);
	double t_pin = now_ms() - t0;
	if (!kennung[0] || !stored_pin(s, kennung, prm.start) || !screen_has(kennung)) {
		fprintf(stderr, "bench_roadmap: the pinned object is not shown\n");
		goto out;
	}

	t0 = now_ms();
	for (int i = 0; i < 10; i++) {
		app_action(a, ACT_VIEW_1);
		app_action(a, ACT_VIEW_6);
		app_draw(a);
	}
	double t_qw = (now_ms() - t0) / 10;
	if (!screen_has("Quick Wins:") || !screen_has("von 100000 Objekten geeignet")) {
		fprintf(stderr, "bench_roadmap: the Quick Wins are not shown\n");
		goto out;
	}
	t0 = now_ms();
	for (int i = 0; i < 10; i++) {
		app_action(a, ACT_VIEW_1);
		app_action(a, ACT_VIEW_7);
		app_draw(a);
	}
	double t_pil = (now_ms() - t0) / 10;
	if (!screen_has("Piloten — ") && !screen_has("Pilot — ")) {
		fprintf(stderr, "bench_roadmap: the Piloten view is not shown\n");
		goto out;
	}

	bench_row(N_OBJ, "Roadmap: p neu planen, speichern, Ansichten", t_replan, "zeitplan_run alone",
		  t_plan, "< 3 s");
	bench_row(N_OBJ, "Roadmap: Bild der Zeitleiste", t_frame, "full text frame", base,
		  "< 50 ms");
	bench_row(N_OBJ, "Roadmap: nächste Welle (Taste)", t_step, "full text frame", base,
		  "< 50 ms");
	bench_row(N_OBJ, "Roadmap: w Beginn festlegen, neu planen, Ansichten", t_pin,
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
