/* Piloten (tab 7): every pilot in one line (status, members, checklist, wave, feasible
 * platforms), then the chosen pilot in full: goal, OZG service, the wave it lands in, its
 * members with their verdict on every platform, per platform whether the pilot is feasible
 * there and, where not, which member fails and why, the missing prerequisites in the order
 * to clear them (pilot_analysieren), and the checklist. Space ticks a checklist item, i adds
 * one, c changes the status, P creates a pilot (also from a Quick Win or the marked objects
 * of the Inventar: view_piloten_request), ←/→ switch pilots, x exports the Pilote CSV. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/export_plan.h"
#include "data/store_pilot.h"
#include "model/beschluss.h"
#include "model/date.h"
#include "model/enums.h"
#include "model/explain_text.h"
#include "model/fields.h"
#include "model/i18n.h"
#include "model/lookup.h"
#include "model/pilot.h"
#include "model/utf8.h"
#include "tui/actions.h"
#include "tui/dialog.h"
#include "tui/export_dialog.h"
#include "tui/listview.h"
#include "tui/objfilter.h"
#include "tui/pick.h"
#include "tui/planwork.h"
#include "tui/session.h"
#include "tui/table.h"
#include "tui/text.h"
#include "tui/request.h"
#include "tui/view.h"
#include "tui/widget.h"

#define WHY_MAX 3      /* members named per infeasible platform */
#define TEXT_N 600

enum line_kind { LK_BLANK, LK_HEAD, LK_PILOT, LK_TEXT, LK_MEMHEAD, LK_MEMBER, LK_PF, LK_WHY,
		 LK_GAP, LK_TODO };

struct pl_line {
	uint8_t kind;   /* enum line_kind */
	uint8_t role;   /* enum role of the text */
	uint32_t idx;   /* pilot, member object, platform or checklist item */
	char text[TEXT_N];
};

struct piloten {
	const struct view_env *env;
	struct pl_line *lines;
	size_t n_lines, cap;
	uint32_t cur;                 /* the pilot shown in full, or WP_NONE */
	struct plan *pl;              /* stored plan (waves), or NULL */
	struct listview lv;           /* items are the lines */
	int h, w;
	uint32_t *req_objs;           /* the objects of the pilot being named */
	size_t req_n;
	char req_name[128];           /* its suggested name */
	char keep_pilot[128];         /* name of the pilot shown, across reloads */
	size_t keep_row;              /* the selected line across reloads: its row, */
	int keep_kind;                /* kind and index (found again after lines moved) */
	uint32_t keep_idx;
};

static const struct table_col columns[] = {
	{ "", NULL, 20, 0, 0, 1, 0 },
};

