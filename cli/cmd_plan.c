/* `wolkenplan plan` and `roadmap`: the Zeitplan (docs/zeitplan.md) on the command line, the
 * plan part of `check`, and the number parsers the commands share. */
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli/cli.h"
#include "cli/plan_out.h"
#include "cli/table.h"
#include "data/edit_zeitplan.h"
#include "data/store_plan.h"
#include "model/i18n.h"
#include "model/monat.h"

int cli_parse_number(const char *s, double lo, double hi, double *out)
{
	char buf[64], *end;
	size_t n = strlen(s);
	if (n == 0 || n >= sizeof buf)
		return -1;
	memcpy(buf, s, n + 1);
	char *comma = strchr(buf, ',');
	if (comma && !strchr(comma + 1, ',') && !strchr(buf, '.'))
		*comma = '.';
	errno = 0;
	double v = strtod(buf, &end);
	if (errno || end == buf || *end || v != v || v < lo || v > hi)
		return -1;
	*out = v;
	return 0;
}

int cli_parse_int(const char *s, long lo, long hi, long *out)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < lo || v > hi)
		return -1;
	*out = v;
	return 0;
}

int cli_parse_halbpt(const char *s, double lo, int32_t *out)
{
	double v;
	if (cli_parse_number(s, lo, 1000000, &v) || floor(v * 2) != v * 2)
		return -1;
	*out = (int32_t)(v * 2);
	return 0;
}

int32_t cli_heute(void)
{
	return (int32_t)(time(NULL) / 86400);
}

int cli_check_plan(struct cli *c, size_t *warnings)
{
	struct zeitplan *z = NULL;
	struct wp_err e = { 0 };
	int rc = store_load_zeitplan(c->store, c->ws, c->as, &z, &e);
	if (rc == -WP_ENOTFOUND)
		return 0;
	if (rc) {
		cli_error("%s", e.msg);
		return -1;
	}
	long fristen = 0;
	long n = plan_out_befunde(c, z, WP_NONE, N_("FEHLER: Plan: %s\n"), N_("WARNUNG: Plan: %s\n"),
				  &fristen);
	*warnings += (size_t)fristen;
	zeitplan_free(&z);
	return n < 0 ? -1 : (int)n;
}

int cmd_plan(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "start", required_argument, NULL, 's' },
		{ "wellen-laenge", required_argument, NULL, 'l' },
		{ "kapazitaet", required_argument, NULL, 'k' },
		{ "max-pt-monat", required_argument, NULL, 'r' },
		{ "dry-run", no_argument, NULL, 'n' },
		{ NULL, 0, NULL, 0 },
	};
	int opt, rc, dry = 0;
	int32_t start = 0, kap = -1, tempo = -1;
	long laenge = 0;
	while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (opt) {
		case 's':
			if (monat_parse(optarg, 1, &start)) {
				cli_error(_("--start: \"%s\" ist nicht erlaubt, erwartet: ein Monat JJJJ-MM "
					    "oder MM.JJJJ oder ein Quartal JJJJ-Qn, Jahr 2000 bis 2100"),
					  optarg);
				return EXIT_USAGE;
			}
			break;
		case 'l':
			if (cli_parse_int(optarg, 1, 24, &laenge)) {
				cli_error(_("--wellen-laenge: \"%s\" ist nicht erlaubt, erwartet: Monate "
					    "von 1 bis 24"), optarg);
				return EXIT_USAGE;
			}
			break;
		case 'k':
			if (cli_parse_halbpt(optarg, 0, &kap)) {
				cli_error(_("--kapazitaet: \"%s\" ist nicht erlaubt, erwartet: PT je Monat "
					    "≥ 0 in Schritten von 0,5"), optarg);
				return EXIT_USAGE;
			}
			break;
		case 'r':
			if (cli_parse_halbpt(optarg, 0.5, &tempo)) {
				cli_error(_("--max-pt-monat: \"%s\" ist nicht erlaubt, erwartet: PT je Monat "
					    "≥ 0,5 in Schritten von 0,5"), optarg);
				return EXIT_USAGE;
			}
			break;
		case 'n': dry = 1; break;
		default: return cli_usage("plan");
		}
	}
	if (optind < argc)
		return cli_usage("plan");
	if ((rc = cli_load(c)))
		return rc;
	/* the settings, the stored plan's start, then the options */
	struct zeitplan_params prm, stored;
	struct wp_err e = { 0 };
	zeitplan_params_default(c->ws, cli_heute(), &prm);
	if ((rc = store_zeitplan_params(c->store, &stored, &e)) < 0) {
		cli_error("%s", e.msg);
		return EXIT_PROBLEM;
	}
	if (rc == 1)
		prm.start = stored.start;
	if (start)
		prm.start = start;
	if (kap >= 0)
		prm.kapazitaet = kap;
	if (tempo > 0)
		prm.tempo = tempo;
	if (laenge)
		prm.wellen_laenge = (int32_t)laenge;
	struct zeitplan *z = NULL;
	if ((rc = zeitplan_run(c->ws, c->as, &prm, &z))) {
		cli_error("%s", rc == -WP_ENOMEM ? wp_strerror(WP_ENOMEM)
					   : _("Planung nicht möglich: ungültige Parameter"));
		return EXIT_PROBLEM;
	}
	plan_out_params(c, z);
	printf("\n");
	if ((rc = plan_out_wellen(c, z))) {
		zeitplan_free(&z);
		return rc;
	}
	plan_out_piloten(c, z);
	long fristen = 0;
	long nv = plan_out_befunde(c, z, WP_NONE, N_("VERSTOSS: %s\n"), NULL, &fristen);
	if (!dry && nv >= 0 && edit_zeitplan_save(NULL, c->store, c->ws, &c->as, z, &e)) {
		cli_error(_("%s — der Plan wurde nicht gespeichert"), e.msg);
		zeitplan_free(&z);
		return EXIT_PROBLEM;
	}
	printf("\n");
	plan_out_summe(c, z, nv < 0 ? 0 : nv);
	printf(dry ? _("Probelauf: nichts wurde gespeichert.\n")
		   : _("Gespeichert (ansehen: wolkenplan roadmap, export roadmap, export zeitplan).\n"));
	zeitplan_free(&z);
	return nv < 0 ? EXIT_PROBLEM : EXIT_OK;
}

int cmd_roadmap(struct cli *c, int argc, char **argv)
{
	(void)argv;
	if (argc > 1)
		return cli_usage("roadmap");
	int rc = cli_load(c);
	if (rc)
		return rc;
	struct zeitplan *z = NULL;
	struct wp_err e = { 0 };
	if ((rc = store_load_zeitplan(c->store, c->ws, c->as, &z, &e))) {
		cli_error("%s", e.msg);
		return EXIT_PROBLEM;
	}
	rc = plan_out_tabelle(c, z);
	long nv = 0;
	if (!rc) {
		printf("\n");
		nv = plan_out_befunde(c, z, WP_NONE, N_("VERSTOSS: %s\n"), NULL, NULL);
		rc = nv < 0 ? EXIT_PROBLEM : 0;
	}
	if (!rc) {
		plan_out_wellen_kurz(c, z);
		plan_out_summe(c, z, nv);
	}
	zeitplan_free(&z);
	return rc;
}
