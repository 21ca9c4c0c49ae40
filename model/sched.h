/* The time-phased scheduler (rules: docs/zeitplan.md): from plain arrays of jobs,
 * dependencies, pilots and a monthly capacity calendar to a plan of months and PT per month,
 * with the reason for every start, every delay and every object left out, and the checker of
 * the ten invariants on any plan (also one edited by hand). Pure, deterministic, no
 * workspace: the caller converts its data. Units: months are integers year·12 + month − 1;
 * PT are integer half-days (1 = 0.5 PT). Iterative graph code only. */
#ifndef WP_MODEL_SCHED_H
#define WP_MODEL_SCHED_H

#include <stddef.h>
#include <stdint.h>

#define SCHED_KEIN INT32_MIN /* "no month" */
#define SCHED_NONE UINT32_MAX /* "no object / no group" (= WP_NONE) */
#define SCHED_HORIZONT 600    /* months from the start month that may receive PT (50 years) */

/* Month index of year y, month m (1..12). */
static inline int32_t sched_monat(int y, int m)
{
	return (int32_t)y * 12 + m - 1;
}

enum sched_klasse { SK_NORMAL, SK_RETIRE, SK_RETAIN };
enum sched_stand { SST_OFFEN, SST_IN_ARBEIT, SST_MIGRIERT };
enum sched_pilot_status { SPS_GEPLANT, SPS_LAUFEND, SPS_ANDERE }; /* only the first two bind */

/* One object to plan. Kennungen are UTF-8, unique; text order compares them byte-wise with
 * ASCII letters case-folded. */
struct sched_obj_in {
	const char *kennung;
	int32_t aufwand;     /* half-PT, ≥ 0 */
	int32_t tempo;       /* R: half-PT per month, ≥ 1 */
	int32_t ist;         /* half-PT spent (Stand in Arbeit), ≥ 0 */
	int32_t frist;       /* Vertragsende month or SCHED_KEIN */
	int32_t pin;         /* pinned Beginn month or SCHED_KEIN (in Arbeit: S instead) */
	int32_t qw;          /* quick-win score 0..100, 0 if not eligible */
	uint8_t klasse;      /* enum sched_klasse */
	uint8_t stand;       /* enum sched_stand */
	uint8_t frist_ende;  /* 1 if the Vertragsende is the last day of month frist */
	uint8_t klaerung;    /* 1 if the recommendation is only "offen": "Klärung nötig" */
};

struct sched_dep { uint32_t von, zu; }; /* von benötigt zu (object indexes) */

struct sched_pilot {
	uint8_t status;          /* enum sched_pilot_status */
	const uint32_t *members; /* object indexes, borrowed */
	size_t n_members;
};

struct sched_kap { int32_t monat, kap; }; /* a calendar exception: capacity in half-PT */

/* All inputs, borrowed for the duration of a call. kap is sorted by month, one entry per
 * month; months without an entry have kap_standard. */
struct sched_input {
	size_t n_obj;
	const struct sched_obj_in *obj;
	size_t n_dep;
	const struct sched_dep *dep;
	size_t n_pilot;
	const struct sched_pilot *pilot;
	int32_t start;        /* S */
	int32_t kap_standard; /* half-PT per month, ≥ 0 */
	size_t n_kap;
	const struct sched_kap *kap;
};

/* Why an object is (not) planned. */
enum sched_grund {
	SG_GEPLANT,    /* planned */
	SG_RETAIN,     /* strategy Retain (the caller names the blocking red lines) */
	SG_MIGRIERT,   /* Stand migriert */
	SG_BENOETIGT,  /* Retire, still needed by grund_obj, which is not planned (rule 9) */
	SG_KAPAZITAET, /* no month within SCHED_HORIZONT had room */
	SG_VORGAENGER, /* its predecessor grund_obj is not planned */
};

/* Where the earliest allowed start month comes from. */
enum sched_basis {
	SB_KEINE,      /* not planned */
	SB_START,      /* the start month S */
	SB_VORGAENGER, /* after predecessor warum.obj, which ends in warum.obj_ende */
	SB_PIN,        /* pinned to warum.frueh */
	SB_IN_ARBEIT,  /* in Arbeit: pinned to S */
};

