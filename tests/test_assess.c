/* Unit and property tests of the assessment engine (docs/rules.md §1–§7), its explanations
 * and their text: hand-computed cases for every rule branch, a brute-force oracle over
 * random workspaces, monotonicity properties and a 1,000,000-object chain. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/assess.h"
#include "model/explain.h"
#include "model/explain_text.h"
#include "tests/bench/gen.h"

/* ---- Helpers to build workspaces ---- */

static struct ws *mk(void)
{
	struct ws *w = ws_new();
	assert_non_null(w);
	assert_int_equal(ws_set_criteria(w, gen_catalogue, GEN_N_CATALOGUE), 0);
	return w;
}

/* An active object with Schutzbedarf c/i/a (enum level), Personenbezug nein. */
static uint32_t ob(struct ws *w, const char *k, int c, int i, int a)
{
	uint32_t o = ws_add_objekt(w, k);
	assert_int_not_equal(o, WP_NONE);
	w->obj[o].name = k;
	w->obj[o].sb[SB_C] = (uint8_t)c;
	w->obj[o].sb[SB_I] = (uint8_t)i;
	w->obj[o].sb[SB_A] = (uint8_t)a;
	w->obj[o].personenbezug = PB_NEIN;
	return o;
}

/* A platform with red-line profile letters (e/t/n/?) and VS-NfD approval (enum tri). */
static uint32_t pf(struct ws *w, const char *code, const char *profile, int vs)
{
	uint32_t p = ws_add_plattform(w, code);
	assert_int_not_equal(p, WP_NONE);
	for (size_t r = 0; r < w->n_rl; r++)
		w->rl_val[p * w->n_rl + r] = gen_rl_letter(profile[r]);
	w->pf[p].vs_nfd = (uint8_t)vs;
	return p;
}

static void dep(struct ws *w, uint32_t von, uint32_t zu)
{
	assert_int_not_equal(ws_add_dep(w, von, zu, ""), WP_NONE);
}

/* DVC values as letters j/t/n/? in catalogue order. */
static void crit(struct ws *w, uint32_t o, const char *v)
{
	for (size_t k = 0; k < w->n_dvc && v[k]; k++)
		w->crit[o * w->n_dvc + k] = v[k] == 'j' ? CV_JA : v[k] == 't' ? CV_TEILWEISE
					    : v[k] == 'n' ? CV_NEIN : CV_UNBEKANNT;
}

/* Sets the DVC weights: the first n from wt, the rest 0. */
static void weights(struct ws *w, const double *wt, size_t n)
{
	for (size_t k = 0; k < w->n_dvc; k++)
		w->dvc[k].gewicht = k < n ? wt[k] : 0;
}

static struct assessment *run(struct ws *w)
{
	struct assessment *a = NULL;
	assert_int_equal(ws_index(w), 0);
	assert_int_equal(assess_run(w, &a), 0);
	assert_non_null(a);
	assert_int_equal(a->n_obj, w->n_obj);
	return a;
}

static uint8_t vd(const struct assessment *a, uint32_t o, uint32_t p)
{
	return a->verdict[(size_t)o * a->n_pf + p];
}

static void assert_contains(const char *hay, const char *needle)
{
	if (!strstr(hay, needle)) {
		print_error("expected \"%s\" in:\n%s\n", needle, hay);
		fail();
	}
}

/* ---- Rounding ---- */

static void test_rounding(void **state)
{
	(void)state;
	assert_float_equal(round_half_up(2.5), 3, 0);
	assert_float_equal(round_half_up(2.4999), 2, 0);
	assert_float_equal(round_half_up(12.5), 13, 0);
	assert_float_equal(round_half_up(100.0 * 0.125), 13, 0);
	assert_float_equal(round_half_up(0), 0, 0);
	assert_float_equal(round_half_pt(67.5), 67.5, 0);
	assert_float_equal(round_half_pt(67.25), 67.5, 0);   /* half of 0.5 goes up */
	assert_float_equal(round_half_pt(67.24), 67.0, 0);
	assert_float_equal(round_half_pt(12.625), 12.5, 0);
	assert_float_equal(round_half_pt(10.2 * 1.25), 13.0, 0); /* 12.749999… in binary */
	assert_float_equal(round_half_pt(1.75), 2.0, 0);
}

/* ---- docs/rules.md §1 effective Schutzbedarf ---- */

static void test_inherit_chain(void **state)
{
	(void)state;
	struct ws *w = mk();
	uint32_t A = ob(w, "A", LVL_SEHR_HOCH, LVL_NONE, LVL_NORMAL);
	uint32_t B = ob(w, "B", LVL_HOCH, LVL_HOCH, LVL_NORMAL);
	uint32_t C = ob(w, "C", LVL_NORMAL, LVL_NORMAL, LVL_SEHR_HOCH);
	dep(w, A, B); /* A benötigt B: B inherits from A */
	dep(w, B, C);
	struct assessment *a = run(w);

	assert_int_equal(a->obj[A].eff[SB_C], 3);
	assert_int_equal(a->obj[A].eff_from[SB_C], A);
	assert_int_equal(a->obj[A].eff[SB_I], 1); /* empty counts as normal */
	assert_true(a->obj[A].flags & AF_SB_UNBEWERTET);
	assert_int_equal(a->obj[A].eff[SB_A], 1); /* nothing flows upward from C */
	assert_int_equal(a->obj[B].eff[SB_C], 3);
	assert_int_equal(a->obj[B].eff_from[SB_C], A);
	assert_int_equal(a->obj[B].eff[SB_I], 2);
	assert_int_equal(a->obj[B].eff_from[SB_I], B);
	assert_int_equal(a->obj[C].eff[SB_C], 3);
	assert_int_equal(a->obj[C].eff_from[SB_C], A);
	assert_int_equal(a->obj[C].eff[SB_I], 2);
	assert_int_equal(a->obj[C].eff_from[SB_I], B);
	assert_int_equal(a->obj[C].eff[SB_A], 3);
	assert_int_equal(a->obj[C].eff_from[SB_A], C);
	assert_false(a->obj[B].flags & AF_SB_UNBEWERTET);
	for (uint32_t i = 0; i < 3; i++) {
		assert_int_equal(a->obj[i].schutzklasse, 3);
		assert_false(a->obj[i].flags & AF_IN_ZYKLUS);
	}
	assert_int_not_equal(a->obj[A].scc, a->obj[B].scc);

	struct explanation *x = NULL;
	assert_int_equal(explain_object(w, a, C, &x), 0);
	assert_true(x->goal[SB_C].geerbt);
	assert_int_equal(x->goal[SB_C].from, A);
	assert_int_equal(x->goal[SB_C].n_pfad, 3);
	assert_int_equal(x->goal[SB_C].pfad[0], A);
	assert_int_equal(x->goal[SB_C].pfad[1], B);
	assert_int_equal(x->goal[SB_C].pfad[2], C);
	assert_false(x->goal[SB_A].geerbt);
	assert_false(x->goal[SB_C].via_zyklus);
	explain_free(&x);
	assert_null(x);

	char *t = explain_text(w, a, C, WP_NONE);
	assert_non_null(t);
	assert_contains(t, "geerbt von A");
	assert_contains(t, "geerbt von A über A → B → C");
	free(t);
	assessment_free(&a);
	assert_null(a);
	ws_free(&w);
}

static void test_inherit_diamond(void **state)
{
	(void)state;
	struct ws *w = mk();
	uint32_t A = ob(w, "A", LVL_NORMAL, LVL_HOCH, LVL_NORMAL);
	uint32_t B = ob(w, "B", LVL_SEHR_HOCH, LVL_NONE, LVL_NORMAL);
	uint32_t C = ob(w, "C", LVL_SEHR_HOCH, LVL_SEHR_HOCH, LVL_NORMAL);
	uint32_t D = ob(w, "D", LVL_NORMAL, LVL_NORMAL, LVL_NORMAL);
	dep(w, A, B);
	dep(w, A, C);
	dep(w, B, D);
	dep(w, C, D);
	struct assessment *a = run(w);
	assert_int_equal(a->obj[B].eff[SB_I], 2);
	assert_int_equal(a->obj[B].eff_from[SB_I], A);
	assert_int_equal(a->obj[D].eff[SB_I], 3);
	assert_int_equal(a->obj[D].eff_from[SB_I], C);
	/* B and C both pass sehr hoch: the smaller index wins the tie. */
	assert_int_equal(a->obj[D].eff[SB_C], 3);
	assert_int_equal(a->obj[D].eff_from[SB_C], B);
	assert_int_equal(a->obj[D].eff[SB_A], 1);
	assert_int_equal(a->obj[D].eff_from[SB_A], D);
	assert_int_equal(a->obj[A].eff[SB_C], 1);
	assessment_free(&a);
	ws_free(&w);
}

