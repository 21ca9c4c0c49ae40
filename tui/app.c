/* The dashboard: application state, action dispatch, screen layout and drawing, and
 * tui_run with the terminal setup and the input loop (wget_wch; KEY_RESIZE relayouts). */
#include "tui/app.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "data/edit.h"
#include "data/umstellung.h"
#include "model/assess.h"
#include "model/date.h"
#include "model/i18n.h"
#include "model/textout.h"
#include "tui/actions.h"
#include "tui/chrome.h"
#include "tui/detail.h"
#include "tui/import_dialog.h"
#include "tui/overlay.h"
#include "tui/request.h"
#include "tui/plan_params.h"
#include "tui/session.h"
#include "tui/settings_edit.h"
#include "tui/small_screen.h"
#include "tui/szenario_view.h"
#include "tui/text.h"
#include "tui/theme.h"
#include "tui/view.h"

/* Smallest screen the views are laid out for; below it a notice says so. */
#define MIN_LINES 24
#define MIN_COLS 80
/* Lines above the body: title, tab bar. */
#define BODY_Y 2

static const struct {
	const char *title;
	const struct view_ops *ops;
	int exports; /* 1 = x writes its CSV */
} tabs[TAB__N] = {
	[TAB_UEBERSICHT] = { N_("Übersicht"), &view_uebersicht_ops, 0 },
	[TAB_INVENTAR] = { N_("Inventar"), &view_inventar_ops, 1 },
	[TAB_BEWERTUNG] = { N_("Bewertung"), &view_bewertung_ops, 1 },
	[TAB_PLATTFORMEN] = { N_("Plattformen"), &view_plattformen_ops, 0 },
	[TAB_ROADMAP] = { LBL_ROADMAP, &view_roadmap_ops, 1 },
	[TAB_QUICKWINS] = { N_("Quick Wins"), &view_quickwins_ops, 1 },
	[TAB_PILOTEN] = { LBL_PILOTEN, &view_piloten_ops, 1 },
	[TAB_BESCHLUESSE] = { LBL_BESCHLUESSE, &view_beschluesse_ops, 1 },
	[TAB_HILFE] = { LBL_HILFE, &view_help_ops, 0 },
};

/* The keys of the tabs with an export, as a list ("2, 3, 5, 6 und 7") into buf. */
static char *export_tabs(char *buf, size_t n)
{
	int count = 0, j = 0;
	size_t used = 0;
	char k[32];
	for (int i = 0; i < TAB__N; i++)
		count += tabs[i].exports;
	buf[0] = '\0';
	for (int i = 0; i < TAB__N && used < n; i++) {
		if (!tabs[i].exports)
			continue;
		used += (size_t)snprintf(buf + used, n - used, "%s%s", list_sep(j, count),
					 key_label(action_key(ACT_VIEW_1 + i, 0), k, sizeof k));
		j++;
	}
	return buf;
}

_Static_assert(TAB__N == ACT_VIEW_9 - ACT_VIEW_1 + 1, "one number key per tab");

/* Objects the Objekt-Detail remembers for going back. */
#define HIST_MAX 32

struct app {
	struct ws *ws;
	struct assessment *as;
	const struct tui_opts *opts;
	struct theme theme;
	struct view_env env;
	struct view views[TAB__N];
	int opened[TAB__N];
	int cur, prev;
	WINDOW *title, *tabs, *body, *status, *footer, *small;
	int tab_x[TAB__N + 1];
	char msg[256];
	struct app_request req;    /* filled by a view that returns VF_REQUEST */
	struct session ses;        /* editing: store, journal, re-scoring, messages */
	struct overlay_stack ovl;  /* dialogs and prompts over the views (tui/overlay.h) */
	struct view detail;        /* Objekt-Detail, shown over the current tab */
	int detail_opened, detail_shown;
	int64_t hist[HIST_MAX];    /* store ids of the objects the Objekt-Detail showed before
				    * the one shown (a dependency followed); Esc goes back */
	int n_hist;
	struct szv_merk szv;       /* the scenario view that opened the object (Esc goes back) */
	unsigned seen_gen;         /* ses.gen the tab views were last rebuilt for */
	int told_changed;          /* the status line said another program changed the file */
};

/* The Objekt-Detail starts afresh: nothing to go back to. */
static void history_reset(struct app *a)
{
	a->n_hist = 0;
	a->szv.zurueck = 0;
}

