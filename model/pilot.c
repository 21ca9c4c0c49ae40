/* Pilot analysis (docs/rules.md §7, docs/planung.md "Piloten"): feasibility of a pilot per
 * platform, its missing prerequisites, and pilot candidates suggested with their reasons.
 * Pure functions over workspace, assessment and an optional plan.
 *
 * Decisions where docs/rules.md and docs/planung.md leave room:
 * - An empty pilot is feasible nowhere (machbar all 0, ziel WP_NONE) and has the gap
 *   PL_LEER; member indexes out of range are ignored.
 * - ziel: among feasible platforms the smallest rang, then the smaller index; without one,
 *   the platform with the most zulässig members (then rang, index); WP_NONE when no
 *   member is zulässig anywhere.
 * - Member gaps are judged on ziel (blockiert → PL_BLOCKIERT, offen → PL_UNKLAR). Without
 *   a ziel, a member blocked everywhere is PL_BLOCKIERT without platform, otherwise
 *   PL_UNKLAR on its recommended (offen) platform.
 * - The pilot's wave is the latest wave of its planned members. A dependency outside the
 *   pilot is migrated before it only if it is planned in an earlier wave than that; with
 *   no plan, or a pilot not planned, every outside dependency is a gap.
 * - Gaps are ordered: empty pilot, then member gaps by Kennung, then dependencies by
 *   member and dependency Kennung, then open checklist items in list order. */
#include "model/pilot.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/i18n.h"
#include "model/numfmt.h"
#include "model/textout.h"

#define HUELLE_NAMEN 6 /* closure members named in a suggestion's reason */

void pilot_analyse_free(struct pilot_analyse *pa)
{
	if (!pa)
		return;
	free(pa->machbar);
	free(pa->luecken);
	memset(pa, 0, sizeof *pa);
}

struct llist {
	struct pilot_luecke *v;
	size_t n, cap;
	int oom;
};

static void add(struct llist *l, int art, uint32_t obj, uint32_t other, uint32_t pf,
		uint32_t todo, uint32_t pi)
{
	if (l->oom)
		return;
	if (l->n == l->cap) {
		size_t nc = l->cap ? 2 * l->cap : 8;
		struct pilot_luecke *q = realloc(l->v, nc * sizeof *q);
		if (!q) {
			l->oom = 1;
			return;
		}
		l->v = q;
		l->cap = nc;
	}
	l->v[l->n++] = (struct pilot_luecke){ (uint8_t)art, obj, other, pf, todo, pi };
}

/* Sort key of a (member, dependency) gap: Kennung ranks. */
struct dkey {
	uint32_t r_obj, r_dep, obj, dep;
};

static int cmp_dkey(const void *pa, const void *pb)
{
	const struct dkey *a = pa, *b = pb;
	if (a->r_obj != b->r_obj)
		return a->r_obj < b->r_obj ? -1 : 1;
	return (a->r_dep > b->r_dep) - (a->r_dep < b->r_dep);
}

static int cmp_u32(const void *pa, const void *pb)
{
	uint32_t a = *(const uint32_t *)pa, b = *(const uint32_t *)pb;
	return (a > b) - (a < b);
}

static int better_pf(const struct ws *w, uint32_t x, uint32_t y)
{
	/* 1 if platform x comes before y: smaller rang, then smaller index */
	if (w->pf[x].rang != w->pf[y].rang)
		return w->pf[x].rang < w->pf[y].rang;
	return x < y;
}

