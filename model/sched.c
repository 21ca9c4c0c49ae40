/* Serial list scheduling (docs/zeitplan.md): pinned jobs first by month and Kennung, then the
 * ready job with the smallest priority key from a binary heap; each job allocated month by
 * month per member in Kennung order, a(m) = min(R, free(m), remaining) in half-PT. A
 * union-find over full months finds the next month with room in near-constant time, so the
 * run is O((objects + dependencies) log objects + allocations). */
#include "model/sched.h"

#include <stdlib.h>
#include <string.h>

#include "model/err.h"
#include "model/grow.h"
#include "model/sched_int.h"
#include "model/sort.h"

enum { ST_OFFEN, ST_PLATZIERT, ST_KAPAZITAET, ST_VORGAENGER };
#define H SCHED_HORIZONT

struct job_key {
	int32_t due, qw;  /* due month (INT32_MAX = none), highest quick-win score */
	int64_t aufwand;  /* half-PT, sum of members */
	uint32_t krang;   /* smallest member's Kennung position */
	uint8_t pilot;    /* 1 = pilot group */
};

struct ctx {
	const struct sched_input *in;
	const struct sched_graph *g;
	int32_t s;               /* start month */
	int32_t frei[H], kap[H]; /* free and original capacity of month s + k */
	uint32_t nx[H + 1];      /* union-find: next month ≥ k with room, H = none */
	int32_t *rem;            /* [n] half-PT still to allocate */
	uint32_t *lnext;         /* [n] list of members with PT left */
	struct sched_alloc *al;
	size_t n_al, cap_al;
	struct sched_verstoss *v;
	size_t n_v, cap_v;
	struct job_key *key;     /* [n_job] */
	int32_t *jpin;           /* [n_job] earliest member pin, SCHED_KEIN if none */
	int32_t *jb, *je;        /* [n_job] Beginn, Ende relative to s */
	uint8_t *st;             /* [n_job] ST_* */
	uint32_t *jgrund;        /* [n_job] ST_VORGAENGER: the object named */
	struct sched_warum *jw;  /* [n_job] */
};

int32_t sched_kap(const struct sched_input *in, int32_t m)
{
	size_t lo = 0, hi = in->n_kap;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (in->kap[mid].monat < m)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < in->n_kap && in->kap[lo].monat == m ? in->kap[lo].kap : in->kap_standard;
}

static uint32_t nx_find(uint32_t *nx, uint32_t k)
{
	while (nx[k] != k) {
		nx[k] = nx[nx[k]];
		k = nx[k];
	}
	return k;
}

static void nx_bauen(struct ctx *c)
{
	for (uint32_t k = 0; k < H; k++)
		c->nx[k] = c->frei[k] > 0 ? k : k + 1;
	c->nx[H] = H;
}

static int push_alloc(struct ctx *c, uint32_t obj, int32_t monat, int32_t pt)
{
	if (grow_array((void **)&c->al, &c->cap_al, c->n_al, sizeof *c->al, 1024))
		return -WP_ENOMEM;
	c->al[c->n_al++] = (struct sched_alloc){ obj, monat, pt };
	return 0;
}

static int push_verstoss(struct ctx *c, struct sched_verstoss v)
{
	if (grow_array((void **)&c->v, &c->cap_v, c->n_v, sizeof *c->v, 16))
		return -WP_ENOMEM;
	c->v[c->n_v++] = v;
	return 0;
}

/* Gives back what the allocations from mark on took, after a job did not fit. */
static void zurueck(struct ctx *c, size_t mark)
{
	for (size_t k = mark; k < c->n_al; k++) {
		c->frei[c->al[k].monat - c->s] += c->al[k].pt;
		c->rem[c->al[k].obj] += c->al[k].pt;
	}
	c->n_al = mark;
	nx_bauen(c);
}

/* Allocates job j from the first month ≥ e with room. Returns 0 with Beginn and Ende in
 * *b, *en (relative months), 1 if it does not fit within the horizon (nothing booked), or
 * -WP_ENOMEM. A job without PT to allocate is placed at e itself. */
