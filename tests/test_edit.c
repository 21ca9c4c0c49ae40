/* Tests of data/edit: validated one-transaction edits with exact rollback, dependencies
 * both ways, new and deleted objects, new Behörden, and the undo/redo journal — each
 * checked against a fresh load from the store, as a user reopening the workspace would. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/edit.h"
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

/* Field fld of the object kennung as stored (fresh load). */
static char *stored(struct fx *f, const char *kennung, int fld, char *buf, size_t n)
{
	struct ws *w = NULL;
	struct wp_err e = { 0 };
	assert_int_equal(store_load(f->s, &w, &e), 0);
	uint32_t o = ws_find_objekt(w, kennung);
	if (o == WP_NONE)
		snprintf(buf, n, "(fehlt)");
	else
		edit_get(w, o, fld, buf, n);
	ws_free(&w);
	return buf;
}

static uint32_t obj(struct fx *f, const char *k)
{
	uint32_t o = ws_find_objekt(f->w, k);
	assert_int_not_equal(o, WP_NONE);
	return o;
}

static void test_field_saved_and_undone(void **state)
{
	struct fx *f = *state;
	struct wp_err e = { 0 };
	char b[512], what[512];
	uint32_t o = obj(f, "FV-PARKAUSWEIS"), back;
	assert_string_equal(stored(f, "FV-PARKAUSWEIS", F_SB_C, b, sizeof b), "hoch");
	assert_int_equal(edit_set(f->l, f->s, f->w, o, F_SB_C, "sehr hoch", &e), 0);
	assert_string_equal(edit_get(f->w, o, F_SB_C, b, sizeof b), "sehr hoch");
	assert_string_equal(stored(f, "FV-PARKAUSWEIS", F_SB_C, b, sizeof b), "sehr hoch");
	assert_int_equal(edit_can_undo(f->l), 1);
	/* the date check: German input, ISO in the store's text form */
	assert_int_equal(edit_set(f->l, f->s, f->w, o, F_VERTRAGSENDE, "31.12.2030", &e), 0);
	assert_string_equal(stored(f, "FV-PARKAUSWEIS", F_VERTRAGSENDE, b, sizeof b), "2030-12-31");
	/* undo twice, each one transaction, in reverse order */
	assert_int_equal(edit_undo(f->l, f->s, f->w, &back, what, sizeof what, &e), 0);
	assert_int_equal(back, o);
	assert_non_null(strstr(what, "Vertragsende"));
	assert_string_equal(stored(f, "FV-PARKAUSWEIS", F_VERTRAGSENDE, b, sizeof b), "2027-06-30");
	assert_int_equal(edit_undo(f->l, f->s, f->w, &back, what, sizeof what, &e), 0);
	assert_string_equal(stored(f, "FV-PARKAUSWEIS", F_SB_C, b, sizeof b), "hoch");
	assert_int_equal(edit_undo(f->l, f->s, f->w, &back, what, sizeof what, &e), -WP_ENOTFOUND);
	/* redo brings it back; a new edit drops the redo list */
	assert_int_equal(edit_redo(f->l, f->s, f->w, &back, what, sizeof what, &e), 0);
	assert_string_equal(stored(f, "FV-PARKAUSWEIS", F_SB_C, b, sizeof b), "sehr hoch");
	assert_int_equal(edit_can_redo(f->l), 1);
	assert_int_equal(edit_set(f->l, f->s, f->w, o, F_NOTIZ, "geprüft", &e), 0);
	assert_int_equal(edit_can_redo(f->l), 0);
	/* a DVC criterion */
	uint32_t k = ws_find_dvc(f->w, "DVC-CONTAINER");
	assert_int_equal(edit_set(f->l, f->s, f->w, o, EDIT_CRIT(k), "ja", &e), 0);
	assert_string_equal(stored(f, "FV-PARKAUSWEIS", EDIT_CRIT(k), b, sizeof b), "ja");
}

