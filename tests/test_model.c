/* Unit tests of the model's validation layer as a user of import and `object set` meets it:
 * objekt_set for every field (accepted spellings, rejected values with a message naming
 * the field and what is expected, object left unchanged), Kennung rules, field names,
 * Abhängigkeiten cells, formatting, dates, enums, UTF-8 helpers, settings and lookups. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/date.h"
#include "model/enums.h"
#include "model/err.h"
#include "model/fields.h"
#include "model/settings.h"
#include "model/sort.h"
#include "model/utf8.h"
#include "model/ws.h"
#include "tests/bench/gen.h"

/* ---- fixtures ---- */

struct fix {
	struct ws *w;
	uint32_t o;     /* the object under test, "FV-PARKAUSWEIS" */
	uint32_t other; /* a second object, "REG-MELDE" */
};

static int setup(void **state)
{
	struct fix *f = calloc(1, sizeof *f);
	if (!f)
		return -1;
	f->w = ws_new();
	if (!f->w || ws_set_criteria(f->w, gen_catalogue, GEN_N_CATALOGUE))
		return -1;
	ws_add_behoerde(f->w, "32 Ordnungsamt", WP_NONE);
	ws_add_behoerde(f->w, "33 Bürgerservice", WP_NONE);
	f->o = ws_add_objekt(f->w, "FV-PARKAUSWEIS");
	f->other = ws_add_objekt(f->w, "REG-MELDE");
	f->w->obj[f->o].name = "Parkausweisverwaltung";
	f->w->obj[f->other].name = "Melderegister";
	if (ws_index(f->w))
		return -1;
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fix *f = *state;
	ws_free(&f->w);
	assert_null(f->w);
	free(f);
	return 0;
}

/* Sets field fid to value and expects success. */
static void set_ok(struct ws *w, uint32_t o, int fid, const char *value)
{
	struct wp_err e = { 0 };
	int rc = objekt_set(w, o, fid, value, &e);
	if (rc)
		fail_msg("objekt_set(%s, \"%s\") = %d: %s", field_defs[fid].label, value, rc, e.msg);
}

/* Expects value to be rejected for field fid with code -want (0: any negative), a message
 * naming the field's label and containing hint, and the object (and its DVC values) left
 * exactly as it was. */
static void set_bad(struct ws *w, uint32_t o, int fid, const char *value, int want,
		    const char *hint)
{
	struct objekt before = w->obj[o];
	uint8_t crit[16];
	memcpy(crit, w->crit + (size_t)o * w->n_dvc, w->n_dvc);
	struct wp_err e = { 0 };
	int rc = objekt_set(w, o, fid, value, &e);
	if (rc >= 0 || (want && rc != -want))
		fail_msg("objekt_set(%s, \"%s\") = %d, expected %d", field_defs[fid].label, value, rc,
			 want ? -want : -1);
	assert_int_equal(e.code, -rc);
	if (!strstr(e.msg, field_defs[fid].label))
		fail_msg("message for %s=\"%s\" does not name the field: %s", field_defs[fid].label,
			 value, e.msg);
	if (hint && !strstr(e.msg, hint))
		fail_msg("message for %s=\"%s\" lacks \"%s\": %s", field_defs[fid].label, value, hint,
			 e.msg);
	assert_memory_equal(&before, &w->obj[o], sizeof before);
	assert_memory_equal(crit, w->crit + (size_t)o * w->n_dvc, w->n_dvc);
}

static const char *get(const struct ws *w, uint32_t o, int fid, int german)
{
	static char buf[1024];
	return objekt_get(w, o, fid, german, buf, sizeof buf);
}

/* ---- objekt_set, field by field ---- */

static void test_set_text_fields(void **state)
{
	struct fix *f = *state;
	struct ws *w = f->w;
	const struct objekt *o = &w->obj[f->o];
	set_ok(w, f->o, F_NAME, "Bewohnerparken – Ausweisverwaltung „Zone A“");
	assert_string_equal(o->name, "Bewohnerparken – Ausweisverwaltung „Zone A“");
	set_ok(w, f->o, F_NAME, "  mit Leerzeichen  ");
	assert_string_equal(o->name, "  mit Leerzeichen  "); /* text is kept as entered */
	set_ok(w, f->o, F_HERSTELLER, "Müller & Söhne; \"GmbH\"");
	assert_string_equal(o->hersteller, "Müller & Söhne; \"GmbH\"");
	set_ok(w, f->o, F_PRODUKT, "=SUMME(A1)");
	assert_string_equal(o->produkt, "=SUMME(A1)");
	set_ok(w, f->o, F_STANDARDS, "XMeld,OSCI-Transport");
	assert_string_equal(o->standards, "XMeld,OSCI-Transport");
	set_ok(w, f->o, F_NOTIZ, "Zeile 1\nZeile 2");
	assert_string_equal(o->notiz, "Zeile 1\nZeile 2");
	set_ok(w, f->o, F_NOTIZ, "");
	assert_string_equal(o->notiz, "");
	set_ok(w, f->o, F_HERSTELLER, NULL);
	assert_string_equal(o->hersteller, "");

	/* the copy lives in the pool, not in the caller's buffer */
	char tmp[32];
	snprintf(tmp, sizeof tmp, "%s", "Kurzname");
	set_ok(w, f->o, F_NAME, tmp);
	memset(tmp, 'x', sizeof tmp - 1);
	assert_string_equal(o->name, "Kurzname");

	set_bad(w, f->o, F_NAME, "", WP_EINVAL, "leer");
	set_bad(w, f->o, F_NAME, "   ", WP_EINVAL, "leer");
	set_bad(w, f->o, F_NAME, "\t", WP_EINVAL, "leer");
}

static void test_set_typ(void **state)
{
	struct fix *f = *state;
	struct ws *w = f->w;
	const struct objekt *o = &w->obj[f->o];
	set_ok(w, f->o, F_TYP, "Register");
	assert_int_equal(o->typ, TYP_REGISTER);
	set_ok(w, f->o, F_TYP, "anwendung");
	assert_int_equal(o->typ, TYP_ANWENDUNG);
	set_ok(w, f->o, F_TYP, "FACHVERFAHREN");
	assert_int_equal(o->typ, TYP_FACHVERFAHREN);
	set_ok(w, f->o, F_TYP, "  Register\t");
	assert_int_equal(o->typ, TYP_REGISTER);
	set_bad(w, f->o, F_TYP, "Datenbank", WP_EINVAL, "Fachverfahren, Register, Anwendung");
	set_bad(w, f->o, F_TYP, "", WP_EINVAL, "Fachverfahren, Register, Anwendung");
	set_bad(w, f->o, F_TYP, "Registe", WP_EINVAL, NULL);
	set_bad(w, f->o, F_TYP, "Registerr", WP_EINVAL, NULL);
	set_bad(w, f->o, F_TYP, "Reg ister", WP_EINVAL, NULL);
	/* the message quotes what the user entered */
	struct wp_err e = { 0 };
	assert_int_equal(objekt_set(w, f->o, F_TYP, "Datenbank", &e), -WP_EINVAL);
	assert_non_null(strstr(e.msg, "\"Datenbank\""));
}

static void test_set_betrieb(void **state)
{
	struct fix *f = *state;
	struct ws *w = f->w;
	const struct objekt *o = &w->obj[f->o];
	static const struct { const char *in; int want; } ok[] = {
		{ "Eigenes RZ", BETRIEB_EIGENES_RZ }, { "eigenes rz", BETRIEB_EIGENES_RZ },
		{ "Eigenes Rechenzentrum", BETRIEB_EIGENES_RZ }, { "eigenes_rz", BETRIEB_EIGENES_RZ },
		{ "IT-Dienstleister", BETRIEB_DIENSTLEISTER }, { "it-dienstleister", BETRIEB_DIENSTLEISTER },
		{ "Dienstleister", BETRIEB_DIENSTLEISTER }, { "SaaS", BETRIEB_SAAS },
		{ "SAAS", BETRIEB_SAAS }, { "Public Cloud", BETRIEB_PUBLIC_CLOUD },
		{ "public_cloud", BETRIEB_PUBLIC_CLOUD }, { "unbekannt", BETRIEB_UNBEKANNT },
		{ "SaaS", BETRIEB_SAAS }, { "", BETRIEB_UNBEKANNT },
		/* synonyms of docs/csv.md */
		{ "RZ", BETRIEB_EIGENES_RZ }, { "on-prem", BETRIEB_EIGENES_RZ },
		{ "Cloud", BETRIEB_PUBLIC_CLOUD }, { "IT-DL", BETRIEB_DIENSTLEISTER },
	};
	for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
		set_ok(w, f->o, F_BETRIEB, ok[i].in);
		assert_int_equal(o->betrieb, ok[i].want);
	}
	set_bad(w, f->o, F_BETRIEB, "Wolke", WP_EINVAL, "Eigenes RZ, IT-Dienstleister, SaaS");
	set_bad(w, f->o, F_BETRIEB, "Keller", WP_EINVAL, "Public Cloud");
}

static void test_set_counts(void **state)
{
	struct fix *f = *state;
	struct ws *w = f->w;
	const struct objekt *o = &w->obj[f->o];
	assert_int_equal(o->nutzer, -1); /* new objects: unknown */
	set_ok(w, f->o, F_NUTZER, "0");
	assert_int_equal(o->nutzer, 0);
	set_ok(w, f->o, F_NUTZER, "95");
	assert_int_equal(o->nutzer, 95);
	set_ok(w, f->o, F_NUTZER, " 12 ");
	assert_int_equal(o->nutzer, 12);
	set_ok(w, f->o, F_NUTZER, "");
	assert_int_equal(o->nutzer, -1);
	set_ok(w, f->o, F_FALLZAHL, "52000");
	assert_int_equal(o->fallzahl, 52000);
	set_ok(w, f->o, F_FALLZAHL, "9223372036854775807");
	assert_true(o->fallzahl == INT64_MAX);
	set_ok(w, f->o, F_FALLZAHL, "007");
	assert_int_equal(o->fallzahl, 7);
	static const char *const bad[] = { "1.000", "1,5", "-5", "12a", "zwölf", "+3", "1e3",
					   "9223372036854775808", "99999999999999999999", "1 000" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		set_bad(w, f->o, F_NUTZER, bad[i], WP_EINVAL, "ganze Zahl");
		set_bad(w, f->o, F_FALLZAHL, bad[i], WP_EINVAL, "ohne Tausenderpunkte");
	}
	assert_int_equal(o->fallzahl, 7);
}

