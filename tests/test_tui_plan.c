/* Headless screen tests of the Roadmap, Quick Wins and Piloten views (tabs 5-7) and the
 * marks of the Inventar: the app on the seeded demo against newterm() on /dev/null at 80x24
 * and 120x40, fed actions and keys, its screen read back and compared with what the model
 * computes independently (zeitplan_run, sched_check, assess_quickwins, assess_qw_parts,
 * pilot_vorschlaege) and with what the store holds after each write; golden screens with
 * a stored plan in German and English; the Quick-Wins CSV writer. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libintl.h>
#include <unistd.h>
#include <wchar.h>

#include "data/edit_zeitplan.h"
#include "data/export_zeitplan.h"
#include "data/export_qw.h"
#include "data/seed.h"
#include "data/store.h"
#include "data/store_pilot.h"
#include "data/store_plan.h"
#include "model/assess.h"
#include "model/date.h"
#include "model/numfmt.h"
#include "model/pilot.h"
#include "model/monat.h"
#include "model/plan.h"
#include "model/zeitplan.h"
#include "model/utf8.h"
#include "tests/tui_harness.h"
#include "tui/actions.h"
#include "tui/app.h"
#include "tui/text.h"
#include "tui/view.h"

/* ---- independent figures ---- */

/* Plans the store's workspace as `wolkenplan plan` would on day heute and stores it. */
static void store_plan(struct store *s, int32_t heute)
{
	struct ws *w = NULL;
	struct assessment *as = NULL;
	struct zeitplan *z = NULL;
	struct zeitplan_params prm;
	struct wp_err e = { 0 };
	assert_int_equal(store_load(s, &w, &e), 0);
	assert_int_equal(assess_run(w, &as), 0);
	zeitplan_params_default(w, heute, &prm);
	assert_int_equal(zeitplan_run(w, as, &prm, &z), 0);
	assert_int_equal(edit_zeitplan_save(NULL, s, w, &as, z, &e), 0);
	zeitplan_free(&z);
	assessment_free(&as);
	ws_free(&w);
}

/* The workspace and assessment as stored now (owned by the caller). */
static void load(struct store *s, struct ws **w, struct assessment **as)
{
	struct wp_err e = { 0 };
	assert_int_equal(store_load(s, w, &e), 0);
	assert_int_equal(assess_run(*w, as), 0);
}

/* ---- Roadmap ---- */

/* The Zeitplan of the demo as the Roadmap computes it (owned by the caller with w, as). */
static struct zeitplan *demo_zeitplan(struct fixture *f, struct ws **w, struct assessment **as)
{
	struct zeitplan_params p;
	struct zeitplan *z = NULL;
	load(f->store, w, as);
	zeitplan_params_default(*w, f->opts.heute, &p);
	assert_int_equal(zeitplan_run(*w, *as, &p, &z), 0);
	return z;
}

/* Jumps to kennung with ':'. */
static void jump_to(struct fixture *f, const char *kennung)
{
	key(f, ':');
	keys(f, kennung);
	key(f, '\r');
}

