/* Roadmap planning (docs/planung.md): waves from a start quarter, dependencies first
 * (cycles together), capacity per wave, pilots together, pins kept, deadlines met where
 * possible, nothing vanishes; plus the checker that verifies those invariants on any plan,
 * planned or stored and edited by hand. Pure and deterministic; iterative graph code only. */
#ifndef WP_MODEL_PLAN_H
#define WP_MODEL_PLAN_H

#include <stddef.h>
#include <stdint.h>

#include "model/assess.h"
#include "model/ws.h"

/* Inputs of one planning run. wellen_laenge and kapazitaet ≤ 0 mean "use the workspace
 * setting"; the start quarter must be given (plan_params_default fills it). */
struct plan_params {
	int start_jahr, start_quartal; /* first wave begins on the first day of that quarter */
	int wellen_laenge;             /* months per wave */
	double kapazitaet;             /* PT per wave unless the wave has its own (ws.welle) */
};

/* Fills p with the defaults: the quarter after `heute` (days since epoch) and the workspace
 * settings plan.wellen_laenge and plan.kapazitaet. */
void plan_params_default(const struct ws *w, int32_t heute, struct plan_params *p);

/* The highest wave number a pin may name (plan_run refuses larger ones with -WP_EINVAL). */
#define PLAN_PIN_MAX 10000

/* First day (days since epoch) of wave nr (1-based) under p: the first day of the start
 * quarter plus (nr − 1)·wellen_laenge months. Wave nr ends the day before wave nr+1 begins.
 * p must hold resolved values (start_jahr, start_quartal 1..4, wellen_laenge ≥ 1). */
int32_t plan_welle_beginn(const struct plan_params *p, int nr);

/* Notes on a planned object (struct plan_obj.flags). */
enum {
	PH_HYBRID = 1 << 0,     /* benötigt a not-planned object: "hybride Schnittstelle zu X" */
	PH_KLAERUNG = 1 << 1,   /* recommended platform only "offen": "Klärung nötig" */
	PH_FRIST = 1 << 2,      /* wave ends after Vertragsende: "Frist gefährdet" */
	PH_UEBERGROSS = 1 << 3, /* indivisible group larger than one wave: a wave of its own */
	PH_PIN_KONFLIKT = 1 << 4, /* pinned before something it benötigt (reported, not moved) */
	PH_ZYKLUS = 1 << 5,     /* part of a dependency cycle, planned together */
	PH_PILOT = 1 << 6,      /* member of a pilot, planned together */
	PH_PIN = 1 << 7,        /* wave fixed by the user's pin */
};

/* Why an object is not planned (struct plan_obj.grund when welle == 0). */
enum plan_grund {
	PG_GEPLANT = 0,   /* planned */
	PG_RETAIN,        /* effective strategy Retain (see assess_obj.strat_rule for why) */
};

struct plan_obj {
	uint32_t welle;     /* wave number 1..n_welle, 0 = not planned */
	uint16_t flags;     /* PH_* */
	uint8_t grund;      /* enum plan_grund */
	uint32_t hybrid_zu; /* first (by Kennung) not-planned object it benötigt, or WP_NONE */
};

struct plan_welle {
	int nr;               /* 1-based */
	int32_t beginn, ende; /* days since epoch; ende = last day of the wave */
	double kapazitaet;    /* PT available */
	double belegt;        /* PT planned */
	uint32_t n_obj;       /* objects planned in it */
};

struct plan {
	size_t n_obj;            /* = ws.n_obj */
	struct plan_obj *obj;    /* n_obj entries */
	struct plan_welle *welle; size_t n_welle;
	struct plan_params params;
};

