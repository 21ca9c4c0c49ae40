/* The cost engine of model/cost.h: one pass over the objects, one over the allocations, and
 * per year difference arrays for the operating costs, so the work grows with objects plus
 * allocations plus years. */
#include "model/cost.h"

#include <stdlib.h>

#include "model/err.h"

#define MONAT_MAX (10000 * 12 - 1) /* December 9999 */
#define SUCHE_JAHRE 30             /* break-even searched through last go-live year + 30 */
#define MEHR_JAHRE 10              /* rows beyond the year after the last go-live, at most */

/* num / den rounded half up; num ≥ 0, den > 0. */
static int64_t rnd(int64_t num, int64_t den)
{
	return (num + den / 2) / den;
}

int64_t cost_jahresanteil(int64_t a, int k0, int k1)
{
	return rnd(a * k1, 12) - rnd(a * k0, 12);
}

/* Cents of h half-PT at a rate of bp (cents × COST_BP per PT). */
static int64_t pt_cents(int64_t h, int64_t bp)
{
	return rnd(h * bp, 2 * (int64_t)COST_BP);
}

static int monat_ok(int32_t m)
{
	return m >= 0 && m <= MONAT_MAX;
}

static int betrag_ok(int64_t v, int leer_ok)
{
	return (leer_ok && v == COST_KEIN) || (v >= 0 && v <= COST_BETRAG_MAX);
}

static int check_input(const struct cost_input *in)
{
	const struct cost_settings *s = &in->s;
	if (s->satz_intern < 0 || s->satz_intern > COST_SATZ_MAX || s->satz_extern < 0 ||
	    s->satz_extern > COST_SATZ_MAX || s->anteil_extern < 0 || s->anteil_extern > COST_BP)
		return -1;
	if (!monat_ok(in->start) || in->n_obj > COST_OBJ_MAX || (in->n_pf && !in->pf) ||
	    (in->n_obj && !in->obj) || (in->n_alloc && !in->alloc))
		return -1;
	for (size_t p = 0; p < in->n_pf; p++)
		if (in->pf[p].faktor < 0 || in->pf[p].faktor > COST_FAKTOR_MAX)
			return -1;
	for (size_t i = 0; i < in->n_obj; i++) {
		const struct cost_obj_in *o = &in->obj[i];
		if (o->klasse > CK_RETAIN || o->stand > CS_MIGRIERT || !betrag_ok(o->heute, 1) ||
		    !betrag_ok(o->ziel, 1) || !betrag_ok(o->einmal, 1) ||
		    (o->plattform != COST_PF_KEIN && o->plattform >= in->n_pf))
			return -1;
		if (o->geplant && (o->stand == CS_MIGRIERT || o->klasse == CK_RETAIN ||
				   !monat_ok(o->beginn) || !monat_ok(o->ende) ||
				   o->beginn > o->ende || o->aufwand < 0 ||
				   o->aufwand > COST_AUFWAND_MAX))
			return -1;
		if (o->stand == CS_MIGRIERT && o->inbetriebnahme != COST_MONAT_KEIN &&
		    !monat_ok(o->inbetriebnahme))
			return -1;
	}
	return 0;
}

/* The operating-cost figures of object o (the month of the switch and the target cost). */
static void betrieb_regel(const struct cost_input *in, const struct cost_obj_in *o,
			  struct cost_obj *k)
{
	k->heute = o->heute;
	k->ziel = o->heute;
	k->quelle = CZ_KEINE;
	k->faktor = 0;
	k->wechsel = COST_MONAT_KEIN;
	if (o->heute == COST_KEIN) {
		k->ziel = COST_KEIN;
		return;
	}
	if (o->geplant)
		k->wechsel = o->ende;
	else if (o->stand == CS_MIGRIERT)
		k->wechsel = o->inbetriebnahme;
	else
		return; /* not planned: today's cost stays */
	if (o->klasse == CK_RETIRE) {
		k->quelle = CZ_RETIRE;
		k->ziel = 0;
	} else if (o->ziel != COST_KEIN) {
		k->quelle = CZ_EIGEN;
		k->ziel = o->ziel;
	} else {
		k->quelle = CZ_FAKTOR;
		k->faktor = o->plattform == COST_PF_KEIN ? COST_FAKTOR_STD
							 : in->pf[o->plattform].faktor;
		k->ziel = rnd(o->heute * k->faktor, COST_BP);
	}
}

