/* Tests of the pilot analysis (docs/rules.md §7, docs/planung.md): feasibility per platform
 * and the target platform, every kind of missing prerequisite with and without a plan,
 * their order and texts, and pilot candidate suggestions with their reasons. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/assess.h"
#include "model/pilot.h"
#include "model/monat.h"
#include "model/plan.h"
#include "model/zeitplan.h"
#include "tests/bench/gen.h"

/* ---- Helpers ---- */

static struct ws *mk(void)
{
	struct ws *w = ws_new();
	assert_non_null(w);
	assert_int_equal(ws_set_criteria(w, gen_catalogue, GEN_N_CATALOGUE), 0);
	return w;
}

static uint32_t pf(struct ws *w, const char *code, const char *profile, int vs, int rang)
{
	uint32_t p = ws_add_plattform(w, code);
	assert_int_not_equal(p, WP_NONE);
	for (size_t r = 0; r < w->n_rl; r++)
		w->rl_val[p * w->n_rl + r] = gen_rl_letter(profile[r]);
	w->pf[p].vs_nfd = (uint8_t)vs;
	w->pf[p].rang = rang;
	return p;
}

/* Schutzbedarf normal, Personenbezug nein, strategy Rehost, effort pt. */
static uint32_t ob(struct ws *w, const char *k, double pt)
{
	uint32_t o = ws_add_objekt(w, k);
	assert_int_not_equal(o, WP_NONE);
	w->obj[o].name = k;
	for (int g = 0; g < SB__N; g++)
		w->obj[o].sb[g] = LVL_NORMAL;
	w->obj[o].personenbezug = PB_NEIN;
	w->obj[o].strategie = STRAT_REHOST;
	w->obj[o].aufwand = pt;
	return o;
}

static void dep(struct ws *w, uint32_t von, uint32_t zu)
{
	assert_int_not_equal(ws_add_dep(w, von, zu, ""), WP_NONE);
}

/* Adds a pilot with members (WP_NONE-terminated); returns its index. */
static uint32_t pilot(struct ws *w, const char *name, ...)
{
	struct pilot *q = realloc(w->pilot, (w->n_pilot + 1) * sizeof *q);
	assert_non_null(q);
	w->pilot = q;
	struct pilot *pi = &w->pilot[w->n_pilot];
	memset(pi, 0, sizeof *pi);
	pi->name = name;
	pi->ziel = pi->ozg = "";
	va_list ap;
	va_start(ap, name);
	for (uint32_t m = va_arg(ap, uint32_t); m != WP_NONE; m = va_arg(ap, uint32_t)) {
		uint32_t *mm = realloc(pi->members, (pi->n_members + 1) * sizeof *mm);
		assert_non_null(mm);
		pi->members = mm;
		pi->members[pi->n_members++] = m;
	}
	va_end(ap);
	return (uint32_t)w->n_pilot++;
}

static void todo(struct ws *w, uint32_t p, const char *text, int done)
{
	struct pilot *pi = &w->pilot[p];
	struct pilot_todo *t = realloc(pi->todos, (pi->n_todos + 1) * sizeof *t);
	assert_non_null(t);
	pi->todos = t;
	pi->todos[pi->n_todos++] = (struct pilot_todo){ 0, text, (uint8_t)done };
}

static struct assessment *run(struct ws *w)
{
	struct assessment *a = NULL;
	assert_int_equal(ws_index(w), 0);
	assert_int_equal(assess_run(w, &a), 0);
	return a;
}

static const char *gap(const struct ws *w, const struct pilot_analyse *pa, size_t k)
{
	static char buf[512];
	assert_true(k < pa->n_luecken);
	int n = pilot_luecke_text(w, &pa->luecken[k], buf, sizeof buf);
	assert_int_equal((size_t)n, strlen(buf));
	return buf;
}

static void assert_contains(const char *hay, const char *needle)
{
	if (!strstr(hay, needle)) {
		print_error("expected \"%s\" in:\n%s\n", needle, hay);
		fail();
	}
}

/* ---- Feasibility and target ---- */

