/* The derived wave view of a Zeitplan (docs/zeitplan.md: waves are reporting periods of
 * wellen_laenge months): per wave its dates, capacity and load summed from its months and
 * the objects going live in it; per object its wave and notes. The dashboard's Roadmap,
 * Piloten, Übersicht and Inventar and the Pilote export group by it. Pure C11. */
#ifndef WP_MODEL_PLAN_H
#define WP_MODEL_PLAN_H

#include <stddef.h>
#include <stdint.h>

#include "model/assess.h"
#include "model/ws.h"

/* The parameters the view was derived with. */
struct plan_params {
	int start_jahr, start_quartal; /* the quarter holding the start month */
	int wellen_laenge;             /* months per wave */
	double kapazitaet;             /* default capacity of a wave in PT */
};

/* Notes on a planned object (struct plan_obj.flags), from the Zeitplan's. */
enum {
	PH_HYBRID = 1 << 0,     /* benötigt a not-planned object: "hybride Schnittstelle zu X" */
	PH_KLAERUNG = 1 << 1,   /* recommended platform only "offen": "Klärung nötig" */
	PH_FRIST = 1 << 2,      /* goes live after its Vertragsende: "Frist gefährdet" */
	PH_ZYKLUS = 1 << 5,     /* part of a dependency cycle, goes live with it */
	PH_PILOT = 1 << 6,      /* member of a binding pilot, goes live with it */
	PH_PIN = 1 << 7,        /* Beginn fixed by the user's pin (or Stand in Arbeit) */
};

/* Why an object is not planned (struct plan_obj.grund when welle == 0). */
enum plan_grund {
	PG_GEPLANT = 0,   /* planned, or left out for another reason (the Zeitplan says which) */
	PG_RETAIN,        /* effective strategy Retain */
};

struct plan_obj {
	uint32_t welle;     /* wave it goes live in, 1..n_welle; 0 = not planned */
	uint16_t flags;     /* PH_* */
	uint8_t grund;      /* enum plan_grund */
	uint32_t hybrid_zu; /* first (by Kennung) not-planned object it benötigt, or WP_NONE */
};

struct plan_welle {
	int nr;               /* 1-based */
	int32_t beginn, ende; /* days since epoch; ende = last day of the wave */
	double kapazitaet;    /* PT available: the sum of its months */
	double belegt;        /* PT planned in its months */
	uint32_t n_obj;       /* objects going live in it */
};

struct plan {
	size_t n_obj;            /* = ws.n_obj */
	struct plan_obj *obj;    /* n_obj entries */
	struct plan_welle *welle; size_t n_welle;
	struct plan_params params;
};

/* An empty view for n_obj objects (every object unplanned, no waves). Returns NULL when
 * out of memory; owned by the caller (plan_free). */
struct plan *plan_new(size_t n_obj);
/* Appends a wave; returns 0 or -WP_ENOMEM. */
int plan_add_welle(struct plan *p, const struct plan_welle *wv);

/* The derived wave view of Zeitplan z: waves 1..zeitplan_n_wellen of z->params.wellen_laenge
 * months from the start, each with the capacity and load summed from its months and the
 * objects going live in it; per object its wave (zeitplan_welle), notes (PH_HYBRID,
 * PH_KLAERUNG, PH_FRIST, PH_PIN, PH_ZYKLUS, PH_PILOT from the Zeitplan) and PG_RETAIN when
 * Retain. params.kapazitaet is the default capacity of a wave. On success *out is owned by
 * the caller (plan_free). Returns 0 or -WP_ENOMEM. */
struct zeitplan;
int plan_aus_zeitplan(const struct zeitplan *z, struct plan **out);

/* Frees a view; accepts NULL; clears *p. */
void plan_free(struct plan **p);

/* The position of every object in Kennung order (rank[i] = position of object i in
 * w->by_kennung), malloc'd, owned by the caller; NULL on out of memory. Needs ws_index. */
uint32_t *plan_kennung_rang(const struct ws *w);

#endif
