/* The assessment engine: docs/rules.md §1–§7 over the in-memory workspace.
 * One pass builds the strongly connected components (iterative Tarjan), propagates the
 * effective Schutzbedarf through the condensation, then scores each object with
 * per-platform verdicts taken from a small precomputed table. No recursion, no per-object
 * allocation.
 *
 * Rules decisions (where docs/rules.md leaves room):
 * - Inheritance direction: if A benötigt B, B supports A and inherits from it:
 *   eff(B) = max(own(B), eff(A)). Values flow along out-edges (needer → needed); the
 *   condensation is processed in topological order, so a cycle shares its maximum.
 * - "manuell festgelegt" (sb_pin): the object takes no inherited value (edges INTO it are
 *   ignored for inheritance) but passes its own value on to what it benötigt. The
 *   component id in assess_obj.scc and AF_IN_ZYKLUS still describe the full graph (the
 *   planner keeps cycles together regardless of pins).
 * - eff_from: the object itself when its own value equals the effective one; otherwise the
 *   smallest object index among the objects whose own value is the effective value and
 *   from which the object inherits (deterministic among ties).
 * - An empty Schutzbedarf (LVL_NONE) counts as normal and sets AF_SB_UNBEWERTET; an empty
 *   Personenbezug (PB_UNBEKANNT) counts as ja and sets AF_PB_UNBEWERTET.
 * - Self-dependencies (A benötigt A) are no cycle and no dependency: they are ignored.
 * - With no platforms at all no platform is zulässig or offen: rule 2 (Retain) fires.
 * - Recommended platform: most sovereignty points, then smaller rank, then smaller index.
 * - Rounding: round_half_up(x) = floor(x + 0.5 + 1e-9), robust against binary fractions;
 *   effort to 0.5 PT = round_half_up(2x) / 2. An effort override is taken as entered.
 * - Retain's effort is its base (default 0), without dependency or protection factors.
 * - Readiness with Σ w = 0: Bereitschaft 0 and Konfidenz 0.
 * - Quick wins: a Retire object is eligible (only Retain is excluded by docs/rules.md §7).
 *   Scores are clamped to 0..100 (the weights are settings and may sum above 1).
 * - Pilot candidate: the dependency closure (what the object benötigt, transitively)
 *   includes the object itself; it must have at most pilot.max_objekte members, all eligible.
 * - OZG link: the ozg field holds something other than blanks. */
#include "model/assess.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "model/zielplattform.h"

double round_half_up(double x)
{
	return floor(x + 0.5 + 1e-9);
}

double round_half_pt(double x)
{
	return round_half_up(2.0 * x) / 2.0;
}

static uint8_t own_level(uint8_t v)
{
	return v == LVL_NONE || v > LVL_SEHR_HOCH ? LVL_NORMAL : v;
}

int assess_required_level(const struct ws *w, const struct assess_obj *ao, uint32_t obj)
{
	if (ao->schutzklasse >= LVL_HOCH || w->obj[obj].personenbezug != PB_NEIN)
		return RL_ERFUELLT;
	return RL_TEILWEISE;
}

int assess_sovereignty_points(const struct ws *w, uint32_t pf)
{
	int p = 0;
	for (size_t r = 0; r < w->n_rl; r++) {
		uint8_t v = w->rl_val[pf * w->n_rl + r];
		p += v == RL_ERFUELLT ? 2 : v == RL_TEILWEISE ? 1 : 0;
	}
	return p;
}

int assess_readiness_class(const struct ws *w, int bereitschaft)
{
	if (bereitschaft >= w->set.v[SET_SCHWELLE_BEREIT])
		return RC_BEREIT;
	if (bereitschaft >= w->set.v[SET_SCHWELLE_ANPASSUNG])
		return RC_ANPASSUNG;
	return RC_NICHT_BEREIT;
}

static int pct(double part, double whole)
{
	if (!(whole > 0))
		return 0;
	double r = round_half_up(100.0 * part / whole);
	return r < 0 ? 0 : r > 100 ? 100 : (int)r;
}

