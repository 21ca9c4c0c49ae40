/* `wolkenplan pilot …`: quick-win pilots — members, status, OZG link, checklist, the
 * feasibility per platform with the missing prerequisites, and suggested candidates. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/table.h"
#include "data/edit_plan.h"
#include "data/store_pilot.h"
#include "data/store_plan.h"
#include "model/date.h"
#include "model/enums.h"
#include "model/fields.h"
#include "model/i18n.h"
#include "model/labels.h"
#include "model/pilot.h"
#include "model/plan.h"

static int find_pilot(struct cli *c, const char *name, uint32_t *pi)
{
	*pi = pilot_find(c->ws, name);
	if (*pi == WP_NONE) {
		cli_error(_("keinen Piloten \"%s\" (siehe wolkenplan pilot list)"), name);
		return EXIT_PROBLEM;
	}
	return 0;
}

/* The stored Zeitplan's wave view, or NULL when there is none (or it cannot be read:
 * reported). */
static struct plan *stored_plan(struct cli *c)
{
	struct plan *p = NULL;
	struct zeitplan *z = NULL;
	struct wp_err e = { 0 };
	int rc = store_load_zeitplan(c->store, c->ws, c->as, &z, &e);
	if (rc && rc != -WP_ENOTFOUND)
		cli_error("%s", e.msg);
	if (z && plan_aus_zeitplan(z, &p))
		cli_error("%s", wp_strerror(WP_ENOMEM));
	zeitplan_free(&z);
	return p;
}

/* Ends a write (done in one transaction by data/edit_plan.h): reports a failure. */
static int finish(int rc, const struct wp_err *e)
{
	if (rc) {
		char b[sizeof e->msg + 64];
		cli_error("%s", wp_err_unchanged(e, b, sizeof b));
		return EXIT_PROBLEM;
	}
	return EXIT_OK;
}

static int pilot_list(struct cli *c)
{
	const struct ws *w = c->ws;
	struct plan *p = stored_plan(c);
	struct out_table *t = out_table_new(7, (const int[]){ 0, 0, 0, 1, 1, 1, 0 });
	int rc = !t;
	if (!rc) {
		const char *head[7] = { _(LBL_F_NAME), _("Status"), _(LBL_F_OZG), _("Mitglieder"),
					_("Checkliste"), _(LBL_F_WELLE), _("machbar auf") };
		rc = out_table_row(t, head);
	}
	for (size_t i = 0; i < w->n_pilot && !rc; i++) {
		const struct pilot *pi = &w->pilot[i];
		struct pilot_analyse pa = { 0 };
		if ((rc = pilot_analysieren(w, c->as, p, (uint32_t)i, &pa)))
			break;
		size_t done = 0;
		for (size_t k = 0; k < pi->n_todos; k++)
			done += pi->todos[k].done;
		char nm[16], cl[32], wv[16] = "", ok[256] = "";
		snprintf(nm, sizeof nm, "%zu", pi->n_members);
		snprintf(cl, sizeof cl, "%zu/%zu", done, pi->n_todos);
		if (pa.welle > 0)
			snprintf(wv, sizeof wv, "%d", pa.welle);
		size_t used = 0;
		for (size_t f = 0; f < w->n_pf && pi->n_members; f++)
			if (pa.machbar[f] && used < sizeof ok) {
				int n = snprintf(ok + used, sizeof ok - used, "%s%s", used ? ", " : "",
						 w->pf[f].code);
				used += n > 0 ? (size_t)n : 0;
			}
		const char *cells[7] = { pi->name, _(enum_label(EK_PILOT_STATUS, pi->status)), pi->ozg,
					 nm, cl, wv, used ? ok : "—" };
		rc = out_table_row(t, cells);
		pilot_analyse_free(&pa);
	}
	if (!rc) {
		if (w->n_pilot)
			out_table_print(t, stdout);
		else
			printf(_("Noch keine Piloten (anlegen: wolkenplan pilot create NAME).\n"));
	}
	out_table_free(t);
	plan_free(&p);
	if (rc)
		cli_error("%s", wp_strerror(WP_ENOMEM));
	return rc ? EXIT_PROBLEM : EXIT_OK;
}

/* Feasibility per platform and the missing prerequisites; members and checklist too when
 * full. Returns the number of gaps, or -1 on out of memory. */
