/* Benchmark of the assessment engine: full rescoring of 100,000 objects × 6 platforms
 * (assess_run) on the realistic generated workspace, median of 5 runs, next to a
 * memory-bound baseline measured in the same run (one pass reading every object, criterion
 * value and dependency edge). Prints one row in the format of tools/bench.sh. */
#include <stdio.h>
#include <stdlib.h>

#include "model/assess.h"
#include "tests/bench/gen.h"
#include "tests/bench/harness.h"

#define N_OBJ 100000
#define N_PF 6
#define RUNS 5

/* The lower bound: touch what assess_run must read, once. */
static unsigned long baseline_pass(const struct ws *w)
{
	unsigned long sum = 0;
	for (size_t i = 0; i < w->n_obj; i++) {
		const struct objekt *o = &w->obj[i];
		sum += o->sb[0] + o->sb[1] + o->sb[2] + o->personenbezug + o->vs_nfd + o->betrieb +
		       o->lebenszyklus + o->dvc_angebot + (unsigned long)o->fallzahl;
		const uint8_t *cv = w->crit + i * w->n_dvc;
		for (size_t k = 0; k < w->n_dvc; k++)
			sum += cv[k];
		for (uint32_t e = w->out_off[i]; e < w->out_off[i + 1]; e++)
			sum += w->obj[w->out_adj[e]].sb[0];
		for (uint32_t e = w->in_off[i]; e < w->in_off[i + 1]; e++)
			sum += w->obj[w->in_adj[e]].sb[1];
	}
	return sum;
}

int main(void)
{
	struct ws *w = gen_workspace_real(N_OBJ, N_PF, 42);
	if (!w) {
		fprintf(stderr, "bench_assess: out of memory\n");
		return 1;
	}
	double t_run[RUNS], t_base[RUNS];
	volatile unsigned long sink = 0;
	size_t elig = 0;
	for (int r = 0; r < RUNS; r++) {
		double t0 = now_ms();
		sink += baseline_pass(w);
		t_base[r] = now_ms() - t0;

		struct assessment *a = NULL;
		t0 = now_ms();
		if (assess_run(w, &a)) {
			fprintf(stderr, "bench_assess: assess_run failed\n");
			ws_free(&w);
			return 1;
		}
		t_run[r] = now_ms() - t0;
		elig = 0;
		for (size_t i = 0; i < a->n_obj; i++)
			elig += a->obj[i].qw_eligible;
		assessment_free(&a);
	}
	(void)sink;
	double m = median(t_run, RUNS), b = median(t_base, RUNS);
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	/* the row format of tools/bench.sh; the details on stderr */
	printf("ROW|full rescoring (assess_run, %d platforms)|%d|%.4f|one read pass|%.4f|%.1f|< 0.3 s\n",
	       N_PF, N_OBJ, m / 1e3, b / 1e3, (double)ru.ru_maxrss / 1024.0);
	fprintf(stderr, "bench_assess: %d obj × %d pf, %zu deps: median %.1f ms, baseline %.2f ms, "
		"%zu quick-win eligible\n", N_OBJ, N_PF, w->n_dep, m, b, elig);
	ws_free(&w);
	return 0;
}
