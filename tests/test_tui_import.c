/* Headless screen test of the import dialog (key I, tui/import_dialog.c): a spreadsheet
 * with foreign columns is previewed, its columns mapped through the pick list, dry-run,
 * imported in one transaction (checked in the store), and the mapping saved as DATEI.map
 * is offered when the file is opened again. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/store.h"
#include "model/fields.h"
#include "tests/tui_harness.h"
#include "tui/actions.h"
#include "tui/app.h"

static const char sheet[] =
	"Kennung;Verfahren;Amt;Typ;Nutzer\n"
	"NEU-1;Hundesteuer neu;Steueramt Nord;Fachverfahren;1.200\n"
	"NEU-2;Friedhof neu;Steueramt Nord;Anwendung;7\n"
	";;;;\n";

static void write_file(const char *name, const char *text)
{
	FILE *fp = fopen(name, "w");
	assert_non_null(fp);
	fputs(text, fp);
	fclose(fp);
}

/* Opens the dialog on liste.csv: the preview. */
static void open_liste(struct fixture *f)
{
	key(f, 'I');
	assert_true(screen_find("Inventar importieren") >= 0);
	/* the key line says what Enter does here (not the prompts' usual "speichert") */
	assert_true(screen_find("Eingabe zeigt die Vorschau · Esc bricht ab") >= 0);
	keys(f, "liste.csv");
	key(f, '\r');
	assert_true(screen_find("Import: liste.csv") >= 0);
	assert_true(screen_find("Vorschau der ersten Zeilen") >= 0);
	assert_true(screen_find("Hundesteuer neu") >= 0);
}

/* Chooses the target typed as query for the selected foreign column. */
static void map_to(struct fixture *f, const char *target)
{
	key(f, '\r');
	assert_true(screen_find("Zielspalte für") >= 0);
	keys(f, target);
	key(f, '\r');
}

static void test_import_dialog(void **state)
{
	struct fixture *f = *state;
	write_file("liste.csv", sheet);
	start(f, "xterm-256color", 30, 110);
	open_liste(f);
	assert_true(screen_find("Verfahren → ? (noch nicht zugeordnet)") >= 0);
	assert_true(screen_find("Amt → ? (noch nicht zugeordnet)") >= 0);
	key(f, 'p'); /* a dry run needs every column decided */
	assert_true(screen_find("Spalte \"Verfahren\": bitte eine Zielspalte wählen") >= 0);
	map_to(f, "Name");
	assert_true(screen_find("Verfahren → Name") >= 0);
	key(f, 'j');
	map_to(f, "Behörde");
	assert_true(screen_find("Amt → Behörde") >= 0);
	key(f, 's');
	assert_true(screen_find("Zuordnung gespeichert: liste.csv.map") >= 0);
	FILE *mp = fopen("liste.csv.map", "r");
	assert_non_null(mp);
	fclose(mp);

	key(f, 'p');
	assert_true(screen_find("Probelauf: 2 Zeilen gültig — 2 neu, 0 geändert") >= 0);
	assert_true(screen_find("1 leere Zeile übersprungen.") >= 0);
	assert_true(screen_find("nicht rückgängig zu machen") >= 0);
	key(f, '\r');
	assert_true(screen_find("Import liste.csv: 2 Zeilen — 2 neu") >= 0);

	/* in the store, and in the dashboard's workspace (loaded again) */
	struct ws *w = NULL;
	struct wp_err e = { 0 };
	assert_int_equal(store_load(f->store, &w, &e), 0);
	uint32_t o = ws_find_objekt(w, "NEU-1");
	assert_true(o != WP_NONE);
	assert_string_equal(w->obj[o].name, "Hundesteuer neu");
	assert_string_equal(w->beh[w->obj[o].behoerde].name, "Steueramt Nord");
	assert_int_equal(w->obj[o].nutzer, 1200);
	ws_free(&w);
	assert_int_equal(app_show_object(f->app, "NEU-2"), 0);

	/* the saved mapping is offered next time */
	key(f, TK_ESC);
	open_liste(f);
	assert_true(screen_find("Zuordnung aus liste.csv.map übernommen.") >= 0);
	assert_true(screen_find("Verfahren → Name") >= 0);
	key(f, 'p');
	assert_true(screen_find("2 unverändert") >= 0);
	key(f, TK_ESC);
	key(f, TK_ESC);
	assert_true(screen_find("Vorschau der ersten Zeilen") < 0);
	stop(f);
}

/* A file that cannot be read stays in the prompt with the reason. */
static void test_import_dialog_missing(void **state)
{
	struct fixture *f = *state;
	start(f, "xterm-256color", 30, 110);
	key(f, 'I');
	keys(f, "gibtsnicht.csv");
	key(f, '\r');
	assert_true(screen_find("gibtsnicht.csv: kann nicht gelesen werden") >= 0);
	key(f, TK_ESC);
	assert_true(screen_find("Inventar importieren") < 0);
	stop(f);
}

int main(void)
{
	harness_env();
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_import_dialog, open_demo_tmpdir, close_demo),
		cmocka_unit_test_setup_teardown(test_import_dialog_missing, open_demo_tmpdir,
						close_demo),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
