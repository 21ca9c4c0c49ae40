/* Tests of the time-phased scheduler and its checker (model/sched.h, docs/zeitplan.md): one
 * hand-made case per invariant and per tie-break of the priority key, the Retire flip,
 * group merging, pins, calendar exceptions, progress, rule 9, the checker against
 * hand-broken plans, the texts, and a property test over random graphs. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/err.h"
#include "model/sched.h"

/* ---- A small input builder ---- */

#define MAXO 64
struct tb {
	struct sched_obj_in obj[MAXO];
	struct sched_dep dep[512];
	struct sched_pilot pil[8];
	uint32_t mem[8][MAXO];
	struct sched_kap kap[64];
	char name[MAXO][16];
	struct sched_input in;
	struct sched_plan *p;
};

#define S0 sched_monat(2027, 1)

/* Capacity cap PT a month (in PT, so 40 = 80 half-PT), start 01.2027. */
static struct tb *tb_new(int cap_pt)
{
	struct tb *t = calloc(1, sizeof *t);
	assert_non_null(t);
	t->in.obj = t->obj;
	t->in.dep = t->dep;
	t->in.pilot = t->pil;
	t->in.kap = t->kap;
	t->in.start = S0;
	t->in.kap_standard = 2 * cap_pt;
	return t;
}

/* An object of aufwand PT at pace tempo PT a month (whole PT). */
static uint32_t ob(struct tb *t, const char *k, int aufwand, int tempo)
{
	uint32_t i = (uint32_t)t->in.n_obj++;
	assert_true(i < MAXO);
	snprintf(t->name[i], sizeof t->name[i], "%s", k);
	t->obj[i] = (struct sched_obj_in){ .kennung = t->name[i], .aufwand = 2 * aufwand,
					   .tempo = 2 * tempo, .frist = SCHED_KEIN,
					   .pin = SCHED_KEIN };
	return i;
}

/* von benötigt zu */
static void dep(struct tb *t, uint32_t von, uint32_t zu)
{
	t->dep[t->in.n_dep++] = (struct sched_dep){ von, zu };
}

static void pilot(struct tb *t, uint8_t status, const uint32_t *m, size_t n)
{
	size_t p = t->in.n_pilot++;
	memcpy(t->mem[p], m, n * sizeof *m);
	t->pil[p] = (struct sched_pilot){ status, t->mem[p], n };
}

static void kap(struct tb *t, int32_t monat, int pt)
{
	t->kap[t->in.n_kap++] = (struct sched_kap){ monat, 2 * pt };
}

static void print_befunde(const struct tb *t, const struct sched_befund *b, size_t n)
{
	char buf[512];
	for (size_t k = 0; k < n; k++) {
		sched_befund_text(&t->in, &b[k], buf, sizeof buf);
		print_error("  finding: %s\n", buf);
	}
}

/* Runs the scheduler; asserts the checker finds nothing but reported pin violations. */
static void run(struct tb *t)
{
	struct sched_befund *b = NULL;
	size_t n = 0;
	assert_int_equal(sched_run(&t->in, &t->p), 0);
	assert_non_null(t->p);
	assert_int_equal(sched_check(&t->in, t->p, &b, &n), 0);
	for (size_t k = 0; k < n; k++)
		if (b[k].art != SC_PIN_REIHENFOLGE && b[k].art != SC_PIN_VERSCHOBEN) {
			print_befunde(t, b, n);
			fail();
		}
	free(b);
}

static void tb_free(struct tb *t)
{
	sched_free(&t->p);
	assert_null(t->p);
	free(t);
}

/* PT (in half-PT) of object i in month m. */
static int32_t pt_in(const struct tb *t, uint32_t i, int32_t m)
{
	const struct sched_obj_out *o = &t->p->obj[i];
	for (uint32_t k = o->alloc_off; k < o->alloc_off + o->alloc_n; k++)
		if (t->p->alloc[k].monat == m)
			return t->p->alloc[k].pt;
	return 0;
}

static int32_t load(const struct tb *t, int32_t m)
{
	for (size_t k = 0; k < t->p->n_last; k++)
		if (t->p->last[k].monat == m)
			return t->p->last[k].belegt;
	return 0;
}

/* The checker's findings on t->p (which the test may have edited). */
static size_t befunde(struct tb *t, struct sched_befund **b)
{
	size_t n = 0;
	assert_int_equal(sched_check(&t->in, t->p, b, &n), 0);
	return n;
}

static int hat(const struct sched_befund *b, size_t n, uint8_t art, uint32_t obj)
{
	for (size_t k = 0; k < n; k++)
		if (b[k].art == art && (obj == SCHED_NONE || b[k].obj == obj))
			return 1;
	return 0;
}

#define M(k) (S0 + (k)) /* the k-th month after the start */

/* ---- One case per invariant ---- */

static void test_inv1_dependencies_first(void **state)
{
	(void)state;
	struct tb *t = tb_new(40);
	uint32_t a = ob(t, "A", 10, 20), b = ob(t, "B", 10, 20);
	dep(t, a, b);
	run(t);
	assert_int_equal(t->p->obj[b].beginn, M(0));
	assert_int_equal(t->p->obj[b].ende, M(0));
	assert_int_equal(t->p->obj[a].beginn, M(1));
	assert_int_equal(t->p->obj[a].warum.basis, SB_VORGAENGER);
	assert_int_equal(t->p->obj[a].warum.obj, b);
	assert_int_equal(t->p->obj[a].warum.obj_ende, M(0));
	assert_int_equal(t->p->obj[b].warum.basis, SB_START);
	tb_free(t);
}

