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
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "data/csvwrite.h"
#include "data/export.h"
#include "tests/bench/gen.h"

#define RUNS 3 /* odd: the median is one of the runs */

struct run {
	double sec;
	double cpu; /* user + system seconds of the child */
	double rss_mb;
	int ok;
};

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Runs argv with stdin from /dev/null, stdout to out (or /dev/null), stderr to /dev/null;
 * returns wall time and the child's peak RSS; ok = 0 when it failed. */
static struct run spawn(const char *const argv[], const char *out)
{
	struct run r = { 0, 0, 0, 0 };
	double t0 = now();
	pid_t pid = fork();
	if (pid == 0) {
		if (!freopen("/dev/null", "r", stdin) || !freopen(out ? out : "/dev/null", "w", stdout) ||
		    !freopen(getenv("BENCH_STDERR") ? getenv("BENCH_STDERR") : "/dev/null", "a", stderr))
			_exit(127);
		execvp(argv[0], (char *const *)argv);
		_exit(127);
	}
	int status;
	struct rusage ru;
	if (pid < 0 || wait4(pid, &status, 0, &ru) < 0)
		return r;
	r.sec = now() - t0;
	r.rss_mb = (double)ru.ru_maxrss / 1024.0;
	r.cpu = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
		(double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
	r.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
	if (!r.ok) {
		fprintf(stderr, "bench_import: failed (exit %d):", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
		for (size_t i = 0; argv[i]; i++)
			fprintf(stderr, " %s", argv[i]);
		fprintf(stderr, "\n");
	}
	return r;
}

/* The alternating runs of one figure: a[i] and b[i] ran next to each other. */
struct pair {
	struct run a[RUNS], b[RUNS];
	size_t n;
};

static double median3(double x, double y, double z)
{
	return x > y ? (y > z ? y : (x > z ? z : x)) : (x > z ? x : (y > z ? z : y));
}

/* The median of the RUNS (3) values v[]. */
static double median(const double *v)
{
	return median3(v[0], v[1], v[2]);
}

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
		s.ok &= p->a[i].ok && p->b[i].ok && p->b[i].sec > 0;
		a[i] = p->a[i].sec;
		b[i] = p->b[i].sec;
		r[i] = p->b[i].sec > 0 ? p->a[i].sec / p->b[i].sec : 0;
		ca[i] = p->a[i].cpu;
		cb[i] = p->b[i].cpu;
		if (p->a[i].rss_mb > s.rss_mb)
			s.rss_mb = p->a[i].rss_mb;
	}
	if (s.ok) {
		s.a = median(a);
		s.b = median(b);
		s.ratio = median(r);
		s.cpu_a = median(ca);
		s.cpu_b = median(cb);
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

static void add(struct pair *p, struct run a, struct run b)
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
		struct run a = spawn(im, NULL);
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
		fprintf(stderr, " %.2f", imp.b[i].sec > 0 ? imp.a[i].sec / imp.b[i].sec : -1.0);
	fprintf(stderr, "\n");
	row("export inventar", n, &exp, "sqlite3 -csv", "", 0, 0);

	if (with_roadmap) {
		const char *const pl[] = { bin, "--db", db, "plan", NULL };
		struct run plan = spawn(pl, NULL);
		struct pair er = { 0 };
		for (int i = 0; plan.ok && i < RUNS; i++) {
			const char *const ex[] = { bin, "--db", db, "export", "roadmap", "--dialect",
				"rfc4180", "-o", out, NULL };
			struct run a = spawn(ex, NULL);
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
	const char *bin = getenv("WP_BIN");
	if (!bin) {
		fprintf(stderr, "bench_import: set WP_BIN to build/wolkenplan\n");
		return 1;
	}
	size_t n = getenv("BENCH_N") ? (size_t)atol(getenv("BENCH_N")) : 100000;
	int big = getenv("BENCH_1M") && strcmp(getenv("BENCH_1M"), "1") == 0;
	char dir[] = "/tmp/wp-bench-XXXXXX";
	if (!mkdtemp(dir))
		return 1;
	int road = has_roadmap(bin);
	int rc = bench_size(bin, dir, n, road);
	if (!rc && big)
		rc = bench_size(bin, dir, 1000000, 0);
	char p[300];
	const char *const suffix[] = { "-wal", "-shm", "-journal" };
	for (size_t i = 0; i < 3; i++) {
		snprintf(p, sizeof p, "%s/ws.db%s", dir, suffix[i]);
		unlink(p);
	}
	rmdir(dir);
	return rc;
}
