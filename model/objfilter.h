/* The object filter shared by the dashboard lists (Inventar, Bewertung, the figures of the
 * Übersicht) and the CLI (list, score): the filter's fields, whether an object passes, and
 * the filter in words. Pure: what the match needs from outside the model (the wave per
 * object) comes in as plain data. */
#ifndef WP_MODEL_OBJFILTER_H
#define WP_MODEL_OBJFILTER_H

#include <stddef.h>
#include <stdint.h>

#include "model/assess.h"
#include "model/tree.h"
#include "model/ws.h"

/* A filter of objects. Fields at their "off" value (WP_NONE / -1 / 0, see obj_filter_clear)
 * do not filter; set fields combine with AND. */
struct obj_filter {
	uint32_t behoerde;   /* Behörde index: it and its sub-Behörden; WP_NONE = all */
	int typ;             /* enum obj_typ or -1 */
	int verdict;         /* enum verdict on the recommended platform or -1 */
	int strategie;       /* enum strategie (effective) or -1 */
	int bereit_min, bereit_max; /* Bereitschaft range; -1 = off */
	uint32_t rl;         /* red line index that fails on some platform; WP_NONE = off;
			      * n_rl = the VS-NfD approval */
	int32_t vertrag_bis; /* Vertragsende on or before this day (and not before heute);
			      * DATE_NONE (INT32_MIN) = off */
	int welle;           /* wave number (stored plan, else pin) or 0 */
	int quickwin;        /* 1 = quick-win eligible objects only */
	uint32_t select;     /* object to select after filtering, or WP_NONE (not a filter) */
	int ohne_kosten;     /* 1 = objects without Betriebskosten heute ("ohne
			      * Kostenangabe", docs/kosten.md) only */
};

/* What a match reads, all borrowed. tree (built from ws) is needed when the filter has a
 * Behörde; welle_of (wave number per object, 0 = none; NULL = no object in a wave) when it
 * has a Welle. heute is today in days since 1970-01-01. */
struct obj_filter_data {
	const struct ws *ws;
	const struct assessment *as;
	const struct beh_tree *tree;
	const uint32_t *welle_of;
	int32_t heute;
};

/* Sets f to the "off" filter (every object passes). */
void obj_filter_clear(struct obj_filter *f);
/* 1 if any field of f filters. */
int obj_filter_any(const struct obj_filter *f);
/* The verdict of object o on its recommended platform (V_BLOCKIERT when there is none). */
int obj_filter_verdict(const struct assessment *as, uint32_t o);
/* 1 if object o passes every set field of f. A Behörde filter without d->tree, or with a
 * Behörde out of range, lets nothing pass. */
int obj_filter_match(const struct obj_filter *f, const struct obj_filter_data *d, uint32_t o);
/* The filter in words (translated), e.g. "Behörde: 33 Bürgerservice · Urteil: blockiert",
 * into buf (n bytes, always terminated when n > 0); "" when nothing filters. */
void obj_filter_describe(const struct obj_filter *f, const struct ws *w, char *buf, size_t n);

#endif
