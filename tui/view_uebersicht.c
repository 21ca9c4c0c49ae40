/* Übersicht (dashboard): the key figures of the workspace or of one Behörde with its
 * sub-Behörden — objects by type, verdicts on the recommended platform, the readiness
 * distribution as a bar chart, the blocked objects and the red lines that block most,
 * the costs per Haushaltsjahr (uebersicht_kosten.c), contract ends in the next 12 months,
 * the top quick wins and the next wave. Every figure is a selectable line: Enter (or a click) opens the Inventar filtered to what it counts.
 * The figures are computed in one pass over the objects when the scope changes. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/date.h"
#include "model/enums.h"
#include "model/err.h"
#include "model/i18n.h"
#include "model/labels.h"
#include "model/numfmt.h"
#include "model/tree.h"
#include "model/utf8.h"
#include "tui/actions.h"
#include "tui/chrome.h"
#include "tui/pick.h"
#include "tui/table.h"
#include "tui/text.h"
#include "tui/request.h"
#include "tui/uebersicht_int.h"
#include "tui/view.h"
#include "tui/widget.h"

#define TOP_N 5          /* objects listed under contract ends and quick wins */
#define BUCKETS 5        /* readiness bars: 0–19, 20–39, 40–59, 60–79, 80–100 */
#define LABEL_W 34       /* label column at most */

static const struct table_col columns[] = {
	{ "", NULL, 20, 0, 0, 1, 0 },
};

/* ---- building the figures ---- */

struct ue_line *ue_add_line(struct uebersicht *p, int kind, const char *label)
{
	if (p->n_lines >= MAX_LINES)
		return NULL;
	struct ue_line *l = &p->lines[p->n_lines++];
	memset(l, 0, sizeof *l);
	l->kind = (uint8_t)kind;
	l->role = ROLE_ROW;
	snprintf(l->label, sizeof l->label, "%s", label ? label : "");
	obj_filter_clear(&l->f);
	l->f.behoerde = p->scope;
	return l;
}

struct ue_line *ue_add_fig(struct uebersicht *p, const char *label, size_t count)
{
	struct ue_line *l = ue_add_line(p, L_FIG, label);
	if (l) {
		l->count = count;
		snprintf(l->value, sizeof l->value, "%zu", count);
	}
	return l;
}

/* Sets bar_max of lines [from, p->n_lines) to their largest count and turns bars on. */
static void bars(struct uebersicht *p, size_t from)
{
	size_t mx = 0;
	for (size_t i = from; i < p->n_lines; i++)
		if (p->lines[i].count > mx)
			mx = p->lines[i].count;
	for (size_t i = from; i < p->n_lines; i++) {
		p->lines[i].bar = 1;
		p->lines[i].bar_max = mx;
	}
}

static int in_scope(const struct uebersicht *p, uint32_t o)
{
	if (p->scope == WP_NONE)
		return 1;
	return beh_tree_contains(&p->tree, p->scope, p->env->ws->obj[o].behoerde);
}

struct soon {
	int32_t date;
	uint32_t obj;
};

/* Keeps the TOP_N earliest (date, then Kennung order via obj rank) in top[0..*n). */
static void soon_add(struct soon *top, size_t *n, int32_t date, uint32_t obj,
		     const struct ws *ws)
{
	size_t i = *n;
	while (i > 0 && (top[i - 1].date > date ||
			 (top[i - 1].date == date &&
			  strcmp(ws->obj[top[i - 1].obj].kennung, ws->obj[obj].kennung) > 0)))
		i--;
	if (i >= TOP_N)
		return;
	size_t last = *n < TOP_N ? *n : TOP_N - 1;
	memmove(&top[i + 1], &top[i], (last - i) * sizeof *top);
	top[i] = (struct soon){ date, obj };
	if (*n < TOP_N)
		(*n)++;
}

static void obj_label(const struct ws *ws, uint32_t o, const char *lead, char *buf, size_t n)
{
	snprintf(buf, n, "%s%s  %s", lead, ws->obj[o].kennung, ws->obj[o].name);
}

