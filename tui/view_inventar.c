/* Inventar view: every object of the workspace in one scrolling table, grouped by Behörde
 * (in the order of the Behörden tree), sorted by Kennung within each group, with the
 * assessment's Schutzklasse, Bereitschaft, verdict, recommended platform and strategy. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/enums.h"
#include "model/err.h"
#include "model/i18n.h"
#include "model/utf8.h"
#include "tui/table.h"
#include "tui/text.h"
#include "tui/view.h"

#define ROW_GROUP 0x80000000u

/* One table row: an object (ref = object index, ord = its position among the objects) or
 * a group header (ref = ROW_GROUP | Behörde index, n_beh meaning "no Behörde";
 * ord = the group's object count). */
struct inv_row {
	uint32_t ref, ord;
};

struct inventar {
	struct table t;
	const struct view_env *env;
	struct inv_row *rows;
	size_t n_rows;
};

enum { C_KENNUNG, C_NAME, C_TYP, C_SCHUTZ, C_BEREIT, C_URTEIL, C_EMPF, C_STRAT, C__N };

/* Drop order when narrow (higher first): Typ, Strategie, Empfehlung, Schutzklasse,
 * Bereitschaft, Urteil. Kennung and Name always stay; Name takes the remaining width. */
static const struct table_col columns[C__N] = {
	[C_KENNUNG] = { N_("Kennung"), NULL, 8, 0, 0, 0, 0 },
	[C_NAME] = { N_("Name"), NULL, 12, 0, 0, 1, 0 },
	[C_TYP] = { N_("Typ"), NULL, 13, 0, 7, 0, 0 },
	[C_SCHUTZ] = { N_("Schutzklasse"), N_("Schutz"), 9, 0, 4, 0, 0 },
	[C_BEREIT] = { N_("Bereitschaft"), N_("Bereit"), 6, 5, 3, 0, 1 },
	[C_URTEIL] = { N_("Urteil"), NULL, 11, 0, 2, 0, 0 },
	[C_EMPF] = { N_("Empfehlung"), N_("Empf."), 5, 0, 5, 0, 0 },
	[C_STRAT] = { N_("Strategie"), NULL, 10, 0, 6, 0, 0 },
};

static int row_selectable(const void *ctx, size_t row)
{
	const struct inventar *p = ctx;
	return !(p->rows[row].ref & ROW_GROUP);
}

static void draw_group(struct inventar *p, WINDOW *w, int y, const struct inv_row *r)
{
	const struct ws *ws = p->env->ws;
	uint32_t b = r->ref & ~ROW_GROUP;
	char line[512], count[64];
	snprintf(count, sizeof count, ngettext("%u Objekt", "%u Objekte", r->ord),
		 (unsigned)r->ord);
	snprintf(line, sizeof line, "%s · %s", b < ws->n_beh ? ws->beh[b].name :
		 _("(ohne Behörde)"), count);
	text_put(w, y, 0, line, p->t.width, theme_attr(p->env->theme, ROLE_GROUP, 0),
		 TEXT_LEFT);
}

static void draw_row(void *ctx, const struct table *t, WINDOW *w, int y, size_t row,
		     int selected)
{
	struct inventar *p = ctx;
	const struct inv_row *r = &p->rows[row];
	if (r->ref & ROW_GROUP) {
		draw_group(p, w, y, r);
		return;
	}
	const struct ws *ws = p->env->ws;
	const struct assessment *as = p->env->as;
	const struct theme *th = p->env->theme;
	const struct objekt *o = &ws->obj[r->ref];
	const struct assess_obj *ao = &as->obj[r->ref];
	attr_t base = theme_attr(th, ROLE_ROW, selected);
	char buf[64];

	table_cell(t, w, y, C_KENNUNG, o->kennung, base);
	table_cell(t, w, y, C_NAME, o->name, base);
	table_cell(t, w, y, C_TYP, enum_label(EK_TYP, o->typ), base);
	table_cell(t, w, y, C_SCHUTZ, enum_label(EK_LEVEL, ao->schutzklasse), base);
	snprintf(buf, sizeof buf, "%u %%", (unsigned)ao->bereitschaft);
	table_cell(t, w, y, C_BEREIT, buf, base);

	/* verdict on the recommended platform; no recommendation means all are blocked */
	int v = V_BLOCKIERT;
	enum role vr = ROLE_VERDICT_BLOCKED;
	if (ao->empfohlen != WP_NONE && ao->empfohlen < as->n_pf)
		v = as->verdict[(size_t)r->ref * as->n_pf + ao->empfohlen];
	static const char *const sym[V__N] = { "✓", "?", "✗" };
	if (v == V_ZULAESSIG)
		vr = ROLE_VERDICT_OK;
	else if (v == V_OFFEN)
		vr = ROLE_VERDICT_OPEN;
	if (as->n_pf == 0) {
		table_cell(t, w, y, C_URTEIL, "–", base);
	} else {
		snprintf(buf, sizeof buf, "%s %s", sym[v < V__N ? v : V_BLOCKIERT],
			 enum_label(EK_VERDICT, v));
		table_cell(t, w, y, C_URTEIL, buf, theme_attr(th, vr, selected));
	}
	table_cell(t, w, y, C_EMPF, ao->empfohlen < ws->n_pf ? ws->pf[ao->empfohlen].code : "—",
		   base);
	table_cell(t, w, y, C_STRAT, enum_label(EK_STRATEGIE, ao->strategie), base);
}

