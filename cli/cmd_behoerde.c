/* `wolkenplan behoerde`: the Behörden tree as a list, and rename, merge, move and remove
 * (docs/behoerden.md). Each write is one data/edit_behoerde.h operation (one transaction);
 * names are found ignoring case and surrounding blanks. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/table.h"
#include "data/edit_behoerde.h"
#include "model/behname.h"
#include "model/i18n.h"
#include "model/labels.h"
#include "model/tree.h"

/* The Behörde a user means by name: the exact name, else the one named like it ignoring
 * case. Prints why there is none and returns WP_NONE then. */
static uint32_t find_beh(const struct ws *w, const char *name)
{
	uint32_t b = ws_find_behoerde(w, name);
	if (b != WP_NONE)
		return b;
	b = beh_find(w, name, WP_NONE);
	if (b == WP_NONE) {
		cli_error(_("keine Behörde heißt \"%s\" (siehe wolkenplan behoerde list) — nichts "
			    "wurde geändert"), name);
		return WP_NONE;
	}
	uint32_t b2 = beh_find(w, name, b);
	if (b2 != WP_NONE && b2 > b) {
		cli_error(_("\"%s\" passt auf mehrere Behörden (\"%s\", \"%s\"): bitte genau so "
			    "schreiben — nichts wurde geändert"), name, w->beh[b].name, w->beh[b2].name);
		return WP_NONE;
	}
	return b;
}

static int failed(const struct wp_err *e)
{
	char b[sizeof e->msg + 64];
	cli_error("%s", wp_err_unchanged(e, b, sizeof b));
	return EXIT_PROBLEM;
}

static int beh_list(const struct ws *w)
{
	static const int right[] = { 0, 0, 1, 1 };
	struct beh_tree t = { 0 };
	struct out_table *o = out_table_new(4, right);
	const char *head[] = { _(LBL_F_BEHOERDE), _("KGSt"), _(LBL_OBJEKTE), _("im Zweig") };
	int rc = !o || beh_tree_build(w, &t) || out_table_row(o, head);
	for (size_t i = 0; i < t.nb && !rc; i++) {
		uint32_t b = t.pre[i];
		char name[BEH_NAME_MAX + 64], own[24], sub[24];
		int d = t.depth[i] < 20 ? t.depth[i] : 20;
		snprintf(name, sizeof name, "%*s%s", 2 * d, "", w->beh[b].name);
		snprintf(own, sizeof own, "%zu", beh_count_objects(w, b));
		snprintf(sub, sizeof sub, "%zu", t.sub[i]);
		const char *cells[] = { name, w->beh[b].kgst, own, sub };
		rc = out_table_row(o, cells);
	}
	if (!rc)
		out_table_print(o, stdout);
	out_table_free(o);
	beh_tree_free(&t);
	if (rc) {
		cli_error("%s", _("Speicher reicht nicht"));
		return EXIT_PROBLEM;
	}
	return EXIT_OK;
}

static int beh_rename(struct cli *c, const char *alt, const char *neu)
{
	struct wp_err e = { 0 };
	uint32_t b = find_beh(c->ws, alt);
	if (b == WP_NONE)
		return EXIT_PROBLEM;
	char was[BEH_NAME_MAX + 1];
	snprintf(was, sizeof was, "%s", c->ws->beh[b].name);
	if (edit_beh_rename(NULL, c->store, c->ws, b, neu, &e))
		return failed(&e);
	printf(_("Behörde \"%s\" heißt jetzt \"%s\".\n"), was, c->ws->beh[b].name);
	return EXIT_OK;
}