/* Recomputes every figure for the current scope: one pass over the objects, plus the
 * quick-win order. Returns 0 or -WP_ENOMEM. */
/* How long the plan runs and which objects dominate it: the last go-live and the three
 * largest planned efforts (docs/zeitplan.md: the plan is long when they are). */
static void dauer_line(struct uebersicht *p)
{
	const struct ws *ws = p->env->ws;
	const struct assessment *as = p->env->as;
	uint32_t top[3] = { WP_NONE, WP_NONE, WP_NONE };
	for (uint32_t o = 0; o < ws->n_obj; o++) {
		if (!p->wv.of[o] || !in_scope(p, o))
			continue;
		for (int k = 0; k < 3; k++) {
			if (top[k] == WP_NONE || as->obj[o].aufwand > as->obj[top[k]].aufwand) {
				memmove(top + k + 1, top + k, (size_t)(2 - k) * sizeof *top);
				top[k] = o;
				break;
			}
		}
	}
	if (top[0] == WP_NONE || !p->wv.n_welle)
		return;
	char d[16], buf[512], a[3][24];
	for (int k = 0; k < 3; k++)
		if (top[k] != WP_NONE)
			format_num(as->obj[top[k]].aufwand, 1, 1, i18n_german(), a[k], sizeof a[k]);
	date_format(p->wv.welle[p->wv.n_welle - 1].ende, i18n_german(), d, sizeof d);
	int len = snprintf(buf, sizeof buf, _("Letzte Inbetriebnahme bis %s; am längsten dauern"), d);
	for (int k = 0; k < 3 && top[k] != WP_NONE && len > 0 && (size_t)len < sizeof buf; k++)
		len += snprintf(buf + len, sizeof buf - (size_t)len, "%s %s (%s %s)", k ? "," : "",
				ws->obj[top[k]].kennung, a[k], _(LBL_PT));
	ue_add_line(p, L_TEXT, buf);
}