void assess_readiness(const struct ws *w, uint32_t obj, double *sum_w, double *sum_wv,
		      double *sum_known, int *bereitschaft, int *konfidenz)
{
	double sw = 0, swv = 0, sk = 0;
	const uint8_t *cv = w->crit + (size_t)obj * w->n_dvc;
	for (size_t k = 0; k < w->n_dvc; k++) {
		double g = w->dvc[k].gewicht;
		sw += g;
		switch (cv[k]) {
		case CV_JA:
			swv += g;
			sk += g;
			break;
		case CV_TEILWEISE:
			swv += 0.5 * g;
			sk += g;
			break;
		case CV_NEIN:
			sk += g;
			break;
		default:
			break;
		}
	}
	if (sum_w)
		*sum_w = sw;
	if (sum_wv)
		*sum_wv = swv;
	if (sum_known)
		*sum_known = sk;
	*bereitschaft = pct(swv, sw);
	*konfidenz = pct(sk, sw);
}

int assess_rl_check(int offered, int required)
{
	if (offered == RL_UNBEKANNT || offered >= RL__N)
		return RLC_UNBEKANNT;
	return offered < required ? RLC_VERFEHLT : RLC_OK;
}

static int vs_check_raw(int vs_nfd, int approval)
{
	if (vs_nfd != JN_JA || approval == TRI_JA)
		return RLC_OK;
	return approval == TRI_NEIN ? RLC_VERFEHLT : RLC_UNBEKANNT;
}

int assess_vs_check(const struct ws *w, uint32_t obj, uint32_t pf)
{
	return vs_check_raw(w->obj[obj].vs_nfd, w->pf[pf].vs_nfd);
}

int assess_suggest_strategy(const struct ws *w, const struct assess_obj *ao, uint32_t obj,
			    int *rule)
{
	const struct objekt *o = &w->obj[obj];
	int r, s;
	if (o->lebenszyklus == LZ_AUSLAUFEND) {
		r = SR_AUSLAUFEND;
		s = STRAT_RETIRE;
	} else if (ao->empfohlen == WP_NONE) {
		r = SR_KEINE_PLATTFORM;
		s = STRAT_RETAIN;
	} else if (o->betrieb == BETRIEB_SAAS || o->dvc_angebot == TRI_JA) {
		r = SR_SAAS;
		s = STRAT_REPURCHASE;
	} else if (ao->bereitschaft >= w->set.v[SET_SCHWELLE_BEREIT]) {
		r = SR_BEREIT;
		s = STRAT_REHOST;
	} else if (ao->bereitschaft >= w->set.v[SET_SCHWELLE_ANPASSUNG]) {
		r = SR_ANPASSUNG;
		s = STRAT_REPLATFORM;
	} else {
		r = SR_SONST;
		s = STRAT_REFACTOR;
	}
	if (rule)
		*rule = r;
	return s;
}

static const int basis_setting[STRAT__N] = {
	[STRAT_NONE] = SET_BASIS_RETAIN, [STRAT_REHOST] = SET_BASIS_REHOST,
	[STRAT_RELOCATE] = SET_BASIS_RELOCATE, [STRAT_REPLATFORM] = SET_BASIS_REPLATFORM,
	[STRAT_REFACTOR] = SET_BASIS_REFACTOR, [STRAT_REPURCHASE] = SET_BASIS_REPURCHASE,
	[STRAT_RETIRE] = SET_BASIS_RETIRE, [STRAT_RETAIN] = SET_BASIS_RETAIN,
};

void assess_effort_parts(const struct ws *w, uint32_t obj, int strat, int sk,
			 struct effort_parts *p)
{
	const double *v = w->set.v;
	uint32_t self = 0;
	for (uint32_t e = w->out_off[obj]; e < w->out_off[obj + 1]; e++)
		self += w->out_adj[e] == obj;
	p->n_benoetigt = w->out_off[obj + 1] - w->out_off[obj] - self;
	p->n_von = w->in_off[obj + 1] - w->in_off[obj] - self;
	p->basis = v[basis_setting[(unsigned)strat < STRAT__N ? strat : STRAT_NONE]];
	p->faktor_abh = 1.0 + v[SET_FAKTOR_ABH] * (double)(p->n_benoetigt + p->n_von);
	p->faktor_sk = sk >= LVL_SEHR_HOCH ? v[SET_FAKTOR_SEHR_HOCH]
		     : sk == LVL_HOCH ? v[SET_FAKTOR_HOCH] : v[SET_FAKTOR_NORMAL];
	if (strat == STRAT_RETAIN)
		p->roh = p->basis;
	else
		p->roh = p->basis * p->faktor_abh * p->faktor_sk;
	p->gerundet = round_half_pt(p->roh);
}

