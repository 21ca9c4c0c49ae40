/* Scenarios side by side: loading one for reading, its Kennzahlen, the Szenarien and
 * Szenario-Diff exports (docs/szenarien.md, docs/csv.md). The figures come from the same
 * computations as the other exports: the assessment, the stored Zeitplan and kosten_run. */
#include "data/szenario_zahlen.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/store_plan.h"
#include "data/szenario.h"
#include "model/enums.h"
#include "model/i18n.h"
#include "model/labels.h"
#include "model/money.h"
#include "model/monat.h"
#include "model/numfmt.h"
#include "model/objfilter.h"

/* Loads what sz_stand_laden describes from s (scenario active in it); closes s. */
static int stand_aus(struct store *s, int32_t heute, struct sz_stand *out, struct wp_err *e)
{
	int rc;
	if ((rc = store_load(s, &out->w, e)))
		goto out;
	if ((rc = assess_run(out->w, &out->a))) {
		rc = wp_fail(e, -rc, "%s", wp_strerror(-rc));
		goto out;
	}
	rc = store_load_zeitplan(s, out->w, out->a, &out->z, e);
	if (rc && rc != -WP_ENOTFOUND)
		goto out;
	struct zeitplan_params p;
	zeitplan_params_default(out->w, heute, &p);
	if ((rc = kosten_run(out->w, out->a, out->z, p.start, &out->k)))
		rc = wp_fail(e, -rc, "%s", wp_strerror(-rc));
out:
	store_close(&s);
	if (rc)
		sz_stand_free(out);
	return rc;
}

int sz_stand_laden(const char *path, const char *name, int32_t heute, struct sz_stand *out,
		   struct wp_err *e)
{
	struct store *s = NULL;
	memset(out, 0, sizeof *out);
	int rc = szenario_open(path, name, &s, e);
	return rc ? rc : stand_aus(s, heute, out, e);
}

int sz_stand_aus_store(struct store *src, const char *name, int32_t heute, struct sz_stand *out,
		       struct wp_err *e)
{
	struct store *s = NULL;
	memset(out, 0, sizeof *out);
	int rc = szenario_copy(src, name, &s, e);
	return rc ? rc : stand_aus(s, heute, out, e);
}

void sz_stand_free(struct sz_stand *s)
{
	kosten_free(&s->k);
	zeitplan_free(&s->z);
	assessment_free(&s->a);
	ws_free(&s->w);
}

static int geplant(const struct sz_stand *s, uint32_t o)
{
	return s->z && o < s->z->plan->n_obj && s->z->plan->obj[o].grund == SG_GEPLANT &&
	       s->z->plan->obj[o].beginn != SCHED_KEIN;
}

void sz_zahlen(const struct sz_stand *s, struct sz_zahlen *out)
{
	memset(out, 0, sizeof *out);
	for (uint32_t o = 0; o < s->w->n_obj; o++) {
		if (geplant(s, o)) {
			const struct sched_obj_out *po = &s->z->plan->obj[o];
			out->geplant++;
			out->aufwand += po->rest;
			out->fristen += (po->flags & SF_FRIST) != 0;
		}
		int v = obj_filter_verdict(s->a, o);
		out->blockiert += s->w->n_pf && v == V_BLOCKIERT;
		out->offen += s->w->n_pf && v == V_OFFEN;
	}
	if (s->k->r->letzte_inbetriebnahme != COST_MONAT_KEIN)
		out->letzte = s->k->r->letzte_inbetriebnahme;
	out->kosten = s->k->r->migration;
	out->break_even = s->k->r->break_even;
}

enum { ZL_GEPLANT, ZL_LETZTE, ZL_AUFWAND, ZL_KOSTEN, ZL_BREAK_EVEN, ZL_FRISTEN, ZL_BLOCKIERT,
       ZL_OFFEN, ZL__N };