static void test_inv2_capacity(void **state)
{
	(void)state;
	struct tb *t = tb_new(40);
	uint32_t a = ob(t, "A", 30, 20), b = ob(t, "B", 30, 20), c = ob(t, "C", 30, 20);
	run(t);
	for (size_t k = 0; k < t->p->n_last; k++)
		assert_true(t->p->last[k].belegt <= t->p->last[k].kap);
	/* A and B take the first month's 40 PT; C waits for room */
	assert_int_equal(pt_in(t, a, M(0)), 40);
	assert_int_equal(pt_in(t, b, M(0)), 40);
	assert_int_equal(t->p->obj[c].beginn, M(1));
	assert_int_equal(t->p->obj[c].warum.voll_bis, M(0));
	assert_int_equal(load(t, M(0)), 80);
	tb_free(t);
}

static void test_inv3_pace_and_total(void **state)
{
	(void)state;
	struct tb *t = tb_new(40);
	uint32_t a = ob(t, "A", 45, 20);
	t->obj[a].aufwand = 91; /* 45.5 PT */
	run(t);
	assert_int_equal(pt_in(t, a, M(0)), 40);
	assert_int_equal(pt_in(t, a, M(1)), 40);
	assert_int_equal(pt_in(t, a, M(2)), 11);
	assert_int_equal(t->p->obj[a].alloc_n, 3);
	assert_int_equal(t->p->obj[a].ende, M(2));
	tb_free(t);
}

static void test_inv4_groups(void **state)
{
	(void)state;
	struct tb *t = tb_new(40);
	uint32_t a = ob(t, "A", 10, 5), b = ob(t, "B", 30, 20), c = ob(t, "C", 5, 5);
	dep(t, a, b);
	dep(t, b, a);
	dep(t, c, a);
	run(t);
	const struct sched_obj_out *oa = &t->p->obj[a], *ob_ = &t->p->obj[b];
	assert_int_not_equal(oa->gruppe, SCHED_NONE);
	assert_int_equal(oa->gruppe, ob_->gruppe);
	assert_int_equal(oa->gruppe_art, SGA_ZYKLUS);
	assert_int_equal(oa->beginn, ob_->beginn);
	assert_int_equal(oa->ende, ob_->ende);
	assert_int_equal(oa->ende, M(1)); /* A: 5 + 5 PT at pace 5 */
	assert_int_equal(t->p->obj[c].beginn, M(2));
	assert_int_equal(t->p->obj[c].gruppe, SCHED_NONE);
	assert_int_equal(t->p->n_gruppe, 1);
	tb_free(t);
}

static void test_inv5_span_with_pause(void **state)
{
	(void)state;
	struct tb *t = tb_new(40);
	kap(t, M(1), 0); /* a holiday month: capacity 0 */
	uint32_t a = ob(t, "A", 30, 20);
	run(t);
	assert_int_equal(pt_in(t, a, M(0)), 40);
	assert_int_equal(pt_in(t, a, M(1)), 0);
	assert_int_equal(pt_in(t, a, M(2)), 20);
	assert_int_equal(t->p->obj[a].beginn, M(0));
	assert_int_equal(t->p->obj[a].ende, M(2));
	assert_int_equal(t->p->last[1].kap, 0);
	tb_free(t);
}

static void test_inv6_no_idle_start(void **state)
{
	(void)state;
	struct tb *t = tb_new(20);
	uint32_t a = ob(t, "A", 20, 20), b = ob(t, "B", 25, 5); /* A first: smaller effort */
	kap(t, M(1), 0);
	run(t);
	assert_int_equal(t->p->obj[a].beginn, M(0));
	assert_int_equal(t->p->obj[b].beginn, M(2));
	assert_int_equal(t->p->obj[b].warum.basis, SB_START);
	assert_int_equal(t->p->obj[b].warum.frueh, M(0));
	assert_int_equal(t->p->obj[b].warum.voll_bis, M(1));
	/* a hand-made idle start is found */
	t->p->obj[a].beginn = t->p->obj[a].ende = M(1);
	t->p->alloc[t->p->obj[a].alloc_off].monat = M(1);
	t->in.n_kap = 0;
	struct sched_befund *bf = NULL;
	size_t n = befunde(t, &bf);
	assert_true(hat(bf, n, SC_LEERLAUF, a));
	free(bf);
	tb_free(t);
}

static void test_inv7_deadlines(void **state)
{
	(void)state;
	struct tb *t = tb_new(40);
	uint32_t a = ob(t, "A", 60, 20), b = ob(t, "B", 60, 20), c = ob(t, "C", 60, 20);
	t->obj[a].frist = M(2);
	t->obj[a].frist_ende = 1; /* ends on the last day of the Ende month: in time */
	t->obj[b].frist = M(2);   /* ends mid-month of its Ende month: 1 month late */
	t->obj[c].frist = M(0);
	t->obj[c].frist_ende = 1;
	t->in.kap_standard = 2 * 60;
	run(t);
	assert_int_equal(t->p->obj[a].ende, M(2));
	assert_false(t->p->obj[a].flags & SF_FRIST);
	assert_int_equal(t->p->obj[b].ende, M(2));
	assert_true(t->p->obj[b].flags & SF_FRIST);
	assert_int_equal(t->p->obj[b].verspaetung, 1);
	assert_int_equal(t->p->obj[b].warum.spaet, SL_DAUER);
	assert_int_equal(t->p->obj[c].verspaetung, 2);
	tb_free(t);
}

