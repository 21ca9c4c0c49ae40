/* Behörden as data in the Inventar's tree (docs/behoerden.md): rename (a form), merge into
 * another (a pick list), move under another or to the top level (a pick list) and remove
 * an empty one — each one data/edit_behoerde.h step the session can undo. Results and
 * refusals go to the status line. */
#ifndef WP_TUI_INVENTAR_BEH_H
#define WP_TUI_INVENTAR_BEH_H

#include "tui/inventar_tree.h"

/* Handles action on the tree's selected Behörde: ACT_EDIT (rename), ACT_BEH_MERGE,
 * ACT_BEH_MOVE, ACT_DELETE (remove). tr must outlive the overlays it opens (they are
 * dropped with overlay_drop_owner(…, tr)). Returns enum view_flags, 0 for other actions
 * and on the root row "Alle Behörden" (the status line then says to pick a Behörde). */
int inv_beh_action(struct inv_tree *tr, int action);

#endif
