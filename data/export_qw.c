/* Quick-Wins export: assess_quickwins order, score parts per dialect. */
#include "data/export_qw.h"

#include <stdio.h>
#include <stdlib.h>

#include "model/enums.h"
#include "model/fields.h"
#include "model/numfmt.h"

int export_quickwins(const struct ws *w, const struct assessment *a, struct csvout *o)
{
	static const char *const head[15] = { "Rang", "Kennung", "Name", "Behörde", "Punkte",
		"Nutzen", "Leichtigkeit", "Risiko", "OZG", "Fallzahl", "Aufwand_PT", "Schutzklasse",
		"Plattform", "Strategie", "Pilotkandidat" };
	uint32_t *ranked = malloc((w->n_obj ? w->n_obj : 1) * sizeof *ranked);
	if (!ranked)
		return -WP_ENOMEM;
	int de = csvout_german(o);
	size_t n = assess_quickwins(w, a, ranked);
	csvout_row(o, head, 15);
	for (size_t i = 0; i < n; i++) {
		uint32_t ob = ranked[i];
		const struct assess_obj *ao = &a->obj[ob];
		struct qw_parts q;
		char rang[24], pkt[16], nu[32], le[32], ri[32], fz[32] = "", pt[32];
		assess_qw_parts(w, ob, ao->schutzklasse, ao->aufwand, &q);
		snprintf(rang, sizeof rang, "%zu", i + 1);
		snprintf(pkt, sizeof pkt, "%d", ao->qw);
		format_num(q.nutzen, 2, 0, de, nu, sizeof nu);
		format_num(q.leichtigkeit, 2, 0, de, le, sizeof le);
		format_num(q.risiko, 2, 0, de, ri, sizeof ri);
		if (w->obj[ob].fallzahl >= 0)
			snprintf(fz, sizeof fz, "%lld", (long long)w->obj[ob].fallzahl);
		format_pt(ao->aufwand, de, pt, sizeof pt);
		const char *cells[15] = { rang, w->obj[ob].kennung, w->obj[ob].name,
			w->beh[w->obj[ob].behoerde].name, pkt, nu, le, ri, w->obj[ob].ozg, fz, pt,
			enum_label(EK_LEVEL, ao->schutzklasse),
			ao->empfohlen < w->n_pf ? w->pf[ao->empfohlen].code : "",
			enum_label(EK_STRATEGIE, ao->strategie), ao->pilot_kandidat ? "ja" : "nein" };
		csvout_row(o, cells, 15);
	}
	free(ranked);
	return 0;
}
