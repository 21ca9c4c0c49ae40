/* The overlay stack: push, key and click dispatch to the top, close with done callback. */
#include "tui/overlay.h"

#include <stddef.h>

#include "model/err.h"
#include "tui/view.h"
#include "tui/widget.h"

int overlay_push(struct overlay_stack *s, const struct overlay_ops *ops, void *state,
		 overlay_done_fn done, void *owner)
{
	if (s->n >= OVERLAY_MAX) {
		ops->free(state);
		return -WP_ENOMEM;
	}
	s->o[s->n++] = (struct overlay){ ops, state, done, owner };
	return 0;
}

int overlay_active(const struct overlay_stack *s)
{
	return s && s->n > 0;
}

const struct overlay *overlay_top(const struct overlay_stack *s)
{
	return overlay_active(s) ? &s->o[s->n - 1] : NULL;
}

/* Removes entry i (freeing its state), moving those above it down. */
static void remove_at(struct overlay_stack *s, int i)
{
	struct overlay gone = s->o[i];
	for (int k = i; k + 1 < s->n; k++)
		s->o[k] = s->o[k + 1];
	s->n--;
	gone.ops->free(gone.state);
}

/* The result r of the overlay at index i: closes it through its done callback. */
static int finish(struct overlay_stack *s, int i, int r)
{
	int flags = VF_HANDLED | VF_REDRAW;
	if (r == WR_CHANGED)
		return flags;
	if (r != WR_DONE && r != WR_CANCEL)
		return VF_HANDLED;
	struct overlay o = s->o[i];
	if (o.done)
		flags |= o.done(o.owner, o.state, r);
	if (flags & OVERLAY_KEEP)
		return flags & ~OVERLAY_KEEP;
	/* done may have pushed overlays above it: find it again by its state */
	for (int k = s->n - 1; k >= 0; k--)
		if (s->o[k].state == o.state) {
			remove_at(s, k);
			break;
		}
	return flags;
}

int overlay_key(struct overlay_stack *s, int key)
{
	if (!overlay_active(s))
		return 0;
	struct overlay *o = &s->o[s->n - 1];
	return finish(s, s->n - 1, o->ops->key(o->state, key));
}

int overlay_click(struct overlay_stack *s, int y, int x)
{
	if (!overlay_active(s))
		return 0;
	struct overlay *o = &s->o[s->n - 1];
	if (!o->ops->click)
		return VF_HANDLED;
	return finish(s, s->n - 1, o->ops->click(o->state, y, x));
}

void overlay_draw(const struct overlay_stack *s, WINDOW *win)
{
	for (int i = 0; s && win && i < s->n; i++)
		s->o[i].ops->draw(s->o[i].state, win);
}

const struct overlay_hint *overlay_hints(const struct overlay_stack *s)
{
	const struct overlay *o = overlay_top(s);
	return o ? o->ops->hints(o->state) : NULL;
}

void overlay_drop_owner(struct overlay_stack *s, const void *owner)
{
	for (int i = s && owner ? s->n - 1 : -1; i >= 0; i--)
		if (s->o[i].owner == owner)
			remove_at(s, i);
}

void overlay_clear(struct overlay_stack *s)
{
	while (s && s->n > 0)
		remove_at(s, s->n - 1);
}
