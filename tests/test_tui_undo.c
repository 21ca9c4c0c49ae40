/* Headless screen tests of the dashboard's write paths: a pin, a re-plan, a checklist
 * toggle, a new pilot and a new checklist item are each undone and redone through the
 * session journal (u, Ctrl-R), checked against what the store holds; and the Plattformen
 * form refuses a bad rank or code with the very message of model/platform.h that the CLI
 * prints (tests/cli/cli_assess.sh); a Behörde renamed in the Inventar's tree is undone and
 * redone likewise. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/edit_plan.h"
#include "data/edit_zeitplan.h"
#include "data/store.h"
#include "data/store_pilot.h"
#include "data/store_plan.h"
#include "model/assess.h"
#include "model/monat.h"
#include "model/plan.h"
#include "model/zeitplan.h"
#include "model/platform.h"
#include "tests/tui_harness.h"
#include "tui/actions.h"
#include "tui/app.h"

/* The workspace, its assessment and the stored Zeitplan with its wave view (NULL if
 * none), owned by the caller. */
struct stored {
	struct ws *w;
	struct assessment *as;
	struct zeitplan *z;
	struct plan *pl;
};

static void stored_load(struct store *s, struct stored *t)
{
	struct wp_err e = { 0 };
	memset(t, 0, sizeof *t);
	assert_int_equal(store_load(s, &t->w, &e), 0);
	assert_int_equal(assess_run(t->w, &t->as), 0);
	int rc = store_load_zeitplan(s, t->w, t->as, &t->z, &e);
	assert_true(rc == 0 || rc == -WP_ENOTFOUND);
	if (t->z)
		assert_int_equal(plan_aus_zeitplan(t->z, &t->pl), 0);
}

static void stored_free(struct stored *t)
{
	plan_free(&t->pl);
	zeitplan_free(&t->z);
	assessment_free(&t->as);
	ws_free(&t->w);
}

/* Plans the stored workspace on day heute and stores the plan (no journal). */
static void store_plan(struct store *s, int32_t heute)
{
	struct stored t;
	struct zeitplan_params prm;
	struct zeitplan *z = NULL;
	struct wp_err e = { 0 };
	stored_load(s, &t);
	zeitplan_params_default(t.w, heute, &prm);
	assert_int_equal(zeitplan_run(t.w, t.as, &prm, &z), 0);
	assert_int_equal(edit_zeitplan_save(NULL, s, t.w, &t.as, z, &e), 0);
	zeitplan_free(&z);
	stored_free(&t);
}

/* The pinned month and the stored Beginn month of object kennung. */
static void pin_and_wave(struct store *s, const char *kennung, int32_t *pin, int32_t *beginn)
{
	struct stored t;
	stored_load(s, &t);
	uint32_t o = ws_find_objekt(t.w, kennung);
	assert_int_not_equal(o, WP_NONE);
	assert_non_null(t.z);
	*pin = t.w->obj[o].pin_monat;
	*beginn = t.z->plan->obj[o].beginn;
	stored_free(&t);
}

static void test_undo_pin(void **state)
{
	struct fixture *f = *state;
	int32_t pin, beginn, beginn0, jan = monat_von(2027, 1);
	store_plan(f->store, f->opts.heute);
	pin_and_wave(f->store, "ANW-EAKTE", &pin, &beginn0);
	assert_int_equal(pin, 0);
	assert_true(beginn0 > jan);
	start(f, "xterm-256color", 40, 120);
	act(f, ACT_VIEW_5);
	key(f, ':');
	keys(f, "ANW-EAKTE");
	key(f, '\r');
	key(f, 'w');
	assert_true(screen_find("Beginn von ANW-EAKTE festlegen") >= 0);
	key(f, TK_CTRL('u'));
	keys(f, "2027-01");
	key(f, '\r');
	pin_and_wave(f->store, "ANW-EAKTE", &pin, &beginn);
	assert_int_equal(pin, jan);
	assert_int_equal(beginn, jan);
	/* undo: no pin, and the stored plan has the object at its old Beginn again */
	act(f, ACT_UNDO);
	assert_non_null(strstr(app_message(f->app), "Beginn von ANW-EAKTE nicht festgelegt"));
	pin_and_wave(f->store, "ANW-EAKTE", &pin, &beginn);
	assert_int_equal(pin, 0);
	assert_int_equal(beginn, beginn0);
	/* redo: pinned again */
	act(f, ACT_REDO);
	assert_non_null(strstr(app_message(f->app), "Beginn von ANW-EAKTE auf 01.2027 festgelegt"));
	pin_and_wave(f->store, "ANW-EAKTE", &pin, &beginn);
	assert_int_equal(pin, jan);
	assert_int_equal(beginn, jan);
	stop(f);
}

