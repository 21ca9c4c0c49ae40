/* The list controller: rows from source, filter and stable sort; the incremental search
 * and the jump prompt as overlays; the selection kept by id. */
#include "tui/listview.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/err.h"
#include "model/i18n.h"
#include "model/sort.h"
#include "model/utf8.h"
#include "tui/actions.h"
#include "tui/text.h"
#include "tui/view.h"

#define NO_ROW ((size_t)-1)
#define NO_ITEM UINT32_MAX

/* listview_sort's comparison with its key and direction, for sort_u32 */
struct keyed_cmp {
	int (*cmp)(const void *ctx, int key, uint32_t a, uint32_t b);
	const void *ctx;
	int key, rev;
};

static int keyed(const void *ctx, uint32_t a, uint32_t b)
{
	const struct keyed_cmp *k = ctx;
	int c = k->cmp(k->ctx, k->key, a, b);
	return k->rev ? (c < 0) - (c > 0) : c;
}

void listview_sort(uint32_t *v, size_t n, uint32_t *scratch,
		   int (*cmp)(const void *ctx, int key, uint32_t a, uint32_t b), const void *ctx,
		   int key, int rev)
{
	struct keyed_cmp k = { cmp, ctx, key, rev };
	sort_u32(v, n, scratch, keyed, &k);
}

static void draw_row(void *ctx, const struct table *t, WINDOW *w, int y, size_t row,
		     int selected)
{
	struct listview *lv = ctx;
	lv->ops->draw(lv->ctx, t, w, y, lv->rows[row], selected);
}

static int row_selectable(const void *ctx, size_t row)
{
	const struct listview *lv = ctx;
	return lv->ops->selectable(lv->ctx, lv->rows[row]);
}

void listview_init(struct listview *lv, const struct table_col *cols, int n_cols,
		   const struct theme *theme, const struct listview_ops *ops, void *ctx,
		   struct overlay_stack *ovl)
{
	memset(lv, 0, sizeof *lv);
	table_init(&lv->t, cols, n_cols, theme, draw_row, ops->selectable ? row_selectable : NULL,
		   lv);
	lv->ops = ops;
	lv->ctx = ctx;
	lv->ovl = ovl;
	lv->found = NO_ROW;
}

uint32_t listview_selected(const struct listview *lv)
{
	return lv->n_rows && lv->t.sel < lv->n_rows ? lv->rows[lv->t.sel] : NO_ITEM;
}

int listview_select(struct listview *lv, uint32_t item)
{
	for (size_t r = 0; r < lv->n_rows; r++)
		if (lv->rows[r] == item) {
			table_select(&lv->t, r);
			return 1;
		}
	return 0;
}

/* Rebuilds the rows and selects the item with id keep (0 = none), else row `at`. */
static int rebuild_keep(struct listview *lv, int64_t keep, size_t at)
{
	size_t n = lv->n_items, k = 0;
	uint32_t *rows = realloc(lv->rows, (n ? n : 1) * sizeof *rows);
	if (rows)
		lv->rows = rows;
	uint32_t *scr = rows ? realloc(lv->scratch, (n ? n : 1) * sizeof *scr) : NULL;
	if (scr)
		lv->scratch = scr;
	if (!rows || !scr) {
		lv->n_rows = 0;
		table_set_rows(&lv->t, 0);
		return -WP_ENOMEM;
	}
	for (size_t i = 0; i < n; i++) {
		uint32_t it = lv->order ? lv->order[i] : (uint32_t)i;
		if (!lv->ops->filter || lv->ops->filter(lv->ctx, it))
			lv->rows[k++] = it;
	}
	lv->n_rows = k;
	if (lv->ops->compare && (lv->sort || lv->sort_rev))
		listview_sort(lv->rows, k, lv->scratch, lv->ops->compare, lv->ctx, lv->sort,
			      lv->sort_rev);
	table_set_rows(&lv->t, k);
	uint32_t it = keep ? lv->ops->find_id(lv->ctx, keep) : NO_ITEM;
	if (it == NO_ITEM || !listview_select(lv, it))
		table_select(&lv->t, at < k ? at : (k ? k - 1 : 0));
	lv->found = NO_ROW;
	if (lv->ops->rebuilt)
		lv->ops->rebuilt(lv->ctx);
	return 0;
}

int64_t listview_selected_id(const struct listview *lv)
{
	uint32_t it = listview_selected(lv);
	return it == NO_ITEM ? 0 : lv->ops->id(lv->ctx, it);
}

