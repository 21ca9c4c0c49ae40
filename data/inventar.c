/* Inventar CSV reader: validates every cell, collects all errors, merges into the
 * workspace in memory. Rows may reference objects further down; dependencies are
 * resolved after the whole file has been read. */
#include "data/inventar.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/inventar_priv.h"
#include "data/khash.h"
#include "model/fields.h"
#include "model/i18n.h"
#include "model/utf8.h"

void inventar_err(struct ictx *c, size_t line, size_t col, int field, const char *fmt, ...)
{
	struct inventar_result *res = c->res;
	if (res->n_errors < INVENTAR_MAX_ERRORS) {
		if (res->n_errors == res->cap_errors) {
			size_t nc = res->cap_errors ? res->cap_errors * 2 : 8;
			struct wp_err *ne = realloc(res->errors, nc * sizeof *ne);
			if (!ne)
				return; /* counted, not kept */
			res->errors = ne;
			res->cap_errors = nc;
		}
		struct wp_err *e = &res->errors[res->n_errors];
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(e->msg, sizeof e->msg, fmt, ap);
		va_end(ap);
		e->code = WP_EINVAL;
		e->field = field;
		wp_err_at(e, c->name, line, col);
	}
	res->n_errors++;
}


static uint64_t fnv(uint64_t h, const char *s)
{
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return (h ^ 0x1F) * 1099511628211ULL; /* field separator */
}

/* Signature of all Inventar fields of object o (for new/changed/unchanged). */
static uint64_t signature(const struct ws *w, uint32_t o)
{
	char buf[4096];
	uint64_t h = 1469598103934665603ULL;
	for (int f = 0; f < F__CSV; f++)
		h = fnv(h, objekt_get(w, o, f, 0, buf, sizeof buf));
	for (size_t k = 0; k < w->n_dvc; k++) {
		char v[2] = { (char)('0' + w->crit[(size_t)o * w->n_dvc + k]), 0 };
		h = fnv(h, v);
	}
	return h;
}

/* Makes per-object arrays cover object index i. */
static int ensure_obj(struct ictx *c, size_t i)
{
	if (i < c->seen_cap)
		return 0;
	size_t n = c->seen_cap ? c->seen_cap * 2 : 1024;
	while (n <= i)
		n *= 2;
	size_t *s = realloc(c->seen_line, n * sizeof *s);
	if (!s)
		return -1;
	c->seen_line = s;
	uint8_t *x = realloc(c->existed, n);
	if (!x)
		return -1;
	c->existed = x;
	memset(s + c->seen_cap, 0, (n - c->seen_cap) * sizeof *s);
	memset(x + c->seen_cap, 0, n - c->seen_cap);
	c->seen_cap = n;
	return 0;
}

/* Formula-injection guard inverse (docs/csv.md "Formel-Schutz"): a cell of the shape '+
 * followed by = + - @ tab or CR loses exactly one leading quote. Works in place. */
static void unguard(char *s)
{
	size_t q = 0;
	while (s[q] == '\'')
		q++;
	if (q == 0)
		return;
	char c = s[q];
	if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r')
		memmove(s, s + 1, strlen(s));
}

static int push_pending(struct ictx *c, struct pending_deps p)
{
	if (c->n_pd == c->cap_pd) {
		size_t nc = c->cap_pd ? c->cap_pd * 2 : 256;
		struct pending_deps *np = realloc(c->pd, nc * sizeof *np);
		if (!np) {
			free(p.text);
			return wp_nomem(c->e);
		}
		c->pd = np;
		c->cap_pd = nc;
	}
	c->pd[c->n_pd++] = p;
	return 0;
}

struct row_dep_ctx {
	struct ictx *c;
	uint32_t von;
	int stream;   /* hand known targets to opt->on_dep */
	char *later;  /* "KENNUNG\0LABEL\0…": targets not known yet (or self) */
	size_t n_later, cap_later;
};

/* First pass over a cell: copies each item to c->scratch and starts loading its hash slot
 * (the lookups of a row's three or so dependencies then wait for memory together, not one
 * after another). */