static int platzieren(struct ctx *c, uint32_t j, int32_t e, int32_t *b, int32_t *en)
{
	const struct sched_graph *g = c->g;
	uint32_t head = SCHED_NONE, tail = SCHED_NONE;
	for (uint32_t k = g->job_off[j]; k < g->job_off[j + 1]; k++) {
		uint32_t x = g->job_mem[k];
		if (c->rem[x] <= 0)
			continue;
		c->lnext[x] = SCHED_NONE;
		if (tail == SCHED_NONE)
			head = x;
		else
			c->lnext[tail] = x;
		tail = x;
	}
	if (head == SCHED_NONE) {
		*b = *en = e;
		return 0;
	}
	if (e >= H)
		return 1;
	size_t mark = c->n_al;
	uint32_t k = nx_find(c->nx, (uint32_t)e);
	*b = (int32_t)k;
	while (head != SCHED_NONE) {
		if (k >= H) {
			zurueck(c, mark);
			return 1;
		}
		uint32_t prev = SCHED_NONE;
		for (uint32_t x = head; x != SCHED_NONE && c->frei[k] > 0;) {
			int32_t a = c->in->obj[x].tempo;
			if (a > c->frei[k])
				a = c->frei[k];
			if (a > c->rem[x])
				a = c->rem[x];
			c->frei[k] -= a;
			c->rem[x] -= a;
			if (push_alloc(c, x, c->s + (int32_t)k, a))
				return -WP_ENOMEM;
			uint32_t nxt = c->lnext[x];
			if (c->rem[x] == 0) {
				if (prev == SCHED_NONE)
					head = nxt;
				else
					c->lnext[prev] = nxt;
			} else {
				prev = x;
			}
			x = nxt;
		}
		*en = (int32_t)k;
		if (c->frei[k] == 0)
			c->nx[k] = k + 1;
		k = nx_find(c->nx, k + 1);
	}
	return 0;
}

/* 1 if job a comes before job b in the list order. */
static int vor(const struct job_key *ka, const struct job_key *kb)
{
	if (ka->pilot != kb->pilot)
		return ka->pilot > kb->pilot;
	if (ka->due != kb->due)
		return ka->due < kb->due;
	if (ka->qw != kb->qw)
		return ka->qw > kb->qw;
	if (ka->aufwand != kb->aufwand)
		return ka->aufwand < kb->aufwand;
	return ka->krang < kb->krang;
}

static void heap_push(const struct job_key *key, uint32_t *h, size_t *n, uint32_t j)
{
	size_t i = (*n)++;
	while (i && vor(&key[j], &key[h[(i - 1) / 2]])) {
		h[i] = h[(i - 1) / 2];
		i = (i - 1) / 2;
	}
	h[i] = j;
}

static uint32_t heap_pop(const struct job_key *key, uint32_t *h, size_t *n)
{
	uint32_t top = h[0], last = h[--(*n)];
	size_t i = 0;
	for (;;) {
		size_t l = 2 * i + 1, m = l;
		if (l >= *n)
			break;
		if (l + 1 < *n && vor(&key[h[l + 1]], &key[h[l]]))
			m = l + 1;
		if (!vor(&key[h[m]], &key[last]))
			break;
		h[i] = h[m];
		i = m;
	}
	if (*n)
		h[i] = last;
	return top;
}

/* Keys, pins and due months of every job; due propagates backwards over successors, which
 * carry smaller job numbers. */
static void schluessel(struct ctx *c)
{
	const struct sched_graph *g = c->g;
	for (uint32_t j = 0; j < g->n_job; j++) {
		struct job_key *k = &c->key[j];
		memset(k, 0, sizeof *k);
		k->due = INT32_MAX;
		k->krang = g->rang[g->job_mem[g->job_off[j]]];
		c->jpin[j] = SCHED_KEIN;
		for (uint32_t q = g->job_off[j]; q < g->job_off[j + 1]; q++) {
			uint32_t x = g->job_mem[q];
			const struct sched_obj_in *o = &c->in->obj[x];
			k->pilot |= g->im_pilot[x];
			k->aufwand += g->rest[x];
			if (o->qw > k->qw)
				k->qw = o->qw;
			if (o->frist != SCHED_KEIN && o->frist < k->due)
				k->due = o->frist;
			if (g->pin[x] != SCHED_KEIN) {
				if (g->pin[x] < k->due)
					k->due = g->pin[x];
				if (c->jpin[j] == SCHED_KEIN || g->pin[x] < c->jpin[j])
					c->jpin[j] = g->pin[x];
			}
			for (uint32_t e = g->nach_off[x]; e < g->nach_off[x + 1]; e++) {
				uint32_t js = g->job_of[g->nach[e]];
				if (js != j && c->key[js].due < k->due)
					k->due = c->key[js].due;
			}
		}
	}
}