static int has_text(const char *s)
{
	for (; s && *s; s++)
		if (*s != ' ' && *s != '\t')
			return 1;
	return 0;
}

void assess_qw_parts(const struct ws *w, uint32_t obj, int sk, double aufwand,
		     struct qw_parts *p)
{
	const double *v = w->set.v;
	const struct objekt *o = &w->obj[obj];
	p->ozg = has_text(o->ozg);
	p->fallzahl_term = 0;
	if (o->fallzahl >= 0) {
		double t = log10(1.0 + (double)o->fallzahl) / 5.0;
		p->fallzahl_term = t > 1 ? 1 : t;
	}
	p->nutzen = v[SET_QW_OZG] * p->ozg + v[SET_QW_FALLZAHL] * p->fallzahl_term;
	double l = aufwand / v[SET_QW_AUFWAND_MAX];
	p->leichtigkeit = 1.0 - (l > 1 ? 1 : l < 0 ? 0 : l);
	p->risiko = (double)((sk < 1 ? 1 : sk) - 1) / 2.0;
	p->roh = 100.0 * (v[SET_QW_NUTZEN] * p->nutzen + v[SET_QW_LEICHT] * p->leichtigkeit +
			  v[SET_QW_RISIKO] * (1.0 - p->risiko));
	double r = round_half_up(p->roh);
	p->score = r < 0 ? 0 : r > 100 ? 100 : (int)r;
}

/* ---- Strongly connected components (iterative Tarjan) ---- */

struct frame {
	uint32_t v, pos; /* node and next out-edge to look at */
};

/* One decomposition: comp[v] is the component id; order[] lists the members grouped by
 * component, component c at order[cstart[c] .. cstart[c+1]). Ids are handed out in
 * reverse topological order: if A benötigt B in another component, comp(B) < comp(A). */
struct tarjan {
	const struct ws *w;
	const uint8_t *pin;     /* if set, edges into pinned objects are ignored */
	const uint32_t *within; /* if set, only edges inside one component of this array */
	uint32_t *idx, *low, *stk; /* work arrays, n entries; idx 0 = not visited */
	struct frame *fr;
	uint32_t *comp, *order, *cstart;
	uint32_t counter, ncomp, op, sp;
};

static void tarjan_reset(struct tarjan *t)
{
	memset(t->idx, 0, t->w->n_obj * sizeof *t->idx);
	for (size_t i = 0; i < t->w->n_obj; i++)
		t->comp[i] = WP_NONE;
	t->counter = t->ncomp = t->op = t->sp = 0;
}

/* Depth-first search from s (if not visited yet) with an explicit stack. */
static void tarjan_visit(struct tarjan *t, uint32_t s)
{
	const struct ws *w = t->w;
	uint32_t *idx = t->idx, *low = t->low, *stk = t->stk, *comp = t->comp;
	struct frame *fr = t->fr;
	uint32_t fp = 0;
	if (idx[s])
		return;
	idx[s] = low[s] = ++t->counter;
	stk[t->sp++] = s;
	fr[fp++] = (struct frame){ s, w->out_off[s] };
	while (fp) {
		struct frame *f = &fr[fp - 1];
		uint32_t v = f->v;
		if (f->pos < w->out_off[v + 1]) {
			uint32_t u = w->out_adj[f->pos++];
			if ((t->pin && t->pin[u]) || (t->within && t->within[u] != t->within[v]))
				continue;
			if (!idx[u]) {
				idx[u] = low[u] = ++t->counter;
				stk[t->sp++] = u;
				fr[fp++] = (struct frame){ u, w->out_off[u] };
			} else if (comp[u] == WP_NONE && idx[u] < low[v]) {
				low[v] = idx[u];
			}
			continue;
		}
		fp--;
		if (low[v] == idx[v]) {
			uint32_t u;
			t->cstart[t->ncomp] = t->op;
			do {
				u = stk[--t->sp];
				comp[u] = t->ncomp;
				t->order[t->op++] = u;
			} while (u != v);
			t->ncomp++;
		}
		if (fp && low[v] < low[fr[fp - 1].v])
			low[fr[fp - 1].v] = low[v];
	}
}

