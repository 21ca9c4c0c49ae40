/* Benchmark: importing a generated 100,000-row inventory with `wolkenplan import` against
 * `sqlite3 .import` of the same file into one flat table, side by side in one run; also
 * export inventar against `sqlite3 -csv` of the flat table. Median of 3 runs, peak RSS of
 * the child processes. Needs WP_BIN (path of build/wolkenplan) and sqlite3 on PATH. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "data/csvwrite.h"
#include "data/export.h"
#include "gen.h"

struct run {
	double sec;
	long rss_kb;
};

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Runs argv (stdin from /dev/null, stdout/stderr to /dev/null); returns wall time and the
 * child's peak RSS; exits on failure. */
static struct run spawn(const char *const argv[])
{
	struct run r = { 0, 0 };
	double t0 = now();
	pid_t pid = fork();
	if (pid == 0) {
		if (!freopen("/dev/null", "r", stdin) || !freopen("/dev/null", "w", stdout) ||
		    !freopen("/dev/null", "w", stderr))
			_exit(127);
		execvp(argv[0], (char *const *)argv);
		_exit(127);
	}
	int status;
	struct rusage ru;
	if (pid < 0 || wait4(pid, &status, 0, &ru) < 0 || !WIFEXITED(status) ||
	    WEXITSTATUS(status) != 0) {
		fprintf(stderr, "bench_import: %s failed\n", argv[0]);
		exit(1);
	}
	r.sec = now() - t0;
	r.rss_kb = ru.ru_maxrss;
	return r;
}

static int cmp_run(const void *a, const void *b)
{
	double x = ((const struct run *)a)->sec, y = ((const struct run *)b)->sec;
	return (x > y) - (x < y);
}

int main(void)
{
	const char *bin = getenv("WP_BIN");
	size_t n = getenv("BENCH_N") ? (size_t)atol(getenv("BENCH_N")) : 100000;
	if (!bin) {
		fprintf(stderr, "bench_import: set WP_BIN to build/wolkenplan\n");
		return 1;
	}
	char dir[] = "/tmp/wp-bench-XXXXXX";
	if (!mkdtemp(dir))
		return 1;
	char csv[256], db[256], flat[256], out[256], sql[512];
	snprintf(csv, sizeof csv, "%s/inventar.csv", dir);
	snprintf(db, sizeof db, "%s/ws.db", dir);
	snprintf(flat, sizeof flat, "%s/flat.db", dir);
	snprintf(out, sizeof out, "%s/out.csv", dir);

	struct ws *w = gen_workspace(n, 6, 42);
	struct csvout *o = NULL;
	struct wp_err e;
	if (!w || csvout_open(csv, DIALECT_RFC4180, &o, &e))
		return 1;
	export_inventar(w, o);
	if (csvout_close(&o, 1, &e))
		return 1;
	size_t deps = w->n_dep;
	ws_free(&w);

	struct run imp[3], sq[3], exp[3], sqe[3];
	for (int i = 0; i < 3; i++) {
		unlink(db);
		const char *const init[] = { bin, "init", "--empty", "--db", db, NULL };
		spawn(init);
		const char *const im[] = { bin, "--db", db, "import", csv, NULL };
		imp[i] = spawn(im);
		unlink(flat);
		snprintf(sql, sizeof sql, ".import --csv %s flat", csv);
		const char *const si[] = { "sqlite3", flat, sql, NULL };
		sq[i] = spawn(si);
		const char *const ex[] = { bin, "--db", db, "export", "inventar", "--dialect", "rfc4180",
			       "-o", out, NULL };
		exp[i] = spawn(ex);
		const char *const se[] = { "sqlite3", "-csv", "-header", flat, "SELECT * FROM flat ORDER BY 1", NULL };
		sqe[i] = spawn(se);
	}
	qsort(imp, 3, sizeof imp[0], cmp_run);
	qsort(sq, 3, sizeof sq[0], cmp_run);
	qsort(exp, 3, sizeof exp[0], cmp_run);
	qsort(sqe, 3, sizeof sqe[0], cmp_run);
	printf("%-44s %10s %10s %8s %10s\n", "bench_import", "wolkenplan", "sqlite3", "ratio",
	       "peak RSS");
	printf("%-44s %9.3fs %9.3fs %7.2fx %7.1f MB\n", "import 100k rows (vs sqlite3 .import)",
	       imp[1].sec, sq[1].sec, imp[1].sec / sq[1].sec, (double)imp[1].rss_kb / 1024);
	printf("%-44s %9.3fs %9.3fs %7.2fx %7.1f MB\n", "export inventar (vs sqlite3 -csv)",
	       exp[1].sec, sqe[1].sec, exp[1].sec / sqe[1].sec, (double)exp[1].rss_kb / 1024);
	printf("(%zu rows, %zu dependencies, median of 3)\n", n, deps);
	unlink(csv);
	unlink(db);
	unlink(flat);
	unlink(out);
	char wal[300];
	snprintf(wal, sizeof wal, "%s-wal", db);
	unlink(wal);
	snprintf(wal, sizeof wal, "%s-shm", db);
	unlink(wal);
	rmdir(dir);
	return 0;
}
