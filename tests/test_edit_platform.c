/* Tests of data/edit_platform: platform changes, new and removed platforms in one
 * transaction each, undo/redo through the shared edit journal (also mixed with object
 * edits), refused input leaving everything as it was, and the what-if matching what an
 * applied change really does — each checked against a fresh load from the store. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/edit_platform.h"
#include "data/seed.h"
#include "data/store.h"

struct fx {
	struct store *s;
	struct ws *w;
	struct edit_log *l;
};

static int setup(void **state)
{
	struct fx *f = calloc(1, sizeof *f);
	struct wp_err e = { 0 };
	if (!f || store_open(":memory:", STORE_CREATE, &f->s, &e) || seed_workspace(f->s, 1, &e) ||
	    store_load(f->s, &f->w, &e) || !(f->l = edit_log_new()))
		return -1;
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fx *f = *state;
	edit_log_free(&f->l);
	ws_free(&f->w);
	store_close(&f->s);
	free(f);
	return 0;
}

static uint32_t pf(const struct ws *w, const char *code)
{
	uint32_t p = ws_find_plattform(w, code);
	assert_int_not_equal(p, WP_NONE);
	return p;
}

/* The stored value of red line rl of platform code (fresh load); -1 if the platform is
 * gone. */
static int stored_rl(struct fx *f, const char *code, const char *rl, size_t *n_pf)
{
	struct ws *w = NULL;
	struct wp_err e = { 0 };
	assert_int_equal(store_load(f->s, &w, &e), 0);
	uint32_t p = ws_find_plattform(w, code), r = ws_find_rl(w, rl);
	int v = p == WP_NONE ? -1 : w->rl_val[(size_t)p * w->n_rl + r];
	if (n_pf)
		*n_pf = w->n_pf;
	ws_free(&w);
	return v;
}

/* Verdicts on platform p under a fresh assessment of f->w. */
static uint8_t *verdicts(struct fx *f, uint32_t p)
{
	struct assessment *a = NULL;
	assert_int_equal(assess_run(f->w, &a), 0);
	uint8_t *v = malloc(f->w->n_obj);
	assert_non_null(v);
	for (size_t o = 0; o < f->w->n_obj; o++)
		v[o] = a->verdict[o * a->n_pf + p];
	assessment_free(&a);
	return v;
}

static void test_whatif_matches_the_change_and_undo(void **state)
{
	struct fx *f = *state;
	struct wp_err e = { 0 };
	uint32_t p = pf(f->w, "DE-PRIVAT"), netz = ws_find_rl(f->w, "RL-NETZ");
	struct assessment *a = NULL;
	assert_int_equal(assess_run(f->w, &a), 0);
	uint8_t *before = verdicts(f, p);

	struct pf_snap *sn = pf_snap_take(f->w, p);
	assert_non_null(sn);
	assert_int_equal(sn->val[netz], RL_TEILWEISE);
	sn->val[netz] = RL_ERFUELLT;
	assert_int_equal(pf_snap_set_text(&sn->quelle[netz], "Vertrag 2026, Anlage 3"), 0);
	struct pf_change *ch = NULL;
	size_t n = 0, n_empf = 0;
	assert_int_equal(pf_whatif(f->w, a, sn, &ch, &n, &n_empf), 0);
	/* DE-PRIVAT blocks nearly everything only for RL-NETZ: many objects change */
	assert_true(n > 10);
	assert_int_equal(f->w->rl_val[(size_t)p * f->w->n_rl + netz], RL_TEILWEISE); /* restored */
	for (size_t i = 0; i < n; i++) {
		assert_int_equal(ch[i].vorher, before[ch[i].obj]);
		assert_int_equal(ch[i].vorher, V_BLOCKIERT);
		assert_int_not_equal(ch[i].nachher, V_BLOCKIERT);
		if (i)
			assert_true(strcmp(f->w->obj[ch[i - 1].obj].kennung,
					   f->w->obj[ch[i].obj].kennung) < 0);
	}

	assert_int_equal(edit_pf_change(f->l, f->s, f->w, sn, &e), 0);
	assert_int_equal(stored_rl(f, "DE-PRIVAT", "RL-NETZ", NULL), RL_ERFUELLT);
	uint8_t *after = verdicts(f, p);
	size_t changed = 0;
	for (size_t o = 0; o < f->w->n_obj; o++)
		changed += before[o] != after[o];
	assert_int_equal(changed, n); /* the what-if told the truth */

	uint32_t obj;
	char what[512];
	assert_int_equal(edit_undo(f->l, f->s, f->w, &obj, what, sizeof what, &e), 0);
	assert_non_null(strstr(what, "DE-PRIVAT"));
	assert_non_null(strstr(what, "RL-NETZ = teilweise"));
	assert_int_equal(stored_rl(f, "DE-PRIVAT", "RL-NETZ", NULL), RL_TEILWEISE);
	uint8_t *undone = verdicts(f, p);
	assert_memory_equal(undone, before, f->w->n_obj);
	assert_int_equal(edit_redo(f->l, f->s, f->w, &obj, what, sizeof what, &e), 0);
	assert_int_equal(stored_rl(f, "DE-PRIVAT", "RL-NETZ", NULL), RL_ERFUELLT);
	assert_string_equal(f->w->rl_quelle[(size_t)p * f->w->n_rl + netz], "Vertrag 2026, Anlage 3");

	free(ch);
	free(before);
	free(after);
	free(undone);
	pf_snap_free(&sn);
	assessment_free(&a);
}