/* The work arrays of a full decomposition of n objects (n1 = n, at least 1). Returns 0 or
 * -WP_ENOMEM; tarjan_free either way. */
static int tarjan_alloc(struct tarjan *t, size_t n, size_t n1)
{
	t->idx = malloc(n1 * sizeof *t->idx);
	t->low = malloc(n1 * sizeof *t->low);
	t->stk = malloc(n1 * sizeof *t->stk);
	t->fr = malloc(n1 * sizeof *t->fr);
	t->comp = malloc(n1 * sizeof *t->comp);
	t->order = malloc(n1 * sizeof *t->order);
	t->cstart = malloc((n + 1) * sizeof *t->cstart);
	return t->idx && t->low && t->stk && t->fr && t->comp && t->order && t->cstart
		       ? 0
		       : -WP_ENOMEM;
}

static void tarjan_free(struct tarjan *t)
{
	free(t->idx);
	free(t->low);
	free(t->stk);
	free(t->fr);
	free(t->comp);
	free(t->order);
	free(t->cstart);
}

/* Components of the full dependency graph. */
static void tarjan_full(struct tarjan *t)
{
	tarjan_reset(t);
	for (uint32_t s = 0; s < t->w->n_obj; s++)
		tarjan_visit(t, s);
	t->cstart[t->ncomp] = t->op;
}

/* Components of the inheritance graph (no edges into pinned objects), refined from the
 * full decomposition f: only a cycle holding a pinned object can fall apart, so the
 * others are copied and those are searched again, edges restricted to the cycle. Walking
 * f in id order keeps the ids in reverse topological order. */
static void tarjan_refine(struct tarjan *t, const struct tarjan *f)
{
	tarjan_reset(t);
	t->within = f->comp;
	for (uint32_t c = 0; c < f->ncomp; c++) {
		uint32_t lo = f->cstart[c], hi = f->cstart[c + 1], k;
		for (k = lo; hi - lo > 1 && k < hi; k++)
			if (t->pin[f->order[k]])
				break;
		if (hi - lo > 1 && k < hi) {
			for (k = lo; k < hi; k++)
				tarjan_visit(t, f->order[k]);
			continue;
		}
		t->cstart[t->ncomp] = t->op;
		for (k = lo; k < hi; k++) {
			t->comp[f->order[k]] = t->ncomp;
			t->order[t->op++] = f->order[k];
		}
		t->ncomp++;
	}
	t->cstart[t->ncomp] = t->op;
}

/* docs/rules.md §1 over the inheritance components, processed from needers to needed. On entry eff
 * holds each object's own counted level. During the pass eff_from holds the smallest
 * source index; afterwards objects whose own value stands point to themselves. */
static void propagate(const struct ws *w, struct assess_obj *ao, const uint8_t *pin,
		      const uint32_t *comp, const uint32_t *order, const uint32_t *cstart,
		      uint32_t ncomp)
{
	for (uint32_t c = ncomp; c-- > 0;) {
		uint8_t best[SB__N] = { 0, 0, 0 };
		uint32_t src[SB__N] = { WP_NONE, WP_NONE, WP_NONE };
		for (uint32_t k = cstart[c]; k < cstart[c + 1]; k++) {
			uint32_t m = order[k];
			for (int g = 0; g < SB__N; g++) {
				uint8_t lv = ao[m].eff[g];
				if (lv > best[g] || (lv == best[g] && m < src[g])) {
					best[g] = lv;
					src[g] = m;
				}
			}
		}
		for (uint32_t k = cstart[c]; k < cstart[c + 1]; k++) {
			uint32_t m = order[k];
			if (pin && pin[m])
				continue;
			for (uint32_t e = w->in_off[m]; e < w->in_off[m + 1]; e++) {
				uint32_t p = w->in_adj[e];
				if (comp[p] == c)
					continue;
				for (int g = 0; g < SB__N; g++) {
					uint8_t lv = ao[p].eff[g];
					uint32_t f = ao[p].eff_from[g];
					if (lv > best[g] || (lv == best[g] && f < src[g])) {
						best[g] = lv;
						src[g] = f;
					}
				}
			}
		}
		for (uint32_t k = cstart[c]; k < cstart[c + 1]; k++) {
			uint32_t m = order[k];
			memcpy(ao[m].eff, best, sizeof best);
			memcpy(ao[m].eff_from, src, sizeof src);
		}
	}
	for (size_t i = 0; i < w->n_obj; i++)
		for (int g = 0; g < SB__N; g++)
			if (own_level(w->obj[i].sb[g]) == ao[i].eff[g])
				ao[i].eff_from[g] = (uint32_t)i;
}

