/* The filter pick list of tui/objfilter.h (dimension, then value) as an overlay
 * (tui/overlay.h), so a list view keeps no pick state of its own. */
#ifndef WP_TUI_FILTER_OVERLAY_H
#define WP_TUI_FILTER_OVERLAY_H

#include "tui/objfilter.h"
#include "tui/overlay.h"
#include "tui/view.h"

/* Opens the filter pick list as an overlay on s. When a value is chosen it is applied to
 * f (borrowed: the owner's filter, which must outlive the overlay) and done(owner, …,
 * WR_DONE) runs; closing without a choice gives WR_CANCEL. env and tree as for
 * objfilter_pick_open. Returns 0 or -WP_ENOMEM (nothing pushed). */
int filter_overlay_push(struct overlay_stack *s, const struct view_env *env,
			const struct beh_tree *tree, struct obj_filter *f,
			overlay_done_fn done, void *owner);

#endif
