/* Object fields: lookup, validation, setting and formatting. */
#include "model/fields.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/date.h"
#include "model/enums.h"
#include "model/i18n.h"
#include "model/monat.h"
#include "model/money.h"
#include "model/numfmt.h"
#include "model/utf8.h"

const struct field_def field_defs[F__N] = {
#define X(id, key, label, title, type, ek, flags, member, empty, hint) \
	[id] = { key, label, title, type, ek, flags, offsetof(struct objekt, member), empty, hint },
	FIELDS_TABLE(X)
#undef X
};

/* The value of field f in object o, as its type says (field_defs[f].off). */
#define VAL(o, f, T) (*(T *)(void *)((char *)(o) + field_defs[f].off))
#define CVAL(o, f, T) (*(const T *)(const void *)((const char *)(o) + field_defs[f].off))

static int name_eq(const char *a, const char *b)
{
	return utf8_eq_ci(a, strlen(a), b);
}

int field_find(const char *name)
{
	for (int i = 0; i < F__N; i++)
		if (name_eq(name, field_defs[i].key) || name_eq(name, field_defs[i].label))
			return i;
	/* common alternative spellings of the German labels */
	if (name_eq(name, "Behoerde"))
		return F_BEHOERDE;
	if (name_eq(name, "Integritaet"))
		return F_SB_I;
	if (name_eq(name, "Verfuegbarkeit"))
		return F_SB_A;
	if (name_eq(name, "Abhaengigkeiten"))
		return F_ABHAENGIGKEITEN;
	if (name_eq(name, "Aufwand"))
		return F_AUFWAND;
	return -1;
}

int field_fail_empty(struct wp_err *e, int field, const char *label)
{
	return wp_fail_field(e, WP_EINVAL, field, _("Feld \"%s\": darf nicht leer sein"), label);
}

int field_fail_choice(struct wp_err *e, int field, const char *label, const char *value,
		      const char *allowed)
{
	return wp_fail_field(e, WP_EINVAL, field,
			     _("Feld \"%s\": \"%s\" ist nicht erlaubt, erwartet: %s"), label, value,
			     allowed);
}

static int bad_enum(struct wp_err *e, int f, const char *value, enum enum_kind k)
{
	return field_fail_choice(e, f, field_defs[f].label, value, enum_allowed(k));
}

static int parse_count(const char *s, int64_t *out)
{
	if (!*s)
		return -1;
	int64_t v = 0;
	for (const char *p = s; *p; p++) {
		if (*p < '0' || *p > '9')
			return -1;
		if (v > (INT64_MAX - (*p - '0')) / 10)
			return -1;
		v = v * 10 + (*p - '0');
	}
	*out = v;
	return 0;
}

/* Decimal with comma or point, ≥ 0, at most 1e9. */
static int parse_decimal(const char *s, double *out)
{
	char buf[64];
	size_t n = strlen(s);
	if (n == 0 || n >= sizeof buf)
		return -1;
	int seen_sep = 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == ',' || c == '.') {
			if (seen_sep++ || i == 0 || i == n - 1)
				return -1;
			c = '.';
		} else if (c < '0' || c > '9') {
			return -1;
		}
		buf[i] = c;
	}
	buf[n] = '\0';
	double v = strtod(buf, NULL);
	if (!(v >= 0 && v <= 1e9))
		return -1;
	*out = v;
	return 0;
}

/* A number as a spreadsheet writes it (FS_GRUPPIERT, docs/csv.md "Zahlen"): digits,
 * optionally grouped in threes by the dialect's thousands separator ('.' German, ',' with
 * FS_DEZIMALPUNKT), and unless whole a decimal part after the other separator. A lone
 * thousands separator not followed by exactly three digits is read as the decimal one
 * ("12.5" is 12,5 in either dialect), so files written before keep their meaning. Stores
 * the value (≤ 1e9 for decimals, ≤ INT64_MAX / 10 for whole numbers) in *out; -1 if s
 * is not such a number. */