/* 1 if pinned job a comes before pinned job b: by pin month, then Kennung. */
static int pin_vor(const struct ctx *c, uint32_t a, uint32_t b)
{
	if (c->jpin[a] != c->jpin[b])
		return c->jpin[a] < c->jpin[b];
	return c->key[a].krang < c->key[b].krang;
}

static int cmp_pin(const void *ctx, uint32_t a, uint32_t b)
{
	return pin_vor(ctx, a, b) ? -1 : pin_vor(ctx, b, a);
}

/* Sorts the pinned jobs in place, stably. */
static int pins_sortieren(const struct ctx *c, uint32_t *v, size_t n)
{
	uint32_t *tmp = malloc((n ? n : 1) * sizeof *tmp);
	if (!tmp)
		return -WP_ENOMEM;
	sort_u32(v, n, tmp, cmp_pin, c);
	free(tmp);
	return 0;
}

/* The pinned jobs at their months (or the next month with room: a reported violation). */
static int festgesetzte(struct ctx *c, uint32_t *list)
{
	const struct sched_graph *g = c->g;
	size_t np = 0;
	for (uint32_t j = 0; j < g->n_job; j++)
		if (c->jpin[j] != SCHED_KEIN)
			list[np++] = j;
	if (pins_sortieren(c, list, np))
		return -WP_ENOMEM;
	for (size_t q = 0; q < np; q++) {
		uint32_t j = list[q], wer = SCHED_NONE;
		int32_t t = c->jpin[j] - c->s, b = 0, en = 0;
		for (uint32_t k = g->job_off[j]; k < g->job_off[j + 1] && wer == SCHED_NONE; k++)
			if (g->pin[g->job_mem[k]] == c->jpin[j])
				wer = g->job_mem[k];
		int r = platzieren(c, j, t < 0 ? 0 : t, &b, &en);
		if (r < 0)
			return r;
		struct sched_warum *w = &c->jw[j];
		w->basis = c->in->obj[wer].stand == SST_IN_ARBEIT ? SB_IN_ARBEIT : SB_PIN;
		w->frueh = c->jpin[j];
		if (r) {
			c->st[j] = ST_KAPAZITAET;
			continue;
		}
		c->st[j] = ST_PLATZIERT;
		c->jb[j] = b;
		c->je[j] = en;
		if (b != t) {
			w->voll_bis = c->s + b - 1;
			if (push_verstoss(c, (struct sched_verstoss){ SV_PIN_VERSCHOBEN, wer,
								     SCHED_NONE, c->jpin[j] }))
				return -WP_ENOMEM;
		}
	}
	return 0;
}

/* Earliest allowed month of job j after its predecessors, and who sets it. */
static int32_t fruehester(const struct ctx *c, uint32_t j, struct sched_warum *w)
{
	const struct sched_graph *g = c->g;
	int32_t e = 0;
	w->basis = SB_START;
	for (uint32_t q = g->job_off[j]; q < g->job_off[j + 1]; q++) {
		uint32_t x = g->job_mem[q];
		for (uint32_t k = g->vor_off[x]; k < g->vor_off[x + 1]; k++) {
			uint32_t p = g->vor[k], jp = g->job_of[p];
			if (jp == j)
				continue;
			int32_t f = c->je[jp] + 1;
			if (f > e || (f == e && w->basis == SB_VORGAENGER &&
				      g->rang[p] < g->rang[w->obj])) {
				e = f;
				w->basis = SB_VORGAENGER;
				w->obj = p;
				w->obj_ende = c->s + c->je[jp];
			}
		}
	}
	w->frueh = c->s + e;
	return e;
}

/* Job j is placed: its successors that are not pinned lose one waiting predecessor. */
static void freigeben(struct ctx *c, uint32_t j, uint32_t *heap, size_t *nh, uint32_t *indeg)
{
	const struct sched_graph *g = c->g;
	for (uint32_t q = g->job_off[j]; q < g->job_off[j + 1]; q++) {
		uint32_t x = g->job_mem[q];
		for (uint32_t e = g->nach_off[x]; e < g->nach_off[x + 1]; e++) {
			uint32_t js = g->job_of[g->nach[e]];
			if (js != j && c->jpin[js] == SCHED_KEIN && --indeg[js] == 0)
				heap_push(c->key, heap, nh, js);
		}
	}
}

