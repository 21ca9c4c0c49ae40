/* SQL of the workspace schema. Enumerations are stored as small integers (their meaning:
 * model/ws.h), dates as ISO text, so the file stays readable with the sqlite3 shell.
 * objekt.kriterien holds the object's known DVC criterion values as "CODE=WERT;…" (WERT
 * 1 nein, 2 teilweise, 3 ja; absent = unbekannt): one row per object instead of one per
 * value keeps a 100,000-object import as fast as sqlite3's own .import. */
#include "data/schema.h"

#include <stddef.h>

static const char *const v1[] = {
	"CREATE TABLE behoerde ("
	" id INTEGER PRIMARY KEY,"
	" name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),"
	" parent_id INTEGER REFERENCES behoerde(id) ON DELETE RESTRICT,"
	" kgst TEXT NOT NULL DEFAULT '',"
	" kontakt TEXT NOT NULL DEFAULT '',"
	" CHECK (parent_id IS NULL OR parent_id <> id));",
	"CREATE TABLE kriterium ("
	" code TEXT PRIMARY KEY,"
	" art TEXT NOT NULL CHECK (art IN ('RL','DVC')),"
	" name TEXT NOT NULL,"
	" beschreibung TEXT NOT NULL DEFAULT '',"
	" gewicht REAL NOT NULL DEFAULT 0 CHECK (gewicht >= 0),"
	" pos INTEGER NOT NULL);",
	"CREATE TABLE objekt ("
	" id INTEGER PRIMARY KEY,"
	" kennung TEXT NOT NULL UNIQUE,"
	" typ INTEGER NOT NULL CHECK (typ BETWEEN 0 AND 2),"
	" name TEXT NOT NULL,"
	" behoerde_id INTEGER NOT NULL REFERENCES behoerde(id) ON DELETE RESTRICT,"
	" hersteller TEXT NOT NULL DEFAULT '',"
	" produkt TEXT NOT NULL DEFAULT '',"
	" betrieb INTEGER NOT NULL DEFAULT 0 CHECK (betrieb BETWEEN 0 AND 4),"
	" nutzer INTEGER CHECK (nutzer >= 0),"
	" fallzahl INTEGER CHECK (fallzahl >= 0),"
	" sb_c INTEGER NOT NULL DEFAULT 0 CHECK (sb_c BETWEEN 0 AND 3),"
	" sb_i INTEGER NOT NULL DEFAULT 0 CHECK (sb_i BETWEEN 0 AND 3),"
	" sb_a INTEGER NOT NULL DEFAULT 0 CHECK (sb_a BETWEEN 0 AND 3),"
	" sb_manuell INTEGER NOT NULL DEFAULT 0 CHECK (sb_manuell IN (0,1)),"
	" personenbezug INTEGER NOT NULL DEFAULT 0 CHECK (personenbezug BETWEEN 0 AND 3),"
	" vs_nfd INTEGER NOT NULL DEFAULT 0 CHECK (vs_nfd IN (0,1)),"
	" lebenszyklus INTEGER NOT NULL DEFAULT 0 CHECK (lebenszyklus IN (0,1)),"
	" dvc_angebot INTEGER NOT NULL DEFAULT 0 CHECK (dvc_angebot BETWEEN 0 AND 2),"
	" ozg TEXT NOT NULL DEFAULT '',"
	" vertragsende TEXT,"
	" standards TEXT NOT NULL DEFAULT '',"
	" strategie INTEGER NOT NULL DEFAULT 0 CHECK (strategie BETWEEN 0 AND 7),"
	" aufwand_pt REAL CHECK (aufwand_pt >= 0),"
	" welle_pin INTEGER CHECK (welle_pin >= 1),"
	" notiz TEXT NOT NULL DEFAULT '',"
	" kriterien TEXT NOT NULL DEFAULT '',"
	" erstellt INTEGER NOT NULL DEFAULT 0,"
	" geaendert INTEGER NOT NULL DEFAULT 0);",
	"CREATE INDEX objekt_behoerde ON objekt(behoerde_id);",
	"CREATE TABLE abhaengigkeit ("
	" von_id INTEGER NOT NULL REFERENCES objekt(id) ON DELETE CASCADE,"
	" zu_id INTEGER NOT NULL REFERENCES objekt(id) ON DELETE CASCADE,"
	" label TEXT NOT NULL DEFAULT '',"
	" PRIMARY KEY (von_id, zu_id),"
	" CHECK (von_id <> zu_id)) WITHOUT ROWID;",
	"CREATE TABLE plattform ("
	" id INTEGER PRIMARY KEY,"
	" code TEXT NOT NULL UNIQUE CHECK (length(code) > 0),"
	" name TEXT NOT NULL,"
	" beschreibung TEXT NOT NULL DEFAULT '',"
	" rang INTEGER NOT NULL CHECK (rang >= 1),"
	" vs_nfd INTEGER NOT NULL DEFAULT 0 CHECK (vs_nfd BETWEEN 0 AND 2),"
	" beispiel INTEGER NOT NULL DEFAULT 0 CHECK (beispiel IN (0,1)));",
	"CREATE TABLE plattform_rl ("
	" plattform_id INTEGER NOT NULL REFERENCES plattform(id) ON DELETE CASCADE,"
	" code TEXT NOT NULL REFERENCES kriterium(code) ON DELETE CASCADE ON UPDATE CASCADE,"
	" wert INTEGER NOT NULL CHECK (wert BETWEEN 0 AND 3),"
	" quelle TEXT NOT NULL DEFAULT '',"
	" PRIMARY KEY (plattform_id, code)) WITHOUT ROWID;",
	"CREATE TABLE pilot ("
	" id INTEGER PRIMARY KEY,"
	" name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),"
	" ziel TEXT NOT NULL DEFAULT '',"
	" ozg TEXT NOT NULL DEFAULT '',"
	" status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 3));",
	"CREATE TABLE pilot_objekt ("
	" pilot_id INTEGER NOT NULL REFERENCES pilot(id) ON DELETE CASCADE,"
	" objekt_id INTEGER NOT NULL REFERENCES objekt(id) ON DELETE CASCADE,"
	" PRIMARY KEY (pilot_id, objekt_id)) WITHOUT ROWID;",
	"CREATE TABLE pilot_todo ("
	" id INTEGER PRIMARY KEY,"
	" pilot_id INTEGER NOT NULL REFERENCES pilot(id) ON DELETE CASCADE,"
	" pos INTEGER NOT NULL,"
	" text TEXT NOT NULL CHECK (length(text) > 0),"
	" erledigt INTEGER NOT NULL DEFAULT 0 CHECK (erledigt IN (0,1)));",
	"CREATE TABLE welle ("
	" nr INTEGER PRIMARY KEY CHECK (nr >= 1),"
	" beginn TEXT NOT NULL,"
	" ende TEXT NOT NULL,"
	" kapazitaet REAL NOT NULL CHECK (kapazitaet >= 0));",
	"CREATE TABLE plan_eintrag ("
	" objekt_id INTEGER PRIMARY KEY REFERENCES objekt(id) ON DELETE CASCADE,"
	" welle_nr INTEGER REFERENCES welle(nr) ON DELETE SET NULL,"
	" hinweise TEXT NOT NULL DEFAULT '');",
	"CREATE TABLE einstellung ("
	" key TEXT PRIMARY KEY,"
	" value REAL NOT NULL);",
	"CREATE TABLE ozg_leistung ("
	" ozg_id TEXT PRIMARY KEY,"
	" name TEXT NOT NULL,"
	" lebenslage TEXT NOT NULL DEFAULT '',"
	" themenfeld TEXT NOT NULL DEFAULT '');",
	"CREATE TABLE leika_leistung ("
	" id INTEGER PRIMARY KEY,"
	" schluessel TEXT NOT NULL,"
	" leistung TEXT NOT NULL,"
	" typ TEXT NOT NULL DEFAULT '',"
	" rechtsgrundlage TEXT NOT NULL DEFAULT '',"
	" ozg_id TEXT NOT NULL DEFAULT '');",
	"CREATE INDEX leika_schluessel ON leika_leistung(schluessel);",
	NULL
};

