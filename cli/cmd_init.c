/* `wolkenplan init`: creates a new workspace file, never overwriting one. */
#include <getopt.h>
#include <stdio.h>

#include "cli/cli.h"
#include "data/seed.h"
#include "model/i18n.h"

int cmd_init(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "demo", no_argument, NULL, 'D' },
		{ "empty", no_argument, NULL, 'E' },
		{ "db", required_argument, NULL, 'd' },
		{ NULL, 0, NULL, 0 },
	};
	int demo = 1, opt, modes = 0;
	while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (opt) {
		case 'D': demo = 1; modes++; break;
		case 'E': demo = 0; modes++; break;
		case 'd': c->db = optarg; break;
		default: return cli_usage("init");
		}
	}
	if (optind < argc || modes > 1)
		return cli_usage("init");
	if (!c->db) {
		cli_error(_("init braucht --db DATEI (wohin der neue Arbeitsbereich soll)"));
		return cli_usage("init");
	}
	struct wp_err e = { 0 };
	if (store_open(c->db, STORE_CREATE, &c->store, &e)) {
		cli_error("%s", e.msg);
		return EXIT_PROBLEM;
	}
	if (seed_workspace(c->store, demo, &e)) {
		cli_error("%s", e.msg);
		store_close(&c->store);
		remove(c->db);
		return EXIT_PROBLEM;
	}
	printf(demo ? _("Arbeitsbereich %s mit der Demo Musterstadt angelegt.\n")
		    : _("Leerer Arbeitsbereich %s angelegt (Kataloge und Beispielplattformen geladen).\n"),
	       c->db);
	return EXIT_OK;
}
