/* The roadmap planner (docs/planung.md): priority list scheduling of the indivisible groups
 * (plan_int.h) into waves. Groups are taken in the order pins, pilots, earliest deadline,
 * higher quick-win score, smaller effort, Kennung; taking a group first takes its not yet
 * planned dependencies (iterative depth-first, most urgent first), so a pilot or an urgent
 * object pulls its prerequisites forward. Each group goes to the earliest wave at or after
 * its dependencies' waves with room, found in O(log waves) with a max segment tree over the
 * remaining capacities.
 *
 * Decisions where docs/planung.md leaves room:
 * - Pins are reserved before anything else. A pinned object stays in its pinned wave even
 *   if that overfills the wave or breaks the dependency order; the unpinned members of a
 *   group with pins go to the earliest pin of the group. Objects whose dependency order is
 *   broken by a pin get PH_PIN_KONFLIKT, pinned members of a group split by different pins
 *   too.
 * - A group larger than every wave it could go to (default capacity and the capacities set
 *   per wave from its earliest wave on) takes the earliest empty wave of its own, which is
 *   then closed; a wave whose own capacity is set to 0 is never used for that.
 * - Group keys: earliest Vertragsende of its members, highest quick-win score, summed
 *   effort, smallest Kennung.
 * - Wave k begins on the first day of month (start quarter + (k−1)·wellen_laenge) and ends
 *   the day before wave k+1 begins. Waves are numbered 1..n without gaps; the plan ends
 *   with the last wave that holds an object. */
#include "model/plan.h"

#include "model/monat.h"
#include "model/zeitplan.h"

#include <stdlib.h>
#include <string.h>

#include "model/date.h"
#include "model/plan_int.h"

#define EPS 1e-9
#define NEG (-1e300) /* a closed wave in the capacity tree */

void plan_params_default(const struct ws *w, int32_t heute, struct plan_params *p)
{
	int q = date_quarter(heute) + 1;
	p->start_jahr = q / 4;
	p->start_quartal = q % 4 + 1;
	p->wellen_laenge = (int)w->set.v[SET_WELLE_MONATE];
	p->kapazitaet = w->set.v[SET_KAPAZITAET];
}

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

int32_t plan_welle_beginn(const struct plan_params *p, int nr)
{
	long m = (long)p->start_jahr * 12 + (long)(p->start_quartal - 1) * 3 +
		 (long)(nr - 1) * p->wellen_laenge;
	return date_from_ymd((int)(m / 12), (int)(m % 12) + 1, 1);
}

/* ---- Waves: capacities and a max segment tree for "first wave ≥ lb with room" ---- */

struct wellen {
	size_t size;      /* waves allocated (a power of two) */
	double *cap, *bel; /* [size] capacity and planned effort of wave k+1 */
	uint8_t *gesetzt; /* [size] capacity set per wave (ws.welle) */
	uint8_t *zu;      /* [size] closed: holds an oversized group */
	uint32_t *nobj;   /* [size] objects planned in it */
	double *rem;      /* [2·size] tree: max remaining capacity below a node */
	double *leer;     /* [2·size] tree: 1 if some wave below may take an oversized group */
	double def;       /* default capacity */
	const struct ws *w;
};

static double leaf_rem(const struct wellen *wl, size_t k)
{
	return wl->zu[k] ? NEG : wl->cap[k] - wl->bel[k];
}

static double leaf_leer(const struct wellen *wl, size_t k)
{
	return !wl->zu[k] && wl->nobj[k] == 0 && (wl->cap[k] > 0 || !wl->gesetzt[k]) ? 1 : 0;
}

static void tree_set(struct wellen *wl, size_t k)
{
	size_t i = k + wl->size;
	wl->rem[i] = leaf_rem(wl, k);
	wl->leer[i] = leaf_leer(wl, k);
	for (i >>= 1; i; i >>= 1) {
		double a = wl->rem[2 * i], b = wl->rem[2 * i + 1];
		wl->rem[i] = a > b ? a : b;
		a = wl->leer[2 * i];
		b = wl->leer[2 * i + 1];
		wl->leer[i] = a > b ? a : b;
	}
}

