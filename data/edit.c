/* Edits with validation, one transaction each, exact rollback in memory, and a journal
 * for undo/redo. */
#include "data/edit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/enums.h"
#include "model/i18n.h"

uint32_t edit_find_id(const struct ws *w, int64_t id)
{
	for (size_t i = 0; i < w->n_obj; i++)
		if (w->obj[i].id == id)
			return (uint32_t)i;
	return WP_NONE;
}

const char *edit_label(const struct ws *w, int fld)
{
	if (fld >= 0 && fld < F__N)
		return field_defs[fld].label;
	if (fld >= F__N && (size_t)(fld - F__N) < w->n_dvc)
		return w->dvc[fld - F__N].code;
	return "?";
}

char *edit_get(const struct ws *w, uint32_t o, int fld, char *buf, size_t n)
{
	if (n == 0)
		return buf;
	buf[0] = '\0';
	if (o >= w->n_obj)
		return buf;
	if (fld >= F__N && (size_t)(fld - F__N) < w->n_dvc)
		snprintf(buf, n, "%s",
			 enum_label(EK_CRIT, w->crit[(size_t)o * w->n_dvc + (size_t)(fld - F__N)]));
	else if (fld >= 0 && fld < F__N)
		objekt_get(w, o, fld, 0, buf, n);
	return buf;
}

/* The value of fld as a malloc'd string, whole however long (free text such as a Notiz is
 * copied from the object itself, not through a fixed buffer). NULL on out of memory. */
static char *value_dup(const struct ws *w, uint32_t o, int fld)
{
	if (fld >= 0 && fld < F__N && field_defs[fld].type == FT_TEXT)
		return strdup(*(const char *const *)(const void *)((const char *)&w->obj[o] +
								  field_defs[fld].off));
	if (fld == F_ABHAENGIGKEITEN) {
		/* "KENNUNG (Label)," per dependency: Kennung ≤ 32, labels as long as they are */
		size_t need = 1;
		for (uint32_t j = w->out_off[o]; j < w->out_off[o + 1]; j++)
			need += KENNUNG_MAX + 4 + strlen(w->dep[w->out_dep[j]].label);
		char *b = malloc(need);
		return b ? objekt_get(w, o, fld, 0, b, need) : NULL;
	}
	char buf[512];
	return strdup(edit_get(w, o, fld, buf, sizeof buf));
}

/* ---- dependencies in memory ---- */

/* Removes every dependency for which drop(d) holds; keeps the order of the rest. */
static void deps_filter(struct ws *w, uint32_t o, int both)
{
	size_t keep = 0;
	for (size_t i = 0; i < w->n_dep; i++) {
		const struct dep *d = &w->dep[i];
		if (d->von == o || (both && d->zu == o))
			continue;
		w->dep[keep++] = *d;
	}
	w->n_dep = keep;
}

/* The dependencies of o (what it benötigt), copied; *n gets the count. NULL with *n = 0
 * when there are none; sets *fail on out of memory. */
static struct dep *deps_of(const struct ws *w, uint32_t o, size_t *n, int *fail)
{
	size_t k = 0;
	*n = 0;
	for (size_t i = 0; i < w->n_dep; i++)
		k += w->dep[i].von == o;
	if (!k)
		return NULL;
	struct dep *d = malloc(k * sizeof *d);
	if (!d) {
		*fail = 1;
		return NULL;
	}
	for (size_t i = 0; i < w->n_dep; i++)
		if (w->dep[i].von == o)
			d[(*n)++] = w->dep[i];
	return d;
}

/* Puts back the dependencies of o saved by deps_of. Space was there before, but the
 * appender may still fail to grow: the caller reindexes either way. */
static void deps_restore(struct ws *w, uint32_t o, const struct dep *d, size_t n)
{
	deps_filter(w, o, 0);
	for (size_t i = 0; i < n; i++)
		ws_add_dep(w, d[i].von, d[i].zu, d[i].label);
}