static int parse_grouped(const char *s, unsigned flags, int whole, double *out)
{
	char grp = (flags & FS_DEZIMALPUNKT) ? ',' : '.', dec = grp == ',' ? '.' : ',';
	char buf[64];
	size_t n = strlen(s), k = 0, ngrp = 0, last_grp = 0, dpos = n;
	if (n == 0 || n >= sizeof buf)
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == dec) {
			if (dpos != n)
				return -1;
			dpos = i;
		} else if (s[i] == grp) {
			if (dpos != n)
				return -1;
			ngrp++;
			last_grp = i;
		} else if (s[i] < '0' || s[i] > '9') {
			return -1;
		}
	}
	if (ngrp == 1 && dpos == n && n - last_grp - 1 != 3)
		dpos = last_grp; /* "12.5": the separator is a decimal one */
	if (dpos == 0 || dpos == n - 1 || (whole && dpos != n))
		return -1;
	/* the integer part: groups of three after the first group of one to three */
	size_t run = 0, groups = 0;
	for (size_t i = 0; i < dpos; i++) {
		if (s[i] == grp) {
			if (run == 0 || run > 3 || (groups && run != 3))
				return -1;
			groups++;
			run = 0;
		} else {
			buf[k++] = s[i];
			run++;
		}
	}
	if (run == 0 || (groups && run != 3))
		return -1;
	if (dpos < n) {
		buf[k++] = '.';
		for (size_t i = dpos + 1; i < n; i++)
			buf[k++] = s[i];
	}
	buf[k] = '\0';
	double v = strtod(buf, NULL);
	if (!(v >= 0 && v <= (whole ? 9e15 : 1e9)))
		return -1;
	*out = v;
	return 0;
}

/* Copies s without surrounding blanks into buf. A value too long for buf (no enum or
 * number is that long) becomes "\x01", which no parser accepts. */
static const char *trim(const char *s, char *buf, size_t n)
{
	while (*s == ' ' || *s == '\t')
		s++;
	size_t len = strlen(s);
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	if (len >= n) {
		buf[0] = '\x01';
		buf[1] = '\0';
		return buf;
	}
	memcpy(buf, s, len);
	buf[len] = '\0';
	return buf;
}

/* OZG cell: comma-separated OZG ids (1–6 digits) or 14-digit LeiKa keys. */
static int ozg_valid(const char *s)
{
	const char *p = s;
	while (*p) {
		while (*p == ' ')
			p++;
		size_t d = 0;
		while (p[d] >= '0' && p[d] <= '9')
			d++;
		if (!(d >= 1 && d <= 6) && d != 14)
			return 0;
		p += d;
		while (*p == ' ')
			p++;
		if (*p == ',') {
			p++;
			if (!*p)
				return 0;
		} else if (*p) {
			return 0;
		}
	}
	return 1;
}

static int set_value(struct ws *w, uint32_t oi, int f, const char *raw, unsigned flags,
		     struct wp_err *e)
{
	struct objekt *o = &w->obj[oi];
	char tb[128];
	const char *v = raw ? raw : "";
	const char *t = trim(v, tb, sizeof tb); /* short, trimmed view for enums/numbers */
	const char *label = f >= 0 && f < F__N ? field_defs[f].label : "?";
	int x;
	int64_t n;
	double d;
	int32_t day;
	const char *s;

