/* Tests of the stored Zeitplan and of pilot editing as a user meets them: a plan saved and
 * loaded again is the same plan (parameters, every object's result and PT per month), a pin
 * or a capacity change re-plans it and undoes, a rolled-back plan leaves nothing, a v1
 * workspace is upgraded, and every pilot edit is persistent or refused with nothing
 * written. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "data/schema.h"
#include "data/seed.h"
#include "data/store.h"
#include "data/store_pilot.h"
#include "data/store_plan.h"
#include "data/store_priv.h"
#include "model/assess.h"
#include "model/date.h"
#include "data/edit_zeitplan.h"
#include "model/monat.h"
#include "model/ws.h"
#include "model/zeitplan.h"

/* ---- helpers ---- */

struct fx {
	struct store *s;
	struct ws *w;
	struct assessment *a;
};

static void reload(struct fx *f)
{
	struct wp_err e = { 0 };
	assessment_free(&f->a);
	ws_free(&f->w);
	if (store_load(f->s, &f->w, &e))
		fail_msg("store_load: %s", e.msg);
	assert_int_equal(assess_run(f->w, &f->a), 0);
}

static int setup(void **state)
{
	struct fx *f = calloc(1, sizeof *f);
	struct wp_err e = { 0 };
	if (!f || store_open(":memory:", STORE_CREATE, &f->s, &e) || seed_workspace(f->s, 1, &e))
		return -1;
	reload(f);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fx *f = *state;
	assessment_free(&f->a);
	ws_free(&f->w);
	store_close(&f->s);
	free(f);
	return 0;
}

static uint32_t obj(const struct fx *f, const char *k)
{
	uint32_t o = ws_find_objekt(f->w, k);
	if (o == WP_NONE)
		fail_msg("object %s missing", k);
	return o;
}

static struct zeitplan *run_plan(const struct fx *f, int jahr, int monat, int32_t kap)
{
	struct zeitplan_params p = { monat_von(jahr, monat), kap, 40, 3 };
	struct zeitplan *z = NULL;
	assert_int_equal(zeitplan_run(f->w, f->a, &p, &z), 0);
	return z;
}

static void save_plan(struct fx *f, const struct zeitplan *z)
{
	struct wp_err e = { 0 };
	assert_int_equal(edit_zeitplan_save(NULL, f->s, f->w, &f->a, z, &e), 0);
}

static struct zeitplan *load_plan(struct fx *f)
{
	struct zeitplan *z = NULL;
	struct wp_err e = { 0 };
	int rc = store_load_zeitplan(f->s, f->w, f->a, &z, &e);
	if (rc)
		fail_msg("store_load_zeitplan = %d: %s", rc, e.msg);
	return z;
}

/* The number of checker findings on z. */
static size_t findings(const struct zeitplan *z)
{
	struct sched_befund *v = NULL;
	size_t n = 0;
	assert_int_equal(sched_check(&z->in, z->plan, &v, &n), 0);
	free(v);
	return n;
}

