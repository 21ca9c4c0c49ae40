/* Text rendering of explanations (German msgids through gettext). Builds into a growable
 * buffer with vsnprintf; an out-of-memory condition is remembered and reported once at
 * the end as NULL. */
#include "model/explain_text.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/enums.h"
#include "model/explain.h"
#include "model/i18n.h"
#include "model/labels.h"
#include "model/numfmt.h"
#include "model/textout.h"

#define LIST_MAX 10  /* objects named in a list before "und N weitere" */
#define PATH_ENDS 3  /* objects shown at each end of a long inheritance path */

struct buf {
	char *p;
	size_t len, cap;
	int oom;
};

static void buf_add(struct buf *b, const char *s, size_t n)
{
	if (b->oom)
		return;
	if (b->len + n + 1 > b->cap) {
		size_t nc = b->cap ? b->cap : 1024;
		while (nc < b->len + n + 1)
			nc *= 2;
		char *q = realloc(b->p, nc);
		if (!q) {
			b->oom = 1;
			return;
		}
		b->p = q;
		b->cap = nc;
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

static void buf_puts(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

static void buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void buf_printf(struct buf *b, const char *fmt, ...)
{
	char small[512];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n < sizeof small) {
		buf_add(b, small, (size_t)n);
		return;
	}
	char *big = malloc((size_t)n + 1);
	if (!big) {
		b->oom = 1;
		return;
	}
	va_start(ap, fmt);
	vsnprintf(big, (size_t)n + 1, fmt, ap);
	va_end(ap);
	buf_add(b, big, (size_t)n);
	free(big);
}

/* Hands the text to the caller, or NULL after an out-of-memory condition. */
static char *buf_finish(struct buf *b)
{
	if (!b->oom && !b->p)
		buf_add(b, "", 0);
	if (b->oom) {
		free(b->p);
		return NULL;
	}
	return b->p;
}

/* ---- Words (translated at use) ---- */

static const char *const goal_w[SB__N] = { LBL_F_VERTRAULICHKEIT, LBL_F_INTEGRITAET,
					   LBL_F_VERFUEGBARKEIT };
static const char *const class_w[RC__N] = { N_("bereit"), N_("mit Anpassungen"),
					    N_("nicht bereit") };

static const char *word(const char *const *tab, size_t n, int v)
{
	return v >= 0 && (size_t)v < n ? _(tab[v]) : "?";
}
#define WORD(tab, v) word(tab, sizeof tab / sizeof tab[0], (v))

const char *readiness_word(int c)
{
	return WORD(class_w, c);
}

/* The outcome of a red-line or VS-NfD check as a suffix; short_text is for a shortfall. */
static const char *check_word(int check, const char *short_text)
{
	return check == RLC_OK ? _(" — ausreichend")
	       : check == RLC_UNBEKANNT ? _(" — unbekannt, Klärung nötig") : short_text;
}

/* A protection level in words; the enum's labels, but "nicht bewertet" for none. */
static const char *level_word(int v)
{
	return v == LVL_NONE ? _("nicht bewertet") : enum_display(EK_LEVEL, v);
}

/* Numbers of one sentence in the interface language's notation (decimal comma in German):
 * each call to num() fills the next of a few buffers that live as long as the struct. */
struct nums {
	char s[8][40];
	int i, de;
};
#define NUMS_INIT { .i = 0, .de = i18n_german() }

/* v with up to 6 decimals, trailing zeros dropped (like %g), or exactly `fixed` decimals
 * if fixed > 0. The string is borrowed from nb. */
static const char *num(struct nums *nb, double v, int fixed)
{
	char *s = nb->s[nb->i++ % 8];
	return format_num(v, fixed > 0 ? fixed : 6, fixed <= 0, nb->de, s, sizeof nb->s[0]);
}

static const char *strat_name(int s)
{
	return enum_label(EK_STRATEGIE, s);
}

static const char *kennung(const struct ws *w, uint32_t i)
{
	return i < w->n_obj ? w->obj[i].kennung : "?";
}

/* Writes "A, B, C und 4 weitere" for a list of objects. */
static void put_objects(struct buf *b, const struct ws *w, const uint32_t *v, size_t n)
{
	for (size_t k = 0; k < n && k < LIST_MAX; k++) {
		if (k)
			buf_puts(b, ", ");
		buf_puts(b, kennung(w, v[k]));
	}
	if (n > LIST_MAX) {
		char more[64];
		struct out m = { more, sizeof more, 0 };
		out_more(&m, n - LIST_MAX);
		out_end(&m);
		buf_puts(b, more);
	}
}

/* Writes an inheritance path "A → B → C", eliding the middle of long ones. */
static void put_path(struct buf *b, const struct ws *w, const uint32_t *v, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		if (n > 2 * PATH_ENDS + 1 && k == PATH_ENDS) {
			buf_printf(b, _(" → … (%zu weitere) …"), n - 2 * PATH_ENDS);
			k = n - PATH_ENDS - 1;
			continue;
		}
		if (k)
			buf_puts(b, " → ");
		buf_puts(b, kennung(w, v[k]));
	}
}

/* ---- Verdict reason and codes ---- */

static int rl_state(const struct ws *w, const struct assessment *a, uint32_t obj, uint32_t pf,
		    size_t r)
{
	int req = assess_required_level(w, &a->obj[obj], obj);
	return assess_rl_check(w->rl_val[(size_t)pf * w->n_rl + r], req);
}

/* Writes the codes with check state `state`, separated by ", "; returns how many. */
static size_t put_codes(struct buf *b, const struct ws *w, const struct assessment *a,
			uint32_t obj, uint32_t pf, int state, int with_value)
{
	size_t cnt = 0;
	for (size_t r = 0; r < w->n_rl; r++) {
		if (rl_state(w, a, obj, pf, r) != state)
			continue;
		if (cnt++)
			buf_puts(b, ", ");
		buf_puts(b, w->rl[r].code);
		if (with_value)
			buf_printf(b, " %s", enum_display(EK_RL, w->rl_val[(size_t)pf * w->n_rl + r]));
	}
	return cnt;
}

static void put_reason(struct buf *b, const struct ws *w, const struct assessment *a,
		       uint32_t obj, uint32_t pf)
{
	int v = a->verdict[(size_t)obj * a->n_pf + pf];
	int req = assess_required_level(w, &a->obj[obj], obj);
	int vs = assess_vs_check(w, obj, pf);
	size_t n_unk = 0;
	for (size_t r = 0; r < w->n_rl; r++)
		n_unk += rl_state(w, a, obj, pf, r) == RLC_UNBEKANNT;

	buf_printf(b, "%s: ", enum_display(EK_VERDICT, v));
	if (v == V_BLOCKIERT) {
		if (put_codes(b, w, a, obj, pf, RLC_VERFEHLT, 1)) {
			buf_printf(b, _(" (gefordert: %s)"), enum_display(EK_RL, req));
			if (vs == RLC_VERFEHLT)
				buf_puts(b, "; ");
		}
		if (vs == RLC_VERFEHLT)
			buf_puts(b, _("VS-NfD-Zulassung fehlt"));
		if (n_unk || vs == RLC_UNBEKANNT) {
			buf_puts(b, _("; außerdem ungeklärt: "));
			put_codes(b, w, a, obj, pf, RLC_UNBEKANNT, 0);
			if (vs == RLC_UNBEKANNT)
				buf_puts(b, n_unk ? _(", VS-NfD-Zulassung") : _(LBL_VS_NFD_ZULASSUNG));
		}
	} else if (v == V_OFFEN) {
		if (put_codes(b, w, a, obj, pf, RLC_UNBEKANNT, 0)) {
			buf_puts(b, _(" unbekannt"));
			if (vs == RLC_UNBEKANNT)
				buf_puts(b, "; ");
		}
		if (vs == RLC_UNBEKANNT)
			buf_puts(b, _("VS-NfD-Zulassung unbekannt"));
		buf_puts(b, _(LBL_KLAERUNG_ZUSATZ));
	} else {
		buf_puts(b, _("alle geforderten roten Linien erfüllt"));
		if (w->obj[obj].vs_nfd == JN_JA)
			buf_puts(b, _("; VS-NfD-Zulassung vorhanden"));
	}
}

char *verdict_reason_text(const struct ws *w, const struct assessment *a, uint32_t obj,
			  uint32_t pf)
{
	struct buf b = { NULL, 0, 0, 0 };
	if (obj >= a->n_obj || pf >= a->n_pf)
		return NULL;
	put_reason(&b, w, a, obj, pf);
	return buf_finish(&b);
}

size_t verdict_codes(const struct ws *w, const struct assessment *a, uint32_t obj, uint32_t pf,
		     char *out, size_t n)
{
	size_t len = 0;
	if (n)
		out[0] = '\0';
	if (obj >= a->n_obj || pf >= a->n_pf)
		return 0;
	for (size_t r = 0; r <= w->n_rl; r++) {
		const char *code;
		if (r < w->n_rl) {
			if (rl_state(w, a, obj, pf, r) == RLC_OK)
				continue;
			code = w->rl[r].code;
		} else {
			if (assess_vs_check(w, obj, pf) == RLC_OK)
				continue;
			code = "VS-NfD";
		}
		int k = snprintf(len < n ? out + len : NULL, len < n ? n - len : 0, "%s%s",
				 len ? "," : "", code);
		if (k > 0)
			len += (size_t)k;
	}
	return len;
}

/* ---- Sections of the full text ---- */

static void sec_schutzbedarf(struct buf *b, const struct ws *w, const struct explanation *x)
{
	buf_printf(b, "\n%s\n", _("Schutzbedarf (Maximumprinzip)"));
	for (int g = 0; g < SB__N; g++) {
		const struct expl_goal *eg = &x->goal[g];
		buf_printf(b, "  %s: ", _(goal_w[g]));
		if (eg->unbewertet)
			buf_puts(b, _("nicht bewertet (zählt als normal)"));
		else
			buf_printf(b, _("eingetragen %s"), level_word(eg->own));
		buf_printf(b, _(", wirksam %s"), level_word(eg->eff));
		if (eg->geerbt) {
			buf_printf(b, _(" — geerbt von %s"), kennung(w, eg->from));
			if (eg->via_zyklus)
				buf_puts(b, _(" (innerhalb des Abhängigkeitszyklus)"));
			if (eg->n_pfad > 1) {
				buf_puts(b, _(" über "));
				put_path(b, w, eg->pfad, eg->n_pfad);
			}
		} else if (x->pinned) {
			buf_puts(b, _(" — manuell festgelegt, wird nicht angehoben"));
		} else {
			buf_puts(b, _(" (eigener Wert)"));
		}
		buf_puts(b, ".\n");
	}
	int any = 0;
	for (int g = 0; g < SB__N; g++)
		any |= x->goal[g].geerbt;
	if (any)
		buf_printf(b, "  %s\n", _("„A → B“ heißt: A benötigt B. Was benötigt wird, "
					  "übernimmt den Schutzbedarf der Objekte, die es benötigen."));
	if (x->pinned)
		buf_printf(b, "  %s\n", _("Der Schutzbedarf ist manuell festgelegt "
					  "(Verteilungseffekt): die eingetragenen Werte gelten und "
					  "werden durch Abhängigkeiten nicht angehoben."));
	if (x->in_zyklus)
		buf_printf(b, _("  Das Objekt ist Teil eines Abhängigkeitszyklus mit %zu Objekten; "
				"sie teilen den höchsten Schutzbedarf des Zyklus.\n"),
			   x->zyklus_groesse);
	buf_printf(b, _("  Schutzklasse: %s (das Maximum der drei Schutzziele).\n"),
		   level_word(x->schutzklasse));
}

static void put_req_reasons(struct buf *b, const struct explanation *x)
{
	const char *parts[4];
	int n = 0;
	if (x->req_gruende & REQ_SCHUTZKLASSE)
		parts[n++] = x->schutzklasse >= LVL_SEHR_HOCH ? _("die Schutzklasse sehr hoch ist")
							       : _("die Schutzklasse hoch ist");
	if (x->req_gruende & REQ_PB_JA)
		parts[n++] = _("personenbezogene Daten verarbeitet werden");
	if (x->req_gruende & REQ_PB_ART9)
		parts[n++] = _("besondere Kategorien personenbezogener Daten (Art. 9 DSGVO) "
			       "verarbeitet werden");
	if (x->req_gruende & REQ_PB_UNBEWERTET)
		parts[n++] = _("der Personenbezug nicht bewertet ist und deshalb als ja zählt");
	for (int i = 0; i < n; i++) {
		if (i)
			buf_puts(b, list_sep(i, n));
		buf_puts(b, parts[i]);
	}
}

/* One platform; with detail every red line, otherwise only those not sufficient. */
static void sec_platform(struct buf *b, const struct ws *w, const struct assessment *a,
			 const struct explanation *x, const struct expl_pf *ep, int detail)
{
	const struct plattform *p = &w->pf[ep->pf];
	buf_printf(b, _("  Plattform %s"), p->code);
	if (p->name && *p->name)
		buf_printf(b, " (%s)", p->name);
	buf_puts(b, ": ");
	put_reason(b, w, a, x->obj, ep->pf);
	buf_puts(b, ".\n");
	for (size_t r = 0; r < w->n_rl; r++) {
		const struct expl_rl *er = &ep->rl[r];
		const struct kriterium *k = &w->rl[er->rl];
		if (!detail && er->check == RLC_OK)
			continue;
		buf_printf(b, "    %s %s: ", k->code, k->name);
		buf_printf(b, _("angeboten %s, gefordert %s"), enum_display(EK_RL, er->angeboten),
			   enum_display(EK_RL, er->gefordert));
		buf_puts(b, check_word(er->check, _(" — nicht ausreichend")));
		if (er->quelle && *er->quelle)
			buf_printf(b, _(". Quelle: %s"), er->quelle);
		buf_puts(b, ".\n");
	}
	if (x->vs_nfd && (detail || ep->vs_check != RLC_OK))
		buf_printf(b, _("    VS-NfD-Zulassung: %s%s.\n"), enum_display(EK_TRI, p->vs_nfd),
			   check_word(ep->vs_check, _(" — fehlt")));
	buf_printf(b, _("    Souveränitätspunkte: %d von %zu.\n"), ep->punkte, 2 * w->n_rl);
	if (p->beispiel)
		buf_printf(b, "    %s\n", _("Beispielbewertung — vor Verwendung prüfen."));
}

static void sec_rote_linien(struct buf *b, const struct ws *w, const struct assessment *a,
			    const struct explanation *x, uint32_t pf)
{
	buf_printf(b, "\n%s\n", _("Rote Linien"));
	if (x->gefordert == RL_ERFUELLT) {
		buf_puts(b, _("  Gefordert: jede rote Linie erfüllt, weil "));
		put_req_reasons(b, x);
		buf_puts(b, ".\n");
	} else {
		buf_printf(b, "  %s\n", _("Gefordert: jede rote Linie mindestens teilweise erfüllt, "
					  "weil die Schutzklasse normal ist und keine "
					  "personenbezogenen Daten verarbeitet werden."));
	}
	if (x->vs_nfd)
		buf_printf(b, "  %s\n", _("VS-NfD: ja — die Plattform muss für VS-NfD zugelassen "
					  "sein."));
	if (x->n_pf == 0)
		buf_printf(b, "  %s\n", _("Es ist keine Plattform erfasst."));
	if (pf == WP_NONE && x->n_pf)
		buf_printf(b, "  %s\n", _("Je Plattform sind die roten Linien genannt, die nicht "
					  "ausreichen oder unbekannt sind."));
	for (size_t p = 0; p < x->n_pf; p++)
		if (pf == WP_NONE || p == pf)
			sec_platform(b, w, a, x, &x->pf[p], pf != WP_NONE);
}

static void sec_empfehlung(struct buf *b, const struct ws *w, const struct explanation *x)
{
	buf_printf(b, "\n%s\n", _(LBL_SEC_EMPFOHLEN));
	const struct expl_pf *ep = x->empfohlen != WP_NONE ? &x->pf[x->empfohlen] : NULL;
	switch (x->wahl) {
	case CH_ZULAESSIG:
		buf_printf(b, _("  %s: zulässig und mit %d Souveränitätspunkten die beste von %zu "
				"zulässigen Plattformen"), w->pf[ep->pf].code, ep->punkte,
			   x->n_zulaessig);
		break;
	case CH_OFFEN:
		buf_printf(b, _("  %s unter Vorbehalt: keine Plattform ist zulässig; %s ist offen "
				"und hat mit %d die meisten Souveränitätspunkten der %zu offenen "
				"Plattformen — Klärung nötig"), w->pf[ep->pf].code,
			   w->pf[ep->pf].code, ep->punkte, x->n_offen);
		break;
	case CH_VORGABE:
		buf_printf(b, _("  %s als Vorgabe des Szenarios (Zielplattform) statt der Empfehlung; "
				"Urteil dort: %s"), w->pf[ep->pf].code,
			   _(enum_label(EK_VERDICT, ep->verdict)));
		break;
	case CH_KEINE:
		buf_printf(b, ngettext("  Keine: die %zu Plattform ist blockiert",
				       "  Keine: alle %zu Plattformen sind blockiert", x->n_blockiert),
			   x->n_blockiert);
		break;
	default:
		buf_puts(b, _("  Keine: es ist keine Plattform erfasst"));
		break;
	}
	if (ep && x->rang_entschied)
		buf_printf(b, _("; bei gleicher Punktzahl entschied der Rang %d"),
			   w->pf[ep->pf].rang);
	buf_puts(b, ".\n");
}

static void sec_dvc(struct buf *b, const struct ws *w, const struct explanation *x)
{
	buf_printf(b, "\n%s\n", _(LBL_SEC_DVC));
	for (size_t k = 0; k < x->n_dvc; k++) {
		const struct expl_dvc *d = &x->dvc[k];
		const struct kriterium *c = &w->dvc[d->k];
		struct nums nb = NUMS_INIT;
		buf_printf(b, _("  %s %s: %s, Gewicht %s, Beitrag %s"), c->code, c->name,
			   enum_display(EK_CRIT, d->wert), num(&nb, d->gewicht, 0), num(&nb, d->beitrag, 0));
		if (!d->bekannt)
			buf_puts(b, _(" (unbekannt zählt als 0 und senkt die Konfidenz)"));
		buf_puts(b, ".\n");
	}
	if (!(x->sum_w > 0)) {
		buf_printf(b, "  %s\n", _("Keine gewichteten DVC-Kriterien: Bereitschaft und "
					  "Konfidenz sind 0."));
		return;
	}
	struct nums nb = NUMS_INIT;
	buf_printf(b, _("  Bereitschaft = 100 × %s / %s = %d (%s); Konfidenz = 100 × %s / %s = "
			"%d (Anteil der bekannten Gewichte).\n"), num(&nb, x->sum_wv, 0),
		   num(&nb, x->sum_w, 0), x->bereitschaft, readiness_word(x->klasse),
		   num(&nb, x->sum_known, 0), num(&nb, x->sum_w, 0), x->konfidenz);
}

static void put_rule(struct buf *b, const struct ws *w, const struct explanation *x, int rule)
{
	const struct objekt *o = &w->obj[x->obj];
	const double *s = w->set.v;
	struct nums nb = NUMS_INIT;
	switch (rule) {
	case SR_AUSLAUFEND:
		buf_puts(b, _("das Objekt läuft aus"));
		break;
	case SR_KEINE_PLATTFORM:
		buf_puts(b, _("keine Plattform ist zulässig oder offen"));
		if (x->n_pf == 0) {
			buf_puts(b, _(" (es ist keine Plattform erfasst)"));
			break;
		}
		buf_puts(b, _(" — es blockieren "));
		for (size_t p = 0; p < x->n_pf; p++) {
			if (p)
				buf_puts(b, "; ");
			buf_printf(b, "%s: ", w->pf[p].code);
			size_t c = 0;
			for (size_t r = 0; r < w->n_rl; r++) {
				if (x->pf[p].rl[r].check != RLC_VERFEHLT)
					continue;
				buf_printf(b, "%s%s", c++ ? ", " : "", w->rl[r].code);
			}
			if (x->pf[p].vs_check == RLC_VERFEHLT)
				buf_printf(b, "%s%s", c++ ? ", " : "", "VS-NfD");
		}
		break;
	case SR_SAAS:
		buf_puts(b, o->betrieb == BETRIEB_SAAS
			 ? _("das Verfahren wird heute schon als SaaS betrieben")
			 : _("der Hersteller bietet ein DVC-konformes Angebot an"));
		break;
	case SR_BEREIT:
		buf_printf(b, _("Bereitschaft %d erreicht die Schwelle %s"), x->bereitschaft,
			   num(&nb, s[SET_SCHWELLE_BEREIT], 0));
		break;
	case SR_ANPASSUNG:
		buf_printf(b, _("Bereitschaft %d erreicht %s, aber nicht %s"), x->bereitschaft,
			   num(&nb, s[SET_SCHWELLE_ANPASSUNG], 0), num(&nb, s[SET_SCHWELLE_BEREIT], 0));
		break;
	default:
		buf_printf(b, _("Bereitschaft %d liegt unter %s"), x->bereitschaft,
			   num(&nb, s[SET_SCHWELLE_ANPASSUNG], 0));
		break;
	}
}

static void sec_strategie(struct buf *b, const struct ws *w, const struct explanation *x)
{
	buf_printf(b, "\n%s\n", _("Strategie (7R)"));
	if (x->regel == SR_OVERRIDE) {
		buf_printf(b, _("  %s: vom Nutzer festgelegt; die Regeln hätten %s vorgeschlagen "
				"(Regel %d: "), strat_name(x->strategie), strat_name(x->vorschlag),
			   x->vorschlag_regel);
		put_rule(b, w, x, x->vorschlag_regel);
		buf_puts(b, ")");
	} else {
		buf_printf(b, _("  %s (Regel %d): "), strat_name(x->strategie), x->regel);
		put_rule(b, w, x, x->regel);
	}
	buf_puts(b, ".\n");
}

static void sec_aufwand(struct buf *b, const struct ws *w, const struct explanation *x)
{
	const struct effort_parts *e = &x->aufwand;
	struct nums nb = NUMS_INIT;
	buf_printf(b, "\n%s\n", _(LBL_SEC_AUFWAND));
	if (x->aufwand_override) {
		buf_printf(b, _("  %s PT, vom Nutzer festgelegt (das Modell ergäbe %s PT).\n"),
			   num(&nb, x->aufwand_wert, 0), num(&nb, e->gerundet, 0));
		return;
	}
	if (x->strategie == STRAT_RETAIN) {
		buf_printf(b, _("  %s PT: Basis für Retain, ohne Zuschläge (es wird nichts "
				"migriert).\n"), num(&nb, e->gerundet, 0));
		return;
	}
	buf_printf(b, _("  Basis %s PT (%s) × (1 + %s × %u direkte Abhängigkeiten: benötigt %u, "
			"wird benötigt von %u) × %s (Schutzklasse %s) = %s PT, auf 0,5 PT "
			"gerundet: %s PT.\n"), num(&nb, e->basis, 0), strat_name(x->strategie),
		   num(&nb, w->set.v[SET_FAKTOR_ABH], 0), e->n_benoetigt + e->n_von, e->n_benoetigt,
		   e->n_von, num(&nb, e->faktor_sk, 0), level_word(x->schutzklasse),
		   num(&nb, e->roh, 0), num(&nb, e->gerundet, 0));
}

static void sec_quickwin(struct buf *b, const struct ws *w, const struct explanation *x)
{
	const struct qw_parts *q = &x->qw;
	const double *s = w->set.v;
	const struct objekt *o = &w->obj[x->obj];
	struct nums nb = NUMS_INIT;
	buf_printf(b, "\n%s\n", _("Quick Win"));
	switch (x->qw_grund) {
	case QWN_KEINE_PF:
		buf_printf(b, "  %s\n", _("Nicht geeignet: es gibt keine empfohlene Plattform."));
		break;
	case QWN_NUR_OFFEN:
		buf_printf(b, "  %s\n", _("Nicht geeignet: die empfohlene Plattform ist nur offen "
					  "(Klärung nötig)."));
		break;
	case QWN_RETAIN:
		buf_printf(b, "  %s\n", _("Nicht geeignet: die Strategie ist Retain."));
		break;
	case QWN_VORGABE_BLOCKIERT:
		buf_printf(b, "  %s\n", _("Nicht geeignet: auf der vorgegebenen Zielplattform "
					  "blockiert."));
		break;
	default:
		buf_printf(b, _("  Wert %d = 100 × (%s × Nutzen %s + %s × Leichtigkeit %s + %s × "
				"(1 − Risiko %s)).\n"), x->qw_score, num(&nb, s[SET_QW_NUTZEN], 0),
			   num(&nb, q->nutzen, 3), num(&nb, s[SET_QW_LEICHT], 0),
			   num(&nb, q->leichtigkeit, 3), num(&nb, s[SET_QW_RISIKO], 0),
			   num(&nb, q->risiko, 3));
		buf_printf(b, _("  Nutzen = %s × OZG-Verknüpfung (%s) + %s × Fallzahl-Anteil %s"),
			   num(&nb, s[SET_QW_OZG], 0), enum_display(EK_JANEIN, q->ozg ? JN_JA : JN_NEIN),
			   num(&nb, s[SET_QW_FALLZAHL], 0), num(&nb, q->fallzahl_term, 3));
		if (o->fallzahl >= 0)
			buf_printf(b, _(" (min(1, log10(1 + %lld) / 5))"), (long long)o->fallzahl);
		else
			buf_puts(b, _(" (Fallzahl unbekannt)"));
		buf_puts(b, ".\n");
		buf_printf(b, _("  Leichtigkeit = 1 − min(1, %s / %s); Risiko = (Schutzklasse %d − 1) "
				"/ 2.\n"), num(&nb, x->aufwand_wert, 0), num(&nb, s[SET_QW_AUFWAND_MAX], 0),
			   x->schutzklasse);
		break;
	}
	if (x->pilot_kandidat) {
		buf_printf(b, ngettext("  Pilotkandidat: die Abhängigkeitshülle umfasst %zu Objekt "
				       "(höchstens %zu, das Objekt selbst eingeschlossen), als Quick Win "
				       "geeignet.\n",
				       "  Pilotkandidat: die Abhängigkeitshülle umfasst %zu Objekte "
				       "(höchstens %zu, das Objekt selbst eingeschlossen), alle als Quick "
				       "Win geeignet.\n", x->huelle),
			   x->huelle, x->pilot_max);
		return;
	}
	buf_printf(b, ngettext("  Kein Pilotkandidat: die Abhängigkeitshülle umfasst %zu Objekt "
			       "(höchstens %zu erlaubt, das Objekt selbst eingeschlossen)",
			       "  Kein Pilotkandidat: die Abhängigkeitshülle umfasst %zu Objekte "
			       "(höchstens %zu erlaubt, das Objekt selbst eingeschlossen)", x->huelle),
		   x->huelle, x->pilot_max);
	if (x->n_huelle_nicht) {
		buf_puts(b, _("; nicht als Quick Win geeignet: "));
		put_objects(b, w, x->huelle_nicht, x->n_huelle_nicht);
	}
	buf_puts(b, ".\n");
}

char *explain_text(const struct ws *w, const struct assessment *a, uint32_t obj, uint32_t pf)
{
	struct explanation *x = NULL;
	struct buf b = { NULL, 0, 0, 0 };
	if (obj >= a->n_obj || (pf != WP_NONE && pf >= a->n_pf))
		return NULL;
	if (explain_object(w, a, obj, &x))
		return NULL;
	const struct objekt *o = &w->obj[obj];
	/* TRANSLATORS: the heading of an object's explanation: Kennung, „Name“, (Typ */
	buf_printf(&b, _("%s „%s“ (%s"), o->kennung, o->name, enum_display(EK_TYP, o->typ));
	if (o->behoerde < w->n_beh)
		buf_printf(&b, ", %s", w->beh[o->behoerde].name);
	buf_puts(&b, ")\n");
	sec_schutzbedarf(&b, w, x);
	sec_rote_linien(&b, w, a, x, pf);
	sec_empfehlung(&b, w, x);
	sec_dvc(&b, w, x);
	sec_strategie(&b, w, x);
	sec_aufwand(&b, w, x);
	sec_quickwin(&b, w, x);
	explain_free(&x);
	return buf_finish(&b);
}
