/* Growing an array by doubling: the one way the model's append-only arrays make room. */
#ifndef WP_MODEL_GROW_H
#define WP_MODEL_GROW_H

#include <stddef.h>

/* Makes room for item n in *arr (items of sz bytes, *cap of them allocated): doubles the
 * capacity, starting at first, until n fits; new items are zeroed. Returns 0, or
 * -WP_ENOMEM with *arr and *cap unchanged. */
int grow_array(void **arr, size_t *cap, size_t n, size_t sz, size_t first);
/* grow_array without zeroing: for arrays whose appender writes every item it adds. The new
 * capacity is not touched, so it costs no resident memory until it is used (a million
 * objects: doubling would otherwise zero 90 MB at once). */
int grow_array_raw(void **arr, size_t *cap, size_t n, size_t sz, size_t first);

#endif