static int beh_merge(struct cli *c, const char *von, const char *nach)
{
	struct wp_err e = { 0 };
	struct ws *w = c->ws;
	uint32_t v = find_beh(w, von), n = v != WP_NONE ? find_beh(w, nach) : WP_NONE;
	if (n == WP_NONE)
		return EXIT_PROBLEM;
	size_t no = beh_count_objects(w, v), nk = beh_count_children(w, v);
	char was[BEH_NAME_MAX + 1];
	snprintf(was, sizeof was, "%s", w->beh[v].name);
	int64_t nach_id = w->beh[n].id;
	if (edit_beh_merge(NULL, c->store, w, v, n, &e))
		return failed(&e);
	for (n = 0; n < w->n_beh && w->beh[n].id != nach_id; n++)
		;
	printf(_("Behörde \"%s\" mit \"%s\" zusammengeführt: "), was, w->beh[n].name);
	printf(ngettext("%zu Objekt und ", "%zu Objekte und ", no), no);
	printf(ngettext("%zu untergeordnete Behörde verschoben.\n",
			"%zu untergeordnete Behörden verschoben.\n", nk), nk);
	return EXIT_OK;
}

static int beh_move(struct cli *c, const char *name, const char *opt, const char *eltern)
{
	struct wp_err e = { 0 };
	uint32_t b = find_beh(c->ws, name), p = WP_NONE;
	if (b == WP_NONE)
		return EXIT_PROBLEM;
	if (strcmp(opt, "--unter") == 0 && (p = find_beh(c->ws, eltern)) == WP_NONE)
		return EXIT_PROBLEM;
	if (edit_beh_move(NULL, c->store, c->ws, b, p, &e))
		return failed(&e);
	const struct behoerde *x = &c->ws->beh[b];
	if (x->parent != WP_NONE)
		printf(_("Behörde \"%s\" steht jetzt unter \"%s\".\n"), x->name,
		       c->ws->beh[x->parent].name);
	else
		printf(_("Behörde \"%s\" steht jetzt auf oberster Ebene.\n"), x->name);
	return EXIT_OK;
}

static int beh_remove(struct cli *c, const char *name)
{
	struct wp_err e = { 0 };
	uint32_t b = find_beh(c->ws, name);
	if (b == WP_NONE)
		return EXIT_PROBLEM;
	char was[BEH_NAME_MAX + 1];
	snprintf(was, sizeof was, "%s", c->ws->beh[b].name);
	if (edit_beh_remove(NULL, c->store, c->ws, b, &e))
		return failed(&e);
	printf(_("Behörde \"%s\" entfernt.\n"), was);
	return EXIT_OK;
}

/* Which subcommand with how many arguments, or -1. */
static int sub_of(int argc, char **argv)
{
	static const struct { const char *name; int argc; } subs[] = {
		{ "list", 2 }, { "rename", 4 }, { "merge", 4 }, { "move", 5 }, { "move", 4 },
		{ "remove", 3 },
	};
	for (size_t i = 0; i < sizeof subs / sizeof subs[0]; i++)
		if (strcmp(argv[1], subs[i].name) == 0 && argc == subs[i].argc)
			return (int)i;
	return -1;
}

int cmd_behoerde(struct cli *c, int argc, char **argv)
{
	int sub = argc >= 2 ? sub_of(argc, argv) : -1, rc;
	/* move NAME --unter ELTERN (5 arguments) or move NAME --oben (4) */
	if ((sub == 3 && strcmp(argv[3], "--unter") != 0) ||
	    (sub == 4 && strcmp(argv[3], "--oben") != 0))
		sub = -1;
	if (sub < 0) {
		cli_error("%s", _("behoerde: unbekannter Unterbefehl oder falsche Argumente"));
		fprintf(stderr, _("Aufruf:\n"
				  "  wolkenplan behoerde list\n"
				  "  wolkenplan behoerde rename ALT NEU\n"
				  "  wolkenplan behoerde merge VON NACH\n"
				  "  wolkenplan behoerde move NAME --unter ELTERN\n"
				  "  wolkenplan behoerde move NAME --oben\n"
				  "  wolkenplan behoerde remove NAME\n"));
		return EXIT_USAGE;
	}
	if ((rc = cli_open(c)))
		return rc;
	switch (sub) {
	case 0: return beh_list(c->ws);
	case 1: return beh_rename(c, argv[2], argv[3]);
	case 2: return beh_merge(c, argv[2], argv[3]);
	case 3: return beh_move(c, argv[2], argv[3], argv[4]);
	case 4: return beh_move(c, argv[2], argv[3], NULL);
	default: return beh_remove(c, argv[2]);
	}
}
