/* Decision log steps for the edit journal: a snapshot of the decision (owning its strings,
 * so it outlives a reload of the workspace) and the step that adds or removes it. */
#include "data/edit_beschluss.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/date.h"
#include "model/i18n.h"

struct bes_step {
	int add;            /* 1: the step recorded the decision, 0: it removed it */
	struct beschluss b; /* the decision with its store id; strings and links owned */
};

static void step_release(void *ctx)
{
	struct bes_step *st = ctx;
	if (!st)
		return;
	for (size_t i = 0; i < st->b.n_links; i++)
		free((char *)st->b.links[i].text);
	free(st->b.links);
	free((char *)st->b.gremium);
	free((char *)st->b.text);
	free((char *)st->b.szenario);
	free(st);
}

static char *dup_or_null(const char *s)
{
	return s ? strdup(s) : NULL;
}

/* A step holding a copy of decision b. NULL on out of memory. */
static struct bes_step *step_new(int add, const struct beschluss *b)
{
	struct bes_step *st = calloc(1, sizeof *st);
	if (!st)
		return NULL;
	st->add = add;
	st->b = *b;
	st->b.links = NULL;
	st->b.n_links = 0;
	st->b.gremium = strdup(b->gremium);
	st->b.text = strdup(b->text);
	st->b.szenario = strdup(b->szenario);
	if (!st->b.gremium || !st->b.text || !st->b.szenario ||
	    (b->n_links && !(st->b.links = calloc(b->n_links, sizeof *st->b.links)))) {
		step_release(st);
		return NULL;
	}
	for (size_t i = 0; i < b->n_links; i++, st->b.n_links++) {
		st->b.links[i] = b->links[i];
		st->b.links[i].text = dup_or_null(b->links[i].text);
		if (b->links[i].text && !st->b.links[i].text) {
			step_release(st);
			return NULL;
		}
	}
	return st;
}

/* Puts the decision in (in != 0) or takes it out of the log. */
static int step_run(struct bes_step *st, int in, struct store *s, struct ws *w,
		    struct wp_err *e)
{
	uint32_t i = beschluss_find_id(w, st->b.id);
	if (in)
		return i != WP_NONE ? wp_fail(e, WP_EEXIST, _("diesen Beschluss gibt es schon"))
				    : store_beschluss_add(s, w, &st->b, NULL, e);
	return i == WP_NONE ? wp_fail(e, WP_ENOTFOUND, _(BESCHLUSS_TXT_GONE))
			    : store_beschluss_remove(s, w, i, e);
}

static int step_apply(void *ctx, int undo, struct store *s, struct ws *w, struct wp_err *e)
{
	struct bes_step *st = ctx;
	return step_run(st, st->add != undo, s, w, e);
}

static void step_describe(const void *ctx, const struct ws *w, int undo, char *buf, size_t n)
{
	const struct bes_step *st = ctx;
	char d[16];
	(void)w;
	date_format(st->b.datum, 1, d, sizeof d);
	if (st->add != undo)
		snprintf(buf, n, undo ? _("Beschluss vom %s (%s) wiederhergestellt")
				      : _(BESCHLUSS_TXT_ERFASST), d, st->b.gremium);
	else
		snprintf(buf, n, _(BESCHLUSS_TXT_ENTFERNT), d, st->b.gremium);
}

static const struct edit_ext_ops step_ops = { step_apply, step_describe, step_release };

/* Journals a done step; st is taken over. */
static int journal(struct edit_log *l, struct bes_step *st, struct wp_err *e)
{
	if (!l) {
		step_release(st);
		return 0;
	}
	return edit_journal_ext(l, &step_ops, st) ? wp_nomem(e) : 0;
}

int edit_beschluss_add(struct edit_log *l, struct store *s, struct ws *w,
		       const struct beschluss_eingabe *in, uint32_t *out, int *bad,
		       struct wp_err *e)
{
	struct beschluss b;
	uint32_t i;
	int rc = beschluss_bauen(w, in, &b, bad, e);
	if (rc)
		return rc;
	rc = store_beschluss_add(s, w, &b, &i, e);
	beschluss_free_links(&b, 1);
	if (rc)
		return rc;
	if (out)
		*out = i;
	struct bes_step *st = step_new(1, &w->bes[i]);
	return st ? journal(l, st, e) : wp_nomem(e);
}

int edit_beschluss_remove(struct edit_log *l, struct store *s, struct ws *w, uint32_t i,
			  struct wp_err *e)
{
	if (i >= w->n_bes)
		return wp_fail(e, WP_ENOTFOUND, _(BESCHLUSS_TXT_GONE));
	struct bes_step *st = step_new(0, &w->bes[i]);
	if (!st)
		return wp_nomem(e);
	int rc = store_beschluss_remove(s, w, i, e);
	if (rc) {
		step_release(st);
		return rc;
	}
	return journal(l, st, e);
}
