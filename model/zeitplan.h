/* The workspace's Zeitplan (docs/zeitplan.md): the scheduler of model/sched.h run on a
 * workspace and its assessment — the run's parameters, the scheduler input built from the
 * workspace (strategy class, effort, pace, Stand, pins, deadlines, quick wins, Klärung,
 * dependencies, pilots, capacity calendar) and the resulting plan — with the accessors the
 * front ends read (reporting waves, monthly capacity and load, allocations, explanations). */
#ifndef WP_MODEL_ZEITPLAN_H
#define WP_MODEL_ZEITPLAN_H

#include <stddef.h>
#include <stdint.h>

#include "model/assess.h"
#include "model/sched.h"
#include "model/ws.h"

/* Parameters of one run. Months are year·12 + month − 1; PT are half-days. */
struct zeitplan_params {
	int32_t start;        /* start month S */
	int32_t kapazitaet;   /* default capacity per calendar month, half-PT ≥ 0 */
	int32_t tempo;        /* default pace R per object and month, half-PT ≥ 1 */
	int32_t wellen_laenge; /* months per reporting wave, 1..24 */
};

/* Fills p from the workspace settings (plan.kapazitaet_monat, plan.max_pt_monat,
 * plan.wellen_laenge) and the start month after today: the first month of the quarter after
 * the one containing day heute (days since 1970-01-01). */
void zeitplan_params_default(const struct ws *w, int32_t heute, struct zeitplan_params *p);

/* A computed Zeitplan. Everything is owned by it (zeitplan_free); in.obj[i].kennung borrows
 * the workspace's pool strings, which live until ws_free. Object indexes are those of the
 * workspace the plan was made of. */
struct zeitplan {
	struct zeitplan_params params;
	struct sched_input in;  /* the scheduler input, arrays owned below */
	struct sched_plan *plan; /* the result */
	struct sched_obj_in *obj_in;
	struct sched_dep *dep_in;
	struct sched_pilot *pilot_in;
	uint32_t *pilot_mem;
	struct sched_kap *kap_in;
};

/* Builds the scheduler input from w (ws_index current) and a (the current assessment of w)
 * under p, and plans: strategy Retire / Retain from the effective strategy, Aufwand and
 * quick-win score from a, pace from Max_PT_Monat or p->tempo, Stand and Ist-PT, pins,
 * Vertragsende, Klärung when the recommended platform is only "offen", dependencies,
 * pilots with their status, and the capacity exceptions of w->kap. On success stores a new
 * Zeitplan in *out (owned by the caller, zeitplan_free) and returns 0; -WP_ENOMEM, or
 * -WP_EINVAL for a start outside the years 2000..2100, a capacity < 0, a pace < 1, a wave
 * length outside 1..24, or an assessment that does not match w. */
int zeitplan_run(const struct ws *w, const struct assessment *a,
		 const struct zeitplan_params *p, struct zeitplan **out);

/* For a loader of a stored plan: a Zeitplan of w under a and p with the input built as
 * zeitplan_run does and an empty plan of w->n_obj objects (every object SG_GEPLANT without
 * months, no group; arrays allocated: obj; alloc with room for n_alloc entries, n_alloc 0).
 * The loader fills obj[] (not alloc_off / alloc_n) and appends allocations, then calls
 * zeitplan_abschliessen. Returns 0, -WP_ENOMEM or -WP_EINVAL as zeitplan_run. */
int zeitplan_leer(const struct ws *w, const struct assessment *a,
		  const struct zeitplan_params *p, size_t n_alloc, struct zeitplan **out);

/* Completes a loaded plan: sorts the allocations by object and month, sets each object's
 * slice, recomputes the monthly load against the capacity, and builds the groups from
 * obj[].gruppe (members in Kennung order). Returns 0 or -WP_ENOMEM. */
int zeitplan_abschliessen(struct zeitplan *z);

/* Frees a Zeitplan; accepts NULL; clears *z. */
void zeitplan_free(struct zeitplan **z);

/* The reporting wave of object o: the wave in which it goes live, (Ende − start) /
 * wellen_laenge + 1; 0 when o is not planned (also: not in a stored plan) or out of
 * range. */
int zeitplan_welle(const struct zeitplan *z, uint32_t o);

/* The first month of wave nr (1-based). */
int32_t zeitplan_welle_beginn(const struct zeitplan *z, int nr);

/* The number of waves: up to the wave of the last month with PT (0 when nothing is
 * planned). */
int zeitplan_n_wellen(const struct zeitplan *z);

/* The capacity of month m (default or calendar exception) and the PT booked in it,
 * half-PT. */
int32_t zeitplan_kap(const struct zeitplan *z, int32_t m);
int32_t zeitplan_last(const struct zeitplan *z, int32_t m);

/* The last month with PT, or start − 1 when nothing is booked. */
int32_t zeitplan_letzter_monat(const struct zeitplan *z);

/* Object o's allocations, months ascending (borrowed, valid until zeitplan_free); stores
 * their number in *n (0 and NULL when none or o out of range). */
const struct sched_alloc *zeitplan_alloc(const struct zeitplan *z, uint32_t o, size_t *n);

/* Why o starts when it does (or why it is not planned) in the user's language; snprintf
 * contract (writes at most size bytes including NUL, returns the length it would have). */
int zeitplan_warum_text(const struct zeitplan *z, uint32_t o, char *buf, size_t size);

/* The Hinweise of object o (roadmap column) in the user's language: for a planned object
 * "Klärung nötig", hybrid interfaces, a missed deadline, its pilot or cycle, in Arbeit or a
 * pinned Beginn; for one not planned the reason (Retain with the blocking red lines,
 * migriert, still needed, capacity, predecessor). w and a are those the plan was made of.
 * snprintf contract. */
int zeitplan_hinweise(const struct zeitplan *z, const struct ws *w, const struct assessment *a,
		      uint32_t o, char *buf, size_t size);

/* The counts behind a plan summary, " · n Fristen gefährdet · n Verstöße", with the right
 * plural forms; snprintf contract. */
int zeitplan_zahlen_text(size_t fristen, long verstoesse, char *buf, size_t size);

/* The message when zeitplan_run refuses its parameters (msgid). */
#define ZEITPLAN_PARAM_FEHLER N_("Planung nicht möglich: ungültige Parameter")

#endif
