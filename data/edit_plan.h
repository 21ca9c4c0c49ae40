/* Pilot and settings writes as data/ operations, shared by the CLI and the dashboard: each
 * checks its input (data/store_pilot.h), writes in one transaction (store_tx) and, given a
 * journal (data/edit.h; l may be NULL), records how to undo it — so the dashboard undoes
 * new pilots, checklist items and their toggles and pilot status changes like any other
 * edit. The journal names pilots by store id. Zeitplan writes: data/edit_zeitplan.h. */
#ifndef WP_DATA_EDIT_PLAN_H
#define WP_DATA_EDIT_PLAN_H

#include <stddef.h>
#include <stdint.h>

#include "data/edit.h"
#include "data/store.h"
#include "model/assess.h"

/* Marks checklist item nr (1-based) of pilot pi done (done != 0) or open; undo reverts it. */
int edit_pilot_todo_done(struct edit_log *l, struct store *s, struct ws *w, uint32_t pi,
			 size_t nr, int done, struct wp_err *e);
/* Sets the status (enum pilot_status) of pilot pi; undo sets the previous one. */
int edit_pilot_status(struct edit_log *l, struct store *s, struct ws *w, uint32_t pi,
		      int status, struct wp_err *e);
/* "Pilot "NAME": Status STATUS" (status an enum pilot_status, translated), the journal's
 * description of a status change and the dashboard's report of it, into buf (n bytes,
 * cropped safely). Returns buf. */
char *edit_pilot_status_text(const char *name, int status, char *buf, size_t n);

/* Creates pilot name (status Idee; ziel, ozg may be NULL) with the n members objs[] in one
 * transaction (store_pilot_create, store_pilot_members); *out (may be NULL) gets its
 * index. Undo removes it again, redo recreates it. */
int edit_pilot_create(struct edit_log *l, struct store *s, struct ws *w, const char *name,
		      const char *ziel, const char *ozg, const uint32_t *objs, size_t n,
		      uint32_t *out, struct wp_err *e);
/* Appends an open checklist item (store_pilot_todo_add); undo drops it again. */
int edit_pilot_todo_add(struct edit_log *l, struct store *s, struct ws *w, uint32_t pi,
			const char *text, struct wp_err *e);

/* Pilot writes of the CLI without an undo step; each one transaction, with the contract
 * of the store_pilot_* function of the same name. */
int edit_pilot_members(struct store *s, struct ws *w, uint32_t pi, int add,
		       const uint32_t *objs, size_t n, struct wp_err *e);
int edit_pilot_rename(struct store *s, struct ws *w, uint32_t pi, const char *name,
		      struct wp_err *e);
int edit_pilot_delete(struct store *s, struct ws *w, uint32_t pi, struct wp_err *e);
int edit_pilot_ozg(struct store *s, struct ws *w, uint32_t pi, const char *ozg,
		   struct wp_err *e);

/* Saves the workspace settings (store_save_settings) in one transaction. */
int edit_settings(struct store *s, struct ws *w, struct wp_err *e);

#endif
