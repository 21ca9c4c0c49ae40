/* `wolkenplan plan`, `roadmap`, `pin`, `unpin`, `wave`: the roadmap planner on the command
 * line, and the plan part of `check`. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli/cli.h"
#include "cli/table.h"
#include "data/edit_plan.h"
#include "data/export_plan.h"
#include "data/store_plan.h"
#include "model/date.h"
#include "model/enums.h"
#include "model/fields.h"
#include "model/i18n.h"
#include "model/plan.h"

int cli_parse_number(const char *s, double lo, double hi, double *out)
{
	char buf[64], *end;
	size_t n = strlen(s);
	if (n == 0 || n >= sizeof buf)
		return -1;
	memcpy(buf, s, n + 1);
	char *comma = strchr(buf, ',');
	if (comma && !strchr(comma + 1, ',') && !strchr(buf, '.'))
		*comma = '.';
	errno = 0;
	double v = strtod(buf, &end);
	if (errno || end == buf || *end || v != v || v < lo || v > hi)
		return -1;
	*out = v;
	return 0;
}

int cli_parse_int(const char *s, long lo, long hi, long *out)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < lo || v > hi)
		return -1;
	*out = v;
	return 0;
}

/* Parses "2027-Q1" (also "2027-q1", "Q1/2027"). Returns 0 or -1. */
static int parse_quarter(const char *s, int *jahr, int *quartal)
{
	int y = 0, q = 0;
	char tail;
	if (sscanf(s, "%4d-%*1[Qq]%1d%c", &y, &q, &tail) != 2 &&
	    sscanf(s, "%*1[Qq]%1d/%4d%c", &q, &y, &tail) != 2)
		return -1;
	if (y < 1900 || y > 2999 || q < 1 || q > 4)
		return -1;
	*jahr = y;
	*quartal = q;
	return 0;
}

static int32_t heute(void)
{
	return (int32_t)(time(NULL) / 86400);
}

/* "01.01.2027–31.03.2027" (German) or ISO dates for other languages. */
static const char *span(int32_t b, int32_t en, char *buf, size_t n)
{
	char x[16], y[16];
	int de = i18n_german();
	snprintf(buf, n, "%s–%s", date_format(b, de, x, sizeof x), date_format(en, de, y, sizeof y));
	return buf;
}

static const char *pt(double v, char *buf, size_t n)
{
	return format_pt(v, i18n_german(), buf, n);
}

/* Hinweise of object o into a static-size buffer (long ones are cropped by the caller's
 * display anyway; the CSV export prints them whole). */
static const char *hinw(const struct cli *c, const struct plan *p, uint32_t o, char *buf,
			size_t n)
{
	if (plan_hinweise(c->ws, c->as, p, o, buf, n) < 0)
		buf[0] = '\0';
	return buf;
}

/* Prints the violations of plan p; only those naming object only if only != WP_NONE.
 * prefix is a msgid with one %s. A missed deadline (PV_FRIST) is a flag the planner sets
 * where it cannot help it, not a broken invariant: it is printed with frist_prefix, or
 * skipped when that is NULL, and counted in *fristen (may be NULL). Returns the number of
 * other violations printed, or -1 when out of memory. */
static long print_violations(const struct cli *c, const struct plan *p, uint32_t only,
			     const char *prefix, const char *frist_prefix, long *fristen)
{
	struct plan_verstoss *v = NULL;
	size_t n = 0;
	if (plan_check(c->ws, c->as, p, &v, &n)) {
		cli_error("%s", wp_strerror(WP_ENOMEM));
		return -1;
	}
	long shown = 0;
	char buf[1024];
	for (size_t i = 0; i < n; i++) {
		if (only != WP_NONE && v[i].obj != only && v[i].other != only)
			continue;
		int frist = v[i].art == PV_FRIST;
		if (frist && fristen)
			(*fristen)++;
		if (frist && !frist_prefix)
			continue;
		plan_verstoss_text(c->ws, p, &v[i], buf, sizeof buf);
		printf(_(frist ? frist_prefix : prefix), buf);
		shown += !frist;
	}
	free(v);
	return shown;
}

