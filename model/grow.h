/* Growing an array by doubling: the one way the model's append-only arrays make room. */
#ifndef WP_MODEL_GROW_H
#define WP_MODEL_GROW_H

#include <stddef.h>

/* Makes room for item n in *arr (items of sz bytes, *cap of them allocated): doubles the
 * capacity, starting at first, until n fits; new items are zeroed. Returns 0, or
 * -WP_ENOMEM with *arr and *cap unchanged. */
int grow_array(void **arr, size_t *cap, size_t n, size_t sz, size_t first);

#endif