static int has_dep(const struct ws *w, uint32_t von, uint32_t zu)
{
	for (uint32_t j = w->out_off[von]; j < w->out_off[von + 1]; j++)
		if (w->out_adj[j] == zu)
			return 1;
	return 0;
}

struct dep_collect {
	struct ws *w;
	uint32_t self;
	struct wp_err *e;
};

static int add_listed(void *ctx, const char *kennung, const char *label)
{
	struct dep_collect *d = ctx;
	struct ws *w = d->w;
	uint32_t t = ws_find_objekt(w, kennung);
	if (t == WP_NONE)
		return wp_fail(d->e, WP_ENOTFOUND,
			       _("Feld \"Abhängigkeiten\": Objekt \"%s\" gibt es nicht"), kennung);
	if (t == d->self)
		return wp_fail(d->e, WP_EINVAL,
			       _("Feld \"Abhängigkeiten\": \"%s\" kann nicht von sich selbst abhängen"),
			       kennung);
	for (size_t i = 0; i < w->n_dep; i++)
		if (w->dep[i].von == d->self && w->dep[i].zu == t)
			return 0; /* listed twice: once is enough */
	const char *l = ws_str(w, label);
	if (!l || ws_add_dep(w, d->self, t, l) == WP_NONE)
		return wp_nomem(d->e);
	return 0;
}

/* ---- the transaction around one change ---- */

/* What one store_tx step writes: entity i of w (or the one with store id), with deps also
 * object i's dependency list. */
struct tx_arg {
	struct ws *w;
	uint32_t i;
	int deps;
	int64_t id;
};

static int tx_save_obj(void *ctx, struct store *s, struct wp_err *e)
{
	struct tx_arg *a = ctx;
	int rc = store_save_objekt(s, a->w, a->i, e);
	return rc || !a->deps ? rc : store_save_deps(s, a->w, a->i, 0, e);
}

static int tx_save_deps(void *ctx, struct store *s, struct wp_err *e)
{
	struct tx_arg *a = ctx;
	return store_save_deps(s, a->w, a->i, 0, e);
}

static int tx_delete_obj(void *ctx, struct store *s, struct wp_err *e)
{
	return store_delete_objekt(s, ((struct tx_arg *)ctx)->id, e);
}

static int tx_save_beh(void *ctx, struct store *s, struct wp_err *e)
{
	struct tx_arg *a = ctx;
	return store_save_behoerde(s, a->w, a->i, e);
}

static int tx_delete_beh(void *ctx, struct store *s, struct wp_err *e)
{
	return store_delete_behoerde(s, ((struct tx_arg *)ctx)->id, e);
}

/* Writes object o (and, with deps, its dependency list) in one transaction. */
static int save_one(struct store *s, struct ws *w, uint32_t o, int deps, struct wp_err *e)
{
	struct tx_arg a = { w, o, deps, 0 };
	return store_tx(s, tx_save_obj, &a, e);
}

int edit_field(struct store *s, struct ws *w, uint32_t o, int fld, const char *value,
	       char *old, size_t n, struct wp_err *e)
{
	if (o >= w->n_obj)
		return wp_fail(e, WP_ENOTFOUND, "%s", _("das Objekt gibt es nicht mehr"));
	if (fld < 0 || fld >= F__N + (int)w->n_dvc)
		return wp_fail(e, WP_EINVAL, "%s", _("unbekanntes Feld"));
	if (old)
		edit_get(w, o, fld, old, n);
	int deps = fld == F_ABHAENGIGKEITEN, fail = 0, rc;
	struct objekt keep = w->obj[o];
	uint8_t crit_keep = fld >= F__N ? w->crit[(size_t)o * w->n_dvc + (size_t)(fld - F__N)] : 0;
	size_t n_dk = 0;
	struct dep *dk = deps ? deps_of(w, o, &n_dk, &fail) : NULL;
	if (fail)
		return wp_nomem(e);
	if (deps) {
		deps_filter(w, o, 0);
		struct dep_collect dc = { w, o, e };
		rc = deps_parse(value ? value : "", add_listed, &dc, e);
		if (!rc && ws_index(w))
			rc = wp_nomem(e);
	} else if (fld >= F__N) {
		rc = objekt_set_crit(w, o, (uint32_t)(fld - F__N), value, e);
	} else {
		rc = objekt_set(w, o, fld, value, e);
		if (!rc && fld == F_KENNUNG && ws_index(w))
			rc = wp_nomem(e);
	}
	if (!rc)
		rc = save_one(s, w, o, deps, e);
	if (rc) {
		w->obj[o] = keep;
		if (fld >= F__N)
			w->crit[(size_t)o * w->n_dvc + (size_t)(fld - F__N)] = crit_keep;
		if (deps)
			deps_restore(w, o, dk, n_dk);
		if (deps || fld == F_KENNUNG)
			ws_index(w);
	}
	free(dk);
	return rc;
}

