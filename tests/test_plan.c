/* Tests of the roadmap planner and the plan checker (docs/planung.md): one hand-made case per
 * invariant and per tie-break rule, the checker against hand-broken plans, the texts, and
 * property tests over random acyclic and cyclic workspaces with pilots, pins, deadlines
 * and capacities. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/assess.h"
#include "model/date.h"
#include "model/plan.h"
#include "tests/bench/gen.h"

/* ---- Helpers ---- */

/* A workspace with the catalogue and one platform that meets every red line. */
static struct ws *mk(void)
{
	struct ws *w = ws_new();
	assert_non_null(w);
	assert_int_equal(ws_set_criteria(w, gen_catalogue, GEN_N_CATALOGUE), 0);
	uint32_t p = ws_add_plattform(w, "LAND");
	assert_int_not_equal(p, WP_NONE);
	for (size_t r = 0; r < w->n_rl; r++)
		w->rl_val[p * w->n_rl + r] = RL_ERFUELLT;
	w->pf[p].vs_nfd = TRI_JA;
	w->pf[p].rang = 1;
	return w;
}

/* An object with strategy Rehost and effort pt (override), Schutzbedarf normal. */
static uint32_t ob(struct ws *w, const char *k, double pt)
{
	uint32_t o = ws_add_objekt(w, k);
	assert_int_not_equal(o, WP_NONE);
	w->obj[o].name = k;
	for (int g = 0; g < SB__N; g++)
		w->obj[o].sb[g] = LVL_NORMAL;
	w->obj[o].personenbezug = PB_NEIN;
	w->obj[o].strategie = STRAT_REHOST;
	w->obj[o].aufwand = pt;
	w->obj[o].vertragsende = DATE_NONE;
	w->obj[o].fallzahl = -1;
	w->obj[o].nutzer = -1;
	w->obj[o].ozg = "";
	return o;
}

static void dep(struct ws *w, uint32_t von, uint32_t zu)
{
	assert_int_not_equal(ws_add_dep(w, von, zu, ""), WP_NONE);
}

/* Adds a pilot with the given members (WP_NONE-terminated). */
static void pilot(struct ws *w, const char *name, ...)
{
	struct pilot *q = realloc(w->pilot, (w->n_pilot + 1) * sizeof *q);
	assert_non_null(q);
	w->pilot = q;
	struct pilot *pi = &w->pilot[w->n_pilot++];
	memset(pi, 0, sizeof *pi);
	pi->name = name;
	pi->ziel = "";
	pi->ozg = "";
	va_list ap;
	va_start(ap, name);
	for (uint32_t m = va_arg(ap, uint32_t); m != WP_NONE; m = va_arg(ap, uint32_t)) {
		uint32_t *mm = realloc(pi->members, (pi->n_members + 1) * sizeof *mm);
		assert_non_null(mm);
		pi->members = mm;
		pi->members[pi->n_members++] = m;
	}
	va_end(ap);
}

static void wave_cap(struct ws *w, int nr, double cap)
{
	struct welle *q = realloc(w->welle, (w->n_welle + 1) * sizeof *q);
	assert_non_null(q);
	w->welle = q;
	w->welle[w->n_welle++] = (struct welle){ nr, 0, 0, cap };
}

static int32_t day(const char *s)
{
	int32_t d;
	assert_int_equal(date_parse(s, &d), 0);
	return d;
}

struct run {
	struct assessment *a;
	struct plan *p;
	struct plan_verstoss *v;
	size_t nv;
};

/* Indexes, assesses, plans from 2027-Q1 with 3-month waves and capacity cap, checks. */
static void plan(struct ws *w, double cap, struct run *r)
{
	struct plan_params pp = { 2027, 1, 3, cap };
	memset(r, 0, sizeof *r);
	assert_int_equal(ws_index(w), 0);
	assert_int_equal(assess_run(w, &r->a), 0);
	assert_int_equal(plan_run(w, r->a, &pp, &r->p), 0);
	assert_non_null(r->p);
	assert_int_equal(r->p->n_obj, w->n_obj);
	assert_int_equal(plan_check(w, r->a, r->p, &r->v, &r->nv), 0);
}

static void done(struct ws **w, struct run *r)
{
	free(r->v);
	plan_free(&r->p);
	assert_null(r->p);
	assessment_free(&r->a);
	ws_free(w);
}

static void print_violations(const struct ws *w, const struct run *r)
{
	char buf[512];
	for (size_t k = 0; k < r->nv; k++) {
		plan_verstoss_text(w, r->p, &r->v[k], buf, sizeof buf);
		print_error("  violation: %s\n", buf);
	}
}

static void assert_clean(const struct ws *w, const struct run *r)
{
	if (r->nv) {
		print_violations(w, r);
		fail();
	}
}

static unsigned wv(const struct run *r, uint32_t o)
{
	return r->p->obj[o].welle;
}

static void assert_contains(const char *hay, const char *needle)
{
	if (!strstr(hay, needle)) {
		print_error("expected \"%s\" in:\n%s\n", needle, hay);
		fail();
	}
}

static size_t count_kind(const struct run *r, int art)
{
	size_t c = 0;
	for (size_t k = 0; k < r->nv; k++)
		c += r->v[k].art == art;
	return c;
}

/* ---- Waves and parameters ---- */

static void test_wave_dates(void **state)
{
	(void)state;
	struct ws *w = mk();
	uint32_t a = ob(w, "A", 100), b = ob(w, "B", 100), c = ob(w, "C", 100);
	struct run r;
	plan(w, 120, &r);
	assert_clean(w, &r);
	assert_int_equal(r.p->n_welle, 3);
	char d[16];
	assert_string_equal(date_format(r.p->welle[0].beginn, 1, d, sizeof d), "01.01.2027");
	assert_string_equal(date_format(r.p->welle[0].ende, 1, d, sizeof d), "31.03.2027");
	assert_string_equal(date_format(r.p->welle[1].beginn, 1, d, sizeof d), "01.04.2027");
	assert_string_equal(date_format(r.p->welle[2].ende, 1, d, sizeof d), "30.09.2027");
	assert_int_equal(r.p->welle[1].nr, 2);
	assert_float_equal(r.p->welle[0].kapazitaet, 120, 0);
	assert_float_equal(r.p->welle[0].belegt, 100, 0);
	assert_int_equal(r.p->welle[0].n_obj, 1);
	/* Equal in everything but Kennung: A, B, C in that order. */
	assert_int_equal(wv(&r, a), 1);
	assert_int_equal(wv(&r, b), 2);
	assert_int_equal(wv(&r, c), 3);
	done(&w, &r);

	/* Six-month waves from Q4 2027 run across the year. */
	w = mk();
	ob(w, "A", 100);
	ob(w, "B", 100);
	struct assessment *as = NULL;
	struct plan *p = NULL;
	assert_int_equal(ws_index(w), 0);
	assert_int_equal(assess_run(w, &as), 0);
	struct plan_params pp = { 2027, 4, 6, 100 };
	assert_int_equal(plan_run(w, as, &pp, &p), 0);
	assert_int_equal(p->n_welle, 2);
	assert_string_equal(date_format(p->welle[0].beginn, 1, d, sizeof d), "01.10.2027");
	assert_string_equal(date_format(p->welle[0].ende, 1, d, sizeof d), "31.03.2028");
	assert_string_equal(date_format(p->welle[1].ende, 1, d, sizeof d), "30.09.2028");
	plan_free(&p);
	/* Bad parameters are refused. */
	struct plan_params bad = { 2027, 5, 3, 100 };
	assert_int_equal(plan_run(w, as, &bad, &p), -WP_EINVAL);
	assert_null(p);
	assessment_free(&as);
	ws_free(&w);
}

