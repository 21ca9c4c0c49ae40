/* Headless screen tests of the Objekt-Detail and the editing widgets: the app runs on the
 * seeded demo against newterm() on /dev/null at 80×24 and 120×40; tests feed actions and
 * keys, read the screen back from curscr and check the store the way a user reopening the
 * workspace would. Golden dumps (tests/golden/detail-*.txt) in German and English;
 * WP_GOLDEN_UPDATE=1 rewrites them. Plus unit tests of the pick list and line editor. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

#include "data/edit.h"
#include "data/seed.h"
#include "data/store.h"
#include "model/date.h"
#include "model/fields.h"
#include "model/utf8.h"
#include "tests/tui_harness.h"
#include "tui/actions.h"
#include "tui/app.h"
#include "tui/pick.h"
#include "tui/view.h"
#include "tui/widget.h"

/* close_demo, then German again for the next test (a failed one may leave English on). */
static int close_demo_de(void **state)
{
	close_demo(state);
	set_lang("de");
	return 0;
}

/* Moves the selection down from the top until its line contains needle. */
static int select_row(struct fixture *f, const char *needle)
{
	char line[2048];
	act(f, ACT_HOME);
	for (int i = 0; i < 200; i++) {
		int y = selected_line(2);
		if (y >= 0 && strstr(screen_line(y, line, sizeof line), needle))
			return y;
		act(f, ACT_DOWN);
	}
	fail_msg("no row with \"%s\"", needle);
	return -1;
}

/* Pages down from the top until needle shows; returns its line. */
static int page_to(struct fixture *f, const char *needle)
{
	int y;
	act(f, ACT_HOME);
	for (int i = 0; i < 30 && (y = screen_find(needle)) < 0; i++)
		act(f, ACT_PGDN);
	return screen_find(needle);
}

/* Field f of object kennung as stored. */
static char *stored(struct fixture *f, const char *kennung, int fld, char *buf, size_t n)
{
	struct ws *w = NULL;
	struct wp_err e = { 0 };
	assert_int_equal(store_load(f->store, &w, &e), 0);
	uint32_t o = ws_find_objekt(w, kennung);
	if (o == WP_NONE)
		snprintf(buf, n, "(fehlt)");
	else
		objekt_get(w, o, fld, 0, buf, n);
	ws_free(&w);
	return buf;
}

static size_t stored_count(struct fixture *f)
{
	struct ws *w = NULL;
	struct wp_err e = { 0 };
	assert_int_equal(store_load(f->store, &w, &e), 0);
	size_t n = w->n_obj;
	ws_free(&w);
	return n;
}

/* ---- widgets ---- */

static const char *const names[] = { "Straßenverkehrsamt", "Standesamt", "Bürgerservice",
				     "Ordnungsamt", "Bauamt" };

static const char *name_item(void *ctx, size_t i, char *buf, size_t n)
{
	(void)ctx;
	(void)buf;
	(void)n;
	return names[i];
}

static void test_pick_search(void **state)
{
	struct pick p;
	(void)state;
	assert_int_equal(pick_open(&p, "Behörde", 5, name_item, NULL, NULL), 0);
	assert_int_equal(p.n_match, 5);
	/* case-insensitive, umlauts too; a longer query narrows the matches */
	assert_int_equal(pick_key(&p, 'A'), WR_CHANGED);
	assert_int_equal(p.n_match, 4);
	pick_key(&p, 'M');
	assert_int_equal(p.n_match, 4); /* "amt" in all but Bürgerservice */
	pick_key(&p, 'T');
	pick_key(&p, TK_FN(KEY_BACKSPACE));
	pick_key(&p, TK_FN(KEY_BACKSPACE));
	pick_key(&p, TK_FN(KEY_BACKSPACE));
	assert_int_equal(p.n_match, 5);
	pick_set_query(&p, "STRASSE");
	assert_int_equal(p.n_match, 0);
	assert_int_equal(pick_selected(&p), (size_t)-1);
	assert_int_equal(pick_key(&p, '\r'), WR_CHANGED); /* nothing to choose */
	pick_set_query(&p, "ÜRGER");
	assert_int_equal(p.n_match, 1);
	assert_int_equal(pick_selected(&p), 2);
	pick_set_query(&p, "");
	pick_select(&p, 3);
	pick_key(&p, TK_FN(KEY_DOWN));
	assert_int_equal(pick_selected(&p), 4);
	pick_key(&p, TK_FN(KEY_DOWN));
	assert_int_equal(pick_selected(&p), 4);
	assert_int_equal(pick_key(&p, '\r'), WR_DONE);
	assert_int_equal(pick_key(&p, TK_ESC), WR_CANCEL);
	pick_free(&p);
	pick_free(&p); /* twice is harmless */
}