/* ---- whole objects: snapshot, delete, recreate ---- */

struct snap_dep {
	int64_t other; /* store id of the other object */
	char *label;
	int incoming;  /* 1: other benötigt this object; 0: this benötigt other */
};

/* Everything needed to recreate an object: its fields as text, criteria, dependencies
 * in both directions and pilot memberships (by store id). */
struct snap {
	char *val[F__N];
	uint8_t *crit;
	struct snap_dep *dep;
	size_t n_dep;
	int64_t *pilot;
	size_t n_pilot;
};

static void snap_free(struct snap *p)
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
	free(p);
}

static struct snap *snap_take(const struct ws *w, uint32_t o)
{
	struct snap *p = calloc(1, sizeof *p);
	if (!p)
		return NULL;
	for (int f = 0; f < F__N; f++) {
		if (f == F_ABHAENGIGKEITEN)
			continue;
		if (!(p->val[f] = value_dup(w, o, f)))
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
		if (!(sd->label = strdup(d->label ? d->label : "")))
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
	snap_free(p);
	return NULL;
}

/* Removes object o from memory: its dependencies and pilot memberships go, higher
 * indexes shift down by one. */
static void remove_obj(struct ws *w, uint32_t o)
{
	deps_filter(w, o, 1);
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

static uint32_t pilot_by_id(const struct ws *w, int64_t id)
{
	for (size_t i = 0; i < w->n_pilot; i++)
		if (w->pilot[i].id == id)
			return (uint32_t)i;
	return WP_NONE;
}

static int delete_core(struct store *s, struct ws *w, uint32_t o, struct wp_err *e)
{
	struct tx_arg a = { w, o, 0, w->obj[o].id };
	int rc = store_tx(s, tx_delete_obj, &a, e);
	if (rc)
		return rc;
	remove_obj(w, o);
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
		uint32_t pi = pilot_by_id(w, p->pilot[i]);
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
	return rc;
}

/* Recreates the object of snapshot p as a new object (new store id in *out_id), in one
 * transaction. On failure nothing is left over, in memory or in the store. */
static int create_core(struct store *s, struct ws *w, const struct snap *p, uint32_t *out,
		       struct wp_err *e)
{
	const char *kennung = p->val[F_KENNUNG];
	int rc = 0;
	if (!kennung_valid(kennung))
		return wp_fail_field(e, WP_EINVAL, F_KENNUNG,
			       _("Feld \"%s\": \"%s\" ist keine gültige Kennung, erwartet: 1–32 "
				 "Zeichen aus A–Z, a–z, 0–9, Punkt, Unterstrich, Bindestrich, "
				 "beginnend mit Buchstabe oder Ziffer"),
			       field_defs[F_KENNUNG].label, kennung);
	if (ws_find_objekt(w, kennung) != WP_NONE)
		return wp_fail_field(e, WP_EEXIST, F_KENNUNG,
				     _("Feld \"%s\": Kennung \"%s\" ist schon vergeben"),
				     field_defs[F_KENNUNG].label, kennung);
	const char *k = ws_str(w, kennung);
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
		remove_obj(w, o); /* also drops its pilot memberships */
		return rc;
	}
	*out = o;
	return 0;
}

/* ---- the journal ---- */

enum op { OP_SET, OP_DEP_ADD, OP_DEP_DEL, OP_NEW, OP_DELETE, OP_EXT, OP_NEW_BEH };

struct entry {
	int op;
	int64_t id, id2;    /* object (von for dependencies), other object (zu) */
	int fld;            /* OP_SET */
	char *old, *neu;    /* OP_SET: values; dependencies: old = label */
	struct snap *snap;  /* OP_NEW, OP_DELETE */
	const struct edit_ext_ops *ext; /* OP_EXT, with its ctx */
	void *ctx;
};

struct edit_log {
	struct entry *e;
	size_t n, cap; /* e[0..done) can be undone, e[done..n) redone */
	size_t done;
};

struct edit_log *edit_log_new(void)
{
	return calloc(1, sizeof(struct edit_log));
}

static void entry_free(struct entry *x)
{
	free(x->old);
	free(x->neu);
	snap_free(x->snap);
	if (x->ext && x->ext->release)
		x->ext->release(x->ctx);
	memset(x, 0, sizeof *x);
}

void edit_log_free(struct edit_log **lp)
{
	struct edit_log *l = lp ? *lp : NULL;
	if (!l)
		return;
	for (size_t i = 0; i < l->n; i++)
		entry_free(&l->e[i]);
	free(l->e);
	free(l);
	*lp = NULL;
}

size_t edit_can_undo(const struct edit_log *l)
{
	return l ? l->done : 0;
}

size_t edit_can_redo(const struct edit_log *l)
{
	return l ? l->n - l->done : 0;
}

/* Appends x (taken over) after dropping the redo list. On out of memory the edit stays
 * done but is not journaled: x is freed and -WP_ENOMEM returned. */
static int journal(struct edit_log *l, struct entry *x)
{
	while (l->n > l->done)
		entry_free(&l->e[--l->n]);
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 16;
		struct entry *ne = realloc(l->e, cap * sizeof *ne);
		if (!ne) {
			entry_free(x);
			return -WP_ENOMEM;
		}
		l->e = ne;
		l->cap = cap;
	}
	l->e[l->n++] = *x;
	l->done = l->n;
	return 0;
}

