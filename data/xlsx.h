/* The Excel workbook of `wolkenplan export xlsx` (docs/xlsx.md): sheets Übersicht, Roadmap,
 * Zeitplan (a Gantt by month), Kosten, Bewertung, Inventar, Pilote, Beschlüsse and Annahmen,
 * written with libxlsxwriter in its constant-memory mode. The sheets named like a CSV export
 * get their rows from that export's own writer (data/csvwrite.h sink), typed per column:
 * numbers as numbers, dates as dates, euros in a currency format, text as text (never a
 * formula). Written atomically: a temporary file renamed over the target. */
#ifndef WP_DATA_XLSX_H
#define WP_DATA_XLSX_H

#include <stdint.h>

#include "data/store.h"
#include "model/assess.h"
#include "model/kosten.h"
#include "model/plan.h"
#include "model/ws.h"
#include "model/zeitplan.h"

/* What the workbook is written from: one computed result, borrowed for the call. */
struct xlsx_quelle {
	const struct ws *w;          /* ws_index current */
	const struct assessment *a;  /* the assessment of w */
	const struct zeitplan *z;    /* the stored Zeitplan, or NULL: no plan yet */
	const struct plan *plan;     /* its wave view (Pilote), or NULL */
	const struct kosten *k;      /* the costs of w under a and z */
	int32_t heute;               /* the day of the export, days since 1970-01-01 */
};

/* Writes the workbook of q to path (not "-": a workbook is no stream). The file appears
 * only complete: written to a temporary file next to path, synced, renamed over path; on
 * any failure the temporary file is removed and an existing file at path stays as it was.
 * Returns 0, or -WP_EIO / -WP_ENOMEM / -WP_EINVAL with a message naming path and the
 * reason in e. */
int xlsx_write(const char *path, const struct xlsx_quelle *q, struct wp_err *e);

/* The workbook of a workspace as stored: loads the stored Zeitplan of w from s (none stored,
 * or s NULL: a workbook without plan), derives its waves, computes the costs and calls
 * xlsx_write. w and a (the assessment of w) are borrowed. Returns as xlsx_write. */
int xlsx_export(const char *path, struct store *s, const struct ws *w,
		const struct assessment *a, int32_t heute, struct wp_err *e);

#endif
