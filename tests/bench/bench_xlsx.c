/* Benchmark of `export xlsx` (docs/xlsx.md) against the CSV exports of the same sheets, side
 * by side in one run on one workspace: a generated workspace of 100,000 objects
 * (tests/bench/gen.h, realistic variant, written as by tools/gen.c) with a stored plan; the
 * workbook vs the sum of `export roadmap`, `kosten`, `bewertung`, `inventar`, `pilote`,
 * `beschluesse` and `zeitplan` (the Zeitplan sheet counted against `export zeitplan`), each
 * a process of its own as a user would run them. The two sides alternate, RUNS times; the
 * median of each side is reported with the workbook's peak RSS (the largest of its runs).
 * Target (issue 17, item 6): ≤ 3× the CSV time and under 300 MB. BENCH_N=n replaces 100,000.
 * Output: one ROW line in the format of tools/bench.sh and the CPU seconds on stderr. Needs
 * WP_BIN (build/wolkenplan). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tests/bench/child.h"
#include "tests/bench/harness.h"

#define RUNS 3

/* Runs argv with all three standard streams on /dev/null (child.h). */
static struct child_run spawn(const char *const argv[])
{
	return child_run("bench_xlsx", argv, NULL, NULL);
}

int main(void)
{
	static const char *const csv[] = { "roadmap", "kosten", "bewertung", "inventar", "pilote",
					   "beschluesse", "zeitplan" };
	const char *bin = NULL;
	size_t n = 0;
	char dir[] = "/tmp/wp-bench-xlsx-XXXXXX", db[64], out[64], xlsx[64];
	if (child_env("bench_xlsx", &bin, &n))
		return 1;
	if (!mkdtemp(dir))
		return 1;
	snprintf(db, sizeof db, "%s/ws.db", dir);
	snprintf(out, sizeof out, "%s/out.csv", dir);
	snprintf(xlsx, sizeof xlsx, "%s/out.xlsx", dir);
	int rc = child_workspace("bench_xlsx", bin, db, n);
	double x_ms[RUNS], c_ms[RUNS], x_cpu[RUNS], c_cpu[RUNS], rss = 0;
	for (int i = 0; !rc && i < RUNS; i++) {
		const char *const xa[] = { bin, "--db", db, "export", "xlsx", "-o", xlsx, NULL };
		struct child_run x = spawn(xa);
		x_ms[i] = x.ms;
		x_cpu[i] = x.cpu;
		rss = x.rss_mb > rss ? x.rss_mb : rss;
		rc = !x.ok;
		c_ms[i] = c_cpu[i] = 0;
		for (size_t k = 0; !rc && k < sizeof csv / sizeof csv[0]; k++) {
			const char *const ca[] = { bin, "--db", db, "export", csv[k], "--dialect",
						   "rfc4180", "-o", out, NULL };
			struct child_run c = spawn(ca);
			c_ms[i] += c.ms;
			c_cpu[i] += c.cpu;
			rc = !c.ok;
		}
	}
	if (!rc) {
		double xm = median(x_ms, RUNS), cm = median(c_ms, RUNS);
		int pass = xm <= 3 * cm && rss < 300;
		printf("ROW|export xlsx (9 sheets)|%zu|%.6f|7 CSV exports|%.6f|%.0f|"
		       "<= 3.0x, < 300 MB: %s\n", n, xm / 1000, cm / 1000, rss, pass ? "PASS" : "MISS");
		fprintf(stderr, "bench_xlsx: CPU (user+system), median of %d: xlsx %.3f s, the 7 CSV "
			"exports %.3f s (%.2fx)\n", RUNS, median(x_cpu, RUNS), median(c_cpu, RUNS),
			median(x_cpu, RUNS) / median(c_cpu, RUNS));
	}
	bench_unlink_db(db);
	unlink(out);
	unlink(xlsx);
	rmdir(dir);
	return rc;
}
