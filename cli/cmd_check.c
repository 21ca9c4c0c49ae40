/* `wolkenplan check`: database integrity, references, and inventory consistency. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "model/i18n.h"
#include "model/monat.h"

static void report(void *ctx, const char *msg)
{
	(void)ctx;
	printf(_("FEHLER: %s\n"), msg);
}

int cmd_check(struct cli *c, int argc, char **argv)
{
	(void)argv;
	if (argc > 1)
		return cli_usage("check");
	int rc = cli_load(c);
	struct wp_err e = { 0 };
	if (rc) {
		/* opened but not loadable (e.g. damaged pages): say what the integrity check finds */
		if (c->store)
			store_check(c->store, report, NULL, &e);
		return rc;
	}
	int problems = store_check(c->store, report, NULL, &e);
	if (problems < 0) {
		cli_error("%s", e.msg);
		return EXIT_PROBLEM;
	}
	const struct ws *w = c->ws;
	/* dependency cycles: a warning, not an error (they are planned together) */
	size_t warnings = 0;
	uint8_t *done = calloc(w->n_obj ? w->n_obj : 1, 1);
	if (!done) {
		cli_error("%s", wp_strerror(WP_ENOMEM));
		return EXIT_PROBLEM;
	}
	for (size_t i = 0; i < w->n_obj; i++) {
		if (done[i] || !(c->as->obj[i].flags & AF_IN_ZYKLUS))
			continue;
		uint32_t scc = c->as->obj[i].scc;
		printf(_("WARNUNG: Abhängigkeitszyklus (wird gemeinsam geplant):"));
		size_t shown = 0, members = 0;
		for (size_t j = i; j < w->n_obj; j++) {
			if (c->as->obj[j].scc != scc)
				continue;
			done[j] = 1;
			members++;
			if (shown++ < 10)
				printf(" %s", w->obj[j].kennung);
		}
		if (members > shown)
			printf(ngettext(" … (%zu Objekt)", " … (%zu Objekte)", members), members);
		printf("\n");
		warnings++;
	}
	free(done);
	for (size_t i = 0; i < w->n_obj; i++) {
		const struct objekt *o = &w->obj[i];
		if (o->pin_monat && c->as->obj[i].strategie == STRAT_RETAIN) {
			char m[16];
			printf(_("WARNUNG: Objekt %s hat einen festgelegten Beginn (%s), aber die "
				 "Strategie Retain\n"), o->kennung,
			       monat_format(o->pin_monat, i18n_german(), m, sizeof m));
			warnings++;
		}
	}
	/* the stored plan against the invariants of the roadmap */
	int plan_problems = cli_check_plan(c, &warnings);
	if (plan_problems < 0)
		return EXIT_PROBLEM;
	problems += plan_problems;
	char nw[64];
	snprintf(nw, sizeof nw, ngettext("%zu Warnung", "%zu Warnungen", warnings), warnings);
	if (problems) {
		printf(ngettext("%d Fehler, %s in %s\n", "%d Fehler, %s in %s\n",
				(unsigned long)problems),
		       problems, nw, c->db);
	} else {
		char no[64], nd[64], nb[64], np[64];
		i18n_n_objekte(w->n_obj, no, sizeof no);
		snprintf(nd, sizeof nd, ngettext("%zu Abhängigkeit", "%zu Abhängigkeiten", w->n_dep),
			 w->n_dep);
		i18n_n_behoerden(w->n_beh, nb, sizeof nb);
		snprintf(np, sizeof np, ngettext("%zu Plattform", "%zu Plattformen", w->n_pf),
			 w->n_pf);
		printf(_("In Ordnung: %s, %s, %s, %s; %s\n"), no, nd, nb, np, nw);
	}
	return problems ? EXIT_PROBLEM : EXIT_OK;
}
