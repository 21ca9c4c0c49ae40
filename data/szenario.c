/* Scenarios in the store: list, create, switch, rename, delete, and the view for reading
 * another scenario (docs/szenarien.md). The live tables hold the active scenario's small
 * assumption sets; the statements here move them between the live tables and the sz_*
 * snapshots (data/schema.c v6). The stored plans of all scenarios stay where they are,
 * keyed by scenario (v7): a switch relabels, it copies no plan rows. */
#include "data/szenario.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "data/store_priv.h"
#include "model/i18n.h"
#include "model/utf8.h"

static const char w_sz[] = N_("Szenario speichern");
static const char w_load[] = N_("Szenarien laden");

/* An object has overrides when one of these columns is set (live objekt table). */
#define HAT_OVERRIDE \
	"strategie <> 0 OR aufwand_pt IS NOT NULL OR max_pt_monat IS NOT NULL OR " \
	"pin_monat IS NOT NULL OR zielplattform IS NOT NULL"
#define ZO_COLS \
	"objekt_id, grund, gruppe_art, flags, grund_obj, gruppe, hybrid_zu, beginn, ende, rest, " \
	"verspaetung, basis, spaet, warum_obj, warum_obj_ende, frueh, voll_bis"

/* The live assumptions into the snapshot of scenario ?1 (which must be empty). */
static const char *const live_to_snap[] = {
	"INSERT INTO sz_einstellung SELECT ?1, key, value, annahme FROM einstellung",
	"INSERT INTO sz_kapazitaet SELECT ?1, monat, pt FROM kapazitaet",
	"INSERT INTO sz_plattform SELECT ?1, id, rang, vs_nfd, kostenfaktor, beispiel FROM plattform",
	"INSERT INTO sz_plattform_rl SELECT ?1, plattform_id, code, wert, quelle FROM plattform_rl",
	"INSERT INTO sz_objekt SELECT ?1, id, strategie, aufwand_pt, max_pt_monat, pin_monat, "
	"zielplattform FROM objekt WHERE " HAT_OVERRIDE,
	NULL
};

/* The snapshot of scenario ?2 copied as the snapshot of scenario ?1. */
static const char *const snap_to_snap[] = {
	"INSERT INTO sz_einstellung SELECT ?1, key, value, annahme FROM sz_einstellung "
	"WHERE szenario_id = ?2",
	"INSERT INTO sz_kapazitaet SELECT ?1, monat, pt FROM sz_kapazitaet WHERE szenario_id = ?2",
	"INSERT INTO sz_plattform SELECT ?1, plattform_id, rang, vs_nfd, kostenfaktor, beispiel "
	"FROM sz_plattform WHERE szenario_id = ?2",
	"INSERT INTO sz_plattform_rl SELECT ?1, plattform_id, code, wert, quelle "
	"FROM sz_plattform_rl WHERE szenario_id = ?2",
	"INSERT INTO sz_objekt SELECT ?1, objekt_id, strategie, aufwand_pt, max_pt_monat, "
	"pin_monat, zielplattform FROM sz_objekt WHERE szenario_id = ?2",
	NULL
};

/* The stored plan of scenario ?2 copied as the plan of the new scenario ?1. */
static const char *const plan_kopie[] = {
	"INSERT INTO zeitplan (szenario_id, start, kapazitaet, tempo, wellen_laenge, erstellt) "
	"SELECT ?1, start, kapazitaet, tempo, wellen_laenge, erstellt FROM zeitplan "
	"WHERE szenario_id = ?2",
	"INSERT INTO zeitplan_objekt (szenario_id, " ZO_COLS ") SELECT ?1, " ZO_COLS
	" FROM zeitplan_objekt WHERE szenario_id = ?2",
	"INSERT INTO zeitplan_pt (szenario_id, objekt_id, monat, pt) SELECT ?1, objekt_id, monat, "
	"pt FROM zeitplan_pt WHERE szenario_id = ?2",
	"INSERT INTO zeitplan_verstoss (szenario_id, pos, art, objekt_id, anderes_id, monat) "
	"SELECT ?1, pos, art, objekt_id, anderes_id, monat FROM zeitplan_verstoss "
	"WHERE szenario_id = ?2",
	NULL
};

/* The snapshot of scenario ?1 into the live tables (it is live then). A platform without
 * a snapshot row (added while another scenario was active) keeps its live profile. The
 * same rules, in memory, read a scenario without switching (data/store_sicht.c). */
