/* The workspace's Zeitplan: scheduler input from workspace and assessment, run, accessors. */
#include "model/zeitplan.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "model/date.h"
#include "model/err.h"
#include "model/monat.h"

void zeitplan_params_default(const struct ws *w, int32_t heute, struct zeitplan_params *p)
{
	p->start = monat_naechstes_quartal(heute);
	p->kapazitaet = (int32_t)floor(w->set.v[SET_KAPAZITAET_MONAT] * 2 + 0.5);
	p->tempo = (int32_t)floor(w->set.v[SET_MAX_PT_MONAT] * 2 + 0.5);
	p->wellen_laenge = (int32_t)w->set.v[SET_WELLE_MONATE];
}

static int params_ok(const struct zeitplan_params *p)
{
	return p->start >= monat_von(MONAT_JAHR_MIN, 1) && p->start <= monat_von(MONAT_JAHR_MAX, 12) &&
	       p->kapazitaet >= 0 && p->tempo >= 1 && p->wellen_laenge >= 1 && p->wellen_laenge <= 24;
}

static void obj_input(const struct ws *w, const struct assessment *a,
		      const struct zeitplan_params *p, uint32_t i, struct sched_obj_in *o)
{
	const struct objekt *ob = &w->obj[i];
	const struct assess_obj *ao = &a->obj[i];
	o->kennung = ob->kennung;
	o->aufwand = (int32_t)floor(ao->aufwand * 2 + 0.5);
	o->tempo = ob->max_pt_monat > 0 ? ob->max_pt_monat : p->tempo;
	o->ist = ob->ist_pt;
	o->frist = SCHED_KEIN;
	o->frist_ende = 0;
	if (ob->vertragsende != DATE_NONE) {
		o->frist = monat_von_tag(ob->vertragsende);
		o->frist_ende = ob->vertragsende == monat_letzter_tag(o->frist);
	}
	o->pin = ob->pin_monat ? ob->pin_monat : SCHED_KEIN;
	o->qw = ao->qw_eligible ? ao->qw : 0;
	o->klasse = ao->strategie == STRAT_RETAIN	? SK_RETAIN
		    : ao->strategie == STRAT_RETIRE ? SK_RETIRE
						    : SK_NORMAL;
	o->stand = ob->stand == STAND_MIGRIERT	  ? SST_MIGRIERT
		   : ob->stand == STAND_IN_ARBEIT ? SST_IN_ARBEIT
						  : SST_OFFEN;
	o->klaerung = (ao->flags & AF_KLAERUNG) != 0;
}

/* Copies the pilots and their members (the workspace's arrays may move on an edit). */
static int pilots_input(const struct ws *w, struct zeitplan *z)
{
	size_t n_mem = 0;
	for (size_t i = 0; i < w->n_pilot; i++)
		n_mem += w->pilot[i].n_members;
	z->pilot_in = calloc(w->n_pilot ? w->n_pilot : 1, sizeof *z->pilot_in);
	z->pilot_mem = malloc((n_mem ? n_mem : 1) * sizeof *z->pilot_mem);
	if (!z->pilot_in || !z->pilot_mem)
		return -WP_ENOMEM;
	size_t k = 0;
	for (size_t i = 0; i < w->n_pilot; i++) {
		const struct pilot *pi = &w->pilot[i];
		struct sched_pilot *sp = &z->pilot_in[i];
		sp->status = pi->status == PS_GEPLANT	 ? SPS_GEPLANT
			     : pi->status == PS_LAUFEND ? SPS_LAUFEND
							 : SPS_ANDERE;
		if (pi->n_members)
			memcpy(z->pilot_mem + k, pi->members, pi->n_members * sizeof *pi->members);
		sp->members = z->pilot_mem + k;
		sp->n_members = pi->n_members;
		k += pi->n_members;
	}
	z->in.n_pilot = w->n_pilot;
	z->in.pilot = z->pilot_in;
	return 0;
}

