/* The editable fields of an object: names (CSV header labels and ASCII keys), validation
 * and setting from text, and formatting back to text. One table serves CSV import/export,
 * `object set` and the TUI's forms, so all validate alike. */
#ifndef WP_MODEL_FIELDS_H
#define WP_MODEL_FIELDS_H

#include <stddef.h>
#include <stdint.h>

#include "model/enums.h"
#include "model/kennung.h"
#include "model/labels.h"
#include "model/cost.h"
#include "model/ws.h"

/* How a field's value is held, parsed and formatted (struct field_def.type). */
enum field_type {
	FT_KENNUNG,  /* const char *: a unique Kennung (model/kennung.h), stored trimmed */
	FT_TEXT,     /* const char *: free text (pool string) */
	FT_BEHOERDE, /* uint32_t: index of an existing Behörde, by name */
	FT_ENUM,     /* uint8_t: a value of enum kind ek (model/enums.h) */
	FT_COUNT,    /* int64_t: whole number ≥ 0, -1 = unknown (empty) */
	FT_DATE,     /* int32_t: day (TT.MM.JJJJ or ISO), DATE_NONE when empty */
	FT_PT,       /* double: person-days ≥ 0, -1 = none (empty) */
	FT_HALBPT,   /* int32_t: PT in half-days, a multiple of 0.5 PT ≥ 0; 0 = none (empty) */
	FT_MONAT,    /* int32_t: month JJJJ-MM or MM.JJJJ (model/monat.h), 0 = none (empty) */
	FT_EURO,     /* int64_t: cents ≥ 0 up to 1,000,000,000 € (model/money.h), -1 = none */
	FT_PLATTFORM, /* int64_t: store id of an existing platform, by code ignoring case;
		       * 0 = none (empty) */
	FT_DEPS,     /* the Abhängigkeiten list: set through deps_parse, not objekt_set */
};

/* Checks of a field beyond its type (struct field_def.flags). */
enum { FD_REQUIRED = 1, /* may not be empty */
       FD_OZG = 2,      /* comma-separated OZG ids or 14-digit LeiKa keys */
       FD_POSITIV = 4 }; /* FT_HALBPT: a given value must be at least 0.5 */

/* Empty texts and hints shared by several rows of FIELDS_TABLE. */
#define FE_UNBEKANNT N_("— (unbekannt)")
#define FE_NICHT_BEWERTET N_("— (nicht bewertet)")
#define FH_COUNT N_("ganze Zahl ohne Tausenderpunkte; leer: unbekannt")

/* One row per field, in Inventar CSV column order (DVC criteria columns come between
 * F_STANDARDS and F_STRATEGIE, one per catalogue criterion); adding a field is one row
 * (and its member of struct objekt):
 * X(id, key, label, title, type, ek, flags, member, empty, hint)
 *   key    ASCII key, lowercase (`object set`)
 *   label  the canonical German CSV header (files stay German; a screen shows _(label))
 *   title  msgid of the label on screen (Objekt view)
 *   type   enum field_type; ek the enum kind for FT_ENUM, else -1; flags FD_*
 *   member the value's member of struct objekt (unused for FT_DEPS)
 *   empty  msgid shown for an empty value
 *   hint   msgid naming the expected input in the edit prompt, or NULL */
