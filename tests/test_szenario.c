/* Tests of scenarios in the store (docs/szenarien.md): a fresh workspace has Basis, active;
 * switching moves settings, platform profiles and object overrides and keeps shared facts;
 * a platform added in one scenario keeps its profile in the others; deleting a platform or
 * an object removes it from every snapshot (the Zielplattform override falls back to the
 * recommendation); reading another scenario leaves the file byte-identical and gives the
 * figures of that scenario; a view of a scenario, a view sharing the connection and the
 * assumptions read again after a switch equal a full load after the switch, and views
 * refuse writes; undoing the deletion of an object or a platform brings back its rows in
 * the inactive scenarios; bad names and deletes refused with nothing changed. */
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

#include "data/edit.h"
#include "data/edit_platform.h"
#include "data/seed.h"
#include "data/store.h"
#include "data/store_plan.h"
#include "data/store_priv.h"
#include "data/szenario.h"
#include "data/szenario_zahlen.h"
#include "model/fields.h"

struct fx {
	struct store *s;
	struct ws *w;
	char path[64];
};

static int setup(void **state)
{
	struct fx *f = calloc(1, sizeof *f);
	struct wp_err e = { 0 };
	if (!f)
		return -1;
	snprintf(f->path, sizeof f->path, "/tmp/wp-sz-%ld.db", (long)getpid());
	unlink(f->path);
	if (store_open(f->path, STORE_CREATE, &f->s, &e) || seed_workspace(f->s, 1, &e) ||
	    store_load(f->s, &f->w, &e))
		return -1;
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fx *f = *state;
	ws_free(&f->w);
	store_close(&f->s);
	char p[80];
	unlink(f->path);
	snprintf(p, sizeof p, "%s-wal", f->path);
	unlink(p);
	snprintf(p, sizeof p, "%s-shm", f->path);
	unlink(p);
	free(f);
	return 0;
}

static void reload(struct fx *f)
{
	struct wp_err e = { 0 };
	ws_free(&f->w);
	assert_int_equal(store_load(f->s, &f->w, &e), 0);
}

static int tx_save_obj(void *ctx, struct store *s, struct wp_err *e)
{
	struct ws *w = ctx;
	return store_save_objekt(s, w, ws_find_objekt(w, "ANW-EAKTE"), e);
}

static int tx_save_settings(void *ctx, struct store *s, struct wp_err *e)
{
	return store_save_settings(s, ctx, e);
}

static int tx_save_last_pf(void *ctx, struct store *s, struct wp_err *e)
{
	struct ws *w = ctx;
	return store_save_plattform(s, w, (uint32_t)w->n_pf - 1, e);
}

static int64_t del_id;
static int tx_delete_pf(void *ctx, struct store *s, struct wp_err *e)
{
	(void)ctx;
	return store_delete_plattform(s, del_id, e);
}

/* Rows of table sql's count query on the file, read with a connection of its own. */
static long count(const struct fx *f, const char *sql)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;
	long n = -1;
	assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return n;
}

static void test_fresh(void **state)
{
	struct fx *f = *state;
	assert_string_equal(f->w->szenario, "Basis");
	assert_int_equal(f->w->n_szenarien, 1);
	struct szenario *l;
	size_t n;
	struct wp_err e = { 0 };
	assert_int_equal(szenario_list(f->s, &l, &n, &e), 0);
	assert_int_equal(n, 1);
	assert_true(l[0].aktiv);
	szenario_list_free(l, n);
}