static long pilot_report(struct cli *c, uint32_t pix, int full)
{
	const struct ws *w = c->ws;
	const struct assessment *a = c->as;
	const struct pilot *pi = &w->pilot[pix];
	struct plan *p = stored_plan(c);
	struct pilot_analyse pa = { 0 };
	struct out_table *t = NULL;
	long gaps = -1;
	char buf[1024];
	if (pilot_analysieren(w, a, p, pix, &pa))
		goto out;
	printf(_("Pilot %s — Status: %s\n"), pi->name, _(enum_label(EK_PILOT_STATUS, pi->status)));
	if (full && pi->ziel[0])
		printf(_("Ziel: %s\n"), pi->ziel);
	if (pi->ozg[0]) {
		char name[512];
		if (store_catalog_name(c->store, pi->ozg, name, sizeof name) == 1)
			printf(_("OZG-Leistung: %s (%s)\n"), pi->ozg, name);
		else
			printf(_("OZG-Leistung: %s\n"), pi->ozg);
	}
	if (p && pa.welle > 0 && (size_t)pa.welle <= p->n_welle) {
		char x[16], y[16];
		int de = i18n_german();
		printf(_("Welle: %d (%s bis %s)\n"), pa.welle,
		       date_format(p->welle[pa.welle - 1].beginn, de, x, sizeof x),
		       date_format(p->welle[pa.welle - 1].ende, de, y, sizeof y));
	} else if (!p) {
		printf(_("Welle: noch kein Plan gespeichert (wolkenplan plan)\n"));
	}
	if (full) {
		printf(_("\nMitglieder (%zu):\n"), pi->n_members);
		if (!(t = out_table_new(6, (const int[]){ 0, 0, 0, 0, 1, 0 })))
			goto out;
		for (size_t m = 0; m < pi->n_members; m++) {
			uint32_t o = pi->members[m];
			uint32_t pf = a->obj[o].empfohlen;
			char pt[32];
			const char *cells[6] = { "", w->obj[o].kennung, w->obj[o].name,
						 _(enum_label(EK_STRATEGIE, a->obj[o].strategie)),
						 format_pt(a->obj[o].aufwand, i18n_german(), pt, sizeof pt),
						 pf != WP_NONE ? w->pf[pf].code : "—" };
			if (out_table_row(t, cells))
				goto out;
		}
		out_table_print(t, stdout);
		out_table_free(t);
		t = NULL;
	}
	printf(_("\nMachbarkeit je Plattform (alle Mitglieder zulässig):\n"));
	if (!(t = out_table_new(4, (const int[]){ 0, 0, 0, 1 })))
		goto out;
	for (size_t f = 0; f < w->n_pf; f++) {
		size_t ok = 0;
		for (size_t m = 0; m < pi->n_members; m++)
			ok += a->verdict[(size_t)pi->members[m] * a->n_pf + f] == V_ZULAESSIG;
		char cnt[64];
		snprintf(cnt, sizeof cnt, _("%zu von %zu zulässig"), ok, pi->n_members);
		const char *cells[4] = { "", w->pf[f].code,
					 pilot_machbar_text(pa.machbar[f] && pi->n_members),
					 cnt };
		if (out_table_row(t, cells))
			goto out;
	}
	out_table_print(t, stdout);
	if (pa.ziel != WP_NONE)
		printf(_("Zielplattform: %s — %s\n"), w->pf[pa.ziel].code, w->pf[pa.ziel].name);
	if (full) {
		printf(_("\nCheckliste:\n"));
		for (size_t k = 0; k < pi->n_todos; k++)
			printf("  %2zu. [%s] %s\n", k + 1, pi->todos[k].done ? "x" : " ", pi->todos[k].text);
		if (!pi->n_todos)
			printf(_("  (leer — hinzufügen: wolkenplan pilot todo NAME add TEXT)\n"));
	}
	if (pa.n_luecken)
		printf(_("\nFehlende Voraussetzungen (%zu):\n"), pa.n_luecken);
	else
		printf(_("\nKeine fehlenden Voraussetzungen.\n"));
	for (size_t g = 0; g < pa.n_luecken; g++) {
		pilot_luecke_text(w, &pa.luecken[g], buf, sizeof buf);
		printf("  - %s\n", buf);
	}
	gaps = (long)pa.n_luecken;
out:
	if (gaps < 0)
		cli_error("%s", wp_strerror(WP_ENOMEM));
	out_table_free(t);
	pilot_analyse_free(&pa);
	plan_free(&p);
	return gaps;
}

