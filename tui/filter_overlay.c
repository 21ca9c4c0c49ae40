/* The filter pick list as an overlay. */
#include "tui/filter_overlay.h"

#include <stdlib.h>

#include "model/err.h"
#include "tui/pick.h"
#include "tui/widget.h"

struct filter_overlay {
	struct objfilter_pick fp;
	struct obj_filter *f; /* borrowed */
};

static int ov_key(void *state, int key)
{
	struct filter_overlay *o = state;
	if (objfilter_pick_key(&o->fp, key, o->f))
		return WR_DONE;
	return objfilter_pick_active(&o->fp) ? WR_CHANGED : WR_CANCEL;
}

static void ov_draw(void *state, WINDOW *win)
{
	objfilter_pick_draw(&((struct filter_overlay *)state)->fp, win);
}

static void ov_free(void *state)
{
	struct filter_overlay *o = state;
	objfilter_pick_free(&o->fp);
	free(o);
}

static const struct overlay_hint *ov_hints(const void *state)
{
	(void)state;
	return pick_hints(NULL);
}

static const struct overlay_ops filter_ops = {
	.name = "filter", .key = ov_key, .draw = ov_draw, .free = ov_free, .hints = ov_hints,
};

int filter_overlay_push(struct overlay_stack *s, const struct view_env *env,
			const struct beh_tree *tree, struct obj_filter *f,
			overlay_done_fn done, void *owner)
{
	struct filter_overlay *o = calloc(1, sizeof *o);
	if (!o || objfilter_pick_open(&o->fp, env, tree)) {
		free(o);
		return -WP_ENOMEM;
	}
	o->f = f;
	return overlay_push(s, &filter_ops, o, done, owner);
}
