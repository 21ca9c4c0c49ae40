/* What the parts of the report share (docs/report.md): the document being drawn and the
 * computed results it reads. Private to data/report*.c. */
#ifndef WP_DATA_REPORT_PRIV_H
#define WP_DATA_REPORT_PRIV_H

#include <stddef.h>
#include <stdint.h>

#include "data/report.h"
#include "data/report_draw.h"
#include "model/assess.h"
#include "model/cost.h"
#include "model/i18n.h"
#include "model/labels.h"
#include "model/kosten.h"
#include "model/plan.h"
#include "model/tree.h"
#include "model/zeitplan.h"

/* Rows of the Gantt chart shown one per object up to this many planned objects; beyond it
 * one bar per Behörde. */
#define REPORT_GANTT_MAX 60
/* Pilots with a page of their own; beyond them a table of all pilots. */
#define REPORT_PILOT_SEITEN 10
/* Rows of the roadmap table in the annex (and of the pilot table). */
#define REPORT_ROADMAP_MAX 150

/* Said where the pilots would be (summary and pilot pages). */
#define REPORT_KEINE_PILOTEN N_("Keine Piloten angelegt. Vorschläge: wolkenplan pilot suggest")

/* Said where the decisions would be (the Beschlüsse section). */
#define REPORT_KEINE_BESCHLUESSE N_("Noch keine Beschlüsse erfasst: wolkenplan beschluss add " \
				    "--datum TT.MM.JJJJ --gremium TEXT --text TEXT")

/* Texts more than one part shows. */
#define REPORT_BREAK_EVEN LBL_BREAK_EVEN
#define REPORT_KEIN_PLAN N_("Kein Zeitplan gespeichert: erstellen mit wolkenplan plan")
#define REPORT_GANTT_TITEL N_("Roadmap nach Quartalen")
#define REPORT_BASIS N_("Basis (wie heute)")
/* Said where a cost chart would be. */
#define REPORT_KEINE_KOSTEN N_("Keine Kosten berechenbar.")
/* The title of the cost chart and its page. */
#define REPORT_KOSTEN_TITEL LBL_KOSTEN_JE_JAHR

struct report_ctx {
	struct rdoc d;
	const struct report_opts *o;
	const struct ws *w;
	const struct assessment *a;
	const struct zeitplan *z;    /* NULL: no plan stored */
	struct plan *plan;           /* its wave view, or NULL */
	struct kosten *k;            /* the costs of the whole workspace, or NULL */
	struct cost_result *teil;    /* the costs of the selection (--behoerde), or NULL */
	const struct cost_result *kr; /* the costs shown: teil, else k->r, else NULL */
	struct beh_tree tree;
	uint8_t *sel;                /* [n_obj] 1 = the object is in the report */
	size_t n_sel;
	int german;
};

/* 1 if object o is planned in the stored Zeitplan. */
int report_geplant(const struct report_ctx *c, uint32_t o);
/* Formats half-PT as PT ("12,5"), cents as euros; both into buf, returned. */
char *report_pt(const struct report_ctx *c, int64_t halb, char *buf, size_t n);
char *report_euro(const struct report_ctx *c, int64_t cents, char *buf, size_t n);

/* "n Fristen gefährdet" with the right plural; snprintf contract. */
int report_fristen_text(size_t n, char *buf, size_t size);

/* The break-even text of c->kr (not NULL): the engine's, unless there are no costs at all;
 * snprintf contract. */
int report_break_even(const struct report_ctx *c, char *buf, size_t size);
/* The costs per Haushaltsjahr as a table at the cursor: at most max rows (max ≥ 2; beyond
 * it the first max − 1 and a pointer to the cost page). c->kr must not be NULL. */
void report_kosten_tabelle(struct report_ctx *c, size_t max);

/* A round step (1, 2 or 5 × 10^k cents, at least 1 €) for about five ticks up to max
 * cents: the value axis of the charts. */
int64_t report_schritt(int64_t max);

/* The pages, in order. */
void report_titel(struct report_ctx *c);
void report_summary(struct report_ctx *c);
void report_gantt_seite(struct report_ctx *c);
void report_kosten_seite(struct report_ctx *c);
void report_matrix(struct report_ctx *c);
void report_piloten(struct report_ctx *c);
/* The scenario comparison (only when o->n_vergleich ≥ 2). */
void report_vergleich(struct report_ctx *c);
void report_beschluesse(struct report_ctx *c);
void report_anhang(struct report_ctx *c);

/* On a pilot's page: the decisions that name pilot pi, under a heading (nothing when
 * none does). */
void report_pilot_beschluesse(struct report_ctx *c, const struct pilot *pi);

/* The charts on their own: the size they need (points) and the drawing at (0, 0). */
void report_gantt_mass(struct report_ctx *c, double *w, double *h);
void report_gantt_chart(struct report_ctx *c, double x, double y, double w);
void report_kosten_mass(double *w, double *h);
void report_kosten_chart(struct report_ctx *c, double x, double y, double w, double h,
			 int titel);

#endif