/* The list phase: ready jobs by key from the heap, after the placed pins released theirs. */
static int liste(struct ctx *c, uint32_t *heap, uint32_t *indeg)
{
	const struct sched_graph *g = c->g;
	size_t nh = 0;
	memset(indeg, 0, g->n_job * sizeof *indeg);
	for (uint32_t u = 0; u < g->n; u++)
		for (uint32_t e = g->nach_off[u]; e < g->nach_off[u + 1]; e++) {
			uint32_t jv = g->job_of[g->nach[e]];
			if (jv != g->job_of[u] && c->jpin[jv] == SCHED_KEIN)
				indeg[jv]++;
		}
	for (uint32_t j = 0; j < g->n_job; j++)
		if (c->jpin[j] == SCHED_KEIN && indeg[j] == 0)
			heap_push(c->key, heap, &nh, j);
	for (uint32_t j = 0; j < g->n_job; j++)
		if (c->jpin[j] != SCHED_KEIN && c->st[j] == ST_PLATZIERT)
			freigeben(c, j, heap, &nh, indeg);
	while (nh) {
		uint32_t j = heap_pop(c->key, heap, &nh);
		int32_t b = 0, en = 0, e = fruehester(c, j, &c->jw[j]);
		int r = platzieren(c, j, e, &b, &en);
		if (r < 0)
			return r;
		if (r) {
			c->st[j] = ST_KAPAZITAET;
			continue;
		}
		c->st[j] = ST_PLATZIERT;
		c->jb[j] = b;
		c->je[j] = en;
		if (b > e)
			c->jw[j].voll_bis = c->s + b - 1;
		freigeben(c, j, heap, &nh, indeg);
	}
	/* what never became ready: a predecessor is not planned (predecessors first) */
	for (uint32_t j = g->n_job; j-- > 0;) {
		if (c->st[j] != ST_OFFEN)
			continue;
		c->st[j] = ST_VORGAENGER;
		c->jgrund[j] = SCHED_NONE;
		for (uint32_t q = g->job_off[j]; q < g->job_off[j + 1]; q++) {
			uint32_t x = g->job_mem[q];
			for (uint32_t k = g->vor_off[x]; k < g->vor_off[x + 1]; k++) {
				uint32_t p = g->vor[k], jp = g->job_of[p];
				uint32_t best = c->jgrund[j];
				if (jp != j && c->st[jp] != ST_PLATZIERT &&
				    (best == SCHED_NONE || g->rang[p] < g->rang[best]))
					c->jgrund[j] = p;
			}
		}
	}
	return 0;
}

/* Pin order violations: a constraint between two placed jobs, one of them pinned, with
 * Beginn(after) ≤ Ende(before). Objects after in Kennung order. */
static int reihenfolge(struct ctx *c)
{
	const struct sched_graph *g = c->g;
	for (size_t r = 0; r < g->n; r++) {
		uint32_t v = g->by_rang[r], jv = g->job_of[v];
		if (jv == SCHED_NONE || c->st[jv] != ST_PLATZIERT)
			continue;
		for (uint32_t k = g->vor_off[v]; k < g->vor_off[v + 1]; k++) {
			uint32_t u = g->vor[k], ju = g->job_of[u];
			if (ju == jv || c->st[ju] != ST_PLATZIERT || c->jb[jv] > c->je[ju] ||
			    (c->jpin[ju] == SCHED_KEIN && c->jpin[jv] == SCHED_KEIN))
				continue;
			if (push_verstoss(c, (struct sched_verstoss){ SV_PIN_REIHENFOLGE, v, u,
								     c->s + c->jb[jv] }))
				return -WP_ENOMEM;
		}
	}
	return 0;
}

/* Groups by smallest member Kennung; gid[j] = group of job j or SCHED_NONE. */
static int gruppen(struct ctx *c, struct sched_plan *p, uint32_t *gid)
{
	const struct sched_graph *g = c->g;
	size_t ng = 0, nm = 0;
	for (uint32_t j = 0; j < g->n_job; j++) {
		gid[j] = SCHED_NONE;
		if (sched_job_art(g, j) != SGA_KEINE) {
			ng++;
			nm += g->job_off[j + 1] - g->job_off[j];
		}
	}
	p->gruppe = malloc((ng ? ng : 1) * sizeof *p->gruppe);
	p->mitglied = malloc((nm ? nm : 1) * sizeof *p->mitglied);
	if (!p->gruppe || !p->mitglied)
		return -WP_ENOMEM;
	nm = 0;
	for (size_t r = 0; r < g->n; r++) {
		uint32_t i = g->by_rang[r], j = g->job_of[i];
		if (j == SCHED_NONE || g->job_mem[g->job_off[j]] != i)
			continue;
		uint8_t art = sched_job_art(g, j);
		if (art == SGA_KEINE)
			continue;
		gid[j] = (uint32_t)p->n_gruppe;
		struct sched_gruppe *gr = &p->gruppe[p->n_gruppe++];
		gr->art = art;
		gr->off = (uint32_t)nm;
		gr->n = g->job_off[j + 1] - g->job_off[j];
		memcpy(p->mitglied + nm, g->job_mem + g->job_off[j], gr->n * sizeof *p->mitglied);
		nm += gr->n;
	}
	return 0;
}

