/* A scrollable text box, an overlay over a view: a title, text wrapped to the box in
 * display columns (lines separated by '\n'; a line that starts with blanks continues
 * with a hanging indent), a key line at the bottom. Used to read an explanation (close
 * with Enter, Esc or q) or to ask about a long list (answer j/y or n/Esc). Arrows, j/k
 * (not in a question), Bild↑/↓, Pos1/Ende scroll. Centred, as large as the window allows
 * (at most 100 columns); geometry comes from the window at every draw, so a resize needs
 * only a redraw. */
#ifndef WP_TUI_TEXTBOX_H
#define WP_TUI_TEXTBOX_H

#include "tui/overlay.h"
#include "tui/theme.h"

/* Opens a text box with copies of title and text as an overlay on s (ask: a question,
 * see above; theme borrowed while it is open); done(owner, state, result) gets WR_DONE
 * (yes / closed) or WR_CANCEL (no). done and owner may be NULL. Returns 0 or -WP_ENOMEM
 * (nothing pushed). */
int textbox_push(struct overlay_stack *s, const char *title, const char *text, int ask,
		 const struct theme *theme, overlay_done_fn done, void *owner);

#endif
