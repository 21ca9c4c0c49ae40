/* Tests of model/zeitplan (the scheduler run on a workspace, docs/zeitplan.md) and
 * model/monat (months as integers): input built from workspace and assessment, reporting
 * waves, monthly capacity and load, allocations, explanations, and the month forms. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "model/assess.h"
#include "model/date.h"
#include "model/monat.h"
#include "model/zeitplan.h"
#include "tests/bench/gen.h"

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

static uint32_t ob(struct ws *w, const char *k, double pt, int strat)
{
	uint32_t o = ws_add_objekt(w, k);
	assert_int_not_equal(o, WP_NONE);
	w->obj[o].name = k;
	for (int g = 0; g < SB__N; g++)
		w->obj[o].sb[g] = LVL_NORMAL;
	w->obj[o].personenbezug = PB_NEIN;
	w->obj[o].strategie = (uint8_t)strat;
	w->obj[o].aufwand = pt;
	w->obj[o].vertragsende = DATE_NONE;
	w->obj[o].fallzahl = -1;
	w->obj[o].nutzer = -1;
	w->obj[o].ozg = "";
	return o;
}

static void test_monat(void **state)
{
	(void)state;
	int32_t m;
	char b[16];
	assert_int_equal(monat_parse("2027-04", 0, &m), 0);
	assert_int_equal(m, monat_von(2027, 4));
	assert_string_equal(monat_format(m, 1, b, sizeof b), "04.2027");
	assert_string_equal(monat_format(m, 0, b, sizeof b), "2027-04");
	assert_int_equal(monat_parse(" 4.2027 ", 0, &m), 0);
	assert_int_equal(m, monat_von(2027, 4));
	assert_int_equal(monat_parse("2027-Q3", 1, &m), 0);
	assert_int_equal(m, monat_von(2027, 7));
	static const char *const bad[] = { "2027-13", "13.2027", "2027-00", "1999-12", "2101-01",
					   "2027-Q3", "2027-4", "", "x", "2027-04-01" };
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		if (monat_parse(bad[i], 0, &m) == 0)
			fail_msg("accepted \"%s\"", bad[i]);
	assert_int_equal(monat_parse("2027-Q5", 1, &m), -1);
	assert_int_equal(monat_erster_tag(monat_von(2028, 2)), date_from_ymd(2028, 2, 1));
	assert_int_equal(monat_letzter_tag(monat_von(2028, 2)), date_from_ymd(2028, 2, 29));
	assert_int_equal(monat_naechstes_quartal(date_from_ymd(2026, 12, 3)), monat_von(2027, 1));
	assert_int_equal(monat_naechstes_quartal(date_from_ymd(2027, 1, 1)), monat_von(2027, 4));
}

/* B (30 PT) before A (10 PT) at 10 PT a month, pace 20: B in months 1–3, A in month 4;
 * R (Retire) needed by A goes after A; K (Retain) is not planned. */
static void test_run(void **state)
{
	(void)state;
	struct ws *w = mk();
	uint32_t a = ob(w, "A", 10, STRAT_REHOST), b = ob(w, "B", 30, STRAT_REHOST);
	uint32_t r = ob(w, "R", 5, STRAT_RETIRE), k = ob(w, "K", 5, STRAT_RETAIN);
	assert_int_not_equal(ws_add_dep(w, a, b, ""), WP_NONE);
	assert_int_not_equal(ws_add_dep(w, a, r, ""), WP_NONE);
	assert_int_equal(ws_index(w), 0);
	struct assessment *as = NULL;
	assert_int_equal(assess_run(w, &as), 0);
	struct zeitplan_params p;
	zeitplan_params_default(w, date_from_ymd(2026, 12, 3), &p);
	assert_int_equal(p.start, monat_von(2027, 1));
	assert_int_equal(p.kapazitaet, 80);
	assert_int_equal(p.tempo, 40);
	assert_int_equal(p.wellen_laenge, 3);
	p.kapazitaet = 20;
	struct zeitplan *z = NULL;
	assert_int_equal(zeitplan_run(w, as, &p, &z), 0);
	const struct sched_plan *pl = z->plan;
	assert_int_equal(pl->obj[b].beginn, p.start);
	assert_int_equal(pl->obj[b].ende, p.start + 2);
	assert_int_equal(pl->obj[a].beginn, p.start + 3);
	assert_int_equal(pl->obj[r].beginn, p.start + 4);
	assert_int_equal(pl->obj[k].grund, SG_RETAIN);
	assert_int_equal(zeitplan_welle(z, b), 1);
	assert_int_equal(zeitplan_welle(z, a), 2);
	assert_int_equal(zeitplan_welle(z, k), 0);
	assert_int_equal(zeitplan_n_wellen(z), 2);
	assert_int_equal(zeitplan_welle_beginn(z, 2), p.start + 3);
	assert_int_equal(zeitplan_kap(z, p.start), 20);
	assert_int_equal(zeitplan_last(z, p.start), 20);
	assert_int_equal(zeitplan_last(z, p.start + 4), 10);
	assert_int_equal(zeitplan_last(z, p.start + 9), 0);
	assert_int_equal(zeitplan_letzter_monat(z), p.start + 4);
	size_t n;
	const struct sched_alloc *al = zeitplan_alloc(z, b, &n);
	assert_int_equal(n, 3);
	assert_int_equal(al[0].pt + al[1].pt + al[2].pt, 60);
	assert_null(zeitplan_alloc(z, k, &n));
	assert_int_equal(n, 0);
	char buf[256];
	assert_true(zeitplan_warum_text(z, a, buf, sizeof buf) > 0);
	assert_non_null(strstr(buf, "B"));
	struct sched_befund *f = NULL;
	assert_int_equal(sched_check(&z->in, z->plan, &f, &n), 0);
	assert_int_equal(n, 0);
	free(f);
	/* pins, pace, Stand and calendar exceptions reach the scheduler */
	w->obj[a].pin_monat = p.start;
	w->obj[b].max_pt_monat = 3;
	w->obj[k].stand = STAND_MIGRIERT;
	struct kap_monat ex = { p.start + 1, 0 };
	w->kap = malloc(sizeof ex);
	assert_non_null(w->kap);
	w->kap[0] = ex;
	w->n_kap = 1;
	zeitplan_free(&z);
	assert_null(z);
	assert_int_equal(zeitplan_run(w, as, &p, &z), 0);
	assert_int_equal(z->in.obj[b].tempo, 3);
	assert_int_equal(z->plan->obj[a].beginn, p.start);
	assert_int_equal(zeitplan_kap(z, p.start + 1), 0);
	assert_int_equal(zeitplan_last(z, p.start + 1), 0);
	zeitplan_free(&z);
	p.start = monat_von(1999, 12);
	assert_int_equal(zeitplan_run(w, as, &p, &z), -WP_EINVAL);
	assert_null(z);
	zeitplan_free(NULL);
	assessment_free(&as);
	ws_free(&w);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_monat),
		cmocka_unit_test(test_run),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