static void test_roadmap_gantt(void **state)
{
	struct fixture *f = *state;
	struct ws *w = NULL;
	struct assessment *as = NULL;
	char want[1024], t[900], line[2048];
	struct zeitplan *z = demo_zeitplan(f, &w, &as);
	size_t planned = 0;
	for (size_t o = 0; o < w->n_obj; o++)
		planned += z->plan->obj[o].grund == SG_GEPLANT;
	start(f, "xterm-256color", 40, 120);
	act(f, ACT_VIEW_5);
	snprintf(want, sizeof want, "Vorschau 01.2027–10.2034 · %zu von %zu geplant", planned, w->n_obj);
	assert_true(screen_find(want) >= 0);
	assert_true(screen_find("Zoom Quartal +/-") >= 0);
	assert_true(screen_find("- 10 Hauptamt (") >= 0);
	/* the selected object's reason line is the planner's */
	jump_to(f, "ANW-EAKTE");
	uint32_t o = ws_find_objekt(w, "ANW-EAKTE");
	zeitplan_warum_text(z, o, t, sizeof t);
	snprintf(want, sizeof want, "ANW-EAKTE: %s", t);
	assert_int_equal(screen_find(want), LINES - 3);
	assert_non_null(strstr(t, "wartet auf ANW-VERZEICHNIS"));
	int y = selected_line(2);
	assert_non_null(strstr(screen_line(y, line, sizeof line), "ANW-EAKTE"));
	assert_non_null(strstr(line, "█"));
	/* zoom: months, then back to quarters and years; + stops at months, - at years */
	key(f, '+');
	assert_true(screen_find("Zoom Monat") >= 0);
	assert_true(screen_find(" 01 02 03 04") >= 0);
	key(f, '+');
	assert_true(screen_find("Zoom Monat") >= 0);
	key(f, '-');
	key(f, '-');
	assert_true(screen_find("Zoom Jahr") >= 0);
	assert_true(screen_find("  2027  2028  2029") >= 0);
	key(f, '-');
	assert_true(screen_find("Zoom Jahr") >= 0);
	/* scrolling in time: one year later */
	act(f, ACT_RIGHT);
	assert_true(screen_find("  2028  2029") >= 0);
	assert_true(screen_find("  2027  2028") < 0);
	act(f, ACT_LEFT);
	act(f, ACT_LEFT); /* not before the start */
	assert_true(screen_find("  2027  2028") >= 0);
	/* the histogram and the capacity line */
	assert_true(screen_find("Last / Kapazität") >= 0);
	assert_true(screen_find("Kap. 80 PT/Monat") >= 0);
	zeitplan_free(&z);
	assessment_free(&as);
	ws_free(&w);
	stop(f);
}

static void test_roadmap_groups(void **state)
{
	struct fixture *f = *state;
	start(f, "xterm-256color", 40, 120);
	act(f, ACT_VIEW_5);
	/* the selection starts on the first object; Leertaste closes its group */
	assert_true(screen_find("ANW-EAKTE") >= 0);
	act(f, ACT_TOGGLE);
	assert_true(screen_find("+ 10 Hauptamt (8)") >= 0);
	assert_int_equal(screen_find("+ 10 Hauptamt (8)"), selected_line(2));
	assert_true(screen_find("ANW-EAKTE") < 0);
	/* a jump into the closed group opens it */
	jump_to(f, "ANW-EAKTE");
	assert_true(screen_find("- 10 Hauptamt (8)") >= 0);
	assert_int_equal(screen_find("ANW-EAKTE"), selected_line(2));
	/* by strategy; the not planned come last with their reason */
	act(f, ACT_LANES);
	assert_true(screen_find("10 Hauptamt") < 0);
	assert_true(screen_find("- Replatform (") >= 0);
	assert_int_equal(screen_find("ANW-EAKTE"), selected_line(2));
	act(f, ACT_END);
	assert_true(screen_find("- Nicht geplant (5)") >= 0);
	assert_true(screen_find("nicht geplant: Strategie") >= 0);
	stop(f);
}

