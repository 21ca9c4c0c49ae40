/* Drawing the printed report (docs/report.md) with Cairo and Pango: an A4 document with a
 * cursor that flows text, headings and tables down the page, breaks pages where needed and
 * frames every page (workspace name, title, date, "Seite n von m"). Private to data/report*. */
#ifndef WP_DATA_REPORT_DRAW_H
#define WP_DATA_REPORT_DRAW_H

#include <stddef.h>

#include <cairo.h>
#include <pango/pangocairo.h>

#define RD_A4_W 595.276 /* A4 in points */
#define RD_A4_H 841.890
#define RD_RAND 48.0    /* page margin */
#define RD_KOPF 30.0    /* room of the page header below the top margin */
#define RD_FUSS 26.0    /* room of the page footer above the bottom margin */

/* Text styles. */
enum rd_stil { RS_NORMAL, RS_KLEIN, RS_FETT, RS_KLEIN_FETT, RS_H1, RS_H2, RS_TITEL,
	       RS_UNTERTITEL, RS__N };

/* A document being drawn. cr and the layout are owned by it (rd_open/rd_close); the
 * strings are borrowed from the caller for its lifetime. */
struct rdoc {
	cairo_surface_t *surf;
	cairo_t *cr;
	PangoLayout *lay;
	PangoFontDescription *font[RS__N];
	double y;          /* the cursor: top of the next block, points from the page top */
	int seite;         /* the current page, 1-based; 0 before the first */
	int seiten;        /* pages in all (from a first pass), 0 if not known yet */
	int gerahmt;       /* 1: pages get header and footer (the full report) */
	const char *name;  /* the workspace's name, in the header */
	const char *titel; /* the title, in the header */
	const char *datum; /* the date, in the footer */
};

/* Sets up d on surface surf (borrowed; the caller finishes and destroys it after
 * rd_close). Returns 0, or -1 when Cairo or Pango cannot start (d is closed then). */
int rd_open(struct rdoc *d, cairo_surface_t *surf);
/* Frees what rd_open made; accepts a closed d. */
void rd_close(struct rdoc *d);

/* Starts a new page (ending the current one): frame drawn, cursor below the header. */
void rd_seite(struct rdoc *d);
/* Ends the last page. */
void rd_ende(struct rdoc *d);
/* Starts a new page unless h points still fit below the cursor. */
void rd_platz(struct rdoc *d, double h);
/* The bottom of the writable area of a page. */
double rd_unten(const struct rdoc *d);

/* Lays out text (UTF-8, plain, not markup) in style s, wrapped to width w (≤ 0: no wrap),
 * and returns its height; draws nothing. */
double rd_mass(struct rdoc *d, enum rd_stil s, const char *text, double w, double *breite);
/* Draws text at (x, y), wrapped to w, aligned right when rechts; returns its height. */
double rd_text_bei(struct rdoc *d, enum rd_stil s, const char *text, double x, double y,
		   double w, int rechts);
/* Draws text on one line at (x, y), cut with "…" to width w; returns its height. */
double rd_zeile_bei(struct rdoc *d, enum rd_stil s, const char *text, double x, double y,
		    double w, int rechts);
/* A paragraph at the cursor across the writable width (page break before it if needed);
 * advances the cursor by its height plus abstand. */
void rd_absatz(struct rdoc *d, enum rd_stil s, const char *text, double abstand);
/* A heading (H1 or H2) kept together with the next min_folge points. */
void rd_ueberschrift(struct rdoc *d, enum rd_stil s, const char *text, double min_folge);

/* A table: n columns with relative widths breite[] (summing to 1 over the writable width),
 * rechts[c] 1 for right-aligned columns; rows of n cells (NULL = empty). The header row is
 * repeated after every page break; rows wrap inside their cells. */
struct rd_tabelle {
	size_t n;
	const double *breite;
	const int *rechts;
	const char *const *kopf;
	int klein; /* 1: small type */
};
void rd_tabelle_kopf(struct rdoc *d, const struct rd_tabelle *t);
void rd_tabelle_zeile(struct rdoc *d, const struct rd_tabelle *t, const char *const *zelle,
		      int fett);

/* Colours as RGB 0..1. */
void rd_farbe(cairo_t *cr, unsigned rgb);

#endif
