/* Workspace construction, string pool, adjacency index and lookups. */
#include "model/ws.h"

#include <stdlib.h>
#include <string.h>

#include "model/beschluss.h"
#include "model/grow.h"
#include "model/sort.h"
#include "model/utf8.h"

#define POOL_CHUNK (256u * 1024u)

struct chunk {
	struct chunk *next;
	size_t used, cap;
	char data[];
};

struct strpool {
	struct chunk *head;
};

struct ws *ws_new(void)
{
	struct ws *w = calloc(1, sizeof *w);
	if (!w)
		return NULL;
	w->pool = calloc(1, sizeof *w->pool);
	if (!w->pool) {
		free(w);
		return NULL;
	}
	settings_defaults(&w->set);
	w->szenario = "";
	return w;
}

void ws_free(struct ws **pw)
{
	struct ws *w = pw ? *pw : NULL;
	if (!w)
		return;
	for (struct chunk *c = w->pool->head, *n; c; c = n) {
		n = c->next;
		free(c);
	}
	free(w->pool);
	for (size_t i = 0; i < w->n_pilot; i++) {
		free(w->pilot[i].members);
		free(w->pilot[i].todos);
	}
	free(w->pilot);
	beschluss_free_links(w->bes, w->n_bes);
	free(w->bes);
	free(w->kap);
	free(w->szenarien);
	free(w->beh);
	free(w->obj);
	free(w->dep);
	free(w->dep_label);
	free(w->rl);
	free(w->dvc);
	free(w->pf);
	free(w->rl_val);
	free(w->rl_quelle);
	free(w->crit);
	free(w->out_off);
	free(w->out_adj);
	free(w->out_dep);
	free(w->in_off);
	free(w->in_adj);
	free(w->by_kennung);
	free(w);
	*pw = NULL;
}

const char *ws_strn(struct ws *w, const char *s, size_t n)
{
	if (!s || n == 0)
		return "";
	struct chunk *c = w->pool->head;
	if (!c || c->cap - c->used < n + 1) {
		size_t cap = n + 1 > POOL_CHUNK ? n + 1 : POOL_CHUNK;
		struct chunk *nc = malloc(sizeof *nc + cap);
		if (!nc)
			return NULL;
		nc->used = 0;
		nc->cap = cap;
		nc->next = c;
		w->pool->head = nc;
		c = nc;
	}
	char *p = c->data + c->used;
	memcpy(p, s, n);
	p[n] = '\0';
	c->used += n + 1;
	return p;
}

const char *ws_str(struct ws *w, const char *s)
{
	return ws_strn(w, s, s ? strlen(s) : 0);
}

#define FIRST_CAP 64 /* items of a workspace array at its first growth */

uint32_t ws_add_behoerde(struct ws *w, const char *name, uint32_t parent)
{
	if (grow_array((void **)&w->beh, &w->cap_beh, w->n_beh, sizeof *w->beh, FIRST_CAP))
		return WP_NONE;
	struct behoerde *b = &w->beh[w->n_beh];
	memset(b, 0, sizeof *b);
	b->name = name;
	b->kgst = "";
	b->kontakt = "";
	b->parent = parent;
	return (uint32_t)w->n_beh++;
}

uint32_t ws_add_objekt(struct ws *w, const char *kennung)
{
	size_t old = w->cap_obj;
	/* every field of the new object is set below */
	if (grow_array_raw((void **)&w->obj, &w->cap_obj, w->n_obj, sizeof *w->obj, FIRST_CAP))
		return WP_NONE;
	if (w->cap_obj != old && w->n_dvc) {
		uint8_t *c = realloc(w->crit, w->cap_obj * w->n_dvc);
		if (!c)
			return WP_NONE;
		w->crit = c;
	}
	struct objekt *o = &w->obj[w->n_obj];
	memset(o, 0, sizeof *o);
	o->kennung = kennung;
	o->name = o->hersteller = o->produkt = o->ozg = o->standards = o->notiz = "";
	o->nutzer = o->fallzahl = -1;
	o->vertragsende = INT32_MIN;
	o->aufwand = -1;
	o->bk_heute = o->bk_ziel = o->einmal = -1;
	if (w->n_dvc)
		memset(w->crit + w->n_obj * w->n_dvc, CV_UNBEKANNT, w->n_dvc);
	return (uint32_t)w->n_obj++;
}

/* Gives dep_label the capacity of dep once any label exists (or label is one). */
static int dep_label_fit(struct ws *w, int labelled)
{
	if ((!w->dep_label && !labelled) || w->cap_dep_label == w->cap_dep)
		return 0;
	const char **l = realloc(w->dep_label, w->cap_dep * sizeof *l);
	if (!l)
		return -WP_ENOMEM;
	memset(l + w->cap_dep_label, 0, (w->cap_dep - w->cap_dep_label) * sizeof *l);
	w->dep_label = l;
	w->cap_dep_label = w->cap_dep;
	return 0;
}

