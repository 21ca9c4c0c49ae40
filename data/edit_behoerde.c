/* Behörden edits with undo steps: rename, move, merge, remove. Each step knows its
 * Behörden and objects by store id, changes memory first (mem_step), writes the changed
 * rows in one transaction (tx_step) and changes memory back when the write fails. */
#include "data/edit_behoerde.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/edit_priv.h"
#include "model/behname.h"
#include "model/i18n.h"

enum { BS_RENAME, BS_MOVE, BS_MERGE, BS_REMOVE };

struct beh_step {
	int art;
	int64_t id;               /* the Behörde (von for a merge) */
	const char *name[2];      /* BS_RENAME: [0] before, [1] after (pool strings) */
	int64_t par[2];           /* BS_MOVE: parent id before / after, 0 = top level */
	struct behoerde gone;     /* BS_MERGE, BS_REMOVE: the removed Behörde (pool strings) */
	int64_t gone_par;         /*   its parent id, 0 = top level */
	uint32_t gone_at;         /*   its index */
	int64_t nach;             /* BS_MERGE: the Behörde merged into … */
	const char *nach_kgst, *nach_kontakt; /* … its KGSt number and contact before */
	int64_t *moved;           /* BS_MERGE: ids of the objects, then of the Behörden moved */
	size_t n_obj, n_kids;
};

static int err_gone(struct wp_err *e)
{
	return wp_fail(e, WP_ENOTFOUND, "%s", _(BEH_TXT_GONE));
}

int edit_beh_name_check(const struct ws *w, const char *name, uint32_t self, char *out,
			size_t n, struct wp_err *e)
{
	if (beh_name_norm(name ? name : "", out, n) >= n || strlen(out) > BEH_NAME_MAX)
		return wp_fail(e, WP_EINVAL, _("der Name ist zu lang (höchstens %d Bytes)"),
			       BEH_NAME_MAX);
	if (!*out)
		return wp_fail(e, WP_EINVAL, "%s", _("der Name der Behörde darf nicht leer sein"));
	uint32_t o = beh_find(w, out, self);
	if (o != WP_NONE)
		return wp_fail(e, WP_EEXIST,
			       _("die Behörde \"%s\" gibt es schon (Groß- und Kleinschreibung zählen "
				 "nicht); um beide zu einer zu machen: zusammenführen"),
			       w->beh[o].name);
	return 0;
}

static int64_t id_of(const struct ws *w, uint32_t b)
{
	return b < w->n_beh ? w->beh[b].id : 0;
}

/* Puts Behörde value *b at index at, higher indexes shifting up by one; its parent is set
 * from parent_id. Returns 0 or -WP_ENOMEM. */
static int insert_beh(struct ws *w, uint32_t at, const struct behoerde *b, int64_t parent_id)
{
	if (ws_add_behoerde(w, b->name, WP_NONE) == WP_NONE)
		return -WP_ENOMEM;
	size_t n = w->n_beh - 1;
	if (at > n)
		at = (uint32_t)n;
	for (size_t i = 0; i < n; i++)
		if (w->beh[i].parent != WP_NONE && w->beh[i].parent >= at)
			w->beh[i].parent++;
	for (size_t i = 0; i < w->n_obj; i++)
		if (w->obj[i].behoerde != WP_NONE && w->obj[i].behoerde >= at)
			w->obj[i].behoerde++;
	memmove(&w->beh[at + 1], &w->beh[at], (n - at) * sizeof *w->beh);
	w->beh[at] = *b;
	w->beh[at].parent = parent_id ? edit_find_beh(w, parent_id) : WP_NONE;
	return 0;
}

/* Records Behörde b as st->gone before it is removed. */
static void keep_gone(struct beh_step *st, const struct ws *w, uint32_t b)
{
	st->gone = w->beh[b];
	st->gone_par = id_of(w, w->beh[b].parent);
	st->gone_at = b;
}

