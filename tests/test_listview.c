/* Unit tests of the list controller (tui/listview.h) and the overlay stack
 * (tui/overlay.h), without a screen: sort, incremental search with n/N wrapping, jump
 * with an unhiding filter, the selection kept by id across reloads; push, pop, done
 * callbacks and the footer entries of the top overlay. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "tui/actions.h"
#include "tui/listview.h"
#include "tui/overlay.h"
#include "tui/view.h"
#include "tui/widget.h"

/* A tiny data set: items with an id, a name and a number; the filter hides odd numbers
 * when on. */
struct item {
	int64_t id;
	const char *name;
	int num;
};

struct data {
	struct item *it;
	size_t n;
	int hide_odd;
};

static void draw(void *ctx, const struct table *t, WINDOW *w, int y, uint32_t item,
		 int selected)
{
	(void)ctx, (void)t, (void)w, (void)y, (void)item, (void)selected;
}

static int compare(const void *ctx, int key, uint32_t a, uint32_t b)
{
	const struct data *d = ctx;
	if (key == 1)
		return strcmp(d->it[a].name, d->it[b].name);
	if (key == 2)
		return (d->it[a].num > d->it[b].num) - (d->it[a].num < d->it[b].num);
	return 0;
}

static int pass_filter(const void *ctx, uint32_t i)
{
	const struct data *d = ctx;
	return !d->hide_odd || d->it[i].num % 2 == 0;
}

static int match(const void *ctx, uint32_t i, const char *pat)
{
	const struct data *d = ctx;
	return strstr(d->it[i].name, pat) != NULL;
}

static int64_t id_of(const void *ctx, uint32_t i)
{
	const struct data *d = ctx;
	return d->it[i].id;
}

static uint32_t find_id(const void *ctx, int64_t id)
{
	const struct data *d = ctx;
	for (size_t i = 0; i < d->n; i++)
		if (d->it[i].id == id)
			return (uint32_t)i;
	return UINT32_MAX;
}

static uint32_t jump(const void *ctx, const char *text)
{
	const struct data *d = ctx;
	for (size_t i = 0; i < d->n; i++)
		if (strcmp(d->it[i].name, text) == 0)
			return (uint32_t)i;
	return UINT32_MAX;
}

static const char *unhide(void *ctx, uint32_t i)
{
	struct data *d = ctx;
	(void)i;
	d->hide_odd = 0;
	return "Filter aufgehoben";
}

static const struct listview_ops ops = {
	.draw = draw, .compare = compare, .n_sort = 3, .filter = pass_filter, .match = match,
	.id = id_of, .find_id = find_id, .jump = jump, .unhide = unhide,
};

static const struct table_col cols[] = { { "Name", NULL, 10, 0, 0, 1, 0 } };

static struct item items[] = {
	{ 10, "delta", 4 }, { 11, "alpha", 1 }, { 12, "echo", 2 },
	{ 13, "bravo", 2 }, { 14, "charlie", 3 }, { 15, "alpha2", 0 },
};
#define N_ITEMS (sizeof items / sizeof items[0])

static const char *sel_name(const struct listview *lv, const struct data *d)
{
	uint32_t i = listview_selected(lv);
	return i == UINT32_MAX ? "" : d->it[i].name;
}

static void setup_list(struct listview *lv, struct data *d, struct overlay_stack *ovl)
{
	*d = (struct data){ items, N_ITEMS, 0 };
	listview_init(lv, cols, 1, NULL, &ops, d, ovl);
	assert_int_equal(listview_set_source(lv, NULL, d->n, 0), 0);
	table_layout(&lv->t, 10, 40);
}

static void test_sort_stable_and_reverse(void **state)
{
	(void)state;
	struct listview lv;
	struct data d;
	setup_list(&lv, &d, NULL);
	assert_int_equal(lv.n_rows, N_ITEMS);
	assert_int_equal(lv.rows[0], 0); /* key 0: the source order */
	listview_handle(&lv, ACT_SORT);   /* by name */
	assert_string_equal(d.it[lv.rows[0]].name, "alpha");
	assert_string_equal(d.it[lv.rows[5]].name, "echo");
	listview_handle(&lv, ACT_SORT);   /* by number: ties keep the source order */
	const uint32_t by_num[] = { 5, 1, 2, 3, 4, 0 };
	assert_memory_equal(lv.rows, by_num, sizeof by_num);
	listview_handle(&lv, ACT_SORT_REV); /* reversed: ties still in source order */
	const uint32_t rev[] = { 0, 4, 2, 3, 1, 5 };
	assert_memory_equal(lv.rows, rev, sizeof rev);
	listview_handle(&lv, ACT_SORT); /* the next key starts ascending again */
	assert_int_equal(lv.sort, 0);
	assert_int_equal(lv.sort_rev, 0);
	listview_free(&lv);
}

