/* The scenario view (docs/dashboard.md): the scenarios with the active one marked, the
 * comparison of the chosen ones (sz_vergleich, sz_diff_objekt of data/szenario_zahlen.h)
 * loaded once per choice and workspace generation, and the scenario actions. */
#include "tui/szenario_view.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/szenario.h"
#include "data/szenario_zahlen.h"
#include "model/i18n.h"
#include "model/labels.h"
#include "tui/actions.h"
#include "tui/dialog.h"
#include "tui/request.h"
#include "tui/session.h"
#include "tui/text.h"
#include "tui/widget.h"

#define SZV_DIFF_MAX 300 /* differing objects listed; the export has them all */
#define SZV_LABEL 26     /* columns of the label column (less on a narrow screen) */
#define SZV_VALUE 18     /* columns of a value column at most */
#define HINT_NEU N_("neu") /* footer: a new scenario */

enum zeile_art { Z_HEAD, Z_KOPF, Z_ZAHL, Z_JAHR, Z_OBJ, Z_NOTE };

/* One line under the scenario list; every string owned. */
struct zeile {
	int art;                          /* enum zeile_art */
	char *label;
	char *wert[SZ_VERGLEICH_MAX];     /* Z_KOPF, Z_ZAHL, Z_OBJ: one per scenario; Z_JAHR: [0] */
	int anders[SZ_VERGLEICH_MAX];     /* 1 = differs from the first compared scenario */
	int64_t euro;                     /* Z_JAHR: the amount for the bar (cents) */
	char *kennung;                    /* Z_OBJ */
};

struct szv {
	const struct view_env *env;
	struct szenario *l;               /* the scenarios (szenario_list) */
	size_t n;
	int wahl[64];                     /* 1 = compared, by position in l (the first 64) */
	struct sz_stand st[SZ_VERGLEICH_MAX];
	size_t n_st;
	int geladen;                      /* st and z match wahl */
	unsigned gen;                     /* ses->gen they were loaded for */
	struct zeile *z;
	size_t n_z, cap_z;
	int64_t max_euro;                 /* largest Z_JAHR amount */
	size_t cur, top;                  /* cursor over l then z; first line shown */
	int rows;                         /* body lines of the last draw */
	int64_t ziel_id;                  /* the scenario a prompt or question is about */
	uint32_t oeffnen;                 /* the object Enter asked for */
	struct szv_merk *merk;            /* the app's, for coming back; may be NULL */
	int frage;                        /* the open prompt: P_NEU or P_NAME */
};

/* ---- loading ---- */

static void zeilen_free(struct szv *v)
{
	for (size_t i = 0; i < v->n_z; i++) {
		free(v->z[i].label);
		free(v->z[i].kennung);
		for (int k = 0; k < SZ_VERGLEICH_MAX; k++)
			free(v->z[i].wert[k]);
	}
	free(v->z);
	v->z = NULL;
	v->n_z = v->cap_z = 0;
}

static void stand_free(struct szv *v)
{
	for (size_t i = 0; i < v->n_st; i++)
		sz_stand_free(&v->st[i]);
	v->n_st = 0;
	zeilen_free(v);
	v->geladen = 0;
}

static char *dup(const char *s)
{
	return strdup(s ? s : "");
}

/* A new line of kind art with label (copied); NULL when out of memory. */
static struct zeile *zeile_neu(struct szv *v, int art, const char *label)
{
	if (v->n_z == v->cap_z) {
		size_t cap = v->cap_z ? v->cap_z * 2 : 32;
		struct zeile *nz = realloc(v->z, cap * sizeof *nz);
		if (!nz)
			return NULL;
		v->z = nz;
		v->cap_z = cap;
	}
	struct zeile *z = &v->z[v->n_z];
	memset(z, 0, sizeof *z);
	z->art = art;
	if (!(z->label = dup(label)))
		return NULL;
	v->n_z++;
	return z;
}

struct vgl_ctx {
	struct szv *v;
	int zeilen; /* rows of figures so far */
	int fehler;
};

/* sz_vergleich's rows: the head, the Kennzahlen, then one per Haushaltsjahr (split into
 * one bar line per scenario, the bar from the scenario's cost table). */
