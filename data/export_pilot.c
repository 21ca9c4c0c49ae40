/* The Pilote export: per pilot one row of its own and one per member, with the gaps of
 * pilot_analysieren as readable text. */
#include "data/export_plan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/tbuf.h"
#include "model/enums.h"
#include "model/pilot.h"

/* Text of gap l into b (appended with "; "). */
static int gap_text(const struct ws *w, const struct pilot_luecke *l, struct tbuf *b)
{
	char small[512];
	int n = pilot_luecke_text(w, l, small, sizeof small);
	if (n < 0)
		return 0;
	if ((size_t)n < sizeof small)
		return tb_append(b, "; ", small);
	char *big = malloc((size_t)n + 1);
	if (!big)
		return -WP_ENOMEM;
	pilot_luecke_text(w, l, big, (size_t)n + 1);
	int rc = tb_append(b, "; ", big);
	free(big);
	return rc;
}

int export_pilote(const struct ws *w, const struct assessment *a, const struct plan *p,
		  struct csvout *o)
{
	static const char *const head[9] = { "Pilot", "Status", "OZG", "Kennung", "Name",
					     "Behörde", "Urteil", "Welle",
					     "offene Voraussetzungen" };
	struct tbuf gaps = { 0 };
	int rc = 0;
	csvout_row(o, head, 9);
	for (size_t i = 0; i < w->n_pilot && !rc; i++) {
		const struct pilot *pi = &w->pilot[i];
		struct pilot_analyse pa = { 0 };
		if ((rc = pilot_analysieren(w, a, p, (uint32_t)i, &pa)))
			break;
		char nr[16] = "";
		if (pa.welle > 0)
			snprintf(nr, sizeof nr, "%d", pa.welle);
		const char *status = enum_label(EK_PILOT_STATUS, pi->status);
		/* the pilot's own row: open checklist items, no members */
		if (!(rc = tb_reserve(&gaps, 1))) {
			gaps.s[0] = '\0';
			for (size_t g = 0; g < pa.n_luecken && !rc; g++)
				if (pa.luecken[g].obj == WP_NONE)
					rc = gap_text(w, &pa.luecken[g], &gaps);
		}
		if (!rc) {
			const char *cells[9] = { pi->name, status, pi->ozg, "", "", "", "", nr, gaps.s };
			csvout_row(o, cells, 9);
		}
		for (size_t m = 0; m < pi->n_members && !rc; m++) {
			uint32_t oi = pi->members[m];
			const struct objekt *ob = &w->obj[oi];
			gaps.s[0] = '\0';
			for (size_t g = 0; g < pa.n_luecken && !rc; g++)
				if (pa.luecken[g].obj == oi)
					rc = gap_text(w, &pa.luecken[g], &gaps);
			uint32_t pf = pa.ziel != WP_NONE ? pa.ziel : a->obj[oi].empfohlen;
			char wv[16] = "";
			if (p && oi < p->n_obj && p->obj[oi].welle)
				snprintf(wv, sizeof wv, "%u", p->obj[oi].welle);
			if (!rc) {
				const char *cells[9] = {
					pi->name, status, pi->ozg, ob->kennung, ob->name,
					w->beh[ob->behoerde].name,
					pf != WP_NONE
						? enum_label(EK_VERDICT, a->verdict[(size_t)oi * a->n_pf + pf])
						: enum_label(EK_VERDICT, V_BLOCKIERT),
					wv, gaps.s };
				csvout_row(o, cells, 9);
			}
		}
		pilot_analyse_free(&pa);
	}
	free(gaps.s);
	return rc;
}