static void test_params_default(void **state)
{
	(void)state;
	struct ws *w = mk();
	struct plan_params pp;
	plan_params_default(w, day("2026-11-23"), &pp);
	assert_int_equal(pp.start_jahr, 2027);
	assert_int_equal(pp.start_quartal, 1);
	assert_int_equal(pp.wellen_laenge, 3);
	assert_float_equal(pp.kapazitaet, 120, 0);
	plan_params_default(w, day("2027-04-01"), &pp);
	assert_int_equal(pp.start_jahr, 2027);
	assert_int_equal(pp.start_quartal, 3);
	/* Settings and "≤ 0 = setting" in plan_run. */
	w->set.v[SET_KAPAZITAET] = 50;
	w->set.v[SET_WELLE_MONATE] = 1;
	ob(w, "A", 40);
	ob(w, "B", 40);
	struct assessment *a = NULL;
	struct plan *p = NULL;
	assert_int_equal(ws_index(w), 0);
	assert_int_equal(assess_run(w, &a), 0);
	struct plan_params z = { 2027, 1, 0, 0 };
	assert_int_equal(plan_run(w, a, &z, &p), 0);
	assert_int_equal(p->params.wellen_laenge, 1);
	assert_float_equal(p->params.kapazitaet, 50, 0);
	assert_int_equal(p->n_welle, 2);
	char d[16];
	assert_string_equal(date_format(p->welle[1].beginn, 1, d, sizeof d), "01.02.2027");
	plan_free(&p);
	assessment_free(&a);
	ws_free(&w);
}

/* Edge cases: no capacity at all, effort 0, pins at the limit and beyond, empty workspace. */
static void test_edge_cases(void **state)
{
	(void)state;
	struct ws *w = mk();
	w->set.v[SET_KAPAZITAET] = 0;
	uint32_t a = ob(w, "A", 10), b = ob(w, "B", 20), z = ob(w, "Z", 0);
	dep(w, b, a);
	struct run r;
	plan(w, 0, &r); /* 0 = the setting, here 0 PT: every group gets a wave of its own */
	assert_clean(w, &r);
	/* Z (0 PT, best score) fits the 0-PT wave 1; A and B need empty waves of their own. */
	assert_int_equal(wv(&r, z), 1);
	assert_false(r.p->obj[z].flags & PH_UEBERGROSS);
	assert_int_equal(wv(&r, a), 2);
	assert_int_equal(wv(&r, b), 3);
	assert_true(r.p->obj[a].flags & PH_UEBERGROSS);
	assert_true(r.p->obj[b].flags & PH_UEBERGROSS);
	done(&w, &r);

	w = mk();
	a = ob(w, "A", 10);
	w->obj[a].welle_pin = PLAN_PIN_MAX;
	plan(w, 120, &r);
	assert_clean(w, &r);
	assert_int_equal(wv(&r, a), PLAN_PIN_MAX);
	assert_int_equal(r.p->n_welle, PLAN_PIN_MAX);
	plan_free(&r.p);
	w->obj[a].welle_pin = PLAN_PIN_MAX + 1;
	struct plan_params pp = { 2027, 1, 3, 120 };
	assert_int_equal(plan_run(w, r.a, &pp, &r.p), -WP_EINVAL);
	assert_null(r.p);
	done(&w, &r);

	w = mk();
	plan(w, 120, &r);
	assert_int_equal(r.p->n_obj, 0);
	assert_int_equal(r.p->n_welle, 0);
	assert_int_equal(r.nv, 0);
	done(&w, &r);
}

/* ---- Invariant 1: dependencies first, cycles together ---- */

static void test_dependencies_first(void **state)
{
	(void)state;
	struct ws *w = mk();
	/* A benötigt B benötigt C; A sorts first by Kennung but must wait. */
	uint32_t a = ob(w, "A", 100), b = ob(w, "B", 100), c = ob(w, "C", 100);
	dep(w, a, b);
	dep(w, b, c);
	struct run r;
	plan(w, 120, &r);
	assert_clean(w, &r);
	assert_int_equal(wv(&r, c), 1);
	assert_int_equal(wv(&r, b), 2);
	assert_int_equal(wv(&r, a), 3);
	done(&w, &r);

	/* With room, a dependency may share its dependent's wave. */
	w = mk();
	a = ob(w, "A", 10);
	b = ob(w, "B", 10);
	dep(w, a, b);
	plan(w, 120, &r);
	assert_clean(w, &r);
	assert_int_equal(wv(&r, a), 1);
	assert_int_equal(wv(&r, b), 1);
	done(&w, &r);
}

static void test_cycle_together(void **state)
{
	(void)state;
	struct ws *w = mk();
	uint32_t x = ob(w, "A-FIRST", 50);
	uint32_t a = ob(w, "C1", 40), b = ob(w, "C2", 40), c = ob(w, "C3", 30);
	dep(w, a, b);
	dep(w, b, c);
	dep(w, c, a);
	struct run r;
	plan(w, 120, &r);
	assert_clean(w, &r);
	/* The group's key is its best member (C3, 30 PT, scores above A-FIRST with 50 PT):
	 * the 110-PT cycle fills wave 1 and A-FIRST does not fit beside it. */
	assert_true(r.a->obj[c].qw > r.a->obj[x].qw);
	assert_int_equal(wv(&r, a), 1);
	assert_int_equal(wv(&r, b), 1);
	assert_int_equal(wv(&r, c), 1);
	assert_int_equal(wv(&r, x), 2);
	assert_true(r.p->obj[a].flags & PH_ZYKLUS);
	assert_false(r.p->obj[x].flags & PH_ZYKLUS);
	assert_false(r.p->obj[a].flags & PH_UEBERGROSS);
	char buf[256];
	plan_hinweise(w, r.a, r.p, a, buf, sizeof buf);
	assert_contains(buf, "Abhängigkeitszyklus");
	done(&w, &r);
}

/* ---- Invariant 2: capacity, per wave ---- */

