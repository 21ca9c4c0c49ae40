/* Pilot and settings writes in one transaction each, with undo steps for the journal. */
#include "data/edit_plan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/store_pilot.h"
#include "model/enums.h"
#include "model/i18n.h"

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

char *edit_pilot_status_text(const char *name, int status, char *buf, size_t n)
{
	snprintf(buf, n, _("Pilot \"%s\": Status %s"), name,
		 _(enum_label(EK_PILOT_STATUS, status)));
	return buf;
}

static void pilot_describe(const void *ctx, const struct ws *w, int undo, char *buf, size_t n)
{
	const struct pilot_step *st = ctx;
	uint32_t pi = edit_find_pilot(w, st->id);
	const char *name = pi != WP_NONE ? w->pilot[pi].name : "?";
	int v = undo ? st->old : st->neu;
	if (st->op == PO_STATUS)
		edit_pilot_status_text(name, v, buf, n);
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

/* ---- settings ---- */

static int tx_settings(void *ctx, struct store *s, struct wp_err *e)
{
	return store_save_settings(s, ctx, e);
}

int edit_settings(struct store *s, struct ws *w, struct wp_err *e)
{
	return store_tx(s, tx_settings, w, e);
}
