/* Roadmap and pilot writes in one transaction each, with undo steps for the journal:
 * a plan snapshot (by store id) brings a stored plan back as it was. */
#include "data/edit_plan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/store_pilot.h"
#include "data/store_plan.h"
#include "model/enums.h"
#include "model/i18n.h"

/* ---- plan snapshots ---- */

/* A stored plan as it was, its objects named by store id (indexes shift between steps). */
struct plan_snap {
	struct plan *p; /* NULL: no plan was stored */
	int64_t *ids;   /* store id of p->obj[i]'s object */
	int64_t *hyb;   /* store id of p->obj[i].hybrid_zu, 0 for none */
};

static void snap_clear(struct plan_snap *sn)
{
	plan_free(&sn->p);
	free(sn->ids);
	free(sn->hyb);
	sn->ids = sn->hyb = NULL;
}

/* The assessment behind *as when it still matches w, else NULL (no Hinweise). */
static const struct assessment *cur_as(const struct ws *w, struct assessment *const *as)
{
	return as && *as && (*as)->n_obj == w->n_obj ? *as : NULL;
}

/* Copies plan p of w (indexes of w) into sn (owned; snap_clear). Returns 0 or -WP_ENOMEM. */
static int snap_of(const struct ws *w, const struct plan *p, struct plan_snap *sn)
{
	size_t n = p->n_obj < w->n_obj ? p->n_obj : w->n_obj;
	sn->p = plan_new(n);
	sn->ids = malloc((n ? n : 1) * sizeof *sn->ids);
	sn->hyb = malloc((n ? n : 1) * sizeof *sn->hyb);
	if (!sn->p || !sn->ids || !sn->hyb)
		goto nomem;
	for (size_t i = 0; i < n; i++) {
		uint32_t h = p->obj[i].hybrid_zu;
		sn->p->obj[i] = p->obj[i];
		sn->ids[i] = w->obj[i].id;
		sn->hyb[i] = h < w->n_obj ? w->obj[h].id : 0;
	}
	for (size_t k = 0; k < p->n_welle; k++)
		if (plan_add_welle(sn->p, &p->welle[k]))
			goto nomem;
	sn->p->params = p->params;
	return 0;
nomem:
	snap_clear(sn);
	return -WP_ENOMEM;
}

/* Takes the stored plan into sn (sn->p NULL when none is stored). Returns 0 or -WP_E*. */
static int snap_take(struct store *s, const struct ws *w, struct assessment *const *as,
		     struct plan_snap *sn, struct wp_err *e)
{
	struct plan *p = NULL;
	memset(sn, 0, sizeof *sn);
	int rc = store_load_plan(s, w, cur_as(w, as), &p, e);
	if (rc == -WP_ENOTFOUND)
		return 0;
	if (!rc && snap_of(w, p, sn))
		rc = wp_nomem(e);
	plan_free(&p);
	return rc;
}

/* Stores the plan of sn again (or removes the stored plan when sn has none), inside the
 * caller's transaction. Objects gone since are left out; new ones are unplanned. */
static int snap_put(struct store *s, const struct ws *w, struct assessment *const *as,
		    const struct plan_snap *sn, struct wp_err *e)
{
	if (!sn->p)
		return store_drop_plan(s, e);
	struct plan *q = plan_new(w->n_obj);
	if (!q)
		return wp_nomem(e);
	for (size_t i = 0; i < sn->p->n_obj; i++) {
		uint32_t o = edit_find_id(w, sn->ids[i]);
		if (o == WP_NONE)
			continue;
		q->obj[o] = sn->p->obj[i];
		q->obj[o].hybrid_zu = sn->hyb[i] ? edit_find_id(w, sn->hyb[i]) : WP_NONE;
	}
	for (size_t k = 0; k < sn->p->n_welle; k++)
		if (plan_add_welle(q, &sn->p->welle[k])) {
			plan_free(&q);
			return wp_nomem(e);
		}
	q->params = sn->p->params;
	int rc = store_save_plan(s, w, cur_as(w, as), q, e);
	plan_free(&q);
	return rc;
}

/* ---- re-plan ---- */

struct plan_step {
	struct ws *w;
	struct assessment *const *as;
	struct plan_snap before, after;
	int undo; /* the direction of the store_tx step */
};

static int tx_plan(void *ctx, struct store *s, struct wp_err *e)
{
	struct plan_step *st = ctx;
	return snap_put(s, st->w, st->as, st->undo ? &st->before : &st->after, e);
}

