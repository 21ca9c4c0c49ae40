/* `wolkenplan szenario` and the scenario exports (docs/szenarien.md): list, create, switch,
 * rename, delete and compare scenarios; `export szenarien` and `export szenario-diff`.
 * Every figure of a comparison comes from data/szenario_zahlen.h. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/cli.h"
#include "cli/table.h"
#include "data/export.h"
#include "data/szenario.h"
#include "data/szenario_zahlen.h"
#include "model/date.h"
#include "model/i18n.h"

static int failed(const struct wp_err *e)
{
	char b[sizeof e->msg + 64];
	cli_error("%s", wp_err_unchanged(e, b, sizeof b));
	return e->code == WP_ENOTFOUND || e->code == WP_EINVAL || e->code == WP_EEXIST
		       ? EXIT_USAGE : EXIT_PROBLEM;
}

/* The active scenario's name into buf. Returns 0, or prints the error and returns -1. */
static int aktiver_name(struct cli *c, char *buf, size_t n)
{
	struct szenario *l;
	size_t k;
	struct wp_err e = { 0 };
	if (szenario_list(c->store, &l, &k, &e)) {
		cli_error("%s", e.msg);
		return -1;
	}
	buf[0] = '\0';
	for (size_t i = 0; i < k; i++)
		if (l[i].aktiv)
			snprintf(buf, n, "%s", l[i].name);
	szenario_list_free(l, k);
	return 0;
}

/* Opens the workspace without loading it (a switch needs no workspace in memory); the
 * default one is created with the demo on first use, as by every command. Returns 0 or an
 * exit code. */
static int oeffnen(struct cli *c)
{
	struct stat sb;
	int rc = cli_resolve_db(c);
	if (rc)
		return rc;
	if (c->db_is_default && stat(c->db, &sb) != 0)
		return cli_open(c);
	struct wp_err e = { 0 };
	if (store_open(c->db, STORE_EXISTING, &c->store, &e)) {
		cli_error("%s", e.msg);
		return EXIT_PROBLEM;
	}
	return 0;
}

static int liste(struct cli *c)
{
	struct szenario *l;
	size_t n;
	struct wp_err e = { 0 };
	if (szenario_list(c->store, &l, &n, &e)) {
		cli_error("%s", e.msg);
		return EXIT_PROBLEM;
	}
	for (size_t i = 0; i < n; i++) {
		char d[16];
		date_format((int32_t)(l[i].erstellt / 86400), 1, d, sizeof d);
		printf("%s %s", l[i].aktiv ? "*" : " ", l[i].name);
		printf(_("  (angelegt %s%s)\n"), d, l[i].aktiv ? _(", aktiv") : "");
	}
	szenario_list_free(l, n);
	return EXIT_OK;
}

static int anlegen(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "von", required_argument, NULL, 'v' },
		{ NULL, 0, NULL, 0 },
	};
	const char *von = NULL;
	int opt;
	while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (opt != 'v')
			return cli_usage("szenario");
		von = optarg;
	}
	if (optind != argc - 1)
		return cli_usage("szenario");
	struct wp_err e = { 0 };
	char aktiv[SZENARIO_MAX_BYTES + 1];
	if (aktiver_name(c, aktiv, sizeof aktiv) || szenario_create(c->store, argv[optind], von, &e))
		return e.code ? failed(&e) : EXIT_PROBLEM;
	printf(_("Szenario \"%s\" angelegt als Kopie von \"%s\"; aktiv bleibt \"%s\" (wechseln: "
		 "wolkenplan szenario use NAME).\n"),
	       argv[optind], von ? von : aktiv, aktiv);
	return EXIT_OK;
}

struct zeilen {
	struct out_table *t;
	int fehler;
};

static void tabelle_zeile(void *ctx, const char *const *cells, size_t n, int zahlen)
{
	(void)n;
	(void)zahlen;
	struct zeilen *z = ctx;
	if (out_table_row(z->t, cells))
		z->fehler = 1;
}

int cli_szenarien_laden(struct cli *c, char *const *names, int n, struct sz_stand *s)
{
	struct wp_err e = { 0 };
	int32_t heute = cli_heute();
	for (int i = 0; i < n; i++)
		if (sz_stand_laden(c->db, names[i], heute, &s[i], &e)) {
			while (i--)
				sz_stand_free(&s[i]);
			cli_error("%s", e.msg);
			return e.code == WP_ENOTFOUND ? EXIT_USAGE : EXIT_PROBLEM;
		}
	return 0;
}

/* Refuses a comparison of fewer than lo or more than SZ_VERGLEICH_MAX scenarios. */
static int anzahl_ok(int n, int lo, int hi)
{
	if (n >= lo && n <= hi)
		return 1;
	if (lo == hi)
		cli_error(_("genau %d Szenarien erwartet, nicht %d"), lo, n);
	else
		cli_error(_("%d bis %d Szenarien erwartet, nicht %d"), lo, hi, n);
	return 0;
}

