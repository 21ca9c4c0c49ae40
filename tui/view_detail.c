/* Objekt-Detail view: grouped fields with in-place editing, dependencies both ways with a
 * searchable picker, verdicts per platform with reasons, the full explanation; forms for
 * a new object and a new Behörde; deletion with a confirmation naming the dependents. */
#include "tui/detail.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/edit.h"
#include "model/enums.h"
#include "model/explain_text.h"
#include "model/i18n.h"
#include "model/utf8.h"
#include "tui/actions.h"
#include "tui/dialog.h"
#include "tui/form.h"
#include "tui/pick.h"
#include "tui/session.h"
#include "tui/table.h"
#include "tui/text.h"
#include "tui/widget.h"

enum row_kind {
	R_HEAD,    /* group heading: msgid in text (static) */
	R_FIELD,   /* editable field a (EDIT_CRIT for criteria) */
	R_INFO,    /* computed value a (enum info) */
	R_DEP_OUT, /* this object benötigt object b */
	R_DEP_IN,  /* object b benötigt this object */
	R_ADD_OUT, /* "add what it benötigt" */
	R_ADD_IN,  /* "add who benötigt it" */
	R_NONE,    /* "(keine)" under a dependency heading */
	R_VERDICT, /* platform b: owned reason text */
	R_TEXT,    /* a line of the explanation: owned text */
	R_OZG,     /* an OZG / LeiKa id with its catalogue name: owned text */
};

enum info { I_SCHUTZ, I_BEREIT, I_STRAT, I_AUFWAND, I_EMPF };

struct drow {
	uint8_t kind;
	int a;
	uint32_t b;
	char *text; /* owned for R_VERDICT and R_TEXT; a static msgid for R_HEAD */
};

enum mode {
	M_NONE, M_PICK_ENUM, M_PICK_BEH, M_PICK_DEP_OUT, M_PICK_DEP_IN, M_PROMPT, M_DEP_LABEL,
	M_CONFIRM,
	M_FORM_OBJ, M_FORM_BEH
};

struct detail {
	const struct view_env *env;
	struct session *ses;
	struct table t;   /* all rows; in the wide layout the rows before split */
	struct table t2;  /* wide layout: the rows from split on (verdicts, explanation) */
	size_t split;     /* first row of the verdicts (the right pane when wide) */
	int wide;         /* 1: two panes side by side */
	int focus;        /* wide: 0 left pane, 1 right pane */
	int lw;           /* wide: width of the left pane */
	struct drow *rows;
	size_t n_rows, cap;
	uint32_t o;       /* object shown, WP_NONE if none */
	int64_t id;       /* its store id: survives index shifts */
	unsigned gen;     /* session generation the rows were built for */
	int width;        /* width the explanation was wrapped for */
	int built_wide;   /* the layout (wide or not) the rows were split for */
	int height;
	int mode;
	int overlay;      /* only a form over the view beneath */
	int fld;          /* field being edited */
	int ekind;        /* enum kind of M_PICK_ENUM */
	uint32_t dep_von, dep_zu; /* the dependency whose label M_DEP_LABEL asks for */
	int64_t back[32]; /* store ids of the objects left by following a dependency */
	int n_back;
	struct pick pk;
	struct dialog dlg;
	struct form fm;
};

enum { C_LABEL, C_VALUE, C__N };
static const struct table_col columns[C__N] = {
	[C_LABEL] = { N_("Feld"), NULL, 29, 16, 0, 0, 0 },
	[C_VALUE] = { N_("Wert"), NULL, 20, 0, 0, 1, 0 },
};

/* The right pane of the wide layout: verdicts and explanation. */
static const struct table_col columns2[C__N] = {
	[C_LABEL] = { N_("Plattform"), NULL, 14, 10, 0, 0, 0 },
	[C_VALUE] = { N_("Urteil und Grund"), N_("Urteil"), 20, 0, 0, 1, 0 },
};

/* From this width on, the verdicts and the explanation stand in a pane of their own to
 * the right of the fields: an edit and its consequences on one screen. */
#define WIDE_COLS 110

/* Groups and their fields, in the order shown. */
static const int g_stamm[] = { F_KENNUNG, F_NAME, F_TYP, F_BEHOERDE, F_HERSTELLER, F_PRODUKT,
			       F_BETRIEB, F_NUTZER, F_FALLZAHL, F_LEBENSZYKLUS, F_DVC_ANGEBOT,
			       F_STANDARDS, -1 };
static const int g_schutz[] = { F_SB_C, F_SB_I, F_SB_A, F_SB_MANUELL, F_PERSONENBEZUG, F_VS_NFD,
				-1 };