/* objekt_set_as with a file's dialect (docs/csv.md "Zahlen"): thousands separators. */
static void test_set_grouped(void **state)
{
	struct fix *f = *state;
	struct ws *w = f->w;
	const struct objekt *o = &w->obj[f->o];
	struct wp_err e;
	const unsigned de = FS_GRUPPIERT, rfc = FS_GRUPPIERT | FS_DEZIMALPUNKT;
	static const struct { unsigned fl; int f; const char *in; double want; } ok[] = {
		{ FS_GRUPPIERT, F_NUTZER, "12.500", 12500 },
		{ FS_GRUPPIERT, F_NUTZER, "1.234.567", 1234567 },
		{ FS_GRUPPIERT, F_NUTZER, "950", 950 },
		{ FS_GRUPPIERT | FS_DEZIMALPUNKT, F_NUTZER, "12,500", 12500 },
		{ FS_GRUPPIERT, F_AUFWAND, "1.234,5", 1234.5 },
		{ FS_GRUPPIERT, F_AUFWAND, "12.5", 12.5 }, /* a lone separator: decimal */
		{ FS_GRUPPIERT, F_AUFWAND, "12,5", 12.5 },
		{ FS_GRUPPIERT | FS_DEZIMALPUNKT, F_AUFWAND, "1,234.5", 1234.5 },
		{ FS_GRUPPIERT | FS_DEZIMALPUNKT, F_AUFWAND, "12.5", 12.5 },
	};
	for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
		assert_int_equal(objekt_set_as(w, f->o, ok[i].f, ok[i].in, ok[i].fl, &e), 0);
		if (ok[i].f == F_NUTZER)
			assert_int_equal(o->nutzer, (int64_t)ok[i].want);
		else
			assert_true(o->aufwand == ok[i].want);
	}
	static const char *const bad[] = { "12.50.0", "1.23", "12.5000", ".500", "500.", "1,2,3" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		assert_int_equal(objekt_set_as(w, f->o, F_NUTZER, bad[i], de, &e), -WP_EINVAL);
	assert_int_equal(objekt_set_as(w, f->o, F_NUTZER, "12.500", rfc, &e), -WP_EINVAL);
	/* euros follow the dialect: a decimal point for rfc4180 */
	assert_int_equal(objekt_set_as(w, f->o, F_BK_HEUTE, "1,000.50", rfc, &e), 0);
	assert_int_equal(o->bk_heute, 100050);
	assert_int_equal(objekt_set_as(w, f->o, F_BK_HEUTE, "1.000,50", de, &e), 0);
	assert_int_equal(o->bk_heute, 100050);
	/* without flags nothing changes: no grouping for counts */
	set_bad(w, f->o, F_NUTZER, "12.500", WP_EINVAL, "ohne Tausenderpunkte");
}

static void test_set_levels(void **state)
{
	struct fix *f = *state;
	struct ws *w = f->w;
	const struct objekt *o = &w->obj[f->o];
	static const struct { const char *in; int want; } ok[] = {
		{ "normal", LVL_NORMAL }, { "NORMAL", LVL_NORMAL }, { "hoch", LVL_HOCH },
		{ "Hoch", LVL_HOCH }, { "sehr hoch", LVL_SEHR_HOCH }, { "Sehr Hoch", LVL_SEHR_HOCH },
		{ "sehr_hoch", LVL_SEHR_HOCH }, { "sehrhoch", LVL_SEHR_HOCH }, { "1", LVL_NORMAL },
		{ "2", LVL_HOCH }, { "3", LVL_SEHR_HOCH }, { " hoch ", LVL_HOCH }, { "", LVL_NONE },
	};
	static const int fields[3] = { F_SB_C, F_SB_I, F_SB_A };
	for (int g = 0; g < 3; g++) {
		for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
			set_ok(w, f->o, fields[g], ok[i].in);
			assert_int_equal(o->sb[g], ok[i].want);
		}
		set_ok(w, f->o, fields[g], "hoch");
		set_bad(w, f->o, fields[g], "mittel", WP_EINVAL, "normal, hoch, sehr hoch");
		set_bad(w, f->o, fields[g], "4", WP_EINVAL, "normal, hoch, sehr hoch");
		set_bad(w, f->o, fields[g], "0", WP_EINVAL, NULL);
		set_bad(w, f->o, fields[g], "sehr  hoch", WP_EINVAL, NULL);
		assert_int_equal(o->sb[g], LVL_HOCH);
	}
	/* each goal is its own field */
	set_ok(w, f->o, F_SB_C, "normal");
	set_ok(w, f->o, F_SB_I, "sehr hoch");
	set_ok(w, f->o, F_SB_A, "");
	assert_int_equal(o->sb[SB_C], LVL_NORMAL);
	assert_int_equal(o->sb[SB_I], LVL_SEHR_HOCH);
	assert_int_equal(o->sb[SB_A], LVL_NONE);
}

static void test_set_personenbezug(void **state)
{
	struct fix *f = *state;
	struct ws *w = f->w;
	const struct objekt *o = &w->obj[f->o];
	static const struct { const char *in; int want; } ok[] = {
		{ "nein", PB_NEIN }, { "NEIN", PB_NEIN }, { "ja", PB_JA }, { "Ja", PB_JA },
		{ "Art. 9", PB_ART9 }, { "art. 9", PB_ART9 }, { "Art9", PB_ART9 }, { "art 9", PB_ART9 },
		{ "besondere Kategorien", PB_ART9 }, { "besondere Kategorien Art. 9", PB_ART9 },
		{ "yes", PB_JA }, { "no", PB_NEIN }, { "true", PB_JA }, { "FALSE", PB_NEIN },
		{ "1", PB_JA }, { "0", PB_NEIN }, { "unbekannt", PB_UNBEKANNT }, { "", PB_UNBEKANNT },
	};
	for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
		set_ok(w, f->o, F_PERSONENBEZUG, ok[i].in);
		assert_int_equal(o->personenbezug, ok[i].want);
	}
	set_bad(w, f->o, F_PERSONENBEZUG, "vielleicht", WP_EINVAL, "nein, ja, Art. 9");
	set_bad(w, f->o, F_PERSONENBEZUG, "Art. 10", WP_EINVAL, NULL);
}

static void test_set_yes_no(void **state)
{
	struct fix *f = *state;
	struct ws *w = f->w;
	const struct objekt *o = &w->obj[f->o];
	static const struct { const char *in; int want; } ok[] = {
		{ "ja", 1 }, { "JA", 1 }, { "Ja", 1 }, { "yes", 1 }, { "YES", 1 }, { "true", 1 },
		{ "True", 1 }, { "1", 1 }, { "nein", 0 }, { "Nein", 0 }, { "no", 0 }, { "No", 0 },
		{ "false", 0 }, { "0", 0 }, { " ja ", 1 }, { "", 0 },
	};
	for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
		set_ok(w, f->o, F_VS_NFD, ok[i].in);
		assert_int_equal(o->vs_nfd, ok[i].want);
		set_ok(w, f->o, F_SB_MANUELL, ok[i].in);
		assert_int_equal(o->sb_pin, ok[i].want);
	}
	set_ok(w, f->o, F_VS_NFD, "ja");
	static const char *const bad[] = { "jein", "2", "y", "n", "unbekannt", "?", "ja nein" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		set_bad(w, f->o, F_VS_NFD, bad[i], WP_EINVAL, "ja, nein");
		set_bad(w, f->o, F_SB_MANUELL, bad[i], WP_EINVAL, "ja, nein");
	}
	assert_int_equal(o->vs_nfd, 1);
}

static void test_set_lebenszyklus_dvc_angebot(void **state)
{
	struct fix *f = *state;
	struct ws *w = f->w;
	const struct objekt *o = &w->obj[f->o];
	set_ok(w, f->o, F_LEBENSZYKLUS, "auslaufend");
	assert_int_equal(o->lebenszyklus, LZ_AUSLAUFEND);
	set_ok(w, f->o, F_LEBENSZYKLUS, "AKTIV");
	assert_int_equal(o->lebenszyklus, LZ_AKTIV);
	set_ok(w, f->o, F_LEBENSZYKLUS, "Auslaufend");
	set_bad(w, f->o, F_LEBENSZYKLUS, "retired", WP_EINVAL, "aktiv, auslaufend");
	set_bad(w, f->o, F_LEBENSZYKLUS, "ja", WP_EINVAL, "aktiv, auslaufend");
	assert_int_equal(o->lebenszyklus, LZ_AUSLAUFEND);

	static const struct { const char *in; int want; } ok[] = {
		{ "ja", TRI_JA }, { "nein", TRI_NEIN }, { "unbekannt", TRI_UNBEKANNT },
		{ "Unbekannt", TRI_UNBEKANNT }, { "?", TRI_UNBEKANNT }, { "yes", TRI_JA },
		{ "no", TRI_NEIN }, { "true", TRI_JA }, { "0", TRI_NEIN }, { "", TRI_UNBEKANNT },
	};
	for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
		set_ok(w, f->o, F_DVC_ANGEBOT, ok[i].in);
		assert_int_equal(o->dvc_angebot, ok[i].want);
	}
	set_bad(w, f->o, F_DVC_ANGEBOT, "teilweise", WP_EINVAL, "ja, nein, unbekannt");
}

static void test_set_ozg(void **state)
{
	struct fix *f = *state;
	struct ws *w = f->w;
	const struct objekt *o = &w->obj[f->o];
	static const char *const ok[] = { "10173", "10173,99108001000000", "1, 2 ,3", "",
					  "99108001000000", "123456" };
	for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
		set_ok(w, f->o, F_OZG, ok[i]);
		assert_string_equal(o->ozg, ok[i]);
	}
	set_ok(w, f->o, F_OZG, "10173");
	static const char *const bad[] = { "10173,", ",10173", "1234567", "9910800100000",
					   "991080010000000", "abc", "10173;10174", "10173,,1",
					   "OZG 10173", "10173 10174" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		set_bad(w, f->o, F_OZG, bad[i], WP_EINVAL, "LeiKa");
	assert_string_equal(o->ozg, "10173");
}

