/* Tests of the decision log (docs/beschluesse.md): a round trip through the store with
 * objects, pilots and waves; bad input refused with nothing stored; a deleted object or
 * pilot leaves the decision whole with its Kennung or name; add and remove undone and
 * redone through the journal, the export byte for byte as before; a version-4 workspace
 * upgraded with its data kept. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "data/csvwrite.h"
#include "data/edit.h"
#include "data/edit_beschluss.h"
#include "data/export.h"
#include "data/export_beschluss.h"
#include "data/schema.h"
#include "data/seed.h"
#include "data/store.h"
#include "data/store_beschluss.h"
#include "data/store_pilot.h"
#include "model/date.h"

struct fx {
	struct store *s;
	struct ws *w;
	struct edit_log *l;
	char path[64];
};

static int setup(void **state)
{
	struct fx *f = calloc(1, sizeof *f);
	struct wp_err e = { 0 };
	setenv("TZ", "UTC", 1);
	if (!f || store_open(":memory:", STORE_CREATE, &f->s, &e) || seed_workspace(f->s, 1, &e) ||
	    store_load(f->s, &f->w, &e) || !(f->l = edit_log_new()))
		return -1;
	snprintf(f->path, sizeof f->path, "/tmp/wp-bes-%ld.csv", (long)getpid());
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fx *f = *state;
	unlink(f->path);
	edit_log_free(&f->l);
	ws_free(&f->w);
	store_close(&f->s);
	free(f);
	return 0;
}

static int write_bes(void *ctx, struct csvout *o)
{
	return export_beschluesse(ctx, o);
}

/* The Beschlüsse export (rfc4180) of w as a malloc'd string. */
static char *export_of(struct fx *f, const struct ws *w)
{
	struct wp_err e = { 0 };
	struct export_count rows;
	assert_int_equal(export_write_file(f->path, DIALECT_RFC4180, write_bes, (void *)w, &rows,
					   &e), 0);
	FILE *fp = fopen(f->path, "rb");
	assert_non_null(fp);
	char *buf = calloc(1, 1 << 16);
	assert_non_null(buf);
	size_t n = fread(buf, 1, (1 << 16) - 1, fp);
	fclose(fp);
	buf[n] = '\0';
	return buf;
}

/* The workspace as stored now (a fresh load), owned by the caller. */
static struct ws *reload(struct fx *f)
{
	struct ws *w = NULL;
	struct wp_err e = { 0 };
	assert_int_equal(store_load(f->s, &w, &e), 0);
	return w;
}

static const char *const objs2[] = { "anw-eakte", "ANW-INTRANET" };
static const char *const pil1[] = { "anwohnerparken" };
static const long wel2[] = { 2, 1 };

static void test_round_trip(void **state)
{
	struct fx *f = *state;
	struct wp_err e = { 0 };
	struct beschluss b;
	uint32_t i;
	struct beschluss_eingabe in = { "14.03.2027", "Digitalausschuss", "Meldewesen zuerst",
					"basis", objs2, 2, pil1, 1, wel2, 2, 1800000000 };
	assert_int_equal(beschluss_bauen(f->w, &in, &b, NULL, &e), 0);
	assert_int_equal(store_beschluss_add(f->s, f->w, &b, &i, &e), 0);
	beschluss_free_links(&b, 1);
	/* an earlier decision recorded later comes first */
	struct beschluss_eingabe in2 = { "2027-01-10", "Rat", "Start", NULL, NULL, 0, NULL, 0,
					 NULL, 0, 1800000100 };
	assert_int_equal(beschluss_bauen(f->w, &in2, &b, NULL, &e), 0);
	assert_int_equal(store_beschluss_add(f->s, f->w, &b, &i, &e), 0);
	beschluss_free_links(&b, 1);
	assert_int_equal(i, 0);
	struct ws *w = reload(f);
	assert_int_equal(w->n_bes, 2);
	const struct beschluss *x = &w->bes[1];
	char d[16], t[256];
	assert_string_equal(date_format(x->datum, 0, d, sizeof d), "2027-03-14");
	assert_string_equal(x->gremium, "Digitalausschuss");
	assert_string_equal(x->text, "Meldewesen zuerst");
	assert_string_equal(x->szenario, "Basis");
	assert_int_equal(x->erstellt, 1800000000);
	beschluss_links_text(w, x, BL_OBJEKT, t, sizeof t);
	assert_string_equal(t, "ANW-EAKTE, ANW-INTRANET");
	beschluss_links_text(w, x, BL_PILOT, t, sizeof t);
	assert_string_equal(t, "Anwohnerparken");
	beschluss_links_text(w, x, BL_WELLE, t, sizeof t);
	assert_string_equal(t, "1, 2");
	assert_string_equal(w->bes[0].szenario, "");
	char *a = export_of(f, f->w), *c = export_of(f, w);
	assert_string_equal(a, c);
	assert_non_null(strstr(a, "Nr,Datum,Gremium,Beschluss,Szenario,Objekte,Piloten,Wellen,"
				  "Erfasst\r\n1,2027-01-10,Rat,Start,,,,,2027-01-15 08:01\r\n"
				  "2,2027-03-14,Digitalausschuss,Meldewesen zuerst,Basis,"
				  "\"ANW-EAKTE, ANW-INTRANET\",Anwohnerparken,\"1, 2\","
				  "2027-01-15 08:00\r\n"));
	free(a);
	free(c);
	ws_free(&w);
}