static void test_capacity(void **state)
{
	(void)state;
	struct ws *w = mk();
	uint32_t o[5];
	for (int i = 0; i < 5; i++) {
		char k[16];
		snprintf(k, sizeof k, "O%d", i);
		o[i] = ob(w, ws_str(w, k), 50);
	}
	struct run r;
	plan(w, 120, &r);
	assert_clean(w, &r);
	assert_int_equal(r.p->n_welle, 3);
	for (size_t k = 0; k < r.p->n_welle; k++)
		assert_true(r.p->welle[k].belegt <= r.p->welle[k].kapazitaet);
	assert_int_equal(wv(&r, o[0]), 1);
	assert_int_equal(wv(&r, o[1]), 1);
	assert_int_equal(wv(&r, o[2]), 2);
	assert_int_equal(wv(&r, o[4]), 3);
	done(&w, &r);
}

static void test_capacity_per_wave(void **state)
{
	(void)state;
	struct ws *w = mk();
	uint32_t o[4];
	for (int i = 0; i < 4; i++) {
		char k[16];
		snprintf(k, sizeof k, "O%d", i);
		o[i] = ob(w, ws_str(w, k), 60);
	}
	wave_cap(w, 1, 0);   /* holiday quarter: nothing */
	wave_cap(w, 2, 180); /* budget year: more */
	struct run r;
	plan(w, 120, &r);
	assert_clean(w, &r);
	assert_int_equal(wv(&r, o[0]), 2);
	assert_int_equal(wv(&r, o[1]), 2);
	assert_int_equal(wv(&r, o[2]), 2);
	assert_int_equal(wv(&r, o[3]), 3);
	assert_int_equal(r.p->welle[0].n_obj, 0);
	assert_float_equal(r.p->welle[0].kapazitaet, 0, 0);
	assert_float_equal(r.p->welle[1].kapazitaet, 180, 0);
	assert_float_equal(r.p->welle[2].kapazitaet, 120, 0);
	done(&w, &r);
}

static void test_oversized_group(void **state)
{
	(void)state;
	struct ws *w = mk();
	uint32_t small = ob(w, "A", 20);
	uint32_t a = ob(w, "C1", 80), b = ob(w, "C2", 80);
	uint32_t late = ob(w, "Z", 20);
	dep(w, a, b);
	dep(w, b, a);
	/* Z depends on the cycle; A is independent. */
	dep(w, late, a);
	struct run r;
	plan(w, 120, &r);
	assert_clean(w, &r); /* the oversized wave is allowed */
	assert_int_equal(wv(&r, small), 1);
	/* The cycle (160 PT) gets an empty wave of its own, and nothing joins it. */
	assert_int_equal(wv(&r, a), 2);
	assert_int_equal(wv(&r, b), 2);
	assert_int_equal(r.p->welle[1].n_obj, 2);
	assert_int_equal(wv(&r, late), 3);
	assert_true(r.p->obj[a].flags & PH_UEBERGROSS);
	assert_false(r.p->obj[small].flags & PH_UEBERGROSS);
	assert_float_equal(r.p->welle[1].belegt, 160, 0);
	char buf[256];
	plan_hinweise(w, r.a, r.p, a, buf, sizeof buf);
	assert_contains(buf, "eigene Welle");
	done(&w, &r);

	/* A single object larger than a wave, too; a wave set to 0 PT is not used for it. */
	w = mk();
	uint32_t big = ob(w, "BIG", 300);
	wave_cap(w, 1, 0);
	plan(w, 120, &r);
	assert_clean(w, &r);
	assert_int_equal(wv(&r, big), 2);
	assert_true(r.p->obj[big].flags & PH_UEBERGROSS);
	done(&w, &r);

	/* A wave set larger than the default takes it without a warning. */
	w = mk();
	big = ob(w, "BIG", 300);
	wave_cap(w, 3, 400);
	plan(w, 120, &r);
	assert_clean(w, &r);
	assert_int_equal(wv(&r, big), 3);
	assert_false(r.p->obj[big].flags & PH_UEBERGROSS);
	done(&w, &r);
}

/* ---- Invariant 3: pilots together, and first ---- */

static void test_pilot_together_first(void **state)
{
	(void)state;
	struct ws *w = mk();
	uint32_t hi = ob(w, "A-HOCH", 10);
	w->obj[hi].ozg = "10173";
	w->obj[hi].fallzahl = 100000;
	uint32_t p1 = ob(w, "P1", 60), p2 = ob(w, "P2", 50), pre = ob(w, "P0", 10);
	dep(w, p1, pre); /* the pilot pulls its prerequisite forward */
	pilot(w, "Anwohnerparken", p1, p2, WP_NONE);
	struct run r;
	plan(w, 120, &r);
	assert_clean(w, &r);
	assert_true(r.a->obj[hi].qw > r.a->obj[p1].qw);
	assert_int_equal(wv(&r, p1), 1);
	assert_int_equal(wv(&r, p2), 1);
	assert_int_equal(wv(&r, pre), 1);
	assert_int_equal(wv(&r, hi), 2);
	assert_true(r.p->obj[p1].flags & PH_PILOT);
	assert_false(r.p->obj[pre].flags & PH_PILOT);
	done(&w, &r);
}

static void test_pilot_cycle_merge(void **state)
{
	(void)state;
	struct ws *w = mk();
	/* Pilot {A, C} and A benötigt B benötigt C: B is forced into the same wave. */
	uint32_t a = ob(w, "A", 10), b = ob(w, "B", 10), c = ob(w, "C", 10);
	uint32_t x = ob(w, "X", 100);
	dep(w, a, b);
	dep(w, b, c);
	pilot(w, "P", a, c, WP_NONE);
	struct run r;
	plan(w, 120, &r);
	assert_clean(w, &r);
	assert_int_equal(wv(&r, a), wv(&r, b));
	assert_int_equal(wv(&r, b), wv(&r, c));
	assert_true(r.p->obj[b].flags & PH_ZYKLUS);
	assert_int_equal(wv(&r, a), 1);
	assert_int_equal(wv(&r, x), 2); /* 30 + 100 PT do not fit into one wave */
	done(&w, &r);

	/* A pilot overlapping a cycle is one indivisible group: too big → its own wave. */
	w = mk();
	a = ob(w, "A", 50);
	b = ob(w, "B", 50);
	c = ob(w, "C", 50);
	dep(w, a, b);
	dep(w, b, a);
	pilot(w, "P", b, c, WP_NONE);
	plan(w, 120, &r);
	assert_clean(w, &r);
	assert_int_equal(wv(&r, a), 1);
	assert_int_equal(wv(&r, c), 1);
	assert_true(r.p->obj[c].flags & PH_UEBERGROSS);
	done(&w, &r);
}

/* ---- Invariant 4: pins ---- */

