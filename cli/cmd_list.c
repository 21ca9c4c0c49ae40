/* `wolkenplan list`: the objects as an aligned table, one per line. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/filter.h"
#include "cli/table.h"
#include "model/enums.h"
#include "model/i18n.h"
#include "model/labels.h"

int cmd_list(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		FILTER_LONG_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	struct cli_filter cf = { 0 };
	int opt, rc;
	filter_init(&cf);
	while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1)
		if ((rc = filter_option(&cf, opt, optarg)))
			return rc == 1 ? cli_usage("list") : rc;
	if (optind < argc)
		return cli_usage("list");
	if ((rc = cli_load(c)) || (rc = filter_resolve(c, &cf))) {
		filter_free(&cf);
		return rc;
	}
	uint32_t *order = NULL;
	size_t n = filter_objects(c, &cf, &order);
	struct out_table *tab = out_table_new(6, NULL);
	const char *head[6] = { _(LBL_F_KENNUNG), _(LBL_F_TYP), _(LBL_F_NAME), _(LBL_F_BEHOERDE), _(LBL_F_BETRIEB),
				_(LBL_F_VERTRAGSENDE) };
	rc = !tab || out_table_row(tab, head);
	for (size_t i = 0; i < n && !rc; i++) {
		const struct objekt *o = &c->ws->obj[order[i]];
		char date[16];
		const char *row[6] = { o->kennung, _(enum_label(EK_TYP, o->typ)), o->name,
				       c->ws->beh[o->behoerde].name, _(enum_label(EK_BETRIEB, o->betrieb)),
				       filter_date(o->vertragsende, date, sizeof date) };
		rc = out_table_row(tab, row);
	}
	if (!rc)
		out_table_print(tab, stdout);
	else
		cli_error("%s", wp_strerror(WP_ENOMEM));
	out_table_free(tab);
	free(order);
	filter_free(&cf);
	return rc ? EXIT_PROBLEM : EXIT_OK;
}