static void test_set_vertragsende(void **state)
{
	struct fix *f = *state;
	struct ws *w = f->w;
	const struct objekt *o = &w->obj[f->o];
	assert_int_equal(o->vertragsende, DATE_NONE);
	set_ok(w, f->o, F_VERTRAGSENDE, "31.12.2028");
	int32_t d = o->vertragsende;
	assert_int_equal(d, date_from_ymd(2028, 12, 31));
	set_ok(w, f->o, F_VERTRAGSENDE, "2028-12-31");
	assert_int_equal(o->vertragsende, d);
	set_ok(w, f->o, F_VERTRAGSENDE, " 1.2.2030 ");
	assert_int_equal(o->vertragsende, date_from_ymd(2030, 2, 1));
	set_ok(w, f->o, F_VERTRAGSENDE, "29.02.2024");
	assert_int_equal(o->vertragsende, date_from_ymd(2024, 2, 29));
	set_ok(w, f->o, F_VERTRAGSENDE, "2000-02-29");
	assert_int_equal(o->vertragsende, date_from_ymd(2000, 2, 29));
	set_ok(w, f->o, F_VERTRAGSENDE, "");
	assert_int_equal(o->vertragsende, DATE_NONE);
	set_ok(w, f->o, F_VERTRAGSENDE, "30.06.2029");
	static const char *const bad[] = { "29.02.2023", "2023-02-29", "29.02.1900", "31.02.2024",
					   "31.04.2025", "2025-13-01", "13.13.2025", "00.01.2025",
					   "1899-12-31", "31.12.1899", "3000-01-01", "31.12.28",
					   "2025/01/01", "morgen", "2025-1-1", "01.01.2025 12:00" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		set_bad(w, f->o, F_VERTRAGSENDE, bad[i], WP_EINVAL, "TT.MM.JJJJ oder JJJJ-MM-TT");
	assert_int_equal(o->vertragsende, date_from_ymd(2029, 6, 30));
}

static void test_set_strategie(void **state)
{
	struct fix *f = *state;
	struct ws *w = f->w;
	const struct objekt *o = &w->obj[f->o];
	for (int v = STRAT_REHOST; v < STRAT__N; v++) {
		set_ok(w, f->o, F_STRATEGIE, enum_label(EK_STRATEGIE, v));
		assert_int_equal(o->strategie, v);
	}
	set_ok(w, f->o, F_STRATEGIE, "rehost");
	assert_int_equal(o->strategie, STRAT_REHOST);
	set_ok(w, f->o, F_STRATEGIE, "RETAIN");
	assert_int_equal(o->strategie, STRAT_RETAIN);
	set_ok(w, f->o, F_STRATEGIE, "");
	assert_int_equal(o->strategie, STRAT_NONE);
	set_ok(w, f->o, F_STRATEGIE, "Refactor");
	set_bad(w, f->o, F_STRATEGIE, "Rebuy", WP_EINVAL, "Rehost, Relocate, Replatform");
	set_bad(w, f->o, F_STRATEGIE, "Lift and Shift", WP_EINVAL, "Retain");
	assert_int_equal(o->strategie, STRAT_REFACTOR);
}

static void test_set_aufwand(void **state)
{
	struct fix *f = *state;
	struct ws *w = f->w;
	const struct objekt *o = &w->obj[f->o];
	assert_true(o->aufwand < 0);
	static const struct { const char *in; double want; } ok[] = {
		{ "12,25", 12.25 }, { "12.25", 12.25 }, { "0,5", 0.5 }, { "0.5", 0.5 }, { "0", 0 },
		{ "10", 10 }, { " 7,5 ", 7.5 }, { "1000000000", 1e9 }, { "003,10", 3.1 },
	};
	for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
		set_ok(w, f->o, F_AUFWAND, ok[i].in);
		assert_true(o->aufwand == ok[i].want);
	}
	set_ok(w, f->o, F_AUFWAND, "");
	assert_true(o->aufwand < 0);
	set_ok(w, f->o, F_AUFWAND, "42,5");
	static const char *const bad[] = { "1.000,5", "1,000.5", ",5", "5,", ".5", "5.", "-1",
					   "1e3", "abc", "12 PT", "1000000001", "1000000000,5",
					   "nan", "inf", "0x10", "5,,5" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		set_bad(w, f->o, F_AUFWAND, bad[i], WP_EINVAL, "Dezimalkomma oder -punkt");
	assert_true(o->aufwand == 42.5);
}

/* The planning fields (docs/zeitplan.md): months as JJJJ-MM or MM.JJJJ in 2000..2100, PT in
 * steps of 0.5 (a pace at least 0.5), Stand, and the checks across them. */
static void test_set_welle(void **state)
{
	struct fix *f = *state;
	struct ws *w = f->w;
	const struct objekt *o = &w->obj[f->o];
	set_ok(w, f->o, F_PIN, "2027-04");
	assert_int_equal(o->pin_monat, 2027 * 12 + 3);
	set_ok(w, f->o, F_PIN, "11.2030");
	assert_int_equal(o->pin_monat, 2030 * 12 + 10);
	set_ok(w, f->o, F_PIN, "");
	assert_int_equal(o->pin_monat, 0);
	set_ok(w, f->o, F_PIN, "2027-04");
	set_bad(w, f->o, F_PIN, "2027-13", WP_EINVAL, "JJJJ-MM oder MM.JJJJ");
	set_bad(w, f->o, F_PIN, "13.2027", WP_EINVAL, "JJJJ-MM oder MM.JJJJ");
	set_bad(w, f->o, F_PIN, "1999-12", WP_EINVAL, "2000 und 2100");
	set_bad(w, f->o, F_PIN, "Q3", WP_EINVAL, "JJJJ-MM");
	assert_int_equal(o->pin_monat, 2027 * 12 + 3);
	set_ok(w, f->o, F_MAX_PT_MONAT, "12,5");
	assert_int_equal(o->max_pt_monat, 25);
	set_bad(w, f->o, F_MAX_PT_MONAT, "0", WP_EINVAL, "mindestens 0,5");
	set_bad(w, f->o, F_MAX_PT_MONAT, "1,3", WP_EINVAL, "Schritten von 0,5");
	set_bad(w, f->o, F_MAX_PT_MONAT, "-2", WP_EINVAL, "Schritten von 0,5");
	set_ok(w, f->o, F_IST_PT, "3.5");
	assert_int_equal(o->ist_pt, 7);
	set_ok(w, f->o, F_STAND, "in arbeit");
	assert_int_equal(o->stand, STAND_IN_ARBEIT);
	set_bad(w, f->o, F_STAND, "fertig", WP_EINVAL, "offen, in Arbeit, migriert");
	set_ok(w, f->o, F_STAND, "migriert");
	struct wp_err e = { 0 };
	assert_int_equal(objekt_stand_check(w, f->o, 10, &e), -WP_EINVAL);
	assert_non_null(strstr(e.msg, "Inbetriebnahme"));
	set_ok(w, f->o, F_INBETRIEBNAHME, "2026-05");
	assert_int_equal(objekt_stand_check(w, f->o, 10, &e), 0);
	assert_int_equal(objekt_stand_check(w, f->o, 3, &e), -WP_EINVAL);
	assert_non_null(strstr(e.msg, "mehr als der Aufwand"));
	assert_int_equal(objekt_stand_check(w, f->o, -1, &e), 0);
}

static void test_set_kennung_behoerde(void **state)
{
	struct fix *f = *state;
	struct ws *w = f->w;
	const struct objekt *o = &w->obj[f->o];
	set_ok(w, f->o, F_KENNUNG, "FV-PARKAUSWEIS"); /* its own Kennung again */
	set_ok(w, f->o, F_KENNUNG, "FV-PARKAUSWEIS-2");
	assert_string_equal(o->kennung, "FV-PARKAUSWEIS-2");
	set_bad(w, f->o, F_KENNUNG, "REG-MELDE", WP_EEXIST, "schon vergeben");
	set_bad(w, f->o, F_KENNUNG, "reg-melde", WP_EEXIST, "\"REG-MELDE\"");
	set_bad(w, f->o, F_KENNUNG, "FV(PARK)", WP_EINVAL, "an Stelle 3 das Zeichen \"(\"");
	set_bad(w, f->o, F_KENNUNG, "FV\tPARK", WP_EINVAL, "an Stelle 3 das Steuerzeichen U+0009");
	set_bad(w, f->o, F_KENNUNG, "", WP_EINVAL, "darf nicht leer sein");
	set_bad(w, f->o, F_KENNUNG, "   ", WP_EINVAL, "darf nicht leer sein");
	set_bad(w, f->o, F_KENNUNG,
		"ÄBCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyzÄÖÜ", WP_EINVAL,
		"65 Zeichen");
	assert_string_equal(o->kennung, "FV-PARKAUSWEIS-2");
	/* trimmed; a change of case only is the same object; people's identifiers */
	set_ok(w, f->o, F_KENNUNG, " FV 12/3 \t");
	assert_string_equal(o->kennung, "FV 12/3");
	set_ok(w, f->o, F_KENNUNG, "fv 12/3");
	assert_string_equal(o->kennung, "fv 12/3");
	set_ok(w, f->o, F_KENNUNG, "Bürgerbüro-01");
	set_ok(w, f->o, F_KENNUNG, "FV-PARKAUSWEIS-2");
	assert_string_equal(o->kennung, "FV-PARKAUSWEIS-2");

	set_ok(w, f->o, F_BEHOERDE, "33 Bürgerservice");
	assert_int_equal(o->behoerde, 1);
	set_ok(w, f->o, F_BEHOERDE, "32 Ordnungsamt");
	assert_int_equal(o->behoerde, 0);
	/* an unknown Behörde is refused (import creates new ones; `object set` does not) */
	struct objekt before = *o;
	struct wp_err e = { 0 };
	int rc = objekt_set(w, f->o, F_BEHOERDE, "99 Weltraumamt", &e);
	assert_true(rc == -WP_ENOTFOUND || rc == -WP_EINVAL);
	assert_non_null(strstr(e.msg, "Behörde"));
	assert_non_null(strstr(e.msg, "99 Weltraumamt"));
	assert_memory_equal(&before, o, sizeof before);
	rc = objekt_set(w, f->o, F_BEHOERDE, "33 bürgerservice", &e);
	assert_true(rc < 0);

	/* Abhängigkeiten go through deps_parse, and out-of-range ids are refused */
	set_bad(w, f->o, F_ABHAENGIGKEITEN, "REG-MELDE", WP_EINVAL, NULL);
	before = *o;
	assert_int_equal(objekt_set(w, f->o, F__N, "x", &e), -WP_EINVAL);
	assert_int_equal(objekt_set(w, f->o, -1, "x", &e), -WP_EINVAL);
	assert_memory_equal(&before, o, sizeof before);
	/* e may be NULL */
	assert_int_equal(objekt_set(w, f->o, F_TYP, "nix", NULL), -WP_EINVAL);
}

/* A long value is validated as a whole: text after many blanks is not cut off unseen. */
static void test_set_long_enum_value(void **state)
{
	struct fix *f = *state;
	struct ws *w = f->w;
	char v[300];
	memset(v, ' ', sizeof v);
	memcpy(v, "Register", 8);
	memcpy(v + 200, "Quatsch", 8); /* "Register", 192 blanks, "Quatsch" */
	set_ok(w, f->o, F_TYP, "Anwendung");
	set_bad(w, f->o, F_TYP, v, WP_EINVAL, "Fachverfahren, Register, Anwendung");
	memcpy(v, "ja      ", 8);
	set_bad(w, f->o, F_VS_NFD, v, WP_EINVAL, "ja, nein");
}

static void test_set_crit(void **state)
{
	struct fix *f = *state;
	struct ws *w = f->w;
	uint32_t k = ws_find_dvc(w, "DVC-API");
	assert_int_equal(k, 2);
	uint8_t *v = &w->crit[(size_t)f->o * w->n_dvc + k];
	assert_int_equal(*v, CV_UNBEKANNT);
	static const struct { const char *in; int want; } ok[] = {
		{ "ja", CV_JA }, { "TEILWEISE", CV_TEILWEISE }, { "nein", CV_NEIN },
		{ "unbekannt", CV_UNBEKANNT }, { "yes", CV_JA }, { "?", CV_UNBEKANNT },
		{ "false", CV_NEIN }, { "1", CV_JA }, { "", CV_UNBEKANNT }, { " Teilweise ", CV_TEILWEISE },
	};
	struct wp_err e = { 0 };
	for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
		assert_int_equal(objekt_set_crit(w, f->o, k, ok[i].in, &e), 0);
		assert_int_equal(*v, ok[i].want);
		/* only this criterion of only this object */
		for (size_t j = 0; j < w->n_dvc; j++)
			if (j != k)
				assert_int_equal(w->crit[(size_t)f->o * w->n_dvc + j], CV_UNBEKANNT);
		assert_int_equal(w->crit[(size_t)f->other * w->n_dvc + k], CV_UNBEKANNT);
	}
	assert_int_equal(objekt_set_crit(w, f->o, k, "ja", &e), 0);
	assert_int_equal(objekt_set_crit(w, f->o, k, "vielleicht", &e), -WP_EINVAL);
	assert_non_null(strstr(e.msg, "DVC-API"));
	assert_non_null(strstr(e.msg, "ja, teilweise, nein, unbekannt"));
	assert_int_equal(*v, CV_JA);
}

