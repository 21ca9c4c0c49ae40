/* A growing text buffer for the long cells of the exports (Abhängigkeiten, Hinweise, gaps),
 * internal to data/. */
#ifndef WP_DATA_TBUF_H
#define WP_DATA_TBUF_H

#include <stddef.h>

/* s is NUL-terminated once anything was reserved; owned by the user of the buffer, who
 * frees it with free(b.s). Start from { 0 }. */
struct tbuf {
	char *s;
	size_t cap;
};

/* Makes room for need bytes in all (cap doubles from 256). 0, or -WP_ENOMEM (b unchanged). */
int tb_reserve(struct tbuf *b, size_t need);
/* Appends sep (if b is not empty) and t. 0, or -WP_ENOMEM. */
int tb_append(struct tbuf *b, const char *sep, const char *t);

#endif