int listview_rebuild(struct listview *lv)
{
	return rebuild_keep(lv, listview_selected_id(lv), 0);
}

int listview_set_source(struct listview *lv, const uint32_t *order, size_t n, int64_t keep)
{
	lv->order = order;
	lv->n_items = n;
	return rebuild_keep(lv, keep, lv->t.sel);
}

int listview_set_sort(struct listview *lv, int key, int rev)
{
	lv->sort = key >= 0 && key < lv->ops->n_sort ? key : 0;
	lv->sort_rev = rev != 0;
	return listview_rebuild(lv);
}

void listview_free(struct listview *lv)
{
	overlay_drop_owner(lv->ovl, lv);
	free(lv->rows);
	free(lv->scratch);
	lv->rows = lv->scratch = NULL;
	lv->n_rows = 0;
}

/* ---- search ---- */

int listview_text_match(const char *hay, const char *pat)
{
	size_t pl = strlen(pat);
	for (size_t n = strlen(hay); pl && n >= pl; hay++, n--)
		if (utf8_eq_ci(hay, pl, pat))
			return 1;
	return 0;
}

static int row_matches(const struct listview *lv, size_t row)
{
	uint32_t it = lv->rows[row];
	return lv->ops->match && (!lv->ops->selectable || lv->ops->selectable(lv->ctx, it)) &&
	       lv->ops->match(lv->ctx, it, lv->pattern);
}

/* The first match among `steps` rows from start on, forwards (dir > 0) or backwards,
 * wrapping; NO_ROW if none. */
static size_t scan(const struct listview *lv, size_t start, size_t steps, int dir)
{
	size_t n = lv->n_rows;
	if (!n || !lv->pattern[0])
		return NO_ROW;
	for (size_t i = 0; i < steps; i++) {
		size_t r = dir > 0 ? (start + i) % n : (start + n - i % n) % n;
		if (row_matches(lv, r))
			return r;
	}
	return NO_ROW;
}

/* After a keystroke: the first match from where the search began. Typing on only
 * narrows (a match of the longer text matches the shorter), so the scan goes on from the
 * current match, and needs none when the shorter text had no match. */
static void search_typed(struct listview *lv)
{
	char prev[LINE_MAX_BYTES];
	size_t n = lv->n_rows;
	snprintf(prev, sizeof prev, "%s", lv->pattern);
	snprintf(lv->pattern, sizeof lv->pattern, "%s", lv->le.buf);
	int narrows = prev[0] && strncmp(lv->pattern, prev, strlen(prev)) == 0;
	if (!lv->pattern[0] || !n || lv->origin >= n) {
		lv->found = NO_ROW;
	} else if (!(narrows && lv->found == NO_ROW)) {
		size_t start = narrows ? lv->found : lv->origin;
		size_t done = (start + n - lv->origin) % n;
		lv->found = scan(lv, start, n - done, +1);
	}
	if (lv->found != NO_ROW)
		table_select(&lv->t, lv->found);
	else if (lv->origin < n)
		table_select(&lv->t, lv->origin);
}

static void no_match_note(struct listview *lv)
{
	snprintf(lv->note, sizeof lv->note, _("Kein Treffer für „%s“"), lv->pattern);
}

static void search_step(struct listview *lv, int dir)
{
	if (!lv->pattern[0]) {
		char k[32];
		snprintf(lv->note, sizeof lv->note, _("Noch keine Suche: %s sucht"),
			 key_label(action_key(ACT_SEARCH, 0), k, sizeof k));
		return;
	}
	size_t n = lv->n_rows;
	if (!n)
		return;
	size_t from = dir > 0 ? (lv->t.sel + 1) % n : (lv->t.sel + n - 1) % n;
	size_t r = scan(lv, from, n, dir);
	if (r == NO_ROW)
		no_match_note(lv);
	else
		table_select(&lv->t, r);
}

static void jump_to(struct listview *lv, const char *text)
{
	uint32_t it = lv->ops->jump(lv->ctx, text);
	if (it == NO_ITEM) {
		if (lv->ops->jump_what)
			snprintf(lv->note, sizeof lv->note, _("%s „%s“ nicht gefunden"),
				 _(lv->ops->jump_what), text);
		else
			snprintf(lv->note, sizeof lv->note, _("Kennung „%s“ nicht gefunden"), text);
		return;
	}
	if (listview_select(lv, it) || !lv->ops->unhide)
		return;
	const char *why = lv->ops->unhide(lv->ctx, it);
	rebuild_keep(lv, lv->ops->id(lv->ctx, it), 0);
	snprintf(lv->note, sizeof lv->note, "%s", why ? _(why) : "");
}