static void test_pins(void **state)
{
	(void)state;
	struct ws *w = mk();
	uint32_t a = ob(w, "A", 10), b = ob(w, "B", 10), c = ob(w, "C", 10);
	w->obj[c].welle_pin = 3;
	dep(w, a, b);
	w->obj[a].welle_pin = 2; /* B is pulled to a wave ≤ 2 */
	struct run r;
	plan(w, 120, &r);
	assert_clean(w, &r);
	assert_int_equal(wv(&r, a), 2);
	assert_int_equal(wv(&r, c), 3);
	assert_true(wv(&r, b) <= 2);
	assert_true(r.p->obj[c].flags & PH_PIN);
	assert_false(r.p->obj[b].flags & PH_PIN);
	assert_int_equal(r.p->n_welle, 3);
	done(&w, &r);
}

static void test_pin_conflict_reported_not_moved(void **state)
{
	(void)state;
	struct ws *w = mk();
	uint32_t a = ob(w, "A", 10), b = ob(w, "B", 10), d = ob(w, "D", 10);
	dep(w, a, b);
	dep(w, d, a);
	w->obj[a].welle_pin = 1;
	w->obj[b].welle_pin = 3;
	struct run r;
	plan(w, 120, &r);
	assert_int_equal(wv(&r, a), 1); /* kept */
	assert_int_equal(wv(&r, b), 3); /* kept */
	assert_true(r.p->obj[a].flags & PH_PIN_KONFLIKT);
	assert_false(r.p->obj[b].flags & PH_PIN_KONFLIKT);
	assert_int_equal(wv(&r, d), 1); /* only after A */
	assert_int_equal(r.nv, 1);
	assert_int_equal(r.v[0].art, PV_ABHAENGIGKEIT);
	assert_int_equal(r.v[0].obj, a);
	assert_int_equal(r.v[0].other, b);
	assert_int_equal(r.v[0].welle, 1);
	char buf[256];
	plan_hinweise(w, r.a, r.p, a, buf, sizeof buf);
	assert_contains(buf, "Pin-Konflikt: benötigt B, das erst in Welle 3 kommt");
	plan_verstoss_text(w, r.p, &r.v[0], buf, sizeof buf);
	assert_string_equal(buf, "A (Welle 1) benötigt B, das erst in Welle 3 geplant ist");
	done(&w, &r);

	/* A pin that overfills its wave stays; the checker reports the capacity. */
	w = mk();
	a = ob(w, "A", 100);
	b = ob(w, "B", 100);
	w->obj[a].welle_pin = 1;
	w->obj[b].welle_pin = 1;
	uint32_t c = ob(w, "C", 10);
	plan(w, 120, &r);
	assert_int_equal(wv(&r, a), 1);
	assert_int_equal(wv(&r, b), 1);
	assert_int_equal(wv(&r, c), 2);
	assert_int_equal(r.nv, 1);
	assert_int_equal(r.v[0].art, PV_KAPAZITAET);
	assert_int_equal(r.v[0].welle, 1);
	plan_verstoss_text(w, r.p, &r.v[0], buf, sizeof buf);
	assert_string_equal(buf, "Welle 1 ist überbucht: 200 PT geplant bei 120 PT Kapazität");
	done(&w, &r);
}

/* ---- Invariant 5: deadlines ---- */

static void test_deadlines(void **state)
{
	(void)state;
	struct ws *w = mk();
	uint32_t hi = ob(w, "A", 100);
	w->obj[hi].ozg = "10173";
	uint32_t f = ob(w, "F", 100);
	w->obj[f].vertragsende = day("2027-06-30");
	uint32_t pre = ob(w, "G", 100); /* F's prerequisite: pulled before F */
	dep(w, f, pre);
	uint32_t lost = ob(w, "L", 100);
	w->obj[lost].vertragsende = day("2027-02-15"); /* ends inside wave 1: cannot be met */
	struct run r;
	plan(w, 120, &r);
	/* L (earliest deadline) first, then G and F; A last despite its quick-win score. */
	assert_int_equal(wv(&r, lost), 1);
	assert_int_equal(wv(&r, pre), 2);
	assert_int_equal(wv(&r, f), 3);
	assert_int_equal(wv(&r, hi), 4);
	assert_true(r.p->obj[lost].flags & PH_FRIST);
	assert_true(r.p->obj[f].flags & PH_FRIST);
	assert_false(r.p->obj[pre].flags & PH_FRIST);
	assert_int_equal(r.nv, 2);
	assert_int_equal(count_kind(&r, PV_FRIST), 2);
	assert_int_equal(r.v[0].obj, lost); /* ordered by wave */
	char buf[256];
	plan_hinweise(w, r.a, r.p, f, buf, sizeof buf);
	assert_string_equal(buf, "Frist gefährdet (Vertragsende 30.06.2027, Welle endet 30.09.2027)");
	plan_verstoss_text(w, r.p, &r.v[1], buf, sizeof buf);
	assert_string_equal(buf, "F: Welle 3 endet am 30.09.2027, nach dem Vertragsende 30.06.2027");
	done(&w, &r);

	/* A deadline that can be met is met. */
	w = mk();
	hi = ob(w, "A", 100);
	f = ob(w, "F", 100);
	w->obj[f].vertragsende = day("2027-06-30");
	plan(w, 120, &r);
	assert_clean(w, &r);
	assert_int_equal(wv(&r, f), 1);
	assert_int_equal(wv(&r, hi), 2);
	assert_false(r.p->obj[f].flags & PH_FRIST);
	done(&w, &r);
}

/* ---- Order of filling: pins, pilots, deadline, quick-win score, effort, Kennung ---- */

static void test_order_pins_before_pilots(void **state)
{
	(void)state;
	struct ws *w = mk();
	uint32_t p1 = ob(w, "A-PILOT", 40), p2 = ob(w, "B-PILOT", 40);
	pilot(w, "P", p1, p2, WP_NONE);
	uint32_t pin = ob(w, "Z-PIN", 100);
	w->obj[pin].welle_pin = 1;
	struct run r;
	plan(w, 120, &r);
	assert_clean(w, &r);
	/* The pin takes its capacity first: the 80-PT pilot no longer fits into wave 1. */
	assert_int_equal(wv(&r, pin), 1);
	assert_int_equal(wv(&r, p1), 2);
	assert_int_equal(wv(&r, p2), 2);
	done(&w, &r);
}

static void test_order_pilots_before_deadlines(void **state)
{
	(void)state;
	struct ws *w = mk();
	uint32_t f = ob(w, "A-FRIST", 100);
	w->obj[f].vertragsende = day("2027-03-31");
	uint32_t p1 = ob(w, "P1", 50), p2 = ob(w, "P2", 50);
	pilot(w, "P", p1, p2, WP_NONE);
	struct run r;
	plan(w, 120, &r);
	assert_int_equal(wv(&r, p1), 1);
	assert_int_equal(wv(&r, p2), 1);
	assert_int_equal(wv(&r, f), 2);
	assert_true(r.p->obj[f].flags & PH_FRIST); /* flagged, as the rules order it */
	assert_int_equal(r.nv, 1);
	assert_int_equal(r.v[0].art, PV_FRIST);
	done(&w, &r);
}

