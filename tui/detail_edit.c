/* The editing overlays of the Objekt-Detail: a value pick list, a text prompt that
 * refuses an invalid value with the reason, the dependency pick list and its label
 * prompt, the delete confirmation and the forms for a new object and a new Behörde. Each
 * is pushed on the app's overlay stack (tui/overlay.h) and hands its result back through
 * a done callback that writes through the session. */
#include "tui/detail_int.h"

#include <stdio.h>
#include <string.h>

#include "data/edit.h"
#include "model/enums.h"
#include "model/i18n.h"
#include "model/labels.h"
#include "tui/actions.h"
#include "tui/dialog.h"
#include "tui/form.h"
#include "tui/overlay.h"
#include "tui/pick.h"
#include "tui/request.h"
#include "tui/session.h"
#include "tui/widget.h"

/* ---- pick list items ---- */

static const char *enum_item(void *ctx, size_t i, char *buf, size_t n)
{
	struct detail *p = ctx;
	const char *l = enum_label(p->ekind, (int)i);
	if (!*l) {
		snprintf(buf, n, "%s", _(detail_empty_text(p->fld)));
		return buf;
	}
	return _(l);
}

static const char *beh_item(void *ctx, size_t i, char *buf, size_t n)
{
	struct detail *p = ctx;
	(void)buf;
	(void)n;
	return p->env->ws->beh[i].name;
}

static const char *beh_or_none_item(void *ctx, size_t i, char *buf, size_t n)
{
	if (i == 0) {
		snprintf(buf, n, "%s", _("(keine: oberste Ebene)"));
		return buf;
	}
	return beh_item(ctx, i - 1, buf, n);
}

static const char *typ_item(void *ctx, size_t i, char *buf, size_t n)
{
	(void)ctx;
	(void)buf;
	(void)n;
	return _(enum_label(EK_TYP, (int)i));
}

static const char *obj_item(void *ctx, size_t i, char *buf, size_t n)
{
	struct detail *p = ctx;
	const struct objekt *o = &p->env->ws->obj[i];
	snprintf(buf, n, "%s · %s", o->kennung, o->name);
	return buf;
}

/* Closing without a result. */
static int cancelled(struct detail *p)
{
	session_cancelled(p->ses);
	return VF_REDRAW;
}

/* ---- a field ---- */

/* A value was chosen from the list: a fixed value of the field's enum, or a Behörde. */
static int value_done(void *owner, void *state, int result)
{
	struct detail *p = owner;
	const struct ws *w = p->env->ws;
	struct wp_err e = { 0 };
	size_t i = pick_selected(state);
	if (result != WR_DONE)
		return cancelled(p);
	const char *v = i == (size_t)-1 ? NULL
		      : p->fld != F_BEHOERDE ? enum_label(p->ekind, (int)i)
		      : i < w->n_beh ? w->beh[i].name : NULL;
	if (v && p->o != WP_NONE)
		session_set(p->ses, p->o, p->fld, v, &e);
	detail_sync(p);
	return VF_REDRAW;
}

/* Nothing is saved until the value is valid: the prompt stays open with the reason. */
static int prompt_done(void *owner, void *state, int result)
{
	struct detail *p = owner;
	struct wp_err e = { 0 };
	if (result != WR_DONE)
		return cancelled(p);
	if (p->o != WP_NONE && session_set(p->ses, p->o, p->fld, dialog_value(state), &e)) {
		dialog_set_error(state, e.msg);
		return OVERLAY_KEEP | VF_REDRAW;
	}
	detail_sync(p);
	return VF_REDRAW;
}

