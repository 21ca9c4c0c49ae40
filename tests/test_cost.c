/* Unit tests of the cost engine (model/cost.h) and of money formatting (model/money.h):
 * hand-computed cases for each rule — the blended rate, the spread over months and years,
 * Einmalkosten, Retire, the Kostenfaktor and its default, missing data, migriert and in
 * Arbeit, rounding half up, break-even inside and beyond the table and none — the
 * explanation in German and English, refused input, and properties over random plans. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <libintl.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "model/cost.h"
#include "model/err.h"
#include "model/money.h"
#include "model/platform.h"

#define M(y, mo) ((int32_t)(y) * 12 + (mo) - 1)
#define EUR(e) ((int64_t)(e) * 100)
#define KEIN COST_KEIN

static const struct cost_settings STD = { COST_SATZ_INTERN_STD, COST_SATZ_EXTERN_STD,
					   COST_ANTEIL_STD };
static const struct cost_platform PF[] = { { "DVC-OEFF", 8000 }, { "LAND", COST_BP },
					   { "TEUER", 15000 } };

/* A planned object; pt in half-PT. */
static struct cost_obj_in geplant(const char *k, int32_t b, int32_t e, int32_t pt,
				  int64_t heute, int64_t ziel, int64_t einmal, uint32_t pf)
{
	return (struct cost_obj_in){ .kennung = k, .geplant = 1, .beginn = b, .ende = e,
				     .inbetriebnahme = COST_MONAT_KEIN, .aufwand = pt,
				     .heute = heute, .ziel = ziel, .einmal = einmal,
				     .plattform = pf };
}

/* An object the plan does not schedule. */
static struct cost_obj_in offen(const char *k, uint8_t klasse, int64_t heute)
{
	return (struct cost_obj_in){ .kennung = k, .klasse = klasse, .beginn = COST_MONAT_KEIN,
				     .ende = COST_MONAT_KEIN,
				     .inbetriebnahme = COST_MONAT_KEIN, .heute = heute,
				     .ziel = KEIN, .einmal = KEIN, .plattform = COST_PF_KEIN };
}

static struct cost_result *run(const struct cost_obj_in *o, size_t n_obj,
			       const struct cost_alloc *al, size_t n_alloc, int32_t start)
{
	struct cost_input in = { .s = STD, .n_pf = 3, .pf = PF, .n_obj = n_obj, .obj = o,
				 .n_alloc = n_alloc, .alloc = al, .start = start };
	struct cost_result *r = NULL;
	assert_int_equal(cost_run(&in, &r), 0);
	assert_non_null(r);
	return r;
}

static const struct cost_jahr *row(const struct cost_result *r, int jahr)
{
	for (size_t i = 0; i < r->n_jahr; i++)
		if (r->jahr[i].jahr == jahr)
			return &r->jahr[i];
	fail_msg("no row for %d", jahr);
	return NULL;
}

static void assert_row(const struct cost_result *r, int jahr, int64_t mig, int64_t ext,
		       int64_t betrieb, int64_t basis, int64_t kum)
{
	const struct cost_jahr *j = row(r, jahr);
	assert_int_equal(j->migration, mig);
	assert_int_equal(j->migration_extern, ext);
	assert_int_equal(j->betrieb, betrieb);
	assert_int_equal(j->summe, mig + betrieb);
	assert_int_equal(j->basis, basis);
	assert_int_equal(j->differenz, mig + betrieb - basis);
	assert_int_equal(j->kumuliert, kum);
}

/* The example of docs/kosten.md: 63 PT at 850 €/PT over four months across a year end,
 * 12,000 € licence, 18,000 €/Jahr today, Kostenfaktor 0.8 from 04.2028. */
static const struct cost_alloc EX_ALLOC[] = { { 0, M(2027, 12), 40 }, { 0, M(2028, 1), 40 },
					      { 0, M(2028, 2), 40 }, { 0, M(2028, 3), 6 } };

static struct cost_obj_in ex_obj(void)
{
	return geplant("FV-MELDE", M(2027, 12), M(2028, 3), 126, EUR(18000), KEIN, EUR(12000),
		       0);
}

static void test_blended_rate(void **state)
{
	(void)state;
	struct cost_obj_in o = ex_obj();
	struct cost_result *r = run(&o, 1, EX_ALLOC, 4, M(2027, 12));
	assert_int_equal(r->satz_bp, (int64_t)85000 * COST_BP); /* 0.5·500 + 0.5·1,200 */
	assert_int_equal(r->obj[0].pt_kosten, EUR(53550));
	assert_int_equal(r->obj[0].pt_extern, EUR(37800)); /* 63 × 0.5 × 1,200 */
	assert_int_equal(r->obj[0].einmal, EUR(12000));
	assert_int_equal(r->obj[0].migration, EUR(65550));
	assert_int_equal(r->obj[0].extern_, EUR(49800));
	assert_int_equal(r->migration, EUR(65550));
	assert_int_equal(r->migration_extern, EUR(49800));
	cost_free(&r);
	assert_null(r);
	cost_free(&r);
	cost_free(NULL);
}

