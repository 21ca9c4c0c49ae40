/* The object filter (model/objfilter.h) in the object lists (Inventar, Bewertung): the
 * match with what the view_env gives, and the filter pick list behind `f` (Behörde, Typ,
 * Urteil or Strategie, then the value; the Behörden as an indented tree). */
#ifndef WP_TUI_OBJFILTER_H
#define WP_TUI_OBJFILTER_H

#include <curses.h>
#include <stddef.h>
#include <stdint.h>

#include "model/objfilter.h"
#include "model/tree.h"
#include "tui/pick.h"
#include "tui/view.h"

/* 1 if object o passes f (obj_filter_match with env's workspace, assessment and today).
 * tree (borrowed) is the Behörden tree of env->ws, needed when f has a Behörde; welle_of
 * the wave per object (tui/waves.h; NULL: no object is in a wave). */
int objfilter_match(const struct view_env *env, const struct obj_filter *f, uint32_t o,
		    const uint32_t *welle_of, const struct beh_tree *tree);

/* The status texts of a filtered list (keys_text placeholders): the active filter (%s: its
 * description) and the empty result. */
#define OBJFILTER_BAR N_("Filter: %s ({filter-clear} hebt auf)")
#define OBJFILTER_NONE N_("Kein Objekt passt zum Filter. {filter-clear} hebt alle Filter auf.")

/* The two-step filter pick list (dimension, then value). Zero it before first use. */
struct objfilter_pick {
	int step;          /* 0 closed, 1 choosing the dimension, 2 choosing the value */
	int dim;
	struct pick pk;
	const struct beh_tree *tree; /* the Behörden list, borrowed */
	const struct view_env *env;  /* borrowed */
};

/* Opens the dimension list. tree (borrowed until the list closes) is the Behörden tree
 * of env->ws: the Behörde list shows it in preorder with subtree object counts. Returns 0
 * or -WP_ENOMEM (closed then). */
int objfilter_pick_open(struct objfilter_pick *fp, const struct view_env *env,
			const struct beh_tree *tree);
/* 1 while open (it takes every key). */
int objfilter_pick_active(const struct objfilter_pick *fp);
/* Handles a key; when a value (or "Alle Filter aufheben") was chosen, applies it to f
 * and returns 1; returns 0 otherwise (still open, moved on, or cancelled). */
int objfilter_pick_key(struct objfilter_pick *fp, int key, struct obj_filter *f);
/* Draws the open list centred in win. */
void objfilter_pick_draw(struct objfilter_pick *fp, WINDOW *win);
/* Closes and frees; accepts a zeroed fp. */
void objfilter_pick_free(struct objfilter_pick *fp);

#endif
