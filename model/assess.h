/* The assessment engine (docs/rules.md §1–§7): effective Schutzbedarf, red-line verdict
 * per (object, platform), DVC readiness, recommended platform, 7R strategy, effort and
 * quick-win score. Pure functions over the in-memory workspace; iterative graph code only. */
#ifndef WP_MODEL_ASSESS_H
#define WP_MODEL_ASSESS_H

#include <stddef.h>
#include <stdint.h>

#include "model/ws.h"

/* Ordered by severity: a "worse" verdict has a larger value. */
enum verdict { V_ZULAESSIG = 0, V_OFFEN = 1, V_BLOCKIERT = 2, V__N };

/* Flags of struct assess_obj. */
enum {
	AF_SB_UNBEWERTET = 1 << 0, /* some C/I/A goal was not assessed (counted as normal) */
	AF_PB_UNBEWERTET = 1 << 1, /* Personenbezug empty (counted as ja) */
	AF_KLAERUNG = 1 << 2,      /* recommended platform is only "offen": Klärung nötig */
	AF_IN_ZYKLUS = 1 << 3,     /* object is part of a dependency cycle */
	AF_VORGABE = 1 << 4,       /* empfohlen is the scenario's Zielplattform override, whatever
				    * its verdict there (docs/szenarien.md) */
};

/* Rule numbers of docs/rules.md §5 recorded in strat_rule. */
enum strat_rule {
	SR_OVERRIDE = 0, SR_AUSLAUFEND = 1, SR_KEINE_PLATTFORM = 2, SR_SAAS = 3, SR_BEREIT = 4,
	SR_ANPASSUNG = 5, SR_SONST = 6
};

struct assess_obj {
	uint8_t eff[SB__N];       /* effective level per goal, 1..3 */
	uint32_t eff_from[SB__N]; /* object whose own value set eff (itself if own) */
	uint8_t schutzklasse;     /* max of eff, 1..3 */
	uint8_t flags;            /* AF_* */
	uint8_t bereitschaft;     /* 0..100 */
	uint8_t konfidenz;        /* 0..100 */
	uint8_t strategie;        /* enum strategie, effective (override or suggestion) */
	uint8_t strat_rule;       /* enum strat_rule */
	uint8_t aufwand_override; /* 1 if aufwand is the user's override */
	uint8_t qw_eligible;      /* 1 if eligible for quick wins (docs/rules.md §7) */
	uint8_t qw;               /* quick-win score 0..100 (0 if not eligible) */
	uint8_t pilot_kandidat;   /* 1 if pilot candidate (docs/rules.md §7) */
	uint32_t empfohlen;       /* recommended platform index or WP_NONE */
	uint32_t scc;             /* strongly connected component id (cycles share one) */
	double aufwand;           /* effort in PT, rounded to 0.5 */
};

struct assessment {
	size_t n_obj, n_pf;
	struct assess_obj *obj; /* n_obj entries */
	uint8_t *verdict;       /* [obj * n_pf + pf], enum verdict */
};

/* Scores the whole workspace. On success stores a new assessment in *out, owned by the
 * caller (free with assessment_free), and returns 0; returns -WP_EINVAL when the Kennung
 * index is stale (call ws_index after adding or renaming objects) and -WP_ENOMEM when out
 * of memory. */
int assess_run(const struct ws *w, struct assessment **out);
/* The number of objects in dependency cycles (AF_IN_ZYKLUS of assess_run), found without
 * scoring anything: for callers that need only that figure (the import's warning), at a
 * fifth of the memory of an assessment. Sets *n_in_cycle and returns 0, -WP_EINVAL when
 * the index is stale (ws_index) or -WP_ENOMEM. */
int assess_count_in_cycles(const struct ws *w, size_t *n_in_cycle);
/* Frees an assessment; accepts NULL; clears *a. */
void assessment_free(struct assessment **a);

/* The required red-line level for an object: RL_ERFUELLT or RL_TEILWEISE (docs/rules.md §2). */
int assess_required_level(const struct ws *w, const struct assess_obj *ao, uint32_t obj);
/* Sovereignty points of a platform (erfüllt 2, teilweise 1, summed; docs/rules.md §4). */
int assess_sovereignty_points(const struct ws *w, uint32_t pf);

