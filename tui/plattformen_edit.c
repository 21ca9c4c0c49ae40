/* The edits of the Plattformen view (tui/plattformen.h) through data/edit_platform.h, one
 * transaction each in the session's undo journal: a red-line value or the VS-NfD approval
 * (pick list, source prompt, what-if question), a new platform and its fields (forms; a
 * changed Kostenfaktor through its what-if, tui/plattformen_faktor.c),
 * removal (confirmation). Each step is an overlay whose done callback opens the next. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/edit_platform.h"
#include "model/enums.h"
#include "model/err.h"
#include "model/fields.h"
#include "model/i18n.h"
#include "model/labels.h"
#include "model/platform.h"
#include "tui/actions.h"
#include "tui/dialog.h"
#include "tui/form.h"
#include "tui/pick.h"
#include "tui/plattformen.h"
#include "tui/session.h"
#include "tui/textbox.h"
#include "tui/widget.h"

/* Applies sn through the session (one transaction, journaled, re-score). */
static int apply(struct plattformen *p, const struct pf_snap *sn, const char *ok)
{
	struct session *s = p->env->ses;
	struct wp_err e = { 0 };
	int rc = edit_pf_change(s->log, s->store, s->ws, sn, &e);
	if (rc) {
		session_message(s, 1, "%s", e.msg);
		return rc;
	}
	snprintf(p->sel_code, sizeof p->sel_code, "%s", sn->code);
	char kb[300];
	return session_saved(s, keys_text(ok, kb, sizeof kb));
}

static const char *val_label(void *ctx, size_t i, char *buf, size_t n)
{
	const struct plattformen *p = ctx;
	(void)buf;
	(void)n;
	/* red lines: erfüllt, teilweise, nicht erfüllt, unbekannt; VS-NfD: ja, nein, unbekannt */
	if (p->row == p->env->ws->n_rl)
		return _(enum_label(EK_TRI, (int)(TRI__N - 1 - i)));
	return _(enum_label(EK_RL, (int)(RL__N - 1 - i)));
}

static int value_done(void *owner, void *state, int result);

/* Enter on a profile row: choose the new value. */
void pf_start_value(struct plattformen *p)
{
	const struct ws *ws = p->env->ws;
	uint32_t f = cur_pf(p);
	if (f == WP_NONE || p->pt.sel > ws->n_rl)
		return;
	p->row = (uint32_t)p->pt.sel;
	pf_snap_free(&p->pending);
	if (!(p->pending = pf_snap_take(ws, f)))
		return;
	char title[128];
	int vs = p->row == ws->n_rl;
	snprintf(title, sizeof title, _("%s: %s"), ws->pf[f].code,
		 vs ? _(LBL_VS_NFD_ZULASSUNG) : ws->rl[p->row].code);
	size_t n = vs ? TRI__N : RL__N;
	int cur = vs ? ws->pf[f].vs_nfd : ws->rl_val[(size_t)f * ws->n_rl + p->row];
	pick_push(p->env->overlays, title, n, val_label, p, p->env->theme, n - 1 - (size_t)cur,
		  value_done, p);
}

/* The answer to the what-if: apply p->pending or leave everything as it was. */
static int whatif_done(void *owner, void *state, int result)
{
	struct plattformen *p = owner;
	const struct ws *ws = p->env->ws;
	(void)state;
	if (result == WR_DONE) {
		char ok[256];
		const char *what = p->row == ws->n_rl ? _(LBL_VS_NFD_ZULASSUNG) : ws->rl[p->row].code;
		snprintf(ok, sizeof ok, _("Plattform %s: %s geändert, Urteile neu berechnet ({undo} macht "
					  "es rückgängig)"), p->pending->code, what);
		apply(p, p->pending, ok);
	} else {
		session_cancelled(p->env->ses);
	}
	pf_snap_free(&p->pending);
	return VF_REDRAW;
}

