/* The Roadmap's capacity edit (docs/dashboard.md): the capacity of one calendar month set or
 * reset to the default through data/edit_zeitplan.h (one transaction, a stored plan
 * re-planned in it, one step of the session journal, so u and Strg-R undo and redo it),
 * then a re-score through the session and a status line message. */
#include <stdio.h>

#include "data/edit_zeitplan.h"
#include "model/fields.h"
#include "model/i18n.h"
#include "model/monat.h"
#include "tui/roadmap.h"
#include "tui/session.h"

int rm_kapazitaet(const struct view_env *env, int32_t m, int32_t kap, struct wp_err *e)
{
	struct session *ses = env->ses;
	char ok[256], mb[16];
	int rc = edit_kapazitaet(ses->log, ses->store, ses->ws, ses->as, m, m, kap, e);
	if (rc) {
		session_message(ses, 1, "%s", e->msg);
		return rc;
	}
	monat_format(m, i18n_german(), mb, sizeof mb);
	if (kap < 0) {
		snprintf(ok, sizeof ok, _("Kapazität %s: wieder der Standard (u macht es rückgängig)"),
			 mb);
	} else {
		char pb[32];
		snprintf(ok, sizeof ok, _("Kapazität %s: %s PT gespeichert (u macht es rückgängig)"),
			 mb, format_pt(kap / 2.0, i18n_german(), pb, sizeof pb));
	}
	return session_saved(ses, ok);
}
