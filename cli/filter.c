/* Object selection and ordering for CLI output. */
#include "cli/filter.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli/cli.h"
#include "model/date.h"
#include "model/i18n.h"

int filter_behoerde(const struct ws *w, const char *name, uint8_t **out)
{
	*out = NULL;
	if (!name)
		return 0;
	uint8_t *m = calloc(w->n_beh ? w->n_beh : 1, 1);
	if (!m)
		return EXIT_PROBLEM;
	size_t hits = 0, len = strlen(name);
	for (size_t i = 0; i < w->n_beh; i++)
		if (strcmp(w->beh[i].name, name) == 0 || (w->beh[i].kgst[0] && strcmp(w->beh[i].kgst, name) == 0))
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
	/* include sub-units: walk up from each Behörde (trees are shallow) */
	for (size_t i = 0; i < w->n_beh; i++) {
		size_t steps = 0;
		for (uint32_t p = w->beh[i].parent; p != WP_NONE && steps < w->n_beh; p = w->beh[p].parent, steps++)
			if (m[p] == 1) {
				m[i] = m[i] ? m[i] : 2;
				break;
			}
	}
	*out = m;
	return 0;
}

static const struct ws *cmp_ws;

static int cmp_obj(const void *a, const void *b)
{
	const struct objekt *x = &cmp_ws->obj[*(const uint32_t *)a];
	const struct objekt *y = &cmp_ws->obj[*(const uint32_t *)b];
	int c = strcmp(cmp_ws->beh[x->behoerde].name, cmp_ws->beh[y->behoerde].name);
	return c ? c : strcmp(x->kennung, y->kennung);
}

size_t filter_sorted_objects(const struct ws *w, const uint8_t *beh, int typ, uint32_t **out)
{
	uint32_t *o = malloc((w->n_obj ? w->n_obj : 1) * sizeof *o);
	*out = o;
	if (!o)
		return 0;
	size_t n = 0;
	for (size_t i = 0; i < w->n_obj; i++) {
		if (beh && !beh[w->obj[i].behoerde])
			continue;
		if (typ >= 0 && w->obj[i].typ != typ)
			continue;
		o[n++] = (uint32_t)i;
	}
	cmp_ws = w;
	qsort(o, n, sizeof *o, cmp_obj);
	cmp_ws = NULL;
	return n;
}

const char *filter_date(int32_t days, char *buf, size_t n)
{
	return date_format(days, i18n_german(), buf, n);
}
