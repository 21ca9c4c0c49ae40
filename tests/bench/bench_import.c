/* Benchmark of the CSV exchange against sqlite3, side by side in one run on the same files:
 * `wolkenplan import` of a generated inventory (tests/bench/gen.h, realistic variant) into
 * a fresh empty workspace vs `sqlite3 .import` of the same file into one flat table of a
 * fresh database (sqlite3's defaults); `wolkenplan export inventar` vs `sqlite3 -csv` of the
 * flat table; and, when the planner is built in, `export roadmap` vs `sqlite3 -csv` of the
 * equivalent flat query on the workspace. The two sides run alternately, RUNS (3) times
 * each, so both meet the same load; reported are the MEDIAN time of each side, the median
 * of the three ratios of a run to its neighbour on the other side (docs/benchmarks.md: the
 * machine is shared, a median is not flattered by one quiet moment as the best would be)
 * and the largest peak RSS of the wolkenplan runs. The import is judged against the issue's
 * targets (100,000 rows: ratio <= 1.0; 1,000,000: ratio <= 1.3 and <= 400 MB) as PASS or MISS.
 * Sizes: 100,000 objects; BENCH_1M=1 adds 1,000,000 (import and export); BENCH_N=n
 * replaces 100,000.
 * Output: one line per figure in the row format of tools/bench.sh
 * ("ROW|figure|size|wolkenplan s|baseline|baseline s|peak RSS MB|target|ratio|verdict").
 * Needs WP_BIN and sqlite3 on PATH. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "data/csvwrite.h"
#include "data/export.h"
#include "tests/bench/child.h"
#include "tests/bench/gen.h"
#include "tests/bench/harness.h"

#define RUNS 3 /* odd: the median is one of the runs */

/* Runs argv with stdout to out (or /dev/null), stderr to $BENCH_STDERR (or /dev/null),
 * stdin from /dev/null (child.h). */
static struct child_run spawn(const char *const argv[], const char *out)
{
	return child_run("bench_import", argv, out, getenv("BENCH_STDERR"));
}

/* The alternating runs of one figure: a[i] and b[i] ran next to each other. */
struct pair {
	struct child_run a[RUNS], b[RUNS];
	size_t n;
};

struct summary {
	double a, b, ratio, rss_mb, cpu_a, cpu_b; /* medians; rss_mb the largest */
	int ok;
};

static struct summary summarize(const struct pair *p)
{
	struct summary s = { 0 };
	double a[RUNS], b[RUNS], r[RUNS], ca[RUNS], cb[RUNS];
	s.ok = p->n == RUNS;
	for (size_t i = 0; i < p->n; i++) {
		s.ok &= p->a[i].ok && p->b[i].ok && p->b[i].ms > 0;
		a[i] = p->a[i].ms / 1000;
		b[i] = p->b[i].ms / 1000;
		r[i] = p->b[i].ms > 0 ? p->a[i].ms / p->b[i].ms : 0;
		ca[i] = p->a[i].cpu;
		cb[i] = p->b[i].cpu;
		if (p->a[i].rss_mb > s.rss_mb)
			s.rss_mb = p->a[i].rss_mb;
	}
	if (s.ok) {
		s.a = median(a, RUNS);
		s.b = median(b, RUNS);
		s.ratio = median(r, RUNS);
		s.cpu_a = median(ca, RUNS);
		s.cpu_b = median(cb, RUNS);
	}
	return s;
}

/* max_ratio <= 0: no ratio target; max_mb <= 0: no memory target; no targets: no verdict. */
static void row(const char *figure, size_t n, const struct pair *p, const char *base,
		const char *target, double max_ratio, double max_mb)
{
	struct summary s = summarize(p);
	const char *verdict = "";
	if (max_ratio > 0 || max_mb > 0)
		verdict = s.ok && (max_ratio <= 0 || s.ratio <= max_ratio) &&
					  (max_mb <= 0 || s.rss_mb <= max_mb)
				  ? "PASS"
				  : "MISS";
	printf("ROW|%s|%zu|%.3f|%s|%.3f|%.1f|%s|%.2f|%s\n", figure, n, s.ok ? s.a : -1.0, base,
	       s.ok ? s.b : -1.0, s.rss_mb, target, s.ok ? s.ratio : -1.0, verdict);
	fflush(stdout);
}

static void add(struct pair *p, struct child_run a, struct child_run b)
{
	if (p->n < RUNS) {
		p->a[p->n] = a;
		p->b[p->n++] = b;
	}
}

/* The roadmap as a flat query on the workspace: the columns of the Roadmap export, planned
 * objects by wave, Behörde, Kennung, then the unplanned ones. */
static const char roadmap_sql[] =
	"SELECT w.nr, w.beginn, w.ende, b.name, o.kennung, o.name, o.typ, o.strategie, '', '', "
	"'', o.aufwand_pt, (SELECT group_concat(z.kennung, ',') FROM abhaengigkeit a JOIN objekt z "
	"ON z.id = a.zu_id WHERE a.von_id = o.id), '', p.hinweise "
	"FROM objekt o JOIN behoerde b ON b.id = o.behoerde_id "
	"LEFT JOIN plan_eintrag p ON p.objekt_id = o.id LEFT JOIN welle w ON w.nr = p.welle_nr "
	"ORDER BY w.nr IS NULL, w.nr, b.name, o.kennung";