static void test_spread_months_years(void **state)
{
	(void)state;
	struct cost_obj_in o = ex_obj();
	struct cost_result *r = run(&o, 1, EX_ALLOC, 4, M(2027, 12));
	assert_int_equal(r->alloc_kosten[0], EUR(17000));
	assert_int_equal(r->alloc_kosten[1], EUR(17000));
	assert_int_equal(r->alloc_kosten[2], EUR(17000));
	assert_int_equal(r->alloc_kosten[3], EUR(2550));
	/* Betrieb: 2028 has Jan–Mar at 18,000/12 and Apr–Dec at 14,400/12 */
	assert_int_equal(r->obj[0].ziel, EUR(14400));
	assert_int_equal(r->obj[0].quelle, CZ_FAKTOR);
	assert_int_equal(r->obj[0].faktor, 8000);
	assert_int_equal(r->obj[0].wechsel, M(2028, 3));
	assert_int_equal(cost_betrieb_monat(&r->obj[0], M(2028, 3)), EUR(1500));
	assert_int_equal(cost_betrieb_monat(&r->obj[0], M(2028, 4)), EUR(1200));
	assert_int_equal(r->letzte_inbetriebnahme, M(2028, 3));
	assert_row(r, 2027, EUR(29000), EUR(24000), EUR(18000), EUR(18000), EUR(29000));
	assert_row(r, 2028, EUR(36550), EUR(25800), EUR(15300), EUR(18000), EUR(62850));
	assert_row(r, 2029, 0, 0, EUR(14400), EUR(18000), EUR(59250));
	/* saving 3,600 a year: Kumuliert 1,650 in 2045, −1,950 in 2046 — beyond the table,
	 * which runs through the year after the last go-live plus at most ten years */
	assert_int_equal(r->break_even, 2046);
	assert_int_equal(r->break_even_bis, 2058);
	assert_int_equal(r->n_jahr, 13);
	assert_int_equal(r->jahr[0].jahr, 2027);
	assert_int_equal(r->jahr[12].jahr, 2039);
	assert_row(r, 2039, 0, 0, EUR(14400), EUR(18000), EUR(62850 - 11 * 3600));
	assert_int_equal(r->n_ohne, 0);
	/* the months of the Roadmap: Dezember 2027 has the licence, April 2028 the target */
	struct cost_input in = { .s = STD, .n_pf = 3, .pf = PF, .n_obj = 1, .obj = &o,
				 .n_alloc = 4, .alloc = EX_ALLOC, .start = M(2027, 12) };
	int64_t mig[6], bet[6];
	assert_int_equal(cost_monate(&in, r, M(2027, 11), 6, mig, bet), 0);
	assert_int_equal(mig[0], 0);
	assert_int_equal(mig[1], EUR(17000 + 12000));
	assert_int_equal(mig[4], EUR(2550));
	assert_int_equal(mig[5], 0);
	assert_int_equal(bet[0], EUR(1500));
	assert_int_equal(bet[4], EUR(1500));
	assert_int_equal(bet[5], EUR(1200));
	assert_int_equal(cost_monate(&in, r, -1, 6, mig, bet), -WP_EINVAL);
	assert_int_equal(cost_monate(&in, r, M(2027, 11), 0, mig, bet), 0);
	cost_free(&r);
}

static void test_break_even_inside(void **state)
{
	(void)state;
	/* 10 PT in 01.2028 (8,500 €), 12,000 → 9,000 €/Jahr from 02.2028 (own estimate) */
	struct cost_obj_in o = geplant("A", M(2028, 1), M(2028, 1), 20, EUR(12000), EUR(9000),
				       KEIN, 0);
	struct cost_alloc al = { 0, M(2028, 1), 20 };
	struct cost_result *r = run(&o, 1, &al, 1, M(2028, 1));
	assert_int_equal(r->obj[0].quelle, CZ_EIGEN);
	assert_row(r, 2028, EUR(8500), EUR(6000), EUR(1000 + 8250), EUR(12000), EUR(5750));
	assert_row(r, 2029, 0, 0, EUR(9000), EUR(12000), EUR(2750));
	assert_row(r, 2030, 0, 0, EUR(9000), EUR(12000), EUR(-250));
	assert_int_equal(r->break_even, 2030);
	assert_int_equal(r->n_jahr, 3); /* 2028, 2029, extended to the break-even year */
	char b[80];
	cost_break_even_text(r, b, sizeof b);
	assert_string_equal(b, "Break-even 2030");
	cost_free(&r);

	/* a large saving pays back in the first year: the table keeps its two rows */
	o = geplant("A", M(2028, 1), M(2028, 1), 20, EUR(120000), EUR(12000), KEIN, 0);
	r = run(&o, 1, &al, 1, M(2028, 1));
	assert_row(r, 2028, EUR(8500), EUR(6000), EUR(10000 + 11000), EUR(120000),
		   EUR(8500 + 21000 - 120000));
	assert_int_equal(r->break_even, 2028);
	assert_int_equal(r->n_jahr, 2);
	cost_free(&r);
}

static void test_break_even_none_and_default_factor(void **state)
{
	(void)state;
	/* no target platform and no own estimate: Kostenfaktor 1.0, so nothing is saved */
	struct cost_obj_in o = geplant("A", M(2028, 1), M(2028, 1), 20, EUR(12000), KEIN, KEIN,
				       COST_PF_KEIN);
	struct cost_alloc al = { 0, M(2028, 1), 20 };
	struct cost_result *r = run(&o, 1, &al, 1, M(2028, 1));
	assert_int_equal(r->obj[0].quelle, CZ_FAKTOR);
	assert_int_equal(r->obj[0].faktor, COST_BP);
	assert_int_equal(r->obj[0].ziel, EUR(12000));
	assert_int_equal(r->break_even, 0);
	assert_int_equal(r->break_even_bis, 2058);
	assert_int_equal(r->n_jahr, 2);
	assert_row(r, 2029, 0, 0, EUR(12000), EUR(12000), EUR(8500));
	char b[80];
	cost_break_even_text(r, b, sizeof b);
	assert_string_equal(b, "kein Break-even bis 2058");
	cost_free(&r);

	/* a platform with Kostenfaktor 1.5 costs more afterwards */
	o.plattform = 2;
	r = run(&o, 1, &al, 1, M(2028, 1));
	assert_int_equal(r->obj[0].ziel, EUR(18000));
	assert_int_equal(r->break_even, 0);
	cost_free(&r);
}

