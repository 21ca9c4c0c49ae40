/* What an object or a platform has in the scenarios that are not active (docs/szenarien.md,
 * "Rückgängig"): their per-object overrides and stored plan rows, their platform profiles,
 * and the Zielplattform overrides naming a platform. Deleting removes these rows with the
 * object or platform; an undoable deletion keeps them here, and undoing it writes them back
 * under the store id the object or platform gets again. */
#include "data/szenario.h"

#include <stdlib.h>

#include "data/store_priv.h"
#include "model/i18n.h"

static const char w_rest[] = N_("Szenarien wiederherstellen");

/* A scenario that is not active, ?1 in the restoring statements. */
#define INAKTIV "EXISTS (SELECT 1 FROM szenario WHERE id = ?1 AND aktiv = 0)"

/* Per kind of row: the query of an object's or platform's rows (?1 its store id; the first
 * column is the scenario) and the statement that writes one back (?1..?k the columns read,
 * ?k+1 the new store id). References to objects or platforms gone by then become NULL. */
struct art {
	const char *lesen, *schreiben;
};

static const struct art objekt_arten[] = {
	{ "SELECT szenario_id, strategie, aufwand_pt, max_pt_monat, pin_monat, zielplattform "
	  "FROM sz_objekt WHERE objekt_id = ?1 "
	  "AND szenario_id IN (SELECT id FROM szenario WHERE aktiv = 0)",
	  "INSERT INTO sz_objekt (szenario_id, objekt_id, strategie, aufwand_pt, max_pt_monat, "
	  "pin_monat, zielplattform) SELECT ?1, ?7, ?2, ?3, ?4, ?5, "
	  "(SELECT id FROM plattform WHERE id = ?6) WHERE " INAKTIV },
	{ "SELECT szenario_id, grund, gruppe_art, flags, grund_obj, gruppe, hybrid_zu, beginn, ende, "
	  "rest, verspaetung, basis, spaet, warum_obj, warum_obj_ende, frueh, voll_bis "
	  "FROM zeitplan_objekt WHERE objekt_id = ?1 "
	  "AND szenario_id IN (SELECT id FROM szenario WHERE aktiv = 0)",
	  "INSERT INTO zeitplan_objekt (szenario_id, objekt_id, grund, gruppe_art, flags, grund_obj, "
	  "gruppe, hybrid_zu, beginn, ende, rest, verspaetung, basis, spaet, warum_obj, "
	  "warum_obj_ende, frueh, voll_bis) SELECT ?1, ?18, ?2, ?3, ?4, "
	  "(SELECT id FROM objekt WHERE id = ?5), ?6, (SELECT id FROM objekt WHERE id = ?7), ?8, ?9, "
	  "?10, ?11, ?12, ?13, (SELECT id FROM objekt WHERE id = ?14), ?15, ?16, ?17 WHERE " INAKTIV
	  " AND EXISTS (SELECT 1 FROM zeitplan WHERE szenario_id = ?1)" },
	{ "SELECT szenario_id, monat, pt FROM zeitplan_pt WHERE objekt_id = ?1 "
	  "AND szenario_id IN (SELECT id FROM szenario WHERE aktiv = 0)",
	  "INSERT INTO zeitplan_pt (szenario_id, objekt_id, monat, pt) SELECT ?1, ?4, ?2, ?3 "
	  "WHERE " INAKTIV " AND EXISTS (SELECT 1 FROM zeitplan_objekt "
	  "WHERE szenario_id = ?1 AND objekt_id = ?4)" },
};

static const struct art plattform_arten[] = {
	{ "SELECT szenario_id, rang, vs_nfd, kostenfaktor, beispiel FROM sz_plattform "
	  "WHERE plattform_id = ?1 AND szenario_id IN (SELECT id FROM szenario WHERE aktiv = 0)",
	  "INSERT INTO sz_plattform (szenario_id, plattform_id, rang, vs_nfd, kostenfaktor, beispiel) "
	  "SELECT ?1, ?6, ?2, ?3, ?4, ?5 WHERE " INAKTIV },
	{ "SELECT szenario_id, code, wert, quelle FROM sz_plattform_rl WHERE plattform_id = ?1 "
	  "AND szenario_id IN (SELECT id FROM szenario WHERE aktiv = 0)",
	  "INSERT INTO sz_plattform_rl (szenario_id, plattform_id, code, wert, quelle) "
	  "SELECT ?1, ?5, ?2, ?3, ?4 WHERE " INAKTIV " AND EXISTS (SELECT 1 FROM kriterium "
	  "WHERE code = ?2) AND EXISTS (SELECT 1 FROM sz_plattform WHERE szenario_id = ?1 "
	  "AND plattform_id = ?5)" },
	{ "SELECT szenario_id, objekt_id FROM sz_objekt WHERE zielplattform = ?1 "
	  "AND szenario_id IN (SELECT id FROM szenario WHERE aktiv = 0)",
	  "UPDATE sz_objekt SET zielplattform = ?3 WHERE szenario_id = ?1 AND objekt_id = ?2 "
	  "AND zielplattform IS NULL" },
};