static int bench_size(const char *bin, const char *dir, size_t n, int with_roadmap)
{
	char csv[256], db[256], flat[256], out[256], sql[512];
	snprintf(csv, sizeof csv, "%s/inventar-%zu.csv", dir, n);
	snprintf(db, sizeof db, "%s/ws.db", dir);
	snprintf(flat, sizeof flat, "%s/flat.db", dir);
	snprintf(out, sizeof out, "%s/out.csv", dir);

	struct ws *w = gen_workspace_real(n, 6, 42);
	struct csvout *o = NULL;
	struct wp_err e;
	if (!w || csvout_open(csv, DIALECT_RFC4180, &o, &e))
		return 1;
	export_inventar(w, o);
	if (csvout_close(&o, 1, &e))
		return 1;
	ws_free(&w);

	struct pair imp = { 0 }, exp = { 0 };
	for (int i = 0; i < RUNS; i++) {
		unlink(db);
		const char *const init[] = { bin, "init", "--empty", "--db", db, NULL };
		if (!spawn(init, NULL).ok)
			return 1;
		const char *const im[] = { bin, "--db", db, "import", csv, NULL };
		struct child_run a = spawn(im, NULL);
		unlink(flat);
		snprintf(sql, sizeof sql, ".import --csv %s flat", csv);
		const char *const si[] = { "sqlite3", flat, sql, NULL };
		add(&imp, a, spawn(si, NULL));
		const char *const ex[] = { bin, "--db", db, "export", "inventar", "--dialect", "rfc4180",
			"-o", out, NULL };
		a = spawn(ex, NULL);
		const char *const se[] = { "sqlite3", "-csv", "-header", flat,
			"SELECT * FROM flat ORDER BY 1", NULL };
		add(&exp, a, spawn(se, out));
	}
	int big = n > 200000;
	row("import inventar", n, &imp, "sqlite3 .import", big ? "<= 1.3x, <= 400 MB" : "<= 1.0x",
	    big ? 1.3 : 1.0, big ? 400 : 0);
	struct summary si = summarize(&imp);
	fprintf(stderr, "bench_import: import of %zu rows, median CPU (user+system): wolkenplan "
		"%.3f s on two threads, sqlite3 %.3f s; ratios of the %d runs:", n, si.cpu_a,
		si.cpu_b, RUNS);
	for (size_t i = 0; i < imp.n; i++)
		fprintf(stderr, " %.2f", imp.b[i].ms > 0 ? imp.a[i].ms / imp.b[i].ms : -1.0);
	fprintf(stderr, "\n");
	row("export inventar", n, &exp, "sqlite3 -csv", "", 0, 0);

	if (with_roadmap) {
		const char *const pl[] = { bin, "--db", db, "plan", NULL };
		struct child_run plan = spawn(pl, NULL);
		struct pair er = { 0 };
		for (int i = 0; plan.ok && i < RUNS; i++) {
			const char *const ex[] = { bin, "--db", db, "export", "roadmap", "--dialect",
				"rfc4180", "-o", out, NULL };
			struct child_run a = spawn(ex, NULL);
			const char *const se[] = { "sqlite3", "-csv", "-header", db, roadmap_sql, NULL };
			add(&er, a, spawn(se, out));
		}
		if (plan.ok)
			row("export roadmap", n, &er, "sqlite3 -csv (join)", "", 0, 0);
	}
	unlink(csv);
	unlink(flat);
	unlink(out);
	unlink(db);
	return 0;
}

/* 1 when `wolkenplan help export` mentions the roadmap export. */
static int has_roadmap(const char *bin)
{
	const char *const argv[] = { bin, "help", "export", NULL };
	char tmp[] = "/tmp/wp-bench-help-XXXXXX";
	int fd = mkstemp(tmp), found = 0;
	if (fd < 0)
		return 0;
	close(fd);
	spawn(argv, tmp);
	FILE *f = fopen(tmp, "r");
	char line[512];
	while (f && fgets(line, sizeof line, f))
		found |= strstr(line, "roadmap") != NULL;
	if (f)
		fclose(f);
	unlink(tmp);
	return found;
}

int main(void)
{
	const char *bin = NULL;
	size_t n = 0;
	if (child_env("bench_import", &bin, &n))
		return 1;
	int big = getenv("BENCH_1M") && strcmp(getenv("BENCH_1M"), "1") == 0;
	char dir[] = "/tmp/wp-bench-XXXXXX";
	if (!mkdtemp(dir))
		return 1;
	int road = has_roadmap(bin);
	int rc = bench_size(bin, dir, n, road);
	if (!rc && big)
		rc = bench_size(bin, dir, 1000000, 0);
	char db[300];
	snprintf(db, sizeof db, "%s/ws.db", dir);
	bench_unlink_db(db);
	rmdir(dir);
	return rc;
}
