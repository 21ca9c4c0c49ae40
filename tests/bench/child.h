/* Shared harness of the benchmarks that run wolkenplan (or sqlite3) as a process of its own,
 * as a user would (bench_import, bench_szenario, bench_xlsx): one run with its wall time, CPU
 * time and peak RSS, the generated workspace such runs work on, and what they read from
 * the environment.
 * Header-only like harness.h; every function is static. */
#ifndef WP_TESTS_BENCH_CHILD_H
#define WP_TESTS_BENCH_CHILD_H

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "data/store.h"
#include "tests/bench/gen.h"
#include "tests/bench/harness.h"

/* One finished child process. */
struct child_run {
	double ms;     /* wall time, fork to reaped */
	double cpu;    /* user + system seconds of the child */
	double rss_mb; /* the child's peak RSS */
	int ok;        /* it exited with 0 */
};

/* What a benchmark of this kind is given: *bin from $WP_BIN (the wolkenplan to run,
 * borrowed from the environment) and *n from $BENCH_N, else 100,000 objects. Returns 0, or
 * -1 after saying on stderr (as who) that WP_BIN is missing. */
static inline int child_env(const char *who, const char **bin, size_t *n)
{
	*bin = getenv("WP_BIN");
	*n = getenv("BENCH_N") ? (size_t)atol(getenv("BENCH_N")) : 100000;
	if (!*bin) {
		fprintf(stderr, "%s: set WP_BIN to build/wolkenplan\n", who);
		return -1;
	}
	return 0;
}

/* Runs argv (argv[0] looked up on PATH) with stdin from /dev/null, stdout to the file out
 * (NULL: /dev/null, truncated) and stderr appended to the file err (NULL: /dev/null), and
 * waits for it. A failure is said on stderr with the name who and the whole command line;
 * a run that could not be started or reaped is all zero. argv and the paths are borrowed. */
static inline struct child_run child_run(const char *who, const char *const argv[],
					 const char *out, const char *err)
{
	struct child_run r = { 0, 0, 0, 0 };
	double t0 = now_ms();
	pid_t pid = fork();
	if (pid == 0) {
		if (!freopen("/dev/null", "r", stdin) || !freopen(out ? out : "/dev/null", "w", stdout) ||
		    !freopen(err ? err : "/dev/null", "a", stderr))
			_exit(127);
		execvp(argv[0], (char *const *)argv);
		_exit(127);
	}
	int status;
	struct rusage ru;
	if (pid < 0 || wait4(pid, &status, 0, &ru) < 0)
		return r;
	r.ms = now_ms() - t0;
	r.rss_mb = (double)ru.ru_maxrss / 1024.0;
	r.cpu = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
		(double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
	r.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
	if (!r.ok) {
		fprintf(stderr, "%s: failed (exit %d):", who,
			WIFEXITED(status) ? WEXITSTATUS(status) : -1);
		for (size_t i = 0; argv[i]; i++)
			fprintf(stderr, " %s", argv[i]);
		fprintf(stderr, "\n");
	}
	return r;
}

/* The realistic generated workspace of n objects (seed 42, 6 platforms) saved into a new
 * file at db, then `bin --db db plan` run on it (a stored plan). Returns 0 or -1; who names
 * the benchmark in a failure message. */
static inline int child_workspace(const char *who, const char *bin, const char *db, size_t n)
{
	struct ws *w = gen_workspace_real(n, 6, 42);
	struct store *s = NULL;
	struct wp_err e = { 0 };
	int rc = w ? store_open(db, STORE_CREATE, &s, &e) : -1;
	if (!rc && !(rc = store_begin(s, &e))) {
		rc = store_save_all(s, w, &e);
		if (!rc)
			rc = store_commit(s, &e);
		else
			store_rollback(s);
	}
	store_close(&s);
	ws_free(&w);
	const char *const pl[] = { bin, "--db", db, "plan", NULL };
	return rc || !child_run(who, pl, NULL, NULL).ok ? -1 : 0;
}

#endif