int cli_check_plan(struct cli *c, size_t *warnings)
{
	struct plan *p = NULL;
	struct wp_err e = { 0 };
	int rc = store_load_plan(c->store, c->ws, c->as, &p, &e);
	if (rc == -WP_ENOTFOUND)
		return 0;
	if (rc) {
		cli_error("%s", e.msg);
		return -1;
	}
	long fristen = 0;
	long n = print_violations(c, p, WP_NONE, N_("FEHLER: Plan: %s\n"),
				  N_("WARNUNG: Plan: %s\n"), &fristen);
	*warnings += (size_t)fristen;
	plan_free(&p);
	return n < 0 ? -1 : (int)n;
}

/* Prints the plan per wave, then the unplanned objects. */
static int print_plan(const struct cli *c, const struct plan *p)
{
	const struct ws *w = c->ws;
	uint32_t *order = malloc((w->n_obj ? w->n_obj : 1) * sizeof *order);
	long planned = order ? roadmap_order(w, p, order) : -1;
	char b1[64], b2[32], b3[32], hb[1024];
	int rc = 0;
	if (planned < 0) {
		free(order);
		cli_error("%s", wp_strerror(WP_ENOMEM));
		return EXIT_PROBLEM;
	}
	size_t r = 0;
	for (size_t k = 0; k < p->n_welle && !rc; k++) {
		const struct plan_welle *wv = &p->welle[k];
		printf(ngettext("Welle %d  %s  %u Objekt  %s / %s PT\n",
				"Welle %d  %s  %u Objekte  %s / %s PT\n", wv->n_obj), wv->nr,
		       span(wv->beginn, wv->ende, b1, sizeof b1), wv->n_obj,
		       pt(wv->belegt, b2, sizeof b2), pt(wv->kapazitaet, b3, sizeof b3));
		struct out_table *t = out_table_new(5, (const int[]){ 0, 0, 0, 1, 0 });
		rc = !t;
		for (; r < (size_t)planned && !rc && p->obj[order[r]].welle == (uint32_t)wv->nr; r++) {
			uint32_t o = order[r];
			char a[32];
			const char *cells[5] = { "", w->obj[o].kennung, w->obj[o].name,
						 pt(c->as->obj[o].aufwand, a, sizeof a),
						 hinw(c, p, o, hb, sizeof hb) };
			rc = out_table_row(t, cells);
		}
		if (!rc)
			out_table_print(t, stdout);
		out_table_free(t);
	}
	/* plan_run's waves cover every planned object; the unplanned ones follow */
	r = (size_t)planned;
	size_t unplanned = w->n_obj - (size_t)planned;
	if (unplanned && !rc) {
		printf(_("Nicht geplant (%zu):\n"), unplanned);
		struct out_table *t = out_table_new(4, NULL);
		rc = !t;
		for (; r < w->n_obj && !rc; r++) {
			uint32_t o = order[r];
			const char *cells[4] = { "", w->obj[o].kennung, w->obj[o].name,
						 hinw(c, p, o, hb, sizeof hb) };
			rc = out_table_row(t, cells);
		}
		if (!rc)
			out_table_print(t, stdout);
		out_table_free(t);
	}
	free(order);
	if (rc) {
		cli_error("%s", wp_strerror(WP_ENOMEM));
		return EXIT_PROBLEM;
	}
	return 0;
}

/* Per pilot: its wave and, when that is not the first, why (effort above a wave's
 * capacity, dependencies outside the pilot planned earlier, pins, unplanned members). */
