/* Deterministic generator of synthetic workspaces for benchmarks and property tests
 * (fixed-seed xorshift): realistic shares of types, ~40 Behörden, Schutzbedarf with empty
 * values, Personenbezug, some VS-NfD, DVC values with unknowns, ~3 dependencies per object
 * with a few small cycles, and the example platform profiles the demo ships.
 * Header-only; every function is static so bench programs and tests can include it. */
#ifndef WP_TESTS_BENCH_GEN_H
#define WP_TESTS_BENCH_GEN_H

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "model/date.h"
#include "model/ws.h"

/* The seed catalogue: 7 red lines, 9 DVC criteria with their default weights
 * (docs/rules.md §2, §3). */
static const struct kriterium gen_catalogue[] = {
	{ "RL-GEO", "Geografische Autonomie", "", KRIT_RL, 0 },
	{ "RL-INFRA", "Infrastrukturelle Autonomie", "", KRIT_RL, 0 },
	{ "RL-NETZ", "Vernetzungsautonomie", "", KRIT_RL, 0 },
	{ "RL-LCM", "Lifecycle-Management", "", KRIT_RL, 0 },
	{ "RL-OPS", "Operative Sicherheit", "", KRIT_RL, 0 },
	{ "RL-NORM", "Normative Sicherheitsanforderungen", "", KRIT_RL, 0 },
	{ "RL-INTEROP", "Interoperabilität", "", KRIT_RL, 0 },
	{ "DVC-CONTAINER", "Container-Image verfügbar", "", KRIT_DVC, 3 },
	{ "DVC-K8S", "Kubernetes-Betrieb unterstützt", "", KRIT_DVC, 2 },
	{ "DVC-API", "offene, dokumentierte Schnittstellen (XÖV/REST)", "", KRIT_DVC, 3 },
	{ "DVC-SSO", "Standard-Anmeldung SAML/OIDC", "", KRIT_DVC, 2 },
	{ "DVC-IAC", "automatisierte Bereitstellung (IaC/CI-CD)", "", KRIT_DVC, 2 },
	{ "DVC-OSS", "Open Source / Open CoDE", "", KRIT_DVC, 1 },
	{ "DVC-MANDANT", "Mandantenfähigkeit", "", KRIT_DVC, 1 },
	{ "DVC-EXPORT", "Datenexport in offenem Format (Exit)", "", KRIT_DVC, 2 },
	{ "DVC-DOKU", "Betriebsdokumentation", "", KRIT_DVC, 1 },
};
#define GEN_N_CATALOGUE (sizeof gen_catalogue / sizeof gen_catalogue[0])

/* The demo's example platforms plus one more; profile letters in red-line order
 * GEO INFRA NETZ LCM OPS NORM INTEROP: e erfüllt, t teilweise, n nicht, ? unbekannt. */
static const struct gen_profile {
	const char *code, *name, *rl;
	uint8_t vs;
} gen_profiles[] = {
	{ "DVC-DL", "DVC-Angebot eines öffentlichen IT-Dienstleisters", "eeeeeee", TRI_UNBEKANNT },
	{ "LAND", "Landeseigene Verwaltungscloud", "eeeeeee", TRI_JA },
	{ "DE-PRIV", "Deutscher privatwirtschaftlicher Cloud-Anbieter", "eeteeee", TRI_NEIN },
	{ "US-SOUV", "Souveräne Cloud auf Basis US-Software", "ettne?n", TRI_NEIN },
	{ "HYPER-EU", "Hyperscaler mit EU-Souveränitätspartition", "etnnttt", TRI_NEIN },
	{ "KOMM-RZ", "Kommunales Rechenzentrum mit Cloud-Betrieb", "eeete?e", TRI_UNBEKANNT },
};
#define GEN_N_PROFILES (sizeof gen_profiles / sizeof gen_profiles[0])