static void test_inv8_nothing_vanishes(void **state)
{
	(void)state;
	struct tb *t = tb_new(0);
	uint32_t r = ob(t, "RET", 10, 20), m = ob(t, "MIG", 10, 20), k = ob(t, "K", 10, 20);
	uint32_t v = ob(t, "V", 10, 20), z = ob(t, "Z", 0, 20);
	t->obj[r].klasse = SK_RETAIN;
	t->obj[m].stand = SST_MIGRIERT;
	dep(t, v, k);
	run(t);
	assert_int_equal(t->p->obj[r].grund, SG_RETAIN);
	assert_int_equal(t->p->obj[m].grund, SG_MIGRIERT);
	assert_int_equal(t->p->obj[k].grund, SG_KAPAZITAET);
	assert_int_equal(t->p->obj[v].grund, SG_VORGAENGER);
	assert_int_equal(t->p->obj[v].grund_obj, k);
	assert_int_equal(t->p->obj[v].beginn, SCHED_KEIN);
	/* Aufwand 0 needs no capacity: Beginn = Ende = earliest month */
	assert_int_equal(t->p->obj[z].grund, SG_GEPLANT);
	assert_int_equal(t->p->obj[z].beginn, M(0));
	assert_int_equal(t->p->obj[z].alloc_n, 0);
	/* a vanished object is found */
	t->p->obj[v].grund = SG_GEPLANT;
	struct sched_befund *bf = NULL;
	size_t n = befunde(t, &bf);
	assert_true(hat(bf, n, SC_FEHLT, v));
	free(bf);
	tb_free(t);
}

static void test_inv9_hybrid_and_rule9(void **state)
{
	(void)state;
	struct tb *t = tb_new(40);
	uint32_t a = ob(t, "A", 10, 20), x = ob(t, "X", 10, 20), f = ob(t, "FAX", 5, 5);
	uint32_t g = ob(t, "G", 5, 5), y = ob(t, "W", 10, 20);
	t->obj[x].klasse = SK_RETAIN;
	t->obj[f].klasse = SK_RETIRE;
	t->obj[g].klasse = SK_RETIRE;
	t->obj[y].klasse = SK_RETAIN;
	t->obj[a].klaerung = 1;
	dep(t, a, x); /* A benötigt the Retain X: hybrid */
	dep(t, y, f); /* W (not planned) still needs the Retire FAX … */
	dep(t, x, f);
	dep(t, f, g); /* … which needs the Retire G: not planned either */
	run(t);
	assert_int_equal(t->p->obj[a].grund, SG_GEPLANT);
	assert_true(t->p->obj[a].flags & SF_HYBRID);
	assert_true(t->p->obj[a].flags & SF_KLAERUNG);
	assert_int_equal(t->p->obj[a].hybrid_zu, x);
	assert_int_equal(t->p->obj[f].grund, SG_BENOETIGT);
	assert_int_equal(t->p->obj[f].grund_obj, y); /* W before X in Kennung order */
	assert_int_equal(t->p->obj[g].grund, SG_BENOETIGT);
	assert_int_equal(t->p->obj[g].grund_obj, f);
	/* planning the still-needed Retire object by hand is found */
	t->p->obj[a].flags &= (uint8_t)~SF_HYBRID;
	struct sched_befund *bf = NULL;
	size_t n = befunde(t, &bf);
	assert_true(hat(bf, n, SC_HYBRID, a));
	free(bf);
	tb_free(t);
}

static void test_inv10_pins(void **state)
{
	(void)state;
	struct tb *t = tb_new(20);
	uint32_t a = ob(t, "A", 20, 20), b = ob(t, "B", 20, 20), c = ob(t, "C", 10, 20);
	uint32_t d = ob(t, "D", 10, 20);
	t->obj[a].pin = M(2);
	t->obj[b].pin = M(2); /* same month, full after A: moved to M(3), reported */
	t->obj[c].pin = M(0);
	dep(t, c, d); /* C pinned before its predecessor D could end: reported */
	run(t);
	assert_int_equal(t->p->obj[a].beginn, M(2));
	assert_int_equal(t->p->obj[b].beginn, M(3));
	assert_true(t->p->obj[b].flags & SF_PIN);
	assert_int_equal(t->p->obj[b].warum.basis, SB_PIN);
	assert_int_equal(t->p->obj[b].warum.voll_bis, M(2));
	assert_int_equal(t->p->obj[c].beginn, M(0));
	assert_true(t->p->obj[d].beginn >= M(0));
	assert_int_equal(t->p->n_verstoss, 2);
	assert_int_equal(t->p->verstoss[0].art, SV_PIN_VERSCHOBEN);
	assert_int_equal(t->p->verstoss[0].obj, b);
	assert_int_equal(t->p->verstoss[0].monat, M(2));
	assert_int_equal(t->p->verstoss[1].art, SV_PIN_REIHENFOLGE);
	assert_int_equal(t->p->verstoss[1].obj, c);
	assert_int_equal(t->p->verstoss[1].other, d);
	/* the checker lists both; hidden, they are unreported */
	struct sched_befund *bf = NULL;
	size_t n = befunde(t, &bf);
	assert_true(hat(bf, n, SC_PIN_VERSCHOBEN, b));
	assert_true(hat(bf, n, SC_PIN_REIHENFOLGE, c));
	assert_false(hat(bf, n, SC_UNGEMELDET, SCHED_NONE));
	free(bf);
	t->p->n_verstoss = 0;
	n = befunde(t, &bf);
	assert_true(hat(bf, n, SC_UNGEMELDET, b));
	assert_true(hat(bf, n, SC_UNGEMELDET, c));
	free(bf);
	tb_free(t);
}