static void tree_build(struct wellen *wl)
{
	for (size_t k = 0; k < wl->size; k++) {
		wl->rem[k + wl->size] = leaf_rem(wl, k);
		wl->leer[k + wl->size] = leaf_leer(wl, k);
	}
	for (size_t i = wl->size - 1; i; i--) {
		double a = wl->rem[2 * i], b = wl->rem[2 * i + 1];
		wl->rem[i] = a > b ? a : b;
		a = wl->leer[2 * i];
		b = wl->leer[2 * i + 1];
		wl->leer[i] = a > b ? a : b;
	}
}

/* The first leaf index ≥ lo whose value is ≥ x, or -1. */
static long tree_first(const double *t, size_t size, size_t lo, double x)
{
	if (lo >= size)
		return -1;
	size_t i = lo + size;
	if (t[i] < x) {
		for (;;) {
			while (i & 1) {
				i >>= 1;
				if (i == 0)
					return -1;
			}
			i++;
			if (t[i] >= x)
				break;
		}
	}
	while (i < size)
		i = t[2 * i] >= x ? 2 * i : 2 * i + 1;
	return (long)(i - size);
}

static int wellen_grow(struct wellen *wl, size_t need)
{
	size_t ns = wl->size ? wl->size : 16;
	while (ns < need)
		ns *= 2;
	if (ns == wl->size)
		return 0;
	double *cap = realloc(wl->cap, ns * sizeof *cap);
	if (!cap)
		return -WP_ENOMEM;
	wl->cap = cap;
	double *bel = realloc(wl->bel, ns * sizeof *bel);
	if (!bel)
		return -WP_ENOMEM;
	wl->bel = bel;
	uint8_t *ge = realloc(wl->gesetzt, ns);
	if (!ge)
		return -WP_ENOMEM;
	wl->gesetzt = ge;
	uint8_t *zu = realloc(wl->zu, ns);
	if (!zu)
		return -WP_ENOMEM;
	wl->zu = zu;
	uint32_t *no = realloc(wl->nobj, ns * sizeof *no);
	if (!no)
		return -WP_ENOMEM;
	wl->nobj = no;
	double *rem = realloc(wl->rem, 2 * ns * sizeof *rem);
	if (!rem)
		return -WP_ENOMEM;
	wl->rem = rem;
	double *leer = realloc(wl->leer, 2 * ns * sizeof *leer);
	if (!leer)
		return -WP_ENOMEM;
	wl->leer = leer;
	for (size_t k = wl->size; k < ns; k++) {
		wl->cap[k] = wl->def;
		wl->bel[k] = 0;
		wl->gesetzt[k] = 0;
		wl->zu[k] = 0;
		wl->nobj[k] = 0;
	}
	/* Capacities set per wave (ws.welle, by number; a later entry wins). */
	for (size_t j = 0; j < wl->w->n_welle; j++) {
		int nr = wl->w->welle[j].nr;
		if (nr >= 1 && (size_t)nr > wl->size && (size_t)nr <= ns) {
			double c = wl->w->welle[j].kapazitaet;
			wl->cap[nr - 1] = c > 0 ? c : 0;
			wl->gesetzt[nr - 1] = 1;
		}
	}
	wl->size = ns;
	tree_build(wl);
	return 0;
}

static void wellen_free(struct wellen *wl)
{
	free(wl->cap);
	free(wl->bel);
	free(wl->gesetzt);
	free(wl->zu);
	free(wl->nobj);
	free(wl->rem);
	free(wl->leer);
}

/* The earliest wave (1-based) ≥ lb for a group of effort eff; *gross = 1 if the group is
 * larger than every wave that could take it and gets a closed wave of its own. */
static int wellen_find(struct wellen *wl, size_t lb, double eff, int *gross, uint32_t *out)
{
	*gross = 0;
	for (;;) {
		long k = tree_first(wl->rem, wl->size, lb - 1, eff - EPS);
		if (k >= 0) {
			*out = (uint32_t)k + 1;
			return 0;
		}
		if (eff > wl->def + EPS) {
			/* No allocated wave fits and no new one would: a wave of its own. All waves
			 * with a capacity of their own are allocated from the start. */
			k = tree_first(wl->leer, wl->size, lb - 1, 0.5);
			if (k >= 0) {
				*gross = 1;
				*out = (uint32_t)k + 1;
				return 0;
			}
		}
		if (wl->size >= (size_t)UINT32_MAX / 4)
			return -WP_EINVAL;
		int rc = wellen_grow(wl, wl->size * 2 > lb ? wl->size * 2 : lb * 2);
		if (rc)
			return rc;
	}
}

