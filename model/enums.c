/* Enum labels and parsing. */
#include "model/enums.h"

#include "model/i18n.h"
#include "model/labels.h"
#include "model/utf8.h"
#include "model/ws.h"

#include <stddef.h>
#include <string.h>


struct alias { const char *text; int value; };

struct enum_def {
	const char *const *labels;
	int n;
	int empty;             /* value for empty input, -1 = empty not allowed */
	const struct alias *aliases; /* extra accepted spellings, ends with NULL text */
	const char *allowed;
};

/* Labels are data (CSV values, input words) and stay German; N_ only lists them for the
 * catalogue, so a front end can show _(enum_label(…)) in the interface language. */
static const char w_unbekannt[] = N_("unbekannt"), w_nein[] = LBL_NEIN, w_ja[] = LBL_JA,
		  w_teilweise[] = N_("teilweise"); /* words of several kinds */
static const char *const typ_l[] = { N_("Fachverfahren"), N_("Register"), N_("Anwendung") };
static const char *const betrieb_l[] = { w_unbekannt, N_("Eigenes RZ"), N_("IT-Dienstleister"),
					 N_("SaaS"), N_("Public Cloud") };
static const char *const level_l[] = { "", N_("normal"), N_("hoch"), N_("sehr hoch") };
static const char *const pb_l[] = { "", w_nein, w_ja, N_("Art. 9") };
static const char *const jn_l[] = { w_nein, w_ja };
static const char *const tri_l[] = { w_unbekannt, w_nein, w_ja };
static const char *const lz_l[] = { N_("aktiv"), N_("auslaufend") };
static const char *const crit_l[] = { w_unbekannt, w_nein, w_teilweise, w_ja };
static const char *const rl_l[] = { w_unbekannt, N_("nicht erfüllt"), w_teilweise,
				    N_("erfüllt") };
static const char *const strat_l[] = { "", "Rehost", "Relocate", "Replatform", "Refactor",
				       "Repurchase", "Retire", "Retain" };
static const char *const ps_l[] = { N_("Idee"), N_("geplant"), N_("laufend"),
				    N_("abgeschlossen") };
static const char w_offen[] = N_("offen");
static const char *const verdict_l[] = { N_("zulässig"), w_offen, N_("blockiert") };
static const char *const stand_l[] = { w_offen, N_("in Arbeit"), N_("migriert") };

/* Synonyms people write in spreadsheets (the table of docs/csv.md "Synonyme"); matched
 * ignoring case like the labels. "mittel", "gering" and "niedrig" are not BSI levels and
 * stay refused rather than guessed, and so do single letters but x ("y", "n": a typo as
 * likely as an answer). */
#define JA_NEIN(ja, nein) { "yes", ja }, { "no", nein }, { "true", ja }, { "false", nein }, \
	{ "1", ja }, { "0", nein }, { "x", ja }, { "wahr", ja }, { "falsch", nein }
static const struct alias typ_a[] = { { "verfahren", TYP_FACHVERFAHREN },
	{ "fachanwendung", TYP_FACHVERFAHREN }, { "app", TYP_ANWENDUNG },
	{ "software", TYP_ANWENDUNG }, { NULL, 0 } };
static const struct alias betrieb_a[] = { { "eigenes rechenzentrum", BETRIEB_EIGENES_RZ },
	{ "eigenes_rz", BETRIEB_EIGENES_RZ }, { "rz", BETRIEB_EIGENES_RZ },
	{ "eigenes-rz", BETRIEB_EIGENES_RZ }, { "rechenzentrum", BETRIEB_EIGENES_RZ },
	{ "eigenbetrieb", BETRIEB_EIGENES_RZ }, { "on-premises", BETRIEB_EIGENES_RZ },
	{ "on-premise", BETRIEB_EIGENES_RZ }, { "on-prem", BETRIEB_EIGENES_RZ },
	{ "on premise", BETRIEB_EIGENES_RZ }, { "intern", BETRIEB_EIGENES_RZ },
	{ "dienstleister", BETRIEB_DIENSTLEISTER }, { "it_dienstleister", BETRIEB_DIENSTLEISTER },
	{ "it dienstleister", BETRIEB_DIENSTLEISTER }, { "it-dl", BETRIEB_DIENSTLEISTER },
	{ "extern", BETRIEB_DIENSTLEISTER }, { "outsourcing", BETRIEB_DIENSTLEISTER },
	{ "kommunaler it-dienstleister", BETRIEB_DIENSTLEISTER },
	{ "software as a service", BETRIEB_SAAS }, { "cloud", BETRIEB_PUBLIC_CLOUD },
	{ "public_cloud", BETRIEB_PUBLIC_CLOUD }, { "public-cloud", BETRIEB_PUBLIC_CLOUD },
	{ "publiccloud", BETRIEB_PUBLIC_CLOUD }, { "", BETRIEB_UNBEKANNT },
	{ "?", BETRIEB_UNBEKANNT }, { NULL, 0 } };
static const struct alias level_a[] = { { "sehr_hoch", LVL_SEHR_HOCH },
	{ "sehrhoch", LVL_SEHR_HOCH }, { "sehr-hoch", LVL_SEHR_HOCH }, { "1", LVL_NORMAL },
	{ "2", LVL_HOCH }, { "3", LVL_SEHR_HOCH }, { NULL, 0 } };
