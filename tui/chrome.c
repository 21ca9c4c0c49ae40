/* Title line, tab bar, status line and footer. */
#include "tui/chrome.h"

#include <stdio.h>
#include <string.h>

#include "model/i18n.h"
#include "model/labels.h"
#include "model/utf8.h"
#include "tui/actions.h"
#include "tui/text.h"

#define MAX_TABS 16

void chrome_title(WINDOW *w, const struct theme *th, const char *path, const char *szenario,
		  size_t n_obj, size_t n_beh)
{
	int cols = getmaxx(w);
	attr_t a = theme_attr(th, ROLE_TITLE, 0);
	char right[400], objs[64], behs[64], sz[240];
	i18n_n_objekte(n_obj, objs, sizeof objs);
	i18n_n_behoerden(n_beh, behs, sizeof behs);
	/* the active scenario on every screen, never cropped away before the counts */
	utf8_crop(szenario ? szenario : "", (size_t)(cols > 60 ? 30 : 12), sz, sizeof sz);
	snprintf(right, sizeof right, "%s: %s · %s · %s ", _(LBL_SZENARIO), sz, objs, behs);
	text_fill(w, 0, 0, cols, a);
	int rw = (int)utf8_width(right);
	if (rw > cols - 20) { /* narrow: the scenario and the object count */
		snprintf(right, sizeof right, "%s: %s · %s ", _(LBL_SZENARIO), sz, objs);
		rw = (int)utf8_width(right);
	}
	int x = text_add(w, 0, 0, " wolkenplan  ", cols, a);
	int room = cols - x - rw - 1;
	if (room > 0) {
		char crop[1024];
		text_crop_left(path ? path : "", (size_t)room, crop, sizeof crop);
		text_add(w, 0, x, crop, room, a);
	}
	if (rw <= cols - x)
		text_add(w, 0, cols - rw, right, rw, a);
}

void chrome_tabs(WINDOW *w, const struct theme *th, const char *const *titles, int n,
		 int active, int *xs)
{
	int cols = getmaxx(w), allow[MAX_TABS], total = 0;
	if (n > MAX_TABS)
		n = MAX_TABS;
	text_fill(w, 0, 0, cols, theme_attr(th, ROLE_TABBAR, 0));
	for (int i = 0; i < n; i++) {
		allow[i] = (int)utf8_width(_(titles[i]));
		total += allow[i] + 4; /* " 1 Name " */
	}
	/* crop the longest inactive name by one column until the bar fits */
	while (total > cols) {
		int longest = -1;
		for (int i = 0; i < n; i++)
			if (i != active && allow[i] > 2 && (longest < 0 || allow[i] > allow[longest]))
				longest = i;
		if (longest < 0)
			break;
		allow[longest]--;
		total--;
	}
	int x = 0;
	for (int i = 0; i < n; i++) {
		char label[256], name[200];
		attr_t a = theme_attr(th, i == active ? ROLE_TAB_ACTIVE : ROLE_TABBAR, 0);
		utf8_crop(_(titles[i]), (size_t)allow[i], name, sizeof name);
		snprintf(label, sizeof label, " %d %s ", i + 1, name);
		xs[i] = x;
		if (x < cols)
			x += text_add(w, 0, x, label, cols - x, a);
	}
	xs[n] = x;
}

int chrome_tab_at(const int *xs, int n, int x)
{
	for (int i = 0; i < n; i++)
		if (x >= xs[i] && x < xs[i + 1])
			return i;
	return -1;
}

void chrome_status(WINDOW *w, const struct theme *th, const char *msg, const char *info)
{
	int cols = getmaxx(w);
	attr_t a = theme_attr(th, ROLE_STATUS, 0);
	text_fill(w, 0, 0, cols, a);
	int iw = (int)utf8_width(info ? info : "");
	/* a message that needs the whole line wins over the position text */
	if (iw > cols / 2 || (int)utf8_width(msg ? msg : "") + iw + 4 > cols)
		iw = 0;
	text_add(w, 0, 1, msg ? msg : "", cols - 2 - (iw ? iw + 2 : 0), a);
	if (iw)
		text_add(w, 0, cols - iw - 1, info, iw, a);
}

/* One "key hint" pair at *x; 0 when it does not fit whole. */
static int footer_pair(WINDOW *w, const struct theme *th, int *x, const char *key,
		       const char *hint)
{
	int cols = getmaxx(w);
	attr_t a = theme_attr(th, ROLE_FOOTER, 0), ka = theme_attr(th, ROLE_FOOTER_KEY, 0);
	int need = (int)utf8_width(key) + 1 + (int)utf8_width(hint);
	if (*x + need > cols - 1)
		return 0;
	*x += text_add(w, 0, *x, key, need, ka);
	*x += 1;
	*x += text_add(w, 0, *x, hint, cols - *x, a);
	*x += 2;
	return 1;
}

void chrome_footer(WINDOW *w, const struct theme *th, const struct overlay_hint *hints,
		   int (*offers)(void *ctx, int action), void *ctx)
{
	int x = 1;
	text_fill(w, 0, 0, getmaxx(w), theme_attr(th, ROLE_FOOTER, 0));
	if (hints) {
		char key[32];
		for (; hints->key; hints++)
			if (!footer_pair(w, th, &x, key_label(hints->key, key, sizeof key),
					 _(hints->hint)))
				break;
		return;
	}
	for (int act = 0; act < ACT__N; act++) {
		const char *hint = action_hint(act);
		char key[32];
		if (!hint || (offers && !offers(ctx, act)))
			continue;
		if (!footer_pair(w, th, &x, key_label(action_key(act, 0), key, sizeof key), hint))
			break;
	}
}