static void test_refused(void **state)
{
	struct fx *f = *state;
	struct wp_err e = { 0 };
	struct beschluss b;
	int bad;
	static const char *const nix[] = { "ANW-EAKTE", "NIX-001" };
	static const char *const nop[] = { "Gibtsnicht" };
	static const long w0[] = { 0 };
	const struct {
		struct beschluss_eingabe in;
		int bad;
		const char *msg;
	} cases[] = {
		{ { "31.02.2027", "Rat", "x", NULL, NULL, 0, NULL, 0, NULL, 0, 1 }, BA_DATUM,
		  "TT.MM.JJJJ" },
		{ { "", "Rat", "x", NULL, NULL, 0, NULL, 0, NULL, 0, 1 }, BA_DATUM, "Datum" },
		{ { "01.02.2027", " ", "x", NULL, NULL, 0, NULL, 0, NULL, 0, 1 }, BA_GREMIUM,
		  "Gremium" },
		{ { "01.02.2027", "Rat", "a\tb", NULL, NULL, 0, NULL, 0, NULL, 0, 1 }, BA_TEXT,
		  "Steuerzeichen" },
		{ { "01.02.2027", "Rat", "x", "Plan B", NULL, 0, NULL, 0, NULL, 0, 1 }, BA_SZENARIO,
		  "Plan B" },
		{ { "01.02.2027", "Rat", "x", NULL, nix, 2, NULL, 0, NULL, 0, 1 }, BA_OBJEKT,
		  "NIX-001" },
		{ { "01.02.2027", "Rat", "x", NULL, NULL, 0, nop, 1, NULL, 0, 1 }, BA_PILOT,
		  "Gibtsnicht" },
		{ { "01.02.2027", "Rat", "x", NULL, NULL, 0, NULL, 0, w0, 1, 1 }, BA_WELLE, "1 bis" },
	};
	for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
		assert_int_not_equal(edit_beschluss_add(f->l, f->s, f->w, &cases[k].in, NULL, &bad,
							&e), 0);
		assert_int_equal(bad, cases[k].bad);
		if (!strstr(e.msg, cases[k].msg))
			fail_msg("case %zu: %s", k, e.msg);
		assert_int_not_equal(beschluss_bauen(f->w, &cases[k].in, &b, NULL, &e), 0);
	}
	assert_int_equal(f->w->n_bes, 0);
	assert_int_equal(edit_can_undo(f->l), 0);
	struct ws *w = reload(f);
	assert_int_equal(w->n_bes, 0);
	ws_free(&w);
}

static void test_deleted_object_and_pilot(void **state)
{
	struct fx *f = *state;
	struct wp_err e = { 0 };
	struct beschluss_eingabe in = { "14.03.2027", "Rat", "Beides", NULL, objs2, 2, pil1, 1,
					NULL, 0, 1800000000 };
	assert_int_equal(edit_beschluss_add(NULL, f->s, f->w, &in, NULL, NULL, &e), 0);
	uint32_t o = ws_find_objekt(f->w, "ANW-EAKTE");
	int64_t oid = f->w->obj[o].id;
	assert_true(beschluss_nennt(&f->w->bes[0], BL_OBJEKT, oid));
	assert_int_equal(edit_delete_objekt(f->l, f->s, f->w, o, &e), 0);
	uint32_t pi = pilot_find(f->w, "Anwohnerparken");
	assert_int_equal(store_begin(f->s, &e), 0);
	assert_int_equal(store_pilot_delete(f->s, f->w, pi, &e), 0);
	assert_int_equal(store_commit(f->s, &e), 0);
	/* in memory and as stored: the decision is whole, the names marked deleted */
	char t[256];
	for (int pass = 0; pass < 2; pass++) {
		struct ws *w = pass ? reload(f) : f->w;
		assert_int_equal(w->n_bes, 1);
		assert_string_equal(w->bes[0].text, "Beides");
		beschluss_links_text(w, &w->bes[0], BL_OBJEKT, t, sizeof t);
		assert_string_equal(t, "ANW-EAKTE (gelöscht), ANW-INTRANET");
		beschluss_links_text(w, &w->bes[0], BL_PILOT, t, sizeof t);
		assert_string_equal(t, "Anwohnerparken (gelöscht)");
		uint32_t one;
		assert_false(beschluss_ein_objekt(w, &w->bes[0], &one));
		if (pass)
			ws_free(&w);
	}
	struct wp_err ce = { 0 };
	assert_int_equal(store_check(f->s, NULL, NULL, &ce), 0);
}