static void test_roadmap_pin_undo(void **state)
{
	struct fixture *f = *state;
	char line[2048];
	start(f, "xterm-256color", 40, 120);
	act(f, ACT_VIEW_5);
	assert_true(screen_find("· 0 Verstöße") >= 0);
	jump_to(f, "ANW-EAKTE");
	/* a bad month is refused in the prompt */
	key(f, 'w');
	assert_true(screen_find("Beginn von ANW-EAKTE festlegen") >= 0);
	key(f, TK_CTRL('u'));
	keys(f, "2027-13");
	key(f, '\r');
	assert_true(screen_find("\"2027-13\" ist kein Monat") >= 0);
	/* 03.2027 lies before the end of ANW-VERZEICHNIS, which it needs: a violation */
	key(f, TK_CTRL('u'));
	keys(f, "03.2027");
	key(f, '\r');
	assert_true(screen_find("· 1 Verstoß") >= 0);
	int y = selected_line(2);
	assert_non_null(strstr(screen_line(y, line, sizeof line), "! ANW-EAKTE"));
	assert_true(screen_find("ANW-EAKTE: beginnt 03.2027") >= 0);
	/* undo: no pin, no violation; redo: pinned again */
	act(f, ACT_UNDO);
	assert_true(screen_find("· 0 Verstöße") >= 0);
	assert_true(screen_find("ANW-EAKTE: beginnt 04.2027: wartet auf ANW-VERZEICHNIS") >= 0);
	act(f, ACT_REDO);
	assert_true(screen_find("· 1 Verstoß") >= 0);
	/* W lifts the pin, u brings it back */
	key(f, 'W');
	assert_true(screen_find("· 0 Verstöße") >= 0);
	act(f, ACT_UNDO);
	assert_true(screen_find("· 1 Verstoß") >= 0);
	/* Enter opens the selected object */
	act(f, ACT_OPEN);
	assert_int_equal(app_detail_shown(f->app), 1);
	assert_true(screen_find("ANW-EAKTE — ") >= 0);
	stop(f);
}

static void test_roadmap_capacity_undo(void **state)
{
	struct fixture *f = *state;
	start(f, "xterm-256color", 40, 120);
	act(f, ACT_VIEW_5);
	jump_to(f, "ANW-EAKTE");
	assert_true(screen_find("ANW-EAKTE: beginnt 04.2027") >= 0);
	assert_true(screen_find("═") < 0);
	/* the prompt offers the Beginn month and its capacity; bad input stays in it */
	key(f, 'K');
	assert_true(screen_find("04.2027 80") >= 0);
	key(f, TK_CTRL('u'));
	keys(f, "04.2027 0,3");
	key(f, '\r');
	assert_true(screen_find("erwartet Monat und PT") >= 0);
	/* a holiday month: nothing fits in 04.2027, the exception shows in the histogram */
	key(f, TK_CTRL('u'));
	keys(f, "04.2027 0");
	key(f, '\r');
	assert_non_null(strstr(app_message(f->app), "Kapazität 04.2027: 0 PT gespeichert"));
	/* the plan parameters stay open under the prompt, listing the exception */
	assert_true(screen_find("Plan-Parameter und Kapazität") >= 0);
	assert_true(screen_find("Ausnahme 04.2027") >= 0);
	key(f, TK_ESC);
	assert_true(screen_find("ANW-EAKTE: beginnt 04.2027") < 0);
	assert_true(screen_find("═") >= 0);
	/* undo: the default again, the plan as before; redo: the exception again */
	act(f, ACT_UNDO);
	assert_true(screen_find("ANW-EAKTE: beginnt 04.2027") >= 0);
	assert_true(screen_find("═") < 0);
	act(f, ACT_REDO);
	assert_true(screen_find("═") >= 0);
	/* K with only the month: back to the default */
	key(f, 'K');
	key(f, TK_CTRL('u'));
	keys(f, "2027-04");
	key(f, '\r');
	assert_non_null(strstr(app_message(f->app), "wieder der Standard"));
	key(f, TK_ESC);
	assert_true(screen_find("ANW-EAKTE: beginnt 04.2027") >= 0);
	stop(f);
}

