/* Object selection and ordering for CLI output (see cli/filter.h). */
#include "cli/filter.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "data/store_plan.h"
#include "model/date.h"
#include "model/enums.h"
#include "model/i18n.h"
#include "model/utf8.h"

/* The code that names the VS-NfD approval in --rote-linie (red lines use their codes). */
#define RL_VS_NFD "VS-NfD"

void filter_init(struct cli_filter *cf)
{
	obj_filter_clear(&cf->f);
	cf->behoerde = cf->rl = NULL;
}

static int bad_value(int opt, const char *arg, const char *allowed)
{
	static const char *const names[] = {
		"--behoerde", "--typ", "--urteil", "--strategie", "--bereitschaft", "--rote-linie",
		"--vertragsende-bis", "--welle", "--quickwin",
	};
	cli_error(_("%s: \"%s\" ist nicht erlaubt, erwartet: %s"), names[opt - FO_BEHOERDE], arg,
		  allowed);
	return EXIT_USAGE;
}

static int parse_enum(int opt, const char *arg, enum enum_kind k, int *out)
{
	int v = enum_parse(k, arg);
	if (v < 0)
		return bad_value(opt, arg, enum_allowed(k));
	*out = v;
	return 0;
}

/* "VON-BIS", "VON-" or "-BIS", each 0–100. */
static int parse_range(const char *arg, int *lo, int *hi)
{
	const char *dash = strchr(arg, '-');
	char a[8] = "", b[8] = "";
	long x = -1, y = -1;
	if (!dash || (dash == arg && !dash[1]))
		return -1;
	if ((size_t)(dash - arg) >= sizeof a || strlen(dash + 1) >= sizeof b)
		return -1;
	memcpy(a, arg, (size_t)(dash - arg));
	snprintf(b, sizeof b, "%s", dash + 1);
	if ((a[0] && cli_parse_int(a, 0, 100, &x)) || (b[0] && cli_parse_int(b, 0, 100, &y)))
		return -1;
	if (x >= 0 && y >= 0 && x > y)
		return -1;
	*lo = (int)x;
	*hi = (int)y;
	return 0;
}

int filter_option(struct cli_filter *cf, int opt, const char *arg)
{
	struct obj_filter *f = &cf->f;
	long n;
	switch (opt) {
	case FO_BEHOERDE: cf->behoerde = arg; return 0;
	case FO_RL: cf->rl = arg; return 0;
	case FO_TYP: return parse_enum(opt, arg, EK_TYP, &f->typ);
	case FO_URTEIL: return parse_enum(opt, arg, EK_VERDICT, &f->verdict);
	case FO_STRATEGIE: return parse_enum(opt, arg, EK_STRATEGIE, &f->strategie);
	case FO_BEREIT:
		if (parse_range(arg, &f->bereit_min, &f->bereit_max))
			return bad_value(opt, arg, _("VON-BIS in Prozent, je 0 bis 100 (z. B. 40-80, "
						     "60- oder -30)"));
		return 0;
	case FO_VERTRAG:
		if (date_parse(arg, &f->vertrag_bis))
			return bad_value(opt, arg, _("ein Datum TT.MM.JJJJ oder JJJJ-MM-TT"));
		return 0;
	case FO_WELLE:
		if (cli_parse_int(arg, 1, 1000, &n))
			return bad_value(opt, arg, _("eine Zahl ab 1"));
		f->welle = (int)n;
		return 0;
	case FO_QUICKWIN: f->quickwin = 1; return 0;
	default: return 1;
	}
}

/* Marks the Behörden matching name (see filter_resolve) in cf->beh with their subtrees. */
static int resolve_behoerde(const struct ws *w, struct cli_filter *cf)
{
	const char *name = cf->behoerde;
	uint8_t *m = calloc(w->n_beh ? w->n_beh : 1, 1);
	if (!m) {
		cli_error("%s", wp_strerror(WP_ENOMEM));
		return EXIT_PROBLEM;
	}
	size_t hits = 0, len = strlen(name);
	for (size_t i = 0; i < w->n_beh; i++)
		if (strcmp(w->beh[i].name, name) == 0 ||
		    (w->beh[i].kgst[0] && strcmp(w->beh[i].kgst, name) == 0))
			m[i] = 1, hits++;
	if (!hits)
		for (size_t i = 0; i < w->n_beh; i++)
			if (strncasecmp(w->beh[i].name, name, len) == 0)
				m[i] = 1, hits++;
	if (!hits) {
		cli_error(_("--behoerde: keine Behörde heißt \"%s\" (siehe wolkenplan list)"), name);
		free(m);
		return EXIT_USAGE;
	}
	beh_tree_mark(&cf->tree, m, m);
	cf->beh = m;
	return 0;
}