static void test_inherit_cycle(void **state)
{
	(void)state;
	struct ws *w = mk();
	uint32_t X = ob(w, "X", LVL_NORMAL, LVL_NORMAL, LVL_HOCH);
	uint32_t Y = ob(w, "Y", LVL_HOCH, LVL_NORMAL, LVL_HOCH);
	uint32_t Z = ob(w, "Z", LVL_SEHR_HOCH, LVL_NORMAL, LVL_NONE);
	uint32_t W = ob(w, "W", LVL_NORMAL, LVL_NORMAL, LVL_NORMAL);
	uint32_t V = ob(w, "V", LVL_NORMAL, LVL_SEHR_HOCH, LVL_NORMAL);
	dep(w, X, Y);
	dep(w, Y, Z);
	dep(w, Z, X);
	dep(w, Z, W);
	dep(w, V, X);
	struct assessment *a = run(w);
	for (uint32_t i = X; i <= Z; i++) {
		assert_int_equal(a->obj[i].eff[SB_C], 3);
		assert_int_equal(a->obj[i].eff[SB_I], 3);
		assert_int_equal(a->obj[i].eff_from[SB_I], V);
		assert_int_equal(a->obj[i].eff[SB_A], 2);
		assert_true(a->obj[i].flags & AF_IN_ZYKLUS);
		assert_int_equal(a->obj[i].scc, a->obj[X].scc);
	}
	assert_int_equal(a->obj[X].eff_from[SB_C], Z);
	assert_int_equal(a->obj[Y].eff_from[SB_C], Z);
	assert_int_equal(a->obj[Z].eff_from[SB_C], Z);
	assert_int_equal(a->obj[X].eff_from[SB_A], X);
	assert_int_equal(a->obj[Y].eff_from[SB_A], Y);
	assert_int_equal(a->obj[Z].eff_from[SB_A], X); /* smallest index with hoch */
	assert_int_equal(a->obj[W].eff[SB_C], 3);
	assert_int_equal(a->obj[W].eff_from[SB_C], Z);
	assert_int_equal(a->obj[W].eff[SB_A], 2);
	assert_int_equal(a->obj[W].eff_from[SB_A], X);
	assert_false(a->obj[W].flags & AF_IN_ZYKLUS);
	assert_false(a->obj[V].flags & AF_IN_ZYKLUS);
	assert_int_not_equal(a->obj[W].scc, a->obj[X].scc);
	assert_int_equal(a->obj[V].eff[SB_C], 1);
	/* the import's warning counts the same three without an assessment */
	size_t in_cycle = 99;
	assert_int_equal(assess_count_in_cycles(w, &in_cycle), 0);
	assert_int_equal(in_cycle, 3);
	dep(w, W, V); /* V → X → … → Z → W → V: now all five */
	assert_int_equal(ws_index(w), 0);
	assert_int_equal(assess_count_in_cycles(w, &in_cycle), 0);
	assert_int_equal(in_cycle, 5);
	w->n_indexed = 0; /* a stale index is refused, not miscounted */
	assert_int_equal(assess_count_in_cycles(w, &in_cycle), -WP_EINVAL);
	assert_int_equal(ws_index(w), 0);

	struct explanation *x = NULL;
	assert_int_equal(explain_object(w, a, X, &x), 0);
	assert_true(x->in_zyklus);
	assert_int_equal(x->zyklus_groesse, 3);
	assert_true(x->goal[SB_C].via_zyklus);
	assert_false(x->goal[SB_I].via_zyklus);
	assert_int_equal(x->goal[SB_C].n_pfad, 2); /* Z benötigt X directly */
	assert_int_equal(x->goal[SB_C].pfad[0], Z);
	explain_free(&x);
	char *t = explain_text(w, a, X, WP_NONE);
	assert_contains(t, "Abhängigkeitszyklus mit 3 Objekten");
	assert_contains(t, "geerbt von Z (innerhalb des Abhängigkeitszyklus)");
	free(t);
	assessment_free(&a);
	ws_free(&w);
}

static void test_inherit_pin(void **state)
{
	(void)state;
	struct ws *w = mk();
	uint32_t A = ob(w, "A", LVL_SEHR_HOCH, LVL_NORMAL, LVL_NORMAL);
	uint32_t P = ob(w, "P", LVL_NORMAL, LVL_HOCH, LVL_NORMAL);
	uint32_t Q = ob(w, "Q", LVL_NORMAL, LVL_NORMAL, LVL_NORMAL);
	uint32_t R = ob(w, "R", LVL_NORMAL, LVL_NORMAL, LVL_NORMAL);
	w->obj[P].sb_pin = 1;
	dep(w, A, P);
	dep(w, P, Q);
	dep(w, A, R);
	/* A pin inside a cycle, with a needer from outside. */
	uint32_t X = ob(w, "X", LVL_HOCH, LVL_NORMAL, LVL_NORMAL);
	uint32_t P2 = ob(w, "P2", LVL_NORMAL, LVL_SEHR_HOCH, LVL_NORMAL);
	uint32_t N = ob(w, "N", LVL_NORMAL, LVL_NORMAL, LVL_SEHR_HOCH);
	w->obj[P2].sb_pin = 1;
	dep(w, X, P2);
	dep(w, P2, X);
	dep(w, N, X);
	struct assessment *a = run(w);

	assert_int_equal(a->obj[P].eff[SB_C], 1); /* own value stands */
	assert_int_equal(a->obj[P].eff_from[SB_C], P);
	assert_int_equal(a->obj[Q].eff[SB_C], 1); /* nothing passes through the pin */
	assert_int_equal(a->obj[Q].eff[SB_I], 2); /* but the pin passes its own value */
	assert_int_equal(a->obj[Q].eff_from[SB_I], P);
	assert_int_equal(a->obj[R].eff[SB_C], 3);

	assert_int_equal(a->obj[P2].eff[SB_C], 1);
	assert_int_equal(a->obj[P2].eff[SB_A], 1);
	assert_int_equal(a->obj[X].eff[SB_C], 2);
	assert_int_equal(a->obj[X].eff[SB_I], 3);
	assert_int_equal(a->obj[X].eff_from[SB_I], P2);
	assert_int_equal(a->obj[X].eff[SB_A], 3);
	assert_int_equal(a->obj[X].eff_from[SB_A], N);
	assert_true(a->obj[X].flags & AF_IN_ZYKLUS);
	assert_true(a->obj[P2].flags & AF_IN_ZYKLUS);
	assert_int_equal(a->obj[X].scc, a->obj[P2].scc);

	struct explanation *x = NULL;
	assert_int_equal(explain_object(w, a, P2, &x), 0);
	assert_true(x->pinned);
	assert_false(x->goal[SB_A].geerbt);
	explain_free(&x);
	char *t = explain_text(w, a, P2, WP_NONE);
	assert_contains(t, "manuell festgelegt");
	free(t);
	assessment_free(&a);
	ws_free(&w);
}

/* ---- docs/rules.md §2 required level and verdicts ---- */

