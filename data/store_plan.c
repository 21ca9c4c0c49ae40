/* The stored roadmap: plan parameters (table plan), waves (welle), entries (plan_eintrag),
 * pins and the user's wave capacities. Statements are prepared once per call and stepped
 * per row inside the caller's transaction. */
#include "data/store_plan.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "data/store_priv.h"
#include "model/date.h"
#include "model/i18n.h"

/* What failed, for store_dberr (msgids). */
static const char w_save_plan[] = N_("Plan speichern");
static const char w_save_waves[] = N_("Wellen speichern");
static const char w_read_plan[] = N_("Plan lesen");

#define BIND_TEXT(st, i, s) sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC)

void store_welle_dates(const struct plan_params *p, int nr, int32_t *beginn, int32_t *ende)
{
	struct plan_params q = *p;
	if (q.wellen_laenge <= 0)
		q.wellen_laenge = 3;
	/* the planner's own calendar, so stored and planned waves never disagree */
	*beginn = plan_welle_beginn(&q, nr);
	*ende = plan_welle_beginn(&q, nr + 1) - 1;
}

/* Steps a one-row write and resets it; what is an untranslated msgid. */
static int step_done(struct store *s, sqlite3_stmt *st, struct wp_err *e, const char *what)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return rc == SQLITE_DONE ? 0 : store_dberr(s, e, _(what));
}

/* Prepares, runs and finalizes a statement binding int64 parameters n[0..k). */
static int run_ints(struct store *s, struct wp_err *e, const char *what, const char *sql,
		    const int64_t *n, int k)
{
	sqlite3_stmt *st = store_prepare(s, sql, e);
	if (!st)
		return -WP_EDB;
	for (int i = 0; i < k; i++)
		sqlite3_bind_int64(st, i + 1, n[i]);
	int rc = step_done(s, st, e, what);
	sqlite3_finalize(st);
	return rc;
}

/* Inserts wave rows from..to (dates under p, capacity cap, not the user's own); a row that
 * exists (a user capacity) only gets its dates. */
static int put_waves(struct store *s, const struct plan_params *p, int from, int to, double cap,
		     struct wp_err *e)
{
	sqlite3_stmt *st = store_prepare(s,
		"INSERT INTO welle(nr, beginn, ende, kapazitaet, fest) VALUES (?1,?2,?3,?4,0) "
		"ON CONFLICT(nr) DO UPDATE SET beginn = excluded.beginn, ende = excluded.ende", e);
	if (!st)
		return -WP_EDB;
	int rc = 0;
	for (int nr = from; nr <= to && !rc; nr++) {
		int32_t b, en;
		char db[16], de[16];
		store_welle_dates(p, nr, &b, &en);
		sqlite3_bind_int(st, 1, nr);
		BIND_TEXT(st, 2, date_format(b, 0, db, sizeof db));
		BIND_TEXT(st, 3, date_format(en, 0, de, sizeof de));
		sqlite3_bind_double(st, 4, cap);
		rc = step_done(s, st, e, w_save_waves);
	}
	sqlite3_finalize(st);
	return rc;
}

/* Deletes the plan's entries and its waves without a user capacity. */
static int clear_plan(struct store *s, struct wp_err *e)
{
	int rc = run_ints(s, e, w_save_plan, "DELETE FROM plan_eintrag", NULL, 0);
	return rc ? rc : run_ints(s, e, w_save_plan, "DELETE FROM welle WHERE fest = 0",
				  NULL, 0);
}