static int build_input(const struct ws *w, const struct assessment *a, struct zeitplan *z)
{
	z->obj_in = calloc(w->n_obj ? w->n_obj : 1, sizeof *z->obj_in);
	z->dep_in = malloc((w->n_dep ? w->n_dep : 1) * sizeof *z->dep_in);
	z->kap_in = malloc((w->n_kap ? w->n_kap : 1) * sizeof *z->kap_in);
	if (!z->obj_in || !z->dep_in || !z->kap_in)
		return -WP_ENOMEM;
	for (size_t i = 0; i < w->n_obj; i++)
		obj_input(w, a, &z->params, (uint32_t)i, &z->obj_in[i]);
	for (size_t i = 0; i < w->n_dep; i++) {
		z->dep_in[i].von = w->dep[i].von;
		z->dep_in[i].zu = w->dep[i].zu;
	}
	for (size_t i = 0; i < w->n_kap; i++) {
		z->kap_in[i].monat = w->kap[i].monat;
		z->kap_in[i].kap = w->kap[i].kap;
	}
	z->in.n_obj = w->n_obj;
	z->in.obj = z->obj_in;
	z->in.n_dep = w->n_dep;
	z->in.dep = z->dep_in;
	z->in.start = z->params.start;
	z->in.kap_standard = z->params.kapazitaet;
	z->in.n_kap = w->n_kap;
	z->in.kap = z->kap_in;
	return pilots_input(w, z);
}

/* A new Zeitplan of w under a and p with its scheduler input built but no plan yet, in *z.
 * Returns 0, -WP_EINVAL (parameters, assessment) or -WP_ENOMEM; on error *z is NULL. */
static int zeitplan_new(const struct ws *w, const struct assessment *a,
			const struct zeitplan_params *p, struct zeitplan **z)
{
	*z = NULL;
	if (!params_ok(p) || !a || a->n_obj != w->n_obj)
		return -WP_EINVAL;
	if (!(*z = calloc(1, sizeof **z)))
		return -WP_ENOMEM;
	(*z)->params = *p;
	int rc = build_input(w, a, *z);
	if (rc)
		zeitplan_free(z);
	return rc;
}

int zeitplan_run(const struct ws *w, const struct assessment *a,
		 const struct zeitplan_params *p, struct zeitplan **out)
{
	struct zeitplan *z;
	*out = NULL;
	int rc = zeitplan_new(w, a, p, &z);
	if (rc)
		return rc;
	rc = sched_run(&z->in, &z->plan);
	if (rc) {
		zeitplan_free(&z);
		return rc;
	}
	*out = z;
	return 0;
}

int zeitplan_leer(const struct ws *w, const struct assessment *a,
		  const struct zeitplan_params *p, size_t n_alloc, struct zeitplan **out)
{
	struct zeitplan *z;
	*out = NULL;
	int rc = zeitplan_new(w, a, p, &z);
	if (rc)
		return rc;
	if (!(z->plan = calloc(1, sizeof *z->plan)))
		rc = -WP_ENOMEM;
	if (!rc) {
		struct sched_plan *pl = z->plan;
		pl->n_obj = w->n_obj;
		pl->start = p->start;
		pl->obj = calloc(w->n_obj ? w->n_obj : 1, sizeof *pl->obj);
		pl->alloc = malloc((n_alloc ? n_alloc : 1) * sizeof *pl->alloc);
		if (!pl->obj || !pl->alloc)
			rc = -WP_ENOMEM;
		for (size_t i = 0; !rc && i < w->n_obj; i++) {
			struct sched_obj_out *r = &pl->obj[i];
			r->grund_obj = r->gruppe = r->hybrid_zu = SCHED_NONE;
			r->beginn = r->ende = SCHED_KEIN;
			r->warum = (struct sched_warum){ SB_KEINE, SL_KEINE, SCHED_NONE, SCHED_KEIN,
							 SCHED_KEIN, SCHED_KEIN };
		}
	}
	if (rc) {
		zeitplan_free(&z);
		return rc;
	}
	*out = z;
	return 0;
}

