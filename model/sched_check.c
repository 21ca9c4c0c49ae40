/* The checker of the ten invariants of docs/zeitplan.md on any plan — one sched_run made or one
 * edited by hand: it recomputes the constraint graph and the groups from the input and
 * trusts nothing of the plan but its months, reasons, notes and PT. */
#include "model/sched.h"

#include <stdlib.h>
#include <string.h>

#include "model/err.h"
#include "model/grow.h"
#include "model/sched_int.h"

#define MONATE (12 * 10000) /* months the scheduler accepts (model/sched_graph.c) */

struct chk {
	const struct sched_input *in;
	const struct sched_plan *p;
	struct sched_graph g;
	struct sched_befund *b;
	size_t nb, cap;
	int64_t *last;          /* [MONATE] PT booked per month */
	int64_t *summe;         /* [n] PT per object */
	int32_t *minm, *maxm;   /* [n] first and last month with PT, SCHED_KEIN if none */
	int32_t *jpin;          /* [n_job] earliest member pin */
	struct sched_verstoss *gemeldet; /* the plan's violations, sorted */
};

static int befund(struct chk *c, uint8_t inv, uint8_t art, uint32_t obj, uint32_t other,
		  int32_t monat)
{
	if (grow_array((void **)&c->b, &c->cap, c->nb, sizeof *c->b, 16))
		return -WP_ENOMEM;
	c->b[c->nb++] = (struct sched_befund){ inv, art, obj, other, monat };
	return 0;
}

static int cmp_v(const void *pa, const void *pb)
{
	const struct sched_verstoss *a = pa, *b = pb;
	if (a->art != b->art)
		return a->art < b->art ? -1 : 1;
	if (a->obj != b->obj)
		return a->obj < b->obj ? -1 : 1;
	return (a->other > b->other) - (a->other < b->other);
}

static int gemeldet(const struct chk *c, uint8_t art, uint32_t obj, uint32_t other)
{
	struct sched_verstoss k = { art, obj, other, 0 };
	return bsearch(&k, c->gemeldet, c->p->n_verstoss, sizeof k, cmp_v) != NULL;
}

static int geplant(const struct chk *c, uint32_t i)
{
	return c->p->obj[i].grund == SG_GEPLANT && c->p->obj[i].beginn != SCHED_KEIN &&
	       c->p->obj[i].ende != SCHED_KEIN;
}

static int cmp_alloc(const void *pa, const void *pb)
{
	const struct sched_alloc *a = pa, *b = pb;
	if (a->obj != b->obj)
		return a->obj < b->obj ? -1 : 1;
	return (a->monat > b->monat) - (a->monat < b->monat);
}

/* Invariants 2, 3: capacity per month, pace per object and month, totals. */
static int pt_pruefen(struct chk *c)
{
	const struct sched_plan *p = c->p;
	size_t na = p->n_alloc;
	struct sched_alloc *al = malloc((na ? na : 1) * sizeof *al);
	uint8_t *voll = calloc(MONATE, 1);
	int rc = -WP_ENOMEM;
	if (!al || !voll)
		goto out;
	if (na)
		memcpy(al, p->alloc, na * sizeof *al);
	qsort(al, na, sizeof *al, cmp_alloc);
	for (size_t k = 0; k < na;) {
		const struct sched_alloc *a = &al[k];
		int64_t pt = 0;
		int bad = 0;
		for (; k < na && al[k].obj == a->obj && al[k].monat == a->monat; k++) {
			pt += al[k].pt;
			bad |= al[k].pt <= 0;
		}
		if ((bad || pt > c->in->obj[a->obj].tempo) &&
		    (rc = befund(c, 3, SC_TEMPO, a->obj, SCHED_NONE, a->monat)))
			goto out;
		c->last[a->monat] += pt;
		c->summe[a->obj] += pt;
		if (c->minm[a->obj] == SCHED_KEIN)
			c->minm[a->obj] = a->monat;
		c->maxm[a->obj] = a->monat;
	}
	for (size_t k = 0; k < na; k++) {
		int32_t m = al[k].monat;
		if (!voll[m] && c->last[m] > sched_kap(c->in, m)) {
			voll[m] = 1;
			if ((rc = befund(c, 2, SC_KAPAZITAET, SCHED_NONE, SCHED_NONE, m)))
				goto out;
		}
	}
	for (uint32_t i = 0; i < c->g.n; i++) {
		int64_t soll = geplant(c, i) ? c->g.rest[i] : 0;
		if (c->summe[i] != soll && (rc = befund(c, 3, SC_SUMME, i, SCHED_NONE, SCHED_KEIN)))
			goto out;
	}
	rc = 0;
out:
	free(al);
	free(voll);
	return rc;
}

