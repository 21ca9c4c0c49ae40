/* Unit tests of the model's queries shared by dashboard and CLI: the Behörden tree (sibling
 * order with umlauts by DIN 5007-1, depth, subtree test, subtree counts, parent cycles),
 * the Kennung lookup (exact, ignoring case, prefix, ambiguity), and the object filter
 * (clear, match by Behörde subtree and Typ, the filter in words). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "model/assess.h"
#include "model/enums.h"
#include "model/lookup.h"
#include "model/objfilter.h"
#include "model/tree.h"
#include "model/utf8.h"
#include "model/ws.h"

/* ---- fixture: a small Verwaltung ----
 *   Amt Ärger            (root)   objects: A1
 *     Ölfeld                      objects: O1, O2
 *     Ober                        objects: —
 *       Unter Ober                objects: U1
 *     Otto                        objects: T1
 *   Amt Ast              (root)   objects: S1
 * strcmp would put "Amt Ast" before "Amt Ärger" and "Ölfeld" after "Otto". */
enum { B_AERGER, B_OELFELD, B_OBER, B_OTTO, B_AST, B_UNTER, B__N };

static struct ws *fixture(void)
{
	struct ws *w = ws_new();
	assert_non_null(w);
	assert_int_equal(ws_add_behoerde(w, "Amt Ärger", WP_NONE), B_AERGER);
	assert_int_equal(ws_add_behoerde(w, "Ölfeld", B_AERGER), B_OELFELD);
	assert_int_equal(ws_add_behoerde(w, "Ober", B_AERGER), B_OBER);
	assert_int_equal(ws_add_behoerde(w, "Otto", B_AERGER), B_OTTO);
	assert_int_equal(ws_add_behoerde(w, "Amt Ast", WP_NONE), B_AST);
	assert_int_equal(ws_add_behoerde(w, "Unter Ober", B_OBER), B_UNTER);
	static const struct { const char *k; int beh; int typ; } objs[] = {
		{ "A1", B_AERGER, TYP_FACHVERFAHREN }, { "O1", B_OELFELD, TYP_REGISTER },
		{ "O2", B_OELFELD, TYP_FACHVERFAHREN }, { "U1", B_UNTER, TYP_ANWENDUNG },
		{ "T1", B_OTTO, TYP_FACHVERFAHREN }, { "S1", B_AST, TYP_FACHVERFAHREN },
		{ "FV-KFZ", B_AST, TYP_FACHVERFAHREN }, { "FV-Kfz-Alt", B_AST, TYP_ANWENDUNG },
	};
	for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) {
		uint32_t o = ws_add_objekt(w, objs[i].k);
		assert_int_not_equal(o, WP_NONE);
		w->obj[o].behoerde = (uint32_t)objs[i].beh;
		w->obj[o].typ = (uint8_t)objs[i].typ;
	}
	assert_int_equal(ws_index(w), 0);
	return w;
}

static const char *at(const struct ws *w, const struct beh_tree *t, size_t i)
{
	return w->beh[t->pre[i]].name;
}

/* ---- collation ---- */

static void test_collate_umlauts(void **state)
{
	(void)state;
	assert_true(utf8_collate("Ärger", "Ast") < 0);   /* Ä as A: "arger" < "ast" */
	assert_true(utf8_collate("Ober", "Ölfeld") < 0); /* Ö as O */
	assert_true(utf8_collate("Ölfeld", "Otto") < 0);
	assert_true(utf8_collate("Straße", "Strase") == 0); /* ß as s */
	assert_true(utf8_collate("Müller", "mueller") > 0);  /* ü as u: "muller" > "mueller" */
	assert_true(utf8_collate("abc", "ABC") == 0);
	assert_true(utf8_collate("ab", "abc") < 0);
	char u[4];
	assert_int_equal(utf8_encode(0xE4, u), 2);
	assert_memory_equal(u, "ä", 2);
	assert_int_equal(utf8_encode(0x2026, u), 3);
	assert_memory_equal(u, "…", 3);
	assert_int_equal(utf8_encode(0x1F600, u), 4);
	char out[16];
	size_t k = utf8_map("ÄÖÜ Straße", out, sizeof out, utf8_fold_cp);
	out[k] = '\0';
	assert_string_equal(out, "äöü straße");
}

/* ---- the tree ---- */

