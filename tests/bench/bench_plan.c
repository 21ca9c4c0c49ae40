/* Benchmark of the roadmap planner: 100,000 objects with ~300,000 dependencies, plus 20 % deadlines within ten years, 0.2 % pins to
 * waves 1..40, 1,000 pilots of three pilot candidates each and a few per-wave capacities. Times plan_run and plan_check (median of 5 runs)
 * next to two baselines measured in the same run: a plain topological sort of the same
 * graph (Kahn) and assess_run. Prints one table row per case: the generator's graph with
 * its back edges replaced by 1,000 two-object cycles (realistic), at a Land-wide and at the
 * default capacity, and the generator's graph as it is (its back edges chain ~73 % of the
 * objects into one cycle: one indivisible oversized group, the worst case). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/assess.h"
#include "model/date.h"
#include "model/plan.h"
#include "tests/bench/gen.h"
#include "tests/bench/harness.h"

#define N_OBJ 100000
#define N_PF 6
#define RUNS 5
#define N_PILOT 1000

/* The baseline: Kahn's topological sort (in-degrees, queue) over the acyclic part of the
 * graph, the generator's downward edges (von > zu), so that every object gets ordered.
 * Returns how many objects it ordered, or -1. */
static long topo_sort(const struct ws *w)
{
	size_t n = w->n_obj;
	uint32_t *deg = calloc(n, sizeof *deg), *q = malloc(n * sizeof *q);
	long done = -1;
	if (!deg || !q)
		goto out;
	for (size_t i = 0; i < n; i++)
		for (uint32_t e = w->out_off[i]; e < w->out_off[i + 1]; e++)
			deg[i] += w->out_adj[e] < i;
	size_t h = 0, t = 0;
	for (size_t i = 0; i < n; i++)
		if (!deg[i])
			q[t++] = (uint32_t)i;
	while (h < t) {
		uint32_t v = q[h++];
		for (uint32_t e = w->in_off[v]; e < w->in_off[v + 1]; e++)
			if (w->in_adj[e] > v && --deg[w->in_adj[e]] == 0)
				q[t++] = w->in_adj[e];
	}
	done = (long)t;
out:
	free(deg);
	free(q);
	return done;
}

/* Deadlines, pins, pilots and per-wave capacities on top of the generated workspace. */
static int decorate(struct ws *w, const struct assessment *a)
{
	struct gen_rng r;
	gen_seed(&r, 4711);
	int32_t base = date_from_ymd(2027, 1, 1);
	for (size_t i = 0; i < w->n_obj; i++) {
		if (gen_below(&r, 100) < 20)
			w->obj[i].vertragsende = base + (int32_t)gen_below(&r, 3650);
		if (gen_below(&r, 1000) < 2)
			w->obj[i].welle_pin = 1 + (int32_t)gen_below(&r, 40);
	}
	uint32_t *cand = malloc(w->n_obj * sizeof *cand);
	size_t nc = 0;
	if (!cand)
		return -1;
	for (size_t i = 0; i < w->n_obj; i++)
		if (a->obj[i].pilot_kandidat)
			cand[nc++] = (uint32_t)i;
	w->pilot = calloc(N_PILOT, sizeof *w->pilot);
	if (!w->pilot || nc == 0) {
		free(cand);
		return -1;
	}
	w->n_pilot = N_PILOT;
	for (size_t p = 0; p < N_PILOT; p++) {
		struct pilot *pi = &w->pilot[p];
		pi->name = pi->ziel = pi->ozg = "";
		pi->members = malloc(3 * sizeof *pi->members);
		if (!pi->members) {
			free(cand);
			return -1;
		}
		pi->n_members = 3;
		for (int k = 0; k < 3; k++)
			pi->members[k] = cand[gen_below(&r, (uint32_t)nc)];
	}
	free(cand);
	w->welle = calloc(4, sizeof *w->welle);
	if (!w->welle)
		return -1;
	w->n_welle = 4;
	for (int k = 0; k < 4; k++)
		w->welle[k] = (struct welle){ 3 + 4 * k, 0, 0, k % 2 ? 0 : 500 };
	return 0;
}

/* Replaces the generator's back edges ("Rückkanal") by two-object cycles: for 1 % of the
 * objects i, i benötigt i−1 and i−1 benötigt i. All other edges point to smaller indexes,
 * so no other path leads from i to i−1 and the cycles stay small. */
