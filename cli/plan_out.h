/* Printing the Zeitplan on the command line (plan, roadmap, pin, kapazitaet, check): its
 * parameters, the plan per reporting wave, the roadmap table, the checker's findings and
 * the summary line. Texts in the user's language; nothing here decides anything. */
#ifndef WP_CLI_PLAN_OUT_H
#define WP_CLI_PLAN_OUT_H

#include <stdint.h>

#include "cli/cli.h"
#include "model/zeitplan.h"

/* "Zeitplan ab 01.2027 · 40 PT je Monat … · höchstens 20 PT je Objekt und Monat · …". */
void plan_out_params(const struct cli *c, const struct zeitplan *z);

/* Per reporting wave its months, objects going live, load and capacity, and the objects
 * with Beginn–Ende, PT and Hinweise; then the objects not planned with their reason.
 * Returns 0 or an exit code after printing an error. */
int plan_out_wellen(const struct cli *c, const struct zeitplan *z);

/* Per pilot: bound together (status geplant or laufend: one group, one go-live month) or
 * not (its members planned one by one), its members' months and waves. */
void plan_out_piloten(const struct cli *c, const struct zeitplan *z);

/* One line per wave: months, objects, load / capacity. */
void plan_out_wellen_kurz(const struct cli *c, const struct zeitplan *z);

/* The roadmap as a table (rows in zeitplan_order). Returns 0 or an exit code. */
int plan_out_tabelle(const struct cli *c, const struct zeitplan *z);

/* Checks z with sched_check and prints every finding (only those naming object only, if
 * only != WP_NONE) with prefix (a msgid with one %s); with frist_prefix also every object
 * whose deadline is at risk. Counts those in *fristen (may be NULL). Returns the number of
 * findings printed, or -1 after printing an error. */
long plan_out_befunde(const struct cli *c, const struct zeitplan *z, uint32_t only,
		      const char *prefix, const char *frist_prefix, long *fristen);

/* The summary line: start, waves, planned objects, last go-live, deadlines at risk and nv
 * violations (plural forms via ngettext). */
void plan_out_summe(const struct cli *c, const struct zeitplan *z, long nv);

#endif
