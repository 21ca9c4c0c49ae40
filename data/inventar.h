/* Reading an Inventar CSV (the format of docs/csv.md, both dialects) into a workspace in memory:
 * header mapping, validation of every value with FILE:LINE:COLUMN messages, dependency
 * resolution against the file and the workspace, new/changed/unchanged counting.
 * The caller decides whether to store the result (one transaction) or discard it. */
#ifndef WP_DATA_INVENTAR_H
#define WP_DATA_INVENTAR_H

#include <stddef.h>
#include <stdio.h>

#include "data/importmap.h"
#include "model/err.h"
#include "model/ws.h"

#define INVENTAR_MAX_ERRORS 100
#define INVENTAR_MAX_FIELD 65536 /* bytes per cell */
#define INVENTAR_MAX_NEAR 100 /* near-duplicate Behörden kept */
#define INVENTAR_MAX_CHANGES 1000 /* field changes kept for the dry run's report */
#define INVENTAR_MAX_IGNORED 64 /* ignored column names kept */

struct inventar_opts {
	int ignore_unknown; /* unknown columns are skipped instead of being an error */
	int from_cp1252;    /* input is Windows-1252; converted to UTF-8 first */
	int release_input;  /* the caller never reads buf again: its pages are given back to
			     * the system as they are parsed (data/csvread.h CSVREAD_RELEASE) */
	const struct importmap *map; /* optional: the file's own column names mapped to
				      * Inventar columns (data/importmap.h); borrowed */
	/* Optional (streaming import, data/import.c): called right after a row created the new
	 * object o, as long as the file has had no error so far. A nonzero return (negative
	 * WP_E* code) stops reading and is returned by inventar_read. */
	int (*on_new)(void *ctx, struct ws *w, uint32_t o);
	/* Optional, likewise, after on_new: called for each dependency of the new object von
	 * (label is a pool string): on its row when the target zu is already known (an earlier
	 * row or the workspace), once the file is read for a target further down. */
	int (*on_dep)(void *ctx, struct ws *w, uint32_t von, uint32_t zu, const char *label);
	/* Optional, likewise: called once when every row has been read, every dependency of a
	 * new object handed to on_dep and no error found so far (before the indexes are
	 * built and the changes counted). */
	void (*on_parsed)(void *ctx);
	void *ctx;
};

/* One changed value of an existing object (the dry run's report). */
struct inventar_change {
	size_t line;       /* the row in the file */
	uint32_t obj;      /* object index */
	const char *field; /* the column's label (static or catalogue string) */
	char *old, *neu;   /* the values as text in the file's dialect; owned */
};

struct inventar_result {
	size_t rows;          /* data rows read */
	size_t n_new, n_changed, n_unchanged, n_beh_new;
	size_t n_errors;      /* errors found (kept up to INVENTAR_MAX_ERRORS) … */
	struct wp_err *errors; /* … ordered by line and column: file, line, column, field and
	                        * the message "FILE:LINE:COLUMN: Feld "X": …"; owned,
	                        * inventar_result_free */
	size_t cap_errors;
	uint32_t *touched;    /* indexes of new or changed objects, n_new + n_changed */
	size_t first_new;     /* objects at this index or above are new */
	uint32_t *beh_new;    /* indexes of new Behörden, n_beh_new */
	size_t n_beh_near;    /* new Behörden that look like another one, not merged
	                       * (model/behname.h beh_name_near), counted … */
	uint32_t (*beh_near)[2]; /* … and the first INVENTAR_MAX_NEAR kept as pairs (new
	                          * Behörde, the one it resembles); owned */
	size_t n_empty;       /* fully empty rows skipped (not in rows) */
	size_t n_ignored;     /* columns skipped by ignore_unknown, counted … */
	char **ignored;       /* … and the first INVENTAR_MAX_IGNORED names kept; owned */
	size_t n_changes;     /* values of existing objects the file changes, counted … */
	struct inventar_change *changes; /* … the first INVENTAR_MAX_CHANGES kept, ordered by
					  * line; owned */
	size_t n_changes_kept;
};

/* Reads buf (len bytes) named name into w. Returns 0 when the file is valid (w holds the
 * merged workspace, ws_index current); -WP_EINVAL when it has errors (res lists them; w is
 * then in an unspecified state and must be discarded); other negative codes for OOM.
 * res is filled in either case; free with inventar_result_free. */
int inventar_read(struct ws *w, const char *name, const char *buf, size_t len,
		  const struct inventar_opts *opt, struct inventar_result *res, struct wp_err *e);
void inventar_result_free(struct inventar_result *res);

/* The report of a read for people, in the interface language (the CLI's summary and the
 * dashboard's import dialog): inventar_print_changes writes, per changed object, its
 * values old → new (the first max of them; w is the workspace read into), then how many
 * values in how many objects change; inventar_print_skipped the empty rows skipped and
 * the columns ignored. Nothing when there is nothing to say. */
void inventar_print_changes(const struct ws *w, const struct inventar_result *r, size_t max,
			    FILE *f);
void inventar_print_skipped(const struct inventar_result *r, FILE *f);

#endif
