/* The dashboard's costs (docs/dashboard.md): the Übersicht shows the figures of kosten_run
 * on the same workspace and plan, Enter on "ohne Kostenangabe" lists exactly those objects,
 * an edit of Betriebskosten heute in the Objekt-Detail moves the Übersicht and undo
 * restores it; the Roadmap's euros per month / quarter / year are cost_monate's sums; a
 * changed Kostenfaktor shows kosten_faktor_wirkung before it is saved, and undo restores
 * the factor and the Übersicht; Enter on the rates explains their assumptions. */
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
#include "model/cost.h"
#include "model/kosten.h"
#include "model/money.h"
#include "model/zeitplan.h"
#include "tests/tui_harness.h"
#include "tui/actions.h"
#include "tui/app.h"

/* What the Übersicht must show: the costs computed here, independently of the dashboard,
 * on the stored workspace and the plan a re-plan would store (the demo stores none). */
struct expect {
	struct ws *w;
	struct assessment *as;
	struct zeitplan *z;
	struct kosten *k;
};

static void expect_load(struct fixture *f, struct expect *x)
{
	struct wp_err e = { 0 };
	struct zeitplan_params p;
	memset(x, 0, sizeof *x);
	assert_int_equal(store_load(f->store, &x->w, &e), 0);
	assert_int_equal(assess_run(x->w, &x->as), 0);
	zeitplan_params_default(x->w, f->opts.heute, &p);
	assert_int_equal(zeitplan_run(x->w, x->as, &p, &x->z), 0);
	assert_int_equal(kosten_run(x->w, x->as, x->z, x->z->params.start, &x->k), 0);
}

static void expect_free(struct expect *x)
{
	kosten_free(&x->k);
	zeitplan_free(&x->z);
	assessment_free(&x->as);
	ws_free(&x->w);
}

/* Asserts that the screen line holding label also holds the amount cents (German). */
static void shows(const char *label, int64_t cents)
{
	char line[2048], m[48];
	int y = screen_find(label);
	assert_true(y >= 0);
	money_format_cents(cents, 1, m, sizeof m);
	if (!strstr(screen_line(y, line, sizeof line), m))
		fail_msg("\"%s\" not on the line of \"%s\": %s", m, label, line);
}

/* Every figure of the cost section equals kosten_run's. */
static void shows_all(const struct expect *x)
{
	const struct cost_result *r = x->k->r;
	char y[16], be[128];
	shows("Migration gesamt", r->migration);
	shows("davon extern", r->migration_extern);
	/* the steady years at the end repeat one row: shown once, then named as a range */
	size_t n = r->n_jahr;
	while (n > 1 && r->jahr[n - 1].summe == r->jahr[n - 2].summe &&
	       r->jahr[n - 1].migration == r->jahr[n - 2].migration &&
	       r->jahr[n - 1].basis == r->jahr[n - 2].basis)
		n--;
	for (size_t i = 0; i < n; i++) {
		snprintf(y, sizeof y, "  %d ", r->jahr[i].jahr);
		shows(y, r->jahr[i].summe);
	}
	cost_break_even_text(r, be, sizeof be);
	assert_true(screen_find(be) >= 0);
	if (n < r->n_jahr) {
		char fold[64];
		snprintf(fold, sizeof fold, "%d–%d je wie %d", r->jahr[n].jahr,
			 r->jahr[r->n_jahr - 1].jahr, r->jahr[n - 1].jahr);
		assert_true(screen_find(fold) >= 0);
	}
}

static long figure(const char *label)
{
	char line[2048];
	int y = screen_find(label);
	if (y < 0)
		return -1;
	const char *p = strstr(screen_line(y, line, sizeof line), label) + strlen(label);
	return strtol(p, NULL, 10);
}

static void test_uebersicht_figures(void **state)
{
	struct fixture *f = *state;
	struct expect x;
	expect_load(f, &x);
	start(f, "xterm-256color", 40, 120);
	shows_all(&x);
	assert_int_equal(figure("Objekte ohne Kostenangabe"), (long)x.k->r->n_ohne);
	assert_true(x.k->r->n_ohne > 0); /* the demo has some */
	assert_true(screen_find("Beispielsätze: 520 € / 1.150 €/PT") >= 0);
	stop(f);
	expect_free(&x);
}

