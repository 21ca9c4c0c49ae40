/* Internals of the Inventar reader shared by its files (data/inventar.c, inventar_head.c,
 * inventar_diff.c); not for other modules. */
#ifndef WP_DATA_INVENTAR_PRIV_H
#define WP_DATA_INVENTAR_PRIV_H

#include "data/csvread.h"
#include "data/inventar.h"
#include "data/khash.h"
#include "model/fields.h"

#define COL_SKIP (-1)
#define COL_PARENT (-2) /* Übergeordnet: the parent of the row's Behörde */
#define COL_DVC 1000 /* colmap value COL_DVC + k: DVC criterion k */

struct pending_deps {
	uint32_t obj;
	size_t line, col;
	char *text;    /* the cell, or with pairs: "KENNUNG\0LABEL\0…\0" still to resolve */
	int pairs;
};

struct dep_item {
	size_t k, l; /* offsets of Kennung and label in ictx.scratch */
	size_t h;    /* khash_str of the Kennung */
};

/* The reader's state, shared by data/inventar.c (rows), inventar_head.c (the header) and
 * inventar_diff.c (the change report). */
struct ictx {
	struct ws *w;
	const char *name;
	const struct inventar_opts *opt;
	struct inventar_result *res;
	struct wp_err *e;
	int *colmap;
	size_t ncol;
	int header_done;
	int fatal;                 /* header unusable: stop reading rows */
	int have_parent;           /* the file has the column Übergeordnet */
	int have[F__N];            /* the file has the column of field f */
	unsigned numflags;         /* objekt_set_as flags of the file's dialect (FS_*) */
	struct khash kh;           /* objects by Kennung */
	size_t *seen_line;         /* per object: line in this file, 0 = not in file */
	size_t seen_cap;
	uint64_t *before;          /* per object: signature before the file (existing only) */
	uint8_t *existed;          /* per object: 1 if it was in the workspace before */
	size_t n_before;
	struct pending_deps *pd;
	size_t n_pd, cap_pd;
	uint32_t beh_cache[64];    /* get_behoerde: Behörde index + 1 by name hash, 0 = none */
	struct {
		char text[96];     /* the cells as written: "Behörde\0Übergeordnet\0" */
		uint8_t len;       /* bytes of text used, 0 = empty slot */
		uint32_t beh;      /* the Behörde they gave, without an error */
	} beh_rows[128];           /* inventar_row_behoerde: cells seen, by hash of their bytes */
	struct {
		char text[15];
		uint8_t val;
	} enum_memo[EK__N][8];     /* set_enum, set_crit: spellings seen per enum kind (EK_CRIT
	                            * for the criteria) and their values … */
	uint8_t n_enum_memo[EK__N]; /* … how many per kind */
	struct {
		const char *s;     /* a pool string an earlier cell of column f gave, NULL = none */
		int f;
	} text_memo[64];           /* set_text: repeated texts share one pool string, by hash */
	uint32_t *seen;            /* row_deps: targets of the current row */
	size_t n_seen, cap_seen;
	struct dep_item *items;    /* row_deps: the items of the current cell … */
	size_t n_items, cap_items;
	char *scratch;             /* … their "KENNUNG\0LABEL\0" */
	size_t n_scratch, cap_scratch;
	char *snap;                /* idiff_before: the old texts of the row's columns … */
	size_t *snap_off;          /* … at these offsets, one per column */
	size_t n_snap, cap_snap;
	struct dep_old {
		uint32_t obj;
		size_t line;
		char *text;
	} *dold;                   /* idiff_before: old Abhängigkeiten of changed rows */
	size_t n_dold, cap_dold;
};

/* Records an error of the file at line and col (0: none) about field (WP_FIELD_NONE: none);
 * the message is formatted from the same values. Counted always, kept up to
 * INVENTAR_MAX_ERRORS. */
void inventar_err(struct ictx *c, size_t line, size_t col, int field, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
#define ERR(c, line, col, field, ...) inventar_err((c), (line), (col), (field), __VA_ARGS__)

/* The header row: fills c->colmap and c->have (mapping through opt->map), records unknown,
 * doubled and missing columns; c->fatal when the rows cannot be read. Returns 0 or
 * -WP_ENOMEM. */
int inventar_on_header(struct ictx *c, const struct csv_row *row);
/* The Inventar name of column i (static or catalogue string). */
const char *inventar_column_name(const struct ictx *c, size_t i);

/* Sets object o's Behörde from the row: the name beh (column bcol), created when new,
 * under the Behörde named par (column pcol; NULL or empty: none given), itself created at
 * the top level when new; errors are recorded (data/inventar_beh.c). Returns 0 or
 * -WP_ENOMEM. */
int inventar_row_behoerde(struct ictx *c, size_t line, uint32_t o, const char *beh,
			  size_t bcol, const char *par, size_t pcol);
/* Lists each new Behörde that looks like another one in res->beh_near. Returns 0 or
 * -WP_ENOMEM. */
int inventar_find_near(const struct ws *w, struct inventar_result *res);

/* The change report of existing object o's row: before its values are set, keep the old
 * text of each column in the row (idiff_before); after, record what differs
 * (idiff_after). idiff_deps, once ws_index is current after the file, compares the
 * Abhängigkeiten kept by idiff_before. Return 0 or -WP_ENOMEM. idiff_free frees what they
 * keep. */
int idiff_before(struct ictx *c, uint32_t o, const struct csv_row *row);
int idiff_after(struct ictx *c, uint32_t o, const struct csv_row *row);
int idiff_deps(struct ictx *c);
void idiff_free(struct ictx *c);

#endif