static int print_pilots(const struct cli *c, const struct plan *p)
{
	const struct ws *w = c->ws;
	uint8_t *in = calloc(w->n_obj ? w->n_obj : 1, 1);
	char b1[64], b2[32], b3[32];
	if (!in) {
		cli_error("%s", wp_strerror(WP_ENOMEM));
		return -1;
	}
	if (w->n_pilot)
		printf(_("\nPiloten:\n"));
	for (size_t i = 0; i < w->n_pilot; i++) {
		const struct pilot *pi = &w->pilot[i];
		uint32_t wn = 0;
		double sum = 0;
		size_t unplanned = 0;
		for (size_t m = 0; m < pi->n_members; m++) {
			uint32_t o = pi->members[m];
			in[o] = 1;
			sum += c->as->obj[o].aufwand;
			if (p->obj[o].welle && (!wn || p->obj[o].welle < wn))
				wn = p->obj[o].welle;
			unplanned += p->obj[o].welle == 0;
		}
		if (!pi->n_members)
			printf(_("  %s: keine Mitglieder, nichts zu planen\n"), pi->name);
		else if (!wn || wn > p->n_welle)
			printf(_("  %s: nicht geplant\n"), pi->name);
		else
			printf(ngettext("  %s: Welle %u (%s), %zu Objekt, %s PT\n",
					"  %s: Welle %u (%s), %zu Objekte, %s PT\n", pi->n_members),
			       pi->name, wn,
			       span(p->welle[wn - 1].beginn, p->welle[wn - 1].ende, b1, sizeof b1),
			       pi->n_members, pt(sum, b2, sizeof b2));
		if (wn > 1 && wn <= p->n_welle) {
			printf(_("    nicht in Welle 1, weil:\n"));
			int gross = 0;
			for (size_t m = 0; m < pi->n_members; m++)
				gross |= (p->obj[pi->members[m]].flags & PH_UEBERGROSS) != 0;
			if (gross)
				printf(_("    - sein Aufwand (%s PT) größer ist als die Kapazität einer Welle "
					 "(%s PT): er bekommt eine eigene Welle\n"),
				       pt(sum, b2, sizeof b2),
				       pt(p->welle[wn - 1].kapazitaet, b3, sizeof b3));
			/* the binding dependencies: those outside the pilot in the latest wave */
			uint32_t maxdep = 0;
			for (int pass = 0; pass < 2; pass++) {
				size_t shown = 0;
				for (size_t m = 0; m < pi->n_members; m++) {
					uint32_t o = pi->members[m];
					for (uint32_t j = w->out_off[o]; j < w->out_off[o + 1]; j++) {
						uint32_t d = w->out_adj[j], dw = p->obj[d].welle;
						if (in[d] || !dw || dw > wn)
							continue;
						if (pass == 0 && dw > maxdep)
							maxdep = dw;
						if (pass == 1 && dw == maxdep && shown++ < 8)
							printf(_("    - %s %s benötigt, das vorher oder zugleich "
								 "migriert wird (Welle %u)\n"),
							       w->obj[o].kennung, w->obj[d].kennung, dw);
					}
					if (pass == 1 && w->obj[o].welle_pin > 0)
						printf(_("    - %s in Welle %d festgesetzt ist\n"),
						       w->obj[o].kennung, (int)w->obj[o].welle_pin);
				}
				if (pass == 1 && shown > 8)
					printf(_("    - … und %zu weitere Abhängigkeiten außerhalb des "
						 "Piloten\n"), shown - 8);
			}
			uint32_t from = maxdep ? maxdep : 1;
			if (!gross && from + 1 < wn)
				printf(_("    - die Wellen %u bis %u keinen Platz mehr für %s PT haben\n"),
				       from, wn - 1, pt(sum, b2, sizeof b2));
			else if (!gross && from < wn)
				printf(_("    - Welle %u keinen Platz mehr für %s PT hat\n"), from,
				       pt(sum, b2, sizeof b2));
		}
		if (unplanned && wn)
			printf(_("    %zu Mitglieder sind nicht geplant (siehe unten)\n"), unplanned);
		for (size_t m = 0; m < pi->n_members; m++)
			in[pi->members[m]] = 0;
	}
	free(in);
	return 0;
}