static void test_feasible_platforms(void **state)
{
	(void)state;
	struct ws *w = mk();
	uint32_t land = pf(w, "LAND", "eeeeeee", TRI_JA, 2);
	uint32_t priv = pf(w, "DE-PRIV", "eeteeee", TRI_NEIN, 3);
	uint32_t komm = pf(w, "KOMM", "eeeeeee", TRI_UNBEKANNT, 1);
	uint32_t a = ob(w, "A", 10), b = ob(w, "B", 10);
	w->obj[b].personenbezug = PB_JA; /* needs every red line erfüllt: DE-PRIV fails NETZ */
	uint32_t p = pilot(w, "Anwohnerparken", a, b, WP_NONE);
	struct assessment *as = run(w);
	struct pilot_analyse pa;
	assert_int_equal(pilot_analysieren(w, as, NULL, p, &pa), 0);
	assert_int_equal(pa.machbar[land], 1);
	assert_int_equal(pa.machbar[priv], 0);
	assert_int_equal(pa.machbar[komm], 1);
	assert_int_equal(pa.ziel, komm); /* smallest rang among the feasible */
	assert_int_equal(pa.n_luecken, 0);
	assert_null(pa.luecken);
	assert_int_equal(pa.welle, 0);
	pilot_analyse_free(&pa);
	assert_null(pa.machbar);
	assessment_free(&as);

	/* A VS-NfD member: only LAND is approved, KOMM merely unknown. */
	uint32_t v = ob(w, "V", 10);
	w->obj[v].vs_nfd = JN_JA;
	uint32_t *mm = realloc(w->pilot[p].members, 3 * sizeof *mm);
	assert_non_null(mm);
	w->pilot[p].members = mm;
	mm[w->pilot[p].n_members++] = v;
	as = run(w);
	assert_int_equal(pilot_analysieren(w, as, NULL, p, &pa), 0);
	assert_int_equal(pa.machbar[land], 1);
	assert_int_equal(pa.machbar[komm], 0);
	assert_int_equal(pa.ziel, land);
	assert_int_equal(pa.n_luecken, 0);
	pilot_analyse_free(&pa);
	assessment_free(&as);
	ws_free(&w);
}

static void test_member_gaps(void **state)
{
	(void)state;
	struct ws *w = mk();
	uint32_t alpha = pf(w, "ALPHA", "eeeeeee", TRI_NEIN, 1);
	uint32_t beta = pf(w, "BETA", "teeeeee", TRI_UNBEKANNT, 2);
	uint32_t n = ob(w, "N", 10);
	uint32_t v = ob(w, "V", 10); /* VS-NfD: blocked on ALPHA, offen on BETA */
	w->obj[v].vs_nfd = JN_JA;
	uint32_t r = ob(w, "R", 10); /* VS-NfD and personal data: blocked on both */
	w->obj[r].vs_nfd = JN_JA;
	w->obj[r].personenbezug = PB_JA;
	uint32_t p1 = pilot(w, "P1", v, n, WP_NONE);
	uint32_t p2 = pilot(w, "P2", v, WP_NONE);
	uint32_t p3 = pilot(w, "P3", r, WP_NONE);
	struct assessment *as = run(w);
	struct pilot_analyse pa;

	/* Nothing feasible; ALPHA and BETA have one zulässig member each: rang decides. */
	assert_int_equal(pilot_analysieren(w, as, NULL, p1, &pa), 0);
	assert_int_equal(pa.machbar[alpha], 0);
	assert_int_equal(pa.machbar[beta], 0);
	assert_int_equal(pa.ziel, alpha);
	assert_int_equal(pa.n_luecken, 1);
	assert_int_equal(pa.luecken[0].art, PL_BLOCKIERT);
	assert_int_equal(pa.luecken[0].obj, v);
	assert_int_equal(pa.luecken[0].pf, alpha);
	assert_string_equal(gap(w, &pa, 0), "V ist auf ALPHA blockiert");
	pilot_analyse_free(&pa);

	/* No member zulässig anywhere: no target; V is unclear on its recommended platform. */
	assert_int_equal(pilot_analysieren(w, as, NULL, p2, &pa), 0);
	assert_int_equal(pa.ziel, WP_NONE);
	assert_int_equal(pa.n_luecken, 1);
	assert_int_equal(pa.luecken[0].art, PL_UNKLAR);
	assert_int_equal(pa.luecken[0].pf, beta);
	assert_string_equal(gap(w, &pa, 0), "V ist auf BETA nur offen: Klärung nötig");
	pilot_analyse_free(&pa);

	assert_int_equal(pilot_analysieren(w, as, NULL, p3, &pa), 0);
	assert_int_equal(pa.ziel, WP_NONE);
	assert_int_equal(pa.n_luecken, 1);
	assert_int_equal(pa.luecken[0].art, PL_BLOCKIERT);
	assert_int_equal(pa.luecken[0].pf, WP_NONE);
	assert_string_equal(gap(w, &pa, 0), "R ist auf jeder Plattform blockiert");
	pilot_analyse_free(&pa);

	/* On a target where a member is only offen: PL_UNKLAR on the target. */
	uint32_t u = ob(w, "U", 10);
	w->obj[u].vs_nfd = JN_JA;
	uint32_t p4 = pilot(w, "P4", n, u, WP_NONE);
	w->pf[beta].rang = 0; /* BETA preferred now */
	assessment_free(&as);
	as = run(w);
	assert_int_equal(pilot_analysieren(w, as, NULL, p4, &pa), 0);
	assert_int_equal(pa.ziel, beta);
	assert_int_equal(pa.n_luecken, 1);
	assert_int_equal(pa.luecken[0].art, PL_UNKLAR);
	assert_int_equal(pa.luecken[0].obj, u);
	pilot_analyse_free(&pa);

	assert_int_equal(pilot_analysieren(w, as, NULL, 99, &pa), -WP_EINVAL);
	assessment_free(&as);
	ws_free(&w);
}