static int alloc_cmp(const void *x, const void *y)
{
	const struct sched_alloc *a = x, *b = y;
	if (a->obj != b->obj)
		return a->obj < b->obj ? -1 : 1;
	return (a->monat > b->monat) - (a->monat < b->monat);
}

/* Groups from obj[].gruppe: ids renumbered densely in order of first appearance by Kennung. */
static int gruppen_bauen(struct zeitplan *z, const uint32_t *rang_order)
{
	struct sched_plan *p = z->plan;
	size_t n = p->n_obj, ng = 0;
	uint32_t *map = NULL, *cnt = NULL;
	uint32_t maxg = 0;
	for (size_t i = 0; i < n; i++)
		if (p->obj[i].gruppe != SCHED_NONE && p->obj[i].gruppe + 1 > maxg)
			maxg = p->obj[i].gruppe + 1;
	map = malloc((maxg ? maxg : 1) * sizeof *map);
	cnt = calloc(maxg ? maxg : 1, sizeof *cnt);
	p->mitglied = malloc((n ? n : 1) * sizeof *p->mitglied);
	p->gruppe = malloc((maxg ? maxg : 1) * sizeof *p->gruppe);
	if (!map || !cnt || !p->mitglied || !p->gruppe) {
		free(map);
		free(cnt);
		return -WP_ENOMEM;
	}
	for (uint32_t g = 0; g < maxg; g++)
		map[g] = SCHED_NONE;
	for (size_t r = 0; r < n; r++) {
		uint32_t i = rang_order[r], g = p->obj[i].gruppe;
		if (g == SCHED_NONE)
			continue;
		if (map[g] == SCHED_NONE) {
			map[g] = (uint32_t)ng;
			p->gruppe[ng++] = (struct sched_gruppe){ p->obj[i].gruppe_art, 0, 0 };
		}
		cnt[map[g]]++;
	}
	uint32_t off = 0;
	for (size_t g = 0; g < ng; g++) {
		p->gruppe[g].off = off;
		off += cnt[g];
	}
	for (size_t r = 0; r < n; r++) {
		uint32_t i = rang_order[r], g = p->obj[i].gruppe;
		if (g == SCHED_NONE)
			continue;
		struct sched_gruppe *gr = &p->gruppe[map[g]];
		p->mitglied[gr->off + gr->n++] = i;
		p->obj[i].gruppe = map[g];
	}
	p->n_gruppe = ng;
	free(map);
	free(cnt);
	return 0;
}

/* Object indexes in Kennung text order (byte-wise, ASCII case-folded). */
struct rang { const char *k; uint32_t i; };
static int rang_cmp(const void *x, const void *y)
{
	const unsigned char *a = (const unsigned char *)((const struct rang *)x)->k;
	const unsigned char *b = (const unsigned char *)((const struct rang *)y)->k;
	for (;; a++, b++) {
		int ca = *a >= 'A' && *a <= 'Z' ? *a + 32 : *a;
		int cb = *b >= 'A' && *b <= 'Z' ? *b + 32 : *b;
		if (ca != cb || !ca)
			return ca - cb;
	}
}