static int plan_apply(void *ctx, int undo, struct store *s, struct ws *w, struct wp_err *e)
{
	struct plan_step *st = ctx;
	st->w = w;
	st->undo = undo;
	return store_tx(s, tx_plan, st, e);
}

static void plan_describe(const void *ctx, const struct ws *w, int undo, char *buf, size_t n)
{
	const struct plan_step *st = ctx;
	(void)w;
	snprintf(buf, n, "%s", !undo ? _("der neue Plan")
			      : st->before.p ? _("der vorige Plan") : _("kein gespeicherter Plan"));
}

static void plan_release(void *ctx)
{
	struct plan_step *st = ctx;
	if (st) {
		snap_clear(&st->before);
		snap_clear(&st->after);
		free(st);
	}
}

static const struct edit_ext_ops plan_ops = { plan_apply, plan_describe, plan_release };

struct save_arg {
	const struct ws *w;
	const struct assessment *a;
	const struct plan *p;
};

static int tx_save_plan(void *ctx, struct store *s, struct wp_err *e)
{
	struct save_arg *a = ctx;
	return store_save_plan(s, a->w, a->a, a->p, e);
}

int edit_plan_save(struct edit_log *l, struct store *s, struct ws *w,
		   struct assessment *const *as, const struct plan *p, struct wp_err *e)
{
	struct plan_step *st = NULL;
	int rc;
	if (l) {
		if (!(st = calloc(1, sizeof *st)))
			return wp_nomem(e);
		st->as = as;
		if ((rc = snap_take(s, w, as, &st->before, e)) ||
		    (snap_of(w, p, &st->after) && (rc = wp_nomem(e)))) {
			plan_release(st);
			return rc;
		}
	}
	struct save_arg a = { w, cur_as(w, as), p };
	if ((rc = store_tx(s, tx_save_plan, &a, e))) {
		plan_release(st);
		return rc;
	}
	return st && edit_journal_ext(l, &plan_ops, st) ? wp_nomem(e) : 0;
}

/* ---- pins ---- */

struct pin_step {
	struct ws *w;
	struct assessment *const *as;
	int64_t id;
	int old, neu;
	struct plan_snap before;
	int undo, nr; /* the store_tx step: direction and wave */
	uint32_t o;
};

static int tx_pin(void *ctx, struct store *s, struct wp_err *e)
{
	struct pin_step *st = ctx;
	int rc = store_plan_pin(s, st->w, st->o, st->nr, e);
	if (!rc && st->undo)
		rc = snap_put(s, st->w, st->as, &st->before, e);
	return rc;
}

/* Pins st->o to st->nr (undo: and restores the plan before) in one transaction; w keeps
 * the old pin on failure. */
static int pin_tx(struct store *s, struct pin_step *st, struct wp_err *e)
{
	int keep = st->w->obj[st->o].welle_pin;
	int rc = store_tx(s, tx_pin, st, e);
	if (rc)
		st->w->obj[st->o].welle_pin = keep;
	return rc;
}

static int pin_apply(void *ctx, int undo, struct store *s, struct ws *w, struct wp_err *e)
{
	struct pin_step *st = ctx;
	st->w = w;
	st->o = edit_find_id(w, st->id);
	if (st->o == WP_NONE)
		return edit_err_gone(e);
	st->undo = undo;
	st->nr = undo ? st->old : st->neu;
	return pin_tx(s, st, e);
}

static void pin_describe(const void *ctx, const struct ws *w, int undo, char *buf, size_t n)
{
	const struct pin_step *st = ctx;
	uint32_t o = edit_find_id(w, st->id);
	const char *k = o != WP_NONE ? w->obj[o].kennung : "?";
	int nr = undo ? st->old : st->neu;
	if (nr)
		snprintf(buf, n, _("%s in Welle %d festgesetzt"), k, nr);
	else
		snprintf(buf, n, _("%s nicht festgesetzt"), k);
}

static void pin_release(void *ctx)
{
	struct pin_step *st = ctx;
	if (st) {
		snap_clear(&st->before);
		free(st);
	}
}

static const struct edit_ext_ops pin_ops = { pin_apply, pin_describe, pin_release };

