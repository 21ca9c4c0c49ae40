/* The derived wave view of a Zeitplan: its container and its derivation. */
#include "model/plan.h"

#include <stdlib.h>
#include <string.h>

#include "model/err.h"
#include "model/monat.h"
#include "model/zeitplan.h"

struct plan *plan_new(size_t n_obj)
{
	struct plan *p = calloc(1, sizeof *p);
	if (!p)
		return NULL;
	p->n_obj = n_obj;
	p->obj = calloc(n_obj ? n_obj : 1, sizeof *p->obj);
	if (!p->obj) {
		free(p);
		return NULL;
	}
	for (size_t i = 0; i < n_obj; i++)
		p->obj[i].hybrid_zu = WP_NONE;
	return p;
}

int plan_add_welle(struct plan *p, const struct plan_welle *wv)
{
	size_t n = p->n_welle;
	/* Grow at powers of two: n is a power of two exactly when the array is full. */
	if (n == 0 || (n & (n - 1)) == 0) {
		size_t cap = n ? 2 * n : 4;
		struct plan_welle *q = realloc(p->welle, cap * sizeof *q);
		if (!q)
			return -WP_ENOMEM;
		p->welle = q;
	}
	p->welle[p->n_welle++] = *wv;
	return 0;
}

void plan_free(struct plan **pp)
{
	struct plan *p = pp ? *pp : NULL;
	if (!p)
		return;
	free(p->obj);
	free(p->welle);
	free(p);
	*pp = NULL;
}

int plan_aus_zeitplan(const struct zeitplan *z, struct plan **out)
{
	const struct sched_plan *sp = z->plan;
	int n = zeitplan_n_wellen(z);
	int32_t L = z->params.wellen_laenge;
	struct plan *p = plan_new(sp->n_obj);
	*out = NULL;
	if (!p)
		return -WP_ENOMEM;
	p->params.start_jahr = (int)(z->params.start / 12);
	p->params.start_quartal = (int)(z->params.start % 12) / 3 + 1;
	p->params.wellen_laenge = (int)L;
	p->params.kapazitaet = z->params.kapazitaet * L / 2.0;
	for (int nr = 1; nr <= n; nr++) {
		int32_t b = zeitplan_welle_beginn(z, nr);
		struct plan_welle wv = { .nr = nr, .beginn = monat_erster_tag(b),
					 .ende = monat_letzter_tag(b + L - 1) };
		for (int32_t m = b; m < b + L; m++) {
			wv.kapazitaet += zeitplan_kap(z, m) / 2.0;
			wv.belegt += zeitplan_last(z, m) / 2.0;
		}
		if (plan_add_welle(p, &wv)) {
			plan_free(&p);
			return -WP_ENOMEM;
		}
	}
	for (size_t i = 0; i < sp->n_obj; i++) {
		const struct sched_obj_out *r = &sp->obj[i];
		struct plan_obj *po = &p->obj[i];
		po->welle = (uint32_t)zeitplan_welle(z, (uint32_t)i);
		po->grund = r->grund == SG_RETAIN ? PG_RETAIN : PG_GEPLANT;
		po->hybrid_zu = r->hybrid_zu;
		po->flags = (uint16_t)(((r->flags & SF_HYBRID) ? PH_HYBRID : 0) |
				       ((r->flags & SF_KLAERUNG) ? PH_KLAERUNG : 0) |
				       ((r->flags & SF_FRIST) ? PH_FRIST : 0) |
				       ((r->flags & SF_PIN) ? PH_PIN : 0) |
				       (r->gruppe_art == SGA_ZYKLUS ? PH_ZYKLUS : 0) |
				       (r->gruppe_art == SGA_PILOT ? PH_PILOT : 0));
		if (po->welle && po->welle <= (uint32_t)n)
			p->welle[po->welle - 1].n_obj++;
	}
	*out = p;
	return 0;
}

uint32_t *plan_kennung_rang(const struct ws *w)
{
	size_t n = w->n_obj;
	uint32_t *r = malloc((n ? n : 1) * sizeof *r);
	if (!r)
		return NULL;
	if (w->by_kennung && w->n_indexed == n) {
		for (size_t k = 0; k < n; k++)
			r[w->by_kennung[k]] = (uint32_t)k;
	} else {
		for (size_t k = 0; k < n; k++)
			r[k] = (uint32_t)k;
	}
	return r;
}