/* ---- Kennung, field names, Abhängigkeiten ---- */

static void test_kennung_valid(void **state)
{
	(void)state;
	/* 64 characters, two bytes each for the umlauts */
	static const char k64[] = "ÄBCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyzÖÜ";
	static const char *const ok[] = { "A", "a", "0", "REG-MELDE", "fv_park.2", "-A", "FV 12/3",
					  "Bürgerbüro-01", "A/B", "A'B", "A\"B", "A+B", "€", "Ä",
					  "dstore-abfallbehaelter-gebuehrenobjekt", "A\xC2\xA0" "B", k64 };
	static const char *const bad[] = { "", " A", "A ", "A\tB", "A\nB", "A,B", "A;B", "A(B",
					   "A)B", "A\x7F", "A\xC2\x85", "A\xFF", "\xC2\xA0" "A",
					   "ÄBCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyzÖÜ!" };
	for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
		if (!kennung_valid(ok[i]))
			fail_msg("\"%s\" should be a valid Kennung", ok[i]);
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		if (kennung_valid(bad[i]))
			fail_msg("\"%s\" should not be a valid Kennung", bad[i]);
	/* every ASCII character in every position but the first */
	char k[3] = "A?";
	for (int c = 1; c < 128; c++) {
		k[1] = (char)c;
		int allowed = c >= 0x20 && c < 0x7F && !strchr(",();", c) && c != ' ';
		assert_int_equal(kennung_valid(k), allowed);
	}
	/* trimming and the message of a bad one: the character and its position */
	size_t n;
	static const char padded[] = " \t REG-GEWERBE \xC2\xA0\r\n";
	const char *t = kennung_span(padded, strlen(padded), &n);
	assert_int_equal(n, 11);
	assert_memory_equal(t, "REG-GEWERBE", 11);
	char buf[16];
	assert_string_equal(kennung_trimmed("  Ä B  ", buf, sizeof buf), "Ä B");
	struct wp_err e = { 0 };
	assert_int_equal(kennung_check_syntax("Über;x", 7, F_KENNUNG, "Kennung", &e), -WP_EINVAL);
	assert_non_null(strstr(e.msg, "an Stelle 5 das Zeichen \";\""));
}

static void test_field_find(void **state)
{
	(void)state;
	for (int i = 0; i < F__N; i++) {
		assert_int_equal(field_find(field_defs[i].key), i);
		assert_int_equal(field_find(field_defs[i].label), i);
	}
	static const struct { const char *name; int want; } t[] = {
		{ "Kennung", F_KENNUNG }, { "KENNUNG", F_KENNUNG }, { "kennung", F_KENNUNG },
		{ "Behörde", F_BEHOERDE }, { "BEHÖRDE", F_BEHOERDE }, { "behörde", F_BEHOERDE },
		{ "behoerde", F_BEHOERDE }, { "Behoerde", F_BEHOERDE }, { "Integrität", F_SB_I },
		{ "INTEGRITÄT", F_SB_I }, { "integritaet", F_SB_I }, { "Integritaet", F_SB_I },
		{ "Verfügbarkeit", F_SB_A }, { "VERFÜGBARKEIT", F_SB_A }, { "Verfuegbarkeit", F_SB_A },
		{ "Vertraulichkeit", F_SB_C }, { "Abhängigkeiten", F_ABHAENGIGKEITEN },
		{ "ABHÄNGIGKEITEN", F_ABHAENGIGKEITEN }, { "abhaengigkeiten", F_ABHAENGIGKEITEN },
		{ "Abhaengigkeiten", F_ABHAENGIGKEITEN }, { "Aufwand_PT", F_AUFWAND },
		{ "aufwand_pt", F_AUFWAND }, { "Aufwand", F_AUFWAND }, { "VS-NfD", F_VS_NFD },
		{ "vs_nfd", F_VS_NFD }, { "vs-nfd", F_VS_NFD }, { "DVC-Angebot", F_DVC_ANGEBOT },
		{ "dvc_angebot", F_DVC_ANGEBOT }, { "OZG", F_OZG }, { "ozg", F_OZG },
		{ "Vertragsende", F_VERTRAGSENDE }, { "Notiz", F_NOTIZ }, { "pin", F_PIN },
		{ "Max_PT_Monat", F_MAX_PT_MONAT }, { "ist_pt", F_IST_PT }, { "Stand", F_STAND },
		{ "Schutzbedarf_manuell", F_SB_MANUELL }, { "sb_manuell", F_SB_MANUELL },
		{ "Strategie", F_STRATEGIE }, { "Fallzahl", F_FALLZAHL }, { "nutzer", F_NUTZER },
	};
	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
		if (field_find(t[i].name) != t[i].want)
			fail_msg("field_find(\"%s\") = %d, expected %d", t[i].name, field_find(t[i].name),
				 t[i].want);
	static const char *const unknown[] = { "", "Foo", "DVC-API", "DVC-CONTAINER", "Behörden",
					       "Kennun", "Kennung ", " Kennung", "Abhängigkeit",
					       "Aufwand PT", "Typ2", "Name;Typ" };
	for (size_t i = 0; i < sizeof unknown / sizeof unknown[0]; i++)
		if (field_find(unknown[i]) != -1)
			fail_msg("field_find(\"%s\") = %d, expected -1", unknown[i], field_find(unknown[i]));
}

struct dep_list {
	size_t n;
	char k[8][40];
	char l[8][300];
	int stop_after; /* return 99 after this many items (0 = never) */
};

static int collect(void *ctx, const char *kennung, const char *label)
{
	struct dep_list *d = ctx;
	if (d->n < 8) {
		snprintf(d->k[d->n], sizeof d->k[0], "%s", kennung);
		snprintf(d->l[d->n], sizeof d->l[0], "%s", label);
	}
	d->n++;
	return d->stop_after && d->n >= (size_t)d->stop_after ? 99 : 0;
}

static struct dep_list parse_ok(const char *s)
{
	struct dep_list d = { 0 };
	struct wp_err e = { 0 };
	int rc = deps_parse(s, collect, &d, &e);
	if (rc)
		fail_msg("deps_parse(\"%s\") = %d: %s", s, rc, e.msg);
	return d;
}

static void parse_bad(const char *s, const char *hint)
{
	struct dep_list d = { 0 };
	struct wp_err e = { 0 };
	int rc = deps_parse(s, collect, &d, &e);
	if (rc != -WP_EINVAL)
		fail_msg("deps_parse(\"%s\") = %d, expected -WP_EINVAL", s, rc);
	assert_non_null(strstr(e.msg, "Abhängigkeiten"));
	if (hint && !strstr(e.msg, hint))
		fail_msg("deps_parse(\"%s\"): message lacks \"%s\": %s", s, hint, e.msg);
}

