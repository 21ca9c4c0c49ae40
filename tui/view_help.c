/* Hilfe view: the key table generated from the action table (every action with its keys
 * and German description), then the legend of the symbols used in the lists. */
#include <stdio.h>
#include <stdlib.h>

#include "model/err.h"
#include "model/i18n.h"
#include "tui/actions.h"
#include "tui/table.h"
#include "tui/text.h"
#include "tui/view.h"

struct help {
	struct table t;
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

static int row_selectable(const void *ctx, size_t row)
{
	(void)ctx;
	return row != ROW_KEYS_HEAD && row != ROW_LEGEND_HEAD;
}

static void draw_row(void *ctx, const struct table *t, WINDOW *w, int y, size_t row,
		     int selected)
{
	struct help *p = ctx;
	const struct theme *th = p->env->theme;
	attr_t base = theme_attr(th, ROLE_ROW, selected);
	char keys[64];
	if (row == ROW_KEYS_HEAD || row == ROW_LEGEND_HEAD) {
		text_put(w, y, 0, row == ROW_KEYS_HEAD ? _("Tasten") : _("Zeichen in den Listen"),
			 t->width, theme_attr(th, ROLE_GROUP, 0), TEXT_LEFT);
		return;
	}
	if (row < ROW_LEGEND_HEAD) {
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
	table_init(&p->t, columns, 2, v->env->theme, draw_row, row_selectable, p);
	table_set_rows(&p->t, N_ROWS);
	return 0;
}

static void help_layout(struct view *v, int height, int width)
{
	struct help *p = v->priv;
	table_layout(&p->t, height, width);
}

static void help_draw(struct view *v)
{
	struct help *p = v->priv;
	table_draw(&p->t, v->win);
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
		return table_handle(&p->t, action);
	}
}

static int help_click(struct view *v, int y, int x)
{
	struct help *p = v->priv;
	(void)x;
	return table_click(&p->t, y - 1);
}

static void help_info(struct view *v, char *buf, size_t n)
{
	(void)v;
	keys_text(_("{quit} oder {back}: zurück"), buf, n);
}

static void help_destroy(struct view *v)
{
	free(v->priv);
	v->priv = NULL;
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
};