static void test_undo_redo(void **state)
{
	struct fx *f = *state;
	struct wp_err e = { 0 };
	uint32_t i;
	struct beschluss_eingabe in = { "14.03.2027", "Rat", "Eins", NULL, objs2, 1, NULL, 0,
					wel2, 1, 1800000000 };
	struct beschluss_eingabe in2 = { "15.03.2027", "Rat", "Zwei", NULL, NULL, 0, pil1, 1,
					 NULL, 0, 1800000001 };
	assert_int_equal(edit_beschluss_add(f->l, f->s, f->w, &in, &i, NULL, &e), 0);
	assert_int_equal(edit_beschluss_add(f->l, f->s, f->w, &in2, &i, NULL, &e), 0);
	char *two = export_of(f, f->w);
	int64_t id0 = f->w->bes[0].id;
	/* remove the first, undo it: back with its id, erstellt and links */
	assert_int_equal(edit_beschluss_remove(f->l, f->s, f->w, 0, &e), 0);
	struct ws *w = reload(f);
	assert_int_equal(w->n_bes, 1);
	assert_string_equal(w->bes[0].text, "Zwei");
	ws_free(&w);
	char what[256];
	uint32_t obj;
	assert_int_equal(edit_undo(f->l, f->s, f->w, &obj, what, sizeof what, &e), 0);
	assert_non_null(strstr(what, "wiederhergestellt"));
	w = reload(f);
	char *back = export_of(f, w);
	assert_string_equal(two, back);
	assert_int_equal(w->bes[0].id, id0);
	ws_free(&w);
	free(back);
	/* undo both adds: the log is empty; redo them: as before */
	assert_int_equal(edit_undo(f->l, f->s, f->w, &obj, what, sizeof what, &e), 0);
	assert_int_equal(edit_undo(f->l, f->s, f->w, &obj, what, sizeof what, &e), 0);
	assert_non_null(strstr(what, "entfernt"));
	w = reload(f);
	assert_int_equal(w->n_bes, 0);
	ws_free(&w);
	assert_int_equal(edit_redo(f->l, f->s, f->w, &obj, what, sizeof what, &e), 0);
	assert_int_equal(edit_redo(f->l, f->s, f->w, &obj, what, sizeof what, &e), 0);
	assert_non_null(strstr(what, "erfasst"));
	w = reload(f);
	back = export_of(f, w);
	assert_string_equal(two, back);
	ws_free(&w);
	free(back);
	free(two);
}

static void exec(sqlite3 *db, const char *sql)
{
	char *err = NULL;
	if (sqlite3_exec(db, sql, NULL, NULL, &err) != SQLITE_OK)
		fail_msg("%s: %s", sql, err);
}

/* A version-4 workspace (the migrations up to 4, one Behörde and one object) opens as
 * version 5 with its data kept and an empty log that takes a decision. */
static void test_upgrade_v4(void **state)
{
	(void)state;
	char path[64];
	sqlite3 *db = NULL;
	snprintf(path, sizeof path, "/tmp/wp-bes-v4-%ld.db", (long)getpid());
	unlink(path);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	exec(db, "BEGIN");
	for (int v = 0; v < 4; v++)
		for (const char *const *q = schema_migrations[v]; *q; q++)
			exec(db, *q);
	char sql[128];
	snprintf(sql, sizeof sql, "PRAGMA application_id=%d", WP_APPLICATION_ID);
	exec(db, sql);
	exec(db, "PRAGMA user_version=4");
	exec(db, "INSERT INTO behoerde (id, name) VALUES (1, 'Hauptamt')");
	exec(db, "INSERT INTO objekt (id, kennung, typ, name, behoerde_id) "
		 "VALUES (1, 'FV-1', 0, 'Meldewesen', 1)");
	exec(db, "COMMIT");
	sqlite3_close(db);
	struct store *s = NULL;
	struct ws *w = NULL;
	struct wp_err e = { 0 };
	assert_int_equal(store_open(path, STORE_EXISTING, &s, &e), 0);
	assert_int_equal(store_load(s, &w, &e), 0);
	assert_int_equal(w->n_obj, 1);
	assert_string_equal(w->obj[0].name, "Meldewesen");
	assert_int_equal(w->n_bes, 0);
	static const char *const o1[] = { "fv-1" };
	struct beschluss_eingabe in = { "01.02.2027", "Rat", "Ja", NULL, o1, 1, NULL, 0, NULL, 0,
					1 };
	assert_int_equal(edit_beschluss_add(NULL, s, w, &in, NULL, NULL, &e), 0);
	ws_free(&w);
	store_close(&s);
	assert_int_equal(store_open(path, STORE_EXISTING, &s, &e), 0);
	assert_int_equal(store_load(s, &w, &e), 0);
	assert_int_equal(w->n_bes, 1);
	assert_true(beschluss_nennt(&w->bes[0], BL_OBJEKT, w->obj[0].id));
	ws_free(&w);
	store_close(&s);
	unlink(path);
	strcat(path, "-wal");
	unlink(path);
	path[strlen(path) - 4] = '\0';
	strcat(path, "-shm");
	unlink(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_round_trip, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(test_deleted_object_and_pilot, setup, teardown),
		cmocka_unit_test_setup_teardown(test_undo_redo, setup, teardown),
		cmocka_unit_test(test_upgrade_v4),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
