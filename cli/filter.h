/* Object selection shared by the CLI commands: by Behörde (with its sub-units) and type,
 * in a stable order (Behörde name, then Kennung). */
#ifndef WP_CLI_FILTER_H
#define WP_CLI_FILTER_H

#include <stddef.h>
#include <stdint.h>

#include "model/ws.h"

/* Marks the Behörden matching name and all below them in the tree: *out is a new array of
 * n_beh flags (caller frees), or NULL when name is NULL (no filter). name matches the
 * exact name, the KGSt number, or case-insensitively the start of a name. Prints an error
 * and returns EXIT_USAGE when nothing matches; 0 otherwise. */
int filter_behoerde(const struct ws *w, const char *name, uint8_t **out);
/* Fills *out (caller frees) with the indexes of objects whose Behörde is marked in beh
 * (NULL = all) and whose type is typ (-1 = all), sorted by Behörde name then Kennung.
 * Returns the count (0 on out of memory, with *out NULL). */
size_t filter_sorted_objects(const struct ws *w, const uint8_t *beh, int typ, uint32_t **out);
/* Formats a date for terminal output in the user's language (TT.MM.JJJJ in German). */
const char *filter_date(int32_t days, char *buf, size_t n);

#endif
