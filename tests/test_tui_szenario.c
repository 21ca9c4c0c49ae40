/* The scenario view of the dashboard (docs/dashboard.md): B is created from Basis and gets
 * another capacity through the store; Z compares Basis and B — every Kennzahl shown equals
 * sz_zahlen of each scenario (amounts as money), a differing one carries the marker; Enter
 * on a differing object opens its Objekt-Detail and Esc there comes back to the view as it
 * was; Enter on a scenario switches (the header follows); the active scenario is not
 * deleted, another one after a question; golden screens of the view. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "data/edit_settings.h"
#include "data/edit_zeitplan.h"
#include "data/szenario.h"
#include "data/szenario_zahlen.h"
#include "model/assess.h"
#include "model/money.h"
#include "model/monat.h"
#include "model/numfmt.h"
#include "model/settings.h"
#include "model/zeitplan.h"
#include "tests/tui_harness.h"
#include "tui/actions.h"
#include "tui/app.h"

/* Basis gets a stored plan; B, a copy, plans with 120 PT a month; Basis stays active. */
static void zwei_szenarien(struct fixture *f)
{
	struct wp_err e = { 0 };
	struct ws *w = NULL;
	struct assessment *as = NULL;
	struct zeitplan *z = NULL;
	struct zeitplan_params p;
	assert_int_equal(store_load(f->store, &w, &e), 0);
	assert_int_equal(assess_run(w, &as), 0);
	zeitplan_params_default(w, f->opts.heute, &p);
	assert_int_equal(zeitplan_run(w, as, &p, &z), 0);
	assert_int_equal(edit_zeitplan_save(NULL, f->store, w, &as, z, &e), 0);
	zeitplan_free(&z);
	assessment_free(&as);
	ws_free(&w);
	assert_int_equal(szenario_create(f->store, "B", NULL, &e), 0);
	assert_int_equal(szenario_use(f->store, "B", &e), 0);
	assert_int_equal(store_load(f->store, &w, &e), 0);
	assert_int_equal(edit_setting(NULL, f->store, w, SET_KAPAZITAET_MONAT, 120, &e), 0);
	ws_free(&w);
	assert_int_equal(szenario_use(f->store, "Basis", &e), 0);
}

/* The screen line of Kennzahl label (with a blank after it, so "offen" is not "offene"). */
static int zeile(const char *label)
{
	char pat[128];
	snprintf(pat, sizeof pat, "  %s  ", label);
	return screen_find(pat);
}

/* Asserts that line y shows value a of Basis and b of B, b marked when it differs. */
static void zeigt(int y, const char *a, const char *b)
{
	char line[512], pat[128];
	assert_true(y >= 0);
	screen_line(y, line, sizeof line);
	snprintf(pat, sizeof pat, " %s ", a);
	assert_non_null(strstr(line, pat));
	snprintf(pat, sizeof pat, strcmp(a, b) ? "≠ %s" : " %s", b);
	assert_non_null(strstr(line, pat));
	if (!strcmp(a, b))
		assert_null(strstr(line, "≠"));
}

