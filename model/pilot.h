/* Pilot analysis (docs/rules.md §7, docs/planung.md): on which platforms a pilot is feasible,
 * which prerequisites are missing, and which objects are suggested as pilot candidates
 * with their reasons. Pure functions over workspace, assessment and (optional) plan. */
#ifndef WP_MODEL_PILOT_H
#define WP_MODEL_PILOT_H

#include <stddef.h>
#include <stdint.h>

#include "model/assess.h"
#include "model/plan.h"
#include "model/ws.h"

/* A missing prerequisite of a pilot. */
enum pilot_luecke_art {
	PL_BLOCKIERT,   /* member obj is blocked (on every platform, or on `pf`) */
	PL_UNKLAR,      /* member obj is only "offen" on pf: Klärung nötig */
	PL_ABHAENGIG,   /* member obj benötigt `other` outside the pilot that is not migrated
			 * before it (not planned, or planned in a later or the same wave);
			 * an `other` whose strategy is Retain stays and is no gap: the pilot
			 * reaches it through a hybrid interface */
	PL_TODO,        /* checklist item `todo` is open */
	PL_LEER,        /* the pilot has no members */
	PL__N
};
struct pilot_luecke {
	uint8_t art;    /* enum pilot_luecke_art */
	uint32_t obj;   /* member, or WP_NONE */
	uint32_t other; /* dependency outside the pilot, or WP_NONE */
	uint32_t pf;    /* platform concerned, or WP_NONE */
	uint32_t todo;  /* index into pilot.todos, or WP_NONE */
	uint32_t pilot; /* the pilot analysed (index into ws.pilot), for the texts */
};

struct pilot_analyse {
	uint8_t *machbar;            /* [n_pf]: 1 if every member is zulässig there */
	uint32_t ziel;               /* best feasible platform (lowest rang), else the platform
				      * with the most zulässig members, or WP_NONE */
	int welle;                   /* wave the pilot is planned in (plan given), else 0 */
	struct pilot_luecke *luecken; size_t n_luecken; /* ordered: members, deps, todos */
};

/* Analyses pilot pi of w. p may be NULL (no plan yet: every dependency outside the pilot
 * counts as not migrated). Fills *out (owned by the caller, pilot_analyse_free) and returns
 * 0 or -WP_ENOMEM. */
int pilot_analysieren(const struct ws *w, const struct assessment *a, const struct plan *p,
		      uint32_t pi, struct pilot_analyse *out);
void pilot_analyse_free(struct pilot_analyse *pa);
/* "machbar" or "nicht machbar" (machbar != 0 or 0) in the interface language (static). */
const char *pilot_machbar_text(int machbar);

/* One gap as a sentence in the user's language; snprintf contract. */
int pilot_luecke_text(const struct ws *w, const struct pilot_luecke *l, char *buf,
		      size_t size);

/* A suggested pilot: a candidate object (docs/rules.md §7) with its dependency closure. */
struct pilot_vorschlag {
	uint32_t obj;       /* the candidate */
	uint32_t *huelle;   /* its closure (what it benötigt, transitively, itself included),
			     * ordered by Kennung */
	size_t n_huelle;
	double aufwand;     /* summed effort of the closure in PT */
	int qw;             /* quick-win score of obj */
};
/* Lists the pilot candidates of w, best first (score desc, closure effort asc, Kennung),
 * skipping objects already in a pilot. Stores a malloc'd array in *out (free with
 * pilot_vorschlaege_free) and its length in *n. Returns 0 or -WP_ENOMEM. */
int pilot_vorschlaege(const struct ws *w, const struct assessment *a,
		      struct pilot_vorschlag **out, size_t *n);
void pilot_vorschlaege_free(struct pilot_vorschlag *v, size_t n);

/* Why v is suggested, as one line in the user's language (quick-win score and what makes
 * it: OZG link, Fallzahl, effort, Schutzklasse; the closure and the recommended platform).
 * snprintf contract. */
int pilot_vorschlag_text(const struct ws *w, const struct assessment *a,
			 const struct pilot_vorschlag *v, char *buf, size_t size);

#endif