/* Why the Ende lies after the Vertragsende. */
enum sched_spaet {
	SL_KEINE,
	SL_FRUEH,  /* the earliest allowed start is already after the Vertragsende month */
	SL_VOLL,   /* full months pushed the start past the Vertragsende */
	SL_DAUER,  /* the work itself (pace, free capacity) runs past it */
};

enum sched_gruppe_art { SGA_KEINE, SGA_PILOT, SGA_ZYKLUS };

/* Notes on an object (sched_obj_out.flags). */
enum {
	SF_PIN = 1 << 0,      /* its job is pinned (a pin or Stand in Arbeit) */
	SF_HYBRID = 1 << 1,   /* benötigt a not-planned object: hybrid_zu */
	SF_KLAERUNG = 1 << 2, /* "Klärung nötig" */
	SF_FRIST = 1 << 3,    /* Frist gefährdet: verspaetung months late */
};

/* Why the object starts when it does: structured, rendered by sched_warum_text. */
struct sched_warum {
	uint8_t basis;    /* enum sched_basis */
	uint8_t spaet;    /* enum sched_spaet */
	uint32_t obj;     /* SB_VORGAENGER: the predecessor that ends last */
	int32_t obj_ende; /* its Ende month */
	int32_t frueh;    /* earliest allowed month (pin month when pinned) */
	int32_t voll_bis; /* if Beginn > frueh: months frueh..voll_bis had < 0.5 PT free */
};

struct sched_obj_out {
	uint8_t grund;       /* enum sched_grund */
	uint8_t gruppe_art;  /* enum sched_gruppe_art */
	uint8_t flags;       /* SF_* */
	uint32_t grund_obj;  /* SG_BENOETIGT / SG_VORGAENGER: the object named, else SCHED_NONE */
	uint32_t gruppe;     /* group id (index into sched_plan.gruppe) or SCHED_NONE */
	uint32_t hybrid_zu;  /* smallest Kennung of the not-planned objects it benötigt */
	int32_t beginn, ende; /* months; SCHED_KEIN when not planned */
	int32_t rest;        /* half-PT planned (Aufwand, or the remainder when in Arbeit) */
	int32_t verspaetung; /* months late (≥ 1 when SF_FRIST), else 0 */
	uint32_t alloc_off, alloc_n; /* its slice of sched_plan.alloc (months ascending) */
	struct sched_warum warum;
};

struct sched_alloc { uint32_t obj; int32_t monat, pt; }; /* pt in half-PT, > 0 */

struct sched_last { int32_t monat, kap, belegt; }; /* one month of the load, half-PT */

/* A group: planned members that share Beginn and Ende. */
struct sched_gruppe {
	uint8_t art;         /* SGA_PILOT if an active pilot is in it, else SGA_ZYKLUS */
	uint32_t off, n;     /* its members in sched_plan.mitglied, Kennung order */
};

enum sched_verstoss_art {
	SV_PIN_VERSCHOBEN,  /* obj pinned to monat, placed later for capacity */
	SV_PIN_REIHENFOLGE, /* pinned obj's order against other is broken (Beginn ≤ Ende) */
};
struct sched_verstoss {
	uint8_t art;     /* enum sched_verstoss_art */
	uint32_t obj;    /* the object after (for SV_PIN_REIHENFOLGE) or the pinned one */
	uint32_t other;  /* the object before, SCHED_NONE for SV_PIN_VERSCHOBEN */
	int32_t monat;   /* the pinned month (SV_PIN_VERSCHOBEN), else Beginn of obj */
};

/* A plan. Every array is owned by the plan (sched_free). */
struct sched_plan {
	size_t n_obj;
	struct sched_obj_out *obj;      /* n_obj */
	size_t n_alloc;
	struct sched_alloc *alloc;      /* by object index, then month */
	size_t n_last;
	struct sched_last *last;        /* months start .. last month with PT, consecutive */
	size_t n_gruppe;
	struct sched_gruppe *gruppe;    /* by smallest member Kennung */
	uint32_t *mitglied;             /* members of all groups */
	size_t n_verstoss;
	struct sched_verstoss *verstoss; /* in placement order */
	int32_t start;
};