static void test_switch(void **state)
{
	struct fx *f = *state;
	struct wp_err e = { 0 };
	double kap = f->w->set.v[SET_SCHWELLE_BEREIT];
	assert_int_equal(szenario_create(f->s, "B", NULL, &e), 0);
	assert_int_equal(szenario_use(f->s, "b", &e), 0);
	reload(f);
	assert_string_equal(f->w->szenario, "B");
	/* in B: a setting, an override, a Zielplattform and a fact */
	f->w->set.v[SET_SCHWELLE_BEREIT] = kap - 5;
	assert_int_equal(store_tx(f->s, tx_save_settings, f->w, &e), 0);
	uint32_t o = ws_find_objekt(f->w, "ANW-EAKTE");
	assert_int_equal(objekt_set(f->w, o, F_ZIELPLATTFORM, "land-oss", &e), 0);
	assert_int_equal(objekt_set(f->w, o, F_STRATEGIE, "Rehost", &e), 0);
	assert_int_equal(objekt_set(f->w, o, F_NAME, "E-Akte neu", &e), 0);
	assert_int_equal(store_tx(f->s, tx_save_obj, f->w, &e), 0);
	/* a platform added in B */
	uint32_t p = ws_add_plattform(f->w, ws_str(f->w, "NEU"));
	f->w->pf[p].rang = 9;
	f->w->pf[p].name = ws_str(f->w, "Neue Plattform");
	assert_int_equal(store_tx(f->s, tx_save_last_pf, f->w, &e), 0);

	assert_int_equal(szenario_use(f->s, "basis", &e), 0);
	reload(f);
	o = ws_find_objekt(f->w, "ANW-EAKTE");
	assert_true(f->w->set.v[SET_SCHWELLE_BEREIT] == kap);
	assert_int_equal(f->w->obj[o].ziel_pf, 0);
	assert_int_equal(f->w->obj[o].strategie, STRAT_NONE);
	assert_string_equal(f->w->obj[o].name, "E-Akte neu"); /* facts are shared */
	p = ws_find_plattform(f->w, "NEU");
	assert_int_not_equal(p, WP_NONE);
	assert_int_equal(f->w->pf[p].rang, 9); /* its profile as it was created */

	/* back in B: its assumptions as they were */
	assert_int_equal(szenario_use(f->s, "B", &e), 0);
	reload(f);
	o = ws_find_objekt(f->w, "ANW-EAKTE");
	assert_true(f->w->set.v[SET_SCHWELLE_BEREIT] == kap - 5);
	assert_int_equal(f->w->obj[o].ziel_pf, f->w->pf[ws_find_plattform(f->w, "LAND-OSS")].id);
	assert_int_equal(f->w->obj[o].strategie, STRAT_REHOST);
	/* the store goes on with the foreign-key checks on */
	sqlite3_stmt *fk = NULL;
	assert_int_equal(sqlite3_prepare_v2(f->s->db, "PRAGMA foreign_keys", -1, &fk, NULL),
			 SQLITE_OK);
	assert_int_equal(sqlite3_step(fk), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(fk, 0), 1);
	sqlite3_finalize(fk);
	/* the active scenario keeps no snapshot of its own */
	assert_int_equal(count(f, "SELECT count(*) FROM sz_einstellung s JOIN szenario z "
				  "ON z.id = s.szenario_id WHERE z.aktiv = 1"), 0);
}

static uint32_t save_pf;
static int tx_save_pf(void *ctx, struct store *s, struct wp_err *e)
{
	return store_save_plattform(s, ctx, save_pf, e);
}

static int tx_kap(void *ctx, struct store *s, struct wp_err *e)
{
	return store_kapazitaet(s, ctx, 24337, 24339, 30, e); /* 2028-02 .. 2028-04 */
}

