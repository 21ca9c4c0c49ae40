/* The scenario comparison in the report (docs/report.md "Szenarienvergleich"): the
 * Kennzahlen table of sz_vergleich (the rows and figures of `export szenarien`), figures
 * that differ from the first scenario marked with "*"; a grouped bar chart of Summe per
 * Haushaltsjahr, one bar per scenario told apart by fill and hatching (readable in black
 * and white); the objects that differ between the first and each other scenario, capped. */
#include <stdio.h>
#include <string.h>

#include "data/report_priv.h"
#include "data/szenario_zahlen.h"
#include "model/i18n.h"

/* Objects listed per pair of scenarios; beyond them a pointer to export szenario-diff. */
#define VERGLEICH_DIFF_MAX 25

/* The comparison table being drawn: one row of sz_vergleich at a time. */
struct tab {
	struct report_ctx *c;
	struct rd_tabelle t;
	double br[1 + SZ_VERGLEICH_MAX];
	int re[1 + SZ_VERGLEICH_MAX];
	size_t markiert; /* figures marked as differing from the first scenario */
};

static void tab_zeile(void *ctx, const char *const *cells, size_t n, int zahlen)
{
	struct tab *x = ctx;
	if (!zahlen) { /* the head: Kennzahl and the scenario names */
		x->t.n = n;
		x->t.kopf = cells;
		for (size_t i = 0; i < n; i++) {
			x->br[i] = i ? 0.62 / (double)(n - 1) : 0.38;
			x->re[i] = i > 0;
		}
		rd_tabelle_kopf(&x->c->d, &x->t);
		return;
	}
	/* labels and figures come for people (sz_vergleich's uebersetzt) */
	char b[SZ_VERGLEICH_MAX][64];
	const char *z[1 + SZ_VERGLEICH_MAX];
	z[0] = cells[0];
	for (size_t i = 1; i < n; i++) {
		int anders = i > 1 && strcmp(cells[i], cells[1]) != 0;
		snprintf(b[i - 1], sizeof b[i - 1], "%s%s", cells[i], anders ? " *" : "");
		x->markiert += (size_t)anders;
		z[i] = b[i - 1];
	}
	rd_tabelle_zeile(&x->c->d, &x->t, z, 0);
}

/* Fill of scenario i's bars: 0 dark, 1 hatched, 2 light, 3 cross-hatched. */
static void fuellung(cairo_t *cr, int i, double x, double y, double w, double h)
{
	static const unsigned ton[SZ_VERGLEICH_MAX] = { 0x2f5d8a, 0xffffff, 0xb7cde3, 0xffffff };
	cairo_save(cr);
	cairo_rectangle(cr, x, y, w, h);
	rd_farbe(cr, ton[i]);
	cairo_fill_preserve(cr);
	cairo_clip(cr);
	if (i == 1 || i == 3) {
		cairo_set_source_rgb(cr, 0, 0, 0);
		cairo_set_line_width(cr, 0.5);
		for (double d = -h; d < w + h; d += 3) {
			cairo_move_to(cr, x + d, y + h);
			cairo_line_to(cr, x + d + h, y);
			if (i == 3) {
				cairo_move_to(cr, x + d, y);
				cairo_line_to(cr, x + d + h, y + h);
			}
		}
		cairo_stroke(cr);
	}
	cairo_restore(cr);
	cairo_set_source_rgb(cr, 0, 0, 0);
	cairo_set_line_width(cr, 0.4);
	cairo_rectangle(cr, x, y, w, h);
	cairo_stroke(cr);
}

