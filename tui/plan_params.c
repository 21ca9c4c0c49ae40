/* The plan parameters and the capacity exceptions in one editor box (docs/dashboard.md). */
#include "tui/plan_params.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/edit_zeitplan.h"
#include "model/fields.h"
#include "model/i18n.h"
#include "model/monat.h"
#include "model/settings.h"
#include "tui/actions.h"
#include "tui/dialog.h"
#include "tui/editbox.h"
#include "tui/kosten_stand.h"
#include "tui/planwork.h"
#include "tui/session.h"
#include "tui/settings_edit.h"

/* Rows before the exceptions: Beginn, then the settings of pp_set[]. */
enum { PP_BEGINN, PP__FEST = 4 };
static const int pp_set[PP__FEST] = { -1, SET_KAPAZITAET_MONAT, SET_MAX_PT_MONAT,
				      SET_WELLE_MONATE };
static const char *const pp_label[PP__FEST] = {
	N_("Beginn des Plans"), N_("Kapazität je Monat (Standard)"),
	N_("Tempo je Objekt und Monat"), N_("Wellenlänge (Berichtszeitraum)"),
};

struct pp {
	struct set_frage frage; /* a setting being changed (frage.env: the env) */
};

static const char *pt(int32_t half, char *b, size_t n)
{
	return format_pt(half / 2.0, i18n_german(), b, n);
}

/* "N PT" of v PT into cell. */
static void pt_cell(double v, char *cell)
{
	char b[40];
	snprintf(cell, EDITBOX_CELL, _("%s PT"), format_pt(v, i18n_german(), b, sizeof b));
}

static const char *mon(int32_t m, char *b, size_t n)
{
	return monat_format(m, i18n_german(), b, n);
}

/* Parses "MONAT PT": a month (JJJJ-MM or MM.JJJJ) and PT in steps of 0.5 (decimal comma or
 * point), or no PT (or "-") for the default. Returns 0 or -1. */
static int parse_kap(const char *s, int32_t *m, int32_t *kap)
{
	char mb[32], pb[32], extra[2];
	int n = sscanf(s, "%31s %31s %1s", mb, pb, extra);
	if (n < 1 || n > 2 || monat_parse(mb, 0, m))
		return -1;
	if (n == 1 || strcmp(pb, "-") == 0) {
		*kap = -1;
		return 0;
	}
	for (char *p = pb; *p; p++)
		if (*p == ',')
			*p = '.';
	char *end;
	double v = strtod(pb, &end);
	double h = v * 2;
	if (*end || end == pb || !(v >= 0 && v <= 100000) || h != (double)(int32_t)h)
		return -1;
	*kap = (int32_t)h;
	return 0;
}

/* Sets the capacity of month m (kap < 0: the default again), one undo step; the box then
 * selects that month's row (or the last one). Returns 0 or -WP_E* (status line says). */
static int kapazitaet(struct pp *p, int32_t m, int32_t kap)
{
	const struct view_env *env = p->frage.env;
	struct session *ses = env->ses;
	struct wp_err e = { 0 };
	char ok[256], mb[16];
	int rc = edit_kapazitaet(ses->log, ses->store, ses->ws, ses->as, m, m, kap, &e);
	if (rc) {
		char b[sizeof e.msg + 64];
		session_message(ses, 1, "%s", wp_err_unchanged(&e, b, sizeof b));
		if (rc == -WP_EBUSY)
			ses->stale = 1;
		return rc;
	}
	if (kap < 0)
		snprintf(ok, sizeof ok, _("Kapazität %s: wieder der Standard (u macht es rückgängig)"),
			 mon(m, mb, sizeof mb));
	else {
		char pb[32];
		snprintf(ok, sizeof ok, _("Kapazität %s: %s PT gespeichert (u macht es rückgängig)"),
			 mon(m, mb, sizeof mb), pt(kap, pb, sizeof pb));
	}
	rc = session_saved(ses, ok);
	size_t row = PP__FEST + (env->ws->n_kap ? env->ws->n_kap - 1 : 0);
	for (size_t i = 0; i < env->ws->n_kap; i++)
		if (env->ws->kap[i].monat >= m) {
			row = PP__FEST + i;
			break;
		}
	editbox_select(env->overlays, p, row);
	return rc;
}

