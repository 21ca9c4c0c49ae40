/* Tests of structured errors: the wp_err fields (code, field, line, column, file) set by
 * model/err.h and by field validation, the one out-of-memory message, and the Inventar
 * import's errors ordered by their line and column fields. */
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/inventar.h"
#include "data/seed.h"
#include "data/store.h"
#include "model/err.h"
#include "model/fields.h"

static void test_fail_fields(void **state)
{
	(void)state;
	struct wp_err e;
	wp_err_at(&e, "alt.csv", 9, 9);
	assert_int_equal(wp_fail(&e, WP_EINVAL, "x=%d", 3), -WP_EINVAL);
	assert_int_equal(e.code, WP_EINVAL);
	assert_int_equal(e.field, WP_FIELD_NONE);
	assert_int_equal(e.line, 0);
	assert_int_equal(e.col, 0);
	assert_string_equal(e.file, "");
	assert_string_equal(e.msg, "x=3");

	assert_int_equal(wp_fail_field(&e, WP_EEXIST, F_NAME, "%s", "doppelt"), -WP_EEXIST);
	assert_int_equal(e.field, F_NAME);
	wp_err_at(&e, "inventar.csv", 4, 2);
	assert_string_equal(e.file, "inventar.csv");
	assert_int_equal(e.line, 4);
	assert_int_equal(e.col, 2);
	assert_string_equal(e.msg, "doppelt"); /* the position does not change the message */

	assert_int_equal(wp_fail(NULL, WP_EIO, "ignored"), -WP_EIO);
	wp_err_at(NULL, "x", 1, 1);

	wp_err_clear(&e);
	assert_int_equal(e.code, 0);
	assert_int_equal(e.field, WP_FIELD_NONE);
	assert_string_equal(e.msg, "");
}

static void test_nomem(void **state)
{
	(void)state;
	struct wp_err e = { 0 };
	assert_int_equal(wp_nomem(&e), -WP_ENOMEM);
	assert_int_equal(e.code, WP_ENOMEM);
	assert_string_equal(e.msg, wp_strerror(WP_ENOMEM));
	assert_string_equal(wp_strerror(-WP_ENOMEM), "zu wenig Speicher");
	assert_non_null(wp_strerror(999));
	assert_int_equal(wp_nomem(NULL), -WP_ENOMEM);
}

static void test_field_of_validation(void **state)
{
	(void)state;
	struct ws *w = ws_new();
	assert_non_null(w);
	uint32_t o = ws_add_objekt(w, "A1");
	assert_int_not_equal(o, WP_NONE);
	struct wp_err e = { 0 };
	assert_int_equal(objekt_set(w, o, F_TYP, "Kaffeemaschine", &e), -WP_EINVAL);
	assert_int_equal(e.field, F_TYP);
	assert_int_equal(objekt_set(w, o, F_NUTZER, "viele", &e), -WP_EINVAL);
	assert_int_equal(e.field, F_NUTZER);
	assert_int_equal(objekt_set(w, o, F_BEHOERDE, "Gibt es nicht", &e), -WP_ENOTFOUND);
	assert_int_equal(e.field, F_BEHOERDE);
	ws_free(&w);
}

/* Errors of rows, of the header and of dependencies (found after all rows) come back in
 * line and column order, with file, line, column and field set. */
static void test_import_error_order(void **state)
{
	(void)state;
	struct store *s = NULL;
	struct ws *w = NULL;
	struct wp_err e = { 0 };
	assert_int_equal(store_open(":memory:", STORE_CREATE, &s, &e), 0);
	assert_int_equal(seed_workspace(s, 0, &e), 0);
	assert_int_equal(store_load(s, &w, &e), 0);
	static const char csv[] =
		"Kennung;Typ;Name;Behörde;Abhängigkeiten;Nutzer\n"
		"A1;Fachverfahren;Eins;Amt;FEHLT;viele\n"        /* line 2: col 5 (dep), col 6 */
		"A2;Kaffeemaschine;Zwei;Amt;A2;3\n"              /* line 3: col 2, col 5 (dep) */
		"A(3;Fachverfahren;Drei;Amt;;3\n";               /* line 4: col 1 */
	struct inventar_result r;
	assert_int_equal(inventar_read(w, "t.csv", csv, sizeof csv - 1, NULL, &r, &e), -WP_EINVAL);
	assert_int_equal(r.n_errors, 5);
	static const struct {
		size_t line, col;
		int field;
	} want[] = {
		{ 2, 5, F_ABHAENGIGKEITEN },
		{ 2, 6, F_NUTZER },
		{ 3, 2, F_TYP },
		{ 3, 5, F_ABHAENGIGKEITEN },
		{ 4, 1, F_KENNUNG },
	};
	for (size_t i = 0; i < 5; i++) {
		assert_string_equal(r.errors[i].file, "t.csv");
		assert_int_equal(r.errors[i].line, want[i].line);
		assert_int_equal(r.errors[i].col, want[i].col);
		assert_int_equal(r.errors[i].field, want[i].field);
		char prefix[32];
		snprintf(prefix, sizeof prefix, "t.csv:%zu:%zu: ", want[i].line, want[i].col);
		assert_memory_equal(r.errors[i].msg, prefix, strlen(prefix));
	}
	inventar_result_free(&r);
	ws_free(&w);
	store_close(&s);
}

/* System errors come from one table in the interface language, not from strerror. */
static void test_errno_text(void **state)
{
	(void)state;
	assert_string_equal(wp_errno_text(ENOENT), "Datei oder Ordner nicht gefunden");
	assert_string_equal(wp_errno_text(EACCES), "keine Berechtigung");
	assert_string_equal(wp_errno_text(EISDIR), "ist ein Ordner");
	assert_string_equal(wp_errno_text(ENOSPC), "kein Platz mehr auf dem Datenträger");
	assert_string_equal(wp_errno_text(EIO), wp_strerror(WP_EIO));
	assert_string_equal(wp_errno_text(ENOMEM), wp_strerror(WP_ENOMEM));
	assert_string_equal(wp_errno_text(-12345), "Systemfehler");
	struct wp_err e = { 0 };
	assert_int_equal(wp_fail_read(&e, "x.csv", ENOENT), -WP_EIO);
	assert_string_equal(e.msg, "x.csv: kann nicht gelesen werden: Datei oder Ordner nicht gefunden");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fail_fields),
		cmocka_unit_test(test_nomem),
		cmocka_unit_test(test_field_of_validation),
		cmocka_unit_test(test_import_error_order),
		cmocka_unit_test(test_errno_text),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