int pilot_analysieren(const struct ws *w, const struct assessment *a, const struct plan *p,
		      uint32_t pi, struct pilot_analyse *out)
{
	size_t n = w->n_obj, npf = w->n_pf;
	struct llist l = { NULL, 0, 0, 0 };
	uint32_t *rang = NULL, *mem = NULL, *zul = NULL;
	uint8_t *in = NULL;
	struct dkey *dk = NULL;
	size_t nm = 0, nd = 0, cap_dk = 0;
	int rc = -WP_ENOMEM;

	memset(out, 0, sizeof *out);
	out->ziel = WP_NONE;
	if (pi >= w->n_pilot || a->n_obj != n || a->n_pf != npf || (p && p->n_obj != n))
		return -WP_EINVAL;
	const struct pilot *pl = &w->pilot[pi];
	out->machbar = calloc(npf ? npf : 1, 1);
	rang = plan_kennung_rang(w);
	mem = malloc((pl->n_members ? pl->n_members : 1) * sizeof *mem);
	zul = calloc(npf ? npf : 1, sizeof *zul);
	in = calloc(n ? n : 1, 1);
	if (!out->machbar || !rang || !mem || !zul || !in)
		goto out;

	/* Members: valid, once, in Kennung order (as ranks, mapped back below). */
	for (size_t k = 0; k < pl->n_members; k++) {
		uint32_t m = pl->members[k];
		if (m < n && !in[m]) {
			in[m] = 1;
			mem[nm++] = rang[m];
		}
	}
	qsort(mem, nm, sizeof *mem, cmp_u32);
	for (size_t k = 0; k < nm; k++)
		mem[k] = w->by_kennung && w->n_indexed == n ? w->by_kennung[mem[k]] : mem[k];

	/* Feasibility per platform and the target. */
	for (size_t k = 0; k < nm; k++)
		for (uint32_t f = 0; f < npf; f++)
			zul[f] += a->verdict[(size_t)mem[k] * npf + f] == V_ZULAESSIG;
	for (uint32_t f = 0; f < npf; f++) {
		out->machbar[f] = nm > 0 && zul[f] == nm;
		if (out->machbar[f] && (out->ziel == WP_NONE || better_pf(w, f, out->ziel)))
			out->ziel = f;
	}
	if (out->ziel == WP_NONE)
		for (uint32_t f = 0; f < npf; f++)
			if (zul[f] > 0 && (out->ziel == WP_NONE || zul[f] > zul[out->ziel] ||
					   (zul[f] == zul[out->ziel] && better_pf(w, f, out->ziel))))
				out->ziel = f;

	/* The pilot's wave. */
	if (p)
		for (size_t k = 0; k < nm; k++)
			if ((int)p->obj[mem[k]].welle > out->welle)
				out->welle = (int)p->obj[mem[k]].welle;

	if (nm == 0)
		add(&l, PL_LEER, WP_NONE, WP_NONE, WP_NONE, WP_NONE, pi);

	/* Members that are blocked or unclear. */
	for (size_t k = 0; k < nm; k++) {
		uint32_t m = mem[k];
		if (out->ziel != WP_NONE) {
			uint8_t v = a->verdict[(size_t)m * npf + out->ziel];
			if (v == V_BLOCKIERT)
				add(&l, PL_BLOCKIERT, m, WP_NONE, out->ziel, WP_NONE, pi);
			else if (v == V_OFFEN)
				add(&l, PL_UNKLAR, m, WP_NONE, out->ziel, WP_NONE, pi);
			continue;
		}
		uint32_t e = a->obj[m].empfohlen;
		if (e == WP_NONE)
			add(&l, PL_BLOCKIERT, m, WP_NONE, WP_NONE, WP_NONE, pi);
		else
			add(&l, PL_UNKLAR, m, WP_NONE, e, WP_NONE, pi);
	}

	/* Dependencies outside the pilot not migrated before it. */
	for (size_t k = 0; k < nm; k++) {
		uint32_t m = mem[k];
		for (uint32_t e = w->out_off[m]; e < w->out_off[m + 1]; e++) {
			uint32_t d = w->out_adj[e];
			/* A dependency that stays (Retain) is never migrated: the pilot talks to
			 * it through a hybrid interface (docs/planung.md, rule "hybrid"), nothing
			 * to wait for. */
			if (in[d] || a->obj[d].strategie == STRAT_RETAIN)
				continue;
			int vorher = p && out->welle > 0 && p->obj[d].welle > 0 &&
				     (int)p->obj[d].welle < out->welle;
			if (vorher)
				continue;
			if (nd == cap_dk) {
				size_t nc = cap_dk ? 2 * cap_dk : 8;
				struct dkey *q = realloc(dk, nc * sizeof *q);
				if (!q)
					goto out;
				dk = q;
				cap_dk = nc;
			}
			dk[nd++] = (struct dkey){ rang[m], rang[d], m, d };
		}
	}
	if (nd)
		qsort(dk, nd, sizeof *dk, cmp_dkey);
	for (size_t k = 0; k < nd; k++)
		if (!k || cmp_dkey(&dk[k], &dk[k - 1]))
			add(&l, PL_ABHAENGIG, dk[k].obj, dk[k].dep, WP_NONE, WP_NONE, pi);

	/* Open checklist items. */
	for (size_t k = 0; k < pl->n_todos; k++)
		if (!pl->todos[k].done)
			add(&l, PL_TODO, WP_NONE, WP_NONE, WP_NONE, (uint32_t)k, pi);
	if (l.oom)
		goto out;
	out->luecken = l.v;
	out->n_luecken = l.n;
	l.v = NULL;
	rc = 0;
out:
	free(l.v);
	free(rang);
	free(mem);
	free(zul);
	free(in);
	free(dk);
	if (rc)
		pilot_analyse_free(out);
	return rc;
}