static const char *const snap_to_live[] = {
	"DELETE FROM einstellung",
	"INSERT INTO einstellung (key, value, annahme) SELECT key, value, annahme "
	"FROM sz_einstellung WHERE szenario_id = ?1",
	"DELETE FROM kapazitaet",
	"INSERT INTO kapazitaet (monat, pt) SELECT monat, pt FROM sz_kapazitaet "
	"WHERE szenario_id = ?1",
	"UPDATE plattform SET rang = z.rang, vs_nfd = z.vs_nfd, kostenfaktor = z.kostenfaktor, "
	"beispiel = z.beispiel FROM sz_plattform AS z "
	"WHERE z.szenario_id = ?1 AND z.plattform_id = plattform.id",
	"DELETE FROM plattform_rl WHERE plattform_id IN "
	"(SELECT plattform_id FROM sz_plattform WHERE szenario_id = ?1)",
	"INSERT INTO plattform_rl (plattform_id, code, wert, quelle) "
	"SELECT plattform_id, code, wert, quelle FROM sz_plattform_rl WHERE szenario_id = ?1",
	"UPDATE objekt SET strategie = 0, aufwand_pt = NULL, max_pt_monat = NULL, "
	"pin_monat = NULL, zielplattform = NULL WHERE " HAT_OVERRIDE,
	"UPDATE objekt SET strategie = z.strategie, aufwand_pt = z.aufwand_pt, "
	"max_pt_monat = z.max_pt_monat, pin_monat = z.pin_monat, zielplattform = z.zielplattform "
	"FROM sz_objekt AS z WHERE z.szenario_id = ?1 AND z.objekt_id = objekt.id",
	NULL
};

/* Removes the snapshot of scenario ?1 (its plan stays: it is keyed by the scenario). */
static const char *const snap_clear[] = {
	"DELETE FROM sz_einstellung WHERE szenario_id = ?1",
	"DELETE FROM sz_kapazitaet WHERE szenario_id = ?1",
	"DELETE FROM sz_plattform WHERE szenario_id = ?1",
	"DELETE FROM sz_plattform_rl WHERE szenario_id = ?1",
	"DELETE FROM sz_objekt WHERE szenario_id = ?1",
	NULL
};

/* One statement with up to two integer parameters and an optional text ?3. */
static int run_ints(struct store *s, struct wp_err *e, const char *what, const char *sql,
		    int64_t a, int64_t b, const char *t)
{
	sqlite3_stmt *st = store_prepare(s, sql, e);
	if (!st)
		return -WP_EDB;
	int np = sqlite3_bind_parameter_count(st);
	if (np >= 1)
		sqlite3_bind_int64(st, 1, a);
	if (np >= 2)
		sqlite3_bind_int64(st, 2, b);
	if (np >= 3)
		sqlite3_bind_text(st, 3, t, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : store_dberr(s, e, _(what));
}

/* Runs the NULL-terminated statements q with ?1 = a and (where used) ?2 = b. */
static int run_all(struct store *s, const char *const *q, int64_t a, int64_t b,
		   struct wp_err *e)
{
	int rc = 0;
	for (size_t i = 0; q[i] && !rc; i++)
		rc = run_ints(s, e, w_sz, q[i], a, b, NULL);
	return rc;
}

void szenario_list_free(struct szenario *l, size_t n)
{
	for (size_t i = 0; l && i < n; i++)
		free(l[i].name);
	free(l);
}

int szenario_list(struct store *s, struct szenario **out, size_t *n, struct wp_err *e)
{
	*out = NULL;
	*n = 0;
	sqlite3_stmt *st = store_prepare(s, "SELECT id, name, aktiv, erstellt FROM szenario "
					    "ORDER BY id", e);
	if (!st)
		return -WP_EDB;
	struct szenario *l = NULL;
	size_t k = 0;
	int rc = 0, step;
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		struct szenario *nl = realloc(l, (k + 1) * sizeof *nl);
		const char *name = (const char *)sqlite3_column_text(st, 1);
		char *copy = strdup(name ? name : "");
		if (!nl || !copy) {
			free(copy);
			if (nl)
				l = nl;
			rc = wp_nomem(e);
			break;
		}
		l = nl;
		int64_t id = sqlite3_column_int64(st, 0);
		int aktiv = s->sicht ? id == s->sicht : sqlite3_column_int(st, 2);
		l[k++] = (struct szenario){ id, copy, aktiv, sqlite3_column_int64(st, 3) };
	}
	if (!rc && step != SQLITE_DONE)
		rc = store_dberr(s, e, _(w_load));
	sqlite3_finalize(st);
	if (rc) {
		szenario_list_free(l, k);
		return rc;
	}
	*out = l;
	*n = k;
	return 0;
}