/* v2 (roadmap planner): the stored plan's parameters (one row; its presence means "a plan
 * is stored"), per entry the planner's notes (flags PH_* of model/plan.h), the reason of an
 * unplanned one and the first not-planned object it benötigt; per wave whether its capacity
 * is the user's own (fest = 1: kept by every new plan and handed to the planner). */
static const char *const v2[] = {
	"CREATE TABLE plan ("
	" id INTEGER PRIMARY KEY CHECK (id = 1),"
	" start_jahr INTEGER NOT NULL,"
	" start_quartal INTEGER NOT NULL CHECK (start_quartal BETWEEN 1 AND 4),"
	" wellen_laenge INTEGER NOT NULL CHECK (wellen_laenge >= 1),"
	" kapazitaet REAL NOT NULL CHECK (kapazitaet >= 0),"
	" n_welle INTEGER NOT NULL DEFAULT 0 CHECK (n_welle >= 0),"
	" erstellt INTEGER NOT NULL DEFAULT 0);",
	"ALTER TABLE plan_eintrag ADD COLUMN flags INTEGER NOT NULL DEFAULT 0;",
	"ALTER TABLE plan_eintrag ADD COLUMN grund INTEGER NOT NULL DEFAULT 0;",
	"ALTER TABLE plan_eintrag ADD COLUMN hybrid_zu INTEGER "
	"REFERENCES objekt(id) ON DELETE SET NULL;",
	"ALTER TABLE welle ADD COLUMN fest INTEGER NOT NULL DEFAULT 0 CHECK (fest IN (0,1));",
	NULL
};

