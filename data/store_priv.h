/* Internals shared by the store's source files (not for other layers). */
#ifndef WP_DATA_STORE_PRIV_H
#define WP_DATA_STORE_PRIV_H

#include <sqlite3.h>

#include "data/store.h"

/* Slots of the prepared-statement cache. */
enum stmt_id {
	STMT_CATALOG_NAME, STMT_INS_BEH, STMT_UPD_BEH, STMT_INS_OBJ, STMT_UPD_OBJ, STMT_DEL_DEPS,
	STMT_INS_DEP, STMT_INS_DEPS_BATCH, STMT_DEL_OBJ, STMT_INS_BEH_ID, STMT_INS_OBJ_ID,
	STMT_INS_OBJS_BATCH,
	STMT__N
};

struct store {
	sqlite3 *db;
	int in_tx;
	int fk_off;              /* foreign keys switched off for a bulk transaction */
	int file;                /* 1 = a file (WAL workspace), 0 = ":memory:" */
	int rollback_journal;    /* bulk transaction runs in journal_mode=DELETE (store.c) */
	int64_t loaded_version;  /* PRAGMA data_version at the last store_load, 0 = none */
	int64_t sicht;           /* a view of this scenario id (szenario_open): its assumptions
				  * and plan are read instead of the active one's, writes are
				  * refused; 0 = the active scenario, writable */
	int geliehen;            /* db belongs to another store (szenario_copy): not closed */
	sqlite3_stmt *cache[STMT__N]; /* prepared statements by enum stmt_id (store_save.c) */
};

/* Records PRAGMA data_version as the baseline for store_begin's change check. */
int store_mark_loaded(struct store *s);
/* Formats the SQLite error of s->db into e with a German prefix. Returns -WP_EDB. */
int store_dberr(struct store *s, struct wp_err *e, const char *what);
/* Prepares sql (caller finalizes). Returns NULL and sets e on error. */
sqlite3_stmt *store_prepare(struct store *s, const char *sql, struct wp_err *e);
/* Returns the cached statement slot id, preparing it on first use, reset and unbound. */
sqlite3_stmt *store_cached(struct store *s, int id, const char *sql, struct wp_err *e);
/* The same without unbinding, for callers that bind every parameter (the bulk inserts). */
sqlite3_stmt *store_cached_all(struct store *s, int id, const char *sql, struct wp_err *e);

/* 0 if s is non-empty (not only blanks), valid UTF-8, free of control characters and at
 * most max bytes; otherwise a message naming what (a msgid) and -WP_EINVAL
 * (data/store_pilot.c). */
int store_text_ok(const char *s, size_t max, const char *what, struct wp_err *e);

/* The message for a workspace without an active scenario (a msgid). */
#define STORE_OHNE_AKTIV N_("Arbeitsbereich ohne aktives Szenario (wolkenplan check prüft ihn)")

/* The id of the scenario whose stored Zeitplan s reads and writes: s->sicht, or the active
 * one. Returns 0 or -WP_E* (data/store_zeitplan.c). */
int store_plan_szenario(struct store *s, int64_t *id, struct wp_err *e);

/* Replaces the assumptions in w (loaded from the live tables, which hold the active
 * scenario's) by those of scenario s->sicht: settings, capacity exceptions, platform
 * profiles, per-object overrides; the same result as loading after a switch to it
 * (data/store_sicht.c). Inside store_load's read transaction. Returns 0 or -WP_E*. */
int store_load_sicht(struct store *s, struct ws *w, struct wp_err *e);

/* Column i of st, a REAL of PT, as half-PT (model/ws.h); NULL gives 0
 * (data/store_load.c). */
int32_t store_col_halbpt(sqlite3_stmt *st, int i);
/* Steps st, a query of the columns (monat, pt) ordered by month, appending each row to
 * w->kap (a month that does not read is skipped: the default applies). Returns the last
 * sqlite3_step result: SQLITE_DONE when all were read, SQLITE_ROW when memory ran out,
 * else SQLite's error (data/store_load.c). The caller finalizes st. */
int store_read_kapazitaet(sqlite3_stmt *st, struct ws *w);
/* Column i of st, a JJJJ-MM text, as a month (model/monat.h); NULL or unreadable gives 0,
 * no month (data/store_load.c). */
int32_t store_col_monat(sqlite3_stmt *st, int i);

/* Loads the decision log into w (data/store_beschluss.c), inside store_load's read
 * transaction. Returns 0 or -WP_E*. */
int store_load_beschluesse(struct store *s, struct ws *w, struct wp_err *e);

/* "Pilot speichern" (msgid): what failed, for store_dberr, in every pilot write. */
extern const char store_what_save_pilot[];

#endif