static void test_line_edit(void **state)
{
	struct line_edit l;
	(void)state;
	line_set(&l, "Größe");
	assert_int_equal(l.cur, strlen("Größe"));
	line_key(&l, TK_FN(KEY_BACKSPACE));
	assert_string_equal(l.buf, "Größ");
	line_key(&l, TK_FN(KEY_LEFT));
	line_key(&l, TK_FN(KEY_LEFT));
	line_key(&l, 0xE4); /* ä inserted before ö */
	assert_string_equal(l.buf, "Gräöß");
	line_key(&l, TK_FN(KEY_HOME));
	line_key(&l, TK_FN(KEY_DC));
	assert_int_equal(l.buf[0], 'r');
	line_key(&l, TK_CTRL('u'));
	assert_string_equal(l.buf, "");
	assert_int_equal(line_key(&l, TK_FN(KEY_UP)), WR_NONE);
	size_t next;
	/* wrap by display columns, at blanks */
	assert_int_equal(wrap_line("Straße und Größe", 0, 10, &next), strlen("Straße"));
	assert_string_equal("Straße und Größe" + next, "und Größe");
}

/* ---- the detail view ---- */

static void test_enter_opens_detail(void **state)
{
	struct fixture *f = *state;
	char line[2048], kennung[64];
	start(f, "xterm-256color", 24, 80);
	act(f, ACT_VIEW_2);
	int y = -1;
	for (int i = 0; i < 3 && y < 0; i++) {
		y = selected_line(2);
		if (y < 0)
			act(f, ACT_DOWN);
	}
	assert_true(y > 0);
	screen_line(y, line, sizeof line);
	size_t k = strcspn(line, " ");
	memcpy(kennung, line, k);
	kennung[k] = '\0';
	act(f, ACT_OPEN);
	assert_true(app_detail_shown(f->app));
	assert_true(strncmp(screen_line(2, line, sizeof line), kennung, k) == 0);
	assert_true(screen_find("Stammdaten") > 0);
	assert_true(screen_find("Schutzbedarf") > 0);
	/* every group is there, and the verdicts with the explanation */
	static const char *const groups[] = { "DVC-Kriterien", "Vertrag", "OZG",
					      "Strategie und Aufwand", "Notiz",
					      "Benötigt (Abhängigkeiten)", "Wird benötigt von",
					      "Urteil je Plattform", "Begründung" };
	for (size_t i = 0; i < sizeof groups / sizeof groups[0]; i++)
		assert_true(page_to(f, groups[i]) > 0);
	act(f, ACT_BACK);
	assert_false(app_detail_shown(f->app));
	assert_int_equal(app_tab(f->app), TAB_INVENTAR);
	/* e and D on an Inventar row open the detail too (D with its confirmation); + and -
	 * say where dependencies are changed */
	key(f, 'e');
	assert_true(app_detail_shown(f->app));
	key(f, TK_ESC);
	key(f, 'D');
	assert_true(screen_find("Objekt löschen") >= 0);
	assert_true(screen_find("j ab") < 0); /* the footer: j answers here, it does not move */
	key(f, 'n');
	assert_true(screen_find("Objekt löschen") < 0);
	key(f, TK_ESC);
	assert_false(app_detail_shown(f->app));
	key(f, '+');
	assert_non_null(strstr(app_message(f->app), "erst das Objekt mit Eingabe"));
	/* another tab closes the detail */
	act(f, ACT_OPEN);
	assert_true(app_detail_shown(f->app));
	act(f, ACT_VIEW_1);
	assert_false(app_detail_shown(f->app));
	assert_int_equal(app_tab(f->app), TAB_UEBERSICHT);
	stop(f);
}