	switch (f >= 0 && f < F__N ? field_defs[f].type : FT_DEPS) {
	case FT_KENNUNG: {
		int rc = kennung_check(w, v, oi, e);
		if (rc)
			return rc;
		size_t kn;
		const char *k = kennung_span(v, strlen(v), &kn);
		if (!(s = ws_strn(w, k, kn)))
			return wp_nomem(e);
		VAL(o, f, const char *) = s;
		w->n_indexed = 0; /* the sorted index is stale until the next ws_index */
		return 0;
	}
	case FT_TEXT:
		if ((field_defs[f].flags & FD_REQUIRED) && !*t)
			return field_fail_empty(e, f, label);
		if ((field_defs[f].flags & FD_OZG) && !ozg_valid(v))
			return wp_fail(e, WP_EINVAL,
				       _("Feld \"%s\": \"%s\" ist ungültig, erwartet: OZG-IDs oder "
					 "14-stellige LeiKa-Schlüssel, durch Komma getrennt"),
				       label, v);
		if (!(s = ws_str(w, v)))
			return wp_nomem(e);
		VAL(o, f, const char *) = s;
		return 0;
	case FT_BEHOERDE: {
		uint32_t b = ws_find_behoerde(w, v);
		if (b == WP_NONE)
			return wp_fail(e, WP_ENOTFOUND,
				       _("Feld \"%s\": Behörde \"%s\" gibt es nicht, erwartet: der Name "
					 "einer vorhandenen Behörde"),
				       label, v);
		VAL(o, f, uint32_t) = b;
		return 0;
	}
	case FT_ENUM:
		if ((x = enum_parse((enum enum_kind)field_defs[f].ek, t)) < 0)
			return bad_enum(e, f, v, (enum enum_kind)field_defs[f].ek);
		VAL(o, f, uint8_t) = (uint8_t)x;
		return 0;
	case FT_COUNT:
		if (!*t)
			n = -1;
		else if (parse_count(t, &n)) { /* not plain digits (the common cell, exact) */
			if (!(flags & FS_GRUPPIERT) || parse_grouped(t, flags, 1, &d))
				return wp_fail(e, WP_EINVAL,
					       (flags & FS_GRUPPIERT)
						       ? _("Feld \"%s\": \"%s\" ist keine Zahl, erwartet: "
							   "ganze Zahl ≥ 0, Tausender in Dreiergruppen (oder leer)")
						       : _("Feld \"%s\": \"%s\" ist keine Zahl, erwartet: "
							   "ganze Zahl ≥ 0 ohne Tausenderpunkte (oder leer)"),
					       label, v);
			n = (int64_t)d;
		}
		VAL(o, f, int64_t) = n;
		return 0;
	case FT_DATE:
		if (!*t) {
			VAL(o, f, int32_t) = DATE_NONE;
			return 0;
		}
		if (date_parse(t, &day))
			return wp_fail(e, WP_EINVAL,
				       _("Feld \"%s\": \"%s\" ist kein gültiges Datum, erwartet: TT.MM.JJJJ "
					 "oder JJJJ-MM-TT"),
				       label, v);
		VAL(o, f, int32_t) = day;
		return 0;
	case FT_PT:
		if (!*t) {
			VAL(o, f, double) = -1;
			return 0;
		}
		if ((flags & FS_GRUPPIERT) ? parse_grouped(t, flags, 0, &d) : parse_decimal(t, &d))
			return wp_fail(e, WP_EINVAL,
				       _("Feld \"%s\": \"%s\" ist ungültig, erwartet: Zahl ≥ 0 in PT, "
					 "Dezimalkomma oder -punkt (oder leer)"),
				       label, v);
		VAL(o, f, double) = d;
		return 0;
	case FT_HALBPT:
		if (!*t) {
			VAL(o, f, int32_t) = 0;
			return 0;
		}
		if (((flags & FS_GRUPPIERT) ? parse_grouped(t, flags, 0, &d) : parse_decimal(t, &d)) ||
		    d > 1e6 || floor(d * 2) != d * 2 ||
		    ((field_defs[f].flags & FD_POSITIV) && d < 0.5))
			return wp_fail(e, WP_EINVAL,
				       (field_defs[f].flags & FD_POSITIV)
					       ? _("Feld \"%s\": \"%s\" ist ungültig, erwartet: PT in "
						   "Schritten von 0,5, mindestens 0,5 (oder leer)")
					       : _("Feld \"%s\": \"%s\" ist ungültig, erwartet: PT ≥ 0 in "
						   "Schritten von 0,5 (oder leer)"),
				       label, v);
		VAL(o, f, int32_t) = (int32_t)(d * 2);
		return 0;
	case FT_MONAT:
		if (!*t) {
			VAL(o, f, int32_t) = 0;
			return 0;
		}
		if (monat_parse(t, 0, &day))
			return wp_fail(e, WP_EINVAL,
				       _("Feld \"%s\": \"%s\" ist kein gültiger Monat, erwartet: JJJJ-MM "
					 "oder MM.JJJJ zwischen 2000 und 2100 (oder leer)"),
				       label, v);
		VAL(o, f, int32_t) = day;
		return 0;
	case FT_EURO: {
		int64_t ct = -1;
		int rc = *t ? money_parse(t, (flags & FS_DEZIMALPUNKT) != 0, FIELD_EURO_MAX, &ct) : 0;
		if (rc == -2)
			return wp_fail(e, WP_EINVAL,
				       _("Feld \"%s\": \"%s\" ist zu groß, erwartet: höchstens "
					 "1.000.000.000 €"),
				       label, v);
		if (rc)
			return wp_fail(e, WP_EINVAL,
				       _("Feld \"%s\": \"%s\" ist kein Eurobetrag, erwartet: Betrag ≥ 0, "
					 "z. B. 12500, 12.500 oder 12.500,50 € (oder leer)"),
				       label, v);
		VAL(o, f, int64_t) = ct;
		return 0;
	}
	case FT_PLATTFORM: {
		uint32_t p = *t ? ws_find_plattform(w, t) : WP_NONE;
		if (*t && (p == WP_NONE || w->pf[p].id <= 0))
			return wp_fail(e, WP_ENOTFOUND,
				       _("Feld \"%s\": Plattform \"%s\" gibt es nicht, erwartet: der Code "
					 "einer vorhandenen Plattform (oder leer)"),
				       label, v);
		VAL(o, f, int64_t) = *t ? w->pf[p].id : 0;
		return 0;
	}
	default:
		return wp_fail(e, WP_EINVAL, _("Feld \"%s\" kann hier nicht gesetzt werden"), label);
	}
}

