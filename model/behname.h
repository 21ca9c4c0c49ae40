/* Behörde names as people type them (docs/csv.md, "Behörden"): trimmed, each inner run of
 * whitespace one space, compared ignoring case (ASCII and the Latin-1 letters, so Ä/ä, Ö/ö,
 * Ü/ü); a looser comparison for the import's near-duplicate warning; and the parent test
 * every move and merge makes. Pure; no I/O. */
#ifndef WP_MODEL_BEHNAME_H
#define WP_MODEL_BEHNAME_H

#include <stddef.h>
#include <stdint.h>

#include "model/ws.h"

/* Writes name trimmed, with each inner run of whitespace (space, tab, CR, LF, no-break
 * space) as one space, into out (n > 0 bytes, always NUL-terminated, cropped at a whole
 * code point). Returns the length of the whole result like snprintf: >= n means cropped. */
size_t beh_name_norm(const char *name, char *out, size_t n);
/* 1 if a and b are the same name after beh_name_norm, ignoring case; else 0. */
int beh_name_eq(const char *a, const char *b);
/* Index of the first Behörde (lowest index) named like name (beh_name_eq) other than
 * except (WP_NONE: none excepted), or WP_NONE. O(n_beh). */
uint32_t beh_find(const struct ws *w, const char *name, uint32_t except);
/* 1 if a and b look like the same Behörde written twice without being equal
 * (beh_name_eq): equal when only their letters and digits count (case folded), or, both
 * with at least 5 letters and digits, one letter apart (one letter changed, added or
 * dropped; a digit never counts as a typo, "Amt 31" and "Amt 32" stay apart). */
int beh_name_near(const char *a, const char *b);
/* 1 if Behörde b under parent p (WP_NONE: top level) would close a cycle: p is b or lies
 * in b's subtree. Out-of-range indexes count as top level. */
int beh_would_cycle(const struct ws *w, uint32_t b, uint32_t p);
/* Number of objects whose Behörde is b, and of Behörden whose parent is b. */
size_t beh_count_objects(const struct ws *w, uint32_t b);
size_t beh_count_children(const struct ws *w, uint32_t b);

#endif