/* ---- Dependencies outside the pilot, checklist, empty pilot, order ---- */

static void test_dependency_and_todo_gaps(void **state)
{
	(void)state;
	struct ws *w = mk();
	pf(w, "LAND", "eeeeeee", TRI_JA, 1);
	uint32_t a = ob(w, "A-PARK", 10), b = ob(w, "B-REG", 10);
	uint32_t melde = ob(w, "MELDE", 10), zahl = ob(w, "ZAHL", 10);
	dep(w, a, b);     /* inside the pilot: no gap */
	dep(w, a, zahl);  /* outside */
	dep(w, b, melde); /* outside */
	dep(w, a, melde);
	uint32_t p = pilot(w, "Anwohnerparken", b, a, WP_NONE);
	todo(w, p, "Schnittstelle zum Bezahldienst testen", 1);
	todo(w, p, "Datenschutz-Folgenabschätzung", 0);
	todo(w, p, "Fachamt schulen", 0);
	struct assessment *as = run(w);
	struct pilot_analyse pa;

	/* Without a plan every outside dependency is missing; order: member, dependency. */
	assert_int_equal(pilot_analysieren(w, as, NULL, p, &pa), 0);
	assert_int_equal(pa.n_luecken, 5);
	assert_int_equal(pa.luecken[0].art, PL_ABHAENGIG);
	assert_int_equal(pa.luecken[0].obj, a);
	assert_int_equal(pa.luecken[0].other, melde);
	assert_int_equal(pa.luecken[1].other, zahl);
	assert_int_equal(pa.luecken[2].obj, b);
	assert_int_equal(pa.luecken[2].other, melde);
	assert_string_equal(gap(w, &pa, 0), "A-PARK benötigt MELDE außerhalb des Piloten, das "
					    "nicht vorher migriert wird");
	assert_int_equal(pa.luecken[3].art, PL_TODO);
	assert_int_equal(pa.luecken[3].todo, 1);
	assert_string_equal(gap(w, &pa, 3), "offener Punkt: Datenschutz-Folgenabschätzung");
	assert_string_equal(gap(w, &pa, 4), "offener Punkt: Fachamt schulen");
	pilot_analyse_free(&pa);

	/* With a plan: MELDE in an earlier wave is done; ZAHL in the same wave is not. */
	struct plan *pl = plan_new(w->n_obj);
	assert_non_null(pl);
	pl->obj[melde].welle = 1;
	pl->obj[zahl].welle = 2;
	pl->obj[a].welle = 2;
	pl->obj[b].welle = 2;
	assert_int_equal(pilot_analysieren(w, as, pl, p, &pa), 0);
	assert_int_equal(pa.welle, 2);
	assert_int_equal(pa.n_luecken, 3);
	assert_int_equal(pa.luecken[0].art, PL_ABHAENGIG);
	assert_int_equal(pa.luecken[0].other, zahl);
	pilot_analyse_free(&pa);

	/* Not planned at all: a gap. */
	pl->obj[zahl].welle = 0;
	pl->obj[melde].welle = 0;
	assert_int_equal(pilot_analysieren(w, as, pl, p, &pa), 0);
	assert_int_equal(pa.n_luecken, 5);
	pilot_analyse_free(&pa);
	plan_free(&pl);

	/* The real planner (the pilot geplant: it binds) puts the prerequisites into the month
	 * before the pilot, all in wave 1: still open. */
	w->pilot[p].status = PS_GEPLANT;
	struct zeitplan_params pp = { monat_von(2027, 1), 80, 40, 3 };
	struct zeitplan *z = NULL;
	assert_int_equal(zeitplan_run(w, as, &pp, &z), 0);
	assert_int_equal(plan_aus_zeitplan(z, &pl), 0);
	zeitplan_free(&z);
	assert_int_equal(pl->obj[a].welle, 1);
	assert_int_equal(pilot_analysieren(w, as, pl, p, &pa), 0);
	assert_int_equal(pa.welle, 1);
	assert_int_equal(pa.n_luecken, 5);
	pilot_analyse_free(&pa);
	/* Its Beginn pinned into wave 2 (04.2027), they are migrated before it. */
	w->obj[a].pin_monat = monat_von(2027, 4);
	plan_free(&pl);
	assert_int_equal(zeitplan_run(w, as, &pp, &z), 0);
	assert_int_equal(plan_aus_zeitplan(z, &pl), 0);
	zeitplan_free(&z);
	assert_int_equal(pl->obj[b].welle, 2);
	assert_int_equal(pl->obj[melde].welle, 1);
	assert_int_equal(pilot_analysieren(w, as, pl, p, &pa), 0);
	assert_int_equal(pa.welle, 2);
	assert_int_equal(pa.n_luecken, 2); /* only the checklist */
	pilot_analyse_free(&pa);
	plan_free(&pl);

	/* An empty pilot: feasible nowhere, one gap. */
	uint32_t e = pilot(w, "Leer", WP_NONE);
	assert_int_equal(pilot_analysieren(w, as, NULL, e, &pa), 0);
	assert_int_equal(pa.machbar[0], 0);
	assert_int_equal(pa.ziel, WP_NONE);
	assert_int_equal(pa.n_luecken, 1);
	assert_int_equal(pa.luecken[0].art, PL_LEER);
	assert_string_equal(gap(w, &pa, 0), "der Pilot hat keine Mitglieder");
	pilot_analyse_free(&pa);
	assessment_free(&as);
	ws_free(&w);
}

