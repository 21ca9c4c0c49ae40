/* A column mapping for foreign spreadsheets (docs/csv.md "Fremde Tabellen"): which column of
 * the file holds which Inventar column. Written "Verfahren=Name,Amt=Behörde" on the command
 * line or one "Fremdspalte=Zielspalte" per line in a file (# comments, blank lines). */
#ifndef WP_DATA_IMPORTMAP_H
#define WP_DATA_IMPORTMAP_H

#include <stddef.h>

#include "model/err.h"
#include "model/ws.h"

#define IMPORTMAP_MAX 256 /* entries */

struct importmap_entry {
	char *from;       /* the file's column name, trimmed; owned */
	const char *to;   /* the canonical target: a field label, "Übergeordnet" or a DVC code
			   * (static or the workspace's catalogue string) */
};

struct importmap {
	struct importmap_entry *e; /* owned, importmap_free */
	size_t n;
};

/* Parses text into m (emptied first). Entries are separated by newlines, and on a line
 * without '#' at its start also by commas when lines == 0 (the command-line form); "#"
 * lines and blank lines are skipped. A target is a canonical label or ASCII key ignoring
 * case, "Übergeordnet"/"uebergeordnet" or a DVC criterion code of w. Refused with
 * -WP_EINVAL and a message in e: an entry without '=', an empty side, an unknown target
 * (the message lists the known ones), a column mapped twice, two columns to one target.
 * -WP_ENOMEM on out of memory. m is empty after an error. */
int importmap_parse(const char *text, int lines, const struct ws *w, struct importmap *m,
		    struct wp_err *e);

/* The target of the file's column name (compared trimmed, ignoring case), or NULL. The
 * returned string is borrowed from m / the workspace. */
const char *importmap_target(const struct importmap *m, const char *name);

/* The canonical target a column name stands for by itself (a label or ASCII key,
 * "Übergeordnet", a DVC code of w; ignoring case and surrounding blanks), or NULL for a
 * foreign column. Static or catalogue string. */
const char *importmap_resolve(const struct ws *w, const char *name);

/* The known targets for a message: "Kennung, Typ, …, Notiz, Übergeordnet, DVC-…" into
 * buf (n bytes, cut safely). Returns buf. */
char *importmap_targets(const struct ws *w, char *buf, size_t n);

/* Writes m in the file form (one "Fremdspalte=Zielspalte" per line, with a comment line
 * on top) to path. Returns 0, or a negative WP_E* code with e set. */
int importmap_save(const struct importmap *m, const char *path, struct wp_err *e);

/* Adds or replaces the entry for column from (copied) with target to (must be a string
 * that lives as long as m: a field label or catalogue code). Returns 0 or -WP_ENOMEM. */
int importmap_set(struct importmap *m, const char *from, const char *to);

void importmap_free(struct importmap *m);

#endif
