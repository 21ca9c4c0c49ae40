/* The settings editor and the change of one setting with its what-if (docs/dashboard.md). */
#include "tui/settings_edit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/edit_settings.h"
#include "model/i18n.h"
#include "model/money.h"
#include "model/numfmt.h"
#include "model/settings.h"
#include "tui/actions.h"
#include "tui/dialog.h"
#include "tui/editbox.h"
#include "tui/kosten_stand.h"
#include "tui/session.h"
#include "tui/textbox.h"

static const char *num(double v, char *buf, size_t n)
{
	return format_num(v, 6, 1, i18n_german(), buf, n);
}

/* Parses a decimal with comma or point; 0 or -1. */
static int parse_number(const char *s, double *out)
{
	char buf[64], *end;
	size_t n = strlen(s);
	while (n && s[n - 1] == ' ')
		n--;
	while (n && *s == ' ')
		s++, n--;
	if (n == 0 || n >= sizeof buf)
		return -1;
	memcpy(buf, s, n);
	buf[n] = '\0';
	for (char *p = buf; *p; p++)
		if (*p == ',')
			*p = '.';
	*out = strtod(buf, &end);
	return *end ? -1 : 0;
}

/* "lo … hi" of setting id into buf. */
static char *bereich(int id, char *buf, size_t n)
{
	char lo[40], hi[40];
	snprintf(buf, n, "%s … %s", num(setting_defs[id].lo, lo, sizeof lo),
		 num(setting_defs[id].hi, hi, sizeof hi));
	return buf;
}

/* ---- the what-if question and the change ---- */

static int frage_done(void *owner, void *state, int result)
{
	struct set_frage *f = owner;
	struct session *ses = f->env->ses;
	struct wp_err e = { 0 };
	(void)state;
	if (result != WR_DONE) {
		session_cancelled(ses);
		return VF_REDRAW;
	}
	int rc = edit_setting(ses->log, ses->store, ses->ws, f->id, f->value, &e);
	if (rc) {
		char b[sizeof e.msg + 64];
		session_message(ses, 1, "%s", wp_err_unchanged(&e, b, sizeof b));
		if (rc == -WP_EBUSY) /* another program changed the file: the app reloads it */
			ses->stale = 1;
		return VF_REDRAW;
	}
	char t[128], ok[256];
	snprintf(ok, sizeof ok, _("%s gespeichert (u macht es rückgängig)"),
		 edit_setting_text(f->id, f->value, t, sizeof t));
	session_saved(ses, ok);
	return VF_REDRAW;
}

/* The question's text: the effect of f's value, then what j does. */
static void wirkung_text(const struct set_frage *f, const struct settings_wirkung *w,
			 const struct kosten_stand *ks, char *buf, size_t n)
{
	char a[40], b[40], kb[256];
	int de = i18n_german();
	size_t k = 0;
#define ADD(...) k += (size_t)snprintf(buf + k, k < n ? n - k : 0, __VA_ARGS__)
	ADD(_("%s: %s statt %s\n\n"), setting_defs[f->id].key, num(f->value, a, sizeof a),
	    num(f->env->ws->set.v[f->id], b, sizeof b));
	ADD(_("Objekte mit anderem Urteil (auf der empfohlenen Plattform): %zu\n"), w->n_urteil);
	ADD(_("Objekte mit anderer Strategie: %zu\n"), w->n_strategie);
	if (w->plan_ok)
		ADD(_("Objekte in einer anderen Welle (nach Neuplanung): %zu\n"), w->n_welle);
	else
		ADD("%s\n", _("Welle: der Plan mit dem neuen Wert lässt sich nicht berechnen"));
	if (w->kosten_ok) {
		char m1[48], m2[48];
		ADD(_("Objekte mit anderen Kosten: %zu\n"), w->n_kosten);
		ADD(_("Migration gesamt: %s statt %s\n"),
		    money_format_cents(w->migration_nachher, de, m1, sizeof m1),
		    money_format_cents(w->migration_vorher, de, m2, sizeof m2));
		ADD(_("Summe aller Haushaltsjahre: %s statt %s\n"),
		    money_format_cents(w->summe_nachher, de, m1, sizeof m1),
		    money_format_cents(w->summe_vorher, de, m2, sizeof m2));
	} else {
		ADD("%s\n", _("Kosten: nicht zu vergleichen (Plan oder Kosten nicht berechnet)"));
	}
	ADD("\n%s\n", ks && !ks->vorschau
			      ? _("Plan wird neu berechnet: der gespeicherte Plan mit den neuen "
				  "Einstellungen, sein Beginn bleibt.")
			      : _("Noch kein Plan gespeichert: die Roadmap zeigt die Vorschau mit "
				  "dem neuen Wert."));
	keys_text(_("Übernehmen? j speichert ({undo} macht es rückgängig), n lässt alles, wie es "
		    "ist."), kb, sizeof kb);
	snprintf(buf + k, k < n ? n - k : 0, "%s", kb);
#undef ADD
}