const char *app_tab_title(int i)
{
	return i >= 0 && i < TAB__N ? tabs[i].title : "";
}

int app_show_object(struct app *a, const char *kennung)
{
	uint32_t o = ws_find_objekt(a->ws, kennung);
	if (o == WP_NONE)
		return -WP_ENOTFOUND;
	history_reset(a);
	detail_show(&a->detail, o);
	a->detail_shown = 1;
	return 0;
}

int app_detail_shown(const struct app *a)
{
	return a->detail_shown;
}

int app_tab(const struct app *a)
{
	return a->cur;
}

const char *app_message(const struct app *a)
{
	return a->msg;
}

static void set_message(struct app *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static void set_message(struct app *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(a->msg, sizeof a->msg, fmt, ap);
	va_end(ap);
}

/* Today from the system clock, in local time. */
static int32_t today(void)
{
	time_t t = time(NULL);
	struct tm tm;
	if (!localtime_r(&t, &tm))
		return (int32_t)(t / 86400);
	return date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

int app_new(struct store *s, const struct tui_opts *o, struct app **out, struct wp_err *e)
{
	int rc;
	char *um = NULL; /* what a migration converted (data/umstellung.h), or NULL */
	struct app *a = calloc(1, sizeof *a);
	*out = NULL;
	if (!a)
		return wp_nomem(e);
	a->opts = o;
	if ((rc = store_load(s, &a->ws, e)))
		goto fail;
	if (assess_run(a->ws, &a->as)) {
		rc = wp_nomem(e);
		goto fail;
	}
	/* the first program to load a migrated workspace says what was converted (and
	 * re-plans its stored plan before the views read it) */
	if ((rc = store_umstellung(s, a->ws, a->as, &um, e)))
		goto fail;
	a->env = (struct view_env){ .ws = a->ws, .as = a->as, .theme = &a->theme,
				    .heute = o->heute ? o->heute : today(),
				    .req = &a->req, .ses = &a->ses, .db_path = o->db_path,
				    .overlays = &a->ovl };
	if (session_init(&a->ses, s, a->ws, &a->as, &a->env, a->msg, sizeof a->msg)) {
		rc = wp_nomem(e);
		goto fail;
	}

	theme_set_ascii(&a->theme, o->ascii); /* before the views open: they use glyphs */
	obj_filter_clear(&a->req.filter);
	for (int i = 0; i < TAB__N; i++) {
		a->views[i] = (struct view){ tabs[i].ops, tabs[i].title, &a->env, NULL, NULL };
		if (tabs[i].ops->open(&a->views[i])) {
			a->opened[i] = 1; /* destroy frees what open managed to allocate */
			rc = wp_nomem(e);
			goto fail;
		}
		a->opened[i] = 1;
	}
	a->detail = (struct view){ &view_detail_ops, N_("Objekt-Detail"), &a->env, NULL, NULL };
	a->detail_opened = 1;
	if (view_detail_ops.open(&a->detail)) {
		rc = wp_nomem(e);
		goto fail;
	}
	a->cur = a->prev = TAB_UEBERSICHT;
	char kb[256];
	set_message(a, "%s", keys_text(_("{help} zeigt alle Tasten, {quit} beendet"), kb, sizeof kb));
	if (um) { /* what a migration converted, instead of the greeting */
		for (char *p = um; *p; p++)
			if (*p == '\n')
				*p = ';';
		set_message(a, "%s %s", _(UMSTELLUNG_TITEL), um);
	}
	free(um);
	*out = a;
	return 0;
fail:
	free(um);
	app_free(&a);
	return rc;
}

static void delete_windows(struct app *a)
{
	WINDOW **w[] = { &a->title, &a->tabs, &a->body, &a->status, &a->footer, &a->small };
	for (size_t i = 0; i < sizeof w / sizeof w[0]; i++)
		if (*w[i]) {
			/* cppcheck-suppress shadowVariable ; false positive of cppcheck 2.10: it reads
			 * this call as the declaration of a new variable w */
			delwin(*w[i]);
			*w[i] = NULL;
		}
	for (int i = 0; i < TAB__N; i++)
		a->views[i].win = NULL;
	a->detail.win = NULL;
}

/* Another program changed the workspace file, so an edit was refused (-WP_EBUSY): loads
 * it again, re-scores, reopens every view; the Objekt-Detail finds its object again by
 * store id (an open widget there is closed: its value was not saved). The journal keeps
 * working, it names objects by store id. Returns 0 or -WP_E* (the old data then stays). */
static int reload_workspace(struct app *a)
{
	struct ws *nw = NULL;
	struct assessment *na = NULL;
	struct wp_err e = { 0 };
	int rc;
	a->ses.stale = 0;
	a->told_changed = 0;
	if ((rc = store_load(a->ses.store, &nw, &e)))
		return rc;
	if (assess_run(nw, &na)) {
		ws_free(&nw);
		return -WP_ENOMEM;
	}
	uint32_t shown = a->detail_shown ? view_detail_ops.selected(&a->detail) : WP_NONE;
	int64_t id = shown < a->ws->n_obj ? a->ws->obj[shown].id : 0;
	overlay_clear(&a->ovl); /* what they were asking about may be gone */
	for (int i = 0; i < TAB__N; i++)
		if (a->opened[i]) {
			a->views[i].ops->destroy(&a->views[i]);
			a->opened[i] = 0;
		}
	assessment_free(&a->as);
	ws_free(&a->ws);
	a->ws = a->ses.ws = nw;
	a->as = na;
	a->env.ws = nw;
	a->env.as = na;
	a->ses.gen++;
	a->seen_gen = a->ses.gen;
	for (int i = 0; i < TAB__N; i++) {
		a->opened[i] = 1; /* destroy frees what open managed to allocate */
		if (a->views[i].ops->open(&a->views[i]))
			rc = -WP_ENOMEM;
		else if (a->body && a->views[i].ops->layout)
			a->views[i].ops->layout(&a->views[i], getmaxy(a->body), getmaxx(a->body));
	}
	if (a->detail_shown)
		detail_show(&a->detail, id ? edit_find_id(nw, id) : WP_NONE);
	return rc;
}

/* The view that gets the keys and the body: the Objekt-Detail while shown. */
static struct view *cur_view(struct app *a)
{
	return a->detail_shown ? &a->detail : &a->views[a->cur];
}

/* After an edit (ses.gen moved on): every tab view rebuilds what it derived from the
 * workspace, by its reload op or by being reopened. Returns 0 or -WP_ENOMEM. */
static int reload_views(struct app *a)
{
	int rc = 0;
	a->seen_gen = a->ses.gen;
	for (int i = 0; i < TAB__N; i++) {
		struct view *v = &a->views[i];
		if (v->ops->reload) {
			rc |= v->ops->reload(v);
			continue;
		}
		v->ops->destroy(v);
		if (v->ops->open(v)) {
			rc = -WP_ENOMEM;
			continue;
		}
		if (a->body && v->ops->layout)
			v->ops->layout(v, getmaxy(a->body), getmaxx(a->body));
	}
	return rc ? -WP_ENOMEM : 0;
}

int app_relayout(struct app *a)
{
	int rows = LINES, cols = COLS;
	delete_windows(a);
	if (rows < MIN_LINES || cols < MIN_COLS) {
		a->small = newwin(rows > 0 ? rows : 1, cols > 0 ? cols : 1, 0, 0);
		return a->small ? 0 : -WP_ENOMEM;
	}
	int bh = rows - BODY_Y - 2;
	a->title = newwin(1, cols, 0, 0);
	a->tabs = newwin(1, cols, 1, 0);
	a->body = newwin(bh, cols, BODY_Y, 0);
	a->status = newwin(1, cols, rows - 2, 0);
	a->footer = newwin(1, cols, rows - 1, 0);
	if (!a->title || !a->tabs || !a->body || !a->status || !a->footer) {
		delete_windows(a);
		return -WP_ENOMEM;
	}
	for (int i = 0; i < TAB__N; i++) {
		a->views[i].win = a->body;
		if (a->views[i].ops->layout)
			a->views[i].ops->layout(&a->views[i], bh, cols);
	}
	a->detail.win = a->body;
	view_detail_ops.layout(&a->detail, bh, cols);
	return 0;
}

int app_attach(struct app *a)
{
	theme_init(&a->theme, !a->opts->no_color);
	if (!a->opts->no_mouse) {
		mmask_t m = BUTTON1_PRESSED | BUTTON4_PRESSED;
#ifdef BUTTON5_PRESSED
		m |= BUTTON5_PRESSED;
#endif
		mousemask(m, NULL);
		mouseinterval(0);
	}
	return app_relayout(a);
}

/* chrome_footer's view of view_ops.offers. */
static int view_offers(void *ctx, int action)
{
	struct view *v = ctx;
	return v->ops->offers(v, action);
}

void app_draw(struct app *a)
{
	/* stdscr is only the input window: refreshing it first keeps wget_wch(stdscr) from
	 * ever painting its blank contents over the real windows */
	wnoutrefresh(stdscr);
	if (a->small) {
		small_screen_draw(a->small, MIN_COLS, MIN_LINES);
		doupdate();
		return;
	}
	if (!a->body)
		return;
	struct view *v = cur_view(a);
	const char *titles[TAB__N];
	char info[128] = "";
	for (int i = 0; i < TAB__N; i++)
		titles[i] = tabs[i].title;

	werase(a->title);
	chrome_title(a->title, &a->theme, a->opts->db_path, a->ws->szenario, a->ws->n_obj,
		     a->ws->n_beh);
	werase(a->tabs);
	chrome_tabs(a->tabs, &a->theme, titles, TAB__N, a->cur, a->tab_x);
	werase(a->body);
	v->ops->draw(v);
	overlay_draw(&a->ovl, a->body);
	if (v->ops->info && !szenario_view_top(&a->ovl)) /* it covers the whole body */
		v->ops->info(v, info, sizeof info);
	werase(a->status);
	chrome_status(a->status, &a->theme, a->msg, info);
	werase(a->footer);
	chrome_footer(a->footer, &a->theme, overlay_hints(&a->ovl),
		      v->ops->offers ? view_offers : NULL, v);

	wnoutrefresh(a->title);
	wnoutrefresh(a->tabs);
	wnoutrefresh(a->body);
	wnoutrefresh(a->status);
	wnoutrefresh(a->footer);
	doupdate();
}

static int switch_to(struct app *a, int tab)
{
	if (tab < 0 || tab >= TAB__N)
		return VF_HANDLED;
	a->detail_shown = 0; /* another tab: the Objekt-Detail closes */
	history_reset(a);
	if (tab != a->cur) {
		a->prev = a->cur;
		a->cur = tab;
	}
	return VF_HANDLED | VF_REDRAW;
}

/* The actions every view shares, applied when the current view did not take them. */
static int global_action(struct app *a, int action)
{
	char kb[256], tabs_buf[128];
	switch (action) {
	case ACT_QUIT:
		return VF_HANDLED | VF_QUIT;
	case ACT_HELP:
		return switch_to(a, TAB_HILFE);
	case ACT_NEXT_VIEW:
		return switch_to(a, (a->cur + 1) % TAB__N);
	case ACT_PREV_VIEW:
		return switch_to(a, (a->cur + TAB__N - 1) % TAB__N);
	case ACT_REDRAW:
		clearok(curscr, TRUE);
		if (store_changed_elsewhere(a->ses.store)) {
			a->told_changed = 0;
			if (reload_workspace(a))
				set_message(a, "%s", _("Neu laden ging nicht — bitte wolkenplan neu starten"));
			else
				set_message(a, "%s", _("Arbeitsbereich neu geladen: die Änderungen des "
						       "anderen Programms sind jetzt zu sehen."));
		}
		return VF_HANDLED | VF_REDRAW;
	case ACT_OPEN: /* Enter (or e, D) on an object: its Objekt-Detail */
	case ACT_EDIT:
	case ACT_DELETE: {
		struct view *v = &a->views[a->cur];
		uint32_t o = v->ops->selected ? v->ops->selected(v) : WP_NONE;
		if (o == WP_NONE || o >= a->ws->n_obj)
			return 0;
		history_reset(a);
		detail_show(&a->detail, o);
		a->detail_shown = 1;
		if (action == ACT_DELETE && detail_ask_delete(&a->detail))
			set_message(a, "%s", wp_strerror(WP_ENOMEM));
		return VF_HANDLED | VF_REDRAW;
	}
	case ACT_DEP_ADD:
	case ACT_DEP_DEL:
		set_message(a, "%s", keys_text(_("Abhängigkeiten ändern: erst das Objekt mit {open} "
						 "öffnen"), kb, sizeof kb));
		return VF_HANDLED | VF_REDRAW;
	case ACT_EXPORT: /* a view without a CSV of its own */
		set_message(a, _("hier kein Export; %s in den Ansichten %s"),
			    key_label(action_key(ACT_EXPORT, 0), kb, sizeof kb),
			    export_tabs(tabs_buf, sizeof tabs_buf));
		return VF_HANDLED | VF_REDRAW;
	case ACT_IMPORT:
		if (import_dialog_push(&a->ovl, &a->env))
			set_message(a, "%s", wp_strerror(WP_ENOMEM));
		return VF_HANDLED | VF_REDRAW;
	case ACT_NEW:
	case ACT_NEW_BEH:
		/* the form stands over the tab; a new object then opens in the Objekt-Detail */
		if (action == ACT_NEW ? detail_new_object(&a->detail, 0)
				      : detail_new_behoerde(&a->detail))
			set_message(a, "%s", wp_strerror(WP_ENOMEM));
		return VF_HANDLED | VF_REDRAW;
	case ACT_SZENARIEN:
		if (szenario_view_push(&a->ovl, &a->env, &a->szv))
			set_message(a, "%s", wp_strerror(WP_ENOMEM));
		return VF_HANDLED | VF_REDRAW;
	case ACT_EINSTELLUNGEN: /* the workshop controls, over any view (docs/dashboard.md) */
	case ACT_KAPAZITAET:
		if (action == ACT_EINSTELLUNGEN ? settings_edit_push(&a->env, 0)
						: plan_params_push(&a->env, 0, 0))
			set_message(a, "%s", wp_strerror(WP_ENOMEM));
		return VF_HANDLED | VF_REDRAW;
	case ACT_UNDO:
	case ACT_REDO: {
		uint32_t o;
		int rc = action == ACT_UNDO ? session_undo(&a->ses, &o) : session_redo(&a->ses, &o);
		/* the Objekt-Detail follows what was undone, so the user sees it */
		if (!rc && a->detail_shown && o != WP_NONE)
			detail_show(&a->detail, o);
		return VF_HANDLED | VF_REDRAW;
	}
	default:
		if (action >= ACT_VIEW_1 && action <= ACT_VIEW_9)
			return switch_to(a, action - ACT_VIEW_1);
		return 0;
	}
}

/* Shows object o in the Objekt-Detail; the object shown so far (if any) is remembered
 * for going back. */
static void history_open(struct app *a, uint32_t o)
{
	if (!a->detail_shown) {
		a->n_hist = 0;
	} else {
		view_detail_ops.reload(&a->detail); /* its object's index after the edit */
		uint32_t was = view_detail_ops.selected(&a->detail);
		if (was < a->ws->n_obj) {
			if (a->n_hist == HIST_MAX) {
				memmove(a->hist, a->hist + 1, (HIST_MAX - 1) * sizeof *a->hist);
				a->n_hist--;
			}
			a->hist[a->n_hist++] = a->ws->obj[was].id;
		}
	}
	detail_show(&a->detail, o);
	a->detail_shown = 1;
}

/* Esc in the Objekt-Detail: the object shown before (skipping those deleted since), else
 * the scenario view when it opened the first one, else the tab beneath. */
static void history_back(struct app *a)
{
	a->detail_shown = 0;
	while (a->n_hist > 0) {
		uint32_t o = edit_find_id(a->ws, a->hist[--a->n_hist]);
		if (o != WP_NONE) {
			detail_show(&a->detail, o);
			a->detail_shown = 1;
			return;
		}
	}
	if (a->szv.zurueck && szenario_view_push(&a->ovl, &a->env, &a->szv))
		set_message(a, "%s", wp_strerror(WP_ENOMEM));
}

/* Carries out what a view's flags ask of the app (close, open the Inventar, relayout);
 * returns the flags with those of the switch added. */
static int app_flags(struct app *a, int flags)
{
	if (a->ses.stale) {
		int own = a->ses.stale == SES_RELOAD; /* the import dialog set the message */
		int szv = own && szenario_view_top(&a->ovl); /* a switch: it stays open */
		if (reload_workspace(a))
			set_message(a, "%s", _("Ein anderes Programm hat den Arbeitsbereich geändert; "
					       "neu laden ging nicht — bitte wolkenplan neu starten"));
		else if (!own)
			set_message(a, "%s", _("Ein anderes Programm hat den Arbeitsbereich geändert: "
					       "neu geladen. Die letzte Änderung wurde nicht gespeichert — "
					       "bitte noch einmal."));
		if (szv && szenario_view_push(&a->ovl, &a->env, &a->szv))
			set_message(a, "%s", wp_strerror(WP_ENOMEM));
		flags |= VF_REDRAW;
	}
	if (a->ses.gen != a->seen_gen && reload_views(a))
		set_message(a, "%s", wp_strerror(WP_ENOMEM));
	if ((flags & VF_CLOSE) && a->detail_shown) {
		history_back(a);
		flags &= ~VF_CLOSE;
		flags |= VF_REDRAW;
	}
	if (flags & VF_CLOSE) {
		int back = a->prev != a->cur ? a->prev : TAB_UEBERSICHT;
		flags |= switch_to(a, back);
	}
	if ((flags & VF_REQUEST) && a->req.kind == REQ_NEW_PILOT) {
		view_piloten_request(&a->views[TAB_PILOTEN], &a->req.pilot);
		flags |= switch_to(a, TAB_PILOTEN);
	} else if ((flags & VF_REQUEST) && a->req.kind == REQ_OBJECT) {
		history_open(a, a->req.object);
	} else if ((flags & VF_REQUEST) && a->req.kind == REQ_INVENTAR) {
		view_inventar_apply(&a->views[TAB_INVENTAR], &a->req.filter);
		flags |= switch_to(a, TAB_INVENTAR);
	}
	a->req.kind = REQ_NONE;
	if ((flags & VF_RELAYOUT) && app_relayout(a))
		flags |= VF_QUIT;
	return flags;
}

int app_action(struct app *a, int action)
{
	struct view *v = cur_view(a);
	int flags = v->ops->handle ? v->ops->handle(v, action) : 0;
	if (!(flags & VF_HANDLED))
		flags |= global_action(a, action);
	return app_flags(a, flags);
}

int app_key(struct app *a, int key)
{
	int had_msg = a->msg[0] != '\0';
	struct view *v = cur_view(a);
	if (a->body && overlay_active(&a->ovl)) { /* the top overlay takes every key */
		a->msg[0] = '\0';
		int f = app_flags(a, overlay_key(&a->ovl, key));
		return had_msg ? f | VF_REDRAW : f;
	}
	if (a->body && v->ops->key) {
		a->msg[0] = '\0'; /* before the key: the view may leave a new message */
		int f = v->ops->key(v, key);
		if (f & VF_HANDLED) {
			f = app_flags(a, f);
			return had_msg ? f | VF_REDRAW : f;
		}
	}
	int action = action_for_key(key);
	a->msg[0] = '\0';
	if (action == ACT_NONE) {
		char t[256], label[32];
		snprintf(t, sizeof t, _("Taste %s ist nicht belegt. {help} zeigt alle Tasten."),
			 key_label(key, label, sizeof label));
		keys_text(t, a->msg, sizeof a->msg);
		return VF_REDRAW;
	}
	int flags = app_action(a, action);
	return had_msg ? flags | VF_REDRAW : flags;
}

int app_click(struct app *a, int y, int x, unsigned long bstate)
{
	int flags = 0;
	if (!a->body)
		return 0;
	int wheel = 0;
	if (overlay_active(&a->ovl) && !(bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)))
		return VF_HANDLED; /* the wheel does not move the list beneath a dialog */
	if (bstate & BUTTON4_PRESSED)
		wheel = ACT_UP;
#ifdef BUTTON5_PRESSED
	if (bstate & BUTTON5_PRESSED)
		wheel = ACT_DOWN;
#endif
	if (wheel) {
		for (int i = 0; i < 3; i++)
			flags |= app_action(a, wheel);
		return flags;
	}
	if (!(bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)))
		return 0;
	if (overlay_active(&a->ovl))
		return y >= BODY_Y && y < BODY_Y + getmaxy(a->body)
			       ? app_flags(a, overlay_click(&a->ovl, y - BODY_Y, x))
			       : VF_HANDLED;
	if (y == 1) {
		int t = chrome_tab_at(a->tab_x, TAB__N, x);
		return t >= 0 ? switch_to(a, t) : 0;
	}
	struct view *v = cur_view(a);
	if (y >= BODY_Y && y < BODY_Y + getmaxy(a->body) && v->ops->click)
		return app_flags(a, v->ops->click(v, y - BODY_Y, x));
	return 0;
}

