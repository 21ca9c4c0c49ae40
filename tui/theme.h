/* The colour theme: one table of roles, each with a colour pair and a monochrome attribute.
 * Monochrome is used for NO_COLOR, --no-color and terminals without colours; the selected
 * row is A_REVERSE in both, so it stays visible everywhere. */
#ifndef WP_TUI_THEME_H
#define WP_TUI_THEME_H

#include <curses.h>

enum role {
	ROLE_TITLE, ROLE_TABBAR, ROLE_TAB_ACTIVE, ROLE_HEADER, ROLE_ROW, ROLE_ROW_SELECTED,
	ROLE_GROUP, ROLE_VERDICT_OK, ROLE_VERDICT_OPEN, ROLE_VERDICT_BLOCKED, ROLE_STATUS,
	ROLE_FOOTER, ROLE_FOOTER_KEY, ROLE_DIM,
	/* heat map cells of the Bewertung (background colour; the glyph carries the meaning) */
	ROLE_HEAT_OK, ROLE_HEAT_OPEN, ROLE_HEAT_BLOCKED, ROLE__N
};

/* The glyphs the views draw, each with a UTF-8 form and an ASCII form. */
enum glyph {
	GL_OK, GL_OPEN, GL_BLOCKED, /* the three verdicts (enum verdict order) */
	GL_MARK,    /* a marked or pinned object */
	GL_POINTER, /* the current item of a list of groups */
	GL_STAR,    /* the recommended platform */
	GL_DIAMOND, /* an end in a timeline */
	GL_DOT,     /* an empty cell */
	GL_BLOCK,   /* one unit of a bar */
	GL_PAUSE,   /* a month of a bar without PT (a pause) */
	GL_LATE,    /* a unit of a bar after the deadline */
	GL_FRIST,   /* a deadline (Vertragsende) in a timeline */
	GL_KAP,     /* the capacity line of a histogram */
	GL_KAP_AUS, /* the capacity line where a calendar exception applies */
	GL_MIGRATION, /* one unit of a cost bar: Migration */
	GL_BETRIEB,   /* one unit of a cost bar: Betrieb */
	GL_BASIS,     /* the Basis line of a cost bar (everything stays as today) */
	GL_DIFF,      /* a figure that differs from the first compared scenario */
	GL__N
};

struct theme {
	int color;            /* 1 if colour pairs are in use */
	int ascii;            /* 1 = ASCII glyphs (a terminal without UTF-8) */
	attr_t attr[ROLE__N]; /* resolved attributes including COLOR_PAIR */
};

/* Resolves the theme. Must run after newterm/initscr. Colours are used only when want_color
 * is set, NO_COLOR is unset or empty and the terminal has enough colour pairs; then
 * start_color() is called here. */
void theme_init(struct theme *t, int want_color);
/* Chooses UTF-8 or ASCII glyphs for t, once at start, before any view draws or opens,
 * and switches the text output (tui/text.h) to match. theme_init keeps the choice. */
void theme_set_ascii(struct theme *t, int ascii);
/* Glyph g in the form t uses (static string). */
const char *theme_glyph(const struct theme *t, enum glyph g);
/* The glyph of verdict v (enum verdict): ✓ ? ✗ (ASCII + ? x); out of range: "?". */
const char *theme_verdict_glyph(const struct theme *t, int v);
/* The role of verdict v as text colour (ROLE_VERDICT_*) and as heat-map cell (ROLE_HEAT_*). */
enum role theme_verdict_role(int v);
enum role theme_heat_role(int v);
/* The attribute of role r; with selected set, the selection highlight is added in a way
 * that keeps the role's colour (A_REVERSE swaps it into the background). */
attr_t theme_attr(const struct theme *t, enum role r, int selected);

#endif
