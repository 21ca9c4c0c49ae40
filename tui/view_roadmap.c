/* Roadmap (tab 5): the Zeitplan (docs/zeitplan.md) as a Gantt chart (docs/dashboard.md) —
 * one row per object, grouped by Behörde or by strategy (v), groups collapsible (Leertaste),
 * bars across months, quarters or years (+ −), scrolled in time (h l), the load per month
 * against the capacity line below, the not-planned objects last with their reason, and the
 * selected object's reason line. w pins the selected object to a month, W lifts the pin, K
 * sets a month's capacity, p re-plans and stores the plan; all go through the session
 * journal, so u undoes them. x writes the stored plan's CSV. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/edit.h"
#include "data/edit_zeitplan.h"
#include "data/export_zeitplan.h"
#include "data/store_plan.h"
#include "model/enums.h"
#include "model/fields.h"
#include "model/i18n.h"
#include "model/labels.h"
#include "model/lookup.h"
#include "model/monat.h"
#include "model/utf8.h"
#include "tui/actions.h"
#include "tui/dialog.h"
#include "tui/export_dialog.h"
#include "tui/plan_params.h"
#include "tui/planwork.h"
#include "tui/roadmap.h"
#include "tui/session.h"
#include "tui/text.h"

#define LABEL_W 16 /* Kennung column at most */

static const struct table_col columns[RMC__N] = {
	[RMC_MARK] = { " ", NULL, 1, 0, 0, 0, 0 },
	[RMC_KENNUNG] = { LBL_F_KENNUNG, NULL, LABEL_W, 8, 0, 0, 0 },
	[RMC_GRUPPE] = { N_("Gr."), NULL, 3, 0, 1, 0, 0 },
	[RMC_BALKEN] = { " ", NULL, 12, 6, 0, 1, 0 }, /* the axis is drawn over it */
};

static const char *const zoom_name[RZ__N] = { N_("Zoom Monat"), N_("Zoom Quartal"),
						N_("Zoom Jahr") };

static void free_state(struct roadmap *r)
{
	zeitplan_free(&r->zp);
	free(r->grp_key);
	free(r->grp_n);
	free(r->zu);
	free(r->grp_of);
	free(r->sorted);
	free(r->items);
	free(r->verstoss);
	r->grp_key = r->grp_of = r->sorted = r->items = NULL;
	r->grp_n = NULL;
	r->zu = r->verstoss = NULL;
	r->n_grp = r->n_items = r->n_geplant = r->n_frist = 0;
}

/* ---- rows ---- */

static uint32_t grp_key_of(const struct roadmap *r, uint32_t o)
{
	return r->gruppierung == RG_BEHOERDE ? r->env->ws->obj[o].behoerde
					     : r->env->as->obj[o].strategie;
}

/* Row order: group, then Beginn, Ende, Kennung (the not-planned group by Kennung). */
static int cmp_obj(const void *ctx, int key, uint32_t a, uint32_t b)
{
	const struct roadmap *r = ctx;
	const struct sched_obj_out *x = &r->zp->plan->obj[a], *y = &r->zp->plan->obj[b];
	(void)key;
	if (r->grp_of[a] != r->grp_of[b])
		return r->grp_of[a] < r->grp_of[b] ? -1 : 1;
	if (x->beginn != y->beginn)
		return x->beginn < y->beginn ? -1 : 1;
	if (x->ende != y->ende)
		return x->ende < y->ende ? -1 : 1;
	return utf8_collate(r->env->ws->obj[a].kennung, r->env->ws->obj[b].kennung);
}

static int cmp_beh(const void *ctx, int key, uint32_t x, uint32_t y)
{
	const struct ws *w = ctx;
	(void)key;
	return utf8_collate(w->beh[x].name, w->beh[y].name);
}

/* The rows shown: each group's header, then its objects unless it is collapsed; the row of
 * r->keep stays selected. */
static int build_items(struct roadmap *r)
{
	size_t k = 0, i = 0;
	for (size_t g = 0; g < r->n_grp; g++) {
		if (!r->grp_n[g])
			continue;
		r->items[k++] = RM_HDR | (uint32_t)g;
		for (size_t j = 0; j < r->grp_n[g]; j++, i++)
			if (!r->zu[g])
				r->items[k++] = r->sorted[i];
	}
	r->n_items = k;
	return listview_set_source(&r->lv, r->items, k, r->keep);
}

