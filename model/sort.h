/* One stable merge sort of uint32_t items (indexes into a table) with a context for the
 * comparison: C11's qsort takes none, so comparisons that need data (a workspace, a sort
 * key) would otherwise read file-level state. */
#ifndef WP_MODEL_SORT_H
#define WP_MODEL_SORT_H

#include <stddef.h>
#include <stdint.h>

/* Compares items a and b under ctx: < 0 if a comes first, > 0 if b does, 0 if equal. */
typedef int (*sort_cmp_fn)(const void *ctx, uint32_t a, uint32_t b);

/* Sorts v[0 … n−1] stably (equal items keep their order) with cmp(ctx, a, b); a bottom-up
 * merge sort, no allocation: scratch (n items, borrowed) is its buffer. */
void sort_u32(uint32_t *v, size_t n, uint32_t *scratch, sort_cmp_fn cmp, const void *ctx);

#endif
