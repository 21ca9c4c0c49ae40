/* The Zielplattform override of a scenario (docs/szenarien.md): an object planned for a
 * platform the user names instead of the recommended one. The verdict there stays
 * visible — a blocked one is shown as "blockiert auf X (Vorgabe)", never hidden. Pure. */
#ifndef WP_MODEL_ZIELPLATTFORM_H
#define WP_MODEL_ZIELPLATTFORM_H

#include <stddef.h>
#include <stdint.h>

#include "model/assess.h"
#include "model/ws.h"

/* Index of object o's Zielplattform override in w->pf, or WP_NONE when it has none (or
 * the platform is gone). */
uint32_t zielplattform_index(const struct ws *w, uint32_t o);

/* The platform object o is planned for, as shown in tables (translated): "CODE",
 * "CODE (Klärung)", "CODE (Vorgabe)", "offen auf CODE (Vorgabe)", "blockiert auf CODE
 * (Vorgabe)", or "–" when there is none. Into buf (n bytes); returns buf. */
char *zielplattform_text(const struct ws *w, const struct assessment *a, uint32_t o,
			 char *buf, size_t n);

#endif