/* Groups, their order and each object's group. Returns 0 or -WP_ENOMEM. */
static int build_groups(struct roadmap *r)
{
	const struct ws *w = r->env->ws;
	size_t nk = r->gruppierung == RG_BEHOERDE ? w->n_beh : (size_t)enum_count(EK_STRATEGIE);
	size_t no = w->n_obj;
	uint32_t *slot = malloc((nk + 1) * sizeof *slot), *scratch = malloc((no + nk + 1) * sizeof *scratch);
	uint8_t *zu_alt = r->zu;
	size_t n_alt = r->n_grp;
	uint32_t *key_alt = r->grp_key;
	int rc = -WP_ENOMEM;
	free(r->grp_n);
	r->grp_key = malloc((nk + 1) * sizeof *r->grp_key);
	r->grp_n = calloc(nk + 1, sizeof *r->grp_n);
	r->zu = calloc(nk + 1, 1);
	if (!slot || !scratch || !r->grp_key || !r->grp_n || !r->zu)
		goto out;
	for (size_t k = 0; k < nk; k++)
		slot[k] = WP_NONE;
	for (size_t o = 0; o < no; o++)
		if (r->zp->plan->obj[o].grund == SG_GEPLANT && grp_key_of(r, (uint32_t)o) < nk)
			slot[grp_key_of(r, (uint32_t)o)] = 1;
	r->n_grp = 0;
	for (size_t k = 0; k < nk; k++)
		if (slot[k] != WP_NONE)
			r->grp_key[r->n_grp++] = (uint32_t)k;
	if (r->gruppierung == RG_BEHOERDE)
		listview_sort(r->grp_key, r->n_grp, scratch, cmp_beh, w, 0, 0);
	for (size_t g = 0; g < r->n_grp; g++)
		slot[r->grp_key[g]] = (uint32_t)g;
	r->grp_key[r->n_grp++] = WP_NONE; /* the not planned */
	/* collapsed groups stay collapsed across a rebuild of the same grouping */
	for (size_t g = 0; zu_alt && key_alt && g < r->n_grp; g++)
		for (size_t h = 0; h < n_alt; h++)
			if (key_alt[h] == r->grp_key[g])
				r->zu[g] = zu_alt[h];
	for (size_t o = 0; o < no; o++) {
		uint32_t k = grp_key_of(r, (uint32_t)o);
		uint32_t g = r->zp->plan->obj[o].grund != SG_GEPLANT || k >= nk ? (uint32_t)r->n_grp - 1
										 : slot[k];
		r->grp_of[o] = g;
		r->grp_n[g]++;
		r->sorted[o] = (uint32_t)o;
	}
	listview_sort(r->sorted, no, scratch, cmp_obj, r, 0, 0);
	rc = build_items(r);
out:
	free(zu_alt);
	free(key_alt);
	free(slot);
	free(scratch);
	return rc;
}

/* Plans the workspace as it is now (the stored plan's parameters are the workspace's
 * settings) and derives the rows. Returns 0 or -WP_ENOMEM; another failure leaves
 * r->zp NULL with the reason in r->err. */
