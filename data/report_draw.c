/* Drawing the printed report with Cairo and Pango: fonts, flowing text, headings, tables
 * with repeated headers, page breaks and the page frame (docs/report.md). */
#include <stdio.h>
#include <string.h>

#include "data/report_draw.h"
#include "model/i18n.h"

#define RD_BREITE (RD_A4_W - 2 * RD_RAND)

static const char *const font_name[RS__N] = {
	[RS_NORMAL] = "DejaVu Sans 9", [RS_KLEIN] = "DejaVu Sans 7",
	[RS_FETT] = "DejaVu Sans Bold 9", [RS_KLEIN_FETT] = "DejaVu Sans Bold 7",
	[RS_H1] = "DejaVu Sans Bold 15", [RS_H2] = "DejaVu Sans Bold 11",
	[RS_TITEL] = "DejaVu Sans Bold 24", [RS_UNTERTITEL] = "DejaVu Sans 13",
};

void rd_farbe(cairo_t *cr, unsigned rgb)
{
	cairo_set_source_rgb(cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
			     (rgb & 0xff) / 255.0);
}

int rd_open(struct rdoc *d, cairo_surface_t *surf)
{
	d->surf = surf;
	d->cr = cairo_create(surf);
	if (cairo_status(d->cr) != CAIRO_STATUS_SUCCESS)
		goto fail;
	d->lay = pango_cairo_create_layout(d->cr);
	if (!d->lay)
		goto fail;
	for (int s = 0; s < RS__N; s++)
		if (!(d->font[s] = pango_font_description_from_string(font_name[s])))
			goto fail;
	d->seite = 0;
	d->y = RD_RAND;
	return 0;
fail:
	rd_close(d);
	return -1;
}

void rd_close(struct rdoc *d)
{
	for (int s = 0; s < RS__N; s++) {
		if (d->font[s])
			pango_font_description_free(d->font[s]);
		d->font[s] = NULL;
	}
	if (d->lay)
		g_object_unref(d->lay);
	d->lay = NULL;
	if (d->cr)
		cairo_destroy(d->cr);
	d->cr = NULL;
}

double rd_unten(const struct rdoc *d)
{
	return RD_A4_H - RD_RAND - (d->gerahmt ? RD_FUSS : 0);
}