static void test_einmalkosten_beginn(void **state)
{
	(void)state;
	/* Beginn 11.2028, PT in 11.2028 and, after a pause, in 01.2029: the licence falls
	 * into the Beginn month's year, the work into the years of its months */
	struct cost_obj_in o = geplant("A", M(2028, 11), M(2029, 1), 4, KEIN, KEIN, EUR(5000),
				       1);
	struct cost_alloc al[] = { { 0, M(2028, 11), 2 }, { 0, M(2029, 1), 2 } };
	struct cost_result *r = run(&o, 1, al, 2, M(2028, 11));
	assert_row(r, 2028, EUR(5000) + EUR(850), EUR(5000) + EUR(600), 0, 0,
		   EUR(5850));
	assert_row(r, 2029, EUR(850), EUR(600), 0, 0, EUR(6700));
	cost_free(&r);

	/* Aufwand 0: no PT, the Einmalkosten still fall into the Beginn month */
	o = geplant("B", M(2029, 5), M(2029, 5), 0, KEIN, KEIN, EUR(700), 1);
	r = run(&o, 1, NULL, 0, M(2029, 1));
	assert_row(r, 2029, EUR(700), EUR(700), 0, 0, EUR(700));
	assert_int_equal(r->obj[0].pt_kosten, 0);
	cost_free(&r);
}

static void test_retire(void **state)
{
	(void)state;
	/* Retire: 0 after its Ende, whatever its Ziel says */
	struct cost_obj_in o = geplant("ALT", M(2028, 1), M(2028, 2), 10, EUR(6000), EUR(5000),
				       KEIN, COST_PF_KEIN);
	o.klasse = CK_RETIRE;
	struct cost_alloc al[] = { { 0, M(2028, 1), 6 }, { 0, M(2028, 2), 4 } };
	struct cost_result *r = run(&o, 1, al, 2, M(2028, 1));
	assert_int_equal(r->obj[0].quelle, CZ_RETIRE);
	assert_int_equal(r->obj[0].ziel, 0);
	assert_int_equal(cost_betrieb_monat(&r->obj[0], M(2028, 2)), EUR(500));
	assert_int_equal(cost_betrieb_monat(&r->obj[0], M(2028, 3)), 0);
	assert_row(r, 2028, EUR(4250), EUR(3000), EUR(1000), EUR(6000), EUR(-750));
	assert_row(r, 2029, 0, 0, 0, EUR(6000), EUR(-6750));
	assert_int_equal(r->break_even, 2028);
	cost_free(&r);
}

static void test_missing_data_and_unplanned(void **state)
{
	(void)state;
	struct cost_obj_in o[] = {
		/* without heute: its Ziel counts nowhere */
		geplant("A", M(2028, 1), M(2028, 1), 2, KEIN, EUR(9000), KEIN, 0),
		offen("B", CK_NORMAL, EUR(2400)),  /* not planned: today's cost stays */
		offen("C", CK_RETAIN, KEIN),
		offen("D", CK_RETAIN, EUR(1200)),
	};
	struct cost_alloc al = { 0, M(2028, 1), 2 };
	struct cost_result *r = run(o, 4, &al, 1, M(2028, 1));
	assert_int_equal(r->n_ohne, 2);
	assert_int_equal(r->ohne[0], 0);
	assert_int_equal(r->ohne[1], 2);
	assert_int_equal(r->obj[0].heute, KEIN);
	assert_int_equal(r->obj[0].quelle, CZ_KEINE);
	assert_int_equal(r->obj[1].quelle, CZ_KEINE);
	assert_int_equal(r->obj[1].ziel, EUR(2400));
	assert_int_equal(r->obj[1].wechsel, COST_MONAT_KEIN);
	assert_int_equal(r->obj[1].migration, 0);
	assert_row(r, 2028, EUR(850), EUR(600), EUR(3600), EUR(3600), EUR(850));
	assert_row(r, 2029, 0, 0, EUR(3600), EUR(3600), EUR(850));
	assert_int_equal(cost_betrieb_monat(&r->obj[0], M(2028, 5)), 0);
	assert_int_equal(r->break_even, 0);
	struct cost_input in = { .s = STD, .n_pf = 3, .pf = PF, .n_obj = 4, .obj = o,
				 .n_alloc = 1, .alloc = &al, .start = M(2028, 1) };
	char b[120];
	cost_ohne_text(&in, r, 10, b, sizeof b);
	assert_string_equal(b, "2 Objekte ohne Kostenangabe: A, C");
	cost_ohne_text(&in, r, 1, b, sizeof b);
	assert_string_equal(b, "2 Objekte ohne Kostenangabe: A und 1 weitere");
	cost_free(&r);
	o[2].heute = 0; /* 0 € is an amount, not "ohne Kostenangabe" */
	r = run(o, 4, &al, 1, M(2028, 1));
	cost_ohne_text(&in, r, 10, b, sizeof b);
	assert_string_equal(b, "1 Objekt ohne Kostenangabe: A");
	cost_free(&r);
	o[0].heute = 0;
	r = run(o, 4, &al, 1, M(2028, 1));
	assert_int_equal(cost_ohne_text(&in, r, 10, b, sizeof b), 0);
	assert_string_equal(b, "");
	cost_free(&r);

	/* nothing at all: one start year and the next, Kumuliert 0 is a break-even */
	r = run(NULL, 0, NULL, 0, M(2030, 4));
	assert_int_equal(r->n_jahr, 2);
	assert_int_equal(r->jahr[0].jahr, 2030);
	assert_int_equal(r->letzte_inbetriebnahme, COST_MONAT_KEIN);
	assert_int_equal(r->break_even, 2030);
	cost_free(&r);
}

