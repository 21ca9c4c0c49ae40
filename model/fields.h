/* The editable fields of an object: names (CSV header labels and ASCII keys), validation
 * and setting from text, and formatting back to text. One table serves CSV import/export,
 * `object set` and the TUI's forms, so all validate alike. */
#ifndef WP_MODEL_FIELDS_H
#define WP_MODEL_FIELDS_H

#include <stddef.h>
#include <stdint.h>

#include "model/ws.h"

/* X(id, key, label) — in Inventar CSV column order (DVC criteria columns come between
 * F_STANDARDS and F_STRATEGIE, one per catalogue criterion). */
/* Labels are the canonical German CSV headers (files stay German); N_ lists them for the
 * catalogue so a screen can show _(label). */
#define FIELDS_TABLE(X) \
	X(F_KENNUNG, "kennung", N_("Kennung")) \
	X(F_TYP, "typ", N_("Typ")) \
	X(F_NAME, "name", N_("Name")) \
	X(F_BEHOERDE, "behoerde", N_("Behörde")) \
	X(F_HERSTELLER, "hersteller", N_("Hersteller")) \
	X(F_PRODUKT, "produkt", N_("Produkt")) \
	X(F_BETRIEB, "betrieb", N_("Betrieb")) \
	X(F_NUTZER, "nutzer", N_("Nutzer")) \
	X(F_FALLZAHL, "fallzahl", N_("Fallzahl")) \
	X(F_SB_C, "vertraulichkeit", N_("Vertraulichkeit")) \
	X(F_SB_I, "integritaet", N_("Integrität")) \
	X(F_SB_A, "verfuegbarkeit", N_("Verfügbarkeit")) \
	X(F_PERSONENBEZUG, "personenbezug", N_("Personenbezug")) \
	X(F_VS_NFD, "vs_nfd", N_("VS-NfD")) \
	X(F_LEBENSZYKLUS, "lebenszyklus", N_("Lebenszyklus")) \
	X(F_DVC_ANGEBOT, "dvc_angebot", N_("DVC-Angebot")) \
	X(F_OZG, "ozg", N_("OZG")) \
	X(F_VERTRAGSENDE, "vertragsende", N_("Vertragsende")) \
	X(F_ABHAENGIGKEITEN, "abhaengigkeiten", N_("Abhängigkeiten")) \
	X(F_STANDARDS, "standards", N_("Standards")) \
	X(F_STRATEGIE, "strategie", N_("Strategie")) \
	X(F_AUFWAND, "aufwand_pt", N_("Aufwand_PT")) \
	X(F_NOTIZ, "notiz", N_("Notiz")) \
	X(F_SB_MANUELL, "sb_manuell", N_("Schutzbedarf_manuell")) \
	X(F_WELLE_PIN, "welle", N_("Welle"))

enum field_id {
#define X(id, key, label) id,
	FIELDS_TABLE(X)
#undef X
	F__N
};

/* Fields after F_NOTIZ are not Inventar CSV columns (set via `object set`, `pin` or TUI). */
#define F__CSV F_SB_MANUELL

struct field_def {
	const char *key;   /* ASCII key, lowercase */
	const char *label; /* canonical German CSV header */
};
extern const struct field_def field_defs[F__N];

/* Field id for a header or name: matches key or label, case-insensitively (umlauts too).
 * Returns -1 if unknown (the caller may then try a DVC criterion code). */
int field_find(const char *name);

/* 1 if s is a valid Kennung: 1–32 characters of A–Z a–z 0–9 . _ -, starting with a letter
 * or digit. */
int kennung_valid(const char *s);

/* Validates value for field f and stores it in object o. Behörde must name an existing
 * Behörde; Kennung must be valid and not used by another object; Abhängigkeiten is not
 * handled here (see deps_parse). Strings are copied into the workspace pool. On a bad
 * value returns -WP_EINVAL and e->msg says what was wrong and what is expected, without
 * location (the caller adds file, line and column); e->field is f. The object is unchanged then. */
int objekt_set(struct ws *w, uint32_t o, int f, const char *value, struct wp_err *e);
/* Same for DVC criterion k (index into w->dvc). */
int objekt_set_crit(struct ws *w, uint32_t o, uint32_t k, const char *value, struct wp_err *e);

/* Formats field f of object o into buf (n bytes, truncated safely). german != 0: dates
 * TT.MM.JJJJ and decimal comma; else ISO dates and decimal point. Abhängigkeiten are
 * rendered from the adjacency (ws_index must be current) as "KENNUNG (Label),…" ordered
 * by Kennung (canonical, so exports round-trip). Returns buf. */
char *objekt_get(const struct ws *w, uint32_t o, int f, int german, char *buf, size_t n);

/* Formats a PT value: at most one decimal (halves), no trailing ",0". Returns buf. */
char *format_pt(double v, int german, char *buf, size_t n);

/* Parses an Abhängigkeiten cell "KENNUNG (Label), KENNUNG, …" and calls fn for each item
 * (kennung and label as NUL-terminated scratch strings valid during the call; label "" if
 * none). Stops at fn's first non-zero return and returns it. Returns -WP_EINVAL with a
 * message for a malformed item (bad Kennung, unbalanced parentheses). */
int deps_parse(const char *s, int (*fn)(void *ctx, const char *kennung, const char *label),
	       void *ctx, struct wp_err *e);

#endif