static void test_checker_order_group_deadline(void **state)
{
	(void)state;
	struct tb *t = tb_new(40);
	uint32_t a = ob(t, "A", 10, 20), b = ob(t, "B", 10, 20), c = ob(t, "C", 10, 5);
	uint32_t d = ob(t, "D", 10, 5);
	dep(t, a, b);
	dep(t, c, d);
	dep(t, d, c);
	t->obj[a].frist = M(0);
	t->obj[a].frist_ende = 1;
	t->obj[b].klaerung = 1;
	run(t);
	assert_int_equal(t->p->obj[a].verspaetung, 1);
	struct sched_befund *bf = NULL;
	/* A moved into B's month by hand: order broken, lateness now wrong */
	t->p->obj[a].beginn = t->p->obj[a].ende = M(0);
	t->p->alloc[t->p->obj[a].alloc_off].monat = M(0);
	size_t n = befunde(t, &bf);
	assert_true(hat(bf, n, SC_REIHENFOLGE, a));
	assert_true(hat(bf, n, SC_FRIST, a));
	assert_false(hat(bf, n, SC_PIN_REIHENFOLGE, SCHED_NONE));
	free(bf);
	/* a member of the cycle ends on its own; a note dropped */
	t->p->obj[d].ende++;
	t->p->obj[b].flags &= (uint8_t)~SF_KLAERUNG;
	n = befunde(t, &bf);
	assert_true(hat(bf, n, SC_GRUPPE, d));
	assert_true(hat(bf, n, SC_KLAERUNG, b));
	free(bf);
	tb_free(t);
}

static void test_checker_capacity_and_pace(void **state)
{
	(void)state;
	struct tb *t = tb_new(40);
	uint32_t a = ob(t, "A", 30, 20), b = ob(t, "B", 30, 20);
	run(t);
	struct sched_befund *bf = NULL;
	t->in.kap_standard = 60; /* the plan no longer fits the capacity */
	size_t n = befunde(t, &bf);
	assert_true(hat(bf, n, SC_KAPAZITAET, SCHED_NONE));
	free(bf);
	t->in.kap_standard = 80;
	t->obj[a].tempo = 20;
	n = befunde(t, &bf);
	assert_true(hat(bf, n, SC_TEMPO, a));
	free(bf);
	t->obj[a].tempo = 40;
	t->obj[b].aufwand = 62;
	n = befunde(t, &bf);
	assert_true(hat(bf, n, SC_SUMME, b));
	free(bf);
	tb_free(t);
}

/* ---- Tie-breaks of the priority key ---- */

/* Two independent jobs of one month each in a 20-PT month: which goes first. */
static struct tb *zwei(const char *k1, const char *k2, uint32_t *x, uint32_t *y)
{
	struct tb *t = tb_new(20);
	*x = ob(t, k1, 20, 20);
	*y = ob(t, k2, 20, 20);
	return t;
}

static void test_tie_pilot_first(void **state)
{
	(void)state;
	uint32_t a, z;
	struct tb *t = zwei("A", "Z", &a, &z);
	pilot(t, SPS_GEPLANT, &z, 1);
	t->obj[a].frist = M(0); /* pilot wins even over a due month */
	run(t);
	assert_int_equal(t->p->obj[z].beginn, M(0));
	assert_int_equal(t->p->obj[a].beginn, M(1));
	assert_int_equal(t->p->obj[z].gruppe_art, SGA_PILOT);
	tb_free(t);
	/* a pilot that is only an idea binds nothing and has no priority */
	t = zwei("A", "Z", &a, &z);
	pilot(t, SPS_ANDERE, &z, 1);
	run(t);
	assert_int_equal(t->p->obj[a].beginn, M(0));
	assert_int_equal(t->p->obj[z].gruppe, SCHED_NONE);
	tb_free(t);
}

static void test_tie_due_month_propagated(void **state)
{
	(void)state;
	uint32_t a, z;
	struct tb *t = zwei("A", "Z", &a, &z);
	uint32_t d = ob(t, "D", 0, 20); /* Aufwand 0, due early, after Z */
	t->obj[d].frist = M(5);
	dep(t, d, z);
	run(t);
	assert_int_equal(t->p->obj[z].beginn, M(0)); /* pulled forward by its successor */
	assert_int_equal(t->p->obj[a].beginn, M(1));
	assert_int_equal(t->p->obj[d].beginn, M(1));
	tb_free(t);
}

static void test_tie_quick_win(void **state)
{
	(void)state;
	uint32_t a, z;
	struct tb *t = zwei("A", "Z", &a, &z);
	t->obj[z].qw = 70;
	t->obj[a].qw = 60;
	run(t);
	assert_int_equal(t->p->obj[z].beginn, M(0));
	assert_int_equal(t->p->obj[a].beginn, M(1));
	tb_free(t);
}

static void test_tie_smaller_effort(void **state)
{
	(void)state;
	uint32_t a, z;
	struct tb *t = zwei("A", "Z", &a, &z);
	t->obj[z].aufwand = 38;
	run(t);
	assert_int_equal(t->p->obj[z].beginn, M(0));
	assert_int_equal(t->p->obj[a].beginn, M(0)); /* 1 PT was left for A */
	assert_int_equal(pt_in(t, a, M(0)), 2);
	tb_free(t);
}

