/* Fuzz target over the Inventar CSV import path: inventar_read into the Musterstadt demo
 * workspace held in memory (nothing touches the disk), then, for a valid file, the whole
 * assessment and the explanation of every touched object, as `wolkenplan import` and
 * `explain` would compute them, and a second import of the same file, which must find
 * every row unchanged. Built as a libFuzzer target by `make fuzz` and, with
 * tests/fuzz/replay.c, as a plain program that `make check` feeds the corpus. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/inventar.h"
#include "data/seed.h"
#include "data/store.h"
#include "model/assess.h"
#include "model/explain.h"
#include "model/explain_text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct store *demo; /* seeded once, read for every input */

static void close_demo(void)
{
	store_close(&demo);
}

static void die(const char *what, const struct wp_err *e)
{
	fprintf(stderr, "fuzz_inventar: %s: %s\n", what, e->msg);
	abort();
}

/* Invariants a user relies on after a valid import: every counted row is accounted for,
 * the touched list names real objects, every dependency points at real objects. */
static void check_result(const struct ws *w, const struct inventar_result *r)
{
	if (r->n_new + r->n_changed + r->n_unchanged != r->rows)
		abort();
	for (size_t i = 0; i < r->n_new + r->n_changed; i++)
		if (r->touched[i] >= w->n_obj)
			abort();
	for (size_t i = 0; i < w->n_dep; i++)
		if (w->dep[i].von >= w->n_obj || w->dep[i].zu >= w->n_obj ||
		    w->dep[i].von == w->dep[i].zu)
			abort();
}

static void assess_touched(const struct ws *w, const struct inventar_result *r)
{
	struct assessment *a = NULL;
	if (assess_run(w, &a) != 0)
		abort(); /* the index is current after a valid read; only OOM may fail */
	size_t n = r->n_new + r->n_changed;
	for (size_t i = 0; i < n && i < 8; i++) {
		struct explanation *x = NULL;
		if (explain_object(w, a, r->touched[i], &x) != 0)
			abort();
		explain_free(&x);
		char *t = explain_text(w, a, r->touched[i], WP_NONE);
		if (!t)
			abort();
		free(t);
	}
	assessment_free(&a);
}

/* The same file read again into the workspace it produced must change nothing: every row
 * is then an unchanged existing object (what a user sees importing a file twice). */
static void reimport(struct ws *w, const uint8_t *data, size_t size,
		     const struct inventar_opts *opt, size_t rows)
{
	struct inventar_result r;
	struct wp_err e = { 0 };
	int rc = inventar_read(w, "fuzz.csv", (const char *)data, size, opt, &r, &e);
	if (rc == -WP_ENOMEM) {
		inventar_result_free(&r);
		return;
	}
	if (rc != 0 || r.rows != rows || r.n_new || r.n_changed || r.n_beh_new ||
	    r.n_unchanged != rows) {
		fprintf(stderr, "fuzz_inventar: second import: rc %d, %zu rows, %zu new, %zu changed, "
			"%zu new Behörden (%s)\n", rc, r.rows, r.n_new, r.n_changed, r.n_beh_new,
			r.n_errors ? r.errors[0].msg : "");
		abort();
	}
	inventar_result_free(&r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct wp_err e = { 0 };
	if (!demo) {
		if (store_open(":memory:", STORE_CREATE, &demo, &e) || seed_workspace(demo, 1, &e))
			die("demo workspace", &e);
		atexit(close_demo);
	}
	struct ws *w = NULL;
	if (store_load(demo, &w, &e))
		die("store_load", &e);
	/* the options come from the length, so plain CSV files stay valid corpus entries */
	struct inventar_opts opt = { .ignore_unknown = (size & 1) != 0,
				     .from_cp1252 = (size & 6) == 6 };
	struct inventar_result r;
	int rc = inventar_read(w, "fuzz.csv", (const char *)data, size, &opt, &r, &e);
	if (rc == 0) {
		check_result(w, &r);
		assess_touched(w, &r);
		reimport(w, data, size, &opt, r.rows);
	} else if (rc == -WP_EINVAL) {
		if (r.n_errors == 0) /* a refused file always says why */
			abort();
	} else if (rc != -WP_ENOMEM) {
		abort();
	}
	inventar_result_free(&r);
	ws_free(&w);
	return 0;
}
