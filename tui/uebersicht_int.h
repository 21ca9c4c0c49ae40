/* Inside the Übersicht (view_uebersicht.c): its lines and state, shared with the cost
 * section (uebersicht_kosten.c). Not for other views. */
#ifndef WP_TUI_UEBERSICHT_INT_H
#define WP_TUI_UEBERSICHT_INT_H

#include <curses.h>
#include <stddef.h>
#include <stdint.h>

#include "model/objfilter.h"
#include "model/tree.h"
#include "tui/pick.h"
#include "tui/table.h"
#include "tui/view.h"
#include "tui/waves.h"

#define MAX_LINES 112

enum line_kind {
	L_HEAD,  /* a section heading */
	L_FIG,   /* a figure with its count: Enter opens the Inventar filtered by f */
	L_TEXT,  /* a note */
	L_BLANK,
	L_INFO,  /* a labelled value (an amount of money), not selectable */
	L_JAHR,  /* a Haushaltsjahr: its Summe and the bar Migration / Betrieb / Basis */
	L_SAETZE, /* the cost rates, a note: Enter explains them and their assumptions */
};

struct ue_line {
	uint8_t kind;        /* enum line_kind */
	uint8_t role;        /* enum role of the value (verdict colours), ROLE_ROW otherwise */
	uint8_t bar;         /* 1 = draw a bar for count */
	char label[160];
	char value[48];
	size_t count;        /* for the bar */
	size_t bar_max;      /* the section's largest count */
	struct obj_filter f; /* what Enter opens (L_FIG only) */
	int64_t mig, betr, basis, k_max; /* L_JAHR: cents; k_max is the longest bar's */
};

struct uebersicht {
	const struct view_env *env;
	struct table t;
	struct ue_line lines[MAX_LINES];
	size_t n_lines;
	uint32_t scope;        /* Behörde index or WP_NONE = the whole workspace */
	uint32_t *beh_sorted;  /* Behörden by name (DIN 5007), for ←/→ and the pick list */
	struct beh_tree tree;  /* the Behörden: what lies in the scope's subtree */
	size_t n_scope_obj;
	size_t split;          /* first line of the right column (the costs) */
	int picking;
	struct pick pk;
	char note[128];
	struct waves wv;       /* wave per object and the waves (stored plan, else pins) */
};

/* Appends a line of kind with label (copied; NULL: empty) whose filter is the scope;
 * returns it, or NULL when the lines are full. */
struct ue_line *ue_add_line(struct uebersicht *p, int kind, const char *label);
/* Appends an L_FIG line with count; same contract. */
struct ue_line *ue_add_fig(struct uebersicht *p, const char *label, size_t count);

/* Appends the cost section (docs/dashboard.md): total migration cost and its external
 * part, one bar per Haushaltsjahr, the break-even year, the objects without cost data
 * (Enter lists them), the rates and their assumptions — or why the costs could not be
 * computed. The costs are those of the whole workspace (tui/kosten_stand.h). */
void ue_kosten_lines(struct uebersicht *p);

/* Enter on the L_SAETZE line: a text box with the rates, what they mean and the
 * assumption behind each (its settings annahme, else "Beispielwert (Standard)"). */
void ue_kosten_saetze_box(struct uebersicht *p);

/* Draws an L_INFO or L_JAHR line l at (y, x0) of w in width columns. */
void ue_kosten_draw(const struct uebersicht *p, const struct ue_line *l, WINDOW *w, int y,
		    int x0, int width, int selected);

#endif