static const int g_vertrag[] = { F_VERTRAGSENDE, -1 };
static const int g_ozg[] = { F_OZG, -1 };
static const int g_strat[] = { F_STRATEGIE, F_AUFWAND, F_PIN, -1 };
static const int g_notiz[] = { F_NOTIZ, -1 };

/* Display label of a field (msgid). */
static const char *field_title(int f)
{
	return f >= 0 && f < F__N ? field_defs[f].title : "?";
}

/* The enum kind of a field, or -1 for free text / Behörde. */
static int field_enum(const struct ws *w, int f)
{
	if (f >= F__N && (size_t)(f - F__N) < w->n_dvc)
		return EK_CRIT;
	return f >= 0 && f < F__N && field_defs[f].type == FT_ENUM ? field_defs[f].ek : -1;
}

/* What an empty value means, shown instead of nothing (msgid). */
static const char *empty_text(int f)
{
	return f >= 0 && f < F__N ? field_defs[f].empty : "—";
}

/* ---- rows ---- */

static void free_rows(struct detail *p)
{
	for (size_t i = 0; i < p->n_rows; i++)
		if (p->rows[i].kind == R_VERDICT || p->rows[i].kind == R_TEXT ||
		    p->rows[i].kind == R_OZG)
			free(p->rows[i].text);
	p->n_rows = 0;
}

static int add_row(struct detail *p, int kind, int a, uint32_t b, char *text)
{
	if (p->n_rows == p->cap) {
		size_t cap = p->cap ? p->cap * 2 : 128;
		struct drow *r = realloc(p->rows, cap * sizeof *r);
		if (!r) {
			if (kind == R_VERDICT || kind == R_TEXT || kind == R_OZG)
				free(text);
			return -WP_ENOMEM;
		}
		p->rows = r;
		p->cap = cap;
	}
	p->rows[p->n_rows++] = (struct drow){ (uint8_t)kind, a, b, text };
	return 0;
}

static int add_group(struct detail *p, const char *title, const int *f)
{
	int rc = add_row(p, R_HEAD, 0, 0, (char *)(uintptr_t)title);
	for (; !rc && *f >= 0; f++)
		rc = add_row(p, R_FIELD, *f, 0, NULL);
	return rc;
}

/* Adds the explanation, each line wrapped to the table width with its indentation kept. */
static int add_explanation(struct detail *p)
{
	const struct ws *w = p->env->ws;
	char *all = explain_text(w, p->env->as, p->o, WP_NONE);
	if (!all)
		return -WP_ENOMEM;
	int rc = 0, width = p->width > 20 ? p->width : 78;
	char *line = all;
	while (!rc && line && *line) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		size_t ind = strspn(line, " ");
		const char *body = line + ind;
		size_t at = 0, len = strlen(body), next;
		int first = 1;
		if (len == 0)
			rc = add_row(p, R_TEXT, 0, 0, strdup(""));
		while (!rc && at < len) {
			size_t pad = ind + (first ? 0 : 2);
			size_t k = wrap_line(body, at, width - (int)pad, &next);
			char *t = malloc(pad + k + 1);
			if (!t) {
				rc = -WP_ENOMEM;
				break;
			}
			memset(t, ' ', pad);
			memcpy(t + pad, body + at, k);
			t[pad + k] = '\0';
			rc = add_row(p, R_TEXT, 0, 0, t);
			at = next;
			first = 0;
		}
		line = nl ? nl + 1 : NULL;
	}
	free(all);
	return rc;
}

/* One row per OZG id / LeiKa key of the object with its name from the catalogue. */
static int add_ozg_names(struct detail *p)
{
	const char *s = p->env->ws->obj[p->o].ozg;
	char id[32], name[256], *t;
	int rc = 0;
	while (!rc && s && *s) {
		size_t k = strcspn(s, ",");
		size_t a = 0, b = k;
		while (a < b && s[a] == ' ')
			a++;
		while (b > a && s[b - 1] == ' ')
			b--;
		if (b > a && b - a < sizeof id) {
			memcpy(id, s + a, b - a);
			id[b - a] = '\0';
			int found = p->ses ? store_catalog_name(p->ses->store, id, name, sizeof name) : 0;
			size_t need = strlen(id) + sizeof name + 8;
			if (!(t = malloc(need)))
				return -WP_ENOMEM;
			snprintf(t, need, "%s: %s", id, found > 0 ? name : _("nicht im Katalog"));
			rc = add_row(p, R_OZG, 0, 0, t);
		}
		s += k;
		if (*s == ',')
			s++;
	}
	return rc;
}