/* The grouped bar chart at (x, y), w × h points. */
static void chart(struct report_ctx *c, double x, double y, double w, double h)
{
	const struct sz_stand *s = c->o->vergleich;
	size_t n = c->o->n_vergleich;
	cairo_t *cr = c->d.cr;
	char b[64];
	int von = 0, bis = 0;
	int64_t max = 1;
	for (size_t i = 0; i < n; i++) {
		const struct cost_result *r = s[i].k->r;
		if (!r->n_jahr)
			continue;
		von = !von || r->jahr[0].jahr < von ? r->jahr[0].jahr : von;
		bis = r->jahr[r->n_jahr - 1].jahr > bis ? r->jahr[r->n_jahr - 1].jahr : bis;
		for (size_t j = 0; j < r->n_jahr; j++)
			max = r->jahr[j].summe > max ? r->jahr[j].summe : max;
	}
	if (!von) {
		rd_zeile_bei(&c->d, RS_NORMAL, _(REPORT_KEINE_KOSTEN), x, y, w, 0);
		return;
	}
	double lx = x; /* the legend: a swatch and the name per scenario */
	for (size_t i = 0; i < n; i++) {
		double bw = 0;
		fuellung(cr, (int)i, lx, y + 1, 14, 9);
		rd_mass(&c->d, RS_KLEIN, s[i].w->szenario, -1, &bw);
		bw = bw > 120 ? 120 : bw;
		rd_zeile_bei(&c->d, RS_KLEIN, s[i].w->szenario, lx + 17, y, bw + 2, 0);
		lx += 17 + bw + 14;
	}
	y += 16;
	h -= 16;
	int64_t st = report_schritt(max);
	int64_t top = (max + st - 1) / st * st;
	double lw = 64, x0 = x + lw, cw = w - lw, y0 = y + h - 14, ch = h - 20;
	for (int64_t v = 0; v <= top; v += st) {
		double yy = y0 - ch * (double)v / (double)top;
		rd_farbe(cr, 0xdddddd);
		cairo_set_line_width(cr, 0.3);
		cairo_move_to(cr, x0, yy);
		cairo_line_to(cr, x0 + cw, yy);
		cairo_stroke(cr);
		cairo_set_source_rgb(cr, 0, 0, 0);
		rd_zeile_bei(&c->d, RS_KLEIN, report_euro(c, v, b, sizeof b), x, yy - 5, lw - 4, 1);
	}
	int jahre = bis - von + 1;
	double slot = cw / jahre, bw = slot * 0.8 / (double)n, jw = 0;
	rd_mass(&c->d, RS_KLEIN, "2027", -1, &jw);
	int k = (int)((jw + 4) / slot) + 1; /* every k-th year labelled */
	for (int j = 0; j < jahre; j++) {
		double gx = x0 + slot * j + slot * 0.1;
		for (size_t i = 0; i < n; i++) {
			int64_t summe;
			sz_jahr_summe(&s[i], von + j, &summe);
			double hh = ch * (double)summe / (double)top;
			if (hh > 0)
				fuellung(cr, (int)i, gx + bw * (double)i, y0 - hh, bw, hh);
		}
		if (j % k == 0) {
			snprintf(b, sizeof b, "%d", von + j);
			rd_zeile_bei(&c->d, RS_KLEIN, b, x0 + slot * j + slot / 2 - jw / 2 - 1, y0 + 2,
				     jw + 2, 0);
		}
	}
	cairo_set_line_width(cr, 0.6);
	cairo_move_to(cr, x0, y0);
	cairo_line_to(cr, x0 + cw, y0);
	cairo_stroke(cr);
}

struct diff_tab {
	struct report_ctx *c;
	const struct rd_tabelle *t;
	const char *kennung; /* shown on the object's first row only */
};

static void diff_zeile(void *ctx, const char *feld, const char *va, const char *vb)
{
	struct diff_tab *x = ctx;
	char a[48], b[48];
	int geld = strcmp(feld, "Kosten_EUR") == 0;
	sz_diff_wert(feld, va, x->c->german, a, sizeof a);
	sz_diff_wert(feld, vb, x->c->german, b, sizeof b);
	/* the field's CSV label is a msgid of the interface (Plattform, Strategie, …) */
	const char *z[] = { x->kennung, geld ? _(LBL_KOSTEN) : _(feld), a, b };
	rd_tabelle_zeile(&x->c->d, x->t, z, 0);
	x->kennung = "";
}