static void test_new_and_removed_platform(void **state)
{
	struct fx *f = *state;
	struct wp_err e = { 0 };
	size_t n0 = f->w->n_pf, n;
	struct pf_snap *sn = pf_snap_new(f->w, "KREIS-RZ", "Rechenzentrum des Kreises", 6, TRI_JA);
	assert_non_null(sn);
	assert_int_equal(edit_pf_change(f->l, f->s, f->w, sn, &e), 0);
	assert_int_equal(f->w->n_pf, n0 + 1);
	assert_int_equal(stored_rl(f, "KREIS-RZ", "RL-GEO", &n), RL_UNBEKANNT);
	assert_int_equal(n, n0 + 1);

	/* remove an example platform in the middle, then undo: profile and sources return */
	uint32_t p = pf(f->w, "SOUV-US");
	struct pf_snap *old = pf_snap_take(f->w, p);
	assert_int_equal(edit_pf_delete(f->l, f->s, f->w, p, &e), 0);
	assert_int_equal(ws_find_plattform(f->w, "SOUV-US"), WP_NONE);
	assert_int_equal(stored_rl(f, "SOUV-US", "RL-GEO", &n), -1);
	assert_int_equal(n, n0);
	assert_int_not_equal(ws_find_plattform(f->w, "HYPER-EU"), WP_NONE); /* shifted, intact */
	struct assessment *a = NULL;
	assert_int_equal(assess_run(f->w, &a), 0); /* the engine runs on the shrunk arrays */
	assessment_free(&a);

	uint32_t obj;
	char what[512];
	assert_int_equal(edit_undo(f->l, f->s, f->w, &obj, what, sizeof what, &e), 0);
	assert_non_null(strstr(what, "SOUV-US wiederhergestellt"));
	p = pf(f->w, "SOUV-US");
	struct pf_snap *back = pf_snap_take(f->w, p);
	assert_string_equal(back->name, old->name);
	assert_int_equal(back->rang, old->rang);
	assert_int_equal(back->beispiel, 1);
	assert_memory_equal(back->val, old->val, old->n_rl);
	for (size_t r = 0; r < old->n_rl; r++)
		assert_string_equal(back->quelle[r], old->quelle[r]);
	assert_int_equal(stored_rl(f, "SOUV-US", "RL-LCM", &n), RL_NICHT);
	assert_int_equal(n, n0 + 1);
	/* undo the creation too: KREIS-RZ is gone from memory and store */
	assert_int_equal(edit_undo(f->l, f->s, f->w, &obj, what, sizeof what, &e), 0);
	assert_int_equal(ws_find_plattform(f->w, "KREIS-RZ"), WP_NONE);
	assert_int_equal(stored_rl(f, "KREIS-RZ", "RL-GEO", &n), -1);
	assert_int_equal(n, n0);
	pf_snap_free(&sn);
	pf_snap_free(&old);
	pf_snap_free(&back);
}