/* Rebuilds every row for the current object (after a change or a new object). */
static int build(struct detail *p)
{
	const struct ws *w = p->env->ws;
	int rc = 0;
	free_rows(p);
	p->gen = p->ses ? p->ses->gen : 0;
	if (p->id)
		p->o = edit_find_id(w, p->id);
	if (p->o == WP_NONE || p->o >= w->n_obj) {
		p->o = WP_NONE;
		table_set_rows(&p->t, 0);
		table_set_rows(&p->t2, 0);
		return 0;
	}
	uint32_t o = p->o;
	rc = add_group(p, N_("Stammdaten"), g_stamm);
	if (!rc)
		rc = add_group(p, N_("Schutzbedarf"), g_schutz);
	if (!rc)
		rc = add_row(p, R_INFO, I_SCHUTZ, 0, NULL);
	if (!rc)
		rc = add_row(p, R_HEAD, 0, 0, (char *)(uintptr_t)N_("DVC-Kriterien"));
	for (size_t k = 0; !rc && k < w->n_dvc; k++)
		rc = add_row(p, R_FIELD, EDIT_CRIT(k), 0, NULL);
	if (!rc)
		rc = add_row(p, R_INFO, I_BEREIT, 0, NULL);
	if (!rc)
		rc = add_group(p, N_("Vertrag"), g_vertrag);
	if (!rc)
		rc = add_group(p, N_("OZG"), g_ozg);
	if (!rc)
		rc = add_ozg_names(p);
	if (!rc)
		rc = add_group(p, N_("Strategie und Aufwand"), g_strat);
	if (!rc)
		rc = add_row(p, R_INFO, I_STRAT, 0, NULL);
	if (!rc)
		rc = add_row(p, R_INFO, I_AUFWAND, 0, NULL);
	if (!rc)
		rc = add_group(p, N_("Notiz"), g_notiz);
	/* dependencies, both directions */
	if (!rc)
		rc = add_row(p, R_HEAD, 0, 0, (char *)(uintptr_t)N_("Benötigt (Abhängigkeiten)"));
	for (uint32_t j = w->out_off[o]; !rc && j < w->out_off[o + 1]; j++)
		rc = add_row(p, R_DEP_OUT, (int)w->out_dep[j], w->out_adj[j], NULL);
	if (!rc && w->out_off[o] == w->out_off[o + 1])
		rc = add_row(p, R_NONE, 0, 0, NULL);
	if (!rc)
		rc = add_row(p, R_ADD_OUT, 0, 0, NULL);
	if (!rc)
		rc = add_row(p, R_HEAD, 0, 0, (char *)(uintptr_t)N_("Wird benötigt von"));
	for (uint32_t j = w->in_off[o]; !rc && j < w->in_off[o + 1]; j++) {
		/* the label sits with the dependent's edge to this object */
		uint32_t x = w->in_adj[j];
		int d = -1;
		for (uint32_t k = w->out_off[x]; k < w->out_off[x + 1] && d < 0; k++)
			if (w->out_adj[k] == o)
				d = (int)w->out_dep[k];
		rc = add_row(p, R_DEP_IN, d, x, NULL);
	}
	if (!rc && w->in_off[o] == w->in_off[o + 1])
		rc = add_row(p, R_NONE, 0, 0, NULL);
	if (!rc)
		rc = add_row(p, R_ADD_IN, 0, 0, NULL);
	/* verdicts */
	p->split = p->n_rows;
	if (!rc)
		rc = add_row(p, R_HEAD, 0, 0, (char *)(uintptr_t)N_("Urteil je Plattform"));
	if (!rc)
		rc = add_row(p, R_INFO, I_EMPF, 0, NULL);
	for (uint32_t pf = 0; !rc && pf < w->n_pf; pf++) {
		char *r = verdict_reason_text(w, p->env->as, o, pf);
		rc = r ? add_row(p, R_VERDICT, 0, pf, r) : -WP_ENOMEM;
	}
	if (!rc)
		rc = add_row(p, R_HEAD, 0, 0, (char *)(uintptr_t)N_("Begründung"));
	if (!rc)
		rc = add_explanation(p);
	if (rc)
		p->split = p->n_rows < p->split ? p->n_rows : p->split;
	/* the same place after a rebuild: the rows before the dependencies do not move */
	size_t sel = p->t.sel, top = p->t.top, sel2 = p->t2.sel, top2 = p->t2.top;
	size_t n1 = p->wide ? p->split : p->n_rows, n2 = p->wide ? p->n_rows - p->split : 0;
	p->built_wide = p->wide;
	table_set_rows(&p->t, n1);
	table_set_rows(&p->t2, n2);
	if (sel < n1) {
		p->t.top = top;
		table_select(&p->t, sel);
	}
	if (sel2 < n2) {
		p->t2.top = top2;
		table_select(&p->t2, sel2);
	}
	return rc;
}

/* Rebuilds when the session changed something since the last build. */
static void sync(struct detail *p)
{
	if (p->ses && p->gen != p->ses->gen)
		build(p);
}