int store_save_plan(struct store *s, const struct ws *w, const struct assessment *a,
		    const struct plan *p, struct wp_err *e)
{
	sqlite3_stmt *st = NULL, *wv = NULL;
	char small[512], *buf = small;
	size_t cap = sizeof small;
	int rc;
	if ((rc = clear_plan(s, e)))
		return rc;
	int64_t prm[5] = { p->params.start_jahr, p->params.start_quartal, p->params.wellen_laenge,
			   0, (int64_t)p->n_welle };
	st = store_prepare(s,
		"INSERT OR REPLACE INTO plan(id, start_jahr, start_quartal, wellen_laenge, kapazitaet,"
		" n_welle, erstellt) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)", e);
	if (!st)
		return -WP_EDB;
	for (int i = 0; i < 5; i++)
		sqlite3_bind_int64(st, i + 1, prm[i]);
	sqlite3_bind_double(st, 4, p->params.kapazitaet);
	sqlite3_bind_int64(st, 6, (int64_t)time(NULL));
	rc = step_done(s, st, e, w_save_plan);
	sqlite3_finalize(st);
	st = NULL;
	if (rc)
		return rc;

	/* the planner's waves; a user capacity (fest) keeps its value */
	wv = store_prepare(s,
		"INSERT INTO welle(nr, beginn, ende, kapazitaet, fest) VALUES (?1,?2,?3,?4,0) "
		"ON CONFLICT(nr) DO UPDATE SET beginn = excluded.beginn, ende = excluded.ende", e);
	if (!wv)
		return -WP_EDB;
	for (size_t i = 0; i < p->n_welle && !rc; i++) {
		char db[16], de[16];
		sqlite3_bind_int(wv, 1, (int)(i + 1));
		BIND_TEXT(wv, 2, date_format(p->welle[i].beginn, 0, db, sizeof db));
		BIND_TEXT(wv, 3, date_format(p->welle[i].ende, 0, de, sizeof de));
		sqlite3_bind_double(wv, 4, p->welle[i].kapazitaet);
		rc = step_done(s, wv, e, w_save_waves);
	}
	sqlite3_finalize(wv);
	if (rc)
		return rc;

	st = store_prepare(s,
		"INSERT INTO plan_eintrag(objekt_id, welle_nr, hinweise, flags, grund, hybrid_zu) "
		"VALUES (?1,?2,?3,?4,?5,?6)", e);
	if (!st)
		return -WP_EDB;
	for (size_t o = 0; o < w->n_obj && o < p->n_obj && !rc; o++) {
		const struct plan_obj *po = &p->obj[o];
		sqlite3_bind_int64(st, 1, w->obj[o].id);
		if (po->welle > 0)
			sqlite3_bind_int(st, 2, (int)po->welle);
		int n = a ? plan_hinweise(w, a, p, (uint32_t)o, buf, cap) : 0;
		if (n >= 0 && (size_t)n >= cap) {
			char *nb = malloc((size_t)n + 1);
			if (!nb) {
				rc = wp_nomem(e);
				break;
			}
			if (buf != small)
				free(buf);
			buf = nb;
			cap = (size_t)n + 1;
			n = plan_hinweise(w, a, p, (uint32_t)o, buf, cap);
		}
		sqlite3_bind_text(st, 3, n > 0 ? buf : "", n > 0 ? n : 0, SQLITE_STATIC);
		sqlite3_bind_int(st, 4, po->flags);
		sqlite3_bind_int(st, 5, po->grund);
		if (po->hybrid_zu != WP_NONE && po->hybrid_zu < w->n_obj)
			sqlite3_bind_int64(st, 6, w->obj[po->hybrid_zu].id);
		rc = step_done(s, st, e, w_save_plan);
	}
	sqlite3_finalize(st);
	if (buf != small)
		free(buf);
	return rc;
}

int store_drop_plan(struct store *s, struct wp_err *e)
{
	int rc;
	if ((rc = clear_plan(s, e)))
		return rc;
	return run_ints(s, e, w_save_plan, "DELETE FROM plan", NULL, 0);
}

int store_plan_params(struct store *s, struct plan_params *p, struct wp_err *e)
{
	sqlite3_stmt *st = store_prepare(s,
		"SELECT start_jahr, start_quartal, wellen_laenge, kapazitaet FROM plan WHERE id = 1", e);
	if (!st)
		return -WP_EDB;
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		p->start_jahr = sqlite3_column_int(st, 0);
		p->start_quartal = sqlite3_column_int(st, 1);
		p->wellen_laenge = sqlite3_column_int(st, 2);
		p->kapazitaet = sqlite3_column_double(st, 3);
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return 1;
	return rc == SQLITE_DONE ? 0 : store_dberr(s, e, _(w_read_plan));
}

/* The stored plan's wave count, or 0 if no plan is stored (or an error, reported in e). */
static int stored_n_welle(struct store *s, int *n, struct wp_err *e)
{
	sqlite3_stmt *st = store_prepare(s, "SELECT n_welle FROM plan WHERE id = 1", e);
	if (!st)
		return -WP_EDB;
	int rc = sqlite3_step(st);
	*n = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_dberr(s, e, _(w_read_plan));
}