int zeitplan_abschliessen(struct zeitplan *z)
{
	struct sched_plan *p = z->plan;
	size_t n = p->n_obj;
	qsort(p->alloc, p->n_alloc, sizeof *p->alloc, alloc_cmp);
	int32_t last = z->params.start - 1;
	for (size_t i = 0; i < n; i++)
		p->obj[i].alloc_n = 0;
	for (size_t k = 0; k < p->n_alloc; k++) {
		p->obj[p->alloc[k].obj].alloc_n++;
		if (p->alloc[k].monat > last)
			last = p->alloc[k].monat;
	}
	uint32_t off = 0;
	for (size_t i = 0; i < n; i++) {
		p->obj[i].alloc_off = off;
		off += p->obj[i].alloc_n;
	}
	int32_t first = z->params.start;
	for (size_t k = 0; k < p->n_alloc; k++)
		if (p->alloc[k].monat < first)
			first = p->alloc[k].monat;
	p->n_last = (size_t)(last - first + 1);
	p->last = calloc(p->n_last ? p->n_last : 1, sizeof *p->last);
	uint32_t *order = malloc((n ? n : 1) * sizeof *order);
	struct rang *rg = malloc((n ? n : 1) * sizeof *rg);
	if (!p->last || !order || !rg) {
		free(order);
		free(rg);
		return -WP_ENOMEM;
	}
	for (size_t k = 0; k < p->n_last; k++) {
		p->last[k].monat = first + (int32_t)k;
		p->last[k].kap = sched_kap(&z->in, first + (int32_t)k);
	}
	for (size_t k = 0; k < p->n_alloc; k++)
		p->last[p->alloc[k].monat - first].belegt += p->alloc[k].pt;
	for (size_t i = 0; i < n; i++)
		rg[i] = (struct rang){ z->in.obj[i].kennung, (uint32_t)i };
	qsort(rg, n, sizeof *rg, rang_cmp);
	for (size_t i = 0; i < n; i++)
		order[i] = rg[i].i;
	free(rg);
	int rc = gruppen_bauen(z, order);
	free(order);
	return rc;
}

void zeitplan_free(struct zeitplan **pz)
{
	if (!pz || !*pz)
		return;
	struct zeitplan *z = *pz;
	sched_free(&z->plan);
	free(z->obj_in);
	free(z->dep_in);
	free(z->pilot_in);
	free(z->pilot_mem);
	free(z->kap_in);
	free(z);
	*pz = NULL;
}

int zeitplan_welle(const struct zeitplan *z, uint32_t o)
{
	if (!z->plan || o >= z->plan->n_obj || z->plan->obj[o].grund != SG_GEPLANT ||
	    z->plan->obj[o].ende == SCHED_KEIN) /* not in a stored plan: added since */
		return 0;
	int32_t d = z->plan->obj[o].ende - z->params.start;
	return d < 0 ? 1 : (int)(d / z->params.wellen_laenge) + 1;
}

int32_t zeitplan_welle_beginn(const struct zeitplan *z, int nr)
{
	return z->params.start + (int32_t)(nr - 1) * z->params.wellen_laenge;
}

int32_t zeitplan_letzter_monat(const struct zeitplan *z)
{
	int32_t last = z->params.start - 1;
	for (size_t i = 0; z->plan && i < z->plan->n_obj; i++)
		if (z->plan->obj[i].grund == SG_GEPLANT && z->plan->obj[i].ende > last)
			last = z->plan->obj[i].ende;
	return last;
}

int zeitplan_n_wellen(const struct zeitplan *z)
{
	int32_t last = zeitplan_letzter_monat(z);
	if (last < z->params.start)
		return 0;
	return (int)((last - z->params.start) / z->params.wellen_laenge) + 1;
}

int32_t zeitplan_kap(const struct zeitplan *z, int32_t m)
{
	return sched_kap(&z->in, m);
}

int32_t zeitplan_last(const struct zeitplan *z, int32_t m)
{
	const struct sched_plan *p = z->plan;
	if (!p || !p->n_last || m < p->last[0].monat)
		return 0;
	size_t k = (size_t)(m - p->last[0].monat);
	return k < p->n_last ? p->last[k].belegt : 0;
}

const struct sched_alloc *zeitplan_alloc(const struct zeitplan *z, uint32_t o, size_t *n)
{
	*n = 0;
	if (!z->plan || o >= z->plan->n_obj || !z->plan->obj[o].alloc_n)
		return NULL;
	*n = z->plan->obj[o].alloc_n;
	return z->plan->alloc + z->plan->obj[o].alloc_off;
}

int zeitplan_warum_text(const struct zeitplan *z, uint32_t o, char *buf, size_t size)
{
	if (!z->plan || o >= z->plan->n_obj) {
		if (size)
			buf[0] = '\0';
		return 0;
	}
	return sched_warum_text(&z->in, z->plan, o, buf, size);
}
