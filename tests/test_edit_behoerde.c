/* Tests of Behörden as data (data/edit_behoerde.h, model/behname.h, the Behörde rules of
 * the import): names compared ignoring case and blanks, near duplicates, rename / move /
 * merge / remove each refused or done in one step, and undo restoring the workspace
 * exactly — the Inventar export byte for byte and the tree with every Behörde's fields,
 * in memory and as stored. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "data/edit.h"
#include "data/edit_behoerde.h"
#include "data/export.h"
#include "data/inventar.h"
#include "data/seed.h"
#include "data/store.h"
#include "model/behname.h"

struct fx {
	struct store *s;
	struct ws *w;
	struct edit_log *l;
	char dir[64];
};

static int setup(void **state)
{
	struct fx *f = calloc(1, sizeof *f);
	struct wp_err e = { 0 };
	if (!f || store_open(":memory:", STORE_CREATE, &f->s, &e) || seed_workspace(f->s, 1, &e) ||
	    store_load(f->s, &f->w, &e) || !(f->l = edit_log_new()))
		return -1;
	snprintf(f->dir, sizeof f->dir, "/tmp/wp-beh-XXXXXX");
	if (!mkdtemp(f->dir))
		return -1;
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fx *f = *state;
	char p[128];
	for (int i = 0; i < 8; i++) {
		snprintf(p, sizeof p, "%s/%d.csv", f->dir, i);
		unlink(p);
	}
	rmdir(f->dir);
	edit_log_free(&f->l);
	ws_free(&f->w);
	store_close(&f->s);
	free(f);
	return 0;
}

static int write_inv(void *ctx, struct csvout *o)
{
	export_inventar(ctx, o);
	return 0;
}

/* The whole file at path as a malloc'd string. */
static char *slurp(const char *path)
{
	FILE *fp = fopen(path, "rb");
	assert_non_null(fp);
	char *buf = calloc(1, 1 << 20);
	assert_non_null(buf);
	size_t n = fread(buf, 1, (1 << 20) - 1, fp);
	fclose(fp);
	buf[n] = '\0';
	return buf;
}

/* The Inventar export of w followed by every Behörde in index order with its store id,
 * name, parent, KGSt number and contact: the workspace as a text to compare. */
static char *picture(struct fx *f, const struct ws *w, int k)
{
	char path[128];
	struct export_count rows;
	struct wp_err e = { 0 };
	snprintf(path, sizeof path, "%s/%d.csv", f->dir, k);
	assert_int_equal(export_write_file(path, DIALECT_EXCEL_DE, write_inv, (void *)w, &rows, &e),
			 0);
	char *s = slurp(path);
	size_t n = strlen(s);
	for (size_t i = 0; i < w->n_beh; i++) {
		const struct behoerde *b = &w->beh[i];
		n += (size_t)snprintf(s + n, (1 << 20) - n, "%lld|%s|%s|%s|%s\n", (long long)b->id,
				      b->name, b->parent != WP_NONE ? w->beh[b->parent].name : "-",
				      b->kgst, b->kontakt);
	}
	return s;
}

/* The picture of the workspace as stored (a fresh load). */
static char *stored_picture(struct fx *f, int k)
{
	struct ws *w = NULL;
	struct wp_err e = { 0 };
	assert_int_equal(store_load(f->s, &w, &e), 0);
	char *s = picture(f, w, k);
	ws_free(&w);
	return s;
}

static uint32_t beh(struct fx *f, const char *name)
{
	uint32_t b = beh_find(f->w, name, WP_NONE);
	assert_int_not_equal(b, WP_NONE);
	return b;
}

static void undo_all(struct fx *f, size_t n)
{
	struct wp_err e = { 0 };
	char what[256];
	uint32_t o;
	for (size_t i = 0; i < n; i++)
		assert_int_equal(edit_undo(f->l, f->s, f->w, &o, what, sizeof what, &e), 0);
}