/* The label of Kennzahl r: the CSV label (docs/csv.md), or for people a msgid. */
static const char *zeile(int r, int uebersetzt)
{
	static const char *const csv[ZL__N] = {
		"Objekte geplant", "Letzte Inbetriebnahme", "Aufwand_PT", "Kosten_gesamt_EUR",
		"Break-even", "Fristen gefährdet", "blockiert", "offen",
	};
	static const char *const leute[ZL__N] = {
		[ZL_GEPLANT] = N_("Objekte geplant"), [ZL_LETZTE] = N_("Letzte Inbetriebnahme"),
		[ZL_AUFWAND] = LBL_SEC_AUFWAND, [ZL_KOSTEN] = N_("Migrationskosten gesamt"),
		[ZL_BREAK_EVEN] = LBL_BREAK_EVEN, [ZL_FRISTEN] = N_("Fristen gefährdet"),
	};
	if (!uebersetzt)
		return csv[r];
	switch (r) {
	case ZL_BLOCKIERT: return _(enum_label(EK_VERDICT, V_BLOCKIERT));
	case ZL_OFFEN: return _(enum_label(EK_VERDICT, V_OFFEN));
	default: return _(leute[r]);
	}
}

/* An amount in cents: for people whole euros grouped with the currency (money_format),
 * in a file whole euros as a plain number. */
static void euro_text(int64_t cents, int de, int uebersetzt, char *b, size_t n)
{
	if (uebersetzt)
		money_format_cents(cents, de, b, n);
	else
		snprintf(b, n, "%" PRId64, money_euro(cents));
}

/* The text of Kennzahl row r of z into b (for people: amounts and Aufwand with their unit). */
static void zahl_text(const struct sz_zahlen *z, int r, int de, int uebersetzt, char *b,
		      size_t n)
{
	char pt[32];
	switch (r) {
	case ZL_GEPLANT: snprintf(b, n, "%zu", z->geplant); break;
	case ZL_LETZTE:
		if (z->letzte)
			monat_format(z->letzte, de, b, n);
		else
			b[0] = '\0';
		break;
	case ZL_AUFWAND:
		format_num((double)z->aufwand / 2.0, 1, 1, de, pt, sizeof pt);
		snprintf(b, n, "%s%s%s", pt, uebersetzt ? " " : "", uebersetzt ? _(LBL_PT) : "");
		break;
	case ZL_KOSTEN: euro_text(z->kosten, de, uebersetzt, b, n); break;
	case ZL_BREAK_EVEN:
		if (z->break_even)
			snprintf(b, n, "%d", z->break_even);
		else
			b[0] = '\0';
		break;
	case ZL_FRISTEN: snprintf(b, n, "%zu", z->fristen); break;
	case ZL_BLOCKIERT: snprintf(b, n, "%zu", z->blockiert); break;
	default: snprintf(b, n, "%zu", z->offen); break;
	}
}

int sz_jahr_summe(const struct sz_stand *s, int j, int64_t *cents)
{
	const struct cost_result *r = s->k->r;
	*cents = 0;
	if (!r->n_jahr || j < r->jahr[0].jahr || j > r->jahr[r->n_jahr - 1].jahr)
		return 0;
	*cents = r->jahr[j - r->jahr[0].jahr].summe;
	return 1;
}

int sz_vergleich(const struct sz_stand *s, size_t n, int de, int uebersetzt,
		 void (*row)(void *ctx, const char *const *cells, size_t n, int zahlen), void *ctx)
{
	if (n < 1 || n > SZ_VERGLEICH_MAX)
		return -WP_EINVAL;
	const char *cells[1 + SZ_VERGLEICH_MAX];
	char b[SZ_VERGLEICH_MAX][48], label[64];
	struct sz_zahlen z[SZ_VERGLEICH_MAX];
	cells[0] = uebersetzt ? _("Kennzahl") : "Kennzahl";
	for (size_t i = 0; i < n; i++) {
		cells[1 + i] = s[i].w->szenario;
		sz_zahlen(&s[i], &z[i]);
	}
	row(ctx, cells, 1 + n, 0);
	for (int r = 0; r < ZL__N; r++) {
		cells[0] = zeile(r, uebersetzt);
		for (size_t i = 0; i < n; i++) {
			zahl_text(&z[i], r, de, uebersetzt, b[i], sizeof b[i]);
			cells[1 + i] = b[i];
		}
		row(ctx, cells, 1 + n, 1);
	}
	int von = 0, bis = 0;
	for (size_t i = 0; i < n; i++) {
		const struct cost_result *r = s[i].k->r;
		if (!r->n_jahr)
			continue;
		if (!von || r->jahr[0].jahr < von)
			von = r->jahr[0].jahr;
		if (r->jahr[r->n_jahr - 1].jahr > bis)
			bis = r->jahr[r->n_jahr - 1].jahr;
	}
	for (int j = von; von && j <= bis; j++) {
		/* TRANSLATORS: a row of the scenario comparison: the sum of one budget year */
		snprintf(label, sizeof label, uebersetzt ? _("Summe %d") : "Summe_EUR %d", j);
		cells[0] = label;
		for (size_t i = 0; i < n; i++) {
			int64_t summe;
			b[i][0] = '\0';
			if (sz_jahr_summe(&s[i], j, &summe))
				euro_text(summe, de, uebersetzt, b[i], sizeof b[i]);
			cells[1 + i] = b[i];
		}
		row(ctx, cells, 1 + n, 1);
	}
	return 0;
}

