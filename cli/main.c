/* wolkenplan entry point: global options, locale, then a subcommand or the dashboard. */
#include <getopt.h>
#include <langinfo.h>
#include <libgen.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "data/report.h"
#include "model/i18n.h"
#include "tui/tui.h"

static const struct {
	const char *name;
	int (*fn)(struct cli *, int, char **);
} dispatch[] = {
#define X(name, fn, usage, summary) { name, fn },
	COMMANDS(X)
#undef X
};

/* Message catalogues: next to the binary in a build tree (build/locale), else beside an
 * installed binary (PREFIX/bin/../share/locale, so a relocated or DESTDIR-staged install
 * works too), else the compiled-in WP_LOCALEDIR. */
static void setup_i18n(const char *lang)
{
	char exe[4096], dir[4200];
	const char *localedir = WP_LOCALEDIR;
	if (lang) {
		/* LANGUAGE wins over LC_MESSAGES in gettext; German is the msgid language */
		setenv("LANGUAGE", lang, 1);
		if (strcmp(lang, "de") == 0)
			setenv("LANGUAGE", "de_DE:de", 1);
	}
	if (!setlocale(LC_ALL, "") && !lang) {
		/* a locale that is not installed (common over SSH) still names the language */
		const char *env = getenv("LC_ALL"), *language = getenv("LANGUAGE");
		if (!env || !*env)
			env = getenv("LC_MESSAGES");
		if (!env || !*env)
			env = getenv("LANG");
		if (env && strncmp(env, "en", 2) == 0 && strchr("_.@", env[2]) &&
		    !(language && *language)) {
			lang = "en";
			setenv("LANGUAGE", lang, 1);
		}
	}
	/* numbers are read and written with an explicit separator (model/numfmt.h, CSV
	 * dialects): strtod and printf must not follow a German LC_NUMERIC ("2,5" read as 2) */
	setlocale(LC_NUMERIC, "C");
	/* umlauts need a UTF-8 character type even under LANG=C */
	if (strcmp(nl_langinfo(CODESET), "UTF-8") != 0)
		setlocale(LC_CTYPE, "C.UTF-8");
	/* gettext ignores LANGUAGE in the C locale: use C.UTF-8 messages with English */
	if (lang && strcmp(lang, "en") == 0) {
		const char *m = setlocale(LC_MESSAGES, NULL);
		if (m && (strcmp(m, "C") == 0 || strcmp(m, "POSIX") == 0))
			setlocale(LC_MESSAGES, "C.UTF-8");
	}
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = '\0';
		const char *bin = dirname(exe);
		snprintf(dir, sizeof dir, "%s/locale", bin);
		if (access(dir, R_OK) == 0) {
			localedir = dir;
		} else {
			/* en is the one catalogue every install has (German is the msgid language) */
			char mo[4300];
			snprintf(dir, sizeof dir, "%s/../share/locale", bin);
			snprintf(mo, sizeof mo, "%s/en/LC_MESSAGES/wolkenplan.mo", dir);
			if (access(mo, R_OK) == 0)
				localedir = dir;
		}
	}
	bindtextdomain("wolkenplan", localedir);
	bind_textdomain_codeset("wolkenplan", "UTF-8");
	textdomain("wolkenplan");
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "lang", required_argument, NULL, 'l' },
		{ "no-mouse", no_argument, NULL, 'm' },
		{ "no-color", no_argument, NULL, 'c' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ "szenario", required_argument, NULL, 's' },
		{ NULL, 0, NULL, 0 },
	};
	struct cli c = { .prog = argv[0] };
	struct tui_opts to = { 0 };
	const char *lang = NULL;
	int opt, help = 0, version = 0;

	/* global options stop at the first non-option (the command) */
	while ((opt = getopt_long(argc, argv, "+hV", opts, NULL)) != -1) {
		switch (opt) {
		case 'd': c.db = optarg; break;
		case 'l':
			if (strcmp(optarg, "de") != 0 && strcmp(optarg, "en") != 0) {
				setup_i18n(NULL);
				fprintf(stderr, _("wolkenplan: --lang: \"%s\" — erwartet: de oder en\n"),
					optarg);
				return EXIT_USAGE;
			}
			lang = optarg;
			break;
		case 'm': to.no_mouse = 1; break;
		case 'c': to.no_color = 1; break;
		case 'h': help = 1; break;
		case 'V': version = 1; break;
		case 's': c.szenario = optarg; break;
		default:
			setup_i18n(lang);
			fprintf(stderr, _("Mehr dazu: wolkenplan --help\n"));
			return EXIT_USAGE;
		}
	}
	setup_i18n(lang);
	if (help) {
		cli_print_help();
		return EXIT_OK;
	}
	if (version) {
		printf("wolkenplan %s\n", WP_VERSION);
		return EXIT_OK;
	}
	const char *nc = getenv("NO_COLOR");
	if (nc && *nc)
		to.no_color = 1;

	int rc;
	if (c.szenario && (optind >= argc || !cli_liest_nur(argv[optind]))) {
		fprintf(stderr, _("wolkenplan: --szenario gilt nur für lesende Befehle (list, score, "
				  "explain, quickwins, settings, roadmap, kosten, export, report); "
				  "wechseln: wolkenplan szenario use NAME\n"));
		return EXIT_USAGE;
	}
	if (optind >= argc) {
		/* opened and checked here; the dashboard assesses it and shows what a migration
		 * converted (data/umstellung.h) */
		if ((rc = cli_open(&c)))
			return rc;
		to.db_path = c.db;
		/* the TUI loads its own copy; keep only the store open */
		assessment_free(&c.as);
		ws_free(&c.ws);
		rc = tui_run(c.store, &to);
		cli_unload(&c);
		report_cleanup(); /* after the dashboard's PDF reports, if any */
		return rc;
	}
	const char *cmd = argv[optind];
	for (size_t i = 0; i < sizeof dispatch / sizeof dispatch[0]; i++) {
		if (strcmp(dispatch[i].name, cmd) == 0) {
			int sub_argc = argc - optind;
			char **sub_argv = argv + optind;
			optind = 0; /* full getopt re-initialisation for the command's options */
			rc = dispatch[i].fn(&c, sub_argc, sub_argv);
			cli_unload(&c);
			report_cleanup(); /* after `report`, if it drew one */
			return rc;
		}
	}
	return cli_unknown_command(cmd);
}
