/* The object filter: clear, match, describe (see model/objfilter.h). */
#include "model/objfilter.h"

#include <stdarg.h>
#include <stdio.h>

#include "model/date.h"
#include "model/enums.h"
#include "model/i18n.h"
#include "model/labels.h"

void obj_filter_clear(struct obj_filter *f)
{
	*f = (struct obj_filter){ WP_NONE, -1, -1, -1, -1, -1, WP_NONE, INT32_MIN, 0, 0, WP_NONE, 0 };
}

int obj_filter_any(const struct obj_filter *f)
{
	return f->behoerde != WP_NONE || f->typ >= 0 || f->verdict >= 0 || f->strategie >= 0 ||
	       f->bereit_min >= 0 || f->bereit_max >= 0 || f->rl != WP_NONE ||
	       f->vertrag_bis != INT32_MIN || f->welle > 0 || f->quickwin ||
	       f->ohne_kosten;
}

int obj_filter_verdict(const struct assessment *as, uint32_t o)
{
	uint32_t e = as->obj[o].empfohlen;
	if (e == WP_NONE || e >= as->n_pf)
		return V_BLOCKIERT;
	return as->verdict[(size_t)o * as->n_pf + e];
}

/* 1 if red line rl (or the VS-NfD approval when rl == w->n_rl) fails for o on some
 * platform. */
static int obj_filter_fails_rl(const struct ws *w, const struct assessment *as, uint32_t o,
			       uint32_t rl)
{
	if (rl == w->n_rl) {
		for (uint32_t f = 0; f < w->n_pf; f++)
			if (assess_vs_check(w, o, f) == RLC_VERFEHLT)
				return 1;
		return 0;
	}
	int req = assess_required_level(w, &as->obj[o], o);
	for (size_t f = 0; f < w->n_pf; f++)
		if (assess_rl_check(w->rl_val[f * w->n_rl + rl], req) == RLC_VERFEHLT)
			return 1;
	return 0;
}

int obj_filter_match(const struct obj_filter *f, const struct obj_filter_data *d, uint32_t o)
{
	const struct ws *w = d->ws;
	const struct objekt *ob = &w->obj[o];
	const struct assess_obj *ao = &d->as->obj[o];
	if (f->behoerde != WP_NONE &&
	    (!d->tree || !beh_tree_contains(d->tree, f->behoerde, ob->behoerde)))
		return 0;
	if (f->typ >= 0 && ob->typ != f->typ)
		return 0;
	if (f->verdict >= 0 && obj_filter_verdict(d->as, o) != f->verdict)
		return 0;
	if (f->strategie >= 0 && ao->strategie != f->strategie)
		return 0;
	if (f->bereit_min >= 0 && ao->bereitschaft < f->bereit_min)
		return 0;
	if (f->bereit_max >= 0 && ao->bereitschaft > f->bereit_max)
		return 0;
	if (f->vertrag_bis != INT32_MIN &&
	    (ob->vertragsende == INT32_MIN || ob->vertragsende < d->heute ||
	     ob->vertragsende > f->vertrag_bis))
		return 0;
	if (f->welle > 0 && (!d->welle_of || d->welle_of[o] != (uint32_t)f->welle))
		return 0;
	if (f->quickwin && !ao->qw_eligible)
		return 0;
	if (f->ohne_kosten && ob->bk_heute >= 0)
		return 0;
	if (f->rl != WP_NONE && !obj_filter_fails_rl(w, d->as, o, f->rl))
		return 0;
	return 1;
}

/* Appends " · " (unless first) and the formatted text to buf at *k. */
static void add(char *buf, size_t n, size_t *k, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static void add(char *buf, size_t n, size_t *k, const char *fmt, ...)
{
	va_list ap;
	if (*k && *k < n)
		*k += (size_t)snprintf(buf + *k, n - *k, " · ");
	if (*k >= n)
		return;
	va_start(ap, fmt);
	*k += (size_t)vsnprintf(buf + *k, n - *k, fmt, ap);
	va_end(ap);
}

void obj_filter_describe(const struct obj_filter *f, const struct ws *w, char *buf, size_t n)
{
	size_t k = 0;
	if (!n)
		return;
	buf[0] = '\0';
	if (f->behoerde != WP_NONE && f->behoerde < w->n_beh)
		add(buf, n, &k, _("Behörde: %s"), w->beh[f->behoerde].name);
	if (f->typ >= 0)
		add(buf, n, &k, _("Typ: %s"), enum_display(EK_TYP, f->typ));
	if (f->verdict >= 0)
		add(buf, n, &k, _("Urteil: %s"), enum_display(EK_VERDICT, f->verdict));
	if (f->strategie >= 0)
		add(buf, n, &k, _("Strategie: %s"), enum_display(EK_STRATEGIE, f->strategie));
	if (f->bereit_min >= 0 || f->bereit_max >= 0)
		add(buf, n, &k, _("Bereitschaft %d–%d %%"), f->bereit_min >= 0 ? f->bereit_min : 0,
		    f->bereit_max >= 0 ? f->bereit_max : 100);
	if (f->rl != WP_NONE)
		add(buf, n, &k, _("verfehlt: %s"),
		    f->rl < w->n_rl ? w->rl[f->rl].code : _("VS-NfD-Freigabe"));
	if (f->vertrag_bis != INT32_MIN) {
		char dt[16];
		date_format(f->vertrag_bis, i18n_german(), dt, sizeof dt);
		add(buf, n, &k, _("Vertragsende bis %s"), dt);
	}
	if (f->welle > 0)
		add(buf, n, &k, _("Welle %d"), f->welle);
	if (f->quickwin)
		add(buf, n, &k, "%s", _("nur Quick Wins"));
	if (f->ohne_kosten)
		add(buf, n, &k, "%s", _(LBL_OHNE_KOSTEN));
}
