/* Kosten export: one row per Haushaltsjahr, every figure through money_euro. */
#include "data/export_kosten.h"

#include <inttypes.h>
#include <stdio.h>

#include "model/money.h"

int export_kosten(const struct kosten *k, struct csvout *o)
{
	static const char *const head[8] = { "Haushaltsjahr", "Migration_EUR",
					     "Migration_extern_EUR", "Betrieb_EUR", "Summe_EUR",
					     "Basis_EUR", "Differenz_EUR", "Kumuliert_EUR" };
	csvout_row(o, head, 8);
	for (size_t i = 0; i < k->r->n_jahr; i++) {
		const struct cost_jahr *j = &k->r->jahr[i];
		const int64_t v[7] = { j->migration, j->migration_extern, j->betrieb, j->summe,
				       j->basis, j->differenz, j->kumuliert };
		char b[8][24];
		const char *cells[8];
		snprintf(b[0], sizeof b[0], "%d", j->jahr);
		for (int c = 0; c < 7; c++)
			snprintf(b[c + 1], sizeof b[c + 1], "%" PRId64, money_euro(v[c]));
		for (int c = 0; c < 8; c++)
			cells[c] = b[c];
		csvout_row_zahlen(o, cells, 8);
	}
	return 0;
}