/* Invariants 4, 5, 6, 10 (moved pins) per job. */
static int jobs_pruefen(struct chk *c)
{
	const struct sched_graph *g = &c->g;
	const struct sched_plan *p = c->p;
	int rc;
	for (uint32_t j = 0; j < g->n_job; j++) {
		uint32_t f = g->job_mem[g->job_off[j]], wer = SCHED_NONE;
		int an_b = 0, an_e = 0, alle = 1;
		int64_t aufwand = 0;
		c->jpin[j] = SCHED_KEIN;
		for (uint32_t q = g->job_off[j]; q < g->job_off[j + 1]; q++) {
			uint32_t x = g->job_mem[q];
			if (g->pin[x] != SCHED_KEIN &&
			    (c->jpin[j] == SCHED_KEIN || g->pin[x] < c->jpin[j])) {
				c->jpin[j] = g->pin[x];
				wer = x;
			}
		}
		for (uint32_t q = g->job_off[j]; q < g->job_off[j + 1]; q++) {
			uint32_t x = g->job_mem[q];
			if (geplant(c, x) != geplant(c, f) ||
			    (geplant(c, x) && (p->obj[x].beginn != p->obj[f].beginn ||
					       p->obj[x].ende != p->obj[f].ende))) {
				if ((rc = befund(c, 4, SC_GRUPPE, x, f, SCHED_KEIN)))
					return rc;
				alle = 0;
			}
			if (!geplant(c, x))
				continue;
			const struct sched_obj_out *o = &p->obj[x];
			aufwand += g->rest[x];
			an_b |= c->minm[x] == o->beginn;
			an_e |= c->maxm[x] == o->ende;
			int aussen = c->minm[x] != SCHED_KEIN &&
				     (c->minm[x] < o->beginn || c->maxm[x] > o->ende);
			if ((o->beginn > o->ende || aussen) &&
			    (rc = befund(c, 5, SC_SPANNE, x, SCHED_NONE, o->beginn)))
				return rc;
		}
		if (!alle || !geplant(c, f))
			continue;
		int32_t b = p->obj[f].beginn;
		if (aufwand > 0 && (!an_b || !an_e) &&
		    (rc = befund(c, 5, SC_SPANNE, f, SCHED_NONE, an_b ? p->obj[f].ende : b)))
			return rc;
		if (c->jpin[j] != SCHED_KEIN) {
			if (b != c->jpin[j] &&
			    ((rc = befund(c, 10, SC_PIN_VERSCHOBEN, wer, SCHED_NONE, c->jpin[j])) ||
			     (!gemeldet(c, SV_PIN_VERSCHOBEN, wer, SCHED_NONE) &&
			      (rc = befund(c, 10, SC_UNGEMELDET, wer, SCHED_NONE, c->jpin[j])))))
				return rc;
			continue;
		}
		/* no idle start: b − 1 before S, not after a predecessor, or full */
		int32_t m = b - 1, pred = SCHED_KEIN;
		for (uint32_t q = g->job_off[j]; q < g->job_off[j + 1]; q++) {
			uint32_t x = g->job_mem[q];
			for (uint32_t k = g->vor_off[x]; k < g->vor_off[x + 1]; k++) {
				uint32_t u = g->vor[k];
				if (g->job_of[u] != j && geplant(c, u) && p->obj[u].ende > pred)
					pred = p->obj[u].ende;
			}
		}
		if (b < c->in->start) {
			if ((rc = befund(c, 6, SC_LEERLAUF, f, SCHED_NONE, b)))
				return rc;
		} else if (m >= c->in->start && m > pred &&
			   sched_kap(c->in, m) - (m < MONATE ? c->last[m] : 0) >= 1 &&
			   (rc = befund(c, 6, SC_LEERLAUF, f, SCHED_NONE, m))) {
			return rc;
		}
	}
	return 0;
}

/* Invariants 1 and 10 (order-breaking pins), objects after in Kennung order. */
static int reihenfolge_pruefen(struct chk *c)
{
	const struct sched_graph *g = &c->g;
	const struct sched_plan *p = c->p;
	int rc;
	for (size_t r = 0; r < g->n; r++) {
		uint32_t v = g->by_rang[r], jv = g->job_of[v];
		if (jv == SCHED_NONE || !geplant(c, v))
			continue;
		for (uint32_t k = g->vor_off[v]; k < g->vor_off[v + 1]; k++) {
			uint32_t u = g->vor[k], ju = g->job_of[u];
			int pin = c->jpin[ju] != SCHED_KEIN || c->jpin[jv] != SCHED_KEIN;
			if (ju == jv)
				continue;
			if (!geplant(c, u)) {
				if (c->jpin[jv] == SCHED_KEIN &&
				    (rc = befund(c, 1, SC_REIHENFOLGE, v, u, SCHED_KEIN)))
					return rc;
				continue;
			}
			if (p->obj[v].beginn > p->obj[u].ende)
				continue;
			if ((rc = befund(c, 1, pin ? SC_PIN_REIHENFOLGE : SC_REIHENFOLGE, v, u,
					 p->obj[v].beginn)))
				return rc;
			if (pin && !gemeldet(c, SV_PIN_REIHENFOLGE, v, u) &&
			    (rc = befund(c, 10, SC_UNGEMELDET, v, u, p->obj[v].beginn)))
				return rc;
		}
	}
	return 0;
}