/* The objects whose Plattform, Strategie, Beginn, Ende or Kosten differ between the first
 * scenario and scenario i, at most VERGLEICH_DIFF_MAX. */
static void unterschiede(struct report_ctx *c, size_t i)
{
	const struct sz_stand *a = &c->o->vergleich[0], *bs = &c->o->vergleich[i];
	char b[512];
	size_t n = 0, k = 0;
	for (uint32_t o = 0; o < a->w->n_obj; o++)
		n += sz_diff_objekt(a, bs, o, c->german, NULL, NULL) > 0;
	snprintf(b, sizeof b, _("Unterschiede %s → %s"), a->w->szenario, bs->w->szenario);
	rd_ueberschrift(&c->d, RS_H2, b, 30);
	if (!n) {
		rd_absatz(&c->d, RS_NORMAL, _("Kein Objekt unterscheidet sich in Plattform, Strategie, "
					     "Beginn, Ende oder Kosten."), 4);
		return;
	}
	snprintf(b, sizeof b, ngettext("%zu Objekt unterscheidet sich in Plattform, Strategie, "
				       "Beginn, Ende oder Kosten.",
				       "%zu Objekte unterscheiden sich in Plattform, Strategie, "
				       "Beginn, Ende oder Kosten.", n), n);
	rd_absatz(&c->d, RS_NORMAL, b, 4);
	static const double br[] = { 0.34, 0.18, 0.24, 0.24 };
	static const int re[] = { 0, 0, 1, 1 };
	const char *kopf[] = { _(LBL_F_KENNUNG), _("Angabe"), a->w->szenario, bs->w->szenario };
	struct rd_tabelle t = { 4, br, re, kopf, 1 };
	rd_tabelle_kopf(&c->d, &t);
	for (size_t r = 0; r < a->w->n_obj && k < VERGLEICH_DIFF_MAX; r++) {
		uint32_t o = a->w->by_kennung[r];
		struct diff_tab x = { c, &t, a->w->obj[o].kennung };
		k += sz_diff_objekt(a, bs, o, c->german, diff_zeile, &x) > 0;
	}
	if (n > k) {
		snprintf(b, sizeof b, _("… und %zu weitere; die ganze Liste: wolkenplan export "
					"szenario-diff \"%s\" \"%s\""), n - k, a->w->szenario,
			 bs->w->szenario);
		rd_absatz(&c->d, RS_NORMAL, b, 4);
	}
}

void report_vergleich(struct report_ctx *c)
{
	const struct sz_stand *s = c->o->vergleich;
	size_t n = c->o->n_vergleich;
	if (n < 2)
		return;
	rd_seite(&c->d);
	rd_ueberschrift(&c->d, RS_H1, _("Szenarienvergleich"), 40);
	rd_absatz(&c->d, RS_NORMAL, _("Dieselben Objekte unter den Annahmen jedes Szenarios; die "
				     "Zahlen wie in wolkenplan export szenarien."), 6);
	struct tab x = { .c = c, .t = { .klein = 1 } };
	x.t.breite = x.br;
	x.t.rechts = x.re;
	if (sz_vergleich(s, n, c->german, 1, tab_zeile, &x) == 0 && x.markiert) {
		char b[512];
		snprintf(b, sizeof b, _("* weicht von %s ab"), s[0].w->szenario);
		rd_absatz(&c->d, RS_KLEIN, b, 6);
	}
	double h = 190;
	rd_ueberschrift(&c->d, RS_H2, _("Summe je Haushaltsjahr"), h);
	chart(c, RD_RAND, c->d.y, RD_A4_W - 2 * RD_RAND, h);
	c->d.y += h + 8;
	for (size_t i = 1; i < n; i++)
		unterschiede(c, i);
}