static void test_required_level(void **state)
{
	(void)state;
	struct ws *w = mk();
	uint32_t p = pf(w, "T", "eetttee", TRI_JA);
	uint32_t o1 = ob(w, "O1", LVL_NORMAL, LVL_NORMAL, LVL_NORMAL);
	uint32_t o2 = ob(w, "O2", LVL_NORMAL, LVL_HOCH, LVL_NORMAL);
	uint32_t o3 = ob(w, "O3", LVL_NORMAL, LVL_NORMAL, LVL_NORMAL);
	uint32_t o4 = ob(w, "O4", LVL_NORMAL, LVL_NORMAL, LVL_NORMAL);
	uint32_t o5 = ob(w, "O5", LVL_NONE, LVL_NONE, LVL_NONE);
	uint32_t o6 = ob(w, "O6", LVL_NORMAL, LVL_NORMAL, LVL_NORMAL);
	uint32_t o7 = ob(w, "O7", LVL_NORMAL, LVL_NORMAL, LVL_HOCH);
	w->obj[o3].personenbezug = PB_JA;
	w->obj[o4].personenbezug = PB_ART9;
	w->obj[o5].personenbezug = PB_UNBEKANNT;
	dep(w, o7, o6);
	struct assessment *a = run(w);
	assert_int_equal(assess_required_level(w, &a->obj[o1], o1), RL_TEILWEISE);
	assert_int_equal(assess_required_level(w, &a->obj[o2], o2), RL_ERFUELLT);
	assert_int_equal(assess_required_level(w, &a->obj[o3], o3), RL_ERFUELLT);
	assert_int_equal(assess_required_level(w, &a->obj[o4], o4), RL_ERFUELLT);
	assert_int_equal(assess_required_level(w, &a->obj[o5], o5), RL_ERFUELLT);
	assert_int_equal(assess_required_level(w, &a->obj[o6], o6), RL_ERFUELLT); /* inherited */
	assert_true(a->obj[o5].flags & AF_PB_UNBEWERTET);
	assert_true(a->obj[o5].flags & AF_SB_UNBEWERTET);
	assert_false(a->obj[o1].flags & (AF_PB_UNBEWERTET | AF_SB_UNBEWERTET));
	assert_int_equal(vd(a, o1, p), V_ZULAESSIG);
	for (uint32_t o = o2; o <= o7; o++)
		assert_int_equal(vd(a, o, p), V_BLOCKIERT);

	static const struct { uint32_t o; unsigned bits; } cases[] = {
		{ 0, 0 }, { 1, REQ_SCHUTZKLASSE }, { 2, REQ_PB_JA }, { 3, REQ_PB_ART9 },
		{ 4, REQ_PB_UNBEWERTET }, { 5, REQ_SCHUTZKLASSE },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct explanation *x = NULL;
		assert_int_equal(explain_object(w, a, cases[i].o, &x), 0);
		assert_int_equal(x->req_gruende, cases[i].bits);
		explain_free(&x);
	}
	char *t = explain_text(w, a, o5, WP_NONE);
	assert_contains(t, "Personenbezug nicht bewertet ist und deshalb als ja zählt");
	free(t);
	t = explain_text(w, a, o1, p);
	assert_contains(t, "mindestens teilweise");
	free(t);
	assessment_free(&a);
	ws_free(&w);
}

static void test_verdicts(void **state)
{
	(void)state;
	struct ws *w = mk();
	uint32_t P0 = pf(w, "P0", "eeeeeee", TRI_JA);
	uint32_t P1 = pf(w, "P1", "eetttee", TRI_NEIN);
	uint32_t P2 = pf(w, "P2", "eeeee?e", TRI_UNBEKANNT);
	uint32_t P3 = pf(w, "P3", "neeeeee", TRI_NEIN);
	uint32_t P4 = pf(w, "P4", "eeeeeee", TRI_UNBEKANNT);
	uint32_t P5 = pf(w, "P5", "eeeee?e", TRI_NEIN);
	uint32_t N = ob(w, "N", LVL_NORMAL, LVL_NORMAL, LVL_NORMAL);
	uint32_t H = ob(w, "H", LVL_HOCH, LVL_NORMAL, LVL_NORMAL);
	uint32_t V = ob(w, "V", LVL_NORMAL, LVL_NORMAL, LVL_NORMAL);
	uint32_t HV = ob(w, "HV", LVL_HOCH, LVL_NORMAL, LVL_NORMAL);
	w->obj[V].vs_nfd = JN_JA;
	w->obj[HV].vs_nfd = JN_JA;
	w->rl_quelle[P3 * w->n_rl + 0] = "Rechenzentrum außerhalb Deutschlands";
	struct assessment *a = run(w);
	static const uint8_t want[4][6] = {
		{ V_ZULAESSIG, V_ZULAESSIG, V_OFFEN, V_BLOCKIERT, V_ZULAESSIG, V_OFFEN },
		{ V_ZULAESSIG, V_BLOCKIERT, V_OFFEN, V_BLOCKIERT, V_ZULAESSIG, V_OFFEN },
		{ V_ZULAESSIG, V_BLOCKIERT, V_OFFEN, V_BLOCKIERT, V_OFFEN, V_BLOCKIERT },
		{ V_ZULAESSIG, V_BLOCKIERT, V_OFFEN, V_BLOCKIERT, V_OFFEN, V_BLOCKIERT },
	};
	for (uint32_t o = 0; o < 4; o++)
		for (uint32_t p = 0; p < 6; p++)
			assert_int_equal(vd(a, o, p), want[o][p]);

	char *r = verdict_reason_text(w, a, HV, P3);
	assert_string_equal(r, "blockiert: RL-GEO nicht erfüllt (gefordert: erfüllt); "
			       "VS-NfD-Zulassung fehlt");
	free(r);
	r = verdict_reason_text(w, a, N, P2);
	assert_string_equal(r, "offen: RL-NORM unbekannt — Klärung nötig");
	free(r);
	r = verdict_reason_text(w, a, V, P2);
	assert_string_equal(r, "offen: RL-NORM unbekannt; VS-NfD-Zulassung unbekannt — "
			       "Klärung nötig");
	free(r);
	r = verdict_reason_text(w, a, V, P4);
	assert_string_equal(r, "offen: VS-NfD-Zulassung unbekannt — Klärung nötig");
	free(r);
	r = verdict_reason_text(w, a, N, P0);
	assert_string_equal(r, "zulässig: alle geforderten roten Linien erfüllt");
	free(r);
	r = verdict_reason_text(w, a, V, P0);
	assert_string_equal(r, "zulässig: alle geforderten roten Linien erfüllt; "
			       "VS-NfD-Zulassung vorhanden");
	free(r);
	r = verdict_reason_text(w, a, H, P1);
	assert_string_equal(r, "blockiert: RL-NETZ teilweise, RL-LCM teilweise, RL-OPS teilweise "
			       "(gefordert: erfüllt)");
	free(r);
	r = verdict_reason_text(w, a, V, P5);
	assert_string_equal(r, "blockiert: VS-NfD-Zulassung fehlt; außerdem ungeklärt: RL-NORM");
	free(r);
	assert_null(verdict_reason_text(w, a, N, 99));

	char buf[64];
	assert_int_equal(verdict_codes(w, a, HV, P3, buf, sizeof buf), 13);
	assert_string_equal(buf, "RL-GEO,VS-NfD");
	verdict_codes(w, a, H, P1, buf, sizeof buf);
	assert_string_equal(buf, "RL-NETZ,RL-LCM,RL-OPS");
	verdict_codes(w, a, N, P1, buf, sizeof buf); /* teilweise suffices */
	assert_string_equal(buf, "");
	verdict_codes(w, a, V, P4, buf, sizeof buf);
	assert_string_equal(buf, "VS-NfD");
	verdict_codes(w, a, N, P2, buf, sizeof buf);
	assert_string_equal(buf, "RL-NORM");
	assert_int_equal(verdict_codes(w, a, HV, P3, buf, 5), 13); /* cut, NUL-terminated */
	assert_string_equal(buf, "RL-G");
	assert_int_equal(verdict_codes(w, a, HV, P3, NULL, 0), 13);

	struct explanation *x = NULL;
	assert_int_equal(explain_object(w, a, HV, &x), 0);
	assert_int_equal(x->pf[P3].rl[0].check, RLC_VERFEHLT);
	assert_int_equal(x->pf[P3].rl[0].angeboten, RL_NICHT);
	assert_int_equal(x->pf[P3].rl[0].gefordert, RL_ERFUELLT);
	assert_string_equal(x->pf[P3].rl[0].quelle, "Rechenzentrum außerhalb Deutschlands");
	assert_int_equal(x->pf[P3].vs_check, RLC_VERFEHLT);
	assert_int_equal(x->pf[P2].rl[5].check, RLC_UNBEKANNT);
	assert_int_equal(x->pf[P2].n_unbekannt, 1);
	assert_int_equal(x->n_zulaessig, 1);
	assert_int_equal(x->n_offen, 2);
	assert_int_equal(x->n_blockiert, 3);
	explain_free(&x);

	char *t = explain_text(w, a, HV, P3);
	assert_contains(t, "RL-GEO");
	assert_contains(t, "Rechenzentrum außerhalb Deutschlands");
	assert_contains(t, "VS-NfD-Zulassung: nein — fehlt");
	assert_true(strstr(t, "Plattform P1") == NULL); /* only the platform asked for */
	free(t);
	assert_null(explain_text(w, a, HV, 17));
	assert_null(explain_text(w, a, 17, WP_NONE));
	assessment_free(&a);
	ws_free(&w);
}

/* ---- docs/rules.md §4 recommended platform ---- */

