/* Finding objects by what a user types: a Kennung (exact, then ignoring case, then as the
 * start of one) and a search text. One rule for the CLI and the dashboard's jump and
 * search. Pure. */
#ifndef WP_MODEL_LOOKUP_H
#define WP_MODEL_LOOKUP_H

#include <stddef.h>
#include <stdint.h>

#include "model/ws.h"

/* How far lookup_kennung may go beyond the exact Kennung. */
enum lookup_how {
	LOOKUP_EXACT,  /* exactly */
	LOOKUP_CASE,   /* exactly, else ignoring case (umlauts too) */
	LOOKUP_PREFIX, /* as LOOKUP_CASE, else the first Kennung starting with s (any case) */
};

/* The object with Kennung s, tried in the order of how (each step only when the one
 * before found nothing); among several hits of a step the first in Kennung order. WP_NONE
 * if none or s is "". *hits (may be NULL) gets the number of objects the deciding step
 * matched (1 for an exact hit, 0 for none), so a caller can refuse an ambiguous one. */
uint32_t lookup_kennung(const struct ws *w, const char *s, enum lookup_how how, size_t *hits);
/* 1 if the Kennung or the Name of object o contains pat, ignoring case (umlauts too);
 * 0 for an empty pat. */
int lookup_text(const struct ws *w, uint32_t o, const char *pat);

#endif