int cmd_plan(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "start", required_argument, NULL, 's' },
		{ "wellen-laenge", required_argument, NULL, 'l' },
		{ "kapazitaet", required_argument, NULL, 'k' },
		{ "dry-run", no_argument, NULL, 'n' },
		{ NULL, 0, NULL, 0 },
	};
	int opt, rc, dry = 0, jahr = 0, quartal = 0;
	long laenge = 0;
	double kap = 0;
	while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (opt) {
		case 's':
			if (parse_quarter(optarg, &jahr, &quartal)) {
				cli_error(_("--start: \"%s\" ist kein Quartal, erwartet z. B. 2027-Q1 "
					    "(Jahr 1900 bis 2999)"), optarg);
				return EXIT_USAGE;
			}
			break;
		case 'l':
			if (cli_parse_int(optarg, 1, 24, &laenge)) {
				cli_error(_("--wellen-laenge: \"%s\" ist nicht erlaubt, erwartet: Monate "
					    "von 1 bis 24"), optarg);
				return EXIT_USAGE;
			}
			break;
		case 'k':
			if (cli_parse_number(optarg, 0.5, 1000000, &kap)) {
				cli_error(_("--kapazitaet: \"%s\" ist nicht erlaubt, erwartet: PT je Welle "
					    "von 0,5 bis 1000000"), optarg);
				return EXIT_USAGE;
			}
			break;
		case 'n': dry = 1; break;
		default: return cli_usage("plan");
		}
	}
	if (optind < argc)
		return cli_usage("plan");
	if ((rc = cli_load(c)))
		return rc;
	struct plan_params prm;
	plan_params_default(c->ws, heute(), &prm);
	if (quartal) {
		prm.start_jahr = jahr;
		prm.start_quartal = quartal;
	}
	if (laenge)
		prm.wellen_laenge = (int)laenge;
	if (kap > 0)
		prm.kapazitaet = kap;
	struct plan *p = NULL;
	struct wp_err e = { 0 };
	if ((rc = plan_run(c->ws, c->as, &prm, &p))) {
		cli_error("%s", rc == -WP_ENOMEM ? wp_strerror(WP_ENOMEM)
					   : _("Planung nicht möglich: ungültige Eingaben (Start, "
					       "Wellenlänge oder eine Festsetzung außerhalb der Grenzen)"));
		return EXIT_PROBLEM;
	}
	char b[32];
	printf(_("Plan ab %d-Q%d, Wellen zu %d Monaten, Kapazität %s PT je Welle\n"),
	       p->params.start_jahr, p->params.start_quartal, p->params.wellen_laenge,
	       pt(p->params.kapazitaet, b, sizeof b));
	if (c->ws->n_welle)
		printf(ngettext("Eigene Kapazität für %zu Welle (wolkenplan wave list)\n",
				"Eigene Kapazität für %zu Wellen (wolkenplan wave list)\n", c->ws->n_welle),
		       c->ws->n_welle);
	printf("\n");
	if ((rc = print_plan(c, p))) {
		plan_free(&p);
		return rc;
	}
	long fristen = 0;
	if (print_pilots(c, p)) {
		plan_free(&p);
		return EXIT_PROBLEM;
	}
	long nv = print_violations(c, p, WP_NONE, N_("WARNUNG: %s\n"), NULL, &fristen);
	if (!dry) {
		if (edit_plan_save(NULL, c->store, c->ws, &c->as, p, &e)) {
			cli_error(_("%s — der Plan wurde nicht gespeichert"), e.msg);
			plan_free(&p);
			return EXIT_PROBLEM;
		}
	}
	size_t planned = 0;
	for (size_t i = 0; i < p->n_obj; i++)
		planned += p->obj[i].welle != 0;
	printf(dry ? _("\nProbelauf: %zu von %zu Objekten in %zu Wellen geplant, %ld Fristen "
		       "gefährdet, %ld Warnungen. Nichts wurde gespeichert.\n")
		   : _("\n%zu von %zu Objekten in %zu Wellen geplant, %ld Fristen gefährdet, %ld "
		       "Warnungen. Gespeichert (ansehen: wolkenplan roadmap, export roadmap).\n"),
	       planned, p->n_obj, p->n_welle, fristen, nv < 0 ? 0 : nv);
	plan_free(&p);
	return nv < 0 ? EXIT_PROBLEM : EXIT_OK;
}

