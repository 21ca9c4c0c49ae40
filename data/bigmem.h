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
/* Maps the regular file open on fd, size bytes (> 0), privately: readable and writable
 * (writes stay in this process), followed by at least one zero byte, so it reads as a
 * NUL-terminated buffer of size bytes. Pages come from the file as they are touched, and
 * big_release gives them back (touched again, they are read again from the file): a 250 MB
 * inventory is never resident as a whole. The file must not shrink while it is mapped.
 * Returns the buffer and sets *n to the size to pass to big_free, or NULL with errno set.
 * fd may be closed afterwards. */
void *big_map_file(int fd, size_t size, size_t *n);

#endif