/* Plans every object of w whose effective strategy (a) is not Retain. a must be the current
 * assessment of w (ws_index current). Pins come from objekt.welle_pin, per-wave capacities
 * from ws.welle (by nr), pilots from ws.pilot. On success stores a new plan in *out, owned
 * by the caller (plan_free), and returns 0; -WP_ENOMEM, or -WP_EINVAL for a start year
 * outside 1900..2999, a quarter outside 1..4, a wave length outside 1..120 months, a pin
 * outside 0..PLAN_PIN_MAX, or an assessment that does not match w. */
int plan_run(const struct ws *w, const struct assessment *a, const struct plan_params *p,
	     struct plan **out);

/* An empty plan for w (every object unplanned, PG_GEPLANT, no waves) for a loader to fill:
 * the caller then sets obj[i].welle / flags and appends waves with plan_add_welle.
 * Returns NULL when out of memory. */
struct plan *plan_new(size_t n_obj);
/* Appends a wave; returns 0 or -WP_ENOMEM. */
int plan_add_welle(struct plan *p, const struct plan_welle *wv);
/* The derived wave view of a Zeitplan (docs/zeitplan.md: waves are reporting periods): waves
 * 1..zeitplan_n_wellen of z->params.wellen_laenge months from the start, each with the
 * capacity and load summed from its months and the objects going live in it; per object
 * its wave (zeitplan_welle), notes (PH_HYBRID, PH_KLAERUNG, PH_FRIST, PH_PIN, PH_ZYKLUS,
 * PH_PILOT from the Zeitplan) and PG_RETAIN when Retain. params.kapazitaet is the default
 * capacity of a wave. On success *out is owned by the caller (plan_free). Returns 0 or
 * -WP_ENOMEM. */
struct zeitplan;
int plan_aus_zeitplan(const struct zeitplan *z, struct plan **out);

/* Frees a plan; accepts NULL; clears *p. */
void plan_free(struct plan **p);

/* One broken invariant found by plan_check. */
enum plan_verstoss_art {
	PV_ABHAENGIGKEIT, /* obj benötigt other, but other is planned in a later wave */
	PV_ZYKLUS,        /* obj and other are in one cycle but in different waves */
	PV_KAPAZITAET,    /* wave `welle` is over capacity (not a single oversized group) */
	PV_PILOT,         /* obj and other are in one pilot but in different waves */
	PV_PIN,           /* obj is pinned to a wave other than the one it is planned in */
	PV_FRIST,         /* obj's wave ends after its Vertragsende */
	PV_RETAIN,        /* obj is planned though its strategy is Retain */
	PV_FEHLT,         /* obj is neither planned nor Retain */
	PV_WELLE,         /* obj is planned in a wave that does not exist */
	PV__N
};
struct plan_verstoss {
	uint8_t art;     /* enum plan_verstoss_art */
	uint32_t obj;    /* object index or WP_NONE */
	uint32_t other;  /* second object or WP_NONE */
	int welle;       /* wave concerned, 0 if none */
};

/* Verifies the guarantees of docs/planung.md on plan p of w under assessment a. Stores a malloc'd
 * array of violations (owned by the caller, free()) in *out and its length in *n, ordered by
 * kind, then wave, then Kennung; *out is NULL when there is none. Returns 0 or -WP_ENOMEM. */
int plan_check(const struct ws *w, const struct assessment *a, const struct plan *p,
	       struct plan_verstoss **out, size_t *n);

/* The Hinweise of a planned or unplanned object in the user's language ("Klärung nötig;
 * hybride Schnittstelle zu X; Frist gefährdet (Vertragsende 31.03.2027)"; for an unplanned
 * one the reason with the blocking red lines). Writes at most size bytes including NUL;
 * returns the length it would have (like snprintf). */
int plan_hinweise(const struct ws *w, const struct assessment *a, const struct plan *p,
		  uint32_t obj, char *buf, size_t size);

/* One violation as a sentence in the user's language; same contract as plan_hinweise. */
int plan_verstoss_text(const struct ws *w, const struct plan *p, const struct plan_verstoss *v,
		       char *buf, size_t size);

#endif
