/* The stable merge sort of model/sort.h. */
#include "model/sort.h"

#include <string.h>

void sort_u32(uint32_t *v, size_t n, uint32_t *scratch, sort_cmp_fn cmp, const void *ctx)
{
	/* runs of width w merged from src into dst, then the two swap */
	uint32_t *src = v, *dst = scratch;
	for (size_t w = 1; w < n; w *= 2) {
		for (size_t lo = 0; lo < n; lo += 2 * w) {
			size_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
			size_t i = lo, j = mid, k = lo;
			/* take from the right run only when strictly first: stable */
			while (i < mid && j < hi)
				dst[k++] = cmp(ctx, src[j], src[i]) < 0 ? src[j++] : src[i++];
			while (i < mid)
				dst[k++] = src[i++];
			while (j < hi)
				dst[k++] = src[j++];
		}
		uint32_t *t = src;
		src = dst;
		dst = t;
	}
	if (src != v)
		memcpy(v, src, n * sizeof *v);
}