/* ---- Platform table: the verdicts depend only on (required level, VS-NfD) ---- */

#define N_KEYS 4 /* (required == erfüllt) * 2 + vs_nfd */

struct pf_table {
	uint8_t *verdict;         /* [key * n_pf + pf] */
	uint32_t empfohlen[N_KEYS];
	uint8_t klaerung[N_KEYS];
};

static int pf_better(const struct ws *w, const int *pts, uint32_t a, uint32_t b)
{
	if (b == WP_NONE)
		return 1;
	if (pts[a] != pts[b])
		return pts[a] > pts[b];
	if (w->pf[a].rang != w->pf[b].rang)
		return w->pf[a].rang < w->pf[b].rang;
	return a < b;
}

static int pf_table_build(const struct ws *w, struct pf_table *t)
{
	size_t np = w->n_pf;
	t->verdict = malloc(N_KEYS * (np ? np : 1));
	int *pts = malloc((np ? np : 1) * sizeof *pts);
	if (!t->verdict || !pts) {
		free(pts);
		free(t->verdict);
		t->verdict = NULL;
		return -WP_ENOMEM;
	}
	for (size_t p = 0; p < np; p++)
		pts[p] = assess_sovereignty_points(w, (uint32_t)p);
	for (int key = 0; key < N_KEYS; key++) {
		int req = key >= 2 ? RL_ERFUELLT : RL_TEILWEISE;
		uint32_t best_z = WP_NONE, best_o = WP_NONE;
		for (size_t p = 0; p < np; p++) {
			int worst = vs_check_raw(key & 1 ? JN_JA : JN_NEIN, w->pf[p].vs_nfd);
			for (size_t r = 0; r < w->n_rl; r++) {
				int c = assess_rl_check(w->rl_val[p * w->n_rl + r], req);
				if (c > worst)
					worst = c;
			}
			uint8_t v = worst == RLC_VERFEHLT ? V_BLOCKIERT
				  : worst == RLC_UNBEKANNT ? V_OFFEN : V_ZULAESSIG;
			t->verdict[key * np + p] = v;
			if (v == V_ZULAESSIG && pf_better(w, pts, (uint32_t)p, best_z))
				best_z = (uint32_t)p;
			if (v == V_OFFEN && pf_better(w, pts, (uint32_t)p, best_o))
				best_o = (uint32_t)p;
		}
		t->empfohlen[key] = best_z != WP_NONE ? best_z : best_o;
		t->klaerung[key] = best_z == WP_NONE && best_o != WP_NONE;
	}
	free(pts);
	return 0;
}

/* ---- Per-object scoring ---- */

