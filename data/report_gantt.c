/* The Gantt chart of the roadmap by quarter (docs/report.md): rows grouped by Behörde in
 * tree order, one bar per planned object from Beginn to Ende — pilots and cycles in their
 * own colours, deadlines as red ticks, late objects outlined red, overbooked months red on
 * the axis — or, beyond REPORT_GANTT_MAX planned objects, one bar per Behörde with its span
 * and counts. Read from the stored Zeitplan. */
#include <stdio.h>
#include <stdlib.h>

#include "data/report_priv.h"
#include "model/i18n.h"

#define ZEILE 11.0   /* row height */
#define ACHSE 26.0   /* axis height: years and quarters */
#define LEGENDE 16.0
#define F_BALKEN 0x4a7ab5
#define F_PILOT 0xe08a1e
#define F_ZYKLUS 0x8e5bb5
#define F_ROT 0xc62828

enum { GZ_BEHOERDE_KOPF, GZ_OBJEKT, GZ_BEHOERDE };

struct gzeile {
	uint8_t art;
	uint8_t gruppe;   /* enum sched_gruppe_art (GZ_OBJEKT) */
	uint32_t idx;     /* object or Behörde */
	int32_t von, bis; /* months */
	int32_t frist;    /* deadline month or SCHED_KEIN */
	size_t n, n_spaet;
	int64_t pt;
};

struct gantt {
	struct gzeile *z;
	size_t n;
	int32_t von, bis; /* first month of the first quarter, last month of the last */
};

static int32_t frist_monat(const struct report_ctx *c, uint32_t o)
{
	return c->z->in.obj[o].frist;
}

/* Builds the rows; returns 0 or -1 (out of memory: the chart says it is missing). */
static int bauen(struct report_ctx *c, struct gantt *g)
{
	const struct ws *w = c->w;
	size_t geplant = 0;
	*g = (struct gantt){ 0 };
	if (!c->z)
		return 0;
	const struct sched_plan *p = c->z->plan;
	int32_t von = INT32_MAX, bis = INT32_MIN;
	for (size_t i = 0; i < w->n_obj; i++)
		if (c->sel[i] && report_geplant(c, (uint32_t)i)) {
			geplant++;
			von = p->obj[i].beginn < von ? p->obj[i].beginn : von;
			bis = p->obj[i].ende > bis ? p->obj[i].ende : bis;
		}
	if (!geplant)
		return 0;
	int einzeln = geplant <= REPORT_GANTT_MAX;
	/* the planned objects of each Behörde as a list (erst: first object, naechst: next),
	 * so the walk over the tree touches every object once */
	uint32_t *erst = malloc((w->n_beh ? w->n_beh : 1) * sizeof *erst);
	uint32_t *naechst = malloc((w->n_obj ? w->n_obj : 1) * sizeof *naechst);
	g->z = calloc(einzeln ? geplant + w->n_beh : w->n_beh, sizeof *g->z);
	if (!g->z || !erst || !naechst) {
		free(erst);
		free(naechst);
		return -1;
	}
	for (size_t b = 0; b < w->n_beh; b++)
		erst[b] = WP_NONE;
	for (size_t i = w->n_obj; i-- > 0;)
		if (c->sel[i] && report_geplant(c, (uint32_t)i) && w->obj[i].behoerde < w->n_beh) {
			naechst[i] = erst[w->obj[i].behoerde];
			erst[w->obj[i].behoerde] = (uint32_t)i;
		}
	g->von = von - von % 3;
	g->bis = bis + 2 - bis % 3;
	for (size_t pos = 0; pos < c->tree.nb; pos++) {
		uint32_t b = c->tree.pre[pos];
		struct gzeile kopf = { .art = einzeln ? GZ_BEHOERDE_KOPF : GZ_BEHOERDE, .idx = b,
				       .von = INT32_MAX, .bis = INT32_MIN, .frist = SCHED_KEIN };
		size_t erste = g->n + 1;
		for (uint32_t i = erst[b]; i != WP_NONE; i = naechst[i]) {
			const struct sched_obj_out *so = &p->obj[i];
			int spaet = (so->flags & SF_FRIST) != 0;
			kopf.n++;
			kopf.n_spaet += (size_t)spaet;
			kopf.pt += so->rest;
			kopf.von = so->beginn < kopf.von ? so->beginn : kopf.von;
			kopf.bis = so->ende > kopf.bis ? so->ende : kopf.bis;
			if (!einzeln)
				continue;
			/* insert by Beginn, then Ende (stable for equal ones) */
			struct gzeile zl = { GZ_OBJEKT, so->gruppe_art, i, so->beginn, so->ende,
					     frist_monat(c, i), 1, (size_t)spaet, so->rest };
			size_t k = g->n + 1;
			while (k > erste && (g->z[k - 1].von > zl.von ||
					     (g->z[k - 1].von == zl.von && g->z[k - 1].bis > zl.bis))) {
				g->z[k] = g->z[k - 1];
				k--;
			}
			g->z[k] = zl;
			g->n++;
		}
		if (!kopf.n)
			continue;
		if (einzeln) {
			g->z[erste - 1] = kopf;
			g->n++;
		} else {
			g->z[g->n++] = kopf;
		}
	}
	free(erst);
	free(naechst);
	return 0;
}

