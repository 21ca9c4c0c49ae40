/* The object filter (model/objfilter.h) in the object lists (Inventar, Bewertung): the
 * match with what the view_env gives, and the filter pick list behind `f` (Behörde, Typ,
 * Urteil, Strategie or Kostenangabe, then the value; the Behörden as an indented tree). */
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

/* The texts of an object list (msgids): the empty result of a filter (a keys_text
 * placeholder), the note after a jump cleared the filter (listview_ops.unhide), and an
 * empty workspace. */
#define OBJFILTER_NONE N_("Kein Objekt passt zum Filter. {filter-clear} hebt alle Filter auf.")
#define OBJFILTER_UNHIDE N_("Filter aufgehoben, um das Objekt zu zeigen")
#define OBJFILTER_NO_OBJECTS N_("Noch keine Objekte. Import mit: wolkenplan import DATEI")

/* Draws the bottom bar of an object list into line y of w: on the left note if not
 * empty, else the active filter f, else idle (a msgid with keys_text placeholders); on
 * the right "sortiert: <sort> ▲" (▼ when rev). */
void objfilter_bar(WINDOW *w, int y, const struct view_env *env, const struct obj_filter *f,
		   const char *note, const char *idle, const char *sort, int rev);
/* The position in an object list for the status line into buf (n bytes): "0 von T
 * Objekten" when no row is shown, "Objekt S von T" when all T are, else "Objekt S von R
 * (gefiltert aus T)"; sel is the selected row (from 0), rows the rows shown. */
void objfilter_info(char *buf, size_t n, size_t sel, size_t rows, size_t total);

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
