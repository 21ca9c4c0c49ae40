/* Opening, validating, migrating and checking workspace files. */
#include "data/store_priv.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "data/schema.h"
#include "data/umstellung.h"
#include "model/i18n.h"

/* What failed, for error messages (msgids, translated when reported). */
static const char w_begin[] = N_("Schreibvorgang beginnen");
static const char w_commit[] = N_("Speichern");

#define STORE_BUSY_MS 5000 /* how long a write waits for another program's lock */

int store_dberr(struct store *s, struct wp_err *e, const char *what)
{
	int code = sqlite3_errcode(s->db);
	int wc = (code == SQLITE_BUSY || code == SQLITE_LOCKED) ? WP_EBUSY : WP_EDB;
	if (wc == WP_EBUSY)
		return wp_fail(e, wc, _("%s: der Arbeitsbereich ist gerade von einem anderen Programm "
					"gesperrt; bitte erneut versuchen"), what);
	if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
		return wp_fail(e, WP_EDB, _("%s: die Datenbank ist beschädigt (%s) — Einzelheiten: "
					    "wolkenplan check; bitte eine Sicherung einspielen"),
			       what, sqlite3_errmsg(s->db));
	if (code == SQLITE_FULL)
		return wp_fail(e, WP_EIO, _("%s: kein Platz mehr auf dem Datenträger"), what);
	if (code == SQLITE_READONLY)
		return wp_fail(e, WP_EIO, _("%s: der Arbeitsbereich ist schreibgeschützt (Rechte der "
					    "Datei und ihres Ordners prüfen)"), what);
	return wp_fail(e, wc, _("%s: Datenbankfehler: %s"), what, sqlite3_errmsg(s->db));
}

sqlite3_stmt *store_prepare(struct store *s, const char *sql, struct wp_err *e)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
		store_dberr(s, e, _("Abfrage vorbereiten"));
		return NULL;
	}
	return st;
}

sqlite3_stmt *store_cached(struct store *s, int id, const char *sql, struct wp_err *e)
{
	sqlite3_stmt *st = s->cache[id];
	if (!st) {
		st = store_prepare(s, sql, e);
		s->cache[id] = st;
		return st;
	}
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return st;
}

sqlite3_stmt *store_cached_all(struct store *s, int id, const char *sql, struct wp_err *e)
{
	sqlite3_stmt *st = s->cache[id];
	if (!st)
		return s->cache[id] = store_prepare(s, sql, e);
	sqlite3_reset(st);
	return st;
}

static int exec(struct store *s, const char *sql, struct wp_err *e)
{
	char *msg = NULL;
	if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		int rc = wp_fail(e, WP_EDB, _("Datenbankfehler: %s"), msg ? msg : "?");
		sqlite3_free(msg);
		return rc;
	}
	return 0;
}

static int pragma_int(struct store *s, const char *sql, int *out, struct wp_err *e)
{
	sqlite3_stmt *st = store_prepare(s, sql, e);
	if (!st)
		return -WP_EDB;
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW)
		return store_dberr(s, e, _("Datenbank lesen"));
	return 0;
}

/* Reads the first bytes of an existing file to make sure it is an SQLite database before
 * SQLite ever opens it (so a foreign file is never touched). */
static int looks_like_sqlite(const char *path, struct wp_err *e)
{
	char hdr[16];
	int fd = open(path, O_RDONLY);
	if (fd < 0) {
		if (errno == ENOENT)
			return wp_fail(e, WP_ENOTFOUND,
				       _("%s: Arbeitsbereich gibt es nicht (anlegen mit: wolkenplan init "
					 "--db %s)"),
				       path, path);
		return wp_fail_read(e, path, errno);
	}
	ssize_t n = read(fd, hdr, sizeof hdr);
	close(fd);
	if (n != (ssize_t)sizeof hdr || memcmp(hdr, "SQLite format 3", 16) != 0)
		return wp_fail(e, WP_EFORMAT,
			       _("%s: keine wolkenplan-Datenbank (keine SQLite-Datei); die Datei wurde "
				 "nicht verändert"),
			       path);
	return 0;
}