static void test_recommendation(void **state)
{
	(void)state;
	struct ws *w = mk();
	uint32_t A = pf(w, "A", "eeeeeee", TRI_JA);
	uint32_t B = pf(w, "B", "eeeeeee", TRI_JA);
	uint32_t C = pf(w, "C", "eeeeeet", TRI_JA);
	w->pf[A].rang = 2;
	w->pf[B].rang = 1;
	w->pf[C].rang = 0;
	uint32_t N = ob(w, "N", LVL_NORMAL, LVL_NORMAL, LVL_NORMAL);
	struct assessment *a = run(w);
	assert_int_equal(assess_sovereignty_points(w, A), 14);
	assert_int_equal(assess_sovereignty_points(w, C), 13);
	assert_int_equal(a->obj[N].empfohlen, B); /* 14 points, tie with A broken by rank */
	assert_false(a->obj[N].flags & AF_KLAERUNG);
	struct explanation *x = NULL;
	assert_int_equal(explain_object(w, a, N, &x), 0);
	assert_int_equal(x->wahl, CH_ZULAESSIG);
	assert_true(x->rang_entschied);
	assert_true(x->pf[B].empfohlen);
	explain_free(&x);
	char *t = explain_text(w, a, N, WP_NONE);
	assert_contains(t, "B: zulässig und mit 14 Souveränitätspunkten");
	assert_contains(t, "entschied der Rang 1");
	free(t);
	assessment_free(&a);
	ws_free(&w);

	/* Only offen platforms: the best offen one, Klärung nötig. */
	w = mk();
	pf(w, "D", "eeee?ee", TRI_JA);
	uint32_t E = pf(w, "E", "eee?eee", TRI_JA);
	pf(w, "F", "eee??ee", TRI_JA);
	pf(w, "G", "neeeeee", TRI_JA);
	w->pf[E].rang = 0;
	N = ob(w, "N", LVL_HOCH, LVL_NORMAL, LVL_NORMAL);
	w->obj[N].strategie = STRAT_NONE;
	a = run(w);
	assert_int_equal(a->obj[N].empfohlen, E);
	assert_true(a->obj[N].flags & AF_KLAERUNG);
	assert_int_not_equal(a->obj[N].strategie, STRAT_RETAIN);
	assert_false(a->obj[N].qw_eligible);
	assert_int_equal(a->obj[N].qw, 0);
	assert_int_equal(explain_object(w, a, N, &x), 0);
	assert_int_equal(x->wahl, CH_OFFEN);
	assert_int_equal(x->qw_grund, QWN_NUR_OFFEN);
	explain_free(&x);
	t = explain_text(w, a, N, WP_NONE);
	assert_contains(t, "E unter Vorbehalt");
	assert_contains(t, "Klärung nötig");
	free(t);
	assessment_free(&a);
	ws_free(&w);

	/* All blockiert: none, Retain by rule 2 naming the blocking red lines. */
	w = mk();
	pf(w, "G", "neeeeee", TRI_JA);
	pf(w, "H", "eeeeeee", TRI_NEIN);
	N = ob(w, "N", LVL_HOCH, LVL_NORMAL, LVL_NORMAL);
	w->obj[N].vs_nfd = JN_JA;
	w->obj[N].betrieb = BETRIEB_SAAS;
	a = run(w);
	assert_int_equal(a->obj[N].empfohlen, WP_NONE);
	assert_int_equal(a->obj[N].strategie, STRAT_RETAIN);
	assert_int_equal(a->obj[N].strat_rule, SR_KEINE_PLATTFORM);
	assert_float_equal(a->obj[N].aufwand, 0, 0);
	assert_false(a->obj[N].qw_eligible);
	assert_int_equal(explain_object(w, a, N, &x), 0);
	assert_int_equal(x->wahl, CH_KEINE);
	assert_int_equal(x->qw_grund, QWN_KEINE_PF);
	explain_free(&x);
	t = explain_text(w, a, N, WP_NONE);
	assert_contains(t, "Retain (Regel 2): keine Plattform ist zulässig oder offen");
	assert_contains(t, "G: RL-GEO; H: VS-NfD");
	assert_contains(t, "alle 2 Plattformen sind blockiert");
	free(t);
	assessment_free(&a);
	ws_free(&w);
}

static void test_no_platforms(void **state)
{
	(void)state;
	struct ws *w = mk();
	uint32_t N = ob(w, "N", LVL_NORMAL, LVL_NORMAL, LVL_NORMAL);
	crit(w, N, "jjjjjjjjj");
	struct assessment *a = run(w);
	assert_int_equal(a->n_pf, 0);
	assert_int_equal(a->obj[N].empfohlen, WP_NONE);
	assert_int_equal(a->obj[N].strategie, STRAT_RETAIN);
	assert_int_equal(a->obj[N].strat_rule, SR_KEINE_PLATTFORM);
	assert_false(a->obj[N].qw_eligible);
	char *t = explain_text(w, a, N, WP_NONE);
	assert_contains(t, "es ist keine Plattform erfasst");
	free(t);
	assessment_free(&a);
	ws_free(&w);

	/* An empty workspace assesses too. */
	w = mk();
	a = run(w);
	assert_int_equal(a->n_obj, 0);
	assessment_free(&a);
	/* A stale adjacency is refused, not read out of bounds. */
	ob(w, "NEU", 1, 1, 1);
	assert_int_equal(assess_run(w, &a), -WP_EINVAL);
	assert_null(a);
	a = run(w);
	struct explanation *x = NULL;
	assert_int_equal(explain_object(w, a, 1, &x), -WP_EINVAL);
	assert_null(x);
	assessment_free(&a);
	ws_free(&w);
}

/* ---- docs/rules.md §3 readiness ---- */

static void test_readiness(void **state)
{
	(void)state;
	struct ws *w = mk();
	pf(w, "P", "eeeeeee", TRI_JA);
	uint32_t all = ob(w, "ALL", 1, 1, 1);
	uint32_t mix = ob(w, "MIX", 1, 1, 1);
	uint32_t unk = ob(w, "UNK", 1, 1, 1);
	uint32_t tn = ob(w, "TN", 1, 1, 1);
	crit(w, all, "jjjjjjjjj");
	crit(w, mix, "jtn??????");
	crit(w, tn, "ttttttttt");
	struct assessment *a = run(w);
	assert_int_equal(a->obj[all].bereitschaft, 100);
	assert_int_equal(a->obj[all].konfidenz, 100);
	/* Σw = 17, Σwv = 3 + 1 + 0 = 4 → 23.5… → 24; known 8 → 47.05… → 47. */
	assert_int_equal(a->obj[mix].bereitschaft, 24);
	assert_int_equal(a->obj[mix].konfidenz, 47);
	assert_int_equal(a->obj[unk].bereitschaft, 0);
	assert_int_equal(a->obj[unk].konfidenz, 0);
	assert_int_equal(a->obj[tn].bereitschaft, 50);
	assert_int_equal(a->obj[tn].konfidenz, 100);
	assert_int_equal(assess_readiness_class(w, 75), RC_BEREIT);
	assert_int_equal(assess_readiness_class(w, 74), RC_ANPASSUNG);
	assert_int_equal(assess_readiness_class(w, 40), RC_ANPASSUNG);
	assert_int_equal(assess_readiness_class(w, 39), RC_NICHT_BEREIT);

	struct explanation *x = NULL;
	assert_int_equal(explain_object(w, a, mix, &x), 0);
	assert_float_equal(x->sum_w, 17, 1e-12);
	assert_float_equal(x->sum_wv, 4, 1e-12);
	assert_float_equal(x->sum_known, 8, 1e-12);
	assert_float_equal(x->dvc[1].beitrag, 1, 1e-12);
	assert_true(x->dvc[2].bekannt);
	assert_false(x->dvc[3].bekannt);
	assert_int_equal(x->klasse, RC_NICHT_BEREIT);
	explain_free(&x);
	assessment_free(&a);

	/* Changed weights (kriterium.gewicht): 100 × (1 + 0.5 × 3) / 4 = 62.5 → 63. */
	weights(w, (const double[]){ 1, 3 }, 2);
	a = run(w);
	assert_int_equal(a->obj[mix].bereitschaft, 63);
	assert_int_equal(a->obj[mix].konfidenz, 100);
	assert_int_equal(a->obj[all].bereitschaft, 100);
	assessment_free(&a);
	weights(w, (const double[]){ 0, 0, 2 }, 3); /* only DVC-API (nein for MIX) */
	a = run(w);
	assert_int_equal(a->obj[mix].bereitschaft, 0);
	assert_int_equal(a->obj[mix].konfidenz, 100);
	assessment_free(&a);
	/* Σw = 0: both 0. */
	weights(w, NULL, 0);
	a = run(w);
	assert_int_equal(a->obj[all].bereitschaft, 0);
	assert_int_equal(a->obj[all].konfidenz, 0);
	char *t = explain_text(w, a, all, WP_NONE);
	assert_contains(t, "Keine gewichteten DVC-Kriterien");
	free(t);
	assessment_free(&a);
	ws_free(&w);
}

