/* Roadmap and Zeitplan exports: rows sorted by precomputed ranks (Ende, Beginn, Behörde,
 * Kennung), cells formatted per dialect, long texts in growing buffers. */
#include "data/export_zeitplan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <inttypes.h>

#include "data/tbuf.h"
#include "model/date.h"
#include "model/enums.h"
#include "model/fields.h"
#include "model/kosten.h"
#include "model/money.h"
#include "model/monat.h"
#include "model/numfmt.h"
#include "model/platform.h"

/* Text order of docs/zeitplan.md: byte-wise on UTF-8 with ASCII letters case-folded. */
static int text_cmp(const char *x, const char *y)
{
	const unsigned char *a = (const unsigned char *)x, *b = (const unsigned char *)y;
	for (;; a++, b++) {
		int ca = *a >= 'A' && *a <= 'Z' ? *a + 32 : *a;
		int cb = *b >= 'A' && *b <= 'Z' ? *b + 32 : *b;
		if (ca != cb || !ca)
			return ca - cb;
	}
}

struct named { const char *s; uint32_t i; };

static int cmp_named(const void *pa, const void *pb)
{
	const struct named *a = pa, *b = pb;
	int c = text_cmp(a->s, b->s);
	return c ? c : (a->i > b->i) - (a->i < b->i);
}

/* rank[i] = position of the Behörde name (beh != 0) or the Kennung of object i in text
 * order. Returns 0 or -WP_ENOMEM. */
static int ranks(const struct ws *w, int beh, uint32_t *rank)
{
	size_t n = beh ? w->n_beh : w->n_obj;
	struct named *v = malloc((n ? n : 1) * sizeof *v);
	if (!v)
		return -WP_ENOMEM;
	for (size_t i = 0; i < n; i++)
		v[i] = (struct named){ beh ? w->beh[i].name : w->obj[i].kennung, (uint32_t)i };
	qsort(v, n, sizeof *v, cmp_named);
	for (size_t r = 0; r < n; r++)
		rank[v[r].i] = (uint32_t)r;
	free(v);
	return 0;
}

struct row_key {
	int32_t ende, beginn; /* INT32_MAX for unplanned */
	uint32_t beh, ken, obj;
};

static int cmp_key(const void *pa, const void *pb)
{
	const struct row_key *a = pa, *b = pb;
	if (a->ende != b->ende)
		return a->ende < b->ende ? -1 : 1;
	if (a->beginn != b->beginn)
		return a->beginn < b->beginn ? -1 : 1;
	if (a->beh != b->beh)
		return a->beh < b->beh ? -1 : 1;
	return (a->ken > b->ken) - (a->ken < b->ken);
}

static int geplant(const struct zeitplan *z, uint32_t o)
{
	return z->plan && o < z->plan->n_obj && z->plan->obj[o].grund == SG_GEPLANT &&
	       z->plan->obj[o].beginn != SCHED_KEIN;
}

long zeitplan_order(const struct ws *w, const struct zeitplan *z, uint32_t *out)
{
	long planned = -WP_ENOMEM;
	struct row_key *keys = malloc((w->n_obj ? w->n_obj : 1) * sizeof *keys);
	uint32_t *beh = malloc((w->n_beh ? w->n_beh : 1) * sizeof *beh);
	uint32_t *ken = malloc((w->n_obj ? w->n_obj : 1) * sizeof *ken);
	if (!keys || !beh || !ken || ranks(w, 1, beh) || ranks(w, 0, ken))
		goto out;
	planned = 0;
	for (size_t i = 0; i < w->n_obj; i++) {
		int g = geplant(z, (uint32_t)i);
		keys[i] = (struct row_key){ g ? z->plan->obj[i].ende : INT32_MAX,
					    g ? z->plan->obj[i].beginn : INT32_MAX,
					    beh[w->obj[i].behoerde], ken[i], (uint32_t)i };
		planned += g;
	}
	qsort(keys, w->n_obj, sizeof *keys, cmp_key);
	for (size_t r = 0; r < w->n_obj; r++)
		out[r] = keys[r].obj;
out:
	free(keys);
	free(beh);
	free(ken);
	return planned;
}

static int hinweise(const struct zeitplan *z, const struct ws *w, const struct assessment *a,
		    uint32_t o, struct tbuf *b)
{
	if (tb_reserve(b, 256))
		return -WP_ENOMEM;
	int n = zeitplan_hinweise(z, w, a, o, b->s, b->cap);
	if (n >= 0 && (size_t)n >= b->cap) {
		if (tb_reserve(b, (size_t)n + 1))
			return -WP_ENOMEM;
		zeitplan_hinweise(z, w, a, o, b->s, b->cap);
	}
	if (n < 0)
		b->s[0] = '\0';
	return 0;
}

/* Names of the pilots object o belongs to, ", "-separated, into b. */
static int pilots_of(const struct ws *w, uint32_t o, struct tbuf *b)
{
	if (tb_reserve(b, 64))
		return -WP_ENOMEM;
	b->s[0] = '\0';
	for (size_t i = 0; i < w->n_pilot; i++)
		for (size_t m = 0; m < w->pilot[i].n_members; m++)
			if (w->pilot[i].members[m] == o && tb_append(b, ", ", w->pilot[i].name))
				return -WP_ENOMEM;
	return 0;
}

/* Half-PT in the dialect's form ("17,5" / "17.5", "20"). */
static char *halb(int32_t h, int de, char *b, size_t n)
{
	return format_num(h / 2.0, 1, 1, de, b, n);
}

