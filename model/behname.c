/* Behörde names: normalising, comparing ignoring case, near duplicates, cycle test. */
#include "model/behname.h"

#include <string.h>

#include "model/utf8.h"

#define NEAR_MAX 256 /* code points of a name that the near-duplicate test looks at */

static int is_space(unsigned cp)
{
	return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' || cp == '\v' || cp == '\f' ||
	       cp == 0xA0;
}

/* Walks the code points of a name as beh_name_norm writes it. */
struct name_it {
	const char *s;
	size_t n, i;
	int started, space;
};

static void it_init(struct name_it *t, const char *s)
{
	*t = (struct name_it){ .s = s, .n = strlen(s) };
}

/* The next code point (at *len its bytes in s, 0 for the collapsed space), or 0 at end. */
static unsigned it_next(struct name_it *t, size_t *at, size_t *len)
{
	while (t->i < t->n) {
		unsigned cp;
		size_t l = utf8_decode(t->s + t->i, t->n - t->i, &cp);
		if (is_space(cp)) {
			t->i += l;
			t->space = t->started;
			continue;
		}
		if (t->space) {
			t->space = 0;
			*len = 0;
			return ' ';
		}
		*at = t->i;
		*len = l;
		t->i += l;
		t->started = 1;
		return cp;
	}
	return 0;
}

size_t beh_name_norm(const char *name, char *out, size_t n)
{
	struct name_it t;
	size_t k = 0, at = 0, len, total = 0;
	int full = 0;
	unsigned cp;
	it_init(&t, name);
	while ((cp = it_next(&t, &at, &len))) {
		size_t l = len ? len : 1;
		if (!full && k + l < n) {
			if (len)
				memcpy(out + k, name + at, len);
			else
				out[k] = ' ';
			k += l;
		} else {
			full = 1;
		}
		total += l;
	}
	out[k] = '\0';
	return total;
}

int beh_name_eq(const char *a, const char *b)
{
	struct name_it x, y;
	size_t at, len;
	it_init(&x, a);
	it_init(&y, b);
	for (;;) {
		unsigned p = it_next(&x, &at, &len), q = it_next(&y, &at, &len);
		if (utf8_fold_cp(p) != utf8_fold_cp(q))
			return 0;
		if (!p)
			return 1;
	}
}

uint32_t beh_find(const struct ws *w, const char *name, uint32_t except)
{
	for (size_t i = 0; i < w->n_beh; i++)
		if (i != except && beh_name_eq(w->beh[i].name, name))
			return (uint32_t)i;
	return WP_NONE;
}

static int is_digit(unsigned cp)
{
	return cp >= '0' && cp <= '9';
}

/* The folded letters and digits of s (non-ASCII code points count as letters) into k
 * (NEAR_MAX entries); returns how many. */
static size_t near_key(const char *s, unsigned *k)
{
	size_t n = strlen(s), m = 0;
	for (size_t i = 0; i < n && m < NEAR_MAX;) {
		unsigned cp;
		i += utf8_decode(s + i, n - i, &cp);
		cp = utf8_fold_cp(cp);
		if ((cp >= 'a' && cp <= 'z') || is_digit(cp) || (cp >= 0xC0 && !is_space(cp)))
			k[m++] = cp;
	}
	return m;
}

/* 1 if a (na) and b (nb, nb >= na) are one non-digit edit apart. */
static int one_edit(const unsigned *a, size_t na, const unsigned *b, size_t nb)
{
	size_t i = 0;
	while (i < na && a[i] == b[i])
		i++;
	if (na == nb) /* one substitution at i, the rest equal */
		return i < na && !is_digit(a[i]) && !is_digit(b[i]) &&
		       memcmp(a + i + 1, b + i + 1, (na - i - 1) * sizeof *a) == 0;
	/* b has one more: dropped at i */
	return !is_digit(b[i]) && memcmp(a + i, b + i + 1, (na - i) * sizeof *a) == 0;
}

int beh_name_near(const char *a, const char *b)
{
	unsigned ka[NEAR_MAX], kb[NEAR_MAX];
	if (beh_name_eq(a, b))
		return 0;
	size_t na = near_key(a, ka), nb = near_key(b, kb);
	if (na == nb && memcmp(ka, kb, na * sizeof *ka) == 0)
		return na > 0;
	if (na > nb)
		return beh_name_near(b, a);
	return na >= 5 && nb - na <= 1 && one_edit(ka, na, kb, nb);
}

int beh_would_cycle(const struct ws *w, uint32_t b, uint32_t p)
{
	for (size_t steps = 0; p < w->n_beh && steps <= w->n_beh; steps++) {
		if (p == b)
			return 1;
		p = w->beh[p].parent;
	}
	return 0;
}

size_t beh_count_objects(const struct ws *w, uint32_t b)
{
	size_t n = 0;
	for (size_t i = 0; i < w->n_obj; i++)
		n += w->obj[i].behoerde == b;
	return n;
}

size_t beh_count_children(const struct ws *w, uint32_t b)
{
	size_t n = 0;
	for (size_t i = 0; i < w->n_beh; i++)
		n += w->beh[i].parent == b;
	return n;
}
