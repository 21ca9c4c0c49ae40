/* Building blocks shared by the modal widgets (pick list, dialog, form): a framed box
 * centred in a window, a one-line text editor working in code points and display
 * columns, and the key classes every widget understands. Widgets keep no curses windows
 * of their own: they draw into the window they are given and compute their geometry at
 * every draw, so a resize while one is open needs nothing but a redraw. */
#ifndef WP_TUI_WIDGET_H
#define WP_TUI_WIDGET_H

#include <curses.h>
#include <stddef.h>

#include "tui/theme.h"

/* What a widget's key handler reports to its owner. */
enum widget_result {
	WR_NONE = 0,   /* key not used */
	WR_CHANGED,    /* key used, redraw */
	WR_DONE,       /* confirmed (Enter) */
	WR_CANCEL,     /* cancelled (Esc) */
};

/* 1 for the keys that confirm (Enter, Return, keypad Enter) / cancel (Esc). */
int widget_is_enter(int key);
int widget_is_cancel(int key);

/* A box rectangle inside a window. */
struct box {
	int y, x, h, w;
};

/* The box of h × w (clipped to the window, 1-column margin where there is room) centred
 * in win; h or w ≤ 0 means as large as possible. */
struct box box_center(WINDOW *win, int h, int w);
/* Draws the frame of b with title (UTF-8, cropped in display columns) in attr and clears
 * its inside. */
void box_draw(WINDOW *win, const struct box *b, const char *title, attr_t attr);

/* Word wrap in display columns: the line of s starting at byte start that fits cols
 * columns (broken after a blank where possible, at '\n' always). Returns its length in
 * bytes (without the break) and stores the start of the next line in *next (strlen(s) at
 * the end). */
size_t wrap_line(const char *s, size_t start, int cols, size_t *next);

/* Longest text the line editor holds (a long Notiz fits; longer values are not offered
 * for editing, so nothing is ever cut). */
#define LINE_MAX_BYTES 4096

/* A one-line text editor: UTF-8 text with a cursor at a code point boundary. */
struct line_edit {
	char buf[LINE_MAX_BYTES];
	size_t len, cur; /* bytes; cur ≤ len, always at a code point boundary */
};

/* Sets the text (copied, cut at a code point boundary to fit) and puts the cursor at the
 * end. s may be NULL (empty). */
void line_set(struct line_edit *l, const char *s);
/* Applies an editing key: printable code points insert, Backspace/Delete remove,
 * ←/→/Pos1/Ende (and ^A/^E, ^U clear) move. Returns WR_CHANGED when used, else WR_NONE
 * (Enter, Esc, ↑/↓ and the like are left to the owner). */
int line_key(struct line_edit *l, int key);
/* Draws the text at (y, x) of win in cols display columns, scrolled so the cursor is
 * visible; the cursor cell is shown in reverse video when show_cursor is set. */
void line_draw(const struct line_edit *l, WINDOW *win, int y, int x, int cols, attr_t attr,
	       int show_cursor);

#endif
