/* The dry run's change report (docs/csv.md "Probelauf"): for each row of an existing
 * object, the values the file changes, old → new, as text in the file's dialect. Only rows
 * of existing objects pay for it: a new inventory is not slowed down. */
#include <stdlib.h>
#include <string.h>

#include "data/inventar_priv.h"
#include "model/enums.h"
#include "model/i18n.h"

#define TEXT_MAX 4096 /* bytes of a value compared and reported */

/* The text of column i of object o into buf (TEXT_MAX bytes); NULL for columns not
 * reported here (Kennung, Abhängigkeiten, Übergeordnet, skipped). */
static const char *col_text(const struct ictx *c, uint32_t o, size_t i, char *buf)
{
	const struct ws *w = c->w;
	int f = c->colmap[i];
	if (f >= COL_DVC)
		return enum_label(EK_CRIT, w->crit[(size_t)o * w->n_dvc + (size_t)(f - COL_DVC)]);
	if (f < 0 || f >= F__CSV || f == F_KENNUNG || f == F_ABHAENGIGKEITEN)
		return NULL;
	return objekt_get(w, o, f, !(c->numflags & FS_DEZIMALPUNKT), buf, TEXT_MAX);
}

int idiff_before(struct ictx *c, uint32_t o, const struct csv_row *row)
{
	char buf[TEXT_MAX];
	if (!c->snap_off && !(c->snap_off = calloc(c->ncol ? c->ncol : 1, sizeof *c->snap_off)))
		return -WP_ENOMEM;
	c->n_snap = 0;
	for (size_t i = 0; i < row->n && i < c->ncol; i++) {
		const char *t = c->colmap[i] == F_ABHAENGIGKEITEN
					? objekt_get(c->w, o, F_ABHAENGIGKEITEN, 1, buf, sizeof buf)
					: col_text(c, o, i, buf);
		size_t n = t ? strlen(t) + 1 : 0;
		if (c->n_snap + n > c->cap_snap) {
			size_t nc = (c->n_snap + n) * 2 + 256;
			char *ns = realloc(c->snap, nc);
			if (!ns)
				return -WP_ENOMEM;
			c->snap = ns;
			c->cap_snap = nc;
		}
		c->snap_off[i] = t ? c->n_snap : (size_t)-1;
		if (t)
			memcpy(c->snap + c->n_snap, t, n);
		c->n_snap += n;
		if (t && c->colmap[i] == F_ABHAENGIGKEITEN) {
			if (c->n_dold == c->cap_dold) {
				size_t nc = c->cap_dold ? c->cap_dold * 2 : 16;
				struct dep_old *nd = realloc(c->dold, nc * sizeof *nd);
				if (!nd)
					return -WP_ENOMEM;
				c->dold = nd;
				c->cap_dold = nc;
			}
			if (!(c->dold[c->n_dold].text = strdup(t)))
				return -WP_ENOMEM;
			c->dold[c->n_dold].obj = o;
			c->dold[c->n_dold++].line = row->line;
		}
	}
	return 0;
}

/* Counts a change and keeps the first INVENTAR_MAX_CHANGES. */
static int record(struct ictx *c, size_t line, uint32_t o, const char *field, const char *old,
		  const char *neu)
{
	struct inventar_result *r = c->res;
	if (r->n_changes++ >= INVENTAR_MAX_CHANGES)
		return 0;
	struct inventar_change *nc = realloc(r->changes, r->n_changes * sizeof *nc);
	if (!nc)
		return -WP_ENOMEM;
	r->changes = nc;
	struct inventar_change *x = &nc[r->n_changes_kept];
	*x = (struct inventar_change){ line, o, field, strdup(old), strdup(neu) };
	r->n_changes_kept++;
	return x->old && x->neu ? 0 : -WP_ENOMEM;
}

int idiff_after(struct ictx *c, uint32_t o, const struct csv_row *row)
{
	char buf[TEXT_MAX];
	for (size_t i = 0; i < row->n && i < c->ncol; i++) {
		const char *t = c->colmap[i] == F_ABHAENGIGKEITEN ? NULL : col_text(c, o, i, buf);
		if (t && c->snap_off[i] != (size_t)-1 && strcmp(c->snap + c->snap_off[i], t) &&
		    record(c, row->line, o, inventar_column_name(c, i), c->snap + c->snap_off[i], t))
			return -WP_ENOMEM;
	}
	return 0;
}

