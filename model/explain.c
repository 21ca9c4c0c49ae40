/* Builds the structured explanation of one object from the workspace and its assessment:
 * the inheritance path of each protection goal, the red-line checks per platform, the
 * readiness sums, the strategy rule, the effort model and the quick-win parts. */
#include "model/explain.h"

#include <stdlib.h>
#include <string.h>

/* Breadth-first work arrays over all objects, allocated once per explanation. */
struct bfs {
	uint32_t *seen;  /* parent index, or WP_NONE when not reached */
	uint32_t *queue;
	size_t n;
};

static void bfs_reset(struct bfs *b)
{
	for (size_t i = 0; i < b->n; i++)
		b->seen[i] = WP_NONE;
}

/* Finds the inheritance path for goal g: backwards from obj over who benötigt it, through
 * objects with the same effective level that are not pinned, until `from`. Stores the
 * path from `from` to obj in g->pfad. Returns 0 or -WP_ENOMEM. */
static int find_path(const struct ws *w, const struct assessment *a, struct bfs *b,
		     uint32_t obj, int goal, struct expl_goal *g)
{
	uint8_t lv = a->obj[obj].eff[goal];
	size_t qh = 0, qt = 0;
	int found = 0;
	bfs_reset(b);
	b->seen[obj] = obj;
	b->queue[qt++] = obj;
	while (!found && qh < qt) {
		uint32_t v = b->queue[qh++];
		if (v != obj && w->obj[v].sb_pin)
			continue;
		for (uint32_t e = w->in_off[v]; e < w->in_off[v + 1]; e++) {
			uint32_t p = w->in_adj[e];
			if (b->seen[p] != WP_NONE || a->obj[p].eff[goal] != lv)
				continue;
			b->seen[p] = v;
			b->queue[qt++] = p;
			if (p == g->from) {
				found = 1;
				break;
			}
		}
	}
	if (!found)
		return 0;
	size_t len = 1;
	for (uint32_t v = g->from; v != obj; v = b->seen[v])
		len++;
	g->pfad = malloc(len * sizeof *g->pfad);
	if (!g->pfad)
		return -WP_ENOMEM;
	size_t k = 0;
	for (uint32_t v = g->from; v != obj; v = b->seen[v])
		g->pfad[k++] = v;
	g->pfad[k++] = obj;
	g->n_pfad = k;
	return 0;
}

static int explain_goals(const struct ws *w, const struct assessment *a, struct bfs *b,
			 struct explanation *x)
{
	const struct objekt *o = &w->obj[x->obj];
	const struct assess_obj *ao = x->ao;
	x->pinned = o->sb_pin != 0;
	x->in_zyklus = (ao->flags & AF_IN_ZYKLUS) != 0;
	x->zyklus_groesse = 0;
	for (size_t i = 0; i < w->n_obj; i++)
		x->zyklus_groesse += a->obj[i].scc == ao->scc;
	x->schutzklasse = ao->schutzklasse;
	for (int g = 0; g < SB__N; g++) {
		struct expl_goal *eg = &x->goal[g];
		eg->own = o->sb[g];
		eg->unbewertet = o->sb[g] == LVL_NONE;
		eg->own_count = eg->unbewertet || o->sb[g] > LVL_SEHR_HOCH ? LVL_NORMAL : o->sb[g];
		eg->eff = ao->eff[g];
		eg->from = ao->eff_from[g];
		eg->geerbt = eg->eff > eg->own_count;
		eg->via_zyklus = eg->from != x->obj && eg->from < w->n_obj &&
				 a->obj[eg->from].scc == ao->scc;
		if (eg->geerbt && eg->from < w->n_obj) {
			int rc = find_path(w, a, b, x->obj, g, eg);
			if (rc)
				return rc;
		}
	}
	return 0;
}

