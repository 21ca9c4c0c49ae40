/* The Roadmap's load histogram (docs/dashboard.md): per cell of the time axis the PT booked
 * against the capacity of its months, the capacity as a line one step above its level — a
 * different glyph where a calendar exception applies — so a full month, a holiday month and
 * free room read the same with and without colour. */
#include <stdio.h>

#include "model/i18n.h"
#include "model/fields.h"
#include "tui/roadmap.h"
#include "tui/text.h"

void rm_draw_hist(const struct roadmap *r, WINDOW *win, int y)
{
	const struct theme *th = r->env->theme;
	const struct zeitplan *z = r->zp;
	int h = r->hist_h, n = rm_n_cells(r), cw = rm_cell_w(r->zoom), u = rm_unit(r->zoom);
	int x0 = r->lv.t.x[RMC_BALKEN], lw = x0 - 1;
	attr_t row = theme_attr(th, ROLE_ROW, 0), dim = theme_attr(th, ROLE_DIM, 0);
	attr_t warn = theme_attr(th, ROLE_VERDICT_OPEN, 0), bad = theme_attr(th, ROLE_VERDICT_BLOCKED, 0);
	int64_t last[512], kap[512];
	uint8_t aus[512];
	int64_t top = 1;
	char b[64], p1[32];
	if (h < 2 || r->lv.t.w[RMC_BALKEN] <= 0)
		return;
	if (n > 512)
		n = 512;
	for (int c = 0; c < n; c++) {
		last[c] = kap[c] = 0;
		aus[c] = 0;
		for (int i = 0; i < u; i++) {
			int32_t m = r->t0 + c * u + i;
			int32_t k = zeitplan_kap(z, m);
			last[c] += zeitplan_last(z, m);
			kap[c] += k;
			aus[c] |= k != z->params.kapazitaet;
		}
		if (kap[c] > top)
			top = kap[c];
		if (last[c] > top)
			top = last[c];
	}
	/* the labels: what is drawn, and the standard capacity */
	snprintf(b, sizeof b, "%s", _("Last / Kapazität"));
	text_put(win, y, 0, b, lw, dim, TEXT_LEFT);
	snprintf(b, sizeof b, _("Kap. %s PT/Monat"),
		 format_pt(z->params.kapazitaet / 2.0, i18n_german(), p1, sizeof p1));
	text_put(win, y + h - 1, 0, b, lw, dim, TEXT_LEFT);
	/* h − 1 rows hold the bars up to the highest capacity; the line sits above its level */
	int rows = h - 1;
	for (int c = 0; c < n; c++) {
		int x = x0 + c * cw;
		int fillr = last[c] ? (int)((last[c] * rows + top - 1) / top) : 0;
		int kapr = (int)((kap[c] * rows + top - 1) / top); /* rows below the line */
		int voll = last[c] >= kap[c] && last[c] > 0;
		for (int i = 0; i < h; i++) {
			int yy = y + h - 1 - i; /* i = 0: the bottom row */
			const char *g = NULL;
			attr_t a = row;
			if (i < fillr) {
				g = theme_glyph(th, GL_BLOCK);
				a = last[c] > kap[c] ? bad : voll ? warn : row;
			} else if (i == kapr) {
				g = theme_glyph(th, aus[c] ? GL_KAP_AUS : GL_KAP);
				a = aus[c] ? warn : dim;
			}
			for (int k = 0; g && k < cw; k++)
				text_add(win, yy, x + k, g, 1, a);
		}
	}
}
