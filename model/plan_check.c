/* The plan checker: verifies the guarantees of docs/planung.md on any plan — one the
 * planner made or one loaded from the store and edited by hand — and lists every broken
 * one. Linear in objects + dependencies plus sorting the findings.
 *
 * Decisions: a dependency inside one cycle that is split over waves is reported once per
 * displaced member as PV_ZYKLUS (against the member with the smallest Kennung), not once
 * per edge; pilots likewise against their first planned member. A wave over capacity is
 * fine when everything in it is one indivisible group (plan_int.h); the effort counted is
 * the assessment's, not the stored wave total. */
#include "model/plan.h"

#include <stdlib.h>
#include <string.h>

#include "model/date.h"
#include "model/plan_int.h"

#define EPS 1e-9

struct vlist {
	struct plan_verstoss *v;
	size_t n, cap;
	int oom;
};

static void add(struct vlist *l, int art, uint32_t obj, uint32_t other, int welle)
{
	if (l->oom)
		return;
	if (l->n == l->cap) {
		size_t nc = l->cap ? 2 * l->cap : 16;
		struct plan_verstoss *q = realloc(l->v, nc * sizeof *q);
		if (!q) {
			l->oom = 1;
			return;
		}
		l->v = q;
		l->cap = nc;
	}
	l->v[l->n++] = (struct plan_verstoss){ (uint8_t)art, obj, other, welle };
}

/* Sort keys: kind, wave, Kennung rank of obj, of other (WP_NONE last). */
struct vkey {
	struct plan_verstoss v;
	uint32_t r_obj, r_other;
};

static int cmp_vkey(const void *pa, const void *pb)
{
	const struct vkey *a = pa, *b = pb;
	if (a->v.art != b->v.art)
		return a->v.art < b->v.art ? -1 : 1;
	if (a->v.welle != b->v.welle)
		return a->v.welle < b->v.welle ? -1 : 1;
	if (a->r_obj != b->r_obj)
		return a->r_obj < b->r_obj ? -1 : 1;
	return (a->r_other > b->r_other) - (a->r_other < b->r_other);
}

int plan_check(const struct ws *w, const struct assessment *a, const struct plan *p,
	       struct plan_verstoss **out, size_t *nout)
{
	size_t n = w->n_obj, n1 = n ? n : 1;
	struct plan_gruppen gr = { 0 };
	struct vlist l = { NULL, 0, 0, 0 };
	uint32_t *rang = NULL, *widx = NULL, *ref = NULL, *single = NULL;
	double *sum = NULL;
	struct vkey *keys = NULL;
	int rc = -WP_ENOMEM;

	*out = NULL;
	*nout = 0;
	if (p->n_obj != n || a->n_obj != n || !w->out_off || w->n_indexed != n)
		return -WP_EINVAL;

	/* Waves by number (the first entry of a number counts). */
	size_t maxnr = 0;
	for (size_t k = 0; k < p->n_welle; k++)
		if (p->welle[k].nr > 0 && (size_t)p->welle[k].nr > maxnr)
			maxnr = (size_t)p->welle[k].nr;
	rang = plan_kennung_rang(w);
	widx = malloc((maxnr + 1) * sizeof *widx);
	ref = malloc(n1 * sizeof *ref);
	sum = calloc(maxnr + 1, sizeof *sum);
	single = malloc((maxnr + 1) * sizeof *single);
	if (!rang || !widx || !ref || !sum || !single)
		goto out;
	for (size_t k = 0; k <= maxnr; k++) {
		widx[k] = WP_NONE;
		single[k] = WP_NONE;
	}
	for (size_t k = 0; k < p->n_welle; k++)
		if (p->welle[k].nr > 0 && widx[p->welle[k].nr] == WP_NONE)
			widx[p->welle[k].nr] = (uint32_t)k;
	rc = plan_gruppen_bilden(w, a, &gr);
	if (rc)
		goto out;
	rc = -WP_ENOMEM;

#define WAVE_OK(x) ((x) >= 1 && (x) <= maxnr && widx[(x)] != WP_NONE)
	/* Per object: Retain, missing, wave, pin, deadline; wave totals. */
	for (uint32_t i = 0; i < n; i++) {
		const struct objekt *ob = &w->obj[i];
		uint32_t wv = p->obj[i].welle;
		if (!wv) {
			if (plan_planbar(a, i))
				add(&l, PV_FEHLT, i, WP_NONE, 0);
			continue;
		}
		if (!plan_planbar(a, i))
			add(&l, PV_RETAIN, i, WP_NONE, (int)wv);
		if (!WAVE_OK(wv)) {
			add(&l, PV_WELLE, i, WP_NONE, (int)wv);
			continue;
		}
		if (ob->welle_pin > 0 && (uint32_t)ob->welle_pin != wv)
			add(&l, PV_PIN, i, WP_NONE, (int)wv);
		const struct plan_welle *pw = &p->welle[widx[wv]];
		if (ob->vertragsende != DATE_NONE && pw->ende > ob->vertragsende)
			add(&l, PV_FRIST, i, WP_NONE, (int)wv);
		sum[wv] += a->obj[i].aufwand;
		/* single[wv]: the one group in the wave, WP_NONE - 1 once there are several. */
		uint32_t g = gr.of[i] == WP_NONE ? WP_NONE - 1 : gr.of[i];
		if (single[wv] == WP_NONE)
			single[wv] = g;
		else if (single[wv] != g)
			single[wv] = WP_NONE - 1;
	}
	for (size_t k = 1; k <= maxnr; k++) {
		if (widx[k] == WP_NONE)
			continue;
		if (sum[k] > p->welle[widx[k]].kapazitaet + EPS && single[k] == WP_NONE - 1)
			add(&l, PV_KAPAZITAET, WP_NONE, WP_NONE, (int)k);
	}

