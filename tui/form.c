/* Forms: fields, focus, choices through the pick list, drawing. */
#include "tui/form.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/err.h"
#include "model/i18n.h"
#include "model/utf8.h"
#include "tui/actions.h"
#include "tui/text.h"

/* Starts an empty form (title copied; theme borrowed). */
static void form_init(struct form *f, const char *title, const struct theme *theme)
{
	memset(f, 0, sizeof *f);
	snprintf(f->title, sizeof f->title, "%s", title ? title : "");
	f->theme = theme;
}

int form_add_text(struct form *f, const char *label, const char *initial)
{
	if (f->n >= FORM_MAX_FIELDS)
		return -1;
	struct form_field *x = &f->f[f->n];
	memset(x, 0, sizeof *x);
	snprintf(x->label, sizeof x->label, "%s", label ? label : "");
	line_set(&x->text, initial);
	x->chosen = (size_t)-1;
	return f->n++;
}

static void set_chosen(struct form_field *x, size_t i)
{
	char buf[512];
	x->chosen = i;
	line_set(&x->text, i < x->n ? x->label_fn(x->ctx, i, buf, sizeof buf) : "");
}

int form_add_choice(struct form *f, const char *label, size_t n, pick_label_fn fn, void *ctx,
		    size_t initial)
{
	int i = form_add_text(f, label, NULL);
	if (i < 0)
		return -1;
	struct form_field *x = &f->f[i];
	x->choice = 1;
	x->n = n;
	x->label_fn = fn;
	x->ctx = ctx;
	set_chosen(x, initial);
	return i;
}

const char *form_text(const struct form *f, int i)
{
	return i >= 0 && i < f->n ? f->f[i].text.buf : "";
}

size_t form_choice(const struct form *f, int i)
{
	return i >= 0 && i < f->n ? f->f[i].chosen : (size_t)-1;
}

void form_set_error(struct form *f, int i, const char *msg)
{
	snprintf(f->error, sizeof f->error, "%s", msg ? msg : "");
	if (i >= 0 && i < f->n)
		f->cur = i;
}

/* Frees an open pick list; accepts a zeroed form. */
static void form_free(struct form *f)
{
	if (f->picking)
		pick_free(&f->pick);
	f->picking = 0;
}

static int open_pick(struct form *f, int key)
{
	struct form_field *x = &f->f[f->cur];
	if (pick_open(&f->pick, x->label, x->n, x->label_fn, x->ctx, f->theme))
		return -WP_ENOMEM;
	if (x->chosen != (size_t)-1)
		pick_select(&f->pick, x->chosen);
	f->picking = 1;
	if (key) /* a key typed on a choice starts the search with it */
		pick_key(&f->pick, key);
	return WR_CHANGED;
}

/* Handles a key; returns enum widget_result (WR_DONE: submit, WR_CANCEL: Esc), or
 * -WP_ENOMEM when a pick list cannot be opened. */
static int form_key(struct form *f, int key)
{
	if (f->picking) {
		int r = pick_key(&f->pick, key);
		if (r == WR_DONE || r == WR_CANCEL) {
			if (r == WR_DONE) {
				set_chosen(&f->f[f->cur], pick_selected(&f->pick));
				f->error[0] = '\0';
				if (f->cur + 1 < f->n)
					f->cur++;
			}
			pick_free(&f->pick);
			f->picking = 0;
			return WR_CHANGED;
		}
		return r == WR_NONE ? WR_CHANGED : r; /* the pick list is modal */
	}
	if (widget_is_cancel(key))
		return WR_CANCEL;
	if (f->n == 0)
		return widget_is_enter(key) ? WR_DONE : WR_NONE;
	struct form_field *x = &f->f[f->cur];
	if (key == TK_TAB || key == TK_FN(KEY_DOWN)) {
		f->cur = (f->cur + 1) % f->n;
		return WR_CHANGED;
	}
	if (key == TK_FN(KEY_BTAB) || key == TK_FN(KEY_UP)) {
		f->cur = (f->cur + f->n - 1) % f->n;
		return WR_CHANGED;
	}
	if (x->choice) {
		/* Enter submits once something is chosen; Space (or typing) opens the list */
		if (key == ' ' || (widget_is_enter(key) && x->chosen == (size_t)-1))
			return open_pick(f, 0);
		if (widget_is_enter(key))
			return WR_DONE;
		if (key >= 0x20 && key < TK_FN(0) && key != 0x7F)
			return open_pick(f, key);
		return WR_NONE;
	}
	if (widget_is_enter(key))
		return WR_DONE;
	int r = line_key(&x->text, key);
	if (r == WR_CHANGED)
		f->error[0] = '\0';
	return r;
}

