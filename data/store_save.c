/* Writing workspace entities back, each within the caller's transaction. */
#include "data/store_priv.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "model/date.h"
#include "model/i18n.h"
#include "model/labels.h"
#include "model/monat.h"

const char store_what_save_pilot[] = N_("Pilot speichern");
static const char w_save_deps[] = N_("Abhängigkeiten speichern");
static const char w_save_beh[] = N_("Behörde speichern");
static const char w_save_obj[] = N_("Objekt speichern");
static const char w_save_pf[] = N_("Plattform speichern");

#define BIND_TEXT(st, i, s) sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC)

/* what is an untranslated msgid, translated only when an error is reported. */
static int step_done(struct store *s, sqlite3_stmt *st, struct wp_err *e, const char *what)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return store_dberr(s, e, _(what));
	return 0;
}

int store_save_behoerde(struct store *s, struct ws *w, uint32_t bi, struct wp_err *e)
{
	struct behoerde *b = &w->beh[bi];
	int isnew = b->id == 0;
	sqlite3_stmt *st = isnew
		? store_cached(s, STMT_INS_BEH,
			       "INSERT INTO behoerde(name, parent_id, kgst, kontakt) VALUES (?1,?2,?3,?4)", e)
		: store_cached(s, STMT_UPD_BEH,
			       "UPDATE behoerde SET name=?1, parent_id=?2, kgst=?3, kontakt=?4 WHERE id=?5",
			       e);
	if (!st)
		return -WP_EDB;
	BIND_TEXT(st, 1, b->name);
	if (b->parent != WP_NONE)
		sqlite3_bind_int64(st, 2, w->beh[b->parent].id);
	BIND_TEXT(st, 3, b->kgst);
	BIND_TEXT(st, 4, b->kontakt);
	if (!isnew)
		sqlite3_bind_int64(st, 5, b->id);
	int rc = step_done(s, st, e, w_save_beh);
	if (!rc && isnew)
		b->id = sqlite3_last_insert_rowid(s->db);
	return rc;
}

static int too_many_crit(struct wp_err *e)
{
	return wp_fail(e, WP_EINVAL, "%s", _("Objekt speichern: zu viele Kriterien"));
}

#define CRIT_TEXT 512 /* bytes for an object's criterion values as text (crit_text) */

/* Writes the known criterion values as "CODE=WERT;…" into buf (schema.c); returns the
 * length, or -1 when buf is too small. Plain copies: this runs once per imported row. */
static int crit_text(const uint8_t *val, const struct kriterium *dvc, size_t n_dvc, char *buf,
		     size_t cap)
{
	size_t used = 0;
	for (size_t k = 0; k < n_dvc; k++) {
		if (val[k] == CV_UNBEKANNT)
			continue;
		size_t cl = strlen(dvc[k].code);
		if (used + cl + 3 >= cap)
			return -1;
		if (used)
			buf[used++] = ';';
		memcpy(buf + used, dvc[k].code, cl);
		used += cl;
		buf[used++] = '=';
		buf[used++] = (char)('0' + val[k]);
	}
	buf[used] = '\0';
	return (int)used;
}

/* Binds parameters b+1 … b+24 of an objekt INSERT or UPDATE (the column order of both; b:
 * the row's offset in a multi-row INSERT, else 0): every one, NULL where unknown, so a
 * cached statement needs no sqlite3_clear_bindings. */
