/* Unit tests of the costs on a whole workspace (model/kosten.h) as the exports use them: on
 * the Musterstadt demo under a Zeitplan, per Haushaltsjahr the object-months' PT cost plus
 * the Einmalkosten of the objects beginning then equal the year's Migration to the cent, so
 * the shown figure is one rounding (≤ 0,50 €) away from that sum; each Zeitplan row's euros
 * (cost_pt_euro) are within 0,50 € + 1 cent of the cents it adds; the Roadmap's per-object
 * migration adds up to the total; the Kosten export writes the rounded rows. */
#include <inttypes.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "data/csvwrite.h"
#include "data/export_kosten.h"
#include "data/seed.h"
#include "data/store.h"
#include "model/kosten.h"
#include "model/money.h"
#include "model/monat.h"
#include "model/zeitplan.h"

struct fx {
	struct store *s;
	struct ws *w;
	struct assessment *a;
	struct zeitplan *z;
	struct kosten *k;
};

static int setup(void **state)
{
	struct fx *f = calloc(1, sizeof *f);
	struct wp_err e = { 0 };
	if (!f || store_open(":memory:", STORE_CREATE, &f->s, &e) || seed_workspace(f->s, 1, &e) ||
	    store_load(f->s, &f->w, &e) || assess_run(f->w, &f->a))
		return -1;
	struct zeitplan_params p;
	zeitplan_params_default(f->w, 0, &p);
	p.start = monat_von(2027, 1);
	if (zeitplan_run(f->w, f->a, &p, &f->z) || kosten_run(f->w, f->a, f->z, 0, &f->k))
		return -1;
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fx *f = *state;
	kosten_free(&f->k);
	zeitplan_free(&f->z);
	assessment_free(&f->a);
	ws_free(&f->w);
	store_close(&f->s);
	free(f);
	return 0;
}

static int64_t abs64(int64_t x)
{
	return x < 0 ? -x : x;
}

/* Per year: Σ alloc_kosten + Σ Einmalkosten (Beginn in the year) = Migration, in cents. */
static void test_year_identity(void **state)
{
	const struct fx *f = *state;
	const struct cost_result *r = f->k->r;
	const struct cost_input *in = &f->k->in;
	assert_true(r->n_jahr > 0);
	assert_true(in->n_alloc > 0);
	int first = r->jahr[0].jahr;
	int64_t *sum = calloc(r->n_jahr, sizeof *sum);
	assert_non_null(sum);
	for (size_t i = 0; i < in->n_alloc; i++) {
		int y = in->alloc[i].monat / 12 - first;
		assert_true(y >= 0 && (size_t)y < r->n_jahr);
		sum[y] += r->alloc_kosten[i];
		/* the Zeitplan row: rounded once from PT × T; the cents within a cent of it */
		int64_t e = cost_pt_euro(r, in->alloc[i].pt);
		assert_true(abs64(e * 100 - r->alloc_kosten[i]) <= 51);
	}
	size_t einmal = 0;
	for (size_t o = 0; o < in->n_obj; o++)
		if (in->obj[o].geplant && r->obj[o].einmal > 0) {
			sum[in->obj[o].beginn / 12 - first] += r->obj[o].einmal;
			einmal++;
		}
	assert_true(einmal > 0); /* the demo has licences to buy */
	int64_t total = 0;
	for (size_t y = 0; y < r->n_jahr; y++) {
		assert_int_equal(sum[y], r->jahr[y].migration);
		/* the shown figure: one rounding of that sum */
		assert_true(abs64(money_euro(r->jahr[y].migration) * 100 - sum[y]) <= 50);
		total += r->jahr[y].migration;
	}
	assert_int_equal(total, r->migration);
	free(sum);
}

/* The Roadmap's column: per object pt_kosten + einmal; the objects add up to the total. */
static void test_objects_add_up(void **state)
{
	const struct fx *f = *state;
	const struct cost_result *r = f->k->r;
	int64_t s = 0, ext = 0;
	size_t geplant = 0;
	for (size_t o = 0; o < r->n_obj; o++) {
		assert_int_equal(r->obj[o].migration, r->obj[o].pt_kosten + r->obj[o].einmal);
		if (!f->k->in.obj[o].geplant)
			assert_int_equal(r->obj[o].migration, 0);
		geplant += f->k->in.obj[o].geplant;
		s += r->obj[o].migration;
		ext += r->obj[o].extern_;
	}
	assert_true(geplant > 10);
	assert_int_equal(s, r->migration);
	assert_int_equal(ext, r->migration_extern);
	/* Basis is the same in every full year; Kumuliert runs over Differenz */
	int64_t cum = 0;
	for (size_t y = 0; y < r->n_jahr; y++) {
		assert_int_equal(r->jahr[y].basis, r->jahr[0].basis);
		cum += r->jahr[y].differenz;
		assert_int_equal(r->jahr[y].kumuliert, cum);
	}
}

/* The Kosten export: the header and one line per year, each figure money_euro of its cents. */
static void test_export(void **state)
{
	const struct fx *f = *state;
	char path[] = "/tmp/wp-test-kosten-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	struct csvout *o = NULL;
	struct wp_err e = { 0 };
	assert_int_equal(csvout_open(path, DIALECT_RFC4180, &o, &e), 0);
	assert_int_equal(export_kosten(f->k, o), 0);
	assert_int_equal(csvout_close(&o, 1, &e), 0);
	FILE *in = fopen(path, "r");
	assert_non_null(in);
	char line[512], want[512];
	assert_non_null(fgets(line, sizeof line, in));
	assert_string_equal(line, "Haushaltsjahr,Migration_EUR,Migration_extern_EUR,Betrieb_EUR,"
				  "Summe_EUR,Basis_EUR,Differenz_EUR,Kumuliert_EUR\r\n");
	for (size_t y = 0; y < f->k->r->n_jahr; y++) {
		const struct cost_jahr *j = &f->k->r->jahr[y];
		snprintf(want, sizeof want,
			 "%d,%" PRId64 ",%" PRId64 ",%" PRId64 ",%" PRId64 ",%" PRId64 ",%" PRId64
			 ",%" PRId64 "\r\n",
			 j->jahr, money_euro(j->migration), money_euro(j->migration_extern),
			 money_euro(j->betrieb), money_euro(j->summe), money_euro(j->basis),
			 money_euro(j->differenz), money_euro(j->kumuliert));
		assert_non_null(fgets(line, sizeof line, in));
		assert_string_equal(line, want);
	}
	assert_null(fgets(line, sizeof line, in));
	fclose(in);
	unlink(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_year_identity),
		cmocka_unit_test(test_objects_add_up),
		cmocka_unit_test(test_export),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
