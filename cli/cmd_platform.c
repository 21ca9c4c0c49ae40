/* `wolkenplan platform …`: target platforms and their red-line profiles. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli/cli.h"
#include "cli/table.h"
#include "data/edit_platform.h"
#include "data/seed.h"
#include "model/enums.h"
#include "model/i18n.h"
#include "model/kosten.h"
#include "model/labels.h"
#include "model/money.h"
#include "model/platform.h"

static const char rl_short[RL__N] = { '?', 'n', 't', 'e' };

static int find_pf(struct cli *c, const char *code, uint32_t *out)
{
	*out = ws_find_plattform(c->ws, code);
	if (*out == WP_NONE) {
		cli_error(_("keine Plattform mit dem Code \"%s\" (siehe wolkenplan platform list)"), code);
		return EXIT_PROBLEM;
	}
	return 0;
}

/* Writes sn through data/edit_platform (validated as in the dashboard). */
static int save_pf(struct cli *c, const struct pf_snap *sn)
{
	struct wp_err e = { 0 };
	if (edit_pf_change(NULL, c->store, c->ws, sn, &e)) {
		cli_error("%s", e.msg);
		return EXIT_PROBLEM;
	}
	return 0;
}

static int pf_list(struct cli *c)
{
	const struct ws *w = c->ws;
	size_t ncol = 5 + w->n_rl;
	const char **cells = calloc(ncol, sizeof *cells);
	int *right = calloc(ncol, sizeof *right);
	char (*b)[16] = calloc(ncol, sizeof *b);
	struct out_table *t = right ? (right[1] = 1, out_table_new(ncol, right)) : NULL;
	int rc = !cells || !t || !b;
	if (!rc) {
		cells[0] = _(LBL_CODE);
		cells[1] = _(LBL_RANG);
		cells[2] = _(LBL_F_VS_NFD);
		for (size_t r = 0; r < w->n_rl; r++)
			cells[3 + r] = w->rl[r].code + (strncmp(w->rl[r].code, "RL-", 3) == 0 ? 3 : 0);
		cells[3 + w->n_rl] = _(LBL_F_NAME);
		cells[4 + w->n_rl] = _("Hinweis");
		rc = out_table_row(t, cells);
	}
	for (size_t p = 0; p < w->n_pf && !rc; p++) {
		snprintf(b[0], sizeof b[0], "%d", w->pf[p].rang);
		cells[0] = w->pf[p].code;
		cells[1] = b[0];
		cells[2] = _(enum_label(EK_TRI, w->pf[p].vs_nfd));
		for (size_t r = 0; r < w->n_rl; r++) {
			b[1 + r][0] = rl_short[w->rl_val[p * w->n_rl + r] % RL__N];
			b[1 + r][1] = '\0';
			cells[3 + r] = b[1 + r];
		}
		cells[3 + w->n_rl] = w->pf[p].name;
		cells[4 + w->n_rl] = w->pf[p].beispiel ? _(SEED_BEISPIEL) : "";
		rc = out_table_row(t, cells);
	}
	if (!rc) {
		out_table_print(t, stdout);
		printf(_("Rote Linien: e = erfüllt, t = teilweise, n = nicht erfüllt, ? = unbekannt. "
			 "Quellen: wolkenplan platform show CODE\n"));
	}
	out_table_free(t);
	free(cells);
	free(right);
	free(b);
	return rc ? EXIT_PROBLEM : EXIT_OK;
}