static void score_object(const struct ws *w, const struct pf_table *t, struct assessment *a,
			 uint32_t i)
{
	const struct objekt *o = &w->obj[i];
	struct assess_obj *ao = &a->obj[i];
	ao->schutzklasse = ao->eff[0];
	for (int g = 1; g < SB__N; g++)
		if (ao->eff[g] > ao->schutzklasse)
			ao->schutzklasse = ao->eff[g];
	for (int g = 0; g < SB__N; g++)
		if (o->sb[g] == LVL_NONE)
			ao->flags |= AF_SB_UNBEWERTET;
	if (o->personenbezug == PB_UNBEKANNT)
		ao->flags |= AF_PB_UNBEWERTET;

	int key = (assess_required_level(w, ao, i) == RL_ERFUELLT) * 2 + (o->vs_nfd == JN_JA);
	if (a->n_pf)
		memcpy(a->verdict + (size_t)i * a->n_pf, t->verdict + key * a->n_pf, a->n_pf);
	ao->empfohlen = t->empfohlen[key];
	uint32_t vorgabe = zielplattform_index(w, i);
	if (vorgabe != WP_NONE) {
		/* the override wins, its verdict stays as it is (blocked too) */
		ao->empfohlen = vorgabe;
		ao->flags |= AF_VORGABE;
		if (a->verdict[(size_t)i * a->n_pf + vorgabe] == V_OFFEN)
			ao->flags |= AF_KLAERUNG;
	} else if (t->klaerung[key]) {
		ao->flags |= AF_KLAERUNG;
	}

	int ber, kon;
	assess_readiness(w, i, NULL, NULL, NULL, &ber, &kon);
	ao->bereitschaft = (uint8_t)ber;
	ao->konfidenz = (uint8_t)kon;

	int rule;
	int s = assess_suggest_strategy(w, ao, i, &rule);
	if (o->strategie != STRAT_NONE && o->strategie < STRAT__N) {
		s = o->strategie;
		rule = SR_OVERRIDE;
	}
	ao->strategie = (uint8_t)s;
	ao->strat_rule = (uint8_t)rule;

	if (o->aufwand >= 0) {
		ao->aufwand = o->aufwand;
		ao->aufwand_override = 1;
	} else {
		struct effort_parts ep;
		assess_effort_parts(w, i, s, ao->schutzklasse, &ep);
		ao->aufwand = ep.gerundet;
	}

	ao->qw_eligible = ao->empfohlen != WP_NONE && !(ao->flags & AF_KLAERUNG) &&
			  s != STRAT_RETAIN &&
			  a->verdict[(size_t)i * a->n_pf + ao->empfohlen] != V_BLOCKIERT;
	if (ao->qw_eligible) {
		struct qw_parts qp;
		assess_qw_parts(w, i, ao->schutzklasse, ao->aufwand, &qp);
		ao->qw = (uint8_t)qp.score;
	}
}

/* Marks pilot candidates: bounded breadth-first search over what each eligible object
 * benötigt; mark[] holds the object (+1) whose search visited a node last. */
static void mark_pilots(const struct ws *w, struct assessment *a, uint32_t *mark,
			uint32_t *queue, size_t maxp)
{
	for (uint32_t i = 0; i < w->n_obj; i++) {
		if (!a->obj[i].qw_eligible)
			continue;
		size_t qh = 0, qt = 0;
		int ok = 1;
		queue[qt++] = i;
		mark[i] = i + 1;
		while (ok && qh < qt) {
			uint32_t v = queue[qh++];
			for (uint32_t e = w->out_off[v]; e < w->out_off[v + 1]; e++) {
				uint32_t u = w->out_adj[e];
				if (mark[u] == i + 1)
					continue;
				if (!a->obj[u].qw_eligible || qt >= maxp) {
					ok = 0;
					break;
				}
				mark[u] = i + 1;
				queue[qt++] = u;
			}
		}
		a->obj[i].pilot_kandidat = (uint8_t)ok;
	}
}