int edit_journal_ext(struct edit_log *l, const struct edit_ext_ops *ops, void *ctx)
{
	struct entry x = { .op = OP_EXT, .ext = ops, .ctx = ctx };
	return journal(l, &x);
}

/* A recreated object has a new store id: every reference in the journal follows it. */
static void remap(struct edit_log *l, int64_t from, int64_t to)
{
	for (size_t i = 0; i < l->n; i++) {
		struct entry *x = &l->e[i];
		if (x->op == OP_NEW_BEH || x->op == OP_EXT)
			continue; /* their ids are not object ids */
		if (x->id == from)
			x->id = to;
		if (x->id2 == from)
			x->id2 = to;
		if (x->snap)
			for (size_t j = 0; j < x->snap->n_dep; j++)
				if (x->snap->dep[j].other == from)
					x->snap->dep[j].other = to;
	}
}

int edit_set(struct edit_log *l, struct store *s, struct ws *w, uint32_t o, int fld,
	     const char *value, struct wp_err *e)
{
	if (o >= w->n_obj)
		return wp_fail(e, WP_ENOTFOUND, "%s", _("das Objekt gibt es nicht mehr"));
	if (fld < 0 || fld >= F__N + (int)w->n_dvc)
		return wp_fail(e, WP_EINVAL, "%s", _("unbekanntes Feld"));
	/* whole values, however long: undo restores them exactly */
	struct entry x = { OP_SET, w->obj[o].id, 0, fld, value_dup(w, o, fld), NULL, NULL,
			   NULL, NULL };
	if (!x.old)
		return wp_nomem(e);
	int rc = edit_field(s, w, o, fld, value, NULL, 0, e);
	if (rc) {
		entry_free(&x);
		return rc;
	}
	if (!(x.neu = value_dup(w, o, fld))) {
		entry_free(&x);
		return wp_nomem(e);
	}
	if (strcmp(x.old, x.neu) == 0) {
		entry_free(&x);
		return 0; /* nothing changed: nothing to undo */
	}
	return journal(l, &x) ? wp_nomem(e) : 0;
}

