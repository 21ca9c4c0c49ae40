/* The scenario view (docs/dashboard.md, docs/szenarien.md): over any view on Z, the
 * scenarios of the workspace with the active one marked, 2–4 of them compared side by side
 * (Kennzahlen, the Summe per Haushaltsjahr with bars, the objects that differ), and
 * create, switch, rename and delete. */
#ifndef WP_TUI_SZENARIO_VIEW_H
#define WP_TUI_SZENARIO_VIEW_H

#include "tui/overlay.h"
#include "tui/view.h"

/* Pushes the scenario view on s; env is borrowed (the app's, it outlives the overlay).
 * The comparison is loaded here and on every change of the selection, not at each draw.
 * Returns 0 or -WP_ENOMEM (nothing pushed). */
int szenario_view_push(struct overlay_stack *s, const struct view_env *env);
/* 1 when the top overlay of s is the scenario view (the app opens it again after the
 * workspace was reloaded for a switch). */
int szenario_view_top(const struct overlay_stack *s);

#endif
