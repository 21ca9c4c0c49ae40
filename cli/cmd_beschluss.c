/* `wolkenplan beschluss`: the decision log (docs/beschluesse.md) — record a decision, list
 * the log, remove one entry after asking. A decision is never changed in place. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"
#include "data/export_beschluss.h"
#include "data/store_beschluss.h"
#include "model/date.h"
#include "model/i18n.h"
#include "model/labels.h"

static int failed(const struct wp_err *e)
{
	char b[sizeof e->msg + 64];
	cli_error("%s", wp_err_unchanged(e, b, sizeof b));
	return EXIT_PROBLEM;
}

static int nomem(void)
{
	cli_error("%s", wp_strerror(WP_ENOMEM));
	return EXIT_PROBLEM;
}

/* Appends s to the growing list *v (*n entries). Returns 0 or -1. */
static int push(const char ***v, size_t *n, const char *s)
{
	const char **nv = realloc(*v, (*n + 1) * sizeof *nv);
	if (!nv)
		return -1;
	nv[(*n)++] = s;
	*v = nv;
	return 0;
}

/* One decision as the list shows it: "N  DATUM  GREMIUM", the text, what it names, when
 * it was recorded. */
static void print_one(const struct ws *w, size_t i)
{
	static const struct { int art; const char *label; } kinds[] = {
		{ BL_OBJEKT, LBL_OBJEKTE }, { BL_PILOT, LBL_PILOTEN }, { BL_WELLE, LBL_WELLEN },
	};
	const struct beschluss *b = &w->bes[i];
	char d[16], t[32], l[4096];
	printf("%zu  %s  %s\n", i + 1, date_format(b->datum, 1, d, sizeof d), b->gremium);
	printf("   %s\n", b->text);
	if (*b->szenario)
		printf("   %s: %s\n", _(LBL_SZENARIO), b->szenario);
	for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
		if (beschluss_links_text(w, b, kinds[k].art, l, sizeof l) > 0)
			printf("   %s: %s\n", _(kinds[k].label), l);
	printf("   %s %s\n", _(LBL_ERFASST_AM), beschluss_erfasst_text(b->erstellt, 1, t, sizeof t));
}

static int bes_list(struct cli *c)
{
	if (c->ws->n_bes == 0) {
		printf("%s\n", _("Keine Beschlüsse erfasst. Neu: wolkenplan beschluss add --datum "
				 "TT.MM.JJJJ --gremium TEXT --text TEXT"));
		return EXIT_OK;
	}
	for (size_t i = 0; i < c->ws->n_bes; i++) {
		if (i)
			putchar('\n');
		print_one(c->ws, i);
	}
	return EXIT_OK;
}

static int bes_add(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "datum", required_argument, NULL, 'd' },
		{ "gremium", required_argument, NULL, 'g' },
		{ "text", required_argument, NULL, 't' },
		{ "szenario", required_argument, NULL, 's' },
		{ "objekt", required_argument, NULL, 'o' },
		{ "pilot", required_argument, NULL, 'p' },
		{ "welle", required_argument, NULL, 'w' },
		{ NULL, 0, NULL, 0 },
	};
	struct beschluss_eingabe in = { .erstellt = (int64_t)time(NULL) };
	const char **obj = NULL, **pil = NULL;
	long *wel = NULL;
	int opt, rc = EXIT_OK;
	optind = 0;
	while (rc == EXIT_OK && (opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		long nr;
		long *nw;
		switch (opt) {
		case 'd': in.datum = optarg; break;
		case 'g': in.gremium = optarg; break;
		case 't': in.text = optarg; break;
		case 's': in.szenario = optarg; break;
		case 'o': rc = push(&obj, &in.n_objekte, optarg) ? nomem() : EXIT_OK; break;
		case 'p': rc = push(&pil, &in.n_piloten, optarg) ? nomem() : EXIT_OK; break;
		case 'w':
			if (cli_parse_int(optarg, 1, 999, &nr)) {
				cli_error(_("--welle: \"%s\" ist ungültig, erwartet: eine Zahl von 1 bis 999"),
					  optarg);
				rc = EXIT_USAGE;
			} else if (!(nw = realloc(wel, (in.n_wellen + 1) * sizeof *nw))) {
				rc = nomem();
			} else {
				wel = nw;
				wel[in.n_wellen++] = nr;
			}
			break;
		default: rc = cli_usage("beschluss"); break;
		}
	}
	if (rc == EXIT_OK && (optind != argc || !in.datum || !in.gremium || !in.text)) {
		cli_error("%s", _("beschluss add braucht --datum, --gremium und --text"));
		rc = cli_usage("beschluss");
	}
	if (rc == EXIT_OK)
		rc = cli_open(c);
	if (rc == EXIT_OK) {
		struct wp_err e = { 0 };
		struct beschluss b;
		uint32_t i = WP_NONE;
		in.objekte = obj;
		in.piloten = pil;
		in.wellen = wel;
		if (beschluss_bauen(c->ws, &in, &b, NULL, &e)) {
			rc = failed(&e);
		} else {
			rc = store_beschluss_add(c->store, c->ws, &b, &i, &e) ? failed(&e) : EXIT_OK;
			beschluss_free_links(&b, 1);
		}
		if (rc == EXIT_OK) {
			printf(_("Beschluss %u erfasst:\n"), i + 1);
			print_one(c->ws, i);
		}
	}
	free(obj);
	free(pil);
	free(wel);
	return rc;
}