int detail_edit_field(struct detail *p, int fld)
{
	const struct ws *w = p->env->ws;
	struct overlay_stack *s = p->env->overlays;
	int ek = detail_field_enum(w, fld);
	char title[256];
	p->fld = fld;
	snprintf(title, sizeof title, _("%s ändern"),
		 fld >= F__N ? w->dvc[fld - F__N].code : _(detail_field_title(fld)));
	if (ek >= 0) {
		char cur[256];
		edit_get(w, p->o, fld, cur, sizeof cur);
		int v = fld >= F__N ? w->crit[(size_t)p->o * w->n_dvc + (size_t)(fld - F__N)]
				    : enum_parse(ek, cur);
		p->ekind = ek;
		return pick_push(s, title, (size_t)enum_count(ek), enum_item, p, p->env->theme,
				 v >= 0 ? (size_t)v : (size_t)-1, value_done, p);
	}
	if (fld == F_BEHOERDE)
		return pick_push(s, title, w->n_beh, beh_item, p, p->env->theme,
				 w->obj[p->o].behoerde, value_done, p);
	char cur[LINE_MAX_BYTES], label[256];
	objekt_get(w, p->o, fld, i18n_german(), cur, sizeof cur);
	if (strlen(cur) >= sizeof cur - 1) { /* would be cut: leave it whole */
		session_message(p->ses, 1, "%s",
				_("Der Wert ist zu lang, um ihn hier zu bearbeiten (nichts geändert); "
				  "bitte über CSV-Export und -Import ändern"));
		return 0;
	}
	if (fld < F__N && field_defs[fld].hint)
		snprintf(label, sizeof label, "%s", _(field_defs[fld].hint));
	else
		snprintf(label, sizeof label, "%s %s:", w->obj[p->o].kennung,
			 _(detail_field_title(fld)));
	return dialog_push_prompt(s, title, label, cur, p->env->theme, prompt_done, p);
}

/* ---- dependencies ---- */

static int label_done(void *owner, void *state, int result)
{
	struct detail *p = owner;
	struct wp_err e = { 0 };
	if (result != WR_DONE)
		return cancelled(p);
	session_dep_add(p->ses, p->dep_von, p->dep_zu, dialog_value(state), &e);
	detail_sync(p);
	return VF_REDRAW;
}

/* An object was chosen: a dependency on itself is refused at once (with the reason),
 * else the label is asked for. */
static int dep_done(void *owner, void *state, int result, int incoming)
{
	struct detail *p = owner;
	const struct ws *w = p->env->ws;
	struct wp_err e = { 0 };
	size_t i = pick_selected(state);
	if (result != WR_DONE)
		return cancelled(p);
	if (i >= w->n_obj || p->o == WP_NONE)
		return VF_REDRAW;
	p->dep_von = incoming ? (uint32_t)i : p->o;
	p->dep_zu = incoming ? p->o : (uint32_t)i;
	if (p->dep_von == p->dep_zu) {
		session_dep_add(p->ses, p->dep_von, p->dep_zu, "", &e);
		return VF_REDRAW;
	}
	char title[160];
	snprintf(title, sizeof title, _(EDIT_TXT_BENOETIGT), w->obj[p->dep_von].kennung,
		 w->obj[p->dep_zu].kennung);
	if (dialog_push_prompt(p->env->overlays, title,
			       _("Schnittstelle oder Standard, z. B. XMeld (kann leer bleiben):"), "",
			       p->env->theme, label_done, p))
		session_message(p->ses, 1, "%s", wp_strerror(WP_ENOMEM));
	return VF_REDRAW;
}

static int dep_out_done(void *owner, void *state, int result)
{
	return dep_done(owner, state, result, 0);
}

static int dep_in_done(void *owner, void *state, int result)
{
	return dep_done(owner, state, result, 1);
}

int detail_pick_dep(struct detail *p, int incoming)
{
	const struct ws *w = p->env->ws;
	char title[256];
	snprintf(title, sizeof title, incoming ? _("Welches Objekt benötigt %s?")
					       : _("Was benötigt %s?"), w->obj[p->o].kennung);
	return pick_push(p->env->overlays, title, w->n_obj, obj_item, p, p->env->theme,
			 (size_t)-1, incoming ? dep_in_done : dep_out_done, p);
}

/* ---- deleting ---- */

static int delete_done(void *owner, void *state, int result)
{
	struct detail *p = owner;
	struct wp_err e = { 0 };
	(void)state;
	if (result != WR_DONE || p->o == WP_NONE)
		return cancelled(p);
	if (session_delete_objekt(p->ses, p->o, &e))
		return VF_REDRAW;
	p->o = WP_NONE;
	p->id = 0;
	return VF_HANDLED | VF_REDRAW | VF_CLOSE;
}

