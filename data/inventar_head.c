/* The Inventar header: which column is which field, through a mapping for foreign
 * spreadsheets (data/importmap.h); unknown, doubled and missing columns. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "data/inventar_priv.h"
#include "model/i18n.h"
#include "model/utf8.h"

/* The column a header cell h names: a field, COL_PARENT, COL_DVC + k, or COL_SKIP. */
static int column_of(const struct ws *w, const char *h)
{
	int f = field_find(h);
	if (f >= 0 && f < F__CSV)
		return f;
	if (utf8_eq_ci(h, strlen(h), "Übergeordnet") || strcasecmp(h, "uebergeordnet") == 0)
		return COL_PARENT;
	for (size_t j = 0; j < w->n_dvc; j++) /* DVC codes case-insensitively */
		if (strcasecmp(w->dvc[j].code, h) == 0)
			return COL_DVC + (int)j;
	return COL_SKIP;
}

/* Keeps the name of an ignored column for the summary. */
static int note_ignored(struct ictx *c, const char *h)
{
	struct inventar_result *res = c->res;
	if (res->n_ignored++ >= INVENTAR_MAX_IGNORED)
		return 0;
	char **ni = realloc(res->ignored, res->n_ignored * sizeof *ni);
	if (!ni)
		return -WP_ENOMEM;
	res->ignored = ni;
	return (ni[res->n_ignored - 1] = strdup(h)) ? 0 : -WP_ENOMEM;
}

int inventar_on_header(struct ictx *c, const struct csv_row *row)
{
	struct ws *w = c->w;
	const struct importmap *map = c->opt->map;
	int unknown = 0;
	c->colmap = calloc(row->n ? row->n : 1, sizeof *c->colmap);
	if (!c->colmap)
		return -WP_ENOMEM;
	c->ncol = row->n;
	for (size_t i = 0; i < row->n; i++) {
		const char *h = row->field[i], *to = importmap_target(map, h);
		int f = column_of(w, to ? to : h);
		c->colmap[i] = f;
		if (f == COL_PARENT || (f >= 0 && f < F__CSV)) {
			int *have = f == COL_PARENT ? &c->have_parent : &c->have[f];
			if (*have)
				ERR(c, row->line, i + 1, f == COL_PARENT ? WP_FIELD_NONE : f,
				    _("%s:%zu:%zu: Spalte \"%s\" kommt doppelt vor"),
				    c->name, row->line, i + 1, to ? to : h);
			*have = 1;
		} else if (f == COL_SKIP && c->opt->ignore_unknown) {
			if (note_ignored(c, h))
				return -WP_ENOMEM;
		} else if (f == COL_SKIP) {
			ERR(c, row->line, i + 1, WP_FIELD_NONE,
			    _("%s:%zu:%zu: unbekannte Spalte \"%s\" (zuordnen mit --map "
			      "\"%s=Zielspalte\"; --ignore-unknown überspringt sie)"),
			    c->name, row->line, i + 1, h, h);
			unknown = 1;
		}
	}
	if (unknown) {
		char known[1024];
		ERR(c, row->line, 0, WP_FIELD_NONE, _("%s:%zu: bekannte Zielspalten: %s"), c->name,
		    row->line, importmap_targets(w, known, sizeof known));
	}
	/* a mapping names columns of this file: a typo is refused before any row is read */
	for (size_t m = 0; map && m < map->n; m++) {
		size_t i = 0;
		while (i < row->n && !utf8_eq_ci(map->e[m].from, strlen(map->e[m].from), row->field[i]))
			i++;
		if (i == row->n) {
			ERR(c, row->line, 0, WP_FIELD_NONE,
			    _("%s:%zu: Zuordnung \"%s=%s\": die Datei hat keine Spalte \"%s\""),
			    c->name, row->line, map->e[m].from, map->e[m].to, map->e[m].from);
			c->fatal = 1;
		}
	}
	/* Typ, Name and Behörde are needed for new objects only (checked per row) */
	if (!c->have[F_KENNUNG]) {
		ERR(c, row->line, 0, F_KENNUNG,
		    map ? _("%s:%zu: Pflichtspalte \"%s\" fehlt und ist nicht zugeordnet (--map "
			    "\"Spalte=Kennung\")")
			: _("%s:%zu: Pflichtspalte \"%s\" fehlt (Pflicht: Kennung; für neue Objekte "
			    "auch Typ, Name, Behörde)"),
		    c->name, row->line, field_defs[F_KENNUNG].label);
		c->fatal = 1;
	}
	return 0;
}

const char *inventar_column_name(const struct ictx *c, size_t i)
{
	int f = c->colmap[i];
	if (f >= COL_DVC)
		return c->w->dvc[f - COL_DVC].code;
	if (f == COL_PARENT)
		return "Übergeordnet";
	return f >= 0 && f < F__N ? field_defs[f].label : "?";
}
