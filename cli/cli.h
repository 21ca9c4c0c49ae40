/* The headless command line: shared context, command table and helpers. */
#ifndef WP_CLI_CLI_H
#define WP_CLI_CLI_H

#include <stddef.h>
#include <stdint.h>

#include "data/store.h"
#include <stdio.h>

#include "model/assess.h"
#include "model/kosten.h"
#include "model/ws.h"

/* Exit codes (documented in --help and the man page). */
enum { EXIT_OK = 0, EXIT_PROBLEM = 1, EXIT_USAGE = 2 };

struct cli {
	const char *db;       /* --db, WOLKENPLAN_DB, or NULL for the default */
	int db_is_default;    /* 1 if db came from neither --db nor WOLKENPLAN_DB */
	char db_buf[4096];
	const char *prog;     /* argv[0] for messages */
	const char *szenario; /* --szenario: read this scenario without switching, or NULL */
	/* loaded on demand by cli_load */
	struct store *store;
	struct ws *ws;
	struct assessment *as;
};

/* X(name, function, usage, summary) — summary is a German msgid. */
#define COMMANDS(X) \
	X("init", cmd_init, "init [--demo|--empty] --db DATEI", \
	  N_("legt einen neuen Arbeitsbereich an (Standard: mit Demo Musterstadt)")) \
	X("list", cmd_list, "list [FILTER]", \
	  N_("listet die Objekte als Tabelle")) \
	X("check", cmd_check, "check", \
	  N_("prüft Datenbank und Inventar (Exit 1 bei Fehlern)")) \
	X("score", cmd_score, \
	  "score [--plattform CODE] [FILTER]", \
	  N_("Bewertung aller Objekte: Urteil je Plattform, Empfehlung, Strategie, Aufwand")) \
	X("explain", cmd_explain, "explain KENNUNG [--plattform CODE]", \
	  N_("erklärt die Bewertung eines Objekts Schritt für Schritt")) \
	X("quickwins", cmd_quickwins, "quickwins [--limit N]", \
	  N_("Quick Wins nach Punktzahl, Pilotkandidaten markiert")) \
	X("settings", cmd_settings, "settings", N_("zeigt Gewichte und Schwellen")) \
	X("set", cmd_set, "set SCHLÜSSEL WERT", N_("ändert eine Einstellung oder ein Gewicht")) \
	X("platform", cmd_platform, "platform list|show|add|set|remove …", \
	  N_("Zielplattformen und ihre Rote-Linien-Profile")) \
	X("object", cmd_object, "object set KENNUNG FELD WERT", \
	  N_("ändert ein Feld eines Objekts (mit Prüfung)")) \
	X("behoerde", cmd_behoerde, \
	  "behoerde list | rename ALT NEU | merge VON NACH | move NAME --unter ELTERN|--oben | " \
	  "remove NAME", \
	  N_("Behörden: Baum zeigen, umbenennen, zusammenführen, verschieben, leere entfernen")) \
	X("import", cmd_import, \
	  "import DATEI [--dry-run] [--map ZUORDNUNG] [--ignore-unknown] [--encoding utf-8|cp1252]", \
	  N_("liest ein Inventar aus CSV (alles oder nichts)")) \
	X("plan", cmd_plan, \
	  "plan [--start JJJJ-MM|JJJJ-Qn] [--kapazitaet PT_JE_MONAT] [--max-pt-monat PT] " \
	  "[--wellen-laenge MONATE] [--dry-run]", \
	  N_("plant den Zeitplan (Monate, PT je Monat) und speichert ihn (außer mit --dry-run)")) \
	X("roadmap", cmd_roadmap, "roadmap", N_("zeigt den gespeicherten Zeitplan als Tabelle")) \
	X("pin", cmd_pin, "pin KENNUNG JJJJ-MM", \
	  N_("legt den Beginn eines Objekts auf einen Monat fest und plant neu")) \
	X("unpin", cmd_unpin, "unpin KENNUNG", \
	  N_("hebt die Festlegung des Beginns auf und plant neu")) \
	X("kapazitaet", cmd_kapazitaet, "kapazitaet list | set VON[..BIS] PT | reset VON[..BIS]", \
	  N_("Kapazität je Kalendermonat (z. B. Urlaubsmonate), plant neu")) \
	X("wave", cmd_wave, "wave …", \
	  N_("entfallen: ersetzt durch kapazitaet und pin (nennt den Ersatz)")) \
	X("pilot", cmd_pilot, \
	  "pilot list | show NAME | check NAME | suggest | create NAME [--ozg ID] [--ziel TEXT] | " \
	  "rename ALT NEU | delete NAME | add NAME KENNUNG… | remove NAME KENNUNG… | " \
	  "status NAME STATUS | ozg NAME ID | todo NAME add TEXT | todo NAME done|undone N", \
	  N_("Piloten: Mitglieder, Status, Checkliste, Machbarkeit, Vorschläge")) \
	X("kosten", cmd_kosten, "kosten", \
	  N_("Kosten je Haushaltsjahr mit Basis, Break-even und Objekten ohne Kostenangabe")) \
	X("beschluss", cmd_beschluss, \
	  "beschluss list | add --datum TT.MM.JJJJ --gremium TEXT --text TEXT " \
	  "[--szenario NAME] [--objekt KENNUNG]… [--pilot NAME]… [--welle N]… | remove N [--ja]", \
	  N_("Beschlüsse: erfassen, auflisten, nach Rückfrage entfernen")) \
	X("szenario", cmd_szenario, \
	  "szenario list | create NAME [--von NAME] | use NAME | rename ALT NEU | delete NAME | " \
	  "compare A B [C [D]]", \
	  N_("Szenarien: Annahmen anlegen, wechseln, umbenennen, löschen, vergleichen")) \
	X("export", cmd_export, \
	  "export inventar|bewertung|roadmap|zeitplan|kosten|pilote|beschluesse [-o DATEI] " \
	  "[--dialect excel-de|rfc4180] | export xlsx -o DATEI.xlsx | " \
	  "export szenarien A B [C [D]] | export szenario-diff A B", \
	  N_("schreibt CSV für Excel oder andere Programme, oder eine Excel-Arbeitsmappe")) \
	X("report", cmd_report, \
	  "report [-o DATEI] [--szenario NAME] [--vergleich A,B[,C,D]] [--behoerde NAME] " \
	  "[--titel TEXT] " \
	  "[--nur gantt|kosten] [--format pdf|svg|png]", \
	  N_("Bericht für den Ausschuss (PDF) oder ein Diagramm allein (PDF, SVG, PNG)")) \
	X("help", cmd_help, "help [BEFEHL]", N_("Hilfe zu einem Befehl"))