static void vgl_zeile(void *ctx, const char *const *cells, size_t n, int zahlen)
{
	struct vgl_ctx *c = ctx;
	struct szv *v = c->v;
	enum { KENNZAHLEN = 8 }; /* the Kennzahl rows before the Haushaltsjahre */
	if (zahlen && c->zeilen++ >= KENNZAHLEN) {
		const char *jahr = strrchr(cells[0], ' ');
		if (c->zeilen == KENNZAHLEN + 1 && !zeile_neu(v, Z_HEAD, _(LBL_KOSTEN_JE_JAHR))) {
			c->fehler = 1;
			return;
		}
		for (size_t i = 1; jahr && i < n; i++) {
			struct zeile *z = zeile_neu(v, Z_JAHR, i == 1 ? jahr + 1 : "");
			if (!z || !(z->wert[0] = dup(cells[i])) ||
			    !(z->kennung = dup(v->st[i - 1].w->szenario))) {
				c->fehler = 1;
				return;
			}
			sz_jahr_summe(&v->st[i - 1], atoi(jahr + 1), &z->euro);
			z->anders[0] = i > 1 && strcmp(cells[i], cells[1]) != 0;
			if (z->euro > v->max_euro)
				v->max_euro = z->euro;
		}
		return;
	}
	struct zeile *z = zeile_neu(v, zahlen ? Z_ZAHL : Z_KOPF, cells[0]);
	for (size_t i = 1; z && i < n; i++) {
		if (!(z->wert[i - 1] = dup(cells[i])))
			z = NULL;
		else
			z->anders[i - 1] = zahlen && i > 1 && strcmp(cells[i], cells[1]) != 0;
	}
	if (!z)
		c->fehler = 1;
}

/* The CSV labels of sz_diff_objekt (docs/csv.md, Szenario-Diff) and their labels for people. */
static const struct {
	const char *csv, *msgid;
} diff_feld[] = {
	{ "Plattform", LBL_PLATTFORM }, { "Strategie", LBL_F_STRATEGIE },
	{ "Beginn", LBL_BEGINN }, { "Ende", LBL_ENDE }, { "Kosten_EUR", LBL_KOSTEN },
};
#define N_FELD (sizeof diff_feld / sizeof diff_feld[0])

struct diff_ctx {
	char w[N_FELD][SZ_VERGLEICH_MAX][32];
	unsigned has[N_FELD]; /* bit i: scenario i differs from the first in this field */
	size_t i;             /* the scenario being compared with the first */
};

static void diff_feld_cb(void *ctx, const char *feld, const char *va, const char *vb)
{
	struct diff_ctx *d = ctx;
	int de = i18n_german();
	for (size_t f = 0; f < N_FELD; f++)
		if (!strcmp(feld, diff_feld[f].csv)) {
			sz_diff_wert(feld, va, de, d->w[f][0], sizeof d->w[f][0]);
			sz_diff_wert(feld, vb, de, d->w[f][d->i], sizeof d->w[f][d->i]);
			d->has[f] |= 1u << d->i;
		}
}

/* The differing objects: one line per object and field, values of every scenario. */
static int diff_zeilen(struct szv *v)
{
	char t[512];
	size_t n_obj = v->st[0].w->n_obj, gezeigt = 0, mehr = 0;
	for (size_t i = 1; i < v->n_st; i++)
		if (v->st[i].w->n_obj < n_obj)
			n_obj = v->st[i].w->n_obj;
	size_t kopf = v->n_z;
	if (!zeile_neu(v, Z_HEAD, ""))
		return -1;
	for (uint32_t o = 0; o < n_obj; o++) {
		struct diff_ctx d;
		int any = 0;
		memset(d.has, 0, sizeof d.has);
		for (d.i = 1; d.i < v->n_st; d.i++)
			any |= sz_diff_objekt(&v->st[0], &v->st[d.i], o, i18n_german(), diff_feld_cb, &d);
		if (!any)
			continue;
		if (gezeigt++ >= SZV_DIFF_MAX) {
			mehr++;
			continue;
		}
		for (size_t f = 0; f < N_FELD; f++) {
			if (!d.has[f])
				continue;
			snprintf(t, sizeof t, "%s · %s", v->st[0].w->obj[o].kennung, _(diff_feld[f].msgid));
			struct zeile *z = zeile_neu(v, Z_OBJ, t);
			if (!z || !(z->kennung = dup(v->st[0].w->obj[o].kennung)))
				return -1;
			for (size_t i = 0; i < v->n_st; i++) {
				int own = i == 0 || (d.has[f] >> i & 1u);
				if (!(z->wert[i] = dup(own ? d.w[f][i] : d.w[f][0])))
					return -1;
				z->anders[i] = i > 0 && own;
			}
		}
	}
	free(v->z[kopf].label);
	snprintf(t, sizeof t, _("Abweichende Objekte: %zu (Eingabe öffnet das Objekt)"), gezeigt);
	if (!(v->z[kopf].label = dup(t)))
		return -1;
	if (gezeigt == 0 && !zeile_neu(v, Z_NOTE, _("keine — jedes Objekt ist gleich geplant")))
		return -1;
	if (mehr) {
		snprintf(t, sizeof t, _("… und %zu weitere: wolkenplan export szenario-diff"), mehr);
		if (!zeile_neu(v, Z_NOTE, t))
			return -1;
	}
	return 0;
}