static void wellen_add(struct wellen *wl, uint32_t nr, double eff, uint32_t nobj, int close)
{
	size_t k = nr - 1;
	wl->bel[k] += eff;
	wl->nobj[k] += nobj;
	if (close)
		wl->zu[k] = 1;
	tree_set(wl, k);
}

/* ---- Group order ---- */

struct gkey {
	uint32_t g;
	uint8_t pin, pilot; /* 1 = has a pin / a pilot member */
	int32_t frist;      /* earliest Vertragsende, INT32_MAX if none */
	int qw;             /* highest quick-win score */
	double eff;         /* summed effort */
	uint32_t rang;      /* smallest Kennung rank */
};

static int cmp_gkey(const void *pa, const void *pb)
{
	const struct gkey *a = pa, *b = pb;
	if (a->pin != b->pin)
		return a->pin ? -1 : 1;
	if (a->pilot != b->pilot)
		return a->pilot ? -1 : 1;
	if (a->frist != b->frist)
		return a->frist < b->frist ? -1 : 1;
	if (a->qw != b->qw)
		return a->qw > b->qw ? -1 : 1;
	if (a->eff < b->eff - EPS || a->eff > b->eff + EPS)
		return a->eff < b->eff ? -1 : 1;
	return (a->rang > b->rang) - (a->rang < b->rang);
}

static int cmp_u32(const void *pa, const void *pb)
{
	uint32_t a = *(const uint32_t *)pa, b = *(const uint32_t *)pb;
	return (a > b) - (a < b);
}

/* Sorts v ascending: insertion sort for the short lists most groups have, else qsort. */
static void sort_u32(uint32_t *v, size_t n)
{
	if (n > 16) {
		qsort(v, n, sizeof *v, cmp_u32);
		return;
	}
	for (size_t i = 1; i < n; i++) {
		uint32_t x = v[i];
		size_t j = i;
		for (; j > 0 && v[j - 1] > x; j--)
			v[j] = v[j - 1];
		v[j] = x;
	}
}

/* ---- The run ---- */

static int resolve_params(const struct ws *w, const struct plan_params *in,
			  struct plan_params *p)
{
	*p = *in;
	if (p->wellen_laenge <= 0)
		p->wellen_laenge = (int)w->set.v[SET_WELLE_MONATE];
	if (!(p->kapazitaet > 0))
		p->kapazitaet = w->set.v[SET_KAPAZITAET];
	if (p->start_jahr < 1900 || p->start_jahr > 2999 || p->start_quartal < 1 ||
	    p->start_quartal > 4 || p->wellen_laenge < 1 || p->wellen_laenge > 120 ||
	    !(p->kapazitaet >= 0))
		return -WP_EINVAL;
	return 0;
}

int plan_run(const struct ws *w, const struct assessment *a, const struct plan_params *pp,
	     struct plan **out)
{
	size_t n = w->n_obj;
	struct plan_gruppen gr = { 0 };
	struct wellen wl = { .w = w };
	struct plan *p = NULL;
	struct gkey *keys = NULL;
	uint32_t *rang = NULL, *order = NULL, *grank = NULL, *gout_off = NULL, *gout = NULL;
	uint32_t *gpin = NULL, *stack = NULL, *pos = NULL;
	uint8_t *state = NULL, *gross = NULL;
	struct plan_params par;
	int rc;

	*out = NULL;
	if (a->n_obj != n || n >= WP_NONE || !w->out_off || w->n_indexed != n)
		return -WP_EINVAL;
	rc = resolve_params(w, pp, &par);
	if (rc)
		return rc;
	for (size_t i = 0; i < n; i++)
		if (w->obj[i].welle_pin < 0 || w->obj[i].welle_pin > PLAN_PIN_MAX)
			return -WP_EINVAL;

	rc = -WP_ENOMEM;
	p = plan_new(n);
	rang = plan_kennung_rang(w);
	if (!p || !rang)
		goto out;
	p->params = par;
	rc = plan_gruppen_bilden(w, a, &gr);
	if (rc)
		goto out;
	rc = -WP_ENOMEM;
	size_t G = gr.n, G1 = G ? G : 1;
	keys = malloc(G1 * sizeof *keys);
	order = malloc(G1 * sizeof *order);
	grank = malloc(G1 * sizeof *grank);
	gout_off = calloc(G + 1, sizeof *gout_off);
	gpin = calloc(G1, sizeof *gpin);
	stack = malloc(G1 * sizeof *stack);
	pos = malloc(G1 * sizeof *pos);
	state = calloc(G1, 1);
	gross = calloc(G1, 1);
	if (!keys || !order || !grank || !gout_off || !gpin || !stack || !pos ||
	    !state || !gross)
		goto out;