static int build(struct roadmap *r)
{
	const struct ws *w = r->env->ws;
	struct zeitplan_params p;
	uint32_t *key_alt = r->grp_key;
	uint8_t *zu_alt = r->zu;
	size_t n_alt = r->n_grp;
	r->grp_key = NULL;
	r->zu = NULL;
	free_state(r);
	r->grp_key = key_alt;
	r->zu = zu_alt;
	r->n_grp = n_alt;
	r->err[0] = '\0';
	r->vorschau = 0;
	int rc = -WP_ENOTFOUND;
	struct wp_err e = { 0 };
	if (r->env->ses && r->env->ses->store)
		rc = store_load_zeitplan(r->env->ses->store, w, r->env->as, &r->zp, &e);
	if (rc == -WP_ENOTFOUND) { /* nothing stored: what p would store, as a preview */
		pw_plan_params(r->env, &p);
		r->vorschau = 1;
		rc = zeitplan_run(w, r->env->as, &p, &r->zp);
		if (rc < 0 && rc != -WP_ENOMEM)
			snprintf(e.msg, sizeof e.msg, "%s", wp_strerror(-rc));
	}
	if (rc == -WP_ENOMEM)
		return rc;
	if (rc < 0) {
		snprintf(r->err, sizeof r->err, "%s", e.msg);
		return listview_set_source(&r->lv, NULL, 0, 0);
	}
	size_t no = w->n_obj ? w->n_obj : 1;
	r->grp_of = malloc(no * sizeof *r->grp_of);
	r->sorted = malloc(no * sizeof *r->sorted);
	size_t nk = (size_t)enum_count(EK_STRATEGIE) > w->n_beh ? (size_t)enum_count(EK_STRATEGIE)
								 : w->n_beh;
	r->items = malloc((no + nk + 1) * sizeof *r->items);
	r->verstoss = calloc(no, 1);
	if (!r->grp_of || !r->sorted || !r->items || !r->verstoss)
		return -WP_ENOMEM;
	const struct sched_plan *pl = r->zp->plan;
	for (size_t o = 0; o < w->n_obj; o++) {
		r->n_geplant += pl->obj[o].grund == SG_GEPLANT;
		r->n_frist += (pl->obj[o].flags & SF_FRIST) != 0;
	}
	for (size_t i = 0; i < pl->n_verstoss; i++) {
		if (pl->verstoss[i].obj < w->n_obj)
			r->verstoss[pl->verstoss[i].obj] = 1;
		if (pl->verstoss[i].other < w->n_obj)
			r->verstoss[pl->verstoss[i].other] = 1;
	}
	if (r->t0 == 0)
		r->t0 = rm_align(r->zoom, pl->start);
	return build_groups(r);
}

/* ---- layout and drawing ---- */

static void rm_layout(struct view *v, int height, int width)
{
	struct roadmap *r = v->priv;
	r->h = height;
	r->w = width;
	r->hist_h = height >= 30 ? 6 : 3;
	r->kosten_h = height >= 16 ? RM_KOSTEN_H : 0; /* a tiny window keeps its rows */
	r->y_list = 2;
	r->list_h = height - r->y_list - r->hist_h - r->kosten_h - 1;
	if (r->list_h < 2)
		r->list_h = 2;
	table_layout(&r->lv.t, r->list_h, width);
}

static uint32_t sel_item(const struct roadmap *r)
{
	return r->lv.n_rows ? listview_selected(&r->lv) : WP_NONE;
}

static uint32_t rm_selected(struct view *v)
{
	struct roadmap *r = v->priv;
	uint32_t it = r && r->zp ? sel_item(r) : WP_NONE;
	return it == WP_NONE || (it & RM_HDR) ? WP_NONE : it;
}

static const char *grp_name(const struct roadmap *r, size_t g)
{
	if (g + 1 == r->n_grp)
		return _("Nicht geplant");
	return r->gruppierung == RG_BEHOERDE ? r->env->ws->beh[r->grp_key[g]].name
					     : _(enum_label(EK_STRATEGIE, (int)r->grp_key[g]));
}

