/* Converting a workspace of the wave planner (schema 2) to the Zeitplan (docs/planung.md,
 * "Umstellung"): pins to wave numbers become pins to the wave's first month, capacities of
 * single waves become capacity exceptions of its months (capacity / wave length, rounded
 * down to 0.5 PT), plan.kapazitaet becomes plan.kapazitaet_monat the same way, and a stored
 * plan is marked for re-planning with the converted parameters. What was converted is kept
 * as text until the first program that loads the workspace shows it. */
#include "data/umstellung.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "data/store_plan.h"
#include "data/store_priv.h"
#include "model/date.h"
#include "model/i18n.h"
#include "model/monat.h"
#include "model/numfmt.h"

static const char w_um[] = N_("Umstellung auf den Zeitplan");

static int step_done(struct store *s, sqlite3_stmt *st, struct wp_err *e)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return rc == SQLITE_DONE ? 0 : store_dberr(s, e, _(w_um));
}

static int exec_sql(struct store *s, const char *sql, struct wp_err *e)
{
	sqlite3_stmt *st = store_prepare(s, sql, e);
	if (!st)
		return -WP_EDB;
	int rc = step_done(s, st, e);
	sqlite3_finalize(st);
	return rc;
}

/* PT per wave → PT per month: cap / laenge rounded down to 0.5 PT, as half-PT. */
static int32_t je_monat(double cap, int laenge)
{
	return (int32_t)floor(cap / laenge * 2 + 1e-9);
}

static char *pt(int32_t h, char *b, size_t n)
{
	return format_num(h / 2.0, 1, 1, i18n_german(), b, n);
}

struct um {
	struct store *s;
	struct wp_err *e;
	sqlite3_stmt *note;
	int pos;
	int laenge;      /* the old plan's wave length (else the setting) */
	int32_t start;   /* the old plan's start month (else the next quarter from today) */
	int plan;        /* 1 if a wave plan was stored */
	double kap_plan; /* its capacity per wave */
};

static int note(struct um *u, const char *text, int neu_planen)
{
	sqlite3_bind_int(u->note, 1, u->pos++);
	sqlite3_bind_text(u->note, 2, text, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(u->note, 3, neu_planen);
	return step_done(u->s, u->note, u->e);
}

/* Reads the old plan's parameters and the wave-length setting. */
static int read_params(struct um *u)
{
	u->laenge = 3;
	u->start = monat_naechstes_quartal((int32_t)(time(NULL) / 86400));
	sqlite3_stmt *st = store_prepare(u->s,
		"SELECT value FROM einstellung WHERE key = 'plan.wellen_laenge'", u->e);
	if (!st)
		return -WP_EDB;
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) >= 1)
		u->laenge = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	st = store_prepare(u->s, "SELECT start_jahr, start_quartal, wellen_laenge, kapazitaet "
				 "FROM plan WHERE id = 1", u->e);
	if (!st)
		return -WP_EDB;
	if (sqlite3_step(st) == SQLITE_ROW) {
		int y = sqlite3_column_int(st, 0), q = sqlite3_column_int(st, 1);
		u->plan = 1;
		if (y >= MONAT_JAHR_MIN && y <= MONAT_JAHR_MAX && q >= 1 && q <= 4)
			u->start = monat_von(y, (q - 1) * 3 + 1);
		if (sqlite3_column_int(st, 2) >= 1)
			u->laenge = sqlite3_column_int(st, 2);
		u->kap_plan = sqlite3_column_double(st, 3);
	}
	sqlite3_finalize(st);
	return 0;
}

/* Pins to wave numbers → pins to the wave's first month. */
static int pins(struct um *u)
{
	sqlite3_stmt *st = store_prepare(u->s, "SELECT id, kennung, welle_pin FROM objekt "
				 "WHERE welle_pin IS NOT NULL ORDER BY kennung", u->e);
	sqlite3_stmt *up = store_prepare(u->s,
		"UPDATE objekt SET pin_monat = ?2, welle_pin = NULL WHERE id = ?1", u->e);
	int rc = st && up ? 0 : -WP_EDB;
	while (!rc && sqlite3_step(st) == SQLITE_ROW) {
		int nr = sqlite3_column_int(st, 2);
		int32_t m = u->start + (int32_t)(nr - 1) * u->laenge;
		char mb[16], text[256];
		int ok = m <= monat_von(MONAT_JAHR_MAX, 12);
		sqlite3_bind_int64(up, 1, sqlite3_column_int64(st, 0));
		if (ok)
			sqlite3_bind_text(up, 2, monat_format(m, 0, mb, sizeof mb), -1, SQLITE_TRANSIENT);
		if ((rc = step_done(u->s, up, u->e)))
			break;
		if (ok)
			snprintf(text, sizeof text, _("Festsetzung %s: Welle %d → Beginn %s"),
				 (const char *)sqlite3_column_text(st, 1), nr,
				 monat_format(m, 1, mb, sizeof mb));
		else
			snprintf(text, sizeof text,
				 _("Festsetzung %s: Welle %d liegt nach 2100 und wurde aufgehoben"),
				 (const char *)sqlite3_column_text(st, 1), nr);
		rc = note(u, text, 0);
	}
	sqlite3_finalize(st);
	sqlite3_finalize(up);
	return rc;
}