static const char *const gen_behoerden[] = {
	"10 Hauptamt", "11 Personalamt", "12 Statistik und Wahlen", "13 Presseamt",
	"14 Rechnungsprüfungsamt", "15 IT-Abteilung", "20 Kämmerei", "21 Stadtkasse",
	"22 Steueramt", "23 Liegenschaftsamt", "30 Rechtsamt", "31 Standesamt",
	"32 Ordnungsamt", "33 Bürgerservice", "34 Straßenverkehrsamt", "35 Gewerbeamt",
	"37 Feuerwehr", "38 Bevölkerungsschutz", "40 Schulverwaltungsamt", "41 Kulturamt",
	"42 Bibliothek", "43 Volkshochschule", "50 Sozialamt", "51 Jugendamt",
	"52 Sportamt", "53 Gesundheitsamt", "54 Jobcenter", "55 Ausländerbehörde",
	"60 Bauverwaltung", "61 Stadtplanung", "62 Vermessung und Kataster", "63 Bauordnungsamt",
	"64 Wohnungsamt", "65 Hochbauamt", "66 Tiefbauamt", "67 Grünflächenamt",
	"68 Umweltamt", "70 Stadtreinigung", "80 Wirtschaftsförderung", "81 Eigenbetriebe",
};
#define GEN_N_BEH (sizeof gen_behoerden / sizeof gen_behoerden[0])

static const char *const gen_names[] = {
	"Meldewesen", "Personenstand", "Kfz-Zulassung", "Baugenehmigung", "HKR-Finanzwesen",
	"Gewerbeanzeige", "Anwohnerparken", "Waffenverwaltung", "Elterngeld", "Wohngeld",
	"Liegenschaftskataster", "E-Akte", "Ratsinformationssystem", "Groupware", "Fachportal",
	"Ausländerwesen", "Kita-Platzvergabe", "Hundesteuer", "Friedhofsverwaltung",
	"Bußgeldverfahren",
};
static const char *const gen_hersteller[] = { "Kommunix", "Verwaltungssoft AG", "AKDB-like",
	"OpenGov e.G.", "Datenwerk GmbH", "" };
/* OZG ids and LeiKa keys as users enter them (Parkausweise, Meldebescheinigung,
 * Gewerbeanmeldung, Baugenehmigung, Wohngeld, Elterngeld). */
static const char *const gen_ozg[] = { "", "", "", "10173,99108001000000", "10124",
	"10152", "10500", "10185", "10000", "", "", "" };

/* xorshift64*: small, fast, deterministic across platforms. */
struct gen_rng {
	uint64_t s;
};

static inline uint64_t gen_next(struct gen_rng *r)
{
	uint64_t x = r->s;
	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	r->s = x;
	return x * 0x2545F4914F6CDD1DULL;
}

static inline void gen_seed(struct gen_rng *r, unsigned seed)
{
	r->s = 0x9E3779B97F4A7C15ULL ^ ((uint64_t)seed * 0xD1B54A32D192ED03ULL);
	if (!r->s)
		r->s = 1;
	for (int i = 0; i < 8; i++)
		gen_next(r);
}

/* Uniform integer in [0, n); n > 0. */
static inline uint32_t gen_below(struct gen_rng *r, uint32_t n)
{
	return (uint32_t)((gen_next(r) >> 32) % n);
}

/* Uniform double in [0, 1). */
static inline double gen_unit(struct gen_rng *r)
{
	return (double)(gen_next(r) >> 11) * (1.0 / 9007199254740992.0);
}

/* Picks index i with probability w[i] / Σ w (weights in percent-like integers). */
static inline int gen_pick(struct gen_rng *r, const unsigned *w, int n)
{
	unsigned sum = 0;
	for (int i = 0; i < n; i++)
		sum += w[i];
	unsigned x = gen_below(r, sum);
	for (int i = 0; i < n; i++) {
		if (x < w[i])
			return i;
		x -= w[i];
	}
	return n - 1;
}

static inline uint8_t gen_rl_letter(char c)
{
	return c == 'e' ? RL_ERFUELLT : c == 't' ? RL_TEILWEISE : c == 'n' ? RL_NICHT : RL_UNBEKANNT;
}

/* Adds the catalogue and n_pf platforms (profiles repeat with a varied code beyond 6).
 * Returns 0 or -WP_ENOMEM. */
