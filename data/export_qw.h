/* The Quick-Wins CSV: the ranked quick wins with the parts of their score (docs/rules.md §7), as
 * the dashboard's Quick Wins view shows them, through the CSV writer of data/csvwrite.h. */
#ifndef WP_DATA_EXPORT_QW_H
#define WP_DATA_EXPORT_QW_H

#include "data/csvwrite.h"
#include "model/assess.h"
#include "model/ws.h"

/* Writes the header (Rang · Kennung · Name · Behörde · Punkte · Nutzen · Leichtigkeit ·
 * Risiko · OZG · Fallzahl · Aufwand_PT · Schutzklasse · Plattform · Strategie ·
 * Pilotkandidat) and one row per quick-win eligible object of w, best first (the order of
 * assess_quickwins). Score parts with two decimals, in the dialect's decimal separator.
 * a is the assessment of w (ws_index current). Returns 0 or -WP_ENOMEM. */
int export_quickwins(const struct ws *w, const struct assessment *a, struct csvout *o);

#endif
