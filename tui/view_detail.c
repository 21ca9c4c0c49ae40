/* Objekt-Detail view: grouped fields, dependencies both ways, verdicts per platform with
 * reasons, the full explanation (rows: detail_rows.c); in a wide window the verdicts and
 * the explanation stand in a pane of their own. Editing pushes overlays (detail_edit.c). */
#include "tui/detail.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/edit.h"
#include "model/enums.h"
#include "model/i18n.h"
#include "model/labels.h"
#include "model/money.h"
#include "tui/actions.h"
#include "tui/detail_int.h"
#include "tui/overlay.h"
#include "tui/request.h"
#include "tui/session.h"
#include "tui/table.h"
#include "tui/text.h"

enum { C_LABEL, C_VALUE, C__N };
static const struct table_col columns[C__N] = {
	[C_LABEL] = { N_("Feld"), NULL, 29, 16, 0, 0, 0 },
	[C_VALUE] = { LBL_WERT, NULL, 20, 0, 0, 1, 0 },
};

/* The right pane of the wide layout: verdicts and explanation. */
static const struct table_col columns2[C__N] = {
	[C_LABEL] = { LBL_PLATTFORM, NULL, 14, 10, 0, 0, 0 },
	[C_VALUE] = { N_("Urteil und Grund"), LBL_URTEIL, 20, 0, 0, 1, 0 },
};

/* From this width on, the verdicts and the explanation stand in a pane of their own to
 * the right of the fields: an edit and its consequences on one screen. */
#define WIDE_COLS 110

static void draw_row(void *ctx, const struct table *t, WINDOW *w, int y, size_t row,
		     int selected)
{
	struct detail *p = ctx;
	const struct drow *r = &p->rows[row];
	const struct ws *ws = p->env->ws;
	const struct theme *th = p->env->theme;
	attr_t base = theme_attr(th, ROLE_ROW, selected), dim = theme_attr(th, ROLE_DIM, selected);
	char buf[1024], lab[256];
	switch (r->kind) {
	case R_HEAD:
		text_put(w, y, 0, _(r->text), t->width, theme_attr(th, ROLE_GROUP, 0), TEXT_LEFT);
		return;
	case R_TEXT:
		text_put(w, y, 0, r->text, t->width, theme_attr(th, ROLE_ROW, 0), TEXT_LEFT);
		return;
	case R_FIELD:
		if (r->a >= F__N) {
			const struct kriterium *k = &ws->dvc[r->a - F__N];
			snprintf(lab, sizeof lab, "  %s %s", k->code, k->name);
		} else {
			snprintf(lab, sizeof lab, "  %s", _(detail_field_title(r->a)));
		}
		table_cell(t, w, y, C_LABEL, lab, base);
		if (r->a >= F__N || detail_field_enum(ws, r->a) >= 0) {
			edit_get(ws, p->o, r->a, buf, sizeof buf);
			if (buf[0])
				snprintf(buf, sizeof buf, "%s",
					 _(enum_label(detail_field_enum(ws, r->a),
						      r->a >= F__N ? ws->crit[(size_t)p->o * ws->n_dvc +
									 (size_t)(r->a - F__N)]
								  : enum_parse(detail_field_enum(ws, r->a), buf))));
		} else if (field_defs[r->a].type == FT_EURO) { /* "18.000 €" / "€18,000" */
			int64_t c;
			memcpy(&c, (const char *)&ws->obj[p->o] + field_defs[r->a].off, sizeof c);
			buf[0] = '\0';
			if (c >= 0)
				money_format_exact(c, i18n_german(), buf, sizeof buf);
		} else {
			objekt_get(ws, p->o, r->a, i18n_german(), buf, sizeof buf);
		}
		if (buf[0])
			table_cell(t, w, y, C_VALUE, buf, base | (selected ? 0 : A_BOLD));
		else
			table_cell(t, w, y, C_VALUE, _(detail_empty_text(r->a)), dim);
		return;
	case R_INFO:
		snprintf(lab, sizeof lab, "  %s", _(detail_info_title(r->a)));
		table_cell(t, w, y, C_LABEL, lab, dim);
		detail_info_text(p, r->a, buf, sizeof buf);
		table_cell(t, w, y, C_VALUE, buf, base);
		return;
	case R_DEP_OUT:
	case R_DEP_IN: {
		const struct objekt *x = &ws->obj[r->b];
		const char *l = r->a >= 0 && (size_t)r->a < ws->n_dep ? ws_dep_label(ws, (size_t)r->a) : "";
		snprintf(lab, sizeof lab, "  %s", x->kennung);
		table_cell(t, w, y, C_LABEL, lab, base);
		snprintf(buf, sizeof buf, "%s%s%s%s", x->name, l && *l ? " (" : "", l ? l : "",
			 l && *l ? ")" : "");
		table_cell(t, w, y, C_VALUE, buf, base);
		return;
	}
	case R_NONE:
		text_put(w, y, 0, _("  (keine)"), t->width, theme_attr(th, ROLE_DIM, 0), TEXT_LEFT);
		return;
	case R_OZG:
		table_cell(t, w, y, C_VALUE, r->text, theme_attr(th, ROLE_DIM, 0));
		return;
	case R_ADD_OUT:
	case R_ADD_IN:
		table_cell(t, w, y, C_LABEL, r->kind == R_ADD_OUT ? _("  + benötigt …")
								  : _("  + wird benötigt von …"), dim);
		table_cell(t, w, y, C_VALUE,
			   keys_text(_("{open} oder {dep-add}: Objekt aus einer Liste wählen; "
				       "{dep-remove} entfernt die gewählte Abhängigkeit"), buf, sizeof buf),
			   dim);
		return;
	case R_VERDICT: {
		const struct assessment *as = p->env->as;
		int v = as->verdict[(size_t)p->o * as->n_pf + r->b];
		snprintf(lab, sizeof lab, "  %s%s", ws->pf[r->b].code,
			 as->obj[p->o].empfohlen != r->b ? "" : th->ascii ? " *" : " ★");
		table_cell(t, w, y, C_LABEL, lab, base);
		snprintf(buf, sizeof buf, "%s %s", theme_verdict_glyph(th, v), r->text);
		table_cell(t, w, y, C_VALUE, buf, theme_attr(th, theme_verdict_role(v), selected));
		return;
	}
	default:
		return;
	}
}

