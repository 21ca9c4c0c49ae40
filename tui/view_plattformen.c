/* Plattformen view: the target platforms in a list (rank, code, name, VS-NfD approval,
 * red-line profile in letters, sovereignty points, verdict counts, for how many objects it
 * is the recommendation, its Kostenfaktor) and below it the selected platform's profile — every red line
 * with its value and its source text, and the VS-NfD approval; shipped example profiles
 * carry "Beispielbewertung — vor Verwendung prüfen". The list searches (/ n N) and jumps
 * to a code (:) like every list (tui/listview.h). The edits — a new platform, its fields,
 * removal, a red-line value or the approval as a what-if first — are in
 * tui/plattformen_edit.c. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/edit_platform.h"
#include "data/seed.h"
#include "model/enums.h"
#include "model/err.h"
#include "model/i18n.h"
#include "model/labels.h"
#include "model/platform.h"
#include "model/utf8.h"
#include "tui/actions.h"
#include "tui/listview.h"
#include "tui/plattformen.h"
#include "tui/session.h"
#include "tui/table.h"
#include "tui/text.h"
#include "tui/view.h"
#include "tui/widget.h"

enum {
	PL_RANG, PL_CODE, PL_NAME, PL_VS, PL_PROFIL, PL_PUNKTE, PL_OK, PL_OFFEN, PL_BLOCK, PL_EMPF,
	PL_FAKTOR, PL__N
};
static const struct table_col list_cols[PL__N] = {
	[PL_RANG] = { LBL_RANG, NULL, 4, 0, 0, 0, 1 },
	[PL_CODE] = { LBL_CODE, NULL, 8, 0, 0, 0, 0 },
	[PL_NAME] = { LBL_F_NAME, NULL, 12, 0, 0, 1, 0 },
	[PL_VS] = { LBL_F_VS_NFD, NULL, 9, 6, 2, 0, 0 },
	[PL_PROFIL] = { N_("Profil"), NULL, 13, 0, 0, 0, 0 },
	[PL_PUNKTE] = { LBL_PUNKTE, N_("Pkt."), 6, 4, 3, 0, 1 },
	[PL_OK] = { "✓", NULL, 4, 0, 0, 0, 1 },
	[PL_OFFEN] = { "?", NULL, 4, 0, 0, 0, 1 },
	[PL_BLOCK] = { "✗", NULL, 4, 0, 0, 0, 1 },
	/* objects whose recommended platform it is (docs/rules.md §4) */
	[PL_EMPF] = { LBL_EMPFOHLEN, LBL_EMPF, 5, 0, 1, 0, 1 },
	/* operating cost there relative to today (docs/kosten.md) */
	[PL_FAKTOR] = { LBL_KOSTENFAKTOR, N_("Kf."), 4, 0, 0, 0, 1 },
};

enum { PC_CODE, PC_NAME, PC_WERT, PC_QUELLE, PC__N };
static const struct table_col prof_cols[PC__N] = {
	[PC_CODE] = { LBL_ROTE_LINIE, NULL, 10, 0, 0, 0, 0 },
	[PC_NAME] = { LBL_BEZEICHNUNG, NULL, 26, 12, 0, 0, 0 },
	[PC_WERT] = { LBL_WERT, NULL, 13, 0, 0, 0, 0 },
	[PC_QUELLE] = { LBL_QUELLE, NULL, 12, 0, 0, 1, 0 },
};

/* Letters of a red-line value in the profile column (as in `platform list`). */
static const char rl_letter[RL__N] = { '?', 'n', 't', 'e' };
/* ---- drawing ---- */

static void profile_letters(const struct ws *w, uint32_t f, char *buf, size_t n)
{
	size_t k = 0;
	for (size_t r = 0; r < w->n_rl && k + 2 < n; r++) {
		if (r)
			buf[k++] = ' ';
		buf[k++] = rl_letter[w->rl_val[(size_t)f * w->n_rl + r] % RL__N];
	}
	buf[k] = '\0';
}

