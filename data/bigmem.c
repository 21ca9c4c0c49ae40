/* Large zeroed buffers for the import (the file, the Kennung table): mapped directly and,
 * where the kernel offers transparent huge pages on request, backed by 2 MB pages, so a
 * 22 MB file costs a dozen page faults instead of thousands and random lookups in the table
 * miss the TLB less. Plain calloc where that is not available. */
#include "data/bigmem.h"

#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#define BIG_MIN (4u << 20) /* below this, malloc's own arenas are as good */

void *big_alloc(size_t n)
{
#if defined(MAP_ANONYMOUS)
	if (n >= BIG_MIN) {
		void *p = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (p == MAP_FAILED)
			return NULL;
#if defined(MADV_HUGEPAGE)
		madvise(p, n, MADV_HUGEPAGE); /* a hint: no error if refused */
#endif
		return p;
	}
#endif
	return calloc(1, n ? n : 1);
}

void big_free(void *p, size_t n)
{
	if (!p)
		return;
#if defined(MAP_ANONYMOUS)
	if (n >= BIG_MIN) {
		munmap(p, n);
		return;
	}
#endif
	free(p);
}

void big_release(const void *p, size_t n)
{
#if defined(MADV_DONTNEED)
	long pg = sysconf(_SC_PAGESIZE);
	if (pg <= 0)
		return;
	uintptr_t a = ((uintptr_t)p + (uintptr_t)pg - 1) & ~((uintptr_t)pg - 1);
	uintptr_t b = ((uintptr_t)p + n) & ~((uintptr_t)pg - 1);
	if (b > a)
		madvise((void *)a, b - a, MADV_DONTNEED); /* a hint: the pages just stay if refused */
#else
	(void)p;
	(void)n;
#endif
}