static void test_roadmap_replan_undo(void **state)
{
	struct fixture *f = *state;
	struct ws *w = NULL;
	struct assessment *as = NULL;
	struct zeitplan *z = NULL;
	struct wp_err e = { 0 };
	start(f, "xterm-256color", 24, 80);
	act(f, ACT_VIEW_5);
	/* nothing stored: the Gantt is a preview of what p stores */
	assert_true(screen_find("Vorschau 01.2027–10.2034 · 69 von 74 geplant") >= 0);
	assert_true(screen_find("nicht gespeichert (p) · Zeile 2 von 100") >= 0);
	act(f, ACT_EXPORT);
	assert_non_null(strstr(app_message(f->app), "Noch kein Plan: erst mit p planen"));
	key(f, 'p');
	assert_non_null(strstr(app_message(f->app), "Neu geplant ab 01.2027"));
	assert_true(screen_find("Plan 01.2027–10.2034 · 69 von 74 geplant") >= 0);
	load(f->store, &w, &as);
	assert_int_equal(store_load_zeitplan(f->store, w, as, &z, &e), 0);
	zeitplan_free(&z);
	/* undo: nothing stored again, the preview again */
	act(f, ACT_UNDO);
	assert_int_equal(store_load_zeitplan(f->store, w, as, &z, &e), -WP_ENOTFOUND);
	assert_true(screen_find("Vorschau 01.2027–10.2034") >= 0);
	assessment_free(&as);
	ws_free(&w);
	stop(f);
}

static void test_roadmap_ascii_tiny(void **state)
{
	struct fixture *f = *state;
	char line[2048];
	f->opts.ascii = 1;
	start(f, "vt100", 24, 80);
	act(f, ACT_VIEW_5);
	assert_true(screen_find("Kap. 80 PT/Monat") >= 0);
	assert_true(screen_find("####") >= 0);
	for (int y = 0; y < LINES; y++) {
		screen_line(y, line, sizeof line);
		for (const char *p = line; *p; p++)
			if ((unsigned char)*p >= 0x80)
				fail_msg("line %d is not ASCII: %s", y, line);
	}
	stop(f);
	f->opts.ascii = 0;
	text_set_ascii(0);
	/* NO_COLOR-like monochrome at 80x24: the markers are glyphs and text, not colour */
	start(f, "vt100", 24, 80);
	act(f, ACT_VIEW_5);
	jump_to(f, "ANW-RIS");
	assert_non_null(strstr(screen_line(selected_line(2), line, sizeof line), "┃"));
	assert_non_null(strstr(line, "▓"));
	assert_true(screen_find("─────") >= 0);
	/* a window below 80x24 says so; the Roadmap comes back whole */
	resizeterm(20, 60);
	app_relayout(f->app);
	app_draw(f->app);
	assert_true(screen_find("Fenster zu klein") >= 0);
	resizeterm(24, 80);
	app_relayout(f->app);
	app_draw(f->app);
	assert_true(screen_find("Last / Kapazität") >= 0);
	stop(f);
}

