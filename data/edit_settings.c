/* One setting changed with its what-if and its undo step (a re-plan of a stored plan
 * included, with the stored plan before and after as snapshots). */
#include "data/edit_settings.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/edit_priv.h"
#include "data/edit_zeitplan.h"
#include "data/store_plan.h"
#include "model/i18n.h"
#include "model/numfmt.h"
#include "model/settings.h"

/* The verdict on object o's recommended platform, with the platform: two objects' pairs
 * compare equal only when both are the same. */
static uint64_t urteil(const struct assessment *a, uint32_t o)
{
	uint32_t p = a->obj[o].empfohlen;
	if (p == WP_NONE || p >= a->n_pf)
		return UINT64_MAX;
	return (uint64_t)p << 8 | a->verdict[(size_t)o * a->n_pf + p];
}

static int64_t summe(const struct kosten *k)
{
	int64_t s = 0;
	for (size_t j = 0; j < k->r->n_jahr; j++)
		s += k->r->jahr[j].summe;
	return s;
}

/* Compares before (a, z, k) and after (na, nz, nk; nz, nk may be NULL) into out. */
static void vergleich(const struct ws *w, const struct assessment *a, const struct zeitplan *z,
		      const struct kosten *k, const struct assessment *na,
		      const struct zeitplan *nz, const struct kosten *nk,
		      struct settings_wirkung *out)
{
	out->plan_ok = z && nz;
	out->kosten_ok = k && nk;
	for (uint32_t o = 0; o < w->n_obj; o++) {
		out->n_urteil += urteil(a, o) != urteil(na, o);
		out->n_strategie += a->obj[o].strategie != na->obj[o].strategie;
		if (out->plan_ok)
			out->n_welle += zeitplan_welle(z, o) != zeitplan_welle(nz, o);
		if (out->kosten_ok && o < k->r->n_obj && o < nk->r->n_obj)
			out->n_kosten += k->r->obj[o].migration != nk->r->obj[o].migration ||
					 k->r->obj[o].ziel != nk->r->obj[o].ziel;
	}
	if (out->kosten_ok) {
		out->migration_vorher = k->r->migration;
		out->migration_nachher = nk->r->migration;
		out->summe_vorher = summe(k);
		out->summe_nachher = summe(nk);
	}
}

int settings_whatif(struct ws *w, const struct assessment *a, const struct zeitplan *z,
		    const struct kosten *k, int id, double value, struct settings_wirkung *out)
{
	struct settings alt = w->set;
	struct assessment *na = NULL;
	struct zeitplan *nz = NULL;
	struct kosten *nk = NULL;
	struct zeitplan_params p;
	int rc = 0;
	memset(out, 0, sizeof *out);
	if (id < 0 || id >= SET__N)
		return 0;
	w->set.v[id] = value;
	if (assess_run(w, &na)) {
		rc = -WP_ENOMEM;
		goto out;
	}
	if (z) {
		zeitplan_params_default(w, 0, &p);
		p.start = z->params.start;
		rc = zeitplan_run(w, na, &p, &nz);
		if (!rc && k)
			rc = kosten_run(w, na, nz, p.start, &nk);
		if (rc == -WP_ENOMEM)
			goto out;
		rc = 0; /* a plan or costs that cannot be computed are reported, not fatal */
	}
	vergleich(w, a, z, k, na, nz, nk, out);
out:
	w->set = alt;
	kosten_free(&nk);
	zeitplan_free(&nz);
	assessment_free(&na);
	return rc;
}

/* ---- the journaled change ---- */

struct set_step {
	struct ws *w;
	int id;
	double alt, neu;
	char *annahme;                       /* the old value's assumption, or NULL */
	struct edit_plan_snaps snaps;        /* the stored plan before and after */
	int undo, first;
};

