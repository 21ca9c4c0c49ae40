/* `wolkenplan object set KENNUNG FELD WERT`: edit one field with the import's validation,
 * saved in one transaction, then show what the change did to the assessment. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "model/enums.h"
#include "model/fields.h"
#include "model/i18n.h"

struct dep_collect {
	struct cli *c;
	uint32_t self;
	int bad;
};

static int add_dep(void *ctx, const char *kennung, const char *label)
{
	struct dep_collect *d = ctx;
	struct ws *w = d->c->ws;
	uint32_t t = ws_find_objekt(w, kennung);
	if (t == WP_NONE) {
		cli_error(_("Feld \"Abhängigkeiten\": Objekt \"%s\" gibt es nicht"), kennung);
		d->bad = 1;
		return 0;
	}
	if (t == d->self) {
		cli_error(_("Feld \"Abhängigkeiten\": \"%s\" kann nicht von sich selbst abhängen"), kennung);
		d->bad = 1;
		return 0;
	}
	for (uint32_t j = w->out_off[d->self]; j < w->out_off[d->self + 1]; j++)
		if (w->out_adj[j] == t)
			return 0;
	if (ws_add_dep(w, d->self, t, ws_str(w, label)) == WP_NONE)
		return -WP_ENOMEM;
	return 0;
}

/* Replaces the dependencies of object o by the list in value. */
static int set_deps(struct cli *c, uint32_t o, const char *value, struct wp_err *e)
{
	struct ws *w = c->ws;
	size_t keep = 0;
	for (size_t i = 0; i < w->n_dep; i++)
		if (w->dep[i].von != o)
			w->dep[keep++] = w->dep[i];
	w->n_dep = keep;
	if (ws_index(w))
		return wp_fail(e, WP_ENOMEM, _("zu wenig Speicher"));
	struct dep_collect d = { c, o, 0 };
	int rc = deps_parse(value, add_dep, &d, e);
	if (rc)
		return rc;
	if (d.bad)
		return -WP_EINVAL;
	return ws_index(w) ? wp_fail(e, WP_ENOMEM, _("zu wenig Speicher")) : 0;
}

static void summary(const struct cli *c, const struct assess_obj *ao, char *buf, size_t n)
{
	const struct ws *w = c->ws;
	int v = ao->empfohlen == WP_NONE ? V_BLOCKIERT : -1;
	char pt[32];
	format_pt(ao->aufwand, i18n_german(), pt, sizeof pt);
	snprintf(buf, n, _("Schutzklasse %s, Bereitschaft %d %%, Empfehlung %s%s%s, Strategie %s, "
			   "Aufwand %s PT"),
		 _(enum_label(EK_LEVEL, ao->schutzklasse)), ao->bereitschaft,
		 ao->empfohlen == WP_NONE ? "–" : w->pf[ao->empfohlen].code,
		 v >= 0 ? " " : "", v >= 0 ? _("(alle blockiert)") : "",
		 enum_label(EK_STRATEGIE, ao->strategie), pt);
}

int cmd_object(struct cli *c, int argc, char **argv)
{
	if (argc != 5 || strcmp(argv[1], "set") != 0)
		return cli_usage("object");
	const char *kennung = argv[2], *field = argv[3], *value = argv[4];
	int rc = cli_load(c);
	if (rc)
		return rc;
	struct ws *w = c->ws;
	uint32_t o = ws_find_objekt(w, kennung);
	if (o == WP_NONE) {
		cli_error(_("kein Objekt mit der Kennung \"%s\" (siehe wolkenplan list)"), kennung);
		return EXIT_PROBLEM;
	}
	int f = field_find(field);
	uint32_t k = f < 0 ? ws_find_dvc(w, field) : WP_NONE;
	if (f < 0 && k == WP_NONE) {
		cli_error(_("unbekanntes Feld \"%s\"; erlaubt sind:"), field);
		for (int i = 0; i < F__N; i++)
			fprintf(stderr, " %s", field_defs[i].key);
		for (size_t i = 0; i < w->n_dvc; i++)
			fprintf(stderr, " %s", w->dvc[i].code);
		fputc('\n', stderr);
		return EXIT_USAGE;
	}
	char before[512], after[512];
	summary(c, &c->as->obj[o], before, sizeof before);
	struct wp_err e = { 0 };
	int deps = f == F_ABHAENGIGKEITEN;
	if (deps)
		rc = set_deps(c, o, value, &e);
	else if (k != WP_NONE)
		rc = objekt_set_crit(w, o, k, value, &e);
	else
		rc = objekt_set(w, o, f, value, &e);
	if (rc) {
		if (e.msg[0])
			cli_error("%s", e.msg);
		return EXIT_PROBLEM;
	}
	if (f == F_KENNUNG && ws_index(w)) {
		cli_error(_("zu wenig Speicher"));
		return EXIT_PROBLEM;
	}
	if (store_begin(c->store, &e) || store_save_objekt(c->store, w, o, &e) ||
	    (deps && store_save_deps(c->store, w, o, 0, &e)) || store_commit(c->store, &e)) {
		store_rollback(c->store);
		cli_error("%s", e.msg);
		return EXIT_PROBLEM;
	}
	if ((rc = cli_reassess(c)))
		return rc;
	summary(c, &c->as->obj[o], after, sizeof after);
	char shown[1024];
	if (k != WP_NONE)
		snprintf(shown, sizeof shown, "%s", _(enum_label(EK_CRIT, w->crit[(size_t)o * w->n_dvc + k])));
	else
		objekt_get(w, o, f, i18n_german(), shown, sizeof shown);
	printf(_("%s: %s = \"%s\" gespeichert.\n"), w->obj[o].kennung,
	       k != WP_NONE ? w->dvc[k].code : field_defs[f].label, shown);
	if (strcmp(before, after) != 0)
		printf(_("vorher:  %s\nnachher: %s\n"), before, after);
	else
		printf(_("Bewertung unverändert: %s\n"), after);
	return EXIT_OK;
}
