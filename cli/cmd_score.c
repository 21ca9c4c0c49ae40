/* `wolkenplan score`, `explain`, `quickwins`: the assessment engine on the command line. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/filter.h"
#include "cli/table.h"
#include "model/enums.h"
#include "model/explain_text.h"
#include "model/fields.h"
#include "model/i18n.h"
#include "model/zielplattform.h"
#include "model/labels.h"
#include "model/numfmt.h"

int cmd_score(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "plattform", required_argument, NULL, 'p' },
		FILTER_LONG_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	struct cli_filter cf = { 0 };
	const char *pfc = NULL;
	int opt, rc, want = -1;
	filter_init(&cf);
	while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (opt == 'p')
			pfc = optarg;
		else if ((rc = filter_option(&cf, opt, optarg)))
			return rc == 1 ? cli_usage("score") : rc;
	}
	if (optind < argc)
		return cli_usage("score");
	if (pfc) { /* with a platform, --urteil means the verdict there */
		want = cf.f.verdict;
		cf.f.verdict = -1;
	}
	if ((rc = cli_load(c)))
		return rc;
	const struct ws *w = c->ws;
	const struct assessment *a = c->as;
	uint32_t pf = WP_NONE;
	if (pfc && (pf = ws_find_plattform(w, pfc)) == WP_NONE)
		return cli_no_plattform(pfc);
	if ((rc = filter_resolve(c, &cf))) {
		filter_free(&cf);
		return rc;
	}
	uint32_t *order = NULL;
	size_t n = filter_objects(c, &cf, &order);
	size_t npf = pf == WP_NONE ? w->n_pf : 1;
	size_t ncol = 5 + npf + 3;
	int *right = calloc(ncol, sizeof *right);
	const char **cells = calloc(ncol, sizeof *cells);
	char (*buf)[64] = calloc(ncol, sizeof *buf);
	struct out_table *t = right ? (right[3] = right[4] = right[ncol - 1] = 1,
				       out_table_new(ncol, right)) : NULL;
	rc = !t || !cells || !buf;
	if (!rc) {
		cells[0] = _(LBL_F_KENNUNG);
		cells[1] = _(LBL_F_NAME);
		cells[2] = _(LBL_F_BEHOERDE);
		cells[3] = _(LBL_SCHUTZKLASSE);
		cells[4] = _("Bereit./Konf.");
		for (size_t k = 0; k < npf; k++)
			cells[5 + k] = w->pf[pf == WP_NONE ? k : pf].code;
		cells[5 + npf] = _(LBL_EMPFOHLEN);
		cells[6 + npf] = _(LBL_F_STRATEGIE);
		cells[7 + npf] = _(LBL_AUFWAND_PT);
		rc = out_table_row(t, cells);
	}
	size_t shown = 0;
	for (size_t i = 0; i < n && !rc; i++) {
		uint32_t o = order[i];
		const struct assess_obj *ao = &a->obj[o];
		if (want >= 0 && a->verdict[(size_t)o * a->n_pf + pf] != want)
			continue;
		cells[0] = w->obj[o].kennung;
		cells[1] = w->obj[o].name;
		cells[2] = w->beh[w->obj[o].behoerde].name;
		snprintf(buf[3], sizeof buf[3], "%s%s", _(enum_label(EK_LEVEL, ao->schutzklasse)),
			 ao->flags & AF_SB_UNBEWERTET ? "*" : "");
		cells[3] = buf[3];
		snprintf(buf[4], sizeof buf[4], "%d %%/%d %%", ao->bereitschaft, ao->konfidenz);
		cells[4] = buf[4];
		for (size_t k = 0; k < npf; k++) {
			uint32_t p = pf == WP_NONE ? (uint32_t)k : pf;
			cells[5 + k] = _(enum_label(EK_VERDICT, a->verdict[(size_t)o * a->n_pf + p]));
		}
		zielplattform_text(w, a, o, buf[5 + npf], sizeof buf[0]);
		cells[5 + npf] = buf[5 + npf];
		snprintf(buf[6 + npf], sizeof buf[0], "%s%s", enum_label(EK_STRATEGIE, ao->strategie),
			 ao->strat_rule == SR_OVERRIDE ? "*" : "");
		cells[6 + npf] = buf[6 + npf];
		format_pt(ao->aufwand, i18n_german(), buf[7 + npf], sizeof buf[0]);
		if (ao->aufwand_override)
			strcat(buf[7 + npf], "*");
		cells[7 + npf] = buf[7 + npf];
		rc = out_table_row(t, cells);
		shown++;
	}
	if (!rc) {
		out_table_print(t, stdout);
		printf(ngettext("%zu Objekt. * = vom Nutzer festgelegt bzw. Schutzbedarf nicht "
				"bewertet. Begründung: wolkenplan explain KENNUNG\n",
				"%zu Objekte. * = vom Nutzer festgelegt bzw. Schutzbedarf nicht "
				"bewertet. Begründung: wolkenplan explain KENNUNG\n", shown),
		       shown);
	} else {
		cli_error("%s", wp_strerror(WP_ENOMEM));
	}
	out_table_free(t);
	free(right);
	free(cells);
	free(buf);
	free(order);
	filter_free(&cf);
	return rc ? EXIT_PROBLEM : EXIT_OK;
}

