/* Headless screen tests of the Beschlüsse view (tui/view_beschluesse.c) and of the decision
 * blocks of the Objekt-Detail and the Piloten view: the list in date order (golden screens),
 * Enter on a decision naming one object opens it, a recorded and a removed decision each
 * undone and redone, a bad date refused in the form with the expected format named, the
 * form's scenario chosen from the scenarios or none. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/store.h"
#include "data/store_beschluss.h"
#include "data/szenario.h"
#include "tests/tui_harness.h"
#include "tui/actions.h"
#include "tui/app.h"

/* Records a decision straight into the store (recorded at erstellt, no clock). */
static void record(struct store *s, const char *datum, const char *gremium, const char *text,
		   const char *objekt, const char *pilot, int64_t erstellt)
{
	struct ws *w = NULL;
	struct wp_err e = { 0 };
	struct beschluss b;
	const char *o[1] = { objekt }, *p[1] = { pilot };
	struct beschluss_eingabe in = { datum, gremium, text, NULL, o, objekt ? 1 : 0, p,
					pilot ? 1 : 0, NULL, 0, erstellt };
	assert_int_equal(store_load(s, &w, &e), 0);
	assert_int_equal(beschluss_bauen(w, &in, &b, NULL, &e), 0);
	assert_int_equal(store_beschluss_add(s, w, &b, NULL, &e), 0);
	beschluss_free_links(&b, 1);
	ws_free(&w);
}

/* The number of decisions stored. */
static size_t stored(struct store *s)
{
	struct ws *w = NULL;
	struct wp_err e = { 0 };
	assert_int_equal(store_load(s, &w, &e), 0);
	size_t n = w->n_bes;
	ws_free(&w);
	return n;
}

static int open_log(void **state)
{
	if (open_demo(state))
		return -1;
	struct fixture *f = *state;
	setenv("TZ", "UTC", 1);
	record(f->store, "14.03.2027", "Digitalausschuss",
	       "Die E-Akte zieht als erstes Fachverfahren in die Landescloud um", "ANW-EAKTE",
	       NULL, 1795000000);
	record(f->store, "10.01.2027", "Hauptausschuss", "Pilot Anwohnerparken starten", NULL,
	       "Anwohnerparken", 1795000100);
	return 0;
}

static void test_list_and_open(void **state)
{
	struct fixture *f = *state;
	static const struct { int rows, cols; } sizes[] = { { 24, 80 }, { 40, 120 } };
	for (size_t s = 0; s < 2; s++) {
		start(f, "xterm-256color", sizes[s].rows, sizes[s].cols);
		act(f, ACT_VIEW_8);
		assert_int_equal(app_tab(f->app), TAB_BESCHLUESSE);
		golden_at("beschluesse-liste", "de", sizes[s].cols, sizes[s].rows);
		stop(f);
	}
	start(f, "xterm-256color", 40, 120);
	act(f, ACT_VIEW_8);
	/* date order: the Hauptausschuss first; it names no object, Enter stays */
	assert_true(screen_find("1 10.01.2027 Hauptausschuss") >= 0 ||
		    screen_find("  1 10.01.2027") >= 0);
	act(f, ACT_OPEN);
	assert_int_equal(app_tab(f->app), TAB_BESCHLUESSE);
	act(f, ACT_DOWN);
	assert_true(screen_find("Beschluss 2 von 2") >= 0);
	act(f, ACT_OPEN);
	assert_true(screen_find("ANW-EAKTE") >= 0);
	assert_true(screen_find("Beschlüsse") >= 0);
	act(f, ACT_END); /* the block sits after the notes, before the dependencies */
	assert_true(screen_find("14.03.2027 Digitalausschuss: Die E-Akte zieht") >= 0);
	golden_at("detail-beschluss", "de", 120, 40);
	stop(f);
	/* the pilot shows the decision that names it */
	start(f, "xterm-256color", 40, 120);
	act(f, ACT_VIEW_7);
	act(f, ACT_END);
	assert_true(screen_find("10.01.2027 Hauptausschuss: Pilot Anwohnerparken starten") >= 0);
	stop(f);
}

/* Fills the open form: date, Gremium "Rat", text; leaves the cursor on the Szenario. */
static void ausfuellen(struct fixture *f, const char *datum, const char *text)
{
	keys(f, datum);
	key(f, '\t');
	keys(f, "Rat");
	key(f, '\t');
	keys(f, text);
	key(f, '\t');
}

