/* The app-level overlay stack: pick lists, dialogs, forms, text boxes, the export dialog
 * and the search prompt of a list are pushed here instead of living as modes inside the
 * views. The top overlay takes every key; all are drawn over the current view, bottom
 * first; when one closes, its done callback hands the result back to whoever pushed it.
 * The footer shows the top overlay's keys, so a key never means two things on one screen. */
#ifndef WP_TUI_OVERLAY_H
#define WP_TUI_OVERLAY_H

#include <curses.h>

#include "model/i18n.h"
#include "model/labels.h"

/* One footer entry of an overlay: a key (encoded as in tui/actions.h, shown with
 * key_label) and what it does (msgid). */
struct overlay_hint {
	int key;
	const char *hint;
};
/* The hints most overlays share, written once (msgids, for static hint tables); the
 * answers are LBL_JA and LBL_NEIN (model/labels.h). */
#define HINT_ABBRECHEN N_("abbrechen")
#define HINT_FERTIG N_("fertig")
#define HINT_WAEHLEN N_("wählen")
#define HINT_SPEICHERN N_("speichern")
#define HINT_BLAETTERN N_("blättern")
#define HINT_SCHLIESSEN N_("schließen")
#define HINT_AENDERN N_("ändern")

/* What an overlay is. state is the overlay's own data, passed to every function. */
struct overlay_ops {
	const char *name; /* stable internal name (tests) */
	/* Handles a key; returns enum widget_result: WR_NONE / WR_CHANGED keep the overlay
	 * open, WR_DONE / WR_CANCEL close it. */
	int (*key)(void *state, int key);
	/* Draws into win (the body window, the view already drawn beneath). */
	void (*draw)(void *state, WINDOW *win);
	/* A click at (y, x) of the body window; enum widget_result as key. Optional. */
	int (*click)(void *state, int y, int x);
	/* Frees state (the overlay owns it). */
	void (*free)(void *state);
	/* The footer entries for the overlay's present state (static array ended by
	 * { 0, NULL }). */
	const struct overlay_hint *(*hints)(const void *state);
};

/* The answer of a done callback that keeps the overlay open (e.g. a value was refused
 * and the form shows why); may be combined with enum view_flags. */
#define OVERLAY_KEEP (1 << 16)

/* Called once when an overlay closes, with result WR_DONE or WR_CANCEL; state is still
 * valid during the call and freed afterwards (unless OVERLAY_KEEP is returned). The
 * callback may push further overlays. Returns enum view_flags. */
typedef int (*overlay_done_fn)(void *owner, void *state, int result);

#define OVERLAY_MAX 8

struct overlay {
	const struct overlay_ops *ops;
	void *state;          /* owned */
	overlay_done_fn done; /* may be NULL */
	void *owner;          /* borrowed, passed to done */
};

struct overlay_stack {
	struct overlay o[OVERLAY_MAX];
	int n;
};

/* Pushes an overlay. It takes state in any case: when the stack is full, state is freed
 * with ops->free and -WP_ENOMEM returned; else 0. done and owner may be NULL. */
int overlay_push(struct overlay_stack *s, const struct overlay_ops *ops, void *state,
		 overlay_done_fn done, void *owner);
/* 1 while some overlay is open. */
int overlay_active(const struct overlay_stack *s);
/* The top overlay (borrowed, valid until the next push or close), or NULL. */
const struct overlay *overlay_top(const struct overlay_stack *s);
/* Gives key to the top overlay and closes it when it is done. Returns enum view_flags
 * (VF_HANDLED at least), or 0 when the stack is empty. */
int overlay_key(struct overlay_stack *s, int key);
/* A click, as overlay_key; 0 when the stack is empty. */
int overlay_click(struct overlay_stack *s, int y, int x);
/* Draws every overlay into win, bottom first. */
void overlay_draw(const struct overlay_stack *s, WINDOW *win);
/* The footer entries of the top overlay, or NULL when none is open. */
const struct overlay_hint *overlay_hints(const struct overlay_stack *s);
/* Closes every overlay pushed with this owner, without calling done (the owner is going
 * away). owner NULL does nothing. */
void overlay_drop_owner(struct overlay_stack *s, const void *owner);
/* Closes every overlay without calling done. */
void overlay_clear(struct overlay_stack *s);

#endif
