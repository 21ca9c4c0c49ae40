/* The reporting wave of every object as the dashboard shows it: from the stored Zeitplan's
 * derived wave view when one is stored (tui/planwork.h), otherwise none; plus the waves
 * themselves with their dates, capacity and load. Loaded when a view opens or reloads after
 * an edit, so it always matches the workspace's current objects. */
#ifndef WP_TUI_WAVES_H
#define WP_TUI_WAVES_H

#include <stddef.h>
#include <stdint.h>

#include "model/plan.h"
#include "tui/view.h"

struct waves {
	uint32_t *of;             /* per object: wave number, 0 = none (owned) */
	int planned;              /* 1 if a stored plan was loaded */
	struct plan_welle *welle; /* the plan's waves (owned), none without a plan */
	size_t n_welle;
};

/* Fills w for env's workspace from the stored Zeitplan through env->ses->store when there
 * is a session and a plan; else every object has no wave. A plan that cannot be read
 * counts as none. Returns 0 or -WP_ENOMEM; w then needs waves_free either way. */
int waves_load(struct waves *w, const struct view_env *env);
/* Frees what w owns; accepts a zeroed or freed w. */
void waves_free(struct waves *w);

#endif
