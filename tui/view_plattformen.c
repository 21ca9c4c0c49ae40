/* Plattformen view: the target platforms in a list (rank, code, name, VS-NfD approval,
 * red-line profile in letters, sovereignty points, verdict counts, for how many objects it
 * is the recommendation) and below it the selected platform's profile — every red line
 * with its value and its source text, and the VS-NfD approval; shipped example profiles carry "Beispielbewertung — vor Verwendung
 * prüfen". Editing goes through data/edit_platform.h (one transaction each, in the
 * session's undo journal, so u undoes it): a new platform (a), name / description / rank /
 * example label (e in the list), removal (D, with confirmation). Changing a red-line value
 * or the approval is a what-if first: the view lists every object whose verdict on the
 * platform would change and applies the change only when confirmed. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/edit_platform.h"
#include "data/seed.h"
#include "model/enums.h"
#include "model/err.h"
#include "model/i18n.h"
#include "model/utf8.h"
#include "tui/actions.h"
#include "tui/dialog.h"
#include "tui/form.h"
#include "tui/pick.h"
#include "tui/session.h"
#include "tui/table.h"
#include "tui/text.h"
#include "tui/textbox.h"
#include "tui/view.h"
#include "tui/widget.h"

enum {
	PL_RANG, PL_CODE, PL_NAME, PL_VS, PL_PROFIL, PL_PUNKTE, PL_OK, PL_OFFEN, PL_BLOCK, PL_EMPF,
	PL__N
};
static const struct table_col list_cols[PL__N] = {
	[PL_RANG] = { N_("Rang"), NULL, 4, 0, 0, 0, 1 },
	[PL_CODE] = { N_("Code"), NULL, 8, 0, 0, 0, 0 },
	[PL_NAME] = { N_("Name"), NULL, 12, 0, 0, 1, 0 },
	[PL_VS] = { N_("VS-NfD"), NULL, 9, 6, 2, 0, 0 },
	[PL_PROFIL] = { N_("Profil"), NULL, 13, 0, 0, 0, 0 },
	[PL_PUNKTE] = { N_("Punkte"), N_("Pkt."), 6, 4, 3, 0, 1 },
	[PL_OK] = { "✓", NULL, 4, 0, 0, 0, 1 },
	[PL_OFFEN] = { "?", NULL, 4, 0, 0, 0, 1 },
	[PL_BLOCK] = { "✗", NULL, 4, 0, 0, 0, 1 },
	/* objects whose recommended platform it is (§4.4) */
	[PL_EMPF] = { N_("Empfohlen"), N_("Empf."), 5, 0, 1, 0, 1 },
};

enum { PC_CODE, PC_NAME, PC_WERT, PC_QUELLE, PC__N };
static const struct table_col prof_cols[PC__N] = {
	[PC_CODE] = { N_("Rote Linie"), NULL, 10, 0, 0, 0, 0 },
	[PC_NAME] = { N_("Bezeichnung"), NULL, 26, 12, 0, 0, 0 },
	[PC_WERT] = { N_("Wert"), NULL, 13, 0, 0, 0, 0 },
	[PC_QUELLE] = { N_("Quelle / Begründung"), NULL, 12, 0, 0, 1, 0 },
};

/* Letters of a red-line value in the profile column (as in `platform list`). */
static const char rl_letter[RL__N] = { '?', 'n', 't', 'e' };

struct plattformen {
	const struct view_env *env;
	struct table lt, pt;      /* platform list, profile of the selected one */
	WINDOW *wl, *wp;          /* off-screen panes, copied into the body window */
	int height, width, list_h;
	int focus;                /* 0 list, 1 profile */
	size_t *cnt;              /* [pf * V__N + verdict] objects per verdict */
	size_t *empf;             /* [pf] objects it is recommended for */
	struct pf_snap *pending;  /* the change being previewed / entered (owned) */
	uint32_t row;             /* profile row being edited (n_rl = VS-NfD) */
	char sel_code[64];        /* code of the selected platform (kept across reloads) */
};

static uint32_t cur_pf(const struct plattformen *p)
{
	size_t n = p->env->ws->n_pf;
	return n && p->lt.sel < n ? (uint32_t)p->lt.sel : WP_NONE;
}

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

static void draw_list_row(void *ctx, const struct table *t, WINDOW *w, int y, size_t row,
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
		table_cell(t, w, y, col[v], buf, theme_attr(th, role[v], selected && p->focus == 0));
	}
	snprintf(buf, sizeof buf, "%zu", p->empf[row]);
	table_cell(t, w, y, PL_EMPF, buf, base);
}

