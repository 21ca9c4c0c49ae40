/* Data files compiled into the binary (catalogues, demo workspace). */
#ifndef WP_DATA_EMBEDDED_H
#define WP_DATA_EMBEDDED_H

#include <stddef.h>

struct embedded_file {
	const char *name;           /* e.g. "catalog/kriterien.csv" */
	const unsigned char *data;  /* static, NUL-terminated */
	size_t size;                /* without the terminating NUL */
};

/* Terminated by an entry with name == NULL. */
extern const struct embedded_file embedded_files[];

/* Looks up an embedded file by name; NULL if absent. Borrowed, static storage. */
const struct embedded_file *embedded_find(const char *name);

#endif