/* Allocations by object (stable: months stay ascending) and the monthly load. */
static int belegung(struct ctx *c, struct sched_plan *p)
{
	size_t n = c->g->n;
	int32_t last = c->s - 1;
	p->alloc = malloc((c->n_al ? c->n_al : 1) * sizeof *p->alloc);
	if (!p->alloc)
		return -WP_ENOMEM;
	p->n_alloc = c->n_al;
	for (size_t i = 0; i < n; i++)
		p->obj[i].alloc_n = 0;
	for (size_t k = 0; k < c->n_al; k++) {
		p->obj[c->al[k].obj].alloc_n++;
		if (c->al[k].monat > last)
			last = c->al[k].monat;
	}
	uint32_t off = 0;
	for (size_t i = 0; i < n; i++) {
		p->obj[i].alloc_off = off;
		off += p->obj[i].alloc_n;
		p->obj[i].alloc_n = 0;
	}
	for (size_t k = 0; k < c->n_al; k++) {
		struct sched_obj_out *o = &p->obj[c->al[k].obj];
		p->alloc[o->alloc_off + o->alloc_n++] = c->al[k];
	}
	p->n_last = (size_t)(last - c->s + 1);
	p->last = malloc((p->n_last ? p->n_last : 1) * sizeof *p->last);
	if (!p->last)
		return -WP_ENOMEM;
	for (size_t k = 0; k < p->n_last; k++)
		p->last[k] = (struct sched_last){ c->s + (int32_t)k, c->kap[k],
						  c->kap[k] - c->frei[k] };
	return 0;
}

/* Lateness of planned object i (rule 7) and why. */
static void frist(const struct sched_obj_in *o, struct sched_obj_out *r)
{
	if (o->frist == SCHED_KEIN || r->grund != SG_GEPLANT)
		return;
	if (r->ende < o->frist || (r->ende == o->frist && o->frist_ende))
		return;
	r->flags |= SF_FRIST;
	r->verspaetung = r->ende - o->frist < 1 ? 1 : r->ende - o->frist;
	r->warum.spaet = o->frist < r->warum.frueh ? SL_FRUEH
			 : o->frist < r->beginn	    ? SL_VOLL
						    : SL_DAUER;
}

static int ausgabe(struct ctx *c, struct sched_plan *p)
{
	const struct sched_graph *g = c->g;
	size_t n = g->n;
	uint32_t *gid = malloc((g->n_job ? g->n_job : 1) * sizeof *gid);
	int rc;
	p->n_obj = n;
	p->start = c->s;
	p->obj = calloc(n ? n : 1, sizeof *p->obj);
	if (!gid || !p->obj) {
		rc = -WP_ENOMEM;
		goto out;
	}
	if ((rc = gruppen(c, p, gid)) || (rc = reihenfolge(c)))
		goto out;
	for (size_t i = 0; i < n; i++) {
		struct sched_obj_out *r = &p->obj[i];
		uint32_t j = g->job_of[i];
		r->grund = g->grund[i];
		r->grund_obj = g->grund_obj[i];
		r->gruppe = j == SCHED_NONE ? SCHED_NONE : gid[j];
		r->gruppe_art = j == SCHED_NONE ? SGA_KEINE : sched_job_art(g, j);
		r->hybrid_zu = SCHED_NONE;
		r->beginn = r->ende = SCHED_KEIN;
		r->rest = g->rest[i];
		r->flags = c->in->obj[i].klaerung ? SF_KLAERUNG : 0;
		r->warum = (struct sched_warum){ SB_KEINE, SL_KEINE, SCHED_NONE, SCHED_KEIN,
						 SCHED_KEIN, SCHED_KEIN };
		if (j == SCHED_NONE)
			continue;
		if (c->jpin[j] != SCHED_KEIN)
			r->flags |= SF_PIN;
		if (c->st[j] == ST_KAPAZITAET) {
			r->grund = SG_KAPAZITAET;
		} else if (c->st[j] == ST_VORGAENGER) {
			r->grund = SG_VORGAENGER;
			r->grund_obj = c->jgrund[j];
		} else {
			r->beginn = c->s + c->jb[j];
			r->ende = c->s + c->je[j];
			r->warum = c->jw[j];
		}
	}
	for (size_t i = 0; i < n; i++) {
		struct sched_obj_out *r = &p->obj[i];
		if (r->grund != SG_GEPLANT)
			continue;
		for (uint32_t e = g->out_off[i]; e < g->out_off[i + 1]; e++) {
			uint32_t d = g->out_adj[e];
			if (p->obj[d].grund != SG_GEPLANT &&
			    (r->hybrid_zu == SCHED_NONE || g->rang[d] < g->rang[r->hybrid_zu]))
				r->hybrid_zu = d;
		}
		if (r->hybrid_zu != SCHED_NONE)
			r->flags |= SF_HYBRID;
		frist(&c->in->obj[i], r);
	}
	if ((rc = belegung(c, p)))
		goto out;
	p->verstoss = c->v;
	p->n_verstoss = c->n_v;
	c->v = NULL;
	rc = 0;
out:
	free(gid);
	return rc;
}

