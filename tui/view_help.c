/* Hilfe view: the key table generated from the action table (every action with its keys
 * as a person reads them and its description), then the legend of the symbols used in
 * the lists. A list like the others (tui/listview.h): / n N search keys and texts. */
#include <stdio.h>
#include <stdlib.h>

#include "model/err.h"
#include "model/i18n.h"
#include "tui/actions.h"
#include "tui/listview.h"
#include "tui/text.h"
#include "tui/view.h"

struct help {
	struct listview lv; /* items are the rows */
	const struct view_env *env;
};

static const struct table_col columns[] = {
	{ N_("Taste"), NULL, 14, 0, 0, 0, 0 },
	{ N_("Funktion"), NULL, 20, 0, 0, 1, 0 },
};

static const struct {
	const char *symbol, *text;
} legend[] = {
	{ "✓ zulässig", N_("Die empfohlene Plattform erfüllt alle geforderten Roten Linien") },
	{ "? offen", N_("Nichts verfehlt, aber Rote Linien unbekannt: Klärung nötig") },
	{ "✗ blockiert", N_("Jede Plattform verfehlt eine Rote Linie oder die VS-NfD-Freigabe") },
	{ "—", N_("Keine Empfehlung möglich (Strategie dann meist Retain)") },
};
#define N_LEGEND (sizeof legend / sizeof legend[0])

/* Row layout: 0 heading "Tasten", 1..ACT__N actions, then heading "Zeichen", legend. */
#define ROW_KEYS_HEAD 0
#define ROW_LEGEND_HEAD ((size_t)ACT__N + 1)
#define N_ROWS (ROW_LEGEND_HEAD + 1 + N_LEGEND)

static int row_selectable(const void *ctx, uint32_t row)
{
	(void)ctx;
	return row != ROW_KEYS_HEAD && row != ROW_LEGEND_HEAD;
}

/* A row matches when its keys or its text contain pat. */
static int row_match(const void *ctx, uint32_t row, const char *pat)
{
	(void)ctx;
	if (row > ROW_KEYS_HEAD && row < ROW_LEGEND_HEAD) {
		char keys[64];
		return listview_text_match(action_keys_label((int)row - 1, keys, sizeof keys), pat) ||
		       listview_text_match(action_help((int)row - 1), pat);
	}
	if (row > ROW_LEGEND_HEAD && row < N_ROWS)
		return listview_text_match(legend[row - ROW_LEGEND_HEAD - 1].symbol, pat) ||
		       listview_text_match(_(legend[row - ROW_LEGEND_HEAD - 1].text), pat);
	return 0;
}

/* The rows are fixed: a row is its own id (+1, 0 means none). */
static int64_t row_id(const void *ctx, uint32_t row)
{
	(void)ctx;
	return (int64_t)row + 1;
}

static uint32_t find_id(const void *ctx, int64_t id)
{
	(void)ctx;
	return id >= 1 && id <= (int64_t)N_ROWS ? (uint32_t)(id - 1) : UINT32_MAX;
}

static void draw_row(void *ctx, const struct table *t, WINDOW *w, int y, uint32_t row,
		     int selected);

static const struct listview_ops list_ops = {
	.draw = draw_row, .match = row_match, .id = row_id, .find_id = find_id,
	.selectable = row_selectable,
};

static void draw_row(void *ctx, const struct table *t, WINDOW *w, int y, uint32_t row,
		     int selected)
{
	struct help *p = ctx;
	const struct theme *th = p->env->theme;
	attr_t base = theme_attr(th, ROLE_ROW, selected);
	if (row == ROW_KEYS_HEAD || row == ROW_LEGEND_HEAD) {
		text_put(w, y, 0, row == ROW_KEYS_HEAD ? _("Tasten") : _("Zeichen in den Listen"),
			 t->width, theme_attr(th, ROLE_GROUP, 0), TEXT_LEFT);
		return;
	}
	if (row < ROW_LEGEND_HEAD) {
		char keys[64];
		int a = (int)row - 1;
		table_cell(t, w, y, 0, action_keys_label(a, keys, sizeof keys), base | A_BOLD);
		table_cell(t, w, y, 1, action_help(a), base);
		return;
	}
	size_t i = row - ROW_LEGEND_HEAD - 1;
	static const enum role roles[] = { ROLE_VERDICT_OK, ROLE_VERDICT_OPEN,
					   ROLE_VERDICT_BLOCKED, ROLE_DIM };
	table_cell(t, w, y, 0, legend[i].symbol, theme_attr(th, roles[i], selected));
	table_cell(t, w, y, 1, _(legend[i].text), base);
}

static int help_open(struct view *v)
{
	struct help *p = calloc(1, sizeof *p);
	if (!p)
		return -WP_ENOMEM;
	v->priv = p;
	p->env = v->env;
	listview_init(&p->lv, columns, 2, v->env->theme, &list_ops, p, v->env->overlays);
	return listview_set_source(&p->lv, NULL, N_ROWS, 0);
}

static void help_layout(struct view *v, int height, int width)
{
	struct help *p = v->priv;
	table_layout(&p->lv.t, height, width);
}

static void help_draw(struct view *v)
{
	struct help *p = v->priv;
	listview_draw(&p->lv, v->win);
	if (p->lv.note[0]) /* the search has something to say: in the last line */
		text_put(v->win, getmaxy(v->win) - 1, 0, p->lv.note, getmaxx(v->win),
			 theme_attr(p->env->theme, ROLE_DIM, 0), TEXT_LEFT);
}

static int help_handle(struct view *v, int action)
{
	struct help *p = v->priv;
	switch (action) {
	case ACT_QUIT:
	case ACT_BACK:
	case ACT_HELP:
		return VF_HANDLED | VF_CLOSE;
	default:
		return listview_handle(&p->lv, action);
	}
}

static int help_click(struct view *v, int y, int x)
{
	struct help *p = v->priv;
	(void)x;
	return table_click(&p->lv.t, y - 1);
}

static void help_info(struct view *v, char *buf, size_t n)
{
	(void)v;
	keys_text(_("{quit} oder {back}: zurück"), buf, n);
}

static void help_destroy(struct view *v)
{
	struct help *p = v->priv;
	if (p)
		listview_free(&p->lv);
	free(p);
	v->priv = NULL;
}

/* The footer leaves out what does nothing here: only moving and searching. */
static int help_offers(struct view *v, int action)
{
	(void)v;
	return action != ACT_SORT && action != ACT_FILTER && action != ACT_OPEN &&
	       action != ACT_EDIT && action != ACT_UNDO;
}

const struct view_ops view_help_ops = {
	.name = "hilfe",
	.open = help_open,
	.layout = help_layout,
	.draw = help_draw,
	.handle = help_handle,
	.click = help_click,
	.info = help_info,
	.destroy = help_destroy,
	.offers = help_offers,
};