static void test_tie_kennung_case_folded(void **state)
{
	(void)state;
	uint32_t a, b;
	struct tb *t = zwei("b-amt", "B-AMS", &a, &b); /* "b-ams" < "b-amt" folded */
	run(t);
	assert_int_equal(t->p->obj[b].beginn, M(0));
	assert_int_equal(t->p->obj[a].beginn, M(1));
	tb_free(t);
	t = zwei("a", "B", &a, &b); /* byte order would put "B" first */
	run(t);
	assert_int_equal(t->p->obj[a].beginn, M(0));
	assert_int_equal(t->p->obj[b].beginn, M(1));
	tb_free(t);
}

static void test_tie_pins_by_month_then_kennung(void **state)
{
	(void)state;
	struct tb *t = tb_new(20);
	uint32_t b = ob(t, "B", 20, 20), a = ob(t, "A", 20, 20), c = ob(t, "C", 20, 20);
	t->obj[b].pin = M(1);
	t->obj[a].pin = M(1);
	t->obj[c].pin = M(0);
	run(t);
	assert_int_equal(t->p->obj[c].beginn, M(0));
	assert_int_equal(t->p->obj[a].beginn, M(1));
	assert_int_equal(t->p->obj[b].beginn, M(2)); /* moved, reported */
	assert_int_equal(t->p->n_verstoss, 1);
	tb_free(t);
}

/* ---- Retire, groups, progress, allocation order ---- */

static void test_retire_flip(void **state)
{
	(void)state;
	struct tb *t = tb_new(100);
	uint32_t a = ob(t, "A", 20, 20), r = ob(t, "R", 20, 20), r2 = ob(t, "R2", 20, 20);
	uint32_t q = ob(t, "Q", 20, 20), b = ob(t, "B", 20, 20);
	t->obj[r].klasse = t->obj[r2].klasse = t->obj[q].klasse = SK_RETIRE;
	dep(t, a, r);   /* A uses R: A moves first, then R is switched off */
	dep(t, r, r2);  /* both Retire: the flip wins, R before R2 */
	dep(t, q, b);   /* only the user is Retire: no order */
	run(t);
	assert_true(t->p->obj[r].beginn > t->p->obj[a].ende);
	assert_true(t->p->obj[r2].beginn > t->p->obj[r].ende);
	assert_int_equal(t->p->obj[q].beginn, M(0));
	assert_int_equal(t->p->obj[b].beginn, M(0));
	tb_free(t);
}

static void test_group_merge_by_contraction(void **state)
{
	(void)state;
	struct tb *t = tb_new(40);
	uint32_t a = ob(t, "A", 5, 5), b = ob(t, "B", 5, 5), c = ob(t, "C", 5, 5);
	uint32_t d = ob(t, "D", 5, 5), e = ob(t, "E", 5, 5), f = ob(t, "F", 5, 5);
	uint32_t p1[] = { a, c }, p2[] = { d, e }, p3[] = { e, f };
	pilot(t, SPS_GEPLANT, p1, 2);
	pilot(t, SPS_LAUFEND, p2, 2); /* overlaps p3: one group D, E, F */
	pilot(t, SPS_GEPLANT, p3, 2);
	dep(t, b, a); /* A before B before C: with A, C tied, B joins */
	dep(t, c, b);
	run(t);
	assert_int_equal(t->p->obj[a].gruppe, t->p->obj[b].gruppe);
	assert_int_equal(t->p->obj[a].gruppe, t->p->obj[c].gruppe);
	assert_int_equal(t->p->obj[d].gruppe, t->p->obj[f].gruppe);
	assert_int_not_equal(t->p->obj[a].gruppe, t->p->obj[d].gruppe);
	assert_int_equal(t->p->n_gruppe, 2);
	assert_int_equal(t->p->gruppe[0].n, 3);
	assert_int_equal(t->p->mitglied[t->p->gruppe[0].off], a);
	assert_int_equal(t->p->gruppe[0].art, SGA_PILOT);
	assert_int_equal(t->p->obj[b].beginn, t->p->obj[c].beginn);
	tb_free(t);
}

static void test_in_arbeit_remaining(void **state)
{
	(void)state;
	struct tb *t = tb_new(20);
	uint32_t f = ob(t, "F", 10, 20), a = ob(t, "A", 40, 20), b = ob(t, "B", 10, 20);
	t->obj[f].pin = M(0); /* F and A both pinned to S; A comes first by Kennung */
	t->obj[a].stand = SST_IN_ARBEIT;
	t->obj[a].ist = 60; /* 30 PT of 40 spent: 10 PT remain */
	t->obj[a].pin = M(9);
	t->obj[b].stand = SST_IN_ARBEIT;
	t->obj[b].ist = 30; /* more spent than planned: at least 0.5 PT remain */
	run(t);
	assert_int_equal(t->p->obj[a].rest, 20);
	assert_int_equal(t->p->obj[a].beginn, M(0));
	assert_int_equal(t->p->obj[a].warum.basis, SB_IN_ARBEIT);
	assert_int_equal(t->p->obj[b].rest, 1);
	assert_int_equal(pt_in(t, a, M(0)), 20);
	assert_int_equal(pt_in(t, b, M(0)), 1);
	assert_int_equal(pt_in(t, f, M(0)), 19);
	assert_int_equal(t->p->obj[f].ende, M(1));
	tb_free(t);
}

static void test_group_allocation_in_kennung_order(void **state)
{
	(void)state;
	struct tb *t = tb_new(10);
	uint32_t b = ob(t, "B", 10, 8), a = ob(t, "A", 10, 8);
	dep(t, a, b);
	dep(t, b, a);
	run(t);
	assert_int_equal(pt_in(t, a, M(0)), 16);
	assert_int_equal(pt_in(t, b, M(0)), 4);
	assert_int_equal(pt_in(t, a, M(1)), 4);
	assert_int_equal(pt_in(t, b, M(1)), 16);
	assert_int_equal(t->p->obj[a].ende, M(1));
	assert_int_equal(t->p->obj[b].ende, M(1));
	tb_free(t);
}