/* v3 (Zeitplan, docs/zeitplan.md): per object its pace, Stand, Ist-PT, go-live month and
 * pinned Beginn month (months as JJJJ-MM text, PT as REAL in steps of 0.5); the capacity
 * exceptions per calendar month; the stored Zeitplan — parameters (one row), per object
 * Beginn, Ende, reason, notes, group and lateness, the PT per object and month, and the
 * violations the planner reported; per setting the assumption behind its value (the
 * demo's programme: 4 people ≈ 80 PT a month); and the note of what a migration converted (shown once
 * by the first program that opens the file). The wave tables stay for the conversion. */
static const char *const v3[] = {
	"ALTER TABLE objekt ADD COLUMN max_pt_monat REAL CHECK (max_pt_monat >= 0.5);",
	"ALTER TABLE objekt ADD COLUMN stand INTEGER NOT NULL DEFAULT 0 CHECK (stand BETWEEN 0 AND 2);",
	"ALTER TABLE objekt ADD COLUMN ist_pt REAL CHECK (ist_pt >= 0);",
	"ALTER TABLE objekt ADD COLUMN inbetriebnahme TEXT;",
	"ALTER TABLE objekt ADD COLUMN pin_monat TEXT;",
	"ALTER TABLE einstellung ADD COLUMN annahme TEXT NOT NULL DEFAULT '';",
	"CREATE TABLE kapazitaet ("
	" monat TEXT PRIMARY KEY,"
	" pt REAL NOT NULL CHECK (pt >= 0)) WITHOUT ROWID;",
	"CREATE TABLE zeitplan ("
	" id INTEGER PRIMARY KEY CHECK (id = 1),"
	" start TEXT NOT NULL,"
	" kapazitaet REAL NOT NULL CHECK (kapazitaet >= 0),"
	" tempo REAL NOT NULL CHECK (tempo >= 0.5),"
	" wellen_laenge INTEGER NOT NULL CHECK (wellen_laenge BETWEEN 1 AND 24),"
	" erstellt INTEGER NOT NULL DEFAULT 0);",
	"CREATE TABLE zeitplan_objekt ("
	" objekt_id INTEGER PRIMARY KEY REFERENCES objekt(id) ON DELETE CASCADE,"
	" grund INTEGER NOT NULL,"
	" gruppe_art INTEGER NOT NULL DEFAULT 0,"
	" flags INTEGER NOT NULL DEFAULT 0,"
	" grund_obj INTEGER REFERENCES objekt(id) ON DELETE SET NULL,"
	" gruppe INTEGER,"
	" hybrid_zu INTEGER REFERENCES objekt(id) ON DELETE SET NULL,"
	" beginn TEXT,"
	" ende TEXT,"
	" rest REAL NOT NULL DEFAULT 0,"
	" verspaetung INTEGER NOT NULL DEFAULT 0,"
	" basis INTEGER NOT NULL DEFAULT 0,"
	" spaet INTEGER NOT NULL DEFAULT 0,"
	" warum_obj INTEGER REFERENCES objekt(id) ON DELETE SET NULL,"
	" warum_obj_ende TEXT,"
	" frueh TEXT,"
	" voll_bis TEXT);",
	"CREATE TABLE zeitplan_pt ("
	" objekt_id INTEGER NOT NULL REFERENCES objekt(id) ON DELETE CASCADE,"
	" monat TEXT NOT NULL,"
	" pt REAL NOT NULL CHECK (pt > 0),"
	" PRIMARY KEY (objekt_id, monat)) WITHOUT ROWID;",
	"CREATE TABLE zeitplan_verstoss ("
	" pos INTEGER PRIMARY KEY,"
	" art INTEGER NOT NULL,"
	" objekt_id INTEGER REFERENCES objekt(id) ON DELETE CASCADE,"
	" anderes_id INTEGER REFERENCES objekt(id) ON DELETE CASCADE,"
	" monat TEXT);",
	"CREATE TABLE umstellung ("
	" pos INTEGER PRIMARY KEY,"
	" text TEXT NOT NULL,"
	" neu_planen INTEGER NOT NULL DEFAULT 0);",
	NULL
};