static void draw_list_row(void *ctx, const struct table *t, WINDOW *w, int y, uint32_t row,
			  int selected)
{
	struct plattformen *p = ctx;
	const struct ws *ws = p->env->ws;
	const struct theme *th = p->env->theme;
	const struct plattform *pf = &ws->pf[row];
	attr_t base = theme_attr(th, ROLE_ROW, selected && p->focus == 0);
	char buf[96];
	if (selected && p->focus != 0)
		text_fill(w, y, 0, t->width, theme_attr(th, ROLE_GROUP, 0));
	if (selected && p->focus != 0)
		base = theme_attr(th, ROLE_GROUP, 0);
	snprintf(buf, sizeof buf, "%d", pf->rang);
	table_cell(t, w, y, PL_RANG, buf, base);
	table_cell(t, w, y, PL_CODE, pf->code, base);
	snprintf(buf, sizeof buf, "%s%s", pf->name, pf->beispiel ? " *" : "");
	table_cell(t, w, y, PL_NAME, buf, base);
	table_cell(t, w, y, PL_VS, _(enum_label(EK_TRI, pf->vs_nfd)), base);
	profile_letters(ws, (uint32_t)row, buf, sizeof buf);
	table_cell(t, w, y, PL_PROFIL, buf, base);
	snprintf(buf, sizeof buf, "%d", assess_sovereignty_points(ws, (uint32_t)row));
	table_cell(t, w, y, PL_PUNKTE, buf, base);
	static const int col[V__N] = { PL_OK, PL_OFFEN, PL_BLOCK };
	static const enum role role[V__N] = { ROLE_VERDICT_OK, ROLE_VERDICT_OPEN,
					      ROLE_VERDICT_BLOCKED };
	for (int v = 0; v < V__N; v++) {
		snprintf(buf, sizeof buf, "%zu", p->cnt[row * V__N + (size_t)v]);
		/* the verdict's colour; the unfocused selection's underline (without colour) too */
		table_cell(t, w, y, col[v], buf,
			   theme_attr(th, role[v], selected && p->focus == 0) | (base & A_UNDERLINE));
	}
	snprintf(buf, sizeof buf, "%zu", p->empf[row]);
	table_cell(t, w, y, PL_EMPF, buf, base);
	table_cell(t, w, y, PL_FAKTOR, pf_faktor_format(pf->kostenfaktor, i18n_german(), buf, sizeof buf),
		   base);
}

/* ---- the list controller's hooks (items are platform indexes) ---- */

static int pf_match(const void *ctx, uint32_t f, const char *pat)
{
	const struct plattform *pf = &((const struct plattformen *)ctx)->env->ws->pf[f];
	return listview_text_match(pf->code, pat) || listview_text_match(pf->name, pat);
}

static int64_t pf_id(const void *ctx, uint32_t f)
{
	return ((const struct plattformen *)ctx)->env->ws->pf[f].id;
}

static uint32_t pf_find_id(const void *ctx, int64_t id)
{
	const struct ws *ws = ((const struct plattformen *)ctx)->env->ws;
	for (size_t f = 0; f < ws->n_pf; f++)
		if (ws->pf[f].id == id)
			return (uint32_t)f;
	return UINT32_MAX;
}

/* A jump goes to a platform code: exact, else ignoring case, else the first it begins. */
static uint32_t pf_jump(const void *ctx, const char *text)
{
	const struct ws *ws = ((const struct plattformen *)ctx)->env->ws;
	size_t n = strlen(text);
	uint32_t f = ws_find_plattform(ws, text);
	for (size_t i = 0; f == WP_NONE && i < ws->n_pf; i++)
		if (strlen(ws->pf[i].code) == n && utf8_eq_ci(ws->pf[i].code, n, text))
			f = (uint32_t)i;
	for (size_t i = 0; f == WP_NONE && n && i < ws->n_pf; i++)
		if (strlen(ws->pf[i].code) >= n && utf8_eq_ci(ws->pf[i].code, n, text))
			f = (uint32_t)i;
	return f;
}

static const struct listview_ops list_ops = {
	.draw = draw_list_row, .match = pf_match, .id = pf_id, .find_id = pf_find_id,
	.jump = pf_jump, .jump_what = LBL_CODE,
};