static void test_edit_changes_verdict_and_undo(void **state)
{
	struct fixture *f = *state;
	char line[2048], b[256];
	start(f, "xterm-256color", 24, 80);
	assert_int_equal(app_show_object(f->app, "ANW-OPENDATA"), 0);
	app_draw(f->app);
	assert_non_null(strstr(screen_line(3, line, sizeof line), "Schutzklasse normal"));
	int y = page_to(f, "DE-PRIVAT ");
	assert_non_null(strstr(screen_line(y, line, sizeof line), "✓ zulässig"));

	/* Vertraulichkeit from a pick list: type to narrow, Enter to choose */
	select_row(f, "Vertraulichkeit");
	act(f, ACT_EDIT);
	assert_true(screen_find("Vertraulichkeit ändern") >= 0);
	assert_true(screen_find("sehr hoch") >= 0);
	keys(f, "hoch");
	key(f, '\r');
	assert_true(screen_find("Vertraulichkeit ändern") < 0);
	assert_string_equal(stored(f, "ANW-OPENDATA", F_SB_C, b, sizeof b), "hoch");
	/* re-scored at once: Schutzklasse, and the red lines now must be erfüllt */
	assert_non_null(strstr(screen_line(3, line, sizeof line), "Schutzklasse hoch"));
	assert_non_null(strstr(app_message(f->app), "gespeichert"));
	y = page_to(f, "DE-PRIVAT ");
	assert_non_null(strstr(screen_line(y, line, sizeof line), "✗ blockiert: RL-NETZ"));

	/* undo (one transaction): back to normal, on screen and in the store */
	key(f, 'u');
	assert_non_null(strstr(app_message(f->app), "Rückgängig"));
	assert_string_equal(stored(f, "ANW-OPENDATA", F_SB_C, b, sizeof b), "normal");
	y = page_to(f, "DE-PRIVAT ");
	assert_non_null(strstr(screen_line(y, line, sizeof line), "✓ zulässig"));
	key(f, TK_CTRL('r'));
	assert_string_equal(stored(f, "ANW-OPENDATA", F_SB_C, b, sizeof b), "hoch");
	key(f, 'u');
	key(f, 'u');
	assert_non_null(strstr(app_message(f->app), "nichts rückgängig"));
	/* with the mouse: a click on a value in the list chooses it, outside cancels */
	select_row(f, "Integrität");
	act(f, ACT_EDIT);
	int yl = screen_find(" sehr hoch ");
	assert_true(yl > 0);
	app_click(f->app, yl, 12, BUTTON1_PRESSED);
	app_draw(f->app);
	assert_string_equal(stored(f, "ANW-OPENDATA", F_SB_I, b, sizeof b), "sehr hoch");
	act(f, ACT_EDIT);
	app_click(f->app, 3, 0, BUTTON1_PRESSED);
	app_draw(f->app);
	assert_true(screen_find("Integrität ändern") < 0);
	assert_string_equal(stored(f, "ANW-OPENDATA", F_SB_I, b, sizeof b), "sehr hoch");
	/* the Inventar behind shows the change too */
	act(f, ACT_BACK);
	stop(f);
}

static void test_prompt_validates_and_survives_resize(void **state)
{
	struct fixture *f = *state;
	char b[256];
	start(f, "xterm-256color", 24, 80);
	assert_int_equal(app_show_object(f->app, "FV-PARKAUSWEIS"), 0);
	app_draw(f->app);
	select_row(f, "Vertragsende");
	act(f, ACT_EDIT);
	assert_true(screen_find("30.06.2027") >= 0); /* prefilled, German date */
	key(f, TK_CTRL('u'));
	keys(f, "31.02.2030");
	key(f, '\r');
	/* refused: the reason is shown, the prompt stays, nothing is saved */
	assert_true(screen_find("kein gültiges Datum") >= 0);
	assert_true(screen_find("31.02.2030") >= 0);
	assert_string_equal(stored(f, "FV-PARKAUSWEIS", F_VERTRAGSENDE, b, sizeof b), "2027-06-30");
	golden("detail-prompt-de-80x24");
	/* a resize while the prompt is open keeps it and what was typed */
	resizeterm(40, 120);
	assert_int_equal(app_relayout(f->app), 0);
	app_draw(f->app);
	assert_true(screen_find("Vertragsende ändern") >= 0);
	assert_true(screen_find("31.02.2030") >= 0);
	resizeterm(24, 80);
	assert_int_equal(app_relayout(f->app), 0);
	app_draw(f->app);
	key(f, TK_FN(KEY_BACKSPACE));
	key(f, TK_FN(KEY_BACKSPACE));
	keys(f, "29");
	key(f, TK_FN(KEY_LEFT)); /* the cursor moves; the value does not change */
	key(f, TK_CTRL('u'));
	keys(f, "31.12.2030");
	key(f, '\r');
	assert_true(screen_find("Vertragsende ändern") < 0);
	assert_string_equal(stored(f, "FV-PARKAUSWEIS", F_VERTRAGSENDE, b, sizeof b), "2030-12-31");
	assert_true(screen_find("31.12.2030") >= 0);
	/* Esc cancels without saving */
	select_row(f, "Nutzer");
	act(f, ACT_EDIT);
	keys(f, "999");
	key(f, TK_ESC);
	assert_string_equal(stored(f, "FV-PARKAUSWEIS", F_NUTZER, b, sizeof b), "12");
	assert_true(app_detail_shown(f->app));
	stop(f);
}