/* Loads the chosen scenarios and builds the lines; the status line says what failed. */
static void laden(struct szv *v)
{
	struct session *ses = v->env->ses;
	struct wp_err e = { 0 };
	struct vgl_ctx c = { .v = v };
	stand_free(v);
	v->max_euro = 0;
	v->geladen = 1;
	v->gen = ses->gen;
	for (size_t i = 0; i < v->n && i < 64 && v->n_st < SZ_VERGLEICH_MAX; i++) {
		if (!v->wahl[i])
			continue;
		if (sz_stand_aus_store(ses->store, v->l[i].name, v->env->heute, &v->st[v->n_st], &e)) {
			session_message(ses, 1, "%s", e.msg);
			stand_free(v);
			v->geladen = 1;
			return;
		}
		v->n_st++;
	}
	if (!v->n_st)
		return;
	if (!zeile_neu(v, Z_HEAD, _("Kennzahlen")) ||
	    sz_vergleich(v->st, v->n_st, i18n_german(), 1, vgl_zeile, &c) || c.fehler ||
	    diff_zeilen(v))
		session_message(ses, 1, "%s", wp_strerror(WP_ENOMEM));
	if (v->n_st == 1)
		zeile_neu(v, Z_NOTE, _("Zum Vergleich ein zweites Szenario mit der Leertaste wählen."));
}

/* Compares the scenarios with the ids ids[0..n-1] (at most SZ_VERGLEICH_MAX); with fewer
 * than two of them left, the active one and the next join. */
static void waehlen_ids(struct szv *v, const int64_t *ids, size_t n)
{
	int k = 0;
	memset(v->wahl, 0, sizeof v->wahl);
	for (size_t i = 0; i < v->n && i < 64; i++)
		for (size_t j = 0; j < n; j++)
			if (v->l[i].id == ids[j] && k < SZ_VERGLEICH_MAX)
				v->wahl[i] = 1, k++;
	for (size_t i = 0; !k && i < v->n && i < 64; i++)
		if (v->l[i].aktiv)
			v->wahl[i] = 1, k++;
	for (size_t i = 0; k < 2 && i < v->n && i < 64; i++)
		if (!v->wahl[i])
			v->wahl[i] = 1, k++;
	v->geladen = 0;
}

/* The ids of the compared scenarios into ids (room for 64); returns their number. */
static size_t gewaehlt(const struct szv *v, int64_t *ids)
{
	size_t n = 0;
	for (size_t i = 0; i < v->n && i < 64; i++)
		if (v->wahl[i])
			ids[n++] = v->l[i].id;
	return n;
}

/* Reads the list again; keeps the choice by id, else the active one and the next. */
static int liste(struct szv *v)
{
	struct wp_err e = { 0 };
	int64_t alt[64];
	size_t n_alt = gewaehlt(v, alt);
	szenario_list_free(v->l, v->n);
	v->l = NULL;
	v->n = 0;
	memset(v->wahl, 0, sizeof v->wahl);
	v->geladen = 0;
	if (szenario_list(v->env->ses->store, &v->l, &v->n, &e)) {
		session_message(v->env->ses, 1, "%s", e.msg);
		return -1;
	}
	waehlen_ids(v, alt, n_alt);
	return 0;
}