/* Merge forwards in memory: lists what moves, moves it, removes von. */
static int merge_fwd(struct beh_step *st, struct ws *w, uint32_t von, uint32_t nach)
{
	size_t no = beh_count_objects(w, von), nk = beh_count_children(w, von), k = 0;
	int64_t *m = malloc((no + nk + 1) * sizeof *m);
	if (!m)
		return -WP_ENOMEM;
	free(st->moved);
	st->moved = m;
	st->n_obj = no;
	st->n_kids = nk;
	for (size_t i = 0; i < w->n_obj; i++)
		if (w->obj[i].behoerde == von) {
			m[k++] = w->obj[i].id;
			w->obj[i].behoerde = nach;
		}
	for (size_t i = 0; i < w->n_beh; i++)
		if (w->beh[i].parent == von) {
			m[k++] = w->beh[i].id;
			w->beh[i].parent = nach;
		}
	struct behoerde *n = &w->beh[nach];
	st->nach_kgst = n->kgst;
	st->nach_kontakt = n->kontakt;
	if (!*n->kgst)
		n->kgst = w->beh[von].kgst;
	if (!*n->kontakt)
		n->kontakt = w->beh[von].kontakt;
	keep_gone(st, w, von);
	edit_remove_beh(w, von);
	return 0;
}

/* Merge backwards in memory: von back at its index, its objects and children back. */
static int merge_back(struct beh_step *st, struct ws *w)
{
	uint32_t nach = edit_find_beh(w, st->nach);
	if (nach == WP_NONE)
		return -WP_ENOTFOUND;
	w->beh[nach].kgst = st->nach_kgst;
	w->beh[nach].kontakt = st->nach_kontakt;
	if (insert_beh(w, st->gone_at, &st->gone, st->gone_par))
		return -WP_ENOMEM;
	uint32_t von = edit_find_beh(w, st->id);
	for (size_t i = 0; i < st->n_obj; i++) {
		uint32_t o = edit_find_id(w, st->moved[i]);
		if (o != WP_NONE)
			w->obj[o].behoerde = von;
	}
	for (size_t i = 0; i < st->n_kids; i++) {
		uint32_t b = edit_find_beh(w, st->moved[st->n_obj + i]);
		if (b != WP_NONE)
			w->beh[b].parent = von;
	}
	return 0;
}

/* -WP_EINVAL naming what Behörde b still holds, or 0 when it is empty. */
static int refuse_not_empty(const struct ws *w, uint32_t b, struct wp_err *e)
{
	size_t no = beh_count_objects(w, b), nk = beh_count_children(w, b);
	char what[128];
	if (no)
		snprintf(what, sizeof what, ngettext("%zu Objekt zugeordnet", "%zu Objekte zugeordnet", no), no);
	else if (nk)
		snprintf(what, sizeof what,
			 ngettext("%zu untergeordnete Behörde", "%zu untergeordnete Behörden", nk), nk);
	else
		return 0;
	return wp_fail(e, WP_EINVAL,
		       _("die Behörde \"%s\" ist nicht leer (%s); erst zusammenführen oder "
			 "verschieben"),
		       w->beh[b].name, what);
}

/* Checks step st in direction fwd against w as it is now, then changes w in memory.
 * Returns 0 or -WP_E* with w unchanged. */
