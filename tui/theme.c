/* Theme table and colour setup. */
#include "tui/theme.h"

#include <stdlib.h>

#include "model/assess.h"
#include "tui/text.h"

/* Colours use -1 (the terminal's default) where use_default_colors() is available. The
 * selected row carries no colour pair on purpose: it is combined with cell roles. */
static const struct {
	short fg, bg;
	attr_t color_attr; /* extra attributes with colour */
	attr_t mono;       /* attributes without colour */
} roles[ROLE__N] = {
	[ROLE_TITLE] = { COLOR_WHITE, COLOR_BLUE, A_BOLD, A_REVERSE | A_BOLD },
	[ROLE_TABBAR] = { COLOR_WHITE, COLOR_BLUE, 0, A_NORMAL },
	[ROLE_TAB_ACTIVE] = { COLOR_BLACK, COLOR_CYAN, A_BOLD, A_REVERSE | A_BOLD },
	[ROLE_HEADER] = { COLOR_CYAN, -1, A_BOLD | A_UNDERLINE, A_BOLD | A_UNDERLINE },
	[ROLE_ROW] = { -1, -1, 0, A_NORMAL },
	[ROLE_ROW_SELECTED] = { -1, -1, A_REVERSE | A_BOLD, A_REVERSE | A_BOLD },
	[ROLE_GROUP] = { COLOR_YELLOW, -1, A_BOLD, A_BOLD | A_UNDERLINE },
	[ROLE_VERDICT_OK] = { COLOR_GREEN, -1, 0, A_NORMAL },
	[ROLE_VERDICT_OPEN] = { COLOR_YELLOW, -1, 0, A_BOLD },
	[ROLE_VERDICT_BLOCKED] = { COLOR_RED, -1, A_BOLD, A_BOLD },
	[ROLE_STATUS] = { COLOR_CYAN, -1, 0, A_NORMAL },
	[ROLE_FOOTER] = { COLOR_BLACK, COLOR_WHITE, 0, A_NORMAL },
	[ROLE_FOOTER_KEY] = { COLOR_BLUE, COLOR_WHITE, A_BOLD, A_BOLD },
	[ROLE_DIM] = { COLOR_CYAN, -1, 0, A_NORMAL },
	[ROLE_HEAT_OK] = { COLOR_BLACK, COLOR_GREEN, 0, A_NORMAL },
	[ROLE_HEAT_OPEN] = { COLOR_BLACK, COLOR_YELLOW, 0, A_BOLD },
	[ROLE_HEAT_BLOCKED] = { COLOR_WHITE, COLOR_RED, A_BOLD, A_BOLD },
};

void theme_init(struct theme *t, int want_color)
{
	const char *nc = getenv("NO_COLOR");
	t->color = want_color && !(nc && *nc) && has_colors();
	if (t->color && start_color() == ERR)
		t->color = 0;
	if (t->color && COLOR_PAIRS <= ROLE__N)
		t->color = 0;
	int dflt = t->color && use_default_colors() == OK;
	for (int r = 0; r < ROLE__N; r++) {
		if (!t->color) {
			t->attr[r] = roles[r].mono;
			continue;
		}
		if (roles[r].fg == -1 && roles[r].bg == -1) {
			t->attr[r] = roles[r].color_attr;
			continue;
		}
		short fg = roles[r].fg, bg = roles[r].bg;
		if (!dflt) {
			fg = fg < 0 ? COLOR_WHITE : fg;
			bg = bg < 0 ? COLOR_BLACK : bg;
		}
		init_pair((short)(r + 1), fg, bg);
		t->attr[r] = COLOR_PAIR(r + 1) | roles[r].color_attr;
	}
}

attr_t theme_attr(const struct theme *t, enum role r, int selected)
{
	attr_t a = t->attr[r];
	if (selected)
		a |= t->attr[ROLE_ROW_SELECTED];
	return a;
}

static const char *const glyphs[2][GL__N] = {
	{ [GL_OK] = "✓", [GL_OPEN] = "?", [GL_BLOCKED] = "✗", [GL_MARK] = "•",
	  [GL_POINTER] = "▸", [GL_STAR] = "★", [GL_DIAMOND] = "◆", [GL_DOT] = "·",
	  [GL_BLOCK] = "█", [GL_PAUSE] = "╌", [GL_LATE] = "▓", [GL_FRIST] = "┃",
	  [GL_KAP] = "─", [GL_KAP_AUS] = "═", [GL_MIGRATION] = "█", [GL_BETRIEB] = "▒",
	  [GL_BASIS] = "┃", [GL_DIFF] = "≠" },
	{ [GL_OK] = "+", [GL_OPEN] = "?", [GL_BLOCKED] = "x", [GL_MARK] = "*",
	  [GL_POINTER] = ">", [GL_STAR] = "*", [GL_DIAMOND] = "*", [GL_DOT] = ".",
	  [GL_BLOCK] = "#", [GL_PAUSE] = "-", [GL_LATE] = "X", [GL_FRIST] = "|",
	  [GL_KAP] = "-", [GL_KAP_AUS] = "=", [GL_MIGRATION] = "#", [GL_BETRIEB] = "=",
	  [GL_BASIS] = "|", [GL_DIFF] = "!=" },
};

void theme_set_ascii(struct theme *t, int ascii)
{
	t->ascii = ascii != 0;
	text_set_ascii(t->ascii);
}

const char *theme_glyph(const struct theme *t, enum glyph g)
{
	return g < GL__N ? glyphs[t && t->ascii][g] : "?";
}

const char *theme_verdict_glyph(const struct theme *t, int v)
{
	_Static_assert(GL_OK + V_ZULAESSIG == GL_OK && GL_OK + V_OFFEN == GL_OPEN &&
			       GL_OK + V_BLOCKIERT == GL_BLOCKED, "glyphs in verdict order");
	return v >= 0 && v < V__N ? theme_glyph(t, (enum glyph)(GL_OK + v)) : "?";
}

enum role theme_verdict_role(int v)
{
	return v == V_ZULAESSIG ? ROLE_VERDICT_OK : v == V_OFFEN ? ROLE_VERDICT_OPEN
								 : ROLE_VERDICT_BLOCKED;
}

enum role theme_heat_role(int v)
{
	return v == V_ZULAESSIG ? ROLE_HEAT_OK : v == V_OFFEN ? ROLE_HEAT_OPEN : ROLE_HEAT_BLOCKED;
}