/* ---- Texts ---- */

static const char *kennung(const struct ws *w, uint32_t i)
{
	return i < w->n_obj ? w->obj[i].kennung : "?";
}

static const char *pf_code(const struct ws *w, uint32_t f)
{
	return f < w->n_pf ? w->pf[f].code : "?";
}

int pilot_luecke_text(const struct ws *w, const struct pilot_luecke *l, char *buf,
		      size_t size)
{
	struct out o = { buf, size, 0 };
	switch (l->art) {
	case PL_BLOCKIERT:
		if (l->pf != WP_NONE)
			out_printf(&o, _("%s ist auf %s blockiert"), kennung(w, l->obj),
				   pf_code(w, l->pf));
		else
			out_printf(&o, _("%s ist auf jeder Plattform blockiert"), kennung(w, l->obj));
		break;
	case PL_UNKLAR:
		out_printf(&o, _("%s ist auf %s nur offen: Klärung nötig"), kennung(w, l->obj),
			   pf_code(w, l->pf));
		break;
	case PL_ABHAENGIG:
		out_printf(&o, _("%s benötigt %s außerhalb des Piloten, das nicht vorher migriert "
				 "wird"), kennung(w, l->obj), kennung(w, l->other));
		break;
	case PL_TODO: {
		const char *t = "?";
		if (l->pilot < w->n_pilot && l->todo < w->pilot[l->pilot].n_todos)
			t = w->pilot[l->pilot].todos[l->todo].text;
		out_printf(&o, _("offener Punkt: %s"), t);
		break;
	}
	case PL_LEER:
		out_printf(&o, "%s", _("der Pilot hat keine Mitglieder"));
		break;
	default:
		out_printf(&o, "?");
		break;
	}
	return out_end(&o);
}

/* ---- Suggestions ---- */

struct vkey {
	int qw;
	double aufwand;
	uint32_t rang, idx;
};

static int cmp_vkey(const void *pa, const void *pb)
{
	const struct vkey *a = pa, *b = pb;
	if (a->qw != b->qw)
		return a->qw > b->qw ? -1 : 1;
	if (a->aufwand != b->aufwand)
		return a->aufwand < b->aufwand ? -1 : 1;
	return (a->rang > b->rang) - (a->rang < b->rang);
}

void pilot_vorschlaege_free(struct pilot_vorschlag *v, size_t n)
{
	if (!v)
		return;
	for (size_t k = 0; k < n; k++)
		free(v[k].huelle);
	free(v);
}

int pilot_vorschlaege(const struct ws *w, const struct assessment *a,
		      struct pilot_vorschlag **out, size_t *nout)
{
	size_t n = w->n_obj, nv = 0;
	uint32_t *rang = NULL, *mark = NULL, *queue = NULL;
	uint8_t *in_pilot = NULL;
	struct pilot_vorschlag *v = NULL;
	struct vkey *keys = NULL;
	int rc = -WP_ENOMEM;

