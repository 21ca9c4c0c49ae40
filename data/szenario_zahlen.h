/* A scenario read for comparison (docs/szenarien.md): its workspace, assessment, stored
 * Zeitplan and costs, loaded from an in-memory copy without switching; the Kennzahlen
 * computed from them (one function for `szenario compare` and both exports); the CSV
 * exports Szenarien and Szenario-Diff of docs/csv.md. */
#ifndef WP_DATA_SZENARIO_ZAHLEN_H
#define WP_DATA_SZENARIO_ZAHLEN_H

#include <stddef.h>
#include <stdint.h>

#include "data/csvwrite.h"
#include "data/store.h"
#include "model/assess.h"
#include "model/kosten.h"
#include "model/ws.h"
#include "model/zeitplan.h"

#define SZ_VERGLEICH_MAX 4 /* scenarios compared at once */

/* One scenario as loaded; every member owned (sz_stand_free). */
struct sz_stand {
	struct ws *w;            /* w->szenario is its name */
	struct assessment *a;
	struct zeitplan *z;      /* its stored Zeitplan, NULL when none is stored */
	struct kosten *k;        /* its costs under z (nothing planned without one) */
};

/* Loads scenario name of the workspace at path; heute (days since 1970) gives the cost
 * table's start month when no plan is stored, as `wolkenplan kosten` does. Returns 0 or
 * -WP_E* (message in e; -WP_ENOTFOUND: no such scenario). The file is only read. */
int sz_stand_laden(const char *path, const char *name, int32_t heute, struct sz_stand *out,
		   struct wp_err *e);
/* As sz_stand_laden, from the open store src (the dashboard's; also an in-memory one):
 * src is only read. */
int sz_stand_aus_store(struct store *src, const char *name, int32_t heute, struct sz_stand *out,
		       struct wp_err *e);
/* Frees what sz_stand_laden loaded; accepts a zeroed struct. */
void sz_stand_free(struct sz_stand *s);

/* The Kennzahlen of one scenario. */
struct sz_zahlen {
	size_t geplant;        /* objects planned in its Zeitplan */
	int32_t letzte;        /* last go-live month (model/monat.h), 0 = none */
	int64_t aufwand;       /* half-PT planned, summed over the planned objects */
	int64_t kosten;        /* migration costs in cents (kosten: Migration gesamt) */
	int break_even;        /* year, 0 = none */
	size_t fristen;        /* planned objects whose deadline is at risk */
	size_t blockiert;      /* objects with no platform, or blocked on their Vorgabe */
	size_t offen;          /* objects whose platform is only offen (Klärung nötig) */
};
/* Computes the Kennzahlen of s. */
void sz_zahlen(const struct sz_stand *s, struct sz_zahlen *out);

/* Whether the cost table of s has Haushaltsjahr j: 1 with its Summe (cents) in *cents,
 * else 0 (*cents 0). */
int sz_jahr_summe(const struct sz_stand *s, int j, int64_t *cents);

/* The comparison table of s[0..n-1] (n 1..SZ_VERGLEICH_MAX), row by row: the head
 * (Kennzahl and the scenario names, zahlen 0), then one row per Kennzahl and one per
 * Haushaltsjahr (zahlen 1; its label ends in the year). uebersetzt 1 gives the rows for
 * people (`szenario compare`, the scenario view, the report): labels in the interface
 * language, amounts in whole euros grouped with the currency (money_format), the Aufwand
 * with its unit; 0 the CSV labels and plain figures of export_szenarien. de selects the
 * number style. Returns 0 or -WP_EINVAL. */
int sz_vergleich(const struct sz_stand *s, size_t n, int de, int uebersetzt,
		 void (*row)(void *ctx, const char *const *cells, size_t n, int zahlen), void *ctx);
/* Szenarien: Kennzahl · one column per scenario (s[0..n-1], n 1..SZ_VERGLEICH_MAX); rows
 * as docs/csv.md, then Summe_EUR per Haushaltsjahr over the years of every scenario
 * (empty where a scenario's table has no such year). Returns 0 or -WP_ENOMEM. */
int export_szenarien(const struct sz_stand *s, size_t n, struct csvout *o);
/* Szenario-Diff: Kennung · Feld · A · B for every object whose Plattform, Strategie,
 * Beginn, Ende or Kosten_EUR differ between a and b (the same inventory), in Kennung
 * order. Returns 0 or -WP_ENOMEM. */
int export_szenario_diff(const struct sz_stand *a, const struct sz_stand *b, struct csvout *o);

/* The differences of object o between a and b: calls fn(ctx, feld, wert_a, wert_b) for
 * each differing field (feld: the CSV label); german selects the number style. Returns the
 * number of differing fields. */
int sz_diff_objekt(const struct sz_stand *a, const struct sz_stand *b, uint32_t o, int german,
		   void (*fn)(void *ctx, const char *feld, const char *va, const char *vb),
		   void *ctx);

/* A value of sz_diff_objekt for people into buf (n bytes): Kosten_EUR in whole euros
 * grouped with the currency (money_format; empty stays empty), any other field as it is.
 * Returns buf. */
char *sz_diff_wert(const char *feld, const char *wert, int german, char *buf, size_t n);

#endif