static int explain_platforms(const struct ws *w, const struct assessment *a,
			     struct explanation *x)
{
	const struct objekt *o = &w->obj[x->obj];
	size_t np = w->n_pf, nr = w->n_rl;
	x->gefordert = assess_required_level(w, x->ao, x->obj);
	x->req_gruende = 0;
	if (x->schutzklasse >= LVL_HOCH)
		x->req_gruende |= REQ_SCHUTZKLASSE;
	if (o->personenbezug == PB_JA)
		x->req_gruende |= REQ_PB_JA;
	else if (o->personenbezug == PB_ART9)
		x->req_gruende |= REQ_PB_ART9;
	else if (o->personenbezug != PB_NEIN)
		x->req_gruende |= REQ_PB_UNBEWERTET;
	x->vs_nfd = o->vs_nfd == JN_JA;

	x->n_pf = np;
	x->pf = calloc(np ? np : 1, sizeof *x->pf);
	struct expl_rl *block = calloc(np * nr + 1, sizeof *block);
	if (!x->pf || !block) {
		free(block);
		return -WP_ENOMEM;
	}
	if (np == 0)
		free(block); /* nothing points into it; explain_free frees pf[0].rl */
	x->empfohlen = x->ao->empfohlen;
	for (size_t p = 0; p < np; p++) {
		struct expl_pf *ep = &x->pf[p];
		ep->pf = (uint32_t)p;
		ep->verdict = a->verdict[(size_t)x->obj * np + p];
		ep->vs_check = (uint8_t)assess_vs_check(w, x->obj, (uint32_t)p);
		ep->empfohlen = x->empfohlen == p;
		ep->punkte = assess_sovereignty_points(w, (uint32_t)p);
		ep->rl = block + p * nr;
		for (size_t r = 0; r < nr; r++) {
			struct expl_rl *er = &ep->rl[r];
			er->rl = (uint32_t)r;
			er->gefordert = (uint8_t)x->gefordert;
			er->angeboten = w->rl_val[p * nr + r];
			er->check = (uint8_t)assess_rl_check(er->angeboten, x->gefordert);
			er->quelle = w->rl_quelle[p * nr + r] ? w->rl_quelle[p * nr + r] : "";
			ep->n_verfehlt += er->check == RLC_VERFEHLT;
			ep->n_unbekannt += er->check == RLC_UNBEKANNT;
		}
		x->n_zulaessig += ep->verdict == V_ZULAESSIG;
		x->n_offen += ep->verdict == V_OFFEN;
		x->n_blockiert += ep->verdict == V_BLOCKIERT;
	}
	if (np == 0)
		x->wahl = CH_KEINE_PLATTFORM;
	else if (x->ao->flags & AF_VORGABE)
		x->wahl = CH_VORGABE;
	else if (x->empfohlen == WP_NONE)
		x->wahl = CH_KEINE;
	else
		x->wahl = x->ao->flags & AF_KLAERUNG ? CH_OFFEN : CH_ZULAESSIG;
	if (x->empfohlen != WP_NONE && x->wahl != CH_VORGABE) {
		const struct expl_pf *best = &x->pf[x->empfohlen];
		for (size_t p = 0; p < np; p++)
			if (p != x->empfohlen && x->pf[p].verdict == best->verdict &&
			    x->pf[p].punkte == best->punkte)
				x->rang_entschied = 1;
	}
	return 0;
}

static int explain_dvc(const struct ws *w, struct explanation *x)
{
	x->n_dvc = w->n_dvc;
	x->dvc = calloc(w->n_dvc ? w->n_dvc : 1, sizeof *x->dvc);
	if (!x->dvc)
		return -WP_ENOMEM;
	const uint8_t *cv = w->crit + (size_t)x->obj * w->n_dvc;
	for (size_t k = 0; k < w->n_dvc; k++) {
		struct expl_dvc *d = &x->dvc[k];
		d->k = (uint32_t)k;
		d->wert = cv[k];
		d->bekannt = cv[k] == CV_JA || cv[k] == CV_TEILWEISE || cv[k] == CV_NEIN;
		d->gewicht = w->dvc[k].gewicht;
		d->beitrag = cv[k] == CV_JA ? d->gewicht : cv[k] == CV_TEILWEISE ? 0.5 * d->gewicht : 0;
	}
	assess_readiness(w, x->obj, &x->sum_w, &x->sum_wv, &x->sum_known, &x->bereitschaft,
			 &x->konfidenz);
	x->klasse = assess_readiness_class(w, x->bereitschaft);
	return 0;
}