long szenario_find(const struct szenario *l, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (utf8_cmp_ci(l[i].name, name) == 0)
			return (long)i;
	return -1;
}

static long aktiv_index(const struct szenario *l, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (l[i].aktiv)
			return (long)i;
	return -1;
}

int szenario_unbekannt(struct wp_err *e, const char *name)
{
	return wp_fail(e, WP_ENOTFOUND, _("Szenario: \"%s\" gibt es nicht (wolkenplan szenario "
					  "list zeigt alle)"), name);
}

/* Checks a new name against the list (skip: the index allowed to carry it, or -1). */
static int name_ok(const struct szenario *l, size_t n, const char *name, long skip,
		   struct wp_err *e)
{
	int rc = store_text_ok(name, SZENARIO_MAX_BYTES, N_("Name des Szenarios"), e);
	if (rc)
		return rc;
	long i = szenario_find(l, n, name);
	if (i >= 0 && i != skip)
		return wp_fail(e, WP_EEXIST, _("Szenario: \"%s\" gibt es schon (auch in anderer "
					       "Schreibweise: \"%s\")"), name, l[i].name);
	return 0;
}

struct sz_ctx {
	struct szenario *l;
	size_t n;
	const char *name, *neu;
	long von, ziel;
};

static int tx_create(void *ctx, struct store *s, struct wp_err *e)
{
	struct sz_ctx *c = ctx;
	int rc = run_ints(s, e, w_sz, "INSERT INTO szenario (name, aktiv, erstellt) "
			  "VALUES (?3, 0, ?1)", (int64_t)time(NULL), 0, c->name);
	if (rc)
		return rc;
	int64_t id = sqlite3_last_insert_rowid(s->db), von = c->l[c->von].id;
	if ((rc = c->l[c->von].aktiv ? run_all(s, live_to_snap, id, 0, e)
				     : run_all(s, snap_to_snap, id, von, e)))
		return rc;
	return run_all(s, plan_kopie, id, von, e);
}

/* Loads the list and the store's state for a write; on success c->l is owned by c. */
static int load_list(struct store *s, struct sz_ctx *c, struct wp_err *e)
{
	int rc = szenario_list(s, &c->l, &c->n, e);
	if (!rc && aktiv_index(c->l, c->n) < 0)
		rc = wp_fail(e, WP_EFORMAT, "%s", _(STORE_OHNE_AKTIV));
	return rc;
}

int szenario_create(struct store *s, const char *name, const char *von, struct wp_err *e)
{
	struct sz_ctx c = { .name = name };
	int rc = load_list(s, &c, e);
	if (rc)
		goto out;
	if ((rc = name_ok(c.l, c.n, name, -1, e)))
		goto out;
	c.von = von ? szenario_find(c.l, c.n, von) : aktiv_index(c.l, c.n);
	if (c.von < 0) {
		rc = szenario_unbekannt(e, von);
		goto out;
	}
	rc = store_tx(s, tx_create, &c, e);
out:
	szenario_list_free(c.l, c.n);
	return rc;
}

/* Switches from scenario id von to id ziel inside an open transaction: the live
 * assumptions become von's snapshot, ziel's snapshot becomes live (and is removed), the
 * active flag moves. The stored plans stay: each is read by its scenario id. */
static int wechseln(struct store *s, int64_t von, int64_t ziel, struct wp_err *e)
{
	int rc;
	if ((rc = run_all(s, snap_clear, von, 0, e)) || (rc = run_all(s, live_to_snap, von, 0, e)) ||
	    (rc = run_all(s, snap_to_live, ziel, 0, e)) ||
	    (rc = run_ints(s, e, w_sz, "UPDATE szenario SET aktiv = 0 WHERE id = ?1", von, 0,
			   NULL)) ||
	    (rc = run_ints(s, e, w_sz, "UPDATE szenario SET aktiv = 1 WHERE id = ?1", ziel, 0,
			   NULL)))
		return rc;
	return run_all(s, snap_clear, ziel, 0, e);
}

static int tx_use(void *ctx, struct store *s, struct wp_err *e)
{
	struct sz_ctx *c = ctx;
	return wechseln(s, c->l[c->von].id, c->l[c->ziel].id, e);
}

int szenario_use(struct store *s, const char *name, struct wp_err *e)
{
	struct sz_ctx c = { 0 };
	int rc = load_list(s, &c, e);
	if (rc)
		goto out;
	c.von = aktiv_index(c.l, c.n);
	c.ziel = szenario_find(c.l, c.n, name);
	if (c.ziel < 0)
		rc = szenario_unbekannt(e, name);
	else if (c.ziel != c.von)
		rc = store_tx(s, tx_use, &c, e);
out:
	szenario_list_free(c.l, c.n);
	return rc;
}

