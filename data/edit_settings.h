/* A workspace setting changed from the dashboard (docs/dashboard.md, Einstellungen): the
 * what-if first — how many objects would change verdict, strategy, reporting wave or cost,
 * computed on the workspace without storing anything — then the change itself as ONE
 * transaction that also re-plans a stored plan under the new settings (its start kept), and
 * ONE step of the session's edit journal (data/edit.h): undo brings back the value, its
 * assumption text and the stored plan as it was. */
#ifndef WP_DATA_EDIT_SETTINGS_H
#define WP_DATA_EDIT_SETTINGS_H

#include <stddef.h>
#include <stdint.h>

#include "data/edit.h"
#include "data/store.h"
#include "model/assess.h"
#include "model/kosten.h"
#include "model/zeitplan.h"

/* The effect of one setting's new value, against the state now. */
struct settings_wirkung {
	size_t n_urteil;    /* objects whose recommended platform or verdict there changes */
	size_t n_strategie; /* objects whose effective strategy changes */
	size_t n_welle;     /* objects whose reporting wave changes (plan_ok) */
	size_t n_kosten;    /* objects whose migration or yearly target cost changes (kosten_ok) */
	int plan_ok;        /* 1: the plan under the new value could be computed */
	int kosten_ok;      /* 1: the costs before and after could be computed */
	int64_t migration_vorher, migration_nachher; /* total migration cost, cents */
	int64_t summe_vorher, summe_nachher;         /* Summe of all Haushaltsjahre, cents */
};

/* What-if: the effect of setting id becoming value (which the caller validated with
 * settings_set) on w, against a (the assessment of w), z (the plan shown now: the stored
 * one, else the preview; its start is kept) and k (its costs; NULL: no cost comparison).
 * The plan after is zeitplan_run under the new settings (plan.* included) from z's start —
 * what applying re-plans. w is changed only for the computation and restored before
 * returning. Returns 0 (out filled) or -WP_ENOMEM. */
int settings_whatif(struct ws *w, const struct assessment *a, const struct zeitplan *z,
		    const struct kosten *k, int id, double value, struct settings_wirkung *out);

/* Sets setting id to value: validated like `wolkenplan settings set` (settings_set, the
 * message names the allowed range), the assumption text of the old value dropped (it was
 * the old value's), the settings stored and a stored plan re-planned under the new
 * settings with its own start — one transaction; journaled in l (may be NULL). Returns 0
 * or -WP_E* with a message in e; the workspace is unchanged then. */
int edit_setting(struct edit_log *l, struct store *s, struct ws *w, int id, double value,
		 struct wp_err *e);

/* A setting's value that is not a number (msgid; %s: the key, the text entered). */
#define SETTINGS_KEINE_ZAHL N_("%s: \"%s\" ist keine Zahl")

/* The text of a changed setting as the journal and the dashboard say it
 * ("schwelle.bereit = 80"), into buf (n bytes). Returns buf. */
char *edit_setting_text(int id, double value, char *buf, size_t n);

#endif