int detail_confirm_delete(struct detail *p)
{
	const struct ws *w = p->env->ws;
	uint32_t o = p->o, n_in = w->in_off[o + 1] - w->in_off[o];
	char names[600] = "", text[1024], t[1024];
	size_t used = 0;
	for (uint32_t j = w->in_off[o]; j < w->in_off[o + 1] && used < sizeof names - 40; j++)
		used += (size_t)snprintf(names + used, sizeof names - used, "%s%s",
					 used ? ", " : "", w->obj[w->in_adj[j]].kennung);
	if (n_in)
		snprintf(t, sizeof t,
			 ngettext("%s „%s“ löschen? Davon hängt %u Objekt ab: %s. Diese Abhängigkeit "
				  "und alle anderen des Objekts werden mit entfernt. Mit {undo} "
				  "rückgängig.",
				  "%s „%s“ löschen? Davon hängen %u Objekte ab: %s. Diese Abhängigkeiten "
				  "und alle anderen des Objekts werden mit entfernt. Mit {undo} "
				  "rückgängig.",
				  n_in),
			 w->obj[o].kennung, w->obj[o].name, (unsigned)n_in, names);
	else
		snprintf(t, sizeof t,
			 _("%s „%s“ löschen? Kein anderes Objekt hängt davon ab. Mit {undo} "
			   "rückgängig."),
			 w->obj[o].kennung, w->obj[o].name);
	keys_text(t, text, sizeof text);
	return dialog_push_confirm(p->env->overlays, _(LBL_OBJEKT_LOESCHEN), text, p->env->theme,
				   delete_done, p);
}

/* ---- new object, new Behörde ---- */

/* The new-object form's line for the field an error is about (Kennung, Name, Typ,
 * Behörde), or -1. */
static int form_field_of(const struct wp_err *e)
{
	static const int line_field[] = { F_KENNUNG, F_NAME, F_TYP, F_BEHOERDE };
	for (int i = 0; i < (int)(sizeof line_field / sizeof line_field[0]); i++)
		if (line_field[i] == e->field)
			return i;
	return -1;
}

static int object_done(void *owner, void *state, int result)
{
	struct detail *p = owner;
	struct form *fm = state;
	struct wp_err e = { 0 };
	uint32_t o;
	if (result != WR_DONE)
		return cancelled(p);
	size_t t = form_choice(fm, 2), b = form_choice(fm, 3);
	if (session_new_objekt(p->ses, form_text(fm, 0), form_text(fm, 1),
			       t < TYP__N ? enum_label(EK_TYP, (int)t) : "",
			       b < p->env->ws->n_beh ? (uint32_t)b : WP_NONE, &o, &e)) {
		form_set_error(fm, form_field_of(&e), e.msg);
		return OVERLAY_KEEP | VF_REDRAW;
	}
	return request_object(p->env->req, o);
}

static int behoerde_done(void *owner, void *state, int result)
{
	struct detail *p = owner;
	struct form *fm = state;
	struct wp_err e = { 0 };
	uint32_t b;
	if (result != WR_DONE)
		return cancelled(p);
	size_t par = form_choice(fm, 1);
	if (session_new_behoerde(p->ses, form_text(fm, 0),
				 par == (size_t)-1 || par == 0 ? WP_NONE : (uint32_t)(par - 1),
				 form_text(fm, 2), &b, &e)) {
		form_set_error(fm, 0, e.msg);
		return OVERLAY_KEEP | VF_REDRAW;
	}
	detail_sync(p);
	return VF_REDRAW;
}

int detail_form_object(struct detail *p, int in_detail)
{
	const struct ws *w = p->env->ws;
	struct form *fm = form_new(_("Neues Objekt"), p->env->theme);
	if (fm) {
		form_add_text(fm, _(LBL_F_KENNUNG), "");
		form_add_text(fm, _(LBL_F_NAME), "");
		form_add_choice(fm, _(LBL_F_TYP), TYP__N, typ_item, p, TYP_FACHVERFAHREN);
		/* the Behörde of the object shown, if any, is the likely one */
		size_t b = in_detail && p->o != WP_NONE ? w->obj[p->o].behoerde : (size_t)-1;
		form_add_choice(fm, _(LBL_F_BEHOERDE), w->n_beh, beh_item, p, b);
	}
	return form_push(p->env->overlays, fm, object_done, p);
}

int detail_form_behoerde(struct detail *p)
{
	struct form *fm = form_new(_("Neue Behörde"), p->env->theme);
	if (fm) {
		form_add_text(fm, _(LBL_F_NAME), "");
		form_add_choice(fm, _("übergeordnet"), p->env->ws->n_beh + 1, beh_or_none_item, p,
				0);
		form_add_text(fm, _("KGSt-Nummer"), "");
	}
	return form_push(p->env->overlays, fm, behoerde_done, p);
}
