/* The decision log in the store: checks, one-transaction writes, loading. */
#include "data/store_beschluss.h"

#include <stdlib.h>
#include <string.h>

#include "data/store_pilot.h"
#include "data/store_priv.h"
#include "data/szenario.h"
#include "model/date.h"
#include "model/i18n.h"
#include "model/labels.h"
#include "model/lookup.h"
#include "model/utf8.h"

#define GREMIUM_MAX_BYTES 200
#define TEXT_MAX_BYTES 2000
#define WELLE_MAX 999

static const char w_save[] = N_("Beschluss speichern");
static const char w_load[] = N_("Beschlüsse laden");

/* Appends a link unless b has it already. Returns 0 or -WP_ENOMEM. */
static int add_link(struct beschluss *b, int art, int64_t ref, const char *text)
{
	if (beschluss_nennt(b, art, ref))
		return 0;
	struct bes_link *nl = realloc(b->links, (b->n_links + 1) * sizeof *nl);
	if (!nl)
		return -WP_ENOMEM;
	b->links = nl;
	nl[b->n_links++] = (struct bes_link){ (uint8_t)art, ref, text };
	return 0;
}

int beschluss_bauen(struct ws *w, const struct beschluss_eingabe *in, struct beschluss *out,
		    int *bad, struct wp_err *e)
{
	struct beschluss b = { .erstellt = in->erstellt };
	int rc, dummy;
	if (!bad)
		bad = &dummy;
	*bad = BA_DATUM;
	if (!in->datum || !*in->datum || date_parse(in->datum, &b.datum))
		return wp_fail(e, WP_EINVAL, _("Datum: \"%s\" ist kein gültiges Datum, erwartet: "
					       "TT.MM.JJJJ (z. B. 14.03.2027)"),
			       in->datum ? in->datum : "");
	*bad = BA_GREMIUM;
	if ((rc = store_text_ok(in->gremium ? in->gremium : "", GREMIUM_MAX_BYTES, LBL_GREMIUM,
				e)))
		return rc;
	*bad = BA_TEXT;
	if ((rc = store_text_ok(in->text ? in->text : "", TEXT_MAX_BYTES,
				N_("Text des Beschlusses"), e)))
		return rc;
	const char *sz = "";
	*bad = BA_SZENARIO;
	if (in->szenario && *in->szenario) {
		/* any scenario of the workspace, found ignoring case; kept as it is spelled */
		sz = NULL;
		for (size_t i = 0; i < w->n_szenarien && !sz; i++)
			if (utf8_cmp_ci(w->szenarien[i], in->szenario) == 0)
				sz = w->szenarien[i];
		if (!sz)
			return szenario_unbekannt(e, in->szenario);
	}
	*bad = BA_WELLE;
	for (size_t i = 0; i < in->n_wellen; i++)
		if (in->wellen[i] < 1 || in->wellen[i] > WELLE_MAX)
			return wp_fail(e, WP_EINVAL, _("Welle: %ld ist ungültig, erwartet: eine Zahl von 1 "
						       "bis %d"), in->wellen[i], WELLE_MAX);
	b.gremium = ws_str(w, in->gremium);
	b.text = ws_str(w, in->text);
	b.szenario = ws_str(w, sz);
	if (!b.gremium || !b.text || !b.szenario)
		return wp_nomem(e);
	*bad = BA_OBJEKT;
	for (size_t i = 0; i < in->n_objekte; i++) {
		size_t hits = 0;
		uint32_t o = lookup_kennung(w, in->objekte[i], LOOKUP_CASE, &hits);
		if (o == WP_NONE || hits > 1) {
			rc = hits > 1 ? wp_fail(e, WP_ENOTFOUND, _("Objekt: \"%s\" ist nicht eindeutig — "
								  "bitte die Kennung genau angeben"),
						in->objekte[i])
				      : wp_fail(e, WP_ENOTFOUND, _("Objekt: kein Objekt hat die Kennung "
								  "\"%s\""), in->objekte[i]);
			goto fail;
		}
		if (add_link(&b, BL_OBJEKT, w->obj[o].id, w->obj[o].kennung))
			goto nomem;
	}
	*bad = BA_PILOT;
	for (size_t i = 0; i < in->n_piloten; i++) {
		uint32_t p = pilot_find(w, in->piloten[i]);
		if (p == WP_NONE) {
			rc = wp_fail(e, WP_ENOTFOUND, _("Pilot: einen Piloten \"%s\" gibt es nicht"),
				     in->piloten[i]);
			goto fail;
		}
		if (add_link(&b, BL_PILOT, w->pilot[p].id, w->pilot[p].name))
			goto nomem;
	}
	for (size_t i = 0; i < in->n_wellen; i++)
		if (add_link(&b, BL_WELLE, in->wellen[i], NULL))
			goto nomem;
	/* waves ascending, as they load (they come last) */
	for (size_t i = 1; i < b.n_links; i++)
		for (size_t j = i; j > 0 && b.links[j - 1].art == BL_WELLE &&
				   b.links[j - 1].ref > b.links[j].ref; j--) {
			struct bes_link t = b.links[j];
			b.links[j] = b.links[j - 1];
			b.links[j - 1] = t;
		}
	*out = b;
	return 0;
nomem:
	rc = wp_nomem(e);
fail:
	beschluss_free_links(&b, 1);
	return rc;
}

