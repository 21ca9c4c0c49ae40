/* Confirmation and prompt dialogs. */
#include "tui/dialog.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/err.h"
#include "model/i18n.h"
#include "model/utf8.h"
#include "tui/actions.h"
#include "tui/text.h"

void dialog_confirm(struct dialog *d, const char *title, const char *text,
		    const struct theme *theme)
{
	memset(d, 0, sizeof *d);
	d->kind = DLG_CONFIRM;
	d->theme = theme;
	snprintf(d->title, sizeof d->title, "%s", title ? title : "");
	snprintf(d->text, sizeof d->text, "%s", text ? text : "");
}

static const char enter_default[] = N_("speichert"); /* what Enter does in a prompt */

void dialog_prompt(struct dialog *d, const char *title, const char *label, const char *initial,
		   const struct theme *theme)
{
	memset(d, 0, sizeof *d);
	d->kind = DLG_PROMPT;
	d->theme = theme;
	snprintf(d->title, sizeof d->title, "%s", title ? title : "");
	snprintf(d->text, sizeof d->text, "%s", label ? label : "");
	line_set(&d->input, initial);
	d->enter = enter_default;
}

void dialog_set_enter(struct dialog *d, const char *was)
{
	d->enter = was;
}

void dialog_set_error(struct dialog *d, const char *msg)
{
	snprintf(d->error, sizeof d->error, "%s", msg ? msg : "");
}

const char *dialog_value(const struct dialog *d)
{
	return d->input.buf;
}

int dialog_key(struct dialog *d, int key)
{
	if (widget_is_cancel(key))
		return WR_CANCEL;
	if (d->kind == DLG_CONFIRM) {
		if (widget_is_enter(key))
			return d->yes ? WR_DONE : WR_CANCEL;
		/* the German and the English initials both answer */
		if (key == 'j' || key == 'J' || key == 'y' || key == 'Y')
			return WR_DONE;
		if (key == 'n' || key == 'N')
			return WR_CANCEL;
		if (key == TK_FN(KEY_LEFT) || key == TK_FN(KEY_RIGHT) || key == TK_TAB ||
		    key == TK_FN(KEY_BTAB) || key == 'h' || key == 'l') {
			d->yes = !d->yes;
			return WR_CHANGED;
		}
		return WR_NONE;
	}
	if (widget_is_enter(key))
		return WR_DONE;
	int r = line_key(&d->input, key);
	if (r == WR_CHANGED)
		d->error[0] = '\0'; /* the message was about the old text */
	return r;
}

/* Lines the wrapped text s needs at cols columns. */
static int count_lines(const char *s, int cols)
{
	size_t at = 0, len = strlen(s), next;
	int n = 0;
	while (at < len) {
		wrap_line(s, at, cols, &next);
		at = next;
		n++;
	}
	return n;
}

/* Draws the wrapped s from line y on, at most max lines; returns the lines drawn. */
static int draw_wrapped(WINDOW *win, int y, int x, int cols, int max, const char *s,
			attr_t attr)
{
	size_t at = 0, len = strlen(s), next;
	int n = 0;
	char line[1024];
	while (at < len && n < max) {
		size_t k = wrap_line(s, at, cols, &next);
		if (k >= sizeof line)
			k = sizeof line - 1;
		memcpy(line, s + at, k);
		line[k] = '\0';
		text_put(win, y + n, x, line, cols, attr, TEXT_LEFT);
		at = next;
		n++;
	}
	return n;
}