/* Invariants 7, 8, 9 per object. */
static int objekte_pruefen(struct chk *c)
{
	const struct sched_graph *g = &c->g;
	const struct sched_plan *p = c->p;
	for (size_t r = 0; r < g->n; r++) {
		int rc;
		uint32_t i = g->by_rang[r];
		const struct sched_obj_out *o = &p->obj[i];
		const struct sched_obj_in *oi = &c->in->obj[i];
		int ok;
		if (g->grund[i] == SG_BENOETIGT)
			ok = o->grund == SG_BENOETIGT && o->grund_obj < g->n &&
			     !geplant(c, o->grund_obj);
		else if (g->grund[i] != SG_GEPLANT)
			ok = o->grund == g->grund[i];
		else if (o->grund == SG_VORGAENGER)
			ok = o->grund_obj < g->n && !geplant(c, o->grund_obj);
		else
			ok = o->grund == SG_KAPAZITAET || geplant(c, i);
		if (!ok && (rc = befund(c, g->grund[i] == SG_BENOETIGT ? 9 : 8,
					g->grund[i] == SG_BENOETIGT ? SC_HYBRID : SC_FEHLT, i,
					SCHED_NONE, SCHED_KEIN)))
			return rc;
		if (!geplant(c, i))
			continue;
		int32_t n = 0;
		if (oi->frist != SCHED_KEIN &&
		    (o->ende > oi->frist || (o->ende == oi->frist && !oi->frist_ende)))
			n = o->ende - oi->frist < 1 ? 1 : o->ende - oi->frist;
		if ((n != o->verspaetung || !!n != !!(o->flags & SF_FRIST)) &&
		    (rc = befund(c, 7, SC_FRIST, i, SCHED_NONE, oi->frist)))
			return rc;
		uint32_t h = SCHED_NONE;
		for (uint32_t e = g->out_off[i]; e < g->out_off[i + 1]; e++)
			if (!geplant(c, g->out_adj[e]))
				h = g->out_adj[e];
		ok = h == SCHED_NONE ? !(o->flags & SF_HYBRID)
				     : (o->flags & SF_HYBRID) && o->hybrid_zu < g->n &&
					       !geplant(c, o->hybrid_zu);
		if (!ok && (rc = befund(c, 9, SC_HYBRID, i, h, SCHED_KEIN)))
			return rc;
		if (!!(o->flags & SF_KLAERUNG) != !!oi->klaerung &&
		    (rc = befund(c, 9, SC_KLAERUNG, i, SCHED_NONE, SCHED_KEIN)))
			return rc;
	}
	return 0;
}

static int monate_ok(const struct sched_plan *p, size_t n)
{
	for (size_t k = 0; k < p->n_alloc; k++)
		if (p->alloc[k].obj >= n || p->alloc[k].monat < 0 || p->alloc[k].monat >= MONATE)
			return 0;
	return 1;
}

int sched_check(const struct sched_input *in, const struct sched_plan *p,
		struct sched_befund **out, size_t *n)
{
	struct chk c = { .in = in, .p = p };
	int rc;
	*out = NULL;
	*n = 0;
	if (p->n_obj != in->n_obj || !monate_ok(p, in->n_obj))
		return -WP_EINVAL;
	if ((rc = sched_graph_bauen(in, &c.g)))
		return rc;
	rc = -WP_ENOMEM;
	size_t n1 = in->n_obj ? in->n_obj : 1;
	c.last = calloc(MONATE, sizeof *c.last);
	c.summe = calloc(n1, sizeof *c.summe);
	c.minm = malloc(n1 * sizeof *c.minm);
	c.maxm = malloc(n1 * sizeof *c.maxm);
	c.jpin = malloc((c.g.n_job ? c.g.n_job : 1) * sizeof *c.jpin);
	c.gemeldet = malloc((p->n_verstoss ? p->n_verstoss : 1) * sizeof *c.gemeldet);
	if (!c.last || !c.summe || !c.minm || !c.maxm || !c.jpin || !c.gemeldet)
		goto out;
	for (size_t i = 0; i < in->n_obj; i++)
		c.minm[i] = c.maxm[i] = SCHED_KEIN;
	if (p->n_verstoss)
		memcpy(c.gemeldet, p->verstoss, p->n_verstoss * sizeof *c.gemeldet);
	for (size_t k = 0; k < p->n_verstoss; k++)
		c.gemeldet[k].monat = 0;
	qsort(c.gemeldet, p->n_verstoss, sizeof *c.gemeldet, cmp_v);
	if ((rc = pt_pruefen(&c)) || (rc = jobs_pruefen(&c)) || (rc = reihenfolge_pruefen(&c)) ||
	    (rc = objekte_pruefen(&c)))
		goto out;
	*out = c.b;
	*n = c.nb;
	c.b = NULL;
	rc = 0;
out:
	free(c.b);
	free(c.last);
	free(c.summe);
	free(c.minm);
	free(c.maxm);
	free(c.jpin);
	free(c.gemeldet);
	sched_graph_free(&c.g);
	return rc;
}
