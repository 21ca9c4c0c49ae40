/* The form: labelled fields in a centred box, either free text or a choice from a pick
 * list, with one validation message line. Tab/↓ and ⇧Tab/↑ move between fields; on a
 * choice Space or any typed key opens its pick list (Enter too while nothing is chosen);
 * Enter elsewhere submits, Esc cancels. Geometry comes from the window at every draw, so a resize while it is open
 * only needs a redraw. The form does not validate: its owner does that on WR_DONE and
 * answers with form_set_error. */
#ifndef WP_TUI_FORM_H
#define WP_TUI_FORM_H

#include <curses.h>
#include <stddef.h>

#include "tui/pick.h"
#include "tui/overlay.h"
#include "tui/theme.h"
#include "tui/widget.h"

#define FORM_MAX_FIELDS 8

struct form_field {
	char label[64];          /* translated, copied */
	int choice;              /* 1 = chosen from a pick list */
	struct line_edit text;   /* text field: its value; choice: the chosen label */
	size_t n;                /* choice: number of items */
	pick_label_fn label_fn;  /* choice: item labels */
	void *ctx;               /* choice: borrowed */
	size_t chosen;           /* choice: item index, (size_t)-1 = none */
};

struct form {
	char title[128];
	struct form_field f[FORM_MAX_FIELDS];
	int n, cur;
	char error[1024];
	int picking;             /* 1 while the pick list of field cur is open */
	struct pick pick;
	const struct theme *theme;
};

/* Adds a text field with an initial value (may be NULL). Returns its index or -1 when
 * the form is full. */
int form_add_text(struct form *f, const char *label, const char *initial);
/* Adds a choice among n items labelled by fn(ctx, i, …); initial is the preselected item
 * or (size_t)-1. ctx must outlive the form. Returns its index or -1. */
int form_add_choice(struct form *f, const char *label, size_t n, pick_label_fn fn, void *ctx,
		    size_t initial);
/* The text of field i (borrowed) / the item chosen in choice field i. */
const char *form_text(const struct form *f, int i);
size_t form_choice(const struct form *f, int i);
/* Shows msg (copied) in the message line and moves to field i (if ≥ 0). */
void form_set_error(struct form *f, int i, const char *msg);

/* A new empty form on the heap (title copied; theme borrowed), to be filled and pushed;
 * NULL without memory. */
struct form *form_new(const char *title, const struct theme *theme);
/* Pushes f (taken, freed when it closes) as an overlay on s; done(owner, f, result) gets
 * WR_DONE on submit (validate there: form_set_error and OVERLAY_KEEP keep it open) or
 * WR_CANCEL. Drawn centred over the view (an open pick list over it). f NULL: -WP_ENOMEM.
 * Returns 0 or -WP_ENOMEM. */
int form_push(struct overlay_stack *s, struct form *f, overlay_done_fn done, void *owner);

#endif
