/* The decision log in the store (docs/beschluesse.md): checking a new decision against the
 * workspace, recording it and removing it, each in one transaction of its own, and loading
 * the log with the workspace. A decision is never changed in place. */
#ifndef WP_DATA_STORE_BESCHLUSS_H
#define WP_DATA_STORE_BESCHLUSS_H

#include <stddef.h>
#include <stdint.h>

#include "data/store.h"
#include "model/beschluss.h"
#include "model/i18n.h"

/* The refusal when a decision named no longer exists (msgid). */
#define BESCHLUSS_TXT_GONE N_("diesen Beschluss gibt es nicht mehr")

/* A decision as a user gives it (all borrowed). */
struct beschluss_eingabe {
	const char *datum;    /* TT.MM.JJJJ (JJJJ-MM-TT also accepted) */
	const char *gremium;  /* free text, non-empty */
	const char *text;     /* what was decided, non-empty */
	const char *szenario; /* NULL or "": none; else it must name a scenario ("Basis") */
	const char *const *objekte; size_t n_objekte; /* Kennungen, found ignoring case */
	const char *const *piloten; size_t n_piloten; /* pilot names, found ignoring case */
	const long *wellen; size_t n_wellen;           /* wave numbers 1–999 */
	int64_t erstellt;     /* unix seconds: when it is recorded (the caller's clock) */
};

/* The argument of a beschluss_eingabe a refusal is about (a form shows it there). */
enum beschluss_arg { BA_DATUM, BA_GREMIUM, BA_TEXT, BA_SZENARIO, BA_OBJEKT, BA_PILOT,
		     BA_WELLE };

/* Checks in against w and builds the decision into *out (id 0; strings in w's pool, links
 * owned by *out: beschluss_free_links). Names given twice count once. Returns 0, or
 * -WP_EINVAL / -WP_ENOTFOUND with a message naming the bad argument (nothing built); *bad
 * (may be NULL) then gets that argument (enum beschluss_arg). */
int beschluss_bauen(struct ws *w, const struct beschluss_eingabe *in, struct beschluss *out,
		    int *bad, struct wp_err *e);

/* Records b (from beschluss_bauen, or a removed decision coming back with its id: b->id
 * != 0 keeps it) in one transaction and adds a copy to w's log (b stays the caller's).
 * An object or pilot link whose store id no longer exists is recorded as deleted.
 * *out (may be NULL) gets the new position in w->bes. Returns 0 or -WP_E*; w is unchanged
 * then. */
int store_beschluss_add(struct store *s, struct ws *w, const struct beschluss *b,
			uint32_t *out, struct wp_err *e);
/* Removes decision i of w->bes (with its links) in one transaction. Returns 0 or -WP_E*;
 * w is unchanged then. */
int store_beschluss_remove(struct store *s, struct ws *w, uint32_t i, struct wp_err *e);
/* Position of the decision with store id in w->bes, or WP_NONE. */
uint32_t beschluss_find_id(const struct ws *w, int64_t id);

#endif