static void test_gap_order_members_first(void **state)
{
	(void)state;
	struct ws *w = mk();
	pf(w, "ALPHA", "eeeeeee", TRI_NEIN, 1);
	uint32_t z = ob(w, "Z", 10), y = ob(w, "Y", 10), d = ob(w, "D", 10);
	w->obj[z].vs_nfd = JN_JA;
	w->obj[y].vs_nfd = JN_JA;
	dep(w, z, d);
	uint32_t p = pilot(w, "P", z, y, z, WP_NONE); /* a duplicate member counts once */
	todo(w, p, "x", 0);
	struct assessment *as = run(w);
	struct pilot_analyse pa;
	assert_int_equal(pilot_analysieren(w, as, NULL, p, &pa), 0);
	assert_int_equal(pa.n_luecken, 4);
	assert_int_equal(pa.luecken[0].art, PL_BLOCKIERT);
	assert_int_equal(pa.luecken[0].obj, y); /* Kennung order */
	assert_int_equal(pa.luecken[1].art, PL_BLOCKIERT);
	assert_int_equal(pa.luecken[1].obj, z);
	assert_int_equal(pa.luecken[2].art, PL_ABHAENGIG);
	assert_int_equal(pa.luecken[3].art, PL_TODO);
	for (size_t k = 0; k < pa.n_luecken; k++)
		assert_int_equal(pa.luecken[k].pilot, p);
	/* snprintf contract */
	char small[6];
	int len = pilot_luecke_text(w, &pa.luecken[0], small, sizeof small);
	assert_int_equal(pa.ziel, WP_NONE); /* no member zulässig anywhere */
	assert_int_equal(len, (int)strlen("Y ist auf jeder Plattform blockiert"));
	assert_string_equal(small, "Y ist");
	pilot_analyse_free(&pa);
	assessment_free(&as);
	ws_free(&w);
}

/* ---- Suggestions ---- */