static void test_dependencies_both_ways(void **state)
{
	struct fixture *f = *state;
	char b[512];
	start(f, "xterm-256color", 24, 80);
	assert_int_equal(app_show_object(f->app, "ANW-OPENDATA"), 0);
	act(f, ACT_DEP_ADD);
	assert_true(screen_find("Was benötigt ANW-OPENDATA?") >= 0);
	keys(f, "reg-melde");
	key(f, '\r');
	assert_true(screen_find("ANW-OPENDATA benötigt REG-MELDE") >= 0); /* the label prompt */
	keys(f, "XMeld");
	key(f, '\r');
	assert_string_equal(stored(f, "ANW-OPENDATA", F_ABHAENGIGKEITEN, b, sizeof b),
			    "ANW-GIS (WFS),REG-MELDE (XMeld)");
	/* the other direction: who needs it, from its "+ hinzufügen" row */
	select_row(f, "+ wird benötigt von");
	act(f, ACT_OPEN);
	assert_true(screen_find("Welches Objekt benötigt ANW-OPENDATA?") >= 0);
	keys(f, "ANW-PORTAL");
	key(f, '\r');
	key(f, '\r'); /* no label */
	assert_non_null(strstr(stored(f, "ANW-PORTAL", F_ABHAENGIGKEITEN, b, sizeof b), "ANW-OPENDATA"));
	/* remove the first one again with - on its row */
	select_row(f, "REG-MELDE");
	act(f, ACT_DEP_DEL);
	assert_string_equal(stored(f, "ANW-OPENDATA", F_ABHAENGIGKEITEN, b, sizeof b),
			    "ANW-GIS (WFS)");
	/* Enter on a dependency follows it; Esc comes back */
	select_row(f, "ANW-PORTAL");
	act(f, ACT_OPEN);
	char line[2048];
	assert_non_null(strstr(screen_line(2, line, sizeof line), "ANW-PORTAL — "));
	act(f, ACT_BACK);
	assert_non_null(strstr(screen_line(2, line, sizeof line), "ANW-OPENDATA — "));
	assert_true(app_detail_shown(f->app));
	/* a dependency on itself is refused with a message */
	act(f, ACT_DEP_ADD);
	keys(f, "ANW-OPENDATA");
	key(f, '\r');
	assert_non_null(strstr(app_message(f->app), "nicht von sich selbst"));
	stop(f);
}

/* Following a dependency twice and going back: the app remembers the objects (the view
 * keeps no back array), Esc goes back one at a time, then to the tab. */
static void test_back_after_following_twice(void **state)
{
	struct fixture *f = *state;
	char line[2048];
	start(f, "xterm-256color", 24, 80);
	act(f, ACT_VIEW_2);
	assert_int_equal(app_show_object(f->app, "FV-PASS"), 0);
	select_row(f, "REG-MELDE");
	act(f, ACT_OPEN);
	assert_non_null(strstr(screen_line(2, line, sizeof line), "REG-MELDE — "));
	select_row(f, "FV-PARKAUSWEIS");
	act(f, ACT_OPEN);
	assert_non_null(strstr(screen_line(2, line, sizeof line), "FV-PARKAUSWEIS — "));
	key(f, TK_ESC);
	assert_non_null(strstr(screen_line(2, line, sizeof line), "REG-MELDE — "));
	key(f, 'q'); /* q goes back too, as Esc */
	assert_non_null(strstr(screen_line(2, line, sizeof line), "FV-PASS — "));
	assert_true(app_detail_shown(f->app));
	key(f, TK_ESC);
	assert_false(app_detail_shown(f->app));
	assert_int_equal(app_tab(f->app), TAB_INVENTAR);
	/* opening from a tab starts afresh: Esc then closes at once */
	assert_int_equal(app_show_object(f->app, "FV-PASS"), 0);
	select_row(f, "REG-MELDE");
	act(f, ACT_OPEN);
	act(f, ACT_VIEW_2);
	act(f, ACT_OPEN);
	assert_true(app_detail_shown(f->app));
	key(f, TK_ESC);
	assert_false(app_detail_shown(f->app));
	stop(f);
}

/* The edit prompt is an overlay: its keys in the footer (the view's are gone, so j and q
 * are letters of the value), the status line without "Esc: zurück", Esc cancels. */
