/* Whole objects for data/edit.c: snapshots of everything an object has (fields,
 * criteria, dependencies both ways, pilot memberships), deleting and recreating one in one
 * transaction each. */
#include "data/edit_priv.h"

#include <stdlib.h>
#include <string.h>

#include "model/i18n.h"

/* The value of fld as a malloc'd string, whole however long (free text such as a Notiz is
 * copied from the object itself, not through a fixed buffer). NULL on out of memory. */
char *edit_value_dup(const struct ws *w, uint32_t o, int fld)
{
	if (fld >= 0 && fld < F__N && field_defs[fld].type == FT_TEXT)
		return strdup(*(const char *const *)(const void *)((const char *)&w->obj[o] +
								  field_defs[fld].off));
	if (fld == F_ABHAENGIGKEITEN) {
		/* "KENNUNG (Label)," per dependency: Kennung ≤ KENNUNG_BYTES, labels as long as they are */
		size_t need = 1;
		for (uint32_t j = w->out_off[o]; j < w->out_off[o + 1]; j++)
			need += KENNUNG_BYTES + 4 + strlen(ws_dep_label(w, w->out_dep[j]));
		char *b = malloc(need);
		return b ? objekt_get(w, o, fld, 0, b, need) : NULL;
	}
	char buf[512];
	return strdup(edit_get(w, o, fld, buf, sizeof buf));
}

/* Removes every dependency for which drop(d) holds; keeps the order of the rest. */
void edit_deps_filter(struct ws *w, uint32_t o, int both)
{
	size_t keep = 0;
	for (size_t i = 0; i < w->n_dep; i++) {
		const struct dep *d = &w->dep[i];
		if (d->von == o || (both && d->zu == o))
			continue;
		ws_dep_move(w, keep++, i);
	}
	w->n_dep = keep;
}

void edit_snap_free(struct snap *p)
{
	if (!p)
		return;
	for (int f = 0; f < F__N; f++)
		free(p->val[f]);
	free(p->crit);
	for (size_t i = 0; i < p->n_dep; i++)
		free(p->dep[i].label);
	free(p->dep);
	free(p->pilot);
	szenario_rest_free(&p->sz);
	free(p);
}

int edit_snap_szenarien(struct store *s, struct snap *p, int64_t id, struct wp_err *e)
{
	szenario_rest_free(&p->sz);
	return szenario_rest_objekt(s, id, &p->sz, e);
}

struct snap *edit_snap_take(const struct ws *w, uint32_t o)
{
	struct snap *p = calloc(1, sizeof *p);
	if (!p)
		return NULL;
	for (int f = 0; f < F__N; f++) {
		if (f == F_ABHAENGIGKEITEN)
			continue;
		if (!(p->val[f] = edit_value_dup(w, o, f)))
			goto fail;
	}
	if (w->n_dvc) {
		if (!(p->crit = malloc(w->n_dvc)))
			goto fail;
		memcpy(p->crit, w->crit + (size_t)o * w->n_dvc, w->n_dvc);
	}
	size_t k = 0;
	for (size_t i = 0; i < w->n_dep; i++)
		k += (w->dep[i].von == o) + (w->dep[i].zu == o && w->dep[i].von != o);
	if (k && !(p->dep = calloc(k, sizeof *p->dep)))
		goto fail;
	for (size_t i = 0; i < w->n_dep; i++) {
		const struct dep *d = &w->dep[i];
		if (d->von != o && d->zu != o)
			continue;
		struct snap_dep *sd = &p->dep[p->n_dep++];
		sd->incoming = d->von != o;
		sd->other = w->obj[sd->incoming ? d->von : d->zu].id;
		if (!(sd->label = strdup(ws_dep_label(w, i))))
			goto fail;
	}
	for (size_t i = 0; i < w->n_pilot; i++)
		for (size_t j = 0; j < w->pilot[i].n_members; j++)
			if (w->pilot[i].members[j] == o) {
				int64_t *np = realloc(p->pilot, (p->n_pilot + 1) * sizeof *np);
				if (!np)
					goto fail;
				p->pilot = np;
				p->pilot[p->n_pilot++] = w->pilot[i].id;
			}
	return p;
fail:
	edit_snap_free(p);
	return NULL;
}

/* Removes object o from memory: its dependencies and pilot memberships go, higher
 * indexes shift down by one. */