/* ---- docs/rules.md §5 strategy ---- */

/* One object with readiness ber (weights ber:100−ber over two criteria, ja/nein). */
static struct ws *strat_ws(double ber, const char *profile, uint32_t *o)
{
	struct ws *w = mk();
	pf(w, "P", profile, TRI_JA);
	weights(w, (const double[]){ ber, 100 - ber }, 2);
	*o = ob(w, "O", LVL_NORMAL, LVL_NORMAL, LVL_NORMAL);
	crit(w, *o, "jn");
	return w;
}

static void check_strategy(struct ws *w, uint32_t o, int strat, int rule)
{
	struct assessment *a = run(w);
	assert_int_equal(a->obj[o].strategie, strat);
	assert_int_equal(a->obj[o].strat_rule, rule);
	assessment_free(&a);
}

static void test_strategy_rules(void **state)
{
	(void)state;
	uint32_t o;
	struct ws *w = strat_ws(100, "neeeeee", &o);
	w->obj[o].lebenszyklus = LZ_AUSLAUFEND;
	w->obj[o].betrieb = BETRIEB_SAAS;
	check_strategy(w, o, STRAT_RETIRE, SR_AUSLAUFEND); /* rule 1 before rule 2 */
	w->obj[o].lebenszyklus = LZ_AKTIV;
	check_strategy(w, o, STRAT_RETAIN, SR_KEINE_PLATTFORM); /* rule 2 before rule 3 */
	w->obj[o].strategie = STRAT_RELOCATE;
	check_strategy(w, o, STRAT_RELOCATE, SR_OVERRIDE); /* the override always wins */
	struct assessment *a = run(w);
	int rule = -1;
	assert_int_equal(assess_suggest_strategy(w, &a->obj[o], o, &rule), STRAT_RETAIN);
	assert_int_equal(rule, SR_KEINE_PLATTFORM);
	assert_float_equal(a->obj[o].aufwand, 8, 0); /* Relocate base */
	char *t = explain_text(w, a, o, WP_NONE);
	assert_contains(t, "Relocate: vom Nutzer festgelegt; die Regeln hätten Retain "
			   "vorgeschlagen (Regel 2");
	free(t);
	assessment_free(&a);
	ws_free(&w);

	w = strat_ws(100, "eeeeeee", &o);
	w->obj[o].betrieb = BETRIEB_SAAS;
	check_strategy(w, o, STRAT_REPURCHASE, SR_SAAS); /* rule 3 before rule 4 */
	w->obj[o].betrieb = BETRIEB_EIGENES_RZ;
	w->obj[o].dvc_angebot = TRI_JA;
	check_strategy(w, o, STRAT_REPURCHASE, SR_SAAS);
	w->obj[o].dvc_angebot = TRI_UNBEKANNT;
	check_strategy(w, o, STRAT_REHOST, SR_BEREIT);
	ws_free(&w);

	static const struct { double ber; int strat, rule; } cases[] = {
		{ 75, STRAT_REHOST, SR_BEREIT }, { 74, STRAT_REPLATFORM, SR_ANPASSUNG },
		{ 40, STRAT_REPLATFORM, SR_ANPASSUNG }, { 39, STRAT_REFACTOR, SR_SONST },
		{ 0, STRAT_REFACTOR, SR_SONST },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		w = strat_ws(cases[i].ber, "eeeeeee", &o);
		a = run(w);
		assert_int_equal(a->obj[o].bereitschaft, (int)cases[i].ber);
		assessment_free(&a);
		check_strategy(w, o, cases[i].strat, cases[i].rule);
		ws_free(&w);
	}

	/* Thresholds are settings. */
	w = strat_ws(75, "eeeeeee", &o);
	assert_int_equal(settings_set(&w->set, SET_SCHWELLE_BEREIT, 80, NULL), 0);
	check_strategy(w, o, STRAT_REPLATFORM, SR_ANPASSUNG);
	assert_int_equal(settings_set(&w->set, SET_SCHWELLE_ANPASSUNG, 76, NULL), 0);
	check_strategy(w, o, STRAT_REFACTOR, SR_SONST);
	a = run(w);
	t = explain_text(w, a, o, WP_NONE);
	assert_contains(t, "Refactor (Regel 6): Bereitschaft 75 liegt unter 76");
	free(t);
	assessment_free(&a);
	ws_free(&w);
}

/* ---- docs/rules.md §6 effort ---- */

static void test_effort(void **state)
{
	(void)state;
	struct ws *w = mk();
	pf(w, "P", "eeeeeee", TRI_JA);
	uint32_t X = ob(w, "X", LVL_HOCH, LVL_NORMAL, LVL_NORMAL);
	uint32_t d1 = ob(w, "D1", 1, 1, 1), d2 = ob(w, "D2", 1, 1, 1);
	uint32_t d3 = ob(w, "D3", 1, 1, 1), u = ob(w, "U", 1, 1, 1);
	uint32_t S = ob(w, "S", LVL_SEHR_HOCH, 1, 1);
	uint32_t R = ob(w, "R", LVL_SEHR_HOCH, 1, 1);
	uint32_t O = ob(w, "O", 1, 1, 1);
	uint32_t T = ob(w, "T", 1, 1, 1);
	w->obj[X].strategie = STRAT_REPLATFORM;
	w->obj[d1].strategie = STRAT_REHOST;
	w->obj[S].strategie = STRAT_REFACTOR;
	w->obj[R].strategie = STRAT_RETAIN;
	w->obj[O].aufwand = 7.3;
	w->obj[T].strategie = STRAT_RETIRE;
	dep(w, X, d1);
	dep(w, X, d2);
	dep(w, X, d3);
	dep(w, u, X);
	dep(w, X, X); /* a self-dependency is ignored */
	dep(w, R, S);
	assert_int_equal(settings_set(&w->set, SET_BASIS_RETAIN, 3, NULL), 0);
	struct assessment *a = run(w);
	/* 30 × (1 + 0.2 × 4) × 1.25 = 67.5 */
	assert_float_equal(a->obj[X].aufwand, 67.5, 1e-12);
	assert_false(a->obj[X].aufwand_override);
	/* D1 inherits hoch from X: 10 × (1 + 0.2 × 1) × 1.25 = 15 */
	assert_float_equal(a->obj[d1].aufwand, 15, 1e-12);
	/* D2 (Refactor, hoch inherited, one dependency): 80 × 1.2 × 1.25 = 120 */
	assert_float_equal(a->obj[d2].aufwand, 120, 1e-12);
	/* Refactor, sehr hoch, one dependency: 80 × 1.2 × 1.5 = 144 */
	assert_float_equal(a->obj[S].aufwand, 144, 1e-12);
	/* Retain costs its base alone */
	assert_float_equal(a->obj[R].aufwand, 3, 0);
	assert_float_equal(a->obj[O].aufwand, 7.3, 0);
	assert_true(a->obj[O].aufwand_override);
	assert_float_equal(a->obj[T].aufwand, 5, 0);

	struct explanation *x = NULL;
	assert_int_equal(explain_object(w, a, X, &x), 0);
	assert_int_equal(x->aufwand.n_benoetigt, 3);
	assert_int_equal(x->aufwand.n_von, 1);
	assert_float_equal(x->aufwand.faktor_abh, 1.8, 1e-12);
	assert_float_equal(x->aufwand.faktor_sk, 1.25, 0);
	assert_float_equal(x->aufwand.roh, 67.5, 1e-12);
	explain_free(&x);
	char *t = explain_text(w, a, X, WP_NONE);
	/* German interface (no catalogue bound): decimal comma */
	assert_contains(t, "Basis 30 PT (Replatform) × (1 + 0,2 × 4 direkte Abhängigkeiten: "
			   "benötigt 3, wird benötigt von 1) × 1,25 (Schutzklasse hoch) = 67,5 PT");
	free(t);
	t = explain_text(w, a, O, WP_NONE);
	assert_contains(t, "7,3 PT, vom Nutzer festgelegt");
	free(t);
	assessment_free(&a);

	/* Rounding to 0.5 PT, halves upward, robust against binary fractions. */
	struct effort_parts ep;
	assert_int_equal(settings_set(&w->set, SET_BASIS_REHOST, 10.1, NULL), 0);
	assess_effort_parts(w, S, STRAT_REHOST, LVL_HOCH, &ep); /* 1 dep: 10.1×1.2×1.25 */
	assert_float_equal(ep.roh, 15.15, 1e-9);
	assert_float_equal(ep.gerundet, 15.0, 0);
	assess_effort_parts(w, T, STRAT_REHOST, LVL_HOCH, &ep); /* 12.625 → 12.5 */
	assert_float_equal(ep.gerundet, 12.5, 0);
	assert_int_equal(settings_set(&w->set, SET_BASIS_REHOST, 10.2, NULL), 0);
	assess_effort_parts(w, T, STRAT_REHOST, LVL_HOCH, &ep); /* 12.75 → 13 */
	assert_float_equal(ep.gerundet, 13.0, 0);
	assert_int_equal(settings_set(&w->set, SET_FAKTOR_ABH, 0.25, NULL), 0);
	assess_effort_parts(w, S, STRAT_RETIRE, LVL_NORMAL, &ep); /* 5 × 1.25 = 6.25 → 6.5 */
	assert_float_equal(ep.gerundet, 6.5, 0);
	ws_free(&w);
}

