/* Seeding from the embedded catalogue and demo CSV files. Catalogue files have a header
 * row; columns are looked up by header name so a reordered file still loads. */
#include "data/seed.h"

#include <stdlib.h>
#include <string.h>

#include "data/csvread.h"
#include "data/embedded.h"
#include "data/inventar.h"
#include "data/store_priv.h"
#include "model/enums.h"
#include "model/platform.h"
#include "model/i18n.h"

/* Generic table reader: maps header names to column indexes, then calls row_fn. */
struct table {
	const char *const *cols; /* wanted column names, NULL-terminated */
	int idx[16];
	int header_done;
	int (*row_fn)(struct table *t, const struct csv_row *row, struct wp_err *e);
	void *ctx;
	const char *file;
};

static const char *col(const struct table *t, const struct csv_row *r, int i)
{
	int k = t->idx[i];
	return k >= 0 && (size_t)k < r->n ? r->field[k] : "";
}

static int table_row(void *ctx, const struct csv_row *row, struct wp_err *e)
{
	struct table *t = ctx;
	if (!t->header_done) {
		t->header_done = 1;
		for (int i = 0; t->cols[i]; i++) {
			t->idx[i] = -1;
			for (size_t k = 0; k < row->n; k++)
				if (strcmp(row->field[k], t->cols[i]) == 0)
					t->idx[i] = (int)k;
			if (t->idx[i] < 0)
				return wp_fail(e, WP_EFORMAT, _("%s: Spalte \"%s\" fehlt"), t->file, t->cols[i]);
		}
		return 0;
	}
	return t->row_fn(t, row, e);
}

/* The embedded file named file, or NULL with the error in e. */
static const struct embedded_file *embedded_need(const char *file, struct wp_err *e)
{
	const struct embedded_file *f = embedded_find(file);
	if (!f)
		wp_fail(e, WP_ENOTFOUND, _("eingebaute Datei %s fehlt"), file);
	return f;
}

static int read_table(struct table *t, const char *file, struct wp_err *e)
{
	const struct embedded_file *f = embedded_need(file, e);
	if (!f)
		return -WP_ENOTFOUND;
	t->file = file;
	return csvread_buffer(file, (const char *)f->data, f->size, ';', table_row, t, e);
}

/* --- criteria --- */
struct krit_list {
	struct ws *w;
	struct kriterium *k;
	size_t n;
};

static int krit_row(struct table *t, const struct csv_row *r, struct wp_err *e)
{
	struct krit_list *L = t->ctx;
	struct kriterium *nk = realloc(L->k, (L->n + 1) * sizeof *nk);
	if (!nk)
		return wp_nomem(e);
	L->k = nk;
	nk[L->n] = (struct kriterium){
		.code = ws_str(L->w, col(t, r, 0)),
		.art = strcmp(col(t, r, 1), "RL") == 0 ? KRIT_RL : KRIT_DVC,
		.name = ws_str(L->w, col(t, r, 2)),
		.beschreibung = ws_str(L->w, col(t, r, 3)),
		.gewicht = atof(col(t, r, 4)),
	};
	L->n++;
	return 0;
}

/* --- platforms --- */
static int pf_row(struct table *t, const struct csv_row *r, struct wp_err *e)
{
	struct ws *w = t->ctx;
	uint32_t p = ws_add_plattform(w, ws_str(w, col(t, r, 0)));
	if (p == WP_NONE)
		return wp_nomem(e);
	w->pf[p].name = ws_str(w, col(t, r, 1));
	w->pf[p].beschreibung = ws_str(w, col(t, r, 2));
	w->pf[p].rang = atoi(col(t, r, 3));
	int vs = enum_parse(EK_TRI, col(t, r, 4));
	w->pf[p].vs_nfd = (uint8_t)(vs < 0 ? TRI_UNBEKANNT : vs);
	w->pf[p].beispiel = 1;
	for (int i = 5; t->cols[i]; i++) /* the example Kostenfaktor (docs/kosten.md) */
		if (strcmp(t->cols[i], "kostenfaktor") == 0 &&
		    pf_faktor_parse(col(t, r, i), &w->pf[p].kostenfaktor, e))
			return -WP_EINVAL;
	for (size_t k = 0; k < w->n_rl; k++) {
		int v = -1;
		/* red-line columns are named by code; find them in this row's header map */
		for (int i = 5; t->cols[i]; i++)
			if (strcmp(t->cols[i], w->rl[k].code) == 0)
				v = enum_parse(EK_RL, col(t, r, i));
		if (v < 0)
			return wp_fail(e, WP_EFORMAT, _("%s:%zu: Wert für %s ungültig"), t->file, r->line,
				       w->rl[k].code);
		w->rl_val[p * w->n_rl + k] = (uint8_t)v;
		w->rl_quelle[p * w->n_rl + k] = SEED_BEISPIEL;
	}
	return 0;
}