uint32_t beschluss_find_id(const struct ws *w, int64_t id)
{
	for (size_t i = 0; i < w->n_bes; i++)
		if (w->bes[i].id == id)
			return (uint32_t)i;
	return WP_NONE;
}

/* Steps st once; 0 when done, else the store error. */
static int step_done(struct store *s, sqlite3_stmt *st, struct wp_err *e)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : store_dberr(s, e, _(w_save));
}

/* What one add writes: the decision b (links resolved against w) and the id it got. */
struct add_tx {
	const struct ws *w;
	const struct beschluss *b;
	int64_t id;
};

static int tx_add(void *ctx, struct store *s, struct wp_err *e)
{
	struct add_tx *a = ctx;
	const struct beschluss *b = a->b;
	char iso[16];
	int rc = -WP_EDB;
	sqlite3_stmt *bs = store_prepare(s,
		"INSERT INTO beschluss (id, datum, gremium, text, szenario, erstellt) "
		"VALUES (?1, ?2, ?3, ?4, ?5, ?6)", e);
	sqlite3_stmt *os = bs ? store_prepare(s,
		"INSERT INTO beschluss_objekt (beschluss_id, pos, objekt_id, kennung) "
		"VALUES (?1, ?2, ?3, ?4)", e) : NULL;
	sqlite3_stmt *ps = os ? store_prepare(s,
		"INSERT INTO beschluss_pilot (beschluss_id, pos, pilot_id, name) "
		"VALUES (?1, ?2, ?3, ?4)", e) : NULL;
	sqlite3_stmt *wst = ps ? store_prepare(s,
		"INSERT INTO beschluss_welle (beschluss_id, nr) VALUES (?1, ?2)", e) : NULL;
	if (!wst)
		goto out;
	if (b->id > 0)
		sqlite3_bind_int64(bs, 1, b->id);
	sqlite3_bind_text(bs, 2, date_format(b->datum, 0, iso, sizeof iso), -1, SQLITE_STATIC);
	sqlite3_bind_text(bs, 3, b->gremium, -1, SQLITE_STATIC);
	sqlite3_bind_text(bs, 4, b->text, -1, SQLITE_STATIC);
	if (*b->szenario)
		sqlite3_bind_text(bs, 5, b->szenario, -1, SQLITE_STATIC);
	sqlite3_bind_int64(bs, 6, b->erstellt);
	if ((rc = step_done(s, bs, e)))
		goto out;
	a->id = sqlite3_last_insert_rowid(s->db);
	for (size_t i = 0; i < b->n_links && !rc; i++) {
		const struct bes_link *l = &b->links[i];
		sqlite3_stmt *st = l->art == BL_OBJEKT ? os : l->art == BL_PILOT ? ps : wst;
		sqlite3_bind_int64(st, 1, a->id);
		if (l->art == BL_WELLE) {
			sqlite3_bind_int64(st, 2, l->ref);
		} else {
			uint32_t x = l->art == BL_OBJEKT ? beschluss_link_objekt(a->w, l)
							 : beschluss_link_pilot(a->w, l);
			sqlite3_bind_int64(st, 2, (int64_t)i);
			if (x != WP_NONE)
				sqlite3_bind_int64(st, 3, l->ref);
			else
				sqlite3_bind_null(st, 3);
			sqlite3_bind_text(st, 4, l->text, -1, SQLITE_STATIC);
		}
		rc = step_done(s, st, e);
		sqlite3_clear_bindings(st);
	}
out:
	sqlite3_finalize(bs);
	sqlite3_finalize(os);
	sqlite3_finalize(ps);
	sqlite3_finalize(wst);
	return rc;
}

int store_beschluss_add(struct store *s, struct ws *w, const struct beschluss *b,
			uint32_t *out, struct wp_err *e)
{
	/* everything the in-memory copy needs is made before the transaction, so nothing can
	 * fail after it committed */
	struct beschluss c = *b;
	c.links = NULL;
	c.gremium = ws_str(w, b->gremium);
	c.text = ws_str(w, b->text);
	c.szenario = ws_str(w, b->szenario ? b->szenario : "");
	struct beschluss *nb = realloc(w->bes, (w->n_bes + 1) * sizeof *nb);
	if (nb)
		w->bes = nb;
	if (!nb || !c.gremium || !c.text || !c.szenario ||
	    (b->n_links && !(c.links = malloc(b->n_links * sizeof *c.links))))
		return wp_nomem(e);
	for (size_t i = 0; i < b->n_links; i++) {
		c.links[i] = b->links[i];
		uint32_t x = b->links[i].art == BL_OBJEKT ? beschluss_link_objekt(w, &b->links[i])
			   : b->links[i].art == BL_PILOT ? beschluss_link_pilot(w, &b->links[i]) : 0;
		if (x == WP_NONE)
			c.links[i].ref = 0;
		if (b->links[i].text && !(c.links[i].text = ws_str(w, b->links[i].text))) {
			free(c.links);
			return wp_nomem(e);
		}
	}
	struct add_tx a = { .w = w, .b = b };
	int rc = store_tx(s, tx_add, &a, e);
	if (rc) {
		free(c.links);
		return rc;
	}
	c.id = a.id;
	w->bes[w->n_bes++] = c;
	beschluss_sort(w->bes, w->n_bes);
	if (out)
		*out = beschluss_find_id(w, c.id);
	return 0;
}

