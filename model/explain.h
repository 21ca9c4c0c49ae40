/* Explanations as data: for one object, every input and intermediate value of the rules of
 * docs/rules.md §1–§7 that led to its assessment, so screens and exports can show "which
 * inputs, which rule" without recomputing anything themselves. Pure C11, no I/O. */
#ifndef WP_MODEL_EXPLAIN_H
#define WP_MODEL_EXPLAIN_H

#include <stddef.h>
#include <stdint.h>

#include "model/assess.h"

/* docs/rules.md §1, one goal (C, I or A). */
struct expl_goal {
	uint8_t own;        /* enum level as entered (LVL_NONE = nicht bewertet) */
	uint8_t own_count;  /* the level counted for the own value (1..3) */
	uint8_t eff;        /* effective level (1..3) */
	uint8_t unbewertet; /* own value empty, counted as normal */
	uint8_t geerbt;     /* eff > own_count: raised by inheritance */
	uint8_t via_zyklus; /* inherited from a member of the object's own dependency cycle */
	uint32_t from;      /* object whose own value is the source of eff (obj itself if own) */
	uint32_t *pfad;     /* inheritance path from `from` to obj, both included, each one
			     * benötigt the next; NULL (n_pfad 0) when not inherited */
	size_t n_pfad;
};

/* Why all red lines must be erfüllt (bits); 0 means teilweise suffices. */
enum {
	REQ_SCHUTZKLASSE = 1 << 0,   /* Schutzklasse ≥ hoch */
	REQ_PB_JA = 1 << 1,          /* Personenbezug ja */
	REQ_PB_ART9 = 1 << 2,        /* besondere Kategorien Art. 9 */
	REQ_PB_UNBEWERTET = 1 << 3,  /* Personenbezug empty, counted as ja */
};

/* docs/rules.md §2, one red line on one platform. */
struct expl_rl {
	uint32_t rl;        /* index into ws.rl */
	uint8_t gefordert;  /* enum rl_val required */
	uint8_t angeboten;  /* enum rl_val offered by the platform */
	uint8_t check;      /* enum rl_check */
	const char *quelle; /* the platform's source text, borrowed from the workspace */
};

/* How the recommended platform was chosen (docs/rules.md §4). */
enum expl_choice {
	CH_ZULAESSIG,      /* the zulässig platform with the most sovereignty points */
	CH_OFFEN,          /* no zulässig one: the best offen one, Klärung nötig */
	CH_KEINE,          /* all platforms blockiert */
	CH_KEINE_PLATTFORM, /* the workspace has no platforms */
	CH_VORGABE         /* the scenario's Zielplattform override, whatever its verdict */
};

/* docs/rules.md §2/docs/rules.md §4, one platform. */
struct expl_pf {
	uint32_t pf;          /* index into ws.pf */
	uint8_t verdict;      /* enum verdict */
	uint8_t vs_check;     /* enum rl_check of the VS-NfD rule (RLC_OK if not needed) */
	uint8_t empfohlen;    /* 1 if this is the recommended platform */
	int punkte;           /* sovereignty points */
	struct expl_rl *rl;   /* ws.n_rl entries, catalogue order (points into one block) */
	size_t n_verfehlt;    /* red lines known and below the required level */
	size_t n_unbekannt;   /* red lines unknown */
};

/* docs/rules.md §3, one DVC criterion. */
struct expl_dvc {
	uint32_t k;         /* index into ws.dvc */
	uint8_t wert;       /* enum crit_val */
	uint8_t bekannt;    /* value is known */
	double gewicht;     /* weight */
	double beitrag;     /* gewicht × value (ja 1, teilweise 0.5, else 0) */
};

/* Why an object is not eligible for quick wins (docs/rules.md §7). */
enum expl_qw_reason {
	QWN_NONE,          /* eligible */
	QWN_KEINE_PF,      /* no recommended platform */
	QWN_NUR_OFFEN,     /* the recommended platform is only offen */
	QWN_RETAIN,        /* the strategy is Retain */
	QWN_VORGABE_BLOCKIERT /* blocked on the Zielplattform override */
};

struct explanation {
	uint32_t obj;
	const struct assess_obj *ao; /* borrowed from the assessment */

	/* docs/rules.md §1 */
	struct expl_goal goal[SB__N];
	uint8_t pinned;        /* "manuell festgelegt" */
	uint8_t in_zyklus;     /* part of a dependency cycle */
	size_t zyklus_groesse; /* members of that cycle (1 if none) */
	uint8_t schutzklasse;

	/* docs/rules.md §2 */
	int gefordert;         /* RL_ERFUELLT or RL_TEILWEISE */
	unsigned req_gruende;  /* REQ_* bits */
	uint8_t vs_nfd;        /* object is VS-NfD: platforms need an approval */
	struct expl_pf *pf; size_t n_pf;   /* every platform, index order */

	/* docs/rules.md §4 */
	uint8_t wahl;          /* enum expl_choice */
	uint32_t empfohlen;    /* platform index or WP_NONE */
	uint8_t rang_entschied; /* another candidate of the same class had equal points */
	size_t n_zulaessig, n_offen, n_blockiert;

	/* docs/rules.md §3 */
	struct expl_dvc *dvc; size_t n_dvc;
	double sum_w, sum_wv, sum_known;
	int bereitschaft, konfidenz;
	int klasse;            /* enum readiness_class */

	/* docs/rules.md §5 */
	int strategie;         /* effective */
	int regel;             /* enum strat_rule that fired (SR_OVERRIDE for the user's) */
	int vorschlag;         /* what the rules alone suggest */
	int vorschlag_regel;   /* and by which rule */

	/* docs/rules.md §6 */
	struct effort_parts aufwand; /* default model for the effective strategy */
	uint8_t aufwand_override;
	double aufwand_wert;   /* the effort in force (override or aufwand.gerundet) */

	/* docs/rules.md §7 */
	uint8_t qw_eligible;
	uint8_t qw_grund;      /* enum expl_qw_reason */
	struct qw_parts qw;    /* computed even if not eligible */
	int qw_score;          /* score in force (0 if not eligible) */
	uint8_t pilot_kandidat;
	size_t pilot_max;      /* setting pilot.max_objekte */
	size_t huelle;         /* size of the dependency closure, the object included */
	uint32_t *huelle_nicht; size_t n_huelle_nicht; /* closure members not eligible */
};

/* Builds the explanation of object obj under assessment a (computed by assess_run on w,
 * which must be unchanged since). On success stores a new explanation in *out, owned by
 * the caller (free with explain_free), and returns 0. Returns -WP_EINVAL if obj is out of
 * range or a does not match w, -WP_ENOMEM on out of memory. Strings inside are borrowed
 * from w and valid while w lives. */
int explain_object(const struct ws *w, const struct assessment *a, uint32_t obj,
		   struct explanation **out);
/* Frees an explanation; accepts NULL; clears *e. */
void explain_free(struct explanation **e);

#endif
