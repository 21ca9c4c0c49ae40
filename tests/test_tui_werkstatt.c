/* The workshop controls of the dashboard (docs/dashboard.md): the settings editor's what-if
 * equals an independent computation (assess_run, zeitplan_run and kosten_run on a changed
 * copy), n leaves the workspace as it was, j stores the value and undo brings it back (the
 * setting and the Übersicht's Migration gesamt); an out-of-range value is refused with the
 * range; capacity exceptions are added, changed and removed in the plan parameters, each
 * undone, and the Roadmap plans with them; golden screens of both editors. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/store.h"
#include "model/assess.h"
#include "model/kosten.h"
#include "model/money.h"
#include "model/settings.h"
#include "model/zeitplan.h"
#include "tests/tui_harness.h"
#include "tui/actions.h"
#include "tui/app.h"

/* The state computed independently of the dashboard: the stored workspace with setting id
 * at value (id < 0: unchanged), its assessment, the plan a re-plan would store (the demo
 * stores none) from start (0: the default) and its costs. */
struct calc {
	struct ws *w;
	struct assessment *as;
	struct zeitplan *z;
	struct kosten *k;
};

static void calc_load(struct fixture *f, struct calc *c, int id, double value)
{
	struct wp_err e = { 0 };
	struct zeitplan_params p;
	memset(c, 0, sizeof *c);
	assert_int_equal(store_load(f->store, &c->w, &e), 0);
	if (id >= 0)
		c->w->set.v[id] = value;
	assert_int_equal(assess_run(c->w, &c->as), 0);
	zeitplan_params_default(c->w, f->opts.heute, &p);
	assert_int_equal(zeitplan_run(c->w, c->as, &p, &c->z), 0);
	assert_int_equal(kosten_run(c->w, c->as, c->z, p.start, &c->k), 0);
}

static void calc_free(struct calc *c)
{
	kosten_free(&c->k);
	zeitplan_free(&c->z);
	assessment_free(&c->as);
	ws_free(&c->w);
}

static double stored_setting(struct fixture *f, int id)
{
	struct ws *w = NULL;
	struct wp_err e = { 0 };
	assert_int_equal(store_load(f->store, &w, &e), 0);
	double v = w->set.v[id];
	ws_free(&w);
	return v;
}

/* The capacity exception of month m as stored (half-PT), or -1. */
static int32_t stored_kap(struct fixture *f, int32_t m)
{
	struct ws *w = NULL;
	struct wp_err e = { 0 };
	int32_t kap = -1;
	assert_int_equal(store_load(f->store, &w, &e), 0);
	for (size_t i = 0; i < w->n_kap; i++)
		if (w->kap[i].monat == m)
			kap = w->kap[i].kap;
	ws_free(&w);
	return kap;
}