struct name_idx {
	const char *name;
	uint32_t idx;
};

static int cmp_name(const void *a, const void *b)
{
	const struct name_idx *x = a, *y = b;
	int c = strcmp(x->name, y->name);
	return c ? c : (x->idx > y->idx) - (x->idx < y->idx);
}

/* The Behörden in tree order (depth first, siblings by name) into order[n_beh]; members
 * of a parent cycle, which the tree walk cannot reach, follow by name. Iterative. */
static int beh_order(const struct ws *ws, uint32_t *order)
{
	size_t n = ws->n_beh, k = 0, sp = 0;
	int rc = -WP_ENOMEM;
	struct name_idx *byname = malloc((n ? n : 1) * sizeof *byname);
	uint32_t *off = calloc(n + 3, sizeof *off); /* counts at [p + 2], see below */
	uint32_t *child = malloc((n ? n : 1) * sizeof *child);
	uint32_t *stack = malloc((n ? n : 1) * sizeof *stack);
	unsigned char *seen = calloc(n ? n : 1, 1);
	if (!byname || !off || !child || !stack || !seen)
		goto out;
	for (size_t i = 0; i < n; i++)
		byname[i] = (struct name_idx){ ws->beh[i].name ? ws->beh[i].name : "",
					       (uint32_t)i };
	qsort(byname, n, sizeof *byname, cmp_name);
	/* children lists (CSR) keyed by parent; slot n collects the roots */
	for (size_t i = 0; i < n; i++) {
		uint32_t par = ws->beh[i].parent;
		off[(par < n && par != i ? par : n) + 2]++;
	}
	for (size_t i = 2; i < n + 2; i++)
		off[i] += off[i - 1];
	for (size_t i = 0; i < n; i++) {
		uint32_t b = byname[i].idx, par = ws->beh[b].parent;
		child[off[(par < n && par != b ? par : n) + 1]++] = b;
	}
	/* now children of p are child[off[p] .. off[p+1]) in name order */
	for (uint32_t i = off[n + 1]; i > off[n]; i--)
		stack[sp++] = child[i - 1];
	while (sp) {
		uint32_t b = stack[--sp];
		if (seen[b])
			continue;
		seen[b] = 1;
		order[k++] = b;
		for (uint32_t i = off[b + 1]; i > off[b]; i--)
			if (!seen[child[i - 1]] && sp < n)
				stack[sp++] = child[i - 1];
	}
	for (size_t i = 0; i < n; i++)
		if (!seen[byname[i].idx])
			order[k++] = byname[i].idx;
	rc = 0;
out:
	free(byname);
	free(off);
	free(child);
	free(stack);
	free(seen);
	return rc;
}

static int cmp_kennung(const void *a, const void *b)
{
	const struct name_idx *x = a, *y = b;
	return strcmp(x->name, y->name);
}

/* Objects sorted by Kennung: the workspace's index when current, else sorted here.
 * *owned is set to the array to free (NULL when the workspace's index is used). */
static const uint32_t *by_kennung(const struct ws *ws, uint32_t **owned)
{
	*owned = NULL;
	if (ws->by_kennung && ws->n_indexed == ws->n_obj)
		return ws->by_kennung;
	size_t n = ws->n_obj;
	struct name_idx *tmp = malloc((n ? n : 1) * sizeof *tmp);
	uint32_t *out = malloc((n ? n : 1) * sizeof *out);
	if (!tmp || !out) {
		free(tmp);
		free(out);
		return NULL;
	}
	for (size_t i = 0; i < n; i++)
		tmp[i] = (struct name_idx){ ws->obj[i].kennung, (uint32_t)i };
	qsort(tmp, n, sizeof *tmp, cmp_kennung);
	for (size_t i = 0; i < n; i++)
		out[i] = tmp[i].idx;
	free(tmp);
	*owned = out;
	return out;
}

/* Builds p->rows: for each Behörde with objects, in tree order, a group row followed by
 * its objects in Kennung order. O(n log n) once; nothing is rescanned per frame. */
