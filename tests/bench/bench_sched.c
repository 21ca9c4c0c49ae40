/* Benchmark of the time-phased scheduler (model/sched.h): 100,000 objects with 300,000
 * dependencies in ten layers (registers below, portals above), 1 % two-object cycles, 5 %
 * Retire and 3 % Retain objects, 2 % in Arbeit, 1 % migriert, 20 % contract ends, 0.2 %
 * pins within the first five years, 1,000 pilots of three members and holiday months, with
 * the monthly capacity scaled so the plan spans about ten years. Times sched_run and
 * sched_check (median of 5 runs) next to a plain topological sort of the same graph (Kahn)
 * measured in the same run, and checks the plan (no finding but reported pin violations),
 * so a fast but wrong planner fails. BENCH_1M=1 adds 1,000,000 objects / 3,000,000
 * dependencies (target < 10 s). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/sched.h"
#include "tests/bench/harness.h"

#define RUNS 5
#define LAYERS 10

struct gen {
	struct sched_input in;
	struct sched_obj_in *obj;
	struct sched_dep *dep;
	struct sched_pilot *pil;
	uint32_t *mem;
	struct sched_kap *kap;
	char *names;
};

static uint64_t rnd(uint64_t *s)
{
	uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static uint32_t below(uint64_t *s, uint32_t n)
{
	return (uint32_t)(rnd(s) % n);
}

static void gen_free(struct gen *g)
{
	free(g->obj);
	free(g->dep);
	free(g->pil);
	free(g->mem);
	free(g->kap);
	free(g->names);
}

static int gen(struct gen *g, uint32_t n, uint32_t n_dep, uint32_t n_pilot)
{
	uint64_t s = 4711;
	int32_t start = sched_monat(2027, 1);
	size_t nd = 0;
	int64_t summe = 0;
	memset(g, 0, sizeof *g);
	g->obj = calloc(n, sizeof *g->obj);
	g->dep = malloc((n_dep + n / 50 + 2) * sizeof *g->dep);
	g->pil = calloc(n_pilot, sizeof *g->pil);
	g->mem = malloc(3 * (size_t)n_pilot * sizeof *g->mem);
	g->kap = malloc(20 * sizeof *g->kap);
	g->names = malloc((size_t)n * 16);
	if (!g->obj || !g->dep || !g->pil || !g->mem || !g->kap || !g->names)
		return -1;
	for (uint32_t i = 0; i < n; i++) {
		struct sched_obj_in *o = &g->obj[i];
		char *k = g->names + (size_t)i * 16;
		snprintf(k, 16, "%c-%07u", "AFRW"[below(&s, 4)], i);
		uint32_t r = below(&s, 100);
		*o = (struct sched_obj_in){ .kennung = k, .aufwand = 10 + (int32_t)below(&s, 150),
					    .tempo = 40, .frist = SCHED_KEIN, .pin = SCHED_KEIN };
		o->klasse = r < 5 ? SK_RETIRE : r < 8 ? SK_RETAIN : SK_NORMAL;
		r = below(&s, 100);
		o->stand = r < 1 ? SST_MIGRIERT : r < 3 ? SST_IN_ARBEIT : SST_OFFEN;
		o->ist = o->stand == SST_IN_ARBEIT ? (int32_t)below(&s, 60) : 0;
		if (below(&s, 100) < 20)
			o->frist = start + (int32_t)below(&s, 120);
		if (below(&s, 1000) < 2)
			o->pin = start + (int32_t)below(&s, 60);
		o->qw = below(&s, 2) ? (int32_t)below(&s, 101) : 0;
		summe += o->klasse == SK_RETAIN ? 0 : o->aufwand;
	}
	/* layered dependencies: object i in layer L needs objects of layers below */
	uint32_t per = n / LAYERS;
	for (uint32_t e = 0; e < n_dep; e++) {
		uint32_t von = per + below(&s, n - per), lay = von / per;
		g->dep[nd++] = (struct sched_dep){ von, below(&s, lay * per) };
	}
	for (uint32_t i = per + 1; i < n; i++)
		if (below(&s, 100) == 0) { /* a two-object cycle in one layer */
			g->dep[nd++] = (struct sched_dep){ i, i - 1 };
			g->dep[nd++] = (struct sched_dep){ i - 1, i };
			i++;
		}
	for (uint32_t p = 0; p < n_pilot; p++) {
		for (int k = 0; k < 3; k++)
			g->mem[3 * p + k] = below(&s, n);
		g->pil[p] = (struct sched_pilot){ p % 3 ? SPS_GEPLANT : SPS_LAUFEND, &g->mem[3 * p],
						  3 };
	}
	/* ten Augusts at half and ten Decembers at zero capacity; ~10 years of work */
	int32_t cap = (int32_t)(summe / 110);
	size_t nk = 0;
	for (int y = 0; y < 10; y++) {
		g->kap[nk++] = (struct sched_kap){ sched_monat(2027 + y, 8), cap / 2 };
		g->kap[nk++] = (struct sched_kap){ sched_monat(2027 + y, 12), 0 };
	}
	g->in = (struct sched_input){ n, g->obj, nd, g->dep, n_pilot, g->pil, start, cap, nk,
				      g->kap };
	return 0;
}

