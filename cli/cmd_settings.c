/* `wolkenplan settings` and `set KEY VALUE`: weights and thresholds of the rules. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/table.h"
#include "data/edit_plan.h"
#include "data/edit_settings.h"
#include "model/i18n.h"
#include "model/labels.h"
#include "model/numfmt.h"
#include "model/settings.h"

#define WEIGHT_PREFIX "gewicht."

/* Formats a number with the user's decimal separator. */
static const char *num(double v, char *buf, size_t n)
{
	return format_num(v, 6, 1, i18n_german(), buf, n);
}

int cmd_settings(struct cli *c, int argc, char **argv)
{
	(void)argv;
	if (argc > 1)
		return cli_usage("settings");
	int rc = cli_load(c);
	if (rc)
		return rc;
	static const int right[4] = { 0, 1, 0, 0 };
	struct out_table *t = out_table_new(4, right);
	const char *head[4] = { _(LBL_SCHLUESSEL), _(LBL_WERT), _(LBL_BEREICH),
			       _(LBL_BEDEUTUNG) };
	rc = !t || out_table_row(t, head);
	for (int i = 0; i < SET__N && !rc; i++) {
		char v[32], lo[32], hi[32], range[80];
		snprintf(range, sizeof range, "%s … %s", num(setting_defs[i].lo, lo, sizeof lo),
			 num(setting_defs[i].hi, hi, sizeof hi));
		const char *row[4] = { setting_defs[i].key, num(c->ws->set.v[i], v, sizeof v), range,
				       _(setting_defs[i].desc) };
		rc = out_table_row(t, row);
	}
	for (size_t k = 0; k < c->ws->n_dvc && !rc; k++) {
		char key[96], v[32], desc[256];
		snprintf(key, sizeof key, WEIGHT_PREFIX "%s", c->ws->dvc[k].code);
		snprintf(desc, sizeof desc, _("Gewicht des DVC-Kriteriums „%s“"), c->ws->dvc[k].name);
		const char *row[4] = { key, num(c->ws->dvc[k].gewicht, v, sizeof v), "0 … 100", desc };
		rc = out_table_row(t, row);
	}
	if (!rc)
		out_table_print(t, stdout);
	else
		cli_error("%s", wp_strerror(WP_ENOMEM));
	out_table_free(t);
	/* the assumptions behind values (the demo states its programme this way) */
	int head_done = 0;
	for (int i = 0; i < SET__N && !rc; i++) {
		char v[32];
		if (!c->ws->set_annahme[i])
			continue;
		if (!head_done++)
			printf(_("\nAnnahmen dieses Arbeitsbereichs:\n"));
		printf("  %s = %s: %s\n", setting_defs[i].key, num(c->ws->set.v[i], v, sizeof v),
		       c->ws->set_annahme[i]);
	}
	return rc ? EXIT_PROBLEM : EXIT_OK;
}

/* Parses a decimal with comma or point; returns 0 or -1. */
static int parse_number(const char *s, double *out)
{
	char buf[64], *end;
	size_t n = strlen(s);
	if (n == 0 || n >= sizeof buf)
		return -1;
	memcpy(buf, s, n + 1);
	for (char *p = buf; *p; p++)
		if (*p == ',')
			*p = '.';
	*out = strtod(buf, &end);
	return *end ? -1 : 0;
}

int cmd_set(struct cli *c, int argc, char **argv)
{
	if (argc != 3)
		return cli_usage("set");
	const char *key = argv[1], *val = argv[2];
	int rc = cli_load(c);
	if (rc)
		return rc;
	struct ws *w = c->ws;
	struct wp_err e = { 0 };
	double v;
	int id = settings_find(key);
	uint32_t k = WP_NONE;
	if (id < 0 && strncmp(key, WEIGHT_PREFIX, strlen(WEIGHT_PREFIX)) == 0)
		k = ws_find_dvc(w, key + strlen(WEIGHT_PREFIX));
	if (id < 0 && k == WP_NONE) {
		cli_error(_("unbekannter Schlüssel \"%s\" (siehe wolkenplan settings)"), key);
		return EXIT_USAGE;
	}
	if (parse_number(val, &v)) {
		cli_error(_(SETTINGS_KEINE_ZAHL), key, val);
		return EXIT_PROBLEM;
	}
	if (id >= 0) {
		if (settings_set(&w->set, id, v, &e)) {
			cli_error("%s", e.msg);
			return EXIT_PROBLEM;
		}
		w->set_annahme[id] = NULL; /* the user's own value: the old assumption is gone */
	} else {
		if (!(v >= 0 && v <= 100)) {
			char vb[40];
			cli_error(_("%s: %s liegt außerhalb des erlaubten Bereichs 0 bis 100"), key,
				  num(v, vb, sizeof vb));
			return EXIT_PROBLEM;
		}
		double sum = 0;
		for (size_t j = 0; j < w->n_dvc; j++)
			sum += j == k ? v : w->dvc[j].gewicht;
		if (sum <= 0) {
			cli_error(_("%s: mindestens ein DVC-Kriterium muss ein Gewicht über 0 haben"), key);
			return EXIT_PROBLEM;
		}
		w->dvc[k].gewicht = v;
	}
	if (edit_settings(c->store, w, &e)) {
		cli_error("%s", e.msg);
		return EXIT_PROBLEM;
	}
	char b[32];
	printf(_("%s = %s gespeichert.\n"), key, num(v, b, sizeof b));
	return EXIT_OK;
}