static void test_migriert_and_in_arbeit(void **state)
{
	(void)state;
	struct cost_obj_in o[] = {
		offen("M1", CK_NORMAL, EUR(12000)), /* went live 06.2027, before the table */
		offen("M2", CK_NORMAL, EUR(12000)), /* goes live 03.2028, inside the start year */
		offen("M3", CK_NORMAL, EUR(1200)),  /* migriert, month unknown */
		geplant("W", M(2028, 7), M(2028, 8), 10, EUR(2400), KEIN, EUR(100), 1),
	};
	for (int i = 0; i < 3; i++) {
		o[i].stand = CS_MIGRIERT;
		o[i].plattform = 0;
		o[i].einmal = EUR(999); /* already bought: not counted */
	}
	o[0].inbetriebnahme = M(2027, 6);
	o[1].inbetriebnahme = M(2028, 3);
	o[3].stand = CS_IN_ARBEIT; /* 5 PT remaining, pinned to S */
	struct cost_alloc al[] = { { 3, M(2028, 7), 6 }, { 3, M(2028, 8), 4 } };
	struct cost_result *r = run(o, 4, al, 2, M(2028, 7));
	assert_int_equal(r->obj[0].migration, 0);
	assert_int_equal(r->obj[0].wechsel, M(2027, 6));
	assert_int_equal(r->obj[0].ziel, EUR(9600));
	assert_int_equal(r->obj[2].wechsel, COST_MONAT_KEIN);
	assert_int_equal(r->obj[2].quelle, CZ_FAKTOR);
	assert_int_equal(cost_betrieb_monat(&r->obj[2], M(2000, 1)), EUR(80));
	assert_int_equal(r->obj[3].migration, EUR(4250 + 100));
	/* 2028: M1 9,600; M2 3,000 + 7,200; M3 960; W: Jan–Aug at 2,400/12, Sep–Dec same */
	assert_row(r, 2028, EUR(4350), EUR(3100), EUR(9600 + 10200 + 960 + 2400),
		   EUR(12000 + 12000 + 1200 + 2400), EUR(4350 + 23160 - 27600));
	assert_int_equal(r->letzte_inbetriebnahme, M(2028, 8));
	assert_int_equal(r->break_even, 2028);
	cost_free(&r);
}

static void test_rounding(void **state)
{
	(void)state;
	assert_int_equal(money_euro(250), 3);
	assert_int_equal(money_euro(249), 2);
	assert_int_equal(money_euro(150), 2);
	assert_int_equal(money_euro(-250), -3);
	assert_int_equal(money_euro(-249), -2);
	assert_int_equal(money_euro(0), 0);
	assert_int_equal(money_euro(INT64_MIN), INT64_MIN / 100); /* remainder −8 */
	/* an annual amount spreads with its 12 months adding up exactly */
	assert_int_equal(cost_jahresanteil(100, 0, 1), 8);
	assert_int_equal(cost_jahresanteil(100, 1, 2), 9);
	assert_int_equal(cost_jahresanteil(100, 0, 12), 100);
	assert_int_equal(cost_jahresanteil(6, 0, 1), 1); /* 0.5 cents: half up */
	int64_t s = 0;
	for (int k = 0; k < 12; k++)
		s += cost_jahresanteil(EUR(1001) + 7, k, k + 1);
	assert_int_equal(s, EUR(1001) + 7);

	/* Anteil extern 0.3333: T = 733.31 €/PT, 366.655 € per half PT, rounded half up
	 * month by month on the running total */
	struct cost_obj_in o = geplant("A", M(2028, 1), M(2028, 3), 3, KEIN, KEIN, KEIN, 0);
	struct cost_alloc al[] = { { 0, M(2028, 1), 1 }, { 0, M(2028, 2), 1 },
				   { 0, M(2028, 3), 1 } };
	struct cost_input in = { .s = { 50000, 120000, 3333 }, .n_pf = 3, .pf = PF, .n_obj = 1,
				 .obj = &o, .n_alloc = 3, .alloc = al, .start = M(2028, 1) };
	struct cost_result *r = NULL;
	assert_int_equal(cost_run(&in, &r), 0);
	assert_int_equal(r->satz_bp, 733310000);
	assert_int_equal(r->alloc_kosten[0], 36666);
	assert_int_equal(r->alloc_kosten[1], 36665);
	assert_int_equal(r->alloc_kosten[2], 36666);
	assert_int_equal(r->obj[0].pt_kosten, 109997); /* 1.5 × 733.31 = 1,099.965 */
	assert_int_equal(cost_pt_euro(r, 1), 367);
	assert_int_equal(cost_pt_euro(r, 3), 1100);
	cost_free(&r);

	/* the zeitplan's Kosten_EUR rounds PT × T once: 0.5 PT at 24,690.99 €/PT is
	 * 12,345.495 €, so 12,345 € — rounding the cents (1,234,549.5 → 1,234,550) first
	 * would say 12,346 € */
	in.s = (struct cost_settings){ 2469099, 0, 0 };
	o.aufwand = 1;
	in.n_alloc = 1;
	assert_int_equal(cost_run(&in, &r), 0);
	assert_int_equal(r->alloc_kosten[0], 1234550);
	assert_int_equal(money_euro(r->alloc_kosten[0]), 12346);
	assert_int_equal(cost_pt_euro(r, 1), 12345);
	cost_free(&r);

	char b[40];
	assert_string_equal(money_format(1234567, 1, b, sizeof b), "1.234.567 €");
	assert_string_equal(money_format(1234567, 0, b, sizeof b), "€1,234,567");
	assert_string_equal(money_format(-1234, 1, b, sizeof b), "-1.234 €");
	assert_string_equal(money_format(-1234, 0, b, sizeof b), "-€1,234");
	assert_string_equal(money_format(999, 1, b, sizeof b), "999 €");
	assert_string_equal(money_format(0, 0, b, sizeof b), "€0");
	assert_string_equal(money_format(1000, 1, b, sizeof b), "1.000 €");
	assert_string_equal(money_format_cents(123456750, 1, b, sizeof b), "1.234.568 €");
	assert_string_equal(money_format_exact(85050, 1, b, sizeof b), "850,50 €");
	assert_string_equal(money_format_exact(85050, 0, b, sizeof b), "€850.50");
	assert_string_equal(money_format_exact(123400, 1, b, sizeof b), "1.234 €");
	assert_string_equal(money_format(INT64_MIN, 1, b, sizeof b),
			    "-9.223.372.036.854.775.808 €");
	assert_string_equal(money_format(1234567, 1, b, 6), "1.234");
}