/* The whole closure of what obj benötigt (obj included), and its non-eligible members. */
static int explain_pilot(const struct ws *w, const struct assessment *a, struct bfs *b,
			 struct explanation *x)
{
	size_t qh = 0, qt = 0, bad = 0;
	bfs_reset(b);
	b->seen[x->obj] = x->obj;
	b->queue[qt++] = x->obj;
	while (qh < qt) {
		uint32_t v = b->queue[qh++];
		bad += !a->obj[v].qw_eligible;
		for (uint32_t e = w->out_off[v]; e < w->out_off[v + 1]; e++) {
			uint32_t u = w->out_adj[e];
			if (b->seen[u] == WP_NONE) {
				b->seen[u] = v;
				b->queue[qt++] = u;
			}
		}
	}
	x->huelle = qt;
	x->huelle_nicht = malloc((bad ? bad : 1) * sizeof *x->huelle_nicht);
	if (!x->huelle_nicht)
		return -WP_ENOMEM;
	for (size_t k = 0; k < qt; k++)
		if (!a->obj[b->queue[k]].qw_eligible)
			x->huelle_nicht[x->n_huelle_nicht++] = b->queue[k];
	double mx = w->set.v[SET_PILOT_MAX];
	x->pilot_max = mx < 1 ? 1 : (size_t)mx;
	x->pilot_kandidat = x->ao->pilot_kandidat;
	return 0;
}

int explain_object(const struct ws *w, const struct assessment *a, uint32_t obj,
		   struct explanation **out)
{
	int rc = -WP_ENOMEM;
	struct explanation *x = NULL;
	struct bfs b = { NULL, NULL, w->n_obj };

	*out = NULL;
	if (obj >= w->n_obj || a->n_obj != w->n_obj || a->n_pf != w->n_pf)
		return -WP_EINVAL;
	x = calloc(1, sizeof *x);
	b.seen = malloc(w->n_obj * sizeof *b.seen);
	b.queue = malloc(w->n_obj * sizeof *b.queue);
	if (!x || !b.seen || !b.queue)
		goto out;
	x->obj = obj;
	x->ao = &a->obj[obj];
	const struct assess_obj *ao = x->ao;

	if ((rc = explain_goals(w, a, &b, x)) || (rc = explain_platforms(w, a, x)) ||
	    (rc = explain_dvc(w, x)))
		goto out;

	x->strategie = ao->strategie;
	x->regel = ao->strat_rule;
	x->vorschlag = assess_suggest_strategy(w, ao, obj, &x->vorschlag_regel);

	assess_effort_parts(w, obj, ao->strategie, ao->schutzklasse, &x->aufwand);
	x->aufwand_override = ao->aufwand_override;
	x->aufwand_wert = ao->aufwand;

	x->qw_eligible = ao->qw_eligible;
	x->qw_grund = ao->qw_eligible ? QWN_NONE
		    : ao->empfohlen == WP_NONE ? QWN_KEINE_PF
		    : a->verdict[(size_t)obj * a->n_pf + ao->empfohlen] == V_BLOCKIERT
		    ? QWN_VORGABE_BLOCKIERT
		    : ao->flags & AF_KLAERUNG ? QWN_NUR_OFFEN : QWN_RETAIN;
	assess_qw_parts(w, obj, ao->schutzklasse, ao->aufwand, &x->qw);
	x->qw_score = ao->qw;
	if ((rc = explain_pilot(w, a, &b, x)))
		goto out;

	*out = x;
	x = NULL;
	rc = 0;
out:
	explain_free(&x);
	free(b.seen);
	free(b.queue);
	return rc;
}

void explain_free(struct explanation **px)
{
	struct explanation *x = px ? *px : NULL;
	if (!x)
		return;
	for (int g = 0; g < SB__N; g++)
		free(x->goal[g].pfad);
	if (x->pf)
		free(x->pf[0].rl);
	free(x->pf);
	free(x->dvc);
	free(x->huelle_nicht);
	free(x);
	*px = NULL;
}