static void test_vergleich(void **state)
{
	struct fixture *f = *state;
	struct wp_err e = { 0 };
	struct sz_stand s[2];
	struct sz_zahlen z[2];
	char t[2][64], pat[128];
	zwei_szenarien(f);
	assert_int_equal(sz_stand_aus_store(f->store, "Basis", f->opts.heute, &s[0], &e), 0);
	assert_int_equal(sz_stand_aus_store(f->store, "B", f->opts.heute, &s[1], &e), 0);
	for (int i = 0; i < 2; i++)
		sz_zahlen(&s[i], &z[i]);
	assert_true(z[0].letzte != z[1].letzte); /* the capacity made a difference */

	start(f, "xterm-256color", 40, 120);
	assert_true(screen_find("Szenario: Basis") >= 0);
	key(f, 'Z');
	assert_true(screen_find("[x] Basis (aktiv)") >= 0);
	assert_true(screen_find("[x] B") >= 0);
	for (int i = 0; i < 2; i++)
		snprintf(t[i], sizeof t[i], "%zu", z[i].geplant);
	zeigt(zeile("Objekte geplant"), t[0], t[1]);
	for (int i = 0; i < 2; i++)
		monat_format(z[i].letzte, 1, t[i], sizeof t[i]);
	zeigt(zeile("Letzte Inbetriebnahme"), t[0], t[1]);
	/* amounts for people: whole euros grouped, with the currency */
	for (int i = 0; i < 2; i++)
		money_format_cents(z[i].kosten, 1, t[i], sizeof t[i]);
	zeigt(zeile("Migrationskosten gesamt"), t[0], t[1]);
	assert_true(screen_find("Kosten_gesamt_EUR") < 0);
	for (int i = 0; i < 2; i++) {
		char pt[32];
		format_num((double)z[i].aufwand / 2.0, 1, 1, 1, pt, sizeof pt);
		snprintf(t[i], sizeof t[i], "%s PT", pt);
	}
	zeigt(zeile("Aufwand"), t[0], t[1]);
	/* the first Haushaltsjahr: Basis's Summe on the year's line */
	int jahr = s[0].k->r->jahr[0].jahr;
	int64_t summe;
	char line[512];
	assert_true(sz_jahr_summe(&s[0], jahr, &summe));
	money_format_cents(summe, 1, t[0], sizeof t[0]);
	snprintf(pat, sizeof pat, "  %d  Basis", jahr);
	screen_line(screen_find(pat), line, sizeof line);
	assert_non_null(strstr(line, t[0]));
	for (int i = 0; i < 2; i++)
		snprintf(t[i], sizeof t[i], "%zu", z[i].fristen);
	zeigt(zeile("Fristen gefährdet"), t[0], t[1]);
	for (int i = 0; i < 2; i++)
		snprintf(t[i], sizeof t[i], "%zu", z[i].blockiert);
	zeigt(zeile("blockiert"), t[0], t[1]);

	/* the last differing object is the last line; Enter opens it */
	const char *letztes = NULL;
	for (uint32_t o = 0; o < s[0].w->n_obj; o++)
		if (sz_diff_objekt(&s[0], &s[1], o, 1, NULL, NULL))
			letztes = s[0].w->obj[o].kennung;
	assert_non_null(letztes);
	key(f, 'G');
	snprintf(pat, sizeof pat, "%s · ", letztes);
	assert_true(screen_find(pat) >= 0);
	key(f, '\r');
	assert_true(app_detail_shown(f->app));
	snprintf(pat, sizeof pat, "Kennung                     %s", letztes);
	assert_true(screen_find(pat) >= 0);
	/* Esc goes back to the scenario view as it was: the cursor on that object */
	key(f, TK_ESC);
	assert_false(app_detail_shown(f->app));
	assert_true(screen_find("Szenarien: 2 · ") >= 0);
	snprintf(pat, sizeof pat, "%s · ", letztes);
	assert_true(screen_find(pat) >= 0);
	assert_true(screen_find("Eingabe Objekt öffnen") >= 0);
	/* Enter again, a tab key in the Objekt-Detail: the way back is gone */
	key(f, '\r');
	assert_true(app_detail_shown(f->app));
	act(f, ACT_VIEW_2);
	act(f, ACT_OPEN);
	assert_true(app_detail_shown(f->app));
	key(f, TK_ESC);
	assert_false(app_detail_shown(f->app));
	assert_true(screen_find("Szenarien: 2 · ") < 0);
	sz_stand_free(&s[0]);
	sz_stand_free(&s[1]);

	/* switching: the header follows, the view stays; the active one is not deleted */
	key(f, 'Z');
	key(f, 'j');
	key(f, '\r');
	assert_true(screen_find("Szenario: B") >= 0);
	assert_true(screen_find("[x] B (aktiv)") >= 0);
	key(f, 'j');
	key(f, 'D');
	assert_true(screen_find("ist aktiv und bleibt") >= 0);
	struct szenario *l = NULL;
	size_t n = 0;
	assert_int_equal(szenario_list(f->store, &l, &n, &e), 0);
	assert_int_equal(n, 2);
	assert_true(l[1].aktiv);
	szenario_list_free(l, n);

	/* Basis may go, after a question; n keeps it */
	key(f, 'k');
	key(f, 'D');
	assert_true(screen_find("Szenario löschen") >= 0);
	key(f, 'n');
	assert_int_equal(szenario_list(f->store, &l, &n, &e), 0);
	assert_int_equal(n, 2);
	szenario_list_free(l, n);
	key(f, 'D');
	key(f, 'j');
	assert_true(screen_find("Szenario \"Basis\" gelöscht.") >= 0);
	assert_true(screen_find("[x] B (aktiv)") >= 0);
	assert_int_equal(szenario_list(f->store, &l, &n, &e), 0);
	assert_int_equal(n, 1);
	assert_string_equal(l[0].name, "B");
	szenario_list_free(l, n);
	key(f, 'G'); /* the comparison of one scenario alone: it says how to add one */
	assert_true(screen_find("Zum Vergleich ein zweites Szenario") >= 0);
	stop(f);
}