static int vergleichen(struct cli *c, char **names, int n)
{
	if (!anzahl_ok(n, 2, SZ_VERGLEICH_MAX))
		return EXIT_USAGE;
	struct sz_stand s[SZ_VERGLEICH_MAX];
	int rc = cli_szenarien_laden(c, names, n, s);
	if (rc)
		return rc;
	static const int right[1 + SZ_VERGLEICH_MAX] = { 0, 1, 1, 1, 1 };
	struct zeilen z = { out_table_new(1 + (size_t)n, right), 0 };
	if (!z.t || sz_vergleich(s, (size_t)n, i18n_german(), 1, tabelle_zeile, &z) || z.fehler) {
		cli_error("%s", wp_strerror(WP_ENOMEM));
		rc = EXIT_PROBLEM;
	} else {
		out_table_print(z.t, stdout);
		size_t diff = 0;
		for (uint32_t o = 0; o < s[0].w->n_obj; o++)
			for (int i = 1; i < n; i++)
				if (sz_diff_objekt(&s[0], &s[i], o, i18n_german(), NULL, NULL)) {
					diff++;
					break;
				}
		printf(ngettext("%zu Objekt unterscheidet sich (Plattform, Strategie, Beginn, Ende "
				"oder Kosten; je Objekt: wolkenplan export szenario-diff A B).\n",
				"%zu Objekte unterscheiden sich (Plattform, Strategie, Beginn, Ende "
				"oder Kosten; je Objekt: wolkenplan export szenario-diff A B).\n",
				diff),
		       diff);
	}
	out_table_free(z.t);
	for (int i = 0; i < n; i++)
		sz_stand_free(&s[i]);
	return rc;
}

struct export_sz {
	const struct sz_stand *s;
	size_t n;
	int diff;
};

static int schreiben(void *ctx, struct csvout *o)
{
	const struct export_sz *x = ctx;
	return x->diff ? export_szenario_diff(&x->s[0], &x->s[1], o)
		       : export_szenarien(x->s, x->n, o);
}

int cli_export_szenarien(struct cli *c, const char *what, char **names, int n, const char *out,
			 int dialect)
{
	int diff = strcmp(what, "szenario-diff") == 0, rc;
	if (!anzahl_ok(n, diff ? 2 : 1, diff ? 2 : SZ_VERGLEICH_MAX))
		return EXIT_USAGE;
	if ((rc = cli_resolve_db(c)))
		return rc;
	struct sz_stand s[SZ_VERGLEICH_MAX];
	if ((rc = cli_szenarien_laden(c, names, n, s)))
		return rc;
	struct export_sz x = { s, (size_t)n, diff };
	struct export_count cnt;
	struct wp_err e = { 0 };
	rc = export_write_file(out, dialect, schreiben, &x, &cnt, &e);
	for (int i = 0; i < n; i++)
		sz_stand_free(&s[i]);
	if (rc) {
		cli_error("%s", e.msg);
		return EXIT_PROBLEM;
	}
	if (out && strcmp(out, "-") != 0)
		fprintf(stderr, ngettext("%s: %zu Zeile geschrieben (%s)\n",
					 "%s: %zu Zeilen geschrieben (%s)\n", cnt.rows),
			out, cnt.rows, dialect == DIALECT_EXCEL_DE ? "excel-de" : "rfc4180");
	return EXIT_OK;
}

int cli_liest_nur(const char *name)
{
	static const char *const lesend[] = { "list", "score", "explain", "quickwins", "settings",
					      "roadmap", "kosten", "export", "report" };
	for (size_t i = 0; i < sizeof lesend / sizeof lesend[0]; i++)
		if (strcmp(name, lesend[i]) == 0)
			return 1;
	return 0;
}

int cmd_szenario(struct cli *c, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage("szenario");
	const char *sub = argv[1];
	if (strcmp(sub, "compare") == 0) {
		int rc = cli_resolve_db(c);
		return rc ? rc : vergleichen(c, argv + 2, argc - 2);
	}
	int list = strcmp(sub, "list") == 0, create = strcmp(sub, "create") == 0;
	int use = strcmp(sub, "use") == 0, ren = strcmp(sub, "rename") == 0;
	int del = strcmp(sub, "delete") == 0;
	if (!list && !create && !use && !ren && !del)
		return cli_usage("szenario");
	if ((list && argc != 2) || ((use || del) && argc != 3) || (ren && argc != 4))
		return cli_usage("szenario");
	int rc = oeffnen(c);
	if (rc)
		return rc;
	struct wp_err e = { 0 };
	if (list)
		return liste(c);
	if (create)
		return anlegen(c, argc - 1, argv + 1);
	if (use) {
		char aktiv[SZENARIO_MAX_BYTES + 1];
		if (szenario_use(c->store, argv[2], &e))
			return failed(&e);
		if (aktiver_name(c, aktiv, sizeof aktiv))
			return EXIT_PROBLEM;
		printf(_("Aktives Szenario: %s\n"), aktiv);
		return EXIT_OK;
	}
	if (ren) {
		if (szenario_rename(c->store, argv[2], argv[3], &e))
			return failed(&e);
		printf(_("Szenario \"%s\" heißt jetzt \"%s\".\n"), argv[2], argv[3]);
		return EXIT_OK;
	}
	if (szenario_delete(c->store, argv[2], &e))
		return failed(&e);
	printf(_("Szenario \"%s\" gelöscht.\n"), argv[2]);
	return EXIT_OK;
}
