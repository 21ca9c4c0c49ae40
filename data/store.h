/* The workspace store: one SQLite file per workspace. Opening validates that the file is a
 * wolkenplan database of a version this build understands (never touching anything else),
 * loads the whole workspace into memory in one pass, and writes changes back one user
 * action per transaction. SQL only with bound parameters. */
#ifndef WP_DATA_STORE_H
#define WP_DATA_STORE_H

#include <stdint.h>

#include "model/err.h"
#include "model/ws.h"

struct store;

enum store_mode {
	STORE_EXISTING,  /* the file must exist and be a wolkenplan workspace */
	STORE_CREATE,    /* the file must not exist; it is created (mode 0600) with the schema */
};

/* Opens path. Refuses (and leaves byte-identical) a file that is not an SQLite database, an
 * SQLite database that is not a wolkenplan workspace, and one of a newer schema version;
 * upgrades an older one in one transaction. ":memory:" is allowed with STORE_CREATE.
 * On success *out is owned by the caller (store_close). Returns 0 or -WP_E*. */
int store_open(const char *path, enum store_mode mode, struct store **out, struct wp_err *e);
/* Closes the store; accepts NULL; clears *s. */
void store_close(struct store **s);

/* Transactions: one per user action. begin uses BEGIN IMMEDIATE (waits up to the busy
 * timeout for other writers) and refuses with -WP_EBUSY when another program changed the
 * workspace since the last store_load (so no update is lost: reload and retry).
 * rollback is safe to call when no transaction is open. */
int store_begin(struct store *s, struct wp_err *e);
/* 1 if another program committed to the workspace since it was last loaded, 0 if not or
 * when that cannot be told. One cheap PRAGMA: a front end may ask while idle and say that
 * what it shows is out of date. */
int store_changed_elsewhere(struct store *s);
/* The same for a bulk import whose references the caller has resolved against the loaded
 * workspace: foreign-key checks are skipped inside this one transaction (the unchanged
 * data_version guarantees the references are still valid) and switched on again by
 * store_commit / store_rollback. */
int store_begin_bulk(struct store *s, struct wp_err *e);
/* Writes the transaction's changed pages to the file now (they stay uncommitted), so that
 * the commit has less to do; a writer calls it while it would wait anyway. */
int store_flush(struct store *s, struct wp_err *e);
int store_commit(struct store *s, struct wp_err *e);
void store_rollback(struct store *s);
/* One user action as one transaction: store_begin, fn(ctx, s, e), store_commit; rolls back
 * when any step fails. Every write of data/ goes through here. Returns 0 or the failing
 * step's -WP_E* (message in e). */
int store_tx(struct store *s, int (*fn)(void *ctx, struct store *s, struct wp_err *e), void *ctx,
	     struct wp_err *e);

/* Reads the schema version and checks the database (PRAGMA integrity_check and
 * foreign_key_check); calls report for every problem found (message in German).
 * Returns the number of problems, or a negative WP_E* code. */
int store_check(struct store *s, void (*report)(void *ctx, const char *msg), void *ctx,
		struct wp_err *e);

/* Loads the whole workspace into a new struct ws (indexed), owned by the caller. */
int store_load(struct store *s, struct ws **out, struct wp_err *e);

/* Writes. Each expects an open transaction (store_begin) and writes the given entity of w
 * as it is in memory; new entities (id == 0) get their store id assigned. */
int store_save_behoerde(struct store *s, struct ws *w, uint32_t b, struct wp_err *e);
int store_save_objekt(struct store *s, struct ws *w, uint32_t o, struct wp_err *e);
/* Replaces the stored dependencies of object o (what it benötigt) by those in w->dep;
 * ws_index must be current. isnew != 0 skips deleting old ones (a just-inserted object). */
int store_save_deps(struct store *s, struct ws *w, uint32_t o, int isnew, struct wp_err *e);
/* Deletes the stored dependencies of object o (what it benötigt). */
int store_delete_deps(struct store *s, const struct ws *w, uint32_t o, struct wp_err *e);
/* Inserts the dependencies (what they benötigen) of the n objects objs[], in batches; the
 * objects must have no stored dependencies yet (new, or deleted before). */
int store_insert_deps(struct store *s, struct ws *w, const uint32_t *objs, size_t n,
		      struct wp_err *e);
/* Bulk-import inserts with ids the caller assigned (above every stored id, inside a
 * store_begin_bulk transaction). They read only their arguments, never the workspace, so
 * a writer thread can insert rows while another thread keeps appending to the workspace.
 * crit holds the object's n_dvc criterion values (enum crit_val) in the order of dvc. */
int store_insert_behoerde_row(struct store *s, const struct behoerde *b, int64_t parent_id,
			      struct wp_err *e);
/* One new object's row for store_insert_objekt_rows (all borrowed): the object with its
 * id, erstellt and geaendert set, its Behörde's store id and its n_dvc criterion values. */
struct objekt_row {
	const struct objekt *o;
	int64_t behoerde_id;
	const uint8_t *crit;
};
/* Inserts the n rows r[], in multi-row batches; reads only r and dvc. */
int store_insert_objekt_rows(struct store *s, const struct objekt_row *r, size_t n,
			     const struct kriterium *dvc, size_t n_dvc, struct wp_err *e);
/* One dependency by store ids (label borrowed). */
struct dep_row {
	int64_t von, zu;
	const char *label;
};
/* Inserts n dependencies (INSERT OR REPLACE), in multi-row batches; reads only r. */
int store_insert_dep_rows(struct store *s, const struct dep_row *r, size_t n, struct wp_err *e);
int store_delete_objekt(struct store *s, int64_t id, struct wp_err *e);
/* Deletes the Behörde with store id; refused by the database (error) while an object or
 * another Behörde still refers to it. */
int store_delete_behoerde(struct store *s, int64_t id, struct wp_err *e);
int store_save_kriterien(struct store *s, const struct ws *w, struct wp_err *e);
int store_save_plattform(struct store *s, struct ws *w, uint32_t p, struct wp_err *e);
int store_delete_plattform(struct store *s, int64_t id, struct wp_err *e);
int store_save_settings(struct store *s, const struct ws *w, struct wp_err *e);
/* Replaces members and checklist of pilot p. */
int store_save_pilot(struct store *s, struct ws *w, uint32_t p, struct wp_err *e);
/* Writes everything in w (a fresh workspace) — used for seeding and tests. */
int store_save_all(struct store *s, struct ws *w, struct wp_err *e);

/* Looks up OZG/LeiKa catalogue names for an id (OZG id or 14-digit LeiKa key). Writes the
 * name into buf ("" if unknown); returns 1 if found, 0 if not, negative on error. */
int store_catalog_name(struct store *s, const char *id, char *buf, size_t n);

#endif