static void draw_row(void *ctx, const struct table *t, WINDOW *w, int y, uint32_t it,
		     int selected)
{
	struct roadmap *r = ctx;
	const struct theme *th = r->env->theme;
	attr_t base = theme_attr(th, ROLE_ROW, selected);
	char b[512];
	if (it & RM_HDR) {
		size_t g = it & ~RM_HDR;
		snprintf(b, sizeof b, "%s %s (%zu)", r->zu[g] ? "+" : "-", grp_name(r, g), r->grp_n[g]);
		text_put(w, y, 0, b, t->width, theme_attr(th, ROLE_GROUP, selected), TEXT_LEFT);
		return;
	}
	const struct sched_obj_out *so = &r->zp->plan->obj[it];
	const char *mark = r->verstoss[it] ? "!" : (so->flags & SF_PIN) ? theme_glyph(th, GL_MARK) : "";
	table_cell(t, w, y, RMC_MARK, mark,
		   r->verstoss[it] ? theme_attr(th, ROLE_VERDICT_BLOCKED, selected) : base);
	table_cell(t, w, y, RMC_KENNUNG, r->env->ws->obj[it].kennung,
		   (so->flags & SF_FRIST) ? theme_attr(th, ROLE_VERDICT_BLOCKED, selected) : base);
	b[0] = '\0';
	if (so->gruppe != SCHED_NONE) /* pilot P, cycle Z, with the group's number */
		snprintf(b, sizeof b, "%s%u", so->gruppe_art == SGA_PILOT ? "P" : "Z", so->gruppe + 1);
	table_cell(t, w, y, RMC_GRUPPE, b, theme_attr(th, ROLE_GROUP, selected));
	rm_draw_bar(r, w, y, it, selected);
}

static void draw_summary(const struct roadmap *r, WINDOW *win)
{
	const struct theme *th = r->env->theme;
	const struct sched_plan *pl = r->zp->plan;
	char buf[1024], t[1024], m1[16], m2[16], zahlen[160];
	int de = i18n_german();
	zeitplan_zahlen_text(r->n_frist, (long)pl->n_verstoss, zahlen, sizeof zahlen);
	snprintf(t, sizeof t,
		 r->vorschau ? _("Vorschau %s–%s · %zu von %zu geplant%s")
			     : _("Plan %s–%s · %zu von %zu geplant%s"),
		 monat_format(pl->start, de, m1, sizeof m1),
		 monat_format(zeitplan_letzter_monat(r->zp), de, m2, sizeof m2), r->n_geplant,
		 r->env->ws->n_obj, zahlen);
	text_put(win, 0, 0, t, r->w,
		 theme_attr(th, pl->n_verstoss ? ROLE_VERDICT_BLOCKED : ROLE_ROW, 0), TEXT_LEFT);
	/* the zoom over the Kennung column, left of the years */
	snprintf(t, sizeof t, "%s {dep-add}/{dep-remove}", _(zoom_name[r->zoom]));
	text_put(win, 1, 0, keys_text(t, buf, sizeof buf), r->lv.t.x[RMC_BALKEN] - 1,
		 theme_attr(th, ROLE_DIM, 0), TEXT_LEFT);
}

/* The last line: the search's note, or why the selected object starts when it does. */
static void draw_reason(const struct roadmap *r, WINDOW *win)
{
	const struct theme *th = r->env->theme;
	char buf[1024];
	uint32_t it = sel_item(r);
	buf[0] = '\0';
	if (r->lv.note[0])
		snprintf(buf, sizeof buf, "%s", r->lv.note);
	else if (it != WP_NONE && !(it & RM_HDR)) {
		char t[900];
		zeitplan_warum_text(r->zp, it, t, sizeof t);
		snprintf(buf, sizeof buf, "%s: %s", r->env->ws->obj[it].kennung, t);
		const struct sched_plan *pl = r->zp->plan;
		for (size_t i = 0; r->verstoss[it] && i < pl->n_verstoss; i++) {
			if (pl->verstoss[i].obj != it && pl->verstoss[i].other != it)
				continue;
			size_t n = strlen(buf); /* the violation it is part of, after the reason */
			sched_verstoss_text(&r->zp->in, pl, &pl->verstoss[i], t, sizeof t);
			snprintf(buf + n, sizeof buf - n, " · ! %s", t);
			break;
		}
	}
	else if (it != WP_NONE)
		keys_text(_("{toggle} klappt die Gruppe auf oder zu, {lanes} gruppiert nach Behörde "
			    "oder Strategie"), buf, sizeof buf);
	int bad = it != WP_NONE && !(it & RM_HDR) && r->verstoss[it];
	text_put(win, r->h - 1, 0, buf, r->w, theme_attr(th, bad ? ROLE_VERDICT_BLOCKED : ROLE_GROUP, 0),
		 TEXT_LEFT);
}