static int small_cycles(struct ws *w)
{
	size_t m = 0;
	for (size_t e = 0; e < w->n_dep; e++)
		if (strcmp(w->dep[e].label, "Rückkanal") != 0)
			w->dep[m++] = w->dep[e];
	w->n_dep = m;
	struct gen_rng r;
	gen_seed(&r, 99);
	for (uint32_t i = 1; i < w->n_obj; i++) {
		if (gen_below(&r, 100) != 0)
			continue;
		if (ws_add_dep(w, i, i - 1, "") == WP_NONE ||
		    ws_add_dep(w, i - 1, i, "Rückkanal") == WP_NONE)
			return -1;
	}
	return ws_index(w);
}

static int bench(const struct ws *w, const struct assessment *a, double cap, const char *what)
{
	double t_plan[RUNS], t_check[RUNS], t_topo[RUNS], t_assess[RUNS];
	size_t n_viol = 0, n_welle = 0, planned = 0, kinds[PV__N] = { 0 };
	long topo = 0;
	struct plan_params pp = { 2027, 1, 3, cap };
	for (int k = 0; k < RUNS; k++) {
		double t0 = now_ms();
		topo = topo_sort(w);
		t_topo[k] = now_ms() - t0;

		struct assessment *a2 = NULL;
		t0 = now_ms();
		if (assess_run(w, &a2))
			return -1;
		t_assess[k] = now_ms() - t0;
		assessment_free(&a2);

		struct plan *p = NULL;
		t0 = now_ms();
		if (plan_run(w, a, &pp, &p))
			return -1;
		t_plan[k] = now_ms() - t0;

		struct plan_verstoss *v = NULL;
		t0 = now_ms();
		if (plan_check(w, a, p, &v, &n_viol)) {
			plan_free(&p);
			return -1;
		}
		t_check[k] = now_ms() - t0;
		memset(kinds, 0, sizeof kinds);
		for (size_t j = 0; j < n_viol; j++)
			kinds[v[j].art]++;
		free(v);
		n_welle = p->n_welle;
		planned = 0;
		for (size_t i = 0; i < p->n_obj; i++)
			planned += p->obj[i].welle != 0;
		plan_free(&p);
	}
	if (topo != (long)w->n_obj)
		return -1;
	double mp = median(t_plan, RUNS), mc = median(t_check, RUNS);
	double mt = median(t_topo, RUNS), ma = median(t_assess, RUNS);
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	printf("| plan_run | %s | %zu obj, %zu deps, %zu pilots, cap %.0f PT | median %.1f ms | "
	       "plan_check %.1f ms | topo sort %.1f ms (ratio %.1f×) | assess_run %.1f ms "
	       "(ratio %.2f×) | %zu planned in %zu waves | findings: %zu Frist, %zu Pin-Abhängigkeit,"
	       " %zu Kapazität, %zu Zyklus/Pilot getrennt, %zu other | peak RSS %.1f MB |\n",
	       what, w->n_obj, w->n_dep, w->n_pilot, cap, mp, mc, mt, mt > 0 ? mp / mt : 0.0, ma,
	       ma > 0 ? mp / ma : 0.0, planned, n_welle, kinds[PV_FRIST], kinds[PV_ABHAENGIGKEIT],
	       kinds[PV_KAPAZITAET], kinds[PV_ZYKLUS] + kinds[PV_PILOT],
	       n_viol - kinds[PV_FRIST] - kinds[PV_ABHAENGIGKEIT] - kinds[PV_KAPAZITAET] -
		       kinds[PV_ZYKLUS] - kinds[PV_PILOT],
	       (double)ru.ru_maxrss / 1024.0);
	return 0;
}

int main(void)
{
	struct assessment *a = NULL;
	struct ws *w = gen_workspace(N_OBJ, N_PF, 42), *g = gen_workspace(N_OBJ, N_PF, 42);
	int rc = 1;
	if (!w || !g || small_cycles(w) || assess_run(w, &a) || decorate(w, a)) {
		fprintf(stderr, "bench_plan: out of memory\n");
		goto out;
	}
	if (bench(w, a, 20000, "small cycles") || bench(w, a, 120, "small cycles")) {
		fprintf(stderr, "bench_plan: planning failed\n");
		goto out;
	}
	assessment_free(&a);
	if (assess_run(g, &a) || decorate(g, a) || bench(g, a, 20000, "one giant cycle")) {
		fprintf(stderr, "bench_plan: planning failed\n");
		goto out;
	}
	rc = 0;
out:
	assessment_free(&a);
	ws_free(&w);
	ws_free(&g);
	return rc;
}
