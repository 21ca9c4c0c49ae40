/* Shared harness of the benchmark programs (tests/bench/bench_*.c): the monotonic clock,
 * peak RSS, the median of repeated runs, the ROW lines tools/bench.sh reads and the removal
 * of a benchmark's workspace file.
 * Header-only like gen.h; every function is static. */
#ifndef WP_TESTS_BENCH_HARNESS_H
#define WP_TESTS_BENCH_HARNESS_H

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

/* Milliseconds on the monotonic clock. */
static inline double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* The peak resident set size of this process so far, in MB. */
static inline double peak_mb(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return (double)ru.ru_maxrss / 1024.0;
}

static inline int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/* The median of the n values in v (sorts v). */
static inline double median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof *v, cmp_double);
	return v[n / 2];
}

/* One ROW line for tools/bench.sh: the figure measured on n objects in ms against the
 * baseline base_name in base_ms, the peak RSS, the target. */
static inline void bench_row(int n, const char *figure, double ms, const char *base_name,
			     double base_ms, const char *target)
{
	printf("ROW|%s|%d|%.6f|%s|%.6f|%.0f|%s\n", figure, n, ms / 1000, base_name,
	       base_ms / 1000, peak_mb(), target);
}

/* Deletes the workspace file db with its -wal, -shm and -journal files (those missing are
 * no error). */
static inline void bench_unlink_db(const char *db)
{
	static const char *const suffix[] = { "", "-wal", "-shm", "-journal" };
	char p[320];
	for (size_t i = 0; i < sizeof suffix / sizeof suffix[0]; i++) {
		snprintf(p, sizeof p, "%s%s", db, suffix[i]);
		unlink(p);
	}
}

#endif