/* Long free text survives undo and delete/undo whole, not cut at some buffer size. */
static void test_long_text_round_trips(void **state)
{
	struct fx *f = *state;
	struct wp_err e = { 0 };
	char what[256];
	uint32_t o = obj(f, "REG-KFZ"), back;
	size_t n = 10000;
	char *longer = malloc(n + 1), *stored_note = malloc(n + 64);
	assert_non_null(longer);
	assert_non_null(stored_note);
	for (size_t i = 0; i < n; i++)
		longer[i] = (char)('a' + i % 26);
	longer[n] = '\0';
	assert_int_equal(edit_set(f->l, f->s, f->w, o, F_NOTIZ, longer, &e), 0);
	assert_int_equal(edit_set(f->l, f->s, f->w, o, F_NOTIZ, "kurz", &e), 0);
	assert_int_equal(edit_undo(f->l, f->s, f->w, &back, what, sizeof what, &e), 0);
	assert_string_equal(f->w->obj[o].notiz, longer);
	assert_int_equal(edit_delete_objekt(f->l, f->s, f->w, o, &e), 0);
	assert_int_equal(edit_undo(f->l, f->s, f->w, &back, what, sizeof what, &e), 0);
	o = obj(f, "REG-KFZ");
	assert_string_equal(f->w->obj[o].notiz, longer);
	assert_string_equal(stored(f, "REG-KFZ", F_NOTIZ, stored_note, n + 64), longer);
	free(longer);
	free(stored_note);
}

static void test_bad_value_changes_nothing(void **state)
{
	struct fx *f = *state;
	struct wp_err e = { 0 };
	char b[512];
	uint32_t o = obj(f, "REG-MELDE");
	struct objekt before = f->w->obj[o];
	assert_int_equal(edit_set(f->l, f->s, f->w, o, F_SB_C, "mittel", &e), -WP_EINVAL);
	assert_non_null(strstr(e.msg, "Vertraulichkeit"));
	assert_non_null(strstr(e.msg, "normal, hoch, sehr hoch"));
	assert_int_equal(edit_set(f->l, f->s, f->w, o, F_VERTRAGSENDE, "31.02.2030", &e), -WP_EINVAL);
	assert_int_equal(edit_set(f->l, f->s, f->w, o, F_NUTZER, "12a", &e), -WP_EINVAL);
	assert_int_equal(edit_set(f->l, f->s, f->w, o, F_KENNUNG, "REG-KFZ", &e), -WP_EEXIST);
	assert_int_equal(edit_set(f->l, f->s, f->w, o, F_ABHAENGIGKEITEN, "REG-KFZ, NICHT-DA", &e),
			 -WP_ENOTFOUND);
	assert_memory_equal(&before, &f->w->obj[o], sizeof before);
	assert_string_equal(stored(f, "REG-MELDE", F_SB_C, b, sizeof b), "hoch");
	assert_string_equal(stored(f, "REG-MELDE", F_ABHAENGIGKEITEN, b, sizeof b), "");
	assert_int_equal(edit_can_undo(f->l), 0);
}

static void test_dependencies(void **state)
{
	struct fx *f = *state;
	struct wp_err e = { 0 };
	char b[512], what[256];
	uint32_t von = obj(f, "REG-MELDE"), zu = obj(f, "REG-KFZ"), back;
	assert_int_equal(edit_dep_add(f->l, f->s, f->w, von, zu, "Test", &e), 0);
	assert_string_equal(stored(f, "REG-MELDE", F_ABHAENGIGKEITEN, b, sizeof b), "REG-KFZ (Test)");
	assert_int_equal(edit_dep_add(f->l, f->s, f->w, von, zu, "", &e), -WP_EEXIST);
	assert_int_equal(edit_dep_add(f->l, f->s, f->w, von, von, "", &e), -WP_EINVAL);
	/* removing one of FV-PARKAUSWEIS's three */
	uint32_t p = obj(f, "FV-PARKAUSWEIS"), m = obj(f, "REG-MELDE");
	assert_int_equal(edit_dep_remove(f->l, f->s, f->w, p, m, &e), 0);
	assert_null(strstr(stored(f, "FV-PARKAUSWEIS", F_ABHAENGIGKEITEN, b, sizeof b), "REG-MELDE"));
	assert_int_equal(edit_undo(f->l, f->s, f->w, &back, what, sizeof what, &e), 0);
	assert_non_null(strstr(stored(f, "FV-PARKAUSWEIS", F_ABHAENGIGKEITEN, b, sizeof b),
			       "REG-MELDE (XMeld)"));
	assert_int_equal(edit_undo(f->l, f->s, f->w, &back, what, sizeof what, &e), 0);
	assert_string_equal(stored(f, "REG-MELDE", F_ABHAENGIGKEITEN, b, sizeof b), "");
}

