/* The editing session: journaled edits, re-scoring, status messages. */
#include "tui/session.h"

#include <stdarg.h>
#include <stdio.h>

#include "model/i18n.h"
#include "tui/actions.h"
#include "tui/view.h"

int session_init(struct session *s, struct store *store, struct ws *ws, struct assessment **as,
		 struct view_env *env, char *msg, size_t msg_n)
{
	*s = (struct session){ .store = store, .ws = ws, .as = as, .env = env,
			       .log = edit_log_new(), .msg = msg, .msg_n = msg_n };
	return s->log ? 0 : -WP_ENOMEM;
}

void session_free(struct session *s)
{
	edit_log_free(&s->log);
	kosten_stand_free(&s->kosten);
}

void session_message(struct session *s, int error, const char *fmt, ...)
{
	va_list ap;
	if (!s->msg || !s->msg_n)
		return;
	/* a failure is marked, so it stands out also without colours */
	size_t k = error && s->msg_n > 4 ? (size_t)snprintf(s->msg, s->msg_n, "%s", "✗ ") : 0;
	va_start(ap, fmt);
	vsnprintf(s->msg + k, s->msg_n - k, fmt, ap);
	va_end(ap);
	s->msg_error = error;
}

void session_cancelled(struct session *s)
{
	session_message(s, 0, "%s", _("abgebrochen, nichts geändert"));
}

/* After a change of the workspace: re-scores, swaps the assessment in, counts the
 * change. Returns 0 or -WP_ENOMEM (the old assessment then stays). */
static int session_changed(struct session *s)
{
	struct assessment *na = NULL;
	s->gen++; /* the workspace changed even if the re-score fails */
	if (assess_run(s->ws, &na))
		return -WP_ENOMEM;
	assessment_free(s->as);
	*s->as = na;
	s->env->as = na;
	return 0;
}

int session_saved(struct session *s, const char *ok)
{
	if (session_changed(s)) {
		session_message(s, 1, "%s", _("gespeichert, aber zu wenig Speicher zum Neubewerten"));
		return -WP_ENOMEM;
	}
	session_message(s, 0, "%s", ok);
	return 0;
}

/* Common tail of every edit: re-score on success, report either way. */
static int done(struct session *s, int rc, const struct wp_err *e, const char *ok)
{
	if (rc) {
		session_message(s, 1, "%s", e->msg);
		if (rc == -WP_EBUSY)
			s->stale = 1;
		return rc;
	}
	return session_saved(s, ok);
}

/* "(u macht es rückgängig)" with the undo key of the keymap, into buf. */
static const char *undo_hint(char *buf, size_t n)
{
	return keys_text(_("({undo} macht es rückgängig)"), buf, n);
}

int session_set(struct session *s, uint32_t o, int fld, const char *value, struct wp_err *e)
{
	char ok[512];
	int rc = edit_set(s->log, s->store, s->ws, o, fld, value, e);
	if (!rc) {
		char v[256], u[128];
		/* names and fixed values in the interface language where the catalogue has
		 * them (the values of free-text fields stay as they are) */
		const char *val = edit_get(s->ws, o, fld, v, sizeof v);
		int fixed = fld >= F__N || fld == F_TYP || fld == F_BETRIEB || fld == F_SB_C ||
			    fld == F_SB_I || fld == F_SB_A || fld == F_PERSONENBEZUG ||
			    fld == F_VS_NFD || fld == F_SB_MANUELL || fld == F_LEBENSZYKLUS ||
			    fld == F_DVC_ANGEBOT || fld == F_STRATEGIE;
		snprintf(ok, sizeof ok, _("%s: %s = \"%s\" gespeichert %s"), s->ws->obj[o].kennung,
			 fld < F__N ? _(edit_label(s->ws, fld)) : edit_label(s->ws, fld),
			 fixed && *val ? _(val) : val, undo_hint(u, sizeof u));
	}
	return done(s, rc, e, rc ? "" : ok);
}

int session_dep_add(struct session *s, uint32_t von, uint32_t zu, const char *label,
		    struct wp_err *e)
{
	char ok[256];
	int rc = edit_dep_add(s->log, s->store, s->ws, von, zu, label, e);
	if (!rc)
		snprintf(ok, sizeof ok, _("gespeichert: %s benötigt %s"), s->ws->obj[von].kennung,
			 s->ws->obj[zu].kennung);
	return done(s, rc, e, rc ? "" : ok);
}

int session_dep_remove(struct session *s, uint32_t von, uint32_t zu, struct wp_err *e)
{
	char ok[256];
	int rc = edit_dep_remove(s->log, s->store, s->ws, von, zu, e);
	if (!rc)
		snprintf(ok, sizeof ok, _("gespeichert: %s benötigt %s nicht mehr"),
			 s->ws->obj[von].kennung, s->ws->obj[zu].kennung);
	return done(s, rc, e, rc ? "" : ok);
}

int session_new_objekt(struct session *s, const char *kennung, const char *name,
		       const char *typ, uint32_t b, uint32_t *out, struct wp_err *e)
{
	char ok[256];
	int rc = edit_new_objekt(s->log, s->store, s->ws, kennung, name, typ, b, out, e);
	if (!rc)
		snprintf(ok, sizeof ok, _(EDIT_TXT_ANGELEGT), s->ws->obj[*out].kennung);
	return done(s, rc, e, rc ? "" : ok);
}

int session_delete_objekt(struct session *s, uint32_t o, struct wp_err *e)
{
	char ok[256], u[128];
	snprintf(ok, sizeof ok, _("%s gelöscht %s"), o < s->ws->n_obj ? s->ws->obj[o].kennung : "?",
		 undo_hint(u, sizeof u));
	int rc = edit_delete_objekt(s->log, s->store, s->ws, o, e);
	return done(s, rc, e, ok);
}

int session_new_behoerde(struct session *s, const char *name, uint32_t parent,
			 const char *kgst, uint32_t *out, struct wp_err *e)
{
	char ok[256];
	int rc = edit_new_behoerde(s->log, s->store, s->ws, name, parent, kgst, out, e);
	if (!rc)
		snprintf(ok, sizeof ok, _(EDIT_TXT_BEH_ANGELEGT), s->ws->beh[*out].name);
	return done(s, rc, e, rc ? "" : ok);
}

static int undo_redo(struct session *s, uint32_t *obj, int redo)
{
	struct wp_err e = { 0 };
	char what[600];
	*obj = WP_NONE;
	int rc = redo ? edit_redo(s->log, s->store, s->ws, obj, what, sizeof what, &e)
		      : edit_undo(s->log, s->store, s->ws, obj, what, sizeof what, &e);
	if (rc == -WP_ENOTFOUND && !(redo ? edit_can_redo(s->log) : edit_can_undo(s->log))) {
		session_message(s, 0, "%s", e.msg);
		return rc;
	}
	return done(s, rc, &e, what);
}

int session_undo(struct session *s, uint32_t *obj)
{
	return undo_redo(s, obj, 0);
}

int session_redo(struct session *s, uint32_t *obj)
{
	return undo_redo(s, obj, 1);
}