static void test_refused(void **state)
{
	(void)state;
	struct cost_obj_in o = ex_obj();
	struct cost_alloc al[4];
	memcpy(al, EX_ALLOC, sizeof al);
	struct cost_input in = { .s = STD, .n_pf = 3, .pf = PF, .n_obj = 1, .obj = &o,
				 .n_alloc = 4, .alloc = al, .start = M(2027, 12) };
	struct cost_result *r = NULL;
	assert_int_equal(cost_run(&in, &r), 0);
	cost_free(&r);
#define REFUSED(stmt)                                                   \
	do {                                                            \
		stmt;                                                   \
		assert_int_equal(cost_run(&in, &r), -WP_EINVAL);        \
		assert_null(r);                                         \
		in.s = STD;                                             \
		in.start = M(2027, 12);                                 \
		o = ex_obj();                                           \
		memcpy(al, EX_ALLOC, sizeof al);                        \
	} while (0)
	REFUSED(in.s.anteil_extern = 10001);
	REFUSED(in.s.anteil_extern = -1);
	REFUSED(in.s.satz_intern = -1);
	REFUSED(in.s.satz_extern = COST_SATZ_MAX + 1);
	REFUSED(o.heute = -1);
	REFUSED(o.einmal = COST_BETRAG_MAX + 1);
	REFUSED(o.plattform = 3);
	REFUSED(o.stand = CS_MIGRIERT);
	REFUSED(o.klasse = CK_RETAIN);
	REFUSED(o.ende = M(2027, 11));
	REFUSED(o.aufwand = 127);                /* allocations add up to 126 */
	REFUSED(al[3].monat = M(2028, 4));       /* after Ende */
	REFUSED(al[1].monat = M(2027, 12));      /* not ascending */
	REFUSED(al[2].pt = 0);
	REFUSED(al[2].obj = 1);
	REFUSED(o.geplant = 0);                  /* allocations of an unplanned object */
	REFUSED(in.start = -1);
	struct cost_platform neg[] = { { "X", -1 } };
	in.pf = neg;
	in.n_pf = 1;
	o.plattform = 0;
	assert_int_equal(cost_run(&in, &r), -WP_EINVAL);
	in.pf = PF;
	in.n_pf = 3;
	struct cost_expl x;
	assert_int_equal(cost_run(&in, &r), 0);
	assert_int_equal(cost_explain(&in, r, 1, &x), -WP_EINVAL);
	cost_free(&r);

	/* the limits themselves are accepted and computed exactly (UBSan watches) */
	struct cost_platform teuer[] = { { "MAX", COST_FAKTOR_MAX } };
	struct cost_obj_in big = geplant("MAX", M(9999, 12), M(9999, 12), COST_AUFWAND_MAX,
					 COST_BETRAG_MAX, KEIN, COST_BETRAG_MAX, 0);
	struct cost_alloc all = { 0, M(9999, 12), COST_AUFWAND_MAX };
	in = (struct cost_input){ .s = { COST_SATZ_MAX, COST_SATZ_MAX, COST_BP }, .n_pf = 1,
				  .pf = teuer, .n_obj = 1, .obj = &big, .n_alloc = 1, .alloc = &all,
				  .start = M(9999, 12) };
	assert_int_equal(cost_run(&in, &r), 0);
	assert_int_equal(r->obj[0].pt_kosten, 5000000000000LL); /* 500,000 PT × 100,000 € */
	assert_int_equal(r->obj[0].ziel, 10 * COST_BETRAG_MAX);
	assert_int_equal(r->break_even, 0);
	assert_int_equal(r->break_even_bis, 9999 + 30);
	cost_free(&r);
#undef REFUSED
}

