/* Interactive edits of the workspace, shared by `wolkenplan object set` and the dashboard:
 * each operation validates exactly like the import (model/fields.h), changes the workspace
 * in memory and writes it in ONE transaction; when validation or the store fails, the
 * workspace in memory is left exactly as it was and nothing is stored. An edit journal
 * records what the operations did, so a session can undo and redo them (each undo or redo
 * is again one transaction). Objects in the journal are identified by store id, which
 * survives index shifts. */
#ifndef WP_DATA_EDIT_H
#define WP_DATA_EDIT_H

#include <stddef.h>
#include <stdint.h>

#include "data/store.h"
#include "model/err.h"
#include "model/fields.h"
#include "model/i18n.h"
#include "model/ws.h"

/* Editable things of an object: the fields of model/fields.h (enum field_id, including
 * F_ABHAENGIGKEITEN as a whole list), then one per DVC criterion k (index into ws.dvc). */
#define EDIT_CRIT(k) ((int)F__N + (int)(k))

/* What an edit did, as the journal describes it (edit_describe) and the dashboard reports
 * or asks it (tui/session.c, tui/detail_edit.c); msgids with printf formats, translate
 * where used. EDIT_TXT_ANGELEGT: the new object's Kennung; EDIT_TXT_BEH_ANGELEGT: the new
 * Behörde's name; EDIT_TXT_BENOETIGT: the Kennungen of the dependent and the needed object. */
#define EDIT_TXT_ANGELEGT N_("%s angelegt")
#define EDIT_TXT_BEH_ANGELEGT N_("Behörde \"%s\" angelegt")
#define EDIT_TXT_BENOETIGT N_("%s benötigt %s")

/* Sets field fld of object o to value (text as in the CSV; dates TT.MM.JJJJ or ISO,
 * decimal comma or point). F_ABHAENGIGKEITEN takes a whole list "KENNUNG (Label), …".
 * If old is not NULL, the previous value as text is written there (n bytes; ISO dates and
 * decimal point, so it can be set again). ws_index is current afterwards.
 * Returns 0, or -WP_EINVAL / -WP_EEXIST / -WP_ENOTFOUND with a message naming the field
 * and what is expected, or a store error; the workspace is unchanged then. */
int edit_field(struct store *s, struct ws *w, uint32_t o, int fld, const char *value,
	       char *old, size_t n, struct wp_err *e);

/* The text of field fld of object o as edit_field accepts it (ISO dates, decimal point),
 * into buf (n bytes). Returns buf. */
char *edit_get(const struct ws *w, uint32_t o, int fld, char *buf, size_t n);
/* The German display label of fld (field label or criterion code; static or borrowed
 * from w). */
const char *edit_label(const struct ws *w, int fld);

/* The journal of a session's edits, with undo and redo. */
struct edit_log;

/* Creates an empty journal owned by the caller (edit_log_free). NULL on out of memory. */
struct edit_log *edit_log_new(void);
/* Frees the journal; accepts NULL; clears *l. */
void edit_log_free(struct edit_log **l);

/* Journaled operations. Each is one transaction; on success it is recorded (and the redo
 * list is cleared). They return like edit_field. */
int edit_set(struct edit_log *l, struct store *s, struct ws *w, uint32_t o, int fld,
	     const char *value, struct wp_err *e);
/* Adds "von benötigt zu" with label (may be "" or NULL). -WP_EEXIST if it exists,
 * -WP_EINVAL for von == zu. */
int edit_dep_add(struct edit_log *l, struct store *s, struct ws *w, uint32_t von, uint32_t zu,
		 const char *label, struct wp_err *e);
/* Removes "von benötigt zu"; -WP_ENOTFOUND if there is no such dependency. */
int edit_dep_remove(struct edit_log *l, struct store *s, struct ws *w, uint32_t von,
		    uint32_t zu, struct wp_err *e);
/* Creates an object with Kennung, Name, Typ (text) and Behörde b (WP_NONE: none chosen,
 * refused); *out gets its index. The first invalid value in field order is named. */
int edit_new_objekt(struct edit_log *l, struct store *s, struct ws *w, const char *kennung,
		    const char *name, const char *typ, uint32_t b, uint32_t *out,
		    struct wp_err *e);
/* Deletes object o with its dependencies in both directions and its pilot memberships.
 * Object indexes above o shift down by one. Undo restores all of it (with a new store
 * id). */
int edit_delete_objekt(struct edit_log *l, struct store *s, struct ws *w, uint32_t o,
		       struct wp_err *e);
/* Creates a Behörde (name unique and not empty; parent index or WP_NONE; kgst may be "");
 * *out gets its index. Undo removes it again as long as no object and no other Behörde
 * refers to it by then (otherwise the undo is refused with the reason). */
int edit_new_behoerde(struct edit_log *l, struct store *s, struct ws *w, const char *name,
		      uint32_t parent, const char *kgst, uint32_t *out, struct wp_err *e);

/* A journaled step of another module (e.g. platform edits, data/edit_platform.h), so one
 * undo stack serves every edit of a session. apply does the step backwards (undo != 0) or
 * forwards in one transaction, leaving the workspace unchanged on failure; describe
 * writes a short German text of the state it leads to (for "Rückgängig: …"); release
 * frees ctx (may be NULL). */
struct edit_ext_ops {
	int (*apply)(void *ctx, int undo, struct store *s, struct ws *w, struct wp_err *e);
	void (*describe)(const void *ctx, const struct ws *w, int undo, char *buf, size_t n);
	void (*release)(void *ctx);
};
/* Records an already done step: ops is static, ctx is taken over (released on failure
 * too). Clears the redo list. Returns 0 or -WP_ENOMEM. */
int edit_journal_ext(struct edit_log *l, const struct edit_ext_ops *ops, void *ctx);

/* Number of steps that can be undone / redone. */
size_t edit_can_undo(const struct edit_log *l);
size_t edit_can_redo(const struct edit_log *l);
/* Undoes the last / redoes the last undone operation in one transaction. On success
 * writes a short German description of what was undone or redone into what (n bytes) and
 * the index of the object concerned into *obj (WP_NONE if it no longer exists). Returns
 * 0, -WP_ENOTFOUND when there is nothing to undo/redo, or an error (journal unchanged). */
int edit_undo(struct edit_log *l, struct store *s, struct ws *w, uint32_t *obj, char *what,
	      size_t n, struct wp_err *e);
int edit_redo(struct edit_log *l, struct store *s, struct ws *w, uint32_t *obj, char *what,
	      size_t n, struct wp_err *e);

/* Index of the object with store id, or WP_NONE. O(n). */
uint32_t edit_find_id(const struct ws *w, int64_t id);
/* Records that the object an edit names no longer exists (one message for all edits).
 * Returns -WP_ENOTFOUND. */
int edit_err_gone(struct wp_err *e);
/* Index of the pilot with store id, or WP_NONE. O(n). */
uint32_t edit_find_pilot(const struct ws *w, int64_t id);

#endif