/* The what-if of p->pending: the list of verdict changes in a question box. */
static void show_whatif(struct plattformen *p)
{
	struct session *s = p->env->ses;
	const struct ws *ws = p->env->ws;
	struct pf_change *ch = NULL;
	size_t n = 0, n_empf = 0;
	uint32_t f = ws_find_plattform(ws, p->pending->code);
	if (f == WP_NONE || pf_whatif(s->ws, *s->as, p->pending, &ch, &n, &n_empf)) {
		session_message(s, 1, "%s", wp_strerror(WP_ENOMEM));
		pf_snap_free(&p->pending);
		return;
	}
	const char *what = p->row == ws->n_rl ? _(LBL_VS_NFD_ZULASSUNG) : ws->rl[p->row].code;
	const char *neu = p->row == ws->n_rl ? _(enum_label(EK_TRI, p->pending->vs_nfd))
					      : _(enum_label(EK_RL, p->pending->val[p->row]));
	size_t cap = 512 + (n < 2000 ? n : 2000) * 96, k = 0;
	char *text = malloc(cap);
	if (!text) {
		free(ch);
		pf_snap_free(&p->pending);
		return;
	}
	k += (size_t)snprintf(text + k, cap - k,
			      ngettext("%zu Objekt ändert sein Urteil auf %s, wenn %s „%s“ wird",
				       "%zu Objekte ändern ihr Urteil auf %s, wenn %s „%s“ wird", n),
			      n, p->pending->code, what, neu);
	if (n_empf)
		k += (size_t)snprintf(text + k, cap - k,
				      ngettext("; %zu Objekt bekommt eine andere Empfehlung",
					       "; %zu Objekte bekommen eine andere Empfehlung", n_empf),
				      n_empf);
	k += (size_t)snprintf(text + k, cap - k, ".\n\n");
	for (size_t i = 0; i < n && i < 2000 && k < cap; i++)
		k += (size_t)snprintf(text + k, cap - k, "%-16s %s → %s\n", ws->obj[ch[i].obj].kennung,
				      _(enum_label(EK_VERDICT, ch[i].vorher)),
				      _(enum_label(EK_VERDICT, ch[i].nachher)));
	if (n > 2000 && k < cap)
		k += (size_t)snprintf(text + k, cap - k, _("… und %zu weitere\n"), n - 2000);
	char title[160];
	if (k < cap)
		snprintf(text + k, cap - k, "\n%s",
			 keys_text(_(PF_UEBERNEHMEN), title,
				   sizeof title));
	snprintf(title, sizeof title, _("Was wäre, wenn: %s %s = %s"), p->pending->code, what, neu);
	if (textbox_push(p->env->overlays, title, text, 1, p->env->theme, whatif_done, p))
		pf_snap_free(&p->pending);
	free(text);
	free(ch);
}

static const char *tri_label(void *ctx, size_t i, char *buf, size_t n)
{
	(void)ctx;
	(void)buf;
	(void)n;
	return _(enum_label(EK_TRI, (int)i));
}

static const char *janein_label(void *ctx, size_t i, char *buf, size_t n)
{
	(void)ctx;
	(void)buf;
	(void)n;
	return enum_display(EK_JANEIN, i ? JN_JA : JN_NEIN);
}

static int new_done(void *owner, void *state, int result);
static int edit_done(void *owner, void *state, int result);

void pf_start_new(struct plattformen *p)
{
	const struct ws *ws = p->env->ws;
	char rang[16];
	int maxr = 0;
	for (size_t i = 0; i < ws->n_pf; i++)
		if (ws->pf[i].rang > maxr)
			maxr = ws->pf[i].rang;
	snprintf(rang, sizeof rang, "%d", maxr + 1);
	struct form *fm = form_new(_("Neue Plattform"), p->env->theme);
	if (fm) {
		form_add_text(fm, _(LBL_CODE), "");
		form_add_text(fm, _(LBL_F_NAME), "");
		form_add_text(fm, _(LBL_RANG), rang);
		form_add_choice(fm, _(LBL_VS_NFD_ZULASSUNG), TRI__N, tri_label, NULL, TRI_UNBEKANNT);
		form_add_text(fm, _(LBL_KOSTENFAKTOR), "1");
	}
	form_push(p->env->overlays, fm, new_done, p);
}

