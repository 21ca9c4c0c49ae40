/* The texts of the cost engine (model/cost.h): one line per object that shows each cost with
 * its formula and inputs, and the break-even sentence; German msgids through gettext, euro
 * amounts by model/money.h, decimals by model/numfmt.h. */
#include "model/cost.h"

#include <stdio.h>

#include "model/i18n.h"
#include "model/money.h"
#include "model/numfmt.h"
#include "model/textout.h"

#define EUR 40 /* bytes for one formatted amount */

/* Month m as MM.JJJJ (German) or JJJJ-MM (English). */
static char *monat_text(int32_t m, int german, char *buf, size_t n)
{
	if (german)
		snprintf(buf, n, "%02d.%04d", (int)(m % 12) + 1, (int)(m / 12));
	else
		snprintf(buf, n, "%04d-%02d", (int)(m / 12), (int)(m % 12) + 1);
	return buf;
}

/* A basis-point value as a decimal ("0,8"; percent: "50"). */
static char *bp_text(int64_t bp, int64_t per, int german, char *buf, size_t n)
{
	return format_num((double)bp / (double)per, 4, 1, german, buf, n);
}

static void migration_text(struct out *o, const struct cost_expl *x, int german)
{
	char pt[32], satz[EUR], anteil[32], summe[EUR];
	if (!x->geplant) {
		if (x->stand == CS_MIGRIERT)
			out_printf(o, "%s", _("bereits migriert: keine Migrationskosten"));
		else if (x->klasse == CK_RETAIN)
			out_printf(o, "%s", _("Retain: keine Migrationskosten"));
		else
			out_printf(o, "%s", _("nicht geplant: keine Migrationskosten"));
		return;
	}
	format_num(x->aufwand / 2.0, 1, 1, german, pt, sizeof pt);
	/* the rate exact to the cent, rounded once for display */
	money_format_exact((x->satz_bp + COST_BP / 2) / COST_BP, german, satz, sizeof satz);
	bp_text(x->anteil_extern, COST_BP / 100, german, anteil, sizeof anteil);
	money_format_cents(x->k.migration, german, summe, sizeof summe);
	if (x->stand == CS_IN_ARBEIT)
		out_printf(o, "%s ", _("verbleibend"));
	/* TRANSLATORS: PT, day rate (e.g. "850 €"), share external in percent */
	out_printf(o, _("%s PT × %s/PT (%s %% extern)"), pt, satz, anteil);
	if (x->k.einmal > 0) {
		char einmal[EUR];
		money_format_cents(x->k.einmal, german, einmal, sizeof einmal);
		/* TRANSLATORS: one-off costs (licences, procurement) */
		out_printf(o, _(" + %s Einmalkosten"), einmal);
	}
	out_printf(o, " = %s", summe);
}

static void betrieb_text(struct out *o, const struct cost_expl *x, int german)
{
	char heute[EUR], ziel[EUR], f[32];
	if (x->k.heute == COST_KEIN) {
		out_printf(o, "%s", _("Betrieb: ohne Kostenangabe"));
		return;
	}
	money_format_cents(x->k.heute, german, heute, sizeof heute);
	if (x->k.quelle == CZ_KEINE) {
		/* TRANSLATORS: today's operating cost per year, unchanged */
		out_printf(o, _("Betrieb %s/Jahr bleibt"), heute);
		return;
	}
	money_format_cents(x->k.ziel, german, ziel, sizeof ziel);
	if (x->k.wechsel == COST_MONAT_KEIN) {
		/* TRANSLATORS: today's and the target's operating cost per year */
		out_printf(o, _("Betrieb %s/Jahr → %s/Jahr seit der Inbetriebnahme (Monat unbekannt)"),
			   heute, ziel);
	} else {
		char ab[16];
		monat_text(x->k.wechsel + 1, german, ab, sizeof ab);
		/* TRANSLATORS: today's cost, the target cost, the first month at the target */
		out_printf(o, _("Betrieb %s/Jahr → %s/Jahr ab %s"), heute, ziel, ab);
	}
	switch (x->k.quelle) {
	case CZ_EIGEN:
		out_printf(o, " (%s)", _("eigene Schätzung"));
		break;
	case CZ_RETIRE:
		out_printf(o, " (%s)", _("Retire: abgeschaltet"));
		break;
	default:
		bp_text(x->k.faktor, COST_BP, german, f, sizeof f);
		if (x->pf_code)
			/* TRANSLATORS: platform code, factor */
			out_printf(o, _(" (Kostenfaktor %s %s)"), x->pf_code, f);
		else
			out_printf(o, _(" (Kostenfaktor %s, keine Zielplattform)"), f);
		break;
	}
}

int cost_expl_text(const struct cost_expl *x, char *buf, size_t size)
{
	struct out o = { buf, size, 0 };
	int german = i18n_german();
	migration_text(&o, x, german);
	out_printf(&o, "; ");
	betrieb_text(&o, x, german);
	return out_end(&o);
}

int cost_break_even_text(const struct cost_result *r, char *buf, size_t size)
{
	struct out o = { buf, size, 0 };
	if (r->break_even)
		out_printf(&o, _("Break-even %d"), r->break_even);
	else
		out_printf(&o, _("kein Break-even bis %d"), r->break_even_bis);
	return out_end(&o);
}

int cost_ohne_text(const struct cost_input *in, const struct cost_result *r, size_t max_namen,
		   char *buf, size_t size)
{
	struct out o = { buf, size, 0 };
	if (r->n_ohne && r->n_obj == in->n_obj) {
		/* TRANSLATORS: number of objects without today's operating cost */
		out_printf(&o, ngettext("%zu Objekt ohne Kostenangabe", "%zu Objekte ohne Kostenangabe",
					r->n_ohne),
			   r->n_ohne);
		size_t k = r->n_ohne < max_namen ? r->n_ohne : max_namen;
		for (size_t i = 0; i < k; i++)
			out_printf(&o, "%s%s", i ? ", " : ": ", in->obj[r->ohne[i]].kennung);
		if (k && k < r->n_ohne)
			out_more(&o, r->n_ohne - k);
	}
	return out_end(&o);
}
