/* The action table expanded into lookup arrays, plus key labels for help and footer. */
#include "tui/actions.h"

#include <stdio.h>
#include <string.h>

#include "model/utf8.h"

static const struct {
	const char *name;
	int key, alt;
	const char *hint, *help;
} table[ACT__N] = {
#define X(id, name, key, alt, hint, help) [ACT_##id] = { name, key, alt, hint, help },
	ACTIONS(X)
#undef X
};

int action_for_key(int key)
{
	if (key == 0)
		return ACT_NONE;
	for (int a = 0; a < ACT__N; a++)
		if (table[a].key == key || table[a].alt == key)
			return a;
	return ACT_NONE;
}

int action_by_name(const char *name)
{
	for (int a = 0; name && a < ACT__N; a++)
		if (strcmp(table[a].name, name) == 0)
			return a;
	return ACT_NONE;
}

const char *action_name(int a)
{
	return a >= 0 && a < ACT__N ? table[a].name : "";
}

const char *action_help(int a)
{
	return a >= 0 && a < ACT__N ? _(table[a].help) : "";
}

const char *action_hint(int a)
{
	return a >= 0 && a < ACT__N && table[a].hint ? _(table[a].hint) : NULL;
}

int action_key(int a, int which)
{
	if (a < 0 || a >= ACT__N)
		return 0;
	return which ? table[a].alt : table[a].key;
}

char *key_label(int key, char *buf, size_t n)
{
	static const char enter[] = N_("Eingabe"); /* three key codes, one name */
	static const struct { int key; const char *label; } named[] = {
		{ TK_FN(KEY_UP), "↑" }, { TK_FN(KEY_DOWN), "↓" }, { TK_FN(KEY_LEFT), "←" },
		{ TK_FN(KEY_RIGHT), "→" }, { TK_FN(KEY_PPAGE), N_("Bild↑") },
		{ TK_FN(KEY_NPAGE), N_("Bild↓") }, { TK_FN(KEY_HOME), N_("Pos1") },
		{ TK_FN(KEY_END), LBL_ENDE }, { TK_FN(KEY_BTAB), N_("Umschalt+Tab") },
		{ TK_FN(KEY_ENTER), enter }, { TK_ESC, N_("Esc") }, { TK_TAB, N_("Tab") },
		{ '\n', enter }, { '\r', enter }, { ' ', N_("Leertaste") },
		{ TK_FN(KEY_DC), N_("Entf") }, { TK_FN(KEY_IC), N_("Einfg") },
		{ TK_FN(KEY_BACKSPACE), N_("Rücktaste") },
	};
	if (n == 0)
		return buf;
	for (size_t i = 0; i < sizeof named / sizeof named[0]; i++)
		if (named[i].key == key) {
			snprintf(buf, n, "%s", _(named[i].label));
			return buf;
		}
	if (key >= TK_FN(KEY_F(1)) && key <= TK_FN(KEY_F(63))) {
		snprintf(buf, n, "F%d", key - TK_FN(KEY_F(0)));
	} else if (key >= TK_FN(0)) {
		const char *kn = keyname(key - TK_FN(0));
		snprintf(buf, n, "%s", kn ? kn : "?");
	} else if (key > 0 && key < 0x20) {
		snprintf(buf, n, _("Strg-%c"), key + '@');
	} else if (key > 0) {
		char u[4];
		size_t k = utf8_encode((unsigned)key, u);
		snprintf(buf, n, "%.*s", (int)k, u);
	} else {
		buf[0] = '\0';
	}
	return buf;
}

char *action_keys_label(int a, char *buf, size_t n)
{
	char k1[32], k2[32];
	if (n == 0)
		return buf;
	key_label(action_key(a, 0), k1, sizeof k1);
	/* Return and Enter ('\r', '\n') read the same: named once */
	if (action_key(a, 1) && strcmp(key_label(action_key(a, 1), k2, sizeof k2), k1) != 0)
		snprintf(buf, n, "%s, %s", k1, k2);
	else
		snprintf(buf, n, "%s", k1);
	return buf;
}

char *keys_text(const char *msg, char *buf, size_t n)
{
	size_t k = 0;
	if (n == 0)
		return buf;
	for (const char *s = msg ? msg : ""; *s && k + 1 < n;) {
		const char *end = *s == '{' ? strchr(s, '}') : NULL;
		char name[32];
		if (end && (size_t)(end - s - 1) < sizeof name) {
			memcpy(name, s + 1, (size_t)(end - s - 1));
			name[end - s - 1] = '\0';
			char *colon = strchr(name, ':');
			int which = colon && strcmp(colon, ":1") == 0;
			if (colon)
				*colon = '\0';
			int a = action_by_name(name);
			if (a != ACT_NONE && action_key(a, which)) {
				char label[32];
				key_label(action_key(a, which), label, sizeof label);
				k += (size_t)snprintf(buf + k, n - k, "%s", label);
				if (k >= n)
					k = n - 1;
				s = end + 1;
				continue;
			}
		}
		buf[k++] = *s++;
	}
	buf[k] = '\0';
	return buf;
}