static void test_suggestions(void **state)
{
	(void)state;
	struct ws *w = mk();
	pf(w, "LAND", "eeeeeee", TRI_JA, 1);
	uint32_t park = ob(w, "PARK", 10);
	w->obj[park].ozg = "10173";
	w->obj[park].fallzahl = 12000;
	uint32_t gew = ob(w, "GEW", 10); /* same score as HUND, bigger closure effort */
	uint32_t reg = ob(w, "GEW-REG", 30);
	dep(w, gew, reg);
	uint32_t hund = ob(w, "HUND", 10);
	uint32_t hund2 = ob(w, "HUND2", 10); /* equal to HUND: Kennung decides */
	uint32_t taken = ob(w, "TAKEN", 10);
	pilot(w, "P", taken, WP_NONE);
	/* A closure of 7 objects is too big for a candidate. */
	uint32_t prev = ob(w, "CH0", 10), head = prev;
	for (int i = 1; i < 7; i++) {
		char k[16];
		snprintf(k, sizeof k, "CH%d", i);
		uint32_t o = ob(w, ws_str(w, k), 10);
		dep(w, o, prev);
		prev = o;
		head = o;
	}
	struct assessment *as = run(w);
	assert_false(as->obj[head].pilot_kandidat);
	assert_int_equal(as->obj[gew].qw, as->obj[hund].qw);
	struct pilot_vorschlag *v = NULL;
	size_t n = 0;
	assert_int_equal(pilot_vorschlaege(w, as, &v, &n), 0);
	assert_true(n >= 5);
	assert_int_equal(v[0].obj, park);
	size_t i_gew = n, i_hund = n, i_hund2 = n;
	for (size_t k = 0; k < n; k++) {
		assert_true(as->obj[v[k].obj].pilot_kandidat);
		assert_int_not_equal(v[k].obj, taken);
		assert_int_not_equal(v[k].obj, head);
		if (k) {
			assert_true(v[k - 1].qw >= v[k].qw);
			if (v[k - 1].qw == v[k].qw)
				assert_true(v[k - 1].aufwand <= v[k].aufwand);
		}
		v[k].obj == gew ? (void)(i_gew = k) : (void)0;
		v[k].obj == hund ? (void)(i_hund = k) : (void)0;
		v[k].obj == hund2 ? (void)(i_hund2 = k) : (void)0;
	}
	assert_true(i_hund < i_hund2);
	assert_true(i_hund2 < i_gew);
	assert_int_equal(v[i_gew].n_huelle, 2);
	assert_int_equal(v[i_gew].huelle[0], gew); /* Kennung order: GEW < GEW-REG */
	assert_int_equal(v[i_gew].huelle[1], reg);
	assert_float_equal(v[i_gew].aufwand, 40, 0);
	char buf[512];
	pilot_vorschlag_text(w, as, &v[0], buf, sizeof buf);
	assert_contains(buf, "Quick-Win-Score");
	assert_contains(buf, "OZG-Leistung 10173");
	assert_contains(buf, "12000 Fälle im Jahr");
	assert_contains(buf, "zulässig auf LAND");
	assert_contains(buf, "benötigt nichts weiter");
	pilot_vorschlag_text(w, as, &v[i_gew], buf, sizeof buf);
	assert_contains(buf, "Abhängigkeitshülle 2 Objekte (40 PT, alle Quick-Win-fähig): GEW-REG");
	pilot_vorschlaege_free(v, n);
	assessment_free(&as);
	ws_free(&w);
}

/* Suggestions over a generated workspace agree with the assessment's candidates. */
static void test_suggestions_generated(void **state)
{
	(void)state;
	struct ws *w = gen_workspace(2000, 6, 11);
	assert_non_null(w);
	struct assessment *as = NULL;
	assert_int_equal(assess_run(w, &as), 0);
	struct pilot_vorschlag *v = NULL;
	size_t n = 0, cand = 0;
	assert_int_equal(pilot_vorschlaege(w, as, &v, &n), 0);
	for (size_t i = 0; i < w->n_obj; i++)
		cand += as->obj[i].pilot_kandidat;
	assert_int_equal(n, cand);
	for (size_t k = 0; k < n; k++) {
		assert_true(v[k].n_huelle >= 1);
		assert_true(v[k].n_huelle <= (size_t)w->set.v[SET_PILOT_MAX]);
		double s = 0;
		int self = 0;
		for (size_t j = 0; j < v[k].n_huelle; j++) {
			s += as->obj[v[k].huelle[j]].aufwand;
			self |= v[k].huelle[j] == v[k].obj;
			assert_true(as->obj[v[k].huelle[j]].qw_eligible);
			if (j)
				assert_true(strcmp(w->obj[v[k].huelle[j - 1]].kennung,
						   w->obj[v[k].huelle[j]].kennung) < 0);
		}
		assert_true(self);
		assert_float_equal(s, v[k].aufwand, 1e-9);
	}
	pilot_vorschlaege_free(v, n);
	pilot_vorschlaege_free(NULL, 0);
	assessment_free(&as);
	ws_free(&w);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_feasible_platforms),
		cmocka_unit_test(test_member_gaps),
		cmocka_unit_test(test_dependency_and_todo_gaps),
		cmocka_unit_test(test_gap_order_members_first),
		cmocka_unit_test(test_suggestions),
		cmocka_unit_test(test_suggestions_generated),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