static int tx_remove(void *ctx, struct store *s, struct wp_err *e)
{
	const int64_t *id = ctx;
	sqlite3_stmt *st = store_prepare(s, "DELETE FROM beschluss WHERE id = ?1", e);
	if (!st)
		return -WP_EDB;
	sqlite3_bind_int64(st, 1, *id);
	int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : store_dberr(s, e, _(w_save));
	if (!rc && sqlite3_changes(s->db) != 1)
		rc = wp_fail(e, WP_ENOTFOUND, _(BESCHLUSS_TXT_GONE));
	sqlite3_finalize(st);
	return rc;
}

int store_beschluss_remove(struct store *s, struct ws *w, uint32_t i, struct wp_err *e)
{
	if (i >= w->n_bes)
		return wp_fail(e, WP_ENOTFOUND, _(BESCHLUSS_TXT_GONE));
	int64_t id = w->bes[i].id;
	int rc = store_tx(s, tx_remove, &id, e);
	if (rc)
		return rc;
	beschluss_free_links(&w->bes[i], 1);
	memmove(&w->bes[i], &w->bes[i + 1], (w->n_bes - i - 1) * sizeof *w->bes);
	w->n_bes--;
	return 0;
}

/* Reads the links of kind art of every decision from st (one query per kind; rows: decision
 * id, link, text), then finalizes st (NULL: the prepare failed, e says why). */
static int load_links(struct store *s, struct ws *w, int art, sqlite3_stmt *st,
		      struct wp_err *e)
{
	if (!st)
		return -WP_EDB;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		uint32_t bi = beschluss_find_id(w, sqlite3_column_int64(st, 0));
		if (bi == WP_NONE)
			continue;
		const unsigned char *t = sqlite3_column_text(st, 2);
		const char *text = art == BL_WELLE ? NULL : ws_str(w, (const char *)t);
		if ((art != BL_WELLE && !text) ||
		    add_link(&w->bes[bi], art, sqlite3_column_int64(st, 1), text))
			break;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : rc == SQLITE_ROW ? wp_nomem(e) : store_dberr(s, e, _(w_load));
}

int store_load_beschluesse(struct store *s, struct ws *w, struct wp_err *e)
{
	sqlite3_stmt *st = store_prepare(s,
		"SELECT id, datum, gremium, text, coalesce(szenario, ''), erstellt FROM beschluss", e);
	if (!st)
		return -WP_EDB;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct beschluss *nb = realloc(w->bes, (w->n_bes + 1) * sizeof *nb);
		if (!nb)
			break;
		w->bes = nb;
		struct beschluss *b = &nb[w->n_bes];
		memset(b, 0, sizeof *b);
		b->id = sqlite3_column_int64(st, 0);
		if (date_parse((const char *)sqlite3_column_text(st, 1), &b->datum))
			b->datum = 0; /* damaged file: shown as 01.01.1970 rather than lost */
		b->gremium = ws_str(w, (const char *)sqlite3_column_text(st, 2));
		b->text = ws_str(w, (const char *)sqlite3_column_text(st, 3));
		b->szenario = ws_str(w, (const char *)sqlite3_column_text(st, 4));
		b->erstellt = sqlite3_column_int64(st, 5);
		if (!b->gremium || !b->text || !b->szenario)
			break;
		w->n_bes++;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return rc == SQLITE_ROW ? wp_nomem(e) : store_dberr(s, e, _(w_load));
	beschluss_sort(w->bes, w->n_bes);
	/* links by store id; a deleted object or pilot reads as 0 */
	if ((rc = load_links(s, w, BL_OBJEKT, store_prepare(s,
			"SELECT beschluss_id, coalesce(objekt_id, 0), kennung FROM beschluss_objekt "
			"ORDER BY beschluss_id, pos", e), e)) ||
	    (rc = load_links(s, w, BL_PILOT, store_prepare(s,
			"SELECT beschluss_id, coalesce(pilot_id, 0), name FROM beschluss_pilot "
			"ORDER BY beschluss_id, pos", e), e)))
		return rc;
	return load_links(s, w, BL_WELLE, store_prepare(s,
		"SELECT beschluss_id, nr, NULL FROM beschluss_welle ORDER BY beschluss_id, nr", e), e);
}
