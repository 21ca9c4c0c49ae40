/* The cost engine's input built from a workspace, its assessment and its Zeitplan
 * (model/kosten.h). */
#include "model/kosten.h"

#include <math.h>
#include <stddef.h>
#include <stdlib.h>

/* The scheduler's allocations are handed to the engine as they are. */
_Static_assert(sizeof(struct sched_alloc) == sizeof(struct cost_alloc), "alloc layout");
_Static_assert(offsetof(struct sched_alloc, obj) == offsetof(struct cost_alloc, obj), "obj");
_Static_assert(offsetof(struct sched_alloc, monat) == offsetof(struct cost_alloc, monat), "m");
_Static_assert(offsetof(struct sched_alloc, pt) == offsetof(struct cost_alloc, pt), "pt");
_Static_assert((int)SK_RETIRE == (int)CK_RETIRE && (int)SK_RETAIN == (int)CK_RETAIN, "klasse");
_Static_assert((int)STAND_IN_ARBEIT == (int)CS_IN_ARBEIT && (int)STAND_MIGRIERT == (int)CS_MIGRIERT,
	       "stand");

void kosten_settings(const struct ws *w, struct cost_settings *s)
{
	s->satz_intern = llround(w->set.v[SET_TAGESSATZ_INTERN] * 100);
	s->satz_extern = llround(w->set.v[SET_TAGESSATZ_EXTERN] * 100);
	s->anteil_extern = (int32_t)lround(w->set.v[SET_ANTEIL_EXTERN] * COST_BP);
}

static int64_t betrag(int64_t cents)
{
	return cents >= 0 ? cents : COST_KEIN;
}

/* Object o of w as the engine sees it. */
static void obj_in(const struct ws *w, const struct assessment *a, const struct zeitplan *z,
		   uint32_t o, struct cost_obj_in *c)
{
	const struct objekt *ob = &w->obj[o];
	const struct sched_obj_out *so = z ? &z->plan->obj[o] : NULL;
	*c = (struct cost_obj_in){
		.kennung = ob->kennung,
		.geplant = so && so->grund == SG_GEPLANT && so->beginn != SCHED_KEIN,
		.klasse = (uint8_t)(a->obj[o].strategie == STRAT_RETIRE ? CK_RETIRE
				    : a->obj[o].strategie == STRAT_RETAIN ? CK_RETAIN : CK_NORMAL),
		.stand = ob->stand,
		.inbetriebnahme = ob->inbetriebnahme ? ob->inbetriebnahme : COST_MONAT_KEIN,
		.heute = betrag(ob->bk_heute),
		.ziel = betrag(ob->bk_ziel),
		.einmal = betrag(ob->einmal),
		.plattform = a->obj[o].empfohlen == WP_NONE ? COST_PF_KEIN : a->obj[o].empfohlen,
	};
	/* A stored plan may predate an edit that made the object Retain or migriert: the plan
	 * is then out of date for it, and it costs what the edit says, not what was planned. */
	if (c->geplant && (c->klasse == CK_RETAIN || c->stand == CS_MIGRIERT))
		c->geplant = 0;
	if (c->geplant) {
		c->beginn = so->beginn;
		c->ende = so->ende;
		c->aufwand = so->rest;
	}
}

/* Keeps only the allocations of objects the engine sees as planned (a private copy when
 * some must go). */
static int drop_unplanned(struct kosten *k)
{
	size_t keep = 0;
	for (size_t i = 0; i < k->in.n_alloc; i++)
		keep += k->obj[k->in.alloc[i].obj].geplant;
	if (keep == k->in.n_alloc)
		return 0;
	struct cost_alloc *a = malloc((keep ? keep : 1) * sizeof *a);
	if (!a)
		return -WP_ENOMEM;
	size_t n = 0;
	for (size_t i = 0; i < k->in.n_alloc; i++)
		if (k->obj[k->in.alloc[i].obj].geplant)
			a[n++] = k->in.alloc[i];
	k->alloc = a;
	k->in.alloc = a;
	k->in.n_alloc = n;
	return 0;
}

int kosten_run(const struct ws *w, const struct assessment *a, const struct zeitplan *z,
	       int32_t start, struct kosten **out)
{
	int rc;
	*out = NULL;
	if (a->n_obj != w->n_obj || a->n_pf != w->n_pf || (z && z->plan->n_obj != w->n_obj))
		return -WP_EINVAL;
	struct kosten *k = calloc(1, sizeof *k);
	if (!k)
		return -WP_ENOMEM;
	k->obj = malloc((w->n_obj ? w->n_obj : 1) * sizeof *k->obj);
	k->pf = malloc((w->n_pf ? w->n_pf : 1) * sizeof *k->pf);
	if (!k->obj || !k->pf) {
		kosten_free(&k);
		return -WP_ENOMEM;
	}
	for (size_t p = 0; p < w->n_pf; p++)
		k->pf[p] = (struct cost_platform){ w->pf[p].code, w->pf[p].kostenfaktor };
	for (uint32_t o = 0; o < w->n_obj; o++)
		obj_in(w, a, z, o, &k->obj[o]);
	kosten_settings(w, &k->in.s);
	k->in.n_pf = w->n_pf;
	k->in.pf = k->pf;
	k->in.n_obj = w->n_obj;
	k->in.obj = k->obj;
	k->in.n_alloc = z ? z->plan->n_alloc : 0;
	k->in.alloc = z ? (const struct cost_alloc *)(const void *)z->plan->alloc : NULL;
	if (z && (rc = drop_unplanned(k))) {
		kosten_free(&k);
		return rc;
	}
	k->in.start = z ? z->params.start : start;
	if ((rc = cost_run(&k->in, &k->r))) {
		kosten_free(&k);
		return rc;
	}
	*out = k;
	return 0;
}

void kosten_free(struct kosten **k)
{
	if (!k || !*k)
		return;
	cost_free(&(*k)->r);
	free((*k)->obj);
	free((*k)->pf);
	free((*k)->alloc);
	free(*k);
	*k = NULL;
}

int kosten_text(const struct kosten *k, uint32_t o, char *buf, size_t size)
{
	struct cost_expl x;
	if (cost_explain(&k->in, k->r, o, &x)) {
		if (size)
			buf[0] = '\0';
		return 0;
	}
	return cost_expl_text(&x, buf, size);
}

/* heute × faktor in cents, rounded half up (amounts and factors are ≥ 0). */
static int64_t mal_faktor(int64_t heute, int32_t faktor)
{
	return (heute * faktor + COST_BP / 2) / COST_BP;
}

int64_t kosten_faktor_wirkung(const struct ws *w, const struct assessment *a, uint32_t p,
			      int32_t neu, size_t *n)
{
	int64_t d = 0;
	*n = 0;
	if (p >= w->n_pf || a->n_obj != w->n_obj)
		return 0;
	int32_t alt = w->pf[p].kostenfaktor;
	for (uint32_t o = 0; o < w->n_obj; o++) {
		const struct objekt *ob = &w->obj[o];
		uint8_t st = a->obj[o].strategie;
		if (a->obj[o].empfohlen != p || st == STRAT_RETIRE || st == STRAT_RETAIN ||
		    ob->bk_heute < 0 || ob->bk_ziel >= 0)
			continue;
		d += mal_faktor(ob->bk_heute, neu) - mal_faktor(ob->bk_heute, alt);
		(*n)++;
	}
	return d;
}