static void test_deps_parse(void **state)
{
	(void)state;
	struct dep_list d = parse_ok("");
	assert_int_equal(d.n, 0);
	d = parse_ok("   ");
	assert_int_equal(d.n, 0);
	d = parse_ok("REG-MELDE");
	assert_int_equal(d.n, 1);
	assert_string_equal(d.k[0], "REG-MELDE");
	assert_string_equal(d.l[0], "");
	d = parse_ok("REG-MELDE (XMeld),REG-KFZ, ANW-EPAYMENT(XBezahldienste)");
	assert_int_equal(d.n, 3);
	assert_string_equal(d.k[0], "REG-MELDE");
	assert_string_equal(d.l[0], "XMeld");
	assert_string_equal(d.k[1], "REG-KFZ");
	assert_string_equal(d.l[1], "");
	assert_string_equal(d.k[2], "ANW-EPAYMENT");
	assert_string_equal(d.l[2], "XBezahldienste");
	d = parse_ok("  A  ,  B (Schnittstelle XMeld 3.2; OSCI)  ,C  ");
	assert_int_equal(d.n, 3);
	assert_string_equal(d.k[0], "A");
	assert_string_equal(d.k[1], "B");
	assert_string_equal(d.l[1], "Schnittstelle XMeld 3.2; OSCI");
	assert_string_equal(d.k[2], "C");
	d = parse_ok("A (Über „FIT-Connect“)");
	assert_string_equal(d.l[0], "Über „FIT-Connect“");
	d = parse_ok("A,");
	assert_int_equal(d.n, 1);
	d = parse_ok("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345");
	assert_int_equal(d.n, 1);
	d = parse_ok(" FV 12/3 (XÖV) , Bürgerbüro-01,A B");
	assert_int_equal(d.n, 3);
	assert_string_equal(d.k[0], "FV 12/3");
	assert_string_equal(d.l[0], "XÖV");
	assert_string_equal(d.k[1], "Bürgerbüro-01");
	assert_string_equal(d.k[2], "A B");

	parse_bad("A (XMeld", "schließende Klammer");
	parse_bad("A (XMeld, B", "schließende Klammer");
	parse_bad("A (x,y)", "Komma");
	parse_bad("A ((x))", "Klammer");
	parse_bad("A (x) B", "Komma erwartet");
	parse_bad("A)", "an Stelle 2 das Zeichen \")\"");
	parse_bad("A\tB", "Steuerzeichen");
	parse_bad("A,,B", NULL);
	parse_bad(",A", NULL);
	parse_bad("(x)", NULL);
	parse_bad("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz012", "65 Zeichen");
	parse_bad("A;B", NULL);

	/* the callback's first non-zero return stops the walk and is passed through */
	struct dep_list s = { .stop_after = 2 };
	struct wp_err e = { 0 };
	assert_int_equal(deps_parse("A,B,C,D", collect, &s, &e), 99);
	assert_int_equal(s.n, 2);
}

/* ---- objekt_get ---- */

static void test_objekt_get(void **state)
{
	struct fix *f = *state;
	struct ws *w = f->w;
	uint32_t o = f->o;
	uint32_t c = ws_add_objekt(w, "C-LAST");
	uint32_t a = ws_add_objekt(w, "A-FIRST");
	uint32_t b = ws_add_objekt(w, "B-MID");
	/* entered in the order C, A, B, REG-MELDE: shown ordered by Kennung */
	assert_int_not_equal(ws_add_dep(w, o, c, ""), WP_NONE);
	assert_int_not_equal(ws_add_dep(w, o, a, "XMeld"), WP_NONE);
	assert_int_not_equal(ws_add_dep(w, o, b, ""), WP_NONE);
	assert_int_not_equal(ws_add_dep(w, o, f->other, "OSCI (Transport)"), WP_NONE);
	assert_int_not_equal(ws_add_dep(w, a, b, ""), WP_NONE);
	assert_int_equal(ws_index(w), 0);
	assert_string_equal(get(w, o, F_ABHAENGIGKEITEN, 1),
			    "A-FIRST (XMeld),B-MID,C-LAST,REG-MELDE (OSCI (Transport))");
	assert_string_equal(get(w, o, F_ABHAENGIGKEITEN, 0),
			    "A-FIRST (XMeld),B-MID,C-LAST,REG-MELDE (OSCI (Transport))");
	assert_string_equal(get(w, a, F_ABHAENGIGKEITEN, 1), "B-MID");
	assert_string_equal(get(w, b, F_ABHAENGIGKEITEN, 1), "");
	/* a short buffer is cut safely */
	char small[12];
	memset(small, 'Z', sizeof small);
	objekt_get(w, o, F_ABHAENGIGKEITEN, 1, small, 8);
	assert_true(strlen(small) < 8);
	assert_int_equal(small[8], 'Z');

	set_ok(w, o, F_VERTRAGSENDE, "2028-12-31");
	assert_string_equal(get(w, o, F_VERTRAGSENDE, 1), "31.12.2028");
	assert_string_equal(get(w, o, F_VERTRAGSENDE, 0), "2028-12-31");
	set_ok(w, o, F_VERTRAGSENDE, "1.2.2030");
	assert_string_equal(get(w, o, F_VERTRAGSENDE, 1), "01.02.2030");
	set_ok(w, o, F_VERTRAGSENDE, "");
	assert_string_equal(get(w, o, F_VERTRAGSENDE, 1), "");

	set_ok(w, o, F_AUFWAND, "12,25");
	assert_string_equal(get(w, o, F_AUFWAND, 1), "12,25");
	assert_string_equal(get(w, o, F_AUFWAND, 0), "12.25");
	set_ok(w, o, F_AUFWAND, "0.5");
	assert_string_equal(get(w, o, F_AUFWAND, 1), "0,5");
	assert_string_equal(get(w, o, F_AUFWAND, 0), "0.5");
	set_ok(w, o, F_AUFWAND, "10,0");
	assert_string_equal(get(w, o, F_AUFWAND, 1), "10");
	set_ok(w, o, F_AUFWAND, "1000000000");
	assert_string_equal(get(w, o, F_AUFWAND, 0), "1000000000");
	set_ok(w, o, F_AUFWAND, "");
	assert_string_equal(get(w, o, F_AUFWAND, 1), "");

	assert_string_equal(get(w, o, F_NUTZER, 1), "");
	set_ok(w, o, F_NUTZER, "0");
	assert_string_equal(get(w, o, F_NUTZER, 1), "0");
	set_ok(w, o, F_FALLZAHL, "9223372036854775807");
	assert_string_equal(get(w, o, F_FALLZAHL, 1), "9223372036854775807");

	set_ok(w, o, F_TYP, "register");
	assert_string_equal(get(w, o, F_TYP, 1), "Register");
	set_ok(w, o, F_BETRIEB, "eigenes rechenzentrum");
	assert_string_equal(get(w, o, F_BETRIEB, 1), "Eigenes RZ");
	set_ok(w, o, F_SB_C, "3");
	assert_string_equal(get(w, o, F_SB_C, 1), "sehr hoch");
	set_ok(w, o, F_SB_I, "");
	assert_string_equal(get(w, o, F_SB_I, 1), "");
	set_ok(w, o, F_PERSONENBEZUG, "besondere kategorien");
	assert_string_equal(get(w, o, F_PERSONENBEZUG, 1), "Art. 9");
	set_ok(w, o, F_VS_NFD, "yes");
	assert_string_equal(get(w, o, F_VS_NFD, 1), "ja");
	set_ok(w, o, F_SB_MANUELL, "0");
	assert_string_equal(get(w, o, F_SB_MANUELL, 1), "nein");
	set_ok(w, o, F_DVC_ANGEBOT, "?");
	assert_string_equal(get(w, o, F_DVC_ANGEBOT, 1), "unbekannt");
	set_ok(w, o, F_LEBENSZYKLUS, "AUSLAUFEND");
	assert_string_equal(get(w, o, F_LEBENSZYKLUS, 1), "auslaufend");
	set_ok(w, o, F_STRATEGIE, "retire");
	assert_string_equal(get(w, o, F_STRATEGIE, 1), "Retire");
	set_ok(w, o, F_STRATEGIE, "");
	assert_string_equal(get(w, o, F_STRATEGIE, 1), "");
	set_ok(w, o, F_PIN, "2027-04");
	assert_string_equal(get(w, o, F_PIN, 1), "04.2027");
	assert_string_equal(get(w, o, F_PIN, 0), "2027-04");
	assert_string_equal(get(w, o, F_BEHOERDE, 1), "32 Ordnungsamt");
	assert_string_equal(get(w, o, F_KENNUNG, 1), "FV-PARKAUSWEIS");

	/* whatever objekt_get shows, objekt_set takes back unchanged (German and ISO) */
	set_ok(w, o, F_VERTRAGSENDE, "29.02.2028");
	set_ok(w, o, F_AUFWAND, "12.25");
	for (int german = 0; german <= 1; german++)
		for (int fid = 0; fid < F__N; fid++) {
			if (fid == F_ABHAENGIGKEITEN || fid == F_KENNUNG)
				continue;
			char shown[256], again[256];
			objekt_get(w, o, fid, german, shown, sizeof shown);
			if (fid == F_NAME && !shown[0])
				continue;
			set_ok(w, o, fid, shown);
			objekt_get(w, o, fid, german, again, sizeof again);
			assert_string_equal(shown, again);
		}
}

static void test_format_pt(void **state)
{
	(void)state;
	char b[32];
	assert_string_equal(format_pt(10, 1, b, sizeof b), "10");
	assert_string_equal(format_pt(0, 1, b, sizeof b), "0");
	assert_string_equal(format_pt(0.5, 1, b, sizeof b), "0,5");
	assert_string_equal(format_pt(0.5, 0, b, sizeof b), "0.5");
	assert_string_equal(format_pt(12.25, 1, b, sizeof b), "12,5"); /* halves upward */
	assert_string_equal(format_pt(12.2, 1, b, sizeof b), "12");
	assert_string_equal(format_pt(12.75, 0, b, sizeof b), "13");
	assert_string_equal(format_pt(37.5, 1, b, sizeof b), "37,5");
	assert_string_equal(format_pt(1234.5, 0, b, sizeof b), "1234.5");
	assert_string_equal(format_pt(99.74, 1, b, sizeof b), "99,5");
}

/* ---- dates ---- */