int idiff_deps(struct ictx *c)
{
	char buf[TEXT_MAX];
	for (size_t i = 0; i < c->n_dold; i++) {
		const struct dep_old *d = &c->dold[i];
		objekt_get(c->w, d->obj, F_ABHAENGIGKEITEN, 1, buf, sizeof buf);
		if (strcmp(d->text, buf) &&
		    record(c, d->line, d->obj, field_defs[F_ABHAENGIGKEITEN].label, d->text, buf))
			return -WP_ENOMEM;
	}
	/* the Abhängigkeiten came last: back into the order of the rows (stable) */
	struct inventar_change *ch = c->res->changes;
	for (size_t i = 1; i < c->res->n_changes_kept; i++) {
		struct inventar_change x = ch[i];
		size_t j = i;
		for (; j > 0 && ch[j - 1].line > x.line; j--)
			ch[j] = ch[j - 1];
		ch[j] = x;
	}
	return 0;
}

void idiff_free(struct ictx *c)
{
	for (size_t i = 0; i < c->n_dold; i++)
		free(c->dold[i].text);
	free(c->dold);
	free(c->snap);
	free(c->snap_off);
}

#define SHOW_BYTES 60 /* of a value in the report */

/* The length of s cut to at most max bytes at a code point boundary. */
static int cut(const char *s, size_t max)
{
	size_t n = strlen(s);
	if (n <= max)
		return (int)n;
	while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80)
		max--;
	return (int)max;
}

/* A value on one line of the report: "—" when empty, line breaks as "↵", cut. */
static void put_value(FILE *f, const char *s)
{
	int n = cut(s, SHOW_BYTES);
	if (!*s)
		fputs("—", f);
	for (int i = 0; i < n; i++) {
		if (s[i] == '\n')
			fputs("↵", f);
		else
			fputc(s[i] == '\r' || s[i] == '\t' ? ' ' : s[i], f);
	}
	if (s[n])
		fputs("…", f);
}

void inventar_print_changes(const struct ws *w, const struct inventar_result *r, size_t max,
			    FILE *f)
{
	size_t shown = 0;
	uint32_t last = WP_NONE;
	for (; shown < r->n_changes_kept && shown < max; shown++) {
		const struct inventar_change *x = &r->changes[shown];
		if (x->obj != last)
			fprintf(f, _("Ändert %s (Zeile %zu):\n"), w->obj[x->obj].kennung, x->line);
		last = x->obj;
		fprintf(f, "  %s: ", x->field);
		put_value(f, x->old);
		fputs(" → ", f);
		put_value(f, x->neu);
		fputc('\n', f);
	}
	if (r->n_changes > shown)
		fprintf(f, ngettext("… und %zu weitere Änderung\n", "… und %zu weitere Änderungen\n",
				    r->n_changes - shown),
			r->n_changes - shown);
	if (!r->n_changes)
		return;
	fprintf(f, ngettext("%zu Wert ändert sich", "%zu Werte ändern sich", r->n_changes),
		r->n_changes);
	fprintf(f, ngettext(" in %zu Objekt.\n", " in %zu Objekten.\n", r->n_changed),
		r->n_changed);
}

void inventar_print_skipped(const struct inventar_result *r, FILE *f)
{
	if (r->n_empty)
		fprintf(f, ngettext("%zu leere Zeile übersprungen.\n",
				    "%zu leere Zeilen übersprungen.\n", r->n_empty),
			r->n_empty);
	if (!r->n_ignored)
		return;
	fprintf(f, _("ignoriert: "));
	for (size_t i = 0; i < r->n_ignored && i < INVENTAR_MAX_IGNORED; i++)
		fprintf(f, _("%sSpalte %s"), i ? ", " : "", r->ignored[i]);
	if (r->n_ignored > INVENTAR_MAX_IGNORED)
		fprintf(f, ngettext(" (%zu Spalte insgesamt)", " (%zu Spalten insgesamt)",
				    r->n_ignored),
			r->n_ignored);
	fputc('\n', f);
}
