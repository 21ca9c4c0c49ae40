/* Zeitplan writes with undo steps: a pin, a capacity change or a new plan, each with the
 * stored plan before and after as a snapshot of its rows. */
#include "data/edit_zeitplan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/edit_priv.h"
#include "data/store_plan.h"
#include "model/i18n.h"
#include "model/monat.h"

enum { ZS_PLAN, ZS_PIN, ZS_KAP };

struct zp_step {
	int art;
	struct ws *w;
	struct assessment *const *as;
	const struct zeitplan *z;            /* ZS_PLAN, first run: the plan to store */
	struct edit_plan_snaps snaps;        /* stored plan before and after the step */
	int64_t id;                          /* ZS_PIN: the object's store id */
	int32_t pin_old, pin_neu;
	int32_t von, bis, kap;               /* ZS_KAP */
	struct kap_monat *kap_old;           /* ZS_KAP: the exceptions of von..bis before */
	size_t n_kap_old;
	int undo, first;
};

static const struct assessment *cur_as(const struct ws *w, struct assessment *const *as)
{
	return as && *as && (*as)->n_obj == w->n_obj ? *as : NULL;
}

int edit_zeitplan_neu(struct store *s, const struct ws *w, const struct assessment *a,
		      struct wp_err *e)
{
	struct zeitplan_params p;
	struct zeitplan *z = NULL;
	int rc = store_zeitplan_params(s, &p, e);
	if (rc <= 0)
		return rc;
	if (!a)
		return wp_fail(e, WP_EINVAL, "%s", _("Neuplanung ohne Bewertung nicht möglich"));
	if ((rc = zeitplan_run(w, a, &p, &z)))
		return rc == -WP_ENOMEM ? wp_nomem(e)
					: wp_fail(e, WP_EINVAL, "%s",
						  _(ZEITPLAN_NEUPLANUNG_FEHLER));
	rc = store_save_zeitplan(s, w, z, e);
	zeitplan_free(&z);
	return rc;
}

/* The pin step: object by id, pin and stored plan. */
static int pin_write(struct store *s, struct zp_step *st, struct wp_err *e)
{
	uint32_t o = edit_find_id(st->w, st->id);
	if (o == WP_NONE)
		return edit_err_gone(e);
	st->w->obj[o].pin_monat = st->undo ? st->pin_old : st->pin_neu;
	return store_save_objekt(s, st->w, o, e);
}

static int kap_write(struct store *s, struct zp_step *st, struct wp_err *e)
{
	if (!st->undo)
		return store_kapazitaet(s, st->w, st->von, st->bis, st->kap, e);
	int rc = store_kapazitaet(s, st->w, st->von, st->bis, -1, e);
	for (size_t i = 0; i < st->n_kap_old && !rc; i++)
		rc = store_kapazitaet(s, st->w, st->kap_old[i].monat, st->kap_old[i].monat,
				      st->kap_old[i].kap, e);
	return rc;
}

static int tx_step(void *ctx, struct store *s, struct wp_err *e)
{
	struct zp_step *st = ctx;
	int rc = 0;
	if (st->art == ZS_PIN)
		rc = pin_write(s, st, e);
	else if (st->art == ZS_KAP)
		rc = kap_write(s, st, e);
	if (rc)
		return rc;
	if (!st->first)
		return store_zeitplan_restore(s, st->undo ? st->snaps.before : st->snaps.after, e);
	if (st->art == ZS_PLAN)
		return store_save_zeitplan(s, st->w, st->z, e);
	return edit_zeitplan_neu(s, st->w, cur_as(st->w, st->as), e);
}

/* Runs the step in one transaction; on failure restores w's pin or capacities. */
static int run_step(struct store *s, void *ctx, struct wp_err *e)
{
	struct zp_step *st = ctx;
	struct ws *w = st->w;
	uint32_t o = st->art == ZS_PIN ? edit_find_id(w, st->id) : WP_NONE;
	int32_t pin = o != WP_NONE ? w->obj[o].pin_monat : 0;
	struct kap_monat *kap = NULL;
	size_t n_kap = w->n_kap;
	if (st->art == ZS_KAP) {
		kap = malloc((n_kap ? n_kap : 1) * sizeof *kap);
		if (!kap)
			return wp_nomem(e);
		if (n_kap)
			memcpy(kap, w->kap, n_kap * sizeof *kap);
	}
	int rc = store_tx(s, tx_step, st, e);
	if (rc && o != WP_NONE)
		w->obj[o].pin_monat = pin;
	if (rc && kap) {
		free(w->kap);
		w->kap = kap;
		w->n_kap = n_kap;
		kap = NULL;
	}
	free(kap);
	return rc;
}

