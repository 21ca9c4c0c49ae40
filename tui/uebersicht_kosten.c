/* The Übersicht's money (docs/dashboard.md, rules docs/kosten.md): the total migration cost
 * and its external part, per Haushaltsjahr a bar of Migration and Betrieb against the
 * Basis line (distinct glyphs, so it reads without colour), the break-even year, the
 * objects without cost data, and the rates with their assumptions. */
#include <stdio.h>
#include <string.h>

#include "model/cost.h"
#include "model/err.h"
#include "model/i18n.h"
#include "model/labels.h"
#include "model/money.h"
#include "model/numfmt.h"
#include "model/settings.h"
#include "tui/kosten_stand.h"
#include "tui/session.h"
#include "tui/text.h"
#include "tui/textbox.h"
#include "tui/uebersicht_int.h"

#define LABEL_W 34 /* label column at most (as the other figures) */
#define VALUE_W 13 /* "12.345.678 €" */
#define JAHR_W 6   /* "2027" and a blank */
#define BAR_MAX 50

static struct ue_line *info(struct uebersicht *p, const char *label, int64_t cents)
{
	struct ue_line *l = ue_add_line(p, L_INFO, label);
	if (l)
		money_format_cents(cents, i18n_german(), l->value, sizeof l->value);
	return l;
}

/* 1 if a rate of the settings of w is an example: it carries an assumption (the demo's
 * "Beispielwert Musterstadt: …") or is still the shipped default. */
static int beispiel(const struct ws *w)
{
	static const int ids[] = { SET_TAGESSATZ_INTERN, SET_TAGESSATZ_EXTERN, SET_ANTEIL_EXTERN };
	for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++)
		if (w->set_annahme[ids[i]] || w->set.v[ids[i]] == setting_defs[ids[i]].def)
			return 1;
	return 0;
}

/* The rates in one line that fits the right column ("Beispielsätze: 520 / 1.150 €/PT,
 * 40 % extern → 772 €/PT"); Enter on it explains them (ue_kosten_saetze_box). */
static void saetze(struct uebersicht *p, const struct kosten *k)
{
	char in[40], ex[40], an[32], t[40], buf[256];
	int de = i18n_german();
	const struct cost_settings *s = &k->in.s;
	money_format_exact(s->satz_intern, de, in, sizeof in);
	money_format_exact(s->satz_extern, de, ex, sizeof ex);
	format_num(s->anteil_extern / 100.0, 2, 1, de, an, sizeof an);
	money_format_exact((k->r->satz_bp + COST_BP / 2) / COST_BP, de, t, sizeof t);
	/* TRANSLATORS: internal / external day rate, external share in percent, blended rate;
	 * one line of about 55 columns */
	snprintf(buf, sizeof buf, beispiel(p->env->ws)
		 ? _("Beispielsätze: %s / %s/PT, %s %% extern → %s/PT")
		 : _("Sätze: %s / %s/PT, %s %% extern → %s/PT"), in, ex, an, t);
	ue_add_line(p, L_SAETZE, buf);
}

/* One rate of the box: its name and value, its meaning, the assumption behind it. */
static size_t rate_text(const struct ws *w, int id, const char *name, const char *value,
			char *buf, size_t size)
{
	const char *annahme = w->set_annahme[id];
	if (!annahme)
		annahme = w->set.v[id] == setting_defs[id].def ? _("Beispielwert (Standard)")
							       : _(LBL_EIGENER_WERT);
	int n = snprintf(buf, size, _("%s: %s\n  %s\n  Annahme: %s\n  Einstellung %s\n\n"), name,
			 value, _(setting_defs[id].desc), annahme, setting_defs[id].key);
	return n < 0 ? 0 : (size_t)n < size ? (size_t)n : size - 1;
}