/* The two panes draw from the same rows; a selection shows only in the focused one. */
static void draw_left(void *ctx, const struct table *t, WINDOW *w, int y, size_t row,
		      int selected)
{
	struct detail *p = ctx;
	draw_row(ctx, t, w, y, row, selected && (!p->wide || p->focus == 0));
}

static void draw_right(void *ctx, const struct table *t, WINDOW *w, int y, size_t row,
		       int selected)
{
	struct detail *p = ctx;
	draw_row(ctx, t, w, y, row + p->split, selected && p->focus == 1);
}

static int right_selectable(const void *ctx, size_t row)
{
	const struct detail *p = ctx;
	return detail_row_selectable(ctx, row + p->split);
}

/* The pane with the focus and the index of its first row. */
static struct table *focused(struct detail *p, size_t *off)
{
	int right = p->wide && p->focus == 1;
	*off = right ? p->split : 0;
	return right ? &p->t2 : &p->t;
}

/* ---- the view ---- */

static const struct drow *sel_row(struct detail *p)
{
	size_t off;
	const struct table *t = focused(p, &off);
	return t->n_rows && t->sel < t->n_rows && off + t->sel < p->n_rows ? &p->rows[off + t->sel]
									    : NULL;
}

static int pushed(struct detail *p, int rc)
{
	if (rc)
		session_message(p->ses, 1, "%s", wp_strerror(WP_ENOMEM));
	return VF_HANDLED | VF_REDRAW;
}