static inline int gen_platforms(struct ws *w, size_t n_pf)
{
	int rc = ws_set_criteria(w, gen_catalogue, GEN_N_CATALOGUE);
	if (rc)
		return rc;
	for (size_t p = 0; p < n_pf; p++) {
		const struct gen_profile *g = &gen_profiles[p % GEN_N_PROFILES];
		char code[32];
		if (p < GEN_N_PROFILES)
			snprintf(code, sizeof code, "%s", g->code);
		else
			snprintf(code, sizeof code, "%s-%zu", g->code, p / GEN_N_PROFILES + 1);
		uint32_t pf = ws_add_plattform(w, ws_str(w, code));
		if (pf == WP_NONE)
			return -WP_ENOMEM;
		w->pf[pf].name = g->name;
		w->pf[pf].beispiel = 1;
		w->pf[pf].vs_nfd = g->vs;
		for (size_t r = 0; r < w->n_rl && r < 7; r++) {
			w->rl_val[pf * w->n_rl + r] = gen_rl_letter(g->rl[r]);
			w->rl_quelle[pf * w->n_rl + r] = "Beispielbewertung — vor Verwendung prüfen";
		}
	}
	return 0;
}

/* Options of gen_workspace_ex. */
struct gen_opts {
	/* 0: ~1 % of objects get a back edge from one of their targets (on this dense graph the
	 * back edges chain ~73 % of the objects into one cycle: a worst case). 1: ~1 % of
	 * objects form a cycle of two or three with their next neighbours instead (realistic:
	 * small cycles only). */
	int small_cycles;
	/* 1: also Produkt, Standards, Notiz, contract ends for ~20 % (2027–2034), pinned Beginn
	 * months for ~0.2 %, and one pilot per ~200 objects (three members each, with a checklist). */
	int extras;
};

static const char *const gen_standards[] = { "", "", "", "XMeld", "XPersonenstand",
	"XGewerbeanzeige", "XBau", "XRechnung", "XWaffe,XTA", "OSCI,XÖV", "FIT-Connect" };
static const char *const gen_produkt[] = { "", "Standard", "Professional 7", "Cloud-Edition",
	"Classic 4.2", "Suite \"kommunal\"" };

static inline struct ws *gen_workspace_ex(size_t n_obj, size_t n_pf, unsigned seed,
					  const struct gen_opts *opt);

/* Builds a synthetic workspace with n_obj objects and n_pf platforms, indexed (ws_index
 * done). The same (n_obj, n_pf, seed) always gives the same workspace. Returns NULL on out
 * of memory; owned by the caller (ws_free). The dense-cycle worst case (gen_opts 0). */
static inline struct ws *gen_workspace(size_t n_obj, size_t n_pf, unsigned seed)
{
	static const struct gen_opts legacy = { 0, 0 };
	return gen_workspace_ex(n_obj, n_pf, seed, &legacy);
}

/* The realistic workspace of the benchmarks and tools/gen: small cycles and the extras. */
static inline struct ws *gen_workspace_real(size_t n_obj, size_t n_pf, unsigned seed)
{
	static const struct gen_opts real = { 1, 1 };
	return gen_workspace_ex(n_obj, n_pf, seed, &real);
}

/* Whether von benötigt zu among the last 64 edges added (all of von's when von is one of
 * the two newest objects). */
static inline int gen_recent_dep(const struct ws *w, uint32_t von, uint32_t zu)
{
	for (size_t i = w->n_dep, k = 0; i > 0 && k < 64; i--, k++)
		if (w->dep[i - 1].von == von && w->dep[i - 1].zu == zu)
			return 1;
	return 0;
}

