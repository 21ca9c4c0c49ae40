/* Dialogs drawn over a view: a yes/no confirmation and a one-line text prompt with a
 * validation message line. Both are centred boxes sized from the window at every draw,
 * so they survive a resize while open. */
#ifndef WP_TUI_DIALOG_H
#define WP_TUI_DIALOG_H

#include <curses.h>

#include "tui/overlay.h"
#include "tui/theme.h"
#include "tui/widget.h"

enum dialog_kind { DLG_CONFIRM, DLG_PROMPT };

struct dialog {
	int kind;                  /* enum dialog_kind */
	char title[128];           /* copied, translated */
	char text[1024];           /* the question or the prompt's label, wrapped to the box */
	char error[1024];          /* validation message under the input; "" = none */
	int yes;                   /* confirm: 1 while "Ja" is selected (starts at "Nein") */
	struct line_edit input;    /* prompt: the text being edited */
	const char *enter;         /* prompt: what Enter does, a msgid ("speichert") */
	const struct theme *theme; /* borrowed */
};

/* Sets d up as a confirmation (title and text copied). The safe answer "Nein" starts
 * selected; j/y answer yes, n and Esc no, ←/→/Tab switch, Enter takes the selection. */
void dialog_confirm(struct dialog *d, const char *title, const char *text,
		    const struct theme *theme);
/* Sets d up as a prompt for one line of text, prefilled with initial (may be NULL). */
void dialog_prompt(struct dialog *d, const char *title, const char *label, const char *initial,
		   const struct theme *theme);
/* Names what Enter does in a prompt's key line: was is a static msgid such as
 * N_("zeigt die Vorschau") (default "speichert"). */
void dialog_set_enter(struct dialog *d, const char *was);
/* Shows msg (copied; NULL or "" clears) under the input, e.g. why a value was refused. */
void dialog_set_error(struct dialog *d, const char *msg);
/* Handles a key. Returns enum widget_result: WR_DONE when confirmed with yes / a value
 * entered with Enter, WR_CANCEL for no / Esc. */
int dialog_key(struct dialog *d, int key);
/* The prompt's current text (borrowed from d). */
const char *dialog_value(const struct dialog *d);
/* Draws d centred in win. */
void dialog_draw(const struct dialog *d, WINDOW *win);

/* A confirmation / a prompt as above, as an overlay on s; done(owner, dialog, result)
 * gets WR_DONE (yes / Enter, dialog_value holds the text) or WR_CANCEL. A done callback
 * may refuse a value with dialog_set_error and OVERLAY_KEEP. Return 0 or -WP_ENOMEM
 * (nothing pushed). */
int dialog_push_confirm(struct overlay_stack *s, const char *title, const char *text,
			const struct theme *theme, overlay_done_fn done, void *owner);
int dialog_push_prompt(struct overlay_stack *s, const char *title, const char *label,
		       const char *initial, const struct theme *theme, overlay_done_fn done,
		       void *owner);

#endif