	/* Dependencies between different cycles (inside one cycle: PV_ZYKLUS below). */
	for (uint32_t i = 0; i < n; i++) {
		uint32_t wv = p->obj[i].welle;
		if (!wv)
			continue;
		for (uint32_t e = w->out_off[i]; e < w->out_off[i + 1]; e++) {
			uint32_t d = w->out_adj[e];
			if (d == i || a->obj[d].scc == a->obj[i].scc)
				continue;
			if (p->obj[d].welle > wv)
				add(&l, PV_ABHAENGIGKEIT, i, d, (int)wv);
		}
	}

	/* Cycles: every planned member in the wave of the member with the smallest Kennung. */
	for (size_t i = 0; i < n; i++)
		ref[i] = WP_NONE;
	for (uint32_t i = 0; i < n; i++) {
		uint32_t c = a->obj[i].scc;
		if (!p->obj[i].welle || c >= n)
			continue;
		if (ref[c] == WP_NONE || rang[i] < rang[ref[c]])
			ref[c] = i;
	}
	for (uint32_t i = 0; i < n; i++) {
		uint32_t c = a->obj[i].scc;
		if (!p->obj[i].welle || c >= n || ref[c] == i)
			continue;
		if (p->obj[i].welle != p->obj[ref[c]].welle)
			add(&l, PV_ZYKLUS, i, ref[c], (int)p->obj[i].welle);
	}

	/* Pilots: every planned member in the wave of its first planned member. */
	for (size_t q = 0; q < w->n_pilot; q++) {
		const struct pilot *pi = &w->pilot[q];
		uint32_t r = WP_NONE;
		for (size_t k = 0; k < pi->n_members; k++) {
			uint32_t m = pi->members[k];
			if (m < n && p->obj[m].welle && (r == WP_NONE || rang[m] < rang[r]))
				r = m;
		}
		for (size_t k = 0; r != WP_NONE && k < pi->n_members; k++) {
			uint32_t m = pi->members[k];
			if (m < n && m != r && p->obj[m].welle && p->obj[m].welle != p->obj[r].welle)
				add(&l, PV_PILOT, m, r, (int)p->obj[m].welle);
		}
	}
#undef WAVE_OK
	if (l.oom)
		goto out;

	/* Order: kind, wave, Kennung; duplicates (an object in two pilots) once. */
	if (l.n) {
		keys = malloc(l.n * sizeof *keys);
		if (!keys)
			goto out;
		for (size_t k = 0; k < l.n; k++) {
			keys[k].v = l.v[k];
			keys[k].r_obj = l.v[k].obj < n ? rang[l.v[k].obj] : WP_NONE;
			keys[k].r_other = l.v[k].other < n ? rang[l.v[k].other] : WP_NONE;
		}
		qsort(keys, l.n, sizeof *keys, cmp_vkey);
		size_t m = 0;
		for (size_t k = 0; k < l.n; k++) {
			if (m && !cmp_vkey(&keys[k], &keys[m - 1]))
				continue;
			l.v[m++] = keys[k].v;
		}
		l.n = m;
		*out = l.v;
		*nout = l.n;
		l.v = NULL;
	}
	rc = 0;
out:
	free(l.v);
	free(keys);
	free(rang);
	free(widx);
	free(ref);
	free(sum);
	free(single);
	plan_gruppen_free(&gr);
	return rc;
}