static void test_names(void **state)
{
	(void)state;
	char b[32];
	assert_int_equal(beh_name_norm("  Amt \t für\n\n Ordnung  ", b, sizeof b), 16);
	assert_string_equal(b, "Amt für Ordnung");
	assert_int_equal(beh_name_norm("Bürgeramt", b, 4) >= 4, 1);
	assert_string_equal(b, "Bü"); /* cropped at a whole code point */
	assert_true(beh_name_eq(" bürgeramt ", "BÜRGERAMT"));
	assert_true(beh_name_eq("Amt  für Ordnung", "amt für ordnung"));
	assert_false(beh_name_eq("Bürgeramt", "Bürgeramt 2"));
	assert_false(beh_name_eq("", "x"));
	assert_true(beh_name_near("Bürger-Amt", "Bürgeramt"));
	assert_true(beh_name_near("Bürger Amt.", "bürgeramt"));
	assert_true(beh_name_near("Ordnungsamt", "Ordnungsamtt"));
	assert_true(beh_name_near("Ordnungsamt", "Ordnungsant"));
	assert_false(beh_name_near("Bürgeramt", "bürgeramt")); /* the same, merged on import */
	assert_false(beh_name_near("Amt 31", "Amt 32"));       /* digits are no typos */
	assert_false(beh_name_near("Amt", "Art"));             /* too short to guess */
	assert_false(beh_name_near("Standesamt", "Steueramt"));
}

static void test_merge_undo_exact(void **state)
{
	struct fx *f = *state;
	struct wp_err e = { 0 };
	char *mem0 = picture(f, f->w, 0), *disk0 = stored_picture(f, 1);
	size_t n_obj = f->w->n_obj, n_beh = f->w->n_beh;
	/* objects and children move, nothing is lost */
	assert_int_equal(edit_beh_merge(f->l, f->s, f->w, beh(f, "11 Personalamt"),
					beh(f, "10 Hauptamt"), &e), 0);
	assert_int_equal(beh_count_objects(f->w, beh(f, "10 Hauptamt")), 11);
	assert_int_equal(edit_beh_merge(f->l, f->s, f->w, beh(f, "fb 2 finanzen"),
					beh(f, "FB 1 Zentrale Dienste"), &e), 0);
	assert_int_equal(f->w->beh[beh(f, "21 Stadtkasse")].parent, beh(f, "FB 1 Zentrale Dienste"));
	assert_int_equal(f->w->n_obj, n_obj);
	assert_int_equal(f->w->n_beh, n_beh - 2);
	assert_int_equal(beh_find(f->w, "11 Personalamt", WP_NONE), WP_NONE);
	char *mem1 = picture(f, f->w, 2), *disk1 = stored_picture(f, 3);
	assert_string_equal(mem1, disk1);
	assert_string_not_equal(mem1, mem0);
	/* refused: into itself, into its own branch */
	assert_int_equal(edit_beh_merge(f->l, f->s, f->w, beh(f, "10 Hauptamt"),
					beh(f, "10 Hauptamt"), &e), -WP_EINVAL);
	assert_int_equal(edit_beh_merge(f->l, f->s, f->w, beh(f, "FB 1 Zentrale Dienste"),
					beh(f, "21 Stadtkasse"), &e), -WP_EINVAL);
	assert_int_equal(edit_can_undo(f->l), 2);
	undo_all(f, 2);
	char *mem2 = picture(f, f->w, 4), *disk2 = stored_picture(f, 5);
	assert_string_equal(mem2, mem0);
	assert_string_equal(disk2, disk0);
	/* redo gives the merged workspace again */
	char what[256];
	uint32_t o;
	assert_int_equal(edit_redo(f->l, f->s, f->w, &o, what, sizeof what, &e), 0);
	assert_non_null(strstr(what, "Behörde \"11 Personalamt\" mit \"10 Hauptamt\" zusammengeführt"));
	assert_int_equal(edit_redo(f->l, f->s, f->w, &o, what, sizeof what, &e), 0);
	char *mem3 = picture(f, f->w, 6);
	assert_string_equal(mem3, mem1);
	free(mem0), free(disk0), free(mem1), free(disk1), free(mem2), free(disk2), free(mem3);
}

