/* Filling a new workspace: the shipped catalogues (criteria, example platforms, OZG/LeiKa)
 * and optionally the demo workspace "Musterstadt", all from files compiled into the
 * binary, in one transaction. */
#ifndef WP_DATA_SEED_H
#define WP_DATA_SEED_H

#include "data/store.h"
#include "model/i18n.h"

/* Seeds an empty store. demo != 0 adds Musterstadt. Returns 0 or -WP_E*. */
int seed_workspace(struct store *s, int demo, struct wp_err *e);

/* The label every shipped platform profile carries (German in the data; show it with
 * _(SEED_BEISPIEL), N_ lists it for the catalogue). */
#define SEED_BEISPIEL N_("Beispielbewertung — vor Verwendung prüfen")

#endif
