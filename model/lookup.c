/* Finding objects by Kennung and by search text (see model/lookup.h). */
#include "model/lookup.h"

#include <string.h>

#include "model/utf8.h"

uint32_t lookup_kennung(const struct ws *w, const char *s, enum lookup_how how, size_t *hits)
{
	uint32_t o = ws_find_objekt(w, s), first = WP_NONE;
	if (o != WP_NONE && strcmp(w->obj[o].kennung, s) != 0)
		o = WP_NONE; /* ws_find_objekt ignores case; this first step is exact */
	size_t len = strlen(s), n = 0;
	int idx = w->by_kennung && w->n_indexed == w->n_obj;
	if (o != WP_NONE || !len || how == LOOKUP_EXACT) {
		if (hits)
			*hits = o != WP_NONE;
		return o;
	}
	for (int prefix = 0; prefix < 2 && !n; prefix++) {
		if (prefix && how != LOOKUP_PREFIX)
			break;
		for (size_t r = 0; r < w->n_obj; r++) {
			uint32_t x = idx ? w->by_kennung[r] : (uint32_t)r;
			size_t kl = strlen(w->obj[x].kennung);
			if ((prefix ? kl >= len : kl == len) && utf8_eq_ci(w->obj[x].kennung, len, s)) {
				if (!n++)
					first = x;
			}
		}
	}
	if (hits)
		*hits = n;
	return first;
}

static int contains_ci(const char *hay, const char *pat, size_t pl)
{
	for (size_t n = strlen(hay); n >= pl; hay++, n--)
		if (utf8_eq_ci(hay, pl, pat))
			return 1;
	return 0;
}

int lookup_text(const struct ws *w, uint32_t o, const char *pat)
{
	size_t pl = strlen(pat);
	return pl && (contains_ci(w->obj[o].kennung, pat, pl) || contains_ci(w->obj[o].name, pat, pl));
}