static void test_ohne_lists_them(void **state)
{
	struct fixture *f = *state;
	struct expect x;
	char line[2048], want[64];
	expect_load(f, &x);
	start(f, "xterm-256color", 40, 120);
	act(f, ACT_HOME);
	for (int i = 0; i < 80; i++) {
		int y = screen_find("Objekte ohne Kostenangabe");
		if (y >= 0 && (cell_attr(y, screen_col(y, "Objekte ohne Kostenangabe")) & A_REVERSE))
			break;
		act(f, ACT_DOWN);
	}
	act(f, ACT_OPEN);
	assert_int_equal(app_tab(f->app), TAB_INVENTAR);
	snprintf(want, sizeof want, "von %zu (gefiltert", x.k->r->n_ohne);
	assert_non_null(strstr(screen_line(LINES - 2, line, sizeof line), want));
	assert_true(screen_find("ohne Kostenangabe") >= 0); /* the filter in words */
	for (size_t i = 0; i < x.k->r->n_ohne; i++) {
		snprintf(want, sizeof want, "%s ", x.w->obj[x.k->r->ohne[i]].kennung);
		assert_true(screen_find(want) >= 0);
	}
	stop(f);
	expect_free(&x);
}

static void test_edit_betriebskosten_undo(void **state)
{
	struct fixture *f = *state;
	struct expect before, after;
	char line[2048];
	expect_load(f, &before);
	start(f, "xterm-256color", 40, 120);
	assert_int_equal(app_show_object(f->app, "FV-PARKAUSWEIS"), 0);
	app_draw(f->app);
	act(f, ACT_HOME);
	for (int i = 0; i < 200; i++) {
		int y = selected_line(2);
		if (y >= 0 && strstr(screen_line(y, line, sizeof line), "Betriebskosten heute"))
			break;
		act(f, ACT_DOWN);
	}
	assert_non_null(strstr(line, "12.000 €"));
	act(f, ACT_EDIT);
	key(f, TK_CTRL('u'));
	keys(f, "112.000");
	key(f, '\r');
	assert_true(screen_find("112.000 €") >= 0);
	expect_load(f, &after);
	assert_true(after.k->r->jahr[0].summe != before.k->r->jahr[0].summe);
	key(f, TK_ESC);
	act(f, ACT_VIEW_1);
	shows_all(&after);
	act(f, ACT_UNDO);
	shows_all(&before);
	stop(f);
	expect_free(&before);
	expect_free(&after);
}

/* The periods' amounts of the Roadmap at zoom unit u months from month t0: the line of
 * label holds the first n of them, in order (German money format). */
static void roadmap_shows(const struct expect *x, const char *label, int32_t t0, int u,
			  int betrieb)
{
	enum { N = 4 };
	int64_t mig[N * 12], bet[N * 12];
	char line[2048], m[48];
	assert_int_equal(cost_monate(&x->k->in, x->k->r, t0, (size_t)(N * u), mig, bet), 0);
	int y = screen_find(label);
	assert_true(y >= 0);
	const char *at = screen_line(y, line, sizeof line);
	for (int p = 0; p < N; p++) {
		int64_t sum = 0;
		for (int i = 0; i < u; i++)
			sum += betrieb ? bet[p * u + i] : mig[p * u + i];
		money_format_cents(sum, 1, m, sizeof m);
		const char *hit = strstr(at, m);
		if (!hit)
			fail_msg("period %d: \"%s\" not in order on the line: %s", p, m, line);
		at = hit + strlen(m);
	}
}

static void test_roadmap_euros(void **state)
{
	struct fixture *f = *state;
	struct expect x;
	expect_load(f, &x);
	int32_t s = x.z->params.start;
	start(f, "xterm-256color", 40, 120);
	act(f, ACT_VIEW_5);
	assert_true(screen_find("Kosten je Quartal") >= 0);
	roadmap_shows(&x, "Migration¹", s - s % 3, 3, 0);
	roadmap_shows(&x, "  Betrieb ", s - s % 3, 3, 1);
	act(f, ACT_DEP_ADD); /* + : months */
	assert_true(screen_find("Kosten je Monat") >= 0);
	roadmap_shows(&x, "Migration¹", s - s % 3, 1, 0);
	roadmap_shows(&x, "  Betrieb ", s - s % 3, 1, 1);
	act(f, ACT_DEP_DEL);
	act(f, ACT_DEP_DEL); /* - - : years */
	assert_true(screen_find("Kosten je Jahr") >= 0);
	roadmap_shows(&x, "Migration¹", s - s % 12, 12, 0);
	roadmap_shows(&x, "  Betrieb ", s - s % 12, 12, 1);
	assert_true(screen_find("Einmalkosten im Beginn-Monat") >= 0);
	stop(f);
	expect_free(&x);
}

