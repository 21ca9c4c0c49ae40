/* Tests of the SQLite store as a user meets it: a new workspace holds the shipped
 * catalogues and the Musterstadt demo, changes survive closing and reopening, a rollback
 * leaves nothing behind, and files that are not (or not yet) ours are refused untouched. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "data/import.h"
#include "data/schema.h"
#include "data/seed.h"
#include "data/store.h"
#include "data/store_priv.h"
#include "model/date.h"
#include "model/enums.h"
#include "model/fields.h"
#include "model/ws.h"

/* ---- helpers ---- */

struct tmp {
	char dir[64];
	char path[128]; /* dir + "/ws.db" */
};

static int setup_tmp(void **state)
{
	struct tmp *t = calloc(1, sizeof *t);
	if (!t)
		return -1;
	snprintf(t->dir, sizeof t->dir, "/tmp/wp-test-store-XXXXXX");
	if (!mkdtemp(t->dir)) {
		free(t);
		return -1;
	}
	snprintf(t->path, sizeof t->path, "%s/ws.db", t->dir);
	*state = t;
	return 0;
}

static int teardown_tmp(void **state)
{
	struct tmp *t = *state;
	DIR *d = opendir(t->dir);
	if (d) {
		struct dirent *de;
		char p[512];
		while ((de = readdir(d))) {
			if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
				continue;
			snprintf(p, sizeof p, "%s/%s", t->dir, de->d_name);
			unlink(p);
		}
		closedir(d);
	}
	rmdir(t->dir);
	free(t);
	return 0;
}

/* Whole file into a malloc'd buffer (NULL if it cannot be read). */
static unsigned char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 4096, n = 0;
	unsigned char *b = malloc(cap);
	size_t k;
	while (b && (k = fread(b + n, 1, cap - n, f)) > 0) {
		n += k;
		if (n == cap) {
			unsigned char *nb = realloc(b, cap *= 2);
			if (!nb) {
				free(b);
				b = NULL;
			}
			b = nb;
		}
	}
	fclose(f);
	*len = n;
	return b;
}

static void spit(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
}

/* Number of entries in dir other than . and .. */
static int dir_entries(const char *dir)
{
	int n = 0;
	DIR *d = opendir(dir);
	assert_non_null(d);
	struct dirent *de;
	while ((de = readdir(d)))
		if (strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0)
			n++;
	closedir(d);
	return n;
}

/* Opens path in mode, fails the test with the store's message otherwise. */
static struct store *open_ok(const char *path, enum store_mode mode)
{
	struct store *s = NULL;
	struct wp_err e = { 0 };
	int rc = store_open(path, mode, &s, &e);
	if (rc)
		fail_msg("store_open(%s) = %d: %s", path, rc, e.msg);
	assert_non_null(s);
	return s;
}

static struct ws *load_ok(struct store *s)
{
	struct ws *w = NULL;
	struct wp_err e = { 0 };
	int rc = store_load(s, &w, &e);
	if (rc)
		fail_msg("store_load = %d: %s", rc, e.msg);
	assert_non_null(w);
	return w;
}

/* A new store at path (":memory:" or a file), seeded, and its workspace loaded. */
static struct store *seeded(const char *path, int demo, struct ws **w)
{
	struct store *s = open_ok(path, STORE_CREATE);
	struct wp_err e = { 0 };
	int rc = seed_workspace(s, demo, &e);
	if (rc)
		fail_msg("seed_workspace(%d) = %d: %s", demo, rc, e.msg);
	*w = load_ok(s);
	return s;
}

static uint32_t find(const struct ws *w, const char *kennung)
{
	uint32_t o = ws_find_objekt(w, kennung);
	if (o == WP_NONE)
		fail_msg("object %s missing", kennung);
	return o;
}

/* Compares object a of wa with object b of wb field by field (what a user sees, ISO
 * form), plus DVC values, pins and timestamps. Both workspaces must be indexed. */
static void obj_equal(const struct ws *wa, uint32_t a, const struct ws *wb, uint32_t b)
{
	char x[4096], y[4096];
	for (int f = 0; f < F__N; f++) {
		objekt_get(wa, a, f, 0, x, sizeof x);
		objekt_get(wb, b, f, 0, y, sizeof y);
		if (strcmp(x, y) != 0)
			fail_msg("%s: field %s differs: \"%s\" vs \"%s\"", wa->obj[a].kennung,
				 field_defs[f].label, x, y);
	}
	assert_int_equal(wa->n_dvc, wb->n_dvc);
	assert_memory_equal(wa->crit + (size_t)a * wa->n_dvc, wb->crit + (size_t)b * wb->n_dvc,
			    wa->n_dvc);
	const struct objekt *p = &wa->obj[a], *q = &wb->obj[b];
	assert_int_equal(p->id, q->id);
	assert_true(p->nutzer == q->nutzer && p->fallzahl == q->fallzahl);
	assert_true(p->aufwand == q->aufwand);
	assert_int_equal(p->vertragsende, q->vertragsende);
	assert_int_equal(p->erstellt, q->erstellt);
	assert_int_equal(p->geaendert, q->geaendert);
}