static void test_undo_replan(void **state)
{
	struct fixture *f = *state;
	struct stored t;
	start(f, "xterm-256color", 24, 80);
	act(f, ACT_VIEW_5);
	key(f, 'p');
	assert_non_null(strstr(app_message(f->app), "Neu geplant ab 01.2027"));
	stored_load(f->store, &t);
	assert_non_null(t.pl);
	size_t n_welle = t.pl->n_welle;
	stored_free(&t);
	/* undo: no plan stored, as before */
	act(f, ACT_UNDO);
	assert_non_null(strstr(app_message(f->app), "kein gespeicherter Plan"));
	stored_load(f->store, &t);
	assert_null(t.pl);
	stored_free(&t);
	/* redo: the same plan again */
	act(f, ACT_REDO);
	stored_load(f->store, &t);
	assert_non_null(t.pl);
	assert_int_equal(t.pl->n_welle, n_welle);
	stored_free(&t);
	stop(f);
}

/* Whether checklist item k (0-based) of pilot name is done in the store. */
static int todo_done(struct store *s, const char *name, size_t k)
{
	struct stored t;
	stored_load(s, &t);
	uint32_t pi = pilot_find(t.w, name);
	assert_int_not_equal(pi, WP_NONE);
	assert_true(k < t.w->pilot[pi].n_todos);
	int done = t.w->pilot[pi].todos[k].done;
	stored_free(&t);
	return done;
}

static void test_undo_checklist_toggle(void **state)
{
	struct fixture *f = *state;
	char line[2048];
	start(f, "xterm-256color", 40, 120);
	act(f, ACT_VIEW_7);
	assert_true(screen_find("Anwohnerparken — Status:") >= 0);
	act(f, ACT_END);
	int y = selected_line(0);
	assert_non_null(strstr(screen_line(y, line, sizeof line), "[ ] Sachbearbeitung"));
	assert_int_equal(todo_done(f->store, "Anwohnerparken", 8), 0);
	key(f, ' ');
	assert_int_equal(todo_done(f->store, "Anwohnerparken", 8), 1);
	assert_true(screen_find("Checkliste (4 von 9 erledigt)") >= 0);
	act(f, ACT_UNDO);
	assert_non_null(strstr(app_message(f->app), "Punkt 9 wieder offen"));
	assert_int_equal(todo_done(f->store, "Anwohnerparken", 8), 0);
	assert_true(screen_find("Checkliste (3 von 9 erledigt)") >= 0);
	act(f, ACT_REDO);
	assert_int_equal(todo_done(f->store, "Anwohnerparken", 8), 1);
	assert_true(screen_find("Checkliste (4 von 9 erledigt)") >= 0);
	stop(f);
}

/* The pilot named name as stored: its store id, members and checklist items (-1 for the
 * id when there is none). */
static int64_t pilot_state(struct store *s, const char *name, size_t *members, size_t *todos,
			   int *last_done)
{
	struct stored t;
	stored_load(s, &t);
	uint32_t pi = pilot_find(t.w, name);
	int64_t id = pi == WP_NONE ? -1 : t.w->pilot[pi].id;
	*members = *todos = 0;
	*last_done = -1;
	if (pi != WP_NONE) {
		*members = t.w->pilot[pi].n_members;
		*todos = t.w->pilot[pi].n_todos;
		if (*todos)
			*last_done = t.w->pilot[pi].todos[*todos - 1].done;
	}
	stored_free(&t);
	return id;
}

/* A new pilot from two marked objects, a checklist item added to it and ticked: undone
 * step by step back to no pilot, then redone to the same state under the same store id
 * (the later steps name the pilot by it). */