static int prompt_done(void *owner, void *state, int result)
{
	struct set_frage *f = owner;
	const struct view_env *env = f->env;
	struct wp_err e = { 0 };
	double v;
	if (result != WR_DONE) {
		session_cancelled(env->ses);
		return VF_REDRAW;
	}
	const char *s = dialog_value(state);
	if (parse_number(s, &v)) {
		char msg[256];
		snprintf(msg, sizeof msg, _(SETTINGS_KEINE_ZAHL), setting_defs[f->id].key, s);
		dialog_set_error(state, msg);
		return OVERLAY_KEEP | VF_REDRAW;
	}
	struct settings probe = env->ws->set;
	if (settings_set(&probe, f->id, v, &e)) {
		dialog_set_error(state, e.msg);
		return OVERLAY_KEEP | VF_REDRAW;
	}
	f->value = v;
	const struct kosten_stand *ks = kosten_stand(env);
	struct settings_wirkung w;
	int ok = ks && !ks->rc;
	if (settings_whatif(env->ses->ws, env->as, ok ? ks->zp : NULL, ok ? ks->k : NULL, f->id,
			    v, &w)) {
		session_message(env->ses, 1, "%s", wp_strerror(WP_ENOMEM));
		return VF_REDRAW;
	}
	char text[2048], title[160], t[128];
	wirkung_text(f, &w, ks, text, sizeof text);
	snprintf(title, sizeof title, _("Was wäre, wenn: %s"),
		 edit_setting_text(f->id, v, t, sizeof t));
	if (textbox_push(env->overlays, title, text, 1, env->theme, frage_done, f))
		session_message(env->ses, 1, "%s", wp_strerror(WP_ENOMEM));
	return VF_REDRAW;
}

int settings_frage(struct set_frage *f, int id)
{
	const struct view_env *env = f->env;
	char label[1024], r[96], d[40], cur[40];
	f->id = id;
	snprintf(label, sizeof label, _("%s\nBereich %s · Standard %s · neuer Wert:"),
		 _(setting_defs[id].desc), bereich(id, r, sizeof r),
		 num(setting_defs[id].def, d, sizeof d));
	return dialog_push_prompt(env->overlays, setting_defs[id].key, label,
				  num(env->ws->set.v[id], cur, sizeof cur), env->theme, prompt_done,
				  f);
}

/* ---- the editor box ---- */

static size_t ed_count(void *ctx)
{
	(void)ctx;
	return SET__N;
}

static void ed_cells(void *ctx, size_t i, char cell[][EDITBOX_CELL])
{
	const struct set_frage *f = ctx;
	snprintf(cell[0], EDITBOX_CELL, "%s", setting_defs[i].key);
	num(f->env->ws->set.v[i], cell[1], EDITBOX_CELL);
	if (f->env->ws->set_annahme[i])
		snprintf(cell[1] + strlen(cell[1]), EDITBOX_CELL - strlen(cell[1]), " *");
	bereich((int)i, cell[2], EDITBOX_CELL);
	snprintf(cell[3], EDITBOX_CELL, "%s", _(setting_defs[i].desc));
}

static void ed_detail(void *ctx, size_t i, char *buf, size_t n)
{
	const struct set_frage *f = ctx;
	const char *ann = f->env->ws->set_annahme[i];
	char d[40], r[96];
	snprintf(buf, n, _("%s\nBereich %s · Standard %s\nAnnahme: %s"), _(setting_defs[i].desc),
		 bereich((int)i, r, sizeof r), num(setting_defs[i].def, d, sizeof d),
		 ann ? ann : _("keine genannt"));
}

static int ed_key(void *ctx, size_t sel, int key)
{
	struct set_frage *f = ctx;
	int a = action_for_key(key);
	if (sel == (size_t)-1 || (a != ACT_OPEN && a != ACT_EDIT))
		return WR_NONE;
	if (settings_frage(f, (int)sel))
		session_message(f->env->ses, 1, "%s", wp_strerror(WP_ENOMEM));
	return WR_CHANGED;
}

static const struct overlay_hint *ed_hints(const void *ctx)
{
	static const struct overlay_hint h[] = {
		{ '\r', HINT_AENDERN }, { 'u', LBL_RUECKGAENGIG }, { TK_ESC, HINT_SCHLIESSEN },
		{ 0, NULL },
	};
	(void)ctx;
	return h;
}

static const struct editbox_ops ed_ops = {
	.name = "settings",
	.keys = N_("{open} ändert den Wert (mit Vorschau) · * Wert mit Annahme · {undo} "
		   "rückgängig · Esc schließt"),
	.count = ed_count, .cells = ed_cells, .detail = ed_detail, .key = ed_key,
	.hints = ed_hints, .release = free,
};

int settings_edit_push(const struct view_env *env, int sel)
{
	static const char *const head[] = { LBL_SCHLUESSEL, LBL_WERT, LBL_BEREICH,
					    LBL_BEDEUTUNG };
	static const int wid[] = { 30, 8, 16, 0 };
	struct set_frage *f = calloc(1, sizeof *f);
	if (!f)
		return -WP_ENOMEM;
	f->env = env;
	return editbox_push(env->overlays, &ed_ops, f, _("Einstellungen"), 4, head, wid,
			    sel < 0 ? 0 : (size_t)sel, env->theme, env->ses);
}