static int dep_add_core(struct store *s, struct ws *w, uint32_t von, uint32_t zu,
			const char *label, struct wp_err *e)
{
	if (von >= w->n_obj || zu >= w->n_obj)
		return wp_fail(e, WP_ENOTFOUND, "%s", _("das Objekt gibt es nicht mehr"));
	if (von == zu)
		return wp_fail(e, WP_EINVAL,
			       _("Feld \"Abhängigkeiten\": \"%s\" kann nicht von sich selbst abhängen"),
			       w->obj[von].kennung);
	if (has_dep(w, von, zu))
		return wp_fail(e, WP_EEXIST, _("%s benötigt %s schon"), w->obj[von].kennung,
			       w->obj[zu].kennung);
	const char *l = ws_str(w, label ? label : "");
	if (!l || ws_add_dep(w, von, zu, l) == WP_NONE)
		return wp_nomem(e);
	struct tx_arg a = { w, von, 0, 0 };
	int rc = ws_index(w) ? wp_nomem(e) : store_tx(s, tx_save_deps, &a, e);
	if (rc) {
		w->n_dep--; /* the one just appended */
		ws_index(w);
	}
	return rc;
}

static int dep_remove_core(struct store *s, struct ws *w, uint32_t von, uint32_t zu,
			   char **label, struct wp_err *e)
{
	if (von >= w->n_obj || zu >= w->n_obj)
		return wp_fail(e, WP_ENOTFOUND, "%s", _("das Objekt gibt es nicht mehr"));
	size_t i = 0;
	while (i < w->n_dep && !(w->dep[i].von == von && w->dep[i].zu == zu))
		i++;
	if (i == w->n_dep)
		return wp_fail(e, WP_ENOTFOUND, _("%s benötigt %s nicht"), w->obj[von].kennung,
			       w->obj[zu].kennung);
	struct dep keep = w->dep[i];
	if (label && !(*label = strdup(keep.label ? keep.label : "")))
		return wp_nomem(e);
	memmove(&w->dep[i], &w->dep[i + 1], (w->n_dep - i - 1) * sizeof *w->dep);
	w->n_dep--;
	struct tx_arg a = { w, von, 0, 0 };
	int rc = ws_index(w) ? wp_nomem(e) : store_tx(s, tx_save_deps, &a, e);
	if (rc) {
		ws_add_dep(w, keep.von, keep.zu, keep.label);
		ws_index(w);
		if (label) {
			free(*label);
			*label = NULL;
		}
	}
	return rc;
}

int edit_dep_add(struct edit_log *l, struct store *s, struct ws *w, uint32_t von, uint32_t zu,
		 const char *label, struct wp_err *e)
{
	int rc = dep_add_core(s, w, von, zu, label, e);
	if (rc)
		return rc;
	struct entry x = { OP_DEP_ADD, w->obj[von].id, w->obj[zu].id, 0,
			   strdup(label ? label : ""), NULL, NULL, NULL, NULL };
	if (!x.old)
		return wp_nomem(e);
	return journal(l, &x) ? wp_nomem(e) : 0;
}

int edit_dep_remove(struct edit_log *l, struct store *s, struct ws *w, uint32_t von,
		    uint32_t zu, struct wp_err *e)
{
	char *label = NULL;
	int rc = dep_remove_core(s, w, von, zu, &label, e);
	if (rc)
		return rc;
	struct entry x = { OP_DEP_DEL, w->obj[von].id, w->obj[zu].id, 0, label, NULL, NULL,
			   NULL, NULL };
	return journal(l, &x) ? wp_nomem(e) : 0;
}