static void bind_fields(sqlite3_stmt *st, int b, const struct objekt *o, int64_t behoerde_id)
{
	BIND_TEXT(st, b + 1, o->kennung);
	sqlite3_bind_int(st, b + 2, o->typ);
	BIND_TEXT(st, b + 3, o->name);
	sqlite3_bind_int64(st, b + 4, behoerde_id);
	BIND_TEXT(st, b + 5, o->hersteller);
	BIND_TEXT(st, b + 6, o->produkt);
	sqlite3_bind_int(st, b + 7, o->betrieb);
	if (o->nutzer >= 0)
		sqlite3_bind_int64(st, b + 8, o->nutzer);
	else
		sqlite3_bind_null(st, b + 8);
	if (o->fallzahl >= 0)
		sqlite3_bind_int64(st, b + 9, o->fallzahl);
	else
		sqlite3_bind_null(st, b + 9);
	for (int g = 0; g < SB__N; g++)
		sqlite3_bind_int(st, b + 10 + g, o->sb[g]);
	sqlite3_bind_int(st, b + 13, o->sb_pin);
	sqlite3_bind_int(st, b + 14, o->personenbezug);
	sqlite3_bind_int(st, b + 15, o->vs_nfd);
	sqlite3_bind_int(st, b + 16, o->lebenszyklus);
	sqlite3_bind_int(st, b + 17, o->dvc_angebot);
	BIND_TEXT(st, b + 18, o->ozg);
	if (o->vertragsende != DATE_NONE) {
		char date[16];
		sqlite3_bind_text(st, b + 19, date_format(o->vertragsende, 0, date, sizeof date), -1,
				  SQLITE_TRANSIENT);
	} else {
		sqlite3_bind_null(st, b + 19);
	}
	BIND_TEXT(st, b + 20, o->standards);
	sqlite3_bind_int(st, b + 21, o->strategie);
	if (o->aufwand >= 0)
		sqlite3_bind_double(st, b + 22, o->aufwand);
	else
		sqlite3_bind_null(st, b + 22);
	sqlite3_bind_null(st, b + 23); /* welle_pin: the wave planner's, always NULL now */
	BIND_TEXT(st, b + 24, o->notiz);
}

/* Binds the planning columns b+29 … b+33, the cost columns b+34 … b+36 and the
 * Zielplattform override b+37 of an object row (every one, NULL where none). */
static void bind_planung(sqlite3_stmt *st, int b, const struct objekt *o)
{
	char m[16];
	if (o->max_pt_monat > 0)
		sqlite3_bind_double(st, b + 29, o->max_pt_monat / 2.0);
	else
		sqlite3_bind_null(st, b + 29);
	sqlite3_bind_int(st, b + 30, o->stand);
	if (o->ist_pt > 0)
		sqlite3_bind_double(st, b + 31, o->ist_pt / 2.0);
	else
		sqlite3_bind_null(st, b + 31);
	if (o->inbetriebnahme)
		sqlite3_bind_text(st, b + 32, monat_format(o->inbetriebnahme, 0, m, sizeof m), -1,
				  SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, b + 32);
	if (o->pin_monat)
		sqlite3_bind_text(st, b + 33, monat_format(o->pin_monat, 0, m, sizeof m), -1,
				  SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, b + 33);
	const int64_t euro[3] = { o->bk_heute, o->bk_ziel, o->einmal };
	for (int k = 0; k < 3; k++) /* the costs b+34 … b+36, cents */
		if (euro[k] >= 0)
			sqlite3_bind_int64(st, b + 34 + k, euro[k]);
		else
			sqlite3_bind_null(st, b + 34 + k);
	if (o->ziel_pf > 0)
		sqlite3_bind_int64(st, b + 37, o->ziel_pf);
	else
		sqlite3_bind_null(st, b + 37);
}

