/* Benchmark of the Zeitplan through the path of `wolkenplan plan` and the exports: for
 * 100,000 generated objects (~300,000 dependencies, contract ends; its 500 pilots as ideas,
 * which bind nothing: binding them on this dense random graph merges most of it into one
 * group), with the monthly capacity the total effort over 120 months, how long scheduling
 * (zeitplan_run),
 * storing the plan (one transaction: one result per object, the PT per object and month),
 * loading it back, checking the ten invariants (sched_check) and writing the Roadmap and
 * Zeitplan CSV take. The generator's long dependency chains leave most objects after one
 * that finds no room within 50 years ("Vorgänger nicht geplant"; the layered graph of
 * bench_sched spans ten years). Prints one line per step (median of 3 runs) and checks the
 * loaded plan equals the saved one and has no finding, so a fast but wrong store fails. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "data/csvwrite.h"
#include "data/export_zeitplan.h"
#include "data/store.h"
#include "data/store_plan.h"
#include "model/assess.h"
#include "model/monat.h"
#include "model/zeitplan.h"
#include "tests/bench/gen.h"
#include "tests/bench/harness.h"

#define N_OBJ 100000
#define RUNS 3

/* 1 if a and b hold the same result per object and the same PT per object and month. */
static int same_plan(const struct zeitplan *a, const struct zeitplan *b)
{
	const struct sched_plan *p = a->plan, *q = b->plan;
	if (p->n_obj != q->n_obj || p->n_alloc != q->n_alloc)
		return 0;
	for (size_t o = 0; o < p->n_obj; o++)
		if (p->obj[o].grund != q->obj[o].grund || p->obj[o].beginn != q->obj[o].beginn ||
		    p->obj[o].ende != q->obj[o].ende || p->obj[o].rest != q->obj[o].rest)
			return 0;
	for (size_t k = 0; k < p->n_alloc; k++)
		if (p->alloc[k].obj != q->alloc[k].obj || p->alloc[k].monat != q->alloc[k].monat ||
		    p->alloc[k].pt != q->alloc[k].pt)
			return 0;
	return 1;
}

static int export_to_null(const struct ws *w, const struct assessment *a,
			  const struct zeitplan *z, int roadmap, struct wp_err *e)
{
	struct csvout *o = NULL;
	if (csvout_open("/dev/null", DIALECT_EXCEL_DE, &o, e))
		return -1;
	int xr = roadmap ? export_roadmap(w, a, z, o) : export_zeitplan(w, z, o);
	return csvout_close(&o, 0, e) || xr ? -1 : 0;
}

int main(void)
{
	char dir[] = "/tmp/wp-bench-plan-XXXXXX", path[64];
	struct wp_err e = { 0 };
	struct store *s = NULL;
	struct ws *w = NULL, *g = NULL;
	struct assessment *a = NULL;
	struct zeitplan *z = NULL;
	int rc = 1;
	double t_run[RUNS], t_save[RUNS], t_load[RUNS], t_check[RUNS], t_rm[RUNS], t_zp[RUNS];
	if (!mkdtemp(dir))
		return 1;
	snprintf(path, sizeof path, "%s/ws.db", dir);
	g = gen_workspace_real(N_OBJ, 6, 42);
	for (size_t i = 0; g && i < g->n_pilot; i++)
		g->pilot[i].status = PS_IDEE;
	if (!g || store_open(path, STORE_CREATE, &s, &e) || store_begin(s, &e) ||
	    store_save_all(s, g, &e) || store_commit(s, &e) || store_load(s, &w, &e) ||
	    assess_run(w, &a)) {
		fprintf(stderr, "bench_plan_store: setup failed: %s\n", e.msg);
		goto out;
	}
	/* capacity for about ten years: the total effort over 120 months */
	double total = 0;
	for (size_t o = 0; o < w->n_obj; o++)
		if (a->obj[o].strategie != STRAT_RETAIN)
			total += a->obj[o].aufwand;
	struct zeitplan_params prm = { .start = monat_von(2027, 1), .tempo = 40,
				       .wellen_laenge = 3 };
	prm.kapazitaet = (int32_t)(total / 120 * 2) + 2;
	size_t nf = 0;
	for (int r = 0; r < RUNS; r++) {
		zeitplan_free(&z);
		double t0 = now_ms();
		if (zeitplan_run(w, a, &prm, &z))
			goto out;
		double t1 = now_ms();
		if (store_begin(s, &e) || store_save_zeitplan(s, w, z, &e) || store_commit(s, &e))
			goto fail;
		double t2 = now_ms();
		struct zeitplan *q = NULL;
		if (store_load_zeitplan(s, w, a, &q, &e))
			goto fail;
		double t3 = now_ms();
		struct sched_befund *f = NULL;
		int cr = sched_check(&q->in, q->plan, &f, &nf);
		free(f);
		double t4 = now_ms();
		int same = !cr && same_plan(z, q);
		zeitplan_free(&q);
		if (!same || nf) {
			fprintf(stderr, "bench_plan_store: loaded plan differs or breaks %zu rules\n", nf);
			goto out;
		}
		if (export_to_null(w, a, z, 1, &e))
			goto fail;
		double t5 = now_ms();
		if (export_to_null(w, a, z, 0, &e))
			goto fail;
		double t6 = now_ms();
		t_run[r] = t1 - t0;
		t_save[r] = t2 - t1;
		t_load[r] = t3 - t2;
		t_check[r] = t4 - t3;
		t_rm[r] = t5 - t4;
		t_zp[r] = t6 - t5;
	}
	size_t planned = 0;
	for (size_t o = 0; o < z->plan->n_obj; o++)
		planned += z->plan->obj[o].grund == SG_GEPLANT;
	char m[16];
	printf("bench_plan_store: %zu objects, %zu dependencies, %zu pilots, %zu planned, "
	       "%zu allocations, %.1f PT a month, last go-live %s (median of %d)\n",
	       w->n_obj, w->n_dep, w->n_pilot, planned, z->plan->n_alloc, prm.kapazitaet / 2.0,
	       monat_format(zeitplan_letzter_monat(z), 0, m, sizeof m), RUNS);
	printf("  zeitplan_run                %8.1f ms\n", median(t_run, RUNS));
	printf("  store_save_zeitplan+commit  %8.1f ms\n", median(t_save, RUNS));
	printf("  store_load_zeitplan         %8.1f ms\n", median(t_load, RUNS));
	printf("  sched_check (10 rules)      %8.1f ms\n", median(t_check, RUNS));
	printf("  export_roadmap (excel-de)   %8.1f ms\n", median(t_rm, RUNS));
	printf("  export_zeitplan (excel-de)  %8.1f ms\n", median(t_zp, RUNS));
	rc = 0;
	goto out;
fail:
	fprintf(stderr, "bench_plan_store: %s\n", e.msg);
	store_rollback(s);
out:
	zeitplan_free(&z);
	assessment_free(&a);
	ws_free(&w);
	ws_free(&g);
	store_close(&s);
	bench_unlink_db(path);
	rmdir(dir);
	return rc;
}
