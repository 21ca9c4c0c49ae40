/* Benchmark of the stored roadmap: for 100,000 generated objects (~300,000 dependencies,
 * pilots, pins), how long storing a plan (one transaction, one entry per object), loading
 * it back and writing the Roadmap CSV take, next to plan_run itself as the yardstick.
 * Prints one line per step (median of 3 runs) and checks the loaded plan equals the saved
 * one, so a fast but wrong store fails the benchmark. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "data/csvwrite.h"
#include "data/export_plan.h"
#include "data/store.h"
#include "data/store_plan.h"
#include "model/assess.h"
#include "model/plan.h"
#include "tests/bench/gen.h"
#include "tests/bench/harness.h"

#define N_OBJ 100000
#define RUNS 3

int main(void)
{
	char dir[] = "/tmp/wp-bench-plan-XXXXXX", path[64], wal[80];
	struct wp_err e = { 0 };
	struct store *s = NULL;
	struct ws *w = NULL, *g = NULL;
	struct assessment *a = NULL;
	struct plan *p = NULL;
	int rc = 1;
	double t_run[RUNS], t_save[RUNS], t_load[RUNS], t_csv[RUNS];
	if (!mkdtemp(dir))
		return 1;
	snprintf(path, sizeof path, "%s/ws.db", dir);
	g = gen_workspace_real(N_OBJ, 6, 42);
	if (!g || store_open(path, STORE_CREATE, &s, &e) || store_begin(s, &e) ||
	    store_save_all(s, g, &e) || store_commit(s, &e) || store_load(s, &w, &e) ||
	    assess_run(w, &a)) {
		fprintf(stderr, "bench_plan_store: setup failed: %s\n", e.msg);
		goto out;
	}
	struct plan_params prm = { .start_jahr = 2027, .start_quartal = 1, .wellen_laenge = 3,
				   .kapazitaet = 2000 };
	for (int r = 0; r < RUNS; r++) {
		plan_free(&p);
		double t0 = now_ms();
		if (plan_run(w, a, &prm, &p))
			goto out;
		double t1 = now_ms();
		if (store_begin(s, &e) || store_save_plan(s, w, a, p, &e) || store_commit(s, &e))
			goto fail;
		double t2 = now_ms();
		struct plan *q = NULL;
		if (store_load_plan(s, w, a, &q, &e))
			goto fail;
		double t3 = now_ms();
		int same = q->n_welle == p->n_welle;
		for (size_t o = 0; same && o < p->n_obj; o++)
			same = q->obj[o].welle == p->obj[o].welle && q->obj[o].flags == p->obj[o].flags;
		plan_free(&q);
		if (!same) {
			fprintf(stderr, "bench_plan_store: loaded plan differs from the saved one\n");
			goto out;
		}
		struct csvout *o = NULL;
		if (csvout_open("/dev/null", DIALECT_EXCEL_DE, &o, &e))
			goto fail;
		int xr = export_roadmap(w, a, p, o);
		if (csvout_close(&o, 0, &e) || xr)
			goto fail;
		double t4 = now_ms();
		t_run[r] = t1 - t0;
		t_save[r] = t2 - t1;
		t_load[r] = t3 - t2;
		t_csv[r] = t4 - t3;
	}
	size_t planned = 0;
	for (size_t o = 0; o < p->n_obj; o++)
		planned += p->obj[o].welle != 0;
	printf("bench_plan_store: %zu objects, %zu dependencies, %zu pilots, %zu planned in %zu "
	       "waves (median of %d)\n", w->n_obj, w->n_dep, w->n_pilot, planned, p->n_welle, RUNS);
	printf("  plan_run (yardstick)        %8.1f ms\n", median(t_run, RUNS));
	printf("  store_save_plan + commit    %8.1f ms\n", median(t_save, RUNS));
	printf("  store_load_plan             %8.1f ms\n", median(t_load, RUNS));
	printf("  export_roadmap (excel-de)   %8.1f ms\n", median(t_csv, RUNS));
	rc = 0;
	goto out;
fail:
	fprintf(stderr, "bench_plan_store: %s\n", e.msg);
	store_rollback(s);
out:
	plan_free(&p);
	assessment_free(&a);
	ws_free(&w);
	ws_free(&g);
	store_close(&s);
	unlink(path);
	snprintf(wal, sizeof wal, "%s-wal", path);
	unlink(wal);
	snprintf(wal, sizeof wal, "%s-shm", path);
	unlink(wal);
	rmdir(dir);
	return rc;
}
