/* The workspace database schema and its forward migrations. */
#ifndef WP_DATA_SCHEMA_H
#define WP_DATA_SCHEMA_H

/* PRAGMA application_id of every wolkenplan workspace ("WkPl"). */
#define WP_APPLICATION_ID 0x576B506C
/* Schema version this build writes (PRAGMA user_version). */
#define WP_SCHEMA_VERSION 7

/* schema_migrations[v] upgrades a database from version v to v + 1: a NULL-terminated list
 * of SQL statements, all run inside one transaction. [0] creates the schema. Static. */
extern const char *const *const schema_migrations[WP_SCHEMA_VERSION];

#endif