/* Before Enter opens an object: what the view shows, for Esc to bring it back. */
static void merken(const struct szv *v)
{
	int64_t ids[64];
	size_t n = gewaehlt(v, ids);
	struct szv_merk *m = v->merk;
	if (!m)
		return;
	m->n_wahl = n < SZ_VERGLEICH_MAX ? n : SZ_VERGLEICH_MAX;
	memcpy(m->wahl, ids, m->n_wahl * sizeof *ids);
	m->cur = v->cur;
	m->top = v->top;
	m->zurueck = 1;
}

/* ---- drawing ---- */

static const struct szenario *cur_sz(const struct szv *v)
{
	return v->cur < v->n ? &v->l[v->cur] : NULL;
}

/* The widths: label column and value columns for w columns. */
static void breiten(const struct szv *v, int w, int *lw, int *vw)
{
	size_t n = v->n_st ? v->n_st : 1;
	*lw = w / 3 < SZV_LABEL ? w / 3 : SZV_LABEL;
	*vw = (w - *lw - 1) / (int)n;
	if (*vw > SZV_VALUE)
		*vw = SZV_VALUE;
}

/* A value with the marker in front when it differs: "≠ 1234" (ASCII "!= 1234"). */
static void wert_put(const struct szv *v, WINDOW *win, int y, int x, int vw, const char *s,
		     int anders, attr_t a)
{
	char b[160];
	snprintf(b, sizeof b, "%s %s", anders ? theme_glyph(v->env->theme, GL_DIFF) : "", s);
	text_put(win, y, x, anders ? b : s, vw - 1, a, TEXT_RIGHT);
}

static void draw_zeile(const struct szv *v, WINDOW *win, int y, const struct zeile *z, int sel)
{
	const struct theme *th = v->env->theme;
	int w = getmaxx(win), lw, vw;
	breiten(v, w, &lw, &vw);
	attr_t row = theme_attr(th, ROLE_ROW, sel);
	switch (z->art) {
	case Z_HEAD:
		text_put(win, y, 0, z->label, w, theme_attr(th, ROLE_GROUP, sel), TEXT_LEFT);
		return;
	case Z_NOTE:
		text_put(win, y, 2, z->label, w - 2, theme_attr(th, ROLE_DIM, sel), TEXT_LEFT);
		return;
	case Z_JAHR: {
		char lab[160];
		snprintf(lab, sizeof lab, "%-6.6s%s", z->label, z->kennung);
		text_put(win, y, 2, lab, lw - 2, row, TEXT_LEFT);
		wert_put(v, win, y, lw, vw, z->wert[0], z->anders[0], row);
		int bw = w - lw - vw - 1;
		if (bw > 2 && v->max_euro > 0 && z->euro > 0) {
			int len = (int)((z->euro * bw + v->max_euro / 2) / v->max_euro);
			char bar[4 * 256 + 1] = "";
			for (int i = 0; i < len && i < 256; i++)
				strcat(bar, theme_glyph(th, GL_MIGRATION));
			text_put(win, y, lw + vw, bar, bw, theme_attr(th, ROLE_VERDICT_OPEN, sel),
				 TEXT_LEFT);
		} else {
			text_fill(win, y, lw + vw, w - lw - vw, row);
		}
		return;
	}
	default:
		text_put(win, y, 0, "", 2, row, TEXT_LEFT);
		text_put(win, y, 2, z->label, lw - 2, z->art == Z_KOPF ? theme_attr(th, ROLE_HEADER, sel)
								       : row, TEXT_LEFT);
		for (size_t i = 0; i < v->n_st; i++)
			wert_put(v, win, y, lw + (int)i * vw, vw, z->wert[i] ? z->wert[i] : "",
				 z->anders[i], z->art == Z_KOPF ? theme_attr(th, ROLE_HEADER, sel) : row);
		text_fill(win, y, lw + (int)v->n_st * vw, w - lw - (int)v->n_st * vw, row);
	}
}