void app_free(struct app **ap)
{
	struct app *a = ap ? *ap : NULL;
	if (!a)
		return;
	delete_windows(a);
	overlay_clear(&a->ovl);
	for (int i = 0; i < TAB__N; i++)
		if (a->opened[i])
			a->views[i].ops->destroy(&a->views[i]);
	if (a->detail_opened)
		view_detail_ops.destroy(&a->detail);
	session_free(&a->ses);
	request_free(&a->req);
	assessment_free(&a->as);
	ws_free(&a->ws);
	free(a);
	*ap = NULL;
}

/* Reads keys until the user quits. Returns 0, or -WP_EIO when input can no longer be
 * read, or -WP_ENOMEM when the windows cannot be rebuilt after a resize. */
/* Milliseconds of a monotonic clock. */
static int64_t now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (int64_t)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/* While no key comes: says once in the status line when another program (an import, a
 * second dashboard) has changed the workspace; Ctrl-L then loads it again. Nothing is
 * reloaded behind the user's back, so a half-typed value is never lost. */
static void idle_check(struct app *a)
{
	if (a->told_changed || !store_changed_elsewhere(a->ses.store))
		return;
	a->told_changed = 1;
	char kb[256];
	set_message(a, "%s", keys_text(_("Ein anderes Programm hat den Arbeitsbereich geändert — "
					 "{redraw} lädt neu."), kb, sizeof kb));
	app_draw(a);
}

