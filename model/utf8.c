/* UTF-8 helpers. */
#include "model/utf8.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

size_t utf8_invalid_at(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;
	while (i < n) {
		unsigned char c = s[i];
		if (c < 0x80) {
			/* mostly ASCII: eight bytes at a time while none has the high bit */
			uint64_t v;
			i++;
			while (i + 8 <= n && (memcpy(&v, s + i, 8), (v & 0x8080808080808080ULL) == 0))
				i += 8;
			continue;
		}
		size_t len;
		uint32_t cp;
		if (c >= 0xC2 && c <= 0xDF) {
			len = 2;
			cp = c & 0x1F;
		} else if (c >= 0xE0 && c <= 0xEF) {
			len = 3;
			cp = c & 0x0F;
		} else if (c >= 0xF0 && c <= 0xF4) {
			len = 4;
			cp = c & 0x07;
		} else {
			return i;
		}
		if (i + len > n)
			return i;
		for (size_t k = 1; k < len; k++) {
			if ((s[i + k] & 0xC0) != 0x80)
				return i;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
		    (cp >= 0xD800 && cp <= 0xDFFF))
			return i;
		i += len;
	}
	return n;
}

/* Code points of 0x80–0x9F in Windows-1252 (0 = undefined, mapped to U+FFFD). */
static const uint16_t cp1252_hi[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
	0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
	0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178
};

char *cp1252_to_utf8(const char *str, size_t n, size_t *outlen)
{
	const unsigned char *s = (const unsigned char *)str;
	char *out = malloc(n * 3 + 1);
	if (!out)
		return NULL;
	size_t o = 0;
	for (size_t i = 0; i < n; i++) {
		uint32_t cp = s[i];
		if (cp >= 0x80 && cp <= 0x9F)
			cp = cp1252_hi[cp - 0x80] ? cp1252_hi[cp - 0x80] : 0xFFFD;
		o += utf8_encode(cp, out + o);
	}
	out[o] = '\0';
	*outlen = o;
	return out;
}

int utf8_cp_width(unsigned cp)
{
	if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
		return 0;
	if ((cp >= 0x300 && cp <= 0x36F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
	    (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
	    (cp >= 0xFE20 && cp <= 0xFE2F) || cp == 0x200B || cp == 0x200D)
		return 0;
	if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F) ||
	    (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
	    (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
	    (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) ||
	    (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD))
		return 2;
	return 1;
}

size_t utf8_decode(const char *str, size_t n, unsigned *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	if (n == 0) {
		*cp = 0;
		return 0;
	}
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	size_t need = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : 2;
	if (utf8_invalid_at(str, need <= n ? need : n) < need || need > n) {
		*cp = 0xFFFD;
		return 1;
	}
	unsigned v = s[0] & (need == 2 ? 0x1F : need == 3 ? 0x0F : 0x07);
	for (size_t k = 1; k < need; k++)
		v = (v << 6) | (s[k] & 0x3F);
	*cp = v;
	return need;
}

size_t utf8_width(const char *s)
{
	size_t w = 0, n = strlen(s);
	while (n) {
		unsigned cp;
		size_t k = utf8_decode(s, n, &cp);
		w += (size_t)utf8_cp_width(cp);
		s += k;
		n -= k;
	}
	return w;
}

size_t utf8_crop(const char *s, size_t cols, char *buf, size_t n)
{
	size_t len = strlen(s), used = 0, w = 0;
	if (n == 0)
		return 0;
	if (utf8_width(s) <= cols && len < n) {
		memcpy(buf, s, len + 1);
		return utf8_width(s);
	}
	if (cols == 0 || n < 4) { /* no room for "…" (3 bytes + NUL) */
		buf[0] = '\0';
		return 0;
	}
	/* room for "…" (3 bytes, 1 column) */
	while (len) {
		unsigned cp;
		size_t k = utf8_decode(s, len, &cp);
		int cw = utf8_cp_width(cp);
		if (w + (size_t)cw > cols - 1 || used + k + 4 > n)
			break;
		memcpy(buf + used, s, k);
		used += k;
		w += (size_t)cw;
		s += k;
		len -= k;
	}
	memcpy(buf + used, "\xE2\x80\xA6", 4);
	return w + 1;
}

int utf8_eq_ci(const char *a, size_t alen, const char *b)
{
	size_t i = 0, j = 0; /* b's end is its NUL: no strlen, most labels differ at once */
	while (i < alen && b[j]) {
		unsigned char x = (unsigned char)a[i], y = (unsigned char)b[j];
		if (x == 0xC3 && y == 0xC3 && i + 1 < alen) {
			unsigned char x2 = (unsigned char)a[i + 1], y2 = (unsigned char)b[j + 1];
			if (!y2)
				return 0; /* b ends inside the character, a does not */
			if (x2 >= 0x80 && x2 <= 0x9E)
				x2 += 0x20;
			if (y2 >= 0x80 && y2 <= 0x9E)
				y2 += 0x20;
			if (x2 != y2)
				return 0;
			i += 2;
			j += 2;
			continue;
		}
		if (x >= 'A' && x <= 'Z')
			x += 32;
		if (y >= 'A' && y <= 'Z')
			y += 32;
		if (x != y)
			return 0;
		i++;
		j++;
	}
	return i == alen && !b[j];
}

int utf8_cmp_ci(const char *a, const char *b)
{
	const unsigned char *x = (const unsigned char *)a, *y = (const unsigned char *)b;
	unsigned px = 0, py = 0;
	for (;; x++, y++) {
		unsigned fx = utf8_fold_byte(px, *x), fy = utf8_fold_byte(py, *y);
		if (fx != fy || !fx)
			return (fx > fy) - (fx < fy);
		px = *x;
		py = *y;
	}
}

size_t utf8_encode(unsigned cp, char *u)
{
	if (cp < 0x80) {
		u[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		u[0] = (char)(0xC0 | (cp >> 6));
		u[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		u[0] = (char)(0xE0 | (cp >> 12));
		u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		u[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	u[0] = (char)(0xF0 | (cp >> 18));
	u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	u[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

unsigned utf8_fold_cp(unsigned cp)
{
	if (cp >= 'A' && cp <= 'Z')
		return cp + 32;
	if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
		return cp + 32;
	return cp;
}

unsigned utf8_collate_cp(unsigned cp)
{
	cp = utf8_fold_cp(cp);
	switch (cp) {
	case 0xE4: return 'a';
	case 0xF6: return 'o';
	case 0xFC: return 'u';
	case 0xDF: return 's';
	default: return cp;
	}
}

size_t utf8_map(const char *s, char *out, size_t room, unsigned (*map)(unsigned))
{
	size_t n = strlen(s), k = 0;
	for (size_t i = 0; i < n;) {
		unsigned cp;
		size_t len = utf8_decode(s + i, n - i, &cp);
		char u[4];
		size_t ul = utf8_encode(map(cp), u);
		if (k + ul >= room)
			break;
		memcpy(out + k, u, ul);
		k += ul;
		i += len;
	}
	return k;
}

int utf8_collate(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b), i = 0, j = 0;
	while (i < na && j < nb) {
		unsigned x, y;
		i += utf8_decode(a + i, na - i, &x);
		j += utf8_decode(b + j, nb - j, &y);
		x = utf8_collate_cp(x);
		y = utf8_collate_cp(y);
		if (x != y)
			return x < y ? -1 : 1;
	}
	return (i < na) - (j < nb);
}