/* ---- docs/rules.md §7 quick wins and pilots ---- */

static void test_quickwin(void **state)
{
	(void)state;
	struct ws *w = mk();
	pf(w, "P", "eeeeeee", TRI_JA);
	uint32_t Q = ob(w, "Q", LVL_HOCH, 1, 1);
	w->obj[Q].ozg = "Anwohnerparkausweis";
	w->obj[Q].fallzahl = 9999;
	w->obj[Q].strategie = STRAT_REHOST;
	uint32_t Z = ob(w, "Z", 1, 1, 1);
	w->obj[Z].ozg = "  ";
	w->obj[Z].aufwand = 150;
	uint32_t M = ob(w, "M", LVL_SEHR_HOCH, 1, 1);
	w->obj[M].fallzahl = 1000000;
	w->obj[M].aufwand = 50;
	uint32_t H = ob(w, "H", LVL_SEHR_HOCH, 1, 1);
	w->obj[H].aufwand = 1.25;
	uint32_t K = ob(w, "K", 1, 1, 1);
	w->obj[K].strategie = STRAT_RETAIN;
	uint32_t T = ob(w, "T", 1, 1, 1);
	w->obj[T].lebenszyklus = LZ_AUSLAUFEND;
	struct assessment *a = run(w);

	/* Nutzen 0.5 + 0.5 × 0.8 = 0.9; Aufwand 12.5 → Leichtigkeit 0.875; Risiko 0.5:
	 * 100 × (0.36 + 0.35 + 0.1) = 81. */
	assert_float_equal(a->obj[Q].aufwand, 12.5, 0);
	assert_true(a->obj[Q].qw_eligible);
	assert_int_equal(a->obj[Q].qw, 81);
	struct qw_parts qp;
	assess_qw_parts(w, Q, a->obj[Q].schutzklasse, a->obj[Q].aufwand, &qp);
	assert_int_equal(qp.ozg, 1);
	assert_float_equal(qp.fallzahl_term, 0.8, 1e-12);
	assert_float_equal(qp.nutzen, 0.9, 1e-12);
	assert_float_equal(qp.leichtigkeit, 0.875, 1e-12);
	assert_float_equal(qp.risiko, 0.5, 0);
	/* Blank OZG, unknown Fallzahl, Aufwand over the maximum, normal: 100 × 0.2 = 20. */
	assert_int_equal(a->obj[Z].qw, 20);
	/* Fallzahl 10^6 caps at 1, Aufwand 50, sehr hoch: 100 × (0.2 + 0.2 + 0) = 40. */
	assert_int_equal(a->obj[M].qw, 40);
	/* 100 × 0.4 × (1 − 0.0125) = 39.5 → 40 (half upward) */
	assert_int_equal(a->obj[H].qw, 40);
	assert_false(a->obj[K].qw_eligible);
	assert_int_equal(a->obj[K].qw, 0);
	assert_true(a->obj[T].qw_eligible); /* Retire is no Retain */
	assert_int_equal(a->obj[T].strategie, STRAT_RETIRE);

	struct explanation *x = NULL;
	assert_int_equal(explain_object(w, a, K, &x), 0);
	assert_int_equal(x->qw_grund, QWN_RETAIN);
	explain_free(&x);
	char *t = explain_text(w, a, Q, WP_NONE);
	assert_contains(t, "Wert 81");
	assert_contains(t, "log10(1 + 9999)");
	free(t);

	/* Ranking: score descending, then Kennung ascending. */
	uint32_t out[16];
	size_t n = assess_quickwins(w, a, out);
	assert_int_equal(n, 5);
	assert_int_equal(out[0], Q);
	for (size_t i = 1; i < n; i++) {
		const struct assess_obj *p = &a->obj[out[i - 1]], *c = &a->obj[out[i]];
		assert_true(p->qw > c->qw || (p->qw == c->qw &&
				strcmp(w->obj[out[i - 1]].kennung, w->obj[out[i]].kennung) < 0));
	}
	assert_int_equal(out[1], T); /* 100 × (0.4 × 0.95 + 0.2) = 58 */
	assert_int_equal(out[2], H); /* H and M tie at 40: H before M */
	assert_int_equal(out[3], M);
	assert_int_equal(out[4], Z);
	assessment_free(&a);

	/* Weights are settings; scores stay within 0..100. */
	assert_int_equal(settings_set(&w->set, SET_QW_NUTZEN, 1, NULL), 0);
	assert_int_equal(settings_set(&w->set, SET_QW_LEICHT, 1, NULL), 0);
	assert_int_equal(settings_set(&w->set, SET_QW_RISIKO, 1, NULL), 0);
	a = run(w);
	assert_int_equal(a->obj[Q].qw, 100);
	assessment_free(&a);
	ws_free(&w);
}

static void test_pilot(void **state)
{
	(void)state;
	struct ws *w = mk();
	pf(w, "P", "eeeeeee", TRI_JA);
	uint32_t P1 = ob(w, "P1", 1, 1, 1), P2 = ob(w, "P2", 1, 1, 1), P3 = ob(w, "P3", 1, 1, 1);
	dep(w, P1, P2);
	dep(w, P2, P3);
	uint32_t X1 = ob(w, "X1", 1, 1, 1), Y = ob(w, "Y", 1, 1, 1);
	w->obj[Y].strategie = STRAT_RETAIN;
	dep(w, X1, Y);
	uint32_t L[6];
	for (int i = 0; i < 6; i++) {
		static const char *const names[] = { "L1", "L2", "L3", "L4", "L5", "L6" };
		L[i] = ob(w, names[i], 1, 1, 1);
		if (i)
			dep(w, L[i - 1], L[i]);
	}
	uint32_t C1 = ob(w, "C1", 1, 1, 1), C2 = ob(w, "C2", 1, 1, 1);
	dep(w, C1, C2);
	dep(w, C2, C1);
	uint32_t S = ob(w, "S", 1, 1, 1);
	struct assessment *a = run(w);
	assert_true(a->obj[P1].pilot_kandidat);
	assert_false(a->obj[X1].pilot_kandidat); /* Y in its closure is not eligible */
	assert_false(a->obj[Y].pilot_kandidat);
	assert_false(a->obj[L[0]].pilot_kandidat); /* closure of 6 > 5 */
	assert_true(a->obj[L[1]].pilot_kandidat);  /* closure of 5, itself included */
	assert_true(a->obj[C1].pilot_kandidat);
	assert_true(a->obj[C2].pilot_kandidat);
	assert_true(a->obj[S].pilot_kandidat);

	struct explanation *x = NULL;
	assert_int_equal(explain_object(w, a, L[0], &x), 0);
	assert_int_equal(x->huelle, 6);
	assert_int_equal(x->pilot_max, 5);
	assert_int_equal(x->n_huelle_nicht, 0);
	explain_free(&x);
	assert_int_equal(explain_object(w, a, X1, &x), 0);
	assert_int_equal(x->huelle, 2);
	assert_int_equal(x->n_huelle_nicht, 1);
	assert_int_equal(x->huelle_nicht[0], Y);
	explain_free(&x);
	char *t = explain_text(w, a, X1, WP_NONE);
	assert_contains(t, "Kein Pilotkandidat");
	assert_contains(t, "nicht als Quick Win geeignet: Y");
	free(t);
	t = explain_text(w, a, P1, WP_NONE);
	assert_contains(t, "Pilotkandidat: die Abhängigkeitshülle umfasst 3 Objekte");
	free(t);
	assessment_free(&a);

	assert_int_equal(settings_set(&w->set, SET_PILOT_MAX, 6, NULL), 0);
	a = run(w);
	assert_true(a->obj[L[0]].pilot_kandidat);
	assessment_free(&a);
	assert_int_equal(settings_set(&w->set, SET_PILOT_MAX, 1, NULL), 0);
	a = run(w);
	assert_true(a->obj[S].pilot_kandidat);
	assert_true(a->obj[P3].pilot_kandidat);
	assert_false(a->obj[P2].pilot_kandidat);
	assert_false(a->obj[C1].pilot_kandidat);
	assessment_free(&a);
	ws_free(&w);
}

