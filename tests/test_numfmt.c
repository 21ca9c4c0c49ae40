/* Unit tests of format_num, the one helper that writes decimals for people: decimal comma
 * in German, point in English, fixed or trimmed decimals, rounding, no "-0", safe cutting,
 * and independence from the C library's LC_NUMERIC. Also the users of it: format_pt. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <locale.h>
#include <string.h>

#include "model/fields.h"
#include "model/numfmt.h"

static void test_separator(void **state)
{
	(void)state;
	char b[40];
	assert_string_equal(format_num(0.4, 2, 1, 1, b, sizeof b), "0,4");
	assert_string_equal(format_num(0.4, 2, 1, 0, b, sizeof b), "0.4");
	assert_string_equal(format_num(1.25, 6, 1, 1, b, sizeof b), "1,25");
	assert_string_equal(format_num(1.25, 6, 1, 0, b, sizeof b), "1.25");
	assert_string_equal(format_num(67.5, 6, 1, 1, b, sizeof b), "67,5");
	assert_string_equal(format_num(-2.5, 1, 1, 1, b, sizeof b), "-2,5");
}

static void test_fixed_and_trim(void **state)
{
	(void)state;
	char b[40];
	/* table columns keep their decimals so they line up */
	assert_string_equal(format_num(0.5, 2, 0, 1, b, sizeof b), "0,50");
	assert_string_equal(format_num(1, 2, 0, 0, b, sizeof b), "1.00");
	assert_string_equal(format_num(0.8234, 3, 0, 1, b, sizeof b), "0,823");
	/* sentences drop trailing zeros and a bare separator, like %g */
	assert_string_equal(format_num(3, 2, 1, 1, b, sizeof b), "3");
	assert_string_equal(format_num(120, 6, 1, 1, b, sizeof b), "120");
	assert_string_equal(format_num(2.50, 2, 1, 1, b, sizeof b), "2,5");
	assert_string_equal(format_num(0.1 + 0.2, 6, 1, 0, b, sizeof b), "0.3");
	assert_string_equal(format_num(1e9, 6, 1, 1, b, sizeof b), "1000000000");
	assert_string_equal(format_num(7, 0, 0, 1, b, sizeof b), "7");
	/* decimals outside 0…9 are clamped */
	assert_string_equal(format_num(2.5, -3, 0, 1, b, sizeof b), "2");
	assert_string_equal(format_num(0.5, 40, 1, 1, b, sizeof b), "0,5");
}

static void test_rounding_and_sign(void **state)
{
	(void)state;
	char b[40];
	assert_string_equal(format_num(0.333333, 2, 1, 1, b, sizeof b), "0,33");
	assert_string_equal(format_num(0.666666, 2, 0, 0, b, sizeof b), "0.67");
	assert_string_equal(format_num(-0.0001, 2, 0, 1, b, sizeof b), "0,00");
	assert_string_equal(format_num(-0.0001, 2, 1, 1, b, sizeof b), "0");
	assert_string_equal(format_num(-0.0, 6, 1, 0, b, sizeof b), "0");
}

static void test_cut_safely(void **state)
{
	(void)state;
	char b[4];
	memset(b, 'x', sizeof b);
	assert_string_equal(format_num(12345.5, 1, 0, 1, b, sizeof b), "123");
	char one[1] = { 'x' };
	assert_string_equal(format_num(1.5, 1, 0, 1, one, sizeof one), "");
	assert_ptr_equal(format_num(1.5, 1, 0, 1, b, 0), b); /* n == 0 writes nothing */
}

/* Under a German LC_NUMERIC printf writes a comma itself: the helper must still pick the
 * separator of the interface language, not of the C library. */
static int skipped; /* a test that could not run here: main exits 77, make test counts it */

static void test_lc_numeric_independent(void **state)
{
	(void)state;
	char b[40];
	if (!setlocale(LC_NUMERIC, "de_DE.UTF-8")) {
		skipped = 1; /* locale de_DE.UTF-8 missing: make deps generates it */
		skip();
		return;
	}
	assert_string_equal(format_num(2.5, 1, 0, 0, b, sizeof b), "2.5");
	assert_string_equal(format_num(2.5, 1, 0, 1, b, sizeof b), "2,5");
	assert_string_equal(format_num(0.25, 6, 1, 0, b, sizeof b), "0.25");
	setlocale(LC_NUMERIC, "C");
}

static void test_format_pt_uses_it(void **state)
{
	(void)state;
	char b[40];
	assert_string_equal(format_pt(37.5, 1, b, sizeof b), "37,5");
	assert_string_equal(format_pt(37.5, 0, b, sizeof b), "37.5");
	assert_string_equal(format_pt(12.2, 1, b, sizeof b), "12");
	assert_string_equal(format_pt(12.25, 0, b, sizeof b), "12.5");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_separator),
		cmocka_unit_test(test_fixed_and_trim),
		cmocka_unit_test(test_rounding_and_sign),
		cmocka_unit_test(test_cut_safely),
		cmocka_unit_test(test_lc_numeric_independent),
		cmocka_unit_test(test_format_pt_uses_it),
	};
	int failed = cmocka_run_group_tests(tests, NULL, NULL);
	return failed ? 1 : skipped ? 77 : 0;
}