static long count(struct fx *f, const char *sql)
{
	sqlite3_stmt *st = NULL;
	assert_int_equal(sqlite3_prepare_v2(f->s->db, sql, -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	long n = (long)sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

/* One write action in its own transaction: ACTION(f, call) begins, evaluates call (which
 * reports into e_), commits on 0 or rolls back, and yields call's result. */
static struct wp_err e_;

static int act_begin(struct fx *f)
{
	memset(&e_, 0, sizeof e_);
	return store_begin(f->s, &e_);
}

static int act_end(struct fx *f, int rc)
{
	if (!rc)
		rc = store_commit(f->s, &e_);
	else
		store_rollback(f->s);
	return rc;
}

#define ACTION(f, call) act_end((f), act_begin(f) ? -WP_EDB : (call))

/* ---- plan ---- */

static void test_no_plan(void **state)
{
	struct fx *f = *state;
	struct zeitplan *z = NULL;
	struct zeitplan_params p;
	struct wp_err e = { 0 };
	assert_int_equal(store_load_zeitplan(f->s, f->w, f->a, &z, &e), -WP_ENOTFOUND);
	assert_null(z);
	assert_non_null(strstr(e.msg, "noch kein Zeitplan"));
	assert_int_equal(store_zeitplan_params(f->s, &p, &e), 0);
}

/* A plan saved and loaded again is the same plan: parameters, per object its result and
 * its PT per month, the load per month, and it breaks no rule. */
static void test_round_trip(void **state)
{
	struct fx *f = *state;
	struct zeitplan *z = run_plan(f, 2027, 1, 160);
	save_plan(f, z);
	/* z borrows the Kennungen of the workspace that reload frees: its texts first */
	char (*t1)[512] = calloc(z->plan->n_obj ? z->plan->n_obj : 1, sizeof *t1);
	assert_non_null(t1);
	for (size_t o = 0; o < z->plan->n_obj; o++)
		zeitplan_warum_text(z, (uint32_t)o, t1[o], sizeof t1[o]);
	reload(f);
	struct zeitplan *q = load_plan(f);
	assert_memory_equal(&q->params, &z->params, sizeof z->params);
	assert_int_equal(q->plan->n_obj, z->plan->n_obj);
	assert_int_equal(q->plan->n_alloc, z->plan->n_alloc);
	for (size_t o = 0; o < z->plan->n_obj; o++) {
		const struct sched_obj_out *x = &z->plan->obj[o], *y = &q->plan->obj[o];
		assert_int_equal(x->grund, y->grund);
		assert_int_equal(x->flags, y->flags);
		assert_int_equal(x->beginn, y->beginn);
		assert_int_equal(x->ende, y->ende);
		assert_int_equal(x->rest, y->rest);
		assert_int_equal(x->grund_obj, y->grund_obj);
		assert_int_equal(x->hybrid_zu, y->hybrid_zu);
		assert_int_equal(x->warum.basis, y->warum.basis);
		assert_int_equal(x->warum.obj, y->warum.obj);
		assert_int_equal(x->gruppe_art, y->gruppe_art);
		assert_int_equal(x->alloc_n, y->alloc_n);
		assert_int_equal(zeitplan_welle(z, (uint32_t)o), zeitplan_welle(q, (uint32_t)o));
		char t2[512];
		zeitplan_warum_text(q, (uint32_t)o, t2, sizeof t2);
		assert_string_equal(t1[o], t2);
	}
	assert_memory_equal(q->plan->alloc, z->plan->alloc, z->plan->n_alloc * sizeof *z->plan->alloc);
	for (int32_t m = z->params.start; m <= zeitplan_letzter_monat(z); m++)
		assert_int_equal(zeitplan_last(q, m), zeitplan_last(z, m));
	assert_int_equal(findings(q), 0);
	free(t1);
	zeitplan_free(&z);
	zeitplan_free(&q);
}

static void test_rollback_leaves_nothing(void **state)
{
	struct fx *f = *state;
	struct zeitplan *z = run_plan(f, 2027, 1, 160);
	assert_int_equal(act_begin(f), 0);
	assert_int_equal(store_save_zeitplan(f->s, f->w, z, &e_), 0);
	store_rollback(f->s);
	assert_int_equal(count(f, "SELECT count(*) FROM zeitplan"), 0);
	assert_int_equal(count(f, "SELECT count(*) FROM zeitplan_pt"), 0);
	zeitplan_free(&z);
}

/* An object added after the plan is not in it: the checker names it. */
static void test_new_object_is_unplanned(void **state)
{
	struct fx *f = *state;
	struct zeitplan *z = run_plan(f, 2027, 1, 160);
	save_plan(f, z);
	zeitplan_free(&z);
	uint32_t o = ws_add_objekt(f->w, ws_str(f->w, "ANW-NEU"));
	f->w->obj[o].name = ws_str(f->w, "Neu");
	f->w->obj[o].behoerde = 0;
	f->w->obj[o].aufwand = -1;
	int rc = ACTION(f, store_save_objekt(f->s, f->w, o, &e_));
	if (rc)
		fail_msg("store_save_objekt = %d: %s", rc, e_.msg);
	reload(f);
	struct zeitplan *q = load_plan(f);
	o = obj(f, "ANW-NEU");
	assert_int_equal(zeitplan_welle(q, o), 0);
	assert_true(findings(q) >= 1);
	zeitplan_free(&q);
}

/* A pin re-plans the stored plan with its parameters; undo brings back the pin and the
 * plan before; a pin on a Retain object is refused with nothing written. */
static void test_pin(void **state)
{
	struct fx *f = *state;
	struct zeitplan *z = run_plan(f, 2027, 1, 160);
	save_plan(f, z);
	zeitplan_free(&z);
	struct edit_log *l = edit_log_new();
	assert_non_null(l);
	uint32_t o = obj(f, "ANW-EAKTE");
	struct zeitplan *before = load_plan(f);
	int32_t b0 = before->plan->obj[o].beginn;
	struct wp_err e = { 0 };
	assert_int_equal(edit_zeitplan_pin(l, f->s, f->w, &f->a, o, monat_von(2028, 6), &e), 0);
	assert_int_equal(f->w->obj[o].pin_monat, monat_von(2028, 6));
	reload(f);
	struct zeitplan *q = load_plan(f);
	o = obj(f, "ANW-EAKTE");
	assert_int_equal(q->plan->obj[o].beginn, monat_von(2028, 6));
	assert_int_equal(findings(q), 0);
	zeitplan_free(&q);
	/* undo: no pin, the plan before */
	uint32_t what_obj;
	char what[256];
	assert_int_equal(edit_undo(l, f->s, f->w, &what_obj, what, sizeof what, &e), 0);
	assert_non_null(strstr(what, "ANW-EAKTE"));
	reload(f);
	o = obj(f, "ANW-EAKTE");
	assert_int_equal(f->w->obj[o].pin_monat, 0);
	q = load_plan(f);
	assert_int_equal(q->plan->obj[o].beginn, b0);
	zeitplan_free(&q);
	zeitplan_free(&before);
	edit_log_free(&l);
	/* Retain: refused */
	uint32_t r = obj(f, "FV-ELS");
	assert_int_equal(edit_zeitplan_pin(NULL, f->s, f->w, &f->a, r, monat_von(2027, 3), &e),
			 -WP_EINVAL);
	assert_non_null(strstr(e.msg, "Retain"));
	assert_int_equal(count(f, "SELECT count(*) FROM objekt WHERE pin_monat IS NOT NULL"), 0);
}

static void test_pin_without_plan(void **state)
{
	struct fx *f = *state;
	struct wp_err e = { 0 };
	uint32_t o = obj(f, "ANW-EAKTE");
	assert_int_equal(edit_zeitplan_pin(NULL, f->s, f->w, &f->a, o, monat_von(2027, 5), &e), 0);
	assert_int_equal(count(f, "SELECT count(*) FROM zeitplan"), 0);
	reload(f);
	assert_int_equal(f->w->obj[obj(f, "ANW-EAKTE")].pin_monat, monat_von(2027, 5));
}

/* Calendar capacity: exceptions stored per month, re-planned, kept for a later start,
 * reset; a range ending before it begins is refused. */
static void test_wave_capacity(void **state)
{
	struct fx *f = *state;
	struct zeitplan *z = run_plan(f, 2027, 1, 160);
	save_plan(f, z);
	zeitplan_free(&z);
	struct wp_err e = { 0 };
	assert_int_equal(edit_kapazitaet(NULL, f->s, f->w, &f->a, monat_von(2027, 2),
					 monat_von(2027, 3), 0, &e), 0);
	assert_int_equal(count(f, "SELECT count(*) FROM kapazitaet"), 2);
	reload(f);
	assert_int_equal(f->w->n_kap, 2);
	struct zeitplan *q = load_plan(f);
	assert_int_equal(zeitplan_kap(q, monat_von(2027, 2)), 0);
	assert_int_equal(zeitplan_last(q, monat_von(2027, 2)), 0);
	assert_int_equal(zeitplan_last(q, monat_von(2027, 3)), 0);
	assert_int_equal(findings(q), 0);
	zeitplan_free(&q);
	/* a later start keeps the months where they are */
	z = run_plan(f, 2027, 2, 160);
	assert_int_equal(zeitplan_last(z, monat_von(2027, 3)), 0);
	zeitplan_free(&z);
	assert_int_equal(edit_kapazitaet(NULL, f->s, f->w, &f->a, monat_von(2027, 5),
					 monat_von(2027, 4), 0, &e), -WP_EINVAL);
	assert_int_equal(edit_kapazitaet(NULL, f->s, f->w, &f->a, monat_von(2027, 2),
					 monat_von(2027, 3), -1, &e), 0);
	assert_int_equal(count(f, "SELECT count(*) FROM kapazitaet"), 0);
	assert_int_equal(f->w->n_kap, 0);
}

static void test_migrate_v1(void **state)
{
	(void)state;
	char dir[] = "/tmp/wp-test-plan-XXXXXX", path[64];
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/ws.db", dir);
	sqlite3 *db = NULL;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	for (const char *const *q = schema_migrations[0]; *q; q++)
		assert_int_equal(sqlite3_exec(db, *q, NULL, NULL, NULL), SQLITE_OK);
	char sql[96];
	snprintf(sql, sizeof sql, "PRAGMA user_version=1; PRAGMA application_id=%d", WP_APPLICATION_ID);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "INSERT INTO welle(nr, beginn, ende, kapazitaet) "
					  "VALUES (1, '2027-01-01', '2027-03-31', 80)", NULL, NULL, NULL),
			 SQLITE_OK);
	sqlite3_close(db);
	struct store *s = NULL;
	struct wp_err e = { 0 };
	assert_int_equal(store_open(path, STORE_EXISTING, &s, &e), 0);
	struct fx f = { .s = s };
	assert_int_equal(count(&f, "PRAGMA user_version"), WP_SCHEMA_VERSION);
	assert_int_equal(count(&f, "SELECT count(*) FROM plan"), 0);
	/* a wave without a capacity of the user's own converts to nothing (schema 3) */
	assert_int_equal(count(&f, "SELECT count(*) FROM welle"), 0);
	assert_int_equal(count(&f, "SELECT count(*) FROM kapazitaet"), 0);
	assert_int_equal(count(&f, "SELECT count(*) FROM umstellung"), 0);
	assert_int_equal(count(&f, "SELECT count(*) FROM pragma_table_info('objekt') "
				   "WHERE name IN ('max_pt_monat','stand','ist_pt','inbetriebnahme',"
				   "'pin_monat')"), 5);
	assert_int_equal(count(&f, "SELECT count(*) FROM pragma_table_info('plan_eintrag') "
				   "WHERE name IN ('flags','grund','hybrid_zu')"), 3);
	store_close(&s);
	unlink(path);
	char wal[80];
	snprintf(wal, sizeof wal, "%s-wal", path);
	unlink(wal);
	snprintf(wal, sizeof wal, "%s-shm", path);
	unlink(wal);
	rmdir(dir);
}

static void test_pilot_crud(void **state)
{
	struct fx *f = *state;
	uint32_t pi = WP_NONE;
	size_t before = f->w->n_pilot;
	assert_int_equal(ACTION(f, store_pilot_create(f->s, f->w, "Gewerbe digital", "Anzeige online",
						      "10160", &pi, &e_)), 0);
	reload(f);
	assert_int_equal(f->w->n_pilot, before + 1);
	pi = pilot_find(f->w, "gewerbe DIGITAL"); /* case-insensitive lookup */
	assert_int_not_equal(pi, WP_NONE);
	assert_string_equal(f->w->pilot[pi].name, "Gewerbe digital");
	assert_string_equal(f->w->pilot[pi].ozg, "10160");
	assert_string_equal(f->w->pilot[pi].ziel, "Anzeige online");
	assert_int_equal(f->w->pilot[pi].status, PS_IDEE);

	/* members, kept in Kennung order */
	uint32_t m[2] = { obj(f, "REG-GEWERBE"), obj(f, "FV-GEWERBE") };
	assert_int_equal(ACTION(f, store_pilot_members(f->s, f->w, pi, 1, m, 2, &e_)), 0);
	reload(f);
	pi = pilot_find(f->w, "Gewerbe digital");
	assert_int_equal(f->w->pilot[pi].n_members, 2);
	assert_string_equal(f->w->obj[f->w->pilot[pi].members[0]].kennung, "FV-GEWERBE");
	assert_string_equal(f->w->obj[f->w->pilot[pi].members[1]].kennung, "REG-GEWERBE");
	/* adding a member twice or removing a stranger: refused, nothing written */
	uint32_t dup[2] = { obj(f, "ANW-PORTAL"), obj(f, "FV-GEWERBE") };
	assert_int_equal(ACTION(f, store_pilot_members(f->s, f->w, pi, 1, dup, 2, &e_)), -WP_EEXIST);
	uint32_t stranger = obj(f, "ANW-PORTAL");
	assert_int_equal(ACTION(f, store_pilot_members(f->s, f->w, pi, 0, &stranger, 1, &e_)),
			 -WP_ENOTFOUND);
	reload(f);
	pi = pilot_find(f->w, "Gewerbe digital");
	assert_int_equal(f->w->pilot[pi].n_members, 2);
	uint32_t rm = obj(f, "REG-GEWERBE");
	assert_int_equal(ACTION(f, store_pilot_members(f->s, f->w, pi, 0, &rm, 1, &e_)), 0);
	reload(f);
	pi = pilot_find(f->w, "Gewerbe digital");
	assert_int_equal(f->w->pilot[pi].n_members, 1);

	/* status, OZG link, checklist */
	assert_int_equal(ACTION(f, store_pilot_status(f->s, f->w, pi, PS_LAUFEND, &e_)), 0);
	assert_int_equal(ACTION(f, store_pilot_ozg(f->s, f->w, pi, "99000001234567", &e_)), 0);
	assert_int_equal(ACTION(f, store_pilot_ozg(f->s, f->w, pi, "10x", &e_)), -WP_EINVAL);
	assert_int_equal(ACTION(f, store_pilot_todo_add(f->s, f->w, pi, "AV-Vertrag", &e_)), 0);
	assert_int_equal(ACTION(f, store_pilot_todo_add(f->s, f->w, pi, "DSFA", &e_)), 0);
	assert_int_equal(ACTION(f, store_pilot_todo_add(f->s, f->w, pi, "  ", &e_)), -WP_EINVAL);
	assert_int_equal(ACTION(f, store_pilot_todo_done(f->s, f->w, pi, 2, 1, &e_)), 0);
	assert_int_equal(ACTION(f, store_pilot_todo_done(f->s, f->w, pi, 3, 1, &e_)), -WP_EINVAL);
	reload(f);
	pi = pilot_find(f->w, "Gewerbe digital");
	assert_int_equal(f->w->pilot[pi].status, PS_LAUFEND);
	assert_string_equal(f->w->pilot[pi].ozg, "99000001234567");
	assert_int_equal(f->w->pilot[pi].n_todos, 2);
	assert_string_equal(f->w->pilot[pi].todos[0].text, "AV-Vertrag");
	assert_int_equal(f->w->pilot[pi].todos[0].done, 0);
	assert_int_equal(f->w->pilot[pi].todos[1].done, 1);

	/* names: unique ignoring case, not empty, no control characters */
	assert_int_equal(ACTION(f, store_pilot_create(f->s, f->w, "ANWOHNERPARKEN", NULL, NULL, NULL,
						      &e_)), -WP_EEXIST);
	assert_int_equal(ACTION(f, store_pilot_create(f->s, f->w, "", NULL, NULL, NULL, &e_)),
			 -WP_EINVAL);
	assert_int_equal(ACTION(f, store_pilot_create(f->s, f->w, "a\tb", NULL, NULL, NULL, &e_)),
			 -WP_EINVAL);
	assert_int_equal(ACTION(f, store_pilot_rename(f->s, f->w, pi, "Hundesteuer online", &e_)),
			 -WP_EEXIST);
	/* renaming to another spelling of its own name is fine */
	assert_int_equal(ACTION(f, store_pilot_rename(f->s, f->w, pi, "Gewerbe Digital", &e_)), 0);
	reload(f);
	assert_int_equal(f->w->n_pilot, before + 1);
	pi = pilot_find(f->w, "Gewerbe Digital");
	assert_string_equal(f->w->pilot[pi].name, "Gewerbe Digital");

	/* delete: members and checklist go, the objects stay */
	size_t n_obj = f->w->n_obj;
	assert_int_equal(ACTION(f, store_pilot_delete(f->s, f->w, pi, &e_)), 0);
	assert_int_equal(f->w->n_pilot, before);
	reload(f);
	assert_int_equal(f->w->n_pilot, before);
	assert_int_equal(pilot_find(f->w, "Gewerbe Digital"), WP_NONE);
	assert_int_equal(f->w->n_obj, n_obj);
	assert_int_equal(count(f, "SELECT count(*) FROM pilot_todo WHERE text = 'DSFA'"), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
		T(test_no_plan),
		T(test_round_trip),
		T(test_rollback_leaves_nothing),
		T(test_new_object_is_unplanned),
		T(test_pin),
		T(test_pin_without_plan),
		T(test_wave_capacity),
		cmocka_unit_test(test_migrate_v1),
		T(test_pilot_crud),
#undef T
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
