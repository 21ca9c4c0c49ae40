/* The bar chart of the costs per Haushaltsjahr (docs/report.md): per year a bar of
 * Migration with Betrieb stacked on it, against the Basis line (everything stays as today),
 * from the rows of the cost result (model/cost.h); the objects without cost data named
 * below it. */
#include <stdint.h>
#include <stdio.h>

#include "data/report_priv.h"
#include "model/i18n.h"
#include "model/labels.h"

#define F_MIGRATION 0x4a7ab5
#define F_BETRIEB 0x9cc3e6
#define F_BASIS 0xc62828

void report_kosten_mass(double *w, double *h)
{
	*w = 842;
	*h = 420;
}

int64_t report_schritt(int64_t max)
{
	static const int m[] = { 1, 2, 5 };
	for (int64_t s = 100;; s *= 10)
		for (int i = 0; i < 3; i++)
			if (s * m[i] * 5 >= max || s > INT64_MAX / 100)
				return s * m[i];
}

static void legende(struct report_ctx *c, double x, double y)
{
	static const struct { unsigned f; const char *t; int linie; } e[] = {
		{ F_MIGRATION, LBL_MIGRATION, 0 },
		{ F_BETRIEB, LBL_F_BETRIEB, 0 },
		{ F_BASIS, REPORT_BASIS, 1 },
	};
	for (size_t i = 0; i < sizeof e / sizeof e[0]; i++) {
		double bw = 0;
		rd_farbe(c->d.cr, e[i].f);
		if (e[i].linie) {
			cairo_set_line_width(c->d.cr, 1.5);
			cairo_move_to(c->d.cr, x, y + 5);
			cairo_line_to(c->d.cr, x + 12, y + 5);
			cairo_stroke(c->d.cr);
		} else {
			cairo_rectangle(c->d.cr, x, y + 1, 12, 8);
			cairo_fill(c->d.cr);
		}
		cairo_set_source_rgb(c->d.cr, 0, 0, 0);
		rd_mass(&c->d, RS_KLEIN, _(e[i].t), -1, &bw);
		rd_zeile_bei(&c->d, RS_KLEIN, _(e[i].t), x + 15, y, bw + 2, 0);
		x += 15 + bw + 12;
	}
}