void ue_kosten_saetze_box(struct uebersicht *p)
{
	const struct kosten_stand *ks = kosten_stand(p->env);
	const struct ws *w = p->env->ws;
	char in[40], ex[40], an[32], ain[32], t[40], text[4096];
	int de = i18n_german();
	size_t k = 0;
	if (!ks || ks->rc)
		return;
	const struct cost_settings *s = &ks->k->in.s;
	money_format_exact(s->satz_intern, de, in, sizeof in);
	money_format_exact(s->satz_extern, de, ex, sizeof ex);
	format_num(s->anteil_extern / 100.0, 2, 1, de, an, sizeof an);
	format_num((COST_BP - s->anteil_extern) / 100.0, 2, 1, de, ain, sizeof ain);
	money_format_exact((ks->k->r->satz_bp + COST_BP / 2) / COST_BP, de, t, sizeof t);
	char v[3][64];
	const char *satz[2] = { in, ex };
	for (int i = 0; i < 2; i++)
		snprintf(v[i], sizeof v[i], _("%s je PT"), satz[i]);
	snprintf(v[2], sizeof v[2], "%s %%", an);
	k += rate_text(w, SET_TAGESSATZ_INTERN, _("Tagessatz intern"), v[0], text + k, sizeof text - k);
	k += rate_text(w, SET_TAGESSATZ_EXTERN, _("Tagessatz extern"), v[1], text + k, sizeof text - k);
	k += rate_text(w, SET_ANTEIL_EXTERN, _("Anteil extern"), v[2], text + k, sizeof text - k);
	/* TRANSLATORS: the blended day rate and how the migration cost follows from it */
	snprintf(text + k, sizeof text - k,
		 _("Mischsatz: %s %% × %s + %s %% × %s = %s je PT.\nMigration eines Objekts: "
		   "seine PT × Mischsatz + Einmalkosten; neue Ausgaben (extern): PT × Anteil "
		   "extern × Tagessatz extern + Einmalkosten. Ändern: wolkenplan set "
		   "SCHLÜSSEL WERT (docs/kosten.md)."), ain, in, an, ex, t);
	if (textbox_push(p->env->overlays, _("Kostensätze und Annahmen"), text, 0, p->env->theme,
			 NULL, NULL))
		session_message(p->env->ses, 1, "%s", wp_strerror(WP_ENOMEM));
}

void ue_kosten_lines(struct uebersicht *p)
{
	const struct kosten_stand *ks = kosten_stand(p->env);
	struct ue_line *l;
	char buf[256];
	if (!ks)
		return;
	snprintf(buf, sizeof buf, "%s%s%s", _("Kosten je Haushaltsjahr"),
		 p->scope == WP_NONE ? "" : _(" (ganzer Arbeitsbereich)"),
		 ks->vorschau ? _(" — Vorschau") : "");
	ue_add_line(p, L_HEAD, buf);
	if (ks->rc) { /* never a silent 0 */
		snprintf(buf, sizeof buf, _(KOSTEN_NICHT_BERECHNET), ks->err);
		if ((l = ue_add_line(p, L_TEXT, buf)))
			l->role = ROLE_VERDICT_BLOCKED;
		ue_add_line(p, L_BLANK, NULL);
		return;
	}
	const struct cost_result *r = ks->k->r;
	info(p, _("Migration gesamt"), r->migration);
	info(p, _("  davon extern"), r->migration_extern);
	int64_t mx = 0;
	for (size_t i = 0; i < r->n_jahr; i++) {
		const struct cost_jahr *j = &r->jahr[i];
		if (j->summe > mx)
			mx = j->summe;
		if (j->basis > mx)
			mx = j->basis;
	}
	for (size_t i = 0; i < r->n_jahr; i++) {
		const struct cost_jahr *j = &r->jahr[i];
		snprintf(buf, sizeof buf, "%d", j->jahr);
		if (!(l = info(p, buf, j->summe)))
			break;
		l->kind = L_JAHR;
		l->mig = j->migration;
		l->betr = j->betrieb;
		l->basis = j->basis;
		l->k_max = mx;
	}
	const struct theme *th = p->env->theme;
	/* TRANSLATORS: the legend of the cost bars; %s are their glyphs */
	snprintf(buf, sizeof buf, _("%s Migration  %s Betrieb  %s Basis (wie heute)"),
		 theme_glyph(th, GL_MIGRATION), theme_glyph(th, GL_BETRIEB),
		 theme_glyph(th, GL_BASIS));
	ue_add_line(p, L_TEXT, buf);
	cost_break_even_text(r, buf, sizeof buf);
	if ((l = ue_add_line(p, L_INFO, buf)))
		l->value[0] = '\0';
	if ((l = ue_add_fig(p, _("Objekte ohne Kostenangabe"), r->n_ohne))) {
		l->f.behoerde = WP_NONE; /* the costs are the whole workspace's */
		l->f.ohne_kosten = 1;
	}
	saetze(p, ks->k);
	ue_add_line(p, L_BLANK, NULL);
}