static void szv_draw(void *state, WINDOW *win)
{
	struct szv *v = state;
	const struct theme *th = v->env->theme;
	int h = getmaxy(win), w = getmaxx(win);
	if (!v->geladen || v->gen != v->env->ses->gen)
		laden(v);
	if (v->cur >= v->n + v->n_z) /* a scenario was deleted: fewer lines */
		v->cur = (v->n + v->n_z) ? v->n + v->n_z - 1 : 0;
	werase(win);
	char t[256];
	snprintf(t, sizeof t, _("Szenarien: %zu · Leertaste wählt 2–4 zum Vergleich · %s weicht "
				"vom ersten ab"),
		 v->n, theme_glyph(th, GL_DIFF));
	/* a heading like the lists' (without colour the title bar's reverse would look like
	 * the selection in the line below) */
	text_put(win, 0, 0, t, w, theme_attr(th, ROLE_HEADER, 0), TEXT_LEFT);
	v->rows = h - 1;
	size_t total = v->n + v->n_z;
	if (v->cur < v->top)
		v->top = v->cur;
	if (v->rows > 0 && v->cur >= v->top + (size_t)v->rows)
		v->top = v->cur - (size_t)v->rows + 1;
	for (int y = 1; y < h && v->top + (size_t)(y - 1) < total; y++) {
		size_t i = v->top + (size_t)(y - 1);
		int sel = i == v->cur;
		if (i >= v->n) {
			draw_zeile(v, win, y, &v->z[i - v->n], sel);
			continue;
		}
		snprintf(t, sizeof t, "%s %s%s", i < 64 && v->wahl[i] ? "[x]" : "[ ]", v->l[i].name,
			 v->l[i].aktiv ? _(" (aktiv)") : "");
		text_put(win, y, 0, t, w, theme_attr(th, ROLE_ROW, sel), TEXT_LEFT);
	}
}

/* ---- actions ---- */

enum { P_NEU = 1, P_NAME };

/* Switches to the scenario at the cursor: reads only what a scenario holds into the
 * workspace and re-scores (docs/szenarien.md, Messwerte); if that fails, the app loads the
 * workspace again. */
static void wechseln(struct szv *v)
{
	struct session *ses = v->env->ses;
	struct wp_err e = { 0 };
	const struct szenario *s = cur_sz(v);
	char ok[512];
	if (s->aktiv) {
		session_message(ses, 0, _("Szenario \"%s\" ist schon aktiv."), s->name);
		return;
	}
	if (szenario_use(ses->store, s->name, &e)) {
		session_message(ses, 1, "%s", e.msg);
		return;
	}
	/* the steps before belong to the other scenario: undo must not write them here */
	struct edit_log *neu = edit_log_new();
	if (neu) {
		edit_log_free(&ses->log);
		ses->log = neu;
	}
	snprintf(ok, sizeof ok, _("Szenario \"%s\" ist aktiv — Änderungen davor nicht mehr "
				  "rückgängig."), s->name);
	session_message(ses, 0, "%s", ok);
	if (store_reload_annahmen(ses->store, ses->ws, &e)) {
		ses->stale = SES_RELOAD;
		return;
	}
	/* a switch changes no scenario's figures: the comparison loaded stays */
	int aktuell = v->geladen && v->gen == ses->gen;
	session_saved(ses, ok);
	if (!liste(v) && aktuell) {
		v->geladen = 1;
		v->gen = ses->gen;
	}
	v->cur = v->top = 0; /* as the view opens */
}

/* The names changed in the store: the app's workspace learns them (header, decisions). */
static void namen_neu(struct szv *v)
{
	struct wp_err e = { 0 };
	if (store_load_szenarien(v->env->ses->store, v->env->ses->ws, &e))
		session_message(v->env->ses, 1, "%s", e.msg);
	liste(v);
}

static long by_id(const struct szv *v, int64_t id)
{
	for (size_t i = 0; i < v->n; i++)
		if (v->l[i].id == id)
			return (long)i;
	return -1;
}