static void test_anlegen_umbenennen(void **state)
{
	struct fixture *f = *state;
	struct wp_err e = { 0 };
	struct szenario *l = NULL;
	size_t n = 0;
	start(f, "xterm-256color", 24, 80);
	key(f, 'Z');
	assert_true(screen_find("Zum Vergleich ein zweites Szenario") >= 0);
	key(f, 'a');
	keys(f, "Basis");
	key(f, '\r');
	assert_true(screen_find("gibt es schon") >= 0);
	key(f, TK_CTRL('u'));
	keys(f, "Plan B");
	key(f, '\r');
	assert_true(screen_find("[x] Plan B") >= 0);
	key(f, 'j');
	key(f, 'r');
	key(f, TK_CTRL('u'));
	keys(f, "Plan C");
	key(f, '\r');
	assert_true(screen_find("[x] Plan C") >= 0);
	assert_int_equal(szenario_list(f->store, &l, &n, &e), 0);
	assert_int_equal(n, 2);
	assert_string_equal(l[1].name, "Plan C");
	szenario_list_free(l, n);
	stop(f);
}

/* The differing values for people: Kosten_EUR as money, the rest as the export has it. */
static void test_diff_wert(void **state)
{
	char b[48];
	(void)state;
	assert_string_equal(sz_diff_wert("Kosten_EUR", "1234567", 1, b, sizeof b), "1.234.567 €");
	assert_string_equal(sz_diff_wert("Kosten_EUR", "1234567", 0, b, sizeof b), "€1,234,567");
	assert_string_equal(sz_diff_wert("Kosten_EUR", "", 1, b, sizeof b), "");
	assert_string_equal(sz_diff_wert("Beginn", "03.2027", 1, b, sizeof b), "03.2027");
}

static void test_golden_szenarien(void **state)
{
	struct fixture *f = *state;
	static const struct {
		int rows, cols;
	} sizes[] = { { 24, 80 }, { 40, 120 } };
	static const char *const langs[] = { "de", "en" };
	zwei_szenarien(f);
	for (size_t l = 0; l < 2; l++) {
		set_lang(langs[l]);
		for (size_t s = 0; s < 2; s++) {
			start(f, "xterm-256color", sizes[s].rows, sizes[s].cols);
			key(f, 'Z');
			golden_at("szenarien", langs[l], sizes[s].cols, sizes[s].rows);
			stop(f);
		}
	}
	set_lang("de");
}

int main(void)
{
	harness_env();
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_vergleich, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_anlegen_umbenennen, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_golden_szenarien, open_demo, close_demo),
		cmocka_unit_test(test_diff_wert),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
