/* Roadmap and Pilote exports: rows sorted by precomputed ranks (wave, Behörde, Kennung),
 * cells formatted per dialect, long texts (Abhängigkeiten, Hinweise) in growing buffers. */
#include "data/export_plan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/tbuf.h"
#include "model/date.h"
#include "model/enums.h"
#include "model/fields.h"

/* Plan Hinweise of object o into b. */
static int hinweise(const struct ws *w, const struct assessment *a, const struct plan *p,
		    uint32_t o, struct tbuf *b)
{
	if (tb_reserve(b, 256))
		return -WP_ENOMEM;
	int n = plan_hinweise(w, a, p, o, b->s, b->cap);
	if (n >= 0 && (size_t)n >= b->cap) {
		if (tb_reserve(b, (size_t)n + 1))
			return -WP_ENOMEM;
		plan_hinweise(w, a, p, o, b->s, b->cap);
	}
	if (n < 0)
		b->s[0] = '\0';
	return 0;
}

/* Names of the pilots object o belongs to, ", "-separated, into b. first[o] is the first
 * pilot holding o (WP_NONE: none; its high bit set: more than one, so scan them all). */
static int pilots_of(const struct ws *w, const uint32_t *first, uint32_t o, struct tbuf *b)
{
	if (tb_reserve(b, 64))
		return -WP_ENOMEM;
	b->s[0] = '\0';
	if (first[o] == WP_NONE)
		return 0;
	if (!(first[o] & 0x80000000u))
		return tb_append(b, ", ", w->pilot[first[o]].name);
	for (size_t i = 0; i < w->n_pilot; i++)
		for (size_t m = 0; m < w->pilot[i].n_members; m++)
			if (w->pilot[i].members[m] == o && tb_append(b, ", ", w->pilot[i].name))
				return -WP_ENOMEM;
	return 0;
}

struct row_key {
	uint32_t welle; /* UINT32_MAX for unplanned */
	uint32_t beh;   /* rank of the Behörde name */
	uint32_t ken;   /* rank of the Kennung */
	uint32_t obj;
};

static int cmp_key(const void *pa, const void *pb)
{
	const struct row_key *a = pa, *b = pb;
	if (a->welle != b->welle)
		return a->welle < b->welle ? -1 : 1;
	if (a->beh != b->beh)
		return a->beh < b->beh ? -1 : 1;
	return a->ken < b->ken ? -1 : a->ken > b->ken;
}

static const struct ws *sort_ws; /* for cmp_beh only; exports run single-threaded */

static int cmp_beh(const void *pa, const void *pb)
{
	uint32_t a = *(const uint32_t *)pa, b = *(const uint32_t *)pb;
	int c = strcmp(sort_ws->beh[a].name, sort_ws->beh[b].name);
	return c ? c : (a > b) - (a < b);
}

long roadmap_order(const struct ws *w, const struct plan *p, uint32_t *out)
{
	long planned = -WP_ENOMEM;
	struct row_key *keys = malloc((w->n_obj ? w->n_obj : 1) * sizeof *keys);
	uint32_t *beh = malloc((w->n_beh ? w->n_beh : 1) * sizeof *beh);
	uint32_t *beh_rank = malloc((w->n_beh ? w->n_beh : 1) * sizeof *beh_rank);
	if (!keys || !beh || !beh_rank)
		goto out;
	for (size_t b = 0; b < w->n_beh; b++)
		beh[b] = (uint32_t)b;
	sort_ws = w;
	qsort(beh, w->n_beh, sizeof *beh, cmp_beh);
	for (size_t r = 0; r < w->n_beh; r++)
		beh_rank[beh[r]] = (uint32_t)r;
	planned = 0;
	for (size_t r = 0; r < w->n_obj; r++) {
		uint32_t oi = w->by_kennung[r];
		uint32_t wn = oi < p->n_obj ? p->obj[oi].welle : 0;
		keys[r] = (struct row_key){ wn ? wn : UINT32_MAX, beh_rank[w->obj[oi].behoerde],
					   (uint32_t)r, oi };
		planned += wn != 0;
	}
	qsort(keys, w->n_obj, sizeof *keys, cmp_key);
	for (size_t r = 0; r < w->n_obj; r++)
		out[r] = keys[r].obj;
out:
	free(keys);
	free(beh);
	free(beh_rank);
	return planned;
}