static int det_handle(struct view *v, int action)
{
	struct detail *p = v->priv;
	struct wp_err e = { 0 };
	detail_sync(p);
	if (action == ACT_BACK || action == ACT_QUIT) /* the app goes back along its history */
		return VF_HANDLED | VF_CLOSE | VF_REDRAW;
	if (action == ACT_NEW)
		return pushed(p, detail_form_object(p, 1));
	if (action == ACT_NEW_BEH)
		return pushed(p, detail_form_behoerde(p));
	if (p->o == WP_NONE) /* the object is gone: only the app's actions (tabs, undo) */
		return 0;
	const struct drow *r = sel_row(p);
	switch (action) {
	case ACT_OPEN:
	case ACT_EDIT:
		if (!r)
			return VF_HANDLED;
		if (r->kind == R_FIELD)
			return pushed(p, detail_edit_field(p, r->a));
		if (r->kind == R_ADD_OUT || r->kind == R_ADD_IN)
			return pushed(p, detail_pick_dep(p, r->kind == R_ADD_IN));
		if ((r->kind == R_DEP_OUT || r->kind == R_DEP_IN) && action == ACT_OPEN)
			return request_object(p->env->req, r->b); /* follow it; Esc comes back */
		session_message(p->ses, 0, "%s",
				_("Dieser Wert wird berechnet; er ändert sich mit den Feldern darüber"));
		return VF_HANDLED | VF_REDRAW;
	case ACT_DEP_ADD:
		return pushed(p, detail_pick_dep(p, r && (r->kind == R_DEP_IN || r->kind == R_ADD_IN)));
	case ACT_DEP_DEL: {
		char k[128];
		if (r && r->kind == R_DEP_OUT)
			session_dep_remove(p->ses, p->o, r->b, &e);
		else if (r && r->kind == R_DEP_IN)
			session_dep_remove(p->ses, r->b, p->o, &e);
		else
			session_message(p->ses, 0, "%s",
					keys_text(_("Erst eine Abhängigkeit wählen, dann {dep-remove} "
						    "drücken"), k, sizeof k));
		detail_sync(p);
		return VF_HANDLED | VF_REDRAW;
	}
	case ACT_DELETE:
		return pushed(p, detail_confirm_delete(p));
	case ACT_LEFT:
	case ACT_RIGHT:
		if (!p->wide)
			return 0;
		p->focus = action == ACT_RIGHT;
		return VF_HANDLED | VF_REDRAW;
	default: {
		size_t off;
		return table_handle(focused(p, &off), action);
	}
	}
}

static int det_open(struct view *v)
{
	struct detail *p = calloc(1, sizeof *p);
	if (!p)
		return -WP_ENOMEM;
	v->priv = p;
	p->env = v->env;
	p->ses = v->env->ses;
	p->o = WP_NONE;
	table_init(&p->t, columns, C__N, v->env->theme, draw_left, detail_row_selectable, p);
	table_init(&p->t2, columns2, C__N, v->env->theme, draw_right, right_selectable, p);
	return 0;
}

/* Lines above the table: title and summary. */
#define HEAD_LINES 2

static void det_layout(struct view *v, int height, int width)
{
	struct detail *p = v->priv;
	int h = height - HEAD_LINES, wrap;
	p->height = height;
	p->wide = width >= WIDE_COLS;
	if (p->wide) {
		p->lw = width / 2;
		table_layout(&p->t, h, p->lw);
		table_layout(&p->t2, h, width - p->lw - 1);
		wrap = p->t2.width;
	} else {
		p->focus = 0;
		table_layout(&p->t, h, width);
		wrap = p->t.width;
	}
	/* the explanation is wrapped to its pane; the rows are split for the layout */
	if (p->width != wrap || p->built_wide != p->wide) {
		p->width = wrap;
		if (p->o != WP_NONE)
			detail_build(p);
		if (p->wide) /* the panes' layouts with their rows */
			table_layout(&p->t2, h, width - p->lw - 1);
		table_layout(&p->t, h, p->wide ? p->lw : width);
	}
}

static void draw_head(struct detail *p, WINDOW *w)
{
	const struct ws *ws = p->env->ws;
	const struct assessment *as = p->env->as;
	const struct theme *th = p->env->theme;
	const struct objekt *o = &ws->obj[p->o];
	const struct assess_obj *ao = &as->obj[p->o];
	int cols = getmaxx(w);
	char buf[1024], pt[32];
	snprintf(buf, sizeof buf, "%s — %s · %s · %s", o->kennung, o->name, _(enum_label(EK_TYP, o->typ)),
		 o->behoerde < ws->n_beh ? ws->beh[o->behoerde].name : "");
	text_put(w, 0, 0, buf, cols, theme_attr(th, ROLE_TITLE, 0), TEXT_LEFT);
	/* the summary a user watches while editing: it changes with every edit */
	int v = ao->empfohlen < as->n_pf ? as->verdict[(size_t)p->o * as->n_pf + ao->empfohlen]
					 : V_BLOCKIERT;
	format_pt(ao->aufwand, i18n_german(), pt, sizeof pt);
	snprintf(buf, sizeof buf, _("Schutzklasse %s · %d %% bereit · %s %s %s · %s · %s PT"),
		 _(enum_label(EK_LEVEL, ao->schutzklasse)), ao->bereitschaft, theme_verdict_glyph(th, v),
		 ao->empfohlen < ws->n_pf ? ws->pf[ao->empfohlen].code : "—",
		 _(enum_label(EK_VERDICT, v)), enum_label(EK_STRATEGIE, ao->strategie), pt);
	text_put(w, 1, 0, buf, cols, theme_attr(th, theme_verdict_role(v), 0) | A_BOLD, TEXT_LEFT);
}

