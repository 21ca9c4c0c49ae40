/* `wolkenplan import` and `export`: the CSV interchange (docs/csv.md). */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/cli.h"
#include "data/bigmem.h"
#include "data/csvwrite.h"
#include "data/export.h"
#include "data/export_kosten.h"
#include "data/export_beschluss.h"
#include "data/export_plan.h"
#include "data/export_zeitplan.h"
#include "data/store_plan.h"
#include "data/import.h"
#include "data/importmap.h"
#include "data/inventar.h"
#include "data/xlsx.h"
#include "model/i18n.h"

/* A whole input file in memory, NUL-terminated. */
struct infile {
	char *buf;
	size_t len;
	size_t big; /* size of the big_alloc allocation, 0 = malloc */
};

static void infile_free(struct infile *in)
{
	if (in->big)
		big_free(in->buf, in->big);
	else
		free(in->buf);
	in->buf = NULL;
	in->big = 0;
}

/* Reads a whole file. A regular file goes into one buffer of its size from big_alloc (huge
 * pages where available; no doubling: a 250 MB inventory would otherwise hold up to twice
 * that while growing); a pipe grows. Returns 0, or -1 with errno set. */
static int slurp(const char *path, struct infile *in)
{
	FILE *f = fopen(path, "rb");
	size_t cap = 0, n = 0;
	struct stat st;
	memset(in, 0, sizeof *in);
	if (!f)
		return -1;
	if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
		cap = (size_t)st.st_size + 65537;
		if ((in->buf = big_alloc(cap)))
			in->big = cap;
		else
			cap = 0;
	}
	for (;;) {
		if (!in->buf || cap - n < 65536) {
			size_t nc = in->buf ? cap * 2 : 1 << 20;
			char *nb = in->big ? malloc(nc) : realloc(in->buf, nc);
			if (!nb) {
				infile_free(in);
				fclose(f);
				errno = ENOMEM;
				return -1;
			}
			if (in->big) { /* the file grew while being read */
				memcpy(nb, in->buf, n);
				infile_free(in);
			}
			in->buf = nb;
			cap = nc;
		}
		size_t k = fread(in->buf + n, 1, cap - n - 1, f);
		n += k;
		if (k == 0)
			break;
	}
	int err = ferror(f);
	fclose(f);
	if (err) {
		infile_free(in);
		errno = EIO;
		return -1;
	}
	in->buf[n] = '\0';
	in->len = n;
	return 0;
}

/* What the import reports besides its counts: the objects in dependency cycles. */
struct cycles {
	struct cli *c;
	struct infile *in;
	size_t n; /* objects in cycles */
	int rc;   /* 0 once counted, -1 before */
};

/* Counts the objects in cycles of c->ws; 0 or an exit code (the message printed). */
static int count_cycles(struct cycles *cy)
{
	if (assess_count_in_cycles(cy->c->ws, &cy->n)) {
		cli_error("%s", wp_strerror(WP_ENOMEM));
		return cy->rc = EXIT_PROBLEM;
	}
	return cy->rc = 0;
}

/* Runs while the import's writer thread commits: frees the file (the workspace holds
 * copies; a million rows are 250 MB) and counts the cycles (reads c->ws only). Only that
 * count, not a whole assessment: it would be thrown away, and at a million objects it
 * would be the peak of the import's memory. */
static void cycles_meanwhile(void *ctx)
{
	struct cycles *cy = ctx;
	infile_free(cy->in);
	count_cycles(cy);
}

/* The mapping of --map: a file with one "Fremdspalte=Zielspalte" per line when spec names
 * one, else the command-line form "A=Name,B=Behörde". Returns 0 or an exit code (the
 * message printed). */