static int row_dep_collect(void *ctx, const char *kennung, const char *label)
{
	struct ictx *c = ctx;
	size_t kl = strlen(kennung) + 1, ll = strlen(label) + 1;
	if (c->n_items == c->cap_items) {
		size_t nc = c->cap_items ? c->cap_items * 2 : 16;
		struct dep_item *ni = realloc(c->items, nc * sizeof *ni);
		if (!ni)
			return -WP_ENOMEM;
		c->items = ni;
		c->cap_items = nc;
	}
	if (c->n_scratch + kl + ll > c->cap_scratch) {
		size_t nc = (c->n_scratch + kl + ll) * 2;
		char *ns = realloc(c->scratch, nc);
		if (!ns)
			return -WP_ENOMEM;
		c->scratch = ns;
		c->cap_scratch = nc;
	}
	size_t h = khash_str(kennung);
	c->items[c->n_items++] = (struct dep_item){ c->n_scratch, c->n_scratch + kl, h };
	memcpy(c->scratch + c->n_scratch, kennung, kl);
	memcpy(c->scratch + c->n_scratch + kl, label, ll);
	c->n_scratch += kl + ll;
	khash_prefetch_slot(&c->kh, h);
	return 0;
}

static int row_dep(struct row_dep_ctx *d, const char *kennung, const char *label, size_t h)
{
	struct ictx *c = d->c;
	uint32_t t = khash_find_h(&c->kh, kennung, h);
	if (t == WP_NONE || t == d->von) {
		/* a row further down, or an error: resolve_deps decides after the file */
		size_t kl = strlen(kennung) + 1, ll = strlen(label) + 1;
		if (d->n_later + kl + ll + 1 > d->cap_later) {
			size_t nc = (d->n_later + kl + ll + 1) * 2;
			char *nl = realloc(d->later, nc);
			if (!nl)
				return -WP_ENOMEM;
			d->later = nl;
			d->cap_later = nc;
		}
		memcpy(d->later + d->n_later, kennung, kl);
		memcpy(d->later + d->n_later + kl, label, ll);
		d->n_later += kl + ll;
		d->later[d->n_later] = '\0';
		return 0;
	}
	for (size_t i = 0; i < c->n_seen; i++)
		if (c->seen[i] == t)
			return 0; /* listed twice: the first one counts */
	if (c->n_seen == c->cap_seen) {
		size_t nc = c->cap_seen ? c->cap_seen * 2 : 16;
		uint32_t *ns = realloc(c->seen, nc * sizeof *ns);
		if (!ns)
			return -WP_ENOMEM;
		c->seen = ns;
		c->cap_seen = nc;
	}
	c->seen[c->n_seen++] = t;
	const char *l = ws_str(c->w, label);
	if (!l || ws_add_dep(c->w, d->von, t, l) == WP_NONE)
		return -WP_ENOMEM;
	return d->stream ? c->opt->on_dep(c->opt->ctx, c->w, d->von, t, l) : 0;
}

/* The Abhängigkeiten cell of object o. A new object's dependencies on objects already
 * known (the workspace, earlier rows) are added at once (and streamed when stream != 0);
 * the rest, and every cell of an existing object (its old dependencies are replaced), wait
 * in c->pd for resolve_deps. One lookup per dependency where the target is known. */