int cmd_roadmap(struct cli *c, int argc, char **argv)
{
	(void)argv;
	if (argc > 1)
		return cli_usage("roadmap");
	int rc = cli_load(c);
	if (rc)
		return rc;
	const struct ws *w = c->ws;
	struct plan *p = NULL;
	struct wp_err e = { 0 };
	if ((rc = store_load_plan(c->store, w, c->as, &p, &e))) {
		cli_error("%s", e.msg);
		return EXIT_PROBLEM;
	}
	uint32_t *order = malloc((w->n_obj ? w->n_obj : 1) * sizeof *order);
	struct out_table *t = out_table_new(10, (const int[]){ 1, 0, 0, 0, 0, 0, 0, 1, 0, 0 });
	rc = !order || !t || roadmap_order(w, p, order) < 0;
	if (!rc) {
		const char *head[10] = { _("Welle"), _("Beginn"), _("Ende"), _("Behörde"),
					 _("Kennung"), _("Name"), _("Strategie"), _("PT"),
					 _("Zielplattform"), _("Hinweise") };
		rc = out_table_row(t, head);
	}
	int de = i18n_german();
	for (size_t r = 0; r < w->n_obj && !rc; r++) {
		uint32_t o = order[r];
		uint32_t wn = p->obj[o].welle;
		char nr[16] = "", beg[16] = "", end[16] = "", a[32], hb[1024];
		if (wn) {
			snprintf(nr, sizeof nr, "%u", wn);
			if (wn <= p->n_welle) {
				date_format(p->welle[wn - 1].beginn, de, beg, sizeof beg);
				date_format(p->welle[wn - 1].ende, de, end, sizeof end);
			}
		}
		uint32_t pf = c->as->obj[o].empfohlen;
		const char *cells[10] = { nr, beg, end, w->beh[w->obj[o].behoerde].name,
					  w->obj[o].kennung, w->obj[o].name,
					  _(enum_label(EK_STRATEGIE, c->as->obj[o].strategie)),
					  pt(c->as->obj[o].aufwand, a, sizeof a),
					  pf != WP_NONE ? w->pf[pf].code : "", hinw(c, p, o, hb, sizeof hb) };
		rc = out_table_row(t, cells);
	}
	if (!rc) {
		out_table_print(t, stdout);
		char b1[64], b2[32], b3[32];
		printf("\n");
		for (size_t k = 0; k < p->n_welle; k++)
			printf(ngettext("Welle %d  %s  %u Objekt  %s / %s PT\n",
					"Welle %d  %s  %u Objekte  %s / %s PT\n", p->welle[k].n_obj),
			       p->welle[k].nr,
			       span(p->welle[k].beginn, p->welle[k].ende, b1, sizeof b1),
			       p->welle[k].n_obj, pt(p->welle[k].belegt, b2, sizeof b2),
			       pt(p->welle[k].kapazitaet, b3, sizeof b3));
	}
	free(order);
	out_table_free(t);
	plan_free(&p);
	if (rc) {
		cli_error("%s", wp_strerror(WP_ENOMEM));
		return EXIT_PROBLEM;
	}
	return EXIT_OK;
}

static int find_obj(struct cli *c, const char *kennung, uint32_t *o)
{
	*o = cli_find_objekt(c, kennung);
	if (*o == WP_NONE) {
		cli_error(_("kein Objekt mit der Kennung \"%s\" (siehe wolkenplan list)"), kennung);
		return EXIT_PROBLEM;
	}
	return 0;
}