static int load_map(struct cli *c, const char *spec, struct importmap *m)
{
	struct stat st;
	struct infile mf = { 0 };
	struct wp_err e = { 0 };
	int file = stat(spec, &st) == 0 && S_ISREG(st.st_mode);
	if (file && slurp(spec, &mf)) {
		wp_fail_read(&e, spec, errno);
		cli_error("%s", e.msg);
		return EXIT_PROBLEM;
	}
	if (!file && !strchr(spec, '=')) {
		wp_fail_read(&e, spec, ENOENT);
		cli_error("%s", e.msg);
		return EXIT_USAGE;
	}
	int rc = importmap_parse(file ? mf.buf : spec, file, c->ws, m, &e);
	infile_free(&mf);
	if (rc) {
		cli_error(_("--map %s: %s"), spec, e.msg);
		return rc == -WP_ENOMEM ? EXIT_PROBLEM : EXIT_USAGE;
	}
	return 0;
}

/* Changes the dry run lists before "… und N weitere". */
#define IMPORT_SHOW_CHANGES 50

int cmd_import(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "dry-run", no_argument, NULL, 'n' },
		{ "ignore-unknown", no_argument, NULL, 'i' },
		{ "encoding", required_argument, NULL, 'e' },
		{ "map", required_argument, NULL, 'm' },
		{ NULL, 0, NULL, 0 },
	};
	struct inventar_opts io = { 0 };
	const char *mapspec = NULL;
	int dry = 0, opt, rc;
	while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (opt) {
		case 'n': dry = 1; break;
		case 'i': io.ignore_unknown = 1; break;
		case 'm': mapspec = optarg; break;
		case 'e':
			if (strcmp(optarg, "cp1252") == 0 || strcmp(optarg, "windows-1252") == 0)
				io.from_cp1252 = 1;
			else if (strcmp(optarg, "utf-8") != 0 && strcmp(optarg, "utf8") != 0) {
				cli_error(_("--encoding: \"%s\" ist nicht erlaubt, erwartet: utf-8 oder cp1252"),
					  optarg);
				return EXIT_USAGE;
			}
			break;
		default: return cli_usage("import");
		}
	}
	if (optind != argc - 1)
		return cli_usage("import");
	const char *file = argv[optind];
	struct infile in;
	if (slurp(file, &in)) {
		struct wp_err e = { 0 };
		wp_fail_read(&e, file, errno);
		cli_error("%s", e.msg);
		return EXIT_PROBLEM;
	}
	if ((rc = cli_open(c))) {
		infile_free(&in);
		return rc;
	}
	struct importmap map = { 0 };
	if (mapspec && (rc = load_map(c, mapspec, &map))) {
		infile_free(&in);
		return rc;
	}
	io.map = mapspec ? &map : NULL;
	io.release_input = 1; /* in is freed right after reading */
	struct inventar_result r;
	struct wp_err e = { 0 };
	/* a real import is written while it is read (data/import.c) and assessed while the
	 * writer commits */
	struct cycles cy = { c, &in, 0, -1 };
	rc = dry ? inventar_read(c->ws, file, in.buf, in.len, &io, &r, &e)
		 : inventar_import(c->store, c->ws, file, in.buf, in.len, &io, &r, cycles_meanwhile,
				   &cy, &e);
	infile_free(&in);
	importmap_free(&map);
	if (rc == -WP_EINVAL) {
		for (size_t i = 0; i < r.n_errors && i < INVENTAR_MAX_ERRORS; i++)
			fprintf(stderr, "%s\n", r.errors[i].msg);
		if (r.n_errors > INVENTAR_MAX_ERRORS)
			fprintf(stderr, ngettext("… und %zu weiterer Fehler\n", "… und %zu weitere Fehler\n",
						 r.n_errors - INVENTAR_MAX_ERRORS),
				r.n_errors - INVENTAR_MAX_ERRORS);
		fprintf(stderr, ngettext("%s: %zu Fehler — nichts wurde übernommen.\n",
					 "%s: %zu Fehler — nichts wurde übernommen.\n", r.n_errors),
			file, r.n_errors);
		inventar_result_free(&r);
		return EXIT_PROBLEM;
	}
	if (rc) {
		if (dry)
			cli_error("%s", e.msg);
		else
			cli_error(_("%s — nichts wurde übernommen"), e.msg);
		inventar_result_free(&r);
		return EXIT_PROBLEM;
	}
	if ((rc = cy.rc >= 0 ? cy.rc : count_cycles(&cy))) {
		inventar_result_free(&r);
		return rc;
	}
	size_t in_cycle = cy.n;
	if (in_cycle)
		fprintf(stderr, ngettext("Warnung: %zu Objekt liegt in einem Abhängigkeitszyklus (es "
					 "wird gemeinsam geplant; Einzelheiten: wolkenplan check)\n",
					 "Warnung: %zu Objekte liegen in Abhängigkeitszyklen (sie werden "
					 "gemeinsam geplant; Einzelheiten: wolkenplan check)\n",
					 in_cycle),
			in_cycle);
	for (size_t i = 0; i < r.n_beh_near && i < INVENTAR_MAX_NEAR; i++)
		fprintf(stderr, _("Warnung: neue Behörde \"%s\" ähnelt \"%s\" (nicht zusammengeführt; "
				  "falls dieselbe: wolkenplan behoerde merge)\n"),
			c->ws->beh[r.beh_near[i][0]].name, c->ws->beh[r.beh_near[i][1]].name);
	if (dry)
		inventar_print_changes(c->ws, &r, IMPORT_SHOW_CHANGES, stdout);
	inventar_print_skipped(&r, stdout);
	char nz[64], nb[64];
	snprintf(nz, sizeof nz,
		 dry ? ngettext("%zu Zeile gültig", "%zu Zeilen gültig", r.rows)
		     : ngettext("%zu Zeile", "%zu Zeilen", r.rows), r.rows);
	snprintf(nb, sizeof nb, ngettext("%zu neue Behörde", "%zu neue Behörden", r.n_beh_new),
		 r.n_beh_new);
	printf(dry ? _("Probelauf %s: %s — %zu neu, %zu geändert, %zu unverändert, %s. Nichts "
		       "wurde geschrieben.\n")
		   : _("Import %s: %s — %zu neu, %zu geändert, %zu unverändert, %s.\n"),
	       file, nz, r.n_new, r.n_changed, r.n_unchanged, nb);
	inventar_result_free(&r);
	return EXIT_OK;
}

