/* Canonical text of every enumerated field (the German words used in CSV and the CLI) and
 * tolerant parsing of user input (case-insensitive, ASCII spellings, yes/no synonyms). */
#ifndef WP_MODEL_ENUMS_H
#define WP_MODEL_ENUMS_H

enum enum_kind {
	EK_TYP, EK_BETRIEB, EK_LEVEL, EK_PERSONENBEZUG, EK_JANEIN, EK_TRI, EK_LEBENSZYKLUS,
	EK_CRIT, EK_RL, EK_STRATEGIE, EK_PILOT_STATUS, EK_VERDICT, EK_STAND, EK__N
};

/* Canonical label of value v of kind k (static string; "" for "empty" values such as an
 * unassessed level). Returns "?" for out-of-range values. */
const char *enum_label(enum enum_kind k, int v);
/* The label of value v of kind k in the interface language, for the screen only (files and
 * stored values use enum_label): "" stays "" (never the catalogue header). Static or
 * catalogue string, never freed. */
const char *enum_display(enum enum_kind k, int v);
/* Parses s (case-insensitive, surrounding blanks ignored). Empty input yields the kind's
 * empty value where it has one (level: LVL_NONE, personenbezug/tri/crit/rl: unknown,
 * strategie: STRAT_NONE). Returns the value, or -1 if s is not allowed. */
int enum_parse(enum enum_kind k, const char *s);
/* The allowed spellings for a message, e.g. "normal, hoch, sehr hoch" (static). */
const char *enum_allowed(enum enum_kind k);
/* Number of values of kind k. */
int enum_count(enum enum_kind k);

#endif
