/* Settings table and validation. */
#include "model/settings.h"

#include <string.h>

#include "model/i18n.h"

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
	if (!(value >= d->lo && value <= d->hi))
		return wp_fail(e, WP_EINVAL, _("%s: %g liegt außerhalb des erlaubten Bereichs %g bis %g"),
			       d->key, value, d->lo, d->hi);
	if (id == SET_SCHWELLE_ANPASSUNG && value > s->v[SET_SCHWELLE_BEREIT])
		return wp_fail(e, WP_EINVAL, _("%s: %g muss kleiner oder gleich %s (%g) sein"),
			       d->key, value, setting_defs[SET_SCHWELLE_BEREIT].key,
			       s->v[SET_SCHWELLE_BEREIT]);
	if (id == SET_SCHWELLE_BEREIT && value < s->v[SET_SCHWELLE_ANPASSUNG])
		return wp_fail(e, WP_EINVAL, _("%s: %g muss größer oder gleich %s (%g) sein"),
			       d->key, value, setting_defs[SET_SCHWELLE_ANPASSUNG].key,
			       s->v[SET_SCHWELLE_ANPASSUNG]);
	s->v[id] = value;
	return 0;
}