int assess_run(const struct ws *w, struct assessment **out)
{
	int rc = -WP_ENOMEM;
	size_t n = w->n_obj, n1 = n ? n : 1;
	struct assessment *a = NULL;
	struct pf_table pt = { NULL, { 0 }, { 0 } };
	struct tarjan full = { .w = w }, inh = { .w = w };
	uint8_t *pin = NULL;

	*out = NULL;
	/* The adjacency must describe these objects (ws_index after the last change). */
	if (n >= WP_NONE || !w->out_off || !w->in_off || w->n_indexed != n)
		return -WP_EINVAL;
	a = calloc(1, sizeof *a);
	if (!a)
		goto out;
	a->n_obj = n;
	a->n_pf = w->n_pf;
	a->obj = calloc(n1, sizeof *a->obj);
	a->verdict = malloc(n1 * (w->n_pf ? w->n_pf : 1));
	if (!a->obj || !a->verdict || tarjan_alloc(&full, n, n1))
		goto out;
	if (pf_table_build(w, &pt))
		goto out;

	/* Own counted levels first (propagate reads them from eff). */
	for (size_t i = 0; i < n; i++)
		for (int g = 0; g < SB__N; g++)
			a->obj[i].eff[g] = own_level(w->obj[i].sb[g]);

	/* Components of the full graph: assess_obj.scc and the cycle flag. */
	tarjan_full(&full);
	int any_pin = 0, pin_in_cycle = 0;
	for (size_t i = 0; i < n; i++) {
		uint32_t c = full.comp[i];
		int cyc = full.cstart[c + 1] - full.cstart[c] > 1;
		a->obj[i].scc = c;
		if (cyc)
			a->obj[i].flags |= AF_IN_ZYKLUS;
		if (w->obj[i].sb_pin) {
			any_pin = 1;
			pin_in_cycle |= cyc;
		}
	}

	/* Inheritance ignores edges into pinned objects. Removing edges between components
	 * changes neither the components nor their order, so only a pin inside a cycle
	 * needs a refined decomposition. */
	if (any_pin) {
		pin = malloc(n1);
		if (!pin)
			goto out;
		for (size_t i = 0; i < n; i++)
			pin[i] = w->obj[i].sb_pin != 0;
	}
	if (pin_in_cycle) {
		inh.pin = pin;
		inh.idx = full.idx;
		inh.low = full.low;
		inh.stk = full.stk;
		inh.fr = full.fr;
		inh.comp = malloc(n1 * sizeof *inh.comp);
		inh.order = malloc(n1 * sizeof *inh.order);
		inh.cstart = malloc((n + 1) * sizeof *inh.cstart);
		if (!inh.comp || !inh.order || !inh.cstart)
			goto out;
		tarjan_refine(&inh, &full);
		propagate(w, a->obj, pin, inh.comp, inh.order, inh.cstart, inh.ncomp);
	} else {
		propagate(w, a->obj, pin, full.comp, full.order, full.cstart, full.ncomp);
	}

	for (uint32_t i = 0; i < n; i++)
		score_object(w, &pt, a, i);

	/* Reuse two work arrays for the pilot search. */
	double mx = w->set.v[SET_PILOT_MAX];
	size_t maxp = mx < 1 ? 1 : mx > (double)n1 ? n1 : (size_t)mx;
	memset(full.idx, 0, n1 * sizeof *full.idx);
	mark_pilots(w, a, full.idx, full.low, maxp);

	*out = a;
	a = NULL;
	rc = 0;
out:
	assessment_free(&a);
	tarjan_free(&full);
	free(inh.comp);
	free(inh.order);
	free(inh.cstart);
	free(pin);
	free(pt.verdict);
	return rc;
}

int assess_count_in_cycles(const struct ws *w, size_t *n_in_cycle)
{
	size_t n = w->n_obj;
	struct tarjan full = { .w = w };
	*n_in_cycle = 0;
	if (n >= WP_NONE || !w->out_off || w->n_indexed != n)
		return -WP_EINVAL;
	int rc = tarjan_alloc(&full, n, n ? n : 1);
	if (!rc) {
		tarjan_full(&full);
		for (uint32_t c = 0; c < full.ncomp; c++)
			if (full.cstart[c + 1] - full.cstart[c] > 1)
				*n_in_cycle += full.cstart[c + 1] - full.cstart[c];
	}
	tarjan_free(&full);
	return rc;
}

void assessment_free(struct assessment **pa)
{
	struct assessment *a = pa ? *pa : NULL;
	if (!a)
		return;
	free(a->obj);
	free(a->verdict);
	free(a);
	*pa = NULL;
}

size_t assess_quickwins(const struct ws *w, const struct assessment *a, uint32_t *out)
{
	size_t n = a->n_obj, cnt[102] = { 0 };
	int sorted = w->by_kennung && w->n_indexed == w->n_obj && n == w->n_obj;
	/* Counting sort on the score over the Kennung order: stable, O(n). */
	for (size_t i = 0; i < n; i++)
		if (a->obj[i].qw_eligible)
			cnt[100 - a->obj[i].qw + 1]++;
	for (int s = 1; s < 102; s++)
		cnt[s] += cnt[s - 1];
	size_t total = cnt[101];
	for (size_t k = 0; k < n; k++) {
		uint32_t i = sorted ? w->by_kennung[k] : (uint32_t)k;
		if (a->obj[i].qw_eligible)
			out[cnt[100 - a->obj[i].qw]++] = i;
	}
	return total;
}