/* Draws the form (and an open pick list over it) centred in win. */
static void form_draw(struct form *f, WINDOW *win)
{
	const struct theme *th = f->theme;
	attr_t base = theme_attr(th, ROLE_ROW, 0);
	int ww = getmaxx(win), wh = getmaxy(win);
	int bw = ww > 76 ? 72 : ww - 2;
	int h = 2 + f->n + 1 + 2 + 1;
	struct box b = box_center(win, h > wh - 2 ? wh - 2 : h, bw);
	if (b.h < 4 || b.w < 16) {
		text_put(win, 0, 0, f->title, ww, base | A_BOLD, TEXT_LEFT);
		return;
	}
	box_draw(win, &b, f->title, base);
	int x = b.x + 2, cols = b.w - 4, lw = 0;
	for (int i = 0; i < f->n; i++) {
		int w = text_width(f->f[i].label);
		if (w > lw)
			lw = w;
	}
	if (lw > cols / 3)
		lw = cols / 3;
	int last = b.y + b.h - 2;
	/* the fields scroll when the box is shorter than the form: keep cur visible */
	int rows = last - (b.y + 1) - 2;
	if (rows < 1)
		rows = 1;
	int first = f->cur >= rows ? f->cur - rows + 1 : 0;
	for (int i = first; i < f->n && i - first < rows; i++) {
		int y = b.y + 1 + (i - first), on = i == f->cur;
		char lab[96];
		snprintf(lab, sizeof lab, "%s", f->f[i].label);
		text_put(win, y, x, lab, lw, on ? base | A_BOLD : base, TEXT_LEFT);
		int vx = x + lw + 2, vw = cols - lw - 2;
		if (f->f[i].choice) {
			char v[600];
			snprintf(v, sizeof v, "%s ▾", f->f[i].text.buf[0] ? f->f[i].text.buf : "—");
			text_put(win, y, vx, v, vw, on ? base | A_REVERSE : base | A_UNDERLINE,
				 TEXT_LEFT);
		} else {
			line_draw(&f->f[i].text, win, y, vx, vw, base | A_UNDERLINE, on);
		}
	}
	if (f->error[0])
		text_put(win, last - 1, x, f->error, cols, theme_attr(th, ROLE_VERDICT_BLOCKED, 0),
			 TEXT_LEFT);
	char help[256], kt[32], ks[32], ko[32], ke[32];
	snprintf(help, sizeof help, _("%s: Feld · %s: Liste · %s: speichern · %s: abbrechen"),
		 key_label(TK_TAB, kt, sizeof kt), key_label(' ', ks, sizeof ks),
		 key_label('\r', ko, sizeof ko), key_label(TK_ESC, ke, sizeof ke));
	text_put(win, last, x, help, cols, theme_attr(th, ROLE_DIM, 0), TEXT_LEFT);
	if (f->picking)
		pick_draw(&f->pick, win);
}

/* ---- as an overlay ---- */

static int ov_key(void *state, int key)
{
	int r = form_key(state, key);
	return r < 0 ? WR_CANCEL : r; /* no memory for a pick list: the form closes */
}

static void ov_draw(void *state, WINDOW *win)
{
	form_draw(state, win);
}

static void ov_free(void *state)
{
	form_free(state);
	free(state);
}

static const struct overlay_hint *ov_hints(const void *state)
{
	static const struct overlay_hint h[] = {
		{ TK_TAB, N_("nächstes Feld") }, { ' ', N_("Liste") }, { '\r', HINT_SPEICHERN },
		{ TK_ESC, HINT_ABBRECHEN }, { 0, NULL },
	};
	const struct form *f = state;
	return f->picking ? pick_hints(&f->pick) : h;
}

static const struct overlay_ops form_ops = {
	.name = "form", .key = ov_key, .draw = ov_draw, .free = ov_free, .hints = ov_hints,
};

struct form *form_new(const char *title, const struct theme *theme)
{
	struct form *f = malloc(sizeof *f);
	if (f)
		form_init(f, title, theme);
	return f;
}

int form_push(struct overlay_stack *s, struct form *f, overlay_done_fn done, void *owner)
{
	return f ? overlay_push(s, &form_ops, f, done, owner) : -WP_ENOMEM;
}