/* Re-plans a stored plan under w's settings with its own start (inside the transaction). */
static int replan(struct store *s, const struct ws *w, struct wp_err *e)
{
	struct zeitplan_params stored, p;
	struct assessment *a = NULL;
	struct zeitplan *z = NULL;
	int rc = store_zeitplan_params(s, &stored, e);
	if (rc <= 0)
		return rc;
	if (assess_run(w, &a))
		return wp_nomem(e);
	zeitplan_params_default(w, 0, &p);
	p.start = stored.start;
	rc = zeitplan_run(w, a, &p, &z);
	if (rc)
		rc = rc == -WP_ENOMEM ? wp_nomem(e)
				      : wp_fail(e, WP_EINVAL, "%s",
						_(ZEITPLAN_NEUPLANUNG_FEHLER));
	else
		rc = store_save_zeitplan(s, w, z, e);
	zeitplan_free(&z);
	assessment_free(&a);
	return rc;
}

static int tx_set(void *ctx, struct store *s, struct wp_err *e)
{
	struct set_step *st = ctx;
	int rc = store_save_settings(s, st->w, e);
	if (rc)
		return rc;
	if (st->first)
		return replan(s, st->w, e);
	return store_zeitplan_restore(s, st->undo ? st->snaps.before : st->snaps.after, e);
}

/* Writes the step's value (undo: the old one with its assumption) in one transaction; on
 * failure w's settings are as before. */
static int run_step(struct store *s, void *ctx, struct wp_err *e)
{
	struct set_step *st = ctx;
	struct ws *w = st->w;
	double v = w->set.v[st->id];
	const char *ann = w->set_annahme[st->id];
	w->set.v[st->id] = st->undo ? st->alt : st->neu;
	w->set_annahme[st->id] = NULL;
	if (st->undo && st->annahme && !(w->set_annahme[st->id] = ws_str(w, st->annahme))) {
		w->set.v[st->id] = v;
		w->set_annahme[st->id] = ann;
		return wp_nomem(e);
	}
	int rc = store_tx(s, tx_set, st, e);
	if (rc) {
		w->set.v[st->id] = v;
		w->set_annahme[st->id] = ann;
	}
	return rc;
}

static int step_apply(void *ctx, int undo, struct store *s, struct ws *w, struct wp_err *e)
{
	struct set_step *st = ctx;
	st->w = w;
	st->undo = undo;
	st->first = 0;
	return run_step(s, st, e);
}

char *edit_setting_text(int id, double value, char *buf, size_t n)
{
	char v[40];
	snprintf(buf, n, "%s = %s", id >= 0 && id < SET__N ? setting_defs[id].key : "?",
		 format_num(value, 6, 1, i18n_german(), v, sizeof v));
	return buf;
}

static void step_describe(const void *ctx, const struct ws *w, int undo, char *buf, size_t n)
{
	const struct set_step *st = ctx;
	(void)w;
	edit_setting_text(st->id, undo ? st->alt : st->neu, buf, n);
}

static void step_release(void *ctx)
{
	struct set_step *st = ctx;
	if (!st)
		return;
	edit_plan_snaps_free(&st->snaps);
	free(st->annahme);
	free(st);
}

static const struct edit_ext_ops set_ops = { step_apply, step_describe, step_release };

int edit_setting(struct edit_log *l, struct store *s, struct ws *w, int id, double value,
		 struct wp_err *e)
{
	if (id < 0 || id >= SET__N)
		return wp_fail(e, WP_EINVAL, "%s", wp_strerror(WP_EINVAL));
	struct settings probe = w->set;
	int rc = settings_set(&probe, id, value, e);
	if (rc)
		return rc;
	struct set_step *st = calloc(1, sizeof *st);
	if (!st)
		return wp_nomem(e);
	*st = (struct set_step){ .w = w, .id = id, .alt = w->set.v[id], .neu = value, .first = 1 };
	if (w->set_annahme[id] && !(st->annahme = strdup(w->set_annahme[id]))) {
		step_release(st);
		return wp_nomem(e);
	}
	return edit_plan_step(l, s, &set_ops, st, &st->snaps, run_step, e);
}