static double mx(const struct gantt *g, double x0, double cw, int32_t m)
{
	return x0 + cw * (double)(m - g->von) / (double)(g->bis - g->von + 1);
}

static void achse(struct report_ctx *c, const struct gantt *g, double x0, double y, double cw,
		  double unten)
{
	cairo_t *cr = c->d.cr;
	char b[16];
	/* a year label every step years, so that each fits its room (a plan over decades
	 * would otherwise print a row of "…") */
	static const int steps[] = { 1, 2, 5, 10, 20, 50 };
	double jahr_w = cw * 12.0 / (double)(g->bis - g->von + 1), label_w = 0;
	rd_mass(&c->d, RS_KLEIN_FETT, "2000", 0, &label_w);
	int step = 1;
	for (size_t k = 0; k < sizeof steps / sizeof steps[0]; k++)
		if ((double)(step = steps[k]) * jahr_w >= label_w + 2)
			break;
	cairo_save(cr);
	cairo_set_line_width(cr, 0.3);
	for (int32_t m = g->von; m <= g->bis; m += 3) {
		double x = mx(g, x0, cw, m), x1 = mx(g, x0, cw, m + 3);
		rd_farbe(cr, m % 12 == 0 ? 0x888888 : 0xdddddd);
		cairo_move_to(cr, x, y + (m % 12 == 0 ? 0 : 12));
		cairo_line_to(cr, x, unten);
		cairo_stroke(cr);
		rd_farbe(cr, 0x333333);
		int jahr = (int)(m / 12);
		/* room up to the next year with a label */
		double raum = mx(g, x0, cw, (int32_t)(jahr / step + 1) * step * 12) - x;
		if ((m % 12 == 0 && jahr % step == 0) || (m == g->von && raum >= label_w + 2)) {
			snprintf(b, sizeof b, "%d", jahr);
			rd_zeile_bei(&c->d, RS_KLEIN_FETT, b, x + 1, y, raum, 0);
		}
		if (x1 - x >= 9) {
			snprintf(b, sizeof b, "Q%d", m % 12 / 3 + 1);
			rd_zeile_bei(&c->d, RS_KLEIN, b, x + 1, y + 11, x1 - x, 0);
		}
	}
	/* overbooked months */
	const struct sched_plan *p = c->z->plan;
	rd_farbe(cr, F_ROT);
	for (size_t i = 0; i < p->n_last; i++)
		if (p->last[i].belegt > p->last[i].kap && p->last[i].monat >= g->von &&
		    p->last[i].monat <= g->bis) {
			double x = mx(g, x0, cw, p->last[i].monat);
			cairo_rectangle(cr, x, y + ACHSE - 4, mx(g, x0, cw, p->last[i].monat + 1) - x, 3);
			cairo_fill(cr);
		}
	cairo_restore(cr);
}