int store_save_objekt(struct store *s, struct ws *w, uint32_t oi, struct wp_err *e)
{
	struct objekt *o = &w->obj[oi];
	int isnew = o->id == 0;
	sqlite3_stmt *st = isnew
		? store_cached(s, STMT_INS_OBJ,
			"INSERT INTO objekt(kennung, typ, name, behoerde_id, hersteller, produkt, betrieb,"
			" nutzer, fallzahl, sb_c, sb_i, sb_a, sb_manuell, personenbezug, vs_nfd,"
			" lebenszyklus, dvc_angebot, ozg, vertragsende, standards, strategie, aufwand_pt,"
			" welle_pin, notiz, erstellt, geaendert, kriterien, max_pt_monat, stand, ist_pt,"
			" inbetriebnahme, pin_monat, betriebskosten_heute, betriebskosten_ziel,"
			" einmalkosten, zielplattform) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,"
			"?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23,?24,?25,?26,?28,"
			"?29,?30,?31,?32,?33,?34,?35,?36,?37)", e)
		: store_cached(s, STMT_UPD_OBJ,
			"UPDATE objekt SET kennung=?1, typ=?2, name=?3, behoerde_id=?4, hersteller=?5,"
			" produkt=?6, betrieb=?7, nutzer=?8, fallzahl=?9, sb_c=?10, sb_i=?11, sb_a=?12,"
			" sb_manuell=?13, personenbezug=?14, vs_nfd=?15, lebenszyklus=?16,"
			" dvc_angebot=?17, ozg=?18, vertragsende=?19, standards=?20, strategie=?21,"
			" aufwand_pt=?22, welle_pin=?23, notiz=?24, geaendert=?26, kriterien=?28,"
			" max_pt_monat=?29, stand=?30, ist_pt=?31, inbetriebnahme=?32, pin_monat=?33,"
			" betriebskosten_heute=?34, betriebskosten_ziel=?35, einmalkosten=?36,"
			" zielplattform=?37"
			" WHERE id=?27", e);
	if (!st)
		return -WP_EDB;
	int64_t now = (int64_t)time(NULL);
	if (isnew && !o->erstellt)
		o->erstellt = now;
	o->geaendert = now;
	bind_fields(st, 0, o, w->beh[o->behoerde].id);
	if (isnew)
		sqlite3_bind_int64(st, 25, o->erstellt);
	sqlite3_bind_int64(st, 26, o->geaendert);
	if (!isnew)
		sqlite3_bind_int64(st, 27, o->id);
	char crit[CRIT_TEXT];
	int used = crit_text(w->crit + (size_t)oi * w->n_dvc, w->dvc, w->n_dvc, crit, sizeof crit);
	if (used < 0)
		return too_many_crit(e);
	sqlite3_bind_text(st, 28, crit, used, SQLITE_TRANSIENT);
	bind_planung(st, 0, o);
	int rc = step_done(s, st, e, w_save_obj);
	if (rc)
		return rc;
	if (isnew)
		o->id = sqlite3_last_insert_rowid(s->db);
	return 0;
}

int store_insert_behoerde_row(struct store *s, const struct behoerde *b, int64_t parent_id,
			      struct wp_err *e)
{
	sqlite3_stmt *st = store_cached(s, STMT_INS_BEH_ID,
		"INSERT INTO behoerde(id, name, parent_id, kgst, kontakt) VALUES (?1,?2,?3,?4,?5)", e);
	if (!st)
		return -WP_EDB;
	sqlite3_bind_int64(st, 1, b->id);
	BIND_TEXT(st, 2, b->name);
	if (parent_id)
		sqlite3_bind_int64(st, 3, parent_id);
	BIND_TEXT(st, 4, b->kgst);
	BIND_TEXT(st, 5, b->kontakt);
	return step_done(s, st, e, w_save_beh);
}

#define OBJ_COLS 37  /* bound parameters per object row, in the order of OBJ_INSERT's columns */
#define OBJ_BATCH 16 /* rows per multi-row INSERT: cursors opened and closed once for many */

/* The columns in the order of bind_fields' and bind_planung's parameter numbers, so that
 * plain "?" placeholders number themselves row after row. OR FAIL: a failing row stops
 * the statement without undoing its earlier rows, so SQLite keeps no statement journal
 * (with the default ABORT, a multi-row INSERT writes every page it changes to one: 33
 * times the writes); the bulk import rolls back its whole transaction on any error. */
#define OBJ_INSERT "INSERT OR FAIL INTO objekt(kennung, typ, name, behoerde_id, hersteller, produkt," \
	" betrieb, nutzer, fallzahl, sb_c, sb_i, sb_a, sb_manuell, personenbezug, vs_nfd," \
	" lebenszyklus, dvc_angebot, ozg, vertragsende, standards, strategie, aufwand_pt," \
	" welle_pin, notiz, erstellt, geaendert, id, kriterien, max_pt_monat, stand, ist_pt," \
	" inbetriebnahme, pin_monat, betriebskosten_heute, betriebskosten_ziel, einmalkosten," \
	" zielplattform) VALUES "
