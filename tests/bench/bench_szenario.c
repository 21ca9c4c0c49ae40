/* Benchmark of scenarios (docs/szenarien.md, issue 16 item 7) on a generated workspace of
 * 100,000 objects (tests/bench/gen.h, realistic variant) with a stored plan and a second
 * scenario B: `szenario use B` / `use Basis` (each a switch), `szenario compare Basis B` and
 * `--szenario B kosten`, each a process of its own as a user runs it, against `kosten` (load,
 * assess and cost the active scenario: one scenario's share of a comparison) in the same
 * run; and in-process the dashboard's switch (szenario_use, the assumptions read again,
 * re-assessed, the stored plan loaded, the costs computed) against the same with the whole
 * workspace loaded again (what the dashboard did before). RUNS rounds alternate, medians
 * reported. Targets: a switch under 0.5 s, a comparison of two under 1 s. Also the bytes
 * one extra scenario adds to the file (both sizes after VACUUM), beside the bytes of one
 * scenario's stored plan. BENCH_N=n replaces 100,000. Output: ROW lines in the format of
 * tools/bench.sh, the rest on stderr. Needs WP_BIN. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "data/store.h"
#include "data/store_plan.h"
#include "data/szenario.h"
#include "model/kosten.h"
#include "tests/bench/child.h"
#include "tests/bench/gen.h"
#include "tests/bench/harness.h"

#define RUNS 3

/* Runs argv with all three standard streams on /dev/null (child.h). */
static struct child_run spawn(const char *const argv[])
{
	return child_run("bench_szenario", argv, NULL, NULL);
}

/* VACUUMs the file at db and returns its size in bytes, or -1. */
static long vacuum_size(const char *db)
{
	sqlite3 *h = NULL;
	struct stat sb;
	int rc = sqlite3_open(db, &h) == SQLITE_OK &&
		 sqlite3_exec(h, "PRAGMA wal_checkpoint(TRUNCATE); VACUUM", NULL, NULL, NULL) ==
			 SQLITE_OK;
	sqlite3_close(h);
	return rc && stat(db, &sb) == 0 ? (long)sb.st_size : -1;
}

/* Bytes of the tables whose name matches like in the file at db (after VACUUM), or -1
 * when this SQLite has no dbstat. */
static long table_bytes(const char *db, const char *like)
{
	sqlite3 *h = NULL;
	sqlite3_stmt *st = NULL;
	long n = -1;
	if (sqlite3_open(db, &h) == SQLITE_OK &&
	    sqlite3_prepare_v2(h, "SELECT sum(pgsize) FROM dbstat WHERE name LIKE ?1", -1, &st,
			       NULL) == SQLITE_OK) {
		sqlite3_bind_text(st, 1, like, -1, SQLITE_STATIC);
		if (sqlite3_step(st) == SQLITE_ROW)
			n = (long)sqlite3_column_int64(st, 0);
	}
	sqlite3_finalize(st);
	sqlite3_close(h);
	return n;
}

/* The dashboard's state after a switch to name on s: w as the dashboard holds it (voll:
 * loaded again from the store, else only the assumptions read again), re-assessed, the
 * stored plan loaded and the costs computed. Milliseconds, or -1 on failure. */
static double tui_switch(struct store *s, struct ws **w, const char *name, int voll)
{
	struct wp_err e = { 0 };
	struct assessment *a = NULL;
	struct zeitplan *z = NULL;
	struct kosten *k = NULL;
	double t0 = now_ms();
	int rc = szenario_use(s, name, &e);
	if (!rc && voll) {
		ws_free(w);
		rc = store_load(s, w, &e);
	} else if (!rc) {
		rc = store_reload_annahmen(s, *w, &e);
	}
	if (!rc)
		rc = assess_run(*w, &a);
	if (!rc)
		rc = store_load_zeitplan(s, *w, a, &z, &e);
	if (!rc) {
		struct zeitplan_params p;
		zeitplan_params_default(*w, 20000, &p);
		rc = kosten_run(*w, a, z, p.start, &k);
	}
	double ms = now_ms() - t0;
	kosten_free(&k);
	zeitplan_free(&z);
	assessment_free(&a);
	if (rc)
		fprintf(stderr, "bench_szenario: dashboard switch to %s failed: %s\n", name,
			e.msg[0] ? e.msg : "?");
	return rc ? -1 : ms;
}

/* One ROW line: the median of v against the median of base (sorting both is harmless). */
static void row(size_t n, const char *figure, double *v, double *base, double rss,
		double target_s, const char *target)
{
	double m = median(v, RUNS), b = median(base, RUNS);
	printf("ROW|%s|%zu|%.6f|kosten (load, costs)|%.6f|%.0f|%s|%.6f|%s\n", figure, n, m / 1000,
	       b / 1000, rss, target, m / b, m / 1000 < target_s ? "PASS" : "MISS");
}

