/* The object filter shared by the object lists (Inventar, Bewertung): whether an object
 * passes a struct inv_filter, the filter in words for a view's bottom line, and the
 * filter pick list behind `f` (Behörde, Typ, Urteil or Strategie, then the value; the
 * Behörden as an indented tree). Everything reads the view_env it is given. */
#ifndef WP_TUI_OBJFILTER_H
#define WP_TUI_OBJFILTER_H

#include <curses.h>
#include <stddef.h>
#include <stdint.h>

#include "tui/pick.h"
#include "tui/view.h"

/* The verdict of object o on its recommended platform (V_BLOCKIERT when there is none). */
int objfilter_verdict(const struct view_env *env, uint32_t o);
/* 1 if red line rl (or the VS-NfD approval when rl == n_rl) fails for o on some
 * platform. */
int objfilter_fails_rl(const struct view_env *env, uint32_t o, uint32_t rl);
/* 1 if any field of f filters. */
int objfilter_any(const struct inv_filter *f);
/* The filter in words, e.g. "Behörde: 33 Bürgerservice · Urteil: blockiert", into buf
 * (n bytes, always terminated). */
void objfilter_text(const struct view_env *env, const struct inv_filter *f, char *buf,
		    size_t n);

/* 1 if Behörde-index `at` lies in the subtree of b. The default (in_beh NULL below) walks
 * the parents, at most n_beh steps; the Inventar passes its preorder test. */
typedef int (*objfilter_in_beh_fn)(const void *ctx, uint32_t at, uint32_t b);
/* 1 if object o passes every set field of f. welle_of gives the wave per object (see
 * tui/waves.h; NULL: no object is in a wave). in_beh/ctx as above (may be NULL). */
int objfilter_match(const struct view_env *env, const struct inv_filter *f, uint32_t o,
		    const uint32_t *welle_of, objfilter_in_beh_fn in_beh, const void *ctx);

/* The object with Kennung s: exactly, else ignoring case (umlauts too), else the first in
 * Kennung order that starts with s (ignoring case); WP_NONE if none (or s is ""). */
uint32_t objfilter_find_kennung(const struct ws *w, const char *s);
/* 1 if Kennung or Name of object o contains pat, ignoring case (umlauts too). */
int objfilter_text_match(const struct ws *w, uint32_t o, const char *pat);

/* A Behörden tree in preorder for the Behörde list, borrowed from its owner: pre[i] is
 * the Behörde at position i, depth[i] its depth, sub[i] (sub may be NULL) the objects of
 * its subtree, nb the number of positions. */
struct objfilter_tree {
	const uint32_t *pre;
	const uint8_t *depth;
	const size_t *sub;
	size_t nb;
};

/* The two-step filter pick list (dimension, then value). Zero it before first use. */
struct objfilter_pick {
	int step;          /* 0 closed, 1 choosing the dimension, 2 choosing the value */
	int dim;
	struct pick pk;
	struct objfilter_tree tree; /* the Behörden list: borrowed, or built here */
	uint32_t *own_pre;          /* owned when built here (siblings by name) */
	uint8_t *own_depth;
	size_t *own_sub;
	const struct view_env *env; /* borrowed */
};

/* Opens the dimension list. tree (copied; its arrays borrowed until the list closes) is the
 * view's Behörden tree; NULL builds one here when the Behörde list is chosen. Returns 0 or
 * -WP_ENOMEM (closed then). */
int objfilter_pick_open(struct objfilter_pick *fp, const struct view_env *env,
			const struct objfilter_tree *tree);
/* 1 while open (it takes every key). */
int objfilter_pick_active(const struct objfilter_pick *fp);
/* Handles a key; when a value (or "Alle Filter aufheben") was chosen, applies it to f
 * and returns 1; returns 0 otherwise (still open, moved on, or cancelled). */
int objfilter_pick_key(struct objfilter_pick *fp, int key, struct inv_filter *f);
/* Draws the open list centred in win. */
void objfilter_pick_draw(struct objfilter_pick *fp, WINDOW *win);
/* Closes and frees; accepts a zeroed fp. */
void objfilter_pick_free(struct objfilter_pick *fp);

#endif
