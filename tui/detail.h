/* Objekt-Detail: one object with all its fields in groups, its dependencies in both
 * directions, the verdict per platform with the reason, and the full explanation of the
 * assessment. Fields are edited through overlays (tui/overlay.h: pick lists for fixed
 * values, a prompt with a validation line for text, numbers and dates); every confirmed
 * edit goes through the session (one transaction, re-score). Not a tab: the app opens it
 * over the current tab (Enter) and closes it with Esc; the objects opened from it (a
 * dependency followed) are the app's history, not the view's. */
#ifndef WP_TUI_DETAIL_H
#define WP_TUI_DETAIL_H

#include <stdint.h>

#include "tui/view.h"

extern const struct view_ops view_detail_ops;

/* Shows object o (index into env->ws; WP_NONE: "gone") in the detail view v, scrolled to
 * the top unless it is the object already shown. */
void detail_show(struct view *v, uint32_t o);
/* Pushes the form for a new object / a new Behörde on the app's overlays, owned by v.
 * in_detail: v is shown (its object's Behörde is preselected); else the form stands over
 * a tab. A new object is then shown in the detail (VF_REQUEST, tui/request.h). Returns 0
 * or -WP_ENOMEM. */
int detail_new_object(struct view *v, int in_detail);
int detail_new_behoerde(struct view *v);
/* Asks whether to delete the object shown (the confirmation names its dependents);
 * VF_CLOSE follows a deletion. Returns 0 or -WP_ENOMEM. */
int detail_ask_delete(struct view *v);

#endif
