/* The workbook's sheets of their own: Übersicht (key figures from the plan and the costs),
 * Zeitplan (a Gantt by month) and Annahmen. */
#include "data/xlsx_priv.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/export_zeitplan.h"
#include "model/cost.h"
#include "model/date.h"
#include "model/money.h"
#include "model/monat.h"
#include "model/settings.h"

int xlsx_notiz(struct xlsx_book *b, const char *name, const char *text)
{
	struct xlsx_sheet s;
	static const uint8_t typ[1] = { XT_TEXT };
	const char *t = text;
	int rc = xlsx_sheet_open(b, name, &s);
	if (!rc)
		rc = xlsx_sheet_kopf(&s, &t, 1, typ);
	int rc2 = s.ws ? xlsx_sheet_close(&s, 0) : 0;
	return rc ? rc : rc2;
}

static int geplant(const struct zeitplan *z, uint32_t o)
{
	return z && z->plan && o < z->plan->n_obj && z->plan->obj[o].grund == SG_GEPLANT &&
	       z->plan->obj[o].beginn != SCHED_KEIN;
}

/* A month as a date cell (its first day, shown MM.JJJJ). */
static int cell_monat(struct xlsx_sheet *s, size_t col, int32_t m)
{
	lxw_datetime d = { .year = (int)(m / 12), .month = (int)(m % 12) + 1, .day = 1 };
	return xlsx_cell_datum(s, col, &d, s->b->monat);
}

static int cell_tag(struct xlsx_sheet *s, size_t col, int32_t day)
{
	lxw_datetime d = { 0 };
	date_to_ymd(day, &d.year, &d.month, &d.day);
	return xlsx_cell_datum(s, col, &d, s->b->datum);
}

/* One line of the Übersicht: label, a number in format f (or text t when t is not NULL),
 * an explanation. */
static int kennzahl(struct xlsx_sheet *s, const char *label, double v, lxw_format *f,
		    const char *t, const char *erl)
{
	int rc = xlsx_cell_text(s, 0, label, NULL);
	if (!rc)
		rc = t ? xlsx_cell_text(s, 1, t, NULL) : xlsx_cell_num(s, 1, v, f, 12);
	if (!rc && erl)
		rc = xlsx_cell_text(s, 2, erl, NULL);
	s->row++;
	return rc;
}

int xlsx_uebersicht(struct xlsx_book *b, const struct xlsx_quelle *q)
{
	static const uint8_t typ[3] = { XT_TEXT, XT_TEXT, XT_TEXT };
	const char *kopf[3] = { "Kennzahl", "Wert", "Erläuterung" };
	const struct ws *w = q->w;
	const struct cost_result *r = q->k->r;
	size_t n_geplant = 0, fristen = 0, blockiert = 0, offen = 0;
	int64_t halb_pt = 0;
	for (size_t o = 0; o < w->n_obj; o++) {
		const struct assess_obj *ao = &q->a->obj[o];
		int v = ao->empfohlen != WP_NONE ? q->a->verdict[o * q->a->n_pf + ao->empfohlen]
						 : V_BLOCKIERT;
		blockiert += w->n_pf && v == V_BLOCKIERT;
		offen += (ao->flags & AF_KLAERUNG) != 0;
		if (!geplant(q->z, (uint32_t)o))
			continue;
		n_geplant++;
		fristen += (q->z->plan->obj[o].flags & SF_FRIST) != 0;
		size_t n;
		const struct sched_alloc *al = zeitplan_alloc(q->z, (uint32_t)o, &n);
		for (size_t i = 0; i < n; i++)
			halb_pt += al[i].pt;
	}
	struct xlsx_sheet s;
	char be[128], ohne[512];
	int rc = xlsx_sheet_open(b, "Übersicht", &s);
	if (rc || (rc = xlsx_sheet_kopf(&s, kopf, 3, typ)))
		goto out;
	cost_break_even_text(r, be, sizeof be);
	cost_ohne_text(&q->k->in, r, 5, ohne, sizeof ohne);
	if ((rc = xlsx_cell_text(&s, 0, "Stand", NULL)) || (rc = cell_tag(&s, 1, q->heute)))
		goto out;
	s.row++;
	rc = kennzahl(&s, "Objekte", (double)w->n_obj, NULL, NULL, NULL);
	if (!rc)
		rc = kennzahl(&s, "geplant", (double)n_geplant, NULL, NULL,
			      q->z ? NULL : XLSX_KEIN_PLAN);
	if (!rc && r->letzte_inbetriebnahme != COST_MONAT_KEIN) {
		if (!(rc = xlsx_cell_text(&s, 0, "letzte Inbetriebnahme", NULL)))
			rc = cell_monat(&s, 1, r->letzte_inbetriebnahme);
		s.row++;
	} else if (!rc) {
		rc = kennzahl(&s, "letzte Inbetriebnahme", 0, NULL, "—", NULL);
	}
	if (!rc)
		rc = kennzahl(&s, "PT gesamt (geplant)", (double)halb_pt / 2, b->pt, NULL, NULL);
	if (!rc)
		rc = kennzahl(&s, "Migrationskosten gesamt", (double)money_euro(r->migration),
			      b->euro, NULL, "PT × Tagessatz und Einmalkosten (Annahmen: Blatt "
					      "Annahmen)");
	if (!rc)
		rc = kennzahl(&s, "davon extern (neue Ausgaben)",
			      (double)money_euro(r->migration_extern), b->euro, NULL, NULL);
	if (!rc)
		rc = r->break_even ? kennzahl(&s, "Break-even (Haushaltsjahr)", r->break_even, NULL,
					      NULL, NULL)
				   : kennzahl(&s, "Break-even (Haushaltsjahr)", 0, NULL, be, NULL);
	if (!rc)
		rc = kennzahl(&s, "Fristen gefährdet", (double)fristen, NULL, NULL, NULL);
	if (!rc)
		rc = kennzahl(&s, "blockiert (auf der empfohlenen Plattform)", (double)blockiert,
			      NULL, NULL, NULL);
	if (!rc)
		rc = kennzahl(&s, "offen (Klärung nötig)", (double)offen, NULL, NULL, NULL);
	if (!rc)
		rc = kennzahl(&s, "ohne Kostenangabe", (double)r->n_ohne, NULL, NULL,
			      *ohne ? ohne : NULL);
	if (!rc)
		rc = kennzahl(&s, "Piloten", (double)w->n_pilot, NULL, NULL, NULL);
out:;
	int rc2 = s.ws ? xlsx_sheet_close(&s, 1) : 0;
	return rc ? rc : rc2;
}