	*out = NULL;
	*nout = 0;
	if (a->n_obj != n)
		return -WP_EINVAL;
	rang = plan_kennung_rang(w);
	mark = calloc(n ? n : 1, sizeof *mark);
	queue = malloc((n ? n : 1) * sizeof *queue);
	in_pilot = calloc(n ? n : 1, 1);
	if (!rang || !mark || !queue || !in_pilot)
		goto out;
	for (size_t q = 0; q < w->n_pilot; q++)
		for (size_t k = 0; k < w->pilot[q].n_members; k++)
			if (w->pilot[q].members[k] < n)
				in_pilot[w->pilot[q].members[k]] = 1;
	size_t cnt = 0;
	for (size_t i = 0; i < n; i++)
		cnt += a->obj[i].pilot_kandidat && !in_pilot[i];
	if (!cnt) {
		rc = 0;
		goto out;
	}
	v = calloc(cnt, sizeof *v);
	keys = malloc(cnt * sizeof *keys);
	if (!v || !keys)
		goto out;
	for (uint32_t i = 0; i < n; i++) {
		if (!a->obj[i].pilot_kandidat || in_pilot[i])
			continue;
		/* The closure: breadth-first over what i benötigt; mark holds i + 1. */
		size_t qh = 0, qt = 0;
		queue[qt++] = i;
		mark[i] = i + 1;
		while (qh < qt) {
			uint32_t x = queue[qh++];
			for (uint32_t e = w->out_off[x]; e < w->out_off[x + 1]; e++) {
				uint32_t u = w->out_adj[e];
				if (mark[u] != i + 1) {
					mark[u] = i + 1;
					queue[qt++] = u;
				}
			}
		}
		struct pilot_vorschlag *s = &v[nv];
		s->obj = i;
		s->qw = a->obj[i].qw;
		s->huelle = malloc(qt * sizeof *s->huelle);
		if (!s->huelle)
			goto out;
		nv++;
		for (size_t k = 0; k < qt; k++) {
			s->huelle[k] = rang[queue[k]];
			s->aufwand += a->obj[queue[k]].aufwand;
		}
		qsort(s->huelle, qt, sizeof *s->huelle, cmp_u32);
		for (size_t k = 0; k < qt; k++)
			s->huelle[k] = w->by_kennung && w->n_indexed == n ? w->by_kennung[s->huelle[k]]
									 : s->huelle[k];
		s->n_huelle = qt;
		keys[nv - 1] = (struct vkey){ s->qw, s->aufwand, rang[i], (uint32_t)(nv - 1) };
	}
	qsort(keys, nv, sizeof *keys, cmp_vkey);
	struct pilot_vorschlag *sorted = malloc(nv * sizeof *sorted);
	if (!sorted)
		goto out;
	for (size_t k = 0; k < nv; k++)
		sorted[k] = v[keys[k].idx];
	free(v);
	*out = sorted;
	*nout = nv;
	v = NULL;
	nv = 0;
	rc = 0;
out:
	pilot_vorschlaege_free(v, nv);
	free(keys);
	free(rang);
	free(mark);
	free(queue);
	free(in_pilot);
	return rc;
}

static const char *const sk_w[] = { N_("normal"), N_("normal"), N_("hoch"), N_("sehr hoch") };

int pilot_vorschlag_text(const struct ws *w, const struct assessment *a,
			 const struct pilot_vorschlag *v, char *buf, size_t size)
{
	struct out o = { buf, size, 0 };
	char nb[32];
	if (v->obj >= w->n_obj || v->obj >= a->n_obj)
		return out_end(&o);
	const struct objekt *ob = &w->obj[v->obj];
	const struct assess_obj *ao = &a->obj[v->obj];
	int de = i18n_german();
	out_printf(&o, _("Quick-Win-Score %d"), v->qw);
	struct qw_parts qp;
	assess_qw_parts(w, v->obj, ao->schutzklasse, ao->aufwand, &qp);
	if (qp.ozg)
		out_printf(&o, _(", verknüpft mit OZG-Leistung %s"), ob->ozg);
	if (ob->fallzahl >= 0)
		out_printf(&o, _(", %lld Fälle im Jahr"), (long long)ob->fallzahl);
	out_printf(&o, _(", Aufwand %s PT"), format_num(ao->aufwand, 1, 1, de, nb, sizeof nb));
	out_printf(&o, _(", Schutzklasse %s"), _(sk_w[ao->schutzklasse <= 3 ? ao->schutzklasse : 0]));
	if (ao->empfohlen != WP_NONE)
		out_printf(&o, _(", zulässig auf %s"), pf_code(w, ao->empfohlen));
	if (v->n_huelle <= 1) {
		out_printf(&o, "%s", _("; benötigt nichts weiter"));
	} else {
		out_printf(&o, _("; Abhängigkeitshülle %zu Objekte (%s PT, alle Quick-Win-fähig): "),
			   v->n_huelle, format_num(v->aufwand, 1, 1, de, nb, sizeof nb));
		for (size_t k = 0, shown = 0; k < v->n_huelle; k++) {
			if (v->huelle[k] == v->obj)
				continue;
			if (shown == HUELLE_NAMEN) {
				out_printf(&o, _(" und %zu weitere"), v->n_huelle - 1 - shown);
				break;
			}
			out_printf(&o, "%s%s", shown ? ", " : "", kennung(w, v->huelle[k]));
			shown++;
		}
	}
	return out_end(&o);
}