static int kap_done(void *owner, void *state, int result)
{
	struct pp *p = owner;
	int32_t m, kap;
	if (result != WR_DONE) {
		session_cancelled(p->frage.env->ses);
		return VF_REDRAW;
	}
	const char *s = dialog_value(state);
	if (parse_kap(s, &m, &kap)) {
		char msg[256];
		snprintf(msg, sizeof msg, _("\"%s\": erwartet Monat und PT, z. B. 07.2028 20 oder "
					    "2028-07 0,5 (ohne PT: der Standard)"), s);
		dialog_set_error(state, msg);
		return OVERLAY_KEEP | VF_REDRAW;
	}
	kapazitaet(p, m, kap);
	return VF_REDRAW;
}

static int kap_prompt(struct pp *p, int32_t m, int32_t kap)
{
	const struct view_env *env = p->frage.env;
	char init[48], mb[16], pb[32];
	snprintf(init, sizeof init, "%s %s", mon(m, mb, sizeof mb), pt(kap, pb, sizeof pb));
	return dialog_push_prompt(env->overlays, _("Kapazität eines Monats"),
				  _("Monat und PT (ohne PT: wieder der Standard):"), init,
				  env->theme, kap_done, p);
}

/* The start month: the stored plan's, else the one a re-plan would take. *stored says
 * which. */
static int32_t beginn(const struct view_env *env, int *stored)
{
	struct zeitplan_params prm;
	const struct kosten_stand *ks = kosten_stand(env);
	pw_plan_params(env, &prm);
	*stored = ks && !ks->rc && !ks->vorschau;
	return prm.start;
}

static int start_done(void *owner, void *state, int result)
{
	struct pp *p = owner;
	int32_t m;
	if (result != WR_DONE) {
		session_cancelled(p->frage.env->ses);
		return VF_REDRAW;
	}
	const char *s = dialog_value(state);
	if (monat_parse(s, 0, &m)) {
		char msg[256];
		snprintf(msg, sizeof msg, _("\"%s\" ist kein Monat, erwartet: JJJJ-MM oder MM.JJJJ, "
					    "Jahr 2000 bis 2100"), s);
		dialog_set_error(state, msg);
		return OVERLAY_KEEP | VF_REDRAW;
	}
	pw_replan_ab(p->frage.env, m);
	return VF_REDRAW;
}

/* ---- the editor box ---- */

static size_t pp_count(void *ctx)
{
	const struct pp *p = ctx;
	return PP__FEST + p->frage.env->ws->n_kap;
}

static void pp_cells(void *ctx, size_t i, char cell[][EDITBOX_CELL])
{
	const struct pp *p = ctx;
	const struct view_env *env = p->frage.env;
	const struct ws *w = env->ws;
	char b[40];
	if (i == PP_BEGINN) {
		int stored;
		snprintf(cell[0], EDITBOX_CELL, "%s", _(pp_label[i]));
		mon(beginn(env, &stored), cell[1], EDITBOX_CELL);
		snprintf(cell[2], EDITBOX_CELL, "%s",
			 stored ? _("gespeicherter Plan") : _("Vorschau: das nächste Quartal"));
	} else if (i < PP__FEST) {
		int id = pp_set[i];
		snprintf(cell[0], EDITBOX_CELL, "%s", _(pp_label[i]));
		if (id == SET_WELLE_MONATE)
			snprintf(cell[1], EDITBOX_CELL, _("%d Monate"), (int)w->set.v[id]);
		else
			pt_cell(w->set.v[id], cell[1]);
		snprintf(cell[2], EDITBOX_CELL, _("Einstellung %s"), setting_defs[id].key);
	} else {
		const struct kap_monat *k = &w->kap[i - PP__FEST];
		const struct kosten_stand *ks = kosten_stand(env);
		char mb[16];
		snprintf(cell[0], EDITBOX_CELL, _("Ausnahme %s"), mon(k->monat, mb, sizeof mb));
		pt_cell(k->kap / 2.0, cell[1]);
		if (ks && !ks->rc)
			snprintf(cell[2], EDITBOX_CELL, _("belegt %s PT"),
				 pt(zeitplan_last(ks->zp, k->monat), b, sizeof b));
	}
}

