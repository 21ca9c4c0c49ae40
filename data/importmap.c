/* Column mappings for foreign spreadsheets: parsing, lookup, saving (docs/csv.md). */
#include "data/importmap.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "model/fields.h"
#include "model/i18n.h"
#include "model/utf8.h"

static const char parent_label[] = "Übergeordnet";

/* s[0..n) without surrounding blanks: *start and the length. */
static size_t trimmed(const char *s, size_t n, const char **start)
{
	while (n && (*s == ' ' || *s == '\t' || *s == '\r')) {
		s++;
		n--;
	}
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
		n--;
	*start = s;
	return n;
}

/* The canonical target named by s[0..n), or NULL. */
static const char *find_target(const struct ws *w, const char *s, size_t n)
{
	char buf[128];
	if (n >= sizeof buf)
		return NULL;
	memcpy(buf, s, n);
	buf[n] = '\0';
	int f = field_find(buf);
	if (f >= 0 && f < F__CSV)
		return field_defs[f].label;
	if (utf8_eq_ci(buf, n, parent_label) || strcasecmp(buf, "uebergeordnet") == 0)
		return parent_label;
	for (size_t k = 0; w && k < w->n_dvc; k++)
		if (strcasecmp(w->dvc[k].code, buf) == 0)
			return w->dvc[k].code;
	return NULL;
}

const char *importmap_resolve(const struct ws *w, const char *name)
{
	const char *s;
	size_t n = trimmed(name, strlen(name), &s);
	return find_target(w, s, n);
}

char *importmap_targets(const struct ws *w, char *buf, size_t n)
{
	size_t k = 0;
	if (!n)
		return buf;
	buf[0] = '\0';
	for (int f = 0; f < F__CSV + 1 + (int)(w ? w->n_dvc : 0) && k < n; f++) {
		const char *t = f < F__CSV ? field_defs[f].label
			      : f == F__CSV ? parent_label : w->dvc[f - F__CSV - 1].code;
		int r = snprintf(buf + k, n - k, "%s%s", f ? ", " : "", t);
		if (r < 0)
			break;
		k += (size_t)r;
	}
	return buf;
}

const char *importmap_target(const struct importmap *m, const char *name)
{
	const char *s;
	size_t n = trimmed(name, strlen(name), &s);
	for (size_t i = 0; m && i < m->n; i++)
		if (utf8_eq_ci(s, n, m->e[i].from))
			return m->e[i].to;
	return NULL;
}

int importmap_set(struct importmap *m, const char *from, const char *to)
{
	for (size_t i = 0; i < m->n; i++)
		if (utf8_eq_ci(from, strlen(from), m->e[i].from)) {
			m->e[i].to = to;
			return 0;
		}
	struct importmap_entry *ne = realloc(m->e, (m->n + 1) * sizeof *ne);
	if (!ne)
		return -WP_ENOMEM;
	m->e = ne;
	if (!(ne[m->n].from = strdup(from)))
		return -WP_ENOMEM;
	ne[m->n++].to = to;
	return 0;
}

/* One entry "from=to" (s[0..n), not yet trimmed). */
static int parse_entry(const char *s, size_t n, const struct ws *w, struct importmap *m,
		       struct wp_err *e)
{
	const char *eq = memchr(s, '=', n), *a = s, *b = s;
	size_t an = eq ? trimmed(s, (size_t)(eq - s), &a) : 0;
	size_t bn = eq ? trimmed(eq + 1, n - (size_t)(eq - s) - 1, &b) : 0;
	if (!an || !bn)
		return wp_fail(e, WP_EINVAL,
			       _("Zuordnung \"%.*s\": erwartet: Fremdspalte=Zielspalte"), (int)n, s);
	const char *to = find_target(w, b, bn);
	if (!to) {
		char known[1024];
		return wp_fail(e, WP_EINVAL,
			       _("Zuordnung \"%.*s\": Zielspalte \"%.*s\" gibt es nicht, bekannt sind: %s"),
			       (int)n, s, (int)bn, b, importmap_targets(w, known, sizeof known));
	}
	for (size_t i = 0; i < m->n; i++) {
		if (utf8_eq_ci(a, an, m->e[i].from))
			return wp_fail(e, WP_EINVAL,
				       _("Zuordnung: Spalte \"%.*s\" ist zweimal zugeordnet"), (int)an, a);
		if (m->e[i].to == to)
			return wp_fail(e, WP_EINVAL,
				       _("Zuordnung: \"%s\" und \"%.*s\" gehen beide nach \"%s\", erwartet: "
					 "eine Spalte je Zielspalte"),
				       m->e[i].from, (int)an, a, to);
	}
	if (m->n == IMPORTMAP_MAX)
		return wp_fail(e, WP_EINVAL, _("Zuordnung: mehr als %d Einträge"), IMPORTMAP_MAX);
	char *from = strndup(a, an);
	if (!from || importmap_set(m, from, to)) {
		free(from);
		return wp_nomem(e);
	}
	free(from);
	return 0;
}

int importmap_parse(const char *text, int lines, const struct ws *w, struct importmap *m,
		    struct wp_err *e)
{
	int rc = 0;
	importmap_free(m);
	for (const char *p = text; *p && !rc;) {
		size_t ln = strcspn(p, "\n");
		const char *s;
		size_t n = trimmed(p, ln, &s);
		if (n && *s != '#') {
			/* the command-line form separates entries by commas */
			for (const char *q = s, *end = s + n; q < end && !rc;) {
				const char *c = lines ? NULL : memchr(q, ',', (size_t)(end - q));
				size_t k = c ? (size_t)(c - q) : (size_t)(end - q);
				const char *t;
				if (trimmed(q, k, &t))
					rc = parse_entry(q, k, w, m, e);
				q += k + (c != NULL);
			}
		}
		p += ln + (p[ln] == '\n');
	}
	if (!rc && !m->n)
		rc = wp_fail(e, WP_EINVAL, _("Zuordnung: keine Einträge, erwartet: Fremdspalte=Zielspalte"));
	if (rc)
		importmap_free(m);
	return rc;
}

/* The one message of a mapping file that could not be written. */
static int fail_save(struct wp_err *e, const char *path, int errnum)
{
	return wp_fail(e, WP_EIO, _("%s: Zuordnung kann nicht gespeichert werden: %s"), path,
		       strerror(errnum));
}

int importmap_save(const struct importmap *m, const char *path, struct wp_err *e)
{
	FILE *f = fopen(path, "w");
	if (!f)
		return fail_save(e, path, errno);
	fprintf(f, "# wolkenplan: Spaltenzuordnung (Fremdspalte=Zielspalte)\n");
	for (size_t i = 0; i < m->n; i++)
		fprintf(f, "%s=%s\n", m->e[i].from, m->e[i].to);
	int bad = ferror(f);
	if (fclose(f) || bad)
		return fail_save(e, path, errno ? errno : EIO);
	return 0;
}

void importmap_free(struct importmap *m)
{
	for (size_t i = 0; m && i < m->n; i++)
		free(m->e[i].from);
	if (m) {
		free(m->e);
		m->e = NULL;
		m->n = 0;
	}
}