/* The user's capacities of single waves → exceptions of their months. */
static int wellen(struct um *u)
{
	sqlite3_stmt *st = store_prepare(u->s, "SELECT nr, beginn, ende, kapazitaet FROM welle "
				 "WHERE fest = 1 ORDER BY nr", u->e);
	sqlite3_stmt *ins = store_prepare(u->s,
		"INSERT OR REPLACE INTO kapazitaet(monat, pt) VALUES (?1, ?2)", u->e);
	int rc = st && ins ? 0 : -WP_EDB;
	while (!rc && sqlite3_step(st) == SQLITE_ROW) {
		int nr = sqlite3_column_int(st, 0);
		int32_t b, en, m0, m1;
		if (date_parse((const char *)sqlite3_column_text(st, 1), &b) ||
		    date_parse((const char *)sqlite3_column_text(st, 2), &en) || en < b)
			continue; /* a damaged row: nothing to convert */
		m0 = monat_von_tag(b);
		m1 = monat_von_tag(en);
		if (m0 < monat_von(MONAT_JAHR_MIN, 1) || m1 > monat_von(MONAT_JAHR_MAX, 12))
			continue;
		double cap = sqlite3_column_double(st, 3);
		int32_t k = je_monat(cap, (int)(m1 - m0 + 1));
		char mb[16], me[16], a[32], c[32], text[256];
		for (int32_t m = m0; m <= m1 && !rc; m++) {
			sqlite3_bind_text(ins, 1, monat_format(m, 0, mb, sizeof mb), -1, SQLITE_TRANSIENT);
			sqlite3_bind_double(ins, 2, k / 2.0);
			rc = step_done(u->s, ins, u->e);
		}
		if (rc)
			break;
		snprintf(text, sizeof text, _("Kapazität Welle %d (%s PT) → %s PT je Monat %s–%s"),
			 nr, format_num(cap, 1, 1, i18n_german(), a, sizeof a), pt(k, c, sizeof c),
			 monat_format(m0, 1, mb, sizeof mb), monat_format(m1, 1, me, sizeof me));
		rc = note(u, text, 0);
	}
	sqlite3_finalize(st);
	sqlite3_finalize(ins);
	return rc;
}

/* plan.kapazitaet (PT per wave) → plan.kapazitaet_monat. */
static int einstellung(struct um *u)
{
	sqlite3_stmt *st = store_prepare(u->s,
		"SELECT value FROM einstellung WHERE key = 'plan.kapazitaet'", u->e);
	if (!st)
		return -WP_EDB;
	int have = sqlite3_step(st) == SQLITE_ROW;
	double v = have ? sqlite3_column_double(st, 0) : 0;
	sqlite3_finalize(st);
	if (!have)
		return 0;
	int32_t k = je_monat(v, u->laenge);
	st = store_prepare(u->s, "INSERT OR REPLACE INTO einstellung(key, value) "
				 "VALUES ('plan.kapazitaet_monat', ?1)", u->e);
	if (!st)
		return -WP_EDB;
	sqlite3_bind_double(st, 1, k / 2.0);
	int rc = step_done(u->s, st, u->e);
	sqlite3_finalize(st);
	if (rc)
		return rc;
	char a[32], b[32], text[256];
	snprintf(text, sizeof text, _("Einstellung plan.kapazitaet %s PT je Welle → "
				      "plan.kapazitaet_monat %s PT je Monat"),
		 format_num(v, 1, 1, i18n_german(), a, sizeof a), pt(k, b, sizeof b));
	return note(u, text, 0);
}