int64_t cost_betrieb_monat(const struct cost_obj *o, int32_t m)
{
	if (o->heute == COST_KEIN)
		return 0;
	int k = (int)(((m % 12) + 12) % 12);
	int heute = o->quelle == CZ_KEINE || (o->wechsel != COST_MONAT_KEIN && m <= o->wechsel);
	return cost_jahresanteil(heute ? o->heute : o->ziel, k, k + 1);
}

/* Checked a += b; returns -1 on overflow. */
static int add(int64_t *a, int64_t b)
{
	return __builtin_add_overflow(*a, b, a) ? -1 : 0;
}

/* Per-year accumulators during a run, indexed by year − first year. */
struct acc {
	int first, n;    /* first year, number of years */
	int64_t *mig, *ext, *delta, *adj;
};

/* Adds the Betrieb of object k (with Betriebskosten heute) into the year arrays: base gets
 * today's annual cost, delta (prefix-summed later) the step to the target cost from the
 * first full year after the switch, adj the split year. */
static void betrieb_add(struct acc *a, const struct cost_obj *k, int64_t *base)
{
	*base += k->heute;
	if (k->quelle == CZ_KEINE)
		return;
	int64_t step = k->ziel - k->heute;
	if (k->wechsel == COST_MONAT_KEIN) {
		a->delta[0] += step;
		return;
	}
	int y = k->wechsel / 12 - a->first, m = k->wechsel % 12;
	if (y < 0) {
		a->delta[0] += step;
		return;
	}
	if (y >= a->n)
		return;
	a->adj[y] += cost_jahresanteil(k->heute, 0, m + 1) +
		     cost_jahresanteil(k->ziel, m + 1, 12) - k->heute;
	if (y + 1 < a->n)
		a->delta[y + 1] += step;
}

/* The allocations: cost per object-month by cumulative rounding, into r and the years. */
static int allocations(const struct cost_input *in, struct cost_result *r, struct acc *a,
		       int64_t ext_bp)
{
	int32_t *cum = calloc(in->n_obj ? in->n_obj : 1, sizeof *cum);
	int32_t *last = malloc((in->n_obj ? in->n_obj : 1) * sizeof *last);
	int rc = -WP_ENOMEM;
	if (!cum || !last)
		goto out;
	for (size_t i = 0; i < in->n_obj; i++)
		last[i] = COST_MONAT_KEIN;
	rc = -WP_EINVAL;
	for (size_t i = 0; i < in->n_alloc; i++) {
		const struct cost_alloc *al = &in->alloc[i];
		if (al->obj >= in->n_obj)
			goto out;
		const struct cost_obj_in *o = &in->obj[al->obj];
		if (!o->geplant || al->pt <= 0 || al->monat < o->beginn || al->monat > o->ende ||
		    al->monat <= last[al->obj] || al->pt > o->aufwand - cum[al->obj])
			goto out;
		int64_t vor = cum[al->obj], nach = vor + al->pt;
		int64_t c = pt_cents(nach, r->satz_bp) - pt_cents(vor, r->satz_bp);
		int64_t x = pt_cents(nach, ext_bp) - pt_cents(vor, ext_bp);
		int y = al->monat / 12 - a->first;
		r->alloc_kosten[i] = c;
		a->mig[y] += c;
		a->ext[y] += x;
		cum[al->obj] = (int32_t)nach;
		last[al->obj] = al->monat;
	}
	for (size_t i = 0; i < in->n_obj; i++)
		if (in->obj[i].geplant && cum[i] != in->obj[i].aufwand)
			goto out;
	rc = 0;
out:
	free(cum);
	free(last);
	return rc;
}

/* The first year and the year of the last go-live (month in *letzte, or COST_MONAT_KEIN). */
static void spanne(const struct cost_input *in, int *first, int32_t *letzte)
{
	*first = in->start / 12;
	*letzte = COST_MONAT_KEIN;
	for (size_t i = 0; i < in->n_obj; i++) {
		const struct cost_obj_in *o = &in->obj[i];
		int32_t g = COST_MONAT_KEIN;
		if (o->geplant) {
			if (o->beginn / 12 < *first)
				*first = o->beginn / 12;
			g = o->ende;
		} else if (o->stand == CS_MIGRIERT) {
			g = o->inbetriebnahme;
		}
		if (g != COST_MONAT_KEIN && g > *letzte)
			*letzte = g;
	}
}