static int migrate(struct store *s, int from, struct wp_err *e)
{
	int rc = 0;
	if ((rc = exec(s, "BEGIN IMMEDIATE", e)))
		return rc;
	for (int v = from; v < WP_SCHEMA_VERSION; v++)
		for (const char *const *q = schema_migrations[v]; *q; q++)
			if ((rc = exec(s, *q, e)))
				goto fail;
	if (from >= 1 && from < 3 && (rc = store_umstellen_v3(s, e)))
		goto fail;
	/* PRAGMAs take no bound parameters: a literal spelled from the compile-time integers */
#define STORE_STR_(x) #x
#define STORE_STR(x) STORE_STR_(x)
	if ((rc = exec(s, "PRAGMA user_version=" STORE_STR(WP_SCHEMA_VERSION)
			  "; PRAGMA application_id=" STORE_STR(WP_APPLICATION_ID), e)))
		goto fail;
	if ((rc = exec(s, "COMMIT", e)))
		goto fail;
	return 0;
fail:
	sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

int store_open(const char *path, enum store_mode mode, struct store **out, struct wp_err *e)
{
	struct store *s = NULL;
	int rc = 0, created = 0, memory = strcmp(path, ":memory:") == 0;
	*out = NULL;

	if (mode == STORE_EXISTING) {
		if (memory)
			return wp_fail(e, WP_EUSAGE, _(":memory: gibt es nur beim Anlegen"));
		if ((rc = looks_like_sqlite(path, e)))
			return rc;
	} else if (!memory) {
		int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
		if (fd < 0) {
			if (errno == EEXIST)
				return wp_fail(e, WP_EEXIST,
					       _("%s: die Datei gibt es schon; sie wird nicht überschrieben"),
					       path);
			return wp_fail(e, WP_EIO, _("%s: kann nicht angelegt werden: %s"), path,
				       wp_errno_text(errno));
		}
		close(fd);
		created = 1;
	}

	/* no global memory statistics: every SQLite allocation would take a mutex for them
	 * (≈ 2.5 % of an import). Only possible before SQLite initialises; later calls are
	 * refused harmlessly. */
	static int configured;
	if (!configured) {
		configured = 1;
		sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
	}
	s = calloc(1, sizeof *s);
	if (!s) {
		rc = wp_nomem(e);
		goto fail;
	}
	/* NOMUTEX: a connection is used by one thread at a time (the import's writer thread
	 * takes it over and hands it back), so SQLite's per-call locking is not needed */
	if (sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) !=
	    SQLITE_OK) {
		rc = wp_fail(e, WP_EIO, _("%s: kann nicht geöffnet werden: %s"), path,
			     s->db ? sqlite3_errmsg(s->db) : "?");
		goto fail;
	}
	sqlite3_extended_result_codes(s->db, 0);
	sqlite3_busy_timeout(s->db, STORE_BUSY_MS);

	int app = 0, ver = 0;
	if ((rc = pragma_int(s, "PRAGMA application_id", &app, e)) ||
	    (rc = pragma_int(s, "PRAGMA user_version", &ver, e))) {
		if (mode == STORE_EXISTING) {
			int code = sqlite3_errcode(s->db);
			if (code == SQLITE_READONLY || code == SQLITE_CANTOPEN)
				rc = wp_fail(e, WP_EIO, _("%s: kann nicht geöffnet werden: Datei oder Ordner "
							  "ist schreibgeschützt (wolkenplan braucht "
							  "Schreibrecht im Ordner für die Begleitdateien "
							  "-wal und -shm); die Datei wurde nicht verändert"),
					     path);
			else
				rc = wp_fail(e, WP_EFORMAT, _("%s: keine lesbare wolkenplan-Datenbank (%s); "
							      "die Datei wurde nicht verändert"),
					     path, sqlite3_errmsg(s->db));
		}
		goto fail;
	}
	if (mode == STORE_EXISTING) {
		if (app != WP_APPLICATION_ID) {
			rc = wp_fail(e, WP_EFORMAT,
				     _("%s: SQLite-Datei, aber kein wolkenplan-Arbeitsbereich; die Datei "
				       "wurde nicht verändert"),
				     path);
			goto fail;
		}
		if (ver > WP_SCHEMA_VERSION) {
			rc = wp_fail(e, WP_ENEWER,
				     _("%s: mit einer neueren wolkenplan-Version geschrieben (Schema %d, "
				       "diese Version kennt %d); bitte wolkenplan aktualisieren — die "
				       "Datei wurde nicht verändert"),
				     path, ver, WP_SCHEMA_VERSION);
			goto fail;
		}
	}
	if ((rc = exec(s, "PRAGMA foreign_keys=ON", e)))
		goto fail;
	/* WAL with synchronous=NORMAL: a crash never corrupts the file or splits a
	 * transaction; only the last commit may be lost on power failure */
	if (!memory && ((rc = exec(s, "PRAGMA journal_mode=WAL", e)) ||
			(rc = exec(s, "PRAGMA synchronous=NORMAL", e))))
		goto fail;
	exec(s, "PRAGMA cache_size=-32768", NULL); /* 32 MiB for large imports */
	s->file = !memory;
	if (ver < WP_SCHEMA_VERSION && (rc = migrate(s, ver, e)))
		goto fail;
	*out = s;
	return 0;
fail:
	store_close(&s);
	if (created)
		unlink(path);
	return rc;
}