static void draw_prof_row(void *ctx, const struct table *t, WINDOW *w, int y, size_t row,
			  int selected)
{
	struct plattformen *p = ctx;
	const struct ws *ws = p->env->ws;
	const struct theme *th = p->env->theme;
	uint32_t f = cur_pf(p);
	attr_t base = theme_attr(th, ROLE_ROW, selected && p->focus == 1);
	if (selected && p->focus != 1) /* the table filled the row as selected: not in focus */
		text_fill(w, y, 0, t->width, base);
	if (f == WP_NONE)
		return;
	if (row == ws->n_rl) {
		table_cell(t, w, y, PC_CODE, "VS-NfD", base);
		table_cell(t, w, y, PC_NAME, _("Zulassung für VS-NfD"), base);
		table_cell(t, w, y, PC_WERT, _(enum_label(EK_TRI, ws->pf[f].vs_nfd)), base);
		table_cell(t, w, y, PC_QUELLE, "", base);
		return;
	}
	size_t i = (size_t)f * ws->n_rl + row;
	int v = ws->rl_val[i];
	enum role vr = v == RL_ERFUELLT ? ROLE_VERDICT_OK : v == RL_TEILWEISE ? ROLE_VERDICT_OPEN :
		       v == RL_NICHT ? ROLE_VERDICT_BLOCKED : ROLE_DIM;
	table_cell(t, w, y, PC_CODE, ws->rl[row].code, base);
	table_cell(t, w, y, PC_NAME, ws->rl[row].name, base);
	table_cell(t, w, y, PC_WERT, _(enum_label(EK_RL, v)), theme_attr(th, vr, selected && p->focus == 1));
	table_cell(t, w, y, PC_QUELLE, ws->rl_quelle[i][0] ? ws->rl_quelle[i] : "—", base);
}

static void make_panes(struct plattformen *p)
{
	if (p->wl)
		delwin(p->wl);
	if (p->wp)
		delwin(p->wp);
	p->wl = p->wp = NULL;
	size_t npf = p->env->ws->n_pf;
	int h = p->height, rest;
	if (h < 8 || p->width < 20)
		return;
	/* the list gets its rows up to a third of the height (at least header and 2 rows) */
	p->list_h = (int)npf + 1;
	if (p->list_h > h / 3 + 1)
		p->list_h = h / 3 + 1;
	if (p->list_h < 3)
		p->list_h = 3;
	rest = h - p->list_h - 3; /* title, label, bar */
	p->wl = newwin(p->list_h, p->width, 0, 0);
	p->wp = newwin(rest > 2 ? rest : 2, p->width, 0, 0);
	table_layout(&p->lv.t, p->list_h, p->width);
	table_layout(&p->pt, rest > 2 ? rest : 2, p->width);
}

static void pf_layout(struct view *v, int height, int width)
{
	struct plattformen *p = v->priv;
	p->height = height;
	p->width = width;
	make_panes(p);
}

