/* The editing session of the dashboard: the store, the workspace being edited in place,
 * the assessment that is recomputed after every change, the journal for undo/redo and the
 * status line message. The app owns one; views reach it through view_env.ses. Every
 * operation here is one transaction (data/edit.h) followed by a full re-score, so every
 * view shows the consequences at its next draw. */
#ifndef WP_TUI_SESSION_H
#define WP_TUI_SESSION_H

#include <stddef.h>
#include <stdint.h>

#include "data/edit.h"
#include "data/store.h"
#include "model/assess.h"
#include "model/ws.h"
#include "tui/kosten_stand.h"

struct view_env;

#define SES_RELOAD 2 /* session.stale: the app's own bulk write, reload quietly */

struct session {
	struct store *store;    /* borrowed from the caller of tui_run */
	struct ws *ws;          /* the app's workspace (edited in place) */
	struct assessment **as; /* the app's assessment: replaced after every change */
	struct view_env *env;   /* the app's env: env->as follows *as */
	struct edit_log *log;   /* owned */
	char *msg;              /* the app's status line buffer (msg_n bytes) */
	size_t msg_n;
	unsigned gen;           /* counts changes: views compare it to rebuild */
	int msg_error;          /* 1 when the message reports a failure */
	int stale;              /* an edit was refused because another program changed the
				 * workspace file (-WP_EBUSY): the app loads it again; or
				 * SES_RELOAD: a bulk write of the app itself (the import dialog)
				 * rewrote it, the message is set already */
	struct kosten_stand kosten; /* the costs, owned; read them with kosten_stand() */
};

/* Sets s up on the app's data (all borrowed; they must outlive s). Returns 0 or
 * -WP_ENOMEM. */
int session_init(struct session *s, struct store *store, struct ws *ws, struct assessment **as,
		 struct view_env *env, char *msg, size_t msg_n);
/* Frees the journal and the costs; accepts a zeroed s. */
void session_free(struct session *s);
/* Writes a status line message (printf-style); with error set it is marked "✗ " so a
 * failure stands out also without colours. */
void session_message(struct session *s, int error, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* The status line message of an edit closed without a result ("abgebrochen, nichts
 * geändert"). */
void session_cancelled(struct session *s);

/* After a successful write: re-scores everything, swaps the assessment in and counts
 * the change, then the status line says ok (a message, not a format), or that the write
 * was stored but could not be re-scored (the old assessment then stays). Returns 0 or
 * -WP_ENOMEM. */
int session_saved(struct session *s, const char *ok);

/* Journaled edits (see data/edit.h), each followed by the re-scoring on success and
 * a status line message either way. Return 0 or the -WP_E* of the edit, with e->msg. */
int session_set(struct session *s, uint32_t o, int fld, const char *value, struct wp_err *e);
int session_dep_add(struct session *s, uint32_t von, uint32_t zu, const char *label,
		    struct wp_err *e);
int session_dep_remove(struct session *s, uint32_t von, uint32_t zu, struct wp_err *e);
int session_new_objekt(struct session *s, const char *kennung, const char *name,
		       const char *typ, uint32_t b, uint32_t *out, struct wp_err *e);
int session_delete_objekt(struct session *s, uint32_t o, struct wp_err *e);
int session_new_behoerde(struct session *s, const char *name, uint32_t parent,
			 const char *kgst, uint32_t *out, struct wp_err *e);
/* Undo / redo the last step; *obj gets the object concerned (WP_NONE if none). The
 * message says what happened or that there was nothing to do. */
int session_undo(struct session *s, uint32_t *obj);
int session_redo(struct session *s, uint32_t *obj);

#endif