static void test_order_quickwin_before_effort(void **state)
{
	(void)state;
	struct ws *w = mk();
	uint32_t big = ob(w, "B", 80), small = ob(w, "A", 40);
	w->obj[big].ozg = "10173"; /* benefit outweighs the larger effort: 48 against 44 */
	struct run r;
	plan(w, 100, &r);
	assert_clean(w, &r);
	assert_true(r.a->obj[big].qw > r.a->obj[small].qw);
	assert_int_equal(wv(&r, big), 1);
	assert_int_equal(wv(&r, small), 2);
	done(&w, &r);
}

static void test_tiebreak_quickwin(void **state)
{
	(void)state;
	struct ws *w = mk();
	uint32_t lo = ob(w, "A", 100), hi = ob(w, "B", 100);
	w->obj[hi].ozg = "10173";
	struct run r;
	plan(w, 120, &r);
	assert_clean(w, &r);
	assert_true(r.a->obj[hi].qw > r.a->obj[lo].qw);
	assert_int_equal(wv(&r, hi), 1);
	assert_int_equal(wv(&r, lo), 2);
	done(&w, &r);
}

static void test_tiebreak_effort(void **state)
{
	(void)state;
	struct ws *w = mk();
	/* Beyond aufwand_max both have Leichtigkeit 0: equal scores, smaller effort first. */
	uint32_t big = ob(w, "A", 115), small = ob(w, "B", 110);
	struct run r;
	plan(w, 120, &r);
	assert_clean(w, &r);
	assert_int_equal(r.a->obj[big].qw, r.a->obj[small].qw);
	assert_int_equal(wv(&r, small), 1);
	assert_int_equal(wv(&r, big), 2);
	done(&w, &r);
}

static void test_tiebreak_kennung_and_fill(void **state)
{
	(void)state;
	struct ws *w = mk();
	/* Equal keys: Kennung order, and each takes the earliest wave with room. */
	uint32_t c = ob(w, "C", 110), b = ob(w, "B", 110), a = ob(w, "A", 110);
	uint32_t s = ob(w, "S", 10); /* fits beside A in wave 1 */
	struct run r;
	plan(w, 120, &r);
	assert_clean(w, &r);
	assert_int_equal(wv(&r, a), 1);
	assert_int_equal(wv(&r, b), 2);
	assert_int_equal(wv(&r, c), 3);
	assert_int_equal(wv(&r, s), 1);
	done(&w, &r);
}

/* ---- Invariants 6 and 7: nothing vanishes, hybrid, Klärung ---- */

static void test_retain_hybrid_klaerung(void **state)
{
	(void)state;
	struct ws *w = mk();
	/* Second platform: one red line unknown, so an object needing more is "offen". */
	uint32_t p2 = ws_add_plattform(w, "KOMM");
	for (size_t r = 0; r < w->n_rl; r++)
		w->rl_val[p2 * w->n_rl + r] = RL_ERFUELLT;
	w->pf[p2].vs_nfd = TRI_UNBEKANNT;
	uint32_t ret = ob(w, "R-USER", 10);
	w->obj[ret].strategie = STRAT_RETAIN;
	uint32_t zz = ob(w, "R-ZZ", 10);
	w->obj[zz].strategie = STRAT_RETAIN;
	uint32_t a = ob(w, "A", 10);
	dep(w, a, zz);
	dep(w, a, ret);
	/* VS-NfD object: LAND is approved (zulässig) unless we block it below. */
	uint32_t vs = ob(w, "VS", 10);
	w->obj[vs].vs_nfd = JN_JA;
	w->obj[vs].strategie = STRAT_NONE;
	w->obj[vs].aufwand = -1;
	struct run r;
	plan(w, 120, &r);
	assert_clean(w, &r);
	assert_int_equal(wv(&r, ret), 0);
	assert_int_equal(r.p->obj[ret].grund, PG_RETAIN);
	assert_int_equal(wv(&r, a), 1);
	assert_true(r.p->obj[a].flags & PH_HYBRID);
	assert_int_equal(r.p->obj[a].hybrid_zu, ret); /* R-USER < R-ZZ */
	char buf[512];
	plan_hinweise(w, r.a, r.p, a, buf, sizeof buf);
	assert_string_equal(buf, "hybride Schnittstelle zu R-USER, R-ZZ");
	plan_hinweise(w, r.a, r.p, ret, buf, sizeof buf);
	assert_string_equal(buf, "nicht geplant: Strategie Retain vom Nutzer festgelegt");
	assert_int_equal(r.p->obj[vs].welle, 1);
	assert_false(r.p->obj[vs].flags & PH_KLAERUNG);
	done(&w, &r);

	/* Now the only platforms: one with VS-NfD unknown (offen), one without (blockiert). */
	w = ws_new();
	assert_int_equal(ws_set_criteria(w, gen_catalogue, GEN_N_CATALOGUE), 0);
	uint32_t pa = ws_add_plattform(w, "KOMM");
	uint32_t pb = ws_add_plattform(w, "HYPER");
	for (size_t k = 0; k < w->n_rl; k++) {
		w->rl_val[pa * w->n_rl + k] = RL_ERFUELLT;
		w->rl_val[pb * w->n_rl + k] = k == 0 ? RL_NICHT : RL_ERFUELLT;
	}
	w->pf[pa].vs_nfd = TRI_UNBEKANNT;
	w->pf[pb].vs_nfd = TRI_NEIN;
	vs = ob(w, "VS", 10);
	w->obj[vs].vs_nfd = JN_JA;
	w->obj[vs].strategie = STRAT_NONE;
	uint32_t blk = ob(w, "BLK", 10);
	w->obj[blk].vs_nfd = JN_JA;
	w->obj[blk].strategie = STRAT_NONE;
	w->pf[pa].vs_nfd = TRI_UNBEKANNT;
	plan(w, 120, &r);
	assert_clean(w, &r);
	assert_true(r.p->obj[vs].flags & PH_KLAERUNG);
	plan_hinweise(w, r.a, r.p, vs, buf, sizeof buf);
	assert_string_equal(buf, "Klärung nötig (KOMM: VS-NfD)");
	done(&w, &r);

	/* All platforms block: Retain by rule, with the blocking red lines named. */
	w = ws_new();
	assert_int_equal(ws_set_criteria(w, gen_catalogue, GEN_N_CATALOGUE), 0);
	pb = ws_add_plattform(w, "HYPER");
	for (size_t k = 0; k < w->n_rl; k++)
		w->rl_val[pb * w->n_rl + k] = k == 0 ? RL_NICHT : RL_ERFUELLT;
	blk = ob(w, "BLK", 10);
	w->obj[blk].strategie = STRAT_NONE;
	w->obj[blk].aufwand = -1;
	plan(w, 120, &r);
	assert_clean(w, &r);
	assert_int_equal(wv(&r, blk), 0);
	assert_int_equal(r.p->obj[blk].grund, PG_RETAIN);
	assert_int_equal(r.p->n_welle, 0);
	plan_hinweise(w, r.a, r.p, blk, buf, sizeof buf);
	assert_contains(buf, "nicht geplant: Retain, keine Plattform zulässig oder offen");
	assert_contains(buf, "HYPER blockiert: RL-GEO nicht erfüllt (gefordert: teilweise)");
	/* snprintf contract: the full length comes back, the cut text is terminated. */
	char small[10];
	int len = plan_hinweise(w, r.a, r.p, blk, small, sizeof small);
	assert_int_equal((size_t)len, strlen(buf));
	assert_int_equal(strlen(small), sizeof small - 1);
	done(&w, &r);
	(void)blk;
}

