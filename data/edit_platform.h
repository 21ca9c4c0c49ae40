/* Interactive edits of the target platforms, shared by the dashboard's Plattformen view:
 * change a platform (name, description, rank, VS-NfD approval, red-line values and their
 * sources), create one, remove one — each validated, written in ONE transaction and
 * recorded in the session's edit journal (data/edit.h, edit_journal_ext), so undo and
 * redo work across object and platform edits alike. Platforms are identified by their
 * code, which survives a removal and its undo. Plus the what-if: which objects would
 * change their verdict if a platform's profile changed, computed without storing
 * anything. */
#ifndef WP_DATA_EDIT_PLATFORM_H
#define WP_DATA_EDIT_PLATFORM_H

#include <stddef.h>
#include <stdint.h>

#include "data/edit.h"
#include "data/store.h"
#include "data/szenario.h"
#include "model/assess.h"
#include "model/err.h"
#include "model/ws.h"

/* A platform's editable state, detached from the workspace (all strings owned). */
struct pf_snap {
	char *code, *name, *beschreibung;
	int rang;          /* 1..1000 */
	uint8_t vs_nfd;    /* enum tri */
	uint8_t beispiel;  /* shipped example profile */
	int32_t kostenfaktor; /* basis points, 0..COST_FAKTOR_MAX (model/cost.h) */
	size_t n_rl;       /* = ws.n_rl */
	uint8_t *val;      /* n_rl × enum rl_val, catalogue order */
	char **quelle;     /* n_rl source texts ("" if none) */
	struct sz_rest *sz; /* a deleted platform's rows in the inactive scenarios, or NULL */
};

/* A copy of platform p of w, owned by the caller (pf_snap_free); NULL on out of memory. */
struct pf_snap *pf_snap_take(const struct ws *w, uint32_t p);
/* A new platform's state: code and name copied, rank rang, approval vs, Kostenfaktor 1.0,
 * every red line unbekannt with no source. NULL on out of memory. */
struct pf_snap *pf_snap_new(const struct ws *w, const char *code, const char *name, int rang,
			    int vs);
/* Replaces text field *field of sn by a copy of value. Returns 0 or -WP_ENOMEM. */
int pf_snap_set_text(char **field, const char *value);
/* Frees sn; accepts NULL; clears *sn. */
void pf_snap_free(struct pf_snap **sn);

/* Writes sn into w and the store: the platform with sn->code is overwritten, or created
 * when there is none (then it is "no example"). Validates the code and the rank
 * (model/platform.h), the name (not empty) and the Kostenfaktor (0..10); the beispiel flag is taken as given (a
 * changed value does not clear it: the user says when the profile has been checked).
 * Journaled in l (NULL: not journaled, e.g. the CLI). Returns 0 or -WP_E* with a message;
 * the workspace is unchanged then. */
int edit_pf_change(struct edit_log *l, struct store *s, struct ws *w, const struct pf_snap *sn,
		   struct wp_err *e);
/* Removes platform p (its profile goes with it). Journaled in l (may be NULL): undo
 * recreates it. */
int edit_pf_delete(struct edit_log *l, struct store *s, struct ws *w, uint32_t p,
		   struct wp_err *e);

/* One verdict that would change. */
struct pf_change {
	uint32_t obj;
	uint8_t vorher, nachher; /* enum verdict */
};
/* What-if: the verdicts on the platform sn->code (which must exist in w) that would change
 * if its red-line values and VS-NfD approval became those of sn, against a (the current
 * assessment of w). w is changed only for the computation and restored before returning.
 * On success *out (owned by the caller, free(); NULL when there are none) holds the
 * changes in Kennung order, *n their number, and *n_empf (may be NULL) the number of
 * objects whose recommended platform would change. Returns 0, -WP_ENOTFOUND or
 * -WP_ENOMEM. */
int pf_whatif(struct ws *w, const struct assessment *a, const struct pf_snap *sn,
	      struct pf_change **out, size_t *n, size_t *n_empf);

#endif