/* The red line named code (ignoring case), or the VS-NfD approval (index n_rl). */
static int resolve_rl(const struct ws *w, struct cli_filter *cf)
{
	const char *code = cf->rl;
	size_t len = strlen(code);
	for (size_t i = 0; i < w->n_rl; i++)
		if (strlen(w->rl[i].code) == len && utf8_eq_ci(w->rl[i].code, len, code)) {
			cf->f.rl = (uint32_t)i;
			return 0;
		}
	if (strlen(RL_VS_NFD) == len && utf8_eq_ci(RL_VS_NFD, len, code)) {
		cf->f.rl = (uint32_t)w->n_rl;
		return 0;
	}
	char allowed[1024];
	size_t k = 0;
	for (size_t i = 0; i < w->n_rl && k < sizeof allowed; i++)
		k += (size_t)snprintf(allowed + k, sizeof allowed - k, "%s, ", w->rl[i].code);
	if (k < sizeof allowed)
		snprintf(allowed + k, sizeof allowed - k, "%s", RL_VS_NFD);
	return bad_value(FO_RL, code, allowed);
}

/* The reporting wave per object as the dashboard shows it: from the stored Zeitplan (the
 * wave it goes live in), none without a plan. */
static int resolve_waves(struct cli *c, struct cli_filter *cf)
{
	const struct ws *w = c->ws;
	struct zeitplan *z = NULL;
	struct wp_err e = { 0 };
	cf->welle_of = calloc(w->n_obj ? w->n_obj : 1, sizeof *cf->welle_of);
	if (!cf->welle_of) {
		cli_error("%s", wp_strerror(WP_ENOMEM));
		return EXIT_PROBLEM;
	}
	if (store_load_zeitplan(c->store, w, c->as, &z, &e) == 0)
		for (size_t o = 0; o < w->n_obj; o++)
			cf->welle_of[o] = (uint32_t)zeitplan_welle(z, (uint32_t)o);
	zeitplan_free(&z);
	return 0;
}

int filter_resolve(struct cli *c, struct cli_filter *cf)
{
	int rc;
	if (beh_tree_build(c->ws, &cf->tree)) {
		cli_error("%s", wp_strerror(WP_ENOMEM));
		return EXIT_PROBLEM;
	}
	if (cf->behoerde && (rc = resolve_behoerde(c->ws, cf)))
		return rc;
	if (cf->rl && (rc = resolve_rl(c->ws, cf)))
		return rc;
	if (cf->f.welle > 0 && (rc = resolve_waves(c, cf)))
		return rc;
	return 0;
}

static const struct ws *cmp_ws;

static int cmp_obj(const void *a, const void *b)
{
	const struct objekt *x = &cmp_ws->obj[*(const uint32_t *)a];
	const struct objekt *y = &cmp_ws->obj[*(const uint32_t *)b];
	int c = utf8_collate(cmp_ws->beh[x->behoerde].name, cmp_ws->beh[y->behoerde].name);
	return c ? c : strcmp(x->kennung, y->kennung);
}

size_t filter_objects(const struct cli *c, const struct cli_filter *cf, uint32_t **out)
{
	const struct ws *w = c->ws;
	const struct obj_filter_data d = { w, c->as, &cf->tree, cf->welle_of,
					   (int32_t)(time(NULL) / 86400) };
	uint32_t *o = malloc((w->n_obj ? w->n_obj : 1) * sizeof *o);
	*out = o;
	if (!o)
		return 0;
	size_t n = 0;
	for (size_t i = 0; i < w->n_obj; i++) {
		if (cf->beh && !cf->beh[w->obj[i].behoerde])
			continue;
		if (obj_filter_match(&cf->f, &d, (uint32_t)i))
			o[n++] = (uint32_t)i;
	}
	cmp_ws = w;
	qsort(o, n, sizeof *o, cmp_obj);
	cmp_ws = NULL;
	return n;
}

void filter_free(struct cli_filter *cf)
{
	free(cf->beh);
	free(cf->welle_of);
	beh_tree_free(&cf->tree);
	cf->beh = NULL;
	cf->welle_of = NULL;
}

const char *filter_date(int32_t days, char *buf, size_t n)
{
	return date_format(days, i18n_german(), buf, n);
}