/* pin (nr ≥ 1) or unpin (nr 0) in one transaction, then the violations naming the object. */
static int do_pin(struct cli *c, uint32_t o, int nr)
{
	struct wp_err e = { 0 };
	if (edit_plan_pin(NULL, c->store, c->ws, &c->as, o, nr, &e)) {
		cli_error(_("%s — nichts wurde geändert"), e.msg);
		return EXIT_PROBLEM;
	}
	const char *k = c->ws->obj[o].kennung;
	if (nr)
		printf(_("%s ist jetzt in Welle %d festgesetzt.\n"), k, nr);
	else
		printf(_("%s ist nicht mehr festgesetzt; der nächste Plan darf es verschieben.\n"), k);
	struct plan *p = NULL;
	int rc = store_load_plan(c->store, c->ws, c->as, &p, &e);
	if (rc == -WP_ENOTFOUND) {
		printf(_("Noch kein Plan gespeichert: die Festsetzung gilt ab dem nächsten "
			 "wolkenplan plan.\n"));
		return EXIT_OK;
	}
	if (rc) {
		cli_error("%s", e.msg);
		return EXIT_PROBLEM;
	}
	long n = print_violations(c, p, o, N_("WARNUNG: %s\n"), N_("WARNUNG: %s\n"), NULL);
	plan_free(&p);
	return n < 0 ? EXIT_PROBLEM : EXIT_OK;
}

int cmd_pin(struct cli *c, int argc, char **argv)
{
	if (argc != 3)
		return cli_usage("pin");
	long nr;
	if (cli_parse_int(argv[2], 1, WELLE_MAX, &nr)) {
		cli_error(_("pin: Welle \"%s\" ist nicht erlaubt, erwartet: eine Zahl von 1 bis %d"),
			  argv[2], WELLE_MAX);
		return EXIT_USAGE;
	}
	uint32_t o;
	int rc = cli_load(c);
	if (rc || (rc = find_obj(c, argv[1], &o)))
		return rc;
	return do_pin(c, o, (int)nr);
}

int cmd_unpin(struct cli *c, int argc, char **argv)
{
	if (argc != 2)
		return cli_usage("unpin");
	uint32_t o;
	int rc = cli_load(c);
	if (rc || (rc = find_obj(c, argv[1], &o)))
		return rc;
	if (c->ws->obj[o].welle_pin == 0) {
		cli_error(_("%s ist in keiner Welle festgesetzt — nichts wurde geändert"), argv[1]);
		return EXIT_PROBLEM;
	}
	return do_pin(c, o, 0);
}

static int wave_list(struct cli *c)
{
	struct plan *p = NULL;
	struct wp_err e = { 0 };
	int rc = store_load_plan(c->store, c->ws, c->as, &p, &e);
	if (rc && rc != -WP_ENOTFOUND) {
		cli_error("%s", e.msg);
		return EXIT_PROBLEM;
	}
	const struct ws *w = c->ws;
	struct out_table *t = out_table_new(6, (const int[]){ 1, 0, 1, 1, 1, 0 });
	rc = !t;
	if (!rc) {
		const char *head[6] = { _("Welle"), _("Zeitraum"), _("Objekte"), _("belegt PT"),
					_("Kapazität PT"), "" };
		rc = out_table_row(t, head);
	}
	size_t k = 0, j = 0, np = p ? p->n_welle : 0;
	while ((k < np || j < w->n_welle) && !rc) {
		/* merge the plan's waves with the user's capacities (which may lie beyond) */
		int nr_p = k < np ? p->welle[k].nr : 1 << 30, nr_w = j < w->n_welle ? w->welle[j].nr : 1 << 30;
		char nr[16], sp[64], no[16] = "", bel[32] = "", kap[32];
		int own = nr_w <= nr_p;
		int nr_ = own ? nr_w : nr_p;
		snprintf(nr, sizeof nr, "%d", nr_);
		if (nr_p == nr_) {
			const struct plan_welle *wv = &p->welle[k++];
			span(wv->beginn, wv->ende, sp, sizeof sp);
			snprintf(no, sizeof no, "%u", wv->n_obj);
			pt(wv->belegt, bel, sizeof bel);
			pt(wv->kapazitaet, kap, sizeof kap);
		} else {
			span(w->welle[j].beginn, w->welle[j].ende, sp, sizeof sp);
		}
		if (own)
			pt(w->welle[j++].kapazitaet, kap, sizeof kap);
		const char *cells[6] = { nr, sp, no, bel, kap, own ? _("eigene Kapazität") : "" };
		rc = out_table_row(t, cells);
	}
	if (!rc) {
		if (np || w->n_welle)
			out_table_print(t, stdout);
		else
			printf(_("Noch keine Wellen: erst wolkenplan plan.\n"));
	}
	out_table_free(t);
	plan_free(&p);
	return rc ? EXIT_PROBLEM : EXIT_OK;
}

