/* The dashboard's writes to the roadmap and the pilots (Roadmap, Quick Wins, Piloten): each
 * is one data/edit_plan.h operation (one transaction; pins, re-plans, checklist toggles and
 * status changes also one step of the session's undo journal), followed by a re-score
 * through the session (so every view rebuilds) and a status line message. The rules stay
 * in model/zeitplan.h and model/pilot.h; nothing here decides anything. */
#ifndef WP_TUI_PLANWORK_H
#define WP_TUI_PLANWORK_H

#include <stddef.h>
#include <stdint.h>

#include "model/err.h"
#include "model/plan.h"
#include "model/zeitplan.h"
#include "tui/view.h"

/* Loads the stored Zeitplan of env's workspace (under env->as) into *zp (may be NULL: not
 * wanted) and its derived wave view (plan_aus_zeitplan) into *out, both owned by the
 * caller (zeitplan_free, plan_free). Returns 1 with a plan, 0 when none is stored (both
 * NULL), or -WP_E* (both NULL; the message is in e). */
int pw_plan_load(const struct view_env *env, struct zeitplan **zp, struct plan **out,
		 struct wp_err *e);

/* The parameters a re-plan uses: the settings, with the stored plan's start (else the
 * first month of the next quarter after env->heute). */
void pw_plan_params(const struct view_env *env, struct zeitplan_params *p);

/* Plans the workspace (zeitplan_run with pw_plan_params) and replaces the stored plan, in
 * one transaction and one undo step. The status line says how many objects are planned,
 * the last go-live and how many rules are broken. Returns 0 or -WP_E* (message in the
 * status line). */
int pw_replan(const struct view_env *env);
/* pw_replan from month start (0: as pw_replan), the new start of the stored plan. */
int pw_replan_ab(const struct view_env *env, int32_t start);

/* Pins object o's Beginn to month monat, or unpins it (monat 0), and re-plans a stored plan
 * (edit_zeitplan_pin: one transaction, one undo step). After a pin the status line names
 * the first broken rule that concerns o, else it confirms with o's new Beginn. Returns 0
 * or -WP_E* (message in the status line). */
int pw_pin(const struct view_env *env, uint32_t o, int32_t monat);

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