static int pf_show(struct cli *c, const char *code)
{
	uint32_t p;
	int rc = find_pf(c, code, &p);
	if (rc)
		return rc;
	const struct ws *w = c->ws;
	const struct plattform *pf = &w->pf[p];
	printf(_("Plattform %s — %s\n"), pf->code, pf->name);
	if (pf->beschreibung[0])
		printf("%s\n", pf->beschreibung);
	if (pf->beispiel)
		printf(_("Achtung: %s\n"), _(SEED_BEISPIEL));
	char kf[16];
	printf(_("Rang: %d   VS-NfD-Zulassung: %s   Souveränitätspunkte: %d   Kostenfaktor: %s\n\n"),
	       pf->rang, _(enum_label(EK_TRI, pf->vs_nfd)), assess_sovereignty_points(w, p),
	       pf_faktor_format(pf->kostenfaktor, i18n_german(), kf, sizeof kf));
	struct out_table *t = out_table_new(4, NULL);
	const char *head[4] = { _(LBL_ROTE_LINIE), _(LBL_BEZEICHNUNG), _(LBL_WERT), _(LBL_QUELLE) };
	rc = !t || out_table_row(t, head);
	for (size_t r = 0; r < w->n_rl && !rc; r++) {
		const char *row[4] = { w->rl[r].code, w->rl[r].name,
				       _(enum_label(EK_RL, w->rl_val[p * w->n_rl + r])),
				       w->rl_quelle[p * w->n_rl + r] };
		rc = out_table_row(t, row);
	}
	if (!rc)
		out_table_print(t, stdout);
	/* how many objects this platform serves */
	size_t cnt[V__N] = { 0 };
	for (size_t o = 0; o < w->n_obj; o++)
		cnt[c->as->verdict[o * c->as->n_pf + p]]++;
	printf(_("\nUrteile: %zu zulässig, %zu offen, %zu blockiert\n"), cnt[V_ZULAESSIG],
	       cnt[V_OFFEN], cnt[V_BLOCKIERT]);
	out_table_free(t);
	return rc ? EXIT_PROBLEM : EXIT_OK;
}

/* Prints which objects change their verdict on platform p between before and c->as. */
static void report_changes(struct cli *c, const struct assessment *before, uint32_t p)
{
	size_t n = 0;
	for (size_t o = 0; o < c->ws->n_obj; o++) {
		int a = before->verdict[o * before->n_pf + p], b = c->as->verdict[o * c->as->n_pf + p];
		if (a == b)
			continue;
		if (n < 20)
			printf("  %-16s %s → %s\n", c->ws->obj[o].kennung, _(enum_label(EK_VERDICT, a)),
			       _(enum_label(EK_VERDICT, b)));
		n++;
	}
	if (n > 20)
		printf(_("  … und %zu weitere\n"), n - 20);
	printf(ngettext("%zu Objekt ändert sein Urteil auf %s.\n",
			"%zu Objekte ändern ihr Urteil auf %s.\n", n),
	       n, c->ws->pf[p].code);
}

/* What a new Kostenfaktor does to the yearly operating cost on the platform. */
static void report_faktor(const char *code, int32_t alt, int32_t neu, int64_t wirkung, size_t n)
{
	char a[16], b[16], m[40];
	int de = i18n_german();
	money_format_cents(wirkung, de, m, sizeof m);
	printf(ngettext("Kostenfaktor %s → %s: der Betrieb auf %s ändert sich um %s%s je Jahr "
			"(%zu Objekt ohne eigene Zielkosten).\n",
			"Kostenfaktor %s → %s: der Betrieb auf %s ändert sich um %s%s je Jahr "
			"(%zu Objekte ohne eigene Zielkosten).\n", n),
	       pf_faktor_format(alt, de, a, sizeof a), pf_faktor_format(neu, de, b, sizeof b), code,
	       wirkung > 0 ? "+" : "", m, n);
}

/* The VS-NfD value of a --vs-nfd option, or -1 after reporting a bad one. */
static int parse_vs_nfd(const char *arg)
{
	int vs = enum_parse(EK_TRI, arg);
	if (vs < 0)
		cli_error(_("--vs-nfd: \"%s\" ist nicht erlaubt, erwartet: %s"), arg,
			  enum_allowed(EK_TRI));
	return vs;
}