int edit_new_objekt(struct edit_log *l, struct store *s, struct ws *w, const char *kennung,
		    const char *name, const char *typ, uint32_t b, uint32_t *out,
		    struct wp_err *e)
{
	struct snap *p = calloc(1, sizeof *p);
	int rc;
	if (!p)
		return wp_nomem(e);
	/* checked in field order (Kennung, Typ, Name, Behörde): the first problem is named */
	if (!(p->val[F_KENNUNG] = strdup(kennung ? kennung : "")) ||
	    !(p->val[F_NAME] = strdup(name ? name : "")) || !(p->val[F_TYP] = strdup(typ ? typ : "")) ||
	    !(p->val[F_BEHOERDE] = strdup(b < w->n_beh ? w->beh[b].name : ""))) {
		snap_free(p);
		return wp_nomem(e);
	}
	if ((rc = create_core(s, w, p, out, e))) {
		snap_free(p);
		return rc;
	}
	snap_free(p);
	struct entry x = { OP_NEW, w->obj[*out].id, 0, 0, NULL, NULL, snap_take(w, *out),
			   NULL, NULL };
	if (!x.snap)
		return wp_nomem(e);
	return journal(l, &x) ? wp_nomem(e) : 0;
}

int edit_delete_objekt(struct edit_log *l, struct store *s, struct ws *w, uint32_t o,
		       struct wp_err *e)
{
	if (o >= w->n_obj)
		return wp_fail(e, WP_ENOTFOUND, "%s", _("das Objekt gibt es nicht mehr"));
	struct entry x = { OP_DELETE, w->obj[o].id, 0, 0, NULL, NULL, snap_take(w, o), NULL,
			   NULL };
	if (!x.snap)
		return wp_nomem(e);
	int rc = delete_core(s, w, o, e);
	if (rc) {
		entry_free(&x);
		return rc;
	}
	return journal(l, &x) ? wp_nomem(e) : 0;
}

/* Creates a Behörde in one transaction (see edit_new_behoerde); not journaled. */
static int new_beh_core(struct store *s, struct ws *w, const char *name, uint32_t parent,
			const char *kgst, uint32_t *out, struct wp_err *e)
{
	char tb[256];
	size_t len = name ? strlen(name) : 0;
	while (len && (name[len - 1] == ' ' || name[len - 1] == '\t'))
		len--;
	while (len && (*name == ' ' || *name == '\t'))
		name++, len--;
	if (len == 0)
		return wp_fail(e, WP_EINVAL, _("Feld \"%s\": darf nicht leer sein"),
			       field_defs[F_BEHOERDE].label);
	if (len >= sizeof tb)
		return wp_fail(e, WP_EINVAL, "%s", _("der Name ist zu lang"));
	memcpy(tb, name, len);
	tb[len] = '\0';
	if (ws_find_behoerde(w, tb) != WP_NONE)
		return wp_fail(e, WP_EEXIST, _("die Behörde \"%s\" gibt es schon"), tb);
	if (parent != WP_NONE && parent >= w->n_beh)
		parent = WP_NONE;
	const char *nm = ws_str(w, tb), *kg = ws_str(w, kgst ? kgst : "");
	uint32_t b = nm && kg ? ws_add_behoerde(w, nm, parent) : WP_NONE;
	if (b == WP_NONE)
		return wp_nomem(e);
	w->beh[b].kgst = kg;
	struct tx_arg a = { w, b, 0, 0 };
	int rc = store_tx(s, tx_save_beh, &a, e);
	if (rc) {
		w->n_beh--;
		return rc;
	}
	*out = b;
	return 0;
}

static uint32_t beh_by_id(const struct ws *w, int64_t id)
{
	for (size_t i = 0; i < w->n_beh; i++)
		if (w->beh[i].id == id)
			return (uint32_t)i;
	return WP_NONE;
}