void dialog_draw(const struct dialog *d, WINDOW *win)
{
	const struct theme *th = d->theme;
	attr_t base = theme_attr(th, ROLE_ROW, 0);
	int ww = getmaxx(win);
	int bw = ww > 72 ? 68 : ww - 2;
	int cols = bw - 4;
	if (cols < 4) {
		text_put(win, 0, 0, d->title, ww, base | A_BOLD, TEXT_LEFT);
		return;
	}
	int tl = count_lines(d->text, cols), el = d->error[0] ? count_lines(d->error, cols) : 0;
	int wh = getmaxy(win);
	int h = 2 + tl + 1 + 1 + (el ? 1 + el : 0) + 1; /* frame, text, gap, input/buttons, error, help */
	if (h > wh - 2)
		h = wh - 2;
	struct box b = box_center(win, h, bw);
	if (b.h < 4) {
		text_put(win, 0, 0, d->title, ww, base | A_BOLD, TEXT_LEFT);
		return;
	}
	box_draw(win, &b, d->title, base);
	int x = b.x + 2, y = b.y + 1, last = b.y + b.h - 2; /* last inner line: key help */
	/* the input line and the key help must stay; the text gives way first */
	int room = last - y - 2 - (el ? 1 + el : 0);
	if (room < 1)
		room = 1;
	y += draw_wrapped(win, y, x, cols, room, d->text, base);
	y++;
	if (y >= last)
		y = last - 1;
	char help[256], kj[32], kn[32], ke[32], kl[32], kr[32], ko[32];
	key_label('j', kj, sizeof kj);
	key_label('n', kn, sizeof kn);
	key_label(TK_ESC, ke, sizeof ke);
	key_label(TK_FN(KEY_LEFT), kl, sizeof kl);
	key_label(TK_FN(KEY_RIGHT), kr, sizeof kr);
	key_label('\r', ko, sizeof ko);
	if (d->kind == DLG_CONFIRM) {
		const char *ja = _("Ja"), *nein = _("Nein");
		int jw = text_width(ja) + 4, nw = text_width(nein) + 4;
		char bj[64], bn[64];
		snprintf(bj, sizeof bj, "[ %s ]", ja);
		snprintf(bn, sizeof bn, "[ %s ]", nein);
		text_put(win, y, x, bj, jw, d->yes ? base | A_REVERSE | A_BOLD : base, TEXT_LEFT);
		text_put(win, y, x + jw + 2, bn, nw, d->yes ? base : base | A_REVERSE | A_BOLD,
			 TEXT_LEFT);
		snprintf(help, sizeof help, _("%s: ja · %s oder %s: nein · %s/%s wählen, %s bestätigt"),
			 kj, kn, ke, kl, kr, ko);
	} else {
		line_draw(&d->input, win, y, x, cols, base | A_UNDERLINE, 1);
		/* TRANSLATORS: Enter, what it does ("speichert"), Esc */
		snprintf(help, sizeof help, _("%s %s · %s bricht ab"), ko, _(d->enter), ke);
	}
	y++;
	if (el && y < last)
		draw_wrapped(win, y + 1 <= last - 1 ? y + 1 : y, x, cols, last - y - 1 > 0 ? last - y - 1 : 1,
			     d->error, theme_attr(th, ROLE_VERDICT_BLOCKED, 0));
	text_put(win, last, x, help, cols, theme_attr(th, ROLE_DIM, 0), TEXT_LEFT);
}

/* ---- as an overlay ---- */

static int ov_key(void *state, int key)
{
	return dialog_key(state, key);
}

static void ov_draw(void *state, WINDOW *win)
{
	dialog_draw(state, win);
}

static void ov_free(void *state)
{
	free(state);
}

static const struct overlay_hint *ov_hints(const void *state)
{
	static const struct overlay_hint confirm[] = {
		{ 'j', LBL_JA }, { 'n', LBL_NEIN }, { TK_ESC, HINT_ABBRECHEN }, { 0, NULL },
	};
	static const struct overlay_hint prompt[] = {
		{ '\r', HINT_SPEICHERN }, { TK_ESC, HINT_ABBRECHEN }, { 0, NULL },
	};
	return ((const struct dialog *)state)->kind == DLG_CONFIRM ? confirm : prompt;
}

static const struct overlay_ops dialog_ops = {
	.name = "dialog", .key = ov_key, .draw = ov_draw, .free = ov_free, .hints = ov_hints,
};

int dialog_push_confirm(struct overlay_stack *s, const char *title, const char *text,
			const struct theme *theme, overlay_done_fn done, void *owner)
{
	struct dialog *d = calloc(1, sizeof *d);
	if (!d)
		return -WP_ENOMEM;
	dialog_confirm(d, title, text, theme);
	return overlay_push(s, &dialog_ops, d, done, owner);
}

int dialog_push_prompt(struct overlay_stack *s, const char *title, const char *label,
		       const char *initial, const struct theme *theme, overlay_done_fn done,
		       void *owner)
{
	struct dialog *d = calloc(1, sizeof *d);
	if (!d)
		return -WP_ENOMEM;
	dialog_prompt(d, title, label, initial, theme);
	return overlay_push(s, &dialog_ops, d, done, owner);
}