static void test_tree_preorder(void **state)
{
	(void)state;
	struct ws *w = fixture();
	struct beh_tree t = { 0 };
	assert_int_equal(beh_tree_build(w, &t), 0);
	assert_int_equal(t.nb, B__N);
	static const char *const want[B__N] = { "Amt Ärger", "Ober", "Unter Ober", "Ölfeld",
						"Otto", "Amt Ast" };
	static const uint8_t depth[B__N] = { 0, 1, 2, 1, 1, 0 };
	for (size_t i = 0; i < B__N; i++) {
		assert_string_equal(at(w, &t, i), want[i]);
		assert_int_equal(t.depth[i], depth[i]);
		assert_int_equal(t.pos[t.pre[i]], i);
	}
	/* the flat list by name uses the same collation */
	static const char *const flat[B__N] = { "Amt Ärger", "Amt Ast", "Ober", "Ölfeld", "Otto",
						"Unter Ober" };
	uint32_t by[B__N];
	assert_int_equal(beh_sort_by_name(w, by), 0);
	for (size_t i = 0; i < B__N; i++)
		assert_string_equal(w->beh[by[i]].name, flat[i]);
	beh_tree_free(&t);
	assert_null(t.pre);
	beh_tree_free(&t); /* a freed tree is fine */
	ws_free(&w);
}

static void test_tree_subtree_and_counts(void **state)
{
	(void)state;
	struct ws *w = fixture();
	struct beh_tree t = { 0 };
	assert_int_equal(beh_tree_build(w, &t), 0);
	assert_true(beh_tree_contains(&t, B_AERGER, B_AERGER));
	assert_true(beh_tree_contains(&t, B_AERGER, B_UNTER));
	assert_true(beh_tree_contains(&t, B_OBER, B_UNTER));
	assert_false(beh_tree_contains(&t, B_UNTER, B_OBER));
	assert_false(beh_tree_contains(&t, B_OELFELD, B_OTTO));
	assert_false(beh_tree_contains(&t, B_AERGER, B_AST));
	assert_false(beh_tree_contains(&t, WP_NONE, B_AST));
	assert_false(beh_tree_contains(&t, B_AST, B__N));
	/* objects per subtree: Ärger has A1, O1, O2, U1, T1; Ast S1 and the two FV-… */
	assert_int_equal(t.sub[t.pos[B_AERGER]], 5);
	assert_int_equal(t.sub[t.pos[B_OBER]], 1);
	assert_int_equal(t.sub[t.pos[B_OELFELD]], 2);
	assert_int_equal(t.sub[t.pos[B_AST]], 3);
	uint8_t m[B__N] = { [B_OBER] = 1, [B_AST] = 1 };
	beh_tree_mark(&t, m, m);
	static const uint8_t want[B__N] = { [B_OBER] = 1, [B_UNTER] = 1, [B_AST] = 1 };
	assert_memory_equal(m, want, sizeof want);
	beh_tree_free(&t);
	ws_free(&w);
}

/* Behörden that are each other's parent: both listed once, as a walk of their own. */
static void test_tree_parent_cycle(void **state)
{
	(void)state;
	struct ws *w = ws_new();
	assert_non_null(w);
	ws_add_behoerde(w, "Zyklus B", 1);
	ws_add_behoerde(w, "Zyklus A", 0);
	ws_add_behoerde(w, "Wurzel", WP_NONE);
	struct beh_tree t = { 0 };
	assert_int_equal(beh_tree_build(w, &t), 0);
	assert_int_equal(t.nb, 3);
	assert_string_equal(at(w, &t, 0), "Wurzel");
	assert_string_equal(at(w, &t, 1), "Zyklus A");
	assert_string_equal(at(w, &t, 2), "Zyklus B");
	assert_int_equal(t.depth[1], 0);
	assert_int_equal(t.depth[2], 1);
	assert_true(beh_tree_contains(&t, 1, 0));
	beh_tree_free(&t);
	ws_free(&w);
}

/* ---- Kennung lookup ---- */

