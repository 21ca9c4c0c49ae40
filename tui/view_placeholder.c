/* Placeholder for the views of the next stage: shows the view's name and a note, handles
 * no actions, so the global keys (view switching, help, quit) keep working. */
#include "model/i18n.h"
#include "tui/text.h"
#include "tui/view.h"

static int ph_open(struct view *v)
{
	(void)v;
	return 0;
}

static void ph_draw(struct view *v)
{
	const struct theme *th = v->env->theme;
	int h = getmaxy(v->win), w = getmaxx(v->win);
	text_put(v->win, h / 2 - 1, 2, _(v->title), w - 4, theme_attr(th, ROLE_GROUP, 0),
		 TEXT_LEFT);
	text_put(v->win, h / 2, 2, _("kommt mit dem nächsten Ausbau"), w - 4,
		 theme_attr(th, ROLE_DIM, 0), TEXT_LEFT);
}

static int ph_handle(struct view *v, int action)
{
	(void)v;
	(void)action;
	return 0;
}

static void ph_destroy(struct view *v)
{
	(void)v;
}

const struct view_ops view_placeholder_ops = {
	.name = "placeholder",
	.open = ph_open,
	.draw = ph_draw,
	.handle = ph_handle,
	.destroy = ph_destroy,
};