#define OBJ_V1 "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
#define OBJ_V4 OBJ_V1 "," OBJ_V1 "," OBJ_V1 "," OBJ_V1
#define OBJ_V16 OBJ_V4 "," OBJ_V4 "," OBJ_V4 "," OBJ_V4

/* Binds row r as the k-th row of st; crit text into ct (alive until st steps). */
static int bind_objekt_row(sqlite3_stmt *st, int k, const struct objekt_row *r,
			   const struct kriterium *dvc, size_t n_dvc, char ct[CRIT_TEXT],
			   struct wp_err *e)
{
	int b = k * OBJ_COLS;
	int used = crit_text(r->crit, dvc, n_dvc, ct, CRIT_TEXT);
	if (used < 0)
		return too_many_crit(e);
	bind_fields(st, b, r->o, r->behoerde_id);
	sqlite3_bind_int64(st, b + 25, r->o->erstellt);
	sqlite3_bind_int64(st, b + 26, r->o->geaendert);
	sqlite3_bind_int64(st, b + 27, r->o->id);
	sqlite3_bind_text(st, b + 28, ct, used, SQLITE_STATIC);
	bind_planung(st, b, r->o);
	return 0;
}

int store_insert_objekt_rows(struct store *s, const struct objekt_row *r, size_t n,
			     const struct kriterium *dvc, size_t n_dvc, struct wp_err *e)
{
	_Static_assert(OBJ_BATCH == 16, "OBJ_V16 spells out OBJ_BATCH rows");
	char ct[OBJ_BATCH][CRIT_TEXT];
	int rc = 0;
	for (size_t i = 0; i < n && !rc;) {
		size_t k = n - i >= OBJ_BATCH ? OBJ_BATCH : 1;
		sqlite3_stmt *st = k == OBJ_BATCH
			? store_cached_all(s, STMT_INS_OBJS_BATCH, OBJ_INSERT OBJ_V16, e)
			: store_cached_all(s, STMT_INS_OBJ_ID, OBJ_INSERT OBJ_V1, e);
		if (!st)
			return -WP_EDB;
		for (size_t j = 0; j < k && !rc; j++, i++)
			rc = bind_objekt_row(st, (int)j, &r[i], dvc, n_dvc, ct[j], e);
		if (!rc)
			rc = step_done(s, st, e, w_save_obj);
	}
	return rc;
}

#define DEP_BATCH 100 /* rows per multi-row INSERT: one statement step for many edges */

/* The multi-row INSERT of DEP_BATCH dependencies; the DEP_BATCH (100) value triples are
 * spelled out as one literal: no SQL is formatted. */
static sqlite3_stmt *dep_batch_stmt(struct store *s, struct wp_err *e)
{
#define DEP_V1 "(?,?,?)"
#define DEP_V10 DEP_V1 "," DEP_V1 "," DEP_V1 "," DEP_V1 "," DEP_V1 "," DEP_V1 "," DEP_V1 "," \
	DEP_V1 "," DEP_V1 "," DEP_V1
#define DEP_V100 DEP_V10 "," DEP_V10 "," DEP_V10 "," DEP_V10 "," DEP_V10 "," DEP_V10 "," \
	DEP_V10 "," DEP_V10 "," DEP_V10 "," DEP_V10
	_Static_assert(DEP_BATCH == 100, "DEP_V100 spells out DEP_BATCH rows");
	return store_cached_all(s, STMT_INS_DEPS_BATCH,
			    "INSERT OR REPLACE INTO abhaengigkeit(von_id, zu_id, label) VALUES " DEP_V100,
			    e);
}

