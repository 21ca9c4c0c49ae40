/* The import dialog behind `I` (docs/dashboard.md): reads an Inventar CSV like
 * `wolkenplan import` in steps drawn over the view — the file name; a preview of the first
 * rows with every foreign column and its target, chosen from a pick list (a mapping saved
 * as DATEI.map next to the file is offered again); the dry run's result (what changes,
 * what is wrong); then the import in one transaction. The import is not journaled, so `u`
 * does not undo it — the dialog says so before it writes. Afterwards the app loads the
 * workspace again (session.stale = SES_RELOAD). */
#ifndef WP_TUI_IMPORT_DIALOG_H
#define WP_TUI_IMPORT_DIALOG_H

#include "tui/overlay.h"
#include "tui/view.h"

/* Lines of the file shown in the preview. */
#define IMPORT_PREVIEW_ROWS 5

/* Opens the dialog as an overlay on s, with the file name prompt first. env (its store,
 * session and theme) is borrowed while it is open; the dialog closes itself after the
 * import or on Esc. Returns 0 or -WP_ENOMEM (nothing pushed). */
int import_dialog_push(struct overlay_stack *s, const struct view_env *env);

#endif