#define FIELDS_TABLE(X) \
	X(F_KENNUNG, "kennung", LBL_F_KENNUNG, LBL_F_KENNUNG, FT_KENNUNG, -1, 0, kennung, "—", \
	  N_("1–64 Zeichen, ohne Komma, Klammern und Semikolon")) \
	X(F_TYP, "typ", LBL_F_TYP, LBL_F_TYP, FT_ENUM, EK_TYP, 0, typ, "—", NULL) \
	X(F_NAME, "name", LBL_F_NAME, LBL_F_NAME, FT_TEXT, -1, FD_REQUIRED, name, "—", NULL) \
	X(F_BEHOERDE, "behoerde", LBL_F_BEHOERDE, LBL_F_BEHOERDE, FT_BEHOERDE, -1, 0, behoerde, \
	  "—", NULL) \
	X(F_HERSTELLER, "hersteller", N_("Hersteller"), N_("Hersteller"), FT_TEXT, -1, 0, \
	  hersteller, "—", NULL) \
	X(F_PRODUKT, "produkt", N_("Produkt"), N_("Produkt"), FT_TEXT, -1, 0, produkt, "—", NULL) \
	X(F_BETRIEB, "betrieb", LBL_F_BETRIEB, N_("Betrieb heute"), FT_ENUM, EK_BETRIEB, 0, \
	  betrieb, "—", NULL) \
	X(F_NUTZER, "nutzer", N_("Nutzer"), N_("Nutzer"), FT_COUNT, -1, 0, nutzer, \
	  FE_UNBEKANNT, FH_COUNT) \
	X(F_FALLZAHL, "fallzahl", N_("Fallzahl"), N_("Fallzahl pro Jahr"), FT_COUNT, -1, 0, \
	  fallzahl, FE_UNBEKANNT, FH_COUNT) \
	X(F_SB_C, "vertraulichkeit", LBL_F_VERTRAULICHKEIT, LBL_F_VERTRAULICHKEIT, FT_ENUM, \
	  EK_LEVEL, 0, sb[SB_C], FE_NICHT_BEWERTET, NULL) \
	X(F_SB_I, "integritaet", LBL_F_INTEGRITAET, LBL_F_INTEGRITAET, FT_ENUM, EK_LEVEL, 0, \
	  sb[SB_I], FE_NICHT_BEWERTET, NULL) \
	X(F_SB_A, "verfuegbarkeit", LBL_F_VERFUEGBARKEIT, LBL_F_VERFUEGBARKEIT, FT_ENUM, EK_LEVEL, \
	  0, sb[SB_A], FE_NICHT_BEWERTET, NULL) \
	X(F_PERSONENBEZUG, "personenbezug", N_("Personenbezug"), N_("Personenbezug"), FT_ENUM, \
	  EK_PERSONENBEZUG, 0, personenbezug, FE_NICHT_BEWERTET, NULL) \
	X(F_VS_NFD, "vs_nfd", LBL_F_VS_NFD, LBL_F_VS_NFD, FT_ENUM, EK_JANEIN, 0, vs_nfd, "—", \
	  NULL) \
	X(F_LEBENSZYKLUS, "lebenszyklus", N_("Lebenszyklus"), N_("Lebenszyklus"), FT_ENUM, \
	  EK_LEBENSZYKLUS, 0, lebenszyklus, "—", NULL) \
	X(F_DVC_ANGEBOT, "dvc_angebot", N_("DVC-Angebot"), N_("DVC-Angebot des Herstellers"), \
	  FT_ENUM, EK_TRI, 0, dvc_angebot, "—", NULL) \
	X(F_OZG, "ozg", LBL_F_OZG, N_("OZG-Leistungen / LeiKa"), FT_TEXT, -1, FD_OZG, ozg, "—", \
	  N_("OZG-IDs oder 14-stellige LeiKa-Schlüssel, durch Komma getrennt")) \
	X(F_VERTRAGSENDE, "vertragsende", LBL_F_VERTRAGSENDE, LBL_F_VERTRAGSENDE, FT_DATE, -1, 0, \
	  vertragsende, N_("— (kein Datum)"), \
	  N_("Datum TT.MM.JJJJ oder JJJJ-MM-TT; leer: kein Datum")) \
	X(F_ABHAENGIGKEITEN, "abhaengigkeiten", N_("Abhängigkeiten"), N_("Abhängigkeiten"), \
	  FT_DEPS, -1, 0, id, "—", NULL) \
	X(F_STANDARDS, "standards", N_("Standards"), N_("Standards (XÖV)"), FT_TEXT, -1, 0, \
	  standards, "—", NULL) \
	X(F_STRATEGIE, "strategie", LBL_F_STRATEGIE, N_("Strategie (Vorgabe)"), FT_ENUM, \
	  EK_STRATEGIE, 0, strategie, N_("— (keine Vorgabe: der Vorschlag gilt)"), NULL) \
	X(F_AUFWAND, "aufwand_pt", N_("Aufwand_PT"), N_("Aufwand in PT (Vorgabe)"), FT_PT, -1, 0, \
	  aufwand, N_("— (keine Vorgabe: das Aufwandsmodell gilt)"), \
	  N_("Personentage, z. B. 12,5; leer: das Aufwandsmodell gilt")) \
	X(F_MAX_PT_MONAT, "max_pt_monat", N_("Max_PT_Monat"), N_("Höchstens PT je Monat"), \
	  FT_HALBPT, -1, FD_POSITIV, max_pt_monat, N_("— (Einstellung plan.max_pt_monat)"), \
	  N_("PT je Monat in Schritten von 0,5, mindestens 0,5; leer: Einstellung")) \
	X(F_BK_HEUTE, "betriebskosten_heute", N_("Betriebskosten_heute_EUR"), \
	  N_("Betriebskosten heute (€/Jahr)"), FT_EURO, -1, 0, bk_heute, \
	  N_("— (ohne Kostenangabe)"), LBL_HINT_EURO) \
	X(F_BK_ZIEL, "betriebskosten_ziel", N_("Betriebskosten_Ziel_EUR"), \
	  N_("Betriebskosten Ziel (€/Jahr)"), FT_EURO, -1, 0, bk_ziel, \
	  N_("— (heute × Kostenfaktor der Zielplattform)"), LBL_HINT_EURO) \
	X(F_EINMAL, "einmalkosten", N_("Einmalkosten_EUR"), N_("Einmalkosten (€, Lizenzen, Beschaffung)"), \
	  FT_EURO, -1, 0, einmal, N_("— (keine)"), LBL_HINT_EURO) \
	X(F_ZIELPLATTFORM, "zielplattform", LBL_F_ZIELPLATTFORM, N_("Zielplattform (Vorgabe)"), \
	  FT_PLATTFORM, -1, 0, ziel_pf, N_("— (keine Vorgabe: die Empfehlung gilt)"), \
	  N_("Code einer Plattform; leer: die Empfehlung gilt")) \
	X(F_STAND, "stand", N_("Stand"), N_("Stand der Migration"), FT_ENUM, EK_STAND, 0, stand, \
	  "—", NULL) \
	X(F_IST_PT, "ist_pt", N_("Ist_PT"), N_("Bisher geleistet (PT)"), FT_HALBPT, -1, 0, ist_pt, \
	  N_("— (nichts geleistet)"), N_("PT in Schritten von 0,5; leer: nichts geleistet")) \
	X(F_INBETRIEBNAHME, "inbetriebnahme", N_("Inbetriebnahme"), N_("Inbetriebnahme (Monat)"), \
	  FT_MONAT, -1, 0, inbetriebnahme, N_("— (kein Monat)"), \
	  N_("Monat JJJJ-MM oder MM.JJJJ; leer: kein Monat")) \
	X(F_NOTIZ, "notiz", LBL_F_NOTIZ, LBL_F_NOTIZ, FT_TEXT, -1, 0, notiz, "—", NULL) \
	X(F_SB_MANUELL, "sb_manuell", N_("Schutzbedarf_manuell"), \
	  N_("Schutzbedarf manuell festgelegt"), FT_ENUM, EK_JANEIN, 0, sb_pin, "—", NULL) \
	X(F_PIN, "pin", N_("Beginn_festgelegt"), N_("Beginn festgelegt (Monat)"), FT_MONAT, -1, 0, \
	  pin_monat, N_("— (nicht festgelegt)"), N_("Monat JJJJ-MM oder MM.JJJJ; leer: nicht festgelegt"))