static void pf_draw(struct view *v)
{
	struct plattformen *p = v->priv;
	const struct ws *ws = v->env->ws;
	const struct theme *th = v->env->theme;
	int h = getmaxy(v->win), w = getmaxx(v->win);
	uint32_t f = cur_pf(p);
	char buf[512];
	if (!p->wl || !p->wp)
		return;
	werase(p->wl);
	table_draw(&p->lv.t, p->wl);
	if (ws->n_pf == 0)
		text_put(p->wl, 1, 1,
			 keys_text(_("Noch keine Plattformen. {new-object} legt eine an."), buf,
				   sizeof buf), w - 1,
			 theme_attr(th, ROLE_DIM, 0), TEXT_LEFT);
	copywin(p->wl, v->win, 0, 0, 0, 0, p->list_h - 1, w - 1, FALSE);
	int y = p->list_h;
	text_fill(v->win, y, 0, w, theme_attr(th, ROLE_ROW, 0));
	text_fill(v->win, y + 1, 0, w, theme_attr(th, ROLE_ROW, 0));
	if (f != WP_NONE) {
		const struct plattform *pf = &ws->pf[f];
		int pkt = assess_sovereignty_points(ws, f);
		snprintf(buf, sizeof buf,
			 ngettext("%s — %s · Rang %d · VS-NfD: %s · %d Punkt",
				  "%s — %s · Rang %d · VS-NfD: %s · %d Punkte", (unsigned long)pkt),
			 pf->code, pf->name, pf->rang, _(enum_label(EK_TRI, pf->vs_nfd)), pkt);
		text_put(v->win, y, 0, buf, w, theme_attr(th, ROLE_GROUP, 0), TEXT_LEFT);
		/* the shipped profiles open their description with the label: once is enough */
		const char *besch = pf->beschreibung;
		if (strncmp(besch, SEED_BEISPIEL, strlen(SEED_BEISPIEL)) == 0) {
			besch += strlen(SEED_BEISPIEL);
			while (*besch == '.' || *besch == ' ')
				besch++;
		}
		if (pf->beispiel)
			snprintf(buf, sizeof buf, "* %s%s%s", _(SEED_BEISPIEL), *besch ? " · " : "",
				 besch);
		else
			snprintf(buf, sizeof buf, "%s", pf->beschreibung);
		text_put(v->win, y + 1, 0, buf, w,
			 theme_attr(th, pf->beispiel ? ROLE_VERDICT_OPEN : ROLE_DIM, 0), TEXT_LEFT);
		werase(p->wp);
		table_draw(&p->pt, p->wp);
		copywin(p->wp, v->win, 0, 0, y + 2, 0, y + 1 + getmaxy(p->wp), w - 1, FALSE);
	}
	text_fill(v->win, h - 1, 0, w, theme_attr(th, ROLE_DIM, 0));
	text_put(v->win, h - 1, 0, p->lv.note[0] ? p->lv.note :
		 keys_text(p->focus ? _("{open}/{edit}: Wert ändern (Vorschau: welche Urteile sich "
					"ändern) · {left:1}/{back}: zur Liste · {undo} rückgängig")
				    : _("{open}/{right:1}: Profil · {edit} bearbeiten · {new-object} neu · "
					"{delete-object} entfernen · {undo} rückgängig"),
			   buf, sizeof buf),
		 w, theme_attr(th, ROLE_DIM, 0), TEXT_LEFT);
}

static int pf_handle(struct view *v, int action)
{
	struct plattformen *p = v->priv;
	const struct ws *ws = v->env->ws;
	switch (action) {
	case ACT_NEW:
		pf_start_new(p);
		return VF_HANDLED | VF_REDRAW;
	case ACT_DELETE:
		pf_ask_delete(p);
		return VF_HANDLED | VF_REDRAW;
	case ACT_EDIT:
		if (p->focus)
			pf_start_value(p);
		else
			pf_start_edit(p);
		return VF_HANDLED | VF_REDRAW;
	case ACT_OPEN:
	case ACT_RIGHT:
		if (p->focus && action == ACT_OPEN)
			pf_start_value(p);
		else if (ws->n_pf)
			p->focus = 1;
		return VF_HANDLED | VF_REDRAW;
	case ACT_LEFT:
	case ACT_BACK:
		if (!p->focus)
			return action == ACT_LEFT ? VF_HANDLED : 0;
		p->focus = 0;
		return VF_HANDLED | VF_REDRAW;
	default:
		if (p->focus)
			return table_handle(&p->pt, action);
		{
			int f = listview_handle(&p->lv, action);
			if (f && cur_pf(p) != WP_NONE)
				snprintf(p->sel_code, sizeof p->sel_code, "%s", ws->pf[cur_pf(p)].code);
			return f;
		}
	}
}

static int pf_click(struct view *v, int y, int x)
{
	struct plattformen *p = v->priv;
	const struct ws *ws = v->env->ws;
	(void)x;
	if (y < p->list_h) {
		p->focus = 0;
		int f = y > 0 ? table_click(&p->lv.t, y - 1) : VF_HANDLED;
		if (cur_pf(p) != WP_NONE)
			snprintf(p->sel_code, sizeof p->sel_code, "%s", ws->pf[cur_pf(p)].code);
		return f | VF_REDRAW;
	}
	int py = y - p->list_h - 2;
	if (py >= 1 && ws->n_pf) {
		p->focus = 1;
		return table_click(&p->pt, py - 1) | VF_REDRAW;
	}
	return VF_HANDLED;
}

static void pf_info(struct view *v, char *buf, size_t n)
{
	struct plattformen *p = v->priv;
	const struct ws *ws = v->env->ws;
	if (ws->n_pf == 0) {
		snprintf(buf, n, "%s", _("keine Plattformen"));
		return;
	}
	snprintf(buf, n, _("Plattform %zu von %zu"), p->lv.t.sel + 1, ws->n_pf);
}