/* Every assumption a scenario holds is the same in a and b. */
static void gleich(const struct ws *a, const struct ws *b)
{
	assert_string_equal(a->szenario, b->szenario);
	for (int i = 0; i < SET__N; i++) {
		assert_true(a->set.v[i] == b->set.v[i]);
		assert_string_equal(a->set_annahme[i] ? a->set_annahme[i] : "-",
				    b->set_annahme[i] ? b->set_annahme[i] : "-");
	}
	assert_int_equal(a->n_kap, b->n_kap);
	for (size_t i = 0; i < a->n_kap; i++) {
		assert_int_equal(a->kap[i].monat, b->kap[i].monat);
		assert_int_equal(a->kap[i].kap, b->kap[i].kap);
	}
	assert_int_equal(a->n_pf, b->n_pf);
	assert_int_equal(a->n_rl, b->n_rl);
	for (size_t p = 0; p < a->n_pf; p++) {
		assert_int_equal(a->pf[p].rang, b->pf[p].rang);
		assert_int_equal(a->pf[p].vs_nfd, b->pf[p].vs_nfd);
		assert_int_equal(a->pf[p].kostenfaktor, b->pf[p].kostenfaktor);
		assert_int_equal(a->pf[p].beispiel, b->pf[p].beispiel);
		for (size_t r = 0; r < a->n_rl; r++) {
			assert_int_equal(a->rl_val[p * a->n_rl + r], b->rl_val[p * b->n_rl + r]);
			assert_string_equal(a->rl_quelle[p * a->n_rl + r], b->rl_quelle[p * b->n_rl + r]);
		}
	}
	assert_int_equal(a->n_obj, b->n_obj);
	for (size_t i = 0; i < a->n_obj; i++) {
		const struct objekt *x = &a->obj[i], *y = &b->obj[i];
		assert_int_equal(x->strategie, y->strategie);
		assert_true(x->aufwand == y->aufwand);
		assert_int_equal(x->max_pt_monat, y->max_pt_monat);
		assert_int_equal(x->pin_monat, y->pin_monat);
		assert_int_equal(x->ziel_pf, y->ziel_pf);
	}
}

static void test_views_alike(void **state)
{
	struct fx *f = *state;
	struct wp_err e = { 0 };
	assert_int_equal(szenario_create(f->s, "B", NULL, &e), 0);
	assert_int_equal(szenario_use(f->s, "B", &e), 0);
	reload(f);
	f->w->set.v[SET_SCHWELLE_BEREIT] -= 5;
	f->w->set_annahme[SET_SCHWELLE_BEREIT] = ws_str(f->w, "im Workshop");
	assert_int_equal(store_tx(f->s, tx_save_settings, f->w, &e), 0);
	assert_int_equal(store_tx(f->s, tx_kap, f->w, &e), 0);
	uint32_t o = ws_find_objekt(f->w, "ANW-EAKTE");
	assert_int_equal(objekt_set(f->w, o, F_ZIELPLATTFORM, "land-oss", &e), 0);
	assert_int_equal(objekt_set(f->w, o, F_AUFWAND, "12", &e), 0);
	assert_int_equal(store_tx(f->s, tx_save_obj, f->w, &e), 0);
	uint32_t p = ws_find_plattform(f->w, "LAND-OSS");
	f->w->pf[p].kostenfaktor = 12500;
	f->w->rl_val[p * f->w->n_rl] = RL_NICHT;
	f->w->rl_quelle[p * f->w->n_rl] = ws_str(f->w, "Annahme");
	save_pf = p;
	assert_int_equal(store_tx(f->s, tx_save_pf, f->w, &e), 0);
	assert_int_equal(szenario_use(f->s, "Basis", &e), 0);

	/* the full load after a switch: the reference */
	struct store *s2 = NULL;
	struct ws *voll = NULL, *sicht = NULL, *kopie = NULL;
	assert_int_equal(store_open(f->path, STORE_EXISTING, &s2, &e), 0);
	assert_int_equal(szenario_use(s2, "B", &e), 0);
	assert_int_equal(store_load(s2, &voll, &e), 0);
	assert_string_equal(voll->szenario, "B");
	assert_int_equal(voll->obj[o].ziel_pf, voll->pf[p].id);
	assert_int_equal(voll->pf[p].kostenfaktor, 12500);
	assert_int_equal(szenario_use(s2, "Basis", &e), 0);
	store_close(&s2);

	assert_int_equal(szenario_open(f->path, "b", &s2, &e), 0);
	assert_int_equal(store_load(s2, &sicht, &e), 0);
	gleich(sicht, voll);
	assert_int_equal(store_begin(s2, &e), -WP_EINVAL);
	store_close(&s2);

	assert_int_equal(szenario_copy(f->s, "B", &s2, &e), 0);
	assert_int_equal(store_load(s2, &kopie, &e), 0);
	gleich(kopie, voll);
	assert_int_equal(store_begin(s2, &e), -WP_EINVAL);
	store_close(&s2);

	/* the dashboard's switch: only the assumptions read again */
	reload(f); /* the dashboard's workspace, loaded under Basis (after s2 wrote) */
	assert_int_equal(szenario_use(f->s, "B", &e), 0);
	assert_int_equal(store_reload_annahmen(f->s, f->w, &e), 0);
	gleich(f->w, voll);
	ws_free(&voll);
	ws_free(&sicht);
	ws_free(&kopie);
}

