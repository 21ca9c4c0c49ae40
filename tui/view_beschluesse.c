/* Beschlüsse (tab 8, docs/beschluesse.md): the decision log in date order — number, date,
 * Gremium, what was decided and the objects it names; under the list the selected decision
 * (text, when it was recorded, scenario, pilots, waves) and the keys. a records a decision
 * (form: date, Gremium, text, scenario, objects, pilots, waves), D removes the selected one after a
 * confirmation, both undo steps (data/edit_beschluss.h); Enter opens the object a decision
 * names when it names exactly one; x exports the Beschlüsse CSV. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "data/edit_beschluss.h"
#include "data/export_beschluss.h"
#include "model/date.h"
#include "model/i18n.h"
#include "model/labels.h"
#include "tui/actions.h"
#include "tui/dialog.h"
#include "tui/export_dialog.h"
#include "tui/form.h"
#include "tui/listview.h"
#include "tui/session.h"
#include "tui/table.h"
#include "tui/text.h"
#include "tui/view.h"
#include "tui/widget.h"

#define DETAIL_H 4 /* lines under the list: the selected decision, then the keys */
#define LIST_MAX 64 /* names a form field takes */

enum { C_NR, C_DATUM, C_GREMIUM, C_TEXT, C_OBJEKTE, C__N };
enum { FF_DATUM, FF_GREMIUM, FF_TEXT, FF_SZENARIO, FF_OBJEKTE, FF_PILOTEN, FF_WELLEN };

struct beschluesse {
	const struct view_env *env;
	struct listview lv; /* items are positions in ws->bes */
	int h, w;
	int64_t keep;       /* store id of the selection across reloads */
};

static const struct table_col columns[C__N] = {
	[C_NR] = { N_("Nr"), NULL, 3, 0, 0, 0, 1 },
	[C_DATUM] = { LBL_DATUM, NULL, 10, 0, 0, 0, 0 },
	[C_GREMIUM] = { LBL_GREMIUM, NULL, 20, 10, 0, 0, 0 },
	[C_TEXT] = { LBL_BESCHLUSS, NULL, 20, 16, 0, 1, 0 },
	[C_OBJEKTE] = { LBL_OBJEKTE, NULL, 18, 8, 1, 0, 0 },
};

static const struct beschluss *item(const struct beschluesse *b, uint32_t i)
{
	return i < b->env->ws->n_bes ? &b->env->ws->bes[i] : NULL;
}

/* ---- the list controller's hooks ---- */

static int match(const void *ctx, uint32_t i, const char *pat)
{
	const struct beschluss *x = item(ctx, i);
	return x && (listview_text_match(x->gremium, pat) || listview_text_match(x->text, pat));
}

static int64_t row_id(const void *ctx, uint32_t i)
{
	const struct beschluss *x = item(ctx, i);
	return x ? x->id : 0;
}

static uint32_t find_id(const void *ctx, int64_t id)
{
	const struct beschluesse *b = ctx;
	uint32_t i = beschluss_find_id(b->env->ws, id);
	return i == WP_NONE ? UINT32_MAX : i;
}

static void draw_row(void *ctx, const struct table *t, WINDOW *w, int y, uint32_t i,
		     int selected)
{
	struct beschluesse *b = ctx;
	const struct beschluss *x = item(b, i);
	attr_t base = theme_attr(b->env->theme, ROLE_ROW, selected);
	char nr[16], d[16], obj[512];
	if (!x)
		return;
	snprintf(nr, sizeof nr, "%u", i + 1);
	beschluss_links_text(b->env->ws, x, BL_OBJEKT, obj, sizeof obj);
	table_cell(t, w, y, C_NR, nr, base);
	table_cell(t, w, y, C_DATUM, date_format(x->datum, i18n_german(), d, sizeof d), base);
	table_cell(t, w, y, C_GREMIUM, x->gremium, base);
	table_cell(t, w, y, C_TEXT, x->text, base);
	table_cell(t, w, y, C_OBJEKTE, obj, base);
}

static const struct listview_ops list_ops = {
	.draw = draw_row, .match = match, .id = row_id, .find_id = find_id,
};

static uint32_t bes_selected(struct view *v)
{
	struct beschluesse *b = v->priv;
	const struct beschluss *x = b ? item(b, listview_selected(&b->lv)) : NULL;
	uint32_t o = WP_NONE;
	return x && beschluss_ein_objekt(b->env->ws, x, &o) ? o : WP_NONE;
}