static void test_date(void **state)
{
	(void)state;
	int32_t d;
	char b[16], b2[16];
	assert_int_equal(date_from_ymd(1970, 1, 1), 0);
	assert_int_equal(date_from_ymd(2000, 3, 1), 11017);
	assert_int_equal(date_parse("2024-02-29", &d), 0);
	assert_int_equal(d, date_from_ymd(2024, 2, 29));
	assert_string_equal(date_format(d, 1, b, sizeof b), "29.02.2024");
	assert_string_equal(date_format(d, 0, b, sizeof b), "2024-02-29");
	assert_int_equal(date_parse("29.2.2024", &d), 0);
	assert_string_equal(date_format(d, 0, b, sizeof b), "2024-02-29");
	assert_string_equal(date_format(DATE_NONE, 1, b, sizeof b), "");
	assert_int_equal(date_parse("1900-01-01", &d), 0);
	assert_int_equal(date_parse("31.12.2999", &d), 0);

	/* every day of the supported range round-trips in both forms */
	int32_t first = date_from_ymd(1900, 1, 1), last = date_from_ymd(2999, 12, 31);
	for (int32_t day = first; day <= last; day++) {
		int32_t back = 0;
		date_format(day, 1, b, sizeof b);
		if (date_parse(b, &back) || back != day)
			fail_msg("German %s does not round-trip", b);
		date_format(day, 0, b2, sizeof b2);
		if (date_parse(b2, &back) || back != day)
			fail_msg("ISO %s does not round-trip", b2);
		int y, m, dd;
		date_to_ymd(day, &y, &m, &dd);
		assert_int_equal(date_from_ymd(y, m, dd), day);
	}

	static const char *const bad[] = { "31.02.2024", "30.02.2024", "29.02.2023", "29.02.1900",
					   "29.02.2100", "2024-13-01", "13.13.2024", "2024-00-10",
					   "00.01.2024", "32.01.2024", "31.06.2024", "1899-12-31",
					   "31.12.1899", "3000-01-01", "2024-1-01", "2024-01-1",
					   "01.01.24", "2024-01-01 ", " 2024-01-01", "2024-01-01x",
					   "2024/01/01", "", "1.1.", "..2024", "001.01.2024",
					   "12345-01-01" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		d = 12345;
		if (date_parse(bad[i], &d) == 0)
			fail_msg("date_parse(\"%s\") accepted", bad[i]);
		assert_int_equal(d, 12345); /* *out untouched */
	}
	assert_int_equal(date_parse(NULL, &d), -1);
	assert_int_equal(date_parse("29.02.2000", &d), 0);

	/* quarters */
	assert_int_equal(date_quarter(date_from_ymd(2025, 3, 31)), 2025 * 4);
	assert_int_equal(date_quarter(date_from_ymd(2025, 4, 1)), 2025 * 4 + 1);
	assert_int_equal(date_quarter_start(2025 * 4 + 3), date_from_ymd(2025, 10, 1));
}

/* ---- enums ---- */

/* Upper-cases ASCII letters and the UTF-8 umlauts ä ö ü. */
static void upcase(const char *s, char *out, size_t n)
{
	size_t i = 0;
	for (; s[i] && i + 1 < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 'a' && c <= 'z')
			c = (unsigned char)(c - 32);
		else if (i > 0 && (unsigned char)s[i - 1] == 0xC3 && (c == 0xA4 || c == 0xB6 || c == 0xBC))
			c = (unsigned char)(c - 0x20);
		out[i] = (char)c;
	}
	out[i] = '\0';
}

static void test_enum_round_trip(void **state)
{
	(void)state;
	static const int counts[EK__N] = {
		[EK_TYP] = TYP__N, [EK_BETRIEB] = BETRIEB__N, [EK_LEVEL] = 4,
		[EK_PERSONENBEZUG] = PB__N, [EK_JANEIN] = 2, [EK_TRI] = TRI__N,
		[EK_LEBENSZYKLUS] = LZ__N, [EK_CRIT] = CV__N, [EK_RL] = RL__N,
		[EK_STRATEGIE] = STRAT__N, [EK_PILOT_STATUS] = PS__N, [EK_VERDICT] = 3,
		[EK_STAND] = STAND__N,
	};
	for (int k = 0; k < EK__N; k++) {
		assert_int_equal(enum_count((enum enum_kind)k), counts[k]);
		assert_true(enum_allowed((enum enum_kind)k)[0] != '\0');
		for (int v = 0; v < counts[k]; v++) {
			const char *l = enum_label((enum enum_kind)k, v);
			char up[64], padded[80];
			if (!l[0]) {
				if (enum_parse((enum enum_kind)k, "") != v)
					fail_msg("kind %d: \"\" does not parse to its empty value %d", k, v);
				continue;
			}
			if (enum_parse((enum enum_kind)k, l) != v)
				fail_msg("kind %d: label \"%s\" does not parse back to %d", k, l, v);
			upcase(l, up, sizeof up);
			if (enum_parse((enum enum_kind)k, up) != v)
				fail_msg("kind %d: \"%s\" (upper case) does not parse to %d", k, up, v);
			snprintf(padded, sizeof padded, " \t%s\t ", l);
			if (enum_parse((enum enum_kind)k, padded) != v)
				fail_msg("kind %d: \"%s\" with blanks does not parse to %d", k, l, v);
			/* the allowed list shown to users mentions every value */
			if (!strstr(enum_allowed((enum enum_kind)k), k == EK_RL && v == RL_NICHT ? "nicht" : l))
				fail_msg("kind %d: \"%s\" missing in \"%s\"", k, l,
					 enum_allowed((enum enum_kind)k));
		}
		assert_string_equal(enum_label((enum enum_kind)k, -1), "?");
		assert_string_equal(enum_label((enum enum_kind)k, counts[k]), "?");
		assert_int_equal(enum_parse((enum enum_kind)k, "gibt es nicht"), -1);
	}
	assert_string_equal(enum_label(EK__N, 0), "?");
	assert_int_equal(enum_parse(EK__N, "ja"), -1);
	assert_int_equal(enum_parse(EK_TYP, NULL), -1);

	/* empty input: the kind's empty value, or not allowed */
	assert_int_equal(enum_parse(EK_TYP, ""), -1);
	assert_int_equal(enum_parse(EK_PILOT_STATUS, "  "), -1);
	assert_int_equal(enum_parse(EK_VERDICT, ""), -1);
	assert_int_equal(enum_parse(EK_LEVEL, ""), LVL_NONE);
	assert_int_equal(enum_parse(EK_CRIT, ""), CV_UNBEKANNT);
	assert_int_equal(enum_parse(EK_RL, ""), RL_UNBEKANNT);
	assert_int_equal(enum_parse(EK_TRI, ""), TRI_UNBEKANNT);

	/* umlaut spellings, both cases, and ASCII transcriptions */
	assert_int_equal(enum_parse(EK_RL, "erfüllt"), RL_ERFUELLT);
	assert_int_equal(enum_parse(EK_RL, "ERFÜLLT"), RL_ERFUELLT);
	assert_int_equal(enum_parse(EK_RL, "erfuellt"), RL_ERFUELLT);
	assert_int_equal(enum_parse(EK_RL, "Nicht Erfüllt"), RL_NICHT);
	assert_int_equal(enum_parse(EK_RL, "nicht erfuellt"), RL_NICHT);
	assert_int_equal(enum_parse(EK_RL, "e"), RL_ERFUELLT);
	assert_int_equal(enum_parse(EK_RL, "t"), RL_TEILWEISE);
	assert_int_equal(enum_parse(EK_RL, "n"), RL_NICHT);
	assert_int_equal(enum_parse(EK_RL, "?"), RL_UNBEKANNT);
	assert_int_equal(enum_parse(EK_RL, "erfullt"), -1);
	assert_int_equal(enum_parse(EK_RL, "erföllt"), -1);
	assert_int_equal(enum_parse(EK_VERDICT, "ZULÄSSIG"), 0);
	assert_int_equal(enum_parse(EK_VERDICT, "zulaessig"), 0);
	assert_int_equal(enum_parse(EK_VERDICT, "blockiert"), 2);
	assert_int_equal(enum_parse(EK_PILOT_STATUS, "ABGESCHLOSSEN"), PS_ABGESCHLOSSEN);
	assert_int_equal(enum_parse(EK_PILOT_STATUS, "idee"), PS_IDEE);
}

/* ---- UTF-8 ---- */

static void test_utf8_invalid_at(void **state)
{
	(void)state;
	static const struct { const char *s; size_t n, want; } t[] = {
		{ "abc", 3, 3 },
		{ "", 0, 0 },
		{ "M\xC3\xBCller", 7, 7 },                  /* ü */
		{ "\xE2\x82\xAC", 3, 3 },                   /* € */
		{ "\xF0\x9F\x98\x80!", 5, 5 },              /* valid 4-byte U+1F600 */
		{ "\xF4\x8F\xBF\xBF", 4, 4 },               /* U+10FFFF, the last one */
		{ "ab\xC0\x80", 4, 2 },                     /* overlong NUL */
		{ "\xC1\xBF", 2, 0 },                       /* overlong 2-byte */
		{ "x\xE0\x80\xAF", 4, 1 },                  /* overlong 3-byte '/' */
		{ "\xF0\x80\x80\x80", 4, 0 },               /* overlong 4-byte */
		{ "\xF0\x8F\xBF\xBF", 4, 0 },               /* overlong 4-byte U+FFFF */
		{ "ok\xED\xA0\x80", 5, 2 },                 /* surrogate U+D800 */
		{ "\xED\xBF\xBF", 3, 0 },                   /* surrogate U+DFFF */
		{ "\xED\x9F\xBF", 3, 3 },                   /* U+D7FF is fine */
		{ "\xF4\x90\x80\x80", 4, 0 },               /* above U+10FFFF */
		{ "\xF5\x80\x80\x80", 4, 0 },
		{ "ab\xE2\x82", 4, 2 },                     /* truncated at the end */
		{ "ab\xF0\x9F\x98", 5, 2 },
		{ "\xC3", 1, 0 },
		{ "\xC3\xBC", 1, 0 },                       /* n cuts the sequence */
		{ "a\x80", 2, 1 },                          /* lone continuation byte */
		{ "\xC3(", 2, 0 },                          /* continuation missing */
		{ "\xE2\x28\xA1", 3, 0 },
		{ "\xFF", 1, 0 },
		{ "M\xFCller", 6, 1 },                      /* Windows-1252 ü */
	};
	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
		size_t got = utf8_invalid_at(t[i].s, t[i].n);
		if (got != t[i].want)
			fail_msg("case %zu: utf8_invalid_at = %zu, expected %zu", i, got, t[i].want);
	}
	/* NUL is valid UTF-8 and does not end the scan */
	assert_int_equal(utf8_invalid_at("a\0b", 3), 3);
}