static int compute(struct uebersicht *p)
{
	const struct ws *ws = p->env->ws;
	const struct assessment *as = p->env->as;
	size_t n = ws->n_obj, by_typ[TYP__N] = { 0 }, by_v[V__N] = { 0 }, buck[BUCKETS] = { 0 };
	size_t n_rl = ws->n_rl, total = 0, blocked = 0, n_soon = 0, n_contract = 0;
	size_t *rl_count = calloc(n_rl + 1 + ws->n_pf, sizeof *rl_count);
	uint32_t *qw = malloc((n ? n : 1) * sizeof *qw);
	struct soon top[TOP_N];
	int32_t bis = p->env->heute + 365;
	char buf[256];
	if (!rl_count || !qw) {
		free(rl_count);
		free(qw);
		return -WP_ENOMEM;
	}
	size_t *pf_blocked = rl_count + n_rl + 1; /* objects blocked per platform */
	for (uint32_t o = 0; o < n; o++) {
		if (!in_scope(p, o))
			continue;
		const struct objekt *ob = &ws->obj[o];
		const struct assess_obj *ao = &as->obj[o];
		total++;
		if (ob->typ < TYP__N)
			by_typ[ob->typ]++;
		int v = obj_filter_verdict(as, o);
		by_v[v]++;
		int bk = ao->bereitschaft >= 100 ? BUCKETS - 1 : ao->bereitschaft / 20;
		buck[bk < BUCKETS ? bk : BUCKETS - 1]++;
		if (v == V_BLOCKIERT && ws->n_pf > 0)
			blocked++;
		for (size_t f = 0; f < ws->n_pf; f++)
			pf_blocked[f] += as->verdict[(size_t)o * ws->n_pf + f] == V_BLOCKIERT;
		/* What blocks: per red line, the objects it blocks on at least one platform
		 * (the same test as the Inventar's red-line filter behind the figure). */
		if (ws->n_pf > 0) {
			int req = assess_required_level(ws, ao, o);
			for (size_t r = 0; r < n_rl; r++)
				for (size_t f = 0; f < ws->n_pf; f++)
					if (assess_rl_check(ws->rl_val[f * n_rl + r], req) ==
					    RLC_VERFEHLT) {
						rl_count[r]++;
						break;
					}
			for (uint32_t f = 0; f < ws->n_pf; f++)
				if (assess_vs_check(ws, o, f) == RLC_VERFEHLT) {
					rl_count[n_rl]++;
					break;
				}
		}
		if (ob->vertragsende != INT32_MIN && ob->vertragsende >= p->env->heute &&
		    ob->vertragsende <= bis) {
			n_contract++;
			soon_add(top, &n_soon, ob->vertragsende, o, ws);
		}
	}
	p->n_scope_obj = total;
	p->n_lines = 0;
	struct ue_line *l;

	/* objects by type */
	ue_add_line(p, L_HEAD, _("Objekte nach Typ"));
	size_t from = p->n_lines;
	ue_add_fig(p, _("alle Objekte"), total);
	for (int t = 0; t < TYP__N; t++)
		if ((l = ue_add_fig(p, enum_display(EK_TYP, t), by_typ[t])))
			l->f.typ = t;
	bars(p, from);
	ue_add_line(p, L_BLANK, NULL);

	/* verdicts */
	ue_add_line(p, L_HEAD, _("Urteil auf der empfohlenen Plattform"));
	from = p->n_lines;
	for (int v = 0; v < V__N; v++) {
		snprintf(buf, sizeof buf, "%s %s", theme_verdict_glyph(p->env->theme, v), enum_display(EK_VERDICT, v));
		if ((l = ue_add_fig(p, buf, by_v[v]))) {
			l->f.verdict = v;
			l->role = (uint8_t)theme_verdict_role(v);
		}
	}
	bars(p, from);
	ue_add_line(p, L_BLANK, NULL);

	/* readiness distribution */
	ue_add_line(p, L_HEAD, _("DVC-Bereitschaft (Verteilung)"));
	from = p->n_lines;
	for (int b = BUCKETS - 1; b >= 0; b--) {
		int lo = b * 20, hi = b == BUCKETS - 1 ? 100 : b * 20 + 19;
		snprintf(buf, sizeof buf, _("%d–%d %%"), lo, hi);
		if ((l = ue_add_fig(p, buf, buck[b]))) {
			l->f.bereit_min = lo;
			l->f.bereit_max = hi;
		}
	}
	bars(p, from);
	ue_add_line(p, L_BLANK, NULL);

	/* blocked objects and the red lines that block most */
	ue_add_line(p, L_HEAD, _("Blockierte Objekte und was sie blockiert"));
	if ((l = ue_add_fig(p, _("blockiert auf jeder Plattform"), blocked))) {
		l->f.verdict = V_BLOCKIERT;
		l->role = ROLE_VERDICT_BLOCKED;
	}
	for (size_t f = 0; f < ws->n_pf; f++) {
		snprintf(buf, sizeof buf, _("blockiert auf %s: %zu"), ws->pf[f].code,
			 pf_blocked[f]);
		ue_add_line(p, L_TEXT, buf);
	}
	if (ws->n_pf > 0)
		ue_add_line(p, L_TEXT, _("auf mindestens einer Plattform blockiert durch:"));
	from = p->n_lines;
	for (int shown = 0; shown < 5; shown++) {
		size_t best = (size_t)-1;
		for (size_t r = 0; r <= n_rl; r++)
			if (rl_count[r] && (best == (size_t)-1 || rl_count[r] > rl_count[best]))
				best = r;
		if (best == (size_t)-1)
			break;
		if (best < n_rl)
			snprintf(buf, sizeof buf, _("  verfehlt %s %s"), ws->rl[best].code,
				 ws->rl[best].name);
		else
			snprintf(buf, sizeof buf, "%s", _("  VS-NfD-Freigabe fehlt"));
		if ((l = ue_add_fig(p, buf, rl_count[best])))
			l->f.rl = (uint32_t)best;
		rl_count[best] = 0;
	}
	if (p->n_lines > from)
		bars(p, from);
	ue_add_line(p, L_BLANK, NULL);

	/* contract ends */
	char d[16];
	p->split = p->n_lines;
	ue_kosten_lines(p);
	ue_add_line(p, L_HEAD, _("Vertragsende in den nächsten 12 Monaten"));
	date_format(bis, i18n_german(), d, sizeof d);
	snprintf(buf, sizeof buf, _("Verträge enden bis %s"), d);
	if ((l = ue_add_fig(p, buf, n_contract)))
		l->f.vertrag_bis = bis;
	for (size_t i = 0; i < n_soon; i++) {
		char lead[32];
		date_format(top[i].date, i18n_german(), d, sizeof d);
		snprintf(lead, sizeof lead, "  %s  ", d);
		obj_label(ws, top[i].obj, lead, buf, sizeof buf);
		if ((l = ue_add_line(p, L_FIG, buf)))
			l->f.select = top[i].obj;
	}
	ue_add_line(p, L_BLANK, NULL);

	/* quick wins */
	ue_add_line(p, L_HEAD, _("Quick Wins (beste zuerst)"));
	size_t nq = assess_quickwins(ws, as, qw), n_in = 0;
	for (size_t i = 0; i < nq; i++)
		n_in += in_scope(p, qw[i]);
	if ((l = ue_add_fig(p, _("geeignet für einen Quick Win"), n_in)))
		l->f.quickwin = 1;
	for (size_t i = 0, shown = 0; i < nq && shown < TOP_N; i++) {
		if (!in_scope(p, qw[i]))
			continue;
		shown++;
		obj_label(ws, qw[i], "  ", buf, sizeof buf);
		if ((l = ue_add_line(p, L_FIG, buf))) {
			snprintf(l->value, sizeof l->value, _("%u Pkt."), (unsigned)as->obj[qw[i]].qw);
			l->f.select = qw[i];
		}
	}
	ue_add_line(p, L_BLANK, NULL);

	/* the next wave in which objects go live */
	ue_add_line(p, L_HEAD, _("Nächste Welle"));
	const struct plan_welle *next = NULL;
	for (size_t i = 0; i < p->wv.n_welle; i++) {
		const struct plan_welle *wv = &p->wv.welle[i];
		if (wv->ende >= p->env->heute && wv->n_obj && (!next || wv->beginn < next->beginn))
			next = wv;
	}
	if (!next) {
		ue_add_line(p, L_TEXT, p->wv.n_welle ? _("keine Welle mehr nach heute geplant") :
			 _("noch nicht geplant"));
	} else {
		char d2[16];
		size_t in_wave = 0;
		for (uint32_t o = 0; o < n; o++)
			in_wave += in_scope(p, o) && p->wv.of[o] == (uint32_t)next->nr;
		date_format(next->beginn, i18n_german(), d, sizeof d);
		date_format(next->ende, i18n_german(), d2, sizeof d2);
		snprintf(buf, sizeof buf, _("Welle %d: %s – %s"), next->nr, d, d2);
		ue_add_line(p, L_TEXT, buf);
		if ((l = ue_add_fig(p, _("Objekte gehen in Betrieb"), in_wave)))
			l->f.welle = next->nr;
		dauer_line(p);
	}
	free(rl_count);
	free(qw);
	table_set_rows(&p->t, p->n_lines);
	return 0;
}