/* Switches the message catalogue (build/locale next to the test binary's build folder). */
static void set_lang(const char *lang)
{
	char exe[1024], dir[1200];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	snprintf(dir, sizeof dir, "build/locale");
	if (n > 0) {
		exe[n] = '\0';
		char *slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			slash = strrchr(exe, '/');
			if (slash)
				*slash = '\0';
			snprintf(dir, sizeof dir, "%s/locale", exe);
		}
	}
	setenv("LANGUAGE", lang, 1);
	setlocale(LC_MESSAGES, "C.UTF-8");
	bindtextdomain("wolkenplan", dir);
	bind_textdomain_codeset("wolkenplan", "UTF-8");
	textdomain("wolkenplan");
}

static void check_expl(const struct cost_obj_in *o, size_t n, const struct cost_alloc *al,
		 size_t n_al, int32_t start, uint32_t obj, const char *want)
{
	struct cost_input in = { .s = STD, .n_pf = 3, .pf = PF, .n_obj = n, .obj = o,
				 .n_alloc = n_al, .alloc = al, .start = start };
	struct cost_result *r = NULL;
	struct cost_expl x;
	char b[400];
	assert_int_equal(cost_run(&in, &r), 0);
	assert_int_equal(cost_explain(&in, r, obj, &x), 0);
	int len = cost_expl_text(&x, b, sizeof b);
	assert_string_equal(b, want);
	assert_int_equal(len, (int)strlen(want));
	char small[10];
	assert_int_equal(cost_expl_text(&x, small, sizeof small), len);
	assert_int_equal(strlen(small), sizeof small - 1);
	cost_free(&r);
}

static void test_explanation(void **state)
{
	(void)state;
	set_lang("de");
	struct cost_obj_in o = ex_obj();
	check_expl(&o, 1, EX_ALLOC, 4, M(2027, 12), 0,
	     "63 PT × 850 €/PT (50 % extern) + 12.000 € Einmalkosten = 65.550 €; "
	     "Betrieb 18.000 €/Jahr → 14.400 €/Jahr ab 04.2028 (Kostenfaktor DVC-OEFF 0,8)");
	struct cost_obj_in m[] = {
		geplant("R", M(2028, 1), M(2028, 1), 3, EUR(6000), KEIN, KEIN, COST_PF_KEIN),
		offen("U", CK_NORMAL, EUR(1234567)),
		offen("T", CK_RETAIN, KEIN),
		offen("M", CK_NORMAL, EUR(1000)),
		geplant("E", M(2028, 1), M(2028, 1), 0, EUR(1000), EUR(800), KEIN, 0),
		geplant("F", M(2028, 1), M(2028, 1), 0, EUR(1000), KEIN, KEIN, COST_PF_KEIN),
	};
	m[0].klasse = CK_RETIRE;
	m[0].stand = CS_IN_ARBEIT;
	m[3].stand = CS_MIGRIERT;
	struct cost_alloc al = { 0, M(2028, 1), 3 };
	check_expl(m, 6, &al, 1, M(2028, 1), 0,
	     "verbleibend 1,5 PT × 850 €/PT (50 % extern) = 1.275 €; "
	     "Betrieb 6.000 €/Jahr → 0 €/Jahr ab 02.2028 (Retire: abgeschaltet)");
	check_expl(m, 6, &al, 1, M(2028, 1), 1,
	     "nicht geplant: keine Migrationskosten; Betrieb 1.234.567 €/Jahr bleibt");
	check_expl(m, 6, &al, 1, M(2028, 1), 2,
	     "Retain: keine Migrationskosten; Betrieb: ohne Kostenangabe");
	check_expl(m, 6, &al, 1, M(2028, 1), 3,
	     "bereits migriert: keine Migrationskosten; Betrieb 1.000 €/Jahr → "
	     "1.000 €/Jahr seit der Inbetriebnahme (Monat unbekannt) "
	     "(Kostenfaktor 1, keine Zielplattform)");
	check_expl(m, 6, &al, 1, M(2028, 1), 4,
	     "0 PT × 850 €/PT (50 % extern) = 0 €; Betrieb 1.000 €/Jahr → 800 €/Jahr ab "
	     "02.2028 (eigene Schätzung)");
	check_expl(m, 6, &al, 1, M(2028, 1), 5,
	     "0 PT × 850 €/PT (50 % extern) = 0 €; Betrieb 1.000 €/Jahr → 1.000 €/Jahr ab "
	     "02.2028 (Kostenfaktor 1, keine Zielplattform)");

	set_lang("en");
	check_expl(&o, 1, EX_ALLOC, 4, M(2027, 12), 0,
	     "63 PD × €850/PD (50 % external) + €12,000 one-off costs = €65,550; "
	     "operation €18,000/year → €14,400/year from 2028-04 (cost factor DVC-OEFF 0.8)");
	struct cost_input in = { .s = STD, .n_pf = 3, .pf = PF, .n_obj = 1, .obj = &o,
				 .n_alloc = 4, .alloc = EX_ALLOC, .start = M(2027, 12) };
	struct cost_result *r = NULL;
	char b[80];
	assert_int_equal(cost_run(&in, &r), 0);
	cost_break_even_text(r, b, sizeof b);
	assert_string_equal(b, "break-even in 2046");
	cost_free(&r);
	struct cost_obj_in two[] = { offen("A", CK_NORMAL, KEIN), offen("B", CK_NORMAL, KEIN) };
	in = (struct cost_input){ .s = STD, .n_obj = 2, .obj = two, .start = M(2028, 1) };
	assert_int_equal(cost_run(&in, &r), 0);
	cost_ohne_text(&in, r, 5, b, sizeof b);
	assert_string_equal(b, "2 objects without cost data: A, B");
	cost_ohne_text(&in, r, 0, b, sizeof b);
	assert_string_equal(b, "2 objects without cost data");
	cost_free(&r);
	set_lang("de");
}