static int row_deps(struct ictx *c, uint32_t o, int isnew, const char *text, size_t line,
		    size_t col, int stream)
{
	struct wp_err fe;
	if (!isnew) {
		char *t = strdup(text);
		return t ? push_pending(c, (struct pending_deps){ o, line, col, t, 0 })
			 : wp_nomem(c->e);
	}
	struct row_dep_ctx d = { .c = c, .von = o, .stream = stream };
	c->n_seen = c->n_items = c->n_scratch = 0;
	int rc = deps_parse(text, row_dep_collect, c, &fe);
	for (size_t i = 0; i < c->n_items && !rc; i++)
		khash_prefetch_key(&c->kh, c->items[i].h);
	for (size_t i = 0; i < c->n_items && !rc; i++)
		rc = row_dep(&d, c->scratch + c->items[i].k, c->scratch + c->items[i].l, c->items[i].h);
	if (rc == -WP_EINVAL) {
		/* malformed: reported by resolve_deps; the file fails, so what was added is moot */
		free(d.later);
		char *t = strdup(text);
		return t ? push_pending(c, (struct pending_deps){ o, line, col, t, 0 })
			 : wp_nomem(c->e);
	}
	if (rc) {
		free(d.later);
		return rc == -WP_ENOMEM ? wp_nomem(c->e) : rc;
	}
	if (!d.n_later)
		return 0;
	return push_pending(c, (struct pending_deps){ o, line, col, d.later, 1 });
}

/* The value an earlier cell of enum kind ek spelt as text (len bytes) gave, or -1. A file
 * spells each kind a few ways ("ja", "nein", "hoch" …), in many cells of every row. */
static int memo_find(const struct ictx *c, uint8_t ek, const char *text, size_t len)
{
	if (len >= sizeof c->enum_memo[0][0].text)
		return -1;
	for (size_t j = 0; j < c->n_enum_memo[ek]; j++)
		if (memcmp(c->enum_memo[ek][j].text, text, len + 1) == 0)
			return c->enum_memo[ek][j].val;
	return -1;
}

/* Remembers that text (len bytes) of kind ek gave val, while there is room. */
static void memo_add(struct ictx *c, uint8_t ek, const char *text, size_t len, uint8_t val)
{
	uint8_t *n = &c->n_enum_memo[ek];
	size_t cap = sizeof c->enum_memo[0] / sizeof c->enum_memo[0][0];
	if (len >= sizeof c->enum_memo[0][0].text || *n == cap)
		return;
	memcpy(c->enum_memo[ek][*n].text, text, len + 1);
	c->enum_memo[ek][(*n)++].val = val;
}

/* objekt_set_crit through the memo: nine criterion cells a row. */
static int set_crit(struct ictx *c, uint32_t o, uint32_t k, const char *text, struct wp_err *fe)
{
	size_t len = strlen(text);
	uint8_t *val = &c->w->crit[(size_t)o * c->w->n_dvc + k];
	int v = memo_find(c, EK_CRIT, text, len);
	if (v >= 0) {
		*val = (uint8_t)v;
		return 0;
	}
	int rc = objekt_set_crit(c->w, o, k, text, fe);
	if (!rc)
		memo_add(c, EK_CRIT, text, len, *val);
	return rc;
}

/* objekt_set_as for an enum field (Typ, Schutzbedarf, Strategie …) through the memo.
 * Setting an enum field only parses the text and stores the value (model/fields.c), so
 * the outcome is the same. */
static int set_enum(struct ictx *c, uint32_t o, int f, const char *text, struct wp_err *fe)
{
	size_t len = strlen(text);
	uint8_t ek = (uint8_t)field_defs[f].ek;
	uint8_t *val = (uint8_t *)&c->w->obj[o] + field_defs[f].off;
	int v = memo_find(c, ek, text, len);
	if (v >= 0) {
		*val = (uint8_t)v;
		return 0;
	}
	int rc = objekt_set_as(c->w, o, f, text, c->numflags, fe);
	if (!rc)
		memo_add(c, ek, text, len, *val);
	return rc;
}

/* objekt_set_as for an optional text field (Hersteller, Produkt, OZG, Standards, Notiz):
 * a text an earlier row of the column had reuses that row's pool string. A million rows
 * name a few dozen Hersteller and Produkte: 40 MB of copies fewer. Setting a text field
 * only checks the text and copies it (model/fields.c), so the outcome is the same. */
