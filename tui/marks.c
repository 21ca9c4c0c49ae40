/* Marked objects by store id; linear scans are fine for the handful a pilot holds. */
#include "tui/marks.h"

#include <stdio.h>
#include <stdlib.h>

#include "model/err.h"
#include "model/i18n.h"

int marks_has(const struct marks *m, const struct ws *w, uint32_t o)
{
	if (o >= w->n_obj)
		return 0;
	for (size_t i = 0; i < m->n; i++)
		if (m->ids[i] == w->obj[o].id)
			return 1;
	return 0;
}

int marks_toggle(struct marks *m, const struct ws *w, uint32_t o)
{
	if (o >= w->n_obj)
		return 0;
	int64_t id = w->obj[o].id;
	for (size_t i = 0; i < m->n; i++)
		if (m->ids[i] == id) {
			m->ids[i] = m->ids[--m->n];
			return 0;
		}
	if (m->n == m->cap) {
		size_t cap = m->cap ? m->cap * 2 : 16;
		int64_t *n = realloc(m->ids, cap * sizeof *n);
		if (!n)
			return -WP_ENOMEM;
		m->ids = n;
		m->cap = cap;
	}
	m->ids[m->n++] = id;
	return 1;
}

long marks_to_request(struct marks *m, const struct ws *w, struct pilot_request *rq)
{
	uint32_t *objs = malloc((m->n ? m->n : 1) * sizeof *objs);
	size_t n = 0;
	if (!objs)
		return -WP_ENOMEM;
	for (size_t i = 0; i < m->n; i++)
		for (size_t o = 0; o < w->n_obj; o++)
			if (w->obj[o].id == m->ids[i]) {
				objs[n++] = (uint32_t)o;
				break;
			}
	free(rq->objs);
	rq->objs = objs;
	rq->n = n;
	snprintf(rq->name, sizeof rq->name, "%.100s", n ? w->obj[objs[0]].name : "");
	m->n = 0;
	return (long)n;
}

void marks_free(struct marks *m)
{
	free(m->ids);
	m->ids = NULL;
	m->n = m->cap = 0;
}