void edit_remove_obj(struct ws *w, uint32_t o)
{
	edit_deps_filter(w, o, 1);
	for (size_t i = 0; i < w->n_dep; i++) {
		w->dep[i].von -= w->dep[i].von > o;
		w->dep[i].zu -= w->dep[i].zu > o;
	}
	for (size_t i = 0; i < w->n_pilot; i++) {
		struct pilot *p = &w->pilot[i];
		size_t keep = 0;
		for (size_t j = 0; j < p->n_members; j++)
			if (p->members[j] != o)
				p->members[keep++] = p->members[j] - (p->members[j] > o);
		p->n_members = keep;
	}
	size_t tail = w->n_obj - o - 1;
	memmove(&w->obj[o], &w->obj[o + 1], tail * sizeof *w->obj);
	if (w->n_dvc)
		memmove(w->crit + (size_t)o * w->n_dvc, w->crit + ((size_t)o + 1) * w->n_dvc,
			tail * w->n_dvc);
	w->n_obj--;
	w->n_indexed = 0;
	ws_index(w);
}

static int tx_delete_obj(void *ctx, struct store *s, struct wp_err *e)
{
	return store_delete_objekt(s, *(const int64_t *)ctx, e);
}

int edit_delete_core(struct store *s, struct ws *w, uint32_t o, struct wp_err *e)
{
	int64_t id = w->obj[o].id;
	int rc = store_tx(s, tx_delete_obj, &id, e);
	if (rc)
		return rc;
	edit_remove_obj(w, o);
	return 0;
}

struct create_arg {
	struct ws *w;
	const struct snap *p;
	uint32_t o;
};

/* The store_tx step of create_core: the new object o, its dependencies both ways and its
 * pilot memberships (added in memory here). */
static int tx_create(void *ctx, struct store *s, struct wp_err *e)
{
	struct create_arg *a = ctx;
	struct ws *w = a->w;
	const struct snap *p = a->p;
	uint32_t o = a->o;
	int rc = store_save_objekt(s, w, o, e);
	if (!rc)
		rc = store_save_deps(s, w, o, 1, e);
	for (size_t i = 0; i < p->n_dep && !rc; i++) {
		uint32_t x = edit_find_id(w, p->dep[i].other);
		if (p->dep[i].incoming && x != WP_NONE)
			rc = store_save_deps(s, w, x, 0, e);
	}
	for (size_t i = 0; i < p->n_pilot && !rc; i++) {
		uint32_t pi = edit_find_pilot(w, p->pilot[i]);
		if (pi == WP_NONE)
			continue;
		struct pilot *pl = &w->pilot[pi];
		uint32_t *m = realloc(pl->members, (pl->n_members + 1) * sizeof *m);
		if (!m)
			return wp_nomem(e);
		pl->members = m;
		pl->members[pl->n_members++] = o;
		rc = store_save_pilot(s, w, pi, e);
	}
	if (!rc)
		rc = szenario_rest_zurueck(s, p->sz, w->obj[o].id, e);
	return rc;
}

int edit_create_core(struct store *s, struct ws *w, const struct snap *p, uint32_t *out,
		       struct wp_err *e)
{
	const char *kennung = p->val[F_KENNUNG];
	int rc = 0;
	if ((rc = kennung_check(w, kennung, WP_NONE, e)))
		return rc;
	size_t kn;
	const char *kt = kennung_span(kennung, strlen(kennung), &kn);
	const char *k = ws_strn(w, kt, kn); /* stored trimmed */
	uint32_t o = k ? ws_add_objekt(w, k) : WP_NONE;
	if (o == WP_NONE)
		return wp_nomem(e);
	for (int f = 0; f < F__N && !rc; f++)
		if (f != F_KENNUNG && f != F_ABHAENGIGKEITEN && p->val[f])
			rc = objekt_set(w, o, f, p->val[f], e);
	if (!rc && p->crit)
		memcpy(w->crit + (size_t)o * w->n_dvc, p->crit, w->n_dvc);
	for (size_t i = 0; i < p->n_dep && !rc; i++) {
		uint32_t x = edit_find_id(w, p->dep[i].other);
		const char *l = ws_str(w, p->dep[i].label);
		if (x == WP_NONE)
			continue; /* the other object is gone by now */
		if (!l || ws_add_dep(w, p->dep[i].incoming ? x : o, p->dep[i].incoming ? o : x, l) ==
			       WP_NONE)
			rc = wp_nomem(e);
	}
	if (!rc && ws_index(w))
		rc = wp_nomem(e);
	struct create_arg a = { w, p, o };
	if (!rc)
		rc = store_tx(s, tx_create, &a, e);
	if (rc) {
		edit_remove_obj(w, o); /* also drops its pilot memberships */
		return rc;
	}
	*out = o;
	return 0;
}