/* v4 (costs, docs/kosten.md): per object its operating costs today and on the target
 * (per year) and its one-off costs, in whole cents (NULL: not given); per platform its
 * Kostenfaktor in basis points (10000 = 1.0). */
static const char *const v4[] = {
	"ALTER TABLE objekt ADD COLUMN betriebskosten_heute INTEGER "
	"CHECK (betriebskosten_heute BETWEEN 0 AND 100000000000);",
	"ALTER TABLE objekt ADD COLUMN betriebskosten_ziel INTEGER "
	"CHECK (betriebskosten_ziel BETWEEN 0 AND 100000000000);",
	"ALTER TABLE objekt ADD COLUMN einmalkosten INTEGER "
	"CHECK (einmalkosten BETWEEN 0 AND 100000000000);",
	"ALTER TABLE plattform ADD COLUMN kostenfaktor INTEGER NOT NULL DEFAULT 10000 "
	"CHECK (kostenfaktor BETWEEN 0 AND 100000);",
	NULL
};

/* v5 (decision log, docs/beschluesse.md): a Beschluss with its date (ISO), Gremium, text,
 * the scenario it names (its name as text, NULL = none; a later scenario table links it by
 * an added id column and keeps the name, like the objects here) and when it was recorded
 * (unix seconds, never changed). The objects and pilots it names keep their Kennung or name
 * as decided next to the link: deleting the object or pilot sets the link to NULL, so the
 * decision stays whole and readable. Waves by number. */