static void test_edit_prompt_overlay(void **state)
{
	struct fixture *f = *state;
	char line[2048];
	start(f, "xterm-256color", 24, 80);
	assert_int_equal(app_show_object(f->app, "FV-PASS"), 0);
	select_row(f, "  Name");
	act(f, ACT_EDIT);
	assert_true(screen_find("Name ändern") >= 0);
	screen_line(LINES - 1, line, sizeof line);
	assert_non_null(strstr(line, "Eingabe speichern"));
	assert_non_null(strstr(line, "Esc abbrechen"));
	assert_null(strstr(line, "j ab"));
	assert_null(strstr(line, "Hilfe"));
	assert_null(strstr(screen_line(LINES - 2, line, sizeof line), "zurück"));
	assert_true(screen_find("Eingabe speichert · Esc bricht ab") >= 0); /* the box's hint */
	assert_int_equal(app_key(f->app, 'q') & VF_QUIT, 0);
	key(f, 'j');
	assert_true(app_detail_shown(f->app));
	assert_true(screen_find("Name ändern") >= 0);
	assert_true(screen_find("wesenqj") >= 0);
	key(f, TK_ESC);
	assert_true(screen_find("Name ändern") < 0);
	assert_non_null(strstr(app_message(f->app), "abgebrochen, nichts geändert"));
	assert_non_null(strstr(screen_line(LINES - 2, line, sizeof line), "Esc: zurück"));
	/* the value pick lists: the Behörde, and a fixed value */
	select_row(f, "  Behörde");
	act(f, ACT_EDIT);
	assert_true(screen_find("Behörde ändern") >= 0);
	keys(f, "ordnungs");
	key(f, '\r');
	assert_string_equal(stored(f, "FV-PASS", F_BEHOERDE, line, sizeof line), "32 Ordnungsamt");
	select_row(f, "  Typ");
	act(f, ACT_EDIT);
	keys(f, "regist");
	key(f, '\r');
	assert_string_equal(stored(f, "FV-PASS", F_TYP, line, sizeof line), "Register");
	stop(f);
}

static void test_delete_new_and_behoerde(void **state)
{
	struct fixture *f = *state;
	char line[2048], b[256];
	start(f, "xterm-256color", 24, 80);
	size_t n = stored_count(f);
	assert_int_equal(app_show_object(f->app, "REG-MELDE"), 0);
	act(f, ACT_DELETE);
	/* the confirmation names what depends on it */
	assert_true(screen_find("Objekt löschen") >= 0);
	assert_true(screen_find("Davon hängen") >= 0);
	assert_true(screen_find("FV-PARKAUSWEIS") >= 0 || screen_find("FV-PASS") >= 0);
	key(f, 'n');
	assert_int_equal(stored_count(f), n);
	act(f, ACT_DELETE);
	key(f, 'j');
	assert_int_equal(stored_count(f), n - 1);
	assert_false(app_detail_shown(f->app));
	assert_non_null(strstr(screen_line(0, line, sizeof line), "73 Objekte"));
	key(f, 'u');
	assert_int_equal(stored_count(f), n);
	assert_string_equal(stored(f, "REG-MELDE", F_SB_C, b, sizeof b), "hoch");

	/* a new object from the form over the Inventar */
	act(f, ACT_VIEW_2);
	act(f, ACT_NEW);
	assert_false(app_detail_shown(f->app)); /* the form stands over the tab */
	assert_true(screen_find("Neues Objekt") >= 0);
	key(f, '\r'); /* Kennung empty: refused with the reason, nothing stored */
	assert_true(screen_find("\"Kennung\": darf nicht leer sein") >= 0);
	assert_int_equal(stored_count(f), n);
	keys(f, "FV-TEST");
	key(f, '\t');
	keys(f, "Testverfahren");
	key(f, '\t');
	key(f, '\t');
	keys(f, "33 bürger"); /* opens the Behörden list with the search */
	assert_true(screen_find("1 von 32") >= 0);
	key(f, '\r'); /* chosen */
	assert_true(screen_find("33 Bürgerservice ▾") >= 0);
	key(f, '\r'); /* submitted */
	assert_string_equal(stored(f, "FV-TEST", F_BEHOERDE, b, sizeof b), "33 Bürgerservice");
	assert_non_null(strstr(screen_line(2, line, sizeof line), "FV-TEST — Testverfahren"));
	assert_non_null(strstr(screen_line(0, line, sizeof line), "75 Objekte"));
	/* a new Behörde; a duplicate name is refused in the form */
	act(f, ACT_NEW_BEH);
	keys(f, "33 Bürgerservice");
	key(f, '\r');
	assert_true(screen_find("gibt es schon") >= 0);
	key(f, TK_CTRL('u'));
	keys(f, "99 Testamt");
	key(f, '\r');
	assert_true(screen_find("Neue Behörde") < 0);
	assert_non_null(strstr(app_message(f->app), "99 Testamt"));
	assert_non_null(strstr(screen_line(0, line, sizeof line), "33 Behörden"));
	key(f, 'u'); /* the new Behörde goes again */
	assert_non_null(strstr(app_message(f->app), "Rückgängig: Behörde \"99 Testamt\" entfernt"));
	assert_non_null(strstr(screen_line(0, line, sizeof line), "32 Behörden"));
	stop(f);
}

