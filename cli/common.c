/* Shared CLI plumbing: workspace location, loading, messages, help. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/cli.h"
#include "data/seed.h"
#include "data/szenario.h"
#include "data/umstellung.h"
#include "model/i18n.h"
#include "model/lookup.h"

void cli_error(const char *fmt, ...)
{
	va_list ap;
	fputs("wolkenplan: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

uint32_t cli_find_objekt(const struct cli *c, const char *s)
{
	size_t hits = 0;
	uint32_t o = lookup_kennung(c->ws, s, LOOKUP_CASE, &hits);
	return hits == 1 ? o : WP_NONE;
}

/* The FILTER of list and score (cli/filter.h): the dimensions of the Inventar filter. */
static const char filter_help[] = N_(
	"FILTER für list und score (mehrere gelten zusammen):\n"
	"  --behoerde NAME           Name, KGSt-Nummer oder Anfang eines Namens, mit\n"
	"                            untergeordneten Ämtern\n"
	"  --typ TYP                 Fachverfahren, Register oder Anwendung\n"
	"  --urteil URTEIL           blockiert, offen oder zulässig (auf der empfohlenen\n"
	"                            Plattform; bei score mit --plattform auf dieser)\n"
	"  --strategie STRATEGIE     Rehost, Relocate, Replatform, Refactor, …\n"
	"  --bereitschaft VON-BIS    Bereitschaft in Prozent, z. B. 40-80, 60- oder -30\n"
	"  --rote-linie CODE         verfehlt diese rote Linie (oder VS-NfD) auf einer\n"
	"                            Plattform\n"
	"  --vertragsende-bis DATUM  Vertrag endet zwischen heute und DATUM\n"
	"  --welle N                 in Welle N (gespeicherter Plan, sonst Festsetzung)\n"
	"  --quickwin                nur Quick Wins\n");

static const struct {
	const char *name, *usage, *summary;
} commands[] = {
#define X(name, fn, usage, summary) { name, usage, summary },
	COMMANDS(X)
#undef X
};

const char *cli_command_usage(const char *name)
{
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (strcmp(commands[i].name, name) == 0)
			return commands[i].usage;
	return NULL;
}

int cli_usage(const char *cmd)
{
	const char *u = cli_command_usage(cmd);
	fprintf(stderr, _("Aufruf: wolkenplan [--db DATEI] %s\n"), u ? u : cmd);
	fprintf(stderr, _("Mehr dazu: wolkenplan help %s\n"), cmd);
	return EXIT_USAGE;
}

void cli_print_help(void)
{
	printf(_("wolkenplan %s — Migrationsplanung kommunaler Fachverfahren in die souveräne "
		 "Verwaltungscloud\n\n"), WP_VERSION);
	printf(_("Aufruf: wolkenplan [OPTIONEN] [BEFEHL [ARGUMENTE]]\n"
		 "Ohne Befehl öffnet sich das interaktive Dashboard.\n\n"));
	printf(_("Optionen:\n"
		 "  --db DATEI      Arbeitsbereich (Standard: $WOLKENPLAN_DB oder\n"
		 "                  $XDG_DATA_HOME/wolkenplan/workspace.db)\n"
		 "  --lang de|en    Sprache der Oberfläche (Standard: aus dem Locale)\n"
		 "  --no-mouse      keine Mausbedienung im Dashboard\n"
		 "  --no-color      keine Farben (auch: NO_COLOR=1)\n"
		 "  --szenario NAME ein Szenario lesen, ohne es zu aktivieren (nur lesende Befehle:\n"
		 "                  list, score, explain, quickwins, settings, roadmap, kosten,\n"
		 "                  export, report)\n"
		 "  -h, --help      diese Hilfe\n"
		 "  -V, --version   Version\n\n"));
	printf(_("Dashboard: Ansichten 1 bis 8 (Übersicht, Inventar, Bewertung, …), ? zeigt dort\n"
		 "alle Tasten, q beendet. Braucht ein Fenster ab 80×24 Zeichen; ohne UTF-8-Locale\n"
		 "zeigt es nur ASCII-Zeichen.\n\n"));
	printf(_("Im Inventar öffnet Enter ein Objekt: e bearbeitet ein Feld (sofort gespeichert,\n"
		 "neu bewertet), u macht rückgängig, Strg-R stellt wieder her.\n\n"));
	printf(_("Befehle:\n"));
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		printf("  %-10s %s\n", commands[i].name, _(commands[i].summary));
	printf("\n%s", _(filter_help));
	printf(_("\nExit-Codes: 0 in Ordnung, 1 Problem gefunden oder ungültige Eingabe, "
		 "2 falscher Aufruf.\n"));
}

int cmd_help(struct cli *c, int argc, char **argv)
{
	(void)c;
	if (argc < 2) {
		cli_print_help();
		return EXIT_OK;
	}
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (strcmp(commands[i].name, argv[1]) == 0) {
			printf(_("Aufruf: wolkenplan [--db DATEI] %s\n\n%s\n"), commands[i].usage,
			       _(commands[i].summary));
			if (strstr(commands[i].usage, "[FILTER]"))
				printf("\n%s", _(filter_help));
			return EXIT_OK;
		}
	return cli_unknown_command(argv[1]);
}