/* The rows: sums per year, the cumulative difference, the break-even year. r->jahr holds
 * a->n entries; the rows shown are the first n_jahr of them. */
static int jahre(struct cost_result *r, struct acc *a, int64_t base, int bis_zeile)
{
	int64_t d = 0, kum = 0;
	int n_rows = bis_zeile - a->first + 1;
	r->break_even = 0;
	for (int y = 0; y < a->n; y++) {
		struct cost_jahr j = { .jahr = a->first + y, .basis = base };
		d += a->delta[y];
		j.migration = a->mig[y];
		j.migration_extern = a->ext[y];
		j.betrieb = base + d + a->adj[y];
		j.summe = j.migration;
		if (add(&j.summe, j.betrieb))
			return -WP_EINVAL;
		j.differenz = j.summe - base;
		if (add(&kum, j.differenz))
			return -WP_EINVAL;
		j.kumuliert = kum;
		if (!r->break_even && kum <= 0)
			r->break_even = j.jahr;
		r->jahr[y] = j;
	}
	if (r->break_even > bis_zeile) {
		int bis = r->break_even < bis_zeile + MEHR_JAHRE ? r->break_even
								: bis_zeile + MEHR_JAHRE;
		n_rows = bis - a->first + 1;
	}
	r->n_jahr = (size_t)n_rows;
	return 0;
}

int cost_run(const struct cost_input *in, struct cost_result **out)
{
	struct cost_result *r = NULL;
	struct acc a = { 0 };
	int rc = -WP_EINVAL;
	*out = NULL;
	if (check_input(in))
		goto out;
	rc = -WP_ENOMEM;
	r = calloc(1, sizeof *r);
	if (!r)
		goto out;
	const struct cost_settings *s = &in->s;
	r->satz_bp = cost_satz_bp(s);
	int64_t ext_bp = s->anteil_extern * s->satz_extern;

	int32_t letzte;
	spanne(in, &a.first, &letzte);
	int ref = letzte == COST_MONAT_KEIN || letzte / 12 < a.first ? a.first : letzte / 12;
	r->letzte_inbetriebnahme = letzte;
	r->break_even_bis = ref + SUCHE_JAHRE;
	a.n = r->break_even_bis - a.first + 1;
	r->n_obj = in->n_obj;
	r->n_alloc = in->n_alloc;
	r->obj = calloc(in->n_obj ? in->n_obj : 1, sizeof *r->obj);
	r->alloc_kosten = malloc((in->n_alloc ? in->n_alloc : 1) * sizeof *r->alloc_kosten);
	r->jahr = calloc((size_t)a.n, sizeof *r->jahr);
	a.mig = calloc((size_t)a.n, sizeof *a.mig);
	a.ext = calloc((size_t)a.n, sizeof *a.ext);
	a.delta = calloc((size_t)a.n, sizeof *a.delta);
	a.adj = calloc((size_t)a.n, sizeof *a.adj);
	if (!r->obj || !r->alloc_kosten || !r->jahr || !a.mig || !a.ext || !a.delta || !a.adj)
		goto out;
	rc = allocations(in, r, &a, ext_bp);
	if (rc)
		goto out;

	int64_t base = 0;
	size_t n_ohne = 0;
	for (size_t i = 0; i < in->n_obj; i++) {
		const struct cost_obj_in *o = &in->obj[i];
		struct cost_obj *k = &r->obj[i];
		if (o->geplant) {
			k->pt_kosten = pt_cents(o->aufwand, r->satz_bp);
			k->pt_extern = pt_cents(o->aufwand, ext_bp);
			k->einmal = o->einmal == COST_KEIN ? 0 : o->einmal;
			a.mig[o->beginn / 12 - a.first] += k->einmal;
			a.ext[o->beginn / 12 - a.first] += k->einmal;
		}
		k->migration = k->pt_kosten + k->einmal;
		k->extern_ = k->pt_extern + k->einmal;
		r->migration += k->migration;
		r->migration_extern += k->extern_;
		betrieb_regel(in, o, k);
		if (k->heute == COST_KEIN)
			n_ohne++;
		else
			betrieb_add(&a, k, &base);
	}
	rc = -WP_ENOMEM;
	r->ohne = malloc((n_ohne ? n_ohne : 1) * sizeof *r->ohne);
	if (!r->ohne)
		goto out;
	for (size_t i = 0; i < in->n_obj; i++)
		if (in->obj[i].heute == COST_KEIN)
			r->ohne[r->n_ohne++] = (uint32_t)i;
	rc = jahre(r, &a, base, ref + 1);
out:
	free(a.mig);
	free(a.ext);
	free(a.delta);
	free(a.adj);
	if (rc)
		cost_free(&r);
	*out = r;
	return rc;
}

