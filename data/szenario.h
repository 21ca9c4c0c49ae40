/* Scenarios (docs/szenarien.md): named sets of planning assumptions over one inventory.
 * The live tables always hold the active scenario's assumptions (settings, capacity
 * exceptions, platform profiles, per-object overrides); the others keep theirs as
 * snapshots. The stored Zeitplan of every scenario is keyed by its scenario. Every write is
 * one transaction; reading another scenario loads the live tables and applies its snapshot
 * in memory, it never writes. */
#ifndef WP_DATA_SZENARIO_H
#define WP_DATA_SZENARIO_H

#include <stddef.h>
#include <stdint.h>

#include "data/store.h"
#include "model/err.h"
#include "model/ws.h"

#define SZENARIO_BASIS "Basis"  /* the scenario every workspace starts with */
#define SZENARIO_MAX_BYTES 200  /* bytes of a scenario name */

struct szenario {
	int64_t id;
	char *name;        /* owned by the list */
	int aktiv;         /* 1 = the active one */
	int64_t erstellt;  /* unix seconds */
};

/* The scenarios in creation order into *out (owned by the caller, szenario_list_free) and
 * their number into *n. Returns 0 or -WP_E*. */
int szenario_list(struct store *s, struct szenario **out, size_t *n, struct wp_err *e);
/* Frees a list from szenario_list; accepts NULL. */
void szenario_list_free(struct szenario *l, size_t n);
/* Index in l of the scenario called name ignoring case (umlauts too), or -1. */
long szenario_find(const struct szenario *l, size_t n, const char *name);

/* Records in e that there is no scenario called name (the one message for it). Returns
 * -WP_ENOTFOUND. */
int szenario_unbekannt(struct wp_err *e, const char *name);

/* Creates scenario name as a copy of scenario von (NULL: the active one); does not switch.
 * Refuses an empty, too long or duplicate name (ignoring case) and names with control
 * characters. One transaction. Returns 0 or -WP_E* (message in e), nothing changed. */
int szenario_create(struct store *s, const char *name, const char *von, struct wp_err *e);
/* Makes scenario name the active one: keeps the live assumptions as the snapshot of the
 * active scenario, loads name's snapshot into the live tables; the stored plans stay (each
 * belongs to its scenario). One transaction; afterwards reload the workspace, or only what a
 * scenario holds (store_reload_annahmen). Returns 0 (also when name is active already) or
 * -WP_E*. */
int szenario_use(struct store *s, const char *name, struct wp_err *e);
/* Renames scenario alt to neu (checks as for create). Returns 0 or -WP_E*. */
int szenario_rename(struct store *s, const char *alt, const char *neu, struct wp_err *e);
/* Deletes scenario name with its snapshot; refuses the active and the last one. */
int szenario_delete(struct store *s, const char *name, struct wp_err *e);

/* Opens the workspace at path as a view of scenario name, for reading it without
 * switching: store_load and store_load_zeitplan read name's assumptions and plan, and
 * szenario_list shows name as the active one. For the active scenario it is the file's
 * ordinary store. A view of another scenario refuses every write (store_begin fails), so
 * the file is only read. *out is owned by the caller (store_close). -WP_ENOTFOUND names an
 * unknown scenario. */
int szenario_open(const char *path, const char *name, struct store **out, struct wp_err *e);

/* As szenario_open, on the open store src (not a view itself, and not inside a
 * transaction while *out is read): *out shares src's connection and refuses every write;
 * owned by the caller (store_close, which leaves src open), closed before src. */
int szenario_copy(struct store *src, const char *name, struct store **out, struct wp_err *e);

/* After szenario_use on s (not a view): reads the assumptions the active scenario holds
 * into w, the workspace loaded from s before the switch (objects added or removed since by
 * edits are fine), and the scenario names; the facts in w stay. The same w as store_load
 * would give, at a fraction of the cost; re-assess it afterwards (data/store_sicht.c).
 * Returns 0 or -WP_E* (w then holds a mix: load it again). */
int store_reload_annahmen(struct store *s, struct ws *w, struct wp_err *e);

/* What an object or a platform has in the scenarios that are not active: overrides and
 * stored plan rows of an object; profile, red-line values and the Zielplattform overrides
 * naming a platform (data/szenario_undo.c). Kept by an undoable deletion. */
struct sz_rest;

/* The rows of the object (platform) with store id in the inactive scenarios, read before
 * it is deleted, into *out (owned by the caller, szenario_rest_free). Returns 0 or -WP_E*. */
int szenario_rest_objekt(struct store *s, int64_t id, struct sz_rest **out, struct wp_err *e);
int szenario_rest_plattform(struct store *s, int64_t id, struct sz_rest **out,
			    struct wp_err *e);
/* Writes the rows of r back for the object or platform recreated with store id neu, inside
 * an open transaction; rows of scenarios deleted or made active since are left out, and
 * references to objects or platforms gone since become NULL. r may be NULL. Returns 0 or
 * -WP_E*. */
int szenario_rest_zurueck(struct store *s, const struct sz_rest *r, int64_t neu,
			  struct wp_err *e);
/* Frees *r; accepts NULL; clears *r. */
void szenario_rest_free(struct sz_rest **r);

/* Loads the scenario names into w (w->szenarien, w->szenario = the active one's name);
 * called by store_load inside its read transaction. Returns 0 or -WP_E*. */
int store_load_szenarien(struct store *s, struct ws *w, struct wp_err *e);

#endif