/* The baseline: Kahn's topological sort over the layered (acyclic) edges von → zu. */
static long topo(const struct gen *g)
{
	size_t n = g->in.n_obj, m = g->in.n_dep;
	uint32_t *deg = calloc(n, sizeof *deg), *off = calloc(n + 1, sizeof *off);
	uint32_t *adj = malloc(m * sizeof *adj), *q = malloc(n * sizeof *q);
	long done = -1;
	if (!deg || !off || !adj || !q)
		goto out;
	for (size_t e = 0; e < m; e++)
		if (g->dep[e].von / (n / LAYERS) != g->dep[e].zu / (n / LAYERS)) {
			off[g->dep[e].zu + 1]++;
			deg[g->dep[e].von]++;
		}
	for (size_t i = 0; i < n; i++)
		off[i + 1] += off[i];
	for (size_t e = m; e-- > 0;)
		if (g->dep[e].von / (n / LAYERS) != g->dep[e].zu / (n / LAYERS))
			adj[--off[g->dep[e].zu + 1]] = g->dep[e].von;
	size_t h = 0, t = 0;
	for (size_t i = 0; i < n; i++)
		if (!deg[i])
			q[t++] = (uint32_t)i;
	while (h < t) {
		uint32_t v = q[h++];
		for (uint32_t k = off[v]; k < off[v + 1]; k++)
			if (--deg[adj[k]] == 0)
				q[t++] = adj[k];
	}
	done = (long)t;
out:
	free(deg);
	free(off);
	free(adj);
	free(q);
	return done;
}

static int bench(uint32_t n, uint32_t n_dep, uint32_t n_pilot, int runs, const char *target)
{
	struct gen g;
	double t_run[RUNS], t_chk[RUNS], t_topo[RUNS];
	struct sched_plan *p = NULL;
	struct sched_befund *b = NULL;
	size_t nb = 0;
	int rc = -1;
	if (gen(&g, n, n_dep, n_pilot)) {
		fprintf(stderr, "bench_sched: out of memory\n");
		goto out;
	}
	for (int k = 0; k < runs; k++) {
		double t0 = now_ms();
		if (topo(&g) != (long)n)
			goto out;
		t_topo[k] = now_ms() - t0;
		sched_free(&p);
		t0 = now_ms();
		if (sched_run(&g.in, &p))
			goto out;
		t_run[k] = now_ms() - t0;
		free(b);
		t0 = now_ms();
		if (sched_check(&g.in, p, &b, &nb))
			goto out;
		t_chk[k] = now_ms() - t0;
	}
	for (size_t k = 0; k < nb; k++)
		if (b[k].art != SC_PIN_REIHENFOLGE && b[k].art != SC_PIN_VERSCHOBEN) {
			fprintf(stderr, "bench_sched: the checker found a violation (kind %d)\n",
				b[k].art);
			goto out;
		}
	size_t planned = 0;
	int32_t last = p->start;
	for (size_t i = 0; i < p->n_obj; i++)
		if (p->obj[i].grund == SG_GEPLANT) {
			planned++;
			if (p->obj[i].ende > last)
				last = p->obj[i].ende;
		}
	double mt = median(t_topo, runs), mr = median(t_run, runs), mc = median(t_chk, runs);
	char fig[64];
	snprintf(fig, sizeof fig, "Zeitplan: sched_run (%u Abh.)", (unsigned)g.in.n_dep);
	bench_row((int)n, fig, mr, "topological sort", mt, target);
	snprintf(fig, sizeof fig, "Zeitplan: sched_check (%u Abh.)", (unsigned)g.in.n_dep);
	bench_row((int)n, fig, mc, "sched_run", mr, target);
	printf("sched %u obj: %zu planned, %d months (%.1f years), %zu allocations, %zu groups, "
	       "%zu pin violations, capacity %d half-PT a month\n",
	       n, planned, last - p->start + 1, (last - p->start + 1) / 12.0, p->n_alloc,
	       p->n_gruppe, p->n_verstoss, g.in.kap_standard);
	rc = 0;
out:
	free(b);
	sched_free(&p);
	gen_free(&g);
	return rc;
}

int main(void)
{
	if (bench(100000, 300000, 1000, RUNS, "< 1 s, < 300 MB"))
		return 1;
	const char *big = getenv("BENCH_1M");
	if (big && strcmp(big, "1") == 0 && bench(1000000, 3000000, 10000, 1, "< 10 s"))
		return 1;
	return 0;
}