static void test_rename_move_remove(void **state)
{
	struct fx *f = *state;
	struct wp_err e = { 0 };
	char *mem0 = picture(f, f->w, 0);
	uint32_t h = beh(f, "10 Hauptamt"), fb1 = beh(f, "FB 1 Zentrale Dienste");
	/* rename: blanks collapsed; another's name refused whatever its case; own case fine */
	assert_int_equal(edit_beh_rename(f->l, f->s, f->w, h, "  ", &e), -WP_EINVAL);
	assert_int_equal(edit_beh_rename(f->l, f->s, f->w, h, "11 PERSONALAMT", &e), -WP_EEXIST);
	assert_int_equal(edit_beh_rename(f->l, f->s, f->w, h, " 10  Hauptamt neu ", &e), 0);
	assert_string_equal(f->w->beh[h].name, "10 Hauptamt neu");
	assert_int_equal(edit_beh_rename(f->l, f->s, f->w, h, "10 HAUPTAMT NEU", &e), 0);
	/* move: not under itself or its branch; to the top level */
	assert_int_equal(edit_beh_move(f->l, f->s, f->w, fb1, fb1, &e), -WP_EINVAL);
	assert_int_equal(edit_beh_move(f->l, f->s, f->w, fb1, h, &e), -WP_EINVAL);
	assert_int_equal(edit_beh_move(f->l, f->s, f->w, h, WP_NONE, &e), 0);
	assert_int_equal(f->w->beh[h].parent, WP_NONE);
	/* remove: only an empty one */
	assert_int_equal(edit_beh_remove(f->l, f->s, f->w, h, &e), -WP_EINVAL);
	assert_non_null(strstr(e.msg, "8 Objekte"));
	assert_int_equal(edit_beh_remove(f->l, f->s, f->w, fb1, &e), -WP_EINVAL);
	uint32_t leer;
	assert_int_equal(edit_new_behoerde(f->l, f->s, f->w, "99 Leer", fb1, "", &leer, &e), 0);
	assert_int_equal(edit_new_behoerde(f->l, f->s, f->w, " 99  LEER", WP_NONE, "", &leer, &e),
			 -WP_EEXIST);
	assert_int_equal(edit_beh_remove(f->l, f->s, f->w, beh(f, "99 leer"), &e), 0);
	assert_int_equal(edit_can_undo(f->l), 5);
	char *mem1 = picture(f, f->w, 1), *disk1 = stored_picture(f, 2);
	assert_string_equal(mem1, disk1);
	undo_all(f, 5);
	char *mem2 = picture(f, f->w, 3);
	assert_string_equal(mem2, mem0);
	free(mem0), free(mem1), free(disk1), free(mem2);
}

static void test_import_names(void **state)
{
	struct fx *f = *state;
	struct wp_err e = { 0 };
	struct inventar_result r = { 0 };
	static const char csv[] =
		"Kennung;Typ;Name;Behörde;Übergeordnet\n"
		"N1;Register;Eins;  10   HAUPTAMT ;\n"
		"N2;Register;Zwei;Bürgerbüro Nord;Fachbereich Neu\n"
		"N3;Register;Drei;bürgerbüro  nord;FACHBEREICH NEU\n"
		"N4;Register;Vier;Bürgerbüro-Nord;\n"
		"N5;Register;Fünf;10 Hauptamt;fb 1 zentrale dienste\n";
	size_t nb = f->w->n_beh;
	assert_int_equal(inventar_read(f->w, "t.csv", csv, sizeof csv - 1, NULL, &r, &e), 0);
	assert_int_equal(r.n_new, 5);
	assert_int_equal(r.n_beh_new, 3);
	assert_int_equal(f->w->n_beh, nb + 3);
	uint32_t h = beh(f, "10 Hauptamt"), bn = beh(f, "Bürgerbüro Nord");
	assert_int_equal(f->w->obj[ws_find_objekt(f->w, "N1")].behoerde, h);
	assert_int_equal(f->w->obj[ws_find_objekt(f->w, "N3")].behoerde, bn);
	assert_int_equal(f->w->beh[bn].parent, beh(f, "Fachbereich Neu"));
	assert_int_equal(r.n_beh_near, 1);
	assert_string_equal(f->w->beh[r.beh_near[0][0]].name, "Bürgerbüro-Nord");
	assert_string_equal(f->w->beh[r.beh_near[0][1]].name, "Bürgerbüro Nord");
	inventar_result_free(&r);
	/* an existing Behörde under another parent: refused at the cell */
	static const char bad[] = "Kennung;Typ;Name;Behörde;uebergeordnet\n"
				  "N6;Register;Sechs;10 Hauptamt;FB 2 Finanzen\n"
				  "N7;Register;Sieben;Selbst;selbst\n";
	assert_int_equal(inventar_read(f->w, "b.csv", bad, sizeof bad - 1, NULL, &r, &e), -WP_EINVAL);
	assert_int_equal(r.n_errors, 2);
	assert_non_null(strstr(r.errors[0].msg, "b.csv:2:5: Feld \"Übergeordnet\": die Behörde "
						"\"10 Hauptamt\" steht unter \"FB 1 Zentrale Dienste\""));
	assert_non_null(strstr(r.errors[1].msg, "b.csv:3:5:"));
	inventar_result_free(&r);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_names),
		cmocka_unit_test_setup_teardown(test_merge_undo_exact, setup, teardown),
		cmocka_unit_test_setup_teardown(test_rename_move_remove, setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_names, setup, teardown),
	};
	return cmocka_run_group_tests_name("edit_behoerde", tests, NULL, NULL);
}