/* Appends n copies of glyph g to buf at *k (room for the terminating NUL kept). */
static void glyphs(char *buf, size_t size, size_t *k, const char *g, int n)
{
	size_t gl = strlen(g);
	for (int i = 0; i < n && *k + gl < size; i++, *k += gl)
		memcpy(buf + *k, g, gl);
	buf[*k] = '\0';
}

/* Columns of amount c on a bar of bw columns for the largest amount mx, rounded. */
static int cols_of(int64_t c, int64_t mx, int bw)
{
	if (c <= 0 || mx <= 0)
		return 0;
	return (int)((double)c * bw / (double)mx + 0.5); /* a drawing: no money decided */
}

void ue_kosten_draw(const struct uebersicht *p, const struct ue_line *l, WINDOW *w, int y,
		    int x0, int width, int selected)
{
	const struct theme *th = p->env->theme;
	attr_t base = theme_attr(th, ROLE_ROW, selected);
	if (l->kind == L_INFO) {
		int lw = width / 2 < LABEL_W ? width / 2 : LABEL_W;
		if (!l->value[0])
			lw = width - 2;
		text_put(w, y, x0 + 2, l->label, lw, base, TEXT_LEFT);
		if (l->value[0])
			text_put(w, y, x0 + 2 + lw, l->value, VALUE_W, base, TEXT_RIGHT);
		return;
	}
	text_put(w, y, x0 + 2, l->label, JAHR_W, base, TEXT_LEFT);
	text_put(w, y, x0 + 2 + JAHR_W, l->value, VALUE_W, base, TEXT_RIGHT);
	int bx = x0 + 2 + JAHR_W + VALUE_W + 2, bw = width - (bx - x0);
	if (bw > BAR_MAX)
		bw = BAR_MAX;
	if (bw < 3)
		return; /* a tiny window: the figures stay, the bar goes */
	/* cumulative rounding: Migration, then Migration + Betrieb */
	int a = cols_of(l->mig, l->k_max, bw), b = cols_of(l->mig + l->betr, l->k_max, bw);
	int basis = cols_of(l->basis, l->k_max, bw);
	char bar[BAR_MAX * 4 + 8];
	size_t k = 0;
	glyphs(bar, sizeof bar, &k, theme_glyph(th, GL_MIGRATION), a);
	text_put(w, y, bx, bar, bw, theme_attr(th, ROLE_VERDICT_OPEN, selected), TEXT_LEFT);
	k = 0;
	glyphs(bar, sizeof bar, &k, theme_glyph(th, GL_BETRIEB), b - a);
	if (b > a)
		text_put(w, y, bx + a, bar, bw - a, theme_attr(th, ROLE_DIM, selected), TEXT_LEFT);
	if (basis > 0) /* the Basis line on its column, over the bar or beyond it */
		text_put(w, y, bx + basis - 1, theme_glyph(th, GL_BASIS), 1, base, TEXT_LEFT);
}