static void test_lookup_kennung(void **state)
{
	(void)state;
	struct ws *w = fixture();
	size_t hits = 9;
	uint32_t kfz = ws_find_objekt(w, "FV-KFZ");
	assert_int_not_equal(kfz, WP_NONE);
	assert_int_equal(lookup_kennung(w, "FV-KFZ", LOOKUP_EXACT, &hits), kfz);
	assert_int_equal(hits, 1);
	assert_int_equal(lookup_kennung(w, "fv-kfz", LOOKUP_EXACT, &hits), WP_NONE);
	assert_int_equal(hits, 0);
	assert_int_equal(lookup_kennung(w, "fv-kfz", LOOKUP_CASE, &hits), kfz);
	assert_int_equal(hits, 1);
	/* a prefix only with LOOKUP_PREFIX: the first in Kennung order, both counted */
	assert_int_equal(lookup_kennung(w, "fv-k", LOOKUP_CASE, &hits), WP_NONE);
	assert_int_equal(lookup_kennung(w, "fv-k", LOOKUP_PREFIX, &hits), kfz);
	assert_int_equal(hits, 2);
	assert_int_equal(lookup_kennung(w, "", LOOKUP_PREFIX, NULL), WP_NONE);
	assert_int_equal(lookup_kennung(w, "nix", LOOKUP_PREFIX, NULL), WP_NONE);
	/* two Kennungen equal ignoring case: ambiguous for a caller that checks hits */
	uint32_t lower = ws_add_objekt(w, "fv-kfz");
	assert_int_equal(ws_index(w), 0);
	assert_int_equal(lookup_kennung(w, "Fv-Kfz", LOOKUP_CASE, &hits), kfz);
	assert_int_equal(hits, 2);
	assert_int_equal(lookup_kennung(w, "fv-kfz", LOOKUP_CASE, &hits), lower);
	assert_int_equal(hits, 1);
	assert_true(lookup_text(w, kfz, "kfz"));
	assert_false(lookup_text(w, kfz, "alt"));
	assert_false(lookup_text(w, kfz, ""));
	ws_free(&w);
}

/* ---- the object filter ---- */

static void test_obj_filter(void **state)
{
	(void)state;
	struct ws *w = fixture();
	struct assessment *as = NULL;
	struct beh_tree t = { 0 };
	assert_int_equal(assess_run(w, &as), 0);
	assert_int_equal(beh_tree_build(w, &t), 0);
	struct obj_filter f;
	obj_filter_clear(&f);
	assert_false(obj_filter_any(&f));
	char buf[256];
	obj_filter_describe(&f, w, buf, sizeof buf);
	assert_string_equal(buf, "");
	struct obj_filter_data d = { w, as, &t, NULL, 0 };
	for (uint32_t o = 0; o < w->n_obj; o++)
		assert_true(obj_filter_match(&f, &d, o));
	/* Ober with its sub-Behörde, then Ärger's whole subtree restricted to Fachverfahren */
	f.behoerde = B_OBER;
	assert_true(obj_filter_any(&f));
	assert_true(obj_filter_match(&f, &d, ws_find_objekt(w, "U1")));
	assert_false(obj_filter_match(&f, &d, ws_find_objekt(w, "O1")));
	f.behoerde = B_AERGER;
	f.typ = TYP_FACHVERFAHREN;
	size_t n = 0;
	for (uint32_t o = 0; o < w->n_obj; o++)
		n += (size_t)obj_filter_match(&f, &d, o);
	assert_int_equal(n, 3); /* A1, O2, T1 */
	obj_filter_describe(&f, w, buf, sizeof buf);
	assert_string_equal(buf, "Behörde: Amt Ärger · Typ: Fachverfahren");
	/* without a tree a Behörde filter lets nothing pass */
	d.tree = NULL;
	assert_false(obj_filter_match(&f, &d, ws_find_objekt(w, "A1")));
	/* a wave needs the waves per object */
	obj_filter_clear(&f);
	f.welle = 2;
	assert_false(obj_filter_match(&f, &d, 0));
	uint32_t *welle_of = calloc(w->n_obj, sizeof *welle_of);
	assert_non_null(welle_of);
	welle_of[0] = 2;
	d.welle_of = welle_of;
	assert_true(obj_filter_match(&f, &d, 0));
	assert_false(obj_filter_match(&f, &d, 1));
	free(welle_of);
	beh_tree_free(&t);
	assessment_free(&as);
	ws_free(&w);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_collate_umlauts),
		cmocka_unit_test(test_tree_preorder),
		cmocka_unit_test(test_tree_subtree_and_counts),
		cmocka_unit_test(test_tree_parent_cycle),
		cmocka_unit_test(test_lookup_kennung),
		cmocka_unit_test(test_obj_filter),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
