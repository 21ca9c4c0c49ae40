/* A scrollable text box drawn over a view: a title, text wrapped to the box in display
 * columns (lines separated by '\n'; a line that starts with blanks continues with a
 * hanging indent), a key line at the bottom. Used to read an
 * explanation (close with Enter, Esc or q) or to ask about a long list (answer j/y or
 * n/Esc). Geometry comes from the window at every draw, so a resize needs only a redraw. */
#ifndef WP_TUI_TEXTBOX_H
#define WP_TUI_TEXTBOX_H

#include <curses.h>
#include <stddef.h>

#include "tui/overlay.h"
#include "tui/theme.h"

struct textbox {
	char title[160];           /* copied */
	char *text;                /* owned (malloc'd copy) */
	int ask;                   /* 1 = a question: j/y answer yes, n/Esc no */
	int top;                   /* first wrapped line shown */
	int lines, page;           /* wrapped lines and visible lines at the last draw */
	const struct theme *theme; /* borrowed */
};

/* Opens tb with a copy of title and text (ask: see above). Returns 0 or -WP_ENOMEM
 * (tb is then closed). */
int textbox_open(struct textbox *tb, const char *title, const char *text, int ask,
		 const struct theme *theme);
/* 1 while open. */
int textbox_active(const struct textbox *tb);
/* Handles a key: arrows, j/k (not in a question), Bild↑/↓, Pos1/Ende scroll. Returns enum
 * widget_result: WR_DONE for yes (a question) or close (Enter, Esc, q otherwise),
 * WR_CANCEL for no; WR_CHANGED after scrolling. The owner closes the box. */
int textbox_key(struct textbox *tb, int key);
/* Draws tb centred in win, as large as the window allows (at most 100 columns). */
void textbox_draw(struct textbox *tb, WINDOW *win);
/* Frees the text and closes; accepts a zeroed tb. */
void textbox_close(struct textbox *tb);

/* Opens a text box as above as an overlay on s; done(owner, tb, result) gets WR_DONE
 * (yes / closed) or WR_CANCEL (no). done and owner may be NULL. Returns 0 or -WP_ENOMEM
 * (nothing pushed). */
int textbox_push(struct overlay_stack *s, const char *title, const char *text, int ask,
		 const struct theme *theme, overlay_done_fn done, void *owner);

#endif