static int set_text(struct ictx *c, uint32_t o, int f, const char *text, struct wp_err *fe)
{
	size_t len = strlen(text); /* not the cell's length: unguard may have shortened it */
	if (!len || len > 64)
		return objekt_set_as(c->w, o, f, text, c->numflags, fe);
	uint64_t h = 1469598103934665603ULL ^ (unsigned)f;
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)text[i]) * 1099511628211ULL;
	size_t slot = (size_t)(h % (sizeof c->text_memo / sizeof c->text_memo[0]));
	const char **val = (const char **)(void *)((char *)&c->w->obj[o] + field_defs[f].off);
	if (c->text_memo[slot].s && c->text_memo[slot].f == f &&
	    memcmp(c->text_memo[slot].s, text, len + 1) == 0) {
		*val = c->text_memo[slot].s;
		return 0;
	}
	int rc = objekt_set_as(c->w, o, f, text, c->numflags, fe);
	if (!rc) {
		c->text_memo[slot].s = *val;
		c->text_memo[slot].f = f;
	}
	return rc;
}

/* 1 when every cell of row is empty (cells come trimmed: CSVREAD_TRIM). */
static int empty_row(const struct csv_row *row)
{
	for (size_t i = 0; i < row->n; i++)
		if (row->len[i])
			return 0;
	return 1;
}

/* A new object's row needs the columns Typ, Name and Behörde (a row of an existing object
 * none but the Kennung). Records an error for each one the file lacks; returns 1 if any. */
static int missing_required(struct ictx *c, size_t line, const char *kennung)
{
	static const int required[] = { F_TYP, F_NAME, F_BEHOERDE };
	int bad = 0;
	for (size_t r = 0; r < sizeof required / sizeof required[0]; r++)
		if (!c->have[required[r]]) {
			ERR(c, line, 0, required[r],
			    c->opt->map
				    ? _("%s:%zu: neues Objekt \"%s\": die Spalte \"%s\" fehlt und ist nicht "
					"zugeordnet (Pflicht für neue Objekte: Typ, Name, Behörde)")
				    : _("%s:%zu: neues Objekt \"%s\": die Spalte \"%s\" fehlt (Pflicht für "
					"neue Objekte: Typ, Name, Behörde; bestehende brauchen nur die "
					"Kennung)"),
			    c->name, line, kennung, field_defs[required[r]].label);
			bad = 1;
		}
	return bad;
}

