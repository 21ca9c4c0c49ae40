/* Benchmark of the costs on a workspace (model/kosten.h, the path of export kosten, explain
 * and the dashboard): kosten_run on a generated 100,000-object workspace planned by
 * zeitplan_run with the capacity for its PT in about ten years (its dependency chains and
 * the objects' own paces stretch the last go-lives further; operating costs, Einmalkosten,
 * 20 % without cost data), median of 5 runs, next to the cost engine alone on the same input in the same run
 * (cost_run), so the ratio is what building the input from the workspace adds. Checks that
 * the two agree. Prints one ROW line for tools/bench.sh. */
#include <stdio.h>
#include <stdlib.h>

#include "model/assess.h"
#include "model/kosten.h"
#include "model/monat.h"
#include "model/zeitplan.h"
#include "tests/bench/gen.h"
#include "tests/bench/harness.h"

#define N_OBJ 100000
#define N_PF 6
#define RUNS 5

int main(void)
{
	struct ws *w = gen_workspace_real(N_OBJ, N_PF, 7);
	struct assessment *a = NULL;
	struct zeitplan *z = NULL;
	struct kosten *k = NULL;
	struct cost_result *r = NULL;
	int rc = 1;
	if (!w || assess_run(w, &a)) {
		fprintf(stderr, "bench_kosten: workspace or assessment failed\n");
		goto out;
	}
	struct gen_rng g;
	gen_seed(&g, 11);
	for (size_t i = 0; i < w->n_obj; i++) {
		struct objekt *o = &w->obj[i];
		o->bk_heute = gen_below(&g, 5) ? (int64_t)gen_below(&g, 20000000) : -1;
		o->bk_ziel = gen_below(&g, 3) ? -1 : (int64_t)gen_below(&g, 15000000);
		o->einmal = gen_below(&g, 3) ? -1 : (int64_t)gen_below(&g, 5000000);
	}
	for (size_t p = 0; p < w->n_pf; p++)
		w->pf[p].kostenfaktor = 7000 + 1000 * (int32_t)p;
	/* capacity for the whole inventory's PT in about ten years */
	struct zeitplan_params prm;
	zeitplan_params_default(w, 0, &prm);
	prm.start = monat_von(2027, 1);
	int64_t total = 0;
	for (size_t i = 0; i < w->n_obj; i++)
		total += a->obj[i].aufwand * 2;
	prm.kapazitaet = (int32_t)(total / 110 + 1);
	if (zeitplan_run(w, a, &prm, &z)) {
		fprintf(stderr, "bench_kosten: zeitplan_run failed\n");
		goto out;
	}
	double t_run[RUNS], t_base[RUNS];
	for (int i = 0; i < RUNS; i++) {
		kosten_free(&k);
		double t0 = now_ms();
		if (kosten_run(w, a, z, 0, &k)) {
			fprintf(stderr, "bench_kosten: kosten_run failed\n");
			goto out;
		}
		t_run[i] = now_ms() - t0;
		cost_free(&r);
		t0 = now_ms();
		if (cost_run(&k->in, &r)) {
			fprintf(stderr, "bench_kosten: cost_run failed\n");
			goto out;
		}
		t_base[i] = now_ms() - t0;
	}
	size_t geplant = 0;
	for (size_t i = 0; i < k->in.n_obj; i++)
		geplant += k->in.obj[i].geplant;
	if (r->migration != k->r->migration || r->n_jahr != k->r->n_jahr ||
	    r->jahr[r->n_jahr - 1].kumuliert != k->r->jahr[k->r->n_jahr - 1].kumuliert ||
	    geplant < N_OBJ / 2 || k->r->n_ohne == 0) {
		fprintf(stderr, "bench_kosten: the adapter and the engine disagree\n");
		goto out;
	}
	bench_row(N_OBJ, "costs of a planned workspace (kosten_run)", median(t_run, RUNS),
		  "cost_run alone", median(t_base, RUNS), "< 0.2 s");
	printf("bench_kosten: %zu planned objects, %zu object-months, last go-live %d, table "
	       "%d–%d\n", geplant, k->in.n_alloc, k->r->letzte_inbetriebnahme / 12,
	       k->r->jahr[0].jahr, k->r->jahr[k->r->n_jahr - 1].jahr);
	rc = 0;
out:
	cost_free(&r);
	kosten_free(&k);
	zeitplan_free(&z);
	assessment_free(&a);
	ws_free(&w);
	return rc;
}