static void test_quickwins_parts_and_pilot(void **state)
{
	struct fixture *f = *state;
	char line[2048], b[3][32];
	struct ws *w = NULL;
	struct assessment *as = NULL;
	load(f->store, &w, &as);
	uint32_t *ranked = malloc(w->n_obj * sizeof *ranked);
	assert_non_null(ranked);
	size_t n = assess_quickwins(w, as, ranked);
	struct pilot_vorschlag *pv = NULL;
	size_t npv = 0;
	assert_int_equal(pilot_vorschlaege(w, as, &pv, &npv), 0);
	start(f, "xterm-256color", 24, 80);
	act(f, ACT_VIEW_6);
	snprintf(line, sizeof line, "Quick Wins: %zu von %zu Objekten geeignet", n, w->n_obj);
	assert_true(screen_find(line) >= 0);
	/* rows 1..3 as ranked, with the parts of the score */
	for (size_t i = 0; i < 3; i++) {
		struct qw_parts q;
		uint32_t o = ranked[i];
		assess_qw_parts(w, o, as->obj[o].schutzklasse, as->obj[o].aufwand, &q);
		int y = screen_find(w->obj[o].kennung);
		assert_true(y >= 0);
		screen_line(y, line, sizeof line);
		snprintf(b[0], sizeof b[0], " %d ", as->obj[o].qw);
		assert_non_null(strstr(line, b[0]));
		assert_non_null(strstr(line, format_num(q.nutzen, 2, 0, 1, b[1], sizeof b[1])));
		assert_non_null(strstr(line, format_num(q.leichtigkeit, 2, 0, 1, b[2], sizeof b[2])));
		if (i == 0)
			assert_int_equal(y, selected_line(0));
	}
	/* : jumps to a Kennung and / searches as in every list (tui/listview.h) */
	key(f, ':');
	keys(f, w->obj[ranked[1]].kennung);
	key(f, '\r');
	assert_int_equal(selected_line(0), screen_find(w->obj[ranked[1]].kennung));
	key(f, '/');
	keys(f, w->obj[ranked[2]].kennung);
	assert_true(screen_find("Esc abbrechen") >= 0); /* the footer of the prompt */
	key(f, '\r');
	assert_int_equal(selected_line(0), screen_find(w->obj[ranked[2]].kennung));
	act(f, ACT_HOME);
	/* the third is a pilot candidate: P hands its closure to the Piloten view */
	act(f, ACT_DOWN);
	act(f, ACT_DOWN);
	uint32_t o3 = ranked[2];
	assert_int_equal(as->obj[o3].pilot_kandidat, 1);
	const struct pilot_vorschlag *mine = NULL;
	for (size_t i = 0; i < npv; i++)
		if (pv[i].obj == o3)
			mine = &pv[i];
	assert_non_null(mine);
	snprintf(line, sizeof line, "%s: Punkte %d", w->obj[o3].kennung, as->obj[o3].qw);
	assert_true(screen_find(line) >= 0);
	key(f, 'P');
	assert_int_equal(app_tab(f->app), TAB_PILOTEN);
	snprintf(line, sizeof line, "Name des neuen Piloten mit %zu Objekten", mine->n_huelle);
	assert_true(screen_find(line) >= 0);
	key(f, TK_CTRL('u'));
	keys(f, "Maengel digital");
	key(f, '\r');
	assert_true(screen_find("Maengel digital — Status: Idee") >= 0);
	/* the store holds the pilot with exactly the closure */
	struct ws *w2 = NULL;
	struct assessment *as2 = NULL;
	load(f->store, &w2, &as2);
	uint32_t pi = pilot_find(w2, "Maengel digital");
	assert_int_not_equal(pi, WP_NONE);
	assert_int_equal(w2->pilot[pi].n_members, mine->n_huelle);
	for (size_t m = 0; m < mine->n_huelle; m++)
		assert_string_equal(w2->obj[w2->pilot[pi].members[m]].kennung,
				    w->obj[mine->huelle[m]].kennung);
	/* in a pilot now: no longer among the candidates (nor the rest of the closure) */
	struct pilot_vorschlag *pv2 = NULL;
	size_t npv2 = 0;
	assert_int_equal(pilot_vorschlaege(w2, as2, &pv2, &npv2), 0);
	assert_true(npv2 < npv);
	for (size_t i = 0; i < npv2; i++)
		assert_string_not_equal(w2->obj[pv2[i].obj].kennung, w->obj[o3].kennung);
	pilot_vorschlaege_free(pv2, npv2);
	act(f, ACT_VIEW_6);
	act(f, ACT_END);
	snprintf(line, sizeof line, "Pilotkandidaten: %zu ", npv2);
	for (int i = 0; i < 20 && screen_find(line) < 0; i++)
		act(f, ACT_PGUP);
	assert_true(screen_find(line) >= 0);
	assessment_free(&as2);
	ws_free(&w2);
	pilot_vorschlaege_free(pv, npv);
	free(ranked);
	assessment_free(&as);
	ws_free(&w);
	stop(f);
}

/* ---- Piloten ---- */