static void draw_prof_row(void *ctx, const struct table *t, WINDOW *w, int y, size_t row,
			  int selected)
{
	struct plattformen *p = ctx;
	const struct ws *ws = p->env->ws;
	const struct theme *th = p->env->theme;
	uint32_t f = cur_pf(p);
	attr_t base = theme_attr(th, ROLE_ROW, selected && p->focus == 1);
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
	table_layout(&p->lt, p->list_h, p->width);
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
	table_draw(&p->lt, p->wl);
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
		snprintf(buf, sizeof buf, _("%s — %s · Rang %d · VS-NfD: %s · %d Punkte"),
			 pf->code, pf->name, pf->rang, _(enum_label(EK_TRI, pf->vs_nfd)),
			 assess_sovereignty_points(ws, f));
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
	text_put(v->win, h - 1, 0,
		 keys_text(p->focus ? _("{open}/{edit}: Wert ändern (Vorschau: welche Urteile sich "
					"ändern) · {left:1}/{back}: zur Liste · {undo} rückgängig")
				    : _("{open}/{right:1}: Profil · {edit} bearbeiten · {new-object} neu · "
					"{delete-object} entfernen · {undo} rückgängig"),
			   buf, sizeof buf),
		 w, theme_attr(th, ROLE_DIM, 0), TEXT_LEFT);
}

/* ---- edits ---- */

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
	if (session_changed(s)) {
		session_message(s, 1, "%s", _("gespeichert, aber zu wenig Speicher zum Neubewerten"));
		return -WP_ENOMEM;
	}
	char kb[300];
	session_message(s, 0, "%s", keys_text(ok, kb, sizeof kb));
	return 0;
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
static void start_value(struct plattformen *p)
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
		 vs ? _("VS-NfD-Zulassung") : ws->rl[p->row].code);
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
		const char *what = p->row == ws->n_rl ? _("VS-NfD-Zulassung") : ws->rl[p->row].code;
		snprintf(ok, sizeof ok, _("Plattform %s: %s geändert, Urteile neu berechnet ({undo} macht "
					  "es rückgängig)"), p->pending->code, what);
		apply(p, p->pending, ok);
	} else {
		session_message(p->env->ses, 0, "%s", _("abgebrochen, nichts geändert"));
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
		session_message(s, 1, "%s", _("zu wenig Speicher"));
		pf_snap_free(&p->pending);
		return;
	}
	const char *what = p->row == ws->n_rl ? _("VS-NfD-Zulassung") : ws->rl[p->row].code;
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
			 keys_text(_("Übernehmen? ({undo} macht es später rückgängig)"), title,
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
	return i ? _("ja") : _("nein");
}

static int new_done(void *owner, void *state, int result);
static int edit_done(void *owner, void *state, int result);

static void start_new(struct plattformen *p)
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
		form_add_text(fm, _("Code"), "");
		form_add_text(fm, _("Name"), "");
		form_add_text(fm, _("Rang"), rang);
		form_add_choice(fm, _("VS-NfD-Zulassung"), TRI__N, tri_label, NULL, TRI_UNBEKANNT);
	}
	form_push(p->env->overlays, fm, new_done, p);
}

static void start_edit(struct plattformen *p)
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
		form_add_text(fm, _("Name"), ws->pf[f].name);
		form_add_text(fm, _("Beschreibung"), ws->pf[f].beschreibung);
		form_add_text(fm, _("Rang"), rang);
		form_add_choice(fm, _("Beispielbewertung (ungeprüft)"), 2, janein_label, NULL,
				ws->pf[f].beispiel ? 1 : 0);
	}
	form_push(p->env->overlays, fm, edit_done, p);
}

static int parse_rang(const char *s, int *out)
{
	char *end;
	long r = strtol(s, &end, 10);
	while (*end == ' ')
		end++;
	if (end == s || *end || r < 1 || r > 1000)
		return -1;
	*out = (int)r;
	return 0;
}