static void rm_draw(struct view *v)
{
	struct roadmap *r = v->priv;
	WINDOW *win = v->win;
	if (!r->zp) {
		text_put(win, 1, 2, r->err, r->w - 4, theme_attr(r->env->theme, ROLE_VERDICT_BLOCKED, 0),
			 TEXT_LEFT);
		return;
	}
	r->keep = listview_selected_id(&r->lv); /* what a reload after an edit selects again */
	draw_summary(r, win);
	if (!r->n_items) {
		text_put(win, 3, 2, _("Keine Objekte im Zeitplan."), r->w - 4,
			 theme_attr(r->env->theme, ROLE_GROUP, 0), TEXT_LEFT);
		return;
	}
	WINDOW *sub = derwin(win, r->list_h, r->w, r->y_list, 0);
	if (sub) {
		listview_draw(&r->lv, sub);
		delwin(sub);
	}
	rm_draw_axis(r, win, r->y_list - 1);
	rm_draw_hist(r, win, r->y_list + r->list_h);
	if (r->kosten_h)
		rm_draw_kosten(r, win, r->y_list + r->list_h + r->hist_h);
	draw_reason(r, win);
}

/* ---- the list controller's hooks ---- */

static int match(const void *ctx, uint32_t it, const char *pat)
{
	return !(it & RM_HDR) && lookup_text(((const struct roadmap *)ctx)->env->ws, it, pat);
}

static int64_t item_id(const void *ctx, uint32_t it)
{
	const struct roadmap *r = ctx;
	if (it & RM_HDR)
		return -(int64_t)(it & ~RM_HDR) - 1;
	return it < r->env->ws->n_obj ? r->env->ws->obj[it].id : 0;
}

static uint32_t find_id(const void *ctx, int64_t id)
{
	const struct roadmap *r = ctx;
	if (id < 0)
		return (uint64_t)(-id - 1) < r->n_grp ? RM_HDR | (uint32_t)(-id - 1) : UINT32_MAX;
	return edit_find_id(r->env->ws, id);
}

static uint32_t jump(const void *ctx, const char *text)
{
	const struct roadmap *r = ctx;
	return r->zp ? lookup_kennung(r->env->ws, text, LOOKUP_PREFIX, NULL) : UINT32_MAX;
}

/* A jump into a collapsed group opens it. */
static const char *unhide(void *ctx, uint32_t it)
{
	struct roadmap *r = ctx;
	if (!(it & RM_HDR) && r->zu[r->grp_of[it]]) {
		r->zu[r->grp_of[it]] = 0;
		r->keep = listview_selected_id(&r->lv);
		build_items(r);
	}
	return NULL;
}

static const struct listview_ops list_ops = {
	.draw = draw_row, .match = match, .id = item_id, .find_id = find_id, .jump = jump,
	.unhide = unhide,
};

/* ---- actions ---- */

/* x: the stored plan's CSV, the writer of `wolkenplan export roadmap`. */
static int export_write(void *ctx, struct csvout *o)
{
	struct roadmap *r = ctx;
	return r->zp && !r->vorschau ? export_roadmap(r->env->ws, r->env->as, r->zp, o)
				     : -WP_ENOTFOUND;
}

/* The stored plan the export writes: without one (a preview), say how to make it. */
static void export(struct roadmap *r)
{
	if (!r->zp || r->vorschau) {
		char kb[256];
		session_message(r->env->ses, 1, "%s",
				keys_text(_("Noch kein Plan: erst mit {replan} planen, dann "
					    "exportieren"), kb, sizeof kb));
		return;
	}
	if (export_dialog_push(r->env->overlays, r->env, LBL_ROADMAP, "roadmap", export_write,
			       r))
		session_message(r->env->ses, 1, "%s", wp_strerror(WP_ENOMEM));
}

static int rm_reload(struct view *v)
{
	struct roadmap *r = v->priv;
	int rc = build(r);
	if (r->w)
		rm_layout(v, r->h, r->w);
	return rc;
}

/* Lifts the pin of o (pw_pin with month 0), or says there is none. */
static void unpin(struct roadmap *r, uint32_t o)
{
	if (!r->env->ws->obj[o].pin_monat) {
		session_message(r->env->ses, 0, _(ZEITPLAN_KEIN_PIN), r->env->ws->obj[o].kennung);
		return;
	}
	pw_pin(r->env, o, 0);
}

