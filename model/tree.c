/* The Behörden tree: preorder, depth, subtree bounds and counts (see model/tree.h). */
#include "model/tree.h"

#include <stdlib.h>
#include <string.h>

#include "model/err.h"
#include "model/utf8.h"

struct name_idx {
	const char *name;
	uint32_t idx;
};

static int cmp_name_idx(const void *a, const void *b)
{
	const struct name_idx *x = a, *y = b;
	int c = utf8_collate(x->name, y->name);
	return c ? c : (x->idx > y->idx) - (x->idx < y->idx);
}

int beh_sort_by_name(const struct ws *w, uint32_t *out)
{
	size_t n = w->n_beh;
	struct name_idx *tmp = malloc((n ? n : 1) * sizeof *tmp);
	if (!tmp)
		return -WP_ENOMEM;
	for (size_t i = 0; i < n; i++)
		tmp[i] = (struct name_idx){ w->beh[i].name ? w->beh[i].name : "", (uint32_t)i };
	qsort(tmp, n, sizeof *tmp, cmp_name_idx);
	for (size_t i = 0; i < n; i++)
		out[i] = tmp[i].idx;
	free(tmp);
	return 0;
}

/* Fills t->pre, pos and depth: roots by name, then each Behörde no root reaches (a
 * parent cycle) starts a walk of its own. Iterative; byname, off, child and stack are
 * scratch arrays sized by the caller. */
static void walk(const struct ws *w, struct beh_tree *t, const uint32_t *byname,
		 uint32_t *off, uint32_t *child, uint32_t *stack)
{
	size_t n = t->nb, k = 0, sp = 0;
	/* children lists (CSR) keyed by parent; slot n collects the roots */
	for (size_t i = 0; i < n; i++) {
		uint32_t par = w->beh[i].parent;
		off[(par < n && par != i ? par : n) + 2]++;
	}
	for (size_t i = 2; i < n + 2; i++)
		off[i] += off[i - 1];
	for (size_t i = 0; i < n; i++) {
		uint32_t b = byname[i], par = w->beh[b].parent;
		child[off[(par < n && par != b ? par : n) + 1]++] = b;
	}
	/* children of q are child[off[q] .. off[q+1]); the stack holds (Behörde, depth) */
	for (size_t r = 0; r <= n; r++) {
		if (r == 0) {
			for (uint32_t i = off[n + 1]; i > off[n]; i--) {
				stack[sp++] = child[i - 1];
				stack[sp++] = 0;
			}
		} else if (t->pos[byname[r - 1]] == WP_NONE) {
			stack[sp++] = byname[r - 1];
			stack[sp++] = 0;
		}
		while (sp) {
			uint32_t d = stack[--sp], b = stack[--sp];
			if (t->pos[b] != WP_NONE)
				continue;
			t->pos[b] = (uint32_t)k;
			t->depth[k] = (uint8_t)(d < 200 ? d : 200);
			t->pre[k++] = b;
			for (uint32_t i = off[b + 1]; i > off[b]; i--)
				if (t->pos[child[i - 1]] == WP_NONE && sp + 2 <= 2 * n) {
					stack[sp++] = child[i - 1];
					stack[sp++] = d + 1;
				}
		}
	}
}

/* Fills t->end (the next position at the same or a smaller depth) and t->sub (objects
 * by prefix sums over the preorder). stack and own are scratch (n and n + 1 entries). */
static void bounds(const struct ws *w, struct beh_tree *t, uint32_t *stack, size_t *own)
{
	size_t n = t->nb, sp = 0;
	for (size_t i = 0; i < n; i++) {
		while (sp && t->depth[stack[sp - 1]] >= t->depth[i])
			t->end[stack[--sp]] = (uint32_t)i;
		stack[sp++] = (uint32_t)i;
	}
	while (sp)
		t->end[stack[--sp]] = (uint32_t)n;
	for (size_t o = 0; o < w->n_obj; o++) {
		uint32_t b = w->obj[o].behoerde;
		if (b < n)
			own[t->pos[b] + 1]++;
	}
	for (size_t i = 1; i <= n; i++)
		own[i] += own[i - 1];
	for (size_t i = 0; i < n; i++)
		t->sub[i] = own[t->end[i]] - own[i];
}

int beh_tree_build(const struct ws *w, struct beh_tree *t)
{
	size_t n = w->n_beh, m = n ? n : 1;
	int rc = -WP_ENOMEM;
	uint32_t *byname = malloc(m * sizeof *byname);
	uint32_t *off = calloc(n + 3, sizeof *off);
	uint32_t *child = malloc(m * sizeof *child);
	uint32_t *stack = malloc(m * 2 * sizeof *stack);
	size_t *own = calloc(n + 1, sizeof *own);
	*t = (struct beh_tree){ 0 };
	t->nb = n;
	t->pre = malloc(m * sizeof *t->pre);
	t->pos = malloc(m * sizeof *t->pos);
	t->end = malloc(m * sizeof *t->end);
	t->depth = calloc(m, 1);
	t->sub = calloc(m, sizeof *t->sub);
	if (!byname || !off || !child || !stack || !own || !t->pre || !t->pos || !t->end ||
	    !t->depth || !t->sub || beh_sort_by_name(w, byname)) {
		beh_tree_free(t);
		goto out;
	}
	for (size_t i = 0; i < n; i++)
		t->pos[i] = WP_NONE;
	walk(w, t, byname, off, child, stack);
	bounds(w, t, stack, own);
	rc = 0;
out:
	free(byname);
	free(off);
	free(child);
	free(stack);
	free(own);
	return rc;
}

void beh_tree_free(struct beh_tree *t)
{
	free(t->pre);
	free(t->pos);
	free(t->end);
	free(t->depth);
	free(t->sub);
	*t = (struct beh_tree){ 0 };
}

int beh_tree_contains(const struct beh_tree *t, uint32_t b, uint32_t at)
{
	if (b >= t->nb || at >= t->nb)
		return 0;
	uint32_t i = t->pos[at], from = t->pos[b];
	return i >= from && i < t->end[from];
}

void beh_tree_mark(const struct beh_tree *t, const uint8_t *want, uint8_t *mark)
{
	uint32_t until = 0; /* positions before this lie in a wanted subtree */
	for (size_t i = 0; i < t->nb; i++) {
		uint32_t b = t->pre[i];
		if (want[b] && t->end[i] > until)
			until = t->end[i];
		mark[b] = i < until;
	}
}
