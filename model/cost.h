/* The cost engine (rules: docs/kosten.md): from plain arrays — rates, platform Kostenfaktoren,
 * objects with their plan months and costs, the monthly PT allocations of a plan — to the
 * migration cost of every object and of every object-month, the operating costs before and
 * after go-live, the rows per Haushaltsjahr with baseline and cumulative difference, the
 * break-even year and the objects without cost data. Pure, deterministic, no workspace: the
 * caller converts its data (the scheduler's struct sched_alloc has the layout of
 * struct cost_alloc).
 * Units: money in integer cents (int64_t); months are integers year·12 + month − 1; PT are
 * integer half-days (1 = 0.5 PT); shares and factors are exact fixed-point numbers in basis
 * points (COST_BP = 10,000 = 1.0: Anteil extern 0.5 = 5,000, Kostenfaktor 0.8 = 8,000).
 * No floating point: every cent is rounded once, half up, from an exact integer quotient. */
#ifndef WP_MODEL_COST_H
#define WP_MODEL_COST_H

#include <stddef.h>
#include <stdint.h>

#define COST_BP 10000              /* 1.0 in basis points */
#define COST_KEIN INT64_MIN        /* "no amount given" (an empty field) */
#define COST_MONAT_KEIN INT32_MIN  /* "no month" (= SCHED_KEIN) */
#define COST_PF_KEIN UINT32_MAX    /* "no target platform" */

/* Input limits (beyond them cost_run refuses the input with -WP_EINVAL). Within them every
 * product per object and every sum per year fits into int64_t; the cumulative sums are
 * checked. */
#define COST_BETRAG_MAX 100000000000LL /* an amount: 1,000,000,000 € */
#define COST_SATZ_MAX 10000000LL       /* a day rate: 100,000 € per PT */
#define COST_FAKTOR_MAX 100000         /* a Kostenfaktor: 10.0 */
#define COST_AUFWAND_MAX 1000000       /* half-PT per object: 500,000 PT */
#define COST_OBJ_MAX 1000000           /* objects */

/* The examples the settings carry until the user sets their own. */
#define COST_SATZ_INTERN_STD 50000  /* 500 € per PT */
#define COST_SATZ_EXTERN_STD 120000 /* 1,200 € per PT */
#define COST_ANTEIL_STD 5000        /* 0.5 */
#define COST_FAKTOR_STD COST_BP     /* 1.0 */

struct cost_settings {
	int64_t satz_intern;  /* cents per PT, 0..COST_SATZ_MAX */
	int64_t satz_extern;  /* cents per PT, 0..COST_SATZ_MAX */
	int32_t anteil_extern; /* x in basis points, 0..COST_BP */
};

struct cost_platform {
	const char *code; /* borrowed, for the texts */
	int32_t faktor;   /* Kostenfaktor in basis points, 0..COST_FAKTOR_MAX */
};

enum cost_klasse { CK_NORMAL, CK_RETIRE, CK_RETAIN }; /* the effective strategy's class */
enum cost_stand { CS_OFFEN, CS_IN_ARBEIT, CS_MIGRIERT };

/* One object. A planned object (geplant 1) has Beginn ≤ Ende and aufwand equal to the sum of
 * its allocations (for one in Arbeit: the remaining PT, the Ist-PT already spent cost
 * nothing further). A migriert object is not planned; it switches to its target cost after
 * its Inbetriebnahme month (unknown: before every month of the table). */
struct cost_obj_in {
	const char *kennung;    /* borrowed, for the texts */
	uint8_t geplant;        /* 1 if the plan schedules it */
	uint8_t klasse;         /* enum cost_klasse */
	uint8_t stand;          /* enum cost_stand */
	int32_t beginn, ende;   /* months when geplant, else ignored */
	int32_t inbetriebnahme; /* go-live month when migriert, or COST_MONAT_KEIN */
	int32_t aufwand;        /* half-PT scheduled, 0..COST_AUFWAND_MAX */
	int64_t heute;          /* Betriebskosten heute, cents per year, or COST_KEIN */
	int64_t ziel;           /* Betriebskosten Ziel, cents per year, or COST_KEIN */
	int64_t einmal;         /* Einmalkosten, cents, or COST_KEIN */
	uint32_t plattform;     /* target platform index, or COST_PF_KEIN (Kostenfaktor 1.0) */
};

/* PT of one object in one month, as the scheduler produces them. */
struct cost_alloc {
	uint32_t obj;
	int32_t monat;
	int32_t pt; /* half-PT, > 0 */
};