/* Another program writes the same workspace file while the dashboard runs: the next edit
 * is refused (nothing lost either way), the dashboard loads the file again and says so,
 * and the edit then goes through. */
static void test_other_program_changed(void **state)
{
	struct fixture *f = *state;
	struct wp_err e = { 0 };
	struct store *file = NULL, *other = NULL;
	struct ws *w2 = NULL;
	char dir[] = "/tmp/wp-detail-XXXXXX", path[96], b[256];
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/ws.db", dir);
	assert_int_equal(store_open(path, STORE_CREATE, &file, &e), 0);
	assert_int_equal(seed_workspace(file, 1, &e), 0);
	struct store *mem = f->store;
	f->store = file;
	start(f, "xterm-256color", 24, 80);
	assert_int_equal(app_show_object(f->app, "FV-PARKAUSWEIS"), 0);
	app_draw(f->app);

	/* the other program: its own connection, its own transaction */
	assert_int_equal(store_open(path, STORE_EXISTING, &other, &e), 0);
	assert_int_equal(store_load(other, &w2, &e), 0);
	assert_int_equal(edit_field(other, w2, ws_find_objekt(w2, "FV-PARKAUSWEIS"), F_NOTIZ,
				    "von außen geändert", NULL, 0, &e), 0);

	select_row(f, "Nutzer");
	act(f, ACT_EDIT);
	key(f, TK_CTRL('u'));
	keys(f, "99");
	key(f, '\r');
	assert_non_null(strstr(app_message(f->app), "neu geladen"));
	assert_string_equal(stored(f, "FV-PARKAUSWEIS", F_NUTZER, b, sizeof b), "12");
	assert_true(app_detail_shown(f->app));
	assert_true(page_to(f, "von außen geändert") > 0); /* the other program's change */
	/* now the edit goes through */
	select_row(f, "Nutzer");
	act(f, ACT_EDIT);
	key(f, TK_CTRL('u'));
	keys(f, "99");
	key(f, '\r');
	assert_non_null(strstr(app_message(f->app), "gespeichert"));
	assert_string_equal(stored(f, "FV-PARKAUSWEIS", F_NUTZER, b, sizeof b), "99");
	assert_string_equal(stored(f, "FV-PARKAUSWEIS", F_NOTIZ, b, sizeof b), "von außen geändert");
	stop(f);
	ws_free(&w2);
	store_close(&other);
	store_close(&file);
	f->store = mem;
	char side[128];
	unlink(path);
	snprintf(side, sizeof side, "%s-wal", path);
	unlink(side);
	snprintf(side, sizeof side, "%s-shm", path);
	unlink(side);
	rmdir(dir);
}

/* A terminal without UTF-8: everything in ASCII, widths as drawn (ä is "ae": two
 * columns), so titles and labels are not cut short. */
static void test_ascii_widgets(void **state)
{
	struct fixture *f = *state;
	f->opts.ascii = 1;
	start(f, "xterm-256color", 24, 80);
	assert_int_equal(app_show_object(f->app, "FV-PARKAUSWEIS"), 0);
	app_draw(f->app);
	assert_true(screen_find("FV-PARKAUSWEIS - Parkausweisverwaltung") >= 0);
	select_row(f, "Behoerde");
	act(f, ACT_EDIT);
	assert_true(screen_find(" Behoerde aendern ") >= 0); /* the whole title */
	assert_true(screen_find("34 Strassenverkehrsamt") >= 0);
	key(f, TK_ESC);
	act(f, ACT_NEW);
	assert_true(screen_find(" Behoerde  ") >= 0); /* the label column fits "Behoerde" */
	assert_true(screen_find("Esc: abbrechen") >= 0);
	key(f, TK_ESC);
	act(f, ACT_DELETE);
	assert_true(screen_find("loeschen?") >= 0);
	key(f, 'n');
	stop(f);
	f->opts.ascii = 0;
}

/* Without colours the selection in the detail and in a pick list stays visible (reverse
 * video) and no colour pair is used. */
