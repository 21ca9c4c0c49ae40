/* The stored Zeitplan (docs/planung.md): parameters (table zeitplan), per object its result
 * (zeitplan_objekt), the PT per object and month (zeitplan_pt) and the planner's violations
 * (zeitplan_verstoss), each row keyed by its scenario (schema 7, docs/szenarien.md): the
 * store reads and writes the active scenario's rows, a view (szenario_open) those of the
 * scenario it shows. The capacity exceptions per calendar month (kapazitaet); pins.
 * Writes expect an open transaction; statements are prepared once per call. */
#include "data/store_plan.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "data/store_priv.h"
#include "model/i18n.h"
#include "model/monat.h"

static const char w_save[] = N_("Zeitplan speichern");
static const char w_read[] = N_("Zeitplan lesen");
static const char w_kap[] = N_("Kapazität speichern");

static int step_done(struct store *s, sqlite3_stmt *st, struct wp_err *e, const char *what)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return rc == SQLITE_DONE ? 0 : store_dberr(s, e, _(what));
}

/* Runs sql with ?1 = the scenario id sz. */
static int exec_sql(struct store *s, const char *sql, int64_t sz, struct wp_err *e,
		    const char *what)
{
	sqlite3_stmt *st = store_prepare(s, sql, e);
	if (!st)
		return -WP_EDB;
	sqlite3_bind_int64(st, 1, sz);
	int rc = step_done(s, st, e, what);
	sqlite3_finalize(st);
	return rc;
}

int store_plan_szenario(struct store *s, int64_t *id, struct wp_err *e)
{
	if (s->sicht) {
		*id = s->sicht;
		return 0;
	}
	sqlite3_stmt *st = store_prepare(s, "SELECT id FROM szenario WHERE aktiv = 1", e);
	if (!st)
		return -WP_EDB;
	int rc = sqlite3_step(st);
	*id = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return 0;
	return rc == SQLITE_DONE ? wp_fail(e, WP_EFORMAT, "%s", _(STORE_OHNE_AKTIV))
				 : store_dberr(s, e, _(w_read));
}

/* Binds month m as JJJJ-MM, or NULL for SCHED_KEIN. */
static void bind_monat(sqlite3_stmt *st, int i, int32_t m)
{
	if (m == SCHED_KEIN) {
		sqlite3_bind_null(st, i);
	} else {
		char b[16];
		sqlite3_bind_text(st, i, monat_format(m, 0, b, sizeof b), -1, SQLITE_TRANSIENT);
	}
}

static int32_t col_monat(sqlite3_stmt *st, int i)
{
	int32_t m;
	const char *t = (const char *)sqlite3_column_text(st, i);
	return t && !monat_parse(t, 0, &m) ? m : SCHED_KEIN;
}

static int32_t col_halbpt(sqlite3_stmt *st, int i)
{
	return (int32_t)(sqlite3_column_double(st, i) * 2 + 0.5);
}

/* Binds object index o as its store id, or NULL. */
static void bind_obj(sqlite3_stmt *st, int i, const struct ws *w, uint32_t o)
{
	if (o < w->n_obj)
		sqlite3_bind_int64(st, i, w->obj[o].id);
	else
		sqlite3_bind_null(st, i);
}