static int mem_step(struct beh_step *st, struct ws *w, int fwd, struct wp_err *e)
{
	uint32_t b = edit_find_beh(w, st->id), p;
	int gone_now = !fwd && (st->art == BS_MERGE || st->art == BS_REMOVE);
	if (gone_now ? b != WP_NONE : b == WP_NONE)
		return gone_now ? wp_fail(e, WP_EEXIST, _("die Behörde \"%s\" gibt es schon"),
					  st->gone.name)
				: err_gone(e);
	char tb[BEH_NAME_MAX + 1];
	int rc;
	switch (st->art) {
	case BS_RENAME:
		if ((rc = edit_beh_name_check(w, st->name[fwd], b, tb, sizeof tb, e)))
			return rc;
		w->beh[b].name = st->name[fwd];
		return 0;
	case BS_MOVE:
		p = st->par[fwd] ? edit_find_beh(w, st->par[fwd]) : WP_NONE;
		if (st->par[fwd] && p == WP_NONE)
			return err_gone(e);
		if (beh_would_cycle(w, b, p))
			return wp_fail(e, WP_EINVAL,
				       _("die Behörde \"%s\" kann nicht unter \"%s\" stehen: das liegt in "
					 "ihrem eigenen Zweig"),
				       w->beh[b].name, w->beh[p].name);
		w->beh[b].parent = p;
		return 0;
	case BS_REMOVE:
		if (!fwd)
			return insert_beh(w, st->gone_at, &st->gone, st->gone_par) ? wp_nomem(e) : 0;
		if ((rc = refuse_not_empty(w, b, e)))
			return rc;
		keep_gone(st, w, b);
		edit_remove_beh(w, b);
		return 0;
	default: /* BS_MERGE */
		if (!fwd)
			return (rc = merge_back(st, w)) == -WP_ENOTFOUND ? err_gone(e)
			       : rc ? wp_nomem(e) : 0;
		p = edit_find_beh(w, st->nach);
		if (p == WP_NONE)
			return err_gone(e);
		if (p == b)
			return wp_fail(e, WP_EINVAL, "%s",
				       _("eine Behörde kann nicht mit sich selbst zusammengeführt werden"));
		if (beh_would_cycle(w, b, p))
			return wp_fail(e, WP_EINVAL,
				       _("\"%s\" liegt unter \"%s\": erst \"%s\" verschieben, dann "
					 "zusammenführen"),
				       w->beh[p].name, w->beh[b].name, w->beh[p].name);
		return merge_fwd(st, w, b, p) ? wp_nomem(e) : 0;
	}
}

struct tx_arg {
	struct beh_step *st;
	struct ws *w;
	int fwd;
};

/* Writes the rows step st changed in memory (direction fwd); w is already changed. */
static int tx_step(void *ctx, struct store *s, struct wp_err *e)
{
	struct tx_arg *a = ctx;
	struct beh_step *st = a->st;
	struct ws *w = a->w;
	uint32_t b = edit_find_beh(w, st->id);
	int rc = 0;
	if (st->art == BS_RENAME || st->art == BS_MOVE)
		return store_save_behoerde(s, w, b, e);
	if (!a->fwd && (rc = store_insert_behoerde_row(s, &st->gone, st->gone_par, e)))
		return rc;
	if (st->art == BS_MERGE) {
		for (size_t i = 0; i < st->n_obj && !rc; i++) {
			uint32_t o = edit_find_id(w, st->moved[i]);
			rc = o != WP_NONE ? store_save_objekt(s, w, o, e) : 0;
		}
		for (size_t i = 0; i < st->n_kids && !rc; i++) {
			uint32_t k = edit_find_beh(w, st->moved[st->n_obj + i]);
			rc = k != WP_NONE ? store_save_behoerde(s, w, k, e) : 0;
		}
		if (!rc)
			rc = store_save_behoerde(s, w, edit_find_beh(w, st->nach), e);
	}
	if (!rc && a->fwd)
		rc = store_delete_behoerde(s, st->id, e);
	return rc;
}

/* Runs step st in direction fwd: memory, then one transaction; memory back on failure. */
static int run_step(struct beh_step *st, struct store *s, struct ws *w, int fwd,
		    struct wp_err *e)
{
	int rc = mem_step(st, w, fwd, e);
	if (rc)
		return rc;
	struct tx_arg a = { st, w, fwd };
	if ((rc = store_tx(s, tx_step, &a, e))) {
		struct wp_err ignored = { 0 };
		mem_step(st, w, !fwd, &ignored);
	}
	return rc;
}

static int step_apply(void *ctx, int undo, struct store *s, struct ws *w, struct wp_err *e)
{
	return run_step(ctx, s, w, !undo, e);
}

