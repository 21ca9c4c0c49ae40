/* wp-gen: writes a synthetic, deterministic Inventar CSV and/or workspace (tests/bench/gen.h)
 * for benchmarks, demos and load tests:
 *   wp-gen [-n OBJEKTE] [--seed N] [--platforms N] [--dialect excel-de|rfc4180]
 *          [-o INVENTAR.csv] [--db WORKSPACE.db] [--worst-case]
 * -n 1000 / 10000 / 100000 / 1000000 are the benchmark sizes; the same arguments always give
 * the same bytes. --worst-case keeps the generator's dense cycles (~73 % of all objects in
 * one cycle) instead of small ones, and leaves out the extras. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/csvwrite.h"
#include "data/export.h"
#include "data/store.h"
#include "tests/bench/gen.h"

static int usage(void)
{
	fprintf(stderr, "usage: wp-gen [-n OBJEKTE] [--seed N] [--platforms N] "
			"[--dialect excel-de|rfc4180] [-o INVENTAR.csv] [--db WORKSPACE.db] "
			"[--worst-case]\n");
	return 2;
}

/* Writes w into a new workspace file (schema, then everything in one transaction). */
static int write_db(const char *path, struct ws *w, struct wp_err *e)
{
	struct store *s = NULL;
	int rc = store_open(path, STORE_CREATE, &s, e);
	if (!rc && !(rc = store_begin(s, e))) {
		rc = store_save_all(s, w, e);
		if (!rc)
			rc = store_commit(s, e);
		else
			store_rollback(s);
	}
	store_close(&s);
	if (rc)
		remove(path);
	return rc;
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "seed", required_argument, NULL, 's' },
		{ "platforms", required_argument, NULL, 'p' },
		{ "dialect", required_argument, NULL, 'd' },
		{ "db", required_argument, NULL, 'b' },
		{ "worst-case", no_argument, NULL, 'w' },
		{ NULL, 0, NULL, 0 },
	};
	size_t n = 100000, n_pf = 6;
	unsigned seed = 42;
	int dialect = DIALECT_RFC4180, worst = 0, opt;
	const char *out = NULL, *db = NULL;
	while ((opt = getopt_long(argc, argv, "n:o:", opts, NULL)) != -1) {
		switch (opt) {
		case 'n': n = (size_t)strtoul(optarg, NULL, 10); break;
		case 'o': out = optarg; break;
		case 's': seed = (unsigned)strtoul(optarg, NULL, 10); break;
		case 'p': n_pf = (size_t)strtoul(optarg, NULL, 10); break;
		case 'b': db = optarg; break;
		case 'w': worst = 1; break;
		case 'd':
			if ((dialect = csv_dialect_parse(optarg)) < 0)
				return usage();
			break;
		default: return usage();
		}
	}
	if (optind != argc || n == 0 || n > 10000000 || (!out && !db))
		return usage();
	struct ws *w = worst ? gen_workspace(n, n_pf, seed) : gen_workspace_real(n, n_pf, seed);
	struct wp_err e = { 0 };
	int rc = 0;
	if (!w) {
		fprintf(stderr, "wp-gen: out of memory\n");
		return 1;
	}
	if (out) {
		struct csvout *o = NULL;
		if ((rc = csvout_open(out, (enum csv_dialect)dialect, &o, &e)) == 0) {
			export_inventar(w, o);
			rc = csvout_close(&o, 1, &e);
		}
	}
	if (!rc && db)
		rc = write_db(db, w, &e);
	if (rc)
		fprintf(stderr, "wp-gen: %s\n", e.msg);
	else
		fprintf(stderr, "wp-gen: %zu objects, %zu dependencies, %zu pilots (seed %u)\n",
			w->n_obj, w->n_dep, w->n_pilot, seed);
	ws_free(&w);
	return rc ? 1 : 0;
}
