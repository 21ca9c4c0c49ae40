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
/* Gives the whole pages inside [p, p + n) back to the system: they stay mapped but read as
 * zeros afterwards. For a buffer (from big_alloc or malloc) whose caller never reads that
 * part again; its allocation and its end stay untouched. */
void big_release(const void *p, size_t n);

#endif