static void test_new_and_delete(void **state)
{
	struct fx *f = *state;
	struct wp_err e = { 0 };
	char b[512], what[256];
	uint32_t bi = f->w->obj[obj(f, "REG-MELDE")].behoerde, o, back;
	size_t n = f->w->n_obj;
	assert_int_equal(edit_new_objekt(f->l, f->s, f->w, "FV-NEU", "Neues Verfahren", "Fachverfahren",
					 bi, &o, &e), 0);
	assert_int_equal(f->w->n_obj, n + 1);
	assert_string_equal(stored(f, "FV-NEU", F_NAME, b, sizeof b), "Neues Verfahren");
	assert_int_equal(edit_new_objekt(f->l, f->s, f->w, "FV-NEU", "x", "Fachverfahren", bi, &o, &e),
			 -WP_EEXIST);
	assert_int_equal(edit_new_objekt(f->l, f->s, f->w, "FV-ANDERS", "", "Fachverfahren", bi, &o, &e),
			 -WP_EINVAL);
	assert_int_equal(edit_new_objekt(f->l, f->s, f->w, "FV-ANDERS", "y", "Programm", bi, &o, &e),
			 -WP_EINVAL);
	assert_int_equal(f->w->n_obj, n + 1);

	/* delete FV-PARKAUSWEIS: it needs three, one needs it, a pilot has it */
	uint32_t m = obj(f, "FV-PARKAUSWEIS");
	size_t deps = f->w->n_dep;
	size_t in = f->w->in_off[m + 1] - f->w->in_off[m], out = f->w->out_off[m + 1] - f->w->out_off[m];
	assert_true(in >= 1 && out >= 3);
	int pilot_before = 0;
	for (size_t i = 0; i < f->w->n_pilot; i++)
		for (size_t j = 0; j < f->w->pilot[i].n_members; j++)
			pilot_before |= f->w->pilot[i].members[j] == m;
	assert_true(pilot_before);
	assert_int_equal(edit_delete_objekt(f->l, f->s, f->w, m, &e), 0);
	assert_int_equal(f->w->n_obj, n);
	assert_int_equal(f->w->n_dep, deps - in - out);
	assert_int_equal(ws_find_objekt(f->w, "FV-PARKAUSWEIS"), WP_NONE);
	assert_string_equal(stored(f, "FV-PARKAUSWEIS", F_NAME, b, sizeof b), "(fehlt)");
	assert_null(strstr(stored(f, "ANW-PARKEN-ONLINE", F_ABHAENGIGKEITEN, b, sizeof b),
			   "FV-PARKAUSWEIS"));
	/* undo brings it back with the dependencies in both directions and the pilot */
	assert_int_equal(edit_undo(f->l, f->s, f->w, &back, what, sizeof what, &e), 0);
	assert_non_null(strstr(what, "FV-PARKAUSWEIS"));
	assert_int_equal(f->w->n_dep, deps);
	assert_string_equal(stored(f, "FV-PARKAUSWEIS", F_SB_C, b, sizeof b), "hoch");
	assert_non_null(strstr(stored(f, "FV-PARKAUSWEIS", F_ABHAENGIGKEITEN, b, sizeof b),
			       "REG-MELDE (XMeld)"));
	assert_non_null(strstr(stored(f, "ANW-PARKEN-ONLINE", F_ABHAENGIGKEITEN, b, sizeof b),
			       "FV-PARKAUSWEIS (FIT-Connect)"));
	struct ws *w = NULL;
	assert_int_equal(store_load(f->s, &w, &e), 0);
	assert_int_equal(w->n_dep, deps);
	int in_pilot = 0;
	uint32_t m2 = ws_find_objekt(w, "FV-PARKAUSWEIS");
	for (size_t i = 0; i < w->n_pilot; i++)
		for (size_t j = 0; j < w->pilot[i].n_members; j++)
			in_pilot |= w->pilot[i].members[j] == m2;
	assert_true(in_pilot);
	ws_free(&w);
	/* redo deletes again, undo again; then undo the new object */
	assert_int_equal(edit_redo(f->l, f->s, f->w, &back, what, sizeof what, &e), 0);
	assert_string_equal(stored(f, "FV-PARKAUSWEIS", F_NAME, b, sizeof b), "(fehlt)");
	assert_int_equal(edit_undo(f->l, f->s, f->w, &back, what, sizeof what, &e), 0);
	assert_int_equal(edit_undo(f->l, f->s, f->w, &back, what, sizeof what, &e), 0);
	assert_string_equal(stored(f, "FV-NEU", F_NAME, b, sizeof b), "(fehlt)");
	assert_int_equal(f->w->n_obj, n);
}

