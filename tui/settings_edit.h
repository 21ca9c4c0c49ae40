/* The settings editor of the dashboard (docs/dashboard.md, Einstellungen): every setting of
 * model/settings.h with its value, range, meaning and the assumption behind the value; a
 * new value is checked like `wolkenplan settings set`, then a what-if says how many objects
 * would change verdict, strategy, reporting wave or cost (data/edit_settings.h), and only
 * j stores it — one undo step, a stored plan re-planned with it. */
#ifndef WP_TUI_SETTINGS_EDIT_H
#define WP_TUI_SETTINGS_EDIT_H

#include "tui/view.h"

/* One change of a setting in progress: the prompt, then the what-if question. Lives in the
 * state of the box that asked (it outlives both overlays). */
struct set_frage {
	const struct view_env *env; /* borrowed */
	int id;                     /* enum setting_id being changed */
	double value;               /* the value entered, checked */
};

/* Opens the editor over the current view, setting `sel` selected. Returns 0 or
 * -WP_ENOMEM. */
int settings_edit_push(const struct view_env *env, int sel);

/* Asks for a new value of setting id (a prompt with its meaning and range, then the
 * what-if question) on env's overlays; f must stay valid while they are open (env set by
 * the caller). Returns 0 or -WP_ENOMEM. */
int settings_frage(struct set_frage *f, int id);

#endif
