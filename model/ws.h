/* The in-memory workspace: Behörden, Objekte, Abhängigkeiten, Plattformen, Kriterien,
 * Piloten, capacity exceptions and settings as flat arrays with integer indexes, built for fast loading
 * of 100,000+ objects. Pure C11, no I/O. */
#ifndef WP_MODEL_WS_H
#define WP_MODEL_WS_H

#include <stddef.h>
#include <stdint.h>

#include "model/err.h"
#include "model/settings.h"

enum obj_typ { TYP_FACHVERFAHREN, TYP_REGISTER, TYP_ANWENDUNG, TYP__N };
enum betrieb { BETRIEB_UNBEKANNT, BETRIEB_EIGENES_RZ, BETRIEB_DIENSTLEISTER, BETRIEB_SAAS,
	       BETRIEB_PUBLIC_CLOUD, BETRIEB__N };
/* Schutzbedarf level; LVL_NONE = not assessed (counts as normal, flagged). */
enum level { LVL_NONE = 0, LVL_NORMAL = 1, LVL_HOCH = 2, LVL_SEHR_HOCH = 3 };
enum personenbezug { PB_UNBEKANNT, PB_NEIN, PB_JA, PB_ART9, PB__N };
enum janein { JN_NEIN = 0, JN_JA = 1 };
enum tri { TRI_UNBEKANNT, TRI_NEIN, TRI_JA, TRI__N };
enum lebenszyklus { LZ_AKTIV, LZ_AUSLAUFEND, LZ__N };
/* Value of a DVC criterion for an object. */
enum crit_val { CV_UNBEKANNT, CV_NEIN, CV_TEILWEISE, CV_JA, CV__N };
/* Value of a red line offered by a platform. */
enum rl_val { RL_UNBEKANNT, RL_NICHT, RL_TEILWEISE, RL_ERFUELLT, RL__N };
enum strategie { STRAT_NONE, STRAT_REHOST, STRAT_RELOCATE, STRAT_REPLATFORM, STRAT_REFACTOR,
		 STRAT_REPURCHASE, STRAT_RETIRE, STRAT_RETAIN, STRAT__N };
enum krit_art { KRIT_RL, KRIT_DVC };
enum pilot_status { PS_IDEE, PS_GEPLANT, PS_LAUFEND, PS_ABGESCHLOSSEN, PS__N };
enum sb_goal { SB_C, SB_I, SB_A, SB__N };
/* Progress of an object's migration (docs/zeitplan.md): offen, in Arbeit (planned with its
 * remaining Aufwand), migriert (done, not planned; needs the go-live month). */
enum stand { STAND_OFFEN, STAND_IN_ARBEIT, STAND_MIGRIERT, STAND__N };

#define WP_NONE UINT32_MAX /* "no index" */
#define KENNUNG_MAX 64                  /* characters of a Kennung (docs/csv.md) */
#define KENNUNG_BYTES (KENNUNG_MAX * 4) /* its UTF-8 bytes at most */

struct behoerde {
	int64_t id;       /* store id */
	const char *name; /* unique */
	const char *kgst; /* "" if none */
	const char *kontakt;
	uint32_t parent;  /* index or WP_NONE */
};

struct objekt {
	int64_t id;
	const char *kennung, *name, *hersteller, *produkt, *ozg, *standards, *notiz;
	int64_t nutzer, fallzahl;   /* -1 = unknown */
	double aufwand;             /* override in PT, < 0 = none */
	/* Costs (docs/kosten.md), cents; -1 = not given. */
	int64_t bk_heute, bk_ziel;  /* Betriebskosten heute / Ziel per year */
	int64_t einmal;             /* Einmalkosten (licences, procurement) */
	/* Zielplattform override of the active scenario (docs/szenarien.md): the platform's
	 * store id, 0 = none (the recommendation stands). */
	int64_t ziel_pf;
	int64_t erstellt, geaendert; /* unix seconds */
	uint32_t behoerde;          /* index into ws.beh */
	int32_t vertragsende;       /* days since 1970-01-01, or INT32_MIN = none */
	/* Planning (docs/zeitplan.md). Months are year·12 + month − 1 (model/monat.h); PT are
	 * integer half-days (1 = 0.5 PT). */
	int32_t max_pt_monat;       /* pace R in half-PT per month, 0 = setting plan.max_pt_monat */
	int32_t ist_pt;             /* half-PT spent so far, 0 = none */
	int32_t inbetriebnahme;     /* go-live month when migriert, 0 = none */
	int32_t pin_monat;          /* pinned Beginn month, 0 = none */
	/* small fields last, so a million objects waste no padding (issue 15's memory target) */
	uint8_t typ, betrieb, personenbezug, vs_nfd, lebenszyklus, dvc_angebot;
	uint8_t sb[SB__N];   /* enum level as entered */
	uint8_t sb_pin;      /* 1 = "manuell festgelegt": not raised by inheritance */
	uint8_t strategie;   /* override, STRAT_NONE = none */
	uint8_t stand;       /* enum stand */
};

/* A dependency; its label, rare, lives beside it (ws.dep_label, ws_dep_label): a million
 * objects have three million dependencies. */
struct dep {
	uint32_t von, zu;  /* von benötigt zu (object indexes) */
};

struct kriterium {
	const char *code, *name, *beschreibung;
	uint8_t art;    /* enum krit_art */
	double gewicht; /* weight (DVC only) */
};