static const char *const v5[] = {
	"CREATE TABLE beschluss ("
	" id INTEGER PRIMARY KEY,"
	" datum TEXT NOT NULL CHECK (datum GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
	" gremium TEXT NOT NULL CHECK (length(gremium) > 0),"
	" text TEXT NOT NULL CHECK (length(text) > 0),"
	" szenario TEXT,"
	" erstellt INTEGER NOT NULL);",
	"CREATE TABLE beschluss_objekt ("
	" beschluss_id INTEGER NOT NULL REFERENCES beschluss(id) ON DELETE CASCADE,"
	" pos INTEGER NOT NULL,"
	" objekt_id INTEGER REFERENCES objekt(id) ON DELETE SET NULL,"
	" kennung TEXT NOT NULL CHECK (length(kennung) > 0),"
	" PRIMARY KEY (beschluss_id, pos)) WITHOUT ROWID;",
	"CREATE INDEX beschluss_objekt_obj ON beschluss_objekt(objekt_id);",
	"CREATE TABLE beschluss_pilot ("
	" beschluss_id INTEGER NOT NULL REFERENCES beschluss(id) ON DELETE CASCADE,"
	" pos INTEGER NOT NULL,"
	" pilot_id INTEGER REFERENCES pilot(id) ON DELETE SET NULL,"
	" name TEXT NOT NULL CHECK (length(name) > 0),"
	" PRIMARY KEY (beschluss_id, pos)) WITHOUT ROWID;",
	"CREATE INDEX beschluss_pilot_pilot ON beschluss_pilot(pilot_id);",
	"CREATE TABLE beschluss_welle ("
	" beschluss_id INTEGER NOT NULL REFERENCES beschluss(id) ON DELETE CASCADE,"
	" nr INTEGER NOT NULL CHECK (nr >= 1),"
	" PRIMARY KEY (beschluss_id, nr)) WITHOUT ROWID;",
	NULL
};

/* v6 (scenarios, docs/szenarien.md): the live tables keep holding the active scenario's
 * assumptions; the inactive scenarios keep theirs in the sz_* snapshot tables, keyed by
 * szenario_id and removed with their scenario, platform or object. Per object the new
 * Zielplattform override (a platform id, NULL = none). Exactly one scenario is active (the
 * partial unique index); names are unique ignoring case (NOCASE here, umlauts in the code).
 * The two big snapshot tables (a plan row per object, PT per object and month) keep their
 * rowid: copying 100,000 rows in and out takes half the time of a WITHOUT ROWID table.
 * "Basis" is created active and takes over the workspace as it is. */