/* Round half upward to an integer / to the nearest 0.5 (the rounding of docs/rules.md). */
double round_half_up(double x);
double round_half_pt(double x);

/* --- Additions: building blocks shared by the engine and the explanations. --- */

/* Readiness classes of docs/rules.md §3 (thresholds schwelle.bereit / schwelle.anpassung). */
enum readiness_class { RC_BEREIT, RC_ANPASSUNG, RC_NICHT_BEREIT, RC__N };
/* The class of a Bereitschaft value under the workspace's thresholds. */
int assess_readiness_class(const struct ws *w, int bereitschaft);

/* Sums of docs/rules.md §3 for one object, in catalogue order: sum_w = Σ w, sum_wv = Σ w·v,
 * sum_known = Σ w over known values. Bereitschaft and Konfidenz follow from them
 * (both 0 when sum_w ≤ 0). Any output pointer may be NULL except the two results. */
void assess_readiness(const struct ws *w, uint32_t obj, double *sum_w, double *sum_wv,
		      double *sum_known, int *bereitschaft, int *konfidenz);

/* Result of one red-line (or VS-NfD) requirement check. */
enum rl_check { RLC_OK, RLC_UNBEKANNT, RLC_VERFEHLT };
/* Checks an offered enum rl_val against a required one (RL_TEILWEISE or RL_ERFUELLT). */
int assess_rl_check(int offered, int required);
/* The VS-NfD rule for (obj, pf): RLC_OK when the object is not VS-NfD or the platform is
 * approved, RLC_UNBEKANNT when the approval is unknown, RLC_VERFEHLT when it is missing. */
int assess_vs_check(const struct ws *w, uint32_t obj, uint32_t pf);

/* The docs/rules.md §5 suggestion for an object ignoring the user's override, from the already
 * computed fields bereitschaft and empfohlen of ao. Returns the enum strategie and stores
 * the enum strat_rule that fired in *rule (rule may be NULL). */
int assess_suggest_strategy(const struct ws *w, const struct assess_obj *ao, uint32_t obj,
			    int *rule);

/* The parts of the default effort model (docs/rules.md §6). */
struct effort_parts {
	double basis;          /* base of the strategy in PT */
	uint32_t n_benoetigt;  /* direct out-edges (what the object benötigt), no self-loops */
	uint32_t n_von;        /* direct in-edges (who benötigt it), no self-loops */
	double faktor_abh;     /* 1 + aufwand.faktor_abhaengigkeit × (n_benoetigt + n_von) */
	double faktor_sk;      /* factor of the Schutzklasse */
	double roh;            /* basis × faktor_abh × faktor_sk (Retain: basis alone) */
	double gerundet;       /* roh rounded to 0.5 PT */
};
/* Fills p for object obj under strategy strat and Schutzklasse sk (1..3). Needs ws_index.
 * Retain costs its base alone: nothing moves, so dependencies and protection add nothing. */
void assess_effort_parts(const struct ws *w, uint32_t obj, int strat, int sk,
			 struct effort_parts *p);

/* The parts of the quick-win score (docs/rules.md §7), computed whether or not the object is
 * eligible. */
struct qw_parts {
	int ozg;              /* 1 if linked to an OZG service */
	double fallzahl_term; /* min(1, log10(1 + Fallzahl) / 5); 0 if Fallzahl unknown */
	double nutzen;        /* nutzen_ozg·ozg + nutzen_fallzahl·fallzahl_term */
	double leichtigkeit;  /* 1 − min(1, Aufwand / aufwand_max) */
	double risiko;        /* (Schutzklasse − 1) / 2 */
	double roh;           /* 100·(g_n·Nutzen + g_l·Leichtigkeit + g_r·(1 − Risiko)) */
	int score;            /* roh rounded half up, clamped to 0..100 */
};
/* Fills p for object obj with Schutzklasse sk (1..3) and effort aufwand in PT. */
void assess_qw_parts(const struct ws *w, uint32_t obj, int sk, double aufwand,
		     struct qw_parts *p);

/* Writes the quick-win eligible objects to out (room for a->n_obj entries), ordered by
 * score descending, then Kennung ascending (uses the ws_index order). Returns how many. */
size_t assess_quickwins(const struct ws *w, const struct assessment *a, uint32_t *out);

#endif