/* One `export` run: which CSV and what it is written from. */
enum export_kind { EXP_INVENTAR, EXP_BEWERTUNG, EXP_ROADMAP, EXP_ZEITPLAN, EXP_KOSTEN,
		   EXP_PILOTE, EXP_BESCHLUESSE };
struct export_job {
	int kind; /* enum export_kind */
	const struct ws *w;
	const struct assessment *as;
	const struct zeitplan *z; /* the stored Zeitplan, or NULL */
	const struct plan *plan;  /* its derived wave view (Pilote), or NULL */
	const struct kosten *k;   /* the costs (Kosten), or NULL */
};

static int write_export(void *ctx, struct csvout *o)
{
	const struct export_job *j = ctx;
	switch (j->kind) {
	case EXP_INVENTAR: export_inventar(j->w, o); return 0;
	case EXP_BEWERTUNG: export_bewertung(j->w, j->as, o); return 0;
	case EXP_ROADMAP: return export_roadmap(j->w, j->as, j->z, o);
	case EXP_ZEITPLAN: return export_zeitplan(j->w, j->z, o);
	case EXP_KOSTEN: return export_kosten(j->k, o);
	case EXP_BESCHLUESSE: return export_beschluesse(j->w, o);
	default: return export_pilote(j->w, j->as, j->plan, o);
	}
}

/* `export xlsx -o DATEI.xlsx`: the workbook of data/xlsx.h (no stdout: a workbook is no
 * stream). */
static int export_xlsx(struct cli *c, const char *out)
{
	struct wp_err e = { 0 };
	if (!out || strcmp(out, "-") == 0) {
		cli_error("%s", _("export xlsx: bitte eine Datei angeben: -o DATEI.xlsx"));
		return EXIT_USAGE;
	}
	int rc = cli_load(c);
	if (rc)
		return rc;
	if (xlsx_export(out, c->store, c->ws, c->as, cli_heute(), &e)) {
		cli_error("%s", e.msg);
		return EXIT_PROBLEM;
	}
	fprintf(stderr, _("%s: Arbeitsmappe geschrieben\n"), out);
	return EXIT_OK;
}