static void test_refused_input_changes_nothing(void **state)
{
	struct fx *f = *state;
	struct wp_err e = { 0 };
	size_t n0 = f->w->n_pf;
	struct pf_snap *sn = pf_snap_new(f->w, "kein code!", "X", 1, TRI_NEIN);
	assert_int_equal(edit_pf_change(f->l, f->s, f->w, sn, &e), -WP_EINVAL);
	assert_non_null(strstr(e.msg, "Plattform-Code"));
	pf_snap_free(&sn);
	uint32_t p = pf(f->w, "LAND-OSS");
	sn = pf_snap_take(f->w, p);
	assert_int_equal(pf_snap_set_text(&sn->name, "  "), 0);
	sn->val[0] = RL_NICHT;
	assert_int_equal(edit_pf_change(f->l, f->s, f->w, sn, &e), -WP_EINVAL);
	assert_non_null(strstr(e.msg, "Name"));
	assert_int_equal(f->w->rl_val[(size_t)p * f->w->n_rl], RL_ERFUELLT);
	assert_int_equal(pf_snap_set_text(&sn->name, "Land"), 0);
	sn->rang = 0;
	assert_int_equal(edit_pf_change(f->l, f->s, f->w, sn, &e), -WP_EINVAL);
	assert_int_equal(f->w->n_pf, n0);
	assert_int_equal(edit_can_undo(f->l), 0);
	assert_int_equal(stored_rl(f, "LAND-OSS", "RL-GEO", NULL), RL_ERFUELLT);
	pf_snap_free(&sn);
}

/* Object and platform edits share one undo stack, undone in reverse order. */
static void test_mixed_undo_order(void **state)
{
	struct fx *f = *state;
	struct wp_err e = { 0 };
	uint32_t o = ws_find_objekt(f->w, "FV-PARKAUSWEIS"), p = pf(f->w, "HYPER-EU"), obj;
	char what[512], b[64];
	assert_int_not_equal(o, WP_NONE);
	assert_int_equal(edit_set(f->l, f->s, f->w, o, F_SB_C, "sehr hoch", &e), 0);
	struct pf_snap *sn = pf_snap_take(f->w, p);
	sn->vs_nfd = TRI_JA;
	assert_int_equal(edit_pf_change(f->l, f->s, f->w, sn, &e), 0);
	assert_int_equal(edit_can_undo(f->l), 2);
	assert_int_equal(edit_undo(f->l, f->s, f->w, &obj, what, sizeof what, &e), 0);
	assert_non_null(strstr(what, "VS-NfD-Zulassung = nein"));
	assert_int_equal(f->w->pf[p].vs_nfd, TRI_NEIN);
	assert_string_equal(edit_get(f->w, o, F_SB_C, b, sizeof b), "sehr hoch");
	assert_int_equal(edit_undo(f->l, f->s, f->w, &obj, what, sizeof what, &e), 0);
	assert_string_equal(edit_get(f->w, o, F_SB_C, b, sizeof b), "hoch");
	assert_int_equal(edit_redo(f->l, f->s, f->w, &obj, what, sizeof what, &e), 0);
	assert_int_equal(edit_redo(f->l, f->s, f->w, &obj, what, sizeof what, &e), 0);
	assert_int_equal(f->w->pf[p].vs_nfd, TRI_JA);
	pf_snap_free(&sn);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_whatif_matches_the_change_and_undo, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_new_and_removed_platform, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refused_input_changes_nothing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_mixed_undo_order, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
