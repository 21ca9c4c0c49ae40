/* Doubling growth of model/grow.h. */
#include "model/grow.h"

#include <stdlib.h>
#include <string.h>

#include "model/err.h"

int grow_array(void **arr, size_t *cap, size_t n, size_t sz, size_t first)
{
	if (n < *cap)
		return 0;
	size_t nc = *cap ? *cap * 2 : first;
	while (nc <= n)
		nc *= 2;
	void *p = realloc(*arr, nc * sz);
	if (!p)
		return -WP_ENOMEM;
	memset((char *)p + *cap * sz, 0, (nc - *cap) * sz);
	*arr = p;
	*cap = nc;
	return 0;
}
