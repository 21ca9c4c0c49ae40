/* The rows of the Objekt-Detail: fields in groups, computed values, dependencies both
 * ways, verdicts per platform and the explanation wrapped to its pane. */
#include "tui/detail_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/edit.h"
#include "model/beschluss.h"
#include "model/enums.h"
#include "model/explain_text.h"
#include "model/kosten.h"
#include "model/i18n.h"
#include "model/labels.h"
#include "model/zielplattform.h"
#include "tui/kosten_stand.h"
#include "tui/session.h"
#include "tui/text.h"
#include "tui/widget.h"

/* Groups and their fields, in the order shown. */
static const int g_stamm[] = { F_KENNUNG, F_NAME, F_TYP, F_BEHOERDE, F_HERSTELLER, F_PRODUKT,
			       F_BETRIEB, F_NUTZER, F_FALLZAHL, F_LEBENSZYKLUS, F_DVC_ANGEBOT,
			       F_STANDARDS, -1 };
static const int g_schutz[] = { F_SB_C, F_SB_I, F_SB_A, F_SB_MANUELL, F_PERSONENBEZUG, F_VS_NFD,
				-1 };
static const int g_vertrag[] = { F_VERTRAGSENDE, -1 };
static const int g_ozg[] = { F_OZG, -1 };
static const int g_strat[] = { F_STRATEGIE, F_ZIELPLATTFORM, F_AUFWAND, F_MAX_PT_MONAT,
			       F_STAND, F_IST_PT, F_INBETRIEBNAHME, F_PIN, -1 };
static const int g_notiz[] = { F_NOTIZ, -1 };
static const int g_kosten[] = { F_BK_HEUTE, F_BK_ZIEL, F_EINMAL, -1 };

/* Display label of a field (msgid). */
const char *detail_field_title(int f)
{
	return f >= 0 && f < F__N ? field_defs[f].title : "?";
}

/* The enum kind of a field, or -1 for free text / Behörde. */
int detail_field_enum(const struct ws *w, int f)
{
	if (f >= F__N && (size_t)(f - F__N) < w->n_dvc)
		return EK_CRIT;
	return f >= 0 && f < F__N && field_defs[f].type == FT_ENUM ? field_defs[f].ek : -1;
}

/* What an empty value means, shown instead of nothing (msgid). */
const char *detail_empty_text(int f)
{
	return f >= 0 && f < F__N ? field_defs[f].empty : "—";
}

/* ---- rows ---- */

void detail_free_rows(struct detail *p)
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

/* Adds the lines of all (owned, freed here; NULL: out of memory), each wrapped to the
 * table width with its indentation kept. */
static int add_wrapped(struct detail *p, char *all)
{
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

/* The explanation of the assessment. */
static int add_explanation(struct detail *p)
{
	return add_wrapped(p, explain_text(p->env->ws, p->env->as, p->o, WP_NONE));
}

/* The explanation of the object's costs (docs/kosten.md), or why there is none. */
static int add_kosten(struct detail *p)
{
	const struct kosten_stand *ks = kosten_stand(p->env);
	char buf[1024];
	if (!ks)
		return 0;
	if (ks->rc)
		snprintf(buf, sizeof buf, _("  Kosten nicht berechnet: %s"), ks->err);
	else {
		buf[0] = buf[1] = ' ';
		kosten_text(ks->k, p->o, buf + 2, sizeof buf - 2);
	}
	return add_wrapped(p, strdup(buf));
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

/* The decisions that name the object (docs/beschluesse.md), one line each; no block when
 * there are none. */
static int add_beschluesse(struct detail *p)
{
	const struct ws *w = p->env->ws;
	int rc = 0, head = 0;
	for (size_t i = 0; !rc && i < w->n_bes; i++) {
		char line[1024];
		if (!beschluss_nennt(&w->bes[i], BL_OBJEKT, w->obj[p->o].id))
			continue;
		if (!head++)
			rc = add_row(p, R_HEAD, 0, 0, (char *)(uintptr_t)LBL_BESCHLUESSE);
		beschluss_kurz(&w->bes[i], i18n_german(), line, sizeof line);
		char *t = rc ? NULL : malloc(strlen(line) + 3);
		if (!rc && t)
			snprintf(t, strlen(line) + 3, "  %s", line);
		rc = rc ? rc : t ? add_row(p, R_TEXT, 0, 0, t) : -WP_ENOMEM;
	}
	return rc;
}

int detail_build(struct detail *p)
{
	const struct ws *w = p->env->ws;
	int rc = 0;
	detail_free_rows(p);
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
		rc = add_group(p, LBL_F_OZG, g_ozg);
	if (!rc)
		rc = add_ozg_names(p);
	if (!rc)
		rc = add_group(p, N_("Strategie und Aufwand"), g_strat);
	if (!rc)
		rc = add_row(p, R_INFO, I_STRAT, 0, NULL);
	if (!rc)
		rc = add_row(p, R_INFO, I_AUFWAND, 0, NULL);
	if (!rc)
		rc = add_group(p, LBL_KOSTEN, g_kosten);
	if (!rc)
		rc = add_kosten(p);
	if (!rc)
		rc = add_group(p, LBL_F_NOTIZ, g_notiz);
	if (!rc)
		rc = add_beschluesse(p);
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

void detail_sync(struct detail *p)
{
	if (p->ses && p->gen != p->ses->gen)
		detail_build(p);
}

int detail_row_selectable(const void *ctx, size_t row)
{
	const struct detail *p = ctx;
	int k = p->rows[row].kind;
	return k != R_HEAD && k != R_NONE && k != R_TEXT && k != R_OZG;
}

void detail_info_text(const struct detail *p, int which, char *buf, size_t n)
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
		int c = assess_readiness_class(w, ao->bereitschaft);
		snprintf(buf, n, _("Bereitschaft %d %% (%s), Konfidenz %d %%"), ao->bereitschaft,
			 readiness_word(c >= 0 && c < RC__N ? c : RC_NICHT_BEREIT), ao->konfidenz);
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
		else if (ao->flags & AF_VORGABE)
			zielplattform_text(w, p->env->as, p->o, buf, n); /* its verdict there, blocked too */
		else
			snprintf(buf, n, "%s (%s)%s", w->pf[ao->empfohlen].code, w->pf[ao->empfohlen].name,
				 ao->flags & AF_KLAERUNG ? _(LBL_KLAERUNG_ZUSATZ) : "");
		break;
	}
}

const char *detail_info_title(int which)
{
	switch (which) {
	case I_SCHUTZ: return LBL_SCHUTZKLASSE;
	case I_BEREIT: return LBL_SEC_DVC;
	case I_STRAT: return LBL_F_STRATEGIE;
	case I_AUFWAND: return LBL_SEC_AUFWAND;
	default: return LBL_SEC_EMPFOHLEN;
	}
}