static int tx_rename(void *ctx, struct store *s, struct wp_err *e)
{
	struct sz_ctx *c = ctx;
	return run_ints(s, e, w_sz, "UPDATE szenario SET name = ?3 WHERE id = ?1",
			c->l[c->ziel].id, 0, c->neu);
}

int szenario_rename(struct store *s, const char *alt, const char *neu, struct wp_err *e)
{
	struct sz_ctx c = { .neu = neu };
	int rc = load_list(s, &c, e);
	if (rc)
		goto out;
	c.ziel = szenario_find(c.l, c.n, alt);
	if (c.ziel < 0)
		rc = szenario_unbekannt(e, alt);
	else if (!(rc = name_ok(c.l, c.n, neu, c.ziel, e)))
		rc = store_tx(s, tx_rename, &c, e);
out:
	szenario_list_free(c.l, c.n);
	return rc;
}

static int tx_delete(void *ctx, struct store *s, struct wp_err *e)
{
	struct sz_ctx *c = ctx;
	return run_ints(s, e, w_sz, "DELETE FROM szenario WHERE id = ?1", c->l[c->ziel].id, 0,
			NULL);
}

int szenario_delete(struct store *s, const char *name, struct wp_err *e)
{
	struct sz_ctx c = { 0 };
	int rc = load_list(s, &c, e);
	if (rc)
		goto out;
	c.ziel = szenario_find(c.l, c.n, name);
	if (c.ziel < 0)
		rc = szenario_unbekannt(e, name);
	else if (c.n == 1)
		rc = wp_fail(e, WP_EINVAL, _("Szenario \"%s\" ist das einzige und bleibt"),
			     c.l[c.ziel].name);
	else if (c.l[c.ziel].aktiv)
		rc = wp_fail(e, WP_EINVAL, _("Szenario \"%s\" ist aktiv und wird nicht gelöscht — "
					     "erst ein anderes aktivieren (wolkenplan szenario use "
					     "NAME)"), c.l[c.ziel].name);
	else
		rc = store_tx(s, tx_delete, &c, e);
out:
	szenario_list_free(c.l, c.n);
	return rc;
}

/* Finds scenario name in s's list: *id its id, 0 when it is the active one. */
static int sicht_von(struct store *s, const char *name, int64_t *id, struct wp_err *e)
{
	struct sz_ctx c = { 0 };
	int rc = load_list(s, &c, e);
	*id = 0;
	if (!rc) {
		c.ziel = szenario_find(c.l, c.n, name);
		if (c.ziel < 0)
			rc = szenario_unbekannt(e, name);
		else if (!c.l[c.ziel].aktiv)
			*id = c.l[c.ziel].id;
	}
	szenario_list_free(c.l, c.n);
	return rc;
}

int szenario_open(const char *path, const char *name, struct store **out, struct wp_err *e)
{
	struct store *s = NULL;
	int64_t id;
	int rc = store_open(path, STORE_EXISTING, &s, e);
	if (!rc && !(rc = sicht_von(s, name, &id, e)))
		s->sicht = id; /* 0: the live tables are that scenario, the file as it is */
	if (rc)
		store_close(&s);
	*out = s;
	return rc;
}

int szenario_copy(struct store *src, const char *name, struct store **out, struct wp_err *e)
{
	int64_t id;
	int rc = sicht_von(src, name, &id, e);
	*out = NULL;
	if (rc)
		return rc;
	struct store *s = calloc(1, sizeof *s);
	if (!s)
		return wp_nomem(e);
	s->db = src->db;
	s->file = src->file;
	s->geliehen = 1;
	s->sicht = id;
	*out = s;
	return 0;
}

int store_load_szenarien(struct store *s, struct ws *w, struct wp_err *e)
{
	struct szenario *l;
	size_t n;
	int rc = szenario_list(s, &l, &n, e);
	if (rc)
		return rc;
	const char **names = n ? calloc(n, sizeof *names) : NULL;
	if (n && !names)
		rc = wp_nomem(e);
	for (size_t i = 0; !rc && i < n; i++) {
		names[i] = ws_str(w, l[i].name);
		if (!names[i])
			rc = wp_nomem(e);
		else if (l[i].aktiv)
			w->szenario = names[i];
	}
	szenario_list_free(l, n);
	if (rc) {
		free(names);
		return rc;
	}
	free(w->szenarien);
	w->szenarien = names;
	w->n_szenarien = n;
	return 0;
}