/* Removes Behörde b (used by nothing) from memory; higher indexes shift down by one. */
static void remove_beh(struct ws *w, uint32_t b)
{
	memmove(&w->beh[b], &w->beh[b + 1], (w->n_beh - b - 1) * sizeof *w->beh);
	w->n_beh--;
	for (size_t i = 0; i < w->n_beh; i++)
		if (w->beh[i].parent != WP_NONE && w->beh[i].parent > b)
			w->beh[i].parent--;
	for (size_t i = 0; i < w->n_obj; i++)
		if (w->obj[i].behoerde > b && w->obj[i].behoerde != WP_NONE)
			w->obj[i].behoerde--;
}

/* Deletes Behörde b in one transaction, if nothing refers to it any more. */
static int delete_beh_core(struct store *s, struct ws *w, uint32_t b, struct wp_err *e)
{
	for (size_t i = 0; i < w->n_obj; i++)
		if (w->obj[i].behoerde == b)
			return wp_fail(e, WP_EINVAL,
				       _("die Behörde \"%s\" hat inzwischen Objekte (z. B. %s); erst diese "
					 "einer anderen Behörde zuordnen"),
				       w->beh[b].name, w->obj[i].kennung);
	for (size_t i = 0; i < w->n_beh; i++)
		if (w->beh[i].parent == b)
			return wp_fail(e, WP_EINVAL,
				       _("die Behörde \"%s\" hat inzwischen die untergeordnete Behörde "
					 "\"%s\""),
				       w->beh[b].name, w->beh[i].name);
	struct tx_arg a = { w, b, 0, w->beh[b].id };
	int rc = store_tx(s, tx_delete_beh, &a, e);
	if (rc)
		return rc;
	remove_beh(w, b);
	return 0;
}

int edit_new_behoerde(struct edit_log *l, struct store *s, struct ws *w, const char *name,
		      uint32_t parent, const char *kgst, uint32_t *out, struct wp_err *e)
{
	int rc = new_beh_core(s, w, name, parent, kgst, out, e);
	if (rc)
		return rc;
	const struct behoerde *b = &w->beh[*out];
	struct entry x = { .op = OP_NEW_BEH, .id = b->id,
			   .id2 = b->parent != WP_NONE ? w->beh[b->parent].id : 0,
			   .old = strdup(b->name), .neu = strdup(b->kgst) };
	if (!x.old || !x.neu) {
		entry_free(&x);
		return wp_nomem(e);
	}
	return journal(l, &x) ? wp_nomem(e) : 0;
}

/* Describes entry x (for the status line). */
static void describe(const struct ws *w, const struct entry *x, int undo, char *buf, size_t n)
{
	uint32_t o = edit_find_id(w, x->id), o2 = edit_find_id(w, x->id2);
	const char *k = o != WP_NONE ? w->obj[o].kennung
				     : (x->snap && x->snap->val[F_KENNUNG] ? x->snap->val[F_KENNUNG] : "?");
	const char *k2 = o2 != WP_NONE ? w->obj[o2].kennung : "?";
	switch (x->op) {
	case OP_EXT:
		x->ext->describe(x->ctx, w, undo, buf, n);
		break;
	case OP_SET:
		/* the field's name in the interface language where the catalogue has it */
		snprintf(buf, n, _("%s: %s = \"%s\""), k,
			 x->fld < F__N ? _(edit_label(w, x->fld)) : edit_label(w, x->fld),
			 undo ? x->old : x->neu);
		break;
	case OP_DEP_ADD:
	case OP_DEP_DEL:
		snprintf(buf, n, (x->op == OP_DEP_ADD) == !undo ? _("%s benötigt %s") :
			 _("%s benötigt %s nicht mehr"), k, k2);
		break;
	case OP_NEW:
		snprintf(buf, n, undo ? _("%s gelöscht") : _("%s angelegt"), k);
		break;
	case OP_NEW_BEH:
		snprintf(buf, n, undo ? _("Behörde \"%s\" entfernt") : _("Behörde \"%s\" angelegt"),
			 x->old);
		break;
	default:
		snprintf(buf, n, undo ? _("%s wiederhergestellt") : _("%s gelöscht"), k);
		break;
	}
}