static const char *const v6[] = {
	"ALTER TABLE objekt ADD COLUMN zielplattform INTEGER "
	"REFERENCES plattform(id) ON DELETE SET NULL;",
	"CREATE TABLE szenario ("
	" id INTEGER PRIMARY KEY,"
	" name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) > 0),"
	" aktiv INTEGER NOT NULL DEFAULT 0 CHECK (aktiv IN (0,1)),"
	" erstellt INTEGER NOT NULL DEFAULT 0);",
	"CREATE UNIQUE INDEX szenario_aktiv ON szenario(aktiv) WHERE aktiv = 1;",
	"INSERT INTO szenario (name, aktiv, erstellt) VALUES ('Basis', 1, CAST(strftime('%s','now') AS INTEGER));",
	"CREATE TABLE sz_einstellung ("
	" szenario_id INTEGER NOT NULL REFERENCES szenario(id) ON DELETE CASCADE,"
	" key TEXT NOT NULL,"
	" value REAL NOT NULL,"
	" annahme TEXT NOT NULL DEFAULT '',"
	" PRIMARY KEY (szenario_id, key)) WITHOUT ROWID;",
	"CREATE TABLE sz_kapazitaet ("
	" szenario_id INTEGER NOT NULL REFERENCES szenario(id) ON DELETE CASCADE,"
	" monat TEXT NOT NULL,"
	" pt REAL NOT NULL CHECK (pt >= 0),"
	" PRIMARY KEY (szenario_id, monat)) WITHOUT ROWID;",
	"CREATE TABLE sz_plattform ("
	" szenario_id INTEGER NOT NULL REFERENCES szenario(id) ON DELETE CASCADE,"
	" plattform_id INTEGER NOT NULL REFERENCES plattform(id) ON DELETE CASCADE,"
	" rang INTEGER NOT NULL CHECK (rang >= 1),"
	" vs_nfd INTEGER NOT NULL CHECK (vs_nfd BETWEEN 0 AND 2),"
	" kostenfaktor INTEGER NOT NULL CHECK (kostenfaktor BETWEEN 0 AND 100000),"
	" beispiel INTEGER NOT NULL CHECK (beispiel IN (0,1)),"
	" PRIMARY KEY (szenario_id, plattform_id)) WITHOUT ROWID;",
	"CREATE INDEX sz_plattform_pf ON sz_plattform(plattform_id);",
	"CREATE TABLE sz_plattform_rl ("
	" szenario_id INTEGER NOT NULL REFERENCES szenario(id) ON DELETE CASCADE,"
	" plattform_id INTEGER NOT NULL REFERENCES plattform(id) ON DELETE CASCADE,"
	" code TEXT NOT NULL REFERENCES kriterium(code) ON DELETE CASCADE ON UPDATE CASCADE,"
	" wert INTEGER NOT NULL CHECK (wert BETWEEN 0 AND 3),"
	" quelle TEXT NOT NULL DEFAULT '',"
	" PRIMARY KEY (szenario_id, plattform_id, code)) WITHOUT ROWID;",
	"CREATE INDEX sz_plattform_rl_pf ON sz_plattform_rl(plattform_id);",
	"CREATE INDEX sz_plattform_rl_code ON sz_plattform_rl(code);",
	"CREATE TABLE sz_objekt ("
	" szenario_id INTEGER NOT NULL REFERENCES szenario(id) ON DELETE CASCADE,"
	" objekt_id INTEGER NOT NULL REFERENCES objekt(id) ON DELETE CASCADE,"
	" strategie INTEGER NOT NULL DEFAULT 0 CHECK (strategie BETWEEN 0 AND 7),"
	" aufwand_pt REAL CHECK (aufwand_pt >= 0),"
	" max_pt_monat REAL CHECK (max_pt_monat >= 0.5),"
	" pin_monat TEXT,"
	" zielplattform INTEGER REFERENCES plattform(id) ON DELETE SET NULL,"
	" PRIMARY KEY (szenario_id, objekt_id)) WITHOUT ROWID;",
	"CREATE INDEX sz_objekt_obj ON sz_objekt(objekt_id);",
	"CREATE INDEX sz_objekt_pf ON sz_objekt(zielplattform);",
	"CREATE TABLE sz_zeitplan ("
	" szenario_id INTEGER PRIMARY KEY REFERENCES szenario(id) ON DELETE CASCADE,"
	" start TEXT NOT NULL,"
	" kapazitaet REAL NOT NULL CHECK (kapazitaet >= 0),"
	" tempo REAL NOT NULL CHECK (tempo >= 0.5),"
	" wellen_laenge INTEGER NOT NULL CHECK (wellen_laenge BETWEEN 1 AND 24),"
	" erstellt INTEGER NOT NULL DEFAULT 0);",
	"CREATE TABLE sz_zeitplan_objekt ("
	" szenario_id INTEGER NOT NULL REFERENCES szenario(id) ON DELETE CASCADE,"
	" objekt_id INTEGER NOT NULL REFERENCES objekt(id) ON DELETE CASCADE,"
	" grund INTEGER NOT NULL,"
	" gruppe_art INTEGER NOT NULL DEFAULT 0,"
	" flags INTEGER NOT NULL DEFAULT 0,"
	" grund_obj INTEGER REFERENCES objekt(id) ON DELETE SET NULL,"
	" gruppe INTEGER,"
	" hybrid_zu INTEGER REFERENCES objekt(id) ON DELETE SET NULL,"
	" beginn TEXT,"
	" ende TEXT,"
	" rest REAL NOT NULL DEFAULT 0,"
	" verspaetung INTEGER NOT NULL DEFAULT 0,"
	" basis INTEGER NOT NULL DEFAULT 0,"
	" spaet INTEGER NOT NULL DEFAULT 0,"
	" warum_obj INTEGER REFERENCES objekt(id) ON DELETE SET NULL,"
	" warum_obj_ende TEXT,"
	" frueh TEXT,"
	" voll_bis TEXT,"
	" PRIMARY KEY (szenario_id, objekt_id));",
	"CREATE INDEX sz_zeitplan_objekt_obj ON sz_zeitplan_objekt(objekt_id);",
	"CREATE TABLE sz_zeitplan_pt ("
	" szenario_id INTEGER NOT NULL REFERENCES szenario(id) ON DELETE CASCADE,"
	" objekt_id INTEGER NOT NULL REFERENCES objekt(id) ON DELETE CASCADE,"
	" monat TEXT NOT NULL,"
	" pt REAL NOT NULL CHECK (pt > 0),"
	" PRIMARY KEY (szenario_id, objekt_id, monat));",
	"CREATE INDEX sz_zeitplan_pt_obj ON sz_zeitplan_pt(objekt_id);",
	"CREATE TABLE sz_zeitplan_verstoss ("
	" szenario_id INTEGER NOT NULL REFERENCES szenario(id) ON DELETE CASCADE,"
	" pos INTEGER NOT NULL,"
	" art INTEGER NOT NULL,"
	" objekt_id INTEGER REFERENCES objekt(id) ON DELETE CASCADE,"
	" anderes_id INTEGER REFERENCES objekt(id) ON DELETE CASCADE,"
	" monat TEXT,"
	" PRIMARY KEY (szenario_id, pos)) WITHOUT ROWID;",
	"CREATE INDEX sz_zeitplan_verstoss_obj ON sz_zeitplan_verstoss(objekt_id);",
	"CREATE INDEX sz_zeitplan_verstoss_and ON sz_zeitplan_verstoss(anderes_id);",
	NULL
};