/* Adds one pilot per ~200 objects: three eligible-looking neighbours, a checklist. */
static inline int gen_pilots(struct ws *w, struct gen_rng *r)
{
	static const char *const goal[] = { "Online-Antrag Ende-zu-Ende", "Erste DVC-Migration",
		"Bürgerservice ohne Termin", "Register in die Landescloud" };
	size_t n = w->n_obj / 200;
	if (!n)
		return 0;
	w->pilot = calloc(n, sizeof *w->pilot);
	if (!w->pilot)
		return -WP_ENOMEM;
	for (size_t p = 0; p < n; p++) {
		struct pilot *pi = &w->pilot[w->n_pilot++];
		char buf[64];
		snprintf(buf, sizeof buf, "Pilot %zu %s", p + 1, gen_names[gen_below(r, 20)]);
		pi->name = ws_str(w, buf);
		pi->ziel = goal[gen_below(r, 4)];
		pi->ozg = gen_ozg[3 + gen_below(r, 6)];
		pi->status = (uint8_t)gen_below(r, PS__N);
		pi->members = malloc(3 * sizeof *pi->members);
		pi->todos = calloc(2, sizeof *pi->todos);
		if (!pi->name || !pi->members || !pi->todos)
			return -WP_ENOMEM;
		uint32_t first = (uint32_t)(p * 200 + gen_below(r, 190));
		for (uint32_t k = 0; k < 3; k++)
			pi->members[pi->n_members++] = first + k * 3;
		pi->todos[0] = (struct pilot_todo){ 0, "Datenschutz-Folgenabschätzung", 1 };
		pi->todos[1] = (struct pilot_todo){ 0, "Schnittstelle zum Fachverfahren testen",
						    (uint8_t)gen_below(r, 2) };
		pi->n_todos = 2;
	}
	return 0;
}