static void test_search_wraps_both_ways(void **state)
{
	(void)state;
	struct listview lv;
	struct data d;
	struct overlay_stack ovl = { 0 };
	setup_list(&lv, &d, &ovl);
	/* / opens the prompt on the stack; typing selects the first match as it goes */
	assert_true(listview_handle(&lv, ACT_SEARCH) & VF_HANDLED);
	assert_true(overlay_active(&ovl));
	overlay_key(&ovl, 'a');
	assert_string_equal(sel_name(&lv, &d), "delta");
	overlay_key(&ovl, 'l');
	assert_string_equal(sel_name(&lv, &d), "alpha");
	overlay_key(&ovl, '\r');
	assert_false(overlay_active(&ovl));
	assert_int_equal(lv.prompt, LVP_NONE);
	listview_handle(&lv, ACT_SEARCH_NEXT);
	assert_string_equal(sel_name(&lv, &d), "alpha2");
	listview_handle(&lv, ACT_SEARCH_NEXT); /* wraps to the top */
	assert_string_equal(sel_name(&lv, &d), "alpha");
	listview_handle(&lv, ACT_SEARCH_PREV); /* and back over the top */
	assert_string_equal(sel_name(&lv, &d), "alpha2");
	assert_string_equal(lv.note, "");
	/* no match: the selection returns to where the search began; Esc too */
	table_select(&lv.t, 2);
	listview_handle(&lv, ACT_SEARCH);
	overlay_key(&ovl, 'z');
	assert_string_equal(sel_name(&lv, &d), "echo");
	overlay_key(&ovl, '\r');
	assert_non_null(strstr(lv.note, "z"));
	listview_handle(&lv, ACT_SEARCH);
	overlay_key(&ovl, 'b');
	assert_string_equal(sel_name(&lv, &d), "bravo");
	overlay_key(&ovl, TK_ESC);
	assert_string_equal(sel_name(&lv, &d), "echo");
	listview_free(&lv);
}

static void test_jump_unhides(void **state)
{
	(void)state;
	struct listview lv;
	struct data d;
	struct overlay_stack ovl = { 0 };
	setup_list(&lv, &d, &ovl);
	d.hide_odd = 1;
	listview_rebuild(&lv);
	assert_int_equal(lv.n_rows, 4);
	listview_handle(&lv, ACT_JUMP);
	for (const char *s = "charlie"; *s; s++)
		overlay_key(&ovl, *s);
	overlay_key(&ovl, '\r');
	assert_string_equal(sel_name(&lv, &d), "charlie");
	assert_int_equal(lv.n_rows, N_ITEMS); /* the filter was lifted */
	assert_string_not_equal(lv.note, "");
	listview_handle(&lv, ACT_JUMP);
	overlay_key(&ovl, 'x');
	overlay_key(&ovl, '\r');
	assert_string_equal(sel_name(&lv, &d), "charlie");
	assert_non_null(strstr(lv.note, "x"));
	listview_free(&lv);
}

static void test_selection_kept_by_id(void **state)
{
	(void)state;
	struct listview lv;
	struct data d;
	setup_list(&lv, &d, NULL);
	listview_select(&lv, 3); /* bravo */
	int64_t id = listview_selected_id(&lv); /* read before the data changes */
	assert_int_equal(id, 13);
	/* a reload: an item before it is gone, the indexes shift */
	struct item fewer[] = { items[0], items[2], items[3], items[4], items[5] };
	d.it = fewer;
	d.n = 5;
	assert_int_equal(listview_set_source(&lv, NULL, 5, id), 0);
	assert_string_equal(sel_name(&lv, &d), "bravo");
	/* gone entirely: the same row number */
	listview_select(&lv, 4);
	id = listview_selected_id(&lv);
	struct item less[] = { items[0], items[2], items[3], items[4] };
	d.it = less;
	d.n = 4;
	assert_int_equal(listview_set_source(&lv, NULL, 4, id), 0);
	assert_int_equal(lv.t.sel, 3);
	/* sorted: the kept item follows its new row */
	listview_set_sort(&lv, 1, 0);
	listview_select(&lv, 0); /* delta */
	listview_set_sort(&lv, 1, 1);
	assert_string_equal(sel_name(&lv, &d), "delta");
	/* a filter that keeps it: it stays; one that hides it: the first row */
	listview_select(&lv, 2); /* bravo, 2 */
	d.hide_odd = 1;
	listview_rebuild(&lv);
	assert_string_equal(sel_name(&lv, &d), "bravo");
	d.hide_odd = 0;
	listview_rebuild(&lv);
	listview_select(&lv, 3); /* charlie, 3 */
	d.hide_odd = 1;
	listview_rebuild(&lv);
	assert_int_equal(lv.t.sel, 0);
	assert_string_equal(sel_name(&lv, &d), "echo");
	listview_free(&lv);
}