int cmd_explain(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "plattform", required_argument, NULL, 'p' },
		{ NULL, 0, NULL, 0 },
	};
	const char *pfc = NULL;
	int opt, rc;
	while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (opt == 'p')
			pfc = optarg;
		else
			return cli_usage("explain");
	}
	if (optind != argc - 1)
		return cli_usage("explain");
	if ((rc = cli_load(c)))
		return rc;
	uint32_t o = cli_find_objekt(c, argv[optind]);
	if (o == WP_NONE)
		return cli_no_objekt(argv[optind]);
	uint32_t pf = WP_NONE;
	if (pfc && (pf = ws_find_plattform(c->ws, pfc)) == WP_NONE)
		return cli_no_plattform(pfc);
	char *text = explain_text(c->ws, c->as, o, pf);
	if (!text) {
		cli_error("%s", wp_strerror(WP_ENOMEM));
		return EXIT_PROBLEM;
	}
	fputs(text, stdout);
	free(text);
	/* the costs of the object under the stored plan (docs/kosten.md) */
	struct kosten *k = NULL;
	int geplant;
	if ((rc = cli_kosten(c, &k, &geplant)))
		return rc;
	char b[1024];
	kosten_text(k, o, b, sizeof b);
	printf("\n%s: %s\n", _(LBL_KOSTEN), b);
	kosten_free(&k);
	return EXIT_OK;
}

int cmd_quickwins(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "limit", required_argument, NULL, 'n' },
		{ NULL, 0, NULL, 0 },
	};
	long limit = 20;
	int opt, rc;
	while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		char *end;
		if (opt != 'n')
			return cli_usage("quickwins");
		limit = strtol(optarg, &end, 10);
		if (*end || limit < 1 || limit > 1000000) {
			cli_error(_("--limit: \"%s\" ist ungültig, erwartet: ganze Zahl ≥ 1"), optarg);
			return EXIT_USAGE;
		}
	}
	if (optind < argc)
		return cli_usage("quickwins");
	if ((rc = cli_load(c)))
		return rc;
	const struct ws *w = c->ws;
	uint32_t *ranked = malloc((w->n_obj ? w->n_obj : 1) * sizeof *ranked);
	static const int right[11] = { 1, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0 };
	struct out_table *t = out_table_new(11, right);
	if (!ranked || !t) {
		free(ranked);
		out_table_free(t);
		cli_error("%s", wp_strerror(WP_ENOMEM));
		return EXIT_PROBLEM;
	}
	size_t n = assess_quickwins(w, c->as, ranked);
	const char *head[11] = { _(LBL_RANG), _(LBL_F_KENNUNG), _(LBL_F_NAME), _(LBL_PUNKTE), _(LBL_NUTZEN),
				 _(LBL_LEICHTIGKEIT), _(LBL_RISIKO), _(LBL_AUFWAND_PT), _(LBL_PLATTFORM),
				 _(LBL_F_STRATEGIE), _("Pilotkandidat") };
	rc = out_table_row(t, head);
	int de = i18n_german();
	for (size_t i = 0; i < n && i < (size_t)limit && !rc; i++) {
		uint32_t o = ranked[i];
		const struct assess_obj *ao = &c->as->obj[o];
		struct qw_parts q;
		assess_qw_parts(w, o, ao->schutzklasse, ao->aufwand, &q);
		char b[6][32];
		snprintf(b[0], sizeof b[0], "%zu", i + 1);
		snprintf(b[1], sizeof b[1], "%d", ao->qw);
		format_num(q.nutzen, 2, 0, de, b[2], sizeof b[2]);
		format_num(q.leichtigkeit, 2, 0, de, b[3], sizeof b[3]);
		format_num(q.risiko, 2, 0, de, b[4], sizeof b[4]);
		format_pt(ao->aufwand, de, b[5], sizeof b[5]);
		const char *row[11] = { b[0], w->obj[o].kennung, w->obj[o].name, b[1], b[2], b[3], b[4],
					b[5], w->pf[ao->empfohlen].code,
					enum_label(EK_STRATEGIE, ao->strategie),
					ao->pilot_kandidat ? enum_display(EK_JANEIN, JN_JA) : "" };
		rc = out_table_row(t, row);
	}
	if (!rc) {
		char wn[32], wl[32], wr[32];
		out_table_print(t, stdout);
		printf(ngettext("%zu von %zu Objekten kommt als Quick Win in Frage (empfohlene "
				"Plattform zulässig, Strategie nicht Retain).\n"
				"Punkte = 100·(%s·Nutzen + %s·Leichtigkeit + %s·(1 − Risiko)); "
				"Einzelheiten: wolkenplan explain KENNUNG\n",
				"%zu von %zu Objekten kommen als Quick Win in Frage (empfohlene "
				"Plattform zulässig, Strategie nicht Retain).\n"
				"Punkte = 100·(%s·Nutzen + %s·Leichtigkeit + %s·(1 − Risiko)); "
				"Einzelheiten: wolkenplan explain KENNUNG\n", n),
		       n, w->n_obj, format_num(w->set.v[SET_QW_NUTZEN], 2, 1, de, wn, sizeof wn),
		       format_num(w->set.v[SET_QW_LEICHT], 2, 1, de, wl, sizeof wl),
		       format_num(w->set.v[SET_QW_RISIKO], 2, 1, de, wr, sizeof wr));
	} else {
		cli_error("%s", wp_strerror(WP_ENOMEM));
	}
	out_table_free(t);
	free(ranked);
	return rc ? EXIT_PROBLEM : EXIT_OK;
}
