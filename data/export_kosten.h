/* The Kosten export of docs/csv.md: the costs per Haushaltsjahr (model/kosten.h) as CSV,
 * whole euros without thousands separators. */
#ifndef WP_DATA_EXPORT_KOSTEN_H
#define WP_DATA_EXPORT_KOSTEN_H

#include "data/csvwrite.h"
#include "model/kosten.h"

/* Kosten: Haushaltsjahr · Migration_EUR · Migration_extern_EUR · Betrieb_EUR · Summe_EUR ·
 * Basis_EUR · Differenz_EUR · Kumuliert_EUR, one row per year of k's table; each figure
 * rounded once from its cents (money_euro), so a shown Summe may differ from Migration +
 * Betrieb by 1 €. k is borrowed. Returns 0. */
int export_kosten(const struct kosten *k, struct csvout *o);

#endif