static void test_hinweise_combined(void **state)
{
	(void)state;
	struct ws *w = mk();
	uint32_t a = ob(w, "A", 10);
	w->obj[a].welle_pin = 2;
	w->obj[a].vertragsende = day("2027-05-31");
	uint32_t r[5];
	for (int i = 0; i < 5; i++) {
		char k[16];
		snprintf(k, sizeof k, "R%d", 5 - i);
		r[i] = ob(w, ws_str(w, k), 10);
		w->obj[r[i]].strategie = STRAT_RETAIN;
		dep(w, a, r[i]);
	}
	struct run rr;
	plan(w, 120, &rr);
	assert_int_equal(wv(&rr, a), 2);
	assert_int_equal(rr.p->obj[a].hybrid_zu, r[4]); /* R1 */
	char buf[512];
	plan_hinweise(w, rr.a, rr.p, a, buf, sizeof buf);
	assert_string_equal(buf, "hybride Schnittstelle zu R1, R2, R3 und 2 weitere; Frist "
				 "gefährdet (Vertragsende 31.05.2027, Welle endet 30.06.2027); "
				 "fest eingeplant in Welle 2");
	assert_int_equal(rr.nv, 1);
	assert_int_equal(rr.v[0].art, PV_FRIST);
	/* Out of range: empty text. */
	assert_int_equal(plan_hinweise(w, rr.a, rr.p, 999, buf, sizeof buf), 0);
	assert_string_equal(buf, "");
	done(&w, &rr);
}

/* ---- The checker on hand-broken plans ---- */

static void test_check_detects_each_kind(void **state)
{
	(void)state;
	struct ws *w = mk();
	uint32_t a = ob(w, "A", 50), b = ob(w, "B", 50);
	uint32_t c1 = ob(w, "C1", 10), c2 = ob(w, "C2", 10);
	uint32_t p1 = ob(w, "P1", 10), p2 = ob(w, "P2", 10);
	uint32_t pin = ob(w, "PIN", 10), fr = ob(w, "FR", 10), ret = ob(w, "RET", 10);
	uint32_t miss = ob(w, "MISS", 10), bad = ob(w, "BAD", 10);
	w->obj[ret].strategie = STRAT_RETAIN;
	w->obj[pin].welle_pin = 2;
	w->obj[fr].vertragsende = day("2027-06-30");
	dep(w, a, b);
	dep(w, c1, c2);
	dep(w, c2, c1);
	pilot(w, "P", p1, p2, WP_NONE);
	struct run r;
	plan(w, 120, &r);
	assert_clean(w, &r);
	assert_int_equal(r.p->n_welle, 2);
	size_t nv;
	struct plan_verstoss *v = NULL;

	/* A clean plan loaded by hand (plan_new + plan_add_welle) checks clean too. */
	struct plan *h = plan_new(w->n_obj);
	assert_non_null(h);
	for (size_t k = 0; k < r.p->n_welle; k++)
		assert_int_equal(plan_add_welle(h, &r.p->welle[k]), 0);
	for (size_t i = 0; i < w->n_obj; i++)
		h->obj[i].welle = r.p->obj[i].welle;
	assert_int_equal(plan_check(w, r.a, h, &v, &nv), 0);
	assert_int_equal(nv, 0);
	assert_null(v);

	/* Break every invariant. */
	struct plan_welle w3 = { 3, 0, 0, 20, 0, 0 };
	w3.beginn = plan_welle_beginn(&r.p->params, 3);
	w3.ende = plan_welle_beginn(&r.p->params, 4) - 1;
	while (h->n_welle < 2) {
		struct plan_welle x = r.p->welle[0];
		x.nr = (int)h->n_welle + 1;
		assert_int_equal(plan_add_welle(h, &x), 0);
	}
	assert_int_equal(plan_add_welle(h, &w3), 0);
	h->obj[a].welle = 1;
	h->obj[b].welle = 2;  /* PV_ABHAENGIGKEIT */
	h->obj[c1].welle = 1;
	h->obj[c2].welle = 2; /* PV_ZYKLUS */
	h->obj[p1].welle = 1;
	h->obj[p2].welle = 3; /* PV_PILOT */
	h->obj[pin].welle = 3; /* PV_PIN */
	h->obj[fr].welle = 3;  /* PV_FRIST, and wave 3 holds 30 PT for 20: PV_KAPAZITAET */
	h->obj[ret].welle = 1; /* PV_RETAIN */
	h->obj[miss].welle = 0; /* PV_FEHLT */
	h->obj[bad].welle = 9; /* PV_WELLE */
	assert_int_equal(plan_check(w, r.a, h, &v, &nv), 0);
	int seen[PV__N] = { 0 };
	char buf[256];
	for (size_t k = 0; k < nv; k++) {
		seen[v[k].art]++;
		assert_true(plan_verstoss_text(w, h, &v[k], buf, sizeof buf) > 0);
		if (k)
			assert_true(v[k - 1].art <= v[k].art);
	}
	for (int k = 0; k < PV__N; k++)
		if (!seen[k]) {
			print_error("kind %d not detected\n", k);
			fail();
		}
	assert_int_equal(nv, PV__N);
	for (size_t k = 0; k < nv; k++) {
		plan_verstoss_text(w, h, &v[k], buf, sizeof buf);
		switch (v[k].art) {
		case PV_ABHAENGIGKEIT:
			assert_int_equal(v[k].obj, a);
			assert_int_equal(v[k].other, b);
			break;
		case PV_ZYKLUS:
			assert_int_equal(v[k].obj, c2);
			assert_int_equal(v[k].other, c1);
			assert_string_equal(buf, "C2 und C1 bilden einen Abhängigkeitszyklus, liegen "
					    "aber in verschiedenen Wellen (2 und 1)");
			break;
		case PV_PILOT:
			assert_int_equal(v[k].obj, p2);
			assert_string_equal(buf, "P2 und P1 gehören zu einem Piloten, liegen aber in "
					    "verschiedenen Wellen (3 und 1)");
			break;
		case PV_KAPAZITAET:
			assert_int_equal(v[k].welle, 3);
			break;
		case PV_PIN:
			assert_string_equal(buf, "PIN ist auf Welle 2 festgelegt, aber in Welle 3 "
					    "geplant");
			break;
		case PV_FRIST:
			assert_int_equal(v[k].obj, fr);
			break;
		case PV_RETAIN:
			assert_string_equal(buf, "RET ist in Welle 1 geplant, obwohl die Strategie "
					    "Retain ist");
			break;
		case PV_FEHLT:
			assert_string_equal(buf, "MISS ist weder geplant noch als Retain begründet");
			break;
		case PV_WELLE:
			assert_string_equal(buf, "BAD ist in Welle 9 geplant, die es nicht gibt");
			break;
		default:
			fail();
		}
	}
	free(v);
	plan_hinweise(w, r.a, h, miss, buf, sizeof buf);
	assert_string_equal(buf, "nicht geplant (fehlt im Plan)");
	plan_free(&h);
	assert_null(h);
	plan_free(&h); /* NULL is fine */
	done(&w, &r);
}