/* The selected decision under the list: its text word-wrapped (two lines), then one line
 * with the scenario, pilots, waves and when it was recorded. */
static void draw_detail(struct beschluesse *b, WINDOW *win, int y0)
{
	const struct theme *th = b->env->theme;
	const struct beschluss *x = item(b, listview_selected(&b->lv));
	char meta[1024], pil[512], wel[256], t[32];
	struct { const char *label; char *buf; size_t n; } more[] = {
		{ LBL_PILOTEN, pil, sizeof pil }, { LBL_WELLEN, wel, sizeof wel },
	};
	if (b->lv.note[0]) {
		text_put(win, y0, 0, b->lv.note, b->w, theme_attr(th, ROLE_DIM, 0), TEXT_LEFT);
		return;
	}
	if (!x)
		return;
	size_t start = 0, next;
	for (int y = y0; y < y0 + DETAIL_H - 2 && x->text[start]; y++) {
		size_t len = wrap_line(x->text, start, b->w, &next);
		char part[4096];
		snprintf(part, sizeof part, "%.*s", (int)len, x->text + start);
		text_put(win, y, 0, part, b->w, theme_attr(th, ROLE_ROW, 0), TEXT_LEFT);
		start = next;
	}
	size_t used = (size_t)snprintf(meta, sizeof meta, "%s %s", _(LBL_ERFASST_AM),
				       beschluss_erfasst_text(x->erstellt, i18n_german(), t,
							      sizeof t));
	if (*x->szenario && used < sizeof meta)
		used += (size_t)snprintf(meta + used, sizeof meta - used, " · %s: %s",
					 _(LBL_SZENARIO), x->szenario);
	for (size_t k = 0; k < 2; k++)
		if (beschluss_links_text(b->env->ws, x, k ? BL_WELLE : BL_PILOT, more[k].buf,
					 more[k].n) > 0 && used < sizeof meta)
			used += (size_t)snprintf(meta + used, sizeof meta - used, " · %s: %s",
						 _(more[k].label), more[k].buf);
	text_put(win, y0 + DETAIL_H - 2, 0, meta, b->w, theme_attr(th, ROLE_DIM, 0), TEXT_LEFT);
}

static void bes_layout(struct view *v, int height, int width)
{
	struct beschluesse *b = v->priv;
	b->h = height;
	b->w = width;
	int th = height - DETAIL_H - 1;
	table_layout(&b->lv.t, th > 3 ? th : 3, width);
}

static void bes_draw(struct view *v)
{
	struct beschluesse *b = v->priv;
	int th = b->h - DETAIL_H - 1;
	if (th < 3)
		th = 3;
	b->keep = listview_selected_id(&b->lv);
	WINDOW *sub = derwin(v->win, th, b->w, 0, 0);
	if (sub) {
		listview_draw(&b->lv, sub);
		delwin(sub);
	}
	if (!b->env->ws->n_bes) {
		char kb[256];
		text_put(v->win, 2, 2, keys_text(_("Noch keine Beschlüsse. {new-object} erfasst "
						   "einen: Datum, Gremium, Text, was er nennt."),
						 kb, sizeof kb),
			 b->w - 4, theme_attr(b->env->theme, ROLE_DIM, 0), TEXT_LEFT);
	}
	draw_detail(b, v->win, th + 1);
	if (b->env->ws->n_bes) {
		char kb[256];
		text_put(v->win, th + DETAIL_H, 0,
			 keys_text(_("{new-object}: erfassen · {delete-object}: entfernen (mit "
				     "Rückfrage) · {undo}: rückgängig"), kb, sizeof kb),
			 b->w, theme_attr(b->env->theme, ROLE_DIM, 0), TEXT_LEFT);
	}
}

/* ---- add and remove ---- */

/* Splits s (copied into buf) at the characters in seps into at most LIST_MAX non-empty
 * parts without surrounding blanks, stored in v. Returns the number of parts. */
static size_t split(const char *s, const char *seps, char *buf, size_t n, const char **v)
{
	size_t k = 0;
	char *p = buf;
	snprintf(buf, n, "%s", s);
	while (k < LIST_MAX) {
		while (*p == ' ' || (*p && strchr(seps, *p)))
			p++;
		if (!*p)
			break;
		char *end = p + strcspn(p, seps), *next = *end ? end + 1 : end;
		*end = '\0';
		while (end > p && end[-1] == ' ')
			*--end = '\0';
		v[k++] = p;
		p = next;
	}
	return k;
}

