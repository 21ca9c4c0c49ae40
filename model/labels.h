/* Labels shared by several screens and outputs (column titles, field and section names),
 * each written once here so a wording changes in one place. Each is a msgid, usable in
 * static tables; translate where shown: _(LBL_RANG). The labels of object fields (and the
 * canonical CSV headers) are the LBL_F_* ones, used by FIELDS_TABLE (model/fields.h). */
#ifndef WP_MODEL_LABELS_H
#define WP_MODEL_LABELS_H

#include "model/i18n.h"

/* answers and yes/no values (also the labels of enum janein, model/enums.c) */
#define LBL_JA N_("ja")
/* The column heads of the settings (`wolkenplan settings`, the dashboard's editor) and the
 * undo hint (footer of the views and of the editors). */
#define LBL_SCHLUESSEL N_("Schlüssel")
#define LBL_BEREICH N_("Bereich")
#define LBL_BEDEUTUNG N_("Bedeutung")
#define LBL_RUECKGAENGIG N_("rückgängig")
/* A rate the user set (not the example default), CLI and Übersicht alike. */
#define LBL_EIGENER_WERT N_("eigener Wert")
#define LBL_NEIN N_("nein")

/* object fields */
#define LBL_F_KENNUNG N_("Kennung")
#define LBL_F_TYP N_("Typ")
#define LBL_F_NAME N_("Name")
#define LBL_F_BEHOERDE N_("Behörde")
#define LBL_F_BETRIEB N_("Betrieb")
#define LBL_F_VERTRAULICHKEIT N_("Vertraulichkeit")
#define LBL_F_INTEGRITAET N_("Integrität")
#define LBL_F_VERFUEGBARKEIT N_("Verfügbarkeit")
#define LBL_F_VS_NFD N_("VS-NfD")
#define LBL_F_OZG N_("OZG")
#define LBL_F_VERTRAGSENDE N_("Vertragsende")
#define LBL_F_STRATEGIE N_("Strategie")
#define LBL_F_ZIELPLATTFORM N_("Zielplattform")
#define LBL_F_NOTIZ N_("Notiz")
#define LBL_F_WELLE N_("Welle")
#define LBL_KOSTENFAKTOR N_("Kostenfaktor")
#define LBL_KOSTEN N_("Kosten")
#define LBL_OHNE_KOSTEN N_("ohne Kostenangabe") /* no Betriebskosten heute */
#define LBL_KOSTENANGABE N_("Kostenangabe")
#define LBL_HINT_EURO N_("Euro, z. B. 12.500 oder 12.500,50; leer: keine Angabe")

/* the columns of the costs per Haushaltsjahr (docs/kosten.md); Betrieb is LBL_F_BETRIEB */
#define LBL_HAUSHALTSJAHR N_("Haushaltsjahr")
#define LBL_MIGRATION N_("Migration")
#define LBL_DAVON_EXTERN N_("davon extern")
#define LBL_SUMME N_("Summe")
#define LBL_BASIS N_("Basis")
#define LBL_DIFFERENZ N_("Differenz")
#define LBL_KUMULIERT N_("Kumuliert")
#define LBL_KOSTEN_JE_JAHR N_("Kosten je Haushaltsjahr")
#define LBL_BREAK_EVEN N_("Break-even")

/* assessment and platforms */
#define LBL_RANG N_("Rang")
#define LBL_CODE N_("Code")
#define LBL_PLATTFORM N_("Plattform")
#define LBL_PUNKTE N_("Punkte")
#define LBL_NUTZEN N_("Nutzen")
#define LBL_LEICHTIGKEIT N_("Leichtigkeit")
#define LBL_RISIKO N_("Risiko")
#define LBL_PT N_("PT")
#define LBL_AUFWAND_PT N_("Aufwand PT")
#define LBL_SCHUTZKLASSE N_("Schutzklasse")
#define LBL_SCHUTZ N_("Schutz")          /* short Schutzklasse */
#define LBL_BEREITSCHAFT N_("Bereitschaft")
#define LBL_BEREIT N_("Bereit")          /* short Bereitschaft */
#define LBL_EMPFOHLEN N_("Empfohlen")
#define LBL_EMPF N_("Empf.")             /* short Empfohlen */
#define LBL_URTEIL N_("Urteil")
#define LBL_ROTE_LINIE N_("Rote Linie")
#define LBL_BEZEICHNUNG N_("Bezeichnung")
#define LBL_WERT N_("Wert")
#define LBL_QUELLE N_("Quelle / Begründung")
#define LBL_VS_NFD_ZULASSUNG N_("VS-NfD-Zulassung")

/* the help view: its tab and the footer hint of its key (tui/app.c, tui/actions.h) */
#define LBL_HILFE N_("Hilfe")
/* the Roadmap view: its tab and the title of its export (tui/app.c, tui/view_roadmap.c) */
#define LBL_ROADMAP N_("Roadmap")

/* the decision log (docs/beschluesse.md): its tab, block titles, list and form labels
 * (tui/view_beschluesse.c, the Objekt-Detail, the Piloten view, cli/cmd_beschluss.c, the
 * report) */
#define LBL_BESCHLUESSE N_("Beschlüsse")
#define LBL_BESCHLUSS N_("Beschluss")
#define LBL_GREMIUM N_("Gremium")
#define LBL_SZENARIO N_("Szenario")
#define LBL_WELLEN N_("Wellen")
#define LBL_ERFASST_AM N_("erfasst am")
#define LBL_DATUM N_("Datum")
/* counts and lists of objects and pilots (cli behoerde list, tab Piloten, decisions) */
#define LBL_OBJEKTE N_("Objekte")
#define LBL_PILOTEN N_("Piloten")

/* the end of a span (the Zeitplan table's column) and the End key (tui/actions.c) */
#define LBL_ENDE N_("Ende")
#define LBL_BEGINN N_("Beginn")

/* deleting an object: the confirmation's title (tui/detail_edit.c) and the store step
 * named in its error (data/store_save.c) */
#define LBL_OBJEKT_LOESCHEN N_("Objekt löschen")

/* a recommendation that is only "offen" (model/sched_text.c, model/zeitplan_text.c) */
#define LBL_KLAERUNG N_("Klärung nötig")
/* the same after a recommended platform (model/explain_text.c, the Objekt-Detail) */
#define LBL_KLAERUNG_ZUSATZ N_(" — Klärung nötig")

/* sections of an object's explanation (model/explain_text.c and the Objekt view) */
#define LBL_SEC_EMPFOHLEN N_("Empfohlene Plattform")
#define LBL_SEC_DVC N_("DVC-Bereitschaft")
#define LBL_SEC_AUFWAND N_("Aufwand")

#endif