/* --- Behörden --- */
static int beh_row(struct table *t, const struct csv_row *r, struct wp_err *e)
{
	struct ws *w = t->ctx;
	uint32_t parent = WP_NONE;
	if (col(t, r, 1)[0] && (parent = ws_find_behoerde(w, col(t, r, 1))) == WP_NONE)
		return wp_fail(e, WP_EFORMAT, _("%s:%zu: übergeordnete Behörde \"%s\" unbekannt"),
			       t->file, r->line, col(t, r, 1));
	uint32_t b = ws_add_behoerde(w, ws_str(w, col(t, r, 0)), parent);
	if (b == WP_NONE)
		return wp_nomem(e);
	w->beh[b].kgst = ws_str(w, col(t, r, 2));
	w->beh[b].kontakt = ws_str(w, col(t, r, 3));
	return 0;
}

/* --- the demo's programme assumptions (settings with their reason) --- */
static int set_row(struct table *t, const struct csv_row *r, struct wp_err *e)
{
	struct ws *w = t->ctx;
	int id = settings_find(col(t, r, 0));
	char *end;
	double v = strtod(col(t, r, 1), &end);
	if (id < 0 || *end || settings_set(&w->set, id, v, NULL))
		return wp_fail(e, WP_EFORMAT, _("%s:%zu: Einstellung \"%s\" = \"%s\" ungültig"), t->file,
			       r->line, col(t, r, 0), col(t, r, 1));
	w->set_annahme[id] = col(t, r, 2)[0] ? ws_str(w, col(t, r, 2)) : NULL;
	return 0;
}

/* --- pilots --- */
static int member_add(struct pilot *p, uint32_t o)
{
	uint32_t *nm = realloc(p->members, (p->n_members + 1) * sizeof *nm);
	if (!nm)
		return -1;
	p->members = nm;
	nm[p->n_members++] = o;
	return 0;
}

static int pilot_row(struct table *t, const struct csv_row *r, struct wp_err *e)
{
	struct ws *w = t->ctx;
	struct pilot *np = realloc(w->pilot, (w->n_pilot + 1) * sizeof *np);
	if (!np)
		return wp_nomem(e);
	w->pilot = np;
	struct pilot *p = &np[w->n_pilot++];
	memset(p, 0, sizeof *p);
	p->name = ws_str(w, col(t, r, 0));
	p->ziel = ws_str(w, col(t, r, 1));
	p->ozg = ws_str(w, col(t, r, 2));
	int st = enum_parse(EK_PILOT_STATUS, col(t, r, 3));
	p->status = (uint8_t)(st < 0 ? PS_IDEE : st);
	char *list = strdup(col(t, r, 4));
	if (!list)
		return wp_nomem(e);
	int rc = 0;
	for (char *save = NULL, *k = strtok_r(list, ",", &save); k && !rc;
	     k = strtok_r(NULL, ",", &save)) {
		uint32_t o = ws_find_objekt(w, k);
		if (o == WP_NONE)
			rc = wp_fail(e, WP_EFORMAT, _("%s:%zu: Objekt \"%s\" unbekannt"), t->file, r->line, k);
		else if (member_add(p, o))
			rc = wp_nomem(e);
	}
	free(list);
	return rc;
}

static int todo_row(struct table *t, const struct csv_row *r, struct wp_err *e)
{
	struct ws *w = t->ctx;
	struct pilot *p = NULL;
	for (size_t i = 0; i < w->n_pilot; i++)
		if (strcmp(w->pilot[i].name, col(t, r, 0)) == 0)
			p = &w->pilot[i];
	if (!p)
		return wp_fail(e, WP_EFORMAT, _("%s:%zu: Pilot \"%s\" unbekannt"), t->file, r->line,
			       col(t, r, 0));
	struct pilot_todo *nt = realloc(p->todos, (p->n_todos + 1) * sizeof *nt);
	if (!nt)
		return wp_nomem(e);
	p->todos = nt;
	nt[p->n_todos].id = 0;
	nt[p->n_todos].text = ws_str(w, col(t, r, 1));
	nt[p->n_todos].done = (uint8_t)(enum_parse(EK_JANEIN, col(t, r, 2)) == JN_JA);
	p->n_todos++;
	return 0;
}

/* --- OZG / LeiKa straight into the store --- */
struct sql_ctx {
	struct store *s;
	sqlite3_stmt *st;
	int ncols;
};

static int sql_row(struct table *t, const struct csv_row *r, struct wp_err *e)
{
	struct sql_ctx *c = t->ctx;
	sqlite3_reset(c->st);
	for (int i = 0; i < c->ncols; i++)
		sqlite3_bind_text(c->st, i + 1, col(t, r, i), -1, SQLITE_TRANSIENT);
	if (sqlite3_step(c->st) != SQLITE_DONE)
		return store_dberr(c->s, e, _("Katalog laden"));
	return 0;
}

