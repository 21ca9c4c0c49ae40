/* `wolkenplan report`: the committee report as an A4 PDF, or one chart alone as PDF, SVG
 * or PNG (docs/report.md), drawn by data/report.h from the stored Zeitplan and the
 * current assessment. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli/cli.h"
#include "data/report.h"
#include "data/szenario_zahlen.h"
#include "model/i18n.h"

/* The Behörde named s: its exact name or KGSt number, else the one whose name starts with
 * s ignoring case. Prints an error and returns WP_NONE when none or several match. */
static uint32_t find_behoerde(const struct ws *w, const char *s)
{
	uint32_t hit = WP_NONE;
	size_t n = 0, len = strlen(s);
	for (size_t i = 0; i < w->n_beh; i++)
		if (strcmp(w->beh[i].name, s) == 0 || (w->beh[i].kgst[0] && strcmp(w->beh[i].kgst, s) == 0))
			return (uint32_t)i;
	for (size_t i = 0; i < w->n_beh; i++)
		if (strncasecmp(w->beh[i].name, s, len) == 0) {
			hit = (uint32_t)i;
			n++;
		}
	if (n == 1)
		return hit;
	if (n == 0)
		cli_error(_("--behoerde: keine Behörde \"%s\" (siehe wolkenplan behoerde list)"), s);
	else
		cli_error(_("--behoerde: \"%s\" passt auf %zu Behörden; bitte genauer (siehe wolkenplan "
			    "behoerde list)"), s, n);
	return WP_NONE;
}

/* Splits the --vergleich list "A,B[,C,D]" (in place) into names[]; returns their number,
 * or -1 after an error message when there are fewer than 2 or more than
 * SZ_VERGLEICH_MAX. */
static int vergleich_namen(char *liste, char **names)
{
	int n = 1;
	for (const char *p = liste; *p; p++)
		n += *p == ',';
	if (n < 2 || n > SZ_VERGLEICH_MAX) {
		cli_error(_("--vergleich: %d bis %d Szenarien durch Komma getrennt erwartet "
			    "(z. B. Basis,B), nicht %d"), 2, SZ_VERGLEICH_MAX, n);
		return -1;
	}
	names[0] = liste;
	for (int i = 1; i < n; i++) {
		char *k = strchr(names[i - 1], ',');
		*k = '\0';
		names[i] = k + 1;
	}
	return n;
}

/* The format a file name's extension asks for, or -1. */
static int format_aus_endung(const char *path)
{
	const char *dot = path ? strrchr(path, '.') : NULL;
	return dot ? report_format_parse(dot + 1) : -1;
}

int cmd_report(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "szenario", required_argument, NULL, 's' },
		{ "behoerde", required_argument, NULL, 'b' },
		{ "titel", required_argument, NULL, 't' },
		{ "nur", required_argument, NULL, 'n' },
		{ "vergleich", required_argument, NULL, 'v' },
		{ "format", required_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 },
	};
	const char *out = NULL, *beh = NULL, *titel = NULL, *vergleich = NULL;
	int nur = REPORT_ALLES, format = -1, opt, rc;
	while ((opt = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
		switch (opt) {
		case 'o': out = optarg; break;
		case 's': c->szenario = optarg; break; /* read as the global --szenario */
		case 'b': beh = optarg; break;
		case 't': titel = optarg; break;
		case 'v': vergleich = optarg; break;
		case 'n':
			if ((nur = report_nur_parse(optarg)) < 0) {
				cli_error(_("--nur: \"%s\" ist nicht erlaubt, erwartet: gantt oder kosten"),
					  optarg);
				return EXIT_USAGE;
			}
			break;
		case 'f':
			if ((format = report_format_parse(optarg)) < 0) {
				cli_error(_("--format: \"%s\" ist nicht erlaubt, erwartet: pdf, svg oder png"),
					  optarg);
				return EXIT_USAGE;
			}
			break;
		default: return cli_usage("report");
		}
	}
	if (optind != argc)
		return cli_usage("report");
	if (titel && !report_titel_ok(titel)) {
		cli_error(_("--titel: höchstens 200 Bytes gültiges UTF-8 ohne Steuerzeichen"));
		return EXIT_USAGE;
	}
	if (format < 0)
		format = format_aus_endung(out) >= 0 ? format_aus_endung(out) : REPORT_PDF;
	if (nur == REPORT_ALLES && format != REPORT_PDF) {
		cli_error(_("--format: der ganze Bericht ist ein PDF; SVG und PNG gibt es für "
			    "--nur gantt und --nur kosten"));
		return EXIT_USAGE;
	}
	if (vergleich && nur != REPORT_ALLES) {
		cli_error(_("--vergleich: der Szenarienvergleich gehört zum ganzen Bericht, nicht zu "
			    "--nur"));
		return EXIT_USAGE;
	}
	if (out && strcmp(out, "-") == 0) {
		cli_error(_("report: -o braucht einen Dateinamen (keine Standardausgabe)"));
		return EXIT_USAGE;
	}
	static const char *const std[3][3] = {
		{ "bericht.pdf", "bericht.svg", "bericht.png" },
		{ "gantt.pdf", "gantt.svg", "gantt.png" },
		{ "kosten.pdf", "kosten.svg", "kosten.png" },
	};
	if (!out)
		out = std[nur][format];
	char *liste = NULL, *names[SZ_VERGLEICH_MAX];
	int n_vergleich = 0;
	if (vergleich) {
		if (!(liste = strdup(vergleich))) {
			cli_error("%s", wp_strerror(WP_ENOMEM));
			return EXIT_PROBLEM;
		}
		n_vergleich = vergleich_namen(liste, names);
	}
	struct sz_stand sz[SZ_VERGLEICH_MAX];
	int geladen = 0;
	rc = n_vergleich < 0 ? EXIT_USAGE : cli_load(c);
	if (rc)
		goto out;
	if (n_vergleich > 0 && (rc = cli_szenarien_laden(c, names, n_vergleich, sz)))
		goto out;
	geladen = n_vergleich;
	struct report_opts o = { .titel = titel, .behoerde = WP_NONE, .heute = cli_heute(),
				 .nur = nur, .format = format, .vergleich = sz,
				 .n_vergleich = (size_t)n_vergleich };
	if (beh && (o.behoerde = find_behoerde(c->ws, beh)) == WP_NONE) {
		rc = EXIT_USAGE;
		goto out;
	}
	char name[256];
	o.name = report_name(c->ws, c->db, name, sizeof name);
	struct wp_err e = { 0 };
	int seiten = 0;
	/* the font caches are released once at exit (cli/main.c) */
	if (report_export(out, c->store, c->ws, c->as, &o, &seiten, &e)) {
		cli_error("%s", e.msg);
		rc = EXIT_PROBLEM;
		goto out;
	}
	if (nur == REPORT_ALLES)
		fprintf(stderr, ngettext("%s: %d Seite geschrieben\n", "%s: %d Seiten geschrieben\n",
					 (unsigned long)seiten), out, seiten);
	else
		fprintf(stderr, _("%s: geschrieben\n"), out);
	rc = EXIT_OK;
out:
	for (int i = 0; i < geladen; i++)
		sz_stand_free(&sz[i]);
	free(liste);
	return rc;
}
