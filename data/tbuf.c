/* A growing text buffer for the exports' long cells (data/tbuf.h). */
#include "data/tbuf.h"

#include <stdlib.h>
#include <string.h>

#include "model/err.h"

int tb_reserve(struct tbuf *b, size_t need)
{
	if (need <= b->cap)
		return 0;
	size_t cap = b->cap ? b->cap : 256;
	while (cap < need)
		cap *= 2;
	char *ns = realloc(b->s, cap);
	if (!ns)
		return -WP_ENOMEM;
	b->s = ns;
	b->cap = cap;
	return 0;
}

int tb_append(struct tbuf *b, const char *sep, const char *t)
{
	size_t used = b->s ? strlen(b->s) : 0, ls = used ? strlen(sep) : 0, lt = strlen(t);
	if (tb_reserve(b, used + ls + lt + 1))
		return -WP_ENOMEM;
	memcpy(b->s + used, sep, ls);
	memcpy(b->s + used + ls, t, lt + 1);
	return 0;
}