static int on_row(void *ctx, const struct csv_row *row, struct wp_err *e)
{
	struct ictx *c = ctx;
	struct ws *w = c->w;
	(void)e;
	if (!c->header_done) {
		c->header_done = 1;
		return inventar_on_header(c, row);
	}
	if (c->fatal)
		return 0;
	if (empty_row(row)) {
		c->res->n_empty++; /* ";;;;" under a table: skipped silently */
		return 0;
	}
	c->res->rows++;
	if (row->n != c->ncol) {
		ERR(c, row->line, 0, WP_FIELD_NONE,
		    ngettext("%s:%zu: %zu Feld statt %zu wie in der Kopfzeile (Trennzeichen oder "
			     "Anführungszeichen prüfen)",
			     "%s:%zu: %zu Felder statt %zu wie in der Kopfzeile (Trennzeichen oder "
			     "Anführungszeichen prüfen)", row->n),
		    c->name, row->line, row->n, c->ncol);
		return 0;
	}
	for (size_t i = 0; i < row->n; i++) {
		if (row->len[i] > INVENTAR_MAX_FIELD) {
			ERR(c, row->line, i + 1, c->colmap[i] >= 0 && c->colmap[i] < F__N ? c->colmap[i] : WP_FIELD_NONE,
			    _("%s:%zu:%zu: Feld \"%s\": %zu Bytes lang, erlaubt sind höchstens %d"),
			    c->name, row->line, i + 1, inventar_column_name(c, i), row->len[i], INVENTAR_MAX_FIELD);
			return 0;
		}
		unguard(row->field[i]);
	}

	/* find the Kennung and the Behörde first */
	const char *kennung = NULL, *beh = NULL, *par = NULL;
	size_t kcol = 0, bcol = 0, pcol = 0;
	for (size_t i = 0; i < row->n; i++) {
		if (c->colmap[i] == F_KENNUNG) {
			kennung = row->field[i];
			kcol = i + 1;
		} else if (c->colmap[i] == F_BEHOERDE) {
			beh = row->field[i];
			bcol = i + 1;
		} else if (c->colmap[i] == COL_PARENT) {
			par = row->field[i];
			pcol = i + 1;
		}
	}
	size_t kl = 0;
	if (kennung) { /* trimmed in place: "REG-GEWERBE " is REG-GEWERBE (docs/csv.md) */
		const char *kt = kennung_span(kennung, strlen(kennung), &kl);
		memmove(row->field[kcol - 1], kt, kl);
		row->field[kcol - 1][kl] = '\0';
	}
	kennung = kennung ? row->field[kcol - 1] : "";
	struct wp_err ke;
	if (kennung_check_syntax(kennung, kl, F_KENNUNG, field_defs[F_KENNUNG].label, &ke)) {
		ERR(c, row->line, kcol, F_KENNUNG, "%s:%zu:%zu: %s", c->name, row->line, kcol, ke.msg);
		return 0;
	}
	uint32_t o = khash_find(&c->kh, kennung);
	if (o != WP_NONE && o < c->seen_cap && c->seen_line[o]) {
		ERR(c, row->line, kcol, F_KENNUNG,
		    _("%s:%zu:%zu: Feld \"Kennung\": \"%s\" steht schon in Zeile %zu, erwartet: "
			 "jede Kennung nur einmal"),
		    c->name, row->line, kcol, kennung, c->seen_line[o]);
		return 0;
	}
	int isnew = o == WP_NONE;
	if (isnew && missing_required(c, row->line, kennung))
		return 0;
	if (isnew) {
		const char *k = ws_str(w, kennung);
		o = k ? ws_add_objekt(w, k) : WP_NONE;
		if (o == WP_NONE || khash_insert(&c->kh, w, o) || ensure_obj(c, o))
			return wp_nomem(c->e);
	}
	if (ensure_obj(c, o))
		return wp_nomem(c->e);
	c->seen_line[o] = row->line;
	if (!isnew && idiff_before(c, o, row))
		return wp_nomem(c->e);

	/* a partial update without the column Behörde keeps the object's Behörde */
	if (bcol && inventar_row_behoerde(c, row->line, o, beh, bcol, par, pcol))
		return wp_nomem(c->e);
	size_t deps_col = 0;
	for (size_t i = 0; i < row->n; i++) {
		int f = c->colmap[i];
		struct wp_err fe;
		int rc = 0;
		if (f == COL_SKIP || f == COL_PARENT || f == F_KENNUNG || f == F_BEHOERDE)
			continue;
		if (f == F_ABHAENGIGKEITEN) {
			deps_col = i + 1; /* after the object's own fields and on_new */
			continue;
		}
		if (f >= COL_DVC)
			rc = set_crit(c, o, (uint32_t)(f - COL_DVC), row->field[i], &fe);
		else if (f >= 0 && f < F__N && field_defs[f].type == FT_TEXT &&
			 !(field_defs[f].flags & FD_REQUIRED))
			rc = set_text(c, o, f, row->field[i], &fe);
		else if (f >= 0 && f < F__N && field_defs[f].type == FT_ENUM)
			rc = set_enum(c, o, f, row->field[i], &fe);
		else
			rc = objekt_set_as(w, o, f, row->field[i], c->numflags, &fe);
		if (rc == -WP_ENOMEM)
			return rc;
		if (rc)
			ERR(c, row->line, i + 1, fe.field, "%s:%zu:%zu: %s", c->name, row->line, i + 1,
			    fe.msg);
	}
	/* the progress fields together (the Ist-PT against an Aufwand given in the file; the
	 * effort model's value is not known before the import is assessed) */
	if (!isnew && idiff_after(c, o, row))
		return wp_nomem(c->e);
	struct wp_err se;
	if (objekt_stand_check(w, o, w->obj[o].aufwand, &se))
		ERR(c, row->line, 0, se.field, "%s:%zu: %s", c->name, row->line, se.msg);
	int stream = 0;
	if (isnew && c->opt->on_new && !c->res->n_errors) {
		int rc = c->opt->on_new(c->opt->ctx, w, o);
		if (rc)
			return rc;
		stream = c->opt->on_dep != NULL;
	}
	if (deps_col)
		return row_deps(c, o, isnew, row->field[deps_col - 1], row->line, deps_col, stream);
	return 0;
}