/* ---- life cycle ---- */

static void pf_destroy(struct view *v)
{
	struct plattformen *p = v->priv;
	if (p) {
		overlay_drop_owner(v->env->overlays, p);
		listview_free(&p->lv);
		pf_snap_free(&p->pending);
		free(p->cnt);
		free(p->empf);
		if (p->wl)
			delwin(p->wl);
		if (p->wp)
			delwin(p->wp);
	}
	free(p);
	v->priv = NULL;
}

static int pf_open(struct view *v)
{
	struct plattformen *p = calloc(1, sizeof *p);
	if (!p)
		return -WP_ENOMEM;
	v->priv = p;
	p->env = v->env;
	const struct ws *ws = v->env->ws;
	const struct assessment *as = v->env->as;
	listview_init(&p->lv, list_cols, PL__N, v->env->theme, &list_ops, p, v->env->overlays);
	table_init(&p->pt, prof_cols, PC__N, v->env->theme, draw_prof_row, NULL, p);
	p->cnt = calloc((ws->n_pf ? ws->n_pf : 1) * V__N, sizeof *p->cnt);
	p->empf = calloc(ws->n_pf ? ws->n_pf : 1, sizeof *p->empf);
	if (!p->cnt || !p->empf)
		return -WP_ENOMEM;
	for (size_t o = 0; o < as->n_obj; o++) {
		for (size_t f = 0; f < as->n_pf; f++)
			p->cnt[f * V__N + as->verdict[o * as->n_pf + f] % V__N]++;
		if (as->obj[o].empfohlen < as->n_pf)
			p->empf[as->obj[o].empfohlen]++;
	}
	int wc = (int)utf8_width(_(list_cols[PL_CODE].title));
	for (size_t f = 0; f < ws->n_pf; f++) {
		int x = (int)utf8_width(ws->pf[f].code);
		if (x > wc)
			wc = x;
	}
	table_set_width(&p->lv.t, PL_CODE, wc < 16 ? wc : 16);
	int wr = (int)utf8_width(_(prof_cols[PC_CODE].title));
	for (size_t r = 0; r < ws->n_rl; r++) {
		int x = (int)utf8_width(ws->rl[r].code);
		if (x > wr)
			wr = x;
	}
	table_set_width(&p->pt, PC_CODE, wr);
	table_set_width(&p->lv.t, PL_PROFIL, ws->n_rl ? 2 * (int)ws->n_rl - 1 : 1);
	if (listview_set_source(&p->lv, NULL, ws->n_pf, 0))
		return -WP_ENOMEM;
	table_set_rows(&p->pt, ws->n_pf ? ws->n_rl + 1 : 0);
	return 0;
}

/* After an edit: counts and rows again; the same platform (by code) and profile row. */
static int pf_reload(struct view *v)
{
	struct plattformen *old = v->priv;
	if (!old)
		return pf_open(v);
	char code[64];
	int focus = old->focus, h = old->height, w = old->width;
	size_t prow = old->pt.sel, lrow = old->lv.t.sel;
	snprintf(code, sizeof code, "%s", old->sel_code);
	pf_destroy(v);
	if (pf_open(v))
		return -WP_ENOMEM;
	struct plattformen *p = v->priv;
	const struct ws *ws = v->env->ws;
	if (w)
		pf_layout(v, h, w);
	uint32_t f = code[0] ? ws_find_plattform(ws, code) : WP_NONE;
	table_select(&p->lv.t, f != WP_NONE ? f : (lrow < ws->n_pf ? lrow : 0));
	table_select(&p->pt, prow);
	p->focus = ws->n_pf ? focus : 0;
	if (cur_pf(p) != WP_NONE)
		snprintf(p->sel_code, sizeof p->sel_code, "%s", ws->pf[cur_pf(p)].code);
	return 0;
}

const struct view_ops view_plattformen_ops = {
	.name = "plattformen",
	.open = pf_open,
	.layout = pf_layout,
	.draw = pf_draw,
	.handle = pf_handle,
	.click = pf_click,
	.info = pf_info,
	.destroy = pf_destroy,
	.reload = pf_reload,
	.offers = listview_offers_unsorted,
};
