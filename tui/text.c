/* Column-exact text drawing on top of model/utf8 (locale-independent widths). */
#include "tui/text.h"

#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "model/utf8.h"

#define TEXT_BUF 2048

static int ascii_mode;

void text_set_ascii(int on)
{
	ascii_mode = on != 0;
}

/* ASCII stand-ins for the characters the interface and German data use. */
static const struct {
	unsigned cp;
	const char *s;
} translit[] = {
	{ 0x00E4, "ae" }, { 0x00F6, "oe" }, { 0x00FC, "ue" }, { 0x00C4, "Ae" }, { 0x00D6, "Oe" },
	{ 0x00DC, "Ue" }, { 0x00DF, "ss" }, { 0x00E9, "e" }, { 0x00E8, "e" }, { 0x00E1, "a" },
	{ 0x00E0, "a" }, { 0x00F3, "o" }, { 0x00ED, "i" }, { 0x00A7, "S." }, { 0x00B7, "|" },
	{ 0x00D7, "x" }, { 0x00A0, " " }, { 0x00AB, "<<" }, { 0x00BB, ">>" }, { 0x00B0, "o" },
	{ 0x2013, "-" }, { 0x2014, "-" }, { 0x2026, "..." }, { 0x201E, "\"" },
	{ 0x201C, "\"" }, { 0x201D, "\"" }, { 0x2018, "'" }, { 0x2019, "'" }, { 0x201A, "'" },
	{ 0x2190, "<" }, { 0x2191, "^" }, { 0x2192, ">" }, { 0x2193, "v" }, { 0x21E7, "S-" },
	{ 0x2264, "<=" }, { 0x2265, ">=" }, { 0x2713, "+" }, { 0x2717, "x" }, { 0x2500, "-" },
	{ 0x2502, "|" }, { 0x251C, "|" }, { 0x2514, "`" }, { 0x2588, "#" }, { 0x2591, "." },
	{ 0x258C, "#" }, { 0x25B8, ">" }, { 0x25BE, "v" }, { 0x25B2, "^" }, { 0x25BC, "v" },
	{ 0x23CE, "Enter" }, { 0x20AC, "EUR" },
};

/* Replaces every non-ASCII code point of s (NUL-terminated) by its ASCII stand-in, into
 * out (TEXT_BUF bytes), cut to fit. */
static void to_ascii(const char *s, char *out)
{
	size_t n = strlen(s), k = 0;
	for (size_t i = 0; i < n && k < TEXT_BUF - 1;) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			out[k++] = (char)c;
			i++;
			continue;
		}
		unsigned cp;
		i += utf8_decode(s + i, n - i, &cp);
		const char *r = "?";
		for (size_t t = 0; t < sizeof translit / sizeof translit[0]; t++)
			if (translit[t].cp == cp) {
				r = translit[t].s;
				break;
			}
		if (utf8_cp_width(cp) == 0 && cp >= 0x300)
			r = ""; /* combining mark */
		size_t len = strlen(r);
		if (k + len > TEXT_BUF - 1)
			break;
		memcpy(out + k, r, len);
		k += len;
	}
	out[k] = '\0';
}

int text_cp_width(unsigned cp)
{
	if (!ascii_mode || cp < 0x80)
		return utf8_cp_width(cp);
	if (utf8_cp_width(cp) == 0 && cp >= 0x300)
		return 0; /* combining mark: dropped */
	for (size_t t = 0; t < sizeof translit / sizeof translit[0]; t++)
		if (translit[t].cp == cp)
			return (int)strlen(translit[t].s);
	return 1; /* "?" */
}

int text_width(const char *s)
{
	char tmp[TEXT_BUF];
	if (!s)
		return 0;
	if (!ascii_mode)
		return (int)utf8_width(s);
	to_ascii(s, tmp);
	return (int)strlen(tmp);
}

/* Crops src into out (TEXT_BUF bytes) to cols columns; in ASCII mode the crop mark "…"
 * becomes "~" (both one column). Returns the width. */
static int crop(const char *src, int cols, char *out)
{
	int width = (int)utf8_crop(src, (size_t)cols, out, TEXT_BUF);
	if (ascii_mode) {
		size_t len = strlen(out);
		if (len >= 3 && memcmp(out + len - 3, "\xE2\x80\xA6", 3) == 0) {
			out[len - 3] = '~';
			out[len - 2] = '\0';
		}
	}
	return width;
}

/* Copies at most TEXT_BUF-1 bytes of s to out, cut at a UTF-8 boundary, with control
 * characters replaced by spaces (curses would draw them as two-column ^X). */