int export_roadmap(const struct ws *w, const struct assessment *a, const struct plan *p,
		   struct csvout *o)
{
	static const char *const head[15] = {
		"Welle", "Beginn", "Ende", "Behörde", "Kennung", "Name", "Typ", "Strategie",
		"Zielplattform", "Urteil", "Bereitschaft", "Aufwand_PT", "Abhängigkeiten", "Pilot",
		"Hinweise" };
	int rc = -WP_ENOMEM, de = csvout_german(o);
	uint32_t *order = malloc((w->n_obj ? w->n_obj : 1) * sizeof *order);
	uint32_t *first = malloc((w->n_obj ? w->n_obj : 1) * sizeof *first);
	struct tbuf deps = { 0 }, hin = { 0 }, pil = { 0 };
	if (!order || !first || roadmap_order(w, p, order) < 0)
		goto out;
	for (size_t k = 0; k < w->n_obj; k++)
		first[k] = WP_NONE;
	for (size_t i = 0; i < w->n_pilot; i++)
		for (size_t m = 0; m < w->pilot[i].n_members; m++) {
			uint32_t mo = w->pilot[i].members[m];
			if (first[mo] == WP_NONE)
				first[mo] = (uint32_t)i;
			else if (first[mo] != (uint32_t)i)
				first[mo] |= 0x80000000u;
		}
	csvout_row(o, head, 15);
	for (size_t r = 0; r < w->n_obj; r++) {
		uint32_t oi = order[r];
		const struct objekt *ob = &w->obj[oi];
		const struct assess_obj *ao = &a->obj[oi];
		uint32_t wn = oi < p->n_obj ? p->obj[oi].welle : 0;
		char nr[16] = "", beg[16] = "", end[16] = "", ber[8], pt[32];
		if (wn) {
			snprintf(nr, sizeof nr, "%u", wn);
			if (wn <= p->n_welle) {
				date_format(p->welle[wn - 1].beginn, de, beg, sizeof beg);
				date_format(p->welle[wn - 1].ende, de, end, sizeof end);
			}
		}
		snprintf(ber, sizeof ber, "%d", ao->bereitschaft);
		format_pt(ao->aufwand, de, pt, sizeof pt);
		size_t need = 1;
		for (uint32_t j = w->out_off[oi]; j < w->out_off[oi + 1]; j++)
			need += KENNUNG_MAX + 4 + strlen(w->dep[w->out_dep[j]].label) + 1;
		if (tb_reserve(&deps, need) || hinweise(w, a, p, oi, &hin) || pilots_of(w, first, oi, &pil))
			goto out;
		objekt_get(w, oi, F_ABHAENGIGKEITEN, de, deps.s, deps.cap);
		int verdict = ao->empfohlen != WP_NONE
			? a->verdict[(size_t)oi * a->n_pf + ao->empfohlen] : V_BLOCKIERT;
		const char *cells[15] = {
			nr, beg, end, w->beh[ob->behoerde].name, ob->kennung, ob->name,
			enum_label(EK_TYP, ob->typ), enum_label(EK_STRATEGIE, ao->strategie),
			ao->empfohlen != WP_NONE ? w->pf[ao->empfohlen].name : "",
			w->n_pf ? enum_label(EK_VERDICT, verdict) : "", ber, pt, deps.s, pil.s, hin.s,
		};
		csvout_row(o, cells, 15);
	}
	rc = 0;
out:
	free(order);
	free(first);
	free(deps.s);
	free(hin.s);
	free(pil.s);
	return rc;
}