/* Inserts rows [from, from + n) of the edge list into abhaengigkeit with one statement. */
static int insert_dep_rows(struct store *s, const struct ws *w, const uint32_t *edges, size_t n,
			   struct wp_err *e)
{
	sqlite3_stmt *st = n == DEP_BATCH ? dep_batch_stmt(s, e) : NULL;
	for (size_t i = 0; i < n; i++) {
		const struct dep *d = &w->dep[edges[i]];
		if (n != DEP_BATCH) {
			st = store_cached(s, STMT_INS_DEP,
					  "INSERT OR REPLACE INTO abhaengigkeit(von_id, zu_id, label) VALUES (?1,?2,?3)", e);
			if (!st)
				return -WP_EDB;
		}
		int base = n == DEP_BATCH ? (int)i * 3 : 0;
		sqlite3_bind_int64(st, base + 1, w->obj[d->von].id);
		sqlite3_bind_int64(st, base + 2, w->obj[d->zu].id);
		BIND_TEXT(st, base + 3, ws_dep_label(w, edges[i]));
		if (n != DEP_BATCH) {
			int rc = step_done(s, st, e, w_save_deps);
			if (rc)
				return rc;
		}
	}
	return n == DEP_BATCH ? step_done(s, st, e, w_save_deps) : 0;
}

int store_insert_dep_rows(struct store *s, const struct dep_row *r, size_t n, struct wp_err *e)
{
	int rc = 0;
	for (size_t i = 0; i < n && !rc;) {
		size_t k = n - i >= DEP_BATCH ? DEP_BATCH : 1;
		sqlite3_stmt *st = k == DEP_BATCH ? dep_batch_stmt(s, e)
			: store_cached(s, STMT_INS_DEP, "INSERT OR REPLACE INTO abhaengigkeit(von_id, zu_id, "
				       "label) VALUES (?1,?2,?3)", e);
		if (!st)
			return -WP_EDB;
		for (size_t j = 0; j < k; j++, i++) {
			sqlite3_bind_int64(st, (int)j * 3 + 1, r[i].von);
			sqlite3_bind_int64(st, (int)j * 3 + 2, r[i].zu);
			BIND_TEXT(st, (int)j * 3 + 3, r[i].label);
		}
		rc = step_done(s, st, e, w_save_deps);
	}
	return rc;
}

int store_insert_deps(struct store *s, struct ws *w, const uint32_t *objs, size_t n,
		      struct wp_err *e)
{
	uint32_t edges[DEP_BATCH];
	size_t k = 0;
	int rc = 0;
	for (size_t i = 0; i < n && !rc; i++) {
		uint32_t oi = objs[i];
		for (uint32_t j = w->out_off[oi]; j < w->out_off[oi + 1] && !rc; j++) {
			edges[k++] = w->out_dep[j];
			if (k == DEP_BATCH) {
				rc = insert_dep_rows(s, w, edges, k, e);
				k = 0;
			}
		}
	}
	if (!rc && k)
		rc = insert_dep_rows(s, w, edges, k, e);
	return rc;
}

int store_delete_deps(struct store *s, const struct ws *w, uint32_t oi, struct wp_err *e)
{
	sqlite3_stmt *st = store_cached(s, STMT_DEL_DEPS, "DELETE FROM abhaengigkeit WHERE von_id=?1", e);
	if (!st)
		return -WP_EDB;
	sqlite3_bind_int64(st, 1, w->obj[oi].id);
	return step_done(s, st, e, w_save_deps);
}

int store_save_deps(struct store *s, struct ws *w, uint32_t oi, int isnew, struct wp_err *e)
{
	int rc = isnew ? 0 : store_delete_deps(s, w, oi, e);
	return rc ? rc : store_insert_deps(s, w, &oi, 1, e);
}

int store_delete_objekt(struct store *s, int64_t id, struct wp_err *e)
{
	sqlite3_stmt *st = store_cached(s, STMT_DEL_OBJ, "DELETE FROM objekt WHERE id=?1", e);
	if (!st)
		return -WP_EDB;
	sqlite3_bind_int64(st, 1, id);
	return step_done(s, st, e, LBL_OBJEKT_LOESCHEN);
}

/* Runs a one-off statement with up to 4 bound parameters described by fmt ('t' text,
 * 'i' int64, 'd' double, 'n' NULL) and values in the variadic-free arrays. */