static void sanitize(const char *s, char *out)
{
	char tmp[TEXT_BUF];
	if (ascii_mode) {
		to_ascii(s, tmp);
		s = tmp;
	}
	size_t n = strlen(s);
	if (n > TEXT_BUF - 1) {
		n = TEXT_BUF - 1;
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
	}
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		out[i] = (c < 0x20 || c == 0x7F) ? ' ' : (char)c;
	}
	out[n] = '\0';
}

/* Columns left in w from x; 0 when x is outside. */
static int room(WINDOW *w, int x)
{
	int mx = getmaxx(w);
	return x >= 0 && x < mx ? mx - x : 0;
}

void text_fill(WINDOW *w, int y, int x, int n, attr_t attr)
{
	int r = room(w, x);
	if (n > r)
		n = r;
	if (n <= 0 || y < 0 || y >= getmaxy(w))
		return;
	wattrset(w, attr);
	wmove(w, y, x);
	for (int i = 0; i < n; i++)
		waddch(w, ' ');
	wattrset(w, A_NORMAL);
}

void text_put_bar(WINDOW *w, int y, int cols, const char *left, const char *right,
		  attr_t attr)
{
	int rw = (int)utf8_width(right);
	if (rw + 10 > cols)
		rw = 0;
	text_put(w, y, 0, left, cols - (rw ? rw + 1 : 0), attr, TEXT_LEFT);
	if (rw)
		text_put(w, y, cols - rw, right, rw, attr, TEXT_LEFT);
}

/* s cleaned and cropped into out for line y from column x, *cols cut to the room left.
 * Returns its width, or -1 if nothing can be drawn there. */
static int fit(WINDOW *w, int y, int x, const char *s, int *cols, char *out)
{
	char clean[TEXT_BUF];
	int r = room(w, x);
	if (*cols > r)
		*cols = r;
	if (*cols <= 0 || y < 0 || y >= getmaxy(w))
		return -1;
	sanitize(s ? s : "", clean);
	return crop(clean, *cols, out);
}

int text_add(WINDOW *w, int y, int x, const char *s, int cols, attr_t attr)
{
	char out[TEXT_BUF];
	int width = fit(w, y, x, s, &cols, out);
	if (width < 0)
		return 0;
	wattrset(w, attr);
	mvwaddstr(w, y, x, out);
	wattrset(w, A_NORMAL);
	return width;
}

int text_put(WINDOW *w, int y, int x, const char *s, int cols, attr_t attr,
	     enum text_align align)
{
	char out[TEXT_BUF];
	int width = fit(w, y, x, s, &cols, out);
	if (width < 0)
		return 0;
	int pad = cols - width;
	if (align == TEXT_RIGHT)
		text_fill(w, y, x, pad, attr);
	wattrset(w, attr);
	mvwaddstr(w, y, align == TEXT_RIGHT ? x + pad : x, out);
	wattrset(w, A_NORMAL);
	if (align == TEXT_LEFT)
		text_fill(w, y, x + width, pad, attr);
	return cols;
}

size_t text_crop_left(const char *s, size_t cols, char *buf, size_t n)
{
	size_t w = utf8_width(s), len = strlen(s);
	if (n == 0)
		return 0;
	if (w <= cols && len < n) {
		memcpy(buf, s, len + 1);
		return w;
	}
	if (cols == 0) {
		buf[0] = '\0';
		return 0;
	}
	/* drop leading code points until the tail plus "…" fits */
	const char *p = s;
	size_t left = len;
	while (left && (w > cols - 1 || left + 4 > n)) {
		unsigned cp;
		size_t k = utf8_decode(p, left, &cp);
		w -= (size_t)utf8_cp_width(cp);
		p += k;
		left -= k;
	}
	memcpy(buf, "\xE2\x80\xA6", 3);
	memcpy(buf + 3, p, left + 1);
	return w + 1;
}

/* The program itself runs with a UTF-8 character type whatever the environment says, so
 * this asks for the environment's locale separately. */
int text_env_utf8(void)
{
	locale_t loc = newlocale(LC_CTYPE_MASK, "", (locale_t)0);
	if (loc) {
		const char *cs = nl_langinfo_l(CODESET, loc);
		int u = cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
		freelocale(loc);
		return u;
	}
	/* a locale that is not installed: judge by its name */
	const char *names[] = { "LC_ALL", "LC_CTYPE", "LANG" };
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		const char *v = getenv(names[i]);
		if (v && *v)
			return strstr(v, "UTF-8") || strstr(v, "utf8") || strstr(v, "UTF8") ||
			       strstr(v, "utf-8");
	}
	return 0;
}
