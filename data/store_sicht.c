/* A scenario's assumptions into a loaded workspace (docs/szenarien.md, "Wie es gespeichert
 * ist"). Reading a scenario that is not the active one: the workspace is loaded from the
 * live tables, then its assumptions are replaced in memory by the snapshot rows (sz_*) of
 * the scenario viewed, with exactly the rules a switch applies to the live tables
 * (data/szenario.c, snap_to_live). After a switch: the same assumptions read again from the
 * live tables, instead of loading the whole workspace. */
#include <stdlib.h>

#include "data/store_priv.h"
#include "data/szenario.h"
#include "model/i18n.h"
#include "model/settings.h"

static const char w_sicht[] = N_("Szenario laden");

/* The objects of w by ascending store id: w's own order after a load, a sorted copy of
 * (id, index) when edits appended an object out of order (an undone deletion). */
struct id_ix {
	int64_t id;
	uint32_t o;
};
struct nach_id {
	const struct ws *w;
	struct id_ix *perm; /* NULL: w->obj is in id order */
};

static int cmp_id(const void *a, const void *b)
{
	int64_t x = ((const struct id_ix *)a)->id, y = ((const struct id_ix *)b)->id;
	return (x > y) - (x < y);
}

static int nach_id_init(struct nach_id *n, const struct ws *w)
{
	n->w = w;
	n->perm = NULL;
	size_t i = 1;
	while (i < w->n_obj && w->obj[i - 1].id < w->obj[i].id)
		i++;
	if (i >= w->n_obj)
		return 0;
	if (!(n->perm = malloc(w->n_obj * sizeof *n->perm)))
		return -WP_ENOMEM;
	for (i = 0; i < w->n_obj; i++)
		n->perm[i] = (struct id_ix){ w->obj[i].id, (uint32_t)i };
	qsort(n->perm, w->n_obj, sizeof *n->perm, cmp_id);
	return 0;
}

/* Index of the object with store id, or WP_NONE. */
static uint32_t obj_index(const struct nach_id *n, int64_t id)
{
	size_t lo = 0, hi = n->w->n_obj;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int64_t v = n->perm ? n->perm[mid].id : n->w->obj[mid].id;
		if (v == id)
			return n->perm ? n->perm[mid].o : (uint32_t)mid;
		if (v < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return WP_NONE;
}

/* Index of the platform with store id in w, or WP_NONE (a handful: searched in order). */
static uint32_t pf_index(const struct ws *w, int64_t id)
{
	for (size_t p = 0; p < w->n_pf; p++)
		if (w->pf[p].id == id)
			return (uint32_t)p;
	return WP_NONE;
}

static const char *col_str(struct ws *w, sqlite3_stmt *st, int c)
{
	const unsigned char *t = sqlite3_column_text(st, c);
	return ws_strn(w, (const char *)t, t ? (size_t)sqlite3_column_bytes(st, c) : 0);
}

/* Binds ?1 (where used) of st, NULL or prepared on s, to the scenario viewed; returns st. */
static sqlite3_stmt *sicht_binden(struct store *s, sqlite3_stmt *st)
{
	if (st && sqlite3_bind_parameter_count(st) >= 1)
		sqlite3_bind_int64(st, 1, s->sicht);
	return st;
}

/* Finalizes st; rc is the last step's result. Returns 0, -WP_ENOMEM (the loop stopped on a
 * row) or the database error. */
static int done(struct store *s, sqlite3_stmt *st, int rc, struct wp_err *e)
{
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE)
		return 0;
	return rc == SQLITE_ROW ? wp_nomem(e) : store_dberr(s, e, _(w_sicht));
}

/* Each part reads the live tables (live = 1) or the snapshot of s->sicht. */
static int einstellungen(struct store *s, int live, struct ws *w, struct wp_err *e)
{
	sqlite3_stmt *st = sicht_binden(s, store_prepare(s, live
		? "SELECT key, value, annahme FROM einstellung"
		: "SELECT key, value, annahme FROM sz_einstellung WHERE szenario_id = ?1", e));
	if (!st)
		return -WP_EDB;
	settings_defaults(&w->set);
	for (int i = 0; i < SET__N; i++)
		w->set_annahme[i] = NULL;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int id = settings_find((const char *)sqlite3_column_text(st, 0));
		double v = sqlite3_column_double(st, 1);
		if (id >= 0 && v >= setting_defs[id].lo && v <= setting_defs[id].hi) {
			const char *a = (const char *)sqlite3_column_text(st, 2);
			w->set.v[id] = v;
			w->set_annahme[id] = a && a[0] ? ws_str(w, a) : NULL;
		}
	}
	return done(s, st, rc, e);
}

static int kapazitaet(struct store *s, int live, struct ws *w, struct wp_err *e)
{
	sqlite3_stmt *st = sicht_binden(s, store_prepare(s, live
		? "SELECT monat, pt FROM kapazitaet ORDER BY monat"
		: "SELECT monat, pt FROM sz_kapazitaet WHERE szenario_id = ?1 ORDER BY monat", e));
	if (!st)
		return -WP_EDB;
	w->n_kap = 0;
	return done(s, st, store_read_kapazitaet(st, w), e);
}