/* ---- drawing ---- */

static int selectable(const void *ctx, size_t row)
{
	const struct uebersicht *p = ctx;
	return p->lines[row].kind == L_FIG || p->lines[row].kind == L_SAETZE;
}

/* Draws line `row` at (y, x0) of w in width columns. */
static void draw_line_at(struct uebersicht *p, WINDOW *w, int y, int x0, int width,
			 size_t row, int selected)
{
	const struct theme *th = p->env->theme;
	const struct ue_line *l = &p->lines[row];
	if (l->kind == L_HEAD) {
		text_put(w, y, x0, l->label, width, theme_attr(th, ROLE_GROUP, 0), TEXT_LEFT);
		return;
	}
	if (l->kind == L_BLANK)
		return;
	if (l->kind == L_INFO || l->kind == L_JAHR) {
		ue_kosten_draw(p, l, w, y, x0, width, selected);
		return;
	}
	attr_t base = theme_attr(th, ROLE_ROW, selected);
	if (l->kind == L_TEXT || l->kind == L_SAETZE) {
		text_put(w, y, x0 + 2, l->label, width - 2,
			 theme_attr(th, l->role == ROLE_ROW ? ROLE_DIM : l->role, selected), TEXT_LEFT);
		return;
	}
	int lw = width / 2 < LABEL_W ? width / 2 : LABEL_W, vw = 8;
	if (l->f.select != WP_NONE) /* object lines: the label takes the bar's room too */
		lw = width - vw - 3;
	text_put(w, y, x0 + 2, l->label, lw, theme_attr(th, l->role, selected), TEXT_LEFT);
	text_put(w, y, x0 + 2 + lw, l->value, vw, base, TEXT_RIGHT);
	if (!l->bar || l->bar_max == 0)
		return;
	int bw = width - (2 + lw + vw + 2);
	if (bw > 50)
		bw = 50;
	if (bw <= 0)
		return;
	int len = (int)((l->count * (size_t)bw + l->bar_max / 2) / l->bar_max);
	if (len == 0 && l->count > 0)
		len = 1;
	char bar[256];
	const char *g = theme_glyph(th, GL_BLOCK);
	size_t gl = strlen(g), k = 0;
	for (int i = 0; i < len && k + gl < sizeof bar; i++, k += gl)
		memcpy(bar + k, g, gl);
	bar[k] = '\0';
	text_put(w, y, x0 + 2 + lw + vw + 2, bar, bw, theme_attr(th, l->role == ROLE_ROW ?
		 ROLE_DIM : l->role, selected), TEXT_LEFT);
}