void sched_free(struct sched_plan **pp)
{
	if (!pp || !*pp)
		return;
	struct sched_plan *p = *pp;
	free(p->obj);
	free(p->alloc);
	free(p->last);
	free(p->gruppe);
	free(p->mitglied);
	free(p->verstoss);
	free(p);
	*pp = NULL;
}

static void ctx_free(struct ctx *c)
{
	free(c->rem);
	free(c->lnext);
	free(c->al);
	free(c->v);
	free(c->key);
	free(c->jpin);
	free(c->jb);
	free(c->je);
	free(c->st);
	free(c->jgrund);
	free(c->jw);
	free(c);
}

int sched_run(const struct sched_input *in, struct sched_plan **out)
{
	struct sched_graph g;
	struct ctx *c = NULL;
	struct sched_plan *p = NULL;
	uint32_t *scratch = NULL, *indeg = NULL;
	int rc = sched_graph_bauen(in, &g);
	*out = NULL;
	if (rc)
		return rc;
	rc = -WP_ENOMEM;
	size_t n1 = g.n ? g.n : 1, nj = g.n_job ? g.n_job : 1;
	c = calloc(1, sizeof *c);
	p = calloc(1, sizeof *p);
	if (!c || !p)
		goto out;
	c->in = in;
	c->g = &g;
	c->s = in->start;
	c->rem = malloc(n1 * sizeof *c->rem);
	c->lnext = malloc(n1 * sizeof *c->lnext);
	c->key = malloc(nj * sizeof *c->key);
	c->jpin = malloc(nj * sizeof *c->jpin);
	c->jb = calloc(nj, sizeof *c->jb);
	c->je = calloc(nj, sizeof *c->je);
	c->st = calloc(nj, 1);
	c->jgrund = malloc(nj * sizeof *c->jgrund);
	c->jw = calloc(nj, sizeof *c->jw);
	scratch = malloc(nj * sizeof *scratch);
	indeg = malloc(nj * sizeof *indeg);
	if (!c->rem || !c->lnext || !c->key || !c->jpin || !c->jb || !c->je || !c->st ||
	    !c->jgrund || !c->jw || !scratch || !indeg)
		goto out;
	memcpy(c->rem, g.rest, g.n * sizeof *c->rem);
	for (uint32_t j = 0; j < g.n_job; j++) {
		c->jgrund[j] = SCHED_NONE;
		c->jw[j] = (struct sched_warum){ SB_KEINE, SL_KEINE, SCHED_NONE, SCHED_KEIN,
						 SCHED_KEIN, SCHED_KEIN };
	}
	for (uint32_t k = 0; k < H; k++)
		c->frei[k] = c->kap[k] = sched_kap(in, c->s + (int32_t)k);
	nx_bauen(c);
	schluessel(c);
	if ((rc = festgesetzte(c, scratch)) || (rc = liste(c, scratch, indeg)) ||
	    (rc = ausgabe(c, p)))
		goto out;
	*out = p;
	p = NULL;
	rc = 0;
out:
	free(scratch);
	free(indeg);
	if (c)
		ctx_free(c);
	sched_free(&p);
	sched_graph_free(&g);
	return rc;
}