/* A small deterministic generator (xorshift), so a failure is reproducible. */
static uint64_t rng = 0x9e3779b97f4a7c15ULL;
static uint32_t rnd_u(uint32_t n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (uint32_t)(rng % n);
}

static int64_t rnd_amount(void)
{
	return rnd_u(5) == 0 ? KEIN : (int64_t)rnd_u(100000000);
}

/* ≥ 500 random plans: the object-month costs of a year plus that year's Einmalkosten are
 * exactly (in cents, so within the one euro of rounding when shown) the year's Migration;
 * an object's months add up to its PT cost, each within a cent of PT × T; Betrieb equals
 * the sum of cost_betrieb_monat over the year's months; Basis, Summe and Kumuliert agree;
 * the monthly totals of cost_monate add up to the rows. */
static void test_property_random_plans(void **state)
{
	(void)state;
	enum { PLANS = 600, MAX_OBJ = 40, MAX_AL = MAX_OBJ * 30 };
	static struct cost_obj_in o[MAX_OBJ];
	static struct cost_alloc al[MAX_AL];
	static struct cost_platform pf[4];
	for (int plan = 0; plan < PLANS; plan++) {
		int32_t start = M(2026 + (int)rnd_u(4), 1 + (int)rnd_u(12));
		size_t n = 1 + rnd_u(MAX_OBJ), na = 0;
		for (int p = 0; p < 4; p++)
			pf[p] = (struct cost_platform){ "P", (int32_t)rnd_u(20001) };
		for (size_t i = 0; i < n; i++) {
			o[i] = offen("X", (uint8_t)rnd_u(3), rnd_amount());
			o[i].ziel = rnd_amount();
			o[i].einmal = rnd_amount();
			o[i].plattform = rnd_u(5) == 4 ? COST_PF_KEIN : rnd_u(4);
			int kind = (int)rnd_u(4);
			if (kind == 0 && o[i].klasse != CK_RETAIN) {
				o[i].stand = CS_MIGRIERT;
				o[i].inbetriebnahme = rnd_u(4) ? start - 30 + (int32_t)rnd_u(40)
							       : COST_MONAT_KEIN;
			} else if (kind >= 2 && o[i].klasse != CK_RETAIN) {
				o[i].geplant = 1;
				o[i].stand = rnd_u(4) ? CS_OFFEN : CS_IN_ARBEIT;
				o[i].beginn = start + (int32_t)rnd_u(36);
				int32_t m = o[i].beginn, pt = 0;
				int months = (int)rnd_u(25);
				for (int k = 0; k < months; k++, m += 1 + (int32_t)rnd_u(2)) {
					if (rnd_u(3) == 0)
						continue; /* a pause */
					al[na++] = (struct cost_alloc){ (uint32_t)i, m,
									1 + (int32_t)rnd_u(40) };
					pt += al[na - 1].pt;
				}
				o[i].ende = na && al[na - 1].obj == i ? al[na - 1].monat : o[i].beginn;
				o[i].aufwand = pt;
			}
		}
		struct cost_input in = { .s = { rnd_u(200000), rnd_u(200000),
						(int32_t)rnd_u(COST_BP + 1) },
					 .n_pf = 4, .pf = pf, .n_obj = n, .obj = o, .n_alloc = na,
					 .alloc = al, .start = start };
		struct cost_result *r = NULL;
		assert_int_equal(cost_run(&in, &r), 0);
		int64_t kum = 0, basis = 0, mig = 0;
		for (size_t i = 0; i < n; i++)
			if (o[i].heute != KEIN)
				basis += o[i].heute;
		for (size_t y = 0; y < r->n_jahr; y++) {
			const struct cost_jahr *j = &r->jahr[y];
			int64_t m = 0, b = 0;
			for (size_t a = 0; a < na; a++)
				if (al[a].monat / 12 == j->jahr)
					m += r->alloc_kosten[a];
			for (size_t i = 0; i < n; i++) {
				if (o[i].geplant && o[i].beginn / 12 == j->jahr &&
				    o[i].einmal != KEIN)
					m += o[i].einmal;
				for (int k = 1; k <= 12; k++)
					b += cost_betrieb_monat(&r->obj[i], M(j->jahr, k));
			}
			assert_int_equal(m, j->migration);
			assert_true(llabs(money_euro(m) - money_euro(j->migration)) <= 1);
			assert_int_equal(b, j->betrieb);
			assert_int_equal(j->basis, basis);
			assert_int_equal(j->summe, j->migration + j->betrieb);
			kum += j->summe - basis;
			assert_int_equal(j->kumuliert, kum);
			if (!r->break_even || j->jahr < r->break_even)
				assert_true(j->kumuliert > 0);
			mig += j->migration;
		}
		assert_int_equal(mig, r->migration); /* every go-live lies inside the table */
		/* the months of each row add up to it */
		size_t nm = r->n_jahr * 12;
		int64_t *mm = malloc(nm * sizeof *mm), *mb = malloc(nm * sizeof *mb);
		assert_non_null(mm);
		assert_non_null(mb);
		assert_int_equal(cost_monate(&in, r, M(r->jahr[0].jahr, 1), nm, mm, mb), 0);
		for (size_t y = 0; y < r->n_jahr; y++) {
			int64_t sm = 0, sb = 0;
			for (size_t k = 0; k < 12; k++) {
				sm += mm[y * 12 + k];
				sb += mb[y * 12 + k];
			}
			assert_int_equal(sm, r->jahr[y].migration);
			assert_int_equal(sb, r->jahr[y].betrieb);
		}
		free(mm);
		free(mb);
		for (size_t i = 0; i < n; i++) {
			int64_t s = 0;
			for (size_t a = 0; a < na; a++)
				if (al[a].obj == i) {
					s += r->alloc_kosten[a];
					int64_t exact = al[a].pt * r->satz_bp; /* cents × 20,000 */
					assert_true(llabs(r->alloc_kosten[a] * 2 * COST_BP - exact) <=
						    2 * COST_BP);
				}
			assert_int_equal(s, r->obj[i].pt_kosten);
		}
		cost_free(&r);
	}
}

