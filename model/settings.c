/* Settings table and validation. */
#include "model/settings.h"

#include <math.h>
#include <string.h>

#include "model/i18n.h"
#include "model/numfmt.h"

const struct setting_def setting_defs[SET__N] = {
#define X(id, key, def, lo, hi, desc) [id] = { key, def, lo, hi, desc },
	SETTINGS_TABLE(X)
#undef X
};

void settings_defaults(struct settings *s)
{
	for (int i = 0; i < SET__N; i++)
		s->v[i] = setting_defs[i].def;
}

int settings_find(const char *key)
{
	for (int i = 0; i < SET__N; i++)
		if (strcmp(setting_defs[i].key, key) == 0)
			return i;
	return -1;
}

int settings_set(struct settings *s, int id, double value, struct wp_err *e)
{
	const struct setting_def *d = &setting_defs[id];
	int de = i18n_german();
	char a[40], b[40];
	if (!(value >= d->lo && value <= d->hi)) {
		char c[40];
		return wp_fail(e, WP_EINVAL, _("%s: %s liegt außerhalb des erlaubten Bereichs %s bis %s"),
			       d->key, format_num(value, 6, 1, de, a, sizeof a),
			       format_num(d->lo, 6, 1, de, b, sizeof b),
			       format_num(d->hi, 6, 1, de, c, sizeof c));
	}
	if ((id == SET_KAPAZITAET_MONAT || id == SET_MAX_PT_MONAT) && value * 2 != (double)(long)(value * 2))
		return wp_fail(e, WP_EINVAL, _("%s: %s ist keine Zahl in Schritten von 0,5 PT"), d->key,
			       format_num(value, 6, 1, de, a, sizeof a));
	if ((id == SET_TAGESSATZ_INTERN || id == SET_TAGESSATZ_EXTERN) &&
	    fabs(value * 100 - floor(value * 100 + 0.5)) > 1e-6)
		return wp_fail(e, WP_EINVAL, _("%s: %s ist kein Betrag in ganzen Cent"), d->key,
			       format_num(value, 6, 1, de, a, sizeof a));
	if (id == SET_ANTEIL_EXTERN && fabs(value * 10000 - floor(value * 10000 + 0.5)) > 1e-6)
		return wp_fail(e, WP_EINVAL, _("%s: %s hat mehr als vier Nachkommastellen"), d->key,
			       format_num(value, 6, 1, de, a, sizeof a));
	if (id == SET_SCHWELLE_ANPASSUNG && value > s->v[SET_SCHWELLE_BEREIT])
		return wp_fail(e, WP_EINVAL, _("%s: %s muss kleiner oder gleich %s (%s) sein"),
			       d->key, format_num(value, 6, 1, de, a, sizeof a),
			       setting_defs[SET_SCHWELLE_BEREIT].key,
			       format_num(s->v[SET_SCHWELLE_BEREIT], 6, 1, de, b, sizeof b));
	if (id == SET_SCHWELLE_BEREIT && value < s->v[SET_SCHWELLE_ANPASSUNG])
		return wp_fail(e, WP_EINVAL, _("%s: %s muss größer oder gleich %s (%s) sein"),
			       d->key, format_num(value, 6, 1, de, a, sizeof a),
			       setting_defs[SET_SCHWELLE_ANPASSUNG].key,
			       format_num(s->v[SET_SCHWELLE_ANPASSUNG], 6, 1, de, b, sizeof b));
	s->v[id] = value;
	return 0;
}
