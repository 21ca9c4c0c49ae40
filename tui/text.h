/* Text output in display columns: every string drawn by the TUI goes through here, so
 * umlauts, "…" and wide characters are measured and cropped by columns, never by bytes,
 * and nothing ever wraps past the edge of its window. */
#ifndef WP_TUI_TEXT_H
#define WP_TUI_TEXT_H

#include <curses.h>
#include <stddef.h>

enum text_align { TEXT_LEFT, TEXT_RIGHT };

/* ASCII mode for terminals without UTF-8: from then on every text drawn through here is
 * transliterated (ä → ae, ß → ss, „…“ → "...", box and bar glyphs → ASCII, anything else
 * outside ASCII → ?) before it is measured and cropped; the crop mark becomes "~".
 * Process-wide, set once when the screen is attached. */
void text_set_ascii(int on);
/* 1 if the locale the environment asks for (LC_ALL, LC_CTYPE, LANG) uses UTF-8 (the
 * dashboard then draws UTF-8, else ASCII). */
int text_env_utf8(void);
/* Display columns s takes when drawn through here (in ASCII mode: transliterated, so
 * "Behörde" is 8 columns). s may be NULL (0). */
int text_width(const char *s);
/* The same for one code point. */
int text_cp_width(unsigned cp);

/* Draws s (UTF-8, borrowed) at (y, x) of w in attr, cropped to cols display columns with a
 * trailing "…" and padded with spaces to exactly cols columns (less if the window ends
 * first). Control characters are shown as spaces. Returns the columns written. */
int text_put(WINDOW *w, int y, int x, const char *s, int cols, attr_t attr,
	     enum text_align align);
/* Draws s at (y, x) in attr without padding, cropped to at most cols columns.
 * Returns the columns written. */
int text_add(WINDOW *w, int y, int x, const char *s, int cols, attr_t attr);
/* Fills n columns at (y, x) with spaces in attr (clipped to the window). */
void text_fill(WINDOW *w, int y, int x, int n, attr_t attr);
/* A status bar in line y of w, cols wide: left (cropped) from column 0 and right flush
 * right, one blank between; right is left out when it would leave left fewer than 10
 * columns. Both strings borrowed. */
void text_put_bar(WINDOW *w, int y, int cols, const char *left, const char *right,
		  attr_t attr);
/* Copies s into buf (n bytes) cropped to at most cols columns by removing its beginning:
 * "…" followed by the tail (for paths, whose end matters most). Returns the width. */
size_t text_crop_left(const char *s, size_t cols, char *buf, size_t n);

#endif
