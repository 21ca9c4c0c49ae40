/* The indivisible planning groups (see model/plan_int.h): union-find ties the planned
 * members of each full-graph cycle and of each pilot into a ring of extra edges, then one
 * iterative Tarjan pass over the plannable objects finds the strongly connected components
 * of "benötigt" plus those rings. Linear in objects + dependencies; no recursion. */
#include "model/plan_int.h"

#include <stdlib.h>
#include <string.h>

void plan_gruppen_free(struct plan_gruppen *g)
{
	if (!g)
		return;
	free(g->of);
	free(g->start);
	free(g->members);
	free(g->zyklus);
	free(g->im_pilot);
	memset(g, 0, sizeof *g);
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

static uint32_t uf_find(uint32_t *par, uint32_t x)
{
	while (par[x] != x) {
		par[x] = par[par[x]];
		x = par[x];
	}
	return x;
}

static void uf_union(uint32_t *par, uint32_t x, uint32_t y)
{
	x = uf_find(par, x);
	y = uf_find(par, y);
	if (x == y)
		return;
	/* The smaller index becomes the root: deterministic and independent of call order. */
	if (x < y)
		par[y] = x;
	else
		par[x] = y;
}

int plan_gruppen_bilden(const struct ws *w, const struct assessment *a, struct plan_gruppen *g)
{
	size_t n = w->n_obj, n1 = n ? n : 1;
	uint32_t *par = NULL, *first = NULL, *ring = NULL, *idx = NULL, *low = NULL, *it = NULL;
	uint32_t *stk = NULL, *fr = NULL, *cnt_scc = NULL;
	int rc = -WP_ENOMEM;

	memset(g, 0, sizeof *g);
	g->of = malloc(n1 * sizeof *g->of);
	g->start = malloc((n + 1) * sizeof *g->start);
	g->members = malloc(n1 * sizeof *g->members);
	g->zyklus = calloc(n1, 1);
	g->im_pilot = calloc(n1, 1);
	par = malloc(n1 * sizeof *par);
	first = malloc(n1 * sizeof *first);
	ring = malloc(n1 * sizeof *ring);
	idx = calloc(n1, sizeof *idx);
	low = malloc(n1 * sizeof *low);
	it = malloc(n1 * sizeof *it);
	stk = malloc(n1 * sizeof *stk);
	fr = malloc(n1 * sizeof *fr);
	cnt_scc = calloc(n1, sizeof *cnt_scc);
	if (!g->of || !g->start || !g->members || !g->zyklus || !g->im_pilot || !par || !first ||
	    !ring || !idx || !low || !it || !stk || !fr || !cnt_scc)
		goto out;

	/* Ties: planned members of one full-graph cycle, planned members of one pilot. */
	for (size_t i = 0; i < n; i++) {
		par[i] = (uint32_t)i;
		first[i] = WP_NONE;
	}
	for (uint32_t i = 0; i < n; i++) {
		if (!plan_planbar(a, i))
			continue;
		uint32_t c = a->obj[i].scc;
		if (c >= n)
			continue;
		cnt_scc[c]++;
		if (first[c] == WP_NONE)
			first[c] = i;
		else
			uf_union(par, first[c], i);
	}
	for (size_t p = 0; p < w->n_pilot; p++) {
		const struct pilot *pi = &w->pilot[p];
		uint32_t f = WP_NONE;
		for (size_t k = 0; k < pi->n_members; k++) {
			uint32_t m = pi->members[k];
			if (m >= n)
				continue;
			g->im_pilot[m] = 1;
			if (!plan_planbar(a, m))
				continue;
			if (f == WP_NONE)
				f = m;
			else
				uf_union(par, f, m);
		}
	}
	/* One ring of extra edges per tied class: member → next member → … → first. */
	uint32_t *last = low; /* borrowed as scratch until Tarjan starts */
	for (size_t i = 0; i < n; i++) {
		first[i] = WP_NONE;
		last[i] = WP_NONE;
		ring[i] = WP_NONE;
	}
	for (uint32_t i = 0; i < n; i++) {
		if (!plan_planbar(a, i))
			continue;
		uint32_t r = uf_find(par, i);
		if (first[r] == WP_NONE)
			first[r] = i;
		else
			ring[last[r]] = i;
		last[r] = i;
	}
	for (size_t r = 0; r < n; r++)
		if (first[r] != WP_NONE && last[r] != first[r])
			ring[last[r]] = first[r];

	/* Iterative Tarjan; idx 0 = unvisited, of[] = WP_NONE while on the stack. Components
	 * complete after everything they reach, so numbering them in completion order puts
	 * dependencies first. */
	for (size_t i = 0; i < n; i++)
		g->of[i] = WP_NONE;
	uint32_t counter = 0, ncomp = 0;
	size_t sp = 0;
	for (uint32_t s = 0; s < n; s++) {
		if (!plan_planbar(a, s) || idx[s])
			continue;
		size_t fp = 0;
		idx[s] = low[s] = ++counter;
		it[s] = w->out_off[s];
		stk[sp++] = s;
		fr[fp++] = s;
		while (fp) {
			uint32_t v = fr[fp - 1];
			uint32_t end = w->out_off[v + 1];
			if (it[v] <= end) {
				uint32_t u = it[v] < end ? w->out_adj[it[v]] : ring[v];
				it[v]++;
				if (u == WP_NONE || u == v || !plan_planbar(a, u))
					continue;
				if (!idx[u]) {
					idx[u] = low[u] = ++counter;
					it[u] = w->out_off[u];
					stk[sp++] = u;
					fr[fp++] = u;
				} else if (g->of[u] == WP_NONE && idx[u] < low[v]) {
					low[v] = idx[u];
				}
				continue;
			}
			fp--;
			if (low[v] == idx[v]) {
				uint32_t x;
				do {
					x = stk[--sp];
					g->of[x] = ncomp;
				} while (x != v);
				ncomp++;
			}
			if (fp) {
				uint32_t p = fr[fp - 1];
				if (low[v] < low[p])
					low[p] = low[v];
			}
		}
	}

	/* Members grouped by component, ascending object index within each. */
	g->n = ncomp;
	memset(g->start, 0, (n + 1) * sizeof *g->start);
	for (size_t i = 0; i < n; i++)
		if (g->of[i] != WP_NONE)
			g->start[g->of[i] + 1]++;
	for (size_t c = 0; c < ncomp; c++)
		g->start[c + 1] += g->start[c];
	uint32_t *pos = it; /* scratch */
	for (size_t c = 0; c < ncomp; c++)
		pos[c] = g->start[c];
	for (uint32_t i = 0; i < n; i++)
		if (g->of[i] != WP_NONE)
			g->members[pos[g->of[i]]++] = i;
	for (uint32_t i = 0; i < n; i++) {
		uint32_t c = g->of[i];
		if (c == WP_NONE || g->start[c + 1] - g->start[c] < 2)
			continue;
		g->zyklus[i] = !g->im_pilot[i] || (a->obj[i].scc < n && cnt_scc[a->obj[i].scc] > 1);
	}
	rc = 0;
out:
	free(par);
	free(first);
	free(ring);
	free(idx);
	free(low);
	free(it);
	free(stk);
	free(fr);
	free(cnt_scc);
	if (rc)
		plan_gruppen_free(g);
	return rc;
}