int cmd_wave(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "kapazitaet", required_argument, NULL, 'k' },
		{ NULL, 0, NULL, 0 },
	};
	if (argc < 2)
		return cli_usage("wave");
	const char *sub = argv[1];
	int set = strcmp(sub, "set") == 0, reset = strcmp(sub, "reset") == 0;
	if (strcmp(sub, "list") == 0) {
		if (argc != 2)
			return cli_usage("wave");
		int rc = cli_load(c);
		return rc ? rc : wave_list(c);
	}
	if (!set && !reset) {
		cli_error(_("wave: \"%s\" gibt es nicht, erwartet: list, set oder reset"), sub);
		return EXIT_USAGE;
	}
	double kap = -1;
	int opt;
	optind = 0;
	while ((opt = getopt_long(argc - 1, argv + 1, "", opts, NULL)) != -1) {
		if (opt != 'k' || reset)
			return cli_usage("wave");
		if (cli_parse_number(optarg, 0, 1000000, &kap)) {
			cli_error(_("--kapazitaet: \"%s\" ist nicht erlaubt, erwartet: PT von 0 bis "
				    "1000000"), optarg);
			return EXIT_USAGE;
		}
	}
	if (optind != argc - 2 || (set && kap < 0))
		return cli_usage("wave");
	long nr;
	if (cli_parse_int(argv[1 + optind], 1, WELLE_MAX, &nr)) {
		cli_error(_("wave: Welle \"%s\" ist nicht erlaubt, erwartet: eine Zahl von 1 bis %d"),
			  argv[1 + optind], WELLE_MAX);
		return EXIT_USAGE;
	}
	int rc = cli_load(c);
	if (rc)
		return rc;
	struct plan_params prm;
	struct wp_err e = { 0 };
	plan_params_default(c->ws, heute(), &prm);
	if (store_plan_params(c->store, &prm, &e) < 0 ||
	    edit_welle_kapazitaet(c->store, c->ws, &prm, (int)nr, set ? kap : -1, &e)) {
		cli_error(_("%s — nichts wurde geändert"), e.msg);
		return EXIT_PROBLEM;
	}
	char b[32];
	if (set)
		printf(_("Welle %ld hat jetzt die eigene Kapazität %s PT; sie gilt für jeden "
			 "weiteren Plan.\n"), nr, pt(kap, b, sizeof b));
	else
		printf(_("Welle %ld hat wieder die Kapazität des Plans (%s PT).\n"), nr,
		       pt(prm.kapazitaet, b, sizeof b));
	/* the stored plan now meets the new capacity: show what no longer fits */
	struct plan *p = NULL;
	if (store_load_plan(c->store, c->ws, c->as, &p, &e) == 0) {
		long n = print_violations(c, p, WP_NONE, N_("WARNUNG: %s\n"), NULL, NULL);
		if (n > 0)
			printf(_("Neu planen mit: wolkenplan plan\n"));
		plan_free(&p);
	}
	return EXIT_OK;
}