uint32_t ws_add_dep(struct ws *w, uint32_t von, uint32_t zu, const char *label)
{
	int labelled = label && *label;
	if (grow_array_raw((void **)&w->dep, &w->cap_dep, w->n_dep, sizeof *w->dep, FIRST_CAP) ||
	    dep_label_fit(w, labelled))
		return WP_NONE;
	w->dep[w->n_dep] = (struct dep){ von, zu };
	if (w->dep_label)
		w->dep_label[w->n_dep] = labelled ? label : NULL;
	return (uint32_t)w->n_dep++;
}

void ws_fit_deps(struct ws *w)
{
	size_t n = w->n_dep ? w->n_dep : 1;
	if (w->dep && w->cap_dep > n) {
		struct dep *d = realloc(w->dep, n * sizeof *d);
		if (!d)
			return;
		w->dep = d;
		w->cap_dep = n;
	}
	if (w->dep_label && w->cap_dep_label > w->cap_dep) {
		const char **l = realloc(w->dep_label, w->cap_dep * sizeof *l);
		if (l) {
			w->dep_label = l;
			w->cap_dep_label = w->cap_dep;
		}
	}
}

const char *ws_dep_label(const struct ws *w, size_t i)
{
	return w->dep_label && w->dep_label[i] ? w->dep_label[i] : "";
}

void ws_dep_move(struct ws *w, size_t to, size_t from)
{
	w->dep[to] = w->dep[from];
	if (w->dep_label)
		w->dep_label[to] = w->dep_label[from];
}

int ws_set_criteria(struct ws *w, const struct kriterium *k, size_t n)
{
	size_t nrl = 0, ndvc = 0;
	for (size_t i = 0; i < n; i++)
		if (k[i].art == KRIT_RL)
			nrl++;
		else
			ndvc++;
	struct kriterium *rl = calloc(nrl ? nrl : 1, sizeof *rl);
	struct kriterium *dvc = calloc(ndvc ? ndvc : 1, sizeof *dvc);
	if (!rl || !dvc) {
		free(rl);
		free(dvc);
		return -WP_ENOMEM;
	}
	nrl = ndvc = 0;
	for (size_t i = 0; i < n; i++) {
		if (k[i].art == KRIT_RL)
			rl[nrl++] = k[i];
		else
			dvc[ndvc++] = k[i];
	}
	free(w->rl);
	free(w->dvc);
	w->rl = rl;
	w->n_rl = nrl;
	w->dvc = dvc;
	w->n_dvc = ndvc;
	free(w->crit);
	w->crit = calloc(w->cap_obj * ndvc + 1, 1);
	free(w->rl_val);
	free(w->rl_quelle);
	w->rl_val = calloc(w->n_pf * nrl + 1, 1);
	w->rl_quelle = calloc(w->n_pf * nrl + 1, sizeof *w->rl_quelle);
	if (!w->crit || !w->rl_val || !w->rl_quelle)
		return -WP_ENOMEM;
	for (size_t i = 0; i < w->n_pf * nrl; i++)
		w->rl_quelle[i] = "";
	return 0;
}

uint32_t ws_add_plattform(struct ws *w, const char *code)
{
	size_t n = w->n_pf + 1;
	struct plattform *pf = realloc(w->pf, n * sizeof *pf);
	if (!pf)
		return WP_NONE;
	w->pf = pf;
	uint8_t *v = realloc(w->rl_val, n * w->n_rl + 1);
	if (!v)
		return WP_NONE;
	w->rl_val = v;
	const char **q = realloc(w->rl_quelle, (n * w->n_rl + 1) * sizeof *q);
	if (!q)
		return WP_NONE;
	w->rl_quelle = q;
	for (size_t r = 0; r < w->n_rl; r++) {
		v[w->n_pf * w->n_rl + r] = RL_UNBEKANNT;
		q[w->n_pf * w->n_rl + r] = "";
	}
	pf[w->n_pf] = (struct plattform){ .code = code, .name = "", .beschreibung = "",
					  .rang = (int)n, .vs_nfd = TRI_UNBEKANNT,
					  .kostenfaktor = 10000 };
	return (uint32_t)w->n_pf++;
}

static int cmp_kennung(const void *ctx, uint32_t a, uint32_t b)
{
	const struct ws *w = ctx;
	return strcmp(w->obj[a].kennung, w->obj[b].kennung);
}

