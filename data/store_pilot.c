/* Editing pilots: validation against the workspace, the in-memory change, then one write
 * of the pilot (store_save_pilot) inside the caller's transaction. */
#include "data/store_pilot.h"

#include <stdlib.h>
#include <string.h>

#include "data/store_priv.h"
#include "model/i18n.h"
#include "model/utf8.h"

#define NAME_MAX_BYTES 100
#define TODO_MAX_BYTES 500

uint32_t pilot_find(const struct ws *w, const char *name)
{
	for (size_t i = 0; i < w->n_pilot; i++)
		if (strcmp(w->pilot[i].name, name) == 0)
			return (uint32_t)i;
	for (size_t i = 0; i < w->n_pilot; i++)
		if (utf8_eq_ci(w->pilot[i].name, strlen(w->pilot[i].name), name))
			return (uint32_t)i;
	return WP_NONE;
}

int store_text_ok(const char *s, size_t max, const char *what, struct wp_err *e)
{
	size_t n = strlen(s);
	int blank = 1;
	for (size_t i = 0; i < n; i++) {
		if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f)
			return wp_fail(e, WP_EINVAL, _("%s: Steuerzeichen sind nicht erlaubt"), _(what));
		if (s[i] != ' ')
			blank = 0;
	}
	if (blank)
		return wp_fail(e, WP_EINVAL, _("%s: darf nicht leer sein"), _(what));
	if (utf8_invalid_at(s, n) != n)
		return wp_fail(e, WP_EINVAL, _("%s: kein gültiges UTF-8"), _(what));
	if (n > max)
		return wp_fail(e, WP_EINVAL, _("%s: zu lang (%zu Bytes, höchstens %zu)"), _(what), n,
			       max);
	return 0;
}

/* A pilot name that is valid and not taken by another pilot than self. */
static int name_ok(const struct ws *w, const char *name, uint32_t self, struct wp_err *e)
{
	int rc = store_text_ok(name, NAME_MAX_BYTES, N_("Name des Piloten"), e);
	if (rc)
		return rc;
	for (size_t i = 0; i < w->n_pilot; i++)
		if (i != self && utf8_eq_ci(w->pilot[i].name, strlen(w->pilot[i].name), name) &&
		    strlen(w->pilot[i].name) == strlen(name))
			return wp_fail(e, WP_EEXIST, _("einen Piloten \"%s\" gibt es schon"),
				       w->pilot[i].name);
	return 0;
}

/* One OZG id (1–6 digits) or one 14-digit LeiKa key, or "". */
static int ozg_ok(const char *s, struct wp_err *e)
{
	size_t n = strlen(s), d = strspn(s, "0123456789");
	if (n == 0 || (d == n && (n <= 6 || n == 14)))
		return 0;
	return wp_fail(e, WP_EINVAL, _("OZG: \"%s\" ist ungültig, erwartet: eine OZG-ID (1 bis 6 "
				       "Ziffern) oder einen 14-stelligen LeiKa-Schlüssel"), s);
}

int store_pilot_create(struct store *s, struct ws *w, const char *name, const char *ziel,
		       const char *ozg, uint32_t *out, struct wp_err *e)
{
	int rc;
	if (!ziel)
		ziel = "";
	if (!ozg)
		ozg = "";
	if ((rc = name_ok(w, name, WP_NONE, e)) || (rc = ozg_ok(ozg, e)) ||
	    (*ziel && (rc = store_text_ok(ziel, TODO_MAX_BYTES, N_("Ziel des Piloten"), e))))
		return rc;
	const char *n = ws_str(w, name), *z = ws_str(w, ziel), *o = ws_str(w, ozg);
	struct pilot *np = n && z && o ? realloc(w->pilot, (w->n_pilot + 1) * sizeof *np) : NULL;
	if (!np)
		return wp_nomem(e);
	w->pilot = np;
	uint32_t pi = (uint32_t)w->n_pilot++;
	memset(&np[pi], 0, sizeof np[pi]);
	np[pi].name = n;
	np[pi].ziel = z;
	np[pi].ozg = o;
	np[pi].status = PS_IDEE;
	if (out)
		*out = pi;
	return store_save_pilot(s, w, pi, e);
}

int store_pilot_rename(struct store *s, struct ws *w, uint32_t pi, const char *name,
		       struct wp_err *e)
{
	int rc = name_ok(w, name, pi, e);
	if (rc)
		return rc;
	const char *n = ws_str(w, name);
	if (!n)
		return wp_nomem(e);
	w->pilot[pi].name = n;
	return store_save_pilot(s, w, pi, e);
}

int store_pilot_set_id(struct store *s, struct ws *w, uint32_t pi, int64_t id,
		       struct wp_err *e)
{
	sqlite3_stmt *st = store_prepare(s, "UPDATE pilot SET id = ?1 WHERE id = ?2", e);
	if (!st)
		return -WP_EDB;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, w->pilot[pi].id);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return store_dberr(s, e, _(store_what_save_pilot));
	w->pilot[pi].id = id;
	return 0;
}

