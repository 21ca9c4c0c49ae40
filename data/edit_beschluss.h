/* Recording and removing decisions as undo steps of a session's journal (data/edit.h), for
 * the dashboard: undoing an add removes the decision again, undoing a removal brings it
 * back with its store id, its date of recording and its links. Each step is one
 * transaction (data/store_beschluss.h). */
#ifndef WP_DATA_EDIT_BESCHLUSS_H
#define WP_DATA_EDIT_BESCHLUSS_H

#include <stdint.h>

#include "data/edit.h"
#include "data/store_beschluss.h"

/* Checks in (beschluss_bauen; *bad as there, may be NULL), records the decision and
 * journals the step (l may be NULL). *out (may be NULL) gets its position in w->bes.
 * Returns 0 or -WP_E* (nothing changed). */
int edit_beschluss_add(struct edit_log *l, struct store *s, struct ws *w,
		       const struct beschluss_eingabe *in, uint32_t *out, int *bad,
		       struct wp_err *e);
/* Removes decision i of w->bes and journals the step (l may be NULL). The caller has asked
 * the user first. Returns 0 or -WP_E* (nothing changed). */
int edit_beschluss_remove(struct edit_log *l, struct store *s, struct ws *w, uint32_t i,
			  struct wp_err *e);

/* The dashboard's report of a done step (msgids; %s: the date TT.MM.JJJJ, the Gremium). */
#define BESCHLUSS_TXT_ERFASST N_("Beschluss vom %s (%s) erfasst")
#define BESCHLUSS_TXT_ENTFERNT N_("Beschluss vom %s (%s) entfernt")

#endif
