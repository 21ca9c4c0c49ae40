/* The printable committee report (docs/report.md): an A4 PDF with title page, summary,
 * Gantt chart of the roadmap, costs per Haushaltsjahr, red-line matrix, one page per pilot
 * and an annex — or one chart alone as PDF, SVG or PNG. It reads the same computed results
 * as the CSV exports (assessment, stored Zeitplan, model/kosten.h, model/pilot.h) and
 * recomputes none. Written atomically (temporary file + rename). */
#ifndef WP_DATA_REPORT_H
#define WP_DATA_REPORT_H

#include <stddef.h>
#include <stdint.h>

#include "data/store.h"
#include "model/assess.h"
#include "model/err.h"
#include "model/ws.h"
#include "model/zeitplan.h"

struct sz_stand; /* data/szenario_zahlen.h */

enum report_nur { REPORT_ALLES, REPORT_GANTT, REPORT_KOSTEN };
enum report_format { REPORT_PDF, REPORT_SVG, REPORT_PNG };

struct report_opts {
	const char *name;   /* the workspace's name for every page (report_name) */
	const char *titel;  /* NULL: the default title */
	uint32_t behoerde;  /* restrict to this Behörde's subtree, or WP_NONE */
	int32_t heute;      /* the date on every page, days since 1970-01-01 */
	int nur;            /* enum report_nur */
	int format;         /* enum report_format (REPORT_ALLES: PDF only) */
	/* the scenarios compared in the section Szenarienvergleich (borrowed; loaded by
	 * sz_stand_laden; the first is the reference), or NULL; n_vergleich 0 or 2..4 */
	const struct sz_stand *vergleich;
	size_t n_vergleich;
};

/* Parses "gantt" / "kosten" (enum report_nur) and "pdf" / "svg" / "png" (enum
 * report_format); return the value or -1. */
int report_nur_parse(const char *s);
int report_format_parse(const char *s);

/* The name a report gives workspace w stored in file path: the one top-level Behörde's
 * name when there is exactly one (the demo: "Stadtverwaltung Musterstadt"), else the
 * file's name without directory and ".db". Writes into buf (snprintf contract); returns
 * buf. */
char *report_name(const struct ws *w, const char *path, char *buf, size_t size);

/* 1 if s is a usable title: valid UTF-8 without control characters, at most 200 bytes. */
int report_titel_ok(const char *s);

/* Writes the report of w under its assessment a and stored Zeitplan z (NULL: none stored;
 * the report says how to make one) to path, in the interface language. The costs come from
 * kosten_run on the same w, a and z. On success returns 0 and stores the page count in
 * *seiten (may be NULL); on failure nothing is left at path (an old file stays) and
 * -WP_EIO, -WP_ENOMEM or -WP_EINVAL is returned with a message in e. */
int report_write(const char *path, const struct ws *w, const struct assessment *a,
		 const struct zeitplan *z, const struct report_opts *o, int *seiten,
		 struct wp_err *e);

/* The report of `wolkenplan report` and of the dashboard's export dialog: report_write
 * with the Zeitplan stored in s (none when s is NULL or nothing is stored). Same contract
 * as report_write. */
int report_export(const char *path, struct store *s, const struct ws *w,
		  const struct assessment *a, const struct report_opts *o, int *seiten,
		  struct wp_err *e);

/* Releases the global caches of fontconfig and Pango at program exit, so that leak checkers
 * see only real leaks. Call once at program exit, after the last report_write; does nothing
 * when no report was drawn. */
void report_cleanup(void);

#endif