/* ---- Property tests ---- */

/* A random workspace: n objects with random efforts, strategies (some Retain), deadlines,
 * dependencies (acyclic downward edges, plus back edges if cyclic), pilots, pins and
 * per-wave capacities. */
static struct ws *random_ws(struct gen_rng *g, size_t n, int cyclic, double *cap)
{
	struct ws *w = mk();
	char k[16];
	for (size_t i = 0; i < n; i++) {
		snprintf(k, sizeof k, "K%03zu", (i * 7919) % 1000);
		snprintf(k + strlen(k), sizeof k - strlen(k), "-%zu", i);
		uint32_t o = ob(w, ws_str(w, k), (double)gen_below(g, 120) / 2.0);
		if (gen_below(g, 10) == 0)
			w->obj[o].strategie = STRAT_RETAIN;
		else if (gen_below(g, 3) == 0)
			w->obj[o].strategie = STRAT_NONE; /* the engine decides */
		if (gen_below(g, 4) == 0)
			w->obj[o].ozg = "10173";
		w->obj[o].fallzahl = gen_below(g, 3) ? (int64_t)gen_below(g, 100000) : -1;
		if (gen_below(g, 5) == 0)
			w->obj[o].vertragsende = day("2027-01-01") + (int32_t)gen_below(g, 1500);
		if (gen_below(g, 12) == 0)
			w->obj[o].welle_pin = 1 + (int32_t)gen_below(g, 6);
		if (gen_below(g, 15) == 0)
			w->obj[o].aufwand = 100 + gen_below(g, 200); /* some larger than a wave */
	}
	size_t nd = n + gen_below(g, (uint32_t)(2 * n + 1));
	for (size_t e = 0; e < nd && n > 1; e++) {
		uint32_t x = gen_below(g, (uint32_t)n), y = gen_below(g, (uint32_t)n);
		if (x == y)
			continue;
		if (!cyclic && x < y) {
			uint32_t t = x;
			x = y;
			y = t;
		}
		dep(w, x, y);
	}
	size_t np = gen_below(g, 3);
	for (size_t q = 0; q < np && n > 3; q++) {
		uint32_t m1 = gen_below(g, (uint32_t)n), m2 = gen_below(g, (uint32_t)n);
		uint32_t m3 = gen_below(g, (uint32_t)n);
		pilot(w, "P", m1, m2, m3, WP_NONE);
	}
	size_t nw = gen_below(g, 4);
	for (size_t q = 0; q < nw; q++)
		wave_cap(w, 1 + (int)gen_below(g, 8), (double)gen_below(g, 300));
	*cap = 60 + gen_below(g, 200);
	return w;
}

/* Is every violation one the input forces? Pins that break the order, pins that split a
 * group or overfill a wave, deadlines flagged. */
static void check_allowed(const struct ws *w, const struct run *r)
{
	for (size_t k = 0; k < r->nv; k++) {
		const struct plan_verstoss *v = &r->v[k];
		int ok = 0;
		switch (v->art) {
		case PV_FRIST:
			ok = (r->p->obj[v->obj].flags & PH_FRIST) != 0;
			break;
		case PV_ABHAENGIGKEIT:
			ok = (r->p->obj[v->obj].flags & PH_PIN_KONFLIKT) != 0;
			break;
		case PV_ZYKLUS:
		case PV_PILOT:
			/* a group split by two different pins */
			ok = w->obj[v->obj].welle_pin > 0 || w->obj[v->other].welle_pin > 0;
			ok = ok && ((r->p->obj[v->obj].flags | r->p->obj[v->other].flags) &
				    PH_PIN_KONFLIKT);
			break;
		case PV_KAPAZITAET: {
			/* pinned objects (with the groups they hold there) overfill the wave */
			double pinned = 0;
			int any = 0;
			for (size_t i = 0; i < w->n_obj; i++) {
				if (r->p->obj[i].welle != (uint32_t)v->welle)
					continue;
				any |= w->obj[i].welle_pin > 0;
				if (r->p->obj[i].flags & (PH_PIN | PH_PILOT | PH_ZYKLUS))
					pinned += r->a->obj[i].aufwand;
			}
			const struct plan_welle *pw = &r->p->welle[v->welle - 1];
			ok = any && pinned > pw->kapazitaet;
			break;
		}
		default:
			break;
		}
		if (!ok) {
			print_violations(w, r);
			fail();
		}
	}
}