static int prompt_done(void *owner, void *state, int result)
{
	struct szv *v = owner;
	struct session *ses = v->env->ses;
	struct wp_err e = { 0 };
	long i = by_id(v, v->ziel_id);
	int was = v->frage;
	if (result != WR_DONE || i < 0) {
		session_cancelled(ses);
		return VF_REDRAW;
	}
	char *name = dup(dialog_value(state)), *alt = dup(v->l[i].name);
	int rc = !name || !alt ? wp_nomem(&e)
		 : was == P_NEU ? szenario_create(ses->store, name, alt, &e)
				 : szenario_rename(ses->store, alt, name, &e);
	if (rc) {
		dialog_set_error(state, e.msg);
		free(name);
		free(alt);
		return OVERLAY_KEEP | VF_REDRAW;
	}
	if (was == P_NEU)
		session_message(ses, 0, _("Szenario \"%s\" angelegt als Kopie von \"%s\"."), name,
				alt);
	else
		session_message(ses, 0, _("Szenario \"%s\" heißt jetzt \"%s\"."), alt, name);
	namen_neu(v);
	for (size_t k = 0, n = 0; was == P_NEU && k < v->n && k < 64; k++) {
		n += (size_t)v->wahl[k];
		if (!strcmp(v->l[k].name, name) && n < SZ_VERGLEICH_MAX)
			v->wahl[k] = 1; /* the new one joins the comparison */
	}
	free(name);
	free(alt);
	return VF_REDRAW;
}

static int frage_done(void *owner, void *state, int result)
{
	struct szv *v = owner;
	struct session *ses = v->env->ses;
	struct wp_err e = { 0 };
	long i = by_id(v, v->ziel_id);
	(void)state;
	if (result != WR_DONE || i < 0) {
		session_cancelled(ses);
		return VF_REDRAW;
	}
	char *name = dup(v->l[i].name);
	if (!name || szenario_delete(ses->store, name, &e))
		session_message(ses, 1, "%s", name ? e.msg : wp_strerror(WP_ENOMEM));
	else
		session_message(ses, 0, _("Szenario \"%s\" gelöscht."), name);
	free(name);
	namen_neu(v);
	return VF_REDRAW;
}

static void loeschen(struct szv *v)
{
	struct session *ses = v->env->ses;
	struct wp_err e = { 0 };
	const struct szenario *s = cur_sz(v);
	char t[512];
	if (s->aktiv) {
		session_message(ses, 1, _("Szenario \"%s\" ist aktiv und bleibt — erst ein anderes "
					  "aktivieren."), s->name);
		return;
	}
	if (v->n == 1) { /* refused without asking: the store says why */
		szenario_delete(ses->store, s->name, &e);
		session_message(ses, 1, "%s", e.msg);
		return;
	}
	v->ziel_id = s->id;
	snprintf(t, sizeof t, _("Szenario \"%s\" mit seinen Annahmen und seinem Plan löschen? "
				"Das lässt sich nicht rückgängig machen."), s->name);
	if (dialog_push_confirm(v->env->overlays, _("Szenario löschen"), t, v->env->theme,
				frage_done, v))
		session_message(ses, 1, "%s", wp_strerror(WP_ENOMEM));
}

static void fragen(struct szv *v, int was)
{
	const struct szenario *s = cur_sz(v);
	char title[256];
	if (!s) /* a copy of the active one when the cursor is not on a scenario */
		for (size_t i = 0; i < v->n; i++)
			if (v->l[i].aktiv)
				s = &v->l[i];
	if (!s)
		return;
	v->ziel_id = s->id;
	v->frage = was;
	if (was == P_NEU)
		snprintf(title, sizeof title, _("Neues Szenario als Kopie von \"%s\""), s->name);
	else
		snprintf(title, sizeof title, _("Szenario \"%s\" umbenennen"), s->name);
	if (dialog_push_prompt(v->env->overlays, title, _("Name:"), was == P_NEU ? "" : s->name,
			       v->env->theme, prompt_done, v))
		session_message(v->env->ses, 1, "%s", wp_strerror(WP_ENOMEM));
}

static void waehlen(struct szv *v)
{
	size_t n = 0;
	for (size_t i = 0; i < v->n && i < 64; i++)
		n += (size_t)v->wahl[i];
	if (v->cur >= 64)
		return;
	if (!v->wahl[v->cur] && n >= SZ_VERGLEICH_MAX) {
		session_message(v->env->ses, 1, _("Höchstens %d Szenarien nebeneinander — erst eines "
						  "abwählen."), SZ_VERGLEICH_MAX);
		return;
	}
	if (v->wahl[v->cur] && n == 1)
		return; /* one stays: there is always something to show */
	v->wahl[v->cur] = !v->wahl[v->cur];
	v->geladen = 0;
}