int store_load_plan(struct store *s, const struct ws *w, const struct assessment *a,
		    struct plan **out, struct wp_err *e)
{
	struct plan *p = NULL;
	sqlite3_stmt *st = NULL;
	struct plan_params prm = { 0 };
	int n_welle = 0, rc, own_tx = !s->in_tx;
	*out = NULL;
	/* one read transaction: a consistent snapshot even while another process writes */
	if (own_tx && sqlite3_exec(s->db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
		return store_dberr(s, e, _(w_read_plan));
	if ((rc = store_plan_params(s, &prm, e)) < 0)
		goto out;
	if (rc == 0) {
		rc = wp_fail(e, WP_ENOTFOUND, _("es ist noch kein Plan gespeichert (erst: wolkenplan plan)"));
		goto out;
	}
	if ((rc = stored_n_welle(s, &n_welle, e)))
		goto out;
	p = plan_new(w->n_obj);
	if (!p) {
		rc = wp_nomem(e);
		goto out;
	}
	p->params = prm;
	if (!(st = store_prepare(s, "SELECT nr, beginn, ende, kapazitaet FROM welle "
				 "WHERE nr BETWEEN 1 AND ?1 ORDER BY nr", e))) {
		rc = -WP_EDB;
		goto out;
	}
	sqlite3_bind_int(st, 1, n_welle);
	int next = 1, step;
	while (next <= n_welle) {
		struct plan_welle wv = { .nr = next, .kapazitaet = prm.kapazitaet };
		store_welle_dates(&prm, next, &wv.beginn, &wv.ende);
		step = sqlite3_step(st);
		if (step == SQLITE_ROW) {
			int nr = sqlite3_column_int(st, 0);
			for (; next < nr; next++) { /* a gap (damaged file): the plan's defaults */
				struct plan_welle g = { .nr = next, .kapazitaet = prm.kapazitaet };
				store_welle_dates(&prm, next, &g.beginn, &g.ende);
				if (plan_add_welle(p, &g)) {
					rc = wp_nomem(e);
					goto out;
				}
			}
			wv.nr = nr;
			int32_t d;
			if (!date_parse((const char *)sqlite3_column_text(st, 1), &d))
				wv.beginn = d;
			if (!date_parse((const char *)sqlite3_column_text(st, 2), &d))
				wv.ende = d;
			wv.kapazitaet = sqlite3_column_double(st, 3);
		} else if (step != SQLITE_DONE) {
			rc = store_dberr(s, e, _(w_read_plan));
			goto out;
		}
		if (plan_add_welle(p, &wv)) {
			rc = wp_nomem(e);
			goto out;
		}
		next = wv.nr + 1;
	}
	sqlite3_finalize(st);
	st = store_prepare(s,
		"SELECT o.kennung, e.welle_nr, e.flags, e.grund, h.kennung FROM plan_eintrag e "
		"JOIN objekt o ON o.id = e.objekt_id LEFT JOIN objekt h ON h.id = e.hybrid_zu", e);
	if (!st) {
		rc = -WP_EDB;
		goto out;
	}
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		uint32_t o = ws_find_objekt(w, (const char *)sqlite3_column_text(st, 0));
		if (o == WP_NONE || o >= p->n_obj)
			continue;
		struct plan_obj *po = &p->obj[o];
		int wn = sqlite3_column_int(st, 1);
		po->welle = wn > 0 ? (uint32_t)wn : 0;
		po->flags = (uint16_t)sqlite3_column_int(st, 2);
		po->grund = (uint8_t)sqlite3_column_int(st, 3);
		po->hybrid_zu = sqlite3_column_type(st, 4) == SQLITE_NULL
			? WP_NONE : ws_find_objekt(w, (const char *)sqlite3_column_text(st, 4));
	}
	if (step != SQLITE_DONE) {
		rc = store_dberr(s, e, _(w_read_plan));
		goto out;
	}
	for (size_t o = 0; o < p->n_obj; o++) {
		uint32_t wn = p->obj[o].welle;
		if (wn == 0 || wn > p->n_welle)
			continue;
		p->welle[wn - 1].n_obj++;
		if (a)
			p->welle[wn - 1].belegt += a->obj[o].aufwand;
	}
	*out = p;
	p = NULL;
	rc = 0;
out:
	sqlite3_finalize(st);
	if (own_tx)
		sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL);
	plan_free(&p);
	return rc;
}