#define X(name, fn, usage, summary) int fn(struct cli *c, int argc, char **argv);
COMMANDS(X)
#undef X

/* `export szenarien` / `export szenario-diff` (cli/cmd_szenario.c): what names the export,
 * names[0..n-1] the scenarios, out and dialect as for export. Returns an exit code. */
int cli_export_szenarien(struct cli *c, const char *what, char **names, int n, const char *out,
			 int dialect);
/* Loads the n scenarios names[] of the workspace c->db into s (n in 1..SZ_VERGLEICH_MAX;
 * each s[i] owned by the caller, sz_stand_free). Returns an exit code (EXIT_USAGE for an
 * unknown name, message printed); on failure nothing stays loaded. */
struct sz_stand;
int cli_szenarien_laden(struct cli *c, char *const *names, int n, struct sz_stand *s);
/* 1 if command name reads only, so the global --szenario may name the scenario it reads. */
int cli_liest_nur(const char *name);

/* Resolves c->db to the workspace path (default: $XDG_DATA_HOME/wolkenplan/workspace.db or
 * ~/.local/share/wolkenplan/workspace.db). Returns 0 or prints an error and returns 1. */
int cli_resolve_db(struct cli *c);
/* Opens the workspace (creating the default one with the demo on first use), loads it and
 * assesses it; with c->szenario an in-memory copy in which that scenario is active (the
 * file is only read). Prints errors itself. Returns 0 or an exit code. */
int cli_load(struct cli *c);
/* The same without the assessment (c->as stays NULL): for import, which changes the
 * workspace before anything is assessed. */
int cli_open(struct cli *c);
/* Re-runs the assessment after changes in c->ws (ws_index must be current). */
int cli_reassess(struct cli *c);
/* Frees everything cli_load made. */
void cli_unload(struct cli *c);

/* The costs of the loaded workspace (cli_load first) under its stored Zeitplan, or with
 * nothing planned and the table from the default start month when no plan is stored.
 * Stores a new result in *k (owned by the caller, kosten_free) and in *geplant whether a
 * plan was stored. Prints errors itself. Returns 0 or an exit code. */
int cli_kosten(struct cli *c, struct kosten **k, int *geplant);
/* Prints to f, one line each: that no plan is stored (geplant 0), the break-even sentence
 * and, if there are any, the objects without cost data ("ohne Kostenangabe", up to ten
 * named). */
void cli_kosten_befund(const struct kosten *k, int geplant, FILE *f);

/* Runs the plan checker on the stored plan (if any) and prints each violation as
 * "FEHLER: Plan: …" — a missed deadline as "WARNUNG: Plan: …", added to *warnings.
 * Returns the number of errors, or -1 after printing an error message. */
int cli_check_plan(struct cli *c, size_t *warnings);
/* Parse a whole argument as a number in [lo, hi] (decimal comma or point) / an integer.
 * Return 0 and set *out, or -1. */
int cli_parse_number(const char *s, double lo, double hi, double *out);
int cli_parse_int(const char *s, long lo, long hi, long *out);
/* Parses PT ≥ lo (≤ 1,000,000) in steps of 0.5 into half-PT. Returns 0 or -1. */
int cli_parse_halbpt(const char *s, double lo, int32_t *out);
/* Today as days since 1970-01-01 (the clock, read once per command). */
int32_t cli_heute(void);

/* The object a user means by Kennung s: the exact Kennung, else the one Kennung equal to
 * s ignoring case (umlauts too; model/lookup.h); WP_NONE when there is none or several
 * differ only in case. Prints nothing. */
uint32_t cli_find_objekt(const struct cli *c, const char *s);

/* Prints "wolkenplan: MSG" to stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Prints a usage error for command cmd and returns EXIT_USAGE. */
int cli_usage(const char *cmd);
/* Prints that there is no command cmd and returns EXIT_USAGE. */
int cli_unknown_command(const char *cmd);
/* Prints that no object has the Kennung kennung and returns EXIT_PROBLEM. */
int cli_no_objekt(const char *kennung);
/* The same for a write that was refused: says that nothing was changed. */
int cli_no_objekt_unchanged(const char *kennung);
/* Prints that no platform has the code given to --plattform and returns EXIT_USAGE. */
int cli_no_plattform(const char *code);
/* Looks up a command's usage line; NULL if unknown. */
const char *cli_command_usage(const char *name);
/* Prints the general help to stdout. */
void cli_print_help(void);

#endif
