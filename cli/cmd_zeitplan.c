/* `wolkenplan pin`, `unpin`, `kapazitaet` and the retired `wave`: pins to a month and the
 * capacity calendar (docs/planung.md). Each write is one data/edit_zeitplan.h operation,
 * which re-plans a stored plan with its own parameters in the same transaction. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/plan_out.h"
#include "cli/table.h"
#include "data/edit_zeitplan.h"
#include "data/store_plan.h"
#include "model/i18n.h"
#include "model/monat.h"
#include "model/numfmt.h"

static const char *mon(int32_t m, char *b, size_t n)
{
	return monat_format(m, i18n_german(), b, n);
}

static const char *pt(int64_t h, char *b, size_t n)
{
	return format_num(h / 2.0, 1, 1, i18n_german(), b, n);
}

static int find_obj(struct cli *c, const char *kennung, uint32_t *o)
{
	*o = cli_find_objekt(c, kennung);
	if (*o == WP_NONE) {
		return cli_no_objekt_unchanged(kennung);
	}
	return 0;
}

/* After a write: the stored plan's findings that name object only (WP_NONE: all). */
static int after_write(struct cli *c, uint32_t only)
{
	struct zeitplan *z = NULL;
	struct wp_err e = { 0 };
	int rc = store_load_zeitplan(c->store, c->ws, c->as, &z, &e);
	if (rc == -WP_ENOTFOUND) {
		printf(_("Noch kein Plan gespeichert: das gilt ab dem nächsten wolkenplan plan.\n"));
		return EXIT_OK;
	}
	if (rc) {
		cli_error("%s", e.msg);
		return EXIT_PROBLEM;
	}
	printf(_("Der gespeicherte Plan wurde neu geplant.\n"));
	long nv = plan_out_befunde(c, z, only, PLAN_OUT_VERSTOSS, NULL, NULL);
	if (only != WP_NONE && only < z->plan->n_obj) {
		char t[1024];
		zeitplan_warum_text(z, only, t, sizeof t);
		printf("%s: %s\n", c->ws->obj[only].kennung, t);
	}
	zeitplan_free(&z);
	return nv < 0 ? EXIT_PROBLEM : EXIT_OK;
}

static int do_pin(struct cli *c, uint32_t o, int32_t monat)
{
	struct wp_err e = { 0 };
	if (edit_zeitplan_pin(NULL, c->store, c->ws, &c->as, o, monat, &e)) {
		char b[sizeof e.msg + 64];
		cli_error("%s", wp_err_unchanged(&e, b, sizeof b));
		return EXIT_PROBLEM;
	}
	const char *k = c->ws->obj[o].kennung;
	if (monat) {
		char m[16];
		printf(_("Beginn von %s auf %s festgelegt.\n"), k, mon(monat, m, sizeof m));
	} else
		printf(_("Beginn von %s nicht mehr festgelegt.\n"), k);
	return after_write(c, o);
}

int cmd_pin(struct cli *c, int argc, char **argv)
{
	if (argc != 3)
		return cli_usage("pin");
	int32_t monat;
	if (monat_parse(argv[2], 0, &monat)) {
		cli_error(_("pin: \"%s\" ist kein Monat, erwartet: JJJJ-MM oder MM.JJJJ, Jahr 2000 "
			    "bis 2100 — nichts wurde geändert"), argv[2]);
		return EXIT_USAGE;
	}
	uint32_t o;
	int rc = cli_load(c);
	if (rc || (rc = find_obj(c, argv[1], &o)))
		return rc;
	return do_pin(c, o, monat);
}

int cmd_unpin(struct cli *c, int argc, char **argv)
{
	if (argc != 2)
		return cli_usage("unpin");
	uint32_t o;
	int rc = cli_load(c);
	if (rc || (rc = find_obj(c, argv[1], &o)))
		return rc;
	if (c->ws->obj[o].pin_monat == 0) {
		cli_error(_(ZEITPLAN_KEIN_PIN), c->ws->obj[o].kennung);
		return EXIT_PROBLEM;
	}
	return do_pin(c, o, 0);
}

/* Parses "VON" or "VON..BIS" (months JJJJ-MM or MM.JJJJ). Returns 0 or prints an error. */
static int parse_range(const char *s, int32_t *von, int32_t *bis)
{
	char a[32];
	const char *dots = strstr(s, "..");
	size_t n = dots ? (size_t)(dots - s) : strlen(s);
	if (n >= sizeof a)
		goto bad;
	memcpy(a, s, n);
	a[n] = '\0';
	if (monat_parse(a, 0, von) || (dots ? monat_parse(dots + 2, 0, bis) : (*bis = *von, 0)))
		goto bad;
	if (*bis < *von) {
		cli_error(_("kapazitaet: \"%s\" endet vor seinem Beginn — nichts wurde geändert"), s);
		return EXIT_USAGE;
	}
	return 0;
bad:
	cli_error(_("kapazitaet: \"%s\" ist kein Monat oder Zeitraum, erwartet: JJJJ-MM oder "
		    "MM.JJJJ, Zeitraum VON..BIS, Jahr 2000 bis 2100 — nichts wurde geändert"), s);
	return EXIT_USAGE;
}