int store_plan_pin(struct store *s, struct ws *w, uint32_t o, int nr, struct wp_err *e)
{
	if (nr < 0 || nr > WELLE_MAX)
		return wp_fail(e, WP_EINVAL, _("Welle %d gibt es nicht, erwartet: 1 bis %d"), nr,
			       WELLE_MAX);
	int old = w->obj[o].welle_pin;
	w->obj[o].welle_pin = nr;
	int rc = store_save_objekt(s, w, o, e);
	if (rc) {
		w->obj[o].welle_pin = old;
		return rc;
	}
	struct plan_params prm;
	int n_welle = 0;
	if ((rc = store_plan_params(s, &prm, e)) <= 0 || (rc = stored_n_welle(s, &n_welle, e)))
		return rc < 0 ? rc : 0; /* no plan stored: the pin waits for the next `plan` */
	int64_t id[3] = { w->obj[o].id, nr, PH_PIN };
	if (nr == 0)
		return run_ints(s, e, w_save_plan,
				"UPDATE plan_eintrag SET flags = flags & ~?2 WHERE objekt_id = ?1",
				(int64_t[]){ id[0], PH_PIN }, 2);
	if (nr > n_welle) {
		if ((rc = put_waves(s, &prm, n_welle + 1, nr, prm.kapazitaet, e)) ||
		    (rc = run_ints(s, e, w_save_plan, "UPDATE plan SET n_welle = ?1 WHERE id = 1",
				   &id[1], 1)))
			return rc;
	}
	return run_ints(s, e, w_save_plan,
			"INSERT INTO plan_eintrag(objekt_id, welle_nr, flags, grund) VALUES (?1,?2,?3,0) "
			"ON CONFLICT(objekt_id) DO UPDATE SET welle_nr = excluded.welle_nr, "
			"flags = flags | excluded.flags, grund = 0", id, 3);
}

int store_welle_kapazitaet(struct store *s, struct ws *w, const struct plan_params *p, int nr,
			   double kap, struct wp_err *e)
{
	if (nr < 1 || nr > WELLE_MAX)
		return wp_fail(e, WP_EINVAL, _("Welle %d gibt es nicht, erwartet: 1 bis %d"), nr,
			       WELLE_MAX);
	size_t i = 0;
	while (i < w->n_welle && w->welle[i].nr < nr)
		i++;
	int have = i < w->n_welle && w->welle[i].nr == nr;
	int rc;
	if (kap < 0) {
		int64_t n[1] = { nr };
		sqlite3_stmt *st = store_prepare(s,
			"UPDATE welle SET fest = 0, kapazitaet = ?2 WHERE nr = ?1", e);
		if (!st)
			return -WP_EDB;
		sqlite3_bind_int64(st, 1, n[0]);
		sqlite3_bind_double(st, 2, p->kapazitaet);
		rc = step_done(s, st, e, w_save_waves);
		sqlite3_finalize(st);
		if (rc)
			return rc;
		/* a wave outside the stored plan existed only for its capacity */
		if ((rc = run_ints(s, e, w_save_waves,
				   "DELETE FROM welle WHERE nr = ?1 AND nr > "
				   "(SELECT coalesce(max(n_welle), 0) FROM plan)", n, 1)))
			return rc;
		if (have) {
			memmove(&w->welle[i], &w->welle[i + 1], (w->n_welle - i - 1) * sizeof *w->welle);
			w->n_welle--;
		}
		return 0;
	}
	int32_t b, en;
	char db[16], de[16];
	store_welle_dates(p, nr, &b, &en);
	sqlite3_stmt *st = store_prepare(s,
		"INSERT INTO welle(nr, beginn, ende, kapazitaet, fest) VALUES (?1,?2,?3,?4,1) "
		"ON CONFLICT(nr) DO UPDATE SET kapazitaet = excluded.kapazitaet, fest = 1", e);
	if (!st)
		return -WP_EDB;
	sqlite3_bind_int(st, 1, nr);
	BIND_TEXT(st, 2, date_format(b, 0, db, sizeof db));
	BIND_TEXT(st, 3, date_format(en, 0, de, sizeof de));
	sqlite3_bind_double(st, 4, kap);
	rc = step_done(s, st, e, w_save_waves);
	sqlite3_finalize(st);
	if (rc)
		return rc;
	if (!have) {
		struct welle *nw = realloc(w->welle, (w->n_welle + 1) * sizeof *nw);
		if (!nw)
			return wp_nomem(e);
		w->welle = nw;
		memmove(&w->welle[i + 1], &w->welle[i], (w->n_welle - i) * sizeof *w->welle);
		w->n_welle++;
		w->welle[i] = (struct welle){ .nr = nr, .beginn = b, .ende = en };
	}
	w->welle[i].kapazitaet = kap;
	return 0;
}
