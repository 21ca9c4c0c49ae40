/* Growing and filling the import's Kennung table (data/khash.h). */
#include "data/khash.h"

#include "data/bigmem.h"

int khash_grow_to(struct khash *t, const struct ws *w, size_t min_slots)
{
	size_t n = t->nslot ? t->nslot * 2 : 1024;
	while (n < min_slots)
		n *= 2;
	struct hent *old = t->slot;
	size_t oldn = t->nslot;
	t->slot = big_alloc(n * sizeof *t->slot);
	if (!t->slot) {
		t->slot = old;
		return -1;
	}
	t->nslot = n;
	for (size_t i = 0; i < oldn; i++)
		if (old[i].key)
			khash_insert(t, w, old[i].idx);
	big_free(old, oldn * sizeof *old);
	return 0;
}

int khash_insert(struct khash *t, const struct ws *w, uint32_t idx)
{
	if (w->n_obj * 2 >= t->nslot && khash_grow_to(t, w, 0))
		return -1;
	const char *k = w->obj[idx].kennung;
	size_t h = khash_str(k), m = t->nslot - 1, i = h & m;
	while (t->slot[i].key)
		i = (i + 1) & m;
	t->slot[i] = (struct hent){ k, idx, (uint32_t)(h >> 32) };
	return 0;
}

void khash_free(struct khash *t)
{
	big_free(t->slot, t->nslot * sizeof *t->slot);
	t->slot = NULL;
	t->nslot = 0;
}
