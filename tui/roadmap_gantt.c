/* The Roadmap's time axis and bars (docs/dashboard.md): cells of one month, quarter or year
 * from r->t0 on; per object a bar of its PT per cell (a pause inside its span, the part after
 * its Vertragsende as late, the Vertragsende itself as a marker), or its reason when it is not
 * planned. Glyphs from the theme, so ASCII and NO_COLOR read the same. */
#include <stdio.h>

#include "model/date.h"
#include "model/i18n.h"
#include "model/monat.h"
#include "tui/roadmap.h"
#include "tui/text.h"

static const int unit[RZ__N] = { 1, 3, 12 };
static const int cell_w[RZ__N] = { 3, 4, 6 };

int rm_unit(int z)
{
	return unit[z >= 0 && z < RZ__N ? z : 0];
}

int rm_cell_w(int z)
{
	return cell_w[z >= 0 && z < RZ__N ? z : 0];
}

int rm_n_cells(const struct roadmap *r)
{
	int n = r->lv.t.w[RMC_BALKEN] / rm_cell_w(r->zoom);
	return n > 0 ? n : 1;
}

int32_t rm_align(int z, int32_t m)
{
	int32_t u = rm_unit(z);
	return m - m % u; /* months count from year 0, so a quarter starts at a multiple of 3 */
}

/* The cell of month m, or −1 when it is not shown. */
static int cell_of(const struct roadmap *r, int32_t m, int n)
{
	if (m < r->t0)
		return -1;
	int32_t c = (m - r->t0) / rm_unit(r->zoom);
	return c < n ? (int)c : -1;
}

/* The month of the Vertragsende of object o, or SCHED_KEIN. */
static int32_t frist_monat(const struct roadmap *r, uint32_t o)
{
	int32_t v = r->env->ws->obj[o].vertragsende;
	return v == DATE_NONE ? SCHED_KEIN : monat_von_tag(v);
}

void rm_draw_axis(const struct roadmap *r, WINDOW *win, int y)
{
	const struct theme *th = r->env->theme;
	attr_t dim = theme_attr(th, ROLE_DIM, 0), head = theme_attr(th, ROLE_HEADER, 0);
	int x0 = r->lv.t.x[RMC_BALKEN], cw = rm_cell_w(r->zoom), n = rm_n_cells(r);
	char b[16];
	if (r->lv.t.w[RMC_BALKEN] <= 0)
		return;
	for (int c = 0; c < n; c++) {
		int32_t m = r->t0 + c * rm_unit(r->zoom);
		int yr = (int)(m / 12), mo = (int)(m % 12) + 1;
		int x = x0 + c * cw;
		if (r->zoom == RZ_JAHR) {
			snprintf(b, sizeof b, "%d", yr);
			text_put(win, y + 1, x, b, cw, head, TEXT_RIGHT);
			continue;
		}
		if (mo == 1 || c == 0) { /* the year over its first cell */
			snprintf(b, sizeof b, "%d", yr);
			text_add(win, y, x + cw - 2 > x ? x + 1 : x, b, x0 + n * cw - x - 1, dim);
		}
		if (r->zoom == RZ_MONAT)
			snprintf(b, sizeof b, "%02d", mo);
		else
			snprintf(b, sizeof b, "Q%d", (mo - 1) / 3 + 1);
		text_put(win, y + 1, x, b, cw, head, TEXT_RIGHT);
	}
}

/* Fills cell c of line y with glyph g. */
static void fill(const struct roadmap *r, WINDOW *win, int y, int c, const char *g, attr_t a)
{
	int cw = rm_cell_w(r->zoom), x = r->lv.t.x[RMC_BALKEN] + c * cw;
	for (int i = 0; i < cw; i++)
		text_add(win, y, x + i, g, 1, a);
}

void rm_draw_bar(const struct roadmap *r, WINDOW *win, int y, uint32_t o, int selected)
{
	const struct theme *th = r->env->theme;
	const struct zeitplan *z = r->zp;
	const struct sched_obj_out *so = &z->plan->obj[o];
	int n = rm_n_cells(r), x0 = r->lv.t.x[RMC_BALKEN];
	attr_t row = theme_attr(th, ROLE_ROW, selected), bad = theme_attr(th, ROLE_VERDICT_BLOCKED, selected);
	attr_t pil = theme_attr(th, ROLE_GROUP, selected), dim = theme_attr(th, ROLE_DIM, selected);
	if (r->lv.t.w[RMC_BALKEN] <= 0)
		return;
	text_fill(win, y, x0, r->lv.t.w[RMC_BALKEN], row);
	if (so->grund != SG_GEPLANT) {
		char buf[1024];
		zeitplan_warum_text(z, o, buf, sizeof buf);
		text_put(win, y, x0, buf, r->lv.t.w[RMC_BALKEN], dim, TEXT_LEFT);
		return;
	}
	int32_t fm = frist_monat(r, o);
	int32_t m_end = r->t0 + (int32_t)n * rm_unit(r->zoom); /* first month not shown */
	if (so->beginn >= m_end || so->ende < r->t0) { /* the bar lies outside: say where */
		char b[48], mb[16];
		int later = so->beginn >= m_end;
		monat_format(later ? so->beginn : so->ende, i18n_german(), mb, sizeof mb);
		snprintf(b, sizeof b, later ? "%s → " : " ← %s", mb);
		text_put(win, y, x0, b, r->lv.t.w[RMC_BALKEN], dim, later ? TEXT_RIGHT : TEXT_LEFT);
	}
	attr_t bar = so->gruppe_art != SGA_KEINE ? pil : row;
	/* the span: a pause where a month of it has no PT */
	int c0 = so->beginn < r->t0 ? 0 : cell_of(r, so->beginn, n);
	int c1 = cell_of(r, so->ende, n);
	if (so->ende >= r->t0 && c0 >= 0) {
		if (c1 < 0)
			c1 = n - 1;
		for (int c = c0; c <= c1; c++)
			fill(r, win, y, c, theme_glyph(th, GL_PAUSE), bar);
	}
	size_t na = 0;
	const struct sched_alloc *al = zeitplan_alloc(z, o, &na);
	for (size_t i = 0; i < na; i++) {
		int c = cell_of(r, al[i].monat, n);
		if (c < 0)
			continue;
		int late = fm != SCHED_KEIN && rm_align(r->zoom, al[i].monat) > rm_align(r->zoom, fm);
		fill(r, win, y, c, theme_glyph(th, late ? GL_LATE : GL_BLOCK), late ? bad : bar);
	}
	if (so->rest == 0 && c0 >= 0 && so->beginn >= r->t0)
		fill(r, win, y, c0, theme_glyph(th, GL_DIAMOND), bar);
	/* the deadline: a marker in its cell where no PT are booked, late in the bad colour */
	int cf = fm == SCHED_KEIN ? -1 : cell_of(r, fm, n);
	if (cf >= 0 && so->beginn < m_end && so->ende >= r->t0) {
		int cw = rm_cell_w(r->zoom);
		text_add(win, y, x0 + cf * cw + cw - 1, theme_glyph(th, GL_FRIST), 1,
			 (so->flags & SF_FRIST) ? bad : row);
	}
}
