/* The Behörden tree pane of the Inventar: the tree of model/tree.h drawn with collapsible
 * branches and the object count of each subtree, "Alle Behörden" as its root. It only
 * draws and walks what model/tree.h returns; choosing a Behörde (Enter) is the view's
 * filter. */
#ifndef WP_TUI_INVENTAR_TREE_H
#define WP_TUI_INVENTAR_TREE_H

#include <curses.h>
#include <stddef.h>
#include <stdint.h>

#include "model/tree.h"
#include "tui/table.h"
#include "tui/view.h"

/* The root row "Alle Behörden" (the tree's rows are otherwise Behörde indexes). */
#define INV_TREE_ALL WP_NONE

struct inv_tree {
	const struct view_env *env; /* borrowed */
	struct beh_tree tree;       /* the Behörden in preorder (owned) */
	uint8_t *collapsed;         /* Behörde → 1 if collapsed (owned) */
	uint32_t *rows;             /* visible rows: INV_TREE_ALL or a Behörde (owned) */
	size_t n_rows;
	struct table t;             /* the pane's table; its selection is the tree's */
	uint32_t current;           /* the Behörde filtered by (drawn highlighted) */
	int focused;                /* 1 while the pane has the focus (selection shown) */
	int64_t act_id;             /* store id of the Behörde a Behörden action works on
	                             * (tui/inventar_beh.h) */
};

/* Builds the tree of env->ws, everything expanded, the root selected. Call inv_tree_free
 * afterwards in any case. Returns 0 or -WP_ENOMEM. */
int inv_tree_build(struct inv_tree *tr, const struct view_env *env);
/* Frees what tr holds (the table's layout stays); accepts a zeroed tr. */
void inv_tree_free(struct inv_tree *tr);
/* The Behörde of the selected row (INV_TREE_ALL for the root). */
uint32_t inv_tree_selected(const struct inv_tree *tr);
/* Selects Behörde b (INV_TREE_ALL: the root), expanding its ancestors. */
void inv_tree_select(struct inv_tree *tr, uint32_t b);
/* ACT_LEFT (collapse, else to the parent), ACT_RIGHT (expand; returns VF_CLOSE when
 * there is nothing to expand: the focus goes back to the table), ACT_TOGGLE and the
 * table's movements. Returns enum view_flags; 0 for actions it does not know (ACT_OPEN
 * among them: the view applies the Behörde). */
int inv_tree_handle(struct inv_tree *tr, int action);
/* Draws the pane into w (the table's size); the selection shows while tr->focused. */
void inv_tree_draw(struct inv_tree *tr, WINDOW *w);

#endif
