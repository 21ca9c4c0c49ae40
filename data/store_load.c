/* Loading a whole workspace into memory: one query per table, ids mapped to array indexes
 * by binary search (rows come ordered by id), no per-row queries. */
#include "data/store_priv.h"
#include "data/szenario.h"

#include <stdlib.h>
#include <string.h>

#include "model/date.h"
#include "model/monat.h"
#include "model/i18n.h"
#include "model/settings.h"

/* What was being read, for error messages (msgids, translated when reported). */
static const char w_load_pf[] = N_("Plattformen laden");
static const char w_load_pilot[] = N_("Piloten laden");

static const char *col_str(struct ws *w, sqlite3_stmt *st, int c)
{
	const unsigned char *t = sqlite3_column_text(st, c);
	return ws_strn(w, (const char *)t, t ? (size_t)sqlite3_column_bytes(st, c) : 0);
}

/* Index of id in the ascending ids[0..n), or WP_NONE. */
static uint32_t find_id(const int64_t *ids, size_t n, int64_t id)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (ids[mid] == id)
			return (uint32_t)mid;
		if (ids[mid] < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return WP_NONE;
}

struct loader {
	struct store *s;
	struct ws *w;
	struct wp_err *e;
	int64_t *beh_ids, *obj_ids, *pf_ids;
	size_t n_beh_ids; /* Behörden loaded from the file (placeholders come after) */
};

#define STEP_ROWS(st) while ((rc = sqlite3_step(st)) == SQLITE_ROW)

static int load_criteria(struct loader *L)
{
	struct wp_err *e = L->e;
	int rc;
	sqlite3_stmt *st = store_prepare(L->s,
		"SELECT code, art, name, beschreibung, gewicht FROM kriterium ORDER BY pos, code", e);
	if (!st)
		return -WP_EDB;
	struct kriterium *k = NULL;
	size_t n = 0, cap = 0;
	STEP_ROWS(st) {
		if (n == cap) {
			cap = cap ? cap * 2 : 32;
			struct kriterium *nk = realloc(k, cap * sizeof *nk);
			if (!nk)
				break;
			k = nk;
		}
		k[n].code = col_str(L->w, st, 0);
		k[n].art = strcmp((const char *)sqlite3_column_text(st, 1), "RL") == 0 ? KRIT_RL
										       : KRIT_DVC;
		k[n].name = col_str(L->w, st, 2);
		k[n].beschreibung = col_str(L->w, st, 3);
		k[n].gewicht = sqlite3_column_double(st, 4);
		n++;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		free(k);
		return rc == SQLITE_ROW ? wp_nomem(e)
					: store_dberr(L->s, e, _("Kriterien laden"));
	}
	rc = ws_set_criteria(L->w, k, n);
	free(k);
	return rc ? wp_nomem(e) : 0;
}