static void test_kostenfaktor_whatif_undo(void **state)
{
	struct fixture *f = *state;
	struct expect before, after;
	char want[256], m[48];
	size_t n = 0;
	expect_load(f, &before);
	uint32_t p = ws_find_plattform(before.w, "DVC-OEFF");
	assert_true(p != WP_NONE);
	assert_int_equal(before.w->pf[p].kostenfaktor, 8000); /* the catalogue's example */
	int64_t wirkung = kosten_faktor_wirkung(before.w, before.as, p, 6000, &n);
	assert_true(n > 0 && wirkung < 0);
	/* tall enough for the whole Übersicht */
	start(f, "xterm-256color", 60, 120);
	act(f, ACT_VIEW_4);
	assert_true(screen_find("Kostenfaktor") >= 0); /* the column */
	act(f, ACT_EDIT);
	for (int i = 0; i < 4; i++)
		key(f, '\t');
	key(f, TK_CTRL('u'));
	keys(f, "-1");
	key(f, '\r');
	assert_true(screen_find("Kostenfaktor") >= 0);
	assert_true(screen_find("ungültig") >= 0 || screen_find("0 bis") >= 0); /* in the form */
	key(f, TK_CTRL('u'));
	keys(f, "0,6");
	key(f, '\r');
	assert_true(screen_find("Was wäre, wenn: DVC-OEFF Kostenfaktor = 0,6") >= 0);
	money_format_cents(wirkung, 1, m, sizeof m);
	snprintf(want, sizeof want, "Betrieb auf DVC-OEFF: %s je Jahr", m);
	assert_true(screen_find(want) >= 0);
	snprintf(want, sizeof want, "(%zu Objekte", n);
	assert_true(screen_find(want) >= 0);
	expect_load(f, &after); /* nothing saved before the answer */
	assert_int_equal(after.w->pf[p].kostenfaktor, 8000);
	expect_free(&after);
	key(f, 'j');
	expect_load(f, &after);
	assert_int_equal(after.w->pf[p].kostenfaktor, 6000);
	act(f, ACT_VIEW_1);
	shows_all(&after);
	act(f, ACT_UNDO);
	shows_all(&before);
	expect_free(&after);
	expect_load(f, &after);
	assert_int_equal(after.w->pf[p].kostenfaktor, 8000);
	stop(f);
	expect_free(&before);
	expect_free(&after);
}

static void test_saetze_box(void **state)
{
	struct fixture *f = *state;
	start(f, "xterm-256color", 40, 120);
	act(f, ACT_HOME);
	for (int i = 0; i < 80; i++) {
		int y = screen_find("Beispielsätze:");
		if (y >= 0 && (cell_attr(y, screen_col(y, "Beispielsätze:")) & A_REVERSE))
			break;
		act(f, ACT_DOWN);
	}
	act(f, ACT_OPEN);
	assert_true(screen_find("Kostensätze und Annahmen") >= 0);
	assert_true(screen_find("Beispielwert Musterstadt: Personalkostensatz") >= 0);
	assert_true(screen_find("Einstellung kosten.anteil_extern") >= 0);
	assert_true(screen_find("Mischsatz: 60 % × 520 € + 40 % × 1.150 € = 772 € je PT") >= 0);
	stop(f);
}

int main(void)
{
	harness_env();
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_uebersicht_figures, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_ohne_lists_them, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_edit_betriebskosten_undo, open_demo,
						close_demo),
		cmocka_unit_test_setup_teardown(test_roadmap_euros, open_demo, close_demo),
		cmocka_unit_test_setup_teardown(test_kostenfaktor_whatif_undo, open_demo,
						close_demo),
		cmocka_unit_test_setup_teardown(test_saetze_box, open_demo, close_demo),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