/* A platform with a snapshot row takes its profile and its red-line values from the
 * snapshot; one without (added while another scenario was active) keeps the live ones. */
static int plattformen(struct store *s, int live, struct ws *w, struct wp_err *e)
{
	sqlite3_stmt *st = sicht_binden(s, store_prepare(s, live
		? "SELECT id, rang, vs_nfd, kostenfaktor, beispiel FROM plattform"
		: "SELECT plattform_id, rang, vs_nfd, kostenfaktor, beispiel FROM sz_plattform "
		  "WHERE szenario_id = ?1", e));
	if (!st)
		return -WP_EDB;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		uint32_t p = pf_index(w, sqlite3_column_int64(st, 0));
		if (p == WP_NONE)
			continue;
		w->pf[p].rang = sqlite3_column_int(st, 1);
		w->pf[p].vs_nfd = (uint8_t)sqlite3_column_int(st, 2);
		w->pf[p].kostenfaktor = sqlite3_column_int(st, 3);
		w->pf[p].beispiel = (uint8_t)sqlite3_column_int(st, 4);
		for (size_t r = 0; r < w->n_rl; r++) {
			w->rl_val[p * w->n_rl + r] = RL_UNBEKANNT;
			w->rl_quelle[p * w->n_rl + r] = "";
		}
	}
	if ((rc = done(s, st, rc, e)))
		return rc;
	st = sicht_binden(s, store_prepare(s, live
		? "SELECT plattform_id, code, wert, quelle FROM plattform_rl"
		: "SELECT plattform_id, code, wert, quelle FROM sz_plattform_rl WHERE szenario_id = ?1",
		e));
	if (!st)
		return -WP_EDB;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		uint32_t p = pf_index(w, sqlite3_column_int64(st, 0));
		uint32_t r = ws_find_rl(w, (const char *)sqlite3_column_text(st, 1));
		if (p == WP_NONE || r == WP_NONE)
			continue;
		w->rl_val[p * w->n_rl + r] = (uint8_t)sqlite3_column_int(st, 2);
		w->rl_quelle[p * w->n_rl + r] = col_str(w, st, 3);
	}
	return done(s, st, rc, e);
}

/* Every object without a snapshot row (live: without a set override column) has no
 * overrides. */
static int vorgaben(struct store *s, int live, struct ws *w, struct wp_err *e)
{
	struct nach_id n;
	if (nach_id_init(&n, w))
		return wp_nomem(e);
	/* live: the condition of the partial index objekt_vorgabe (data/schema.c v7) */
	sqlite3_stmt *st = sicht_binden(s, store_prepare(s, live
		? "SELECT id, strategie, aufwand_pt, max_pt_monat, pin_monat, zielplattform FROM objekt "
		  "WHERE strategie <> 0 OR aufwand_pt IS NOT NULL OR max_pt_monat IS NOT NULL OR "
		  "pin_monat IS NOT NULL OR zielplattform IS NOT NULL"
		: "SELECT objekt_id, strategie, aufwand_pt, max_pt_monat, pin_monat, zielplattform "
		  "FROM sz_objekt WHERE szenario_id = ?1", e));
	if (!st) {
		free(n.perm);
		return -WP_EDB;
	}
	for (size_t i = 0; i < w->n_obj; i++) {
		struct objekt *o = &w->obj[i];
		o->strategie = 0;
		o->aufwand = -1;
		o->max_pt_monat = 0;
		o->pin_monat = 0;
		o->ziel_pf = 0;
	}
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		uint32_t i = obj_index(&n, sqlite3_column_int64(st, 0));
		if (i == WP_NONE)
			continue;
		struct objekt *o = &w->obj[i];
		o->strategie = (uint8_t)sqlite3_column_int(st, 1);
		o->aufwand = sqlite3_column_type(st, 2) == SQLITE_NULL ? -1
								       : sqlite3_column_double(st, 2);
		o->max_pt_monat = store_col_halbpt(st, 3);
		o->pin_monat = store_col_monat(st, 4);
		o->ziel_pf = sqlite3_column_int64(st, 5); /* NULL reads as 0 = none */
	}
	free(n.perm);
	return done(s, st, rc, e);
}

/* All assumptions, from the live tables or the snapshot of s->sicht. */
static int annahmen(struct store *s, int live, struct ws *w, struct wp_err *e)
{
	int rc;
	if ((rc = einstellungen(s, live, w, e)) || (rc = kapazitaet(s, live, w, e)) ||
	    (rc = plattformen(s, live, w, e)))
		return rc;
	return vorgaben(s, live, w, e);
}

int store_load_sicht(struct store *s, struct ws *w, struct wp_err *e)
{
	return annahmen(s, 0, w, e);
}

int store_reload_annahmen(struct store *s, struct ws *w, struct wp_err *e)
{
	if (s->sicht)
		return wp_fail(e, WP_EINVAL, "%s", _(w_sicht));
	if (sqlite3_exec(s->db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
		return store_dberr(s, e, _(w_sicht));
	int rc = annahmen(s, 1, w, e);
	if (!rc)
		rc = store_load_szenarien(s, w, e);
	sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL);
	return rc;
}