/* The parameters of scenario sz's plan, as store_zeitplan_params. */
static int params(struct store *s, int64_t sz, struct zeitplan_params *p, struct wp_err *e)
{
	sqlite3_stmt *st = store_prepare(s,
		"SELECT start, kapazitaet, tempo, wellen_laenge FROM zeitplan WHERE szenario_id = ?1",
		e);
	if (!st)
		return -WP_EDB;
	sqlite3_bind_int64(st, 1, sz);
	int rc = sqlite3_step(st), found = 0;
	if (rc == SQLITE_ROW) {
		p->start = col_monat(st, 0);
		p->kapazitaet = col_halbpt(st, 1);
		p->tempo = col_halbpt(st, 2);
		p->wellen_laenge = sqlite3_column_int(st, 3);
		found = p->start != SCHED_KEIN;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_dberr(s, e, _(w_read));
	return found;
}

int store_zeitplan_params(struct store *s, struct zeitplan_params *p, struct wp_err *e)
{
	int64_t sz;
	int rc = store_plan_szenario(s, &sz, e);
	return rc ? rc : params(s, sz, p, e);
}

/* Removes scenario sz's stored plan. */
static int drop(struct store *s, int64_t sz, struct wp_err *e)
{
	int rc;
	if ((rc = exec_sql(s, "DELETE FROM zeitplan_pt WHERE szenario_id = ?1", sz, e, w_save)) ||
	    (rc = exec_sql(s, "DELETE FROM zeitplan_objekt WHERE szenario_id = ?1", sz, e,
			   w_save)) ||
	    (rc = exec_sql(s, "DELETE FROM zeitplan_verstoss WHERE szenario_id = ?1", sz, e,
			   w_save)))
		return rc;
	return exec_sql(s, "DELETE FROM zeitplan WHERE szenario_id = ?1", sz, e, w_save);
}

int store_drop_zeitplan(struct store *s, struct wp_err *e)
{
	int64_t sz;
	int rc = store_plan_szenario(s, &sz, e);
	return rc ? rc : drop(s, sz, e);
}

static int save_params(struct store *s, int64_t sz, const struct zeitplan_params *p,
		       struct wp_err *e)
{
	sqlite3_stmt *st = store_prepare(s,
		"INSERT OR REPLACE INTO zeitplan(szenario_id, start, kapazitaet, tempo, wellen_laenge,"
		" erstellt) VALUES (?6, ?1, ?2, ?3, ?4, ?5)", e);
	if (!st)
		return -WP_EDB;
	sqlite3_bind_int64(st, 6, sz);
	bind_monat(st, 1, p->start);
	sqlite3_bind_double(st, 2, p->kapazitaet / 2.0);
	sqlite3_bind_double(st, 3, p->tempo / 2.0);
	sqlite3_bind_int(st, 4, p->wellen_laenge);
	sqlite3_bind_int64(st, 5, (int64_t)time(NULL));
	int rc = step_done(s, st, e, w_save);
	sqlite3_finalize(st);
	return rc;
}

static int save_objekte(struct store *s, int64_t sz, const struct ws *w,
			const struct sched_plan *p, struct wp_err *e)
{
	sqlite3_stmt *st = store_prepare(s,
		"INSERT INTO zeitplan_objekt(szenario_id, objekt_id, grund, gruppe_art, flags,"
		" grund_obj, gruppe, hybrid_zu, beginn, ende, rest, verspaetung, basis, spaet, warum_obj,"
		" warum_obj_ende, frueh, voll_bis) VALUES (?18,?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,"
		"?13,?14,?15,?16,?17)", e);
	sqlite3_stmt *pt = store_prepare(s,
		"INSERT INTO zeitplan_pt(szenario_id, objekt_id, monat, pt) VALUES (?4,?1,?2,?3)", e);
	int rc = st && pt ? 0 : -WP_EDB;
	for (size_t i = 0; i < p->n_obj && i < w->n_obj && !rc; i++) {
		const struct sched_obj_out *r = &p->obj[i];
		sqlite3_bind_int64(st, 18, sz);
		sqlite3_bind_int64(st, 1, w->obj[i].id);
		sqlite3_bind_int(st, 2, r->grund);
		sqlite3_bind_int(st, 3, r->gruppe_art);
		sqlite3_bind_int(st, 4, r->flags);
		bind_obj(st, 5, w, r->grund_obj);
		if (r->gruppe != SCHED_NONE)
			sqlite3_bind_int64(st, 6, r->gruppe);
		bind_obj(st, 7, w, r->hybrid_zu);
		bind_monat(st, 8, r->beginn);
		bind_monat(st, 9, r->ende);
		sqlite3_bind_double(st, 10, r->rest / 2.0);
		sqlite3_bind_int(st, 11, r->verspaetung);
		sqlite3_bind_int(st, 12, r->warum.basis);
		sqlite3_bind_int(st, 13, r->warum.spaet);
		bind_obj(st, 14, w, r->warum.obj);
		bind_monat(st, 15, r->warum.obj_ende);
		bind_monat(st, 16, r->warum.frueh);
		bind_monat(st, 17, r->warum.voll_bis);
		rc = step_done(s, st, e, w_save);
		for (uint32_t k = 0; k < r->alloc_n && !rc; k++) {
			const struct sched_alloc *al = &p->alloc[r->alloc_off + k];
			sqlite3_bind_int64(pt, 4, sz);
			sqlite3_bind_int64(pt, 1, w->obj[i].id);
			bind_monat(pt, 2, al->monat);
			sqlite3_bind_double(pt, 3, al->pt / 2.0);
			rc = step_done(s, pt, e, w_save);
		}
	}
	sqlite3_finalize(st);
	sqlite3_finalize(pt);
	return rc;
}

static int save_verstoesse(struct store *s, int64_t sz, const struct ws *w,
			   const struct sched_plan *p, struct wp_err *e)
{
	sqlite3_stmt *st = store_prepare(s,
		"INSERT INTO zeitplan_verstoss(szenario_id, pos, art, objekt_id, anderes_id, monat) "
		"VALUES (?6,?1,?2,?3,?4,?5)", e);
	if (!st)
		return -WP_EDB;
	int rc = 0;
	for (size_t k = 0; k < p->n_verstoss && !rc; k++) {
		const struct sched_verstoss *v = &p->verstoss[k];
		sqlite3_bind_int64(st, 6, sz);
		sqlite3_bind_int64(st, 1, (int64_t)k);
		sqlite3_bind_int(st, 2, v->art);
		bind_obj(st, 3, w, v->obj);
		bind_obj(st, 4, w, v->other);
		bind_monat(st, 5, v->monat);
		rc = step_done(s, st, e, w_save);
	}
	sqlite3_finalize(st);
	return rc;
}

int store_save_zeitplan(struct store *s, const struct ws *w, const struct zeitplan *z,
			struct wp_err *e)
{
	int64_t sz;
	int rc;
	if ((rc = store_plan_szenario(s, &sz, e)) || (rc = drop(s, sz, e)) ||
	    (rc = save_params(s, sz, &z->params, e)) || (rc = save_objekte(s, sz, w, z->plan, e)))
		return rc;
	return save_verstoesse(s, sz, w, z->plan, e);
}

/* The object index of a store id column (NULL or unknown: SCHED_NONE). */
static uint32_t col_obj(const struct ws *w, const int64_t *ids, sqlite3_stmt *st, int i)
{
	if (sqlite3_column_type(st, i) == SQLITE_NULL)
		return SCHED_NONE;
	int64_t id = sqlite3_column_int64(st, i);
	size_t lo = 0, hi = w->n_obj;
	while (lo < hi) { /* ids ascend with the load order (ORDER BY id) */
		size_t mid = lo + (hi - lo) / 2;
		if (ids[mid] < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < w->n_obj && ids[lo] == id ? (uint32_t)lo : SCHED_NONE;
}

/* Counts the stored allocations (to size the plan's array). */
static int count_pt(struct store *s, int64_t sz, size_t *n, struct wp_err *e)
{
	sqlite3_stmt *st = store_prepare(s, "SELECT count(*) FROM zeitplan_pt WHERE szenario_id = ?1",
					 e);
	if (!st)
		return -WP_EDB;
	sqlite3_bind_int64(st, 1, sz);
	int rc = sqlite3_step(st);
	*n = rc == SQLITE_ROW ? (size_t)sqlite3_column_int64(st, 0) : 0;
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : store_dberr(s, e, _(w_read));
}

static int load_objekte(struct store *s, int64_t sz, const struct ws *w, const int64_t *ids,
			struct sched_plan *p, struct wp_err *e)
{
	sqlite3_stmt *st = store_prepare(s,
		"SELECT objekt_id, grund, gruppe_art, flags, grund_obj, gruppe, hybrid_zu, beginn,"
		" ende, rest, verspaetung, basis, spaet, warum_obj, warum_obj_ende, frueh, voll_bis"
		" FROM zeitplan_objekt WHERE szenario_id = ?1", e);
	if (!st)
		return -WP_EDB;
	sqlite3_bind_int64(st, 1, sz);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		uint32_t i = col_obj(w, ids, st, 0);
		if (i == SCHED_NONE)
			continue;
		struct sched_obj_out *r = &p->obj[i];
		r->grund = (uint8_t)sqlite3_column_int(st, 1);
		r->gruppe_art = (uint8_t)sqlite3_column_int(st, 2);
		r->flags = (uint8_t)sqlite3_column_int(st, 3);
		r->grund_obj = col_obj(w, ids, st, 4);
		r->gruppe = sqlite3_column_type(st, 5) == SQLITE_NULL
				    ? SCHED_NONE : (uint32_t)sqlite3_column_int64(st, 5);
		r->hybrid_zu = col_obj(w, ids, st, 6);
		r->beginn = col_monat(st, 7);
		r->ende = col_monat(st, 8);
		r->rest = col_halbpt(st, 9);
		r->verspaetung = sqlite3_column_int(st, 10);
		r->warum.basis = (uint8_t)sqlite3_column_int(st, 11);
		r->warum.spaet = (uint8_t)sqlite3_column_int(st, 12);
		r->warum.obj = col_obj(w, ids, st, 13);
		r->warum.obj_ende = col_monat(st, 14);
		r->warum.frueh = col_monat(st, 15);
		r->warum.voll_bis = col_monat(st, 16);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return store_dberr(s, e, _(w_read));
	st = store_prepare(s, "SELECT objekt_id, monat, pt FROM zeitplan_pt WHERE szenario_id = ?1",
			   e);
	if (!st)
		return -WP_EDB;
	sqlite3_bind_int64(st, 1, sz);
	size_t cap = p->n_alloc;
	p->n_alloc = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && p->n_alloc < cap) {
		uint32_t i = col_obj(w, ids, st, 0);
		int32_t m = col_monat(st, 1);
		if (i == SCHED_NONE || m == SCHED_KEIN)
			continue;
		p->alloc[p->n_alloc++] = (struct sched_alloc){ i, m, col_halbpt(st, 2) };
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE || rc == SQLITE_ROW ? 0 : store_dberr(s, e, _(w_read));
}

static int load_verstoesse(struct store *s, int64_t sz, const struct ws *w, const int64_t *ids,
			   struct sched_plan *p, struct wp_err *e)
{
	sqlite3_stmt *st = store_prepare(s,
		"SELECT art, objekt_id, anderes_id, monat FROM zeitplan_verstoss WHERE szenario_id = ?1"
		" ORDER BY pos", e);
	if (!st)
		return -WP_EDB;
	sqlite3_bind_int64(st, 1, sz);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct sched_verstoss *nv = realloc(p->verstoss, (p->n_verstoss + 1) * sizeof *nv);
		if (!nv) {
			sqlite3_finalize(st);
			return wp_nomem(e);
		}
		p->verstoss = nv;
		nv[p->n_verstoss++] = (struct sched_verstoss){
			(uint8_t)sqlite3_column_int(st, 0), col_obj(w, ids, st, 1),
			col_obj(w, ids, st, 2), col_monat(st, 3) };
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : store_dberr(s, e, _(w_read));
}

int store_load_zeitplan(struct store *s, const struct ws *w, const struct assessment *a,
			struct zeitplan **out, struct wp_err *e)
{
	struct zeitplan *z = NULL;
	struct zeitplan_params prm;
	int64_t *ids = NULL, sz = 0;
	size_t n_pt = 0;
	int rc, own_tx = !s->in_tx;
	*out = NULL;
	if (own_tx && sqlite3_exec(s->db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
		return store_dberr(s, e, _(w_read));
	if ((rc = store_plan_szenario(s, &sz, e)) || (rc = params(s, sz, &prm, e)) < 0)
		goto out;
	if (rc == 0) {
		rc = wp_fail(e, WP_ENOTFOUND,
			     _("es ist noch kein Zeitplan gespeichert (erst: wolkenplan plan)"));
		goto out;
	}
	if ((rc = count_pt(s, sz, &n_pt, e)))
		goto out;
	if ((rc = zeitplan_leer(w, a, &prm, n_pt, &z))) {
		rc = rc == -WP_ENOMEM ? wp_nomem(e)
				      : wp_fail(e, WP_EFORMAT, _("gespeicherter Zeitplan ist ungültig"));
		goto out;
	}
	z->plan->n_alloc = n_pt; /* room; load_objekte sets the count */
	if (!(ids = malloc((w->n_obj ? w->n_obj : 1) * sizeof *ids))) {
		rc = wp_nomem(e);
		goto out;
	}
	for (size_t i = 0; i < w->n_obj; i++)
		ids[i] = w->obj[i].id;
	if ((rc = load_objekte(s, sz, w, ids, z->plan, e)) ||
	    (rc = load_verstoesse(s, sz, w, ids, z->plan, e)))
		goto out;
	if (zeitplan_abschliessen(z)) {
		rc = wp_nomem(e);
		goto out;
	}
	*out = z;
	z = NULL;
	rc = 0;
out:
	if (own_tx)
		sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL);
	free(ids);
	zeitplan_free(&z);
	return rc;
}

int store_kapazitaet(struct store *s, struct ws *w, int32_t von, int32_t bis, int32_t kap,
		     struct wp_err *e)
{
	if (bis < von)
		return wp_fail(e, WP_EINVAL, "%s", _(MONAT_BEREICH_FEHLER));
	size_t n_neu = 0;
	struct kap_monat *neu = malloc(((size_t)(bis - von + 1) + w->n_kap) * sizeof *neu);
	sqlite3_stmt *st = store_prepare(s, kap >= 0
		? "INSERT OR REPLACE INTO kapazitaet(monat, pt) VALUES (?1, ?2)"
		: "DELETE FROM kapazitaet WHERE monat = ?1", e);
	int rc = !neu ? wp_nomem(e) : !st ? -WP_EDB : 0;
	for (int32_t m = von; m <= bis && !rc; m++) {
		bind_monat(st, 1, m);
		if (kap >= 0)
			sqlite3_bind_double(st, 2, kap / 2.0);
		rc = step_done(s, st, e, w_kap);
	}
	sqlite3_finalize(st);
	if (rc) {
		free(neu);
		return rc;
	}
	/* the workspace's calendar: the old entries outside [von, bis], then the new ones */
	size_t i = 0;
	for (; i < w->n_kap && w->kap[i].monat < von; i++)
		neu[n_neu++] = w->kap[i];
	for (int32_t m = von; kap >= 0 && m <= bis; m++)
		neu[n_neu++] = (struct kap_monat){ m, kap };
	for (; i < w->n_kap; i++)
		if (w->kap[i].monat > bis)
			neu[n_neu++] = w->kap[i];
	free(w->kap);
	w->kap = neu;
	w->n_kap = n_neu;
	return 0;
}

/* ---- snapshots for undo: the stored rows, objects named by store id ---- */

struct zp_row {
	int64_t id, grund_obj, hybrid_zu, warum_obj; /* 0 = none */
	int64_t gruppe;                              /* -1 = none */
	int32_t grund, gruppe_art, flags, verspaetung, basis, spaet;
	int32_t beginn, ende, warum_obj_ende, frueh, voll_bis; /* SCHED_KEIN = none */
	int32_t rest;                                /* half-PT */
};
struct zp_pt { int64_t id; int32_t monat, pt; };
struct zp_v { int64_t obj, other; int32_t art, monat; };

struct zeitplan_snap {
	int have; /* 0: no plan was stored */
	struct zeitplan_params p;
	struct zp_row *row; size_t n_row;
	struct zp_pt *pt; size_t n_pt;
	struct zp_v *v; size_t n_v;
};

int store_zeitplan_snap_have(const struct zeitplan_snap *sn)
{
	return sn && sn->have;
}

void store_zeitplan_snap_free(struct zeitplan_snap **ps)
{
	if (!ps || !*ps)
		return;
	free((*ps)->row);
	free((*ps)->pt);
	free((*ps)->v);
	free(*ps);
	*ps = NULL;
}

static int64_t col_id(sqlite3_stmt *st, int i)
{
	return sqlite3_column_type(st, i) == SQLITE_NULL ? 0 : sqlite3_column_int64(st, i);
}

static void bind_id(sqlite3_stmt *st, int i, int64_t id)
{
	if (id)
		sqlite3_bind_int64(st, i, id);
	else
		sqlite3_bind_null(st, i);
}

/* Grows *arr (element size sz) to hold n + 1; returns 0 or -1. */
static int grow(void **arr, size_t n, size_t sz)
{
	if (n > 16 && (n & (n - 1)))
		return 0; /* the capacity is the power of two above n: room is left */
	size_t cap = n < 16 ? 16 : n * 2;
	void *q = realloc(*arr, cap * sz);
	if (!q)
		return -1;
	*arr = q;
	return 0;
}

int store_zeitplan_snap(struct store *s, struct zeitplan_snap **out, struct wp_err *e)
{
	struct zeitplan_snap *sn = calloc(1, sizeof *sn);
	sqlite3_stmt *st = NULL;
	int64_t sz = 0;
	int rc;
	*out = NULL;
	if (!sn)
		return wp_nomem(e);
	if ((rc = store_plan_szenario(s, &sz, e)) || (rc = params(s, sz, &sn->p, e)) < 0)
		goto fail;
	sn->have = rc;
	rc = 0;
	if (!sn->have)
		goto done;
	if (!(st = store_prepare(s,
		"SELECT objekt_id, grund, gruppe_art, flags, grund_obj, gruppe, hybrid_zu, beginn,"
		" ende, rest, verspaetung, basis, spaet, warum_obj, warum_obj_ende, frueh, voll_bis"
		" FROM zeitplan_objekt WHERE szenario_id = ?1", e))) {
		rc = -WP_EDB;
		goto fail;
	}
	sqlite3_bind_int64(st, 1, sz);
	int step;
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		if (grow((void **)&sn->row, sn->n_row, sizeof *sn->row))
			goto nomem;
		sn->row[sn->n_row++] = (struct zp_row){
			.id = col_id(st, 0), .grund = sqlite3_column_int(st, 1),
			.gruppe_art = sqlite3_column_int(st, 2), .flags = sqlite3_column_int(st, 3),
			.grund_obj = col_id(st, 4),
			.gruppe = sqlite3_column_type(st, 5) == SQLITE_NULL ? -1 : col_id(st, 5),
			.hybrid_zu = col_id(st, 6), .beginn = col_monat(st, 7), .ende = col_monat(st, 8),
			.rest = col_halbpt(st, 9), .verspaetung = sqlite3_column_int(st, 10),
			.basis = sqlite3_column_int(st, 11), .spaet = sqlite3_column_int(st, 12),
			.warum_obj = col_id(st, 13), .warum_obj_ende = col_monat(st, 14),
			.frueh = col_monat(st, 15), .voll_bis = col_monat(st, 16) };
	}
	sqlite3_finalize(st);
	st = NULL;
	if (step != SQLITE_DONE)
		goto dberr;
	if (!(st = store_prepare(s, "SELECT objekt_id, monat, pt FROM zeitplan_pt "
				 "WHERE szenario_id = ?1", e))) {
		rc = -WP_EDB;
		goto fail;
	}
	sqlite3_bind_int64(st, 1, sz);
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		if (grow((void **)&sn->pt, sn->n_pt, sizeof *sn->pt))
			goto nomem;
		sn->pt[sn->n_pt++] = (struct zp_pt){ col_id(st, 0), col_monat(st, 1),
						     col_halbpt(st, 2) };
	}
	sqlite3_finalize(st);
	st = NULL;
	if (step != SQLITE_DONE)
		goto dberr;
	if (!(st = store_prepare(s, "SELECT art, objekt_id, anderes_id, monat FROM "
				 "zeitplan_verstoss WHERE szenario_id = ?1 ORDER BY pos", e))) {
		rc = -WP_EDB;
		goto fail;
	}
	sqlite3_bind_int64(st, 1, sz);
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		if (grow((void **)&sn->v, sn->n_v, sizeof *sn->v))
			goto nomem;
		sn->v[sn->n_v++] = (struct zp_v){ col_id(st, 1), col_id(st, 2),
						  sqlite3_column_int(st, 0), col_monat(st, 3) };
	}
	sqlite3_finalize(st);
	st = NULL;
	if (step != SQLITE_DONE)
		goto dberr;
done:
	*out = sn;
	return 0;
nomem:
	rc = wp_nomem(e);
	goto fail;
dberr:
	rc = store_dberr(s, e, _(w_read));
fail:
	sqlite3_finalize(st);
	store_zeitplan_snap_free(&sn);
	return rc;
}

int store_zeitplan_restore(struct store *s, const struct zeitplan_snap *sn, struct wp_err *e)
{
	int64_t sz;
	int rc;
	if ((rc = store_plan_szenario(s, &sz, e)) || (rc = drop(s, sz, e)) || !sn->have ||
	    (rc = save_params(s, sz, &sn->p, e)))
		return rc;
	/* objects deleted since are left out; references to them become NULL */
	sqlite3_stmt *o = store_prepare(s,
		"INSERT INTO zeitplan_objekt(szenario_id, objekt_id, grund, gruppe_art, flags,"
		" grund_obj, gruppe, hybrid_zu, beginn, ende, rest, verspaetung, basis, spaet, warum_obj,"
		" warum_obj_ende, frueh, voll_bis) SELECT ?18,?1,?2,?3,?4,"
		"(SELECT id FROM objekt WHERE id = ?5),?6,(SELECT id FROM objekt WHERE id = ?7),?8,?9,"
		"?10,?11,?12,?13,(SELECT id FROM objekt WHERE id = ?14),?15,?16,?17 "
		"WHERE EXISTS (SELECT 1 FROM objekt WHERE id = ?1)", e);
	sqlite3_stmt *p = store_prepare(s,
		"INSERT INTO zeitplan_pt(szenario_id, objekt_id, monat, pt) SELECT ?4, ?1, ?2, ?3 "
		"WHERE EXISTS (SELECT 1 FROM objekt WHERE id = ?1)", e);
	sqlite3_stmt *v = store_prepare(s,
		"INSERT INTO zeitplan_verstoss(szenario_id, pos, art, objekt_id, anderes_id, monat) "
		"VALUES (?6, ?1, ?2, (SELECT id FROM objekt WHERE id = ?3), "
		"(SELECT id FROM objekt WHERE id = ?4), ?5)", e);
	rc = o && p && v ? 0 : -WP_EDB;
	for (size_t i = 0; i < sn->n_row && !rc; i++) {
		const struct zp_row *r = &sn->row[i];
		sqlite3_bind_int64(o, 18, sz);
		sqlite3_bind_int64(o, 1, r->id);
		sqlite3_bind_int(o, 2, r->grund);
		sqlite3_bind_int(o, 3, r->gruppe_art);
		sqlite3_bind_int(o, 4, r->flags);
		bind_id(o, 5, r->grund_obj);
		if (r->gruppe >= 0)
			sqlite3_bind_int64(o, 6, r->gruppe);
		bind_id(o, 7, r->hybrid_zu);
		bind_monat(o, 8, r->beginn);
		bind_monat(o, 9, r->ende);
		sqlite3_bind_double(o, 10, r->rest / 2.0);
		sqlite3_bind_int(o, 11, r->verspaetung);
		sqlite3_bind_int(o, 12, r->basis);
		sqlite3_bind_int(o, 13, r->spaet);
		bind_id(o, 14, r->warum_obj);
		bind_monat(o, 15, r->warum_obj_ende);
		bind_monat(o, 16, r->frueh);
		bind_monat(o, 17, r->voll_bis);
		rc = step_done(s, o, e, w_save);
	}
	for (size_t i = 0; i < sn->n_pt && !rc; i++) {
		sqlite3_bind_int64(p, 4, sz);
		sqlite3_bind_int64(p, 1, sn->pt[i].id);
		bind_monat(p, 2, sn->pt[i].monat);
		sqlite3_bind_double(p, 3, sn->pt[i].pt / 2.0);
		rc = step_done(s, p, e, w_save);
	}
	for (size_t i = 0; i < sn->n_v && !rc; i++) {
		sqlite3_bind_int64(v, 6, sz);
		sqlite3_bind_int64(v, 1, (int64_t)i);
		sqlite3_bind_int(v, 2, sn->v[i].art);
		bind_id(v, 3, sn->v[i].obj);
		bind_id(v, 4, sn->v[i].other);
		bind_monat(v, 5, sn->v[i].monat);
		rc = step_done(s, v, e, w_save);
	}
	sqlite3_finalize(o);
	sqlite3_finalize(p);
	sqlite3_finalize(v);
	return rc;
}