static int step_apply(void *ctx, int undo, struct store *s, struct ws *w, struct wp_err *e)
{
	struct zp_step *st = ctx;
	st->w = w;
	st->undo = undo;
	st->first = 0;
	return run_step(s, st, e);
}

static void step_describe(const void *ctx, const struct ws *w, int undo, char *buf, size_t n)
{
	const struct zp_step *st = ctx;
	char m1[16], m2[16];
	if (st->art == ZS_PLAN) {
		snprintf(buf, n, "%s", !undo ? _("der neue Plan")
				      : store_zeitplan_snap_have(st->snaps.before) ? _("der vorige Plan")
							 : _("kein gespeicherter Plan"));
	} else if (st->art == ZS_PIN) {
		uint32_t o = edit_find_id(w, st->id);
		const char *k = o != WP_NONE ? w->obj[o].kennung : "?";
		int32_t m = undo ? st->pin_old : st->pin_neu;
		if (m)
			snprintf(buf, n, _("Beginn von %s auf %s festgelegt"), k,
				 monat_format(m, 1, m1, sizeof m1));
		else
			snprintf(buf, n, _("Beginn von %s nicht festgelegt"), k);
	} else {
		snprintf(buf, n, undo ? _("Kapazität %s–%s wie zuvor") : _("Kapazität %s–%s geändert"),
			 monat_format(st->von, 1, m1, sizeof m1), monat_format(st->bis, 1, m2, sizeof m2));
	}
}

static void step_release(void *ctx)
{
	struct zp_step *st = ctx;
	if (!st)
		return;
	edit_plan_snaps_free(&st->snaps);
	free(st->kap_old);
	free(st);
}

static const struct edit_ext_ops step_ops = { step_apply, step_describe, step_release };

/* Runs a new step (edit_plan_step): its first run writes and plans. */
static int do_step(struct edit_log *l, struct store *s, struct zp_step *st, struct wp_err *e)
{
	st->first = 1;
	return edit_plan_step(l, s, &step_ops, st, &st->snaps, run_step, e);
}

int edit_zeitplan_save(struct edit_log *l, struct store *s, struct ws *w,
		       struct assessment *const *as, const struct zeitplan *z, struct wp_err *e)
{
	struct zp_step *st = calloc(1, sizeof *st);
	if (!st)
		return wp_nomem(e);
	*st = (struct zp_step){ .art = ZS_PLAN, .w = w, .as = as, .z = z };
	return do_step(l, s, st, e);
}

int edit_zeitplan_pin(struct edit_log *l, struct store *s, struct ws *w,
		      struct assessment *const *as, uint32_t o, int32_t monat, struct wp_err *e)
{
	if (o >= w->n_obj)
		return edit_err_gone(e);
	const struct assessment *a = cur_as(w, as);
	if (monat && a && a->obj[o].strategie == STRAT_RETAIN)
		return wp_fail(e, WP_EINVAL,
			       _("%s hat die Strategie Retain und wird nicht geplant: eine "
				 "Festlegung des Beginns ist nicht möglich"),
			       w->obj[o].kennung);
	if (monat && w->obj[o].stand == STAND_MIGRIERT)
		return wp_fail(e, WP_EINVAL,
			       _("%s ist bereits migriert und wird nicht geplant: eine Festlegung "
				 "des Beginns ist nicht möglich"),
			       w->obj[o].kennung);
	struct zp_step *st = calloc(1, sizeof *st);
	if (!st)
		return wp_nomem(e);
	*st = (struct zp_step){ .art = ZS_PIN, .w = w, .as = as, .id = w->obj[o].id,
				.pin_old = w->obj[o].pin_monat, .pin_neu = monat };
	return do_step(l, s, st, e);
}

int edit_kapazitaet(struct edit_log *l, struct store *s, struct ws *w,
		    struct assessment *const *as, int32_t von, int32_t bis, int32_t kap,
		    struct wp_err *e)
{
	if (bis < von)
		return wp_fail(e, WP_EINVAL, "%s", _(MONAT_BEREICH_FEHLER));
	struct zp_step *st = calloc(1, sizeof *st);
	if (!st)
		return wp_nomem(e);
	*st = (struct zp_step){ .art = ZS_KAP, .w = w, .as = as, .von = von, .bis = bis,
				.kap = kap };
	st->kap_old = malloc((w->n_kap ? w->n_kap : 1) * sizeof *st->kap_old);
	if (!st->kap_old) {
		free(st);
		return wp_nomem(e);
	}
	for (size_t i = 0; i < w->n_kap; i++)
		if (w->kap[i].monat >= von && w->kap[i].monat <= bis)
			st->kap_old[st->n_kap_old++] = w->kap[i];
	return do_step(l, s, st, e);
}