int cmd_export(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "dialect", required_argument, NULL, 'd' },
		{ NULL, 0, NULL, 0 },
	};
	const char *out = NULL;
	int dialect = DIALECT_EXCEL_DE, opt, rc;
	while ((opt = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
		switch (opt) {
		case 'o': out = optarg; break;
		case 'd':
			if ((dialect = csv_dialect_parse(optarg)) < 0) {
				cli_error(_("--dialect: \"%s\" ist nicht erlaubt, erwartet: excel-de oder "
					    "rfc4180"), optarg);
				return EXIT_USAGE;
			}
			break;
		default: return cli_usage("export");
		}
	}
	if (optind < argc && (strcmp(argv[optind], "szenarien") == 0 ||
			      strcmp(argv[optind], "szenario-diff") == 0))
		return cli_export_szenarien(c, argv[optind], argv + optind + 1, argc - optind - 1,
					    out, dialect);
	if (optind != argc - 1)
		return cli_usage("export");
	const char *what = argv[optind];
	if (strcmp(what, "xlsx") == 0)
		return export_xlsx(c, out);
	int inv = strcmp(what, "inventar") == 0, bew = strcmp(what, "bewertung") == 0;
	int road = strcmp(what, "roadmap") == 0, pil = strcmp(what, "pilote") == 0;
	int zp = strcmp(what, "zeitplan") == 0, kos = strcmp(what, "kosten") == 0;
	int bes = strcmp(what, "beschluesse") == 0;
	if (!inv && !bew && !road && !pil && !zp && !kos && !bes) {
		cli_error(_("export: \"%s\" gibt es nicht, erwartet: inventar, bewertung, roadmap, "
			    "zeitplan, kosten, pilote, beschluesse, szenarien oder szenario-diff"),
			  what);
		return EXIT_USAGE;
	}
	/* the Inventar is the stored data as it is: no assessment needed */
	if ((rc = inv || bes ? cli_open(c) : cli_load(c)))
		return rc;
	struct wp_err e = { 0 };
	struct plan *plan = NULL;
	struct zeitplan *z = NULL;
	/* roadmap and zeitplan need the stored plan; the pilots show its waves when there is
	 * one (the derived wave view) */
	if ((road || pil || zp) && (rc = store_load_zeitplan(c->store, c->ws, c->as, &z, &e)) &&
	    (!pil || rc != -WP_ENOTFOUND)) {
		cli_error("%s", e.msg);
		return EXIT_PROBLEM;
	}
	if (pil && z && plan_aus_zeitplan(z, &plan)) {
		zeitplan_free(&z);
		cli_error("%s", wp_strerror(WP_ENOMEM));
		return EXIT_PROBLEM;
	}
	/* the costs follow the stored plan; without one nothing is planned */
	struct kosten *k = NULL;
	int geplant = 0;
	if (kos && (rc = cli_kosten(c, &k, &geplant)))
		return rc;
	struct export_job job = { inv ? EXP_INVENTAR : bew ? EXP_BEWERTUNG : road ? EXP_ROADMAP
				  : zp ? EXP_ZEITPLAN : kos ? EXP_KOSTEN : bes ? EXP_BESCHLUESSE
				  : EXP_PILOTE, c->ws, c->as, z, plan, k };
	struct export_count n;
	rc = export_write_file(out, dialect, write_export, &job, &n, &e);
	plan_free(&plan);
	zeitplan_free(&z);
	if (rc) {
		kosten_free(&k);
		cli_error("%s", e.msg);
		return EXIT_PROBLEM;
	}
	if (out && strcmp(out, "-") != 0) {
		char caveat[160];
		fprintf(stderr, ngettext("%s: %zu Zeile geschrieben (%s)%s\n",
					 "%s: %zu Zeilen geschrieben (%s)%s\n", n.rows),
			out, n.rows, dialect == DIALECT_EXCEL_DE ? "excel-de" : "rfc4180",
			export_caveat(&n, caveat, sizeof caveat));
	}
	/* what the table rests on, never hidden (on stderr: stdout may be the CSV) */
	if (k)
		cli_kosten_befund(k, geplant, stderr);
	kosten_free(&k);
	return EXIT_OK;
}