enum { IDLE_MS = 2000 };

static int input_loop(struct app *a)
{
	int errors = 0;
	app_draw(a);
	wtimeout(stdscr, IDLE_MS);
	for (;;) {
		wint_t ch;
		int64_t t0 = now_ms();
		int r = wget_wch(stdscr, &ch), flags;
		if (r == ERR) {
			if (now_ms() - t0 >= IDLE_MS - 100) { /* no key for a while */
				errors = 0;
				idle_check(a);
				continue;
			}
			/* a signal may interrupt a read; a closed terminal fails every time */
			if (errno != EINTR && ++errors > 100)
				return -WP_EIO;
			continue;
		}
		errors = 0;
		int key = r == KEY_CODE_YES ? TK_FN(ch) : (int)ch;
		if (key == TK_FN(KEY_RESIZE)) {
			if (app_relayout(a))
				return -WP_ENOMEM;
			flags = VF_REDRAW;
		} else if (key == TK_FN(KEY_MOUSE)) {
			MEVENT ev;
			flags = getmouse(&ev) == OK ? app_click(a, ev.y, ev.x, ev.bstate) : 0;
		} else {
			flags = app_key(a, key);
		}
		if (flags & VF_QUIT)
			return 0;
		if (flags & (VF_REDRAW | VF_RELAYOUT | VF_CLOSE))
			app_draw(a);
	}
}