int main(void)
{
	const char *bin = NULL;
	size_t n = 0;
	char dir[] = "/tmp/wp-bench-sz-XXXXXX", db[64];
	if (child_env("bench_szenario", &bin, &n))
		return 1;
	if (!mkdtemp(dir))
		return 1;
	snprintf(db, sizeof db, "%s/ws.db", dir);
	int rc = child_workspace("bench_szenario", bin, db, n);
	long ohne = rc ? -1 : vacuum_size(db), plan = rc ? -1 : table_bytes(db, "zeitplan%");
	const char *const cr[] = { bin, "--db", db, "szenario", "create", "B", NULL };
	rc = rc || ohne < 0 || !spawn(cr).ok;
	long mit = rc ? -1 : vacuum_size(db);
	long plan2 = rc ? -1 : table_bytes(db, "zeitplan%"), szb = rc ? -1 : table_bytes(db, "sz%");
	rc = rc || mit < 0;
	double use[RUNS], back[RUNS], cmp[RUNS], sz[RUNS], kost[RUNS], rss_u = 0, rss_c = 0,
	       rss_s = 0;
	for (int i = 0; !rc && i < RUNS; i++) {
		const char *const ub[] = { bin, "--db", db, "szenario", "use", "B", NULL };
		const char *const ua[] = { bin, "--db", db, "szenario", "use", "Basis", NULL };
		const char *const ca[] = { bin, "--db", db, "szenario", "compare", "Basis", "B",
					   NULL };
		const char *const sa[] = { bin, "--db", db, "--szenario", "B", "kosten", NULL };
		const char *const pa[] = { bin, "--db", db, "kosten", NULL };
		struct child_run r[5] = { spawn(ub), spawn(ua), spawn(ca), spawn(sa), spawn(pa) };
		use[i] = r[0].ms;
		back[i] = r[1].ms;
		cmp[i] = r[2].ms;
		sz[i] = r[3].ms;
		kost[i] = r[4].ms;
		rss_u = r[0].rss_mb > rss_u ? r[0].rss_mb : rss_u;
		rss_c = r[2].rss_mb > rss_c ? r[2].rss_mb : rss_c;
		rss_s = r[3].rss_mb > rss_s ? r[3].rss_mb : rss_s;
		for (int k = 0; k < 5; k++)
			rc = rc || !r[k].ok;
	}
	/* the dashboard in-process: its workspace loaded once, then switches back and forth */
	double tui[RUNS], tui_voll[RUNS];
	struct store *s = NULL;
	struct ws *w = NULL;
	struct wp_err e = { 0 };
	rc = rc || store_open(db, STORE_EXISTING, &s, &e) || store_load(s, &w, &e);
	for (int i = 0; !rc && i < RUNS; i++) {
		tui_voll[i] = tui_switch(s, &w, "B", 1);
		double back_voll = tui_switch(s, &w, "Basis", 1);
		tui[i] = tui_switch(s, &w, "B", 0);
		double back_neu = tui_switch(s, &w, "Basis", 0);
		rc = tui_voll[i] < 0 || back_voll < 0 || tui[i] < 0 || back_neu < 0;
	}
	double rss_t = peak_mb();
	ws_free(&w);
	store_close(&s);
	if (!rc) {
		double b = median(tui_voll, RUNS), m = median(tui, RUNS);
		printf("ROW|dashboard: switch, reassess, plan, costs|%zu|%.6f|same, full reload|%.6f|"
		       "%.0f|< 0.5 s|%.6f|%s\n", n, m / 1000, b / 1000, rss_t, m / b,
		       m / 1000 < 0.5 ? "PASS" : "MISS");
		row(n, "szenario use B (switch)", use, kost, rss_u, 0.5, "< 0.5 s");
		row(n, "szenario use Basis (switch back)", back, kost, rss_u, 0.5, "< 0.5 s");
		row(n, "szenario compare Basis B", cmp, kost, rss_c, 1.0, "< 1 s");
		printf("ROW|--szenario B kosten|%zu|%.6f|kosten (load, costs)|%.6f|%.0f|-\n", n,
		       median(sz, RUNS) / 1000, median(kost, RUNS) / 1000, rss_s);
		fprintf(stderr, "bench_szenario: one extra scenario adds %.1f MB to the file "
			"(%.1f MB -> %.1f MB after VACUUM, %zu objects with a stored plan)\n",
			(double)(mit - ohne) / 1e6, (double)ohne / 1e6, (double)mit / 1e6, n);
		if (plan >= 0 && plan2 >= 0 && szb >= 0)
			fprintf(stderr, "bench_szenario: one scenario's stored plan takes %.2f MB "
				"(zeitplan tables); with B they take %.2f MB (+%.2f MB), B's other "
				"assumptions (sz_* tables) %.2f MB\n", (double)plan / 1e6,
				(double)plan2 / 1e6, (double)(plan2 - plan) / 1e6, (double)szb / 1e6);
	}
	bench_unlink_db(db);
	rmdir(dir);
	return rc;
}
