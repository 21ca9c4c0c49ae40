/* Objects marked in the Inventar (space) for a new pilot: kept by store id, so they survive
 * the re-sorting, filtering and rebuilding after an edit; turned into a pilot request
 * (tui/request.h) with P. */
#ifndef WP_TUI_MARKS_H
#define WP_TUI_MARKS_H

#include <stddef.h>
#include <stdint.h>

#include "model/ws.h"
#include "tui/request.h"

struct marks {
	int64_t *ids; /* store ids of the marked objects, in marking order (owned) */
	size_t n, cap;
};

/* Marks object o of w, or unmarks it when marked. Returns 1 if it is marked now, 0 if not,
 * or -WP_ENOMEM (nothing changed). */
int marks_toggle(struct marks *m, const struct ws *w, uint32_t o);
/* 1 if object o of w is marked. */
int marks_has(const struct marks *m, const struct ws *w, uint32_t o);
/* Hands the marked objects that still exist to rq (replacing what it held) with a
 * suggested name, and clears the marks. Returns the number handed over, or -WP_ENOMEM. */
long marks_to_request(struct marks *m, const struct ws *w, struct pilot_request *rq);
/* Frees the marks; accepts a zeroed m. */
void marks_free(struct marks *m);

#endif