/* ---- overlay stack ---- */

struct probe {
	int keys, freed, done, result, keep;
	struct overlay_stack *s;
	int push_on_done;
};

static int p_key(void *state, int key)
{
	struct probe *p = state;
	p->keys++;
	return key == '\r' ? WR_DONE : key == TK_ESC ? WR_CANCEL : key == 'x' ? WR_CHANGED
									      : WR_NONE;
}

static void p_draw(void *state, WINDOW *w)
{
	(void)state, (void)w;
}

static void p_free(void *state)
{
	((struct probe *)state)->freed++;
}

static const struct overlay_hint *p_hints(const void *state)
{
	static const struct overlay_hint h[] = { { 'j', "ja" }, { 'n', "nein" }, { 0, NULL } };
	(void)state;
	return h;
}

static const struct overlay_ops probe_ops = {
	.name = "probe", .key = p_key, .draw = p_draw, .free = p_free, .hints = p_hints,
};

static int on_done(void *owner, void *state, int result)
{
	struct probe *p = state;
	(void)owner;
	p->done++;
	p->result = result;
	if (p->push_on_done) {
		static struct probe next;
		next = (struct probe){ 0 };
		overlay_push(p->s, &probe_ops, &next, NULL, NULL);
	}
	return p->keep ? OVERLAY_KEEP : 0;
}

static void test_overlay_stack(void **state)
{
	(void)state;
	struct overlay_stack s = { 0 };
	struct probe a = { 0 }, b = { 0 };
	int owner;
	assert_int_equal(overlay_key(&s, 'x'), 0); /* empty: keys go elsewhere */
	assert_null(overlay_hints(&s));
	overlay_push(&s, &probe_ops, &a, on_done, &owner);
	overlay_push(&s, &probe_ops, &b, on_done, &owner);
	assert_ptr_equal(overlay_top(&s)->state, &b);
	assert_int_equal(overlay_hints(&s)[0].key, 'j');
	/* the top takes the key; WR_NONE is handled without a redraw */
	assert_int_equal(overlay_key(&s, 'q'), VF_HANDLED);
	assert_int_equal(overlay_key(&s, 'x'), VF_HANDLED | VF_REDRAW);
	assert_int_equal(a.keys, 0);
	assert_int_equal(b.keys, 2);
	/* done with keep: stays; then closes, done called once, state freed */
	b.keep = 1;
	overlay_key(&s, '\r');
	assert_int_equal(s.n, 2);
	b.keep = 0;
	overlay_key(&s, TK_ESC);
	assert_int_equal(s.n, 1);
	assert_int_equal(b.done, 2);
	assert_int_equal(b.result, WR_CANCEL);
	assert_int_equal(b.freed, 1);
	/* a done callback that pushes the next step */
	a.s = &s;
	a.push_on_done = 1;
	overlay_key(&s, '\r');
	assert_int_equal(a.freed, 1);
	assert_int_equal(s.n, 1);
	assert_ptr_not_equal(overlay_top(&s)->state, &a);
	overlay_clear(&s);
	assert_false(overlay_active(&s));
	/* dropping an owner's overlays skips done */
	struct probe c = { 0 }, d = { 0 };
	int other;
	overlay_push(&s, &probe_ops, &c, on_done, &owner);
	overlay_push(&s, &probe_ops, &d, on_done, &other);
	overlay_drop_owner(&s, &owner);
	assert_int_equal(s.n, 1);
	assert_int_equal(c.freed, 1);
	assert_int_equal(c.done, 0);
	overlay_clear(&s);
	/* a full stack refuses and frees */
	struct probe many[OVERLAY_MAX + 1];
	memset(many, 0, sizeof many);
	for (int i = 0; i < OVERLAY_MAX; i++)
		assert_int_equal(overlay_push(&s, &probe_ops, &many[i], NULL, NULL), 0);
	assert_int_not_equal(overlay_push(&s, &probe_ops, &many[OVERLAY_MAX], NULL, NULL), 0);
	assert_int_equal(many[OVERLAY_MAX].freed, 1);
	overlay_clear(&s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sort_stable_and_reverse),
		cmocka_unit_test(test_search_wraps_both_ways),
		cmocka_unit_test(test_jump_unhides),
		cmocka_unit_test(test_selection_kept_by_id),
		cmocka_unit_test(test_overlay_stack),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