static void csv_zeile(void *ctx, const char *const *cells, size_t n, int zahlen)
{
	if (zahlen)
		csvout_row_zahlen(ctx, cells, n);
	else
		csvout_row(ctx, cells, n);
}

int export_szenarien(const struct sz_stand *s, size_t n, struct csvout *o)
{
	return sz_vergleich(s, n, csvout_german(o), 0, csv_zeile, o);
}

/* Object o's values in s: Plattform, Strategie, Beginn, Ende, Kosten_EUR. */
enum { DF_PLATTFORM, DF_STRATEGIE, DF_BEGINN, DF_ENDE, DF_KOSTEN, DF__N };
static const char *const feld_name[DF__N] = { "Plattform", "Strategie", "Beginn", "Ende",
					 "Kosten_EUR" };

static void werte(const struct sz_stand *s, uint32_t o, int de, char v[DF__N][32])
{
	const struct assess_obj *ao = &s->a->obj[o];
	for (int f = 0; f < DF__N; f++)
		v[f][0] = '\0';
	if (ao->empfohlen != WP_NONE)
		snprintf(v[DF_PLATTFORM], 32, "%s", s->w->pf[ao->empfohlen].code);
	snprintf(v[DF_STRATEGIE], 32, "%s", enum_label(EK_STRATEGIE, ao->strategie));
	if (geplant(s, o)) {
		monat_format(s->z->plan->obj[o].beginn, de, v[DF_BEGINN], 32);
		monat_format(s->z->plan->obj[o].ende, de, v[DF_ENDE], 32);
	}
	if (s->k->in.obj[o].geplant)
		snprintf(v[DF_KOSTEN], 32, "%" PRId64, money_euro(s->k->r->obj[o].migration));
}

int sz_diff_objekt(const struct sz_stand *a, const struct sz_stand *b, uint32_t o, int german,
		   void (*fn)(void *ctx, const char *feld, const char *va, const char *vb),
		   void *ctx)
{
	char va[DF__N][32], vb[DF__N][32];
	werte(a, o, german, va);
	werte(b, o, german, vb);
	int n = 0;
	for (int f = 0; f < DF__N; f++)
		if (strcmp(va[f], vb[f]) != 0) {
			if (fn)
				fn(ctx, feld_name[f], va[f], vb[f]);
			n++;
		}
	return n;
}

char *sz_diff_wert(const char *feld, const char *wert, int german, char *buf, size_t n)
{
	if (*wert && !strcmp(feld, feld_name[DF_KOSTEN]))
		return money_format(strtoll(wert, NULL, 10), german, buf, n);
	snprintf(buf, n, "%s", wert);
	return buf;
}

struct diff_row {
	struct csvout *o;
	const char *kennung;
};

static void diff_zeile(void *ctx, const char *f, const char *va, const char *vb)
{
	struct diff_row *d = ctx;
	const char *cells[4] = { d->kennung, f, va, vb };
	csvout_row(d->o, cells, 4);
}

int export_szenario_diff(const struct sz_stand *a, const struct sz_stand *b, struct csvout *o)
{
	if (a->w->n_obj != b->w->n_obj)
		return -WP_EINVAL;
	const char *head[4] = { "Kennung", "Feld", a->w->szenario, b->w->szenario };
	csvout_row(o, head, 4);
	int de = csvout_german(o);
	for (size_t r = 0; r < a->w->n_obj; r++) {
		uint32_t oi = a->w->by_kennung[r];
		struct diff_row d = { o, a->w->obj[oi].kennung };
		sz_diff_objekt(a, b, oi, de, diff_zeile, &d);
	}
	return 0;
}