static void test_new_behoerde(void **state)
{
	struct fx *f = *state;
	struct wp_err e = { 0 };
	char what[256];
	uint32_t b, back, o = obj(f, "REG-KFZ");
	size_t n = f->w->n_beh;
	uint32_t parent = ws_find_behoerde(f->w, "33 Bürgerservice");
	assert_int_not_equal(parent, WP_NONE);
	assert_int_equal(edit_new_behoerde(f->l, f->s, f->w, " 99 Testamt ", parent, "99", &b, &e), 0);
	assert_string_equal(f->w->beh[b].name, "99 Testamt");
	assert_int_equal(edit_new_behoerde(f->l, f->s, f->w, "99 Testamt", WP_NONE, "", &b, &e),
			 -WP_EEXIST);
	assert_int_equal(edit_new_behoerde(f->l, f->s, f->w, "  ", WP_NONE, "", &b, &e), -WP_EINVAL);
	struct ws *w = NULL;
	assert_int_equal(store_load(f->s, &w, &e), 0);
	assert_int_equal(w->n_beh, n + 1);
	uint32_t nb = ws_find_behoerde(w, "99 Testamt");
	assert_int_not_equal(nb, WP_NONE);
	assert_string_equal(w->beh[w->beh[nb].parent].name, "33 Bürgerservice");
	ws_free(&w);
	/* undo removes it, redo brings it back under the same parent */
	assert_int_equal(edit_undo(f->l, f->s, f->w, &back, what, sizeof what, &e), 0);
	assert_non_null(strstr(what, "99 Testamt"));
	assert_int_equal(f->w->n_beh, n);
	assert_int_equal(ws_find_behoerde(f->w, "99 Testamt"), WP_NONE);
	assert_int_equal(store_load(f->s, &w, &e), 0);
	assert_int_equal(w->n_beh, n);
	ws_free(&w);
	assert_int_equal(edit_redo(f->l, f->s, f->w, &back, what, sizeof what, &e), 0);
	b = ws_find_behoerde(f->w, "99 Testamt");
	assert_int_not_equal(b, WP_NONE);
	assert_int_equal(f->w->beh[b].parent, ws_find_behoerde(f->w, "33 Bürgerservice"));
	/* objects are unchanged by all this (indexes shifted back and forth) */
	assert_string_equal(f->w->beh[f->w->obj[o].behoerde].name, "34 Straßenverkehrsamt");
	/* an object moved there outside the journal: the undo is refused, with the reason */
	assert_int_equal(edit_field(f->s, f->w, o, F_BEHOERDE, "99 Testamt", NULL, 0, &e), 0);
	assert_int_equal(edit_undo(f->l, f->s, f->w, &back, what, sizeof what, &e), -WP_EINVAL);
	assert_non_null(strstr(e.msg, "REG-KFZ"));
	assert_int_equal(edit_can_undo(f->l), 1);
	assert_int_not_equal(ws_find_behoerde(f->w, "99 Testamt"), WP_NONE);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_field_saved_and_undone, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bad_value_changes_nothing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_long_text_round_trips, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dependencies, setup, teardown),
		cmocka_unit_test_setup_teardown(test_new_and_delete, setup, teardown),
		cmocka_unit_test_setup_teardown(test_new_behoerde, setup, teardown),
	};
	return cmocka_run_group_tests_name("edit", tests, NULL, NULL);
}