/* The largest amount of an FT_EURO field, in cents (1,000,000,000 €). */
#define FIELD_EURO_MAX COST_BETRAG_MAX

enum field_id {
#define X(id, ...) id,
	FIELDS_TABLE(X)
#undef X
	F__N
};

/* Fields after F_NOTIZ are not Inventar CSV columns (set via `object set`, `pin` or TUI). */
#define F__CSV F_SB_MANUELL

struct field_def {
	const char *key;   /* ASCII key, lowercase */
	const char *label; /* canonical German CSV header */
	const char *title; /* msgid of the screen label */
	uint8_t type;      /* enum field_type */
	int8_t ek;         /* enum enum_kind for FT_ENUM, else -1 */
	uint8_t flags;     /* FD_* */
	size_t off;        /* offset of the value in struct objekt */
	const char *empty; /* msgid shown for an empty value */
	const char *hint;  /* msgid of the expected input, or NULL */
};
extern const struct field_def field_defs[F__N];

/* Field id for a header or name: matches key or label, case-insensitively (umlauts too).
 * Returns -1 if unknown (the caller may then try a DVC criterion code). */
int field_find(const char *name);

/* Validates value for field f and stores it in object o. Behörde must name an existing
 * Behörde; Kennung must be valid and not used by another object; Abhängigkeiten is not
 * handled here (see deps_parse). Strings are copied into the workspace pool. On a bad
 * value returns -WP_EINVAL and e->msg says what was wrong and what is expected, without
 * location (the caller adds file, line and column); e->field is f. The object is unchanged then. */
int objekt_set(struct ws *w, uint32_t o, int f, const char *value, struct wp_err *e);
/* How objekt_set_as reads numbers (a file's dialect, docs/csv.md). */
enum { FS_DEZIMALPUNKT = 1, /* decimal point, ',' groups thousands (rfc4180); else the
			     * German decimal comma with '.' grouping */
       FS_GRUPPIERT = 2 };  /* counts and PT accept thousands separators ("12.500") */
/* objekt_set reading numbers as flags (FS_*) say; objekt_set is objekt_set_as with 0:
 * euros German, counts without grouping, PT with either decimal separator. */
int objekt_set_as(struct ws *w, uint32_t o, int f, const char *value, unsigned flags,
		  struct wp_err *e);
/* The checks across the progress fields of object o (docs/zeitplan.md): Stand migriert
 * needs an Inbetriebnahme month, and the Ist-PT may not exceed the Aufwand (aufwand, the
 * effective effort in PT; < 0: unknown, not checked). Returns 0, or -WP_EINVAL with a
 * message naming the field (e->field set). */
int objekt_stand_check(const struct ws *w, uint32_t o, double aufwand, struct wp_err *e);

/* Same for DVC criterion k (index into w->dvc). */
int objekt_set_crit(struct ws *w, uint32_t o, uint32_t k, const char *value, struct wp_err *e);

/* The messages of a bad field value, one wording for objects, Behörden and platforms:
 * "Feld "LABEL": darf nicht leer sein" and "Feld "LABEL": "VALUE" ist nicht erlaubt,
 * erwartet: ALLOWED". Record the message in e (may be NULL) with e->field = field (the
 * caller's field number, or WP_FIELD_NONE); label is the name shown. Return -WP_EINVAL. */
int field_fail_empty(struct wp_err *e, int field, const char *label);
int field_fail_choice(struct wp_err *e, int field, const char *label, const char *value,
		      const char *allowed);

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
