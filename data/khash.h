/* The import's table of objects by Kennung: open addressing, one 16-byte entry per slot
 * holding the Kennung itself, so a lookup touches one slot and one string (not the object
 * array). Lookups are inline: they run several times per imported row. */
#ifndef WP_DATA_KHASH_H
#define WP_DATA_KHASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "model/utf8.h"
#include "model/ws.h"

struct hent {
	const char *key; /* the object's Kennung (pool string); NULL = empty slot */
	uint32_t idx;    /* object index */
	uint32_t tag;    /* upper hash bits: most mismatches skip the string compare */
};

/* A table; zero-initialised it is empty. Free with khash_free. */
struct khash {
	struct hent *slot;
	size_t nslot; /* 0 or a power of two */
};

/* Grows t to at least min_slots (a power of two, at least twice the previous), re-adding
 * the objects of w it holds. Returns 0 or -1 when out of memory (t unchanged). */
int khash_grow_to(struct khash *t, const struct ws *w, size_t min_slots);
/* Adds object idx of w by its Kennung (growing t when half full). 0 or -1 (no memory). */
int khash_insert(struct khash *t, const struct ws *w, uint32_t idx);
/* Frees the slots; t is empty afterwards. */
void khash_free(struct khash *t);

/* The hash of a Kennung ignoring case (FNV-1a over utf8_fold_byte): Kennungen are unique
 * ignoring case (model/kennung.h). */
static inline size_t khash_str(const char *s)
{
	uint64_t h = 1469598103934665603ULL;
	unsigned prev = 0;
	for (; *s; s++) {
		h = (h ^ utf8_fold_byte(prev, (unsigned char)*s)) * 1099511628211ULL;
		prev = (unsigned char)*s;
	}
	return (size_t)h;
}

/* Lookups miss the cache (a random slot, then the Kennung it points to); loading both
 * ahead of the lookups lets a row's three or so lookups wait for memory together. */
#if defined(__GNUC__)
#define KHASH_PREFETCH(p) __builtin_prefetch(p)
#else
#define KHASH_PREFETCH(p) ((void)(p))
#endif

/* Starts loading the slot of hash h. */
static inline void khash_prefetch_slot(const struct khash *t, size_t h)
{
	if (t->nslot)
		KHASH_PREFETCH(&t->slot[h & (t->nslot - 1)]);
}

/* Starts loading the Kennung in the slot of h, if any (the slot should be loaded by now). */
static inline void khash_prefetch_key(const struct khash *t, size_t h)
{
	if (t->nslot && t->slot[h & (t->nslot - 1)].key)
		KHASH_PREFETCH(t->slot[h & (t->nslot - 1)].key);
}

/* The index of the object with Kennung k (ignoring case) whose hash h is already computed,
 * or WP_NONE. The exact compare first: most files spell a Kennung as the workspace does. */
static inline uint32_t khash_find_h(const struct khash *t, const char *k, size_t h)
{
	if (!t->nslot)
		return WP_NONE;
	size_t m = t->nslot - 1, i = h & m;
	uint32_t tag = (uint32_t)(h >> 32);
	for (; t->slot[i].key; i = (i + 1) & m)
		if (t->slot[i].tag == tag &&
		    (strcmp(t->slot[i].key, k) == 0 || utf8_cmp_ci(t->slot[i].key, k) == 0))
			return t->slot[i].idx;
	return WP_NONE;
}

/* The index of the object with Kennung k (ignoring case), or WP_NONE. */
static inline uint32_t khash_find(const struct khash *t, const char *k)
{
	return khash_find_h(t, k, khash_str(k));
}

#endif