	/* Group keys. */
	for (uint32_t g = 0; g < G; g++) {
		struct gkey *k = &keys[g];
		k->g = g;
		k->pin = 0;
		k->pilot = 0;
		k->frist = INT32_MAX;
		k->qw = 0;
		k->eff = 0;
		k->rang = WP_NONE;
		for (uint32_t j = gr.start[g]; j < gr.start[g + 1]; j++) {
			uint32_t o = gr.members[j];
			const struct objekt *ob = &w->obj[o];
			if (ob->welle_pin > 0 && (!gpin[g] || (uint32_t)ob->welle_pin < gpin[g]))
				gpin[g] = (uint32_t)ob->welle_pin;
			k->pilot |= gr.im_pilot[o];
			if (ob->vertragsende != DATE_NONE && ob->vertragsende < k->frist)
				k->frist = ob->vertragsende;
			if (a->obj[o].qw > k->qw)
				k->qw = a->obj[o].qw;
			k->eff += a->obj[o].aufwand;
			if (rang[o] < k->rang)
				k->rang = rang[o];
		}
		k->pin = gpin[g] != 0;
	}
	qsort(keys, G, sizeof *keys, cmp_gkey);
	for (uint32_t r = 0; r < G; r++) {
		order[r] = keys[r].g;
		grank[keys[r].g] = r;
	}

	/* Group dependency lists (as ranks, most urgent first). */
	for (uint32_t g = 0; g < G; g++)
		for (uint32_t j = gr.start[g]; j < gr.start[g + 1]; j++) {
			uint32_t o = gr.members[j];
			for (uint32_t e = w->out_off[o]; e < w->out_off[o + 1]; e++) {
				uint32_t d = gr.of[w->out_adj[e]];
				if (d != WP_NONE && d != g)
					gout_off[g + 1]++;
			}
		}
	for (uint32_t g = 0; g < G; g++)
		gout_off[g + 1] += gout_off[g];
	gout = malloc((gout_off[G] ? gout_off[G] : 1) * sizeof *gout);
	if (!gout)
		goto out;
	for (uint32_t g = 0; g < G; g++) {
		uint32_t f = gout_off[g];
		for (uint32_t j = gr.start[g]; j < gr.start[g + 1]; j++) {
			uint32_t o = gr.members[j];
			for (uint32_t e = w->out_off[o]; e < w->out_off[o + 1]; e++) {
				uint32_t d = gr.of[w->out_adj[e]];
				if (d != WP_NONE && d != g)
					gout[f++] = grank[d];
			}
		}
		sort_u32(gout + gout_off[g], f - gout_off[g]);
	}

	/* Waves: all pins and all waves with a capacity of their own allocated up front. */
	wl.def = par.kapazitaet;
	size_t need = 16;
	for (size_t j = 0; j < w->n_welle; j++)
		if (w->welle[j].nr > 0 && (size_t)w->welle[j].nr <= PLAN_PIN_MAX &&
		    (size_t)w->welle[j].nr + 1 > need)
			need = (size_t)w->welle[j].nr + 1;
	for (uint32_t g = 0; g < G; g++)
		for (uint32_t j = gr.start[g]; j < gr.start[g + 1]; j++)
			if ((size_t)w->obj[gr.members[j]].welle_pin + 1 > need)
				need = (size_t)w->obj[gr.members[j]].welle_pin + 1;
	rc = wellen_grow(&wl, need);
	if (rc)
		goto out;

	/* 1. Pins: reserved first, at their waves, whatever else happens. */
	for (uint32_t r = 0; r < G; r++) {
		uint32_t g = order[r];
		if (!gpin[g])
			continue;
		for (uint32_t j = gr.start[g]; j < gr.start[g + 1]; j++) {
			uint32_t o = gr.members[j];
			int32_t pin = w->obj[o].welle_pin;
			uint32_t wv = pin > 0 ? (uint32_t)pin : gpin[g];
			p->obj[o].welle = wv;
			wellen_add(&wl, wv, a->obj[o].aufwand, 1, 0);
		}
	}