struct plattform {
	int64_t id;
	const char *code, *name, *beschreibung;
	int rang;        /* 1 = most preferred */
	uint8_t vs_nfd;  /* enum tri */
	uint8_t beispiel; /* 1 = shipped example profile, to be checked before use */
	int32_t kostenfaktor; /* operating cost on it relative to today, basis points
			       * (10,000 = 1.0; model/cost.h COST_BP) */
};

struct pilot {
	int64_t id;
	const char *name, *ziel, *ozg;
	uint8_t status;
	uint32_t *members; size_t n_members;  /* object indexes */
	struct pilot_todo { int64_t id; const char *text; uint8_t done; } *todos; size_t n_todos;
};

/* A calendar exception of the monthly capacity: month (year·12 + month − 1) and its capacity
 * in half-PT. ws.kap is sorted by month, one entry per month. */
struct kap_monat {
	int32_t monat, kap;
};

struct strpool; /* arena for strings; see ws_str */
struct beschluss; /* the decision log, model/beschluss.h */

/* The whole workspace. Arrays are owned by the workspace; strings live in its pool and stay
 * valid until ws_free. rl_val is n_pf × n_rl, rl_quelle likewise; crit is n_obj × n_dvc. */
struct ws {
	struct behoerde *beh; size_t n_beh, cap_beh;
	struct objekt *obj; size_t n_obj, cap_obj;
	struct dep *dep; size_t n_dep, cap_dep;
	const char **dep_label;   /* parallel to dep, NULL while no dependency has a label; a
				   * NULL entry = none; read with ws_dep_label */
	size_t cap_dep_label;
	struct kriterium *rl; size_t n_rl;   /* red lines, catalogue order */
	struct kriterium *dvc; size_t n_dvc; /* DVC criteria, catalogue order */
	struct plattform *pf; size_t n_pf;
	uint8_t *rl_val;          /* [pf * n_rl + rl] enum rl_val */
	const char **rl_quelle;   /* [pf * n_rl + rl] source text, "" if none */
	uint8_t *crit;            /* [obj * n_dvc + k] enum crit_val */
	struct pilot *pilot; size_t n_pilot;
	struct kap_monat *kap; size_t n_kap; /* capacity exceptions, sorted by month */
	struct beschluss *bes; size_t n_bes; /* decision log, in list order (beschluss_sort) */
	const char *szenario;          /* the active scenario's name, "" before loading */
	const char **szenarien; size_t n_szenarien; /* every scenario's name, creation order */
	struct settings set;
	const char *set_annahme[SET__N]; /* per setting the assumption behind its value, or NULL */
	/* Adjacency (CSR) built by ws_index: out = what an object benötigt, in = who needs it. */
	uint32_t *out_off, *out_adj, *in_off, *in_adj;
	uint32_t *out_dep; /* parallel to out_adj: index into dep[] (for labels), in input order */
	uint32_t *by_kennung; /* object indexes sorted by kennung (ws_index) */
	size_t n_indexed;     /* n_obj when by_kennung was built */
	struct strpool *pool;
};

/* Creates an empty workspace with default settings. Returns NULL on out of memory.
 * Owned by the caller; free with ws_free. */
struct ws *ws_new(void);
/* Frees the workspace and everything it owns; accepts NULL; clears *w. */
void ws_free(struct ws **w);
/* Copies s (NULL → "") into the workspace's pool; the copy lives until ws_free.
 * Returns NULL only on out of memory. */
const char *ws_str(struct ws *w, const char *s);
/* Same for the first n bytes of s. */
const char *ws_strn(struct ws *w, const char *s, size_t n);

/* Appenders: return the new element's index, or WP_NONE on out of memory. The element is
 * zero-initialised except for the fields given; strings must be pool strings or literals. */
uint32_t ws_add_behoerde(struct ws *w, const char *name, uint32_t parent);
uint32_t ws_add_objekt(struct ws *w, const char *kennung);
uint32_t ws_add_dep(struct ws *w, uint32_t von, uint32_t zu, const char *label);
/* The label of dependency i (< n_dep), "" if none; a pool string. */
const char *ws_dep_label(const struct ws *w, size_t i);
/* Gives the room that doubling left behind the dependencies back (after a bulk load of
 * millions; the next ws_add_dep grows again). Cannot fail: a refused shrink keeps it. */
void ws_fit_deps(struct ws *w);
/* Moves dependency from to index to (both < n_dep), label included; for compacting. */
void ws_dep_move(struct ws *w, size_t to, size_t from);
/* Sets the criterion catalogue (copied). Resizes crit/rl_val arrays; must be called before
 * objects or platforms are added. Returns 0 or -WP_ENOMEM. */
int ws_set_criteria(struct ws *w, const struct kriterium *k, size_t n);
uint32_t ws_add_plattform(struct ws *w, const char *code);

/* Builds the dependency adjacency (both directions) after deps were added or changed.
 * Returns 0 or -WP_ENOMEM. */
int ws_index(struct ws *w);

/* Lookups; return WP_NONE when absent. Kennungen and platform codes are found ignoring
 * case (utf8_cmp_ci), an exact match first: an exact Kennung in O(log n) after ws_index
 * (binary search over the index sorted by strcmp), any other in O(n). Behörde names are
 * matched exactly. */
uint32_t ws_find_objekt(const struct ws *w, const char *kennung);
uint32_t ws_find_behoerde(const struct ws *w, const char *name);
uint32_t ws_find_plattform(const struct ws *w, const char *code);
/* Index of a criterion code in rl[] or dvc[]; WP_NONE if absent. */
uint32_t ws_find_rl(const struct ws *w, const char *code);
uint32_t ws_find_dvc(const struct ws *w, const char *code);

#endif