int objekt_set_as(struct ws *w, uint32_t o, int f, const char *value, unsigned flags,
		  struct wp_err *e)
{
	int rc = set_value(w, o, f, value, flags, e);
	if (rc && rc != -WP_ENOMEM && e)
		e->field = f;
	return rc;
}

int objekt_set(struct ws *w, uint32_t o, int f, const char *value, struct wp_err *e)
{
	return objekt_set_as(w, o, f, value, 0, e);
}

int objekt_stand_check(const struct ws *w, uint32_t oi, double aufwand, struct wp_err *e)
{
	const struct objekt *o = &w->obj[oi];
	if (o->stand == STAND_MIGRIERT && !o->inbetriebnahme)
		return wp_fail_field(e, WP_EINVAL, F_INBETRIEBNAHME,
				     _("Feld \"%s\": migriert braucht den Monat der Inbetriebnahme "
				       "(Feld \"%s\", JJJJ-MM oder MM.JJJJ)"),
				     field_defs[F_STAND].label, field_defs[F_INBETRIEBNAHME].label);
	if (aufwand < 0 || o->ist_pt <= aufwand * 2 + 1e-9)
		return 0;
	char a[32], b[32];
	return wp_fail_field(e, WP_EINVAL, F_IST_PT,
			     _("Feld \"%s\": %s PT sind mehr als der Aufwand (%s PT)"),
			     field_defs[F_IST_PT].label,
			     format_num(o->ist_pt / 2.0, 1, 1, i18n_german(), a, sizeof a),
			     format_num(aufwand, 1, 1, i18n_german(), b, sizeof b));
}

int objekt_set_crit(struct ws *w, uint32_t o, uint32_t k, const char *value, struct wp_err *e)
{
	int x = enum_parse(EK_CRIT, value ? value : "");
	if (x < 0)
		return field_fail_choice(e, WP_FIELD_NONE, w->dvc[k].code, value,
					 enum_allowed(EK_CRIT));
	w->crit[(size_t)o * w->n_dvc + k] = (uint8_t)x;
	return 0;
}

char *format_pt(double v, int german, char *buf, size_t n)
{
	return format_num(floor(v * 2 + 0.5) / 2, 1, 1, german, buf, n);
}

/* The Abhängigkeiten of object oi as "KENNUNG (Label),…" into buf (n bytes), ordered by
 * the target's Kennung, so the text is canonical whatever the order of entry (the export
 * round-trips byte for byte). */
static void deps_format(const struct ws *w, uint32_t oi, char *buf, size_t n)
{
	size_t used = 0;
	uint32_t lo = w->out_off[oi], hi = w->out_off[oi + 1];
	const char *prev = NULL;
	for (uint32_t step = lo; step < hi && used + 1 < n; step++) {
		uint32_t best = WP_NONE;
		for (uint32_t j = lo; j < hi; j++) {
			const char *k = w->obj[w->dep[w->out_dep[j]].zu].kennung;
			if (prev && strcmp(k, prev) <= 0)
				continue;
			if (best == WP_NONE || strcmp(k, w->obj[w->dep[best].zu].kennung) < 0)
				best = w->out_dep[j];
		}
		if (best == WP_NONE)
			break;
		prev = w->obj[w->dep[best].zu].kennung;
		const char *label = ws_dep_label(w, best);
		int k = snprintf(buf + used, n - used, "%s%s%s%s%s", used ? "," : "", prev,
				 label[0] ? " (" : "", label, label[0] ? ")" : "");
		if (k < 0)
			break;
		used += (size_t)k;
	}
}