static void zeile(struct report_ctx *c, const struct gantt *g, const struct gzeile *z,
		  double x, double y, double lw, double x0, double cw)
{
	cairo_t *cr = c->d.cr;
	char b[256];
	if (z->art == GZ_BEHOERDE_KOPF) {
		rd_farbe(cr, 0x1f3a5f);
		rd_zeile_bei(&c->d, RS_KLEIN_FETT, c->w->beh[z->idx].name, x, y + 1, lw + cw, 0);
		cairo_set_source_rgb(cr, 0, 0, 0);
		return;
	}
	cairo_set_source_rgb(cr, 0, 0, 0);
	if (z->art == GZ_OBJEKT) {
		rd_zeile_bei(&c->d, RS_KLEIN, c->w->obj[z->idx].kennung, x + 6, y + 1, lw - 8, 0);
	} else {
		char pt[32];
		snprintf(b, sizeof b, ngettext("%zu Objekt · %s PT", "%zu Objekte · %s PT", z->n), z->n,
			 report_pt(c, z->pt, pt, sizeof pt));
		rd_zeile_bei(&c->d, RS_KLEIN, c->w->beh[z->idx].name, x, y + 1, lw * 0.55, 0);
		rd_zeile_bei(&c->d, RS_KLEIN, b, x + lw * 0.55, y + 1, lw * 0.45 - 4, 1);
	}
	double bx = mx(g, x0, cw, z->von), bw = mx(g, x0, cw, z->bis + 1) - bx;
	rd_farbe(cr, z->gruppe == SGA_PILOT ? F_PILOT : z->gruppe == SGA_ZYKLUS ? F_ZYKLUS
										  : F_BALKEN);
	cairo_rectangle(cr, bx, y + 2, bw, ZEILE - 4);
	cairo_fill(cr);
	if (z->n_spaet) {
		rd_farbe(cr, F_ROT);
		cairo_set_line_width(cr, 1.2);
		cairo_rectangle(cr, bx, y + 2, bw, ZEILE - 4);
		cairo_stroke(cr);
		if (z->art == GZ_BEHOERDE) {
			double tw = 0;
			report_fristen_text(z->n_spaet, b, sizeof b);
			rd_mass(&c->d, RS_KLEIN, b, -1, &tw);
			if (bx + bw + 3 + tw <= x0 + cw)
				rd_zeile_bei(&c->d, RS_KLEIN, b, bx + bw + 3, y + 1, tw + 2, 0);
			else if (bx - 3 - tw >= x0)
				rd_zeile_bei(&c->d, RS_KLEIN, b, bx - 3 - tw, y + 1, tw + 2, 0);
		}
	}
	if (z->frist != SCHED_KEIN && z->frist >= g->von && z->frist <= g->bis) {
		double fx = mx(g, x0, cw, z->frist + 1);
		rd_farbe(cr, F_ROT);
		cairo_move_to(cr, fx, y);
		cairo_line_to(cr, fx + 3, y + ZEILE / 2);
		cairo_line_to(cr, fx, y + ZEILE);
		cairo_line_to(cr, fx - 3, y + ZEILE / 2);
		cairo_close_path(cr);
		cairo_fill(cr);
	}
	cairo_set_source_rgb(cr, 0, 0, 0);
}

/* Draws rows i0..i1-1 with their axis at (x, y), width w; returns the height. */
static double block(struct report_ctx *c, const struct gantt *g, size_t i0, size_t i1, double x,
		    double y, double w)
{
	double lw = w * (g->z[i0].art == GZ_BEHOERDE ? 0.5 : 0.3), x0 = x + lw, cw = w - lw;
	double unten = y + ACHSE + (double)(i1 - i0) * ZEILE;
	achse(c, g, x0, y, cw, unten);
	for (size_t i = i0; i < i1; i++)
		zeile(c, g, &g->z[i], x, y + ACHSE + (double)(i - i0) * ZEILE, lw, x0, cw);
	return unten - y;
}