/* ---- Random workspaces and a brute-force oracle ---- */

static struct ws *rand_ws(unsigned seed, size_t n, size_t npf)
{
	static const unsigned rl_w[] = { 12, 12, 16, 60 };
	struct gen_rng r;
	gen_seed(&r, seed);
	struct ws *w = mk();
	for (size_t k = 0; k < w->n_dvc; k++)
		w->dvc[k].gewicht = gen_below(&r, 4);
	for (size_t p = 0; p < npf; p++) {
		static const char *const codes[] = { "PA", "PB", "PC", "PD", "PE", "PF" };
		uint32_t q = ws_add_plattform(w, codes[p % 6]);
		assert_int_not_equal(q, WP_NONE);
		for (size_t k = 0; k < w->n_rl; k++)
			w->rl_val[q * w->n_rl + k] = (uint8_t)gen_pick(&r, rl_w, RL__N);
		w->pf[q].vs_nfd = (uint8_t)gen_below(&r, TRI__N);
		w->pf[q].rang = (int)gen_below(&r, 3);
	}
	for (size_t i = 0; i < n; i++) {
		char key[16];
		snprintf(key, sizeof key, "R%02u", (unsigned)gen_below(&r, 100) * 1000 + (unsigned)i);
		uint32_t o = ws_add_objekt(w, ws_str(w, key));
		assert_int_not_equal(o, WP_NONE);
		struct objekt *ob_ = &w->obj[o];
		for (int g = 0; g < SB__N; g++)
			ob_->sb[g] = (uint8_t)gen_below(&r, 4);
		ob_->sb_pin = gen_below(&r, 100) < 15;
		ob_->personenbezug = (uint8_t)gen_below(&r, PB__N);
		ob_->vs_nfd = gen_below(&r, 100) < 15;
		ob_->lebenszyklus = gen_below(&r, 100) < 10;
		ob_->betrieb = (uint8_t)gen_below(&r, BETRIEB__N);
		ob_->dvc_angebot = (uint8_t)gen_below(&r, TRI__N);
		ob_->ozg = gen_below(&r, 3) ? "" : "OZG";
		ob_->fallzahl = gen_below(&r, 4) ? (int64_t)gen_below(&r, 100000) : -1;
		if (gen_below(&r, 100) < 5)
			ob_->strategie = (uint8_t)(1 + gen_below(&r, STRAT__N - 1));
		if (gen_below(&r, 100) < 5)
			ob_->aufwand = gen_below(&r, 200) / 2.0;
		for (size_t k = 0; k < w->n_dvc; k++)
			w->crit[o * w->n_dvc + k] = (uint8_t)gen_below(&r, CV__N);
	}
	size_t m = n * 3 / 2;
	for (size_t e = 0; e < m && n; e++) {
		uint32_t a = gen_below(&r, (uint32_t)n), b = gen_below(&r, (uint32_t)n);
		int dup = 0;
		for (size_t d = 0; d < w->n_dep; d++)
			dup |= w->dep[d].von == a && w->dep[d].zu == b;
		if (!dup)
			dep(w, a, b);
	}
	assert_int_equal(ws_index(w), 0);
	return w;
}

/* reach[s * n + t]: t reachable from s (s itself included); with pins, no path enters a
 * pinned object other than s. */
static uint8_t *reach_matrix(const struct ws *w, int pins)
{
	size_t n = w->n_obj;
	uint8_t *m = calloc(n * n + 1, 1);
	uint32_t *q = malloc((n + 1) * sizeof *q);
	assert_non_null(m);
	assert_non_null(q);
	for (size_t s = 0; s < n; s++) {
		size_t qh = 0, qt = 0;
		m[s * n + s] = 1;
		q[qt++] = (uint32_t)s;
		while (qh < qt) {
			uint32_t v = q[qh++];
			for (size_t d = 0; d < w->n_dep; d++) {
				uint32_t u = w->dep[d].zu;
				if (w->dep[d].von != v || m[s * n + u] || (pins && w->obj[u].sb_pin))
					continue;
				m[s * n + u] = 1;
				q[qt++] = u;
			}
		}
	}
	free(q);
	return m;
}

static int lvl(uint8_t v)
{
	return v == LVL_NONE ? 1 : v;
}

/* Checks every rule of one assessment against definitions computed the slow way. */
static void check_oracle(const struct ws *w, const struct assessment *a)
{
	size_t n = w->n_obj, np = w->n_pf;
	uint8_t *inh = reach_matrix(w, 1), *full = reach_matrix(w, 0);
	for (size_t t = 0; t < n; t++) {
		const struct assess_obj *ao = &a->obj[t];
		const struct objekt *o = &w->obj[t];
		int sk = 0;
		for (int g = 0; g < SB__N; g++) {
			int best = 0;
			uint32_t src = WP_NONE;
			for (size_t s = 0; s < n; s++) {
				if (!inh[s * n + t])
					continue;
				int v = lvl(w->obj[s].sb[g]);
				if (v > best || (v == best && s < src)) {
					best = v;
					src = (uint32_t)s;
				}
			}
			if (lvl(o->sb[g]) == best)
				src = (uint32_t)t;
			assert_int_equal(ao->eff[g], best);
			assert_int_equal(ao->eff_from[g], src);
			assert_true(ao->eff[g] >= lvl(o->sb[g]));
			if (o->sb_pin)
				assert_int_equal(ao->eff[g], lvl(o->sb[g]));
			sk = best > sk ? best : sk;
		}
		assert_int_equal(ao->schutzklasse, sk);
		size_t cyc = 0, clo = 0, bad = 0;
		for (size_t s = 0; s < n; s++) {
			int mutual = full[s * n + t] && full[t * n + s];
			assert_int_equal(mutual, a->obj[s].scc == ao->scc);
			cyc += mutual;
			if (full[t * n + s]) {
				clo++;
				bad += !a->obj[s].qw_eligible;
			}
		}
		assert_int_equal(!!(ao->flags & AF_IN_ZYKLUS), cyc > 1);
		int req = sk >= 2 || o->personenbezug != PB_NEIN ? RL_ERFUELLT : RL_TEILWEISE;
		uint32_t best_z = WP_NONE, best_o = WP_NONE;
		int pts_z = -1, pts_o = -1;
		for (size_t p = 0; p < np; p++) {
			int fails = 0, unk = 0, pts = 0;
			for (size_t r = 0; r < w->n_rl; r++) {
				int v = w->rl_val[p * w->n_rl + r];
				pts += v == RL_ERFUELLT ? 2 : v == RL_TEILWEISE;
				if (v == RL_UNBEKANNT)
					unk = 1;
				else if (v < req)
					fails = 1;
			}
			if (o->vs_nfd && w->pf[p].vs_nfd == TRI_NEIN)
				fails = 1;
			if (o->vs_nfd && w->pf[p].vs_nfd == TRI_UNBEKANNT)
				unk = 1;
			int want = fails ? V_BLOCKIERT : unk ? V_OFFEN : V_ZULAESSIG;
			assert_int_equal(vd(a, (uint32_t)t, (uint32_t)p), want);
			char codes[128];
			verdict_codes(w, a, (uint32_t)t, (uint32_t)p, codes, sizeof codes);
			assert_int_equal(codes[0] == '\0', want == V_ZULAESSIG);
			uint32_t *bi = want == V_ZULAESSIG ? &best_z : want == V_OFFEN ? &best_o : NULL;
			int *bp = want == V_ZULAESSIG ? &pts_z : &pts_o;
			if (bi && (pts > *bp || (pts == *bp && w->pf[p].rang < w->pf[*bi].rang))) {
				*bi = (uint32_t)p;
				*bp = pts;
			}
		}
		uint32_t rec = best_z != WP_NONE ? best_z : best_o;
		assert_int_equal(ao->empfohlen, rec);
		assert_int_equal(!!(ao->flags & AF_KLAERUNG), best_z == WP_NONE && best_o != WP_NONE);
		int strat = o->strategie ? o->strategie
			  : o->lebenszyklus == LZ_AUSLAUFEND ? STRAT_RETIRE
			  : rec == WP_NONE ? STRAT_RETAIN
			  : o->betrieb == BETRIEB_SAAS || o->dvc_angebot == TRI_JA ? STRAT_REPURCHASE
			  : ao->bereitschaft >= 75 ? STRAT_REHOST
			  : ao->bereitschaft >= 40 ? STRAT_REPLATFORM : STRAT_REFACTOR;
		assert_int_equal(ao->strategie, strat);
		int elig = rec != WP_NONE && best_z != WP_NONE && strat != STRAT_RETAIN;
		assert_int_equal(ao->qw_eligible, elig);
		assert_int_equal(ao->pilot_kandidat, elig && clo <= 5 && bad == 0);
		assert_true(ao->aufwand >= 0);
		assert_true(ao->qw <= 100);
	}
	free(inh);
	free(full);
}