static inline struct ws *gen_workspace_ex(size_t n_obj, size_t n_pf, unsigned seed,
					  const struct gen_opts *opt)
{
	static const unsigned typ_w[] = { 55, 15, 30 };
	static const unsigned betrieb_w[] = { 8, 35, 40, 12, 5 };
	static const unsigned lvl_w[] = { 10, 50, 30, 10 };
	static const unsigned pb_w[] = { 10, 30, 50, 10 };
	static const unsigned tri_w[] = { 40, 50, 10 };
	struct gen_rng r;
	struct ws *w = ws_new();
	if (!w)
		return NULL;
	gen_seed(&r, seed);
	if (gen_platforms(w, n_pf))
		goto fail;
	for (size_t b = 0; b < GEN_N_BEH; b++)
		if (ws_add_behoerde(w, gen_behoerden[b], WP_NONE) == WP_NONE)
			goto fail;
	static const char *const prefix[TYP__N] = { "FV", "REG", "ANW" };
	for (size_t i = 0; i < n_obj; i++) {
		int typ = gen_pick(&r, typ_w, TYP__N);
		char buf[64];
		snprintf(buf, sizeof buf, "%s-%07zu", prefix[typ], i);
		uint32_t o = ws_add_objekt(w, ws_str(w, buf));
		if (o == WP_NONE)
			goto fail;
		struct objekt *ob = &w->obj[o];
		snprintf(buf, sizeof buf, "%s %zu", gen_names[gen_below(&r, 20)], i);
		ob->name = ws_str(w, buf);
		ob->typ = (uint8_t)typ;
		ob->behoerde = gen_below(&r, (uint32_t)GEN_N_BEH);
		ob->hersteller = gen_hersteller[gen_below(&r, 6)];
		ob->betrieb = (uint8_t)gen_pick(&r, betrieb_w, BETRIEB__N);
		for (int g = 0; g < SB__N; g++)
			ob->sb[g] = (uint8_t)gen_pick(&r, lvl_w, 4);
		ob->personenbezug = (uint8_t)gen_pick(&r, pb_w, PB__N);
		ob->vs_nfd = gen_below(&r, 100) < 3;
		ob->lebenszyklus = gen_below(&r, 100) < 8 ? LZ_AUSLAUFEND : LZ_AKTIV;
		ob->dvc_angebot = (uint8_t)gen_pick(&r, tri_w, TRI__N);
		ob->sb_pin = gen_below(&r, 100) < 1;
		ob->ozg = gen_ozg[gen_below(&r, 12)];
		ob->nutzer = gen_below(&r, 10) ? (int64_t)gen_below(&r, 2000) : -1;
		/* Fallzahl log-uniform over 1 .. 10^6 cases a year, 15 % unknown. */
		ob->fallzahl = gen_below(&r, 100) < 15 ? -1 : (int64_t)pow(10.0, 6.0 * gen_unit(&r));
		if (gen_below(&r, 100) < 1)
			ob->strategie = (uint8_t)(1 + gen_below(&r, STRAT__N - 1));
		if (gen_below(&r, 100) < 1)
			ob->aufwand = (double)gen_below(&r, 400) / 2.0;
		if (opt->extras) {
			ob->produkt = gen_produkt[gen_below(&r, 6)];
			ob->standards = gen_standards[gen_below(&r, 11)];
			if (gen_below(&r, 100) < 20) /* contract ends 2027 .. 2034 */
				ob->vertragsende = date_from_ymd(2027, 1, 1) + (int32_t)gen_below(&r, 8 * 365);
			if (gen_below(&r, 1000) < 2) /* a pinned Beginn: a quarter's start 2027 .. 2029 */
				ob->pin_monat = 2027 * 12 + 3 * (int32_t)gen_below(&r, 12);
			if (gen_below(&r, 100) < 10)
				ob->notiz = gen_below(&r, 2) ? "Vertrag wird neu ausgeschrieben; Ansprechperson: "
							       "Frau Schmidt, Tel. 0221/123-45"
							     : "=Lizenz \"pro Platz\"; Umzug vorher klären";
		}
		/* DVC values: a per-object modernity makes the criteria correlate. */
		double m = gen_unit(&r);
		for (size_t k = 0; k < w->n_dvc; k++) {
			uint8_t v;
			if (gen_below(&r, 100) < 20)
				v = CV_UNBEKANNT;
			else {
				double x = gen_unit(&r);
				v = x < m * 0.7 ? CV_JA : x < m * 0.7 + 0.2 ? CV_TEILWEISE : CV_NEIN;
			}
			w->crit[(size_t)o * w->n_dvc + k] = v;
		}
	}
	/* Dependencies: mostly downward (to earlier objects: local window or anywhere), and
	 * for ~1 % of objects a back edge from one target, forming small cycles. */
	for (size_t i = 1; i < n_obj; i++) {
		uint32_t k = gen_below(&r, 7), first = WP_NONE, picked[6];
		uint32_t np = 0;
		for (uint32_t d = 0; d < k; d++) {
			uint32_t j;
			if (gen_below(&r, 100) < 60) {
				uint32_t win = i < 200 ? (uint32_t)i : 200;
				j = (uint32_t)i - 1 - gen_below(&r, win);
			} else {
				j = gen_below(&r, (uint32_t)i);
			}
			int dup = 0;
			for (uint32_t q = 0; q < np; q++)
				dup |= picked[q] == j;
			if (dup)
				continue;
			picked[np++] = j;
			if (first == WP_NONE)
				first = j;
			if (ws_add_dep(w, (uint32_t)i, j, "") == WP_NONE)
				goto fail;
		}
		if (!opt->small_cycles && first != WP_NONE && gen_below(&r, 100) < 1)
			if (ws_add_dep(w, first, (uint32_t)i, "Rückkanal") == WP_NONE)
				goto fail;
		/* small cycles: i-1 gets a back edge to i (a pair) or i-2 to i (a triangle with
		 * the chain i → i-1 → i-2, added when missing); nothing else reaches back */
		if (opt->small_cycles && i >= 2 && gen_below(&r, 200) < 1) {
			uint32_t a = (uint32_t)i, b = a - 1 - gen_below(&r, 2);
			for (uint32_t x = a; x > b; x--)
				if (!gen_recent_dep(w, x, x - 1) && ws_add_dep(w, x, x - 1, "") == WP_NONE)
					goto fail;
			if (ws_add_dep(w, b, a, "Rückkanal") == WP_NONE)
				goto fail;
		}
	}
	if (opt->extras && gen_pilots(w, &r))
		goto fail;
	if (ws_index(w))
		goto fail;
	return w;
fail:
	ws_free(&w);
	return NULL;
}

#endif