static int kap_list(struct cli *c)
{
	const struct ws *w = c->ws;
	struct zeitplan_params p;
	char k[32];
	zeitplan_params_default(w, cli_heute(), &p);
	printf(_("Standard: %s PT je Monat (Einstellung plan.kapazitaet_monat)\n"),
	       pt(p.kapazitaet, k, sizeof k));
	struct zeitplan *z = NULL;
	struct wp_err e = { 0 };
	int rc = store_load_zeitplan(c->store, w, c->as, &z, &e);
	if (rc && rc != -WP_ENOTFOUND) {
		cli_error("%s", e.msg);
		return EXIT_PROBLEM;
	}
	if (!w->n_kap) {
		printf(_("Keine Monate mit eigener Kapazität.\n"));
	} else {
		struct out_table *t = out_table_new(3, (const int[]){ 0, 1, 1 });
		const char *head[3] = { _("Monat"), _("Kapazität PT"), _("belegt PT") };
		rc = !t || out_table_row(t, head);
		for (size_t i = 0; i < w->n_kap && !rc; i++) {
			char m[16], b1[32], b2[32];
			const char *cells[3] = { mon(w->kap[i].monat, m, sizeof m),
						 pt(w->kap[i].kap, b1, sizeof b1),
						 z ? pt(zeitplan_last(z, w->kap[i].monat), b2, sizeof b2)
						   : "" };
			rc = out_table_row(t, cells);
		}
		if (!rc)
			out_table_print(t, stdout);
		out_table_free(t);
	}
	zeitplan_free(&z);
	return rc ? EXIT_PROBLEM : EXIT_OK;
}

int cmd_kapazitaet(struct cli *c, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage("kapazitaet");
	const char *sub = argv[1];
	int set = strcmp(sub, "set") == 0, reset = strcmp(sub, "reset") == 0;
	if (strcmp(sub, "list") == 0) {
		if (argc != 2)
			return cli_usage("kapazitaet");
		int rc = cli_load(c);
		return rc ? rc : kap_list(c);
	}
	if (!set && !reset) {
		cli_error(_("kapazitaet: \"%s\" gibt es nicht, erwartet: list, set oder reset"), sub);
		return EXIT_USAGE;
	}
	if (argc != (set ? 4 : 3))
		return cli_usage("kapazitaet");
	int32_t von, bis, kap = -1;
	int rc = parse_range(argv[2], &von, &bis);
	if (rc)
		return rc;
	if (set && cli_parse_halbpt(argv[3], 0, &kap)) {
		cli_error(_("kapazitaet: \"%s\" ist nicht erlaubt, erwartet: PT je Monat ≥ 0 in "
			    "Schritten von 0,5 — nichts wurde geändert"), argv[3]);
		return EXIT_USAGE;
	}
	if ((rc = cli_load(c)))
		return rc;
	struct wp_err e = { 0 };
	if (edit_kapazitaet(NULL, c->store, c->ws, &c->as, von, bis, kap, &e)) {
		char b[sizeof e.msg + 64];
		cli_error("%s", wp_err_unchanged(&e, b, sizeof b));
		return EXIT_PROBLEM;
	}
	char m1[16], m2[16];
	if (set) {
		char b[32];
		printf(_("Kapazität %s–%s: %s PT je Monat.\n"), mon(von, m1, sizeof m1),
		       mon(bis, m2, sizeof m2), pt(kap, b, sizeof b));
	} else
		printf(_("Kapazität %s–%s: wieder der Standard.\n"), mon(von, m1, sizeof m1),
		       mon(bis, m2, sizeof m2));
	return after_write(c, WP_NONE);
}

int cmd_wave(struct cli *c, int argc, char **argv)
{
	(void)c;
	(void)argc;
	(void)argv;
	cli_error(_("wave gibt es nicht mehr: Wellen sind nur noch Berichtszeiträume des "
		    "Zeitplans. Kapazität je Kalendermonat: wolkenplan kapazitaet list | set "
		    "VON[..BIS] PT | reset VON[..BIS]; Beginn festlegen: wolkenplan pin KENNUNG "
		    "JJJJ-MM (docs/planung.md)"));
	return EXIT_USAGE;
}