static struct zeitplan *plan_z;
static int tx_plan(void *ctx, struct store *s, struct wp_err *e)
{
	return store_save_zeitplan(s, ctx, plan_z, e);
}

/* Rows of B for the object (platform) with store id: the count of sql with ?1 = id. */
static long zeilen(const struct fx *f, const char *sql, int64_t id)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;
	long n = -1;
	assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return n;
}

#define B_ "szenario_id = (SELECT id FROM szenario WHERE name = 'B')"

static void test_undo_others(void **state)
{
	struct fx *f = *state;
	struct wp_err e = { 0 };
	struct assessment *a = NULL;
	struct zeitplan_params prm;
	assert_int_equal(assess_run(f->w, &a), 0);
	zeitplan_params_default(f->w, 20000, &prm);
	assert_int_equal(zeitplan_run(f->w, a, &prm, &plan_z), 0);
	assert_int_equal(store_tx(f->s, tx_plan, f->w, &e), 0);
	zeitplan_free(&plan_z);
	assessment_free(&a);
	assert_int_equal(szenario_create(f->s, "B", NULL, &e), 0);
	assert_int_equal(szenario_use(f->s, "B", &e), 0);
	reload(f);
	uint32_t o = ws_find_objekt(f->w, "ANW-EAKTE");
	assert_int_equal(objekt_set(f->w, o, F_ZIELPLATTFORM, "land-oss", &e), 0);
	assert_int_equal(store_tx(f->s, tx_save_obj, f->w, &e), 0);
	save_pf = ws_find_plattform(f->w, "LAND-OSS");
	f->w->pf[save_pf].kostenfaktor = 12500;
	assert_int_equal(store_tx(f->s, tx_save_pf, f->w, &e), 0);
	assert_int_equal(szenario_use(f->s, "Basis", &e), 0);
	reload(f);

	o = ws_find_objekt(f->w, "ANW-EAKTE");
	int64_t id = f->w->obj[o].id;
	long n_zo = zeilen(f, "SELECT count(*) FROM zeitplan_objekt WHERE objekt_id = ?1 AND " B_, id);
	long n_pt = zeilen(f, "SELECT count(*) FROM zeitplan_pt WHERE objekt_id = ?1 AND " B_, id);
	assert_int_equal(n_zo, 1);
	assert_true(n_pt > 0);
	assert_int_equal(zeilen(f, "SELECT count(*) FROM sz_objekt WHERE objekt_id = ?1 AND " B_, id),
			 1);
	struct edit_log *log = edit_log_new();
	assert_non_null(log);
	char what[256];
	uint32_t back;
	assert_int_equal(edit_delete_objekt(log, f->s, f->w, o, &e), 0);
	assert_int_equal(zeilen(f, "SELECT count(*) FROM zeitplan_objekt WHERE objekt_id = ?1", id),
			 0);
	assert_int_equal(edit_undo(log, f->s, f->w, &back, what, sizeof what, &e), 0);
	id = f->w->obj[back].id;
	assert_int_equal(zeilen(f, "SELECT count(*) FROM zeitplan_objekt WHERE objekt_id = ?1 AND " B_,
				id), n_zo);
	assert_int_equal(zeilen(f, "SELECT count(*) FROM zeitplan_pt WHERE objekt_id = ?1 AND " B_,
				id), n_pt);
	int64_t pf_id = f->w->pf[ws_find_plattform(f->w, "LAND-OSS")].id;
	assert_int_equal(zeilen(f, "SELECT zielplattform FROM sz_objekt WHERE objekt_id = ?1 AND " B_,
				id), pf_id);

	/* the platform: B's profile and B's Zielplattform override come back */
	assert_int_equal(edit_pf_delete(log, f->s, f->w, ws_find_plattform(f->w, "LAND-OSS"), &e), 0);
	assert_int_equal(zeilen(f, "SELECT count(*) FROM sz_objekt WHERE zielplattform IS NOT NULL "
				   "AND objekt_id = ?1", id), 0);
	assert_int_equal(edit_undo(log, f->s, f->w, &back, what, sizeof what, &e), 0);
	pf_id = f->w->pf[ws_find_plattform(f->w, "LAND-OSS")].id;
	assert_int_equal(zeilen(f, "SELECT kostenfaktor FROM sz_plattform WHERE plattform_id = ?1 "
				   "AND " B_, pf_id), 12500);
	assert_true(zeilen(f, "SELECT count(*) FROM sz_plattform_rl WHERE plattform_id = ?1 AND " B_,
			   pf_id) > 0);
	assert_int_equal(zeilen(f, "SELECT zielplattform FROM sz_objekt WHERE objekt_id = ?1 AND " B_,
				id), pf_id);
	edit_log_free(&log);

	/* and B reads as before: the override on the platform restored */
	struct store *s2 = NULL;
	struct ws *wb = NULL;
	assert_int_equal(szenario_open(f->path, "B", &s2, &e), 0);
	assert_int_equal(store_load(s2, &wb, &e), 0);
	uint32_t ob = ws_find_objekt(wb, "ANW-EAKTE"), pb = ws_find_plattform(wb, "LAND-OSS");
	assert_int_equal(wb->obj[ob].ziel_pf, wb->pf[pb].id);
	assert_int_equal(wb->pf[pb].kostenfaktor, 12500);
	ws_free(&wb);
	store_close(&s2);
}

