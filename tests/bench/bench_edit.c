/* Benchmark of editing in the dashboard on a 100,000-object workspace (generated, ~300,000
 * dependencies), headless at 120×40: opening the Objekt-Detail, one confirmed field edit
 * (one transaction, full re-score, every view rebuilt, redraw), its undo, and a keystroke
 * in the dependency picker over all 100,000 objects. Baselines from the same run: a full
 * plain-text frame, and assess_run alone (the re-score every edit needs). Prints ROW lines
 * for tools/bench.sh and checks the screen and the store, so a fast but wrong edit fails. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <locale.h>

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

/* The stored Vertraulichkeit (sb_c) of object kennung, via a fresh load. */
static int stored_sb_c(struct store *s, const char *kennung)
{
	struct ws *w = NULL;
	struct wp_err e = { 0 };
	int v = -1;
	if (store_load(s, &w, &e) == 0) {
		uint32_t o = ws_find_objekt(w, kennung);
		v = o == WP_NONE ? -1 : w->obj[o].sb[SB_C];
	}
	ws_free(&w);
	return v;
}

int main(void)
{
	struct bench_tui b = { 0 };
	struct app *a = NULL;
	struct assessment *as = NULL;
	char kennung[64];
	int rc = 1;

	setenv("LANGUAGE", "de", 1);
	if (bench_tui_workspace(&b, "edit", N_OBJ))
		goto out;
	struct store *s = b.s;
	struct ws *g = b.g;
	/* an object whose Vertraulichkeit is not yet "sehr hoch" */
	uint32_t pick = N_OBJ / 2;
	while (pick < g->n_obj && g->obj[pick].sb[SB_C] == LVL_SEHR_HOCH)
		pick++;
	snprintf(kennung, sizeof kennung, "%s", g->obj[pick].kennung);
	/* the baseline warm, as the app's re-score is: the second of two runs */
	if (ws_index(g) || assess_run(g, &as)) {
		fprintf(stderr, "bench_edit: assess_run failed\n");
		goto out;
	}
	assessment_free(&as);
	double t0 = now_ms();
	if (assess_run(g, &as)) {
		fprintf(stderr, "bench_edit: assess_run failed\n");
		goto out;
	}
	double t_assess = now_ms() - t0;

	if (bench_tui_screen(&b, "edit", ROWS, COLS_))
		goto out;
	if (bench_tui_app(&b, "edit", &a))
		goto out;
	app_action(a, ACT_VIEW_2);
	app_draw(a);
	double base = baseline_frame(50);

	t0 = now_ms();
	if (app_show_object(a, kennung)) {
		fprintf(stderr, "bench_edit: %s not found\n", kennung);
		goto out;
	}
	app_draw(a);
	double t_open = now_ms() - t0;
	if (!screen_has(kennung) || !screen_has("Stammdaten")) {
		fprintf(stderr, "bench_edit: the detail of %s is not shown\n", kennung);
		goto out;
	}

	/* Vertraulichkeit is the 13th field: pick "sehr hoch"; time the confirming Enter */
	for (int i = 0; i < 12; i++)
		app_key(a, 'j');
	app_key(a, 'e');
	keys(a, "sehr");
	app_draw(a);
	double t_edit = per_key(a, '\r', 1);
	if (stored_sb_c(s, kennung) != LVL_SEHR_HOCH || !screen_has("Schutzklasse sehr hoch")) {
		fprintf(stderr, "bench_edit: the edit did not reach the store and the screen\n");
		goto out;
	}
	double t_undo = per_key(a, 'u', 1);
	if (stored_sb_c(s, kennung) == LVL_SEHR_HOCH) {
		fprintf(stderr, "bench_edit: undo did not reach the store\n");
		goto out;
	}

	/* the dependency picker over every object: each keystroke narrows the matches */
	app_key(a, '+');
	app_draw(a);
	const char *q = kennung + strlen(kennung) - 7; /* the digits of the Kennung */
	double t_pick = per_char(a, q);
	if (!screen_has("1 von 100000")) {
		fprintf(stderr, "bench_edit: the picker did not narrow to one object\n");
		goto out;
	}
	app_key(a, 27);

	bench_row(N_OBJ, "Objekt-Detail öffnen (Begründung, Urteile)", t_open, "full text frame",
		  base, "< 50 ms");
	bench_row(N_OBJ, "Feld ändern: Transaktion, Neubewertung, Ansichten", t_edit,
		  "assess_run alone", t_assess, "< 1 s");
	bench_row(N_OBJ, "Rückgängig (eine Transaktion, Neubewertung)", t_undo, "assess_run alone",
		  t_assess, "< 1 s");
	bench_row(N_OBJ, "Abhängigkeits-Auswahl: je Taste (alle Objekte)", t_pick,
		  "full text frame", base, "< 100 ms");
	rc = 0;
out:
	app_free(&a);
	assessment_free(&as);
	bench_tui_free(&b);
	return rc;
}