/* The form's scenario choice: item 0 is none, item i the scenario i - 1 of w (NULL when
 * none or no longer there). */
static const char *szenario_at(const struct ws *w, size_t i)
{
	return i != (size_t)-1 && i > 0 && i - 1 < w->n_szenarien ? w->szenarien[i - 1] : NULL;
}

static const char *szenario_item(void *ctx, size_t i, char *buf, size_t n)
{
	const struct beschluesse *b = ctx;
	const char *name = szenario_at(b->env->ws, i);
	snprintf(buf, n, "%s", name ? name : i == 0 ? _("(kein Szenario)") : "");
	return buf;
}

static int add_done(void *owner, void *state, int result)
{
	struct beschluesse *b = owner;
	struct form *fm = state;
	struct session *ses = b->env->ses;
	static const int field_of[] = { [BA_DATUM] = FF_DATUM, [BA_GREMIUM] = FF_GREMIUM,
					[BA_TEXT] = FF_TEXT, [BA_SZENARIO] = FF_SZENARIO,
					[BA_OBJEKT] = FF_OBJEKTE, [BA_PILOT] = FF_PILOTEN,
					[BA_WELLE] = FF_WELLEN };
	char ob[1024], pb[1024], wb[256], d[16], ok[300];
	const char *objs[LIST_MAX], *pils[LIST_MAX], *wels[LIST_MAX];
	long nrs[LIST_MAX];
	if (result != WR_DONE) {
		session_cancelled(ses);
		return VF_REDRAW;
	}
	size_t n_wel = split(form_text(fm, FF_WELLEN), ", ", wb, sizeof wb, wels);
	for (size_t i = 0; i < n_wel; i++) {
		char *end;
		long nr = strtol(wels[i], &end, 10);
		nrs[i] = *end ? 0 : nr; /* 0 is refused by the check with the expected range */
	}
	struct beschluss_eingabe in = {
		.datum = form_text(fm, FF_DATUM), .gremium = form_text(fm, FF_GREMIUM),
		.text = form_text(fm, FF_TEXT), .szenario = szenario_at(ses->ws,
									 form_choice(fm, FF_SZENARIO)),
		.objekte = objs, .piloten = pils, .wellen = nrs, .n_wellen = n_wel,
		.erstellt = (int64_t)time(NULL),
	};
	in.n_objekte = split(form_text(fm, FF_OBJEKTE), ", ", ob, sizeof ob, objs);
	in.n_piloten = split(form_text(fm, FF_PILOTEN), ",", pb, sizeof pb, pils);
	struct wp_err e = { 0 };
	uint32_t at;
	int bad = BA_DATUM;
	if (edit_beschluss_add(ses->log, ses->store, ses->ws, &in, &at, &bad, &e)) {
		form_set_error(fm, field_of[bad], e.msg);
		return OVERLAY_KEEP | VF_REDRAW;
	}
	const struct beschluss *x = &ses->ws->bes[at];
	b->keep = x->id;
	snprintf(ok, sizeof ok, _(BESCHLUSS_TXT_ERFASST),
		 date_format(x->datum, i18n_german(), d, sizeof d), x->gremium);
	session_saved(ses, ok);
	return VF_REDRAW;
}

static int start_add(struct beschluesse *b)
{
	struct form *fm = form_new(_("Neuer Beschluss"), b->env->theme);
	if (fm) {
		form_add_text(fm, _("Datum (TT.MM.JJJJ)"), "");
		form_add_text(fm, _(LBL_GREMIUM), "");
		form_add_text(fm, _(LBL_BESCHLUSS), "");
		form_add_choice(fm, _(LBL_SZENARIO), b->env->ws->n_szenarien + 1, szenario_item, b,
				0);
		form_add_text(fm, _("Objekte (Kennungen)"), "");
		form_add_text(fm, _("Piloten (durch Komma getrennt)"), "");
		form_add_text(fm, _("Wellen (Nummern)"), "");
	}
	if (form_push(b->env->overlays, fm, add_done, b))
		session_message(b->env->ses, 1, "%s", wp_strerror(WP_ENOMEM));
	return VF_HANDLED | VF_REDRAW;
}

