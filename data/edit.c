/* Edits with validation, one transaction each, exact rollback in memory, and a journal
 * for undo/redo. */
#include "data/edit.h"
#include "data/edit_behoerde.h"
#include "data/edit_priv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/store_plan.h"
#include "model/assess.h"
#include "model/enums.h"
#include "model/i18n.h"

uint32_t edit_find_id(const struct ws *w, int64_t id)
{
	for (size_t i = 0; i < w->n_obj; i++)
		if (w->obj[i].id == id)
			return (uint32_t)i;
	return WP_NONE;
}

int edit_err_gone(struct wp_err *e)
{
	return wp_fail(e, WP_ENOTFOUND, "%s", _("das Objekt gibt es nicht mehr"));
}

uint32_t edit_find_pilot(const struct ws *w, int64_t id)
{
	for (size_t i = 0; i < w->n_pilot; i++)
		if (w->pilot[i].id == id)
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

/* ---- dependencies in memory ---- */

/* A dependency saved for putting back, with its label (a pool string). */
struct dep_saved {
	uint32_t von, zu;
	const char *label;
};

/* The dependencies of o (what it benötigt), copied; *n gets the count. NULL with *n = 0
 * when there are none; sets *fail on out of memory. */
static struct dep_saved *deps_of(const struct ws *w, uint32_t o, size_t *n, int *fail)
{
	size_t k = 0;
	*n = 0;
	for (size_t i = 0; i < w->n_dep; i++)
		k += w->dep[i].von == o;
	if (!k)
		return NULL;
	struct dep_saved *d = malloc(k * sizeof *d);
	if (!d) {
		*fail = 1;
		return NULL;
	}
	for (size_t i = 0; i < w->n_dep; i++)
		if (w->dep[i].von == o)
			d[(*n)++] = (struct dep_saved){ w->dep[i].von, w->dep[i].zu, ws_dep_label(w, i) };
	return d;
}

/* Puts back the dependencies of o saved by deps_of. Space was there before, but the
 * appender may still fail to grow: the caller reindexes either way. */
static void deps_restore(struct ws *w, uint32_t o, const struct dep_saved *d, size_t n)
{
	edit_deps_filter(w, o, 0);
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

static int self_dep(struct wp_err *e, const char *kennung)
{
	return wp_fail(e, WP_EINVAL,
		       _("Feld \"Abhängigkeiten\": \"%s\" kann nicht von sich selbst abhängen"),
		       kennung);
}

static int add_listed(void *ctx, const char *kennung, const char *label)
{
	struct dep_collect *d = ctx;
	struct ws *w = d->w;
	uint32_t t = ws_find_objekt(w, kennung);
	if (t == WP_NONE)
		return wp_fail(d->e, WP_ENOTFOUND,
			       _("Feld \"Abhängigkeiten\": Objekt \"%s\" gibt es nicht"), kennung);
	if (t == d->self)
		return self_dep(d->e, kennung);
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

/* The progress fields of o against its effective Aufwand (a fresh assessment: the effort
 * model depends on strategy, protection and dependencies). */
static int stand_check(const struct ws *w, uint32_t o, struct wp_err *e)
{
	struct assessment *a = NULL;
	if (w->obj[o].ist_pt == 0)
		return objekt_stand_check(w, o, -1, e);
	if (assess_run(w, &a))
		return wp_nomem(e);
	int rc = objekt_stand_check(w, o, a->obj[o].aufwand, e);
	assessment_free(&a);
	return rc;
}

/* 0 if object o and field fld (a field id or F__N + criterion) exist in w, else the error. */
static int check_target(const struct ws *w, uint32_t o, int fld, struct wp_err *e)
{
	if (o >= w->n_obj)
		return edit_err_gone(e);
	if (fld < 0 || fld >= F__N + (int)w->n_dvc)
		return wp_fail(e, WP_EINVAL, "%s", _("unbekanntes Feld"));
	return 0;
}

int edit_field(struct store *s, struct ws *w, uint32_t o, int fld, const char *value,
	       char *old, size_t n, struct wp_err *e)
{
	int rc = check_target(w, o, fld, e);
	if (rc)
		return rc;
	if (old)
		edit_get(w, o, fld, old, n);
	int deps = fld == F_ABHAENGIGKEITEN, fail = 0;
	struct objekt keep = w->obj[o];
	uint8_t crit_keep = fld >= F__N ? w->crit[(size_t)o * w->n_dvc + (size_t)(fld - F__N)] : 0;
	size_t n_dk = 0;
	struct dep_saved *dk = deps ? deps_of(w, o, &n_dk, &fail) : NULL;
	if (fail)
		return wp_nomem(e);
	if (deps) {
		edit_deps_filter(w, o, 0);
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
		if (!rc && (fld == F_STAND || fld == F_IST_PT || fld == F_INBETRIEBNAHME ||
			    fld == F_AUFWAND || fld == F_STRATEGIE))
			rc = stand_check(w, o, e);
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
	edit_snap_free(x->snap);
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

void edit_plan_snaps_free(struct edit_plan_snaps *p)
{
	store_zeitplan_snap_free(&p->before);
	store_zeitplan_snap_free(&p->after);
}

int edit_plan_step(struct edit_log *l, struct store *s, const struct edit_ext_ops *ops,
		   void *ctx, struct edit_plan_snaps *p,
		   int (*run)(struct store *s, void *ctx, struct wp_err *e), struct wp_err *e)
{
	int rc;
	if (l && (rc = store_zeitplan_snap(s, &p->before, e)))
		goto fail;
	if ((rc = run(s, ctx, e)))
		goto fail;
	if (!l) {
		ops->release(ctx);
		return 0;
	}
	if ((rc = store_zeitplan_snap(s, &p->after, e))) /* done, but not undoable */
		goto fail;
	return edit_journal_ext(l, ops, ctx) ? wp_nomem(e) : 0;
fail:
	ops->release(ctx);
	return rc;
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
	int rc = check_target(w, o, fld, e);
	if (rc)
		return rc;
	/* whole values, however long: undo restores them exactly */
	struct entry x = { OP_SET, w->obj[o].id, 0, fld, edit_value_dup(w, o, fld), NULL, NULL,
			   NULL, NULL };
	if (!x.old)
		return wp_nomem(e);
	rc = edit_field(s, w, o, fld, value, NULL, 0, e);
	if (rc) {
		entry_free(&x);
		return rc;
	}
	if (!(x.neu = edit_value_dup(w, o, fld))) {
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
		return edit_err_gone(e);
	if (von == zu)
		return self_dep(e, w->obj[von].kennung);
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
		return edit_err_gone(e);
	size_t i = 0;
	while (i < w->n_dep && !(w->dep[i].von == von && w->dep[i].zu == zu))
		i++;
	if (i == w->n_dep)
		return wp_fail(e, WP_ENOTFOUND, _("%s benötigt %s nicht"), w->obj[von].kennung,
			       w->obj[zu].kennung);
	struct dep_saved keep = { w->dep[i].von, w->dep[i].zu, ws_dep_label(w, i) };
	if (label && !(*label = strdup(keep.label)))
		return wp_nomem(e);
	for (; i + 1 < w->n_dep; i++)
		ws_dep_move(w, i, i + 1);
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
		edit_snap_free(p);
		return wp_nomem(e);
	}
	if ((rc = edit_create_core(s, w, p, out, e))) {
		edit_snap_free(p);
		return rc;
	}
	edit_snap_free(p);
	struct entry x = { OP_NEW, w->obj[*out].id, 0, 0, NULL, NULL, edit_snap_take(w, *out),
			   NULL, NULL };
	if (!x.snap)
		return wp_nomem(e);
	return journal(l, &x) ? wp_nomem(e) : 0;
}

int edit_delete_objekt(struct edit_log *l, struct store *s, struct ws *w, uint32_t o,
		       struct wp_err *e)
{
	if (o >= w->n_obj)
		return edit_err_gone(e);
	struct entry x = { OP_DELETE, w->obj[o].id, 0, 0, NULL, NULL, edit_snap_take(w, o), NULL,
			   NULL };
	if (!x.snap)
		return wp_nomem(e);
	int rc = edit_snap_szenarien(s, x.snap, x.id, e);
	if (!rc)
		rc = edit_delete_core(s, w, o, e);
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
	char tb[BEH_NAME_MAX + 1];
	int rc = edit_beh_name_check(w, name, WP_NONE, tb, sizeof tb, e);
	if (rc)
		return rc;
	if (parent != WP_NONE && parent >= w->n_beh)
		parent = WP_NONE;
	const char *nm = ws_str(w, tb), *kg = ws_str(w, kgst ? kgst : "");
	uint32_t b = nm && kg ? ws_add_behoerde(w, nm, parent) : WP_NONE;
	if (b == WP_NONE)
		return wp_nomem(e);
	w->beh[b].kgst = kg;
	struct tx_arg a = { w, b, 0, 0 };
	rc = store_tx(s, tx_save_beh, &a, e);
	if (rc) {
		w->n_beh--;
		return rc;
	}
	*out = b;
	return 0;
}

uint32_t edit_find_beh(const struct ws *w, int64_t id)
{
	for (size_t i = 0; i < w->n_beh; i++)
		if (w->beh[i].id == id)
			return (uint32_t)i;
	return WP_NONE;
}

void edit_remove_beh(struct ws *w, uint32_t b)
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
	edit_remove_beh(w, b);
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
		snprintf(buf, n, (x->op == OP_DEP_ADD) == !undo ? _(EDIT_TXT_BENOETIGT) :
			 _("%s benötigt %s nicht mehr"), k, k2);
		break;
	case OP_NEW_BEH:
		snprintf(buf, n, undo ? _(BEH_TXT_ENTFERNT) : _(EDIT_TXT_BEH_ANGELEGT),
			 x->old);
		break;
	default: /* OP_NEW or a deletion: undoing a creation deletes too */
		if (x->op == OP_NEW && !undo)
			snprintf(buf, n, _(EDIT_TXT_ANGELEGT), k);
		else if (x->op != OP_NEW && undo)
			snprintf(buf, n, _("%s wiederhergestellt"), k);
		else
			snprintf(buf, n, _("%s gelöscht"), k);
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
		uint32_t b = edit_find_beh(w, x->id), nb;
		*obj = WP_NONE;
		if (undo) {
			if (b == WP_NONE)
				return wp_fail(e, WP_ENOTFOUND, "%s", _(BEH_TXT_GONE));
			return delete_beh_core(s, w, b, e);
		}
		uint32_t par = x->id2 ? edit_find_beh(w, x->id2) : WP_NONE;
		if ((rc = new_beh_core(s, w, x->old, par, x->neu, &nb, e)))
			return rc;
		x->id = w->beh[nb].id; /* a new store id; only this entry names it */
		return 0;
	}
	case OP_SET:
		if (o == WP_NONE)
			return edit_err_gone(e);
		return edit_field(s, w, o, x->fld, undo ? x->old : x->neu, NULL, 0, e);
	case OP_DEP_ADD:
	case OP_DEP_DEL:
		o2 = edit_find_id(w, x->id2);
		if (o == WP_NONE || o2 == WP_NONE)
			return edit_err_gone(e);
		if ((x->op == OP_DEP_ADD) == !undo)
			return dep_add_core(s, w, o, o2, x->old, e);
		return dep_remove_core(s, w, o, o2, NULL, e);
	default: {
		int create = (x->op == OP_DELETE) == !!undo;
		if (!create) {
			if (o == WP_NONE)
				return edit_err_gone(e);
			/* the object may have changed since it was created: redo recreates it as
			 * it is now */
			struct snap *now = edit_snap_take(w, o);
			if (!now)
				return wp_nomem(e);
			if ((rc = edit_snap_szenarien(s, now, w->obj[o].id, e)) ||
			    (rc = edit_delete_core(s, w, o, e))) {
				edit_snap_free(now);
				return rc;
			}
			edit_snap_free(x->snap);
			x->snap = now;
			*obj = WP_NONE;
			return 0;
		}
		uint32_t n;
		if ((rc = edit_create_core(s, w, x->snap, &n, e)))
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