static void test_piloten_anwohnerparken(void **state)
{
	struct fixture *f = *state;
	char line[2048];
	store_plan(f->store, f->opts.heute);
	start(f, "xterm-256color", 40, 120);
	act(f, ACT_VIEW_7);
	assert_true(screen_find("Anwohnerparken — Status: geplant") >= 0);
	/* the pilot goes live together in 04.2027: wave 2 of the plan from 01.2027 */
	assert_true(screen_find("Welle: 2 (01.04.2027 – 30.06.2027)") >= 0);
	assert_true(screen_find("Mitglieder (5)") >= 0);
	int y = screen_find("FV-PARKAUSWEIS ");
	assert_true(y >= 0);
	assert_non_null(strstr(screen_line(y, line, sizeof line), "✓        ✓        ✗"));
	assert_true(screen_find("✓ DVC-OEFF   machbar: 5 von 5 Mitgliedern zulässig") >= 0);
	assert_true(screen_find("✗ DE-PRIVAT  nicht machbar: 0 von 5 Mitgliedern zulässig") >= 0);
	/* : jumps to a member by Kennung, / searches the lines, as in every list */
	key(f, ':');
	keys(f, "fv-parkausweis");
	key(f, '\r');
	assert_int_equal(selected_line(0), screen_find("FV-PARKAUSWEIS "));
	key(f, '/');
	keys(f, "de-privat");
	key(f, '\r');
	assert_int_equal(selected_line(0), screen_find("✗ DE-PRIVAT  nicht machbar"));
	act(f, ACT_HOME);
	/* what to clear first: the open checklist items, in order */
	act(f, ACT_END);
	assert_true(screen_find("Fehlende Voraussetzungen (6)") >= 0);
	assert_true(screen_find("1. offener Punkt: Datenschutz-Folgenabschätzung") >= 0);
	/* the last item, ticked: stored, one gap fewer, still selected */
	y = selected_line(0);
	assert_non_null(strstr(screen_line(y, line, sizeof line), "[ ] Sachbearbeitung"));
	key(f, ' ');
	assert_true(screen_find("Checkliste (4 von 9 erledigt)") >= 0);
	assert_true(screen_find("Fehlende Voraussetzungen (5)") >= 0);
	y = selected_line(0);
	assert_non_null(strstr(screen_line(y, line, sizeof line), "[x] Sachbearbeitung"));
	struct ws *w = NULL;
	struct assessment *as = NULL;
	load(f->store, &w, &as);
	uint32_t pi = pilot_find(w, "Anwohnerparken");
	assert_int_equal(w->pilot[pi].todos[8].done, 1);
	assessment_free(&as);
	ws_free(&w);
	/* a new item, then the status through its pick list */
	key(f, 'i');
	keys(f, "Testlauf");
	key(f, '\r');
	assert_true(screen_find("[ ] Testlauf") >= 0);
	assert_true(screen_find("Checkliste (4 von 10 erledigt)") >= 0);
	key(f, 'c');
	keys(f, "lauf");
	assert_true(screen_find("Status des Piloten") >= 0);
	key(f, '\r');
	assert_non_null(strstr(app_message(f->app), "Status laufend"));
	act(f, ACT_HOME);
	assert_true(screen_find("Anwohnerparken — Status: laufend") >= 0);
	load(f->store, &w, &as);
	pi = pilot_find(w, "Anwohnerparken");
	assert_int_equal(w->pilot[pi].status, PS_LAUFEND);
	assert_int_equal(w->pilot[pi].n_todos, 10);
	assessment_free(&as);
	ws_free(&w);
	/* → the next pilot */
	act(f, ACT_RIGHT);
	assert_true(screen_find("Hundesteuer online — Status: Idee") >= 0);
	/* an idea binds nothing: its members are planned one by one, and it says so */
	assert_true(screen_find("— nicht gebunden (Status Idee)") >= 0);
	stop(f);
}