void store_close(struct store **ps)
{
	struct store *s = ps ? *ps : NULL;
	if (!s)
		return;
	for (size_t i = 0; i < sizeof s->cache / sizeof s->cache[0]; i++)
		sqlite3_finalize(s->cache[i]);
	if (s->in_tx)
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	if (!s->geliehen)
		sqlite3_close(s->db);
	free(s);
	*ps = NULL;
}

static int data_version(struct store *s, int64_t *out)
{
	int v = 0;
	int rc = pragma_int(s, "PRAGMA data_version", &v, NULL);
	*out = v;
	return rc;
}

int store_mark_loaded(struct store *s)
{
	return data_version(s, &s->loaded_version);
}

int store_changed_elsewhere(struct store *s)
{
	int64_t now = 0;
	if (!s || !s->loaded_version || data_version(s, &now))
		return 0;
	return now != s->loaded_version;
}

/* Runs a journal_mode PRAGMA without waiting for other connections (busy timeout 0 for
 * this one statement); returns 1 when the mode reported afterwards is want. */
static int journal_mode(struct store *s, const char *sql, const char *want)
{
	sqlite3_stmt *st = NULL;
	int ok = 0;
	sqlite3_busy_timeout(s->db, 0);
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW) {
		const char *m = (const char *)sqlite3_column_text(st, 0);
		ok = m && strcmp(m, want) == 0;
	}
	sqlite3_finalize(st);
	sqlite3_busy_timeout(s->db, STORE_BUSY_MS);
	return ok;
}

/* A bulk import writes every page twice in WAL mode (log, then checkpoint). When no other
 * connection has the workspace open, the bulk transaction runs with a rollback journal
 * instead (journal_mode=DELETE, synchronous=FULL, like sqlite3's defaults): new pages are
 * written once, the journal holds only the few pages that existed, and a crash leaves a hot
 * journal that the next open rolls back, so the import stays all or nothing. Best effort:
 * with another connection open the switch is refused at once and WAL stays. */
static void bulk_journal_on(struct store *s)
{
	/* a small page cache: the pages of a bulk import are written once anyway, and spilling
	 * them early costs less than faulting in 30 MB of cache (measured: 7,000 fewer page
	 * faults and ~5 % less CPU per 100,000 rows) */
	sqlite3_exec(s->db, "PRAGMA cache_size=-2048", NULL, NULL, NULL);
	/* the schema's CHECKs (ranges of the enum codes, non-negative numbers) are what
	 * model/fields.c already checked of every imported value: not evaluated a second time
	 * per row (6 % of the writer's instructions); `wolkenplan check` verifies them */
	sqlite3_exec(s->db, "PRAGMA ignore_check_constraints=ON", NULL, NULL, NULL);
	if (!s->file)
		return;
	if (journal_mode(s, "PRAGMA journal_mode=DELETE", "delete")) {
		s->rollback_journal = 1;
		sqlite3_exec(s->db, "PRAGMA synchronous=FULL", NULL, NULL, NULL);
	}
}