static void test_oracle_random(void **state)
{
	(void)state;
	for (unsigned seed = 1; seed <= 300; seed++) {
		struct ws *w = rand_ws(seed, 1 + seed % 40, seed % 5);
		struct assessment *a = run(w);
		check_oracle(w, a);
		/* Every explanation builds and names the object. */
		for (uint32_t o = 0; o < w->n_obj; o += 7) {
			char *t = explain_text(w, a, o, WP_NONE);
			assert_non_null(t);
			assert_contains(t, w->obj[o].kennung);
			free(t);
		}
		assessment_free(&a);
		ws_free(&w);
	}
}

/* Raising a platform's red-line value never turns zulässig into blockiert. */
static void test_prop_raise_platform(void **state)
{
	(void)state;
	for (unsigned seed = 1; seed <= 300; seed++) {
		struct ws *w = rand_ws(seed * 7919u, 5 + seed % 30, 1 + seed % 4);
		struct gen_rng r;
		gen_seed(&r, seed);
		struct assessment *a = run(w);
		uint32_t p = gen_below(&r, (uint32_t)w->n_pf);
		uint32_t k = gen_below(&r, (uint32_t)w->n_rl);
		uint8_t *v = &w->rl_val[p * w->n_rl + k];
		if (*v < RL_ERFUELLT)
			*v = (uint8_t)(*v + 1 + gen_below(&r, (uint32_t)(RL_ERFUELLT - *v)));
		struct assessment *b = run(w);
		for (size_t o = 0; o < w->n_obj; o++)
			for (size_t q = 0; q < w->n_pf; q++)
				if (vd(a, (uint32_t)o, (uint32_t)q) == V_ZULAESSIG)
					assert_int_equal(vd(b, (uint32_t)o, (uint32_t)q), V_ZULAESSIG);
		assessment_free(&a);
		assessment_free(&b);
		ws_free(&w);
	}
}

/* Raising an object's Schutzbedarf never turns blockiert into zulässig (and no verdict of
 * any object gets better); effective values never fall. */
static void test_prop_raise_schutzbedarf(void **state)
{
	(void)state;
	for (unsigned seed = 1; seed <= 300; seed++) {
		struct ws *w = rand_ws(seed * 104729u, 5 + seed % 30, 1 + seed % 4);
		struct gen_rng r;
		gen_seed(&r, seed);
		struct assessment *a = run(w);
		uint32_t o = gen_below(&r, (uint32_t)w->n_obj);
		int g = (int)gen_below(&r, SB__N);
		uint8_t *v = &w->obj[o].sb[g];
		int old = lvl(*v);
		if (old < LVL_SEHR_HOCH)
			*v = (uint8_t)(old + 1 + gen_below(&r, (uint32_t)(LVL_SEHR_HOCH - old)));
		struct assessment *b = run(w);
		for (size_t i = 0; i < w->n_obj; i++) {
			for (int h = 0; h < SB__N; h++)
				assert_true(b->obj[i].eff[h] >= a->obj[i].eff[h]);
			for (size_t q = 0; q < w->n_pf; q++) {
				uint8_t before = vd(a, (uint32_t)i, (uint32_t)q);
				uint8_t after = vd(b, (uint32_t)i, (uint32_t)q);
				if (before == V_BLOCKIERT)
					assert_int_not_equal(after, V_ZULAESSIG);
				assert_true(after >= before);
			}
		}
		assessment_free(&a);
		assessment_free(&b);
		ws_free(&w);
	}
}

/* The effective Schutzbedarf is never below the entered one (large generated workspaces). */
static void test_prop_eff_not_below_own(void **state)
{
	(void)state;
	for (unsigned seed = 1; seed <= 300; seed++) {
		struct ws *w = seed % 50 == 0 ? gen_workspace(5000, 6, seed)
			     : rand_ws(seed * 31u, 1 + seed % 60, 2);
		assert_non_null(w);
		struct assessment *a = run(w);
		for (size_t i = 0; i < w->n_obj; i++) {
			uint8_t sk = 0;
			for (int g = 0; g < SB__N; g++) {
				assert_true(a->obj[i].eff[g] >= lvl(w->obj[i].sb[g]));
				assert_true(a->obj[i].eff[g] <= LVL_SEHR_HOCH);
				uint32_t f = a->obj[i].eff_from[g];
				assert_true(f < w->n_obj);
				assert_int_equal(lvl(w->obj[f].sb[g]), a->obj[i].eff[g]);
				sk = a->obj[i].eff[g] > sk ? a->obj[i].eff[g] : sk;
			}
			assert_int_equal(a->obj[i].schutzklasse, sk);
		}
		assessment_free(&a);
		ws_free(&w);
	}
}

/* ---- Scale: no recursion anywhere ---- */

static void test_million_chain(void **state)
{
	(void)state;
	const size_t n = 1000000;
	struct ws *w = mk();
	pf(w, "P", "eeeeeee", TRI_JA);
	for (size_t i = 0; i < n; i++) {
		char k[16];
		snprintf(k, sizeof k, "K%07zu", i);
		uint32_t o = ws_add_objekt(w, ws_str(w, k));
		assert_int_not_equal(o, WP_NONE);
		w->obj[o].sb[SB_C] = i == 0 ? LVL_SEHR_HOCH : LVL_NORMAL;
		w->obj[o].personenbezug = PB_NEIN;
		if (i)
			dep(w, (uint32_t)(i - 1), (uint32_t)i);
	}
	struct assessment *a = run(w);
	assert_int_equal(a->obj[n - 1].eff[SB_C], LVL_SEHR_HOCH);
	assert_int_equal(a->obj[n - 1].eff_from[SB_C], 0);
	assert_false(a->obj[n - 1].flags & AF_IN_ZYKLUS);
	assert_true(a->obj[n - 1].pilot_kandidat);
	assert_false(a->obj[0].pilot_kandidat);
	char *t = explain_text(w, a, (uint32_t)(n - 1), WP_NONE);
	assert_non_null(t);
	assert_contains(t, "geerbt von K0000000");
	assert_contains(t, "(999994 weitere)");
	free(t);
	assessment_free(&a);

	/* Closing the chain makes one cycle of a million objects. */
	w->obj[n / 2].sb[SB_I] = LVL_HOCH;
	dep(w, (uint32_t)(n - 1), 0);
	a = run(w);
	assert_true(a->obj[0].flags & AF_IN_ZYKLUS);
	assert_int_equal(a->obj[0].scc, a->obj[n - 1].scc);
	assert_int_equal(a->obj[0].eff[SB_I], LVL_HOCH);
	assert_int_equal(a->obj[0].eff_from[SB_I], n / 2);
	assessment_free(&a);
	ws_free(&w);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rounding),
		cmocka_unit_test(test_inherit_chain),
		cmocka_unit_test(test_inherit_diamond),
		cmocka_unit_test(test_inherit_cycle),
		cmocka_unit_test(test_inherit_pin),
		cmocka_unit_test(test_required_level),
		cmocka_unit_test(test_verdicts),
		cmocka_unit_test(test_recommendation),
		cmocka_unit_test(test_no_platforms),
		cmocka_unit_test(test_readiness),
		cmocka_unit_test(test_strategy_rules),
		cmocka_unit_test(test_effort),
		cmocka_unit_test(test_quickwin),
		cmocka_unit_test(test_pilot),
		cmocka_unit_test(test_oracle_random),
		cmocka_unit_test(test_prop_raise_platform),
		cmocka_unit_test(test_prop_raise_schutzbedarf),
		cmocka_unit_test(test_prop_eff_not_below_own),
		cmocka_unit_test(test_million_chain),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