int store_pilot_delete(struct store *s, struct ws *w, uint32_t pi, struct wp_err *e)
{
	sqlite3_stmt *st = store_prepare(s, "DELETE FROM pilot WHERE id = ?1", e);
	if (!st)
		return -WP_EDB;
	sqlite3_bind_int64(st, 1, w->pilot[pi].id);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return store_dberr(s, e, _("Pilot löschen"));
	free(w->pilot[pi].members);
	free(w->pilot[pi].todos);
	memmove(&w->pilot[pi], &w->pilot[pi + 1], (w->n_pilot - pi - 1) * sizeof *w->pilot);
	w->n_pilot--;
	return 0;
}

static int member_pos(const struct pilot *p, uint32_t o)
{
	for (size_t i = 0; i < p->n_members; i++)
		if (p->members[i] == o)
			return (int)i;
	return -1;
}

int store_pilot_members(struct store *s, struct ws *w, uint32_t pi, int add,
			const uint32_t *objs, size_t n, struct wp_err *e)
{
	struct pilot *p = &w->pilot[pi];
	for (size_t i = 0; i < n; i++) {
		const char *k = w->obj[objs[i]].kennung;
		for (size_t j = 0; j < i; j++)
			if (objs[j] == objs[i])
				return wp_fail(e, WP_EINVAL, _("%s ist doppelt angegeben"), k);
		int pos = member_pos(p, objs[i]);
		if (add && pos >= 0)
			return wp_fail(e, WP_EEXIST, _("%s gehört schon zum Piloten \"%s\""), k, p->name);
		if (!add && pos < 0)
			return wp_fail(e, WP_ENOTFOUND, _("%s gehört nicht zum Piloten \"%s\""), k,
				       p->name);
	}
	if (add) {
		uint32_t *nm = realloc(p->members, (p->n_members + n) * sizeof *nm);
		if (!nm && p->n_members + n)
			return wp_nomem(e);
		p->members = nm;
		for (size_t i = 0; i < n; i++) { /* insertion keeps the Kennung order */
			size_t j = p->n_members++;
			while (j > 0 && strcmp(w->obj[nm[j - 1]].kennung, w->obj[objs[i]].kennung) > 0) {
				nm[j] = nm[j - 1];
				j--;
			}
			nm[j] = objs[i];
		}
	} else {
		for (size_t i = 0; i < n; i++) {
			int pos = member_pos(p, objs[i]);
			memmove(&p->members[pos], &p->members[pos + 1],
				(p->n_members - (size_t)pos - 1) * sizeof *p->members);
			p->n_members--;
		}
	}
	return store_save_pilot(s, w, pi, e);
}

int store_pilot_status(struct store *s, struct ws *w, uint32_t pi, int status,
		       struct wp_err *e)
{
	if (status < 0 || status >= PS__N)
		return wp_fail(e, WP_EINVAL, _("Status %d gibt es nicht"), status);
	w->pilot[pi].status = (uint8_t)status;
	return store_save_pilot(s, w, pi, e);
}

int store_pilot_ozg(struct store *s, struct ws *w, uint32_t pi, const char *ozg,
		    struct wp_err *e)
{
	int rc = ozg_ok(ozg, e);
	if (rc)
		return rc;
	const char *o = ws_str(w, ozg);
	if (!o)
		return wp_nomem(e);
	w->pilot[pi].ozg = o;
	return store_save_pilot(s, w, pi, e);
}

int store_pilot_todo_add(struct store *s, struct ws *w, uint32_t pi, const char *text,
			 struct wp_err *e)
{
	int rc = store_text_ok(text, TODO_MAX_BYTES, N_("Punkt der Checkliste"), e);
	if (rc)
		return rc;
	struct pilot *p = &w->pilot[pi];
	const char *t = ws_str(w, text);
	struct pilot_todo *nt = t ? realloc(p->todos, (p->n_todos + 1) * sizeof *nt) : NULL;
	if (!nt)
		return wp_nomem(e);
	p->todos = nt;
	nt[p->n_todos++] = (struct pilot_todo){ .text = t, .done = 0 };
	return store_save_pilot(s, w, pi, e);
}

int store_pilot_todo_done(struct store *s, struct ws *w, uint32_t pi, size_t nr, int done,
			  struct wp_err *e)
{
	struct pilot *p = &w->pilot[pi];
	if (nr < 1 || nr > p->n_todos)
		return p->n_todos
			? wp_fail(e, WP_EINVAL, _("Punkt %zu gibt es nicht: die Checkliste von \"%s\" "
						  "hat die Punkte 1 bis %zu"), nr, p->name, p->n_todos)
			: wp_fail(e, WP_EINVAL, _("Punkt %zu gibt es nicht: die Checkliste von \"%s\" "
						  "ist leer"), nr, p->name);
	p->todos[nr - 1].done = done != 0;
	return store_save_pilot(s, w, pi, e);
}