/* Every object of wa is in wb with equal content, and nothing else. */
static void ws_equal(const struct ws *wa, const struct ws *wb)
{
	assert_int_equal(wa->n_obj, wb->n_obj);
	assert_int_equal(wa->n_dep, wb->n_dep);
	assert_int_equal(wa->n_beh, wb->n_beh);
	for (size_t i = 0; i < wa->n_obj; i++)
		obj_equal(wa, (uint32_t)i, wb, find(wb, wa->obj[i].kennung));
	for (size_t i = 0; i < wa->n_beh; i++)
		assert_string_equal(wa->beh[i].name, wb->beh[i].name);
}

static void set(struct ws *w, uint32_t o, int f, const char *v)
{
	struct wp_err e = { 0 };
	if (objekt_set(w, o, f, v, &e))
		fail_msg("objekt_set(%s=%s): %s", field_defs[f].label, v, e.msg);
}

static void save_objekt(struct store *s, struct ws *w, uint32_t o)
{
	struct wp_err e = { 0 };
	if (store_begin(s, &e) || store_save_objekt(s, w, o, &e) || store_commit(s, &e))
		fail_msg("saving %s: %s", w->obj[o].kennung, e.msg);
}

static int64_t db_int(struct store *s, const char *sql)
{
	sqlite3_stmt *st = NULL;
	assert_int_equal(sqlite3_prepare_v2(s->db, sql, -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	int64_t v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

struct reports {
	int n;
	char msg[8][512];
};

static void collect_report(void *ctx, const char *msg)
{
	struct reports *r = ctx;
	if (r->n < 8)
		snprintf(r->msg[r->n], sizeof r->msg[0], "%s", msg);
	r->n++;
}

/* ---- a new workspace: catalogues ---- */

static void test_catalogue(void **state)
{
	(void)state;
	struct ws *w = NULL;
	struct store *s = seeded(":memory:", 0, &w);

	static const char *const rl[] = { "RL-GEO", "RL-INFRA", "RL-NETZ", "RL-LCM", "RL-OPS",
					  "RL-NORM", "RL-INTEROP" };
	assert_int_equal(w->n_rl, 7);
	for (size_t i = 0; i < 7; i++) {
		assert_string_equal(w->rl[i].code, rl[i]);
		assert_true(w->rl[i].name[0] != '\0');
		assert_int_equal(w->rl[i].art, KRIT_RL);
	}
	static const char *const dvc[] = { "DVC-CONTAINER", "DVC-K8S", "DVC-API", "DVC-SSO",
					   "DVC-IAC", "DVC-OSS", "DVC-MANDANT", "DVC-EXPORT",
					   "DVC-DOKU" };
	static const double weight[] = { 3, 2, 3, 2, 2, 1, 1, 2, 1 };
	assert_int_equal(w->n_dvc, 9);
	for (size_t i = 0; i < 9; i++) {
		assert_string_equal(w->dvc[i].code, dvc[i]);
		assert_true(w->dvc[i].gewicht == weight[i]);
		assert_true(w->dvc[i].name[0] != '\0');
		assert_int_equal(w->dvc[i].art, KRIT_DVC);
	}
	assert_string_equal(w->rl[ws_find_rl(w, "RL-GEO")].name, "Geografische Autonomie");
	assert_string_equal(w->dvc[ws_find_dvc(w, "DVC-CONTAINER")].name, "Container-Image verfügbar");

	/* the example platforms, labelled as examples (docs/dashboard.md "Plattformen") */
	static const struct { const char *rl; int vs; } profile[] = {
		{ "eeeeeee", TRI_UNBEKANNT }, { "eeeeeee", TRI_JA }, { "eeteeee", TRI_NEIN },
		{ "ettne?n", TRI_NEIN }, { "etnnttt", TRI_NEIN },
	};
	assert_int_equal(w->n_pf, 5);
	for (size_t p = 0; p < w->n_pf; p++) {
		const struct plattform *pf = &w->pf[p];
		assert_int_equal(pf->beispiel, 1);
		assert_true(pf->name[0] != '\0');
		assert_int_equal(pf->rang, (int)p + 1);
		assert_non_null(strstr(pf->beschreibung, SEED_BEISPIEL));
		assert_int_equal(pf->vs_nfd, profile[p].vs);
		for (size_t r = 0; r < w->n_rl; r++) {
			assert_string_equal(w->rl_quelle[p * w->n_rl + r], SEED_BEISPIEL);
			char c = profile[p].rl[r];
			int want = c == 'e' ? RL_ERFUELLT : c == 't' ? RL_TEILWEISE
				 : c == 'n' ? RL_NICHT : RL_UNBEKANNT;
			if (w->rl_val[p * w->n_rl + r] != want)
				fail_msg("platform %s, %s: %d, expected %d", pf->code, w->rl[r].code,
					 w->rl_val[p * w->n_rl + r], want);
		}
	}
	assert_string_equal(SEED_BEISPIEL, "Beispielbewertung — vor Verwendung prüfen");

	/* an empty workspace otherwise, with default settings */
	assert_int_equal(w->n_obj, 0);
	assert_int_equal(w->n_dep, 0);
	assert_int_equal(w->n_pilot, 0);
	for (int i = 0; i < SET__N; i++)
		assert_true(w->set.v[i] == setting_defs[i].def);

	/* OZG / LeiKa catalogue */
	char name[256];
	assert_int_equal(store_catalog_name(s, "99108001000000", name, sizeof name), 1);
	assert_string_equal(name, "Bewohnerparkausweis");
	assert_int_equal(store_catalog_name(s, "10173", name, sizeof name), 1);
	assert_string_equal(name, "Parkausweise und Zufahrtsberechtigungen");
	assert_int_equal(store_catalog_name(s, "99999999999999", name, sizeof name), 0);
	assert_string_equal(name, "");
	assert_int_equal(store_catalog_name(s, "", name, sizeof name), 0);
	/* and again (cached statement), with a short buffer */
	char small[8];
	assert_int_equal(store_catalog_name(s, "99108001000000", small, sizeof small), 1);
	assert_string_equal(small, "Bewohne");
	assert_true(db_int(s, "SELECT count(*) FROM ozg_leistung") >= 500);
	assert_true(db_int(s, "SELECT count(*) FROM leika_leistung") > 1000);

	ws_free(&w);
	store_close(&s);
	assert_null(s);
	store_close(&s); /* NULL is fine */
	store_close(NULL);
}

/* ---- the demo workspace ---- */

static int has_cycle_from(const struct ws *w, uint32_t v, uint8_t *color)
{
	color[v] = 1;
	for (uint32_t j = w->out_off[v]; j < w->out_off[v + 1]; j++) {
		uint32_t u = w->out_adj[j];
		if (color[u] == 1 || (color[u] == 0 && has_cycle_from(w, u, color)))
			return 1;
	}
	color[v] = 2;
	return 0;
}

static void test_demo(void **state)
{
	(void)state;
	struct ws *w = NULL;
	struct store *s = seeded(":memory:", 1, &w);

	assert_true(w->n_obj >= 50);
	size_t per_typ[TYP__N] = { 0 }, vs = 0, unknown_dvc = 0, known_dvc = 0, vertrag = 0;
	size_t *per_beh = calloc(w->n_beh, sizeof *per_beh);
	assert_non_null(per_beh);
	for (size_t i = 0; i < w->n_obj; i++) {
		const struct objekt *o = &w->obj[i];
		assert_true(kennung_valid(o->kennung));
		assert_true(o->name[0] != '\0');
		assert_true(o->typ < TYP__N);
		per_typ[o->typ]++;
		/* every object belongs to a real, stored Behörde */
		assert_true(o->behoerde < w->n_beh);
		assert_true(w->beh[o->behoerde].id > 0);
		assert_null(strstr(w->beh[o->behoerde].name, "fehlende"));
		per_beh[o->behoerde]++;
		vs += o->vs_nfd == JN_JA;
		vertrag += o->vertragsende != DATE_NONE;
		for (size_t k = 0; k < w->n_dvc; k++) {
			uint8_t v = w->crit[i * w->n_dvc + k];
			assert_true(v < CV__N);
			if (v == CV_UNBEKANNT)
				unknown_dvc++;
			else
				known_dvc++;
		}
	}
	for (int t = 0; t < TYP__N; t++)
		if (per_typ[t] == 0)
			fail_msg("no object of type %s", enum_label(EK_TYP, t));
	size_t beh_used = 0;
	for (size_t b = 0; b < w->n_beh; b++)
		beh_used += per_beh[b] > 0;
	free(per_beh);
	assert_true(beh_used >= 12);
	assert_true(vs >= 1);
	assert_true(unknown_dvc >= 1);
	assert_true(known_dvc >= 1);
	assert_true(vertrag >= 1);

	/* the Melderegister is needed by many */
	uint32_t melde = find(w, "REG-MELDE");
	assert_true(w->in_off[melde + 1] - w->in_off[melde] >= 10);

	/* at least one dependency cycle */
	uint8_t *color = calloc(w->n_obj, 1);
	assert_non_null(color);
	int cycle = 0;
	for (uint32_t v = 0; v < w->n_obj && !cycle; v++)
		if (!color[v])
			cycle = has_cycle_from(w, v, color);
	free(color);
	assert_true(cycle);

	/* the pilot Anwohnerparken with its five members and a half-done checklist */
	const struct pilot *p = NULL;
	for (size_t i = 0; i < w->n_pilot; i++)
		if (strcmp(w->pilot[i].name, "Anwohnerparken") == 0)
			p = &w->pilot[i];
	assert_non_null(p);
	static const char *const members[] = { "ANW-PARKEN-ONLINE", "FV-PARKAUSWEIS", "REG-MELDE",
					       "REG-KFZ", "ANW-EPAYMENT" };
	assert_int_equal(p->n_members, 5);
	for (size_t m = 0; m < 5; m++) {
		uint32_t o = find(w, members[m]);
		int in = 0;
		for (size_t j = 0; j < p->n_members; j++)
			in += p->members[j] == o;
		if (in != 1)
			fail_msg("%s is %d times a member of Anwohnerparken", members[m], in);
	}
	size_t done = 0, open = 0;
	for (size_t t = 0; t < p->n_todos; t++) {
		assert_true(p->todos[t].text[0] != '\0');
		if (p->todos[t].done)
			done++;
		else
			open++;
	}
	assert_true(done >= 1);
	assert_true(open >= 1);
	assert_string_equal(p->ozg, "10173");
	assert_int_equal(p->status, PS_GEPLANT);

	/* a fresh demo is a healthy database */
	struct wp_err e = { 0 };
	struct reports r = { 0 };
	assert_int_equal(store_check(s, collect_report, &r, &e), 0);
	assert_int_equal(r.n, 0);

	ws_free(&w);
	store_close(&s);
}

/* ---- saving and loading ---- */

static void test_save_load_round_trip(void **state)
{
	struct tmp *t = *state;
	struct ws *w = NULL;
	struct store *s = seeded(t->path, 1, &w);
	uint32_t o = find(w, "REG-KFZ");

	set(w, o, F_NAME, "Kfz-Zulassung „lokal“; Spiegel\nmit Zeilenumbruch");
	set(w, o, F_TYP, "Anwendung");
	set(w, o, F_HERSTELLER, "Ærø € GmbH");
	set(w, o, F_PRODUKT, "=WENN(A1)");
	set(w, o, F_BETRIEB, "SaaS");
	set(w, o, F_NUTZER, "");
	set(w, o, F_FALLZAHL, "9223372036854775807");
	set(w, o, F_SB_C, "sehr hoch");
	set(w, o, F_SB_I, "");
	set(w, o, F_SB_A, "normal");
	set(w, o, F_PERSONENBEZUG, "Art. 9");
	set(w, o, F_VS_NFD, "ja");
	set(w, o, F_LEBENSZYKLUS, "auslaufend");
	set(w, o, F_DVC_ANGEBOT, "nein");
	set(w, o, F_OZG, "10173,99108001000000");
	set(w, o, F_VERTRAGSENDE, "29.02.2032");
	set(w, o, F_STANDARDS, "XKfz, OSCI");
	set(w, o, F_STRATEGIE, "Relocate");
	set(w, o, F_AUFWAND, "12,25");
	set(w, o, F_NOTIZ, "");
	set(w, o, F_SB_MANUELL, "ja");
	set(w, o, F_PIN, "2027-07");
	set(w, o, F_MAX_PT_MONAT, "7,5");
	set(w, o, F_STAND, "in Arbeit");
	set(w, o, F_IST_PT, "3,5");
	set(w, o, F_INBETRIEBNAHME, "12.2026");
	struct wp_err e = { 0 };
	for (uint32_t k = 0; k < w->n_dvc; k++)
		assert_int_equal(objekt_set_crit(w, o, k, k % 4 == 0 ? "" : k % 4 == 1 ? "ja"
							 : k % 4 == 2 ? "teilweise" : "nein", &e), 0);
	set(w, o, F_BEHOERDE, w->beh[0].name);
	/* a second object back to all-unknown values */
	uint32_t o2 = find(w, "REG-MELDE");
	for (int f = F_BETRIEB; f <= F_DVC_ANGEBOT; f++)
		set(w, o2, f, "");
	for (uint32_t k = 0; k < w->n_dvc; k++)
		assert_int_equal(objekt_set_crit(w, o2, k, "", &e), 0);
	set(w, o2, F_VERTRAGSENDE, "");
	set(w, o2, F_AUFWAND, "0");
	/* and a new one */
	uint32_t o3 = ws_add_objekt(w, ws_str(w, "NEU-1"));
	set(w, o3, F_NAME, "Neues Verfahren");
	set(w, o3, F_BEHOERDE, w->beh[1].name);
	assert_int_equal(w->obj[o3].id, 0);
	assert_int_equal(ws_index(w), 0);

	save_objekt(s, w, o);
	save_objekt(s, w, o2);
	save_objekt(s, w, o3);
	assert_true(w->obj[o3].id > 0);
	assert_true(w->obj[o3].erstellt > 0);
	store_close(&s);

	s = open_ok(t->path, STORE_EXISTING);
	struct ws *w2 = load_ok(s);
	ws_equal(w, w2);
	assert_string_equal(w2->obj[find(w2, "REG-KFZ")].name,
			    "Kfz-Zulassung „lokal“; Spiegel\nmit Zeilenumbruch");
	assert_true(w2->obj[find(w2, "REG-KFZ")].fallzahl == INT64_MAX);
	assert_true(w2->obj[find(w2, "REG-MELDE")].aufwand == 0);
	assert_int_equal(w2->obj[find(w2, "REG-MELDE")].nutzer, -1);
	/* pilots survive too */
	assert_int_equal(w2->n_pilot, w->n_pilot);
	for (size_t i = 0; i < w->n_pilot; i++) {
		assert_string_equal(w->pilot[i].name, w2->pilot[i].name);
		assert_int_equal(w->pilot[i].n_members, w2->pilot[i].n_members);
		assert_int_equal(w->pilot[i].n_todos, w2->pilot[i].n_todos);
	}

	/* saving an unchanged object changes nothing visible */
	save_objekt(s, w2, find(w2, "REG-KFZ"));
	struct ws *w3 = load_ok(s);
	obj_equal(w2, find(w2, "REG-KFZ"), w3, find(w3, "REG-KFZ"));
	ws_free(&w3);

	ws_free(&w);
	ws_free(&w2);
	store_close(&s);
}

static void test_save_deps(void **state)
{
	struct tmp *t = *state;
	struct ws *w = NULL;
	struct store *s = seeded(t->path, 1, &w);
	uint32_t parken = find(w, "ANW-PARKEN-ONLINE");
	uint32_t melde = find(w, "REG-MELDE");
	uint32_t melde_in = w->in_off[melde + 1] - w->in_off[melde];

	/* replace what ANW-PARKEN-ONLINE benötigt */
	size_t keep = 0;
	int needed_melde = 0;
	for (size_t i = 0; i < w->n_dep; i++) {
		if (w->dep[i].von == parken) {
			needed_melde |= w->dep[i].zu == melde;
			continue;
		}
		ws_dep_move(w, keep++, i);
	}
	w->n_dep = keep;
	assert_int_not_equal(ws_add_dep(w, parken, find(w, "REG-KFZ"), "XKfz; „neu“"), WP_NONE);
	assert_int_not_equal(ws_add_dep(w, parken, find(w, "ANW-EPAYMENT"), ""), WP_NONE);
	assert_int_equal(ws_index(w), 0);
	char want[512], got[512];
	objekt_get(w, parken, F_ABHAENGIGKEITEN, 0, want, sizeof want);
	assert_string_equal(want, "ANW-EPAYMENT,REG-KFZ (XKfz; „neu“)");

	struct wp_err e = { 0 };
	assert_int_equal(store_begin(s, &e), 0);
	assert_int_equal(store_save_deps(s, w, parken, 0, &e), 0);
	assert_int_equal(store_commit(s, &e), 0);
	store_close(&s);

	s = open_ok(t->path, STORE_EXISTING);
	struct ws *w2 = load_ok(s);
	uint32_t p2 = find(w2, "ANW-PARKEN-ONLINE"), m2 = find(w2, "REG-MELDE");
	objekt_get(w2, p2, F_ABHAENGIGKEITEN, 0, got, sizeof got);
	assert_string_equal(got, want);
	assert_int_equal(w2->in_off[m2 + 1] - w2->in_off[m2], melde_in - (uint32_t)needed_melde);
	ws_equal(w, w2);

	/* an object that needs nothing any more */
	keep = 0;
	for (size_t i = 0; i < w2->n_dep; i++)
		if (w2->dep[i].von != p2)
			ws_dep_move(w2, keep++, i);
	w2->n_dep = keep;
	assert_int_equal(ws_index(w2), 0);
	assert_int_equal(store_begin(s, &e), 0);
	assert_int_equal(store_save_deps(s, w2, p2, 0, &e), 0);
	assert_int_equal(store_commit(s, &e), 0);
	struct ws *w3 = load_ok(s);
	objekt_get(w3, find(w3, "ANW-PARKEN-ONLINE"), F_ABHAENGIGKEITEN, 0, got, sizeof got);
	assert_string_equal(got, "");
	ws_equal(w2, w3);

	ws_free(&w);
	ws_free(&w2);
	ws_free(&w3);
	store_close(&s);
}

static void test_rollback(void **state)
{
	struct tmp *t = *state;
	struct ws *w = NULL;
	struct store *s = seeded(t->path, 1, &w);
	struct ws *orig = load_ok(s);
	uint32_t o = find(w, "REG-MELDE");
	struct wp_err e = { 0 };

	store_rollback(s); /* nothing open: harmless */
	set(w, o, F_NAME, "geändert");
	set(w, o, F_SB_C, "normal");
	uint32_t n = ws_add_objekt(w, ws_str(w, "NEU-ROLLBACK"));
	set(w, n, F_NAME, "Neu");
	assert_int_not_equal(ws_add_dep(w, n, o, "x"), WP_NONE);
	assert_int_equal(ws_index(w), 0);
	assert_int_equal(store_begin(s, &e), 0);
	assert_int_equal(store_save_objekt(s, w, o, &e), 0);
	assert_int_equal(store_save_objekt(s, w, n, &e), 0);
	assert_int_equal(store_save_deps(s, w, n, 1, &e), 0);
	assert_int_equal(store_delete_objekt(s, w->obj[find(w, "REG-KFZ")].id, &e), 0);
	store_rollback(s);
	store_rollback(s);

	struct ws *after = load_ok(s);
	ws_equal(orig, after);
	assert_int_equal(ws_find_objekt(after, "NEU-ROLLBACK"), WP_NONE);
	store_close(&s);

	/* and after reopening the file */
	s = open_ok(t->path, STORE_EXISTING);
	struct ws *again = load_ok(s);
	ws_equal(orig, again);

	/* closing with an open transaction rolls back as well */
	assert_int_equal(store_begin(s, &e), 0);
	assert_int_equal(store_delete_objekt(s, again->obj[find(again, "REG-KFZ")].id, &e), 0);
	store_close(&s);
	s = open_ok(t->path, STORE_EXISTING);
	struct ws *last = load_ok(s);
	ws_equal(orig, last);

	ws_free(&w);
	ws_free(&orig);
	ws_free(&after);
	ws_free(&again);
	ws_free(&last);
	store_close(&s);
}

/* ---- refusing files ---- */

static void test_create_refuses_existing(void **state)
{
	struct tmp *t = *state;
	static const char text[] = "Meine Notizen, bitte nicht überschreiben.\n";
	spit(t->path, text, sizeof text - 1);
	struct store *s = (struct store *)1;
	struct wp_err e = { 0 };
	assert_int_equal(store_open(t->path, STORE_CREATE, &s, &e), -WP_EEXIST);
	assert_null(s);
	assert_non_null(strstr(e.msg, t->path));
	size_t len;
	unsigned char *b = slurp(t->path, &len);
	assert_non_null(b);
	assert_int_equal(len, sizeof text - 1);
	assert_memory_equal(b, text, len);
	free(b);

	/* an existing workspace is not overwritten either */
	unlink(t->path);
	struct ws *w = NULL;
	s = seeded(t->path, 0, &w);
	ws_free(&w);
	store_close(&s);
	unsigned char *before = slurp(t->path, &len);
	size_t len2;
	assert_int_equal(store_open(t->path, STORE_CREATE, &s, &e), -WP_EEXIST);
	unsigned char *after = slurp(t->path, &len2);
	assert_int_equal(len, len2);
	assert_memory_equal(before, after, len);
	free(before);
	free(after);
	s = open_ok(t->path, STORE_EXISTING);
	w = load_ok(s);
	assert_int_equal(w->n_dvc, 9);
	ws_free(&w);
	store_close(&s);
}

static void test_created_mode_0600(void **state)
{
	struct tmp *t = *state;
	mode_t old = umask(0); /* even with a permissive umask */
	struct store *s = open_ok(t->path, STORE_CREATE);
	umask(old);
	struct stat st;
	assert_int_equal(stat(t->path, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0600);
	struct wp_err e = { 0 };
	assert_int_equal(seed_workspace(s, 0, &e), 0);
	store_close(&s);
	assert_int_equal(stat(t->path, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0600);
	/* it is a wolkenplan database of the current schema */
	s = open_ok(t->path, STORE_EXISTING);
	assert_int_equal(db_int(s, "PRAGMA application_id"), WP_APPLICATION_ID);
	assert_int_equal(db_int(s, "PRAGMA user_version"), WP_SCHEMA_VERSION);
	store_close(&s);

	/* a failed create (directory missing) leaves nothing */
	char bad[256];
	snprintf(bad, sizeof bad, "%s/nix/ws.db", t->dir);
	assert_true(store_open(bad, STORE_CREATE, &s, &e) < 0);
	assert_null(s);
	assert_int_equal(access(bad, F_OK), -1);
}

/* Opens path with STORE_EXISTING, expects -want and the file (and directory) unchanged. */
static void refuse(const struct tmp *t, const char *path, int want, const char *hint)
{
	size_t len = 0, len2 = 0;
	unsigned char *before = slurp(path, &len);
	int entries = dir_entries(t->dir);
	struct store *s = (struct store *)1;
	struct wp_err e = { 0 };
	int rc = store_open(path, STORE_EXISTING, &s, &e);
	if (rc != -want)
		fail_msg("store_open(%s) = %d, expected %d (%s)", path, rc, -want, e.msg);
	assert_null(s);
	assert_non_null(strstr(e.msg, path));
	if (hint && !strstr(e.msg, hint))
		fail_msg("message lacks \"%s\": %s", hint, e.msg);
	unsigned char *after = slurp(path, &len2);
	if (before) {
		assert_non_null(after);
		assert_int_equal(len, len2);
		assert_memory_equal(before, after, len);
	} else {
		assert_null(after);
	}
	assert_int_equal(dir_entries(t->dir), entries);
	free(before);
	free(after);
}

static void test_refuse_non_sqlite(void **state)
{
	struct tmp *t = *state;
	unsigned char junk[8192];
	uint32_t x = 2463534242u;
	for (size_t i = 0; i < sizeof junk; i++) {
		x ^= x << 13;
		x ^= x >> 17;
		x ^= x << 5;
		junk[i] = (unsigned char)x;
	}
	spit(t->path, junk, sizeof junk);
	refuse(t, t->path, WP_EFORMAT, "nicht verändert");

	/* the SQLite magic followed by garbage: broken, refused, untouched */
	memcpy(junk, "SQLite format 3", 16);
	spit(t->path, junk, sizeof junk);
	refuse(t, t->path, WP_EFORMAT, NULL);

	/* a CSV file someone passed by mistake */
	static const char csv[] = "Kennung;Typ;Name;Behörde\r\nA;Register;x;y\r\n";
	spit(t->path, csv, sizeof csv - 1);
	refuse(t, t->path, WP_EFORMAT, NULL);

	/* an empty file */
	spit(t->path, "", 0);
	refuse(t, t->path, WP_EFORMAT, NULL);

	/* a missing file is not created */
	unlink(t->path);
	refuse(t, t->path, WP_ENOTFOUND, NULL);
	assert_int_equal(access(t->path, F_OK), -1);

	/* ":memory:" only makes sense when creating */
	struct store *s = NULL;
	struct wp_err e = { 0 };
	assert_true(store_open(":memory:", STORE_EXISTING, &s, &e) < 0);
	assert_null(s);
}

static void sql(sqlite3 *db, const char *q)
{
	char *msg = NULL;
	if (sqlite3_exec(db, q, NULL, NULL, &msg) != SQLITE_OK) {
		fail_msg("%s: %s", q, msg ? msg : "?");
	}
}

static void test_refuse_foreign_sqlite(void **state)
{
	struct tmp *t = *state;
	sqlite3 *db = NULL;
	assert_int_equal(sqlite3_open(t->path, &db), SQLITE_OK);
	sql(db, "CREATE TABLE kunden(id INTEGER PRIMARY KEY, name TEXT);"
		"INSERT INTO kunden(name) VALUES ('Müller'), ('Schmidt');");
	assert_int_equal(sqlite3_close(db), SQLITE_OK);
	refuse(t, t->path, WP_EFORMAT, "kein wolkenplan-Arbeitsbereich");

	/* another application's id, or ours with a wrong one: not ours either */
	assert_int_equal(sqlite3_open(t->path, &db), SQLITE_OK);
	sql(db, "PRAGMA application_id=1234; PRAGMA user_version=1");
	assert_int_equal(sqlite3_close(db), SQLITE_OK);
	refuse(t, t->path, WP_EFORMAT, NULL);
}

static void test_refuse_newer(void **state)
{
	struct tmp *t = *state;
	struct ws *w = NULL;
	struct store *s = seeded(t->path, 0, &w);
	ws_free(&w);
	store_close(&s);
	sqlite3 *db = NULL;
	assert_int_equal(sqlite3_open(t->path, &db), SQLITE_OK);
	char q[64];
	snprintf(q, sizeof q, "PRAGMA user_version=%d", WP_SCHEMA_VERSION + 1);
	sql(db, q);
	assert_int_equal(sqlite3_close(db), SQLITE_OK);
	refuse(t, t->path, WP_ENEWER, "neueren wolkenplan-Version");

	/* also in rollback-journal mode */
	assert_int_equal(sqlite3_open(t->path, &db), SQLITE_OK);
	sql(db, "PRAGMA journal_mode=DELETE");
	snprintf(q, sizeof q, "PRAGMA user_version=%d", WP_SCHEMA_VERSION + 7);
	sql(db, q);
	assert_int_equal(sqlite3_close(db), SQLITE_OK);
	refuse(t, t->path, WP_ENEWER, NULL);
}

static void test_migrate_v0(void **state)
{
	struct tmp *t = *state;
	sqlite3 *db = NULL;
	assert_int_equal(sqlite3_open(t->path, &db), SQLITE_OK);
	char q[64];
	snprintf(q, sizeof q, "PRAGMA application_id=%d", WP_APPLICATION_ID);
	sql(db, q);
	assert_int_equal(sqlite3_close(db), SQLITE_OK);

	struct store *s = open_ok(t->path, STORE_EXISTING);
	assert_int_equal(db_int(s, "PRAGMA user_version"), WP_SCHEMA_VERSION);
	assert_int_equal(db_int(s, "PRAGMA application_id"), WP_APPLICATION_ID);
	assert_int_equal(db_int(s, "SELECT count(*) FROM sqlite_master WHERE name='objekt'"), 1);
	struct ws *w = load_ok(s);
	assert_int_equal(w->n_obj, 0);
	ws_free(&w);
	struct wp_err e = { 0 };
	assert_int_equal(seed_workspace(s, 1, &e), 0);
	store_close(&s);

	s = open_ok(t->path, STORE_EXISTING);
	w = load_ok(s);
	assert_int_equal(w->n_rl, 7);
	assert_true(w->n_obj >= 50);
	ws_free(&w);
	store_close(&s);
}

/* ---- integrity ---- */

/* The bulk import skips the schema's CHECKs and the foreign keys while it writes (the
 * model validated every value): afterwards both are in force again on the connection,
 * after a committed import and after a refused one, and the stored rows pass them. */
static void test_bulk_import_checks(void **state)
{
	(void)state;
	struct ws *w = NULL;
	struct store *s = seeded(":memory:", 1, &w);
	struct inventar_result res;
	struct wp_err e = { 0 };
	static const char good[] =
		"Kennung;Typ;Name;Behörde;Vertraulichkeit;Abhängigkeiten;Betriebskosten_heute_EUR\n"
		"FV-NEU 1/2;Fachverfahren;Neu;Bürgeramt;hoch;REG-MELDE;12.500\n"
		"REG-MELDE;Register;Melderegister;Bürgeramt;sehr hoch;;\n";
	assert_int_equal(inventar_import(s, w, "gut.csv", good, sizeof good - 1, NULL, &res, NULL,
					 NULL, &e), 0);
	assert_int_equal(res.n_new, 1);
	assert_int_equal(res.n_changed, 1);
	inventar_result_free(&res);
	assert_int_equal(db_int(s, "PRAGMA ignore_check_constraints"), 0);
	assert_int_equal(db_int(s, "PRAGMA foreign_keys"), 1);
	assert_int_equal(db_int(s, "SELECT betriebskosten_heute FROM objekt "
				   "WHERE kennung = 'FV-NEU 1/2'"), 1250000);
	struct reports r = { 0 };
	assert_int_equal(store_check(s, collect_report, &r, &e), 0);
	assert_int_equal(r.n, 0);
	assert_int_equal(sqlite3_exec(s->db, "UPDATE objekt SET typ = 9 WHERE kennung = 'REG-MELDE'",
				      NULL, NULL, NULL), SQLITE_CONSTRAINT);
	ws_free(&w);

	/* a refused file: nothing written, the checks back on as well */
	assert_int_equal(store_load(s, &w, &e), 0);
	static const char bad[] = "Kennung;Typ;Name;Behörde\nFV-X;Unsinn;X;Bürgeramt\n";
	assert_int_equal(inventar_import(s, w, "schlecht.csv", bad, sizeof bad - 1, NULL, &res,
					 NULL, NULL, &e), -WP_EINVAL);
	inventar_result_free(&res);
	assert_int_equal(db_int(s, "SELECT count(*) FROM objekt WHERE kennung = 'FV-X'"), 0);
	assert_int_equal(db_int(s, "PRAGMA ignore_check_constraints"), 0);
	assert_int_equal(sqlite3_exec(s->db, "UPDATE objekt SET sb_c = 7 WHERE kennung = 'REG-MELDE'",
				      NULL, NULL, NULL), SQLITE_CONSTRAINT);
	ws_free(&w);
	store_close(&s);
}

static void test_foreign_keys(void **state)
{
	(void)state;
	struct ws *w = NULL;
	struct store *s = seeded(":memory:", 1, &w);
	assert_int_equal(db_int(s, "PRAGMA foreign_keys"), 1);
	int64_t melde = w->obj[find(w, "REG-MELDE")].id;
	int64_t beh = w->obj[find(w, "REG-MELDE")].behoerde;
	char q[256];
	snprintf(q, sizeof q,
		 "INSERT INTO abhaengigkeit(von_id, zu_id, label) VALUES (%lld, 987654, '')",
		 (long long)melde);
	assert_int_equal(sqlite3_exec(s->db, q, NULL, NULL, NULL), SQLITE_CONSTRAINT);
	snprintf(q, sizeof q,
		 "INSERT INTO objekt(kennung, typ, name, behoerde_id) VALUES ('X', 0, 'x', 987654)");
	assert_int_equal(sqlite3_exec(s->db, q, NULL, NULL, NULL), SQLITE_CONSTRAINT);
	/* a Behörde with objects cannot be deleted */
	snprintf(q, sizeof q, "DELETE FROM behoerde WHERE id = %lld",
		 (long long)w->beh[beh].id);
	assert_int_equal(sqlite3_exec(s->db, q, NULL, NULL, NULL), SQLITE_CONSTRAINT);
	/* deleting an object takes its dependencies along */
	int64_t deps = db_int(s, "SELECT count(*) FROM abhaengigkeit");
	int64_t in = w->in_off[find(w, "REG-MELDE") + 1] - w->in_off[find(w, "REG-MELDE")];
	int64_t out = w->out_off[find(w, "REG-MELDE") + 1] - w->out_off[find(w, "REG-MELDE")];
	struct wp_err e = { 0 };
	assert_int_equal(store_begin(s, &e), 0);
	assert_int_equal(store_delete_objekt(s, melde, &e), 0);
	assert_int_equal(store_commit(s, &e), 0);
	assert_int_equal(db_int(s, "SELECT count(*) FROM abhaengigkeit"), deps - in - out);
	struct reports r = { 0 };
	assert_int_equal(store_check(s, collect_report, &r, &e), 0);
	ws_free(&w);
	store_close(&s);
}

static void test_check_dangling(void **state)
{
	struct tmp *t = *state;
	struct ws *w = NULL;
	struct store *s = seeded(t->path, 1, &w);
	uint32_t melde = find(w, "REG-MELDE");
	uint32_t out_before = w->out_off[melde + 1] - w->out_off[melde];
	struct reports r = { 0 };
	struct wp_err e = { 0 };
	assert_int_equal(store_check(s, collect_report, &r, &e), 0);
	assert_int_equal(r.n, 0);

	sql(s->db, "PRAGMA foreign_keys=OFF");
	char q[256];
	snprintf(q, sizeof q,
		 "INSERT INTO abhaengigkeit(von_id, zu_id, label) VALUES (%lld, 987654, 'weg')",
		 (long long)w->obj[melde].id);
	sql(s->db, q);
	sql(s->db, "PRAGMA foreign_keys=ON");
	store_close(&s);

	s = open_ok(t->path, STORE_EXISTING);
	assert_int_equal(store_check(s, collect_report, &r, &e), 1);
	assert_int_equal(r.n, 1);
	assert_non_null(strstr(r.msg[0], "REG-MELDE"));
	assert_non_null(strstr(r.msg[0], "987654"));
	/* the workspace still loads; the dangling edge is left out */
	struct ws *w2 = load_ok(s);
	uint32_t m2 = find(w2, "REG-MELDE");
	assert_int_equal(w2->out_off[m2 + 1] - w2->out_off[m2], out_before);
	assert_int_equal(w2->n_obj, w->n_obj);
	ws_free(&w2);

	/* an object whose Behörde is gone is named too */
	sql(s->db, "PRAGMA foreign_keys=OFF");
	snprintf(q, sizeof q, "UPDATE objekt SET behoerde_id = 555555 WHERE kennung = 'REG-KFZ'");
	sql(s->db, q);
	sql(s->db, "PRAGMA foreign_keys=ON");
	r.n = 0;
	assert_int_equal(store_check(s, collect_report, &r, &e), 2);
	int named = 0;
	for (int i = 0; i < r.n && i < 8; i++)
		named += strstr(r.msg[i], "REG-KFZ") != NULL && strstr(r.msg[i], "Behörde") != NULL;
	assert_int_equal(named, 1);
	w2 = load_ok(s);
	assert_true(w2->obj[find(w2, "REG-KFZ")].behoerde < w2->n_beh);
	ws_free(&w2);

	ws_free(&w);
	store_close(&s);
}

#define TT(f) cmocka_unit_test_setup_teardown(f, setup_tmp, teardown_tmp)

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_catalogue),
		cmocka_unit_test(test_demo),
		TT(test_save_load_round_trip),
		TT(test_save_deps),
		TT(test_rollback),
		TT(test_create_refuses_existing),
		TT(test_created_mode_0600),
		TT(test_refuse_non_sqlite),
		TT(test_refuse_foreign_sqlite),
		TT(test_refuse_newer),
		TT(test_migrate_v0),
		cmocka_unit_test(test_foreign_keys),
		cmocka_unit_test(test_bulk_import_checks),
		TT(test_check_dangling),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
