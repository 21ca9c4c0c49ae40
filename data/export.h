/* The CSV exports of the interchange contract (docs/csv.md): Inventar (round-trips with the
 * import) and Bewertung (one row per object and platform). */
#ifndef WP_DATA_EXPORT_H
#define WP_DATA_EXPORT_H

#include "data/csvwrite.h"
#include "model/assess.h"
#include "model/ws.h"

/* Writes header and all objects ordered by Kennung (ws_index must be current). */
void export_inventar(const struct ws *w, struct csvout *o);
/* Writes header and one row per (object, platform), objects by Kennung, platforms in
 * workspace order. a must be the assessment of w. */
void export_bewertung(const struct ws *w, const struct assessment *a, struct csvout *o);

#endif
