/* Importing an Inventar CSV into the store, streamed: rows are validated on the calling
 * thread while a writer thread inserts the new objects into one bulk transaction; all or
 * nothing. */
#ifndef WP_DATA_IMPORT_H
#define WP_DATA_IMPORT_H

#include <stddef.h>

#include "data/inventar.h"
#include "data/store.h"

/* Reads buf (len bytes, named name) like inventar_read into w, the workspace just loaded
 * from s, and writes the result into s in one bulk transaction (store_begin_bulk: refused
 * with -WP_EBUSY when another program changed the workspace since the load). New objects
 * and Behörden get ids above every stored one. opt->on_new and opt->ctx are used
 * internally and must be unset. Once the file is known to be valid, meanwhile(ctx) (may be
 * NULL) runs on the calling thread while the writer stores the changed objects and
 * commits; it must not use s and may only read w (the writer sets nothing in w then but
 * the timestamps of changed objects).
 * Returns 0 (committed); -WP_EINVAL when the file has errors (res lists them, nothing was
 * written, w must be discarded); another negative code with e set when the store failed
 * (nothing was written; w holds the file's data but not the store's state: reload).
 * res is filled in either case; free with inventar_result_free. */
int inventar_import(struct store *s, struct ws *w, const char *name, const char *buf,
		    size_t len, const struct inventar_opts *opt, struct inventar_result *res,
		    void (*meanwhile)(void *ctx), void *ctx, struct wp_err *e);

#endif
