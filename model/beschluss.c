/* The decision log in memory: order, links and their text. */
#include "model/beschluss.h"

#include <stdlib.h>
#include <string.h>

#include "model/date.h"
#include "model/i18n.h"
#include "model/textout.h"

void beschluss_free_links(struct beschluss *b, size_t n)
{
	for (size_t i = 0; b && i < n; i++) {
		free(b[i].links);
		b[i].links = NULL;
		b[i].n_links = 0;
	}
}

static int cmp_beschluss(const void *pa, const void *pb)
{
	const struct beschluss *a = pa, *b = pb;
	if (a->datum != b->datum)
		return a->datum < b->datum ? -1 : 1;
	if (a->erstellt != b->erstellt)
		return a->erstellt < b->erstellt ? -1 : 1;
	return (a->id > b->id) - (a->id < b->id);
}

void beschluss_sort(struct beschluss *b, size_t n)
{
	if (n > 1)
		qsort(b, n, sizeof *b, cmp_beschluss);
}

size_t beschluss_n_links(const struct beschluss *b, int art)
{
	size_t n = 0;
	for (size_t i = 0; i < b->n_links; i++)
		n += b->links[i].art == art;
	return n;
}

int beschluss_nennt(const struct beschluss *b, int art, int64_t id)
{
	for (size_t i = 0; id > 0 && i < b->n_links; i++)
		if (b->links[i].art == art && b->links[i].ref == id)
			return 1;
	return 0;
}

uint32_t beschluss_link_objekt(const struct ws *w, const struct bes_link *l)
{
	if (l->art != BL_OBJEKT || l->ref <= 0)
		return WP_NONE;
	uint32_t o = ws_find_objekt(w, l->text);
	if (o != WP_NONE && w->obj[o].id == l->ref)
		return o;
	for (size_t i = 0; i < w->n_obj; i++)
		if (w->obj[i].id == l->ref)
			return (uint32_t)i;
	return WP_NONE;
}

uint32_t beschluss_link_pilot(const struct ws *w, const struct bes_link *l)
{
	for (size_t i = 0; l->art == BL_PILOT && l->ref > 0 && i < w->n_pilot; i++)
		if (w->pilot[i].id == l->ref)
			return (uint32_t)i;
	return WP_NONE;
}

int beschluss_links_text(const struct ws *w, const struct beschluss *b, int art, char *buf,
			 size_t size)
{
	struct out o = { buf, size, 0 };
	for (size_t i = 0; i < b->n_links; i++) {
		const struct bes_link *l = &b->links[i];
		if (l->art != art)
			continue;
		if (o.len)
			out_printf(&o, ", ");
		if (art == BL_WELLE) {
			out_printf(&o, "%lld", (long long)l->ref);
			continue;
		}
		int gone = art == BL_OBJEKT ? beschluss_link_objekt(w, l) == WP_NONE
					    : beschluss_link_pilot(w, l) == WP_NONE;
		out_printf(&o, "%s", l->text);
		if (gone)
			out_printf(&o, " %s", _("(gelöscht)"));
	}
	return out_end(&o);
}

int beschluss_ein_objekt(const struct ws *w, const struct beschluss *b, uint32_t *obj)
{
	if (beschluss_n_links(b, BL_OBJEKT) != 1)
		return 0;
	for (size_t i = 0; i < b->n_links; i++)
		if (b->links[i].art == BL_OBJEKT) {
			*obj = beschluss_link_objekt(w, &b->links[i]);
			return *obj != WP_NONE;
		}
	return 0;
}

int beschluss_kurz(const struct beschluss *b, int german, char *buf, size_t size)
{
	char d[16];
	struct out o = { buf, size, 0 };
	out_printf(&o, "%s %s: %s", date_format(b->datum, german, d, sizeof d), b->gremium,
		   b->text);
	return out_end(&o);
}