/* Applies entry x backwards (undo) or forwards (redo). */
static int apply(struct edit_log *l, struct entry *x, int undo, struct store *s, struct ws *w,
		 uint32_t *obj, struct wp_err *e)
{
	uint32_t o = edit_find_id(w, x->id), o2;
	int rc;
	*obj = o;
	switch (x->op) {
	case OP_EXT:
		*obj = WP_NONE;
		return x->ext->apply(x->ctx, undo, s, w, e);
	case OP_NEW_BEH: {
		uint32_t b = beh_by_id(w, x->id), nb;
		*obj = WP_NONE;
		if (undo) {
			if (b == WP_NONE)
				return wp_fail(e, WP_ENOTFOUND, "%s", _("die Behörde gibt es nicht mehr"));
			return delete_beh_core(s, w, b, e);
		}
		uint32_t par = x->id2 ? beh_by_id(w, x->id2) : WP_NONE;
		if ((rc = new_beh_core(s, w, x->old, par, x->neu, &nb, e)))
			return rc;
		x->id = w->beh[nb].id; /* a new store id; only this entry names it */
		return 0;
	}
	case OP_SET:
		if (o == WP_NONE)
			return wp_fail(e, WP_ENOTFOUND, "%s", _("das Objekt gibt es nicht mehr"));
		return edit_field(s, w, o, x->fld, undo ? x->old : x->neu, NULL, 0, e);
	case OP_DEP_ADD:
	case OP_DEP_DEL:
		o2 = edit_find_id(w, x->id2);
		if (o == WP_NONE || o2 == WP_NONE)
			return wp_fail(e, WP_ENOTFOUND, "%s", _("das Objekt gibt es nicht mehr"));
		if ((x->op == OP_DEP_ADD) == !undo)
			return dep_add_core(s, w, o, o2, x->old, e);
		return dep_remove_core(s, w, o, o2, NULL, e);
	default: {
		int create = (x->op == OP_DELETE) == !!undo;
		if (!create) {
			if (o == WP_NONE)
				return wp_fail(e, WP_ENOTFOUND, "%s", _("das Objekt gibt es nicht mehr"));
			/* the object may have changed since it was created: redo recreates it as
			 * it is now */
			struct snap *now = snap_take(w, o);
			if (!now)
				return wp_nomem(e);
			if ((rc = delete_core(s, w, o, e))) {
				snap_free(now);
				return rc;
			}
			snap_free(x->snap);
			x->snap = now;
			*obj = WP_NONE;
			return 0;
		}
		uint32_t n;
		if ((rc = create_core(s, w, x->snap, &n, e)))
			return rc;
		remap(l, x->id, w->obj[n].id);
		*obj = n;
		return 0;
	}
	}
}

int edit_undo(struct edit_log *l, struct store *s, struct ws *w, uint32_t *obj, char *what,
	      size_t n, struct wp_err *e)
{
	if (!l || l->done == 0)
		return wp_fail(e, WP_ENOTFOUND, "%s", _("nichts rückgängig zu machen"));
	struct entry *x = &l->e[l->done - 1];
	char d[512];
	describe(w, x, 1, d, sizeof d);
	int rc = apply(l, x, 1, s, w, obj, e);
	if (rc)
		return rc;
	l->done--;
	if (what)
		snprintf(what, n, _("Rückgängig: %s"), d);
	return 0;
}

int edit_redo(struct edit_log *l, struct store *s, struct ws *w, uint32_t *obj, char *what,
	      size_t n, struct wp_err *e)
{
	if (!l || l->done == l->n)
		return wp_fail(e, WP_ENOTFOUND, "%s", _("nichts wiederherzustellen"));
	struct entry *x = &l->e[l->done];
	char d[512];
	int rc = apply(l, x, 0, s, w, obj, e);
	if (rc)
		return rc;
	describe(w, x, 0, d, sizeof d);
	l->done++;
	if (what)
		snprintf(what, n, _("Wiederhergestellt: %s"), d);
	return 0;
}