static int pilot_suggest(struct cli *c)
{
	const struct ws *w = c->ws;
	struct pilot_vorschlag *v = NULL;
	size_t n = 0;
	if (pilot_vorschlaege(w, c->as, &v, &n)) {
		cli_error("%s", wp_strerror(WP_ENOMEM));
		return EXIT_PROBLEM;
	}
	if (!n)
		printf(_("Keine Pilotkandidaten: kein geeignetes Objekt mit kleiner, ganz geeigneter "
			 "Abhängigkeitshülle (oder alle sind schon in Piloten).\n"));
	char name[512];
	for (size_t i = 0; i < n; i++) {
		uint32_t o = v[i].obj;
		const struct objekt *ob = &w->obj[o];
		printf(_("%2zu. %s — %s (Quick-Win-Punkte %d)\n"), i + 1, ob->kennung, ob->name, v[i].qw);
		char why[1024];
		if (pilot_vorschlag_text(w, c->as, &v[i], why, sizeof why) > 0)
			printf(_("    Begründung: %s\n"), why);
		if (ob->ozg[0]) {
			/* the first linked service names the benefit */
			char first[32];
			size_t k = strcspn(ob->ozg, ", ");
			snprintf(first, sizeof first, "%.*s", (int)(k < 31 ? k : 31), ob->ozg);
			if (store_catalog_name(c->store, first, name, sizeof name) == 1)
				printf(_("    OZG-Leistung: %s (%s)\n"), first, name);
			else
				printf(_("    OZG-Leistung: %s\n"), ob->ozg);
		}
	}
	if (n)
		printf(_("\nAnlegen z. B.: wolkenplan pilot create NAME, dann pilot add NAME "
			 "KENNUNG…\n"));
	pilot_vorschlaege_free(v, n);
	return EXIT_OK;
}

static int pilot_create(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "ozg", required_argument, NULL, 'o' },
		{ "ziel", required_argument, NULL, 'z' },
		{ NULL, 0, NULL, 0 },
	};
	const char *ozg = "", *ziel = "";
	int opt, rc;
	optind = 0;
	while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (opt) {
		case 'o': ozg = optarg; break;
		case 'z': ziel = optarg; break;
		default: return cli_usage("pilot");
		}
	}
	if (optind != argc - 1)
		return cli_usage("pilot");
	if ((rc = cli_load(c)))
		return rc;
	struct wp_err e = { 0 };
	rc = edit_pilot_create(NULL, c->store, c->ws, argv[optind], ziel, ozg, NULL, 0, NULL, &e);
	if ((rc = finish(rc, &e)))
		return rc;
	printf(_("Pilot \"%s\" angelegt (Status Idee). Mitglieder: wolkenplan pilot add \"%s\" "
		 "KENNUNG…\n"), argv[optind], argv[optind]);
	return EXIT_OK;
}

/* pilot add|remove NAME KENNUNG… */
static int pilot_members(struct cli *c, int add, int argc, char **argv)
{
	uint32_t pi;
	int rc = cli_load(c);
	if (rc || (rc = find_pilot(c, argv[0], &pi)))
		return rc;
	uint32_t *objs = malloc((size_t)argc * sizeof *objs);
	if (!objs) {
		cli_error("%s", wp_strerror(WP_ENOMEM));
		return EXIT_PROBLEM;
	}
	for (int i = 1; i < argc; i++) {
		objs[i - 1] = cli_find_objekt(c, argv[i]);
		if (objs[i - 1] == WP_NONE) {
			free(objs);
			return cli_no_objekt_unchanged(argv[i]);
		}
	}
	struct wp_err e = { 0 };
	rc = edit_pilot_members(c->store, c->ws, pi, add, objs, (size_t)argc - 1, &e);
	free(objs);
	if ((rc = finish(rc, &e)))
		return rc;
	const struct pilot *p = &c->ws->pilot[pi];
	char nm[64];
	i18n_n_mitglieder(p->n_members, nm, sizeof nm);
	unsigned long k = (unsigned long)(argc - 1);
	printf(add ? ngettext("%d Objekt zum Piloten \"%s\" hinzugefügt; er hat jetzt %s.\n",
			      "%d Objekte zum Piloten \"%s\" hinzugefügt; er hat jetzt %s.\n", k)
		   : ngettext("%d Objekt aus dem Piloten \"%s\" entfernt; er hat jetzt %s.\n",
			      "%d Objekte aus dem Piloten \"%s\" entfernt; er hat jetzt %s.\n", k),
	       argc - 1, p->name, nm);
	if (add) /* members in other pilots tie those pilots into one wave */
		for (int i = 1; i < argc; i++) {
			uint32_t o = cli_find_objekt(c, argv[i]);
			for (size_t q = 0; q < c->ws->n_pilot; q++)
				for (size_t m = 0; q != pi && m < c->ws->pilot[q].n_members; m++)
					if (c->ws->pilot[q].members[m] == o)
						printf(_("Hinweis: %s gehört auch zum Piloten \"%s\"; beide "
							 "werden in dieselbe Welle geplant.\n"),
						       argv[i], c->ws->pilot[q].name);
		}
	return EXIT_OK;
}