int edit_plan_pin(struct edit_log *l, struct store *s, struct ws *w,
		  struct assessment *const *as, uint32_t o, int nr, struct wp_err *e)
{
	if (o >= w->n_obj)
		return edit_err_gone(e);
	struct pin_step *st = calloc(1, sizeof *st);
	int rc;
	if (!st)
		return wp_nomem(e);
	*st = (struct pin_step){ .w = w, .as = as, .id = w->obj[o].id,
				 .old = w->obj[o].welle_pin, .neu = nr, .nr = nr, .o = o };
	if ((l && (rc = snap_take(s, w, as, &st->before, e))) || (rc = pin_tx(s, st, e))) {
		pin_release(st);
		return rc;
	}
	if (!l) {
		pin_release(st);
		return 0;
	}
	return edit_journal_ext(l, &pin_ops, st) ? wp_nomem(e) : 0;
}

/* ---- pilots ---- */

enum pilot_op { PO_TODO_DONE, PO_STATUS, PO_CREATE, PO_MEMBERS, PO_RENAME, PO_DELETE, PO_OZG,
		PO_TODO_ADD, PO_TODO_DROP };

/* One pilot write: what, on which pilot, with which arguments. */
struct pilot_arg {
	int op;
	struct ws *w;
	uint32_t pi;
	size_t nr;
	int val;
	const char *text, *ziel, *ozg;
	const uint32_t *objs;
	size_t n;
	uint32_t *out;
	int64_t id; /* PO_CREATE: the store id to give the pilot, 0 for a new one */
};

static int tx_pilot(void *ctx, struct store *s, struct wp_err *e)
{
	struct pilot_arg *a = ctx;
	struct ws *w = a->w;
	int rc;
	switch (a->op) {
	case PO_TODO_DONE:
		return store_pilot_todo_done(s, w, a->pi, a->nr, a->val, e);
	case PO_STATUS:
		return store_pilot_status(s, w, a->pi, a->val, e);
	case PO_CREATE: /* with a->id: under that store id again (redo of an undone create) */
		rc = store_pilot_create(s, w, a->text, a->ziel, a->ozg, a->out, e);
		if (!rc && a->id)
			rc = store_pilot_set_id(s, w, *a->out, a->id, e);
		return rc || !a->n ? rc : store_pilot_members(s, w, *a->out, 1, a->objs, a->n, e);
	case PO_MEMBERS:
		return store_pilot_members(s, w, a->pi, a->val, a->objs, a->n, e);
	case PO_RENAME:
		return store_pilot_rename(s, w, a->pi, a->text, e);
	case PO_DELETE:
		return store_pilot_delete(s, w, a->pi, e);
	case PO_OZG:
		return store_pilot_ozg(s, w, a->pi, a->text, e);
	case PO_TODO_DROP: { /* the last checklist item (undo of PO_TODO_ADD) */
		struct pilot *p = &w->pilot[a->pi];
		if (!p->n_todos)
			return wp_fail(e, WP_ENOTFOUND, "%s", _("den Punkt gibt es nicht mehr"));
		p->n_todos--;
		if ((rc = store_save_pilot(s, w, a->pi, e)))
			p->n_todos++;
		return rc;
	}
	default:
		return store_pilot_todo_add(s, w, a->pi, a->text, e);
	}
}

static int pilot_tx(struct store *s, struct pilot_arg *a, struct wp_err *e)
{
	if (a->op != PO_CREATE && a->pi >= a->w->n_pilot)
		return wp_fail(e, WP_ENOTFOUND, "%s", _("den Piloten gibt es nicht mehr"));
	return store_tx(s, tx_pilot, a, e);
}

/* An undoable pilot step: op on the pilot with store id, value old before and neu after. */
struct pilot_step {
	int op;
	int64_t id;
	size_t nr;
	int old, neu;
};

static int pilot_apply(void *ctx, int undo, struct store *s, struct ws *w, struct wp_err *e)
{
	const struct pilot_step *st = ctx;
	struct pilot_arg a = { .op = st->op, .w = w, .pi = edit_find_pilot(w, st->id),
			       .nr = st->nr, .val = undo ? st->old : st->neu };
	return pilot_tx(s, &a, e);
}

static void pilot_describe(const void *ctx, const struct ws *w, int undo, char *buf, size_t n)
{
	const struct pilot_step *st = ctx;
	uint32_t pi = edit_find_pilot(w, st->id);
	const char *name = pi != WP_NONE ? w->pilot[pi].name : "?";
	int v = undo ? st->old : st->neu;
	if (st->op == PO_STATUS)
		snprintf(buf, n, _("Pilot \"%s\": Status %s"), name,
			 _(enum_label(EK_PILOT_STATUS, v)));
	else
		snprintf(buf, n, v ? _("Pilot \"%s\": Punkt %zu erledigt")
				   : _("Pilot \"%s\": Punkt %zu wieder offen"), name, st->nr);
}