static void test_inventar_marks_make_a_pilot(void **state)
{
	struct fixture *f = *state;
	start(f, "xterm-256color", 24, 80);
	act(f, ACT_VIEW_2);
	key(f, ':');
	keys(f, "FV-FRIEDHOF");
	key(f, '\r');
	key(f, ' ');
	assert_non_null(strstr(app_message(f->app), "1 Objekt markiert"));
	assert_true(screen_find("•FV-FRIEDHOF") >= 0);
	key(f, ':');
	keys(f, "REG-GRAB");
	key(f, '\r');
	key(f, ' ');
	assert_non_null(strstr(app_message(f->app), "2 Objekte markiert"));
	key(f, 'P');
	assert_int_equal(app_tab(f->app), TAB_PILOTEN);
	assert_true(screen_find("Name des neuen Piloten mit 2 Objekten (FV-FRIEDHOF,") >= 0);
	/* a taken name is refused in the prompt, nothing stored */
	key(f, TK_CTRL('u'));
	keys(f, "anwohnerparken");
	key(f, '\r');
	assert_true(screen_find("Name des neuen Piloten mit 2 Objekten") >= 0);
	key(f, TK_CTRL('u'));
	keys(f, "Friedhof");
	key(f, '\r');
	assert_true(screen_find("Friedhof — Status: Idee") >= 0);
	struct ws *w = NULL;
	struct assessment *as = NULL;
	load(f->store, &w, &as);
	assert_int_equal(w->n_pilot, 3);
	uint32_t pi = pilot_find(w, "Friedhof");
	assert_int_not_equal(pi, WP_NONE);
	assert_int_equal(w->pilot[pi].n_members, 2);
	assessment_free(&as);
	ws_free(&w);
	/* the marks are used up */
	act(f, ACT_VIEW_2);
	assert_true(screen_find("•FV-FRIEDHOF") < 0);
	stop(f);
}

/* An empty workspace: nothing to rank, no pilots; every key is harmless. */
static void test_empty_workspace(void **state)
{
	struct fixture *f = *state;
	struct wp_err e = { 0 };
	store_close(&f->store);
	assert_int_equal(store_open(":memory:", STORE_CREATE, &f->store, &e), 0);
	assert_int_equal(seed_workspace(f->store, 0, &e), 0);
	start(f, "xterm-256color", 24, 80);
	act(f, ACT_VIEW_5);
	assert_true(screen_find("Keine Objekte im Zeitplan.") >= 0);
	/* planning nothing stores a plan without waves; every view reloads from it */
	key(f, 'p');
	assert_non_null(strstr(app_message(f->app), "Neu geplant"));
	act(f, ACT_VIEW_2);
	act(f, ACT_VIEW_1);
	act(f, ACT_VIEW_5);
	act(f, ACT_PIN);
	act(f, ACT_LANES);
	act(f, ACT_VIEW_6);
	assert_true(screen_find("Kein Objekt kommt als Quick Win in Frage.") >= 0);
	assert_true(screen_find("Pilotkandidaten: 0") >= 0);
	act(f, ACT_DOWN);
	act(f, ACT_PILOT_NEW);
	assert_int_equal(app_tab(f->app), TAB_QUICKWINS);
	act(f, ACT_VIEW_7);
	assert_true(screen_find("Noch keine Piloten.") >= 0);
	act(f, ACT_TOGGLE);
	act(f, ACT_PILOT_STATUS);
	act(f, ACT_TODO_ADD);
	act(f, ACT_RIGHT);
	act(f, ACT_OPEN);
	assert_int_equal(app_detail_shown(f->app), 0);
	act(f, ACT_VIEW_2);
	act(f, ACT_PILOT_NEW);
	assert_int_equal(app_tab(f->app), TAB_INVENTAR);
	stop(f);
}

/* ---- the Quick-Wins CSV ---- */