/* The month of the pin prompt was entered: pin (empty lifts the pin); a text that is no
 * month stays in the prompt with the reason. */
static int pin_done(void *owner, void *state, int result)
{
	struct roadmap *r = owner;
	int32_t m;
	if (result != WR_DONE)
		return VF_REDRAW;
	const char *s = dialog_value(state);
	while (*s == ' ')
		s++;
	if (!*s) {
		unpin(r, r->prompt_obj);
		return VF_REDRAW;
	}
	if (monat_parse(s, 0, &m)) {
		char msg[256];
		snprintf(msg, sizeof msg, _("\"%s\" ist kein Monat, erwartet: JJJJ-MM oder MM.JJJJ "
					    "(Jahr 2000 bis 2100; leer hebt die Festlegung auf)"), s);
		dialog_set_error(state, msg);
		return OVERLAY_KEEP | VF_REDRAW;
	}
	pw_pin(r->env, r->prompt_obj, m);
	return VF_REDRAW;
}

static int open_pin_prompt(struct roadmap *r, uint32_t o)
{
	char label[512], init[16];
	const struct sched_obj_out *so = &r->zp->plan->obj[o];
	int32_t m = r->env->ws->obj[o].pin_monat ? r->env->ws->obj[o].pin_monat
		  : so->beginn != SCHED_KEIN     ? so->beginn
						 : r->zp->plan->start;
	snprintf(label, sizeof label,
		 _("Beginn von %s festlegen (Monat JJJJ-MM oder MM.JJJJ; leer hebt die Festlegung "
		   "auf):"), r->env->ws->obj[o].kennung);
	monat_format(m, i18n_german(), init, sizeof init);
	r->prompt_obj = o;
	return dialog_push_prompt(r->env->overlays, _("Beginn festlegen"), label, init,
				  r->env->theme, pin_done, r);
}

/* K: the plan parameters, with the prompt for the capacity of the selected object's Beginn
 * month (else the plan's start) on top, prefilled with its capacity now. */
static int open_kap_prompt(struct roadmap *r, uint32_t o)
{
	int32_t m = o != WP_NONE && r->zp->plan->obj[o].beginn != SCHED_KEIN
			    ? r->zp->plan->obj[o].beginn
			    : r->zp->plan->start;
	return plan_params_push(r->env, m, zeitplan_kap(r->zp, m));
}

/* Zooms to z keeping the month at the left edge (aligned to the new unit). */
static void set_zoom(struct roadmap *r, int z)
{
	if (z < 0 || z >= RZ__N)
		return;
	r->zoom = z;
	r->t0 = rm_align(z, r->t0);
}