static int load_sql_table(struct store *s, const char *file, const char *const *cols,
			  const char *sql, struct wp_err *e)
{
	struct sql_ctx c = { .s = s };
	while (cols[c.ncols])
		c.ncols++;
	c.st = store_prepare(s, sql, e);
	if (!c.st)
		return -WP_EDB;
	struct table t = { .cols = cols, .row_fn = sql_row, .ctx = &c };
	int rc = read_table(&t, file, e);
	sqlite3_finalize(c.st);
	return rc;
}

static int load_demo(struct ws *w, struct wp_err *e)
{
	static const char *const beh_cols[] = { "name", "parent", "kgst", "kontakt", NULL };
	static const char *const pilot_cols[] = { "name", "ziel", "ozg", "status", "mitglieder", NULL };
	static const char *const todo_cols[] = { "pilot", "text", "erledigt", NULL };
	static const char *const set_cols[] = { "schluessel", "wert", "annahme", NULL };
	struct table tb = { .cols = beh_cols, .row_fn = beh_row, .ctx = w };
	int rc = read_table(&tb, "demo/behoerden.csv", e);
	if (rc)
		return rc;
	const struct embedded_file *f = embedded_need("demo/objekte.csv", e);
	if (!f)
		return -WP_ENOTFOUND;
	struct inventar_result res;
	rc = inventar_read(w, "demo/objekte.csv", (const char *)f->data, f->size, NULL, &res, e);
	if (rc == -WP_EINVAL && res.n_errors)
		wp_fail(e, WP_EFORMAT, _("Demo fehlerhaft: %s"), res.errors[0].msg);
	inventar_result_free(&res);
	if (rc)
		return rc;
	struct table tp = { .cols = pilot_cols, .row_fn = pilot_row, .ctx = w };
	struct table tt = { .cols = todo_cols, .row_fn = todo_row, .ctx = w };
	struct table ts = { .cols = set_cols, .row_fn = set_row, .ctx = w };
	if ((rc = read_table(&tp, "demo/piloten.csv", e)) || (rc = read_table(&tt, "demo/pilot_checkliste.csv", e)) ||
	    (rc = read_table(&ts, "demo/einstellungen.csv", e)))
		return rc;
	return 0;
}

/* The store_tx step of seed_workspace: the workspace w (the ctx) and the OZG and LeiKa
 * catalogues. */
static int tx_seed(void *ctx, struct store *s, struct wp_err *e)
{
	static const char *const ozg_cols[] = { "ozg_id", "ozg_leistung", "lebenslage", "themenfeld",
						NULL };
	static const char *const leika_cols[] = { "leika_schluessel", "leistung", "leika_typ",
						  "rechtsgrundlage", "ozg_id", NULL };
	int rc;
	if ((rc = store_save_all(s, ctx, e)) ||
	    (rc = load_sql_table(s, "catalog/ozg_leistungen.csv", ozg_cols,
				 "INSERT OR IGNORE INTO ozg_leistung(ozg_id, name, lebenslage, "
				 "themenfeld) VALUES (?1,?2,?3,?4)", e)))
		return rc;
	return load_sql_table(s, "catalog/leika_leistungen_kdn2019.csv", leika_cols,
			      "INSERT INTO leika_leistung(schluessel, leistung, typ, rechtsgrundlage,"
			      " ozg_id) VALUES (?1,?2,?3,?4,?5)", e);
}

int seed_workspace(struct store *s, int demo, struct wp_err *e)
{
	static const char *const krit_cols[] = { "code", "art", "name", "beschreibung", "gewicht",
						 NULL };
	struct ws *w = ws_new();
	int rc;
	if (!w)
		return wp_nomem(e);
	struct krit_list kl = { .w = w };
	struct table tk = { .cols = krit_cols, .row_fn = krit_row, .ctx = &kl };
	if ((rc = read_table(&tk, "catalog/kriterien.csv", e)))
		goto out;
	if (ws_set_criteria(w, kl.k, kl.n)) {
		rc = wp_nomem(e);
		goto out;
	}
	/* platform columns: fixed ones, one per red line of the catalogue, the Kostenfaktor */
	const char *pf_cols[17] = { "code", "name", "beschreibung", "rang", "vs_nfd" };
	size_t n_pf_cols = 5;
	for (size_t k = 0; k < w->n_rl && k < 10; k++)
		pf_cols[n_pf_cols++] = w->rl[k].code;
	pf_cols[n_pf_cols] = "kostenfaktor";
	struct table tpf = { .cols = pf_cols, .row_fn = pf_row, .ctx = w };
	if ((rc = read_table(&tpf, "catalog/plattformen.csv", e)))
		goto out;
	if (demo && (rc = load_demo(w, e)))
		goto out;
	rc = store_tx(s, tx_seed, w, e);
out:
	free(kl.k);
	ws_free(&w);
	return rc;
}