static void test_undo_pilot_create_and_item(void **state)
{
	struct fixture *f = *state;
	size_t nm, nt;
	int done;
	start(f, "xterm-256color", 24, 80);
	act(f, ACT_VIEW_2);
	static const char *const marked[] = { "FV-FRIEDHOF", "REG-GRAB" };
	for (size_t i = 0; i < 2; i++) {
		key(f, ':');
		keys(f, marked[i]);
		key(f, '\r');
		key(f, ' ');
	}
	key(f, 'P');
	key(f, TK_CTRL('u'));
	keys(f, "Friedhof");
	key(f, '\r');
	assert_true(screen_find("Friedhof — Status: Idee") >= 0);
	int64_t id = pilot_state(f->store, "Friedhof", &nm, &nt, &done);
	assert_true(id > 0);
	assert_int_equal(nm, 2);
	key(f, 'i');
	keys(f, "Testlauf");
	key(f, '\r');
	assert_true(screen_find("[ ] Testlauf") >= 0);
	act(f, ACT_END);
	key(f, ' ');
	assert_int_equal(pilot_state(f->store, "Friedhof", &nm, &nt, &done), id);
	assert_int_equal(nt, 1);
	assert_int_equal(done, 1);
	/* back: the tick, the item, the pilot */
	act(f, ACT_UNDO);
	pilot_state(f->store, "Friedhof", &nm, &nt, &done);
	assert_int_equal(done, 0);
	act(f, ACT_UNDO);
	assert_non_null(strstr(app_message(f->app), "Punkt \"Testlauf\" entfernt"));
	pilot_state(f->store, "Friedhof", &nm, &nt, &done);
	assert_int_equal(nt, 0);
	act(f, ACT_UNDO);
	assert_non_null(strstr(app_message(f->app), "Pilot \"Friedhof\" entfernt"));
	assert_int_equal(pilot_state(f->store, "Friedhof", &nm, &nt, &done), -1);
	/* forward again: the same pilot, members, item and tick */
	act(f, ACT_REDO);
	act(f, ACT_REDO);
	act(f, ACT_REDO);
	assert_int_equal(pilot_state(f->store, "Friedhof", &nm, &nt, &done), id);
	assert_int_equal(nm, 2);
	assert_int_equal(nt, 1);
	assert_int_equal(done, 1);
	stop(f);
}

/* The Plattformen form refuses a rank and a code with the message the model gives (and
 * the CLI prints): checked for rank 0 and 1001 and a code with a bad character. */
static void test_platform_rules_as_cli(void **state)
{
	struct fixture *f = *state;
	struct wp_err e = { 0 };
	int r;
	start(f, "xterm-256color", 40, 160);
	key(f, '4');
	static const char *const bad[] = { "0", "1001" };
	for (size_t i = 0; i < 2; i++) {
		key(f, 'a');
		keys(f, "KREIS-RZ");
		key(f, TK_TAB);
		keys(f, "Rechenzentrum");
		key(f, TK_TAB);
		key(f, TK_CTRL('u'));
		keys(f, bad[i]);
		key(f, '\r');
		assert_int_equal(pf_rang_parse(bad[i], &r, &e), -WP_EINVAL);
		assert_true(screen_find(e.msg) >= 0);
		key(f, TK_ESC);
	}
	key(f, 'a');
	keys(f, "KREIS/RZ");
	key(f, TK_TAB);
	keys(f, "Rechenzentrum");
	key(f, '\r');
	assert_int_equal(pf_code_check("KREIS/RZ", &e), -WP_EINVAL);
	*strchr(e.msg, ',') = '\0'; /* the form crops the rest of the line */
	assert_true(screen_find(e.msg) >= 0);
	key(f, TK_ESC);
	stop(f);
}

/* The Behörde named name as stored: 1 if there is one, else 0. */
static int beh_stored(struct store *s, const char *name)
{
	struct stored t;
	stored_load(s, &t);
	int found = ws_find_behoerde(t.w, name) != WP_NONE;
	stored_free(&t);
	return found;
}

/* In the Inventar's Behörden tree: e renames the selected Behörde (one undo step, stored
 * at once); removing a non-empty one is refused in the status line. */
static void test_undo_behoerde_rename(void **state)
{
	struct fixture *f = *state;
	start(f, "xterm-256color", 40, 120);
	act(f, ACT_VIEW_2);
	act(f, ACT_LEFT);
	for (int i = 0; i < 3; i++)
		act(f, ACT_DOWN);
	assert_non_null(strstr(screen_line(selected_line(0), (char[256]){ 0 }, 256), "10 Hauptamt"));
	act(f, ACT_DELETE);
	assert_non_null(strstr(app_message(f->app), "nicht leer (8 Objekte zugeordnet)"));
	act(f, ACT_EDIT);
	keys(f, " und Personal");
	key(f, '\r');
	assert_non_null(strstr(app_message(f->app), "umbenannt in \"10 Hauptamt und Personal\""));
	assert_true(beh_stored(f->store, "10 Hauptamt und Personal"));
	assert_true(screen_find("10 Hauptamt und Personal") >= 0);
	act(f, ACT_UNDO);
	assert_true(beh_stored(f->store, "10 Hauptamt"));
	assert_false(beh_stored(f->store, "10 Hauptamt und Personal"));
	assert_non_null(strstr(app_message(f->app), "umbenannt in \"10 Hauptamt\""));
	act(f, ACT_REDO);
	assert_true(beh_stored(f->store, "10 Hauptamt und Personal"));
	stop(f);
}

int main(void)
{
	harness_env();
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_undo_pin, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_undo_replan, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_undo_checklist_toggle, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_undo_pilot_create_and_item, open_demo,
						close_demo),
		cmocka_unit_test_setup_teardown(test_platform_rules_as_cli, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_undo_behoerde_rename, open_demo, close_demo),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