static void det_draw(struct view *v)
{
	struct detail *p = v->priv;
	detail_sync(p);
	if (p->o != WP_NONE) {
		int h = getmaxy(v->win) - HEAD_LINES, wd = getmaxx(v->win);
		draw_head(p, v->win);
		WINDOW *sub = derwin(v->win, h, p->wide ? p->lw : wd, HEAD_LINES, 0);
		if (sub) {
			table_draw(&p->t, sub);
			delwin(sub);
		}
		if (p->wide && (sub = derwin(v->win, h, wd - p->lw - 1, HEAD_LINES, p->lw + 1))) {
			table_draw(&p->t2, sub);
			delwin(sub);
			wattrset(v->win, theme_attr(p->env->theme, ROLE_DIM, 0));
			mvwvline(v->win, HEAD_LINES, p->lw, ACS_VLINE, h);
			wattrset(v->win, A_NORMAL);
		}
	} else {
		char t[128];
		text_put(v->win, 1, 1, keys_text(_("Das Objekt gibt es nicht mehr. {back}: zurück"), t,
						 sizeof t),
			 getmaxx(v->win) - 1, theme_attr(p->env->theme, ROLE_DIM, 0), TEXT_LEFT);
	}
}

static int det_click(struct view *v, int y, int x)
{
	struct detail *p = v->priv;
	if (p->wide && x > p->lw) {
		p->focus = 1;
		return table_click(&p->t2, y - HEAD_LINES - 1) | VF_HANDLED | VF_REDRAW;
	}
	p->focus = 0;
	return table_click(&p->t, y - HEAD_LINES - 1) | VF_HANDLED | VF_REDRAW;
}

/* While an overlay is open its keys are in the footer; the back key is not. */
static void det_info(struct view *v, char *buf, size_t n)
{
	struct detail *p = v->priv;
	if (overlay_active(p->env->overlays))
		snprintf(buf, n, "%s", "");
	else if (p->wide)
		keys_text(_("{left:1}/{right:1}: Spalte · {back}: zurück"), buf, n);
	else
		keys_text(_("{back}: zurück"), buf, n);
}

/* The footer leaves out what does nothing here (sort, filter, search) and q, which goes
 * back here instead of quitting. */
static int det_offers(struct view *v, int action)
{
	(void)v;
	return action != ACT_SORT && action != ACT_FILTER && action != ACT_SEARCH &&
	       action != ACT_QUIT;
}

static uint32_t det_selected(struct view *v)
{
	struct detail *p = v->priv;
	return p->o;
}

static int det_reload(struct view *v)
{
	return detail_build(v->priv);
}

static void det_destroy(struct view *v)
{
	struct detail *p = v->priv;
	if (p) {
		overlay_drop_owner(p->env->overlays, p);
		detail_free_rows(p);
		free(p->rows);
	}
	free(p);
	v->priv = NULL;
}

void detail_show(struct view *v, uint32_t o)
{
	struct detail *p = v->priv;
	const struct ws *w = p->env->ws;
	uint32_t was = p->o;
	overlay_drop_owner(p->env->overlays, p);
	p->o = o < w->n_obj ? o : WP_NONE;
	p->id = p->o != WP_NONE ? w->obj[o].id : 0;
	if (p->o != was) { /* the same object (after an undo) keeps its place */
		p->t.sel = p->t.top = p->t2.sel = p->t2.top = 0;
		p->focus = 0;
	}
	detail_build(p);
}

int detail_new_object(struct view *v, int in_detail)
{
	return detail_form_object(v->priv, in_detail);
}

int detail_new_behoerde(struct view *v)
{
	return detail_form_behoerde(v->priv);
}

int detail_ask_delete(struct view *v)
{
	struct detail *p = v->priv;
	return p->o != WP_NONE ? detail_confirm_delete(p) : 0;
}

const struct view_ops view_detail_ops = {
	.name = "detail",
	.open = det_open,
	.layout = det_layout,
	.draw = det_draw,
	.handle = det_handle,
	.click = det_click,
	.info = det_info,
	.destroy = det_destroy,
	.selected = det_selected,
	.reload = det_reload,
	.offers = det_offers,
};