static void test_horizon(void **state)
{
	(void)state;
	struct tb *t = tb_new(0);
	kap(t, M(SCHED_HORIZONT - 1), 5);
	uint32_t a = ob(t, "A", 5, 5), b = ob(t, "B", 10, 5);
	run(t);
	assert_int_equal(t->p->obj[a].beginn, M(SCHED_HORIZONT - 1));
	assert_int_equal(t->p->obj[b].grund, SG_KAPAZITAET);
	assert_int_equal(t->p->n_alloc, 1);
	tb_free(t);
	/* a job that starts but cannot finish gives its months back */
	t = tb_new(0);
	kap(t, M(SCHED_HORIZONT - 2), 5);
	b = ob(t, "B", 10, 5);
	a = ob(t, "A", 5, 5);
	t->obj[b].pin = M(SCHED_HORIZONT - 2);
	run(t);
	assert_int_equal(t->p->obj[b].grund, SG_KAPAZITAET);
	assert_int_equal(t->p->obj[a].beginn, M(SCHED_HORIZONT - 2));
	assert_int_equal(t->p->n_alloc, 1);
	assert_int_equal(t->p->alloc[0].obj, a);
	tb_free(t);
}

static void test_bad_input(void **state)
{
	(void)state;
	struct tb *t = tb_new(20);
	uint32_t a = ob(t, "A", 5, 5);
	struct sched_plan *p = NULL;
	t->obj[a].tempo = 0;
	assert_int_equal(sched_run(&t->in, &p), -WP_EINVAL);
	assert_null(p);
	t->obj[a].tempo = 2;
	dep(t, a, 7);
	assert_int_equal(sched_run(&t->in, &p), -WP_EINVAL);
	t->in.n_dep = 0;
	kap(t, M(3), 5);
	kap(t, M(2), 5);
	assert_int_equal(sched_run(&t->in, &p), -WP_EINVAL);
	tb_free(t);
}

/* ---- Texts ---- */

static void test_texts(void **state)
{
	(void)state;
	struct tb *t = tb_new(40);
	uint32_t a = ob(t, "REG-MELDE", 40, 20), b = ob(t, "ANW", 10, 20);
	uint32_t c = ob(t, "X", 10, 20);
	dep(t, b, a);
	t->obj[b].frist = M(0);
	t->obj[c].klasse = SK_RETAIN;
	dep(t, b, c);
	run(t);
	char buf[512];
	sched_warum_text(&t->in, t->p, b, buf, sizeof buf);
	assert_string_equal(buf, "beginnt 03.2027: wartet auf REG-MELDE, Ende 02.2027; Ende "
				 "03.2027; Frist gefährdet (2 Monate zu spät): frühester Beginn "
				 "liegt nach dem Vertragsende; hybride Schnittstelle zu X");
	sched_warum_text(&t->in, t->p, c, buf, sizeof buf);
	assert_string_equal(buf, "nicht geplant: Strategie Retain");
	char m[16];
	assert_string_equal(sched_monat_text(sched_monat(2028, 4), m, sizeof m), "04.2028");
	assert_int_equal(sched_warum_text(&t->in, t->p, a, buf, sizeof buf), 41);
	assert_string_equal(buf, "beginnt 01.2027: Planbeginn; Ende 02.2027");
	assert_int_equal(sched_warum_text(&t->in, t->p, a, buf, 8), 41);
	assert_string_equal(buf, "beginnt");
	tb_free(t);

	/* a cycle, a moved pin, a full month, a checker finding */
	t = tb_new(10);
	uint32_t x = ob(t, "X1", 10, 10), y = ob(t, "Y1", 10, 10), z = ob(t, "Z1", 10, 10);
	dep(t, x, y);
	dep(t, y, x);
	t->obj[z].pin = M(0);
	t->obj[z].frist = M(1);
	t->obj[z].frist_ende = 1;
	run(t);
	sched_warum_text(&t->in, t->p, x, buf, sizeof buf);
	assert_string_equal(buf, "beginnt 02.2027: Planbeginn; 01.2027 ausgelastet; Zyklus "
				 "gemeinsam mit Y1; Ende 03.2027");
	t->obj[y].pin = M(0);
	sched_free(&t->p);
	run(t);
	sched_warum_text(&t->in, t->p, y, buf, sizeof buf);
	assert_string_equal(buf, "beginnt 01.2027: festgesetzt auf 01.2027; Zyklus gemeinsam mit "
				 "X1; Ende 02.2027");
	sched_warum_text(&t->in, t->p, z, buf, sizeof buf);
	assert_string_equal(buf, "beginnt 03.2027: festgesetzt auf 01.2027; 01.2027 bis 02.2027 "
				 "ausgelastet; Ende 03.2027; Frist gefährdet (1 Monat zu spät): "
				 "Kapazität bis 02.2027 ausgelastet");
	assert_int_equal(t->p->n_verstoss, 1);
	sched_verstoss_text(&t->in, t->p, &t->p->verstoss[0], buf, sizeof buf);
	assert_string_equal(buf, "Festsetzung verschoben: Kapazität — Z1 festgesetzt auf "
				 "01.2027, beginnt 03.2027");
	struct sched_befund bf = { 2, SC_KAPAZITAET, SCHED_NONE, SCHED_NONE, M(4) };
	sched_befund_text(&t->in, &bf, buf, sizeof buf);
	assert_string_equal(buf, "Regel 2: Kapazität im Monat 05.2027 überschritten");
	tb_free(t);
}