static int row_selectable(const void *ctx, size_t row)
{
	const struct detail *p = ctx;
	int k = p->rows[row].kind;
	return k != R_HEAD && k != R_NONE && k != R_TEXT && k != R_OZG;
}

/* ---- drawing ---- */

static void info_text(const struct detail *p, int which, char *buf, size_t n)
{
	const struct ws *w = p->env->ws;
	const struct assess_obj *ao = &p->env->as->obj[p->o];
	char pt[32];
	switch (which) {
	case I_SCHUTZ:
		snprintf(buf, n, _("wirksam: V %s · I %s · V %s → Schutzklasse %s%s"),
			 _(enum_label(EK_LEVEL, ao->eff[SB_C])), _(enum_label(EK_LEVEL, ao->eff[SB_I])),
			 _(enum_label(EK_LEVEL, ao->eff[SB_A])), _(enum_label(EK_LEVEL, ao->schutzklasse)),
			 ao->flags & AF_SB_UNBEWERTET ? _(" (nicht vollständig bewertet)") : "");
		break;
	case I_BEREIT: {
		static const char *const cls[RC__N] = { N_("bereit"), N_("mit Anpassungen"),
							N_("nicht bereit") };
		int c = assess_readiness_class(w, ao->bereitschaft);
		snprintf(buf, n, _("Bereitschaft %d %% (%s), Konfidenz %d %%"), ao->bereitschaft,
			 _(cls[c >= 0 && c < RC__N ? c : RC_NICHT_BEREIT]), ao->konfidenz);
		break;
	}
	case I_STRAT:
		snprintf(buf, n, ao->strat_rule == SR_OVERRIDE ? _("wirksam: %s (Vorgabe)")
							       : _("wirksam: %s (Vorschlag, Regel %d)"),
			 enum_display(EK_STRATEGIE, ao->strategie), ao->strat_rule);
		break;
	case I_AUFWAND:
		format_pt(ao->aufwand, i18n_german(), pt, sizeof pt);
		snprintf(buf, n, ao->aufwand_override ? _("wirksam: %s PT (Vorgabe)")
						      : _("wirksam: %s PT (Aufwandsmodell)"), pt);
		break;
	default:
		if (ao->empfohlen == WP_NONE || ao->empfohlen >= w->n_pf)
			snprintf(buf, n, "%s", _("keine: jede Plattform ist blockiert"));
		else
			snprintf(buf, n, "%s (%s)%s", w->pf[ao->empfohlen].code, w->pf[ao->empfohlen].name,
				 ao->flags & AF_KLAERUNG ? _(" — Klärung nötig") : "");
		break;
	}
}

static const char *info_title(int which)
{
	switch (which) {
	case I_SCHUTZ: return N_("Schutzklasse");
	case I_BEREIT: return N_("DVC-Bereitschaft");
	case I_STRAT: return N_("Strategie");
	case I_AUFWAND: return N_("Aufwand");
	default: return N_("Empfohlene Plattform");
	}
}

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
			snprintf(lab, sizeof lab, "  %s", _(field_title(r->a)));
		}
		table_cell(t, w, y, C_LABEL, lab, base);
		if (r->a >= F__N || field_enum(ws, r->a) >= 0) {
			edit_get(ws, p->o, r->a, buf, sizeof buf);
			if (buf[0])
				snprintf(buf, sizeof buf, "%s",
					 _(enum_label(field_enum(ws, r->a),
						      r->a >= F__N ? ws->crit[(size_t)p->o * ws->n_dvc +
									 (size_t)(r->a - F__N)]
								  : enum_parse(field_enum(ws, r->a), buf))));
		} else {
			objekt_get(ws, p->o, r->a, i18n_german(), buf, sizeof buf);
		}
		if (buf[0])
			table_cell(t, w, y, C_VALUE, buf, base | (selected ? 0 : A_BOLD));
		else
			table_cell(t, w, y, C_VALUE, _(empty_text(r->a)), dim);
		return;
	case R_INFO:
		snprintf(lab, sizeof lab, "  %s", _(info_title(r->a)));
		table_cell(t, w, y, C_LABEL, lab, dim);
		info_text(p, r->a, buf, sizeof buf);
		table_cell(t, w, y, C_VALUE, buf, base);
		return;
	case R_DEP_OUT:
	case R_DEP_IN: {
		const struct objekt *x = &ws->obj[r->b];
		const char *l = r->a >= 0 && (size_t)r->a < ws->n_dep ? ws->dep[r->a].label : "";
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
		table_cell(t, w, y, C_VALUE, _("Enter oder +: Objekt aus einer Liste wählen; "
					       "- entfernt die gewählte Abhängigkeit"), dim);
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
	return row_selectable(ctx, row + p->split);
}