#define ARTEN_MAX 3

/* The rows of one kind: n rows of k values each (copies, owned). */
struct saetze {
	const struct art *art;
	int k;
	size_t n;
	sqlite3_value **v;
};

struct sz_rest {
	struct saetze s[ARTEN_MAX];
	size_t n_s;
};

void szenario_rest_free(struct sz_rest **pr)
{
	struct sz_rest *r = pr ? *pr : NULL;
	if (!r)
		return;
	for (size_t i = 0; i < r->n_s; i++) {
		for (size_t j = 0; j < r->s[i].n * (size_t)r->s[i].k; j++)
			sqlite3_value_free(r->s[i].v[j]);
		free(r->s[i].v);
	}
	free(r);
	*pr = NULL;
}

/* Reads the rows of kind a for store id into z. */
static int lesen(struct store *s, const struct art *a, int64_t id, struct saetze *z,
		 struct wp_err *e)
{
	sqlite3_stmt *st = store_prepare(s, a->lesen, e);
	if (!st)
		return -WP_EDB;
	sqlite3_bind_int64(st, 1, id);
	z->art = a;
	z->k = sqlite3_column_count(st);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		size_t k = (size_t)z->k;
		sqlite3_value **nv = realloc(z->v, (z->n + 1) * k * sizeof *nv);
		if (!nv)
			break;
		z->v = nv;
		for (size_t c = 0; c < k; c++)
			nv[z->n * k + c] = NULL;
		z->n++;
		for (size_t c = 0; c < k; c++)
			if (!(nv[(z->n - 1) * k + c] = sqlite3_value_dup(sqlite3_column_value(st, (int)c))))
				goto nomem;
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE)
		return 0;
	return rc == SQLITE_ROW ? wp_nomem(e) : store_dberr(s, e, _(w_rest));
nomem:
	sqlite3_finalize(st);
	return wp_nomem(e);
}

/* The rows of the kinds a[0..n) for store id, into *out (owned by the caller). */
static int rest(struct store *s, const struct art *a, size_t n, int64_t id, struct sz_rest **out,
		struct wp_err *e)
{
	struct sz_rest *r = calloc(1, sizeof *r);
	int rc = r ? 0 : wp_nomem(e);
	for (size_t i = 0; i < n && !rc; i++) {
		r->n_s++;
		rc = lesen(s, &a[i], id, &r->s[i], e);
	}
	if (rc)
		szenario_rest_free(&r);
	*out = r;
	return rc;
}

int szenario_rest_objekt(struct store *s, int64_t id, struct sz_rest **out, struct wp_err *e)
{
	return rest(s, objekt_arten, sizeof objekt_arten / sizeof objekt_arten[0], id, out, e);
}

int szenario_rest_plattform(struct store *s, int64_t id, struct sz_rest **out,
			    struct wp_err *e)
{
	return rest(s, plattform_arten, sizeof plattform_arten / sizeof plattform_arten[0], id, out,
		    e);
}

int szenario_rest_zurueck(struct store *s, const struct sz_rest *r, int64_t neu,
			  struct wp_err *e)
{
	int rc = 0;
	for (size_t i = 0; r && i < r->n_s && !rc; i++) {
		const struct saetze *z = &r->s[i];
		if (!z->n)
			continue;
		sqlite3_stmt *st = store_prepare(s, z->art->schreiben, e);
		if (!st)
			return -WP_EDB;
		for (size_t j = 0; j < z->n && !rc; j++) {
			for (int c = 0; c < z->k; c++)
				sqlite3_bind_value(st, c + 1, z->v[j * (size_t)z->k + (size_t)c]);
			sqlite3_bind_int64(st, z->k + 1, neu);
			if (sqlite3_step(st) != SQLITE_DONE)
				rc = store_dberr(s, e, _(w_rest));
			sqlite3_reset(st);
		}
		sqlite3_finalize(st);
	}
	return rc;
}