int cli_unknown_command(const char *cmd)
{
	cli_error(_("unbekannter Befehl \"%s\" (siehe wolkenplan --help)"), cmd);
	return EXIT_USAGE;
}

int cli_no_objekt(const char *kennung)
{
	cli_error(_("kein Objekt mit der Kennung \"%s\" (siehe wolkenplan list)"), kennung);
	return EXIT_PROBLEM;
}

int cli_no_objekt_unchanged(const char *kennung)
{
	cli_error(_("kein Objekt mit der Kennung \"%s\" (siehe wolkenplan list) — nichts wurde "
		    "geändert"), kennung);
	return EXIT_PROBLEM;
}

int cli_no_plattform(const char *code)
{
	cli_error(_("--plattform: keine Plattform mit dem Code \"%s\" (siehe wolkenplan "
		    "platform list)"), code);
	return EXIT_USAGE;
}

/* mkdir -p with mode 0700 for the parent folders of path. */
static int make_parents(char *path)
{
	for (char *p = path + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		int rc = mkdir(path, 0700);
		*p = '/';
		if (rc && errno != EEXIST)
			return -1;
	}
	return 0;
}

int cli_resolve_db(struct cli *c)
{
	if (c->db)
		return 0;
	const char *env = getenv("WOLKENPLAN_DB");
	if (env && *env) {
		c->db = env;
		return 0;
	}
	const char *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
	int n;
	if (xdg && *xdg == '/')
		n = snprintf(c->db_buf, sizeof c->db_buf, "%s/wolkenplan/workspace.db", xdg);
	else if (home && *home)
		n = snprintf(c->db_buf, sizeof c->db_buf, "%s/.local/share/wolkenplan/workspace.db", home);
	else {
		cli_error(_("kein Speicherort für den Arbeitsbereich: weder HOME noch XDG_DATA_HOME "
			    "ist gesetzt — bitte --db DATEI oder WOLKENPLAN_DB angeben"));
		return EXIT_PROBLEM;
	}
	if (n < 0 || (size_t)n >= sizeof c->db_buf) {
		cli_error(_("Pfad des Arbeitsbereichs ist zu lang"));
		return EXIT_PROBLEM;
	}
	c->db = c->db_buf;
	c->db_is_default = 1;
	return 0;
}

int cli_load(struct cli *c)
{
	int rc = cli_open(c);
	if (rc || (rc = cli_reassess(c)))
		return rc;
	/* the first program to load a migrated workspace says what the migration converted */
	char *text = NULL;
	struct wp_err e = { 0 };
	if (store_umstellung(c->store, c->ws, c->as, &text, &e)) {
		cli_error("%s", e.msg);
		return EXIT_PROBLEM;
	}
	if (text) {
		fprintf(stderr, "%s\n", _(UMSTELLUNG_TITEL));
		for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n"))
			fprintf(stderr, "  %s\n", line);
		free(text);
	}
	return 0;
}

int cli_open(struct cli *c)
{
	struct wp_err e = { 0 };
	int rc;
	if ((rc = cli_resolve_db(c)))
		return rc;
	struct stat sb;
	if (c->db_is_default && stat(c->db, &sb) != 0 && errno == ENOENT) {
		/* first use: create the default workspace with the demo */
		if (make_parents(c->db_buf)) {
			cli_error(_("%s: Ordner kann nicht angelegt werden: %s"), c->db, wp_errno_text(errno));
			return EXIT_PROBLEM;
		}
		if (store_open(c->db, STORE_CREATE, &c->store, &e) || seed_workspace(c->store, 1, &e)) {
			cli_error("%s", e.msg);
			store_close(&c->store);
			remove(c->db);
			return EXIT_PROBLEM;
		}
		fprintf(stderr, _("wolkenplan: neuer Arbeitsbereich mit der Demo Musterstadt angelegt: %s\n"),
			c->db);
	} else if (c->szenario ? szenario_open(c->db, c->szenario, &c->store, &e)
			       : store_open(c->db, STORE_EXISTING, &c->store, &e)) {
		cli_error("%s", e.msg);
		return e.code == WP_ENOTFOUND && c->szenario ? EXIT_USAGE : EXIT_PROBLEM;
	}
	if (store_load(c->store, &c->ws, &e)) {
		cli_error("%s", e.msg);
		return EXIT_PROBLEM;
	}
	return 0;
}

int cli_reassess(struct cli *c)
{
	assessment_free(&c->as);
	if (assess_run(c->ws, &c->as)) {
		cli_error("%s", wp_strerror(WP_ENOMEM));
		return EXIT_PROBLEM;
	}
	return 0;
}

void cli_unload(struct cli *c)
{
	assessment_free(&c->as);
	ws_free(&c->ws);
	store_close(&c->store);
}