	/* 2. Everything in priority order, each group after its dependencies. */
	for (uint32_t r = 0; r < G; r++) {
		uint32_t root = order[r];
		if (state[root])
			continue;
		size_t sp = 0;
		stack[sp++] = root;
		state[root] = 1;
		pos[root] = gout_off[root];
		while (sp) {
			uint32_t v = stack[sp - 1];
			if (pos[v] < gout_off[v + 1]) {
				uint32_t u = order[gout[pos[v]++]];
				if (!state[u]) {
					state[u] = 1;
					pos[u] = gout_off[u];
					stack[sp++] = u;
				}
				continue;
			}
			sp--;
			state[v] = 2;
			if (gpin[v])
				continue;
			/* At or after the waves of what its members benötigt (object waves: a
			 * group split by pins is not later than its members). */
			size_t lb = 1;
			for (uint32_t j = gr.start[v]; j < gr.start[v + 1]; j++) {
				uint32_t o = gr.members[j];
				for (uint32_t e = w->out_off[o]; e < w->out_off[o + 1]; e++) {
					uint32_t d = w->out_adj[e];
					if (gr.of[d] != WP_NONE && gr.of[d] != v && p->obj[d].welle > lb)
						lb = p->obj[d].welle;
				}
			}
			double eff = keys[grank[v]].eff;
			uint32_t wv;
			int big;
			rc = wellen_find(&wl, lb, eff, &big, &wv);
			if (rc)
				goto out;
			gross[v] = (uint8_t)big;
			wellen_add(&wl, wv, eff, gr.start[v + 1] - gr.start[v], big);
			for (uint32_t j = gr.start[v]; j < gr.start[v + 1]; j++)
				p->obj[gr.members[j]].welle = wv;
		}
	}

	/* 3. Waves 1..last used, with dates and the effort actually planned. */
	uint32_t maxw = 0;
	for (size_t i = 0; i < n; i++)
		if (p->obj[i].welle > maxw)
			maxw = p->obj[i].welle;
	for (uint32_t k = 1; k <= maxw; k++) {
		struct plan_welle pw = { 0 };
		pw.nr = (int)k;
		pw.beginn = plan_welle_beginn(&par, (int)k);
		pw.ende = plan_welle_beginn(&par, (int)k + 1) - 1;
		pw.kapazitaet = wl.cap[k - 1];
		rc = plan_add_welle(p, &pw);
		if (rc)
			goto out;
	}

	/* 4. Notes and reasons per object. */
	for (uint32_t i = 0; i < n; i++) {
		struct plan_obj *po = &p->obj[i];
		const struct objekt *ob = &w->obj[i];
		if (!plan_planbar(a, i)) {
			po->welle = 0;
			po->grund = PG_RETAIN;
			continue;
		}
		uint32_t g = gr.of[i];
		struct plan_welle *pw = &p->welle[po->welle - 1];
		pw->belegt += a->obj[i].aufwand;
		pw->n_obj++;
		if (ob->welle_pin > 0) {
			po->flags |= PH_PIN;
			if ((uint32_t)ob->welle_pin != gpin[g])
				po->flags |= PH_PIN_KONFLIKT;
		}
		if (gr.im_pilot[i])
			po->flags |= PH_PILOT;
		if (gr.zyklus[i])
			po->flags |= PH_ZYKLUS;
		if (gross[g])
			po->flags |= PH_UEBERGROSS;
		if (a->obj[i].flags & AF_KLAERUNG)
			po->flags |= PH_KLAERUNG;
		if (ob->vertragsende != DATE_NONE && pw->ende > ob->vertragsende)
			po->flags |= PH_FRIST;
		for (uint32_t e = w->out_off[i]; e < w->out_off[i + 1]; e++) {
			uint32_t d = w->out_adj[e];
			if (d == i)
				continue;
			if (!plan_planbar(a, d)) {
				if (po->hybrid_zu == WP_NONE || rang[d] < rang[po->hybrid_zu])
					po->hybrid_zu = d;
				po->flags |= PH_HYBRID;
			} else if (p->obj[d].welle > po->welle) {
				po->flags |= PH_PIN_KONFLIKT;
			}
		}
	}
	*out = p;
	p = NULL;
	rc = 0;
out:
	plan_free(&p);
	plan_gruppen_free(&gr);
	wellen_free(&wl);
	free(keys);
	free(rang);
	free(order);
	free(grank);
	free(gout_off);
	free(gout);
	free(gpin);
	free(stack);
	free(pos);
	free(state);
	free(gross);
	return rc;
}