int export_roadmap(const struct ws *w, const struct assessment *a, const struct zeitplan *z,
		   struct csvout *o)
{
	static const char *const head[17] = {
		"Welle", "Beginn", "Ende", "Behörde", "Kennung", "Name", "Typ", "Strategie",
		"Zielplattform", "Urteil", "Bereitschaft", "Aufwand_PT", "Migrationskosten_EUR",
		"Abhängigkeiten", "Pilot", "Hinweise", "Profil_geprueft" };
	int rc = -WP_ENOMEM, de = csvout_german(o);
	uint32_t *order = malloc((w->n_obj ? w->n_obj : 1) * sizeof *order);
	struct tbuf deps = { 0 }, hin = { 0 }, pil = { 0 };
	struct kosten *k = NULL;
	if (!order || zeitplan_order(w, z, order) < 0)
		goto out;
	if ((rc = kosten_run(w, a, z, 0, &k)))
		goto out;
	rc = -WP_ENOMEM;
	csvout_row(o, head, 17);
	for (size_t r = 0; r < w->n_obj; r++) {
		uint32_t oi = order[r];
		const struct objekt *ob = &w->obj[oi];
		const struct assess_obj *ao = &a->obj[oi];
		char nr[16] = "", beg[16] = "", end[16] = "", ber[8], pt[32] = "", eur[24] = "";
		if (geplant(z, oi)) {
			const struct sched_obj_out *po = &z->plan->obj[oi];
			snprintf(nr, sizeof nr, "%d", zeitplan_welle(z, oi));
			date_format(monat_erster_tag(po->beginn), de, beg, sizeof beg);
			date_format(monat_letzter_tag(po->ende), de, end, sizeof end);
			halb(po->rest, de, pt, sizeof pt);
		} else if (ao->strategie != STRAT_RETAIN) {
			format_pt(ao->aufwand, de, pt, sizeof pt);
		}
		/* the migration the costs count (a stale plan's Retain or migriert object: none) */
		if (k->in.obj[oi].geplant)
			snprintf(eur, sizeof eur, "%" PRId64, money_euro(k->r->obj[oi].migration));
		snprintf(ber, sizeof ber, "%d", ao->bereitschaft);
		size_t need = 1;
		for (uint32_t j = w->out_off[oi]; j < w->out_off[oi + 1]; j++)
			need += KENNUNG_BYTES + 4 + strlen(ws_dep_label(w, w->out_dep[j])) + 1;
		if (tb_reserve(&deps, need) || hinweise(z, w, a, oi, &hin) || pilots_of(w, oi, &pil))
			goto out;
		objekt_get(w, oi, F_ABHAENGIGKEITEN, de, deps.s, deps.cap);
		int verdict = ao->empfohlen != WP_NONE
			? a->verdict[(size_t)oi * a->n_pf + ao->empfohlen] : V_BLOCKIERT;
		int ziel = ao->empfohlen != WP_NONE && ao->strategie != STRAT_RETIRE;
		int geprueft = pf_verdict_geprueft(w, ao->empfohlen);
		const char *cells[17] = {
			nr, beg, end, w->beh[ob->behoerde].name, ob->kennung, ob->name,
			enum_label(EK_TYP, ob->typ), enum_label(EK_STRATEGIE, ao->strategie),
			ziel ? w->pf[ao->empfohlen].name : "",
			w->n_pf ? enum_label(EK_VERDICT, verdict) : "", ber, pt, eur, deps.s, pil.s,
			hin.s, !w->n_pf ? "" : geprueft ? "ja" : "nein",
		};
		csvout_row(o, cells, 17);
		if (w->n_pf && !geprueft)
			csvout_mark_ungeprueft(o);
	}
	rc = 0;
out:
	kosten_free(&k);
	free(order);
	free(deps.s);
	free(hin.s);
	free(pil.s);
	return rc;
}

int export_zeitplan(const struct ws *w, const struct zeitplan *z, struct csvout *o)
{
	static const char *const head[4] = { "Kennung", "Monat", "PT", "Kosten_EUR" };
	int de = csvout_german(o);
	struct cost_settings s;
	kosten_settings(w, &s);
	int64_t satz = cost_satz_bp(&s);
	uint32_t *ken = malloc((w->n_obj ? w->n_obj : 1) * sizeof *ken);
	uint32_t *by = malloc((w->n_obj ? w->n_obj : 1) * sizeof *by);
	if (!ken || !by || ranks(w, 0, ken)) {
		free(ken);
		free(by);
		return -WP_ENOMEM;
	}
	for (size_t i = 0; i < w->n_obj; i++)
		by[ken[i]] = (uint32_t)i;
	csvout_row(o, head, 4);
	for (size_t r = 0; r < w->n_obj; r++) {
		size_t n;
		const struct sched_alloc *al = zeitplan_alloc(z, by[r], &n);
		for (size_t k = 0; k < n; k++) {
			char m[16], pt[32], eur[24];
			date_format(monat_erster_tag(al[k].monat), de, m, sizeof m);
			snprintf(eur, sizeof eur, "%" PRId64, cost_pt_euro_satz(satz, al[k].pt));
			const char *cells[4] = { w->obj[by[r]].kennung, m, halb(al[k].pt, de, pt, sizeof pt),
						 eur };
			csvout_row(o, cells, 4);
		}
	}
	free(ken);
	free(by);
	return 0;
}