void pf_start_edit(struct plattformen *p)
{
	const struct ws *ws = p->env->ws;
	uint32_t f = cur_pf(p);
	char rang[16], title[128];
	if (f == WP_NONE)
		return;
	snprintf(rang, sizeof rang, "%d", ws->pf[f].rang);
	snprintf(title, sizeof title, _("Plattform %s bearbeiten"), ws->pf[f].code);
	struct form *fm = form_new(title, p->env->theme);
	if (fm) {
		char faktor[16];
		form_add_text(fm, _(LBL_F_NAME), ws->pf[f].name);
		form_add_text(fm, _("Beschreibung"), ws->pf[f].beschreibung);
		form_add_text(fm, _(LBL_RANG), rang);
		form_add_choice(fm, _("Beispielbewertung (ungeprüft)"), 2, janein_label, NULL,
				ws->pf[f].beispiel ? 1 : 0);
		form_add_text(fm, _(LBL_KOSTENFAKTOR),
			      pf_faktor_format(ws->pf[f].kostenfaktor, i18n_german(), faktor,
					       sizeof faktor));
	}
	form_push(p->env->overlays, fm, edit_done, p);
}

/* The form was submitted: validate, apply; a refusal stays in the form. */
static int form_submit(struct plattformen *p, struct form *fm, int newpf)
{
	const struct ws *ws = p->env->ws;
	struct session *s = p->env->ses;
	int rang;
	int32_t faktor;
	const int fr = 2, ff = 4; /* the rank and the Kostenfaktor field in both forms */
	struct pf_snap *sn = NULL;
	char ok[256], said[300];
	struct wp_err e = { 0 };
	if (pf_rang_parse(form_text(fm, fr), &rang, &e)) {
		form_set_error(fm, fr, e.msg);
		return OVERLAY_KEEP;
	}
	if (pf_faktor_parse(form_text(fm, ff), &faktor, &e)) {
		form_set_error(fm, ff, e.msg);
		return OVERLAY_KEEP;
	}
	if (newpf) {
		const char *code = form_text(fm, 0);
		if (pf_new_code_check(ws, code, &e)) {
			form_set_error(fm, 0, e.msg);
			return OVERLAY_KEEP;
		}
		size_t vs = form_choice(fm, 3);
		sn = pf_snap_new(ws, code, form_text(fm, 1), rang,
				 vs < TRI__N ? (int)vs : TRI_UNBEKANNT);
		snprintf(ok, sizeof ok, _("Plattform %s angelegt; alle roten Linien sind „unbekannt“ "
					  "({undo} macht es rückgängig)"), code);
	} else {
		uint32_t f = cur_pf(p);
		if (f == WP_NONE || !(sn = pf_snap_take(ws, f)) ||
		    pf_snap_set_text(&sn->name, form_text(fm, 0)) ||
		    pf_snap_set_text(&sn->beschreibung, form_text(fm, 1))) {
			pf_snap_free(&sn);
			session_message(s, 1, "%s", wp_strerror(WP_ENOMEM));
			return VF_REDRAW;
		}
		sn->rang = rang;
		sn->beispiel = form_choice(fm, 3) == 1;
		snprintf(ok, sizeof ok, _("Plattform %s gespeichert ({undo} macht es rückgängig)"), sn->code);
	}
	if (!sn) {
		session_message(s, 1, "%s", wp_strerror(WP_ENOMEM));
		return VF_REDRAW;
	}
	/* a changed Kostenfaktor of a platform in use: its effect first, saved on "yes" */
	uint32_t f = newpf ? WP_NONE : cur_pf(p);
	sn->kostenfaktor = faktor;
	if (f != WP_NONE && faktor != ws->pf[f].kostenfaktor) {
		const char *nm = sn->name;
		while (*nm == ' ')
			nm++;
		if (!*nm) { /* what edit_pf_change refuses, said in the form before the what-if */
			field_fail_empty(&e, PF_FIELD_NAME, _(LBL_F_NAME));
			form_set_error(fm, 0, e.msg);
			pf_snap_free(&sn);
			return OVERLAY_KEEP;
		}
		if (pf_faktor_whatif(p, sn, ok))
			session_message(s, 1, "%s", wp_strerror(WP_ENOMEM));
		return VF_REDRAW;
	}
	/* validation errors stay in the form, next to the field */
	if (edit_pf_change(s->log, s->store, s->ws, sn, &e)) {
		form_set_error(fm, e.field == PF_FIELD_CODE ? 0 : e.field == PF_FIELD_RANG ? fr
				   : e.field == PF_FIELD_FAKTOR ? ff : -1, e.msg);
		pf_snap_free(&sn);
		return OVERLAY_KEEP;
	}
	snprintf(p->sel_code, sizeof p->sel_code, "%s", sn->code);
	pf_snap_free(&sn);
	session_saved(s, keys_text(ok, said, sizeof said));
	return VF_REDRAW;
}