/* A stored wave plan → the Zeitplan's parameters, to be re-planned on the first load. */
static int plan(struct um *u)
{
	if (!u->plan)
		return 0;
	double tempo = 20;
	sqlite3_stmt *st = store_prepare(u->s,
		"SELECT value FROM einstellung WHERE key = 'plan.max_pt_monat'", u->e);
	if (!st)
		return -WP_EDB;
	if (sqlite3_step(st) == SQLITE_ROW)
		tempo = sqlite3_column_double(st, 0);
	sqlite3_finalize(st);
	st = store_prepare(u->s, "INSERT OR REPLACE INTO zeitplan(szenario_id, start, kapazitaet,"
				 " tempo, wellen_laenge, erstellt) VALUES ((SELECT id FROM szenario"
				 " WHERE aktiv = 1), ?1, ?2, ?3, ?4, 0)", u->e);
	if (!st)
		return -WP_EDB;
	char mb[16], a[32], b[32], text[300];
	int32_t k = je_monat(u->kap_plan, u->laenge);
	int lg = u->laenge > 24 ? 24 : u->laenge;
	sqlite3_bind_text(st, 1, monat_format(u->start, 0, mb, sizeof mb), -1, SQLITE_TRANSIENT);
	sqlite3_bind_double(st, 2, k / 2.0);
	sqlite3_bind_double(st, 3, tempo);
	sqlite3_bind_int(st, 4, lg);
	int rc = step_done(u->s, st, u->e);
	sqlite3_finalize(st);
	if (rc || (rc = exec_sql(u->s, "DELETE FROM plan_eintrag", u->e)) ||
	    (rc = exec_sql(u->s, "DELETE FROM plan", u->e)))
		return rc;
	snprintf(text, sizeof text,
		 _("gespeicherter Plan ab %s (%s PT je Welle von %d Monaten) → Zeitplan mit %s PT "
		   "je Monat, neu geplant"),
		 monat_format(u->start, 1, mb, sizeof mb),
		 format_num(u->kap_plan, 1, 1, i18n_german(), a, sizeof a), u->laenge,
		 pt(k, b, sizeof b));
	return note(u, text, 1);
}

int store_umstellen_v3(struct store *s, struct wp_err *e)
{
	struct um u = { .s = s, .e = e };
	int rc;
	if (!(u.note = store_prepare(s, "INSERT INTO umstellung(pos, text, neu_planen) "
				    "VALUES (?1, ?2, ?3)", e)))
		return -WP_EDB;
	if (!(rc = read_params(&u)) && !(rc = pins(&u)) && !(rc = wellen(&u)) &&
	    !(rc = einstellung(&u)) && !(rc = plan(&u)))
		rc = exec_sql(s, "DELETE FROM welle", e);
	if (!rc)
		rc = exec_sql(s, "DELETE FROM einstellung WHERE key = 'plan.kapazitaet'", e);
	sqlite3_finalize(u.note);
	return rc;
}

struct fertig {
	const struct ws *w;
	const struct assessment *a;
	char *text;  /* the lines so far, malloc'd, "\n"-separated */
	size_t len;
	int neu_planen;
};

static int fertig_tx(void *ctx, struct store *s, struct wp_err *e)
{
	struct fertig *f = ctx;
	sqlite3_stmt *st = store_prepare(s, "SELECT text, neu_planen FROM umstellung ORDER BY pos",
					 e);
	if (!st)
		return -WP_EDB;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *l = (const char *)sqlite3_column_text(st, 0);
		size_t n = l ? strlen(l) : 0;
		char *nt = realloc(f->text, f->len + n + 2);
		if (!nt) {
			sqlite3_finalize(st);
			return wp_nomem(e);
		}
		f->text = nt;
		if (f->len)
			f->text[f->len++] = '\n';
		memcpy(f->text + f->len, l ? l : "", n);
		f->len += n;
		f->text[f->len] = '\0';
		f->neu_planen |= sqlite3_column_int(st, 1);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return store_dberr(s, e, _(w_um));
	if (f->neu_planen) {
		struct zeitplan_params p;
		struct zeitplan *z = NULL;
		if ((rc = store_zeitplan_params(s, &p, e)) < 0)
			return rc;
		if (rc == 1) {
			if ((rc = zeitplan_run(f->w, f->a, &p, &z)))
				return rc == -WP_ENOMEM ? wp_nomem(e)
							: wp_fail(e, WP_EFORMAT, "%s", _(w_um));
			rc = store_save_zeitplan(s, f->w, z, e);
			zeitplan_free(&z);
			if (rc)
				return rc;
		}
	}
	return exec_sql(s, "DELETE FROM umstellung", e);
}

int store_umstellung(struct store *s, const struct ws *w, const struct assessment *a,
		     char **text, struct wp_err *e)
{
	*text = NULL;
	sqlite3_stmt *st = store_prepare(s, "SELECT count(*) FROM umstellung", e);
	if (!st)
		return -WP_EDB;
	int n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_finalize(st);
	if (n == 0)
		return 0;
	struct fertig f = { .w = w, .a = a };
	int rc = store_tx(s, fertig_tx, &f, e);
	if (rc)
		free(f.text);
	else
		*text = f.text;
	return rc;
}
