/* The plan parameters of the dashboard (docs/dashboard.md, Plan-Parameter): the start month
 * of the stored plan, the default capacity per month, the pace per object and month and the
 * wave length (settings, changed with their what-if, tui/settings_edit.h), and the capacity
 * exceptions per calendar month — listed, added, changed and removed, each one transaction
 * that re-plans a stored plan as `wolkenplan kapazitaet` does, and one undo step. */
#ifndef WP_TUI_PLAN_PARAMS_H
#define WP_TUI_PLAN_PARAMS_H

#include <stdint.h>

#include "tui/view.h"

/* Opens the editor over the current view. With monat != 0 the prompt for a month's
 * capacity opens at once on top of it, prefilled with monat and its capacity now kap
 * (half-PT) — the Roadmap's K on an object. Returns 0 or -WP_ENOMEM. */
int plan_params_push(const struct view_env *env, int32_t monat, int32_t kap);

#endif
