/* Workspace settings of the rules (thresholds, effort model, quick-win weights, planning
 * defaults): one X-macro table yields the enum, keys, defaults, ranges and descriptions. */
#ifndef WP_MODEL_SETTINGS_H
#define WP_MODEL_SETTINGS_H

#include <stddef.h>

#include "model/err.h"

#ifndef N_
#define N_(s) s
#endif

/* X(id, key, default, min, max, description) */
#define SETTINGS_TABLE(X) \
	X(SET_SCHWELLE_BEREIT, "schwelle.bereit", 75, 0, 100, \
	  N_("Bereitschaft, ab der ein Objekt als bereit gilt (Rehost)")) \
	X(SET_SCHWELLE_ANPASSUNG, "schwelle.anpassung", 40, 0, 100, \
	  N_("Bereitschaft, ab der ein Objekt mit Anpassungen migrierbar ist (Replatform)")) \
	X(SET_BASIS_REHOST, "aufwand.rehost", 10, 0, 100000, N_("Basisaufwand Rehost in PT")) \
	X(SET_BASIS_RELOCATE, "aufwand.relocate", 8, 0, 100000, N_("Basisaufwand Relocate in PT")) \
	X(SET_BASIS_REPLATFORM, "aufwand.replatform", 30, 0, 100000, \
	  N_("Basisaufwand Replatform in PT")) \
	X(SET_BASIS_REFACTOR, "aufwand.refactor", 80, 0, 100000, N_("Basisaufwand Refactor in PT")) \
	X(SET_BASIS_REPURCHASE, "aufwand.repurchase", 20, 0, 100000, \
	  N_("Basisaufwand Repurchase in PT")) \
	X(SET_BASIS_RETIRE, "aufwand.retire", 5, 0, 100000, N_("Basisaufwand Retire in PT")) \
	X(SET_BASIS_RETAIN, "aufwand.retain", 0, 0, 100000, N_("Basisaufwand Retain in PT")) \
	X(SET_FAKTOR_ABH, "aufwand.faktor_abhaengigkeit", 0.2, 0, 10, \
	  N_("Zuschlag je direkter Abhängigkeit (beide Richtungen)")) \
	X(SET_FAKTOR_NORMAL, "aufwand.faktor_normal", 1, 0.1, 10, \
	  N_("Faktor für Schutzklasse normal")) \
	X(SET_FAKTOR_HOCH, "aufwand.faktor_hoch", 1.25, 0.1, 10, \
	  N_("Faktor für Schutzklasse hoch")) \
	X(SET_FAKTOR_SEHR_HOCH, "aufwand.faktor_sehr_hoch", 1.5, 0.1, 10, \
	  N_("Faktor für Schutzklasse sehr hoch")) \
	X(SET_QW_NUTZEN, "quickwin.gewicht_nutzen", 0.4, 0, 1, N_("Quick-Win-Gewicht Nutzen")) \
	X(SET_QW_LEICHT, "quickwin.gewicht_leichtigkeit", 0.4, 0, 1, \
	  N_("Quick-Win-Gewicht Leichtigkeit")) \
	X(SET_QW_RISIKO, "quickwin.gewicht_risiko", 0.2, 0, 1, \
	  N_("Quick-Win-Gewicht geringes Risiko")) \
	X(SET_QW_OZG, "quickwin.nutzen_ozg", 0.5, 0, 1, N_("Nutzenanteil OZG-Verknüpfung")) \
	X(SET_QW_FALLZAHL, "quickwin.nutzen_fallzahl", 0.5, 0, 1, N_("Nutzenanteil Fallzahl")) \
	X(SET_QW_AUFWAND_MAX, "quickwin.aufwand_max", 100, 1, 100000, \
	  N_("Aufwand in PT, ab dem die Leichtigkeit 0 ist")) \
	X(SET_PILOT_MAX, "pilot.max_objekte", 5, 1, 1000, \
	  N_("Größte Abhängigkeitshülle eines Pilotkandidaten (Objekte)")) \
	X(SET_WELLE_MONATE, "plan.wellen_laenge", 3, 1, 24, \
	  N_("Wellenlänge in Monaten (Berichtszeitraum des Zeitplans)")) \
	X(SET_KAPAZITAET_MONAT, "plan.kapazitaet_monat", 40, 0, 1000000, \
	  N_("Kapazität je Kalendermonat in PT (Schritte von 0,5)")) \
	X(SET_MAX_PT_MONAT, "plan.max_pt_monat", 20, 0.5, 1000000, \
	  N_("Höchstens PT je Objekt und Monat (Schritte von 0,5)")) \
	X(SET_TAGESSATZ_INTERN, "kosten.tagessatz_intern", 500, 0, 100000, \
	  N_("Tagessatz eigenes Personal in € je PT (Beispielwert)")) \
	X(SET_TAGESSATZ_EXTERN, "kosten.tagessatz_extern", 1200, 0, 100000, \
	  N_("Tagessatz externe Dienstleister in € je PT (Beispielwert)")) \
	X(SET_ANTEIL_EXTERN, "kosten.anteil_extern", 0.5, 0, 1, \
	  N_("Anteil externer PT am Aufwand, 0 bis 1 (Beispielwert)"))

enum setting_id {
#define X(id, key, def, lo, hi, desc) id,
	SETTINGS_TABLE(X)
#undef X
	SET__N
};

struct settings {
	double v[SET__N];
};

struct setting_def {
	const char *key;
	double def, lo, hi;
	const char *desc; /* German msgid, translate with gettext */
};

/* The table of all settings, SET__N entries, static storage. */
extern const struct setting_def setting_defs[SET__N];

/* Fills s with the defaults. */
void settings_defaults(struct settings *s);
/* Index of key, or -1. */
int settings_find(const char *key);
/* Validates and sets one value (range, and that schwelle.anpassung ≤ schwelle.bereit).
 * Returns 0, or -WP_EINVAL with a message naming the allowed range. */
int settings_set(struct settings *s, int id, double value, struct wp_err *e);

#endif