/* Back to WAL after the bulk transaction; if another program opened the file meanwhile,
 * the switch fails and the next store_open switches. */
static void bulk_journal_off(struct store *s)
{
	if (!s->rollback_journal)
		return;
	s->rollback_journal = 0;
	if (journal_mode(s, "PRAGMA journal_mode=WAL", "wal"))
		sqlite3_exec(s->db, "PRAGMA synchronous=NORMAL", NULL, NULL, NULL);
}

static int begin(struct store *s, int bulk, struct wp_err *e)
{
	if (s->sicht || s->geliehen) /* a view of a scenario (data/szenario.h): read only */
		return wp_fail(e, WP_EINVAL, _("das Szenario wird hier nur gelesen; nichts wurde "
					       "gespeichert (wechseln: wolkenplan szenario use NAME)"));
	if (sqlite3_db_readonly(s->db, "main") == 1) /* SQLite fell back to reading only */
		return wp_fail(e, WP_EIO, _("der Arbeitsbereich ist schreibgeschützt (Rechte der Datei "
					    "und ihres Ordners prüfen); nichts wurde gespeichert"));
	if (bulk && sqlite3_exec(s->db, "PRAGMA foreign_keys=OFF", NULL, NULL, NULL) != SQLITE_OK)
		return store_dberr(s, e, _(w_begin));
	s->fk_off = bulk;
	if (bulk)
		bulk_journal_on(s);
	if (sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK) {
		int rc = store_dberr(s, e, _(w_begin));
		store_rollback(s);
		return rc;
	}
	s->in_tx = 1;
	int64_t now = 0;
	if (s->loaded_version && (data_version(s, &now) || now != s->loaded_version)) {
		store_rollback(s);
		return wp_fail(e, WP_EBUSY, _("der Arbeitsbereich wurde inzwischen von einem anderen "
					      "Programm geändert; nichts wurde gespeichert — bitte neu laden "
					      "und erneut versuchen"));
	}
	return 0;
}

int store_begin(struct store *s, struct wp_err *e)
{
	return begin(s, 0, e);
}

int store_begin_bulk(struct store *s, struct wp_err *e)
{
	return begin(s, 1, e);
}

static void fk_on(struct store *s)
{
	if (s->fk_off) {
		sqlite3_exec(s->db, "PRAGMA foreign_keys=ON", NULL, NULL, NULL);
		sqlite3_exec(s->db, "PRAGMA cache_size=-32768", NULL, NULL, NULL); /* as store_open */
		sqlite3_exec(s->db, "PRAGMA ignore_check_constraints=OFF", NULL, NULL, NULL);
		s->fk_off = 0;
	}
	bulk_journal_off(s);
}

int store_flush(struct store *s, struct wp_err *e)
{
	int rc = sqlite3_db_cacheflush(s->db);
	if (rc == SQLITE_OK || rc == SQLITE_BUSY) /* busy: readers; the commit writes them */
		return 0;
	return store_dberr(s, e, _(w_commit));
}

int store_commit(struct store *s, struct wp_err *e)
{
	if (sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
		int rc = store_dberr(s, e, _(w_commit));
		store_rollback(s);
		return rc;
	}
	s->in_tx = 0;
	fk_on(s);
	/* our own commits do not change data_version; keep the baseline */
	return 0;
}

void store_rollback(struct store *s)
{
	if (s && s->in_tx) {
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		s->in_tx = 0;
	}
	if (s)
		fk_on(s);
}