void report_kosten_chart(struct report_ctx *c, double x, double y, double w, double h,
			 int titel)
{
	const struct cost_result *r = c->kr;
	cairo_t *cr = c->d.cr;
	char b[64];
	if (titel) {
		rd_zeile_bei(&c->d, RS_FETT, _(REPORT_KOSTEN_TITEL), x, y, w, 0);
		y += 16;
		h -= 16;
	}
	if (!r || !r->n_jahr) {
		rd_zeile_bei(&c->d, RS_NORMAL, _(REPORT_KEINE_KOSTEN), x, y + 4, w, 0);
		return;
	}
	legende(c, x, y);
	const struct cost_jahr *letztes = &r->jahr[r->n_jahr - 1];
	if (r->break_even > letztes->jahr) {
		/* the chart ends before the break-even: say where it lies */
		snprintf(b, sizeof b, _("Break-even %d, nach dem letzten Jahr %d →"), r->break_even,
			 letztes->jahr);
		rd_zeile_bei(&c->d, RS_KLEIN_FETT, b, x + w * 0.45, y, w * 0.55, 1);
	}
	y += 16;
	h -= 16;
	int64_t max = 1;
	for (size_t i = 0; i < r->n_jahr; i++) {
		int64_t s = r->jahr[i].migration + r->jahr[i].betrieb;
		max = s > max ? s : max;
		max = r->jahr[i].basis > max ? r->jahr[i].basis : max;
	}
	int64_t st = report_schritt(max);
	int64_t top = (max + st - 1) / st * st;
	double lw = 70, x0 = x + lw, cw = w - lw, y0 = y + h - 14, ch = h - 20;
	cairo_set_line_width(cr, 0.3);
	for (int64_t v = 0; v <= top; v += st) {
		double yy = y0 - ch * (double)v / (double)top;
		rd_farbe(cr, 0xdddddd);
		cairo_move_to(cr, x0, yy);
		cairo_line_to(cr, x0 + cw, yy);
		cairo_stroke(cr);
		cairo_set_source_rgb(cr, 0, 0, 0);
		rd_zeile_bei(&c->d, RS_KLEIN, report_euro(c, v, b, sizeof b), x, yy - 5, lw - 4, 1);
	}
	double slot = cw / (double)r->n_jahr, bw = slot * 0.6, jw = 0;
	/* every k-th year labelled, so that the labels do not run into each other */
	rd_mass(&c->d, RS_KLEIN, "2027", -1, &jw);
	size_t k = (size_t)((jw + 4) / slot) + 1;
	for (size_t i = 0; i < r->n_jahr; i++) {
		const struct cost_jahr *j = &r->jahr[i];
		double bx = x0 + slot * (double)i + (slot - bw) / 2;
		double hm = ch * (double)j->migration / (double)top;
		double hb = ch * (double)j->betrieb / (double)top;
		rd_farbe(cr, F_MIGRATION);
		cairo_rectangle(cr, bx, y0 - hm, bw, hm);
		cairo_fill(cr);
		rd_farbe(cr, F_BETRIEB);
		cairo_rectangle(cr, bx, y0 - hm - hb, bw, hb);
		cairo_fill(cr);
		double yb = y0 - ch * (double)j->basis / (double)top;
		rd_farbe(cr, F_BASIS);
		cairo_set_line_width(cr, 1.5);
		cairo_move_to(cr, x0 + slot * (double)i, yb);
		cairo_line_to(cr, x0 + slot * (double)(i + 1), yb);
		cairo_stroke(cr);
		if (j->jahr == r->break_even) { /* the break-even year: a dashed line and its name */
			static const double strich[] = { 3, 2 };
			double xm = x0 + slot * (double)i + slot / 2;
			cairo_set_dash(cr, strich, 2, 0);
			cairo_set_line_width(cr, 0.8);
			cairo_set_source_rgb(cr, 0, 0, 0);
			cairo_move_to(cr, xm, y0);
			cairo_line_to(cr, xm, y0 - ch);
			cairo_stroke(cr);
			cairo_set_dash(cr, NULL, 0, 0);
			/* its name right of the line, or left of it where the chart ends */
			double nw = 0;
			rd_mass(&c->d, RS_KLEIN_FETT, _(REPORT_BREAK_EVEN), -1, &nw);
			double nx = xm + 2 + nw <= x0 + cw ? xm + 2 : xm - 2 - nw;
			rd_zeile_bei(&c->d, RS_KLEIN_FETT, _(REPORT_BREAK_EVEN), nx, y0 - ch, nw + 1, 0);
		}
		cairo_set_source_rgb(cr, 0, 0, 0);
		if (i % k == 0) {
			snprintf(b, sizeof b, "%d", j->jahr);
			rd_zeile_bei(&c->d, RS_KLEIN, b, x0 + slot * (double)i + slot / 2 - jw / 2 - 1,
				     y0 + 2, jw + 2, 0);
		}
	}
	cairo_set_line_width(cr, 0.6);
	cairo_move_to(cr, x0, y0);
	cairo_line_to(cr, x0 + cw, y0);
	cairo_stroke(cr);
}

void report_kosten_seite(struct report_ctx *c)
{
	struct rdoc *d = &c->d;
	char b[1024];
	rd_seite(d);
	rd_ueberschrift(d, RS_H1, _(REPORT_KOSTEN_TITEL), 40);
	if (!c->z)
		rd_absatz(d, RS_FETT, _("Ohne Zeitplan nur der Betrieb wie heute: Migrationskosten "
				       "entstehen erst mit wolkenplan plan."), 4);
	double w = RD_A4_W - 2 * RD_RAND, h = 300;
	rd_platz(d, h);
	report_kosten_chart(c, RD_RAND, d->y, w, h, 0);
	d->y += h + 8;
	if (c->kr) {
		report_kosten_tabelle(c, SIZE_MAX);
		d->y += 4;
		report_break_even(c, b, sizeof b);
		rd_absatz(d, RS_FETT, b, 4);
	}
	if (c->k && c->kr && c->kr->n_ohne) {
		cost_ohne_text(&c->k->in, c->kr, 12, b, sizeof b);
		rd_absatz(d, RS_FETT, b, 4);
		rd_absatz(d, RS_NORMAL, _("Objekte ohne Kostenangabe zählen im Betrieb und in der "
					 "Basis mit 0 €; erfassen als Betriebskosten_heute_EUR "
					 "(wolkenplan object set KENNUNG Betriebskosten_heute_EUR "
					 "BETRAG oder Import)."), 4);
	}
}