/* ---- Property test ---- */

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

static struct tb *zufall(uint64_t seed)
{
	uint64_t s = seed;
	struct tb *t = tb_new((int)below(&s, 4) ? 10 + (int)below(&s, 40) : 0);
	uint32_t n = 1 + below(&s, 40);
	for (uint32_t i = 0; i < n; i++) {
		char k[16];
		snprintf(k, sizeof k, "%c%u-%u", below(&s, 2) ? 'o' : 'O', below(&s, 60), i);
		uint32_t o = ob(t, k, 0, 1);
		struct sched_obj_in *x = &t->obj[o];
		x->aufwand = below(&s, 8) ? (int32_t)below(&s, 120) : 0;
		x->tempo = 1 + (int32_t)below(&s, 40);
		uint32_t r = below(&s, 10);
		x->klasse = r == 0 ? SK_RETAIN : r <= 2 ? SK_RETIRE : SK_NORMAL;
		r = below(&s, 12);
		x->stand = r == 0 ? SST_MIGRIERT : r == 1 ? SST_IN_ARBEIT : SST_OFFEN;
		x->ist = (int32_t)below(&s, 100);
		if (below(&s, 4) == 0) {
			x->frist = S0 + (int32_t)below(&s, 40);
			x->frist_ende = (uint8_t)below(&s, 2);
		}
		if (below(&s, 8) == 0)
			x->pin = S0 - 2 + (int32_t)below(&s, 30);
		x->qw = below(&s, 2) ? (int32_t)below(&s, 101) : 0;
		x->klaerung = below(&s, 5) == 0;
	}
	uint32_t nd = below(&s, 3 * n);
	for (uint32_t e = 0; e < nd; e++)
		dep(t, below(&s, n), below(&s, n)); /* cycles and self-loops included */
	uint32_t np = below(&s, 4), m[MAXO];
	for (uint32_t p = 0; p < np; p++) {
		uint32_t k = 1 + below(&s, 4);
		for (uint32_t q = 0; q < k; q++)
			m[q] = below(&s, n);
		pilot(t, (uint8_t)below(&s, 3), m, k);
	}
	uint32_t nk = below(&s, 6);
	int32_t mo = S0 - 1;
	for (uint32_t k = 0; k < nk; k++) {
		mo += 1 + (int32_t)below(&s, 8);
		kap(t, mo, below(&s, 3) ? 0 : (int)below(&s, 30));
	}
	return t;
}

static int gleich(const struct sched_plan *p, const struct sched_plan *q)
{
	if (p->n_obj != q->n_obj || p->n_alloc != q->n_alloc || p->n_verstoss != q->n_verstoss ||
	    p->n_gruppe != q->n_gruppe || p->n_last != q->n_last)
		return 0;
	for (size_t i = 0; i < p->n_obj; i++) {
		const struct sched_obj_out *a = &p->obj[i], *b = &q->obj[i];
		if (a->grund != b->grund || a->grund_obj != b->grund_obj ||
		    a->beginn != b->beginn || a->ende != b->ende || a->flags != b->flags ||
		    a->gruppe != b->gruppe ||
		    a->hybrid_zu != b->hybrid_zu || a->verspaetung != b->verspaetung ||
		    a->warum.basis != b->warum.basis || a->warum.obj != b->warum.obj ||
		    a->warum.voll_bis != b->warum.voll_bis)
			return 0;
	}
	for (size_t k = 0; k < p->n_alloc; k++)
		if (p->alloc[k].obj != q->alloc[k].obj || p->alloc[k].monat != q->alloc[k].monat ||
		    p->alloc[k].pt != q->alloc[k].pt)
			return 0;
	return 1;
}

static void test_property_random_graphs(void **state)
{
	(void)state;
	size_t pins = 0, groups = 0, late = 0, grund[SG_VORGAENGER + 1] = { 0 }, broken = 0;
	for (uint64_t seed = 1; seed <= 600; seed++) {
		struct tb *t = zufall(seed);
		struct sched_plan *q = NULL;
		struct sched_befund *b = NULL;
		size_t n = 0;
		assert_int_equal(sched_run(&t->in, &t->p), 0);
		assert_int_equal(sched_run(&t->in, &q), 0);
		assert_true(gleich(t->p, q));
		assert_int_equal(sched_check(&t->in, t->p, &b, &n), 0);
		for (size_t k = 0; k < n; k++) {
			if (b[k].art == SC_PIN_REIHENFOLGE || b[k].art == SC_PIN_VERSCHOBEN)
				continue;
			print_error("seed %llu:\n", (unsigned long long)seed);
			print_befunde(t, b, n);
			fail();
		}
		char buf[256];
		for (uint32_t i = 0; i < t->in.n_obj; i++) {
			assert_true(sched_warum_text(&t->in, t->p, i, buf, sizeof buf) > 0);
			late += (t->p->obj[i].flags & SF_FRIST) != 0;
			grund[t->p->obj[i].grund]++;
		}
		for (size_t k = 0; k < t->p->n_verstoss; k++)
			assert_true(sched_verstoss_text(&t->in, t->p, &t->p->verstoss[k], buf,
							sizeof buf) > 0);
		pins += t->p->n_verstoss;
		groups += t->p->n_gruppe;
		free(b);
		/* a month moved after the Ende by hand is always found */
		uint64_t ms = seed * 7919;
		if (t->p->n_alloc) {
			struct sched_alloc *a = &t->p->alloc[below(&ms, (uint32_t)t->p->n_alloc)];
			a->monat = t->p->obj[a->obj].ende + 1;
			assert_int_equal(sched_check(&t->in, t->p, &b, &n), 0);
			assert_true(hat(b, n, SC_SPANNE, a->obj));
			free(b);
			broken++;
		}
		sched_free(&q);
		tb_free(t);
	}
	/* the generator reaches every feature */
	assert_true(pins > 0);
	assert_true(groups > 0);
	assert_true(late > 0);
	for (int g = 0; g <= SG_VORGAENGER; g++)
		assert_true(grund[g] > 0);
	assert_true(broken > 400);
}

