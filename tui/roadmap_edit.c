/* The Roadmap's capacity edit (docs/dashboard.md): the capacity of one calendar month set or
 * reset to the default, in one transaction (store_kapazitaet) and recorded in the session
 * journal as a step of its own (edit_journal_ext), so u and Strg-R undo and redo it like
 * any other edit. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/store_plan.h"
#include "model/i18n.h"
#include "model/monat.h"
#include "tui/roadmap.h"
#include "tui/session.h"

/* One month's capacity before and after, half-PT; −1 = no exception (the default). */
struct kap_step {
	int32_t monat, alt, neu;
};

struct kap_arg {
	struct ws *w;
	int32_t monat, kap;
};

static int32_t ausnahme(const struct ws *w, int32_t m)
{
	for (size_t i = 0; i < w->n_kap; i++)
		if (w->kap[i].monat == m)
			return w->kap[i].kap;
	return -1;
}

static int kap_tx(void *ctx, struct store *s, struct wp_err *e)
{
	struct kap_arg *a = ctx;
	return store_kapazitaet(s, a->w, a->monat, a->monat, a->kap, e);
}

static int kap_write(struct store *s, struct ws *w, int32_t m, int32_t kap, struct wp_err *e)
{
	struct kap_arg a = { w, m, kap };
	return store_tx(s, kap_tx, &a, e);
}

static int step_apply(void *ctx, int undo, struct store *s, struct ws *w, struct wp_err *e)
{
	const struct kap_step *st = ctx;
	return kap_write(s, w, st->monat, undo ? st->alt : st->neu, e);
}

/* The state the step leads to, in German (the journal's texts are German msgids). */
static void step_describe(const void *ctx, const struct ws *w, int undo, char *buf, size_t n)
{
	const struct kap_step *st = ctx;
	int32_t k = undo ? st->alt : st->neu;
	char mb[16];
	(void)w;
	monat_format(st->monat, 1, mb, sizeof mb);
	if (k < 0)
		snprintf(buf, n, "Kapazität %s: Standard", mb);
	else
		snprintf(buf, n, "Kapazität %s: %g PT", mb, k / 2.0);
}

static const struct edit_ext_ops kap_ops = { step_apply, step_describe, free };

int rm_kapazitaet(const struct view_env *env, int32_t m, int32_t kap, struct wp_err *e)
{
	struct session *ses = env->ses;
	struct kap_step *st = malloc(sizeof *st);
	if (!st)
		return wp_nomem(e);
	*st = (struct kap_step){ m, ausnahme(ses->ws, m), kap };
	int rc = kap_write(ses->store, ses->ws, m, kap, e);
	if (!rc && edit_journal_ext(ses->log, &kap_ops, st))
		rc = wp_nomem(e);
	else if (rc)
		free(st);
	if (rc) {
		session_message(ses, 1, "%s", e->msg);
		return rc;
	}
	char ok[256], mb[16];
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