static void pp_detail(void *ctx, size_t i, char *buf, size_t n)
{
	const struct pp *p = ctx;
	const struct ws *w = p->frage.env->ws;
	char kb[1024], t[1024];
	if (i == PP_BEGINN)
		snprintf(t, sizeof t, "%s", _("Der erste Monat des Plans. {open} plant ab einem "
					      "anderen Monat neu und speichert den Plan (ein "
					      "Schritt, {undo} macht ihn rückgängig)."));
	else if (i < PP__FEST)
		snprintf(t, sizeof t, _("%s\n{open} ändert den Wert: erst die Wirkung auf Urteil, "
					"Strategie, Welle und Kosten, dann auf j gespeichert."),
			 _(setting_defs[pp_set[i]].desc));
	else
		snprintf(t, sizeof t, "%s", _("Ein Monat mit eigener Kapazität statt des Standards. "
					      "{open} ändert sie (ohne PT: wieder der Standard), "
					      "{delete-object} entfernt sie."));
	size_t k = strlen(keys_text(t, kb, sizeof kb));
	if (!w->n_kap)
		snprintf(kb + k, sizeof kb - k, "\n%s", _("Keine Monate mit eigener Kapazität."));
	snprintf(buf, n, "%s", kb);
}

static int pp_key(void *ctx, size_t sel, int key)
{
	struct pp *p = ctx;
	const struct view_env *env = p->frage.env;
	const struct ws *w = env->ws;
	int a = action_for_key(key), rc = 0;
	if (a == ACT_NEW) { /* a: a month more, starting from the plan's start */
		int stored;
		rc = kap_prompt(p, beginn(env, &stored), (int32_t)(w->set.v[SET_KAPAZITAET_MONAT] * 2));
	} else if (sel == (size_t)-1) {
		return WR_NONE;
	} else if (a == ACT_DELETE) {
		if (sel < PP__FEST)
			return WR_NONE;
		kapazitaet(p, w->kap[sel - PP__FEST].monat, -1);
		return WR_CHANGED;
	} else if (a == ACT_OPEN || a == ACT_EDIT) {
		if (sel == PP_BEGINN) {
			int stored;
			char mb[16];
			rc = dialog_push_prompt(env->overlays, _(pp_label[PP_BEGINN]),
						_("Erster Monat (JJJJ-MM oder MM.JJJJ); der Plan wird "
						  "ab dann neu berechnet und gespeichert:"),
						mon(beginn(env, &stored), mb, sizeof mb), env->theme,
						start_done, p);
		} else if (sel < PP__FEST) {
			rc = settings_frage(&p->frage, pp_set[sel]);
		} else {
			rc = kap_prompt(p, w->kap[sel - PP__FEST].monat, w->kap[sel - PP__FEST].kap);
		}
	} else {
		return WR_NONE;
	}
	if (rc)
		session_message(env->ses, 1, "%s", wp_strerror(WP_ENOMEM));
	return WR_CHANGED;
}

static const struct overlay_hint *pp_hints(const void *ctx)
{
	static const struct overlay_hint h[] = {
		{ '\r', HINT_AENDERN }, { 'a', N_("Monat hinzufügen") }, { 'D', N_("entfernen") },
		{ 'u', LBL_RUECKGAENGIG }, { TK_ESC, HINT_SCHLIESSEN }, { 0, NULL },
	};
	(void)ctx;
	return h;
}

static const struct editbox_ops pp_ops = {
	.name = "plan-params",
	.keys = N_("{open} ändert · {new-object} Monat mit eigener Kapazität · {delete-object} "
		   "entfernt ihn · {undo} rückgängig · Esc schließt"),
	.count = pp_count, .cells = pp_cells, .detail = pp_detail, .key = pp_key,
	.hints = pp_hints, .release = free,
};

int plan_params_push(const struct view_env *env, int32_t monat, int32_t kap)
{
	static const char *const head[] = { N_("Parameter"), LBL_WERT, N_("Herkunft") };
	static const int wid[] = { 30, 9, 0 };
	struct pp *p = calloc(1, sizeof *p);
	if (!p)
		return -WP_ENOMEM;
	p->frage.env = env;
	int rc = editbox_push(env->overlays, &pp_ops, p, _("Plan-Parameter und Kapazität"), 3,
			      head, wid, 0, env->theme, env->ses);
	if (!rc && monat)
		rc = kap_prompt(p, monat, kap);
	return rc;
}