static int build_rows(struct inventar *p)
{
	const struct ws *ws = p->env->ws;
	size_t nb = ws->n_beh, no = ws->n_obj;
	int rc = -WP_ENOMEM;
	uint32_t *owned = NULL, *order = malloc((nb + 1) * sizeof *order);
	size_t *cnt = calloc(nb + 1, sizeof *cnt), *next = calloc(nb + 1, sizeof *next);
	const uint32_t *sorted = by_kennung(ws, &owned);
	if (!order || !cnt || !next || !sorted || beh_order(ws, order))
		goto out;
	order[nb] = (uint32_t)nb; /* objects without a valid Behörde come last */
	for (size_t i = 0; i < no; i++) {
		uint32_t b = ws->obj[i].behoerde;
		cnt[b < nb ? b : nb]++;
	}
	size_t groups = 0;
	for (size_t g = 0; g <= nb; g++)
		groups += cnt[g] > 0;
	p->rows = malloc((no + groups ? no + groups : 1) * sizeof *p->rows);
	if (!p->rows)
		goto out;
	size_t r = 0;
	for (size_t k = 0; k <= nb; k++) {
		uint32_t g = order[k];
		if (!cnt[g])
			continue;
		p->rows[r] = (struct inv_row){ ROW_GROUP | g, (uint32_t)cnt[g] };
		next[g] = r + 1;
		r += 1 + cnt[g];
	}
	for (size_t i = 0; i < no; i++) {
		uint32_t o = sorted[i], b = ws->obj[o].behoerde;
		p->rows[next[b < nb ? b : nb]++].ref = o;
	}
	uint32_t ord = 0;
	for (size_t i = 0; i < r; i++)
		if (!(p->rows[i].ref & ROW_GROUP))
			p->rows[i].ord = ord++;
	p->n_rows = r;
	rc = 0;
out:
	free(owned);
	free(order);
	free(cnt);
	free(next);
	return rc;
}

static int inv_open(struct view *v)
{
	struct inventar *p = calloc(1, sizeof *p);
	if (!p)
		return -WP_ENOMEM;
	v->priv = p;
	p->env = v->env;
	if (build_rows(p))
		return -WP_ENOMEM;
	table_init(&p->t, columns, C__N, v->env->theme, draw_row, row_selectable, p);
	/* Kennung and platform code columns fit their data (measured once) */
	const struct ws *ws = v->env->ws;
	int wk = (int)utf8_width(_(columns[C_KENNUNG].title)), we = 5;
	for (size_t i = 0; i < ws->n_obj; i++) {
		int x = (int)utf8_width(ws->obj[i].kennung);
		if (x > wk)
			wk = x;
	}
	for (size_t i = 0; i < ws->n_pf; i++) {
		int x = (int)utf8_width(ws->pf[i].code);
		if (x > we)
			we = x;
	}
	table_set_width(&p->t, C_KENNUNG, wk < KENNUNG_MAX ? wk : KENNUNG_MAX);
	table_set_width(&p->t, C_EMPF, we < 14 ? we : 14);
	table_set_rows(&p->t, p->n_rows);
	return 0;
}

static void inv_layout(struct view *v, int height, int width)
{
	struct inventar *p = v->priv;
	table_layout(&p->t, height, width);
}

static void inv_draw(struct view *v)
{
	struct inventar *p = v->priv;
	if (p->n_rows == 0) {
		text_put(v->win, 1, 1, _("Noch keine Objekte. Import mit: wolkenplan import DATEI"),
			 getmaxx(v->win) - 1, theme_attr(v->env->theme, ROLE_DIM, 0), TEXT_LEFT);
		return;
	}
	table_draw(&p->t, v->win);
}

static int inv_handle(struct view *v, int action)
{
	struct inventar *p = v->priv;
	return table_handle(&p->t, action);
}

static int inv_click(struct view *v, int y, int x)
{
	struct inventar *p = v->priv;
	(void)x;
	return table_click(&p->t, y - 1);
}

static void inv_info(struct view *v, char *buf, size_t n)
{
	struct inventar *p = v->priv;
	if (p->n_rows == 0 || (p->rows[p->t.sel].ref & ROW_GROUP)) {
		snprintf(buf, n, "%s", "");
		return;
	}
	snprintf(buf, n, _("Objekt %u von %zu"), (unsigned)p->rows[p->t.sel].ord + 1,
		 v->env->ws->n_obj);
}

static void inv_destroy(struct view *v)
{
	struct inventar *p = v->priv;
	if (p)
		free(p->rows);
	free(p);
	v->priv = NULL;
}

const struct view_ops view_inventar_ops = {
	.name = "inventar",
	.open = inv_open,
	.layout = inv_layout,
	.draw = inv_draw,
	.handle = inv_handle,
	.click = inv_click,
	.info = inv_info,
	.destroy = inv_destroy,
};