static const struct alias pb_a[] = { { "art9", PB_ART9 }, { "art 9", PB_ART9 },
	{ "art. 9 dsgvo", PB_ART9 }, { "art 9 dsgvo", PB_ART9 }, { "art.9", PB_ART9 },
	{ "besondere", PB_ART9 }, { "sensibel", PB_ART9 }, { "besondere kategorien", PB_ART9 },
	{ "besondere kategorien art. 9", PB_ART9 }, { "unbekannt", PB_UNBEKANNT },
	{ "?", PB_UNBEKANNT }, JA_NEIN(PB_JA, PB_NEIN), { NULL, 0 } };
static const struct alias jn_a[] = { JA_NEIN(JN_JA, JN_NEIN), { "", JN_NEIN }, { NULL, 0 } };
static const struct alias tri_a[] = { JA_NEIN(TRI_JA, TRI_NEIN), { "?", TRI_UNBEKANNT },
	{ NULL, 0 } };
static const struct alias lz_a[] = { { "in betrieb", LZ_AKTIV }, { "produktiv", LZ_AKTIV },
	{ "abgekündigt", LZ_AUSLAUFEND }, { "end of life", LZ_AUSLAUFEND },
	{ "eol", LZ_AUSLAUFEND }, { NULL, 0 } };
static const struct alias crit_a[] = { JA_NEIN(CV_JA, CV_NEIN), { "?", CV_UNBEKANNT },
	{ "teils", CV_TEILWEISE }, { NULL, 0 } };
static const struct alias rl_a[] = { { "erfuellt", RL_ERFUELLT }, { "e", RL_ERFUELLT },
	{ "nicht", RL_NICHT }, { "nicht erfuellt", RL_NICHT }, { "n", RL_NICHT },
	{ "t", RL_TEILWEISE }, { "?", RL_UNBEKANNT }, { NULL, 0 } };
static const struct alias verdict_a[] = { { "zulaessig", 0 }, { NULL, 0 } };
static const struct alias stand_a[] = { { "in_arbeit", STAND_IN_ARBEIT },
	{ "inarbeit", STAND_IN_ARBEIT }, { "in bearbeitung", STAND_IN_ARBEIT },
	{ "erledigt", STAND_MIGRIERT }, { "", STAND_OFFEN }, { NULL, 0 } };
static const struct alias none_a[] = { { NULL, 0 } };

#define DEF(l, empty, a, allowed) { l, (int)(sizeof l / sizeof l[0]), empty, a, allowed }
static const struct enum_def defs[EK__N] = {
	[EK_TYP] = DEF(typ_l, -1, typ_a, "Fachverfahren, Register, Anwendung"),
	[EK_BETRIEB] = DEF(betrieb_l, BETRIEB_UNBEKANNT, betrieb_a,
			   "Eigenes RZ, IT-Dienstleister, SaaS, Public Cloud, unbekannt"),
	[EK_LEVEL] = DEF(level_l, LVL_NONE, level_a, "normal, hoch, sehr hoch (oder leer)"),
	[EK_PERSONENBEZUG] = DEF(pb_l, PB_UNBEKANNT, pb_a, "nein, ja, Art. 9 (oder leer)"),
	[EK_JANEIN] = DEF(jn_l, JN_NEIN, jn_a, "ja, nein"),
	[EK_TRI] = DEF(tri_l, TRI_UNBEKANNT, tri_a, "ja, nein, unbekannt"),
	[EK_LEBENSZYKLUS] = DEF(lz_l, LZ_AKTIV, lz_a, "aktiv, auslaufend"),
	[EK_CRIT] = DEF(crit_l, CV_UNBEKANNT, crit_a, "ja, teilweise, nein, unbekannt"),
	[EK_RL] = DEF(rl_l, RL_UNBEKANNT, rl_a, "erfüllt, teilweise, nicht, unbekannt"),
	[EK_STRATEGIE] = DEF(strat_l, STRAT_NONE, none_a,
			     "Rehost, Relocate, Replatform, Refactor, Repurchase, Retire, Retain "
			     "(oder leer)"),
	[EK_PILOT_STATUS] = DEF(ps_l, -1, none_a, "Idee, geplant, laufend, abgeschlossen"),
	[EK_VERDICT] = DEF(verdict_l, -1, verdict_a, "blockiert, offen, zulässig"),
	[EK_STAND] = DEF(stand_l, STAND_OFFEN, stand_a, "offen, in Arbeit, migriert"),
};

const char *enum_label(enum enum_kind k, int v)
{
	if ((unsigned)k >= EK__N || v < 0 || v >= defs[k].n)
		return "?";
	return defs[k].labels[v];
}

int enum_count(enum enum_kind k)
{
	return (unsigned)k < EK__N ? defs[k].n : 0;
}

const char *enum_allowed(enum enum_kind k)
{
	return (unsigned)k < EK__N ? defs[k].allowed : "";
}

int enum_parse(enum enum_kind k, const char *s)
{
	if ((unsigned)k >= EK__N || !s)
		return -1;
	const struct enum_def *d = &defs[k];
	while (*s == ' ' || *s == '\t')
		s++;
	size_t n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (n == 0)
		return d->empty;
	for (int v = 0; v < d->n; v++)
		if (d->labels[v][0] && utf8_eq_ci(s, n, d->labels[v]))
			return v;
	for (const struct alias *a = d->aliases; a->text; a++)
		if (utf8_eq_ci(s, n, a->text))
			return a->value;
	return -1;
}

const char *enum_display(enum enum_kind k, int v)
{
	const char *l = enum_label(k, v);
	return *l ? _(l) : l;
}