struct dep_ctx {
	struct ictx *c;
	const struct pending_deps *pd;
	uint32_t *targets;
	const char **labels;
	size_t n, cap;
};

static int collect_dep(void *ctx, const char *kennung, const char *label)
{
	struct dep_ctx *d = ctx;
	struct ictx *c = d->c;
	uint32_t t = khash_find(&c->kh, kennung);
	if (t == WP_NONE) {
		ERR(c, d->pd->line, d->pd->col, F_ABHAENGIGKEITEN,
		    _("%s:%zu:%zu: Feld \"Abhängigkeiten\": Objekt \"%s\" gibt es weder in der "
			 "Datei noch im Arbeitsbereich, erwartet: Kennung eines Objekts"),
		    c->name, d->pd->line, d->pd->col, kennung);
		return 0;
	}
	if (t == d->pd->obj) {
		ERR(c, d->pd->line, d->pd->col, F_ABHAENGIGKEITEN,
		    _("%s:%zu:%zu: Feld \"Abhängigkeiten\": \"%s\" hängt von sich selbst ab"),
		    c->name, d->pd->line, d->pd->col, kennung);
		return 0;
	}
	for (size_t i = 0; i < d->n; i++)
		if (d->targets[i] == t)
			return 0; /* listed twice: once is enough */
	if (d->n == d->cap) {
		size_t nc = d->cap ? d->cap * 2 : 8;
		uint32_t *nt = realloc(d->targets, nc * sizeof *nt);
		if (nt)
			d->targets = nt;
		const char **nl = nt ? realloc(d->labels, nc * sizeof *nl) : NULL;
		if (!nt || !nl)
			return -WP_ENOMEM;
		d->labels = nl;
		d->cap = nc;
	}
	d->targets[d->n] = t;
	d->labels[d->n] = ws_str(c->w, label);
	d->n++;
	return 0;
}

/* Errors come in reading order, dependency errors after the rows: order them by line and
 * column, keeping the reading order among equals (an insertion sort; at most
 * INVENTAR_MAX_ERRORS are kept). */
static void sort_errors(struct wp_err *err, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		struct wp_err x = err[i];
		size_t j = i;
		while (j > 0 && (err[j - 1].line > x.line ||
				 (err[j - 1].line == x.line && err[j - 1].col > x.col))) {
			err[j] = err[j - 1];
			j--;
		}
		err[j] = x;
	}
}