/* Builds one CSR direction: off[n+1], adj[m]; key(d) selects the source, val(d) the target. */
static int build_csr(struct ws *w, uint32_t **poff, uint32_t **padj, uint32_t **pdep,
		     int reverse)
{
	size_t n = w->n_obj, m = w->n_dep;
	uint32_t *off = calloc(n + 1, sizeof *off);
	uint32_t *adj = malloc((m ? m : 1) * sizeof *adj);
	uint32_t *dix = pdep ? malloc((m ? m : 1) * sizeof *dix) : NULL;
	if (!off || !adj || (pdep && !dix)) {
		free(off);
		free(adj);
		free(dix);
		return -WP_ENOMEM;
	}
	for (size_t i = 0; i < m; i++)
		off[(reverse ? w->dep[i].zu : w->dep[i].von) + 1]++;
	for (size_t i = 0; i < n; i++)
		off[i + 1] += off[i];
	uint32_t *pos = malloc((n ? n : 1) * sizeof *pos);
	if (!pos) {
		free(off);
		free(adj);
		free(dix);
		return -WP_ENOMEM;
	}
	memcpy(pos, off, n * sizeof *pos);
	for (size_t i = 0; i < m; i++) {
		uint32_t s = reverse ? w->dep[i].zu : w->dep[i].von;
		if (dix)
			dix[pos[s]] = (uint32_t)i;
		adj[pos[s]++] = reverse ? w->dep[i].von : w->dep[i].zu;
	}
	free(pos);
	free(*poff);
	free(*padj);
	*poff = off;
	*padj = adj;
	if (pdep) {
		free(*pdep);
		*pdep = dix;
	}
	return 0;
}

int ws_index(struct ws *w)
{
	int rc = build_csr(w, &w->out_off, &w->out_adj, &w->out_dep, 0);
	if (!rc)
		rc = build_csr(w, &w->in_off, &w->in_adj, NULL, 1);
	if (rc)
		return rc;
	uint32_t *scratch = malloc((w->n_obj ? w->n_obj : 1) * sizeof *scratch);
	uint32_t *k = scratch ? realloc(w->by_kennung, (w->n_obj ? w->n_obj : 1) * sizeof *k) : NULL;
	if (!k) {
		free(scratch);
		return -WP_ENOMEM;
	}
	for (size_t i = 0; i < w->n_obj; i++)
		k[i] = (uint32_t)i;
	sort_u32(k, w->n_obj, scratch, cmp_kennung, w);
	free(scratch);
	w->by_kennung = k;
	w->n_indexed = w->n_obj;
	return 0;
}

uint32_t ws_find_objekt(const struct ws *w, const char *kennung)
{
	if (w->by_kennung && w->n_indexed == w->n_obj) {
		size_t lo = 0, hi = w->n_obj;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			int c = strcmp(w->obj[w->by_kennung[mid]].kennung, kennung);
			if (c == 0)
				return w->by_kennung[mid];
			if (c < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
	} else {
		for (size_t i = 0; i < w->n_obj; i++)
			if (strcmp(w->obj[i].kennung, kennung) == 0)
				return (uint32_t)i;
	}
	/* Kennungen are unique ignoring case (docs/csv.md); a workspace from before that rule
	 * may hold two that differ in case only: the exact one won above, else the first */
	for (size_t i = 0; i < w->n_obj; i++)
		if (utf8_cmp_ci(w->obj[i].kennung, kennung) == 0)
			return (uint32_t)i;
	return WP_NONE;
}

uint32_t ws_find_behoerde(const struct ws *w, const char *name)
{
	for (size_t i = 0; i < w->n_beh; i++)
		if (strcmp(w->beh[i].name, name) == 0)
			return (uint32_t)i;
	return WP_NONE;
}

uint32_t ws_find_plattform(const struct ws *w, const char *code)
{
	uint32_t ci = WP_NONE;
	for (size_t i = 0; i < w->n_pf; i++) {
		if (strcmp(w->pf[i].code, code) == 0)
			return (uint32_t)i;
		if (ci == WP_NONE && utf8_cmp_ci(w->pf[i].code, code) == 0)
			ci = (uint32_t)i;
	}
	return ci;
}

static uint32_t find_krit(const struct kriterium *k, size_t n, const char *code)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(k[i].code, code) == 0)
			return (uint32_t)i;
	return WP_NONE;
}

uint32_t ws_find_rl(const struct ws *w, const char *code)
{
	return find_krit(w->rl, w->n_rl, code);
}

uint32_t ws_find_dvc(const struct ws *w, const char *code)
{
	return find_krit(w->dvc, w->n_dvc, code);
}
