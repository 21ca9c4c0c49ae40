/* The decision log in the report (docs/report.md "Beschlüsse", docs/beschluesse.md): its
 * own section with every recorded decision, and on a pilot's page the decisions that name
 * the pilot. Reads the stored log (ws.bes, in list order) and nothing else. */
#include <stdio.h>
#include <stdlib.h>

#include "data/export_beschluss.h"
#include "data/report_priv.h"
#include "model/beschluss.h"
#include "model/date.h"
#include "model/i18n.h"
#include "model/labels.h"

/* 1 if decision b belongs in the report: always for the whole workspace; with --behoerde
 * when it names no object or at least one object of the selection. */
static int im_ausschnitt(const struct report_ctx *c, const struct beschluss *b)
{
	if (c->o->behoerde == WP_NONE || !beschluss_n_links(b, BL_OBJEKT))
		return 1;
	for (size_t l = 0; l < b->n_links; l++) {
		if (b->links[l].art != BL_OBJEKT)
			continue;
		uint32_t o = beschluss_link_objekt(c->w, &b->links[l]);
		if (o != WP_NONE && c->sel[o])
			return 1;
	}
	return 0;
}

/* The links of b as lines "Objekte: …", "Piloten: …", "Wellen: …" (those it has) into buf;
 * "—" for none. */
static void bezug(const struct report_ctx *c, const struct beschluss *b, char *buf, size_t n)
{
	static const char *const art[BL__N] = { LBL_OBJEKTE, LBL_PILOTEN, LBL_WELLEN };
	size_t len = 0;
	buf[0] = '\0';
	for (int a = 0; a < BL__N && len < n; a++) {
		char t[512];
		if (!beschluss_n_links(b, a))
			continue;
		beschluss_links_text(c->w, b, a, t, sizeof t);
		int k = snprintf(buf + len, n - len, "%s%s: %s", len ? "\n" : "", _(art[a]), t);
		len = k < 0 ? n : len + (size_t)k;
	}
	if (!buf[0])
		snprintf(buf, n, "—");
}

void report_beschluesse(struct report_ctx *c)
{
	const struct ws *w = c->w;
	size_t n = 0, k = 0;
	char b[256];
	for (size_t i = 0; i < w->n_bes; i++)
		n += (size_t)im_ausschnitt(c, &w->bes[i]);
	rd_seite(&c->d);
	rd_ueberschrift(&c->d, RS_H1, _(LBL_BESCHLUESSE), 40);
	if (!n) {
		rd_absatz(&c->d, RS_FETT, _(REPORT_KEINE_BESCHLUESSE), 4);
		rd_absatz(&c->d, RS_NORMAL, _("Das Beschlussprotokoll hält fest, was ein Gremium wann "
					     "beschlossen hat und welche Objekte, Piloten und Wellen "
					     "es betrifft. Erfassen mit wolkenplan beschluss add "
					     "--datum TT.MM.JJJJ --gremium TEXT --text TEXT, im "
					     "Dashboard in der Ansicht Beschlüsse."), 0);
		return;
	}
	snprintf(b, sizeof b, ngettext("%zu Beschluss, nach Datum. Als Tabelle: wolkenplan export "
				       "beschluesse", "%zu Beschlüsse, nach Datum. Als Tabelle: "
				       "wolkenplan export beschluesse", n), n);
	rd_absatz(&c->d, RS_NORMAL, b, 6);
	static const double br[] = { 0.12, 0.19, 0.31, 0.23, 0.15 };
	static const int re[] = { 0, 0, 0, 0, 0 };
	const char *kopf[] = { _(LBL_DATUM), _(LBL_GREMIUM), _(LBL_BESCHLUSS), _("Betrifft"),
			       _(LBL_ERFASST_AM) };
	struct rd_tabelle t = { 5, br, re, kopf, 1 };
	rd_tabelle_kopf(&c->d, &t);
	for (size_t i = 0; i < w->n_bes && k < REPORT_ROADMAP_MAX; i++) {
		const struct beschluss *x = &w->bes[i];
		if (!im_ausschnitt(c, x))
			continue;
		char datum[16], erfasst[32], bz[1600], text[2100];
		date_format(x->datum, c->german, datum, sizeof datum);
		beschluss_erfasst_text(x->erstellt, c->german, erfasst, sizeof erfasst);
		bezug(c, x, bz, sizeof bz);
		if (*x->szenario)
			snprintf(text, sizeof text, "%s\n(%s: %s)", x->text, _(LBL_SZENARIO), x->szenario);
		else
			snprintf(text, sizeof text, "%s", x->text);
		const char *z[] = { datum, x->gremium, text, bz, erfasst };
		rd_tabelle_zeile(&c->d, &t, z, 0);
		k++;
	}
	if (n > k) {
		snprintf(b, sizeof b, _("… und %zu weitere (wolkenplan beschluss list)"), n - k);
		rd_absatz(&c->d, RS_NORMAL, b, 0);
	}
}

void report_pilot_beschluesse(struct report_ctx *c, const struct pilot *pi)
{
	const struct ws *w = c->w;
	char b[2400];
	for (size_t i = 0, n = 0; i < w->n_bes; i++) {
		if (!beschluss_nennt(&w->bes[i], BL_PILOT, pi->id))
			continue;
		if (!n++) { /* named, in case it starts a page of its own */
			snprintf(b, sizeof b, _("Beschlüsse zum Piloten %s"), pi->name);
			rd_ueberschrift(&c->d, RS_H2, b, 20);
		}
		char kurz[2300];
		beschluss_kurz(&w->bes[i], c->german, kurz, sizeof kurz);
		snprintf(b, sizeof b, "• %s", kurz);
		rd_absatz(&c->d, RS_NORMAL, b, 1);
	}
}
