/* The graph of a scheduling input (model/sched_int.h): Kennung order, the objects to plan
 * with rule 9 as a fixpoint, the constraint graph with the Retire flip, and the jobs as the
 * strongly connected components of constraints plus rings tying each active pilot — which
 * merges overlapping groups and every cycle their contraction creates in one pass. Linear
 * after the sort; iterative Tarjan, no recursion. */
#include "model/sched_int.h"

#include <stdlib.h>
#include <string.h>

#include "model/err.h"

static unsigned char fold(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A' + 'a') : c;
}

int sched_kennung_cmp(const char *a, const char *b)
{
	const unsigned char *x = (const unsigned char *)a, *y = (const unsigned char *)b;
	size_t k = 0;
	while (x[k] && fold(x[k]) == fold(y[k]))
		k++;
	if (fold(x[k]) != fold(y[k]))
		return fold(x[k]) < fold(y[k]) ? -1 : 1;
	int c = strcmp(a, b);
	return (c > 0) - (c < 0);
}

struct sort_key { const char *k; uint32_t i; }; /* qsort has no context argument */

static int cmp_rang(const void *pa, const void *pb)
{
	const struct sort_key *a = pa, *b = pb;
	int c = sched_kennung_cmp(a->k, b->k);
	return c ? c : (a->i > b->i) - (a->i < b->i);
}

void sched_graph_free(struct sched_graph *g)
{
	if (!g)
		return;
	free(g->rang);
	free(g->by_rang);
	free(g->grund);
	free(g->grund_obj);
	free(g->rest);
	free(g->pin);
	free(g->out_off);
	free(g->out_adj);
	free(g->in_off);
	free(g->in_adj);
	free(g->nach_off);
	free(g->nach);
	free(g->vor_off);
	free(g->vor);
	free(g->im_pilot);
	free(g->job_of);
	free(g->job_off);
	free(g->job_mem);
	memset(g, 0, sizeof *g);
}

uint8_t sched_job_art(const struct sched_graph *g, uint32_t j)
{
	for (uint32_t k = g->job_off[j]; k < g->job_off[j + 1]; k++)
		if (g->im_pilot[g->job_mem[k]])
			return SGA_PILOT;
	return g->job_off[j + 1] - g->job_off[j] > 1 ? SGA_ZYKLUS : SGA_KEINE;
}

/* Months the scheduler accepts: years 0..9999. */
static int monat_ok(int32_t m)
{
	return m >= 0 && m < 12 * 10000;
}

static int valid(const struct sched_input *in)
{
	if (in->n_obj >= UINT32_MAX || in->kap_standard < 0 || (in->n_obj && !in->obj) ||
	    !monat_ok(in->start))
		return 0;
	for (size_t i = 0; i < in->n_obj; i++) {
		const struct sched_obj_in *o = &in->obj[i];
		if (!o->kennung || o->aufwand < 0 || o->ist < 0 || o->tempo < 1 ||
		    o->klasse > SK_RETAIN || o->stand > SST_MIGRIERT ||
		    (o->pin != SCHED_KEIN && !monat_ok(o->pin)) ||
		    (o->frist != SCHED_KEIN && !monat_ok(o->frist)))
			return 0;
	}
	for (size_t e = 0; e < in->n_dep; e++)
		if (in->dep[e].von >= in->n_obj || in->dep[e].zu >= in->n_obj)
			return 0;
	for (size_t p = 0; p < in->n_pilot; p++)
		for (size_t k = 0; k < in->pilot[p].n_members; k++)
			if (in->pilot[p].members[k] >= in->n_obj)
				return 0;
	for (size_t k = 0; k < in->n_kap; k++)
		if (in->kap[k].kap < 0 || (k && in->kap[k].monat <= in->kap[k - 1].monat))
			return 0;
	return 1;
}

