/* The decision log as CSV (docs/csv.md "Beschlüsse") and the time a decision was recorded
 * as text, the same in the export, the CLI and the dashboard. */
#ifndef WP_DATA_EXPORT_BESCHLUSS_H
#define WP_DATA_EXPORT_BESCHLUSS_H

#include <stddef.h>
#include <stdint.h>

#include "data/csvwrite.h"
#include "model/ws.h"

/* Writes the header Nr · Datum · Gremium · Beschluss · Szenario · Objekte · Piloten ·
 * Wellen · Erfasst and one row per decision in list order (Nr counts from 1). Links read
 * as in beschluss_links_text; Erfasst in local time. Returns 0 or -WP_ENOMEM. */
int export_beschluesse(const struct ws *w, struct csvout *o);

/* Unix seconds t as local time: "TT.MM.JJJJ HH:MM" (german != 0) or "JJJJ-MM-TT HH:MM",
 * into buf (n ≥ 17 bytes). Returns buf. */
char *beschluss_erfasst_text(int64_t t, int german, char *buf, size_t n);

#endif