static void step_describe(const void *ctx, const struct ws *w, int undo, char *buf, size_t n)
{
	const struct beh_step *st = ctx;
	uint32_t b = edit_find_beh(w, st->id), p;
	const char *name = b != WP_NONE ? w->beh[b].name : st->gone.name;
	switch (st->art) {
	case BS_RENAME:
		snprintf(buf, n, _(BEH_TXT_UMBENANNT), st->name[undo],
			 st->name[!undo]);
		break;
	case BS_MOVE:
		p = st->par[!undo] ? edit_find_beh(w, st->par[!undo]) : WP_NONE;
		if (p != WP_NONE)
			snprintf(buf, n, _(BEH_TXT_UNTER), name, w->beh[p].name);
		else
			snprintf(buf, n, _(BEH_TXT_OBEN), name);
		break;
	case BS_MERGE:
		p = edit_find_beh(w, st->nach);
		snprintf(buf, n, undo ? _("Behörde \"%s\" wieder getrennt von \"%s\"")
				      : _(BEH_TXT_ZUSAMMEN),
			 st->gone.name, p != WP_NONE ? w->beh[p].name : "?");
		break;
	default:
		snprintf(buf, n, undo ? _("Behörde \"%s\" wiederhergestellt")
				      : _(BEH_TXT_ENTFERNT), st->gone.name);
		break;
	}
}

static void step_release(void *ctx)
{
	struct beh_step *st = ctx;
	if (st)
		free(st->moved);
	free(st);
}

static const struct edit_ext_ops step_ops = { step_apply, step_describe, step_release };

/* Runs a new step forwards and journals it (l may be NULL); st is taken over. */
static int do_step(struct edit_log *l, struct store *s, struct ws *w, struct beh_step *st,
		   struct wp_err *e)
{
	int rc = run_step(st, s, w, 1, e);
	if (rc || !l) {
		step_release(st);
		return rc;
	}
	return edit_journal_ext(l, &step_ops, st) ? wp_nomem(e) : 0;
}

static struct beh_step *step_new(const struct ws *w, int art, uint32_t b, struct wp_err *e)
{
	if (b >= w->n_beh) {
		err_gone(e);
		return NULL;
	}
	struct beh_step *st = calloc(1, sizeof *st);
	if (!st) {
		wp_nomem(e);
		return NULL;
	}
	st->art = art;
	st->id = w->beh[b].id;
	return st;
}

int edit_beh_rename(struct edit_log *l, struct store *s, struct ws *w, uint32_t b,
		    const char *name, struct wp_err *e)
{
	char tb[BEH_NAME_MAX + 1];
	int rc;
	if (b >= w->n_beh)
		return err_gone(e);
	if ((rc = edit_beh_name_check(w, name, b, tb, sizeof tb, e)))
		return rc;
	struct beh_step *st = step_new(w, BS_RENAME, b, e);
	if (!st)
		return -e->code;
	st->name[0] = w->beh[b].name;
	if (!(st->name[1] = ws_str(w, tb))) {
		step_release(st);
		return wp_nomem(e);
	}
	return do_step(l, s, w, st, e);
}

int edit_beh_move(struct edit_log *l, struct store *s, struct ws *w, uint32_t b,
		  uint32_t parent, struct wp_err *e)
{
	struct beh_step *st = step_new(w, BS_MOVE, b, e);
	if (!st)
		return -e->code;
	st->par[0] = id_of(w, w->beh[b].parent);
	st->par[1] = id_of(w, parent);
	return do_step(l, s, w, st, e);
}

int edit_beh_merge(struct edit_log *l, struct store *s, struct ws *w, uint32_t von,
		   uint32_t nach, struct wp_err *e)
{
	if (nach >= w->n_beh)
		return err_gone(e);
	struct beh_step *st = step_new(w, BS_MERGE, von, e);
	if (!st)
		return -e->code;
	st->nach = w->beh[nach].id;
	return do_step(l, s, w, st, e);
}

int edit_beh_remove(struct edit_log *l, struct store *s, struct ws *w, uint32_t b,
		    struct wp_err *e)
{
	struct beh_step *st = step_new(w, BS_REMOVE, b, e);
	return st ? do_step(l, s, w, st, e) : -e->code;
}