/* Asks on the terminal whether decision i goes; 1 for yes. */
static int ask(const struct ws *w, size_t i)
{
	char d[16], line[64];
	const struct beschluss *b = &w->bes[i];
	fprintf(stderr, _("Beschluss %zu vom %s (%s) entfernen: \"%s\"? [j/N] "), i + 1,
		date_format(b->datum, 1, d, sizeof d), b->gremium, b->text);
	fflush(stderr);
	if (!fgets(line, sizeof line, stdin))
		return 0;
	line[strcspn(line, "\r\n")] = '\0';
	return strcmp(line, "j") == 0 || strcmp(line, "J") == 0 || strcmp(line, "ja") == 0 ||
	       strcmp(line, "y") == 0 || strcmp(line, "Y") == 0 || strcmp(line, "yes") == 0;
}

static int bes_remove(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "ja", no_argument, NULL, 'j' },
		{ NULL, 0, NULL, 0 },
	};
	int opt, ja = 0, rc;
	long nr;
	optind = 0;
	while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (opt != 'j')
			return cli_usage("beschluss");
		ja = 1;
	}
	if (optind != argc - 1 || cli_parse_int(argv[optind], 1, 1000000000L, &nr)) {
		if (optind == argc - 1)
			cli_error(_("beschluss remove: \"%s\" ist keine Nummer, erwartet: die Nummer aus "
				    "wolkenplan beschluss list"), argv[optind]);
		return cli_usage("beschluss");
	}
	if ((rc = cli_open(c)))
		return rc;
	if ((size_t)nr > c->ws->n_bes) {
		cli_error(_("einen Beschluss %ld gibt es nicht (erfasst: %zu) — nichts wurde "
			    "entfernt"), nr, c->ws->n_bes);
		return EXIT_PROBLEM;
	}
	size_t i = (size_t)nr - 1;
	if (!ja && !(isatty(STDIN_FILENO) && isatty(STDERR_FILENO))) {
		cli_error("%s", _("beschluss remove fragt nach, bevor ein Beschluss entfernt wird; "
				  "ohne Terminal bitte mit --ja bestätigen — nichts wurde entfernt"));
		return EXIT_USAGE;
	}
	if (!ja && !ask(c->ws, i)) {
		fprintf(stderr, "%s\n", _("Nicht entfernt."));
		return EXIT_PROBLEM;
	}
	char d[16], g[256];
	date_format(c->ws->bes[i].datum, 1, d, sizeof d);
	snprintf(g, sizeof g, "%s", c->ws->bes[i].gremium);
	struct wp_err e = { 0 };
	if (store_beschluss_remove(c->store, c->ws, (uint32_t)i, &e))
		return failed(&e);
	printf(_("Beschluss %ld vom %s (%s) entfernt.\n"), nr, d, g);
	return EXIT_OK;
}

int cmd_beschluss(struct cli *c, int argc, char **argv)
{
	if (argc >= 2 && strcmp(argv[1], "add") == 0)
		return bes_add(c, argc - 1, argv + 1);
	if (argc >= 2 && strcmp(argv[1], "remove") == 0)
		return bes_remove(c, argc - 1, argv + 1);
	if (argc == 2 && strcmp(argv[1], "list") == 0) {
		int rc = cli_open(c);
		return rc ? rc : bes_list(c);
	}
	cli_error("%s", _("beschluss: unbekannter Unterbefehl oder falsche Argumente"));
	return cli_usage("beschluss");
}