int cmd_pilot(struct cli *c, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage("pilot");
	const char *sub = argv[1];
	int n = argc - 2; /* arguments after the subcommand */
	char **a = argv + 2;
	int rc;
	uint32_t pi;
	struct wp_err e = { 0 };
	if (strcmp(sub, "list") == 0 || strcmp(sub, "suggest") == 0) {
		if (n != 0)
			return cli_usage("pilot");
		if ((rc = cli_load(c)))
			return rc;
		return sub[0] == 'l' ? pilot_list(c) : pilot_suggest(c);
	}
	if (strcmp(sub, "show") == 0 || strcmp(sub, "check") == 0) {
		if (n != 1)
			return cli_usage("pilot");
		if ((rc = cli_load(c)) || (rc = find_pilot(c, a[0], &pi)))
			return rc;
		long gaps = pilot_report(c, pi, sub[0] == 's');
		if (gaps < 0)
			return EXIT_PROBLEM;
		/* check is a gate: exit 1 while prerequisites are missing */
		return sub[0] == 'c' && gaps > 0 ? EXIT_PROBLEM : EXIT_OK;
	}
	if (strcmp(sub, "create") == 0)
		return pilot_create(c, argc - 1, argv + 1);
	if (strcmp(sub, "add") == 0 || strcmp(sub, "remove") == 0) {
		if (n < 2)
			return cli_usage("pilot");
		return pilot_members(c, sub[0] == 'a', n, a);
	}
	if (strcmp(sub, "rename") == 0 || strcmp(sub, "delete") == 0 ||
	    strcmp(sub, "status") == 0 || strcmp(sub, "ozg") == 0) {
		int want = sub[0] == 'd' ? 1 : 2;
		if (n != want)
			return cli_usage("pilot");
		int st = -1;
		if (sub[0] == 's' && (st = enum_parse(EK_PILOT_STATUS, a[1])) < 0) {
			cli_error(_("status: \"%s\" ist nicht erlaubt, erwartet: %s"), a[1],
				  enum_allowed(EK_PILOT_STATUS));
			return EXIT_USAGE;
		}
		if ((rc = cli_load(c)) || (rc = find_pilot(c, a[0], &pi)))
			return rc;
		char old[256];
		snprintf(old, sizeof old, "%s", c->ws->pilot[pi].name);
		switch (sub[0]) {
		case 'r': rc = edit_pilot_rename(c->store, c->ws, pi, a[1], &e); break;
		case 'd': rc = edit_pilot_delete(c->store, c->ws, pi, &e); break;
		case 's': rc = edit_pilot_status(NULL, c->store, c->ws, pi, st, &e); break;
		default: rc = edit_pilot_ozg(c->store, c->ws, pi, a[1], &e); break;
		}
		if ((rc = finish(rc, &e)))
			return rc;
		switch (sub[0]) {
		case 'r': printf(_("Pilot \"%s\" heißt jetzt \"%s\".\n"), old, a[1]); break;
		case 'd': printf(_("Pilot \"%s\" gelöscht (mit Mitgliedsliste und Checkliste; die "
				   "Objekte bleiben).\n"), old); break;
		case 's': printf(_("Pilot \"%s\": Status %s.\n"), old,
				 _(enum_label(EK_PILOT_STATUS, st))); break;
		default: printf(a[1][0] ? _("Pilot \"%s\": OZG-Leistung %s.\n")
					: _("Pilot \"%s\": keine OZG-Leistung mehr.\n"), old, a[1]); break;
		}
		return EXIT_OK;
	}
	if (strcmp(sub, "todo") == 0) {
		int add = n == 3 && strcmp(a[1], "add") == 0;
		int done = n == 3 && (strcmp(a[1], "done") == 0 || strcmp(a[1], "undone") == 0);
		if (!add && !done)
			return cli_usage("pilot");
		long nr = 0;
		if (done && cli_parse_int(a[2], 1, 1000000, &nr)) {
			cli_error(_("todo done: \"%s\" ist keine Nummer eines Punktes (1, 2, …; siehe "
				    "wolkenplan pilot show NAME)"), a[2]);
			return EXIT_USAGE;
		}
		if ((rc = cli_load(c)) || (rc = find_pilot(c, a[0], &pi)))
			return rc;
		rc = add ? edit_pilot_todo_add(NULL, c->store, c->ws, pi, a[2], &e)
			 : edit_pilot_todo_done(NULL, c->store, c->ws, pi, (size_t)nr,
						strcmp(a[1], "done") == 0, &e);
		if ((rc = finish(rc, &e)))
			return rc;
		const struct pilot *p = &c->ws->pilot[pi];
		if (add)
			printf(_("Pilot \"%s\": Punkt %zu der Checkliste angelegt.\n"), p->name, p->n_todos);
		else
			printf(p->todos[nr - 1].done ? _("Pilot \"%s\": Punkt %ld erledigt.\n")
						     : _("Pilot \"%s\": Punkt %ld wieder offen.\n"),
			       p->name, nr);
		return EXIT_OK;
	}
	cli_error(_("pilot: \"%s\" gibt es nicht, erwartet: list, show, create, rename, delete, add, "
		    "remove, status, ozg, check, todo oder suggest"), sub);
	return EXIT_USAGE;
}