/* The pane with the focus and the index of its first row. */
static struct table *focused(struct detail *p, size_t *off)
{
	int right = p->wide && p->focus == 1;
	*off = right ? p->split : 0;
	return right ? &p->t2 : &p->t;
}

/* ---- pick list items ---- */

static const char *enum_item(void *ctx, size_t i, char *buf, size_t n)
{
	struct detail *p = ctx;
	const char *l = enum_label(p->ekind, (int)i);
	if (!*l) {
		const char *e = _(empty_text(p->fld));
		snprintf(buf, n, "%s", e);
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

/* ---- editing ---- */

static int begin_field_edit(struct detail *p, int fld)
{
	const struct ws *w = p->env->ws;
	int ek = field_enum(w, fld);
	char title[256];
	p->fld = fld;
	if (fld >= F__N)
		snprintf(title, sizeof title, _("%s ändern"), w->dvc[fld - F__N].code);
	else
		snprintf(title, sizeof title, _("%s ändern"), _(field_title(fld)));
	if (ek >= 0) {
		p->ekind = ek;
		if (pick_open(&p->pk, title, (size_t)enum_count(ek), enum_item, p, p->env->theme))
			return -WP_ENOMEM;
		char cur[256];
		edit_get(w, p->o, fld, cur, sizeof cur);
		int v = fld >= F__N ? w->crit[(size_t)p->o * w->n_dvc + (size_t)(fld - F__N)]
				    : enum_parse(ek, cur);
		if (v >= 0)
			pick_select(&p->pk, (size_t)v);
		p->mode = M_PICK_ENUM;
		return 0;
	}
	if (fld == F_BEHOERDE) {
		if (pick_open(&p->pk, title, w->n_beh, beh_item, p, p->env->theme))
			return -WP_ENOMEM;
		pick_select(&p->pk, w->obj[p->o].behoerde);
		p->mode = M_PICK_BEH;
		return 0;
	}
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
		snprintf(label, sizeof label, "%s %s:", w->obj[p->o].kennung, _(field_title(fld)));
	dialog_prompt(&p->dlg, title, label, cur, p->env->theme);
	p->mode = M_PROMPT;
	return 0;
}

static int begin_dep_pick(struct detail *p, int incoming)
{
	const struct ws *w = p->env->ws;
	char title[256];
	snprintf(title, sizeof title, incoming ? _("Welches Objekt benötigt %s?")
					       : _("Was benötigt %s?"), w->obj[p->o].kennung);
	if (pick_open(&p->pk, title, w->n_obj, obj_item, p, p->env->theme))
		return -WP_ENOMEM;
	p->mode = incoming ? M_PICK_DEP_IN : M_PICK_DEP_OUT;
	return 0;
}

static void begin_delete(struct detail *p)
{
	const struct ws *w = p->env->ws;
	uint32_t o = p->o, n_in = w->in_off[o + 1] - w->in_off[o];
	char names[600] = "", text[1024];
	size_t used = 0;
	for (uint32_t j = w->in_off[o]; j < w->in_off[o + 1] && used < sizeof names - 40; j++)
		used += (size_t)snprintf(names + used, sizeof names - used, "%s%s",
					 used ? ", " : "", w->obj[w->in_adj[j]].kennung);
	if (n_in)
		snprintf(text, sizeof text,
			 ngettext("%s „%s“ löschen? Davon hängt %u Objekt ab: %s. Diese Abhängigkeit "
				  "und alle anderen des Objekts werden mit entfernt. Mit u rückgängig.",
				  "%s „%s“ löschen? Davon hängen %u Objekte ab: %s. Diese Abhängigkeiten "
				  "und alle anderen des Objekts werden mit entfernt. Mit u rückgängig.",
				  n_in),
			 w->obj[o].kennung, w->obj[o].name, (unsigned)n_in, names);
	else
		snprintf(text, sizeof text,
			 _("%s „%s“ löschen? Kein anderes Objekt hängt davon ab. Mit u rückgängig."),
			 w->obj[o].kennung, w->obj[o].name);
	dialog_confirm(&p->dlg, _("Objekt löschen"), text, p->env->theme);
	p->mode = M_CONFIRM;
}

static void close_modal(struct detail *p)
{
	if (p->mode == M_PICK_ENUM || p->mode == M_PICK_BEH || p->mode == M_PICK_DEP_IN ||
	    p->mode == M_PICK_DEP_OUT)
		pick_free(&p->pk);
	if (p->mode == M_FORM_OBJ || p->mode == M_FORM_BEH)
		form_free(&p->fm);
	p->mode = M_NONE;
}

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

/* A widget reported WR_DONE: carry it out. Returns view flags. */
static int finish(struct detail *p)
{
	struct session *s = p->ses;
	struct wp_err e = { 0 };
	size_t i;
	switch (p->mode) {
	case M_PICK_ENUM:
		i = pick_selected(&p->pk);
		close_modal(p);
		if (i != (size_t)-1)
			session_set(s, p->o, p->fld, enum_label(p->ekind, (int)i), &e);
		break;
	case M_PICK_BEH:
		i = pick_selected(&p->pk);
		close_modal(p);
		if (i < p->env->ws->n_beh)
			session_set(s, p->o, F_BEHOERDE, p->env->ws->beh[i].name, &e);
		break;
	case M_PICK_DEP_OUT:
	case M_PICK_DEP_IN: {
		int in = p->mode == M_PICK_DEP_IN;
		const struct ws *w = p->env->ws;
		i = pick_selected(&p->pk);
		close_modal(p);
		if (i >= w->n_obj)
			break;
		p->dep_von = in ? (uint32_t)i : p->o;
		p->dep_zu = in ? p->o : (uint32_t)i;
		if (p->dep_von == p->dep_zu) { /* refused at once, with the reason */
			session_dep_add(s, p->dep_von, p->dep_zu, "", &e);
			break;
		}
		char title[160];
		snprintf(title, sizeof title, _("%s benötigt %s"), w->obj[p->dep_von].kennung,
			 w->obj[p->dep_zu].kennung);
		dialog_prompt(&p->dlg, title,
			      _("Schnittstelle oder Standard, z. B. XMeld (kann leer bleiben):"), "",
			      p->env->theme);
		p->mode = M_DEP_LABEL;
		return VF_HANDLED | VF_REDRAW;
	}
	case M_DEP_LABEL:
		close_modal(p);
		session_dep_add(s, p->dep_von, p->dep_zu, dialog_value(&p->dlg), &e);
		break;
	case M_PROMPT:
		/* nothing is saved until the value is valid: the prompt stays with the reason */
		if (session_set(s, p->o, p->fld, dialog_value(&p->dlg), &e)) {
			dialog_set_error(&p->dlg, e.msg);
			return VF_HANDLED | VF_REDRAW;
		}
		close_modal(p);
		break;
	case M_CONFIRM:
		close_modal(p);
		if (session_delete_objekt(s, p->o, &e) == 0) {
			p->o = WP_NONE;
			p->id = 0;
			return VF_HANDLED | VF_REDRAW | VF_CLOSE;
		}
		break;
	case M_FORM_OBJ: {
		uint32_t o;
		size_t t = form_choice(&p->fm, 2), b = form_choice(&p->fm, 3);
		if (session_new_objekt(s, form_text(&p->fm, 0), form_text(&p->fm, 1),
				       t < TYP__N ? enum_label(EK_TYP, (int)t) : "",
				       b < p->env->ws->n_beh ? (uint32_t)b : WP_NONE, &o, &e)) {
			form_set_error(&p->fm, form_field_of(&e), e.msg);
			return VF_HANDLED | VF_REDRAW;
		}
		close_modal(p);
		p->overlay = 0;
		p->id = p->env->ws->obj[o].id;
		p->o = o;
		p->t.sel = p->t.top = p->t2.sel = p->t2.top = 0;
		p->focus = 0;
		build(p);
		return VF_HANDLED | VF_REDRAW;
	}
	case M_FORM_BEH: {
		uint32_t b;
		size_t par = form_choice(&p->fm, 1);
		if (session_new_behoerde(s, form_text(&p->fm, 0),
					 par == (size_t)-1 || par == 0 ? WP_NONE : (uint32_t)(par - 1),
					 form_text(&p->fm, 2), &b, &e)) {
			form_set_error(&p->fm, 0, e.msg);
			return VF_HANDLED | VF_REDRAW;
		}
		close_modal(p);
		if (p->overlay)
			return VF_HANDLED | VF_REDRAW | VF_CLOSE;
		break;
	}
	default:
		break;
	}
	sync(p);
	return VF_HANDLED | VF_REDRAW;
}

/* ---- the view ---- */

static int det_key(struct view *v, int key)
{
	struct detail *p = v->priv;
	int r;
	if (p->mode == M_NONE)
		return 0;
	switch (p->mode) {
	case M_PROMPT:
	case M_DEP_LABEL:
	case M_CONFIRM:
		r = dialog_key(&p->dlg, key);
		break;
	case M_FORM_OBJ:
	case M_FORM_BEH:
		r = form_key(&p->fm, key);
		if (r < 0) {
			session_message(p->ses, 1, "%s", wp_strerror(WP_ENOMEM));
			r = WR_CHANGED;
		}
		break;
	default:
		r = pick_key(&p->pk, key);
		break;
	}
	if (r == WR_DONE)
		return finish(p);
	if (r == WR_CANCEL) {
		int was_form = p->mode == M_FORM_OBJ || p->mode == M_FORM_BEH;
		close_modal(p);
		if (was_form && p->overlay)
			return VF_HANDLED | VF_REDRAW | VF_CLOSE;
		session_message(p->ses, 0, "%s", _("abgebrochen, nichts geändert"));
		return VF_HANDLED | VF_REDRAW;
	}
	/* a modal widget takes every key, used or not */
	return VF_HANDLED | VF_REDRAW;
}

static const struct drow *sel_row(struct detail *p)
{
	size_t off;
	const struct table *t = focused(p, &off);
	return t->n_rows && t->sel < t->n_rows && off + t->sel < p->n_rows ? &p->rows[off + t->sel]
									    : NULL;
}

static int nomem(struct detail *p)
{
	session_message(p->ses, 1, "%s", wp_strerror(WP_ENOMEM));
	return VF_HANDLED | VF_REDRAW;
}

static int det_handle(struct view *v, int action)
{
	struct detail *p = v->priv;
	struct wp_err e = { 0 };
	sync(p);
	if (p->mode != M_NONE) /* keys reach the widget through det_key; with the window too
				* small for it, q still quits as the notice says */
		return action == ACT_QUIT && !v->win ? 0 : VF_HANDLED;
	if (action == ACT_BACK || action == ACT_QUIT) {
		/* back along the dependencies followed, then out of the detail */
		while (p->n_back > 0) {
			uint32_t o = edit_find_id(p->env->ws, p->back[--p->n_back]);
			if (o != WP_NONE) {
				int n = p->n_back;
				detail_show(v, o);
				p->n_back = n;
				return VF_HANDLED | VF_REDRAW;
			}
		}
		return VF_HANDLED | VF_CLOSE | VF_REDRAW;
	}
	if (action == ACT_NEW)
		return (detail_new_object(v, 0) ? nomem(p) : VF_HANDLED | VF_REDRAW);
	if (action == ACT_NEW_BEH)
		return (detail_new_behoerde(v, 0) ? nomem(p) : VF_HANDLED | VF_REDRAW);
	if (p->o == WP_NONE) /* the object is gone: only the app's actions (tabs, undo) */
		return 0;
	const struct drow *r = sel_row(p);
	switch (action) {
	case ACT_OPEN:
	case ACT_EDIT:
		if (!r)
			return VF_HANDLED;
		if (r->kind == R_FIELD)
			return begin_field_edit(p, r->a) ? nomem(p) : VF_HANDLED | VF_REDRAW;
		if (r->kind == R_ADD_OUT || r->kind == R_ADD_IN)
			return begin_dep_pick(p, r->kind == R_ADD_IN) ? nomem(p)
								      : VF_HANDLED | VF_REDRAW;
		if ((r->kind == R_DEP_OUT || r->kind == R_DEP_IN) && action == ACT_OPEN) {
			/* follow the dependency; Esc comes back here */
			int64_t here = p->id;
			int n = p->n_back;
			if (n == (int)(sizeof p->back / sizeof p->back[0])) {
				memmove(p->back, p->back + 1, (size_t)(n - 1) * sizeof *p->back);
				n--;
			}
			detail_show(v, r->b);
			p->back[n] = here;
			p->n_back = n + 1;
			return VF_HANDLED | VF_REDRAW;
		}
		session_message(p->ses, 0, "%s",
				_("Dieser Wert wird berechnet; er ändert sich mit den Feldern darüber"));
		return VF_HANDLED | VF_REDRAW;
	case ACT_DEP_ADD:
		return begin_dep_pick(p, r && (r->kind == R_DEP_IN || r->kind == R_ADD_IN))
			       ? nomem(p) : VF_HANDLED | VF_REDRAW;
	case ACT_DEP_DEL:
		if (r && r->kind == R_DEP_OUT)
			session_dep_remove(p->ses, p->o, r->b, &e);
		else if (r && r->kind == R_DEP_IN)
			session_dep_remove(p->ses, r->b, p->o, &e);
		else
			session_message(p->ses, 0, "%s",
					_("Erst eine Abhängigkeit wählen, dann - drücken"));
		sync(p);
		return VF_HANDLED | VF_REDRAW;
	case ACT_DELETE:
		begin_delete(p);
		return VF_HANDLED | VF_REDRAW;
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
	table_init(&p->t, columns, C__N, v->env->theme, draw_left, row_selectable, p);
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
			build(p);
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
	sync(p);
	if (p->o != WP_NONE && !p->overlay) {
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
	} else if (!p->overlay) {
		text_put(v->win, 1, 1, _("Das Objekt gibt es nicht mehr. Esc: zurück"),
			 getmaxx(v->win) - 1, theme_attr(p->env->theme, ROLE_DIM, 0), TEXT_LEFT);
	}
	switch (p->mode) {
	case M_PROMPT:
	case M_DEP_LABEL:
	case M_CONFIRM:
		dialog_draw(&p->dlg, v->win);
		break;
	case M_FORM_OBJ:
	case M_FORM_BEH:
		form_draw(&p->fm, v->win);
		break;
	case M_NONE:
		break;
	default:
		pick_draw(&p->pk, v->win);
		break;
	}
}

static int det_click(struct view *v, int y, int x)
{
	struct detail *p = v->priv;
	if (p->mode == M_PICK_ENUM || p->mode == M_PICK_BEH || p->mode == M_PICK_DEP_OUT ||
	    p->mode == M_PICK_DEP_IN) {
		int r = pick_click(&p->pk, y, x);
		if (r == WR_DONE)
			return finish(p);
		if (r == WR_CANCEL)
			close_modal(p);
		return VF_HANDLED | VF_REDRAW;
	}
	if (p->mode != M_NONE)
		return VF_HANDLED;
	if (p->wide && x > p->lw) {
		p->focus = 1;
		return table_click(&p->t2, y - HEAD_LINES - 1) | VF_HANDLED | VF_REDRAW;
	}
	p->focus = 0;
	return table_click(&p->t, y - HEAD_LINES - 1) | VF_HANDLED | VF_REDRAW;
}

static void det_info(struct view *v, char *buf, size_t n)
{
	struct detail *p = v->priv;
	if (p->mode != M_NONE)
		snprintf(buf, n, "%s", "");
	else if (p->wide)
		snprintf(buf, n, "%s", _("←/→: Spalte · Esc: zurück"));
	else
		snprintf(buf, n, "%s", _("Esc: zurück"));
}

static uint32_t det_selected(struct view *v)
{
	struct detail *p = v->priv;
	return p->o;
}

static int det_reload(struct view *v)
{
	struct detail *p = v->priv;
	return build(p);
}

static void det_destroy(struct view *v)
{
	struct detail *p = v->priv;
	if (p) {
		close_modal(p);
		free_rows(p);
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
	close_modal(p);
	p->overlay = 0;
	p->n_back = 0; /* a fresh start; following a dependency sets it after this */
	p->o = o < w->n_obj ? o : WP_NONE;
	p->id = p->o != WP_NONE ? w->obj[o].id : 0;
	if (p->o != was) { /* the same object (after an undo) keeps its place */
		p->t.sel = p->t.top = p->t2.sel = p->t2.top = 0;
		p->focus = 0;
	}
	build(p);
}

int detail_new_object(struct view *v, int overlay)
{
	struct detail *p = v->priv;
	const struct ws *w = p->env->ws;
	close_modal(p);
	form_init(&p->fm, _("Neues Objekt"), p->env->theme);
	form_add_text(&p->fm, _("Kennung"), "");
	form_add_text(&p->fm, _("Name"), "");
	form_add_choice(&p->fm, _("Typ"), TYP__N, typ_item, p, TYP_FACHVERFAHREN);
	/* the Behörde of the object shown, if any, is the likely one */
	size_t b = p->o != WP_NONE && !overlay ? w->obj[p->o].behoerde : (size_t)-1;
	form_add_choice(&p->fm, _("Behörde"), w->n_beh, beh_item, p, b);
	p->mode = M_FORM_OBJ;
	p->overlay = overlay;
	return 0;
}

int detail_new_behoerde(struct view *v, int overlay)
{
	struct detail *p = v->priv;
	close_modal(p);
	form_init(&p->fm, _("Neue Behörde"), p->env->theme);
	form_add_text(&p->fm, _("Name"), "");
	form_add_choice(&p->fm, _("übergeordnet"), p->env->ws->n_beh + 1, beh_or_none_item, p, 0);
	form_add_text(&p->fm, _("KGSt-Nummer"), "");
	p->mode = M_FORM_BEH;
	p->overlay = overlay;
	return 0;
}

void detail_ask_delete(struct view *v)
{
	struct detail *p = v->priv;
	if (p->o != WP_NONE && p->mode == M_NONE)
		begin_delete(p);
}

int detail_overlay(const struct view *v)
{
	const struct detail *p = v->priv;
	return p && p->overlay;
}

int detail_modal(const struct view *v)
{
	const struct detail *p = v->priv;
	return p && p->mode != M_NONE;
}

const struct view_ops view_detail_ops = {
	.name = "detail",
	.open = det_open,
	.layout = det_layout,
	.draw = det_draw,
	.handle = det_handle,
	.key = det_key,
	.click = det_click,
	.info = det_info,
	.destroy = det_destroy,
	.selected = det_selected,
	.reload = det_reload,
};