static void setze(struct rdoc *d, enum rd_stil s, const char *text, double w, int rechts)
{
	pango_layout_set_font_description(d->lay, d->font[s]);
	pango_layout_set_width(d->lay, w > 0 ? (int)(w * PANGO_SCALE) : -1);
	pango_layout_set_wrap(d->lay, PANGO_WRAP_WORD_CHAR);
	pango_layout_set_alignment(d->lay, rechts ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
	pango_layout_set_text(d->lay, text ? text : "", -1);
}

double rd_mass(struct rdoc *d, enum rd_stil s, const char *text, double w, double *breite)
{
	int pw, ph;
	setze(d, s, text, w, 0);
	pango_layout_get_size(d->lay, &pw, &ph);
	if (breite)
		*breite = (double)pw / PANGO_SCALE;
	return (double)ph / PANGO_SCALE;
}

double rd_text_bei(struct rdoc *d, enum rd_stil s, const char *text, double x, double y,
		   double w, int rechts)
{
	int pw, ph;
	setze(d, s, text, w, rechts);
	pango_layout_get_size(d->lay, &pw, &ph);
	cairo_move_to(d->cr, x, y);
	pango_cairo_show_layout(d->cr, d->lay);
	return (double)ph / PANGO_SCALE;
}

double rd_zeile_bei(struct rdoc *d, enum rd_stil s, const char *text, double x, double y,
		    double w, int rechts)
{
	setze(d, s, text, w, rechts);
	pango_layout_set_ellipsize(d->lay, PANGO_ELLIPSIZE_END);
	int pw, ph;
	pango_layout_get_size(d->lay, &pw, &ph);
	cairo_move_to(d->cr, x, y);
	pango_cairo_show_layout(d->cr, d->lay);
	pango_layout_set_ellipsize(d->lay, PANGO_ELLIPSIZE_NONE);
	return (double)ph / PANGO_SCALE;
}

static void rahmen(struct rdoc *d)
{
	char seite[96];
	cairo_t *cr = d->cr;
	cairo_save(cr);
	rd_farbe(cr, 0x555555);
	rd_zeile_bei(d, RS_KLEIN, d->name, RD_RAND, RD_RAND, RD_BREITE * 0.4, 0);
	rd_zeile_bei(d, RS_KLEIN, d->titel, RD_RAND + RD_BREITE * 0.4, RD_RAND, RD_BREITE * 0.6, 1);
	cairo_set_line_width(cr, 0.5);
	cairo_move_to(cr, RD_RAND, RD_RAND + 12);
	cairo_line_to(cr, RD_A4_W - RD_RAND, RD_RAND + 12);
	double fy = RD_A4_H - RD_RAND - 10;
	cairo_move_to(cr, RD_RAND, fy - 4);
	cairo_line_to(cr, RD_A4_W - RD_RAND, fy - 4);
	cairo_stroke(cr);
	rd_text_bei(d, RS_KLEIN, d->datum, RD_RAND, fy, RD_BREITE / 2, 0);
	if (d->seiten > 0)
		snprintf(seite, sizeof seite, _("Seite %d von %d"), d->seite, d->seiten);
	else
		snprintf(seite, sizeof seite, _("Seite %d"), d->seite);
	rd_text_bei(d, RS_KLEIN, seite, RD_RAND + RD_BREITE / 2, fy, RD_BREITE / 2, 1);
	cairo_restore(cr);
}

void rd_seite(struct rdoc *d)
{
	if (d->seite > 0)
		cairo_show_page(d->cr);
	d->seite++;
	d->y = RD_RAND;
	if (d->gerahmt) {
		rahmen(d);
		d->y = RD_RAND + RD_KOPF;
	}
	cairo_set_source_rgb(d->cr, 0, 0, 0);
}

void rd_ende(struct rdoc *d)
{
	if (d->seite > 0)
		cairo_show_page(d->cr);
}

void rd_platz(struct rdoc *d, double h)
{
	if (d->seite == 0 || d->y + h > rd_unten(d))
		rd_seite(d);
}

void rd_absatz(struct rdoc *d, enum rd_stil s, const char *text, double abstand)
{
	double h = rd_mass(d, s, text, RD_BREITE, NULL);
	rd_platz(d, h);
	d->y += rd_text_bei(d, s, text, RD_RAND, d->y, RD_BREITE, 0) + abstand;
}

void rd_ueberschrift(struct rdoc *d, enum rd_stil s, const char *text, double min_folge)
{
	double h = rd_mass(d, s, text, RD_BREITE, NULL);
	rd_platz(d, h + 6 + min_folge);
	if (d->y > RD_RAND + RD_KOPF + 1)
		d->y += 6;
	rd_farbe(d->cr, 0x1f3a5f);
	d->y += rd_text_bei(d, s, text, RD_RAND, d->y, RD_BREITE, 0) + 4;
	cairo_set_source_rgb(d->cr, 0, 0, 0);
}

/* Draws one row at the cursor without a page check; returns its height. */
static double zeile(struct rdoc *d, const struct rd_tabelle *t, const char *const *zelle,
		    enum rd_stil s, int zeichnen)
{
	double x = RD_RAND, h = 0;
	for (size_t c = 0; c < t->n; c++) {
		double w = t->breite[c] * RD_BREITE;
		double ch = zeichnen ? rd_text_bei(d, s, zelle[c], x + 2, d->y + 1.5, w - 4,
						   t->rechts && t->rechts[c])
				     : rd_mass(d, s, zelle[c], w - 4, NULL);
		if (ch > h)
			h = ch;
		x += w;
	}
	return h + 3;
}

void rd_tabelle_kopf(struct rdoc *d, const struct rd_tabelle *t)
{
	enum rd_stil s = t->klein ? RS_KLEIN_FETT : RS_FETT;
	double h = zeile(d, t, t->kopf, s, 0);
	rd_platz(d, 2 * h + 4);
	cairo_save(d->cr);
	rd_farbe(d->cr, 0xdde4ee);
	cairo_rectangle(d->cr, RD_RAND, d->y, RD_BREITE, h);
	cairo_fill(d->cr);
	cairo_restore(d->cr);
	d->y += zeile(d, t, t->kopf, s, 1);
}

void rd_tabelle_zeile(struct rdoc *d, const struct rd_tabelle *t, const char *const *zelle,
		      int fett)
{
	enum rd_stil s = t->klein ? (fett ? RS_KLEIN_FETT : RS_KLEIN) : (fett ? RS_FETT : RS_NORMAL);
	double h = zeile(d, t, zelle, s, 0);
	if (d->y + h > rd_unten(d)) {
		rd_seite(d);
		rd_tabelle_kopf(d, t);
	}
	cairo_save(d->cr);
	rd_farbe(d->cr, 0xcccccc);
	cairo_set_line_width(d->cr, 0.3);
	cairo_move_to(d->cr, RD_RAND, d->y + h);
	cairo_line_to(d->cr, RD_RAND + RD_BREITE, d->y + h);
	cairo_stroke(d->cr);
	cairo_restore(d->cr);
	d->y += zeile(d, t, zelle, s, 1);
}
