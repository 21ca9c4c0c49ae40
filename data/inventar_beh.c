/* The Behörden of Inventar rows: found ignoring case or created, under the Übergeordnet
 * given; new ones that look like another one are listed (docs/behoerden.md). */
#include <stdlib.h>
#include <string.h>

#include "data/edit_behoerde.h"
#include "data/inventar_priv.h"
#include "model/behname.h"
#include "model/i18n.h"
#include "model/utf8.h"

#define BEH_PROBES 4 /* slots looked at in the caches below before the slow path */

/* The Behörde named name (normalised; model/behname.h), found ignoring case, or created
 * under parent when there is none. WP_NONE only on out of memory. */
static uint32_t get_behoerde(struct ictx *c, const char *name, uint32_t parent)
{
	/* a few dozen Behörden named over and over: a small hash cache by the folded name
	 * before the workspace's linear search */
	char key[BEH_NAME_MAX + 1];
	key[utf8_map(name, key, sizeof key, utf8_fold_cp)] = '\0';
	size_t cap = sizeof c->beh_cache / sizeof c->beh_cache[0], home = khash_str(key) % cap;
	size_t slot = home;
	for (size_t k = 0; k < BEH_PROBES; k++) { /* a few slots on: names that share one */
		size_t at = (home + k) % cap;
		uint32_t b = c->beh_cache[at];
		if (!b) {
			slot = at;
			break;
		}
		if (beh_name_eq(c->w->beh[b - 1].name, name))
			return b - 1;
	}
	uint32_t b = beh_find(c->w, name, WP_NONE);
	if (b == WP_NONE) {
		const char *s = ws_str(c->w, name);
		if (!s || (b = ws_add_behoerde(c->w, s, parent)) == WP_NONE)
			return WP_NONE;
		uint32_t *nb = realloc(c->res->beh_new, (c->res->n_beh_new + 1) * sizeof *nb);
		if (!nb)
			return WP_NONE;
		c->res->beh_new = nb;
		nb[c->res->n_beh_new++] = b;
	}
	c->beh_cache[slot] = b + 1;
	return b;
}

/* Normalises a Behörde cell into out (BEH_NAME_MAX + 1 bytes); records an error and
 * returns -1 when it is too long. */
static int beh_cell(struct ictx *c, size_t line, size_t col, const char *cell, char *out)
{
	if (beh_name_norm(cell, out, BEH_NAME_MAX + 1) <= BEH_NAME_MAX)
		return 0;
	ERR(c, line, col, c->colmap[col - 1] == F_BEHOERDE ? F_BEHOERDE : WP_FIELD_NONE,
	    _("%s:%zu:%zu: Feld \"%s\": Name zu lang (höchstens %d Bytes)"), c->name, line, col,
	    inventar_column_name(c, col - 1), BEH_NAME_MAX);
	return -1;
}

/* Sets object o's Behörde from the row: the name beh (column bcol), created when new,
 * under the Behörde named par (column pcol; NULL or empty: none given), itself created at
 * the top level when new. A Behörde that exists already must stand under par when par is
 * given (names are unique; moving is `behoerde move`). Returns 0 or -WP_ENOMEM. */
static int row_behoerde(struct ictx *c, size_t line, uint32_t o, const char *beh, size_t bcol,
			const char *par, size_t pcol);

int inventar_row_behoerde(struct ictx *c, size_t line, uint32_t o, const char *beh, size_t bcol,
			const char *par, size_t pcol)
{
	/* the same few dozen cells over and over: their bytes (FNV-1a) find the Behörde an
	 * earlier row got from them without an error; normalising and comparing ignoring case
	 * were a tenth of an import's CPU. Behörden are only added while reading, so the
	 * same cells still give the same Behörde. */
	size_t nb = strlen(beh), np = par ? strlen(par) : 0, n = nb + np + 2;
	uint64_t h = 1469598103934665603ULL;
	for (size_t i = 0; i < nb; i++)
		h = (h ^ (unsigned char)beh[i]) * 1099511628211ULL;
	h = (h ^ 0xFF) * 1099511628211ULL;
	for (size_t i = 0; i < np; i++)
		h = (h ^ (unsigned char)par[i]) * 1099511628211ULL;
	size_t cap = sizeof c->beh_rows / sizeof c->beh_rows[0], home = (size_t)(h % cap);
	size_t slot = home;
	int fits = n <= sizeof c->beh_rows[0].text;
	for (size_t k = 0; fits && k < BEH_PROBES; k++) { /* a few slots on: cells that share one */
		size_t at = (home + k) % cap;
		if (!c->beh_rows[at].len) {
			slot = at;
			break;
		}
		/* equal length and the Behörde up to its NUL: the rest is the Übergeordnet */
		if (c->beh_rows[at].len == n && memcmp(c->beh_rows[at].text, beh, nb + 1) == 0 &&
		    (np == 0 || memcmp(c->beh_rows[at].text + nb + 1, par, np) == 0)) {
			c->w->obj[o].behoerde = c->beh_rows[at].beh;
			return 0;
		}
	}
	size_t errors = c->res->n_errors;
	int rc = row_behoerde(c, line, o, beh, bcol, par, pcol);
	if (!rc && fits && c->res->n_errors == errors) {
		memcpy(c->beh_rows[slot].text, beh, nb + 1);
		if (np)
			memcpy(c->beh_rows[slot].text + nb + 1, par, np);
		c->beh_rows[slot].text[nb + 1 + np] = '\0';
		c->beh_rows[slot].len = (uint8_t)n;
		c->beh_rows[slot].beh = c->w->obj[o].behoerde;
	}
	return rc;
}

