/* The Behörden tree pane of the Inventar: visible rows, collapse state, drawing. */
#include "tui/inventar_tree.h"

#include <stdio.h>
#include <stdlib.h>

#include "model/err.h"
#include "model/i18n.h"
#include "tui/actions.h"
#include "tui/text.h"

static const struct table_col tree_columns[] = {
	{ N_("Behörden"), NULL, 10, 0, 0, 1, 0 },
	{ "", NULL, 5, 0, 0, 0, 1 },
};

static int has_children(const struct inv_tree *tr, uint32_t b)
{
	uint32_t i = tr->tree.pos[b];
	return tr->tree.end[i] > i + 1;
}

/* The visible rows: the root, then the preorder minus collapsed subtrees. */
static void tree_rows(struct inv_tree *tr)
{
	size_t k = 0;
	tr->rows[k++] = INV_TREE_ALL;
	for (size_t i = 0; i < tr->tree.nb;) {
		uint32_t b = tr->tree.pre[i];
		tr->rows[k++] = b;
		i = tr->collapsed[b] ? tr->tree.end[i] : i + 1;
	}
	tr->n_rows = k;
	table_set_rows(&tr->t, k);
}

static void draw_tree_row(void *ctx, const struct table *t, WINDOW *w, int y, size_t row,
			  int selected)
{
	struct inv_tree *tr = ctx;
	const struct ws *ws = tr->env->ws;
	const struct theme *th = tr->env->theme;
	uint32_t b = tr->rows[row];
	attr_t a = theme_attr(th, b == tr->current ? ROLE_GROUP : ROLE_ROW,
			      selected && tr->focused);
	char line[512], count[32];
	size_t n;
	text_fill(w, y, 0, t->width, a);
	if (b == INV_TREE_ALL) {
		snprintf(line, sizeof line, "%s", _("Alle Behörden"));
		n = ws->n_obj;
	} else {
		uint32_t i = tr->tree.pos[b];
		int d = tr->tree.depth[i] < 12 ? tr->tree.depth[i] : 12;
		const char *g = !has_children(tr, b) ? "  " : tr->collapsed[b] ? "▸ " : "▾ ";
		snprintf(line, sizeof line, "%*s%s%s", 2 * d, "", g, ws->beh[b].name);
		n = tr->tree.sub[i];
	}
	snprintf(count, sizeof count, "%zu", n);
	table_cell(t, w, y, 0, line, a);
	table_cell(t, w, y, 1, count, a);
}

int inv_tree_build(struct inv_tree *tr, const struct view_env *env)
{
	size_t n = env->ws->n_beh;
	tr->env = env;
	if (!tr->t.draw_row)
		table_init(&tr->t, tree_columns, 2, env->theme, draw_tree_row, NULL, tr);
	tr->current = INV_TREE_ALL;
	tr->collapsed = calloc(n ? n : 1, 1);
	tr->rows = malloc((n + 1) * sizeof *tr->rows);
	if (!tr->collapsed || !tr->rows || beh_tree_build(env->ws, &tr->tree))
		return -WP_ENOMEM;
	tree_rows(tr);
	/* the count column fits the largest count, that of all objects */
	char digits[32];
	int wc = snprintf(digits, sizeof digits, "%zu", env->ws->n_obj);
	table_set_width(&tr->t, 1, wc > 3 ? wc : 3);
	return 0;
}

void inv_tree_free(struct inv_tree *tr)
{
	beh_tree_free(&tr->tree);
	free(tr->collapsed);
	free(tr->rows);
	tr->collapsed = NULL;
	tr->rows = NULL;
	tr->n_rows = 0;
}

uint32_t inv_tree_selected(const struct inv_tree *tr)
{
	return tr->n_rows && tr->t.sel < tr->n_rows ? tr->rows[tr->t.sel] : INV_TREE_ALL;
}

void inv_tree_select(struct inv_tree *tr, uint32_t b)
{
	const struct ws *ws = tr->env->ws;
	if (b != INV_TREE_ALL && b < tr->tree.nb) {
		int changed = 0;
		uint32_t a = ws->beh[b].parent;
		for (size_t steps = 0; a < tr->tree.nb && steps < tr->tree.nb; steps++) {
			if (tr->collapsed[a]) {
				tr->collapsed[a] = 0;
				changed = 1;
			}
			a = ws->beh[a].parent;
		}
		if (changed)
			tree_rows(tr);
	}
	for (size_t r = 0; r < tr->n_rows; r++)
		if (tr->rows[r] == b) {
			table_select(&tr->t, r);
			return;
		}
}

int inv_tree_handle(struct inv_tree *tr, int action)
{
	uint32_t b = inv_tree_selected(tr);
	int branch = b != INV_TREE_ALL && has_children(tr, b);
	switch (action) {
	case ACT_LEFT:
		if (branch && !tr->collapsed[b]) {
			tr->collapsed[b] = 1;
			tree_rows(tr);
			inv_tree_select(tr, b);
		} else if (b != INV_TREE_ALL) {
			uint32_t par = tr->env->ws->beh[b].parent;
			inv_tree_select(tr, par < tr->tree.nb ? par : INV_TREE_ALL);
		}
		return VF_HANDLED | VF_REDRAW;
	case ACT_RIGHT:
		if (!branch || !tr->collapsed[b])
			return VF_HANDLED | VF_REDRAW | VF_CLOSE;
		tr->collapsed[b] = 0;
		tree_rows(tr);
		inv_tree_select(tr, b);
		return VF_HANDLED | VF_REDRAW;
	case ACT_TOGGLE:
		if (branch) {
			tr->collapsed[b] = !tr->collapsed[b];
			tree_rows(tr);
			inv_tree_select(tr, b);
		}
		return VF_HANDLED | VF_REDRAW;
	case ACT_OPEN:
		return 0;
	default:
		return table_handle(&tr->t, action);
	}
}

void inv_tree_draw(struct inv_tree *tr, WINDOW *w)
{
	werase(w);
	table_draw(&tr->t, w);
}
