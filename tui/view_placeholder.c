/* Placeholder for the views of the next stage: shows the view's name and a note, handles
 * no actions, so the global keys (view switching, help, quit) keep working. */
#include <string.h>

#include "model/i18n.h"
#include "tui/text.h"
#include "tui/view.h"

/* What each placeholder tab will show, keyed by its tab title msgid. */
static const struct {
	const char *title, *text;
} coming[] = {
	{ "Bewertung", N_("Urteil jedes Objekts auf jeder Plattform mit den verfehlten Roten "
			  "Linien und der Begründung") },
	{ "Plattformen", N_("Die Zielplattformen mit ihrem Rote-Linien-Profil, Rang und "
			    "VS-NfD-Freigabe, zum Bearbeiten") },
	{ "Roadmap", N_("Die Migrationswellen mit Kapazität, Fristen und Abhängigkeiten") },
	{ "Quick Wins", N_("Die Objekte mit dem besten Quick-Win-Wert und seinen Punkteteilen") },
	{ "Piloten", N_("Pilotvorhaben mit Mitgliedern, Status und offenen Voraussetzungen") },
};

static int ph_open(struct view *v)
{
	(void)v;
	return 0;
}

static void ph_draw(struct view *v)
{
	const struct theme *th = v->env->theme;
	int h = getmaxy(v->win), w = getmaxx(v->win);
	const char *what = "";
	for (size_t i = 0; i < sizeof coming / sizeof coming[0]; i++)
		if (strcmp(coming[i].title, v->title) == 0)
			what = _(coming[i].text);
	text_put(v->win, h / 2 - 2, 2, _(v->title), w - 4, theme_attr(th, ROLE_GROUP, 0),
		 TEXT_LEFT);
	text_put(v->win, h / 2, 2, what, w - 4, theme_attr(th, ROLE_ROW, 0), TEXT_LEFT);
	text_put(v->win, h / 2 + 1, 2, _("kommt mit dem nächsten Ausbau"), w - 4,
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