static int szv_key(void *state, int key)
{
	struct szv *v = state;
	size_t total = v->n + v->n_z, page = v->rows > 1 ? (size_t)v->rows - 1 : 1;
	if (v->cur >= total) /* the list or the lines became shorter */
		v->cur = total ? total - 1 : 0;
	if (widget_is_cancel(key) || key == 'q' || key == 'Z')
		return WR_CANCEL;
	if (widget_is_enter(key)) {
		if (cur_sz(v)) {
			wechseln(v);
			return WR_CHANGED;
		}
		const struct zeile *z = v->cur - v->n < v->n_z ? &v->z[v->cur - v->n] : NULL;
		if (!z || z->art != Z_OBJ)
			return WR_CHANGED;
		v->oeffnen = ws_find_objekt(v->env->ws, z->kennung);
		if (v->oeffnen == WP_NONE)
			return WR_CHANGED;
		merken(v);
		return WR_DONE;
	}
	if (key == ' ' && cur_sz(v)) {
		waehlen(v);
		return WR_CHANGED;
	}
	if (key == 'a' || key == 'r') {
		if (key == 'a' || cur_sz(v))
			fragen(v, key == 'a' ? P_NEU : P_NAME);
		return WR_CHANGED;
	}
	if ((key == 'D' || key == TK_FN(KEY_DC)) && cur_sz(v)) {
		loeschen(v);
		return WR_CHANGED;
	}
	switch (action_for_key(key)) {
	case ACT_DOWN: if (v->cur + 1 < total) v->cur++; break;
	case ACT_UP: if (v->cur) v->cur--; break;
	case ACT_PGDN: v->cur = v->cur + page < total ? v->cur + page : total - 1; break;
	case ACT_PGUP: v->cur = v->cur > page ? v->cur - page : 0; break;
	case ACT_HOME: v->cur = 0; break;
	case ACT_END: v->cur = total ? total - 1 : 0; break;
	default: return WR_NONE;
	}
	return WR_CHANGED;
}

static int szv_done(void *owner, void *state, int result)
{
	struct szv *v = state;
	(void)owner;
	if (result == WR_DONE && v->oeffnen != WP_NONE)
		return request_object(v->env->req, v->oeffnen);
	return VF_REDRAW;
}

static void szv_free(void *state)
{
	struct szv *v = state;
	if (!v)
		return;
	overlay_drop_owner(v->env->overlays, v);
	stand_free(v);
	szenario_list_free(v->l, v->n);
	free(v);
}

static const struct overlay_hint *szv_hints(const void *state)
{
	static const struct overlay_hint h_sz[] = {
		{ ' ', N_("vergleichen") }, { '\r', N_("aktivieren") }, { 'a', HINT_NEU },
		{ 'r', N_("umbenennen") }, { 'D', N_("löschen") }, { TK_ESC, HINT_SCHLIESSEN },
		{ 0, NULL },
	};
	static const struct overlay_hint h_obj[] = {
		{ '\r', N_("Objekt öffnen") }, { 'a', HINT_NEU }, { TK_ESC, HINT_SCHLIESSEN },
		{ 0, NULL },
	};
	return cur_sz(state) ? h_sz : h_obj;
}

static const struct overlay_ops szv_ops = {
	.name = "szenarien", .key = szv_key, .draw = szv_draw, .free = szv_free,
	.hints = szv_hints,
};

int szenario_view_push(struct overlay_stack *s, const struct view_env *env,
		       struct szv_merk *merk)
{
	struct szv *v = calloc(1, sizeof *v);
	if (!v)
		return -WP_ENOMEM;
	v->env = env;
	v->oeffnen = WP_NONE;
	v->merk = merk;
	liste(v);
	if (merk && merk->zurueck) { /* back from an object it opened: as it was */
		waehlen_ids(v, merk->wahl, merk->n_wahl);
		v->cur = merk->cur;
		v->top = merk->top;
		merk->zurueck = 0;
	}
	return overlay_push(s, &szv_ops, v, szv_done, NULL);
}

int szenario_view_top(const struct overlay_stack *s)
{
	const struct overlay *o = overlay_top(s);
	return o && o->ops == &szv_ops;
}
