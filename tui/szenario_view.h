/* The scenario view (docs/dashboard.md, docs/szenarien.md): over any view on Z, the
 * scenarios of the workspace with the active one marked, 2–4 of them compared side by side
 * (Kennzahlen, the Summe per Haushaltsjahr with bars, the objects that differ), and
 * create, switch, rename and delete. */
#ifndef WP_TUI_SZENARIO_VIEW_H
#define WP_TUI_SZENARIO_VIEW_H

#include <stddef.h>
#include <stdint.h>

#include "data/szenario_zahlen.h"
#include "tui/overlay.h"
#include "tui/view.h"

/* What the scenario view showed when Enter opened an object, so that Esc from that
 * object's Objekt-Detail brings it back as it was (docs/dashboard.md). */
struct szv_merk {
	int zurueck;                    /* 1: Esc from the Objekt-Detail opens it again */
	int64_t wahl[SZ_VERGLEICH_MAX]; /* store ids of the compared scenarios */
	size_t n_wahl;
	size_t cur, top;                /* cursor and first line shown */
};

/* Pushes the scenario view on s; env is borrowed (the app's, it outlives the overlay).
 * merk (may be NULL; borrowed, must outlive the overlay) is filled when Enter opens an
 * object; pushed with merk->zurueck set, the view comes back as merk says and clears it.
 * The comparison is loaded here and on every change of the selection, not at each draw.
 * Returns 0 or -WP_ENOMEM (nothing pushed). */
int szenario_view_push(struct overlay_stack *s, const struct view_env *env,
		       struct szv_merk *merk);
/* 1 when the top overlay of s is the scenario view (the app opens it again after the
 * workspace was reloaded for a switch). */
int szenario_view_top(const struct overlay_stack *s);

#endif