int64_t cost_satz_bp(const struct cost_settings *s)
{
	return (COST_BP - s->anteil_extern) * s->satz_intern + s->anteil_extern * s->satz_extern;
}

int64_t cost_pt_euro_satz(int64_t satz_bp, int32_t half_pt)
{
	return rnd(half_pt * satz_bp, 2 * (int64_t)COST_BP * 100);
}

int64_t cost_pt_euro(const struct cost_result *r, int32_t half_pt)
{
	return cost_pt_euro_satz(r->satz_bp, half_pt);
}

int cost_monate(const struct cost_input *in, const struct cost_result *r, int32_t from,
		size_t n, int64_t *mig, int64_t *betrieb)
{
	if (!r || r->n_obj != in->n_obj || r->n_alloc != in->n_alloc || !monat_ok(from) ||
	    n > (size_t)(MONAT_MAX - from) + 1)
		return -WP_EINVAL;
	/* Betrieb: per calendar month k the sum of every object's share of month k at its
	 * rate on `from`, and per month the change where an object switches */
	int64_t basis[12] = { 0 };
	int64_t *wechsel = calloc(n ? n * 12 : 1, sizeof *wechsel);
	if (!wechsel)
		return -WP_ENOMEM;
	int32_t bis = from + (int32_t)n; /* first month after the range */
	for (size_t i = 0; i < in->n_obj; i++) {
		const struct cost_obj *o = &r->obj[i];
		if (o->heute == COST_KEIN)
			continue;
		int32_t s = o->quelle == CZ_KEINE ? bis
			    : o->wechsel == COST_MONAT_KEIN ? from
							    : o->wechsel + 1; /* first month at ziel */
		int64_t a = s <= from ? o->ziel : o->heute;
		for (int k = 0; k < 12; k++)
			basis[k] += cost_jahresanteil(a, k, k + 1);
		if (s > from && s < bis)
			for (int k = 0; k < 12; k++)
				wechsel[(size_t)(s - from) * 12 + (size_t)k] +=
					cost_jahresanteil(o->ziel, k, k + 1) -
					cost_jahresanteil(o->heute, k, k + 1);
	}
	for (size_t j = 0; j < n; j++) {
		int k = (from + (int32_t)j) % 12;
		for (int q = 0; q < 12; q++)
			basis[q] += wechsel[j * 12 + (size_t)q];
		betrieb[j] = basis[k];
		mig[j] = 0;
	}
	free(wechsel);
	for (size_t a = 0; a < in->n_alloc; a++) {
		int32_t m = in->alloc[a].monat;
		if (m >= from && m < bis)
			mig[m - from] += r->alloc_kosten[a];
	}
	for (size_t i = 0; i < in->n_obj; i++) {
		const struct cost_obj_in *o = &in->obj[i];
		if (o->geplant && o->beginn >= from && o->beginn < bis)
			mig[o->beginn - from] += r->obj[i].einmal;
	}
	return 0;
}

void cost_free(struct cost_result **r)
{
	if (!r || !*r)
		return;
	free((*r)->obj);
	free((*r)->alloc_kosten);
	free((*r)->jahr);
	free((*r)->ohne);
	free(*r);
	*r = NULL;
}

int cost_explain(const struct cost_input *in, const struct cost_result *r, uint32_t obj,
		 struct cost_expl *x)
{
	if (!r || r->n_obj != in->n_obj || obj >= in->n_obj)
		return -WP_EINVAL;
	const struct cost_obj_in *o = &in->obj[obj];
	*x = (struct cost_expl){
		.kennung = o->kennung,
		.pf_code = o->plattform == COST_PF_KEIN ? NULL : in->pf[o->plattform].code,
		.geplant = o->geplant,
		.klasse = o->klasse,
		.stand = o->stand,
		.aufwand = o->aufwand,
		.satz_intern = in->s.satz_intern,
		.satz_extern = in->s.satz_extern,
		.anteil_extern = in->s.anteil_extern,
		.satz_bp = r->satz_bp,
		.k = r->obj[obj],
	};
	return 0;
}