static const struct edit_ext_ops pilot_ops = { pilot_apply, pilot_describe, free };

/* Does a (PO_TODO_DONE or PO_STATUS, value a->val, previously old) and journals it. */
static int pilot_step(struct edit_log *l, struct store *s, struct pilot_arg *a, int old,
		      struct wp_err *e)
{
	int rc = pilot_tx(s, a, e);
	if (rc || !l)
		return rc;
	struct pilot_step *st = malloc(sizeof *st);
	if (!st)
		return wp_nomem(e);
	*st = (struct pilot_step){ a->op, a->w->pilot[a->pi].id, a->nr, old, a->val };
	return edit_journal_ext(l, &pilot_ops, st) ? wp_nomem(e) : 0;
}

int edit_pilot_todo_done(struct edit_log *l, struct store *s, struct ws *w, uint32_t pi,
			 size_t nr, int done, struct wp_err *e)
{
	struct pilot_arg a = { .op = PO_TODO_DONE, .w = w, .pi = pi, .nr = nr, .val = !!done };
	int old = pi < w->n_pilot && nr >= 1 && nr <= w->pilot[pi].n_todos
			  ? w->pilot[pi].todos[nr - 1].done : 0;
	return pilot_step(l, s, &a, old, e);
}

int edit_pilot_status(struct edit_log *l, struct store *s, struct ws *w, uint32_t pi,
		      int status, struct wp_err *e)
{
	struct pilot_arg a = { .op = PO_STATUS, .w = w, .pi = pi, .val = status };
	return pilot_step(l, s, &a, pi < w->n_pilot ? w->pilot[pi].status : 0, e);
}

/* An undo step with texts: a created pilot (undo deletes it, redo creates it again with
 * its members, under its store id) or an appended checklist item (undo drops it, redo
 * appends it again). */
struct text_step {
	int op;          /* PO_CREATE or PO_TODO_ADD */
	int64_t id;      /* the pilot's store id */
	char *text, *ziel, *ozg; /* PO_CREATE: name, goal, OZG link; PO_TODO_ADD: the item */
	int64_t *members; /* PO_CREATE: store ids of the members */
	size_t n;
};

static void text_release(void *ctx)
{
	struct text_step *st = ctx;
	if (st) {
		free(st->text);
		free(st->ziel);
		free(st->ozg);
		free(st->members);
		free(st);
	}
}

static int text_apply(void *ctx, int undo, struct store *s, struct ws *w, struct wp_err *e)
{
	struct text_step *st = ctx;
	uint32_t pi = edit_find_pilot(w, st->id);
	struct pilot_arg a = { .w = w, .pi = pi, .text = st->text };
	if (st->op == PO_TODO_ADD) {
		a.op = undo ? PO_TODO_DROP : PO_TODO_ADD;
		return pilot_tx(s, &a, e);
	}
	if (undo) {
		a.op = PO_DELETE;
		return pilot_tx(s, &a, e);
	}
	uint32_t *objs = malloc((st->n ? st->n : 1) * sizeof *objs);
	if (!objs)
		return wp_nomem(e);
	for (size_t i = 0; i < st->n; i++) /* members gone meanwhile stay out */
		if ((objs[a.n] = edit_find_id(w, st->members[i])) != WP_NONE)
			a.n++;
	a.op = PO_CREATE;
	a.ziel = st->ziel;
	a.ozg = st->ozg;
	a.objs = objs;
	a.out = &pi;
	a.id = st->id; /* the id later steps of the journal name it by */
	int rc = pilot_tx(s, &a, e);
	free(objs);
	return rc;
}

static void text_describe(const void *ctx, const struct ws *w, int undo, char *buf, size_t n)
{
	const struct text_step *st = ctx;
	(void)w;
	if (st->op == PO_CREATE)
		snprintf(buf, n, undo ? _("Pilot \"%s\" entfernt") : _("Pilot \"%s\" angelegt"),
			 st->text);
	else
		snprintf(buf, n, undo ? _("Punkt \"%s\" entfernt") : _("Punkt \"%s\" angelegt"),
			 st->text);
}

