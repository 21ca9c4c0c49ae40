/* Column-exact text drawing on top of model/utf8 (locale-independent widths). */
#include "tui/text.h"

#include <string.h>

#include "model/utf8.h"

#define TEXT_BUF 2048

/* Copies at most TEXT_BUF-1 bytes of s to out, cut at a UTF-8 boundary, with control
 * characters replaced by spaces (curses would draw them as two-column ^X). */
static void sanitize(const char *s, char *out)
{
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

int text_add(WINDOW *w, int y, int x, const char *s, int cols, attr_t attr)
{
	char clean[TEXT_BUF], out[TEXT_BUF];
	int r = room(w, x);
	if (cols > r)
		cols = r;
	if (cols <= 0 || y < 0 || y >= getmaxy(w))
		return 0;
	sanitize(s ? s : "", clean);
	int width = (int)utf8_crop(clean, (size_t)cols, out, sizeof out);
	wattrset(w, attr);
	mvwaddstr(w, y, x, out);
	wattrset(w, A_NORMAL);
	return width;
}

int text_put(WINDOW *w, int y, int x, const char *s, int cols, attr_t attr,
	     enum text_align align)
{
	char clean[TEXT_BUF], out[TEXT_BUF];
	int r = room(w, x);
	if (cols > r)
		cols = r;
	if (cols <= 0 || y < 0 || y >= getmaxy(w))
		return 0;
	sanitize(s ? s : "", clean);
	int width = (int)utf8_crop(clean, (size_t)cols, out, sizeof out);
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