static void test_add_remove_undo(void **state)
{
	struct fixture *f = *state;
	start(f, "xterm-256color", 24, 80);
	act(f, ACT_VIEW_8);
	key(f, 'a');
	assert_true(screen_find("Neuer Beschluss") >= 0);
	ausfuellen(f, "31.02.2027", "Intranet abschalten");
	key(f, '\t'); /* the scenario stays none */
	keys(f, "anw-intranet");
	key(f, '\r');
	/* refused in the form, the expected format named */
	assert_true(screen_find("erwartet: TT.MM.JJJJ") >= 0);
	assert_int_equal(stored(f->store), 2);
	/* the form went to the date */
	key(f, TK_CTRL('u'));
	keys(f, "01.04.2027");
	key(f, '\r');
	assert_non_null(strstr(app_message(f->app), "Beschluss vom 01.04.2027 (Rat) erfasst"));
	assert_int_equal(stored(f->store), 3);
	assert_true(screen_find("Beschluss 3 von 3") >= 0);
	/* removing asks; no keeps it */
	key(f, 'D');
	assert_true(screen_find("Beschluss entfernen") >= 0);
	key(f, 'n');
	assert_int_equal(stored(f->store), 3);
	key(f, 'D');
	key(f, 'j');
	assert_non_null(strstr(app_message(f->app), "Beschluss vom 01.04.2027 (Rat) entfernt"));
	assert_int_equal(stored(f->store), 2);
	/* undo the removal, then the add; redo both */
	act(f, ACT_UNDO);
	assert_non_null(strstr(app_message(f->app), "wiederhergestellt"));
	assert_int_equal(stored(f->store), 3);
	act(f, ACT_UNDO);
	assert_int_equal(stored(f->store), 2);
	act(f, ACT_REDO);
	act(f, ACT_REDO);
	assert_int_equal(stored(f->store), 2);
	act(f, ACT_UNDO);
	assert_int_equal(stored(f->store), 3);
	stop(f);
}

/* The decision as stored at position i of the log: its scenario ("" = none). */
static void stored_szenario(struct store *s, size_t i, const char *want)
{
	struct ws *w = NULL;
	struct wp_err e = { 0 };
	assert_int_equal(store_load(s, &w, &e), 0);
	assert_true(i < w->n_bes);
	assert_string_equal(w->bes[i].szenario, want);
	ws_free(&w);
}

/* The form's Szenario field: a pick list of the scenarios, or none (as beschluss add
 * --szenario NAME). */
static void test_szenario_feld(void **state)
{
	struct fixture *f = *state;
	struct wp_err e = { 0 };
	assert_int_equal(szenario_create(f->store, "Sparvariante", NULL, &e), 0);
	start(f, "xterm-256color", 24, 80);
	act(f, ACT_VIEW_8);
	key(f, 'a');
	assert_true(screen_find("Szenario") >= 0);
	assert_true(screen_find("(kein Szenario)") >= 0);
	ausfuellen(f, "01.04.2027", "Sparvariante vorbereiten");
	keys(f, "spar"); /* typing searches the scenarios; Enter takes the match */
	assert_true(screen_find("Sparvariante") >= 0);
	key(f, '\r');
	key(f, '\r');
	assert_non_null(strstr(app_message(f->app), "Beschluss vom 01.04.2027 (Rat) erfasst"));
	assert_int_equal(stored(f->store), 3);
	stored_szenario(f->store, 2, "Sparvariante");
	assert_true(screen_find("Sparvariante") >= 0); /* the selected decision names it */
	/* Space opens the list, the first item is none */
	key(f, 'a');
	ausfuellen(f, "02.04.2027", "Nichts");
	key(f, ' ');
	key(f, TK_FN(KEY_HOME));
	key(f, '\r');
	key(f, '\r');
	assert_int_equal(stored(f->store), 4);
	stored_szenario(f->store, 3, "");
	stop(f);
}

int main(void)
{
	harness_env();
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_list_and_open, open_log, close_demo),
		cmocka_unit_test_setup_teardown(test_add_remove_undo, open_log, close_demo),
		cmocka_unit_test_setup_teardown(test_szenario_feld, open_log, close_demo),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