static int new_done(void *owner, void *state, int result)
{
	return result == WR_DONE ? form_submit(owner, state, 1) : VF_REDRAW;
}

static int edit_done(void *owner, void *state, int result)
{
	return result == WR_DONE ? form_submit(owner, state, 0) : VF_REDRAW;
}



static int delete_done(void *owner, void *state, int result);

void pf_ask_delete(struct plattformen *p)
{
	const struct ws *ws = p->env->ws;
	const struct assessment *as = p->env->as;
	uint32_t f = cur_pf(p);
	if (f == WP_NONE)
		return;
	size_t empf = 0;
	for (size_t o = 0; o < as->n_obj; o++)
		empf += as->obj[o].empfohlen == f;
	char q[512], t[128], kq[600];
	snprintf(q, sizeof q,
		 ngettext("Plattform %s („%s“) mit ihrem Profil entfernen? Sie ist für %zu Objekt "
			  "die Empfehlung. {undo} macht es rückgängig.",
			  "Plattform %s („%s“) mit ihrem Profil entfernen? Sie ist für %zu Objekte "
			  "die Empfehlung. {undo} macht es rückgängig.", empf),
		 ws->pf[f].code, ws->pf[f].name, empf);
	snprintf(t, sizeof t, _("Plattform %s entfernen"), ws->pf[f].code);
	dialog_push_confirm(p->env->overlays, t, keys_text(q, kq, sizeof kq), p->env->theme,
			    delete_done, p);
}

static void do_delete(struct plattformen *p)
{
	struct session *s = p->env->ses;
	uint32_t f = cur_pf(p);
	struct wp_err e = { 0 };
	char code[64];
	if (f == WP_NONE)
		return;
	snprintf(code, sizeof code, "%s", p->env->ws->pf[f].code);
	if (edit_pf_delete(s->log, s->store, s->ws, f, &e)) {
		session_message(s, 1, "%s", e.msg);
		return;
	}
	p->sel_code[0] = '\0';
	char t[256], kb[300];
	snprintf(t, sizeof t, _("Plattform %s entfernt ({undo} macht es rückgängig)"), code);
	session_saved(s, keys_text(t, kb, sizeof kb));
}

static int delete_done(void *owner, void *state, int result)
{
	(void)state;
	if (result == WR_DONE)
		do_delete(owner);
	return VF_REDRAW;
}

/* The source of a red-line value was entered: on to the what-if. */
static int source_done(void *owner, void *state, int result)
{
	struct plattformen *p = owner;
	if (result == WR_DONE &&
	    pf_snap_set_text(&p->pending->quelle[p->row], dialog_value(state)) == 0)
		show_whatif(p);
	else
		pf_snap_free(&p->pending);
	return VF_REDRAW;
}

/* The new value was chosen: the approval goes to the what-if at once, a red line asks for
 * its source first. */
static int value_done(void *owner, void *state, int result)
{
	struct plattformen *p = owner;
	const struct ws *ws = p->env->ws;
	size_t i = pick_selected(state);
	if (result != WR_DONE || i == (size_t)-1) {
		pf_snap_free(&p->pending);
		return VF_REDRAW;
	}
	if (p->row == ws->n_rl) {
		p->pending->vs_nfd = (uint8_t)(TRI__N - 1 - i);
		show_whatif(p);
		return VF_REDRAW;
	}
	char t[128];
	p->pending->val[p->row] = (uint8_t)(RL__N - 1 - i);
	snprintf(t, sizeof t, _("%s: %s — Quelle"), p->pending->code, ws->rl[p->row].code);
	if (dialog_push_prompt(p->env->overlays, t,
			       _("Quelle / Begründung des Werts (Vertrag, Testat, "
				 "Herstellerangabe …)"),
			       p->pending->quelle[p->row], p->env->theme, source_done, p))
		pf_snap_free(&p->pending);
	return VF_REDRAW;
}