static int add_line(struct piloten *p, int kind, int role, uint32_t idx, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
static int add_line(struct piloten *p, int kind, int role, uint32_t idx, const char *fmt, ...)
{
	if (p->n_lines == p->cap) {
		size_t cap = p->cap ? p->cap * 2 : 64;
		struct pl_line *nl = realloc(p->lines, cap * sizeof *nl);
		if (!nl)
			return -WP_ENOMEM;
		p->lines = nl;
		p->cap = cap;
	}
	struct pl_line *l = &p->lines[p->n_lines++];
	l->kind = (uint8_t)kind;
	l->role = (uint8_t)role;
	l->idx = idx;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(l->text, sizeof l->text, fmt, ap);
	va_end(ap);
	return 0;
}

/* "1 (01.01.2027 – 31.03.2027)" for wave nr of the stored plan. */
static const char *wave_text(const struct piloten *p, int nr, char *buf, size_t n)
{
	char d1[16], d2[16];
	int de = i18n_german();
	if (!p->pl || nr < 1 || (size_t)nr > p->pl->n_welle) {
		snprintf(buf, n, "%s", nr > 0 ? "" : "–");
		if (nr > 0)
			snprintf(buf, n, "%d", nr);
		return buf;
	}
	snprintf(buf, n, "%d (%s – %s)", nr, date_format(p->pl->welle[nr - 1].beginn, de, d1, sizeof d1),
		 date_format(p->pl->welle[nr - 1].ende, de, d2, sizeof d2));
	return buf;
}

/* The full account of pilot pi. */
static int build_pilot(struct piloten *p, uint32_t pi)
{
	const struct ws *w = p->env->ws;
	const struct assessment *a = p->env->as;
	const struct pilot *pt = &w->pilot[pi];
	struct pilot_analyse pa = { 0 };
	char b[256], c[128];
	int rc = pilot_analysieren(w, a, p->pl, pi, &pa);
	if (rc)
		return rc;
	rc |= add_line(p, LK_BLANK, ROLE_ROW, 0, "%s", "");
	snprintf(b, sizeof b, _("%s — Status: %s   ({pilot-status} ändert den Status)"), pt->name,
		 _(enum_label(EK_PILOT_STATUS, pt->status)));
	rc |= add_line(p, LK_HEAD, ROLE_GROUP, pi, "%s", keys_text(b, c, sizeof c));
	if (pt->ziel[0])
		rc |= add_line(p, LK_TEXT, ROLE_ROW, 0, _("Ziel: %s"), pt->ziel);
	if (pt->ozg[0]) {
		char name[400];
		if (p->env->ses && store_catalog_name(p->env->ses->store, pt->ozg, name, sizeof name) == 1)
			rc |= add_line(p, LK_TEXT, ROLE_ROW, 0, _("OZG-Leistung: %s (%s)"), pt->ozg, name);
		else
			rc |= add_line(p, LK_TEXT, ROLE_ROW, 0, _("OZG-Leistung: %s"), pt->ozg);
	}
	if (pa.ziel != WP_NONE)
		rc |= add_line(p, LK_TEXT, pa.machbar[pa.ziel] ? ROLE_VERDICT_OK : ROLE_VERDICT_OPEN, 0,
			       pa.machbar[pa.ziel] ? _("Zielplattform: %s — %s (machbar)")
						   : _("Zielplattform: %s — %s (noch nicht machbar)"),
			       w->pf[pa.ziel].code, w->pf[pa.ziel].name);
	else
		rc |= add_line(p, LK_TEXT, ROLE_VERDICT_BLOCKED, 0, "%s",
			       _("Zielplattform: keine — kein Mitglied ist irgendwo zulässig"));
	if (!p->pl)
		rc |= add_line(p, LK_TEXT, ROLE_DIM, 0, "%s",
			       keys_text(_("Welle: noch kein Plan gespeichert (Roadmap: {replan} plant)"),
					 b, sizeof b));
	else if (pa.welle > 0) {
		size_t planned = 0;
		for (size_t m = 0; m < pt->n_members; m++)
			planned += pt->members[m] < p->pl->n_obj && p->pl->obj[pt->members[m]].welle > 0;
		int bound = pt->status == PS_GEPLANT || pt->status == PS_LAUFEND;
		if (!bound) /* docs/zeitplan.md: only pilots geplant or laufend bind their members */
			rc |= add_line(p, LK_TEXT, ROLE_VERDICT_OPEN, 0,
				       _("Welle: %s — nicht gebunden (Status %s): die Mitglieder werden "
					 "einzeln geplant, das letzte geht in dieser Welle in Betrieb"),
				       wave_text(p, pa.welle, b, sizeof b),
				       _(enum_label(EK_PILOT_STATUS, pt->status)));
		else if (planned == pt->n_members)
			rc |= add_line(p, LK_TEXT, ROLE_ROW, 0, _("Welle: %s — alle Mitglieder gemeinsam"),
				       wave_text(p, pa.welle, b, sizeof b));
		else /* the planner plans every member but those that stay (Retain) */
			rc |= add_line(p, LK_TEXT, ROLE_ROW, 0,
				       _("Welle: %s — %zu von %zu Mitgliedern; die übrigen bleiben (Retain) "
					 "und sind über Schnittstellen angebunden"),
				       wave_text(p, pa.welle, b, sizeof b), planned, pt->n_members);
	}
	else
		rc |= add_line(p, LK_TEXT, ROLE_DIM, 0, "%s", _("Welle: nicht geplant"));

	/* members with their verdict on every platform */
	rc |= add_line(p, LK_BLANK, ROLE_ROW, 0, "%s", "");
	rc |= add_line(p, LK_MEMHEAD, ROLE_GROUP, pi, _("Mitglieder (%zu) · Urteil je Plattform"),
		       pt->n_members);
	for (size_t m = 0; m < pt->n_members; m++)
		rc |= add_line(p, LK_MEMBER, ROLE_ROW, pt->members[m], "%s", "");
	if (!pt->n_members)
		rc |= add_line(p, LK_TEXT, ROLE_DIM, 0, "%s",
			       keys_text(_("keine Mitglieder — im Inventar markieren ({toggle}), dann "
					   "{pilot-new}"), b, sizeof b));

	/* feasibility per platform and why not */
	rc |= add_line(p, LK_BLANK, ROLE_ROW, 0, "%s", "");
	rc |= add_line(p, LK_HEAD, ROLE_GROUP, pi, "%s",
		       _("Machbarkeit je Plattform (machbar: jedes Mitglied zulässig)"));
	for (size_t f = 0; f < w->n_pf; f++) {
		size_t ok = 0;
		for (size_t m = 0; m < pt->n_members; m++)
			ok += a->verdict[(size_t)pt->members[m] * a->n_pf + f] == V_ZULAESSIG;
		int feas = pa.machbar[f] && pt->n_members;
		snprintf(c, sizeof c, _("%zu von %zu Mitgliedern zulässig"), ok, pt->n_members);
		rc |= add_line(p, LK_PF, feas ? ROLE_VERDICT_OK : ROLE_VERDICT_BLOCKED, (uint32_t)f,
			       "%s %-10s %s: %s", theme_verdict_glyph(p->env->theme, feas ? V_ZULAESSIG : V_BLOCKIERT),
			       w->pf[f].code, pilot_machbar_text(feas), c);
		size_t shown = 0, missing = pt->n_members - ok;
		for (size_t m = 0; m < pt->n_members && !feas; m++) {
			uint32_t o = pt->members[m];
			if (a->verdict[(size_t)o * a->n_pf + f] == V_ZULAESSIG)
				continue;
			if (shown++ == WHY_MAX) {
				rc |= add_line(p, LK_WHY, ROLE_DIM, (uint32_t)f,
					       ngettext("    … und %zu weiteres Mitglied",
							"    … und %zu weitere Mitglieder",
							missing - WHY_MAX),
					       missing - WHY_MAX);
				break;
			}
			char *why = verdict_reason_text(w, a, o, (uint32_t)f);
			rc |= add_line(p, LK_WHY, ROLE_DIM, (uint32_t)f, "    %s: %s", w->obj[o].kennung,
				       why ? why : "");
			free(why);
		}
	}

	/* what to clear first */
	rc |= add_line(p, LK_BLANK, ROLE_ROW, 0, "%s", "");
	if (pa.n_luecken)
		rc |= add_line(p, LK_HEAD, ROLE_GROUP, pi,
			       _("Fehlende Voraussetzungen (%zu) — in dieser Reihenfolge klären"),
			       pa.n_luecken);
	else
		rc |= add_line(p, LK_HEAD, ROLE_VERDICT_OK, pi, "%s",
			       _("Keine fehlenden Voraussetzungen: der Pilot kann starten"));
	for (size_t g = 0; g < pa.n_luecken; g++) {
		char t[TEXT_N];
		pilot_luecke_text(w, &pa.luecken[g], t, sizeof t);
		rc |= add_line(p, LK_GAP, pa.luecken[g].art == PL_TODO ? ROLE_VERDICT_OPEN
								       : ROLE_VERDICT_BLOCKED,
			       (uint32_t)g, "%zu. %s", g + 1, t);
	}

	/* the checklist */
	size_t done = 0;
	for (size_t k = 0; k < pt->n_todos; k++)
		done += pt->todos[k].done;
	rc |= add_line(p, LK_BLANK, ROLE_ROW, 0, "%s", "");
	snprintf(c, sizeof c, _("Checkliste (%zu von %zu erledigt) — {toggle} hakt ab, {todo-add} "
				"fügt hinzu"), done, pt->n_todos);
	rc |= add_line(p, LK_HEAD, ROLE_GROUP, pi, "%s", keys_text(c, b, sizeof b));
	for (size_t k = 0; k < pt->n_todos; k++)
		rc |= add_line(p, LK_TODO, pt->todos[k].done ? ROLE_DIM : ROLE_ROW, (uint32_t)k,
			       "[%s] %s", pt->todos[k].done ? "x" : " ", pt->todos[k].text);
	if (!pt->n_todos)
		rc |= add_line(p, LK_TEXT, ROLE_DIM, 0, "%s",
			       keys_text(_("(leer — {todo-add} fügt einen Punkt hinzu)"), b, sizeof b));
	/* the decisions that name the pilot (docs/beschluesse.md), only when there are any */
	for (size_t i = 0, n = 0; i < w->n_bes; i++) {
		if (!beschluss_nennt(&w->bes[i], BL_PILOT, pt->id))
			continue;
		if (!n++) {
			rc |= add_line(p, LK_BLANK, ROLE_ROW, 0, "%s", "");
			rc |= add_line(p, LK_HEAD, ROLE_GROUP, pi, "%s", _(LBL_BESCHLUESSE));
		}
		beschluss_kurz(&w->bes[i], i18n_german(), b, sizeof b);
		rc |= add_line(p, LK_TEXT, ROLE_ROW, 0, "%s", b);
	}
	pilot_analyse_free(&pa);
	return rc ? -WP_ENOMEM : 0;
}

static int build(struct piloten *p)
{
	const struct ws *w = p->env->ws;
	struct wp_err e = { 0 };
	int rc = 0;
	p->n_lines = 0;
	plan_free(&p->pl);
	if (pw_plan_load(p->env, NULL, &p->pl, &e) == -WP_ENOMEM)
		return -WP_ENOMEM;
	if (p->cur != WP_NONE && p->cur >= w->n_pilot)
		p->cur = w->n_pilot ? 0 : WP_NONE;
	if (p->cur == WP_NONE && w->n_pilot)
		p->cur = 0;
	rc |= add_line(p, LK_HEAD, ROLE_GROUP, WP_NONE,
		       ngettext("%zu Pilot — ←/→ oder Enter wählt, P legt einen an",
				"%zu Piloten — ←/→ oder Enter wählt, P legt einen an", w->n_pilot),
		       w->n_pilot);
	for (size_t i = 0; i < w->n_pilot && !rc; i++) {
		const struct pilot *pt = &w->pilot[i];
		struct pilot_analyse pa = { 0 };
		if (pilot_analysieren(w, p->env->as, p->pl, (uint32_t)i, &pa))
			return -WP_ENOMEM;
		size_t done = 0, used = 0;
		char ok[200] = "", wv[16] = "–";
		for (size_t k = 0; k < pt->n_todos; k++)
			done += pt->todos[k].done;
		for (size_t f = 0; f < w->n_pf && pt->n_members; f++)
			if (pa.machbar[f] && used + strlen(w->pf[f].code) + 3 < sizeof ok)
				used += (size_t)snprintf(ok + used, sizeof ok - used, "%s%s", used ? ", " : "",
							 w->pf[f].code);
		if (pa.welle > 0)
			snprintf(wv, sizeof wv, "%d", pa.welle);
		rc |= add_line(p, LK_PILOT, ROLE_ROW, (uint32_t)i,
			       ngettext("%s · %s · %zu Mitglied · Checkliste %zu/%zu · Welle %s · "
					"machbar auf %s",
					"%s · %s · %zu Mitglieder · Checkliste %zu/%zu · Welle %s · "
					"machbar auf %s", pt->n_members),
			       pt->name, _(enum_label(EK_PILOT_STATUS, pt->status)), pt->n_members, done,
			       pt->n_todos, wv, used ? ok : "—");
		pilot_analyse_free(&pa);
	}
	if (!w->n_pilot) {
		char kb[400];
		rc |= add_line(p, LK_TEXT, ROLE_DIM, 0, "%s",
			       keys_text(_("Noch keine Piloten. {pilot-new} legt einen an; aus Quick Wins "
					   "(Tab {view-6}) mit {pilot-new} samt Abhängigkeitshülle, aus "
					   "dem Inventar mit den markierten Objekten."), kb, sizeof kb));
	}
	if (!rc && p->cur != WP_NONE)
		rc = build_pilot(p, p->cur);
	listview_set_source(&p->lv, NULL, p->n_lines, 0);
	return rc ? -WP_ENOMEM : 0;
}

/* ---- drawing ---- */

/* Member line: Kennung, name, (strategy and effort when there is room), and one verdict
 * cell per platform headed by the platform codes; narrow: the verdict on the target. */
static int pf_cells_x(const struct piloten *p, int width)
{
	int need = 0;
	for (size_t f = 0; f < p->env->ws->n_pf; f++)
		need += (int)utf8_width(p->env->ws->pf[f].code) + 1;
	return width - need >= 30 ? width - need : -1;
}

static void draw_member_cols(const struct piloten *p, WINDOW *w, int y, int width, int memhead,
			     uint32_t o, int selected)
{
	const struct ws *ws = p->env->ws;
	const struct assessment *a = p->env->as;
	const struct theme *th = p->env->theme;
	int x0 = pf_cells_x(p, width);
	int x = x0 < 0 ? width : x0;
	for (size_t f = 0; f < ws->n_pf && x0 >= 0; f++) {
		int cw = (int)utf8_width(ws->pf[f].code) + 1;
		if (memhead) {
			text_put(w, y, x, ws->pf[f].code, cw, theme_attr(th, ROLE_HEADER, 0), TEXT_LEFT);
		} else {
			int v = a->verdict[(size_t)o * a->n_pf + f];
			text_put(w, y, x, theme_verdict_glyph(p->env->theme, v), cw, theme_attr(th, theme_verdict_role(v), selected),
				 TEXT_LEFT);
		}
		x += cw;
	}
}

static void draw_row(void *ctx, const struct table *t, WINDOW *w, int y, uint32_t row,
		     int selected)
{
	struct piloten *p = ctx;
	const struct pl_line *l = &p->lines[row];
	const struct ws *ws = p->env->ws;
	const struct theme *th = p->env->theme;
	int width = t->width;
	attr_t base = theme_attr(th, (enum role)l->role, selected);
	char buf[TEXT_N + 16];
	switch (l->kind) {
	case LK_PILOT:
		snprintf(buf, sizeof buf, "%s %s", l->idx == p->cur ? theme_glyph(th, GL_POINTER) : " ",
			 l->text);
		text_put(w, y, 0, buf, width, l->idx == p->cur ? base | A_BOLD : base, TEXT_LEFT);
		return;
	case LK_MEMHEAD:
	case LK_MEMBER: {
		int x0 = pf_cells_x(p, width);
		int left = x0 < 0 ? width : x0 - 1;
		if (l->kind == LK_MEMHEAD) {
			text_put(w, y, 0, l->text, left, base, TEXT_LEFT);
			draw_member_cols(p, w, y, width, 1, 0, 0);
			return;
		}
		uint32_t o = l->idx;
		const struct assess_obj *ao = &p->env->as->obj[o];
		int kw = 18, tail = left >= 70 ? 18 : 0;
		text_put(w, y, 0, "  ", 2, base, TEXT_LEFT);
		text_put(w, y, 2, ws->obj[o].kennung, kw, base, TEXT_LEFT);
		/* a blank between a cropped name and the strategy */
		text_put(w, y, 2 + kw, ws->obj[o].name, left - 2 - kw - tail - (tail > 0), base,
			 TEXT_LEFT);
		if (tail) {
			char b[32];
			text_put(w, y, left - tail, _(enum_label(EK_STRATEGIE, ao->strategie)), 11, base,
				 TEXT_LEFT);
			text_put(w, y, left - 7, format_pt(ao->aufwand, i18n_german(), b, sizeof b), 6,
				 base, TEXT_RIGHT);
		}
		text_put(w, y, left, " ", 1, base, TEXT_LEFT);
		if (x0 >= 0) {
			draw_member_cols(p, w, y, width, 0, o, selected);
		} else {
			/* too narrow for all platforms: the verdict on the recommended one */
			uint32_t pf = ao->empfohlen;
			int v = pf < ws->n_pf ? p->env->as->verdict[(size_t)o * p->env->as->n_pf + pf]
					      : V_BLOCKIERT;
			snprintf(buf, sizeof buf, "%s %s", theme_verdict_glyph(p->env->theme, v),
				 pf < ws->n_pf ? ws->pf[pf].code
					       : enum_display(EK_VERDICT, V_BLOCKIERT));
			text_put(w, y, left, buf, width - left, theme_attr(th, theme_verdict_role(v), selected),
				 TEXT_LEFT);
		}
		return;
	}
	case LK_TODO:
	case LK_GAP:
	case LK_TEXT:
	case LK_PF:
	case LK_WHY:
		snprintf(buf, sizeof buf, "  %s", l->text);
		text_put(w, y, 0, buf, width, base, TEXT_LEFT);
		return;
	default:
		text_put(w, y, 0, l->text, width, base, TEXT_LEFT);
	}
}

/* ---- the list controller's hooks (items are the lines) ---- */

/* A member line matches by its object's Kennung or Name, any other by its text. */
static int line_match(const void *ctx, uint32_t i, const char *pat)
{
	const struct piloten *p = ctx;
	const struct pl_line *l = &p->lines[i];
	return l->kind == LK_MEMBER ? lookup_text(p->env->ws, l->idx, pat)
				    : listview_text_match(l->text, pat);
}

static int64_t line_id(const void *ctx, uint32_t i)
{
	const struct pl_line *l = &((const struct piloten *)ctx)->lines[i];
	return ((int64_t)l->kind << 32 | l->idx) + 1;
}

static uint32_t find_line(const void *ctx, int64_t id)
{
	const struct piloten *p = ctx;
	for (size_t i = 0; i < p->n_lines; i++)
		if (line_id(p, (uint32_t)i) == id)
			return (uint32_t)i;
	return UINT32_MAX;
}

/* A jump goes to the member line of the object with that Kennung. */
static uint32_t jump(const void *ctx, const char *text)
{
	const struct piloten *p = ctx;
	uint32_t o = lookup_kennung(p->env->ws, text, LOOKUP_PREFIX, NULL);
	for (size_t i = 0; o != WP_NONE && i < p->n_lines; i++)
		if (p->lines[i].kind == LK_MEMBER && p->lines[i].idx == o)
			return (uint32_t)i;
	return UINT32_MAX;
}

static const struct listview_ops list_ops = {
	.draw = draw_row, .match = line_match, .id = line_id, .find_id = find_line, .jump = jump,
};

static void pl_layout(struct view *v, int height, int width)
{
	struct piloten *p = v->priv;
	p->h = height;
	p->w = width;
	table_layout(&p->lv.t, height + 1, width); /* no header line: the table starts one up */
}

static const char *status_label(void *ctx, size_t i, char *buf, size_t n)
{
	(void)ctx;
	(void)buf;
	(void)n;
	return _(enum_label(EK_PILOT_STATUS, (int)i));
}

static void pl_draw(struct view *v)
{
	struct piloten *p = v->priv;
	/* the table draws a header line first; the body window starts a line above it */
	WINDOW *sub = derwin(v->win, p->h, p->w, 0, 0);
	if (sub) {
		struct table t = p->lv.t;
		t.height = p->h;
		for (int i = 0; i < p->h; i++) {
			size_t row = t.top + (size_t)i;
			if (row >= t.n_rows)
				break;
			draw_row(p, &t, sub, i, row, row == t.sel);
		}
		delwin(sub);
	}
	if (p->lv.note[0]) /* what the search or jump has to say, in the last line */
		text_put(v->win, p->h - 1, 0, p->lv.note, p->w, theme_attr(p->env->theme, ROLE_DIM, 0),
			 TEXT_LEFT);
	if (p->n_lines && p->lv.t.sel < p->n_lines) {
		p->keep_row = p->lv.t.sel;
		p->keep_kind = p->lines[p->lv.t.sel].kind;
		p->keep_idx = p->lines[p->lv.t.sel].idx;
	}
	snprintf(p->keep_pilot, sizeof p->keep_pilot, "%s",
		 p->cur != WP_NONE && p->cur < p->env->ws->n_pilot ? p->env->ws->pilot[p->cur].name : "");
}

/* ---- actions ---- */

static void show_pilot(struct piloten *p, uint32_t pi)
{
	p->cur = pi;
	if (build(p))
		session_message(p->env->ses, 1, "%s", wp_strerror(WP_ENOMEM));
	table_select(&p->lv.t, 1 + pi);
}

static void forget_request(struct piloten *p)
{
	free(p->req_objs);
	p->req_objs = NULL;
	p->req_n = 0;
}

/* The name of a new pilot was entered: create it with the requested objects; a refused
 * name stays in the prompt with the reason. */
static int name_done(void *owner, void *state, int result)
{
	struct piloten *p = owner;
	struct wp_err e = { 0 };
	uint32_t pi = WP_NONE;
	if (result != WR_DONE) {
		forget_request(p);
		return VF_REDRAW;
	}
	if (pw_pilot_create(p->env, dialog_value(state), p->req_objs, p->req_n, &pi, &e)) {
		dialog_set_error(state, e.msg);
		return OVERLAY_KEEP | VF_REDRAW;
	}
	forget_request(p);
	/* the reload after the change shows the new pilot */
	snprintf(p->keep_pilot, sizeof p->keep_pilot, "%s", p->env->ws->pilot[pi].name);
	p->keep_row = (size_t)-1;
	p->cur = pi;
	return VF_REDRAW;
}

static void ask_name(struct piloten *p)
{
	const struct ws *w = p->env->ws;
	char label[TEXT_N];
	if (p->req_n) {
		size_t used = (size_t)snprintf(label, sizeof label,
					       ngettext("Name des neuen Piloten mit %zu Objekt (",
							"Name des neuen Piloten mit %zu Objekten (", p->req_n),
					       p->req_n);
		for (size_t i = 0; i < p->req_n && used + 40 < sizeof label; i++)
			used += (size_t)snprintf(label + used, sizeof label - used, "%s%s", i ? ", " : "",
						 w->obj[p->req_objs[i]].kennung);
		snprintf(label + used, sizeof label - used, "):");
	} else {
		snprintf(label, sizeof label, "%s", _("Name des neuen Piloten (ohne Mitglieder):"));
	}
	if (dialog_push_prompt(p->env->overlays, _("Pilot anlegen"), label,
			       p->req_n ? p->req_name : "", p->env->theme, name_done, p))
		forget_request(p);
}

void view_piloten_request(struct view *v, struct pilot_request *rq)
{
	struct piloten *p = v->priv;
	if (!p || !rq)
		return;
	free(p->req_objs);
	p->req_objs = rq->objs;
	p->req_n = rq->n;
	snprintf(p->req_name, sizeof p->req_name, "%s", rq->name);
	rq->objs = NULL;
	rq->n = 0;
	ask_name(p);
}

static int export_write(void *ctx, struct csvout *o)
{
	struct piloten *p = ctx;
	return export_pilote(p->env->ws, p->env->as, p->pl, o);
}

static const struct pl_line *sel_line(const struct piloten *p)
{
	return p->n_lines && p->lv.t.sel < p->n_lines ? &p->lines[p->lv.t.sel] : NULL;
}

static uint32_t pl_selected(struct view *v)
{
	struct piloten *p = v->priv;
	const struct pl_line *l = p ? sel_line(p) : NULL;
	return l && l->kind == LK_MEMBER ? l->idx : WP_NONE;
}

/* A new checklist item was entered. */
static int todo_done(void *owner, void *state, int result)
{
	struct piloten *p = owner;
	struct wp_err e = { 0 };
	if (result != WR_DONE || p->cur == WP_NONE)
		return VF_REDRAW;
	if (pw_todo_add(p->env, p->cur, dialog_value(state), &e)) {
		dialog_set_error(state, e.msg);
		return OVERLAY_KEEP | VF_REDRAW;
	}
	/* the reload after the change selects the new item */
	p->keep_kind = LK_TODO;
	p->keep_idx = (uint32_t)(p->env->ws->pilot[p->cur].n_todos - 1);
	p->keep_row = 0;
	return VF_REDRAW;
}

static int status_done(void *owner, void *state, int result)
{
	struct piloten *p = owner;
	size_t s = pick_selected(state);
	if (result == WR_DONE && s < PS__N && p->cur != WP_NONE)
		pw_pilot_status(p->env, p->cur, (int)s);
	return VF_REDRAW;
}

static int pl_handle(struct view *v, int action)
{
	struct piloten *p = v->priv;
	const struct ws *w = p->env->ws;
	const struct pl_line *l = sel_line(p);
	switch (action) {
	case ACT_PILOT_NEW:
		forget_request(p);
		ask_name(p);
		return VF_HANDLED | VF_REDRAW;
	case ACT_EXPORT:
		if (export_dialog_push(p->env->overlays, p->env, N_("Pilote"), "pilote",
				       export_write, p))
			session_message(p->env->ses, 1, "%s", wp_strerror(WP_ENOMEM));
		return VF_HANDLED | VF_REDRAW;
	case ACT_LEFT:
	case ACT_RIGHT:
		if (w->n_pilot && p->cur != WP_NONE)
			show_pilot(p, (uint32_t)((p->cur + (action == ACT_RIGHT ? 1 : w->n_pilot - 1)) %
						 w->n_pilot));
		return VF_HANDLED | VF_REDRAW;
	case ACT_OPEN:
		if (l && l->kind == LK_PILOT) {
			show_pilot(p, l->idx);
			return VF_HANDLED | VF_REDRAW;
		}
		return 0; /* a member: the app opens its Objekt-Detail */
	case ACT_TOGGLE:
		if (l && l->kind == LK_TODO && p->cur != WP_NONE) {
			p->keep_row = p->lv.t.sel;
			pw_todo_toggle(p->env, p->cur, l->idx);
		}
		return VF_HANDLED | VF_REDRAW;
	case ACT_TODO_ADD:
		if (p->cur == WP_NONE)
			return VF_HANDLED;
		dialog_push_prompt(p->env->overlays, _("Punkt zur Checkliste"),
				   _("Neuer Punkt (offen):"), "", p->env->theme, todo_done, p);
		return VF_HANDLED | VF_REDRAW;
	case ACT_PILOT_STATUS:
		if (p->cur == WP_NONE)
			return VF_HANDLED;
		if (pick_push(p->env->overlays, _("Status des Piloten"), PS__N, status_label, p,
			      p->env->theme, w->pilot[p->cur].status, status_done, p))
			session_message(p->env->ses, 1, "%s", wp_strerror(WP_ENOMEM));
		return VF_HANDLED | VF_REDRAW;
	default:
		return listview_handle(&p->lv, action);
	}
}

static int pl_click(struct view *v, int y, int x)
{
	struct piloten *p = v->priv;
	(void)x;
	size_t row = p->lv.t.top + (size_t)y;
	if (row >= p->n_lines)
		return 0;
	table_select(&p->lv.t, row);
	if (p->lines[row].kind == LK_PILOT)
		show_pilot(p, p->lines[row].idx);
	return VF_HANDLED | VF_REDRAW;
}

static void pl_info(struct view *v, char *buf, size_t n)
{
	struct piloten *p = v->priv;
	const struct ws *w = p->env->ws;
	if (p->cur == WP_NONE)
		buf[0] = '\0';
	else
		snprintf(buf, n, _("Pilot %u von %zu"), p->cur + 1, w->n_pilot);
}

static int pl_reload(struct view *v)
{
	struct piloten *p = v->priv;
	uint32_t pi = p->keep_pilot[0] ? pilot_find(p->env->ws, p->keep_pilot) : WP_NONE;
	size_t row = p->keep_row;
	p->cur = pi;
	int rc = build(p);
	/* the same line (a checklist item, a member) where it is now, else the same row */
	for (size_t i = 0; row != (size_t)-1 && i < p->n_lines; i++)
		if (p->lines[i].kind == p->keep_kind && p->lines[i].idx == p->keep_idx &&
		    (p->keep_kind == LK_TODO || p->keep_kind == LK_MEMBER || p->keep_kind == LK_PILOT)) {
			row = i;
			break;
		}
	if (row == (size_t)-1 || row >= p->n_lines)
		table_select(&p->lv.t, p->cur != WP_NONE ? 1 + p->cur : 0);
	else
		table_select(&p->lv.t, row);
	return rc;
}

static int pl_open(struct view *v)
{
	struct piloten *p = calloc(1, sizeof *p);
	if (!p)
		return -WP_ENOMEM;
	v->priv = p;
	p->env = v->env;
	p->cur = WP_NONE;
	listview_init(&p->lv, columns, 1, v->env->theme, &list_ops, p, v->env->overlays);
	int rc = build(p);
	table_select(&p->lv.t, p->cur != WP_NONE ? 1 + p->cur : 0);
	return rc;
}

static void pl_destroy(struct view *v)
{
	struct piloten *p = v->priv;
	if (!p)
		return;
	free(p->lines);
	plan_free(&p->pl);
	overlay_drop_owner(p->env->overlays, p);
	listview_free(&p->lv);
	free(p->req_objs);
	free(p);
	v->priv = NULL;
}

const struct view_ops view_piloten_ops = {
	.name = "piloten",
	.open = pl_open,
	.layout = pl_layout,
	.draw = pl_draw,
	.handle = pl_handle,
	.click = pl_click,
	.info = pl_info,
	.destroy = pl_destroy,
	.selected = pl_selected,
	.reload = pl_reload,
	.offers = listview_offers_unsorted,
};
