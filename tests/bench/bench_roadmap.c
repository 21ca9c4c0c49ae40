/* Benchmark of the Roadmap, Quick Wins and Piloten views on a 100,000-object workspace
 * (generated, ~300,000 dependencies, contract ends, pilots), headless at 120x40: re-plan with
 * p (plan_run, one transaction storing the plan, every view rebuilt, redraw), the Roadmap's
 * frame and the step to the next wave, a pin with w (one transaction, the plan reloaded and
 * checked, every view rebuilt), the Quick Wins and Piloten frames. Baselines from the same
 * run: plan_run alone and a full plain-text frame. Prints ROW lines for tools/bench.sh and
 * checks the screen and the store, so a fast but wrong view fails. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <locale.h>

#include "data/store.h"
#include "data/export_plan.h"
#include "data/store_plan.h"
#include "model/assess.h"
#include "model/plan.h"
#include "model/ws.h"
#include "tests/bench/gen.h"
#include "tests/bench/harness_tui.h"
#include "tui/actions.h"
#include "tui/app.h"

#define N_OBJ 100000
#define ROWS 40
#define COLS_ 120

/* 1 if the stored plan exists and object kennung is pinned to wave nr. */
static int stored_pin(struct store *s, const char *kennung, int nr)
{
	struct ws *w = NULL;
	struct wp_err e = { 0 };
	int ok = 0;
	if (store_load(s, &w, &e) == 0) {
		uint32_t o = ws_find_objekt(w, kennung);
		ok = o != WP_NONE && w->obj[o].welle_pin == nr;
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
	struct plan *pl = NULL;
	struct tui_opts o = { .db_path = "bench", .no_mouse = 1, .heute = 20780 };
	char want[128];
	int rc = 1;

	setenv("LANGUAGE", "de", 1);
	if (bench_tui_workspace(&b, "roadmap", N_OBJ))
		goto out;
	s = b.s;
	g = b.g;
	/* the baseline: plan_run alone, warm (the second of two runs) */
	struct plan_params prm;
	if (ws_index(g) || assess_run(g, &as)) {
		fprintf(stderr, "bench_roadmap: assess_run failed\n");
		goto out;
	}
	plan_params_default(g, o.heute, &prm);
	if (plan_run(g, as, &prm, &pl)) {
		fprintf(stderr, "bench_roadmap: plan_run failed\n");
		goto out;
	}
	plan_free(&pl);
	double t0 = now_ms();
	if (plan_run(g, as, &prm, &pl)) {
		fprintf(stderr, "bench_roadmap: plan_run failed\n");
		goto out;
	}
	double t_plan = now_ms() - t0;
	size_t n_welle = pl->n_welle;

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

	/* pin the first object of wave 21 (as the Roadmap lists it) into wave 1 */
	char kennung[64] = "";
	{
		struct ws *w2 = NULL;
		struct assessment *a2 = NULL;
		struct plan *p2 = NULL;
		uint32_t *order = NULL;
		if (store_load(s, &w2, &e) == 0 && assess_run(w2, &a2) == 0 &&
		    store_load_plan(s, w2, a2, &p2, &e) == 0 &&
		    (order = malloc(w2->n_obj * sizeof *order)) && roadmap_order(w2, p2, order) > 0)
			for (size_t i = 0; i < w2->n_obj && !kennung[0]; i++)
				if (p2->obj[order[i]].welle == 21)
					snprintf(kennung, sizeof kennung, "%s", w2->obj[order[i]].kennung);
		free(order);
		plan_free(&p2);
		assessment_free(&a2);
		ws_free(&w2);
	}
	app_action(a, ACT_HOME);
	app_key(a, 'w');
	app_key(a, 21); /* ^U clears the prefilled wave */
	keys(a, "1");
	app_draw(a);
	t0 = now_ms();
	app_key(a, '\r');
	app_draw(a);
	double t_pin = now_ms() - t0;
	if (!kennung[0] || !stored_pin(s, kennung, 1) || !screen_has("Welle 1 ·") ||
	    !screen_has(kennung)) {
		fprintf(stderr, "bench_roadmap: the pinned object's wave is not shown\n");
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

	bench_row(N_OBJ, "Roadmap: p neu planen, speichern, Ansichten", t_replan, "plan_run alone",
		  t_plan, "< 3 s");
	bench_row(N_OBJ, "Roadmap: Bild der Zeitleiste", t_frame, "full text frame", base,
		  "< 50 ms");
	bench_row(N_OBJ, "Roadmap: nächste Welle (Taste)", t_step, "full text frame", base,
		  "< 50 ms");
	bench_row(N_OBJ, "Roadmap: w festsetzen, Plan prüfen, Ansichten", t_pin, "plan_run alone",
		  t_plan, "< 3 s");
	bench_row(N_OBJ, "Quick Wins: Bild", t_qw, "full text frame", base, "< 50 ms");
	bench_row(N_OBJ, "Piloten: Bild", t_pil, "full text frame", base, "< 50 ms");
	rc = 0;
out:
	app_free(&a);
	plan_free(&pl);
	assessment_free(&as);
	bench_tui_free(&b);
	return rc;
}