static void draw_line(void *ctx, const struct table *t, WINDOW *w, int y, size_t row,
		      int selected)
{
	draw_line_at(ctx, w, y, 0, t->width, row, selected);
}

/* Wide and tall enough for two columns without scrolling: the first sections on the left,
 * from the contract ends on the right. Sets *cw to the left column's width. */
static int two_columns(const struct uebersicht *p, int h, int w, int *cw)
{
	size_t rows = h > 1 ? (size_t)h - 1 : 0, left = p->split, right = p->n_lines - p->split;
	left -= left && p->lines[left - 1].kind == L_BLANK; /* a trailing blank needs no row */
	right -= right && p->lines[p->n_lines - 1].kind == L_BLANK;
	if (w < 110 || !p->split || left > rows || right > rows)
		return 0;
	*cw = (w - 3) / 2;
	return 1;
}

static void ue_draw(struct view *v)
{
	struct uebersicht *p = v->priv;
	const struct theme *th = v->env->theme;
	const struct ws *ws = v->env->ws;
	int cols = getmaxx(v->win);
	char line[512], objs[64];
	int h = getmaxy(v->win), cw;
	if (two_columns(p, h, cols, &cw)) {
		attr_t sep = theme_attr(th, ROLE_DIM, 0);
		for (size_t i = 0; i < p->n_lines; i++) {
			int right = i >= p->split, x0 = right ? cw + 3 : 0;
			int y = 1 + (int)(right ? i - p->split : i), wd = right ? cols - x0 : cw;
			int sel = i == p->t.sel && selectable(p, i);
			if (sel)
				text_fill(v->win, y, x0, wd, theme_attr(th, ROLE_ROW, 1));
			draw_line_at(p, v->win, y, x0, wd, i, sel);
		}
		size_t used = p->split > p->n_lines - p->split ? p->split : p->n_lines - p->split;
		for (int y = 1; y <= (int)used && y < h; y++)
			text_put(v->win, y, cw + 1, "│", 1, sep, TEXT_LEFT);
	} else {
		table_draw(&p->t, v->win);
	}
	/* the table's header line carries the scope */
	i18n_n_objekte(p->n_scope_obj, objs, sizeof objs);
	if (p->note[0])
		snprintf(line, sizeof line, "%s", p->note);
	else if (p->scope == WP_NONE)
		snprintf(line, sizeof line, _("Bereich: ganzer Arbeitsbereich, %s  (←/→ oder f: "
					      "Behörde wählen)"), objs);
	else
		snprintf(line, sizeof line, _("Bereich: %s mit untergeordneten Behörden, %s  "
					      "(←/→ oder f: wechseln)"),
			 ws->beh[p->scope].name, objs);
	text_put(v->win, 0, 0, line, cols, theme_attr(th, ROLE_HEADER, 0), TEXT_LEFT);
	if (p->picking)
		pick_draw(&p->pk, v->win);
}

