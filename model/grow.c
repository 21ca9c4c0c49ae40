/* Doubling growth of model/grow.h. */
#include "model/grow.h"

#include <stdlib.h>
#include <string.h>

#include "model/err.h"

int grow_array_raw(void **arr, size_t *cap, size_t n, size_t sz, size_t first)
{
	if (n < *cap)
		return 0;
	size_t nc = *cap ? *cap * 2 : first;
	while (nc <= n)
		nc *= 2;
	void *p = realloc(*arr, nc * sz);
	if (!p)
		return -WP_ENOMEM;
	*arr = p;
	*cap = nc;
	return 0;
}

int grow_array(void **arr, size_t *cap, size_t n, size_t sz, size_t first)
{
	size_t old = *cap;
	int rc = grow_array_raw(arr, cap, n, sz, first);
	if (!rc && *cap != old)
		memset((char *)*arr + old * sz, 0, (*cap - old) * sz);
	return rc;
}