static int run(struct store *s, struct wp_err *e, const char *what, const char *sql,
	       const char *fmt, const char *const *txt, const int64_t *num, const double *dbl)
{
	sqlite3_stmt *st = store_prepare(s, sql, e);
	if (!st)
		return -WP_EDB;
	for (int i = 0; fmt[i]; i++) {
		switch (fmt[i]) {
		case 't': BIND_TEXT(st, i + 1, txt[i]); break;
		case 'i': sqlite3_bind_int64(st, i + 1, num[i]); break;
		case 'd': sqlite3_bind_double(st, i + 1, dbl[i]); break;
		default: break;
		}
	}
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : store_dberr(s, e, _(what));
}

int store_delete_behoerde(struct store *s, int64_t id, struct wp_err *e)
{
	return run(s, e, N_("Behörde löschen"), "DELETE FROM behoerde WHERE id=?1", "i", NULL,
		   &id, NULL);
}

int store_save_kriterien(struct store *s, const struct ws *w, struct wp_err *e)
{
	int rc = 0;
	int64_t pos = 0;
	for (int art = 0; art < 2 && !rc; art++) {
		const struct kriterium *k = art ? w->dvc : w->rl;
		size_t n = art ? w->n_dvc : w->n_rl;
		for (size_t i = 0; i < n && !rc; i++, pos++) {
			const char *txt[6] = { k[i].code, art ? "DVC" : "RL", k[i].name, k[i].beschreibung };
			int64_t num[6] = { 0, 0, 0, 0, 0, pos };
			double dbl[6] = { 0, 0, 0, 0, k[i].gewicht, 0 };
			rc = run(s, e, N_("Kriterien speichern"),
				 "INSERT INTO kriterium(code, art, name, beschreibung, gewicht, pos) "
				 "VALUES (?1,?2,?3,?4,?5,?6) ON CONFLICT(code) DO UPDATE SET art=?2, "
				 "name=?3, beschreibung=?4, gewicht=?5, pos=?6",
				 "ttttdi", txt, num, dbl);
		}
	}
	return rc;
}

int store_save_plattform(struct store *s, struct ws *w, uint32_t pi, struct wp_err *e)
{
	struct plattform *p = &w->pf[pi];
	const char *txt[9] = { p->code, p->name, p->beschreibung };
	int64_t num[9] = { 0, 0, 0, p->rang, p->vs_nfd, p->beispiel, 0, p->id, p->kostenfaktor };
	int rc;
	if (p->id == 0) {
		rc = run(s, e, w_save_pf,
			 "INSERT INTO plattform(code, name, beschreibung, rang, vs_nfd, beispiel, "
			 "kostenfaktor) VALUES (?1,?2,?3,?4,?5,?6,?9)", "tttiiinii", txt, num, NULL);
		if (rc)
			return rc;
		p->id = sqlite3_last_insert_rowid(s->db);
	} else {
		rc = run(s, e, w_save_pf,
			 "UPDATE plattform SET code=?1, name=?2, beschreibung=?3, rang=?4, vs_nfd=?5, "
			 "beispiel=?6, kostenfaktor=?9 WHERE id=?8", "tttiiinii", txt, num, NULL);
		if (rc)
			return rc;
	}
	for (size_t r = 0; r < w->n_rl && !rc; r++) {
		const char *t2[4] = { NULL, w->rl[r].code, NULL, w->rl_quelle[pi * w->n_rl + r] };
		int64_t n2[4] = { p->id, 0, w->rl_val[pi * w->n_rl + r], 0 };
		rc = run(s, e, w_save_pf,
			 "INSERT INTO plattform_rl(plattform_id, code, wert, quelle) VALUES (?1,?2,?3,?4) "
			 "ON CONFLICT(plattform_id, code) DO UPDATE SET wert=?3, quelle=?4",
			 "itit", t2, n2, NULL);
	}
	return rc;
}

int store_delete_plattform(struct store *s, int64_t id, struct wp_err *e)
{
	int64_t num[1] = { id };
	return run(s, e, N_("Plattform löschen"), "DELETE FROM plattform WHERE id=?1", "i", NULL, num,
		   NULL);
}