/* ---- actions ---- */

static void set_scope(struct uebersicht *p, uint32_t scope)
{
	p->scope = scope;
	p->note[0] = '\0';
	if (compute(p))
		snprintf(p->note, sizeof p->note, "%s", wp_strerror(WP_ENOMEM));
	table_select(&p->t, 0);
}

/* Moves the scope by dir through "all" and the Behörden by name. */
static void step_scope(struct uebersicht *p, int dir)
{
	size_t nb = p->env->ws->n_beh, at = 0; /* 0 = all, i + 1 = beh_sorted[i] */
	for (size_t i = 0; i < nb; i++)
		if (p->beh_sorted[i] == p->scope)
			at = i + 1;
	at = (at + (size_t)(dir > 0 ? 1 : nb)) % (nb + 1);
	set_scope(p, at == 0 ? WP_NONE : p->beh_sorted[at - 1]);
}

static const char *beh_label(void *ctx, size_t i, char *buf, size_t n)
{
	struct uebersicht *p = ctx;
	(void)buf;
	(void)n;
	return i == 0 ? _("ganzer Arbeitsbereich") : p->env->ws->beh[p->beh_sorted[i - 1]].name;
}

static int open_line(struct uebersicht *p, struct view *v)
{
	if (p->n_lines && p->lines[p->t.sel].kind == L_SAETZE) {
		ue_kosten_saetze_box(p);
		return VF_HANDLED | VF_REDRAW;
	}
	if (!p->n_lines || p->lines[p->t.sel].kind != L_FIG)
		return VF_HANDLED;
	return request_inventar(v->env->req, &p->lines[p->t.sel].f);
}

static int ue_key(struct view *v, int key)
{
	struct uebersicht *p = v->priv;
	if (!p->picking)
		return 0;
	int r = pick_key(&p->pk, key);
	if (r == WR_DONE || r == WR_CANCEL) {
		size_t item = r == WR_DONE ? pick_selected(&p->pk) : (size_t)-1;
		pick_free(&p->pk);
		p->picking = 0;
		if (item != (size_t)-1)
			set_scope(p, item == 0 ? WP_NONE : p->beh_sorted[item - 1]);
	}
	return VF_HANDLED | VF_REDRAW;
}

static int ue_handle(struct view *v, int action)
{
	struct uebersicht *p = v->priv;
	switch (action) {
	case ACT_LEFT:
		step_scope(p, -1);
		return VF_HANDLED | VF_REDRAW;
	case ACT_RIGHT:
		step_scope(p, +1);
		return VF_HANDLED | VF_REDRAW;
	case ACT_FILTER:
		if (pick_open(&p->pk, _("Bereich der Übersicht"), v->env->ws->n_beh + 1, beh_label,
			      p, v->env->theme) == 0) {
			p->picking = 1;
			size_t at = 0;
			for (size_t i = 0; i < v->env->ws->n_beh; i++)
				if (p->beh_sorted[i] == p->scope)
					at = i + 1;
			pick_select(&p->pk, at);
		}
		return VF_HANDLED | VF_REDRAW;
	case ACT_FILTER_CLEAR:
		set_scope(p, WP_NONE);
		return VF_HANDLED | VF_REDRAW;
	case ACT_OPEN:
		return open_line(p, v);
	default:
		return table_handle(&p->t, action);
	}
}