static void test_monochrome(void **state)
{
	struct fixture *f = *state;
	f->opts.no_color = 1;
	start(f, "xterm-256color", 24, 80);
	assert_int_equal(app_show_object(f->app, "FV-PARKAUSWEIS"), 0);
	app_draw(f->app);
	int y = select_row(f, "Vertraulichkeit");
	assert_true(cell_attr(y, 2) & A_REVERSE);
	act(f, ACT_EDIT);
	int yp = screen_find("│ hoch ");
	if (yp < 0)
		yp = screen_find("x hoch "); /* ACS read back as letters */
	assert_true(yp > 0);
	char line[2048];
	const char *at = strstr(screen_line(yp, line, sizeof line), "hoch");
	int x = (int)(at - line); /* all one-column characters before it */
	assert_true(cell_attr(yp, x) & A_REVERSE); /* the current value is preselected */
	cchar_t cc;
	wchar_t wch[CCHARW_MAX + 1];
	attr_t attrs;
	short pair = -1;
	mvwin_wch(curscr, yp, x, &cc);
	getcchar(&cc, wch, &attrs, &pair, NULL);
	assert_int_equal(pair, 0);
	key(f, TK_ESC);
	stop(f);
	f->opts.no_color = 0;
}

/* From 110 columns on, the verdicts stand beside the fields: an edit and its consequence
 * on one screen, without scrolling. ←/→ move between the panes. */
static void test_wide_two_panes(void **state)
{
	struct fixture *f = *state;
	char line[2048];
	start(f, "xterm-256color", 40, 120);
	assert_int_equal(app_show_object(f->app, "ANW-OPENDATA"), 0);
	app_draw(f->app);
	int y = screen_find("DE-PRIVAT ");
	assert_true(y > 0);
	assert_non_null(strstr(screen_line(y, line, sizeof line), "✓ zulässig"));
	int yv = select_row(f, "  Vertraulichkeit  "); /* the field, not the explanation */
	assert_true(yv > 0);
	act(f, ACT_EDIT);
	keys(f, "sehr");
	key(f, '\r');
	/* the same screen, no paging: the verdict changed beside the field */
	y = screen_find("DE-PRIVAT ");
	assert_true(y > 0);
	assert_non_null(strstr(screen_line(y, line, sizeof line), "✗ blockiert: RL-NETZ"));
	assert_non_null(strstr(screen_line(yv, line, sizeof line), "sehr hoch"));
	/* → to the verdicts: the selection moves there, e explains it is computed */
	act(f, ACT_RIGHT);
	assert_non_null(strstr(app_message(f->app), ""));
	act(f, ACT_DOWN);
	act(f, ACT_EDIT);
	assert_non_null(strstr(app_message(f->app), "berechnet"));
	act(f, ACT_LEFT);
	act(f, ACT_EDIT); /* the left pane's selection is still on Vertraulichkeit */
	assert_true(screen_find("Vertraulichkeit ändern") >= 0);
	key(f, TK_ESC);
	/* narrow again: one list, the verdicts further down */
	resizeterm(24, 80);
	assert_int_equal(app_relayout(f->app), 0);
	app_draw(f->app);
	assert_true(screen_find("DE-PRIVAT ") < 0);
	assert_true(page_to(f, "DE-PRIVAT ") > 0);
	stop(f);
}

/* A value longer than the line editor holds is not offered for editing (it would be cut):
 * a message says so and the value stays whole. */
static void test_long_value_not_cut(void **state)
{
	struct fixture *f = *state;
	struct wp_err e = { 0 };
	struct ws *w = NULL;
	size_t n = LINE_MAX_BYTES + 100;
	char *note = malloc(n + 1), *b = malloc(n + 64);
	assert_non_null(note);
	assert_non_null(b);
	memset(note, 'x', n);
	note[n] = '\0';
	assert_int_equal(store_load(f->store, &w, &e), 0);
	assert_int_equal(edit_field(f->store, w, ws_find_objekt(w, "REG-KFZ"), F_NOTIZ, note, NULL, 0,
				    &e), 0);
	ws_free(&w);
	start(f, "xterm-256color", 24, 80);
	assert_int_equal(app_show_object(f->app, "REG-KFZ"), 0);
	app_draw(f->app);
	select_row(f, "  Notiz");
	act(f, ACT_EDIT);
	assert_non_null(strstr(app_message(f->app), "zu lang"));
	key(f, '\r'); /* no prompt is open: Enter is an ordinary key again */
	assert_string_equal(stored(f, "REG-KFZ", F_NOTIZ, b, n + 64), note);
	stop(f);
	free(note);
	free(b);
}