#define ZO_COLS_V7 \
	"objekt_id, grund, gruppe_art, flags, grund_obj, gruppe, hybrid_zu, beginn, ende, rest, " \
	"verspaetung, basis, spaet, warum_obj, warum_obj_ende, frueh, voll_bis"

/* v7 (scenarios relabelled, docs/szenarien.md "Wie es gespeichert ist"): the stored Zeitplan
 * of every scenario lives in the zeitplan tables, keyed by szenario_id (the active one's too),
 * so a switch only flips the active flag and a scenario's plan costs its rows and nothing
 * more: WITHOUT ROWID tables whose primary key leads with szenario_id (one B-tree each, a
 * scenario's rows read as one range), no further index. Deleting an object finds its plan
 * rows by a scan, as it already did for the references grund_obj, hybrid_zu and warum_obj.
 * The rows of the live tables become the active scenario's, the sz_zeitplan* snapshots the
 * others'; nothing is lost. A partial index holds the objects with an override (the same
 * condition as data/szenario.c and data/store_sicht.c write it, so SQLite uses it): a
 * switch and the dashboard's reload of the assumptions visit those, not every object. */
static const char *const v7[] = {
	"CREATE TABLE zeitplan_v7 ("
	" szenario_id INTEGER PRIMARY KEY REFERENCES szenario(id) ON DELETE CASCADE,"
	" start TEXT NOT NULL,"
	" kapazitaet REAL NOT NULL CHECK (kapazitaet >= 0),"
	" tempo REAL NOT NULL CHECK (tempo >= 0.5),"
	" wellen_laenge INTEGER NOT NULL CHECK (wellen_laenge BETWEEN 1 AND 24),"
	" erstellt INTEGER NOT NULL DEFAULT 0);",
	"INSERT INTO zeitplan_v7 SELECT (SELECT id FROM szenario WHERE aktiv = 1), start, "
	"kapazitaet, tempo, wellen_laenge, erstellt FROM zeitplan;",
	"INSERT INTO zeitplan_v7 SELECT szenario_id, start, kapazitaet, tempo, wellen_laenge, "
	"erstellt FROM sz_zeitplan;",
	"CREATE TABLE zeitplan_objekt_v7 ("
	" szenario_id INTEGER NOT NULL REFERENCES szenario(id) ON DELETE CASCADE,"
	" objekt_id INTEGER NOT NULL REFERENCES objekt(id) ON DELETE CASCADE,"
	" grund INTEGER NOT NULL,"
	" gruppe_art INTEGER NOT NULL DEFAULT 0,"
	" flags INTEGER NOT NULL DEFAULT 0,"
	" grund_obj INTEGER REFERENCES objekt(id) ON DELETE SET NULL,"
	" gruppe INTEGER,"
	" hybrid_zu INTEGER REFERENCES objekt(id) ON DELETE SET NULL,"
	" beginn TEXT,"
	" ende TEXT,"
	" rest REAL NOT NULL DEFAULT 0,"
	" verspaetung INTEGER NOT NULL DEFAULT 0,"
	" basis INTEGER NOT NULL DEFAULT 0,"
	" spaet INTEGER NOT NULL DEFAULT 0,"
	" warum_obj INTEGER REFERENCES objekt(id) ON DELETE SET NULL,"
	" warum_obj_ende TEXT,"
	" frueh TEXT,"
	" voll_bis TEXT,"
	" PRIMARY KEY (szenario_id, objekt_id)) WITHOUT ROWID;",
	"INSERT INTO zeitplan_objekt_v7 SELECT (SELECT id FROM szenario WHERE aktiv = 1), "
	ZO_COLS_V7 " FROM zeitplan_objekt;",
	"INSERT INTO zeitplan_objekt_v7 SELECT szenario_id, " ZO_COLS_V7 " FROM sz_zeitplan_objekt;",
	"CREATE TABLE zeitplan_pt_v7 ("
	" szenario_id INTEGER NOT NULL REFERENCES szenario(id) ON DELETE CASCADE,"
	" objekt_id INTEGER NOT NULL REFERENCES objekt(id) ON DELETE CASCADE,"
	" monat TEXT NOT NULL,"
	" pt REAL NOT NULL CHECK (pt > 0),"
	" PRIMARY KEY (szenario_id, objekt_id, monat)) WITHOUT ROWID;",
	"INSERT INTO zeitplan_pt_v7 SELECT (SELECT id FROM szenario WHERE aktiv = 1), objekt_id, "
	"monat, pt FROM zeitplan_pt;",
	"INSERT INTO zeitplan_pt_v7 SELECT szenario_id, objekt_id, monat, pt FROM sz_zeitplan_pt;",
	"CREATE TABLE zeitplan_verstoss_v7 ("
	" szenario_id INTEGER NOT NULL REFERENCES szenario(id) ON DELETE CASCADE,"
	" pos INTEGER NOT NULL,"
	" art INTEGER NOT NULL,"
	" objekt_id INTEGER REFERENCES objekt(id) ON DELETE CASCADE,"
	" anderes_id INTEGER REFERENCES objekt(id) ON DELETE CASCADE,"
	" monat TEXT,"
	" PRIMARY KEY (szenario_id, pos)) WITHOUT ROWID;",
	"INSERT INTO zeitplan_verstoss_v7 SELECT (SELECT id FROM szenario WHERE aktiv = 1), pos, "
	"art, objekt_id, anderes_id, monat FROM zeitplan_verstoss;",
	"INSERT INTO zeitplan_verstoss_v7 SELECT szenario_id, pos, art, objekt_id, anderes_id, "
	"monat FROM sz_zeitplan_verstoss;",
	"DROP TABLE sz_zeitplan_verstoss;",
	"DROP TABLE sz_zeitplan_pt;",
	"DROP TABLE sz_zeitplan_objekt;",
	"DROP TABLE sz_zeitplan;",
	"DROP TABLE zeitplan_verstoss;",
	"DROP TABLE zeitplan_pt;",
	"DROP TABLE zeitplan_objekt;",
	"DROP TABLE zeitplan;",
	"ALTER TABLE zeitplan_v7 RENAME TO zeitplan;",
	"ALTER TABLE zeitplan_objekt_v7 RENAME TO zeitplan_objekt;",
	"ALTER TABLE zeitplan_pt_v7 RENAME TO zeitplan_pt;",
	"ALTER TABLE zeitplan_verstoss_v7 RENAME TO zeitplan_verstoss;",
	"CREATE INDEX objekt_vorgabe ON objekt(id) WHERE strategie <> 0 OR aufwand_pt IS NOT NULL "
	"OR max_pt_monat IS NOT NULL OR pin_monat IS NOT NULL OR zielplattform IS NOT NULL;",
	NULL
};

const char *const *const schema_migrations[WP_SCHEMA_VERSION] = { v1, v2, v3, v4, v5, v6, v7 };