int store_save_settings(struct store *s, const struct ws *w, struct wp_err *e)
{
	int rc = 0;
	for (int i = 0; i < SET__N && !rc; i++) {
		const char *txt[3] = { setting_defs[i].key, NULL,
				       w->set_annahme[i] ? w->set_annahme[i] : "" };
		double dbl[3] = { 0, w->set.v[i], 0 };
		rc = run(s, e, N_("Einstellungen speichern"),
			 "INSERT INTO einstellung(key, value, annahme) VALUES (?1,?2,?3) "
			 "ON CONFLICT(key) DO UPDATE SET value=?2, annahme=?3", "tdt", txt, NULL, dbl);
	}
	if (!rc)
		rc = store_save_kriterien(s, w, e);
	return rc;
}

int store_save_pilot(struct store *s, struct ws *w, uint32_t pi, struct wp_err *e)
{
	struct pilot *p = &w->pilot[pi];
	const char *txt[5] = { p->name, p->ziel, p->ozg };
	int64_t num[5] = { 0, 0, 0, p->status, p->id };
	int rc;
	if (p->id == 0) {
		rc = run(s, e, store_what_save_pilot,
			 "INSERT INTO pilot(name, ziel, ozg, status) VALUES (?1,?2,?3,?4)", "ttti", txt,
			 num, NULL);
		if (rc)
			return rc;
		p->id = sqlite3_last_insert_rowid(s->db);
	} else {
		rc = run(s, e, store_what_save_pilot,
			 "UPDATE pilot SET name=?1, ziel=?2, ozg=?3, status=?4 WHERE id=?5", "tttii",
			 txt, num, NULL);
		if (rc)
			return rc;
	}
	int64_t id[1] = { p->id };
	if ((rc = run(s, e, store_what_save_pilot, "DELETE FROM pilot_objekt WHERE pilot_id=?1", "i",
		      NULL, id, NULL)) ||
	    (rc = run(s, e, store_what_save_pilot, "DELETE FROM pilot_todo WHERE pilot_id=?1", "i",
		      NULL, id, NULL)))
		return rc;
	for (size_t i = 0; i < p->n_members && !rc; i++) {
		int64_t n2[2] = { p->id, w->obj[p->members[i]].id };
		rc = run(s, e, store_what_save_pilot,
			 "INSERT OR IGNORE INTO pilot_objekt(pilot_id, objekt_id) VALUES (?1,?2)", "ii",
			 NULL, n2, NULL);
	}
	for (size_t i = 0; i < p->n_todos && !rc; i++) {
		const char *t2[4] = { NULL, NULL, p->todos[i].text };
		int64_t n2[4] = { p->id, (int64_t)i, 0, p->todos[i].done };
		rc = run(s, e, store_what_save_pilot,
			 "INSERT INTO pilot_todo(pilot_id, pos, text, erledigt) VALUES (?1,?2,?3,?4)",
			 "iiti", t2, n2, NULL);
		if (!rc)
			p->todos[i].id = sqlite3_last_insert_rowid(s->db);
	}
	return rc;
}

int store_save_all(struct store *s, struct ws *w, struct wp_err *e)
{
	int rc = store_save_settings(s, w, e);
	for (size_t i = 0; i < w->n_beh && !rc; i++)
		rc = store_save_behoerde(s, w, (uint32_t)i, e);
	for (size_t i = 0; i < w->n_pf && !rc; i++)
		rc = store_save_plattform(s, w, (uint32_t)i, e);
	for (size_t i = 0; i < w->n_obj && !rc; i++)
		rc = store_save_objekt(s, w, (uint32_t)i, e);
	for (size_t i = 0; i < w->n_obj && !rc; i++) {
		uint32_t oi = (uint32_t)i;
		rc = store_insert_deps(s, w, &oi, 1, e);
	}
	for (size_t i = 0; i < w->n_pilot && !rc; i++)
		rc = store_save_pilot(s, w, (uint32_t)i, e);
	return rc;
}