static int resolve_deps(struct ictx *c)
{
	struct ws *w = c->w;
	if (!c->n_pd)
		return 0;
	uint8_t *replaced = calloc(w->n_obj, 1);
	if (!replaced)
		return -WP_ENOMEM;
	for (size_t i = 0; i < c->n_pd; i++)
		if (c->pd[i].obj < c->n_before) /* a new object's known targets stay */
			replaced[c->pd[i].obj] = 1;
	size_t keep = 0;
	for (size_t i = 0; i < w->n_dep; i++)
		if (!replaced[w->dep[i].von])
			ws_dep_move(w, keep++, i);
	w->n_dep = keep;
	free(replaced);
	struct dep_ctx d = { .c = c };
	int rc = 0;
	for (size_t i = 0; i < c->n_pd && !rc; i++) {
		struct wp_err fe;
		d.pd = &c->pd[i];
		d.n = 0;
		/* load the slots of the entries eight ahead and the Kennungen four ahead */
		for (size_t a = 4; a <= 8; a += 4)
			if (i + a < c->n_pd && c->pd[i + a].pairs)
				for (const char *k = c->pd[i + a].text; *k;) {
					const char *l = k + strlen(k) + 1;
					if (a == 8)
						khash_prefetch_slot(&c->kh, khash_str(k));
					else
						khash_prefetch_key(&c->kh, khash_str(k));
					k = l + strlen(l) + 1;
				}
		if (c->pd[i].pairs) {
			rc = 0;
			for (const char *k = c->pd[i].text; *k && !rc;) {
				const char *l = k + strlen(k) + 1;
				rc = collect_dep(&d, k, l);
				k = l + strlen(l) + 1;
			}
		} else {
			rc = deps_parse(c->pd[i].text, collect_dep, &d, &fe);
		}
		if (rc == -WP_EINVAL) {
			ERR(c, c->pd[i].line, c->pd[i].col, F_ABHAENGIGKEITEN, "%s:%zu:%zu: %s", c->name,
			    c->pd[i].line, c->pd[i].col, fe.msg);
			rc = 0;
			continue;
		}
		for (size_t k = 0; k < d.n && !rc; k++) {
			if (ws_add_dep(w, c->pd[i].obj, d.targets[k], d.labels[k]) == WP_NONE)
				rc = -WP_ENOMEM;
			/* a new object's dependency on a row further down: streamed now */
			else if (c->pd[i].pairs && c->opt->on_dep && !c->res->n_errors)
				rc = c->opt->on_dep(c->opt->ctx, w, c->pd[i].obj, d.targets[k], d.labels[k]);
		}
	}
	free(d.targets);
	free(d.labels);
	return rc;
}

