/* `wolkenplan object set KENNUNG FELD WERT`: edit one field with the import's validation,
 * saved in one transaction, then show what the change did to the assessment. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "data/edit.h"
#include "model/enums.h"
#include "model/fields.h"
#include "model/i18n.h"

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
		 v >= 0 || (ao->flags & AF_VORGABE) ? " " : "",
		 v >= 0 ? _("(alle blockiert)") : ao->flags & AF_VORGABE ? _("(Vorgabe)") : "",
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
	uint32_t o = cli_find_objekt(c, kennung);
	if (o == WP_NONE)
		return cli_no_objekt(kennung);
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
	/* the same validated, one-transaction edit as the dashboard's (data/edit.h) */
	if (edit_field(c->store, w, o, k != WP_NONE ? EDIT_CRIT(k) : f, value, NULL, 0, &e)) {
		if (e.msg[0])
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