static int pf_add(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "name", required_argument, NULL, 'n' },
		{ "rang", required_argument, NULL, 'r' },
		{ "vs-nfd", required_argument, NULL, 'v' },
		{ NULL, 0, NULL, 0 },
	};
	const char *name = NULL;
	int rang = 0, vs = TRI_UNBEKANNT, opt;
	struct wp_err e = { 0 };
	optind = 0;
	while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (opt) {
		case 'n': name = optarg; break;
		case 'r':
			if (pf_rang_parse(optarg, &rang, &e)) {
				cli_error("%s", e.msg);
				return EXIT_USAGE;
			}
			break;
		case 'v':
			if ((vs = parse_vs_nfd(optarg)) < 0)
				return EXIT_USAGE;
			break;
		default: return cli_usage("platform");
		}
	}
	if (optind != argc - 1 || !name || !*name) {
		cli_error(_("platform add braucht CODE und --name TEXT"));
		return cli_usage("platform");
	}
	const char *code = argv[optind];
	int rc = cli_load(c);
	if (rc)
		return rc;
	struct ws *w = c->ws;
	if (pf_new_code_check(w, code, &e)) {
		cli_error("%s", e.msg);
		return EXIT_PROBLEM;
	}
	int maxr = 0;
	for (size_t i = 0; i < w->n_pf; i++)
		if (w->pf[i].rang > maxr)
			maxr = w->pf[i].rang;
	struct pf_snap *sn = pf_snap_new(w, code, name, rang ? rang : maxr + 1, vs);
	if (!sn) {
		cli_error("%s", wp_strerror(WP_ENOMEM));
		return EXIT_PROBLEM;
	}
	rc = save_pf(c, sn);
	if (!rc)
		printf(_("Plattform %s angelegt (Rang %d); alle roten Linien sind \"unbekannt\" — "
			 "setzen mit: wolkenplan platform set %s RL-… erfüllt|teilweise|nicht --quelle "
			 "TEXT\n"), code, sn->rang, code);
	pf_snap_free(&sn);
	return rc;
}

static const char m_quelle[] =
	N_("--quelle gehört zu einem Wert: platform set CODE RL-… WERT --quelle TEXT");

/* Applies the options of `platform set` to sn; rl is {RL code, value} or NULL. Returns 0
 * or the exit code after reporting. */
static int set_args(struct cli *c, struct pf_snap *sn, const char *vsarg, const char *name,
		    const char *rangarg, const char *quelle, char **rl)
{
	const struct ws *w = c->ws;
	struct wp_err e = { 0 };
	if (vsarg) {
		int vs = parse_vs_nfd(vsarg);
		if (vs < 0)
			return EXIT_PROBLEM;
		sn->vs_nfd = (uint8_t)vs;
	}
	if (name && pf_snap_set_text(&sn->name, name))
		goto nomem;
	if (rangarg && pf_rang_parse(rangarg, &sn->rang, &e)) {
		cli_error("%s", e.msg);
		return EXIT_PROBLEM;
	}
	if (rl && strcasecmp(rl[0], "kostenfaktor") == 0) {
		if (quelle) {
			cli_error(_(m_quelle));
			return EXIT_USAGE;
		}
		if (pf_faktor_parse(rl[1], &sn->kostenfaktor, &e)) {
			cli_error("%s", e.msg);
			return EXIT_PROBLEM;
		}
		return 0;
	}
	if (rl) {
		uint32_t r = ws_find_rl(w, rl[0]);
		if (r == WP_NONE) {
			cli_error(_("\"%s\" ist keine rote Linie, erwartet eine von:"), rl[0]);
			for (size_t i = 0; i < w->n_rl; i++)
				fprintf(stderr, " %s", w->rl[i].code);
			fputc('\n', stderr);
			return EXIT_PROBLEM;
		}
		int v = enum_parse(EK_RL, rl[1]);
		if (v < 0) {
			cli_error(_("\"%s\" ist nicht erlaubt, erwartet: %s"), rl[1], enum_allowed(EK_RL));
			return EXIT_PROBLEM;
		}
		sn->val[r] = (uint8_t)v;
		if (pf_snap_set_text(&sn->quelle[r], quelle ? quelle : ""))
			goto nomem;
	} else if (quelle) {
		cli_error(_(m_quelle));
		return EXIT_USAGE;
	}
	return 0;
nomem:
	cli_error("%s", wp_strerror(WP_ENOMEM));
	return EXIT_PROBLEM;
}