int tui_run(struct store *s, const struct tui_opts *o_in)
{
	struct tui_opts oc = *o_in;
	const struct tui_opts *o = &oc;
	if (!text_env_utf8())
		oc.ascii = 1;
	struct wp_err e = { 0 };
	struct app *a = NULL;
	SCREEN *scr = NULL;
	int rc;

	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, "wolkenplan: %s\n",
			_("das Dashboard braucht ein Terminal; ohne Terminal helfen die Befehle "
			  "(wolkenplan --help)"));
		return 1;
	}
	/* everything that can fail for data reasons happens before the terminal changes */
	if (app_new(s, o, &a, &e)) {
		fprintf(stderr, "wolkenplan: %s\n", e.msg);
		return 1;
	}
	fflush(stdout);
	scr = newterm(NULL, stdout, stdin);
	if (!scr) {
		const char *term = getenv("TERM");
		fprintf(stderr, _("wolkenplan: Terminal \"%s\" kann nicht angesteuert werden\n"),
			term ? term : "");
		app_free(&a);
		return 1;
	}
	set_term(scr);
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	curs_set(0);
	set_escdelay(25);

	rc = app_attach(a);
	if (rc == 0)
		rc = input_loop(a);

	/* the terminal is restored before any message is printed */
	app_free(&a);
	endwin();
	delscreen(scr);
	if (rc == -WP_ENOMEM)
		fprintf(stderr, "wolkenplan: %s\n", wp_strerror(WP_ENOMEM));
	else if (rc == -WP_EIO)
		fprintf(stderr, "wolkenplan: %s\n", _("Eingabe vom Terminal nicht mehr lesbar"));
	return rc ? 1 : 0;
}