/* The same input in another object order gives the same plan, object for object. */
static void test_property_order_independent(void **state)
{
	(void)state;
	for (uint64_t seed = 1000; seed < 1200; seed++) {
		struct tb *t = zufall(seed), *u = tb_new(0);
		uint32_t n = (uint32_t)t->in.n_obj, pi[MAXO];
		uint64_t s = seed;
		for (uint32_t i = 0; i < n; i++)
			pi[i] = i;
		for (uint32_t i = n; i > 1; i--) {
			uint32_t k = below(&s, i), x = pi[i - 1];
			pi[i - 1] = pi[k];
			pi[k] = x;
		}
		u->in = t->in;
		u->in.obj = u->obj;
		u->in.dep = u->dep;
		u->in.pilot = u->pil;
		u->in.kap = u->kap;
		memcpy(u->kap, t->kap, sizeof u->kap);
		for (uint32_t i = 0; i < n; i++) {
			u->obj[pi[i]] = t->obj[i];
			memcpy(u->name[pi[i]], t->name[i], sizeof u->name[0]);
			u->obj[pi[i]].kennung = u->name[pi[i]];
		}
		for (size_t e = 0; e < t->in.n_dep; e++)
			u->dep[e] = (struct sched_dep){ pi[t->dep[e].von], pi[t->dep[e].zu] };
		for (size_t p = 0; p < t->in.n_pilot; p++) {
			for (size_t k = 0; k < t->pil[p].n_members; k++)
				u->mem[p][k] = pi[t->mem[p][k]];
			u->pil[p] = (struct sched_pilot){ t->pil[p].status, u->mem[p],
							  t->pil[p].n_members };
		}
		assert_int_equal(sched_run(&t->in, &t->p), 0);
		assert_int_equal(sched_run(&u->in, &u->p), 0);
		assert_int_equal(t->p->n_alloc, u->p->n_alloc);
		assert_int_equal(t->p->n_verstoss, u->p->n_verstoss);
		assert_int_equal(t->p->n_gruppe, u->p->n_gruppe);
		for (uint32_t i = 0; i < n; i++) {
			const struct sched_obj_out *a = &t->p->obj[i], *b = &u->p->obj[pi[i]];
			assert_int_equal(a->grund, b->grund);
			assert_int_equal(a->beginn, b->beginn);
			assert_int_equal(a->ende, b->ende);
			assert_int_equal(a->flags, b->flags);
			assert_int_equal(a->gruppe, b->gruppe);
			assert_int_equal(a->verspaetung, b->verspaetung);
			assert_int_equal(a->grund_obj == SCHED_NONE ? SCHED_NONE : pi[a->grund_obj],
					 b->grund_obj);
			assert_int_equal(a->hybrid_zu == SCHED_NONE ? SCHED_NONE : pi[a->hybrid_zu],
					 b->hybrid_zu);
			assert_int_equal(a->alloc_n, b->alloc_n);
			for (uint32_t k = 0; k < a->alloc_n; k++) {
				assert_int_equal(t->p->alloc[a->alloc_off + k].monat,
						 u->p->alloc[b->alloc_off + k].monat);
				assert_int_equal(t->p->alloc[a->alloc_off + k].pt,
						 u->p->alloc[b->alloc_off + k].pt);
			}
		}
		tb_free(t);
		tb_free(u);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_inv1_dependencies_first),
		cmocka_unit_test(test_inv2_capacity),
		cmocka_unit_test(test_inv3_pace_and_total),
		cmocka_unit_test(test_inv4_groups),
		cmocka_unit_test(test_inv5_span_with_pause),
		cmocka_unit_test(test_inv6_no_idle_start),
		cmocka_unit_test(test_inv7_deadlines),
		cmocka_unit_test(test_inv8_nothing_vanishes),
		cmocka_unit_test(test_inv9_hybrid_and_rule9),
		cmocka_unit_test(test_inv10_pins),
		cmocka_unit_test(test_checker_order_group_deadline),
		cmocka_unit_test(test_checker_capacity_and_pace),
		cmocka_unit_test(test_tie_pilot_first),
		cmocka_unit_test(test_tie_due_month_propagated),
		cmocka_unit_test(test_tie_quick_win),
		cmocka_unit_test(test_tie_smaller_effort),
		cmocka_unit_test(test_tie_kennung_case_folded),
		cmocka_unit_test(test_tie_pins_by_month_then_kennung),
		cmocka_unit_test(test_retire_flip),
		cmocka_unit_test(test_group_merge_by_contraction),
		cmocka_unit_test(test_in_arbeit_remaining),
		cmocka_unit_test(test_group_allocation_in_kennung_order),
		cmocka_unit_test(test_horizon),
		cmocka_unit_test(test_bad_input),
		cmocka_unit_test(test_texts),
		cmocka_unit_test(test_property_random_graphs),
		cmocka_unit_test(test_property_order_independent),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
