/* The Annahmen sheet: every setting with its value, default, meaning and the assumption
 * behind it; the DVC weights; the plan's start and capacity with its calendar exceptions;
 * the rates and each platform's Kostenfaktor — what every figure of the workbook rests on. */
#include "data/xlsx_priv.h"

#include <stdio.h>
#include <string.h>

#include "model/cost.h"
#include "model/monat.h"
#include "model/settings.h"

enum { C_BEREICH, C_SCHLUESSEL, C_WERT, C_STANDARD, C_BEDEUTUNG, C_ANNAHME, C__N };

/* One row: area, key, value in format fw (NULL: General), the default when has_std,
 * meaning, the assumption (may be NULL). */
static int zeile(struct xlsx_sheet *s, const char *bereich, const char *key, double wert,
		 lxw_format *fw, int has_std, double std, const char *bedeutung,
		 const char *annahme)
{
	int rc = xlsx_cell_text(s, C_BEREICH, bereich, NULL);
	if (!rc)
		rc = xlsx_cell_text(s, C_SCHLUESSEL, key, NULL);
	if (!rc)
		rc = xlsx_cell_num(s, C_WERT, wert, fw, 10);
	if (!rc && has_std)
		rc = xlsx_cell_num(s, C_STANDARD, std, fw, 10);
	if (!rc)
		rc = xlsx_cell_text(s, C_BEDEUTUNG, bedeutung, NULL);
	if (!rc && annahme)
		rc = xlsx_cell_text(s, C_ANNAHME, annahme, NULL);
	s->row++;
	return rc;
}

static int einstellungen(struct xlsx_sheet *s, const struct xlsx_quelle *q)
{
	const struct ws *w = q->w;
	int rc = 0;
	for (int i = 0; i < SET__N && !rc; i++) {
		const char *key = setting_defs[i].key;
		lxw_format *f = strncmp(key, "kosten.tagessatz", 16) == 0 ? s->b->euro : NULL;
		rc = zeile(s, "Einstellung", key, w->set.v[i], f, 1, setting_defs[i].def,
			   setting_defs[i].desc, w->set_annahme[i]);
	}
	for (size_t k = 0; k < w->n_dvc && !rc; k++) {
		char key[96], desc[256];
		snprintf(key, sizeof key, "gewicht.%s", w->dvc[k].code);
		snprintf(desc, sizeof desc, "Gewicht des DVC-Kriteriums „%s“", w->dvc[k].name);
		rc = zeile(s, "Einstellung", key, w->dvc[k].gewicht, NULL, 0, 0, desc, NULL);
	}
	return rc;
}

static int plan_und_kosten(struct xlsx_sheet *s, const struct xlsx_quelle *q)
{
	const struct ws *w = q->w;
	const struct cost_result *r = q->k->r;
	/* the capacity of a month without exception: the plan's, else the setting's */
	double std_kap = q->z ? q->z->params.kapazitaet / 2.0 : w->set.v[SET_KAPAZITAET_MONAT];
	char key[64];
	int rc = 0;
	if (q->z) {
		int32_t m = q->z->params.start;
		lxw_datetime d = { .year = (int)(m / 12), .month = (int)(m % 12) + 1, .day = 1 };
		rc = xlsx_cell_text(s, C_BEREICH, "Zeitplan", NULL);
		if (!rc)
			rc = xlsx_cell_text(s, C_SCHLUESSEL, "Planbeginn", NULL);
		if (!rc)
			rc = xlsx_cell_datum(s, C_WERT, &d, s->b->monat);
		if (!rc)
			rc = xlsx_cell_text(s, C_BEDEUTUNG, "erster Monat des gespeicherten Zeitplans",
					    NULL);
		s->row++;
		if (!rc)
			rc = zeile(s, "Zeitplan", "Kapazität je Monat",
				   q->z->params.kapazitaet / 2.0, s->b->pt, 1,
				   setting_defs[SET_KAPAZITAET_MONAT].def,
				   "PT je Kalendermonat, mit der der Zeitplan gerechnet wurde", NULL);
	}
	for (size_t i = 0; i < w->n_kap && !rc; i++) {
		char m[16];
		monat_format(w->kap[i].monat, 1, m, sizeof m);
		snprintf(key, sizeof key, "Kapazität %s", m);
		rc = zeile(s, "Kapazität", key, w->kap[i].kap / 2.0, s->b->pt, 1, std_kap,
			   "Ausnahme im Kalender: PT in diesem Monat", NULL);
	}
	if (!rc)
		rc = zeile(s, "Kosten", "Mischsatz T", (double)r->satz_bp / COST_BP / 100,
			   s->b->euro, 0, 0,
			   "€ je PT: (1 − Anteil extern) × intern + Anteil extern × extern", NULL);
	for (size_t p = 0; p < w->n_pf && !rc; p++) {
		snprintf(key, sizeof key, "Kostenfaktor %s", w->pf[p].code);
		rc = zeile(s, "Plattform", key, (double)w->pf[p].kostenfaktor / COST_BP, NULL, 1,
			   (double)COST_FAKTOR_STD / COST_BP,
			   "Betriebskosten auf der Plattform im Verhältnis zu heute",
			   w->pf[p].beispiel ? "Beispielprofil — vor Verwendung prüfen" : NULL);
	}
	return rc;
}

int xlsx_annahmen(struct xlsx_book *b, const struct xlsx_quelle *q)
{
	static const uint8_t typ[C__N] = { 0 };
	struct xlsx_sheet s;
	int rc = xlsx_sheet_open(b, "Annahmen", &s);
	if (!rc) {
		const char *kopf[C__N] = { "Bereich", "Schlüssel", "Wert", "Standard",
					   "Bedeutung", "Annahme" };
		rc = xlsx_sheet_kopf(&s, kopf, C__N, typ);
	}
	if (!rc)
		rc = einstellungen(&s, q);
	if (!rc)
		rc = plan_und_kosten(&s, q);
	int rc2 = s.ws ? xlsx_sheet_close(&s, 1) : 0;
	return rc ? rc : rc2;
}
