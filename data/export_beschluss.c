/* The Beschlüsse export: one row per decision, its links as readable lists. */
#include "data/export_beschluss.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "model/beschluss.h"
#include "model/date.h"

char *beschluss_erfasst_text(int64_t t, int german, char *buf, size_t n)
{
	time_t tt = (time_t)t;
	struct tm tm;
	if (!localtime_r(&tt, &tm)) {
		snprintf(buf, n, "?");
		return buf;
	}
	strftime(buf, n, german ? "%d.%m.%Y %H:%M" : "%Y-%m-%d %H:%M", &tm);
	return buf;
}

/* The links of kind art of b as a malloc'd string; NULL on out of memory. */
static char *links(const struct ws *w, const struct beschluss *b, int art)
{
	int n = beschluss_links_text(w, b, art, NULL, 0);
	char *s = n >= 0 ? malloc((size_t)n + 1) : NULL;
	if (s)
		beschluss_links_text(w, b, art, s, (size_t)n + 1);
	return s;
}

int export_beschluesse(const struct ws *w, struct csvout *o)
{
	static const char *const head[9] = { "Nr", "Datum", "Gremium", "Beschluss", "Szenario",
					     "Objekte", "Piloten", "Wellen", "Erfasst" };
	int german = csvout_german(o), rc = 0;
	csvout_row(o, head, 9);
	for (size_t i = 0; i < w->n_bes && !rc; i++) {
		const struct beschluss *b = &w->bes[i];
		char nr[24], datum[16], erfasst[32];
		snprintf(nr, sizeof nr, "%zu", i + 1);
		date_format(b->datum, german, datum, sizeof datum);
		beschluss_erfasst_text(b->erstellt, german, erfasst, sizeof erfasst);
		char *obj = links(w, b, BL_OBJEKT), *pil = links(w, b, BL_PILOT),
		     *wel = links(w, b, BL_WELLE);
		if (obj && pil && wel) {
			const char *cells[9] = { nr, datum, b->gremium, b->text, b->szenario, obj, pil,
						 wel, erfasst };
			csvout_row(o, cells, 9);
		} else {
			rc = -WP_ENOMEM;
		}
		free(obj);
		free(pil);
		free(wel);
	}
	return rc;
}