static int ue_click(struct view *v, int y, int x)
{
	struct uebersicht *p = v->priv;
	int cw = 0;
	if (p->picking || y == 0 || !v->win)
		return VF_HANDLED;
	size_t row = p->t.top + (size_t)(y - 1);
	if (two_columns(p, getmaxy(v->win), getmaxx(v->win), &cw)) {
		if (x <= cw + 1) {
			row = (size_t)(y - 1);
			if (row >= p->split) /* below the left column's last line */
				return VF_HANDLED;
		} else {
			row = p->split + (size_t)(y - 1);
		}
	}
	if (row >= p->n_lines || !selectable(p, row))
		return VF_HANDLED;
	table_select(&p->t, row);
	return open_line(p, v);
}

static void ue_info(struct view *v, char *buf, size_t n)
{
	const struct uebersicht *p = v->priv;
	int saetze = p && p->n_lines && p->lines[p->t.sel].kind == L_SAETZE;
	keys_text(saetze ? _("{open}: Sätze und Annahmen") : _("{open}: Inventar dazu"), buf, n);
}

/* The footer leaves out what does nothing here: the figures are neither sorted, searched
 * nor edited. */
static int ue_offers(struct view *v, int action)
{
	(void)v;
	return action != ACT_SORT && action != ACT_SEARCH && action != ACT_EDIT;
}

/* ---- life cycle ---- */

/* The Behörden by name and their tree, for the workspace now. */
static int build_beh(struct uebersicht *p)
{
	const struct ws *ws = p->env->ws;
	size_t nb = ws->n_beh;
	free(p->beh_sorted);
	beh_tree_free(&p->tree);
	p->beh_sorted = malloc((nb ? nb : 1) * sizeof *p->beh_sorted);
	if (!p->beh_sorted || beh_sort_by_name(ws, p->beh_sorted) || beh_tree_build(ws, &p->tree))
		return -WP_ENOMEM;
	return 0;
}

static int ue_open(struct view *v)
{
	struct uebersicht *p = calloc(1, sizeof *p);
	if (!p)
		return -WP_ENOMEM;
	v->priv = p;
	p->env = v->env;
	p->scope = WP_NONE;
	if (build_beh(p))
		return -WP_ENOMEM;
	table_init(&p->t, columns, 1, v->env->theme, draw_line, selectable, p);
	if (waves_load(&p->wv, v->env))
		return -WP_ENOMEM;
	return compute(p);
}

/* After an edit: the figures again for the same scope, the same line selected. */
static int ue_reload(struct view *v)
{
	struct uebersicht *p = v->priv;
	if (!p)
		return ue_open(v);
	if (p->scope != WP_NONE && p->scope >= v->env->ws->n_beh)
		p->scope = WP_NONE;
	size_t sel = p->t.sel;
	/* Behörden added, renamed or moved: their order and tree again */
	if (build_beh(p))
		return -WP_ENOMEM;
	waves_free(&p->wv);
	int rc = waves_load(&p->wv, v->env) ? -WP_ENOMEM : compute(p);
	table_select(&p->t, sel < p->n_lines ? sel : 0);
	return rc;
}

static void ue_layout(struct view *v, int height, int width)
{
	struct uebersicht *p = v->priv;
	table_layout(&p->t, height, width);
}

static void ue_destroy(struct view *v)
{
	struct uebersicht *p = v->priv;
	if (p) {
		free(p->beh_sorted);
		beh_tree_free(&p->tree);
		pick_free(&p->pk);
		waves_free(&p->wv);
	}
	free(p);
	v->priv = NULL;
}

const struct view_ops view_uebersicht_ops = {
	.name = "uebersicht",
	.open = ue_open,
	.layout = ue_layout,
	.draw = ue_draw,
	.handle = ue_handle,
	.key = ue_key,
	.click = ue_click,
	.info = ue_info,
	.offers = ue_offers,
	.destroy = ue_destroy,
	.reload = ue_reload,
};