static void test_cp1252(void **state)
{
	(void)state;
	size_t n = 0;
	char *s = cp1252_to_utf8("\x80", 1, &n);
	assert_non_null(s);
	assert_string_equal(s, "\xE2\x82\xAC");
	assert_int_equal(n, 3);
	free(s);
	s = cp1252_to_utf8("M\xFCller \xC4\xD6\xDC\xDF", 11, &n);
	assert_string_equal(s, "Müller ÄÖÜß");
	assert_int_equal(n, strlen("Müller ÄÖÜß"));
	free(s);
	s = cp1252_to_utf8("\x84Zitat\x93 \x96 \x85", 11, &n);
	assert_string_equal(s, "„Zitat“ – …");
	free(s);
	/* undefined bytes become U+FFFD, never dropped */
	s = cp1252_to_utf8("a\x81" "b\x8D\x8F\x90\x9D", 7, &n);
	assert_string_equal(s, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
	free(s);
	s = cp1252_to_utf8("\x9F\xA0\xFF", 3, &n);
	assert_string_equal(s, "Ÿ\xC2\xA0ÿ");
	free(s);
	s = cp1252_to_utf8("plain ASCII;1,2", 15, &n);
	assert_string_equal(s, "plain ASCII;1,2");
	assert_int_equal(n, 15);
	free(s);
	s = cp1252_to_utf8("", 0, &n);
	assert_string_equal(s, "");
	assert_int_equal(n, 0);
	free(s);
	/* every byte converts to valid UTF-8 */
	char all[256];
	for (int i = 0; i < 256; i++)
		all[i] = (char)i;
	s = cp1252_to_utf8(all, 256, &n);
	assert_non_null(s);
	assert_int_equal(utf8_invalid_at(s, n), n);
	assert_int_equal(s[n], '\0');
	free(s);
}

static void test_utf8_width(void **state)
{
	(void)state;
	assert_int_equal(utf8_width(""), 0);
	assert_int_equal(utf8_width("abc"), 3);
	assert_int_equal(utf8_width("Müller"), 6);
	assert_int_equal(utf8_width("ÄÖÜäöüß"), 7);
	assert_int_equal(utf8_width("…"), 1);
	assert_int_equal(utf8_width("€"), 1);
	assert_int_equal(utf8_width("日本"), 4);
	assert_int_equal(utf8_width("한국어"), 6);
	assert_int_equal(utf8_width("ＡＢ"), 4);        /* fullwidth */
	assert_int_equal(utf8_width("e\xCC\x81"), 1);    /* e + combining acute */
	assert_int_equal(utf8_width("\xF0\x9F\x98\x80"), 2);
	assert_int_equal(utf8_width("a\tb"), 2);         /* controls take no column */
	assert_int_equal(utf8_width("a\xFF" "b"), 3);    /* an invalid byte counts as U+FFFD */
}

/* Checks one crop result: valid UTF-8, fits n, width ≤ cols, reported width right, and
 * either the whole string or a prefix of it followed by "…". */
static void check_crop(const char *s, size_t cols, size_t n)
{
	char buf[256];
	memset(buf, 0x55, sizeof buf);
	size_t got = utf8_crop(s, cols, buf, n);
	size_t len = strlen(buf);
	if (len >= n)
		fail_msg("crop(\"%s\", %zu, n=%zu) wrote %zu bytes", s, cols, n, len + 1);
	assert_int_equal((unsigned char)buf[n], 0x55);
	assert_int_equal(utf8_invalid_at(buf, len), len);
	assert_int_equal(utf8_width(buf), got);
	assert_true(got <= cols);
	if (strcmp(buf, s) != 0 && cols > 0) {
		assert_true(len >= 3);
		assert_string_equal(buf + len - 3, "…");
		assert_memory_equal(buf, s, len - 3);
	}
}

static void test_utf8_crop(void **state)
{
	(void)state;
	char b[64];
	assert_int_equal(utf8_crop("Bürgerservice", 8, b, sizeof b), 8);
	assert_string_equal(b, "Bürgers…");
	assert_int_equal(utf8_crop("Bürgerservice", 13, b, sizeof b), 13);
	assert_string_equal(b, "Bürgerservice");
	assert_int_equal(utf8_crop("Bürgerservice", 40, b, sizeof b), 13);
	assert_string_equal(b, "Bürgerservice");
	assert_int_equal(utf8_crop("Bürgerservice", 12, b, sizeof b), 12);
	assert_string_equal(b, "Bürgerservi…");
	assert_int_equal(utf8_crop("日本語テキスト", 5, b, sizeof b), 5);
	assert_string_equal(b, "日本…");
	assert_int_equal(utf8_crop("日本語テキスト", 4, b, sizeof b), 3); /* no half character */
	assert_string_equal(b, "日…");
	assert_int_equal(utf8_crop("abc", 1, b, sizeof b), 1);
	assert_string_equal(b, "…");
	assert_int_equal(utf8_crop("abc", 0, b, sizeof b), 0);
	assert_string_equal(b, "");
	assert_int_equal(utf8_crop("", 5, b, sizeof b), 0);
	assert_string_equal(b, "");
	/* the byte buffer, not the columns, is the limit: still whole code points */
	assert_int_equal(utf8_crop("ääääää", 10, b, 8), 3);
	assert_string_equal(b, "ää…");

	static const char *const samples[] = {
		"Bürgerservice", "Straßenverkehrsamt Ærø €", "日本語テキスト", "aé日b😀c", "…………",
		"e\xCC\x81" "e\xCC\x81" "e\xCC\x81", "x", "",
	};
	for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++)
		for (size_t cols = 0; cols <= 20; cols++)
			for (size_t n = 4; n <= 40; n++)
				check_crop(samples[i], cols, n);
}

/* utf8_crop must never write more than n bytes, whatever n is. */
static void test_utf8_crop_tiny_buffer(void **state)
{
	(void)state;
	for (size_t n = 1; n < 4; n++) {
		char b[8];
		memset(b, 0x55, sizeof b);
		utf8_crop("abcdef", 10, b, n);
		for (size_t i = n; i < sizeof b; i++)
			if ((unsigned char)b[i] != 0x55)
				fail_msg("utf8_crop(n=%zu) wrote byte %zu", n, i);
		assert_true(strnlen(b, n) < n);
	}
}

/* ---- settings ---- */

static void test_settings(void **state)
{
	(void)state;
	struct settings s;
	struct wp_err e = { 0 };
	settings_defaults(&s);
	assert_true(s.v[SET_SCHWELLE_BEREIT] == 75);
	assert_true(s.v[SET_SCHWELLE_ANPASSUNG] == 40);
	assert_true(s.v[SET_KAPAZITAET_MONAT] == 40);
	assert_true(s.v[SET_MAX_PT_MONAT] == 20);
	assert_true(s.v[SET_FAKTOR_HOCH] == 1.25);
	assert_int_equal(settings_find("plan.kapazitaet_monat"), SET_KAPAZITAET_MONAT);
	assert_int_equal(settings_find("plan.kapazitaet"), -1); /* the wave planner's: converted */
	assert_int_equal(settings_find("schwelle.bereit"), SET_SCHWELLE_BEREIT);
	assert_int_equal(settings_find("plan.Kapazitaet"), -1);
	assert_int_equal(settings_find(""), -1);

	for (int id = 0; id < SET__N; id++) {
		const struct setting_def *d = &setting_defs[id];
		assert_int_equal(settings_find(d->key), id);
		assert_true(d->lo <= d->def && d->def <= d->hi);
		settings_defaults(&s);
		if (id == SET_SCHWELLE_ANPASSUNG)
			assert_int_equal(settings_set(&s, SET_SCHWELLE_BEREIT, 100, &e), 0);
		if (id == SET_SCHWELLE_BEREIT)
			assert_int_equal(settings_set(&s, SET_SCHWELLE_ANPASSUNG, 0, &e), 0);
		assert_int_equal(settings_set(&s, id, d->lo, &e), 0);
		assert_true(s.v[id] == d->lo);
		assert_int_equal(settings_set(&s, id, d->hi, &e), 0);
		assert_true(s.v[id] == d->hi);
		double below = d->lo - (d->lo >= 1 ? 1 : 0.01), above = d->hi + 1;
		assert_int_equal(settings_set(&s, id, below, &e), -WP_EINVAL);
		assert_non_null(strstr(e.msg, d->key));
		assert_non_null(strstr(e.msg, "Bereich"));
		assert_int_equal(settings_set(&s, id, above, &e), -WP_EINVAL);
		assert_int_equal(settings_set(&s, id, NAN, &e), -WP_EINVAL);
		assert_true(s.v[id] == d->hi); /* unchanged by the refusals */
	}

	/* schwelle.anpassung ≤ schwelle.bereit, from either side */
	settings_defaults(&s);
	assert_int_equal(settings_set(&s, SET_SCHWELLE_ANPASSUNG, 80, &e), -WP_EINVAL);
	assert_non_null(strstr(e.msg, "schwelle.anpassung"));
	assert_non_null(strstr(e.msg, "schwelle.bereit"));
	assert_true(s.v[SET_SCHWELLE_ANPASSUNG] == 40);
	assert_int_equal(settings_set(&s, SET_SCHWELLE_BEREIT, 30, &e), -WP_EINVAL);
	assert_non_null(strstr(e.msg, "schwelle.anpassung"));
	assert_true(s.v[SET_SCHWELLE_BEREIT] == 75);
	assert_int_equal(settings_set(&s, SET_SCHWELLE_ANPASSUNG, 75, &e), 0); /* equal is fine */
	assert_int_equal(settings_set(&s, SET_SCHWELLE_BEREIT, 75, &e), 0);
	assert_int_equal(settings_set(&s, SET_SCHWELLE_BEREIT, 74, &e), -WP_EINVAL);
	assert_int_equal(settings_set(&s, SET_SCHWELLE_BEREIT, 90, &e), 0);
	assert_int_equal(settings_set(&s, SET_SCHWELLE_ANPASSUNG, 80, &e), 0);
	assert_true(s.v[SET_SCHWELLE_ANPASSUNG] == 80 && s.v[SET_SCHWELLE_BEREIT] == 90);
	/* e may be NULL */
	assert_int_equal(settings_set(&s, SET_KAPAZITAET_MONAT, -1, NULL), -WP_EINVAL);
	assert_int_equal(settings_set(&s, SET_KAPAZITAET_MONAT, 12.3, NULL), -WP_EINVAL);
	assert_int_equal(settings_set(&s, SET_MAX_PT_MONAT, 0, NULL), -WP_EINVAL);
	assert_int_equal(settings_set(&s, SET_MAX_PT_MONAT, 7.5, &e), 0);
}

/* ---- workspace lookups ---- */

