/* Large zeroed buffers (huge pages where available), for the import's file buffer and
 * tables. */
#ifndef WP_DATA_BIGMEM_H
#define WP_DATA_BIGMEM_H

#include <stddef.h>

/* Returns n zeroed bytes, or NULL. Owned by the caller; free with big_free(p, n) with the
 * same n. */
void *big_alloc(size_t n);
/* Frees what big_alloc(n) returned; accepts NULL. */
void big_free(void *p, size_t n);

#endif
