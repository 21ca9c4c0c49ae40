/* The Kostenfaktor's what-if in the Plattformen view (docs/dashboard.md): before a changed
 * Kostenfaktor is saved, a question box shows its effect on the yearly operating cost on
 * the platform and the number of objects concerned (kosten_faktor_wirkung, the figure
 * `wolkenplan platform set CODE kostenfaktor` prints); saved only when confirmed, as one
 * undo step (edit_pf_change, journaled). */
#include <stdint.h>
#include <stdio.h>

#include "data/edit_platform.h"
#include "model/i18n.h"
#include "model/kosten.h"
#include "model/money.h"
#include "model/platform.h"
#include "tui/actions.h"
#include "tui/plattformen.h"
#include "tui/session.h"
#include "tui/textbox.h"
#include "tui/widget.h"

int pf_faktor_text(const struct plattformen *p, uint32_t f, int32_t neu, char *buf,
		   size_t size)
{
	const struct ws *ws = p->env->ws;
	char a[16], b[16], m[40];
	int de = i18n_german();
	size_t n = 0;
	int64_t wirkung = kosten_faktor_wirkung(ws, p->env->as, f, neu, &n);
	money_format_cents(wirkung, de, m, sizeof m);
	/* TRANSLATORS: platform code, change in money, old and new Kostenfaktor, objects */
	return snprintf(buf, size,
			ngettext("Betrieb auf %s: %s%s je Jahr, wenn der Kostenfaktor %s statt %s "
				 "ist (%zu Objekt ohne eigene Zielkosten).\n",
				 "Betrieb auf %s: %s%s je Jahr, wenn der Kostenfaktor %s statt %s "
				 "ist (%zu Objekte ohne eigene Zielkosten).\n", n),
			ws->pf[f].code, wirkung > 0 ? "+" : "", m,
			pf_faktor_format(neu, de, b, sizeof b),
			pf_faktor_format(ws->pf[f].kostenfaktor, de, a, sizeof a), n);
}

/* The answer: save p->pending (one undo step) or leave everything as it was. */
static int faktor_done(void *owner, void *state, int result)
{
	struct plattformen *p = owner;
	struct session *s = p->env->ses;
	struct wp_err e = { 0 };
	(void)state;
	if (result == WR_DONE) {
		if (edit_pf_change(s->log, s->store, s->ws, p->pending, &e)) {
			session_message(s, 1, "%s", e.msg);
		} else {
			char kb[300];
			snprintf(p->sel_code, sizeof p->sel_code, "%s", p->pending->code);
			session_saved(s, keys_text(p->ok, kb, sizeof kb));
		}
	} else {
		session_cancelled(s);
	}
	pf_snap_free(&p->pending);
	return VF_REDRAW;
}

int pf_faktor_whatif(struct plattformen *p, struct pf_snap *sn, const char *ok)
{
	const struct ws *ws = p->env->ws;
	uint32_t f = ws_find_plattform(ws, sn->code);
	char text[1024], title[160], fb[16];
	if (f == WP_NONE) {
		pf_snap_free(&sn);
		return -WP_ENOTFOUND;
	}
	pf_snap_free(&p->pending);
	p->pending = sn;
	snprintf(p->ok, sizeof p->ok, "%s", ok);
	size_t k = (size_t)pf_faktor_text(p, f, sn->kostenfaktor, text, sizeof text);
	if (k < sizeof text) {
		char kb[160];
		snprintf(text + k, sizeof text - k, "\n%s",
			 keys_text(_(PF_UEBERNEHMEN), kb,
				   sizeof kb));
	}
	snprintf(title, sizeof title, _("Was wäre, wenn: %s Kostenfaktor = %s"), sn->code,
		 pf_faktor_format(sn->kostenfaktor, i18n_german(), fb, sizeof fb));
	if (textbox_push(p->env->overlays, title, text, 1, p->env->theme, faktor_done, p)) {
		pf_snap_free(&p->pending);
		return -WP_ENOMEM;
	}
	return 0;
}