static void property_case(unsigned seed, int cyclic)
{
	struct gen_rng g;
	gen_seed(&g, seed);
	double cap;
	size_t n = 1 + gen_below(&g, 60);
	struct ws *w = random_ws(&g, n, cyclic, &cap);
	struct run r;
	plan(w, cap, &r);
	check_allowed(w, &r);

	/* Every object exactly once: planned in an existing wave, or Retain with a reason. */
	char buf[1024];
	for (uint32_t i = 0; i < w->n_obj; i++) {
		const struct plan_obj *po = &r.p->obj[i];
		if (po->welle) {
			assert_true(po->welle <= r.p->n_welle);
			assert_int_not_equal(r.a->obj[i].strategie, STRAT_RETAIN);
			assert_int_equal(po->grund, PG_GEPLANT);
		} else {
			assert_int_equal(r.a->obj[i].strategie, STRAT_RETAIN);
			assert_int_equal(po->grund, PG_RETAIN);
			assert_true(plan_hinweise(w, r.a, r.p, i, buf, sizeof buf) > 0);
			assert_contains(buf, "nicht geplant");
		}
		if (w->obj[i].welle_pin > 0 && po->welle)
			assert_int_equal(po->welle, (uint32_t)w->obj[i].welle_pin);
		plan_hinweise(w, r.a, r.p, i, buf, sizeof buf);
	}
	/* Wave totals agree with the objects; no wave over capacity without pins/oversize. */
	for (size_t k = 0; k < r.p->n_welle; k++) {
		double s = 0;
		uint32_t c = 0;
		for (uint32_t i = 0; i < w->n_obj; i++)
			if (r.p->obj[i].welle == k + 1) {
				s += r.a->obj[i].aufwand;
				c++;
			}
		assert_float_equal(s, r.p->welle[k].belegt, 1e-6);
		assert_int_equal(c, r.p->welle[k].n_obj);
		assert_int_equal(r.p->welle[k].nr, (int)k + 1);
	}
	if (r.p->n_welle)
		assert_true(r.p->welle[r.p->n_welle - 1].n_obj > 0);

	/* Earliest wave with room: an object planned on its own (no pin, cycle, pilot or
	 * oversize) found no room in any earlier wave from its dependencies' on. Waves only
	 * fill up, so the final state must still show that. */
	for (uint32_t i = 0; i < w->n_obj; i++) {
		const struct plan_obj *po = &r.p->obj[i];
		if (!po->welle || (po->flags & (PH_PIN | PH_ZYKLUS | PH_PILOT | PH_UEBERGROSS)))
			continue;
		uint32_t lb = 1;
		for (uint32_t e = w->out_off[i]; e < w->out_off[i + 1]; e++)
			if (r.p->obj[w->out_adj[e]].welle > lb)
				lb = r.p->obj[w->out_adj[e]].welle;
		if (po->flags & PH_PIN_KONFLIKT)
			continue; /* below a pinned dependent's wave: order already broken */
		assert_true(po->welle >= lb);
		for (uint32_t k = lb; k < po->welle; k++) {
			const struct plan_welle *pw = &r.p->welle[k - 1];
			int oversized_wave = 0;
			for (uint32_t j = 0; j < w->n_obj; j++)
				oversized_wave |= r.p->obj[j].welle == k &&
						  (r.p->obj[j].flags & PH_UEBERGROSS);
			if (!oversized_wave && pw->belegt + r.a->obj[i].aufwand <= pw->kapazitaet + 1e-9) {
				print_error("object %u (wave %u, %.1f PT) fits into wave %u (%.1f/%.1f)\n",
					    i, po->welle, r.a->obj[i].aufwand, k, pw->belegt, pw->kapazitaet);
				for (uint32_t e = w->out_off[i]; e < w->out_off[i + 1]; e++)
					print_error("  dep %u wave %u flags %x pin %d\n", w->out_adj[e],
						    r.p->obj[w->out_adj[e]].welle,
						    r.p->obj[w->out_adj[e]].flags,
						    w->obj[w->out_adj[e]].welle_pin);
				fail();
			}
		}
	}
	/* An oversized group has its wave to itself. */
	for (uint32_t i = 0; i < w->n_obj; i++) {
		if (!(r.p->obj[i].flags & PH_UEBERGROSS))
			continue;
		for (uint32_t j = 0; j < w->n_obj; j++)
			if (r.p->obj[j].welle == r.p->obj[i].welle)
				assert_true(r.p->obj[j].flags & PH_UEBERGROSS);
	}

	/* Same input, same plan. */
	struct plan *p2 = NULL;
	assert_int_equal(plan_run(w, r.a, &r.p->params, &p2), 0);
	assert_int_equal(p2->n_welle, r.p->n_welle);
	for (size_t i = 0; i < w->n_obj; i++) {
		assert_int_equal(p2->obj[i].welle, r.p->obj[i].welle);
		assert_int_equal(p2->obj[i].flags, r.p->obj[i].flags);
		assert_int_equal(p2->obj[i].grund, r.p->obj[i].grund);
		assert_int_equal(p2->obj[i].hybrid_zu, r.p->obj[i].hybrid_zu);
	}
	for (size_t k = 0; k < p2->n_welle; k++) {
		assert_int_equal(p2->welle[k].beginn, r.p->welle[k].beginn);
		assert_int_equal(p2->welle[k].ende, r.p->welle[k].ende);
		assert_float_equal(p2->welle[k].kapazitaet, r.p->welle[k].kapazitaet, 0);
		assert_float_equal(p2->welle[k].belegt, r.p->welle[k].belegt, 0);
	}
	plan_free(&p2);
	done(&w, &r);
}

static void test_property_acyclic(void **state)
{
	(void)state;
	for (unsigned s = 1; s <= 300; s++)
		property_case(s, 0);
}

static void test_property_cyclic(void **state)
{
	(void)state;
	for (unsigned s = 1001; s <= 1300; s++)
		property_case(s, 1);
}

/* A synthetic Kommune-sized workspace from the benchmark generator plans cleanly. */
static void test_generated_workspace(void **state)
{
	(void)state;
	struct ws *w = gen_workspace(3000, 6, 7);
	assert_non_null(w);
	struct run r;
	struct plan_params pp = { 2027, 1, 3, 2000 };
	memset(&r, 0, sizeof r);
	assert_int_equal(assess_run(w, &r.a), 0);
	assert_int_equal(plan_run(w, r.a, &pp, &r.p), 0);
	assert_int_equal(plan_check(w, r.a, r.p, &r.v, &r.nv), 0);
	check_allowed(w, &r);
	size_t planned = 0;
	for (size_t i = 0; i < w->n_obj; i++)
		planned += r.p->obj[i].welle != 0;
	assert_true(planned > 0);
	done(&w, &r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wave_dates),
		cmocka_unit_test(test_params_default),
		cmocka_unit_test(test_edge_cases),
		cmocka_unit_test(test_dependencies_first),
		cmocka_unit_test(test_cycle_together),
		cmocka_unit_test(test_capacity),
		cmocka_unit_test(test_capacity_per_wave),
		cmocka_unit_test(test_oversized_group),
		cmocka_unit_test(test_pilot_together_first),
		cmocka_unit_test(test_pilot_cycle_merge),
		cmocka_unit_test(test_pins),
		cmocka_unit_test(test_pin_conflict_reported_not_moved),
		cmocka_unit_test(test_deadlines),
		cmocka_unit_test(test_order_pins_before_pilots),
		cmocka_unit_test(test_order_pilots_before_deadlines),
		cmocka_unit_test(test_order_quickwin_before_effort),
		cmocka_unit_test(test_tiebreak_quickwin),
		cmocka_unit_test(test_tiebreak_effort),
		cmocka_unit_test(test_tiebreak_kennung_and_fill),
		cmocka_unit_test(test_retain_hybrid_klaerung),
		cmocka_unit_test(test_hinweise_combined),
		cmocka_unit_test(test_check_detects_each_kind),
		cmocka_unit_test(test_property_acyclic),
		cmocka_unit_test(test_property_cyclic),
		cmocka_unit_test(test_generated_workspace),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