/* CSR of m pairs (a[k] → b[k]) by a: off[n + 1], adj[m]. */
static int csr(size_t n, size_t m, const uint32_t *a, const uint32_t *b, uint32_t **off,
	       uint32_t **adj)
{
	*off = calloc(n + 1, sizeof **off);
	*adj = malloc((m ? m : 1) * sizeof **adj);
	if (!*off || !*adj)
		return -WP_ENOMEM;
	for (size_t k = 0; k < m; k++)
		(*off)[a[k] + 1]++;
	for (size_t i = 0; i < n; i++)
		(*off)[i + 1] += (*off)[i];
	uint32_t *pos = malloc((n ? n : 1) * sizeof *pos);
	if (!pos)
		return -WP_ENOMEM;
	memcpy(pos, *off, n * sizeof *pos);
	for (size_t k = 0; k < m; k++)
		(*adj)[pos[a[k]]++] = b[k];
	free(pos);
	return 0;
}

/* Objects to plan and the reasons of the others; rule 9 as a worklist fixpoint. */
static int planbar(const struct sched_input *in, struct sched_graph *g)
{
	size_t n = g->n;
	uint32_t *wl = malloc((n ? n : 1) * sizeof *wl);
	size_t t = 0;
	if (!wl)
		return -WP_ENOMEM;
	for (size_t i = 0; i < n; i++) {
		const struct sched_obj_in *o = &in->obj[i];
		g->grund_obj[i] = SCHED_NONE;
		g->pin[i] = SCHED_KEIN;
		g->rest[i] = 0;
		g->grund[i] = o->klasse == SK_RETAIN	? SG_RETAIN
			      : o->stand == SST_MIGRIERT ? SG_MIGRIERT
							 : SG_GEPLANT;
		if (g->grund[i] != SG_GEPLANT) {
			wl[t++] = (uint32_t)i;
			continue;
		}
		if (o->stand == SST_IN_ARBEIT) {
			int32_t r = o->aufwand - o->ist;
			g->rest[i] = r < 1 ? 1 : r;
			g->pin[i] = in->start;
		} else {
			g->rest[i] = o->aufwand;
			g->pin[i] = o->pin;
		}
	}
	while (t) {
		uint32_t x = wl[--t];
		for (uint32_t e = g->out_off[x]; e < g->out_off[x + 1]; e++) {
			uint32_t r = g->out_adj[e];
			if (g->grund[r] == SG_GEPLANT && in->obj[r].klasse == SK_RETIRE) {
				g->grund[r] = SG_BENOETIGT;
				wl[t++] = r;
			}
		}
	}
	free(wl);
	/* the named user: the smallest Kennung among the not-planned ones */
	for (size_t r = 0; r < n; r++) {
		if (g->grund[r] != SG_BENOETIGT)
			continue;
		for (uint32_t e = g->in_off[r]; e < g->in_off[r + 1]; e++) {
			uint32_t x = g->in_adj[e];
			uint32_t best = g->grund_obj[r];
			if (g->grund[x] != SG_GEPLANT &&
			    (best == SCHED_NONE || g->rang[x] < g->rang[best]))
				g->grund_obj[r] = x;
		}
	}
	return 0;
}

static int constraints(const struct sched_input *in, struct sched_graph *g)
{
	size_t m = 0;
	uint32_t *a = malloc((in->n_dep ? in->n_dep : 1) * sizeof *a);
	uint32_t *b = malloc((in->n_dep ? in->n_dep : 1) * sizeof *b);
	int rc = -WP_ENOMEM;
	if (!a || !b)
		goto out;
	for (size_t e = 0; e < in->n_dep; e++) {
		uint32_t von = in->dep[e].von, zu = in->dep[e].zu;
		if (von == zu || g->grund[von] != SG_GEPLANT || g->grund[zu] != SG_GEPLANT)
			continue;
		if (in->obj[zu].klasse == SK_RETIRE) { /* the users move first, then R goes */
			a[m] = von;
			b[m++] = zu;
		} else if (in->obj[von].klasse != SK_RETIRE) {
			a[m] = zu;
			b[m++] = von;
		}
	}
	if ((rc = csr(g->n, m, a, b, &g->nach_off, &g->nach)) ||
	    (rc = csr(g->n, m, b, a, &g->vor_off, &g->vor)))
		goto out;
	rc = 0;
out:
	free(a);
	free(b);
	return rc;
}