static void test_export_quickwins(void **state)
{
	struct fixture *f = *state;
	struct ws *w = NULL;
	struct assessment *as = NULL;
	struct csvout *o = NULL;
	struct wp_err e = { 0 };
	char path[] = "/tmp/wp-qw-XXXXXX", buf[4096];
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	load(f->store, &w, &as);
	uint32_t *ranked = malloc(w->n_obj * sizeof *ranked);
	assert_non_null(ranked);
	size_t n = assess_quickwins(w, as, ranked);
	for (int d = 0; d < 2; d++) {
		assert_int_equal(csvout_open(path, d ? DIALECT_EXCEL_DE : DIALECT_RFC4180, &o, &e), 0);
		assert_int_equal(export_quickwins(w, as, o), 0);
		assert_int_equal(csvout_rows(o), n + 1);
		assert_int_equal(csvout_close(&o, 1, &e), 0);
		FILE *fp = fopen(path, "r");
		assert_non_null(fp);
		assert_non_null(fgets(buf, sizeof buf, fp));
		assert_string_equal(buf, d ? "\xEF\xBB\xBFRang;Kennung;Name;Behörde;Punkte;Nutzen;"
					     "Leichtigkeit;Risiko;OZG;Fallzahl;Aufwand_PT;"
					     "Schutzklasse;Plattform;Strategie;Pilotkandidat\r\n"
					   : "Rang,Kennung,Name,Behörde,Punkte,Nutzen,Leichtigkeit,"
					     "Risiko,OZG,Fallzahl,Aufwand_PT,Schutzklasse,Plattform,"
					     "Strategie,Pilotkandidat\r\n");
		assert_non_null(fgets(buf, sizeof buf, fp));
		char want[256];
		snprintf(want, sizeof want, d ? "1;%s;" : "1,%s,", w->obj[ranked[0]].kennung);
		assert_int_equal(strncmp(buf, want, strlen(want)), 0);
		assert_non_null(strstr(buf, d ? ";90;1,00;0,76;0,00;" : ",90,1.00,0.76,0.00,"));
		fclose(fp);
	}
	unlink(path);
	free(ranked);
	assessment_free(&as);
	ws_free(&w);
}

/* ---- golden screens with a stored plan ---- */

static void test_golden_plan_screens(void **state)
{
	struct fixture *f = *state;
	static const struct {
		int rows, cols;
	} sizes[] = { { 24, 80 }, { 40, 120 } };
	static const char *const langs[] = { "de", "en" };
	store_plan(f->store, f->opts.heute);
	for (size_t l = 0; l < 2; l++) {
		set_lang(langs[l]);
		for (size_t s = 0; s < 2; s++) {
			start(f, "xterm-256color", sizes[s].rows, sizes[s].cols);
			act(f, ACT_VIEW_7);
			golden_at("piloten-plan", langs[l], sizes[s].cols, sizes[s].rows);
			act(f, ACT_END);
			golden_at("piloten-plan-end", langs[l], sizes[s].cols, sizes[s].rows);
			/* the Gantt by month with a pin before its predecessor ends (a violation)
			 * and a month without capacity (an exception); both undone afterwards */
			act(f, ACT_VIEW_5);
			jump_to(f, "ANW-EAKTE");
			key(f, 'w');
			key(f, TK_CTRL('u'));
			keys(f, "2027-03");
			key(f, '\r');
			key(f, 'K');
			key(f, TK_CTRL('u'));
			keys(f, "2027-08 0");
			key(f, '\r');
			key(f, TK_ESC);
			key(f, '+');
			golden_at("roadmap-gantt", langs[l], sizes[s].cols, sizes[s].rows);
			act(f, ACT_UNDO);
			act(f, ACT_UNDO);
			stop(f);
		}
	}
	set_lang("de");
}

int main(void)
{
	harness_env();
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_roadmap_gantt, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_roadmap_groups, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_roadmap_pin_undo, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_roadmap_capacity_undo, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_roadmap_replan_undo, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_roadmap_ascii_tiny, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_quickwins_parts_and_pilot, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_piloten_anwohnerparken, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_inventar_marks_make_a_pilot, open_demo,
						close_demo),
		cmocka_unit_test_setup_teardown(test_empty_workspace, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_export_quickwins, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_golden_plan_screens, open_demo, close_demo),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