/* All inputs, borrowed for the duration of a call. The allocations of one object come in
 * ascending month order (objects may interleave) and lie within its [Beginn, Ende]. */
struct cost_input {
	struct cost_settings s;
	size_t n_pf;
	const struct cost_platform *pf;
	size_t n_obj;
	const struct cost_obj_in *obj;
	size_t n_alloc;
	const struct cost_alloc *alloc;
	int32_t start; /* the plan's start month S */
};

/* Where the cost after the switch comes from. */
enum cost_ziel_quelle {
	CZ_KEINE,   /* never switches (not planned, Retain) or no Betriebskosten heute */
	CZ_EIGEN,   /* the object's own Betriebskosten Ziel */
	CZ_FAKTOR,  /* heute × the Kostenfaktor of the target platform (or 1.0 without one) */
	CZ_RETIRE,  /* Retire: switched off, 0 */
};

/* The result for one object; every figure in cents. */
struct cost_obj {
	int64_t pt_kosten;   /* aufwand × T, rounded once */
	int64_t pt_extern;   /* aufwand × x × extern, rounded once */
	int64_t einmal;      /* Einmalkosten counted (0 unless planned and given) */
	int64_t migration;   /* pt_kosten + einmal */
	int64_t extern_;     /* pt_extern + einmal: the new spending */
	int64_t heute;       /* per year until the switch, or COST_KEIN ("ohne Kostenangabe") */
	int64_t ziel;        /* per year after the switch (CZ_KEINE: = heute) */
	uint8_t quelle;      /* enum cost_ziel_quelle */
	int32_t faktor;      /* Kostenfaktor used (CZ_FAKTOR), basis points */
	int32_t wechsel;     /* last month at today's cost (Ende, or the Inbetriebnahme when
			      * migriert); COST_MONAT_KEIN: with CZ_KEINE it never switches,
			      * else it switched before every month (migriert, month unknown) */
};

/* One Haushaltsjahr (calendar year, always 12 months); cents. */
struct cost_jahr {
	int jahr;
	int64_t migration, migration_extern, betrieb;
	int64_t summe;     /* migration + betrieb */
	int64_t basis;     /* everything stays as today */
	int64_t differenz; /* summe − basis */
	int64_t kumuliert; /* differenz summed from the first row */
};

/* A result; every array is owned by it (cost_free). */
struct cost_result {
	int64_t satz_bp;  /* blended T = (1 − x)·intern + x·extern, in cents × COST_BP per PT */
	int64_t migration, migration_extern; /* over all objects */
	size_t n_obj;
	struct cost_obj *obj;    /* n_obj, input order */
	size_t n_alloc;
	int64_t *alloc_kosten;   /* n_alloc, parallel to the input's alloc: PT × T of that
				  * object-month; an object's months add up to its pt_kosten */
	size_t n_jahr;
	struct cost_jahr *jahr;  /* consecutive years, first_year .. last row */
	int letzte_inbetriebnahme; /* month of the last go-live (planned Ende or migriert
				    * Inbetriebnahme), COST_MONAT_KEIN if none */
	int break_even;          /* first year with kumuliert ≤ 0, or 0 if none up to bis */
	int break_even_bis;      /* the last year searched: last go-live year + 30 */
	size_t n_ohne;
	uint32_t *ohne;          /* objects without Betriebskosten heute, input order */
};

/* Computes the costs of in by the rules of docs/kosten.md:
 * - T = ((COST_BP − x)·intern + x·extern) / COST_BP per PT; an object's PT cost is
 *   aufwand × T, its external part aufwand × x × extern, each rounded once to cents; they
 *   are spread over its months by cumulative rounding (month m gets round(T·PT up to m) −
 *   round(T·PT before m)), so the months add up exactly and each is within a cent of PT × T.
 *   Its Einmalkosten fall into its Beginn month; migration and external part include them.
 *   Objects not planned (also migriert ones) add no migration cost.
 * - Betrieb: an annual amount A spreads over a calendar year by the same cumulative rounding
 *   (month k of 12 gets round(A·k/12) − round(A·(k−1)/12)), so 12 months give exactly A.
 *   Today's cost until and including the switch month, then the target cost (own Ziel, else
 *   heute × Kostenfaktor, rounded to cents; Retire: 0). Objects without heute add nothing
 *   to Betrieb or Basis and are listed in ohne.
 * - Rows from the first year (the year of S, earlier if a Beginn lies before it) through
 *   the year after the last go-live (the year of S if there is none), extended to the
 *   break-even year when that is later, by at most ten years. The break-even search runs
 *   through the last go-live year + 30.
 * On success stores a new result in *out (owned by the caller, cost_free) and returns 0;
 * -WP_ENOMEM, or -WP_EINVAL for input beyond the limits above or inconsistent (an index out
 * of range, a negative amount, a planned migriert object, Beginn > Ende, allocations of an
 * unplanned object, outside [Beginn, Ende], not ascending, or not adding up to aufwand, a
 * month outside the years 0..9999), or a cumulative sum beyond int64_t. */