static uint32_t uf_find(uint32_t *par, uint32_t x)
{
	while (par[x] != x) {
		par[x] = par[par[x]];
		x = par[x];
	}
	return x;
}

/* Pilot ties as rings: ring[i] = the next planned member of i's pilot class, or NONE. */
static int pilot_ringe(const struct sched_input *in, struct sched_graph *g, uint32_t *ring)
{
	size_t n = g->n;
	uint32_t *par = malloc((n ? n : 1) * sizeof *par), *first = NULL, *last = NULL;
	int rc = -WP_ENOMEM;
	first = malloc((n ? n : 1) * sizeof *first);
	last = malloc((n ? n : 1) * sizeof *last);
	if (!par || !first || !last)
		goto out;
	for (size_t i = 0; i < n; i++) {
		par[i] = (uint32_t)i;
		first[i] = last[i] = ring[i] = SCHED_NONE;
	}
	for (size_t p = 0; p < in->n_pilot; p++) {
		const struct sched_pilot *pi = &in->pilot[p];
		if (pi->status != SPS_GEPLANT && pi->status != SPS_LAUFEND)
			continue;
		uint32_t f = SCHED_NONE;
		for (size_t k = 0; k < pi->n_members; k++) {
			uint32_t x = pi->members[k];
			if (g->grund[x] != SG_GEPLANT)
				continue;
			g->im_pilot[x] = 1;
			if (f == SCHED_NONE) {
				f = uf_find(par, x);
				continue;
			}
			uint32_t r = uf_find(par, x);
			if (r != f) { /* the smaller root wins: independent of call order */
				if (r < f)
					par[f] = r, f = r;
				else
					par[r] = f;
			}
		}
	}
	for (size_t i = 0; i < n; i++) {
		if (!g->im_pilot[i])
			continue;
		uint32_t r = uf_find(par, (uint32_t)i);
		if (first[r] == SCHED_NONE)
			first[r] = (uint32_t)i;
		else
			ring[last[r]] = (uint32_t)i;
		last[r] = (uint32_t)i;
	}
	for (size_t r = 0; r < n; r++)
		if (first[r] != SCHED_NONE && last[r] != first[r])
			ring[last[r]] = first[r];
	rc = 0;
out:
	free(par);
	free(first);
	free(last);
	return rc;
}

/* Iterative Tarjan over nach + ring; components complete after all they reach, so the
 * numbering puts successors first. */