/* Plans in by docs/zeitplan.md. A job is not planned ("Kapazität reicht nicht") unless all
 * its PT fit into the SCHED_HORIZONT months from S; months before S have no room (a pin
 * there is moved and reported). A job pinned while a predecessor is not planned stays
 * planned.
 * On success stores a new plan in *out (owned by the caller, sched_free) and returns 0;
 * -WP_ENOMEM, or -WP_EINVAL for inconsistent input (an index out of range, a negative
 * Aufwand, Ist or capacity, a pace < 1, unsorted calendar exceptions, a month outside the
 * years 0..9999). */
int sched_run(const struct sched_input *in, struct sched_plan **out);

/* Frees a plan; accepts NULL; clears *p. */
void sched_free(struct sched_plan **p);

/* Capacity of month m under in (half-PT). */
int32_t sched_kap(const struct sched_input *in, int32_t m);

/* One finding of the checker: invariant number (1..10 in docs/zeitplan.md) and what broke. */
enum sched_befund_art {
	SC_REIHENFOLGE = 1,  /* 1: other before obj, but Beginn(obj) ≤ Ende(other) */
	SC_PIN_REIHENFOLGE,  /* 1/10: the same, where a pin caused it (allowed if reported) */
	SC_KAPAZITAET,       /* 2: month monat over capacity */
	SC_TEMPO,            /* 3: obj has more than its pace in monat */
	SC_SUMME,            /* 3: obj's PT do not add up to its (remaining) Aufwand */
	SC_GRUPPE,           /* 4: obj and other in one group, different Beginn or Ende */
	SC_SPANNE,           /* 5: PT outside [Beginn, Ende], or Beginn/Ende without PT */
	SC_LEERLAUF,         /* 6: obj could have started in monat (idle start) */
	SC_FRIST,            /* 7: lateness of obj missing or wrong */
	SC_FEHLT,            /* 8: obj neither planned nor with a valid reason */
	SC_HYBRID,           /* 9: hybrid note missing, or a still-needed Retire planned */
	SC_PIN_VERSCHOBEN,   /* 10: obj's pin moved (allowed if reported) */
	SC_UNGEMELDET,       /* 10: a pin violation that the plan does not list */
	SC_KLAERUNG,         /* 9: "Klärung nötig" missing or wrong */
};
struct sched_befund {
	uint8_t inv;     /* invariant 1..10 */
	uint8_t art;     /* enum sched_befund_art */
	uint32_t obj, other; /* SCHED_NONE if not applicable */
	int32_t monat;   /* SCHED_KEIN if not applicable */
};

/* Verifies the ten invariants of p against in, recomputing groups and the constraint graph
 * from in (p's group ids are not trusted). Stores a malloc'd array (caller frees with
 * free()) in *out and its length in *n; *out is NULL when nothing is wrong. A pin violation
 * (SC_PIN_REIHENFOLGE, SC_PIN_VERSCHOBEN) is listed even when the plan reports it; one the
 * plan does not list is an extra SC_UNGEMELDET. Returns 0, -WP_ENOMEM, or -WP_EINVAL when
 * in is inconsistent or p does not have in->n_obj objects. */
int sched_check(const struct sched_input *in, const struct sched_plan *p,
		struct sched_befund **out, size_t *n);

/* Month m as MM.JJJJ (JJJJ-MM when the interface is not German) into buf (≥ 8 bytes, else
 * truncated); returns buf. */
char *sched_monat_text(int32_t m, char *buf, size_t size);

/* Why object obj starts when it does and why it is late, in the user's language via
 * gettext ("beginnt 04.2028: wartet auf REG-MELDE, Ende 03.2028"), or why it is not
 * planned. snprintf contract: writes at most size bytes including NUL, returns the length
 * it would have. */
int sched_warum_text(const struct sched_input *in, const struct sched_plan *p, uint32_t obj,
		     char *buf, size_t size);

/* A violation of the planner, and a finding of the checker, as a sentence; same contract. */
int sched_verstoss_text(const struct sched_input *in, const struct sched_plan *p,
			const struct sched_verstoss *v, char *buf, size_t size);
int sched_befund_text(const struct sched_input *in, const struct sched_befund *b, char *buf,
		      size_t size);

#endif
