/* The dashboard's writes to the roadmap and the pilots (Roadmap, Quick Wins, Piloten): each
 * is one data/edit_plan.h operation (one transaction; pins, re-plans, checklist toggles and
 * status changes also one step of the session's undo journal), followed by a re-score
 * through the session (so every view rebuilds) and a status line message. The rules stay
 * in model/plan.h and model/pilot.h; nothing here decides anything. */
#ifndef WP_TUI_PLANWORK_H
#define WP_TUI_PLANWORK_H

#include <stddef.h>
#include <stdint.h>

#include "model/err.h"
#include "model/plan.h"
#include "tui/view.h"

/* Loads the stored plan of env's workspace (under env->as) into *out, owned by the caller
 * (plan_free). Returns 1 with a plan, 0 when none is stored (*out NULL), or -WP_E* (*out
 * NULL; the message is in e). */
int pw_plan_load(const struct view_env *env, struct plan **out, struct wp_err *e);

/* The parameters a re-plan uses: the stored plan's, else the defaults for env->heute. */
void pw_plan_params(const struct view_env *env, struct plan_params *p);

/* Plans the workspace (plan_run with pw_plan_params) and replaces the stored plan, in one
 * transaction. The status line says how many objects landed in how many waves and how many
 * rules are broken. Returns 0 or -WP_E* (message in the status line). */
int pw_replan(const struct view_env *env);

/* Pins object o to wave nr (1..WELLE_MAX) or unpins it (nr 0), in one transaction
 * (store_plan_pin). After a pin the status line names the first broken rule that concerns
 * o, else (and after an unpin) it confirms. Returns 0 or -WP_E* (message in the status
 * line). */
int pw_pin(const struct view_env *env, uint32_t o, int nr);

/* Creates the pilot `name` (status Idee) with the n members objs[] (n may be 0) in one
 * transaction; *out gets its index (may be NULL). On failure nothing is stored and e says
 * why (a bad or taken name: -WP_EINVAL / -WP_EEXIST). Returns 0 or -WP_E*. */
int pw_pilot_create(const struct view_env *env, const char *name, const uint32_t *objs,
		    size_t n, uint32_t *out, struct wp_err *e);

/* Toggles checklist item k (0-based) of pilot pi; appends an item; sets the status (enum
 * pilot_status). One transaction each; message in the status line. Return 0 or -WP_E*
 * (e may be NULL; todo_add fills it for the prompt's error line). */
int pw_todo_toggle(const struct view_env *env, uint32_t pi, size_t k);
int pw_todo_add(const struct view_env *env, uint32_t pi, const char *text, struct wp_err *e);
int pw_pilot_status(const struct view_env *env, uint32_t pi, int status);

#endif