int store_tx(struct store *s, int (*fn)(void *ctx, struct store *s, struct wp_err *e), void *ctx,
	     struct wp_err *e)
{
	int rc = store_begin(s, e);
	if (!rc)
		rc = fn(ctx, s, e);
	if (!rc)
		rc = store_commit(s, e);
	if (rc)
		store_rollback(s);
	return rc;
}

int store_check(struct store *s, void (*report)(void *ctx, const char *msg), void *ctx,
		struct wp_err *e)
{
	int problems = 0;
	char msg[512];
	sqlite3_stmt *st = store_prepare(s, "PRAGMA integrity_check(20)", e); /* first 20 */
	if (!st)
		return -WP_EDB;
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(st, 0);
		if (t && strcmp(t, "ok") != 0) {
			snprintf(msg, sizeof msg, _("Datenbank beschädigt: %s"), t);
			report(ctx, msg);
			problems++;
		}
	}
	sqlite3_finalize(st);
	/* references the model relies on, reported by Kennung */
	static const struct {
		const char *sql, *fmt;
	} checks[] = {
		{ "SELECT o.kennung, a.zu_id FROM abhaengigkeit a JOIN objekt o ON o.id = a.von_id "
		  "WHERE a.zu_id NOT IN (SELECT id FROM objekt) ORDER BY o.kennung",
		  N_("Objekt %s: Abhängigkeit auf ein fehlendes Objekt (Nr. %s)") },
		{ "SELECT o.kennung, o.behoerde_id FROM objekt o "
		  "WHERE o.behoerde_id IS NULL OR o.behoerde_id NOT IN (SELECT id FROM behoerde) "
		  "ORDER BY o.kennung",
		  N_("Objekt %s: keine gültige Behörde (Nr. %s)") },
		{ "SELECT p.name, x.objekt_id FROM pilot_objekt x JOIN pilot p ON p.id = x.pilot_id "
		  "WHERE x.objekt_id NOT IN (SELECT id FROM objekt) ORDER BY p.name",
		  N_("Pilot %s: Mitglied ist ein fehlendes Objekt (Nr. %s)") },
		{ "SELECT b.name, b.parent_id FROM behoerde b WHERE b.parent_id IS NOT NULL "
		  "AND b.parent_id NOT IN (SELECT id FROM behoerde) ORDER BY b.name",
		  N_("Behörde %s: übergeordnete Behörde fehlt (Nr. %s)") },
		{ "SELECT p.code, r.code FROM plattform_rl r JOIN plattform p ON p.id = r.plattform_id "
		  "WHERE r.code NOT IN (SELECT code FROM kriterium) ORDER BY p.code",
		  N_("Plattform %s: Wert für unbekanntes Kriterium %s") },
	};
	for (size_t i = 0; i < sizeof checks / sizeof checks[0]; i++) {
		st = store_prepare(s, checks[i].sql, e);
		if (!st)
			return -WP_EDB;
		while (sqlite3_step(st) == SQLITE_ROW) {
			const char *a = (const char *)sqlite3_column_text(st, 0);
			const char *b = (const char *)sqlite3_column_text(st, 1);
			snprintf(msg, sizeof msg, _(checks[i].fmt), a ? a : "?", b ? b : "-");
			report(ctx, msg);
			problems++;
		}
		sqlite3_finalize(st);
	}
	return problems;
}

int store_catalog_name(struct store *s, const char *id, char *buf, size_t n)
{
	struct wp_err e;
	sqlite3_stmt *st = store_cached(s, STMT_CATALOG_NAME,
		"SELECT name FROM ozg_leistung WHERE ozg_id = ?1 "
		"UNION ALL SELECT leistung FROM leika_leistung WHERE schluessel = ?1 LIMIT 1", &e);
	if (!st)
		return -WP_EDB;
	sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	buf[0] = '\0';
	if (rc == SQLITE_ROW) {
		snprintf(buf, n, "%s", (const char *)sqlite3_column_text(st, 0));
		sqlite3_reset(st);
		return 1;
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : -WP_EDB;
}