/* Amounts as people type them: both dialects, currency, grouping; the ambiguous forms
 * follow the dialect; everything else is refused. */
static void test_money_parse(void **state)
{
	(void)state;
	int64_t c = 0;
	assert_int_equal(money_parse("12500", 0, COST_BETRAG_MAX, &c), 0);
	assert_int_equal(c, 1250000);
	assert_int_equal(money_parse("12.500", 0, COST_BETRAG_MAX, &c), 0);
	assert_int_equal(c, 1250000);
	assert_int_equal(money_parse("12.500,00 €", 0, COST_BETRAG_MAX, &c), 0);
	assert_int_equal(c, 1250000);
	assert_int_equal(money_parse("€ 1.234.567,5", 0, COST_BETRAG_MAX, &c), 0);
	assert_int_equal(c, 123456750);
	assert_int_equal(money_parse("12,500.50 EUR", 0, COST_BETRAG_MAX, &c), 0);
	assert_int_equal(c, 1250050); /* both separators: the last one is decimal */
	assert_int_equal(money_parse("12.50", 0, COST_BETRAG_MAX, &c), 0);
	assert_int_equal(c, 1250); /* a lone separator with two digits is decimal */
	assert_int_equal(money_parse("12,500", 1, COST_BETRAG_MAX, &c), 0);
	assert_int_equal(c, 1250000); /* rfc4180: ',' groups */
	assert_int_equal(money_parse("12.5", 1, COST_BETRAG_MAX, &c), 0);
	assert_int_equal(c, 1250); /* rfc4180: '.' is the decimal point */
	assert_int_equal(money_parse("12.500", 1, COST_BETRAG_MAX, &c), -1); /* not guessed */
	const char *bad[] = { "", " ", "€", "1.2.3", "-5", "12,5,0", "12,", "1.23.456", "12.5000",
			      "1,234", "abc", "12 500", "12,345", "+3", NULL };
	for (int i = 0; bad[i]; i++) {
		int rc = money_parse(bad[i], 0, COST_BETRAG_MAX, &c);
		if (rc != -1)
			fail_msg("\"%s\" was accepted (rc %d)", bad[i], rc);
	}
	assert_int_equal(money_parse("1.000.000.000", 0, COST_BETRAG_MAX, &c), 0);
	assert_int_equal(money_parse("1.000.000.000,01", 0, COST_BETRAG_MAX, &c), -2);
	assert_int_equal(money_parse("99999999999999999999999", 0, COST_BETRAG_MAX, &c), -2);
	char b[32];
	assert_string_equal(money_plain(1250050, 1, b, sizeof b), "12500,50");
	assert_string_equal(money_plain(1250000, 0, b, sizeof b), "12500");
}

/* The Kostenfaktor as typed: 0 to 10, at most four decimals, comma or point. */
static void test_faktor_parse(void **state)
{
	(void)state;
	int32_t bp = -1;
	struct wp_err e = { 0 };
	assert_int_equal(pf_faktor_parse("0,8", &bp, &e), 0);
	assert_int_equal(bp, 8000);
	assert_int_equal(pf_faktor_parse(" 1.25 ", &bp, &e), 0);
	assert_int_equal(bp, 12500);
	assert_int_equal(pf_faktor_parse("10", &bp, &e), 0);
	assert_int_equal(bp, 100000);
	assert_int_equal(pf_faktor_parse("0,1234", &bp, &e), 0);
	assert_int_equal(bp, 1234);
	const char *bad[] = { "-1", "10,0001", "11", "0,12345", "", "1,2,3", "abc", ",5", "1,", NULL };
	for (int i = 0; bad[i]; i++)
		if (pf_faktor_parse(bad[i], &bp, &e) != -WP_EINVAL)
			fail_msg("\"%s\" was accepted", bad[i]);
	assert_non_null(strstr(e.msg, "0 bis 10"));
	char b[16];
	assert_string_equal(pf_faktor_format(8000, 1, b, sizeof b), "0,8");
	assert_string_equal(pf_faktor_format(10000, 0, b, sizeof b), "1");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_blended_rate),
		cmocka_unit_test(test_spread_months_years),
		cmocka_unit_test(test_break_even_inside),
		cmocka_unit_test(test_break_even_none_and_default_factor),
		cmocka_unit_test(test_einmalkosten_beginn),
		cmocka_unit_test(test_retire),
		cmocka_unit_test(test_missing_data_and_unplanned),
		cmocka_unit_test(test_migriert_and_in_arbeit),
		cmocka_unit_test(test_rounding),
		cmocka_unit_test(test_refused),
		cmocka_unit_test(test_explanation),
		cmocka_unit_test(test_property_random_plans),
		cmocka_unit_test(test_money_parse),
		cmocka_unit_test(test_faktor_parse),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
