/* Benchmark of the cost engine (model/cost.h): costs per Haushaltsjahr for 100,000 planned
 * objects over ten years — about 1.5 million object-months of PT, operating costs today and
 * on six platforms, Einmalkosten, 20 % without cost data — median of 5 runs of cost_run,
 * next to a memory-bound baseline in the same run (one pass summing the PT of every
 * allocation into its year and reading every object's amounts). Checks the totals, so a
 * fast but wrong run fails. Prints one ROW line for tools/bench.sh. */
#include <stdio.h>
#include <stdlib.h>

#include "model/cost.h"
#include "tests/bench/harness.h"

#define N_OBJ 100000
#define N_PF 6
#define JAHRE 10
#define RUNS 5
#define START (2027 * 12) /* 01.2027 */

static uint64_t rng = 42;
static uint32_t zufall(uint32_t n)
{
	rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
	return (uint32_t)((rng >> 33) % n);
}

/* Euro amount in cents up to max euros, or none in percent_none of the cases. */
static int64_t betrag(uint32_t max, uint32_t percent_none)
{
	return zufall(100) < percent_none ? COST_KEIN : (int64_t)zufall(max) * 100 + zufall(100);
}

/* The lower bound: read every allocation and every object's amounts once. */
static int64_t baseline_pass(const struct cost_input *in, int64_t *jahr_pt)
{
	int64_t sum = 0;
	for (int y = 0; y < JAHRE; y++)
		jahr_pt[y] = 0;
	for (size_t a = 0; a < in->n_alloc; a++)
		jahr_pt[in->alloc[a].monat / 12 - START / 12] += in->alloc[a].pt;
	for (size_t i = 0; i < in->n_obj; i++) {
		const struct cost_obj_in *o = &in->obj[i];
		sum += (o->heute != COST_KEIN ? o->heute : 0) + (o->ziel != COST_KEIN ? o->ziel : 0) +
		       (o->einmal != COST_KEIN ? o->einmal : 0) + o->ende;
	}
	return sum;
}

int main(void)
{
	struct cost_platform pf[N_PF] = { { "DVC-OEFF", 8000 }, { "LAND", 9000 },
					   { "PRIVAT", 11000 }, { "SOUV", 12500 },
					   { "HYPER", 7000 }, { "NEU", COST_FAKTOR_STD } };
	struct cost_obj_in *obj = calloc(N_OBJ, sizeof *obj);
	size_t cap = (size_t)N_OBJ * 24, na = 0;
	struct cost_alloc *al = malloc(cap * sizeof *al);
	int rc = 1;
	if (!obj || !al) {
		fprintf(stderr, "bench_cost: out of memory\n");
		goto out;
	}
	for (size_t i = 0; i < N_OBJ; i++) {
		int32_t aufwand = 10 + (int32_t)zufall(391);   /* 5 … 200 PT */
		int32_t tempo = 2 + (int32_t)zufall(39);       /* 1 … 20 PT per month, */
		if (tempo < (aufwand + 23) / 24)               /* done within two years */
			tempo = (aufwand + 23) / 24;
		int32_t monate = (aufwand + tempo - 1) / tempo;
		int32_t beginn = START + (int32_t)zufall((uint32_t)(JAHRE * 12 - monate + 1));
		int32_t rest = aufwand, m = beginn;
		while (rest > 0) {
			int32_t pt = rest < tempo ? rest : tempo;
			al[na++] = (struct cost_alloc){ (uint32_t)i, m++, pt };
			rest -= pt;
		}
		obj[i] = (struct cost_obj_in){
			.kennung = "X", .geplant = 1, .klasse = zufall(20) ? CK_NORMAL : CK_RETIRE,
			.stand = zufall(10) ? CS_OFFEN : CS_IN_ARBEIT, .beginn = beginn, .ende = m - 1,
			.inbetriebnahme = COST_MONAT_KEIN, .aufwand = aufwand,
			.heute = betrag(200000, 20), .ziel = betrag(150000, 70),
			.einmal = betrag(50000, 60),
			.plattform = zufall(10) ? zufall(N_PF) : COST_PF_KEIN,
		};
	}
	struct cost_input in = { .s = { COST_SATZ_INTERN_STD, COST_SATZ_EXTERN_STD,
					COST_ANTEIL_STD },
				 .n_pf = N_PF, .pf = pf, .n_obj = N_OBJ, .obj = obj, .n_alloc = na,
				 .alloc = al, .start = START };

	double t_run[RUNS], t_base[RUNS];
	int64_t jahr_pt[JAHRE];
	volatile int64_t sink = 0;
	struct cost_result *r = NULL;
	for (int k = 0; k < RUNS; k++) {
		double t0 = now_ms();
		sink += baseline_pass(&in, jahr_pt);
		t_base[k] = now_ms() - t0;
		cost_free(&r);
		t0 = now_ms();
		if (cost_run(&in, &r)) {
			fprintf(stderr, "bench_cost: cost_run failed\n");
			goto out;
		}
		t_run[k] = now_ms() - t0;
	}
	/* the result must be right: PT cost per year = PT × 850 € exactly (T is whole cents
	 * per half PT here), and every Migration sums to the objects' */
	int64_t mig = 0, einmal = 0;
	for (size_t i = 0; i < N_OBJ; i++)
		einmal += obj[i].einmal != COST_KEIN ? obj[i].einmal : 0;
	for (size_t y = 0; y < r->n_jahr; y++)
		mig += r->jahr[y].migration;
	for (int y = 0; y < JAHRE; y++) {
		int64_t e = 0;
		for (size_t i = 0; i < N_OBJ; i++)
			if (obj[i].beginn / 12 - START / 12 == y && obj[i].einmal != COST_KEIN)
				e += obj[i].einmal;
		if (r->jahr[y].migration - e != jahr_pt[y] * 42500) {
			fprintf(stderr, "bench_cost: Migration %d is wrong\n", r->jahr[y].jahr);
			goto out;
		}
	}
	if (mig != r->migration || r->n_jahr < JAHRE + 1 || r->n_ohne == 0) {
		fprintf(stderr, "bench_cost: totals do not add up\n");
		goto out;
	}
	printf("ROW|costs per Haushaltsjahr (cost_run)|%d|%.4f|one read pass|%.4f|%.1f|< 0.2 s\n",
	       N_OBJ, median(t_run, RUNS) / 1000, median(t_base, RUNS) / 1000, peak_mb());
	printf("bench_cost: %zu object-months over %d years, %zu table rows\n", na, JAHRE,
	       r->n_jahr);
	rc = 0;
out:
	cost_free(&r);
	free(obj);
	free(al);
	return rc;
}