/* A form and a pick list survive resizes, also through "too small" and back. */
static void test_form_survives_resize(void **state)
{
	struct fixture *f = *state;
	start(f, "xterm-256color", 24, 80);
	act(f, ACT_VIEW_2);
	act(f, ACT_NEW);
	keys(f, "FV-GROSS");
	resizeterm(40, 120);
	assert_int_equal(app_relayout(f->app), 0);
	app_draw(f->app);
	assert_true(screen_find("Neues Objekt") >= 0);
	assert_true(screen_find("FV-GROSS") >= 0);
	resizeterm(10, 30);
	assert_int_equal(app_relayout(f->app), 0);
	app_draw(f->app);
	assert_true(screen_find("Fenster zu klein") >= 0);
	assert_int_equal(app_key(f->app, 'j') & VF_QUIT, 0); /* the form keeps its keys */
	resizeterm(24, 80);
	assert_int_equal(app_relayout(f->app), 0);
	app_draw(f->app);
	assert_true(screen_find("Neues Objekt") >= 0);
	assert_true(screen_find("FV-GROSS") >= 0);
	/* the Behörden list open over the form, then a resize */
	key(f, '\t');
	key(f, '\t');
	key(f, '\t');
	keys(f, "amt");
	assert_true(screen_find("Suche: amt") >= 0);
	resizeterm(40, 120);
	assert_int_equal(app_relayout(f->app), 0);
	app_draw(f->app);
	assert_true(screen_find("Suche: amt") >= 0);
	key(f, TK_ESC); /* closes the list, the form stays */
	assert_true(screen_find("Neues Objekt") >= 0);
	key(f, TK_ESC); /* closes the form: back to the Inventar, nothing created */
	assert_false(app_detail_shown(f->app));
	assert_int_equal(stored_count(f), 74);
	/* too small with a form open: q quits, as the notice says */
	act(f, ACT_NEW);
	resizeterm(10, 30);
	assert_int_equal(app_relayout(f->app), 0);
	app_draw(f->app);
	assert_true(app_key(f->app, 'q') & VF_QUIT);
	resizeterm(24, 80);
	assert_int_equal(app_relayout(f->app), 0);
	stop(f);
}

static void test_golden_detail(void **state)
{
	struct fixture *f = *state;
	static const char *const langs[] = { "de", "en" };
	static const int sizes[][2] = { { 24, 80 }, { 40, 120 } };
	for (int l = 0; l < 2; l++) {
		set_lang(langs[l]);
		for (int s = 0; s < 2; s++) {
			start(f, "xterm-256color", sizes[s][0], sizes[s][1]);
			assert_int_equal(app_show_object(f->app, "FV-PARKAUSWEIS"), 0);
			app_draw(f->app);
			golden_at("detail", langs[l], sizes[s][1], sizes[s][0]);
			act(f, ACT_END);
			golden_at("detail-end", langs[l], sizes[s][1], sizes[s][0]);
			act(f, ACT_NEW);
			golden_at("detail-form", langs[l], sizes[s][1], sizes[s][0]);
			stop(f);
		}
	}
	set_lang("de");
}

int main(void)
{
	harness_env();
	set_lang("de");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pick_search),
		cmocka_unit_test(test_line_edit),
		cmocka_unit_test_setup_teardown(test_enter_opens_detail, open_demo, close_demo_de),
		cmocka_unit_test_setup_teardown(test_edit_changes_verdict_and_undo, open_demo,
						close_demo_de),
		cmocka_unit_test_setup_teardown(test_prompt_validates_and_survives_resize, open_demo,
						close_demo_de),
		cmocka_unit_test_setup_teardown(test_dependencies_both_ways, open_demo, close_demo_de),
		cmocka_unit_test_setup_teardown(test_back_after_following_twice, open_demo,
						close_demo_de),
		cmocka_unit_test_setup_teardown(test_edit_prompt_overlay, open_demo, close_demo_de),
		cmocka_unit_test_setup_teardown(test_delete_new_and_behoerde, open_demo, close_demo_de),
		cmocka_unit_test_setup_teardown(test_other_program_changed, open_demo, close_demo_de),
		cmocka_unit_test_setup_teardown(test_ascii_widgets, open_demo, close_demo_de),
		cmocka_unit_test_setup_teardown(test_monochrome, open_demo, close_demo_de),
		cmocka_unit_test_setup_teardown(test_form_survives_resize, open_demo, close_demo_de),
		cmocka_unit_test_setup_teardown(test_long_value_not_cut, open_demo, close_demo_de),
		cmocka_unit_test_setup_teardown(test_wide_two_panes, open_demo, close_demo_de),
		cmocka_unit_test_setup_teardown(test_golden_detail, open_demo, close_demo_de),
	};
	return cmocka_run_group_tests_name("tui_detail", tests, NULL, NULL);
}