static int load_settings(struct loader *L)
{
	int rc;
	sqlite3_stmt *st = store_prepare(L->s, "SELECT key, value, annahme FROM einstellung", L->e);
	if (!st)
		return -WP_EDB;
	STEP_ROWS(st) {
		int id = settings_find((const char *)sqlite3_column_text(st, 0));
		double v = sqlite3_column_double(st, 1);
		if (id >= 0 && v >= setting_defs[id].lo && v <= setting_defs[id].hi) {
			const char *a = (const char *)sqlite3_column_text(st, 2);
			L->w->set.v[id] = v;
			L->w->set_annahme[id] = a && a[0] ? ws_str(L->w, a) : NULL;
		}
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : store_dberr(L->s, L->e, _("Einstellungen laden"));
}

static int load_behoerden(struct loader *L)
{
	int rc;
	struct ws *w = L->w;
	sqlite3_stmt *st = store_prepare(L->s,
		"SELECT id, name, parent_id, kgst, kontakt FROM behoerde ORDER BY id", L->e);
	if (!st)
		return -WP_EDB;
	int64_t *parents = NULL;
	size_t cap = 0;
	STEP_ROWS(st) {
		uint32_t b = ws_add_behoerde(w, col_str(w, st, 1), WP_NONE);
		if (b == WP_NONE)
			break;
		if (b >= cap) {
			cap = cap ? cap * 2 : 64;
			int64_t *np = realloc(parents, cap * sizeof *np);
			int64_t *ni = np ? realloc(L->beh_ids, cap * sizeof *ni) : NULL;
			if (np)
				parents = np;
			if (!np || !ni)
				break;
			L->beh_ids = ni;
		}
		w->beh[b].id = sqlite3_column_int64(st, 0);
		L->beh_ids[b] = w->beh[b].id;
		parents[b] = sqlite3_column_type(st, 2) == SQLITE_NULL ? 0 : sqlite3_column_int64(st, 2);
		w->beh[b].kgst = col_str(w, st, 3);
		w->beh[b].kontakt = col_str(w, st, 4);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		free(parents);
		return rc == SQLITE_ROW ? wp_nomem(L->e)
					: store_dberr(L->s, L->e, _("Behörden laden"));
	}
	L->n_beh_ids = w->n_beh;
	for (size_t i = 0; i < w->n_beh; i++)
		w->beh[i].parent = parents[i] ? find_id(L->beh_ids, w->n_beh, parents[i]) : WP_NONE;
	free(parents);
	return 0;
}

static int load_plattformen(struct loader *L)
{
	int rc;
	struct ws *w = L->w;
	sqlite3_stmt *st = store_prepare(L->s,
		"SELECT id, code, name, beschreibung, rang, vs_nfd, beispiel, kostenfaktor FROM plattform "
		"ORDER BY id", L->e);
	if (!st)
		return -WP_EDB;
	size_t cap = 0;
	STEP_ROWS(st) {
		uint32_t p = ws_add_plattform(w, col_str(w, st, 1));
		if (p == WP_NONE)
			break;
		if (p >= cap) {
			cap = cap ? cap * 2 : 16;
			int64_t *ni = realloc(L->pf_ids, cap * sizeof *ni);
			if (!ni)
				break;
			L->pf_ids = ni;
		}
		struct plattform *pf = &w->pf[p];
		pf->id = L->pf_ids[p] = sqlite3_column_int64(st, 0);
		pf->name = col_str(w, st, 2);
		pf->beschreibung = col_str(w, st, 3);
		pf->rang = sqlite3_column_int(st, 4);
		pf->vs_nfd = (uint8_t)sqlite3_column_int(st, 5);
		pf->beispiel = (uint8_t)sqlite3_column_int(st, 6);
		pf->kostenfaktor = sqlite3_column_int(st, 7);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return rc == SQLITE_ROW ? wp_nomem(L->e)
					: store_dberr(L->s, L->e, _(w_load_pf));
	st = store_prepare(L->s, "SELECT plattform_id, code, wert, quelle FROM plattform_rl", L->e);
	if (!st)
		return -WP_EDB;
	STEP_ROWS(st) {
		uint32_t p = find_id(L->pf_ids, w->n_pf, sqlite3_column_int64(st, 0));
		uint32_t r = ws_find_rl(w, (const char *)sqlite3_column_text(st, 1));
		if (p == WP_NONE || r == WP_NONE)
			continue;
		w->rl_val[p * w->n_rl + r] = (uint8_t)sqlite3_column_int(st, 2);
		w->rl_quelle[p * w->n_rl + r] = col_str(w, st, 3);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : store_dberr(L->s, L->e, _(w_load_pf));
}

/* A damaged file may reference a Behörde that is gone; such objects hang under one
 * placeholder (id 0, never saved) so nothing crashes and `check` can name them. */
static uint32_t missing_behoerde(struct loader *L)
{
	const char *name = _("(fehlende Behörde)");
	uint32_t b = ws_find_behoerde(L->w, name);
	if (b == WP_NONE)
		b = ws_add_behoerde(L->w, ws_str(L->w, name), WP_NONE);
	return b;
}

/* Reads "CODE=WERT;…" into the object's criterion values; unknown codes are skipped
 * (a criterion removed from the catalogue). */
static void parse_criteria(struct ws *w, uint32_t o, const char *s)
{
	while (s && *s) {
		const char *eq = strchr(s, '=');
		const char *end = strchr(s, ';');
		if (!end)
			end = s + strlen(s);
		if (eq && eq < end && w->n_dvc) {
			for (size_t k = 0; k < w->n_dvc; k++) {
				const char *c = w->dvc[k].code;
				size_t n = strlen(c);
				if ((size_t)(eq - s) == n && memcmp(s, c, n) == 0) {
					int v = eq[1] - '0';
					if (v > CV_UNBEKANNT && v < CV__N)
						w->crit[(size_t)o * w->n_dvc + k] = (uint8_t)v;
					break;
				}
			}
		}
		s = *end ? end + 1 : end;
	}
}

int32_t store_col_halbpt(sqlite3_stmt *st, int i)
{
	return sqlite3_column_type(st, i) == SQLITE_NULL
		       ? 0 : (int32_t)(sqlite3_column_double(st, i) * 2 + 0.5);
}

int32_t store_col_monat(sqlite3_stmt *st, int i)
{
	int32_t m;
	const char *t = (const char *)sqlite3_column_text(st, i);
	return t && !monat_parse(t, 0, &m) ? m : 0;
}

static int load_objekte(struct loader *L)
{
	int rc;
	struct ws *w = L->w;
	sqlite3_stmt *st = store_prepare(L->s,
		"SELECT id, kennung, typ, name, behoerde_id, hersteller, produkt, betrieb, nutzer, "
		"fallzahl, sb_c, sb_i, sb_a, sb_manuell, personenbezug, vs_nfd, lebenszyklus, "
		"dvc_angebot, ozg, vertragsende, standards, strategie, aufwand_pt, welle_pin, notiz, "
		"erstellt, geaendert, kriterien, max_pt_monat, stand, ist_pt, inbetriebnahme, pin_monat, "
		"betriebskosten_heute, betriebskosten_ziel, einmalkosten, zielplattform FROM objekt "
		"ORDER BY id", L->e);
	if (!st)
		return -WP_EDB;
	size_t cap = 0;
	STEP_ROWS(st) {
		uint32_t i = ws_add_objekt(w, col_str(w, st, 1));
		if (i == WP_NONE)
			break;
		if (i >= cap) {
			cap = cap ? cap * 2 : 1024;
			int64_t *ni = realloc(L->obj_ids, cap * sizeof *ni);
			if (!ni)
				break;
			L->obj_ids = ni;
		}
		struct objekt *o = &w->obj[i];
		o->id = L->obj_ids[i] = sqlite3_column_int64(st, 0);
		o->typ = (uint8_t)sqlite3_column_int(st, 2);
		o->name = col_str(w, st, 3);
		o->behoerde = find_id(L->beh_ids, L->n_beh_ids, sqlite3_column_int64(st, 4));
		if (o->behoerde == WP_NONE && (o->behoerde = missing_behoerde(L)) == WP_NONE)
			break;
		o->hersteller = col_str(w, st, 5);
		o->produkt = col_str(w, st, 6);
		o->betrieb = (uint8_t)sqlite3_column_int(st, 7);
		o->nutzer = sqlite3_column_type(st, 8) == SQLITE_NULL ? -1 : sqlite3_column_int64(st, 8);
		o->fallzahl = sqlite3_column_type(st, 9) == SQLITE_NULL ? -1 : sqlite3_column_int64(st, 9);
		for (int g = 0; g < SB__N; g++)
			o->sb[g] = (uint8_t)sqlite3_column_int(st, 10 + g);
		o->sb_pin = (uint8_t)sqlite3_column_int(st, 13);
		o->personenbezug = (uint8_t)sqlite3_column_int(st, 14);
		o->vs_nfd = (uint8_t)sqlite3_column_int(st, 15);
		o->lebenszyklus = (uint8_t)sqlite3_column_int(st, 16);
		o->dvc_angebot = (uint8_t)sqlite3_column_int(st, 17);
		o->ozg = col_str(w, st, 18);
		if (sqlite3_column_type(st, 19) == SQLITE_NULL ||
		    date_parse((const char *)sqlite3_column_text(st, 19), &o->vertragsende))
			o->vertragsende = DATE_NONE;
		o->standards = col_str(w, st, 20);
		o->strategie = (uint8_t)sqlite3_column_int(st, 21);
		o->aufwand = sqlite3_column_type(st, 22) == SQLITE_NULL ? -1 : sqlite3_column_double(st, 22);
		o->notiz = col_str(w, st, 24);
		o->erstellt = sqlite3_column_int64(st, 25);
		o->geaendert = sqlite3_column_int64(st, 26);
		parse_criteria(w, i, (const char *)sqlite3_column_text(st, 27));
		o->max_pt_monat = store_col_halbpt(st, 28);
		o->stand = (uint8_t)sqlite3_column_int(st, 29);
		o->ist_pt = store_col_halbpt(st, 30);
		o->inbetriebnahme = store_col_monat(st, 31);
		o->pin_monat = store_col_monat(st, 32);
		int64_t *euro[3] = { &o->bk_heute, &o->bk_ziel, &o->einmal };
		for (int k = 0; k < 3; k++)
			*euro[k] = sqlite3_column_type(st, 33 + k) == SQLITE_NULL
					   ? -1 : sqlite3_column_int64(st, 33 + k);
		o->ziel_pf = sqlite3_column_int64(st, 36); /* NULL reads as 0 = none */
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return rc == SQLITE_ROW ? wp_nomem(L->e)
					: store_dberr(L->s, L->e, _("Objekte laden"));

	st = store_prepare(L->s, "SELECT von_id, zu_id, label FROM abhaengigkeit", L->e);
	if (!st)
		return -WP_EDB;
	STEP_ROWS(st) {
		uint32_t a = find_id(L->obj_ids, w->n_obj, sqlite3_column_int64(st, 0));
		uint32_t b = find_id(L->obj_ids, w->n_obj, sqlite3_column_int64(st, 1));
		if (a != WP_NONE && b != WP_NONE && ws_add_dep(w, a, b, col_str(w, st, 2)) == WP_NONE)
			break;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return rc == SQLITE_ROW ? wp_nomem(L->e)
					: store_dberr(L->s, L->e, _("Abhängigkeiten laden"));
	return 0;
}

static int load_piloten(struct loader *L)
{
	int rc;
	struct ws *w = L->w;
	sqlite3_stmt *st = store_prepare(L->s,
		"SELECT id, name, ziel, ozg, status FROM pilot ORDER BY name", L->e);
	if (!st)
		return -WP_EDB;
	STEP_ROWS(st) {
		struct pilot *np = realloc(w->pilot, (w->n_pilot + 1) * sizeof *np);
		if (!np)
			break;
		w->pilot = np;
		struct pilot *p = &w->pilot[w->n_pilot++];
		memset(p, 0, sizeof *p);
		p->id = sqlite3_column_int64(st, 0);
		p->name = col_str(w, st, 1);
		p->ziel = col_str(w, st, 2);
		p->ozg = col_str(w, st, 3);
		p->status = (uint8_t)sqlite3_column_int(st, 4);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return rc == SQLITE_ROW ? wp_nomem(L->e)
					: store_dberr(L->s, L->e, _(w_load_pilot));
	sqlite3_stmt *m = store_prepare(L->s,
		"SELECT objekt_id FROM pilot_objekt JOIN objekt ON objekt.id = objekt_id "
		"WHERE pilot_id = ?1 ORDER BY kennung", L->e);
	sqlite3_stmt *t = m ? store_prepare(L->s,
		"SELECT id, text, erledigt FROM pilot_todo WHERE pilot_id = ?1 ORDER BY pos, id", L->e)
			    : NULL;
	if (!m || !t) {
		sqlite3_finalize(m);
		return -WP_EDB;
	}
	rc = SQLITE_DONE;
	for (size_t i = 0; i < w->n_pilot && rc == SQLITE_DONE; i++) {
		struct pilot *p = &w->pilot[i];
		sqlite3_reset(m);
		sqlite3_bind_int64(m, 1, p->id);
		STEP_ROWS(m) {
			uint32_t oi = find_id(L->obj_ids, w->n_obj, sqlite3_column_int64(m, 0));
			if (oi == WP_NONE)
				continue; /* dangling member: reported by store_check */
			uint32_t *nm = realloc(p->members, (p->n_members + 1) * sizeof *nm);
			if (!nm)
				break;
			p->members = nm;
			nm[p->n_members++] = oi;
		}
		if (rc != SQLITE_DONE)
			break;
		sqlite3_reset(t);
		sqlite3_bind_int64(t, 1, p->id);
		STEP_ROWS(t) {
			struct pilot_todo *nt = realloc(p->todos, (p->n_todos + 1) * sizeof *nt);
			if (!nt)
				break;
			p->todos = nt;
			nt[p->n_todos].id = sqlite3_column_int64(t, 0);
			nt[p->n_todos].text = col_str(w, t, 1);
			nt[p->n_todos].done = (uint8_t)sqlite3_column_int(t, 2);
			p->n_todos++;
		}
	}
	sqlite3_finalize(m);
	sqlite3_finalize(t);
	if (rc != SQLITE_DONE)
		return rc == SQLITE_ROW ? wp_nomem(L->e)
					: store_dberr(L->s, L->e, _(w_load_pilot));
	return 0;
}

int store_read_kapazitaet(sqlite3_stmt *st, struct ws *w)
{
	int rc;
	STEP_ROWS(st) {
		int32_t m = store_col_monat(st, 0);
		if (!m)
			continue; /* unreadable month (damaged file): the default applies */
		struct kap_monat *nk = realloc(w->kap, (w->n_kap + 1) * sizeof *nk);
		if (!nk)
			break;
		w->kap = nk;
		w->kap[w->n_kap++] = (struct kap_monat){ m, store_col_halbpt(st, 1) };
	}
	return rc;
}

/* The capacity exceptions per calendar month (ws.kap, sorted by month). */
static int load_kapazitaet(struct loader *L)
{
	int rc;
	struct ws *w = L->w;
	sqlite3_stmt *st = store_prepare(L->s, "SELECT monat, pt FROM kapazitaet ORDER BY monat",
					 L->e);
	if (!st)
		return -WP_EDB;
	rc = store_read_kapazitaet(st, w);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return rc == SQLITE_ROW ? wp_nomem(L->e)
					: store_dberr(L->s, L->e, _("Kapazität laden"));
	return 0;
}

int store_load(struct store *s, struct ws **out, struct wp_err *e)
{
	struct loader L = { .s = s, .e = e };
	int rc = 0;
	*out = NULL;
	L.w = ws_new();
	if (!L.w)
		return wp_nomem(e);
	/* one read transaction: a consistent snapshot even while another process writes */
	if (sqlite3_exec(s->db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK) {
		rc = store_dberr(s, e, _("Arbeitsbereich lesen"));
		goto out;
	}
	store_mark_loaded(s);
	if ((rc = load_criteria(&L)) || (rc = load_settings(&L)) || (rc = load_behoerden(&L)) ||
	    (rc = load_plattformen(&L)) || (rc = load_objekte(&L)) || (rc = load_piloten(&L)) ||
	    (rc = load_kapazitaet(&L)) || (s->sicht && (rc = store_load_sicht(s, L.w, e))) ||
	    (rc = store_load_beschluesse(s, L.w, e)) || (rc = store_load_szenarien(s, L.w, e)))
		goto out;
	if (ws_index(L.w)) {
		rc = wp_nomem(e);
		goto out;
	}
	*out = L.w;
	L.w = NULL;
out:
	sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL);
	ws_free(&L.w);
	free(L.beh_ids);
	free(L.obj_ids);
	free(L.pf_ids);
	return rc;
}