static const struct edit_ext_ops text_ops = { text_apply, text_describe, text_release };

/* Journals the done text step of op on pilot pi (text, ziel, ozg copied). */
static int text_journal(struct edit_log *l, const struct ws *w, int op, uint32_t pi,
			const char *text, const char *ziel, const char *ozg, struct wp_err *e)
{
	if (!l)
		return 0;
	const struct pilot *p = &w->pilot[pi];
	struct text_step *st = calloc(1, sizeof *st);
	if (!st || !(st->text = strdup(text ? text : "")) ||
	    !(st->ziel = strdup(ziel ? ziel : "")) || !(st->ozg = strdup(ozg ? ozg : "")) ||
	    (op == PO_CREATE &&
	     !(st->members = malloc((p->n_members ? p->n_members : 1) * sizeof *st->members)))) {
		text_release(st);
		return wp_nomem(e);
	}
	st->op = op;
	st->id = p->id;
	if (op == PO_CREATE)
		for (size_t i = 0; i < p->n_members; i++)
			st->members[st->n++] = w->obj[p->members[i]].id;
	return edit_journal_ext(l, &text_ops, st) ? wp_nomem(e) : 0;
}

int edit_pilot_create(struct edit_log *l, struct store *s, struct ws *w, const char *name,
		      const char *ziel, const char *ozg, const uint32_t *objs, size_t n,
		      uint32_t *out, struct wp_err *e)
{
	uint32_t pi = WP_NONE;
	struct pilot_arg a = { .op = PO_CREATE, .w = w, .text = name, .ziel = ziel, .ozg = ozg,
			       .objs = objs, .n = n, .out = &pi };
	int rc = pilot_tx(s, &a, e);
	if (rc)
		return rc;
	if (out)
		*out = pi;
	return text_journal(l, w, PO_CREATE, pi, name, ziel, ozg, e);
}

int edit_pilot_members(struct store *s, struct ws *w, uint32_t pi, int add,
		       const uint32_t *objs, size_t n, struct wp_err *e)
{
	struct pilot_arg a = { .op = PO_MEMBERS, .w = w, .pi = pi, .val = add, .objs = objs,
			       .n = n };
	return pilot_tx(s, &a, e);
}

int edit_pilot_rename(struct store *s, struct ws *w, uint32_t pi, const char *name,
		      struct wp_err *e)
{
	struct pilot_arg a = { .op = PO_RENAME, .w = w, .pi = pi, .text = name };
	return pilot_tx(s, &a, e);
}

int edit_pilot_delete(struct store *s, struct ws *w, uint32_t pi, struct wp_err *e)
{
	struct pilot_arg a = { .op = PO_DELETE, .w = w, .pi = pi };
	return pilot_tx(s, &a, e);
}

int edit_pilot_ozg(struct store *s, struct ws *w, uint32_t pi, const char *ozg,
		   struct wp_err *e)
{
	struct pilot_arg a = { .op = PO_OZG, .w = w, .pi = pi, .text = ozg };
	return pilot_tx(s, &a, e);
}

int edit_pilot_todo_add(struct edit_log *l, struct store *s, struct ws *w, uint32_t pi,
			const char *text, struct wp_err *e)
{
	struct pilot_arg a = { .op = PO_TODO_ADD, .w = w, .pi = pi, .text = text };
	int rc = pilot_tx(s, &a, e);
	return rc ? rc : text_journal(l, w, PO_TODO_ADD, pi, text, NULL, NULL, e);
}

/* ---- waves and settings ---- */

struct wave_arg {
	struct ws *w;
	const struct plan_params *p;
	int nr;
	double kap;
};

static int tx_wave(void *ctx, struct store *s, struct wp_err *e)
{
	struct wave_arg *a = ctx;
	return store_welle_kapazitaet(s, a->w, a->p, a->nr, a->kap, e);
}

int edit_welle_kapazitaet(struct store *s, struct ws *w, const struct plan_params *p, int nr,
			  double kap, struct wp_err *e)
{
	struct wave_arg a = { w, p, nr, kap };
	return store_tx(s, tx_wave, &a, e);
}

static int tx_settings(void *ctx, struct store *s, struct wp_err *e)
{
	return store_save_settings(s, ctx, e);
}

int edit_settings(struct store *s, struct ws *w, struct wp_err *e)
{
	return store_tx(s, tx_settings, w, e);
}
