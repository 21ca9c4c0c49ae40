/* `wolkenplan kosten`: the costs per Haushaltsjahr on the command line (docs/kosten.md) —
 * the table, the total migration cost, the rates and whether they are example values, the
 * break-even and the objects without cost data; and the costs for `export kosten`. */
#include <stdio.h>
#include <stdlib.h>

#include "cli/cli.h"
#include "cli/table.h"
#include "data/store_plan.h"
#include "model/i18n.h"
#include "model/labels.h"
#include "model/money.h"
#include "model/numfmt.h"
#include "model/settings.h"

int cli_kosten(struct cli *c, struct kosten **k, int *geplant)
{
	struct zeitplan *z = NULL;
	struct wp_err e = { 0 };
	*k = NULL;
	int rc = store_load_zeitplan(c->store, c->ws, c->as, &z, &e);
	if (rc && rc != -WP_ENOTFOUND) {
		cli_error("%s", e.msg);
		return EXIT_PROBLEM;
	}
	*geplant = z != NULL;
	struct zeitplan_params p;
	zeitplan_params_default(c->ws, cli_heute(), &p);
	rc = kosten_run(c->ws, c->as, z, p.start, k);
	zeitplan_free(&z);
	if (rc) {
		/* amounts, rates and factors are checked where they are entered; what is left is
		 * memory, or a stored plan that does not fit the workspace */
		cli_error("%s", wp_strerror(-rc));
		return EXIT_PROBLEM;
	}
	return 0;
}

void cli_kosten_befund(const struct kosten *k, int geplant, FILE *f)
{
	char b[1024];
	if (!geplant)
		fprintf(f, _("Noch kein Plan gespeichert: keine Migration, nur der Betrieb von heute "
			     "(planen: wolkenplan plan).\n"));
	cost_break_even_text(k->r, b, sizeof b);
	fprintf(f, "%s\n", b);
	if (k->r->n_ohne) {
		cost_ohne_text(&k->in, k->r, 10, b, sizeof b);
		fprintf(f, "%s\n", b);
	}
}

static int print_table(const struct cost_result *r, int de)
{
	static const int right[8] = { 0, 1, 1, 1, 1, 1, 1, 1 };
	struct out_table *t = out_table_new(8, right);
	const char *head[8] = { _(LBL_HAUSHALTSJAHR), _(LBL_MIGRATION), _(LBL_DAVON_EXTERN),
				_(LBL_F_BETRIEB), _(LBL_SUMME), _(LBL_BASIS), _(LBL_DIFFERENZ),
				_(LBL_KUMULIERT) };
	int rc = !t || out_table_row(t, head);
	for (size_t i = 0; i < r->n_jahr && !rc; i++) {
		const struct cost_jahr *j = &r->jahr[i];
		const int64_t v[7] = { j->migration, j->migration_extern, j->betrieb, j->summe,
				       j->basis, j->differenz, j->kumuliert };
		char b[8][40];
		const char *row[8];
		snprintf(b[0], sizeof b[0], "%d", j->jahr);
		row[0] = b[0];
		for (int x = 0; x < 7; x++)
			row[x + 1] = money_format_cents(v[x], de, b[x + 1], sizeof b[x + 1]);
		rc = out_table_row(t, row);
	}
	if (!rc)
		out_table_print(t, stdout);
	out_table_free(t);
	return rc;
}

/* "(Beispielwert)" unless the user set the value: an assumption stated in the workspace
 * (the demo's) or the shipped default are example values. */
static const char *herkunft(const struct ws *w, int id)
{
	if (w->set_annahme[id] || w->set.v[id] == setting_defs[id].def)
		return _("Beispielwert");
	return _(LBL_EIGENER_WERT);
}

static void print_saetze(const struct ws *w, const struct kosten *k, int de)
{
	char in[40], ex[40], an[32], t[40];
	money_format_exact(k->in.s.satz_intern, de, in, sizeof in);
	money_format_exact(k->in.s.satz_extern, de, ex, sizeof ex);
	format_num(k->in.s.anteil_extern / 100.0, 2, 1, de, an, sizeof an);
	money_format_exact((k->r->satz_bp + COST_BP / 2) / COST_BP, de, t, sizeof t);
	/* TRANSLATORS: internal rate, its origin, external rate, its origin, share external
	 * in percent, its origin, the blended rate */
	printf(_("Tagessätze: intern %s/PT (%s), extern %s/PT (%s), Anteil extern %s %% (%s) "
		 "→ Mischsatz %s/PT\n"),
	       in, herkunft(w, SET_TAGESSATZ_INTERN), ex, herkunft(w, SET_TAGESSATZ_EXTERN), an,
	       herkunft(w, SET_ANTEIL_EXTERN), t);
	for (int id = SET_TAGESSATZ_INTERN; id <= SET_ANTEIL_EXTERN; id++)
		if (w->set_annahme[id])
			printf("  %s: %s\n", setting_defs[id].key, w->set_annahme[id]);
}

int cmd_kosten(struct cli *c, int argc, char **argv)
{
	(void)argv;
	if (argc > 1)
		return cli_usage("kosten");
	int rc = cli_load(c), geplant;
	struct kosten *k = NULL;
	if (rc || (rc = cli_kosten(c, &k, &geplant)))
		return rc;
	int de = i18n_german();
	if (print_table(k->r, de)) {
		kosten_free(&k);
		cli_error("%s", wp_strerror(WP_ENOMEM));
		return EXIT_PROBLEM;
	}
	char m[40], x[40];
	money_format_cents(k->r->migration, de, m, sizeof m);
	money_format_cents(k->r->migration_extern, de, x, sizeof x);
	printf(_("Migration gesamt: %s (davon extern: %s)\n"), m, x);
	print_saetze(c->ws, k, de);
	cli_kosten_befund(k, geplant, stdout);
	printf(_("Je Objekt: wolkenplan explain KENNUNG. Jede Zahl ist einmal auf ganze Euro "
		 "gerundet; eine Summe kann um 1 € von ihren Teilen abweichen.\n"));
	kosten_free(&k);
	return EXIT_OK;
}