static void test_platform_deleted(void **state)
{
	struct fx *f = *state;
	struct wp_err e = { 0 };
	uint32_t o = ws_find_objekt(f->w, "ANW-EAKTE");
	uint32_t p = ws_find_plattform(f->w, "LAND-OSS");
	assert_int_equal(objekt_set(f->w, o, F_ZIELPLATTFORM, "LAND-OSS", &e), 0);
	assert_int_equal(store_tx(f->s, tx_save_obj, f->w, &e), 0);
	assert_int_equal(szenario_create(f->s, "B", NULL, &e), 0);
	assert_int_equal(count(f, "SELECT count(*) FROM sz_objekt WHERE zielplattform IS NOT NULL"),
			 1);
	del_id = f->w->pf[p].id;
	assert_int_equal(store_tx(f->s, tx_delete_pf, NULL, &e), 0);
	assert_int_equal(count(f, "SELECT count(*) FROM sz_plattform p LEFT JOIN plattform q "
				  "ON q.id = p.plattform_id WHERE q.id IS NULL"), 0);
	assert_int_equal(count(f, "SELECT count(*) FROM sz_objekt WHERE zielplattform IS NOT NULL"),
			 0);
	assert_int_equal(szenario_use(f->s, "B", &e), 0);
	reload(f);
	assert_int_equal(f->w->obj[ws_find_objekt(f->w, "ANW-EAKTE")].ziel_pf, 0);
}

