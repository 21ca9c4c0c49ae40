/* Internal building blocks of the scheduler (model/sched.c) and its checker
 * (model/sched_check.c): the Kennung order, who is to be planned (rule 9), the constraint
 * graph with the Retire flip and the indivisible jobs (docs/zeitplan.md). Not a contract for
 * data/, cli/ or tui/ — they use model/sched.h. */
#ifndef WP_MODEL_SCHED_INT_H
#define WP_MODEL_SCHED_INT_H

#include <stddef.h>
#include <stdint.h>

#include "model/sched.h"

/* The graph of one input. All arrays are owned (sched_graph_free). */
struct sched_graph {
	size_t n;
	uint32_t *rang;      /* [n] position of an object in Kennung order */
	uint32_t *by_rang;   /* [n] object at a position */
	uint8_t *grund;      /* [n] SG_GEPLANT if to be planned, else why not (RETAIN,
			      * MIGRIERT, BENOETIGT) */
	uint32_t *grund_obj; /* [n] for SG_BENOETIGT the not-planned user (smallest Kennung) */
	int32_t *rest;       /* [n] half-PT to plan: Aufwand, in Arbeit max(1, Aufwand − Ist) */
	int32_t *pin;        /* [n] effective pin month (in Arbeit: S) or SCHED_KEIN */
	/* "benötigt" (self-dependencies dropped): out = what i benötigt, in = who benötigt i */
	uint32_t *out_off, *out_adj, *in_off, *in_adj;
	/* constraints between objects to plan: nach = successors, vor = predecessors */
	uint32_t *nach_off, *nach, *vor_off, *vor;
	uint8_t *im_pilot;   /* [n] planned member of a pilot geplant or laufend */
	/* jobs: strongly connected components of constraints plus pilot ties, numbered
	 * successors first (a constraint u before v between jobs has job_of[u] > job_of[v]) */
	uint32_t n_job;
	uint32_t *job_of;    /* [n] job of an object to plan, else SCHED_NONE */
	uint32_t *job_off;   /* [n_job + 1] */
	uint32_t *job_mem;   /* members, Kennung order within a job */
};

/* Validates in and builds *g (zeroed first). Returns 0, -WP_EINVAL (see sched_run) or
 * -WP_ENOMEM; on error g is empty. */
int sched_graph_bauen(const struct sched_input *in, struct sched_graph *g);
/* Frees the arrays of g; accepts an empty or already freed g. */
void sched_graph_free(struct sched_graph *g);

/* Text order: byte-wise on UTF-8 with ASCII letters case-folded (then plain bytes). */
int sched_kennung_cmp(const char *a, const char *b);

/* The group kind of job j: SGA_PILOT if a member is in an active pilot, SGA_ZYKLUS if it has
 * several members, else SGA_KEINE. */
uint8_t sched_job_art(const struct sched_graph *g, uint32_t j);

#endif