static int rm_handle(struct view *v, int action)
{
	struct roadmap *r = v->priv;
	if (action == ACT_REPLAN) { /* stores the plan the other views read; u undoes it */
		pw_replan(r->env);
		return VF_HANDLED | VF_REDRAW;
	}
	if (action == ACT_EXPORT) {
		export(r);
		return VF_HANDLED | VF_REDRAW;
	}
	if (!r->zp)
		return 0;
	uint32_t it = sel_item(r);
	uint32_t o = it == WP_NONE || (it & RM_HDR) ? WP_NONE : it;
	switch (action) {
	case ACT_DEP_ADD: /* + : finer */
		set_zoom(r, r->zoom - 1);
		return VF_HANDLED | VF_REDRAW;
	case ACT_DEP_DEL: /* - : coarser */
		set_zoom(r, r->zoom + 1);
		return VF_HANDLED | VF_REDRAW;
	case ACT_LEFT:
		if (r->t0 - rm_unit(r->zoom) >= rm_align(r->zoom, r->zp->plan->start))
			r->t0 -= rm_unit(r->zoom);
		return VF_HANDLED | VF_REDRAW;
	case ACT_RIGHT:
		if (r->t0 + rm_unit(r->zoom) <= zeitplan_letzter_monat(r->zp))
			r->t0 += rm_unit(r->zoom);
		return VF_HANDLED | VF_REDRAW;
	case ACT_LANES:
		r->gruppierung = r->gruppierung == RG_BEHOERDE ? RG_STRATEGIE : RG_BEHOERDE;
		free(r->zu);
		free(r->grp_key);
		r->zu = NULL;
		r->grp_key = NULL;
		r->n_grp = 0;
		r->keep = listview_selected_id(&r->lv);
		if (build_groups(r))
			session_message(r->env->ses, 1, "%s", wp_strerror(WP_ENOMEM));
		return VF_HANDLED | VF_REDRAW;
	case ACT_TOGGLE:
		if (it == WP_NONE)
			return VF_HANDLED;
		{
			size_t g = it & RM_HDR ? it & ~RM_HDR : r->grp_of[it];
			r->zu[g] = !r->zu[g];
			r->keep = listview_selected_id(&r->lv);
			if (build_items(r) == 0 && !(it & RM_HDR)) /* onto the closed group's header */
				listview_select(&r->lv, RM_HDR | (uint32_t)g);
		}
		return VF_HANDLED | VF_REDRAW;
	case ACT_PIN:
		if (o == WP_NONE)
			return VF_HANDLED;
		if (open_pin_prompt(r, o))
			session_message(r->env->ses, 1, "%s", wp_strerror(WP_ENOMEM));
		return VF_HANDLED | VF_REDRAW;
	case ACT_KAPAZITAET:
		if (open_kap_prompt(r, o))
			session_message(r->env->ses, 1, "%s", wp_strerror(WP_ENOMEM));
		return VF_HANDLED | VF_REDRAW;
	case ACT_UNPIN:
		if (o != WP_NONE)
			unpin(r, o);
		return VF_HANDLED | VF_REDRAW;
	default:
		return listview_handle(&r->lv, action);
	}
}

static int rm_click(struct view *v, int y, int x)
{
	struct roadmap *r = v->priv;
	(void)x;
	if (!r->zp || y <= r->y_list || y >= r->y_list + r->list_h)
		return 0;
	return table_click(&r->lv.t, y - r->y_list - 1);
}

static void rm_info(struct view *v, char *buf, size_t n)
{
	struct roadmap *r = v->priv;
	uint32_t o = rm_selected(v);
	if (!r->zp || o == WP_NONE) {
		buf[0] = '\0';
		return;
	}
	if (r->vorschau) { /* say it where the position goes, the summary line is full */
		char t[256], k[256];
		snprintf(t, sizeof t, _("nicht gespeichert ({replan}) · Zeile %zu von %zu"),
			 r->lv.t.sel + 1, r->lv.n_rows);
		snprintf(buf, n, "%s", keys_text(t, k, sizeof k));
		return;
	}
	snprintf(buf, n, _("Zeile %zu von %zu"), r->lv.t.sel + 1, r->lv.n_rows);
}

static int rm_offers(struct view *v, int action)
{
	(void)v;
	return action != ACT_SORT && action != ACT_FILTER;
}

static int rm_open(struct view *v)
{
	struct roadmap *r = calloc(1, sizeof *r);
	if (!r)
		return -WP_ENOMEM;
	v->priv = r;
	r->env = v->env;
	r->zoom = RZ_QUARTAL;
	listview_init(&r->lv, columns, RMC__N, v->env->theme, &list_ops, r, v->env->overlays);
	int rc = build(r);
	/* the first object, not its group's header */
	if (!rc && r->lv.n_rows > 1)
		table_select(&r->lv.t, 1);
	return rc;
}

static void rm_destroy(struct view *v)
{
	struct roadmap *r = v->priv;
	if (!r)
		return;
	overlay_drop_owner(r->env->overlays, r);
	free_state(r);
	free(r->grp_key);
	free(r->zu);
	listview_free(&r->lv);
	free(r);
	v->priv = NULL;
}

const struct view_ops view_roadmap_ops = {
	.name = "roadmap",
	.open = rm_open,
	.layout = rm_layout,
	.draw = rm_draw,
	.handle = rm_handle,
	.click = rm_click,
	.info = rm_info,
	.destroy = rm_destroy,
	.selected = rm_selected,
	.reload = rm_reload,
	.offers = rm_offers,
};