int cost_run(const struct cost_input *in, struct cost_result **out);

/* Frees a result; accepts NULL; clears *r. */
void cost_free(struct cost_result **r);

/* Betrieb of object o of r in month m, in cents (0 without Betriebskosten heute). */
int64_t cost_betrieb_monat(const struct cost_obj *o, int32_t m);

/* PT × T for half_pt (≥ 0, ≤ COST_AUFWAND_MAX) half-PT at r's blended rate, rounded once
 * from the exact product to whole euros: the zeitplan's Kosten_EUR, checkable from its row's
 * PT and T alone (alloc_kosten, rounded to cents first, may differ by 1 € where the product
 * lies within a cent of a half euro; sums use alloc_kosten). */
int64_t cost_pt_euro(const struct cost_result *r, int32_t half_pt);

/* The blended rate T of s in cents × COST_BP per PT (s within the limits above), as
 * cost_run stores it in satz_bp. */
int64_t cost_satz_bp(const struct cost_settings *s);
/* cost_pt_euro at rate satz_bp (from cost_satz_bp) without a result: the same euros. */
int64_t cost_pt_euro_satz(int64_t satz_bp, int32_t half_pt);

/* Totals per month for the n months from `from` on (the Roadmap's euros per month, quarter
 * or year): mig[i] the migration cost of month from + i (the object-months' PT cost plus the
 * Einmalkosten of objects beginning then), betrieb[i] the operating cost of all objects in
 * it (cost_betrieb_monat summed). mig and betrieb are caller-owned arrays of n entries; a
 * calendar year's months add up exactly to its row. r must come from cost_run on in,
 * unchanged since. Returns 0, -WP_ENOMEM, or -WP_EINVAL if r does not match in or the
 * range leaves the years 0..9999. */
int cost_monate(const struct cost_input *in, const struct cost_result *r, int32_t from,
		size_t n, int64_t *mig, int64_t *betrieb);

/* The part of annual amount a (cents, ≥ 0) that falls on months k0..k1−1 of a year
 * (0 ≤ k0 ≤ k1 ≤ 12): round(a·k1/12) − round(a·k0/12), half up. */
int64_t cost_jahresanteil(int64_t a, int k0, int k1);

/* A structured explanation of the costs of one object: the inputs and every figure. */
struct cost_expl {
	const char *kennung;    /* borrowed from the input */
	const char *pf_code;    /* target platform's code, or NULL */
	uint8_t geplant, klasse, stand;
	int32_t aufwand;        /* half-PT */
	int64_t satz_intern, satz_extern;
	int32_t anteil_extern;  /* basis points */
	int64_t satz_bp;        /* T in cents × COST_BP */
	struct cost_obj k;      /* the figures */
};

/* Fills *x for object obj of in under result r (from cost_run on in, unchanged since).
 * Returns 0, or -WP_EINVAL if obj is out of range or r does not match in. */
int cost_explain(const struct cost_input *in, const struct cost_result *r, uint32_t obj,
		 struct cost_expl *x);

/* The explanation as one line in the user's language via gettext, e.g. "63 PT × 850 €/PT
 * (50 % extern) + 12.000 € Einmalkosten = 65.550 €; Betrieb 18.000 €/Jahr → 14.400 €/Jahr
 * ab 04.2028 (Kostenfaktor DVC-OEFF 0,8)". snprintf contract: writes at most size bytes
 * including NUL into buf (caller-owned), returns the length the full text has. */
int cost_expl_text(const struct cost_expl *x, char *buf, size_t size);

/* "kein Break-even bis 2058" / "Break-even 2031" for r, same contract. */
int cost_break_even_text(const struct cost_result *r, char *buf, size_t size);

/* The objects without Betriebskosten heute of r, named: "3 Objekte ohne Kostenangabe: A, B
 * und 1 weitere" (at most max_namen Kennungen from in, 0: the count only; "" if there
 * is none). Same contract as cost_expl_text. */
int cost_ohne_text(const struct cost_input *in, const struct cost_result *r, size_t max_namen,
		   char *buf, size_t size);

#endif