static int pf_set(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "quelle", required_argument, NULL, 'q' },
		{ "vs-nfd", required_argument, NULL, 'v' },
		{ "name", required_argument, NULL, 'n' },
		{ "rang", required_argument, NULL, 'r' },
		{ NULL, 0, NULL, 0 },
	};
	const char *quelle = NULL, *vsarg = NULL, *name = NULL, *rangarg = NULL;
	/* `set CODE kostenfaktor -1`: the value is an argument (and refused as such), not an
	 * option */
	int faktor_arg = argc == 4 && strcasecmp(argv[2], "kostenfaktor") == 0, opt;
	optind = faktor_arg ? 1 : 0;
	while (!faktor_arg && (opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (opt) {
		case 'q': quelle = optarg; break;
		case 'v': vsarg = optarg; break;
		case 'n': name = optarg; break;
		case 'r': rangarg = optarg; break;
		default: return cli_usage("platform");
		}
	}
	int rest = argc - optind;
	if (rest != 1 && rest != 3)
		return cli_usage("platform");
	if (rest == 1 && !vsarg && !name && !rangarg)
		return cli_usage("platform");
	int rc = cli_load(c);
	if (rc)
		return rc;
	struct ws *w = c->ws;
	uint32_t p;
	if ((rc = find_pf(c, argv[optind], &p)))
		return rc;
	struct pf_snap *sn = pf_snap_take(w, p);
	if (!sn) {
		cli_error("%s", wp_strerror(WP_ENOMEM));
		return EXIT_PROBLEM;
	}
	rc = set_args(c, sn, vsarg, name, rangarg, quelle, rest == 3 ? argv + optind + 1 : NULL);
	if (rc) {
		pf_snap_free(&sn);
		return rc;
	}
	int32_t faktor_alt = w->pf[p].kostenfaktor, faktor_neu = sn->kostenfaktor;
	size_t n_faktor = 0;
	int64_t wirkung = kosten_faktor_wirkung(w, c->as, p, faktor_neu, &n_faktor);
	struct assessment *before = c->as;
	c->as = NULL;
	rc = save_pf(c, sn);
	pf_snap_free(&sn);
	if (rc || (rc = cli_reassess(c))) {
		assessment_free(&before);
		return rc;
	}
	printf(_("Plattform %s gespeichert.\n"), w->pf[p].code);
	if (faktor_neu != faktor_alt)
		report_faktor(w->pf[p].code, faktor_alt, faktor_neu, wirkung, n_faktor);
	report_changes(c, before, p);
	assessment_free(&before);
	return EXIT_OK;
}

static int pf_remove(struct cli *c, const char *code)
{
	uint32_t p;
	int rc = find_pf(c, code, &p);
	if (rc)
		return rc;
	struct wp_err e = { 0 };
	if (edit_pf_delete(NULL, c->store, c->ws, p, &e)) {
		cli_error("%s", e.msg);
		return EXIT_PROBLEM;
	}
	printf(_("Plattform %s entfernt.\n"), code);
	return EXIT_OK;
}

int cmd_platform(struct cli *c, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage("platform");
	const char *sub = argv[1];
	int rc;
	if (strcmp(sub, "add") == 0)
		return pf_add(c, argc - 1, argv + 1);
	if (strcmp(sub, "set") == 0)
		return pf_set(c, argc - 1, argv + 1);
	if (strcmp(sub, "list") == 0 && argc == 2) {
		if ((rc = cli_load(c)))
			return rc;
		return pf_list(c);
	}
	if ((strcmp(sub, "show") == 0 || strcmp(sub, "remove") == 0) && argc == 3) {
		if ((rc = cli_load(c)))
			return rc;
		return sub[0] == 's' ? pf_show(c, argv[2]) : pf_remove(c, argv[2]);
	}
	cli_error(_("platform: unbekannter Unterbefehl oder falsche Argumente"));
	fprintf(stderr, _("Aufruf:\n"
			  "  wolkenplan platform list\n"
			  "  wolkenplan platform show CODE\n"
			  "  wolkenplan platform add CODE --name TEXT [--rang N] [--vs-nfd ja|nein|unbekannt]\n"
			  "  wolkenplan platform set CODE RL-… erfüllt|teilweise|nicht|unbekannt [--quelle TEXT]\n"
			  "  wolkenplan platform set CODE [--vs-nfd ja|nein|unbekannt] [--name TEXT] [--rang N]\n"
			  "  wolkenplan platform set CODE kostenfaktor ZAHL   (z. B. 0,8; 1 = wie heute)\n"
			  "  wolkenplan platform remove CODE\n"));
	return EXIT_USAGE;
}
