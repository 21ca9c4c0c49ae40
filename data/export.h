/* The CSV exports of the interchange contract (docs/csv.md): Inventar (round-trips with the
 * import) and Bewertung (one row per object and platform), and writing an export to a file. */
#ifndef WP_DATA_EXPORT_H
#define WP_DATA_EXPORT_H

#include "data/csvwrite.h"
#include "model/assess.h"
#include "model/ws.h"

/* Writes header and all objects ordered by Kennung (ws_index must be current). */
void export_inventar(const struct ws *w, struct csvout *o);
/* Writes header and one row per (object, platform), objects by Kennung, platforms in
 * workspace order; the last column Profil_geprueft says whether the platform's profile is
 * checked (pf_geprueft), and rows with "nein" are counted (csvout_mark_ungeprueft). a must
 * be the assessment of w. */
void export_bewertung(const struct ws *w, const struct assessment *a, struct csvout *o);

/* Writes one CSV (header and rows) to o, e.g. through export_bewertung; ctx is the
 * caller's. Returns 0 or a negative -WP_E* (nothing is written then). */
typedef int (*export_write_fn)(void *ctx, struct csvout *o);
/* What an export wrote, for its summary line. */
struct export_count {
	size_t rows;       /* data rows */
	size_t ungeprueft; /* of them resting on an unverified platform profile */
};
/* The caveat for an export's summary line: "" when every row rests on checked profiles,
 * else " · N davon auf ungeprüften Plattformprofilen (Profil_geprueft = nein)", into buf
 * (len bytes, cropped safely). Returns buf. */
char *export_caveat(const struct export_count *n, char *buf, size_t len);
/* Writes the CSV to path in dialect (enum csv_dialect; path as for csvout_open) through
 * write(ctx, …), with no questions asked: the caller checked for an existing file.
 * *n gets the counts. Returns 0 or -WP_E* with the message in e (a failed export leaves
 * no file behind). */
int export_write_file(const char *path, int dialect, export_write_fn write, void *ctx,
		      struct export_count *n, struct wp_err *e);

#endif