char *objekt_get(const struct ws *w, uint32_t oi, int f, int german, char *buf, size_t n)
{
	const struct objekt *o = &w->obj[oi];
	buf[0] = '\0';
	if (f < 0 || f >= F__N)
		return buf;
	switch (field_defs[f].type) {
	case FT_KENNUNG:
	case FT_TEXT:
		snprintf(buf, n, "%s", CVAL(o, f, const char *));
		break;
	case FT_BEHOERDE:
		snprintf(buf, n, "%s", w->beh[CVAL(o, f, uint32_t)].name);
		break;
	case FT_ENUM:
		snprintf(buf, n, "%s", enum_label((enum enum_kind)field_defs[f].ek, CVAL(o, f, uint8_t)));
		break;
	case FT_COUNT:
		if (CVAL(o, f, int64_t) >= 0)
			snprintf(buf, n, "%lld", (long long)CVAL(o, f, int64_t));
		break;
	case FT_DATE:
		date_format(CVAL(o, f, int32_t), german, buf, n);
		break;
	case FT_PT:
		if (CVAL(o, f, double) >= 0) /* what the user entered: shortest, no trailing zeros */
			format_num(CVAL(o, f, double), 9, 1, german, buf, n);
		break;
	case FT_HALBPT:
		if (CVAL(o, f, int32_t))
			format_num(CVAL(o, f, int32_t) / 2.0, 1, 1, german, buf, n);
		break;
	case FT_MONAT:
		if (CVAL(o, f, int32_t))
			monat_format(CVAL(o, f, int32_t), german, buf, n);
		break;
	case FT_EURO: /* exact, without grouping, so that a file round-trips */
		if (CVAL(o, f, int64_t) >= 0)
			money_plain(CVAL(o, f, int64_t), german, buf, n);
		break;
	case FT_PLATTFORM:
		for (size_t p = 0; CVAL(o, f, int64_t) > 0 && p < w->n_pf; p++)
			if (w->pf[p].id == CVAL(o, f, int64_t))
				snprintf(buf, n, "%s", w->pf[p].code);
		break;
	default:
		deps_format(w, oi, buf, n);
		break;
	}
	return buf;
}

int deps_parse(const char *s, int (*fn)(void *ctx, const char *kennung, const char *label),
	       void *ctx, struct wp_err *e)
{
	char k[KENNUNG_BYTES + 1], l[256];
	const char *p = s;
	while (*p) {
		/* a Kennung runs to the next comma or bracket (neither is allowed in one) */
		size_t kn = strcspn(p, ",("), tn;
		const char *t = kennung_span(p, kn, &tn);
		if (!tn && !p[kn])
			break; /* nothing but spaces after the last comma */
		if (!tn)
			return wp_fail(e, WP_EINVAL,
				       _("Feld \"%s\": Eintrag \"%.40s\" ist ungültig, erwartet: Kennungen, "
					 "durch Komma getrennt, je optional mit \"(Schnittstelle)\""),
				       field_defs[F_ABHAENGIGKEITEN].label, p);
		int rc = kennung_check_syntax(t, tn, F_ABHAENGIGKEITEN,
					      field_defs[F_ABHAENGIGKEITEN].label, e);
		if (rc)
			return rc;
		memcpy(k, t, tn); /* valid: at most KENNUNG_BYTES */
		k[tn] = '\0';
		p += kn;
		l[0] = '\0';
		if (*p == '(') {
			const char *close = strchr(p, ')');
			const char *comma = strchr(p, ',');
			if (!close || (comma && comma < close) || (size_t)(close - p - 1) >= sizeof l)
				return wp_fail(e, WP_EINVAL,
					       _("Feld \"%s\": bei \"%s\" fehlt die schließende Klammer "
						 "(Schnittstellen dürfen kein Komma enthalten)"),
					       field_defs[F_ABHAENGIGKEITEN].label, k);
			size_t ln = (size_t)(close - p - 1);
			memcpy(l, p + 1, ln);
			l[ln] = '\0';
			if (strchr(l, '('))
				return wp_fail(e, WP_EINVAL, _("Feld \"%s\": verschachtelte Klammer bei \"%s\""),
					       field_defs[F_ABHAENGIGKEITEN].label, k);
			p = close + 1;
			while (*p == ' ')
				p++;
		}
		if (*p && *p != ',')
			return wp_fail(e, WP_EINVAL,
				       _("Feld \"%s\": nach \"%s\" wird ein Komma erwartet"),
				       field_defs[F_ABHAENGIGKEITEN].label, k);
		if (*p == ',')
			p++;
		if ((rc = fn(ctx, k, l)))
			return rc;
	}
	return 0;
}