/* The form was submitted: validate, apply; a refusal stays in the form. */
static int form_submit(struct plattformen *p, struct form *fm, int newpf)
{
	const struct ws *ws = p->env->ws;
	struct session *s = p->env->ses;
	int rang;
	const int fr = 2; /* the rank field in both forms */
	struct pf_snap *sn = NULL;
	char ok[256], said[300];
	if (parse_rang(form_text(fm, fr), &rang)) {
		form_set_error(fm, fr, _("Rang: erwartet eine ganze Zahl 1–1000"));
		return OVERLAY_KEEP;
	}
	if (newpf) {
		const char *code = form_text(fm, 0);
		if (ws_find_plattform(ws, code) != WP_NONE) {
			char m[160];
			snprintf(m, sizeof m, _("Plattform \"%s\" gibt es schon"), code);
			form_set_error(fm, 0, m);
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
			session_message(s, 1, "%s", _("zu wenig Speicher"));
			return VF_REDRAW;
		}
		sn->rang = rang;
		sn->beispiel = form_choice(fm, 3) == 1;
		snprintf(ok, sizeof ok, _("Plattform %s gespeichert ({undo} macht es rückgängig)"), sn->code);
	}
	if (!sn) {
		session_message(s, 1, "%s", _("zu wenig Speicher"));
		return VF_REDRAW;
	}
	struct wp_err e = { 0 };
	/* validation errors stay in the form, next to the field */
	if (edit_pf_change(s->log, s->store, s->ws, sn, &e)) {
		form_set_error(fm, strstr(e.msg, "Code") ? 0 : strstr(e.msg, "Rang") ? fr : -1,
			       e.msg);
		pf_snap_free(&sn);
		return OVERLAY_KEEP;
	}
	snprintf(p->sel_code, sizeof p->sel_code, "%s", sn->code);
	pf_snap_free(&sn);
	if (session_changed(s))
		session_message(s, 1, "%s", _("gespeichert, aber zu wenig Speicher zum Neubewerten"));
	else
		session_message(s, 0, "%s", keys_text(ok, said, sizeof said));
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

static void ask_delete(struct plattformen *p)
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
	if (session_changed(s))
		session_message(s, 1, "%s", _("gespeichert, aber zu wenig Speicher zum Neubewerten"));
	else
		session_message(s, 0, "%s", keys_text(t, kb, sizeof kb));
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

static int pf_handle(struct view *v, int action)
{
	struct plattformen *p = v->priv;
	const struct ws *ws = v->env->ws;
	switch (action) {
	case ACT_NEW:
		start_new(p);
		return VF_HANDLED | VF_REDRAW;
	case ACT_DELETE:
		ask_delete(p);
		return VF_HANDLED | VF_REDRAW;
	case ACT_EDIT:
		if (p->focus)
			start_value(p);
		else
			start_edit(p);
		return VF_HANDLED | VF_REDRAW;
	case ACT_OPEN:
	case ACT_RIGHT:
		if (p->focus && action == ACT_OPEN)
			start_value(p);
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
			int f = table_handle(&p->lt, action);
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
		int f = y > 0 ? table_click(&p->lt, y - 1) : VF_HANDLED;
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
	snprintf(buf, n, _("Plattform %zu von %zu"), p->lt.sel + 1, ws->n_pf);
}

/* ---- life cycle ---- */

static void pf_destroy(struct view *v)
{
	struct plattformen *p = v->priv;
	if (p) {
		overlay_drop_owner(v->env->overlays, p);
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
	table_init(&p->lt, list_cols, PL__N, v->env->theme, draw_list_row, NULL, p);
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
	table_set_width(&p->lt, PL_CODE, wc < 16 ? wc : 16);
	int wr = (int)utf8_width(_(prof_cols[PC_CODE].title));
	for (size_t r = 0; r < ws->n_rl; r++) {
		int x = (int)utf8_width(ws->rl[r].code);
		if (x > wr)
			wr = x;
	}
	table_set_width(&p->pt, PC_CODE, wr);
	table_set_width(&p->lt, PL_PROFIL, ws->n_rl ? 2 * (int)ws->n_rl - 1 : 1);
	table_set_rows(&p->lt, ws->n_pf);
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
	size_t prow = old->pt.sel, lrow = old->lt.sel;
	snprintf(code, sizeof code, "%s", old->sel_code);
	pf_destroy(v);
	if (pf_open(v))
		return -WP_ENOMEM;
	struct plattformen *p = v->priv;
	const struct ws *ws = v->env->ws;
	if (w)
		pf_layout(v, h, w);
	uint32_t f = code[0] ? ws_find_plattform(ws, code) : WP_NONE;
	table_select(&p->lt, f != WP_NONE ? f : (lrow < ws->n_pf ? lrow : 0));
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
};