static int jobs(struct sched_graph *g, const uint32_t *ring)
{
	size_t n = g->n, n1 = n ? n : 1;
	uint32_t *idx = calloc(n1, sizeof *idx), *low = malloc(n1 * sizeof *low);
	uint32_t *it = malloc(n1 * sizeof *it), *stk = malloc(n1 * sizeof *stk);
	uint32_t *fr = malloc(n1 * sizeof *fr);
	int rc = -WP_ENOMEM;
	g->job_of = malloc(n1 * sizeof *g->job_of);
	g->job_off = calloc(n + 1, sizeof *g->job_off);
	g->job_mem = malloc(n1 * sizeof *g->job_mem);
	if (!idx || !low || !it || !stk || !fr || !g->job_of || !g->job_off || !g->job_mem)
		goto out;
	for (size_t i = 0; i < n; i++)
		g->job_of[i] = SCHED_NONE;
	uint32_t counter = 0, ncomp = 0;
	size_t sp = 0;
	for (uint32_t s = 0; s < n; s++) {
		if (g->grund[s] != SG_GEPLANT || idx[s])
			continue;
		size_t fp = 0;
		idx[s] = low[s] = ++counter;
		it[s] = g->nach_off[s];
		stk[sp++] = s;
		fr[fp++] = s;
		while (fp) {
			uint32_t v = fr[fp - 1], end = g->nach_off[v + 1];
			if (it[v] <= end) {
				uint32_t u = it[v] < end ? g->nach[it[v]] : ring[v];
				it[v]++;
				if (u == SCHED_NONE || u == v)
					continue;
				if (!idx[u]) {
					idx[u] = low[u] = ++counter;
					it[u] = g->nach_off[u];
					stk[sp++] = u;
					fr[fp++] = u;
				} else if (g->job_of[u] == SCHED_NONE && idx[u] < low[v]) {
					low[v] = idx[u];
				}
				continue;
			}
			fp--;
			if (low[v] == idx[v]) {
				uint32_t x;
				do {
					x = stk[--sp];
					g->job_of[x] = ncomp;
				} while (x != v);
				ncomp++;
			}
			if (fp && low[v] < low[fr[fp - 1]])
				low[fr[fp - 1]] = low[v];
		}
	}
	g->n_job = ncomp;
	for (size_t i = 0; i < n; i++)
		if (g->job_of[i] != SCHED_NONE)
			g->job_off[g->job_of[i] + 1]++;
	for (size_t c = 0; c < ncomp; c++)
		g->job_off[c + 1] += g->job_off[c];
	memcpy(it, g->job_off, ncomp * sizeof *it);
	for (size_t k = 0; k < n; k++) { /* in Kennung order, so members come sorted */
		uint32_t i = g->by_rang[k];
		if (g->job_of[i] != SCHED_NONE)
			g->job_mem[it[g->job_of[i]]++] = i;
	}
	rc = 0;
out:
	free(idx);
	free(low);
	free(it);
	free(stk);
	free(fr);
	return rc;
}

int sched_graph_bauen(const struct sched_input *in, struct sched_graph *g)
{
	size_t n = in->n_obj, n1 = n ? n : 1, nd = in->n_dep;
	uint32_t *a = NULL, *b = NULL, *ring = NULL;
	int rc = -WP_ENOMEM;
	memset(g, 0, sizeof *g);
	if (!valid(in))
		return -WP_EINVAL;
	g->n = n;
	g->rang = malloc(n1 * sizeof *g->rang);
	g->by_rang = malloc(n1 * sizeof *g->by_rang);
	g->grund = malloc(n1);
	g->grund_obj = malloc(n1 * sizeof *g->grund_obj);
	g->rest = malloc(n1 * sizeof *g->rest);
	g->pin = malloc(n1 * sizeof *g->pin);
	g->im_pilot = calloc(n1, 1);
	a = malloc((nd ? nd : 1) * sizeof *a);
	b = malloc((nd ? nd : 1) * sizeof *b);
	ring = malloc(n1 * sizeof *ring);
	if (!g->rang || !g->by_rang || !g->grund || !g->grund_obj || !g->rest || !g->pin ||
	    !g->im_pilot || !a || !b || !ring)
		goto out;
	struct sort_key *sk = malloc(n1 * sizeof *sk);
	if (!sk)
		goto out;
	for (size_t i = 0; i < n; i++)
		sk[i] = (struct sort_key){ in->obj[i].kennung, (uint32_t)i };
	qsort(sk, n, sizeof *sk, cmp_rang);
	for (size_t k = 0; k < n; k++) {
		g->by_rang[k] = sk[k].i;
		g->rang[sk[k].i] = (uint32_t)k;
	}
	free(sk);
	size_t m = 0;
	for (size_t e = 0; e < nd; e++) {
		if (in->dep[e].von == in->dep[e].zu)
			continue;
		a[m] = in->dep[e].von;
		b[m++] = in->dep[e].zu;
	}
	if ((rc = csr(n, m, a, b, &g->out_off, &g->out_adj)) ||
	    (rc = csr(n, m, b, a, &g->in_off, &g->in_adj)) || (rc = planbar(in, g)) ||
	    (rc = constraints(in, g)) || (rc = pilot_ringe(in, g, ring)) || (rc = jobs(g, ring)))
		goto out;
	rc = 0;
out:
	free(a);
	free(b);
	free(ring);
	if (rc)
		sched_graph_free(g);
	return rc;
}