static int row_behoerde(struct ictx *c, size_t line, uint32_t o, const char *beh, size_t bcol,
			const char *par, size_t pcol)
{
	struct ws *w = c->w;
	char nb[BEH_NAME_MAX + 1], np[BEH_NAME_MAX + 1] = "";
	uint32_t p = WP_NONE;
	if (beh_cell(c, line, bcol, beh, nb) || (par && beh_cell(c, line, pcol, par, np)))
		return 0;
	if (!*nb) {
		ERR(c, line, bcol, F_BEHOERDE,
		    _("%s:%zu:%zu: Feld \"Behörde\": darf nicht leer sein, erwartet: Name der "
		      "Behörde (neue werden angelegt)"), c->name, line, bcol);
		return 0;
	}
	if (*np && beh_name_eq(nb, np)) {
		ERR(c, line, pcol, WP_FIELD_NONE,
		    _("%s:%zu:%zu: Feld \"Übergeordnet\": \"%s\" ist die Behörde der Zeile selbst"),
		    c->name, line, pcol, np);
		return 0;
	}
	if (*np && (p = get_behoerde(c, np, WP_NONE)) == WP_NONE)
		return -WP_ENOMEM;
	uint32_t b = get_behoerde(c, nb, p);
	if (b == WP_NONE)
		return -WP_ENOMEM;
	uint32_t is = w->beh[b].parent;
	if (p != WP_NONE && is != p) {
		if (is < w->n_beh)
			ERR(c, line, pcol, WP_FIELD_NONE,
			    _("%s:%zu:%zu: Feld \"Übergeordnet\": die Behörde \"%s\" steht unter "
			      "\"%s\", nicht unter \"%s\" (Behördennamen sind eindeutig; verschieben "
			      "mit: wolkenplan behoerde move)"),
			    c->name, line, pcol, w->beh[b].name, w->beh[is].name, np);
		else
			ERR(c, line, pcol, WP_FIELD_NONE,
			    _("%s:%zu:%zu: Feld \"Übergeordnet\": die Behörde \"%s\" steht auf "
			      "oberster Ebene, nicht unter \"%s\" (Behördennamen sind eindeutig; "
			      "verschieben mit: wolkenplan behoerde move)"),
			    c->name, line, pcol, w->beh[b].name, np);
	}
	w->obj[o].behoerde = b;
	return 0;
}

/* Lists each new Behörde that looks like another one (beh_name_near) in res->beh_near.
 * Returns 0 or -WP_ENOMEM. */
int inventar_find_near(const struct ws *w, struct inventar_result *res)
{
	for (size_t i = 0; i < res->n_beh_new; i++) {
		uint32_t b = res->beh_new[i];
		for (uint32_t x = 0; x < w->n_beh; x++) {
			/* two new ones: reported once, from the later */
			if (x == b || (x > b && x >= w->n_beh - res->n_beh_new) ||
			    !beh_name_near(w->beh[b].name, w->beh[x].name))
				continue;
			if (res->n_beh_near < INVENTAR_MAX_NEAR) {
				uint32_t(*nn)[2] = realloc(res->beh_near,
							   (res->n_beh_near + 1) * sizeof *nn);
				if (!nn)
					return -WP_ENOMEM;
				res->beh_near = nn;
				nn[res->n_beh_near][0] = b;
				nn[res->n_beh_near][1] = x;
			}
			res->n_beh_near++;
		}
	}
	return 0;
}

