/* Box frame, one-line editor and key classes for the modal widgets. */
#include "tui/widget.h"

#include <string.h>

#include "model/utf8.h"
#include "tui/actions.h"
#include "tui/text.h"

int widget_is_enter(int key)
{
	return key == '\r' || key == '\n' || key == TK_FN(KEY_ENTER);
}

int widget_is_cancel(int key)
{
	return key == TK_ESC;
}

struct box box_center(WINDOW *win, int h, int w)
{
	int wh = getmaxy(win), ww = getmaxx(win);
	int mh = wh > 4 ? wh - 2 : wh, mw = ww > 4 ? ww - 2 : ww;
	struct box b;
	b.h = h <= 0 || h > mh ? mh : h;
	b.w = w <= 0 || w > mw ? mw : w;
	b.y = (wh - b.h) / 2;
	b.x = (ww - b.w) / 2;
	return b;
}

void box_draw(WINDOW *win, const struct box *b, const char *title, attr_t attr)
{
	if (b->h < 2 || b->w < 2)
		return;
	for (int y = b->y; y < b->y + b->h; y++)
		text_fill(win, y, b->x, b->w, attr);
	wattrset(win, attr);
	mvwaddch(win, b->y, b->x, ACS_ULCORNER);
	mvwhline(win, b->y, b->x + 1, ACS_HLINE, b->w - 2);
	mvwaddch(win, b->y, b->x + b->w - 1, ACS_URCORNER);
	mvwvline(win, b->y + 1, b->x, ACS_VLINE, b->h - 2);
	mvwvline(win, b->y + 1, b->x + b->w - 1, ACS_VLINE, b->h - 2);
	mvwaddch(win, b->y + b->h - 1, b->x, ACS_LLCORNER);
	mvwhline(win, b->y + b->h - 1, b->x + 1, ACS_HLINE, b->w - 2);
	mvwaddch(win, b->y + b->h - 1, b->x + b->w - 1, ACS_LRCORNER);
	wattrset(win, A_NORMAL);
	if (title && *title && b->w > 6) {
		text_fill(win, b->y, b->x + 2, 1, attr);
		int tw = text_add(win, b->y, b->x + 3, title, b->w - 6, attr | A_BOLD);
		text_fill(win, b->y, b->x + 3 + tw, 1, attr);
	}
}

size_t wrap_line(const char *s, size_t start, int cols, size_t *next)
{
	size_t len = strlen(s), i = start, brk = 0;
	int w = 0, have_brk = 0;
	if (cols < 1)
		cols = 1;
	while (i < len && s[i] != '\n') {
		unsigned cp;
		size_t k = utf8_decode(s + i, len - i, &cp);
		int cw = text_cp_width(cp); /* as drawn: ASCII stand-ins may be wider */
		if (w + cw > cols && i > start) {
			if (have_brk) {
				*next = brk + 1; /* skip the blank */
				return brk - start;
			}
			*next = i;
			return i - start;
		}
		if (s[i] == ' ') {
			brk = i;
			have_brk = 1;
		}
		w += cw;
		i += k;
	}
	*next = i < len ? i + 1 : len;
	return i - start;
}

/* Start of the code point before byte offset i (i > 0). */
static size_t prev_cp(const char *s, size_t i)
{
	do
		i--;
	while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80);
	return i;
}

static size_t next_cp(const char *s, size_t len, size_t i)
{
	unsigned cp;
	return i < len ? i + utf8_decode(s + i, len - i, &cp) : len;
}

void line_set(struct line_edit *l, const char *s)
{
	size_t n = s ? strlen(s) : 0;
	if (n > sizeof l->buf - 1) {
		n = sizeof l->buf - 1;
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
	}
	if (n)
		memcpy(l->buf, s, n);
	l->buf[n] = '\0';
	l->len = l->cur = n;
}

static int printable(int key)
{
	return key >= 0x20 && key != 0x7F && !(key >= 0x80 && key < 0xA0) &&
	       !(key >= 0xD800 && key < 0xE000) && key < 0x110000;
}

int line_key(struct line_edit *l, int key)
{
	if (printable(key)) {
		char u[4];
		size_t k = utf8_encode((unsigned)key, u);
		if (l->len + k > sizeof l->buf - 1)
			return WR_CHANGED; /* full: the key is swallowed, not passed on */
		memmove(l->buf + l->cur + k, l->buf + l->cur, l->len - l->cur + 1);
		memcpy(l->buf + l->cur, u, k);
		l->len += k;
		l->cur += k;
		return WR_CHANGED;
	}
	if (key == TK_FN(KEY_BACKSPACE) || key == 0x7F || key == TK_CTRL('h')) {
		if (l->cur == 0)
			return WR_CHANGED;
		size_t p = prev_cp(l->buf, l->cur);
		memmove(l->buf + p, l->buf + l->cur, l->len - l->cur + 1);
		l->len -= l->cur - p;
		l->cur = p;
		return WR_CHANGED;
	}
	if (key == TK_FN(KEY_DC) || key == TK_CTRL('d')) {
		size_t q = next_cp(l->buf, l->len, l->cur);
		memmove(l->buf + l->cur, l->buf + q, l->len - q + 1);
		l->len -= q - l->cur;
		return WR_CHANGED;
	}
	if (key == TK_FN(KEY_LEFT)) {
		if (l->cur > 0)
			l->cur = prev_cp(l->buf, l->cur);
		return WR_CHANGED;
	}
	if (key == TK_FN(KEY_RIGHT)) {
		l->cur = next_cp(l->buf, l->len, l->cur);
		return WR_CHANGED;
	}
	if (key == TK_FN(KEY_HOME) || key == TK_CTRL('a')) {
		l->cur = 0;
		return WR_CHANGED;
	}
	if (key == TK_FN(KEY_END) || key == TK_CTRL('e')) {
		l->cur = l->len;
		return WR_CHANGED;
	}
	if (key == TK_CTRL('u')) {
		line_set(l, "");
		return WR_CHANGED;
	}
	return WR_NONE;
}

/* Display columns of s[from, to). */
static int span_width(const char *s, size_t from, size_t to)
{
	int w = 0;
	while (from < to) {
		unsigned cp;
		from += utf8_decode(s + from, to - from, &cp);
		w += utf8_cp_width(cp);
	}
	return w;
}

void line_draw(const struct line_edit *l, WINDOW *win, int y, int x, int cols, attr_t attr,
	       int show_cursor)
{
	if (cols <= 0)
		return;
	/* scroll: drop leading code points until the cursor cell fits */
	size_t start = 0;
	while (start < l->cur && span_width(l->buf, start, l->cur) > cols - 1)
		start = next_cp(l->buf, l->len, start);
	text_put(win, y, x, l->buf + start, cols, attr, TEXT_LEFT);
	if (!show_cursor)
		return;
	int cx = x + span_width(l->buf, start, l->cur);
	char cell[8] = " ";
	if (l->cur < l->len) {
		size_t q = next_cp(l->buf, l->len, l->cur);
		memcpy(cell, l->buf + l->cur, q - l->cur);
		cell[q - l->cur] = '\0';
	}
	if (cx < x + cols)
		text_add(win, y, cx, cell, x + cols - cx, attr | A_REVERSE);
}
