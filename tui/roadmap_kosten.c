/* The Roadmap's euros (docs/dashboard.md): below the load, per month, quarter or year of
 * the zoom from the left edge of the time axis on, the migration cost and the operating
 * cost in the interface language's money format, from the session's shared costs
 * (tui/kosten_stand.h, cost_monate) — plain figures, so they read the same without colour —
 * and a legend: Einmalkosten fall into the Beginn month. */
#include <stdio.h>
#include <string.h>

#include "model/cost.h"
#include "model/i18n.h"
#include "model/money.h"
#include "model/monat.h"
#include "tui/kosten_stand.h"
#include "tui/roadmap.h"
#include "tui/text.h"

#define MAX_PER 64  /* periods at most (a very wide terminal) */
#define MIN_COL 10  /* a period's column: "12.345 €" and the gap before it */

/* The name of the period of zoom z starting at month m: "03.2027" / "2027-03", "Q1 2027",
 * "2027". */
static void period_name(int z, int32_t m, char *buf, size_t n)
{
	int yr = (int)(m / 12), mo = (int)(m % 12) + 1;
	if (z == RZ_MONAT)
		monat_format(m, i18n_german(), buf, n);
	else if (z == RZ_QUARTAL)
		snprintf(buf, n, "Q%d %d", (mo - 1) / 3 + 1, yr);
	else
		snprintf(buf, n, "%d", yr);
}

int rm_kosten_perioden(const struct roadmap *r, int max, int32_t *from, int64_t *mig,
		       int64_t *betr)
{
	const struct kosten_stand *ks = kosten_stand(r->env);
	int u = rm_unit(r->zoom);
	int64_t m[MAX_PER * 12], b[MAX_PER * 12];
	if (!ks || ks->rc)
		return -1;
	if (max > MAX_PER)
		max = MAX_PER;
	if (max < 1)
		return 0;
	*from = r->t0;
	if (cost_monate(&ks->k->in, ks->k->r, r->t0, (size_t)max * (size_t)u, m, b))
		return -1;
	for (int p = 0; p < max; p++) {
		mig[p] = betr[p] = 0;
		for (int i = 0; i < u; i++) {
			mig[p] += m[p * u + i];
			betr[p] += b[p * u + i];
		}
	}
	return max;
}

void rm_draw_kosten(const struct roadmap *r, WINDOW *win, int y)
{
	static const char *const je[RZ__N] = { N_("Kosten je Monat"), N_("Kosten je Quartal"),
					       N_("Kosten je Jahr") };
	const struct theme *th = r->env->theme;
	attr_t row = theme_attr(th, ROLE_ROW, 0), dim = theme_attr(th, ROLE_DIM, 0);
	attr_t head = theme_attr(th, ROLE_HEADER, 0);
	int x0 = r->lv.t.x[RMC_BALKEN], lw = x0 - 1, bw = r->w - x0;
	int64_t mig[MAX_PER], betr[MAX_PER];
	char mb[MAX_PER][32], bb[MAX_PER][32], name[32];
	int32_t from;
	int de = i18n_german();
	if (bw < MIN_COL || lw < 1)
		return;
	text_put(win, y, 0, _(je[r->zoom]), lw, head, TEXT_LEFT);
	int n = rm_kosten_perioden(r, bw / MIN_COL, &from, mig, betr);
	if (n < 0) {
		const struct kosten_stand *ks = kosten_stand(r->env);
		char t[320];
		snprintf(t, sizeof t, _(KOSTEN_NICHT_BERECHNET), ks ? ks->err : "");
		text_put(win, y + 1, 0, t, r->w, theme_attr(th, ROLE_VERDICT_BLOCKED, 0), TEXT_LEFT);
		return;
	}
	/* one column width for all, from the widest figure; as many periods as fit */
	int cw = MIN_COL;
	for (int p = 0; p < n; p++) {
		money_format_cents(mig[p], de, mb[p], sizeof mb[p]);
		money_format_cents(betr[p], de, bb[p], sizeof bb[p]);
		int wm = text_width(mb[p]) + 2, wb = text_width(bb[p]) + 2;
		cw = wm > cw ? wm : cw;
		cw = wb > cw ? wb : cw;
	}
	if (n > bw / cw)
		n = bw / cw;
	text_put(win, y + 1, 0, _("  Migration¹"), lw, row, TEXT_LEFT);
	text_put(win, y + 2, 0, _("  Betrieb"), lw, row, TEXT_LEFT);
	for (int p = 0; p < n; p++) {
		int x = x0 + p * cw;
		period_name(r->zoom, from + p * rm_unit(r->zoom), name, sizeof name);
		text_put(win, y, x, name, cw, head, TEXT_RIGHT);
		text_put(win, y + 1, x, mb[p], cw, row, TEXT_RIGHT);
		text_put(win, y + 2, x, bb[p], cw, row, TEXT_RIGHT);
	}
	text_put(win, y + 3, 0,
		 _("¹ PT × Tagessatz in den Monaten der Arbeit, Einmalkosten im Beginn-Monat"),
		 r->w, dim, TEXT_LEFT);
}