int inventar_read(struct ws *w, const char *name, const char *buf, size_t len,
		  const struct inventar_opts *opt, struct inventar_result *res, struct wp_err *e)
{
	static const struct inventar_opts defaults = { 0 };
	struct ictx c = { .w = w, .name = name, .opt = opt ? opt : &defaults, .res = res, .e = e };
	char *converted = NULL;
	int rc = 0;
	memset(res, 0, sizeof *res);

	if (c.opt->from_cp1252) {
		converted = cp1252_to_utf8(buf, len, &len);
		if (!converted)
			return wp_nomem(e);
		buf = converted;
	}
	size_t bad = utf8_invalid_at(buf, len);
	if (bad < len) {
		size_t line = 1, lstart = 0;
		for (size_t i = 0; i < bad; i++)
			if (buf[i] == '\n') {
				line++;
				lstart = i + 1;
			}
		ERR(&c, line, bad - lstart + 1, WP_FIELD_NONE,
		    _("%s:%zu:%zu: ungültiges UTF-8 (Byte 0x%02X an Dateiposition %zu); die Datei "
			  "ist vermutlich Windows-1252 (ANSI) — mit --encoding cp1252 wird sie umgewandelt"),
		    name, line, bad - lstart + 1, (unsigned char)buf[bad], bad);
		rc = -WP_EINVAL;
		goto out;
	}
	if (len == 0) {
		ERR(&c, 0, 0, WP_FIELD_NONE,
		    _("%s: die Datei ist leer, erwartet: eine Kopfzeile und Datenzeilen"), name);
		rc = -WP_EINVAL;
		goto out;
	}
	/* size the table for the workspace plus one object per line of the file: no rehash
	 * while reading */
	size_t lines = 0;
	for (const char *p = buf, *end = buf + len; (p = memchr(p, '\n', (size_t)(end - p))); p++)
		lines++;
	if (lines > len / 8) /* a row takes at least "K,T,N,B\n": blank lines make no objects */
		lines = len / 8;
	if (ensure_obj(&c, w->n_obj + lines) || khash_grow_to(&c.kh, w, 2 * (w->n_obj + lines) + 2)) {
		rc = wp_nomem(e);
		goto out;
	}
	for (size_t i = 0; i < w->n_obj; i++)
		if (khash_insert(&c.kh, w, (uint32_t)i)) {
			rc = wp_nomem(e);
			goto out;
		}
	c.n_before = w->n_obj;
	res->first_new = w->n_obj;
	c.before = malloc((w->n_obj ? w->n_obj : 1) * sizeof *c.before);
	if (!c.before) {
		rc = wp_nomem(e);
		goto out;
	}
	for (size_t i = 0; i < w->n_obj; i++) {
		c.before[i] = signature(w, (uint32_t)i);
		c.existed[i] = 1;
	}

	/* numbers as the dialect writes them: a comma-separated file has the decimal point */
	size_t bom = len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
	c.numflags = FS_GRUPPIERT |
		     (csvread_detect_delim(buf + bom, len - bom) == ',' ? FS_DEZIMALPUNKT : 0);
	struct wp_err pe;
	rc = csvread_buffer_opt(name, buf, len, 0,
				CSVREAD_TRIM | (c.opt->release_input || converted ? CSVREAD_RELEASE : 0),
				on_row, &c, &pe);
	if (rc == -WP_EFORMAT) {
		ERR(&c, pe.line, pe.col, WP_FIELD_NONE, "%s", pe.msg);
		rc = -WP_EINVAL;
		goto out;
	}
	if (rc)
		goto out;
	if (!c.header_done) {
		ERR(&c, 0, 0, WP_FIELD_NONE, _("%s: keine Kopfzeile gefunden"), name);
		rc = -WP_EINVAL;
		goto out;
	}
	if ((rc = resolve_deps(&c)))
		goto out;
	khash_free(&c.kh); /* every Kennung is resolved: room for the indexes (32 MB a million) */
	ws_fit_deps(w);    /* and the doubling's spare room after three million dependencies */
	if (c.opt->on_parsed && !res->n_errors)
		c.opt->on_parsed(c.opt->ctx);
	if (res->n_errors) {
		sort_errors(res->errors, res->n_errors < INVENTAR_MAX_ERRORS ? res->n_errors
									     : INVENTAR_MAX_ERRORS);
		rc = -WP_EINVAL;
		goto out;
	}
	if (ws_index(w) || idiff_deps(&c)) {
		rc = wp_nomem(e);
		goto out;
	}
	res->touched = malloc((w->n_obj ? w->n_obj : 1) * sizeof *res->touched);
	if (!res->touched) {
		rc = wp_nomem(e);
		goto out;
	}
	for (size_t i = 0; i < w->n_obj; i++) {
		if (i >= c.seen_cap || !c.seen_line[i])
			continue;
		if (i >= c.n_before) {
			res->n_new++;
			res->touched[res->n_new + res->n_changed - 1] = (uint32_t)i;
		} else if (signature(w, (uint32_t)i) != c.before[i]) {
			res->n_changed++;
			res->touched[res->n_new + res->n_changed - 1] = (uint32_t)i;
		} else {
			res->n_unchanged++;
		}
	}
	/* dependencies of unchanged-by-field objects may still have changed: covered by the
	 * signature, which includes the Abhängigkeiten column */
	if (inventar_find_near(w, res))
		rc = wp_nomem(e);
out:
	for (size_t i = 0; i < c.n_pd; i++)
		free(c.pd[i].text);
	free(c.pd);
	free(c.seen);
	free(c.items);
	free(c.scratch);
	free(c.colmap);
	idiff_free(&c);
	khash_free(&c.kh);
	free(c.seen_line);
	free(c.existed);
	free(c.before);
	free(converted);
	if (rc == -WP_EINVAL && e)
		wp_fail(e, WP_EINVAL,
			ngettext("%s: %zu Fehler, nichts wurde übernommen",
				 "%s: %zu Fehler, nichts wurde übernommen", res->n_errors),
			name, res->n_errors);
	return rc;
}

void inventar_result_free(struct inventar_result *res)
{
	free(res->errors);
	free(res->touched);
	free(res->beh_new);
	free(res->beh_near);
	for (size_t i = 0; i < res->n_ignored && i < INVENTAR_MAX_IGNORED; i++)
		free(res->ignored[i]);
	free(res->ignored);
	for (size_t i = 0; i < res->n_changes_kept; i++) {
		free(res->changes[i].old);
		free(res->changes[i].neu);
	}
	free(res->changes);
	memset(res, 0, sizeof *res);
}