/* The file's bytes (workspace and its WAL) as one malloc'd buffer of *n bytes. */
static char *file_bytes(const char *path, size_t *n)
{
	char p[80], *buf = NULL;
	*n = 0;
	for (int k = 0; k < 2; k++) {
		snprintf(p, sizeof p, k ? "%s-wal" : "%s", path);
		FILE *fp = fopen(p, "rb");
		if (!fp)
			continue;
		char chunk[65536];
		size_t r;
		while ((r = fread(chunk, 1, sizeof chunk, fp)) > 0) {
			buf = realloc(buf, *n + r);
			assert_non_null(buf);
			memcpy(buf + *n, chunk, r);
			*n += r;
		}
		fclose(fp);
	}
	return buf;
}

static void test_read_other(void **state)
{
	struct fx *f = *state;
	struct wp_err e = { 0 };
	assert_int_equal(szenario_create(f->s, "Ohne Plan", NULL, &e), 0);
	size_t n0, n1;
	char *b0 = file_bytes(f->path, &n0);
	struct sz_stand a, b;
	assert_int_equal(sz_stand_laden(f->path, "Basis", 20000, &a, &e), 0);
	assert_int_equal(sz_stand_laden(f->path, "ohne plan", 20000, &b, &e), 0);
	assert_string_equal(b.w->szenario, "Ohne Plan");
	struct sz_zahlen za, zb;
	sz_zahlen(&a, &za);
	sz_zahlen(&b, &zb);
	assert_int_equal(za.geplant, zb.geplant); /* a copy plans alike */
	assert_true(za.kosten == zb.kosten);
	assert_int_equal(sz_diff_objekt(&a, &b, 0, 1, NULL, NULL), 0);
	sz_stand_free(&a);
	sz_stand_free(&b);
	assert_int_equal(sz_stand_laden(f->path, "Nix", 20000, &a, &e), -WP_ENOTFOUND);
	char *b1 = file_bytes(f->path, &n1);
	assert_int_equal(n0, n1);
	assert_memory_equal(b0, b1, n0);
	free(b0);
	free(b1);
}

static void test_refused(void **state)
{
	struct fx *f = *state;
	struct wp_err e = { 0 };
	assert_int_equal(szenario_delete(f->s, "Basis", &e), -WP_EINVAL); /* the last one */
	assert_int_equal(szenario_create(f->s, "Ärger", NULL, &e), 0);
	assert_int_equal(szenario_create(f->s, "ärger", NULL, &e), -WP_EEXIST);
	assert_int_equal(szenario_create(f->s, "", NULL, &e), -WP_EINVAL);
	assert_int_equal(szenario_create(f->s, "a\nb", NULL, &e), -WP_EINVAL);
	assert_int_equal(szenario_create(f->s, "C", "Nix", &e), -WP_ENOTFOUND);
	assert_int_equal(szenario_rename(f->s, "ÄRGER", "basis", &e), -WP_EEXIST);
	assert_int_equal(szenario_delete(f->s, "basis", &e), -WP_EINVAL); /* the active one */
	assert_int_equal(szenario_use(f->s, "Nix", &e), -WP_ENOTFOUND);
	assert_int_equal(count(f, "SELECT count(*) FROM szenario"), 2);
	assert_int_equal(szenario_rename(f->s, "ÄRGER", "Ärger 2", &e), 0);
	assert_int_equal(szenario_delete(f->s, "ärger 2", &e), 0);
	assert_int_equal(count(f, "SELECT count(*) FROM szenario"), 1);
	assert_int_equal(count(f, "SELECT count(*) FROM sz_einstellung"), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_fresh, setup, teardown),
		cmocka_unit_test_setup_teardown(test_switch, setup, teardown),
		cmocka_unit_test_setup_teardown(test_views_alike, setup, teardown),
		cmocka_unit_test_setup_teardown(test_undo_others, setup, teardown),
		cmocka_unit_test_setup_teardown(test_platform_deleted, setup, teardown),
		cmocka_unit_test_setup_teardown(test_read_other, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refused, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