static void test_ws_find_objekt(void **state)
{
	(void)state;
	struct ws *w = ws_new();
	assert_non_null(w);
	assert_int_equal(ws_find_objekt(w, "X"), WP_NONE);
	assert_int_equal(ws_index(w), 0);
	assert_int_equal(ws_find_objekt(w, "X"), WP_NONE);
	/* 500 Kennungen in scrambled order: K0007, K0343, … */
	char k[16];
	for (unsigned i = 0; i < 500; i++) {
		snprintf(k, sizeof k, "K%04u", (i * 337u) % 500u * 2u + 1u); /* odd numbers only */
		assert_int_not_equal(ws_add_objekt(w, ws_str(w, k)), WP_NONE);
	}
	for (int pass = 0; pass < 2; pass++) {
		if (pass == 1)
			assert_int_equal(ws_index(w), 0);
		for (uint32_t i = 0; i < 500; i++)
			assert_int_equal(ws_find_objekt(w, w->obj[i].kennung), i);
		for (unsigned n = 0; n <= 1000; n += 2) { /* even numbers are absent */
			snprintf(k, sizeof k, "K%04u", n);
			assert_int_equal(ws_find_objekt(w, k), WP_NONE);
		}
		assert_int_equal(ws_find_objekt(w, "A"), WP_NONE);    /* before the first */
		assert_int_equal(ws_find_objekt(w, "Z"), WP_NONE);    /* after the last */
		assert_int_not_equal(ws_find_objekt(w, "k0001"), WP_NONE); /* ignoring case */
		assert_string_equal(w->obj[ws_find_objekt(w, "k0001")].kennung, "K0001");
		assert_int_equal(ws_find_objekt(w, ""), WP_NONE);
		assert_int_equal(ws_find_objekt(w, "K000"), WP_NONE);
	}
	/* the sorted index really is sorted and complete */
	for (size_t i = 1; i < w->n_obj; i++)
		assert_true(strcmp(w->obj[w->by_kennung[i - 1]].kennung,
				   w->obj[w->by_kennung[i]].kennung) < 0);
	/* an object added after ws_index is found all the same */
	uint32_t late = ws_add_objekt(w, "A-LATE");
	assert_int_equal(ws_find_objekt(w, "A-LATE"), late);
	assert_int_not_equal(ws_find_objekt(w, "K0999"), WP_NONE);
	assert_int_equal(ws_index(w), 0);
	assert_int_equal(ws_find_objekt(w, "A-LATE"), late);
	assert_int_equal(w->obj[w->by_kennung[0]].kennung[0], 'A');
	/* a workspace from before Kennungen were unique ignoring case: the exact one first */
	uint32_t lower = ws_add_objekt(w, "a-late");
	assert_int_equal(ws_find_objekt(w, "a-late"), lower);
	assert_int_equal(ws_find_objekt(w, "A-LATE"), late);
	assert_int_equal(ws_find_objekt(w, "A-late"), late);
	assert_int_equal(ws_find_objekt(w, "Ä-LATE"), WP_NONE);
	uint32_t um = ws_add_objekt(w, "BÜRGERBÜRO 12/3");
	assert_int_equal(ws_find_objekt(w, "bürgerbüro 12/3"), um);

	assert_int_equal(ws_find_behoerde(w, "nix"), WP_NONE);
	uint32_t b = ws_add_behoerde(w, "33 Bürgerservice", WP_NONE);
	assert_int_equal(ws_find_behoerde(w, "33 Bürgerservice"), b);
	assert_int_equal(ws_find_behoerde(w, "33 bürgerservice"), WP_NONE);
	ws_free(&w);
	assert_null(w);
	ws_free(&w); /* NULL is fine */
	ws_free(NULL);
}

/* Renaming an object through objekt_set after ws_index: the object must be found under its
 * new Kennung, and a second object may not take the same Kennung. */
/* Dependency labels live beside the dependencies: they follow every move, survive giving
 * back the spare room, and a workspace without any has no label array at all. */
static void test_dep_labels(void **state)
{
	(void)state;
	struct ws *w = ws_new();
	assert_non_null(w);
	uint32_t o[4];
	for (int i = 0; i < 4; i++) {
		char k[16];
		snprintf(k, sizeof k, "O%d", i);
		o[i] = ws_add_objekt(w, ws_str(w, k));
	}
	for (int i = 0; i < 40; i++) /* past the first capacity: the array grows */
		assert_int_not_equal(ws_add_dep(w, o[i % 4], o[(i + 1) % 4], ""), WP_NONE);
	assert_null(w->dep_label);
	assert_string_equal(ws_dep_label(w, 3), "");
	assert_int_equal(ws_add_dep(w, o[0], o[2], ws_str(w, "XMeld")), 40);
	assert_int_equal(ws_add_dep(w, o[1], o[3], ""), 41);
	assert_int_equal(ws_add_dep(w, o[2], o[0], ws_str(w, "OSCI")), 42);
	assert_non_null(w->dep_label);
	assert_string_equal(ws_dep_label(w, 0), "");
	assert_string_equal(ws_dep_label(w, 40), "XMeld");
	assert_string_equal(ws_dep_label(w, 41), "");
	/* compact away everything before 40 */
	size_t keep = 0;
	for (size_t i = 40; i < w->n_dep; i++)
		ws_dep_move(w, keep++, i);
	w->n_dep = keep;
	ws_fit_deps(w);
	assert_int_equal(w->cap_dep, 3);
	assert_string_equal(ws_dep_label(w, 0), "XMeld");
	assert_string_equal(ws_dep_label(w, 1), "");
	assert_string_equal(ws_dep_label(w, 2), "OSCI");
	assert_int_equal(w->dep[2].von, o[2]);
	assert_int_equal(w->dep[2].zu, o[0]);
	/* grows again after the fit, labels intact */
	assert_int_equal(ws_add_dep(w, o[3], o[1], ws_str(w, "neu")), 3);
	assert_string_equal(ws_dep_label(w, 0), "XMeld");
	assert_string_equal(ws_dep_label(w, 3), "neu");
	assert_int_equal(ws_index(w), 0);
	char buf[128];
	objekt_get(w, o[0], F_ABHAENGIGKEITEN, 0, buf, sizeof buf);
	assert_string_equal(buf, "O2 (XMeld)");
	ws_free(&w);
}

static void test_rename_after_index(void **state)
{
	(void)state;
	struct ws *w = ws_new();
	assert_non_null(w);
	static const char *const ks[] = { "A", "B", "C", "D", "E" };
	for (size_t i = 0; i < 5; i++)
		ws_add_objekt(w, ks[i]);
	assert_int_equal(ws_index(w), 0);
	struct wp_err e = { 0 };
	int rc1 = objekt_set(w, 0, F_KENNUNG, "F", &e);
	uint32_t found = ws_find_objekt(w, "F");
	int rc2 = objekt_set(w, 1, F_KENNUNG, "F", &e);
	char k1[8];
	snprintf(k1, sizeof k1, "%s", w->obj[1].kennung);
	ws_free(&w);
	assert_int_equal(rc1, 0);
	if (found != 0)
		fail_msg("object renamed to \"F\" after ws_index is not found under its new Kennung");
	if (rc2 == 0)
		fail_msg("second object renamed to \"F\" as well: duplicate Kennung accepted");
	assert_int_equal(rc2, -WP_EEXIST);
	assert_string_equal(k1, "B");
}

static void test_wp_fail(void **state)
{
	(void)state;
	struct wp_err e;
	assert_int_equal(wp_fail(&e, WP_EIO, "%s:%d: %s", "datei.csv", 7, "kaputt"), -WP_EIO);
	assert_int_equal(e.code, WP_EIO);
	assert_string_equal(e.msg, "datei.csv:7: kaputt");
	wp_err_clear(&e);
	assert_int_equal(e.code, 0);
	assert_string_equal(e.msg, "");
	assert_int_equal(wp_fail(NULL, WP_EINVAL, "x"), -WP_EINVAL);
	wp_err_clear(NULL);
	/* long messages are cut, not overflowed */
	char big[3000];
	memset(big, 'x', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	wp_fail(&e, WP_EINVAL, "%s", big);
	assert_int_equal(strlen(e.msg), sizeof e.msg - 1);
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

/* items compared by their tens only: equal items must keep their order */
static int cmp_tens(const void *ctx, uint32_t a, uint32_t b)
{
	(void)ctx;
	return (int)(a / 10) - (int)(b / 10);
}

static void test_sort_stable(void **state)
{
	(void)state;
	uint32_t v[] = { 31, 12, 30, 11, 5, 32, 10, 4 }, scratch[8];
	const uint32_t want[] = { 5, 4, 12, 11, 10, 31, 30, 32 };
	sort_u32(v, 8, scratch, cmp_tens, NULL);
	assert_memory_equal(v, want, sizeof want);
	sort_u32(v, 0, scratch, cmp_tens, NULL); /* empty: nothing to do */
	sort_u32(v, 1, scratch, cmp_tens, NULL);
	assert_memory_equal(v, want, sizeof want);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_set_text_fields),
		T(test_set_typ),
		T(test_set_betrieb),
		T(test_set_counts),
		T(test_set_grouped),
		T(test_set_levels),
		T(test_set_personenbezug),
		T(test_set_yes_no),
		T(test_set_lebenszyklus_dvc_angebot),
		T(test_set_ozg),
		T(test_set_vertragsende),
		T(test_set_strategie),
		T(test_set_aufwand),
		T(test_set_welle),
		T(test_set_kennung_behoerde),
		T(test_set_long_enum_value),
		T(test_set_crit),
		cmocka_unit_test(test_kennung_valid),
		cmocka_unit_test(test_field_find),
		cmocka_unit_test(test_deps_parse),
		T(test_objekt_get),
		cmocka_unit_test(test_format_pt),
		cmocka_unit_test(test_date),
		cmocka_unit_test(test_enum_round_trip),
		cmocka_unit_test(test_utf8_invalid_at),
		cmocka_unit_test(test_cp1252),
		cmocka_unit_test(test_utf8_width),
		cmocka_unit_test(test_utf8_crop),
		cmocka_unit_test(test_utf8_crop_tiny_buffer),
		cmocka_unit_test(test_settings),
		cmocka_unit_test(test_ws_find_objekt),
		cmocka_unit_test(test_dep_labels),
		cmocka_unit_test(test_rename_after_index),
		cmocka_unit_test(test_wp_fail),
		cmocka_unit_test(test_sort_stable),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