/* ---- the prompt overlay (its state is the listview, which it does not own) ---- */

static int prompt_key(void *state, int key)
{
	struct listview *lv = state;
	if (widget_is_cancel(key))
		return WR_CANCEL;
	if (widget_is_enter(key))
		return WR_DONE;
	if (line_key(&lv->le, key) == WR_NONE)
		return WR_NONE; /* other keys are swallowed while typing */
	if (lv->prompt == LVP_SEARCH)
		search_typed(lv);
	return WR_CHANGED;
}

static void prompt_draw(void *state, WINDOW *win)
{
	const struct listview *lv = state;
	const struct theme *th = lv->t.theme;
	int y = getmaxy(win) - 1, cols = getmaxx(win);
	attr_t a = theme_attr(th, ROLE_ROW, 0);
	text_fill(win, y, 0, cols, theme_attr(th, ROLE_DIM, 0));
	char label[64];
	if (lv->prompt == LVP_JUMP && lv->ops->jump_what)
		snprintf(label, sizeof label, _("%s: "), _(lv->ops->jump_what));
	else
		snprintf(label, sizeof label, "%s", lv->prompt == LVP_SEARCH ? _("Suche: ")
									  : _("Kennung: "));
	int x = text_add(win, y, 0, label, cols, a | A_BOLD);
	line_draw(&lv->le, win, y, x, cols - x, a, 1);
}

static void prompt_free(void *state)
{
	struct listview *lv = state;
	lv->prompt = LVP_NONE;
}

static int prompt_done(void *owner, void *state, int result)
{
	struct listview *lv = owner;
	(void)state;
	if (lv->prompt == LVP_JUMP) {
		if (result == WR_DONE)
			jump_to(lv, lv->le.buf);
	} else if (result == WR_CANCEL) {
		if (lv->origin < lv->n_rows)
			table_select(&lv->t, lv->origin);
	} else if (lv->pattern[0] && lv->n_rows && !row_matches(lv, lv->t.sel)) {
		no_match_note(lv);
	}
	return VF_REDRAW;
}

static const struct overlay_hint *prompt_hints(const void *state)
{
	static const struct overlay_hint h[] = {
		{ '\r', HINT_FERTIG }, { TK_ESC, HINT_ABBRECHEN }, { 0, NULL },
	};
	(void)state;
	return h;
}

static const struct overlay_ops prompt_ops = {
	.name = "list-prompt",
	.key = prompt_key,
	.draw = prompt_draw,
	.free = prompt_free,
	.hints = prompt_hints,
};

static int open_prompt(struct listview *lv, int which)
{
	if (!lv->ovl)
		return 0;
	lv->prompt = which;
	lv->origin = lv->t.sel;
	lv->found = NO_ROW;
	line_set(&lv->le, NULL);
	if (which == LVP_SEARCH)
		lv->pattern[0] = '\0';
	overlay_push(lv->ovl, &prompt_ops, lv, prompt_done, lv);
	return VF_HANDLED | VF_REDRAW;
}

int listview_handle(struct listview *lv, int action)
{
	lv->note[0] = '\0';
	switch (action) {
	case ACT_SORT:
		if (!lv->ops->compare)
			return 0;
		listview_set_sort(lv, (lv->sort + 1) % lv->ops->n_sort, 0);
		return VF_HANDLED | VF_REDRAW;
	case ACT_SORT_REV:
		if (!lv->ops->compare)
			return 0;
		listview_set_sort(lv, lv->sort, !lv->sort_rev);
		return VF_HANDLED | VF_REDRAW;
	case ACT_SEARCH:
		return lv->ops->match ? open_prompt(lv, LVP_SEARCH) : 0;
	case ACT_JUMP:
		return lv->ops->jump ? open_prompt(lv, LVP_JUMP) : 0;
	case ACT_SEARCH_NEXT:
	case ACT_SEARCH_PREV:
		if (!lv->ops->match)
			return 0;
		search_step(lv, action == ACT_SEARCH_NEXT ? +1 : -1);
		return VF_HANDLED | VF_REDRAW;
	default:
		return table_handle(&lv->t, action);
	}
}

int listview_offers_unsorted(struct view *v, int action)
{
	(void)v;
	return action != ACT_SORT && action != ACT_FILTER;
}

void listview_draw(const struct listview *lv, WINDOW *w)
{
	table_draw(&lv->t, w);
}