/* Draws the legend from (x, y) within width w, wrapping; returns its height. */
static double legende(struct report_ctx *c, double x, double y, double w)
{
	static const struct { unsigned f; const char *t; } e[] = {
		{ F_BALKEN, N_("Migration (Beginn bis Inbetriebnahme)") },
		{ F_PILOT, N_("Pilot (geht gemeinsam in Betrieb)") },
		{ F_ZYKLUS, N_("Zyklus (gemeinsam)") },
		{ F_ROT, N_("Frist (Vertragsende) · rot umrandet: gefährdet · rot auf der Achse: "
			    "Monat überbucht") },
	};
	cairo_t *cr = c->d.cr;
	double x1 = x, y1 = y;
	for (size_t i = 0; i < sizeof e / sizeof e[0]; i++) {
		double bw = 0;
		rd_mass(&c->d, RS_KLEIN, _(e[i].t), -1, &bw);
		if (x1 > x && x1 + 13 + bw > x + w) {
			x1 = x;
			y1 += 10;
		}
		rd_farbe(cr, e[i].f);
		cairo_rectangle(cr, x1, y1 + 2, 10, 6);
		cairo_fill(cr);
		cairo_set_source_rgb(cr, 0, 0, 0);
		rd_zeile_bei(&c->d, RS_KLEIN, _(e[i].t), x1 + 13, y1, bw + 2, 0);
		x1 += 13 + bw + 10;
	}
	return y1 - y + LEGENDE;
}

static const char *fehlt(const struct report_ctx *c)
{
	return !c->z ? _(REPORT_KEIN_PLAN)
		     : _("Keine Objekte geplant (siehe wolkenplan roadmap, Hinweise).");
}

void report_gantt_seite(struct report_ctx *c)
{
	struct rdoc *d = &c->d;
	struct gantt g;
	rd_seite(d);
	rd_ueberschrift(d, RS_H1, _(REPORT_GANTT_TITEL), 40);
	if (bauen(c, &g) || !g.n) {
		rd_absatz(d, RS_FETT, fehlt(c), 0);
		free(g.z);
		return;
	}
	if (g.z[0].art == GZ_BEHOERDE)
		rd_absatz(d, RS_NORMAL, _("Mehr als 60 geplante Objekte: ein Balken je Behörde vom "
					 "ersten Beginn bis zur letzten Inbetriebnahme; die "
					 "vollständige Liste steht im Anhang und in wolkenplan "
					 "export roadmap."), 4);
	d->y += legende(c, RD_RAND, d->y, RD_A4_W - 2 * RD_RAND);
	size_t i = 0;
	while (i < g.n) {
		size_t k = (size_t)((rd_unten(d) - d->y - ACHSE) / ZEILE);
		if (k < 3) {
			rd_seite(d);
			continue;
		}
		size_t j = i + k < g.n ? i + k : g.n;
		d->y += block(c, &g, i, j, RD_RAND, d->y, RD_A4_W - 2 * RD_RAND) + 6;
		i = j;
		if (i < g.n)
			rd_seite(d);
	}
	free(g.z);
}

void report_gantt_mass(struct report_ctx *c, double *w, double *h)
{
	struct gantt g;
	*w = 842; /* A4 landscape width: fits a slide */
	*h = 80;
	if (bauen(c, &g) == 0 && g.n)
		*h = 24 + 2 * LEGENDE + ACHSE + (double)g.n * ZEILE + 6;
	free(g.z);
}

void report_gantt_chart(struct report_ctx *c, double x, double y, double w)
{
	struct gantt g;
	rd_zeile_bei(&c->d, RS_FETT, _(REPORT_GANTT_TITEL), x, y, w, 0);
	y += 16;
	if (bauen(c, &g) || !g.n) {
		rd_zeile_bei(&c->d, RS_NORMAL, fehlt(c), x, y + 4, w, 0);
		free(g.z);
		return;
	}
	y += legende(c, x, y, w);
	block(c, &g, 0, g.n, x, y, w);
	free(g.z);
}