static void on_screen(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void on_screen(const char *fmt, ...)
{
	char want[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(want, sizeof want, fmt, ap);
	va_end(ap);
	if (screen_find(want) < 0)
		fail_msg("not on the screen: \"%s\"", want);
}

/* Replaces the open prompt's text by text and enters it. */
static void enter_value(struct fixture *f, const char *text)
{
	key(f, TK_CTRL('u'));
	keys(f, text);
	key(f, '\r');
}

static void test_setting_whatif_no_yes_undo(void **state)
{
	struct fixture *f = *state;
	struct calc vor, nach;
	char m1[48], m2[48];
	calc_load(f, &vor, -1, 0);
	calc_load(f, &nach, SET_SCHWELLE_BEREIT, 80);
	size_t n_urteil = 0, n_strat = 0, n_welle = 0, n_kosten = 0;
	for (uint32_t o = 0; o < vor.w->n_obj; o++) {
		uint32_t p = vor.as->obj[o].empfohlen, q = nach.as->obj[o].empfohlen;
		n_urteil += p != q || (p != WP_NONE &&
				       vor.as->verdict[o * vor.as->n_pf + p] !=
					       nach.as->verdict[o * nach.as->n_pf + q]);
		n_strat += vor.as->obj[o].strategie != nach.as->obj[o].strategie;
		n_welle += zeitplan_welle(vor.z, o) != zeitplan_welle(nach.z, o);
		n_kosten += vor.k->r->obj[o].migration != nach.k->r->obj[o].migration ||
			    vor.k->r->obj[o].ziel != nach.k->r->obj[o].ziel;
	}
	assert_true(n_strat + n_welle > 0); /* the demo reacts to the threshold */
	start(f, "xterm-256color", 40, 120);
	key(f, 'E');
	on_screen("schwelle.bereit");
	key(f, '\r');
	enter_value(f, "80");
	on_screen("Was wäre, wenn: schwelle.bereit = 80");
	on_screen("schwelle.bereit: 80 statt 75");
	on_screen("Objekte mit anderem Urteil (auf der empfohlenen Plattform): %zu", n_urteil);
	on_screen("Objekte mit anderer Strategie: %zu", n_strat);
	on_screen("Objekte in einer anderen Welle (nach Neuplanung): %zu", n_welle);
	on_screen("Objekte mit anderen Kosten: %zu", n_kosten);
	on_screen("Migration gesamt: %s statt %s",
		  money_format_cents(nach.k->r->migration, 1, m1, sizeof m1),
		  money_format_cents(vor.k->r->migration, 1, m2, sizeof m2));
	/* n: nothing stored, the editor still open */
	key(f, 'n');
	assert_true(stored_setting(f, SET_SCHWELLE_BEREIT) == 75);
	assert_non_null(strstr(app_message(f->app), "nichts geändert"));
	on_screen("Einstellungen");
	/* j: stored, one undo step; the Übersicht follows */
	key(f, '\r');
	enter_value(f, "80");
	key(f, 'j');
	assert_true(stored_setting(f, SET_SCHWELLE_BEREIT) == 80);
	assert_non_null(strstr(app_message(f->app), "schwelle.bereit = 80 gespeichert"));
	key(f, TK_ESC);
	on_screen("%s", money_format_cents(nach.k->r->migration, 1, m1, sizeof m1));
	act(f, ACT_UNDO);
	assert_true(stored_setting(f, SET_SCHWELLE_BEREIT) == 75);
	on_screen("%s", money_format_cents(vor.k->r->migration, 1, m1, sizeof m1));
	assert_true(screen_find(money_format_cents(nach.k->r->migration, 1, m2, sizeof m2)) < 0);
	stop(f);
	calc_free(&vor);
	calc_free(&nach);
}

static void test_setting_out_of_range(void **state)
{
	struct fixture *f = *state;
	start(f, "xterm-256color", 24, 80);
	key(f, 'E');
	key(f, '\r');
	enter_value(f, "150");
	on_screen("liegt außerhalb des erlaubten Bereichs 0");
	on_screen("bis 100");
	enter_value(f, "zwölf");
	on_screen("ist keine Zahl");
	key(f, TK_ESC);
	assert_true(stored_setting(f, SET_SCHWELLE_BEREIT) == 75);
	/* the wave length from the plan parameters: the same check, its own range */
	key(f, TK_ESC);
	key(f, 'K');
	for (int i = 0; i < 3; i++)
		key(f, TK_FN(KEY_DOWN));
	key(f, '\r');
	enter_value(f, "30");
	on_screen("plan.wellen_laenge: 30 liegt außerhalb des erlaubten Bereichs 1");
	stop(f);
}

/* Jumps to kennung with ':'. */
static void jump_to(struct fixture *f, const char *kennung)
{
	key(f, ':');
	keys(f, kennung);
	key(f, '\r');
}

#define MONAT(y, m) ((int32_t)((y) * 12 + (m) - 1))

static void test_capacity_exceptions_undo(void **state)
{
	struct fixture *f = *state;
	start(f, "xterm-256color", 40, 120);
	act(f, ACT_VIEW_5);
	jump_to(f, "ANW-EAKTE");
	on_screen("ANW-EAKTE: beginnt 04.2027");
	assert_true(screen_find("═") < 0);
	act(f, ACT_VIEW_1);
	/* add: a month without capacity, from any view */
	key(f, 'K');
	on_screen("Keine Monate mit eigener Kapazität.");
	key(f, 'a');
	enter_value(f, "04.2027 0");
	assert_int_equal(stored_kap(f, MONAT(2027, 4)), 0);
	on_screen("Ausnahme 04.2027");
	key(f, TK_ESC);
	act(f, ACT_VIEW_5);
	assert_true(screen_find("ANW-EAKTE: beginnt 04.2027") < 0);
	assert_true(screen_find("═") >= 0); /* the exception in the load histogram */
	/* change: Enter on the exception's row */
	act(f, ACT_VIEW_1);
	key(f, 'K');
	key(f, 'G');
	key(f, '\r');
	enter_value(f, "04.2027 40");
	assert_int_equal(stored_kap(f, MONAT(2027, 4)), 80);
	on_screen("40 PT");
	/* remove: D, then undo three times */
	key(f, 'D');
	assert_int_equal(stored_kap(f, MONAT(2027, 4)), -1);
	on_screen("Keine Monate mit eigener Kapazität.");
	key(f, 'u');
	assert_int_equal(stored_kap(f, MONAT(2027, 4)), 80);
	key(f, 'u');
	assert_int_equal(stored_kap(f, MONAT(2027, 4)), 0);
	key(f, 'u');
	assert_int_equal(stored_kap(f, MONAT(2027, 4)), -1);
	key(f, TK_ESC);
	act(f, ACT_VIEW_5);
	on_screen("ANW-EAKTE: beginnt 04.2027");
	stop(f);
}

static void test_golden_werkstatt(void **state)
{
	struct fixture *f = *state;
	static const struct {
		int rows, cols;
	} sizes[] = { { 24, 80 }, { 40, 120 } };
	static const char *const langs[] = { "de", "en" };
	for (size_t l = 0; l < 2; l++) {
		set_lang(langs[l]);
		for (size_t s = 0; s < 2; s++) {
			start(f, "xterm-256color", sizes[s].rows, sizes[s].cols);
			key(f, 'E');
			key(f, 'G');
			golden_at("einstellungen", langs[l], sizes[s].cols, sizes[s].rows);
			key(f, TK_ESC);
			key(f, 'K');
			key(f, 'a');
			enter_value(f, "2027-08 0");
			golden_at("plan-parameter", langs[l], sizes[s].cols, sizes[s].rows);
			key(f, 'u');
			stop(f);
		}
	}
	set_lang("de");
}

int main(void)
{
	harness_env();
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_setting_whatif_no_yes_undo, open_demo,
						close_demo),
		cmocka_unit_test_setup_teardown(test_setting_out_of_range, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_capacity_exceptions_undo, open_demo,
						close_demo),
		cmocka_unit_test_setup_teardown(test_golden_werkstatt, open_demo, close_demo),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