/* The Gantt: per object (roadmap order) its Welle and the PT per month, the cells with PT
 * filled, months inside Beginn–Ende without PT lightly filled. */
int xlsx_gantt(struct xlsx_book *b, const struct xlsx_quelle *q)
{
	const struct zeitplan *z = q->z;
	const struct ws *w = q->w;
	if (!z)
		return xlsx_notiz(b, "Zeitplan", XLSX_KEIN_PLAN);
	enum { VOR = 4 }; /* Kennung, Name, Behörde, Welle */
	int32_t von = z->params.start, bis = zeitplan_letzter_monat(z);
	for (size_t o = 0; o < w->n_obj; o++)
		if (geplant(z, (uint32_t)o) && z->plan->obj[o].beginn < von)
			von = z->plan->obj[o].beginn;
	size_t nm = bis >= von ? (size_t)(bis - von + 1) : 0, ncol = VOR + nm;
	const char **kopf = malloc(ncol * sizeof *kopf);
	char *mon = malloc((nm ? nm : 1) * 8);
	uint8_t *typ = calloc(ncol, 1);
	uint32_t *order = malloc((w->n_obj ? w->n_obj : 1) * sizeof *order);
	struct xlsx_sheet s = { 0 };
	int rc = -WP_ENOMEM;
	if (!kopf || !mon || !typ || !order || zeitplan_order(w, z, order) < 0)
		goto out;
	kopf[0] = "Kennung";
	kopf[1] = "Name";
	kopf[2] = "Behörde";
	kopf[3] = "Welle";
	for (size_t m = 0; m < nm; m++) {
		monat_format(von + (int32_t)m, 1, mon + m * 8, 8);
		kopf[VOR + m] = mon + m * 8;
	}
	if ((rc = xlsx_sheet_open(b, "Zeitplan", &s)) || (rc = xlsx_sheet_kopf(&s, kopf, ncol, typ)))
		goto out;
	for (size_t r = 0; r < w->n_obj && !rc; r++) {
		uint32_t o = order[r];
		const struct objekt *ob = &w->obj[o];
		rc = xlsx_cell_text(&s, 0, ob->kennung, NULL);
		if (!rc)
			rc = xlsx_cell_text(&s, 1, ob->name, NULL);
		if (!rc)
			rc = xlsx_cell_text(&s, 2, w->beh[ob->behoerde].name, NULL);
		if (!rc && geplant(z, o)) {
			const struct sched_obj_out *po = &z->plan->obj[o];
			size_t n, k = 0;
			const struct sched_alloc *al = zeitplan_alloc(z, o, &n);
			rc = xlsx_cell_num(&s, 3, zeitplan_welle(z, o), NULL, 3);
			for (int32_t m = po->beginn; m <= po->ende && m <= bis && !rc; m++) {
				while (k < n && al[k].monat < m)
					k++;
				size_t col = VOR + (size_t)(m - von);
				rc = k < n && al[k].monat == m
					? xlsx_cell_num(&s, col, al[k].pt / 2.0, b->arbeit, 4)
					: xlsx_cell_blank(&s, col, b->luecke);
			}
		}
		s.row++;
	}
out:
	if (s.ws) {
		int rc2 = xlsx_sheet_close(&s, 1);
		rc = rc ? rc : rc2;
	}
	free(kopf);
	free(mon);
	free(typ);
	free(order);
	return rc;
}