static int remove_done(void *owner, void *state, int result)
{
	struct beschluesse *b = owner;
	struct session *ses = b->env->ses;
	uint32_t i = listview_selected(&b->lv);
	char d[16], g[256], ok[300];
	(void)state;
	if (result != WR_DONE || i >= ses->ws->n_bes) {
		session_cancelled(ses);
		return VF_REDRAW;
	}
	date_format(ses->ws->bes[i].datum, i18n_german(), d, sizeof d);
	snprintf(g, sizeof g, "%s", ses->ws->bes[i].gremium);
	struct wp_err e = { 0 };
	if (edit_beschluss_remove(ses->log, ses->store, ses->ws, i, &e)) {
		session_message(ses, 1, "%s", e.msg);
		return VF_REDRAW;
	}
	snprintf(ok, sizeof ok, _(BESCHLUSS_TXT_ENTFERNT), d, g);
	session_saved(ses, ok);
	return VF_REDRAW;
}

static int start_remove(struct beschluesse *b)
{
	const struct beschluss *x = item(b, listview_selected(&b->lv));
	char q[1024], k[1024], d[16];
	if (!x)
		return VF_HANDLED;
	snprintf(q, sizeof q, _("Beschluss %u vom %s (%s) aus dem Protokoll entfernen? \"%s\" "
				"(rückgängig mit {undo})"), listview_selected(&b->lv) + 1,
		 date_format(x->datum, i18n_german(), d, sizeof d), x->gremium, x->text);
	keys_text(q, k, sizeof k);
	if (dialog_push_confirm(b->env->overlays, _("Beschluss entfernen"), k, b->env->theme,
				remove_done, b))
		session_message(b->env->ses, 1, "%s", wp_strerror(WP_ENOMEM));
	return VF_HANDLED | VF_REDRAW;
}

static int export_write(void *ctx, struct csvout *o)
{
	const struct beschluesse *b = ctx;
	return export_beschluesse(b->env->ws, o);
}

static int bes_handle(struct view *v, int action)
{
	struct beschluesse *b = v->priv;
	switch (action) {
	case ACT_NEW:
		return start_add(b);
	case ACT_DELETE:
		return start_remove(b);
	case ACT_EXPORT:
		if (export_dialog_push(b->env->overlays, b->env, v->title, "beschluesse",
				       export_write, b))
			session_message(b->env->ses, 1, "%s", wp_strerror(WP_ENOMEM));
		return VF_HANDLED | VF_REDRAW;
	default:
		return listview_handle(&b->lv, action);
	}
}

static int bes_click(struct view *v, int y, int x)
{
	struct beschluesse *b = v->priv;
	(void)x;
	return y < 1 ? 0 : table_click(&b->lv.t, y - 1);
}

static void bes_info(struct view *v, char *buf, size_t n)
{
	struct beschluesse *b = v->priv;
	uint32_t i = listview_selected(&b->lv);
	if (i < b->env->ws->n_bes)
		snprintf(buf, n, _("Beschluss %u von %zu"), i + 1, b->env->ws->n_bes);
	else
		buf[0] = '\0';
}

static int bes_reload(struct view *v)
{
	struct beschluesse *b = v->priv;
	return listview_set_source(&b->lv, NULL, b->env->ws->n_bes, b->keep);
}

static int bes_open(struct view *v)
{
	struct beschluesse *b = calloc(1, sizeof *b);
	if (!b)
		return -WP_ENOMEM;
	v->priv = b;
	b->env = v->env;
	listview_init(&b->lv, columns, C__N, v->env->theme, &list_ops, b, v->env->overlays);
	return listview_set_source(&b->lv, NULL, v->env->ws->n_bes, 0);
}

static void bes_destroy(struct view *v)
{
	struct beschluesse *b = v->priv;
	if (!b)
		return;
	overlay_drop_owner(b->env->overlays, b);
	listview_free(&b->lv);
	free(b);
	v->priv = NULL;
}

const struct view_ops view_beschluesse_ops = {
	.name = "beschluesse",
	.open = bes_open,
	.layout = bes_layout,
	.draw = bes_draw,
	.handle = bes_handle,
	.click = bes_click,
	.info = bes_info,
	.destroy = bes_destroy,
	.selected = bes_selected,
	.reload = bes_reload,
	.offers = listview_offers_unsorted,
};
