-- Turns a workspace of schema 7 back into schema 6 (data/schema.c), for the upgrade tests
-- of tests/cli/cli_szenario.sh and cli_beschluss.sh: the active scenario's stored plan goes
-- back into the live zeitplan tables, the other scenarios' into the sz_zeitplan* snapshots,
-- with the tables, keys and indexes schema 6 had (and without the partial index of v7).
PRAGMA foreign_keys=OFF;
BEGIN;
CREATE TABLE zp6 (
 id INTEGER PRIMARY KEY CHECK (id = 1),
 start TEXT NOT NULL,
 kapazitaet REAL NOT NULL CHECK (kapazitaet >= 0),
 tempo REAL NOT NULL CHECK (tempo >= 0.5),
 wellen_laenge INTEGER NOT NULL CHECK (wellen_laenge BETWEEN 1 AND 24),
 erstellt INTEGER NOT NULL DEFAULT 0);
CREATE TABLE zo6 (
 objekt_id INTEGER PRIMARY KEY REFERENCES objekt(id) ON DELETE CASCADE,
 grund INTEGER NOT NULL, gruppe_art INTEGER NOT NULL DEFAULT 0, flags INTEGER NOT NULL DEFAULT 0,
 grund_obj INTEGER REFERENCES objekt(id) ON DELETE SET NULL, gruppe INTEGER,
 hybrid_zu INTEGER REFERENCES objekt(id) ON DELETE SET NULL, beginn TEXT, ende TEXT,
 rest REAL NOT NULL DEFAULT 0, verspaetung INTEGER NOT NULL DEFAULT 0,
 basis INTEGER NOT NULL DEFAULT 0, spaet INTEGER NOT NULL DEFAULT 0,
 warum_obj INTEGER REFERENCES objekt(id) ON DELETE SET NULL, warum_obj_ende TEXT, frueh TEXT,
 voll_bis TEXT);
CREATE TABLE zpt6 (
 objekt_id INTEGER NOT NULL REFERENCES objekt(id) ON DELETE CASCADE,
 monat TEXT NOT NULL, pt REAL NOT NULL CHECK (pt > 0),
 PRIMARY KEY (objekt_id, monat)) WITHOUT ROWID;
CREATE TABLE zv6 (
 pos INTEGER PRIMARY KEY, art INTEGER NOT NULL,
 objekt_id INTEGER REFERENCES objekt(id) ON DELETE CASCADE,
 anderes_id INTEGER REFERENCES objekt(id) ON DELETE CASCADE, monat TEXT);
CREATE TABLE sz_zeitplan (
 szenario_id INTEGER PRIMARY KEY REFERENCES szenario(id) ON DELETE CASCADE,
 start TEXT NOT NULL, kapazitaet REAL NOT NULL CHECK (kapazitaet >= 0),
 tempo REAL NOT NULL CHECK (tempo >= 0.5),
 wellen_laenge INTEGER NOT NULL CHECK (wellen_laenge BETWEEN 1 AND 24),
 erstellt INTEGER NOT NULL DEFAULT 0);
CREATE TABLE sz_zeitplan_objekt (
 szenario_id INTEGER NOT NULL REFERENCES szenario(id) ON DELETE CASCADE,
 objekt_id INTEGER NOT NULL REFERENCES objekt(id) ON DELETE CASCADE,
 grund INTEGER NOT NULL, gruppe_art INTEGER NOT NULL DEFAULT 0, flags INTEGER NOT NULL DEFAULT 0,
 grund_obj INTEGER REFERENCES objekt(id) ON DELETE SET NULL, gruppe INTEGER,
 hybrid_zu INTEGER REFERENCES objekt(id) ON DELETE SET NULL, beginn TEXT, ende TEXT,
 rest REAL NOT NULL DEFAULT 0, verspaetung INTEGER NOT NULL DEFAULT 0,
 basis INTEGER NOT NULL DEFAULT 0, spaet INTEGER NOT NULL DEFAULT 0,
 warum_obj INTEGER REFERENCES objekt(id) ON DELETE SET NULL, warum_obj_ende TEXT, frueh TEXT,
 voll_bis TEXT,
 PRIMARY KEY (szenario_id, objekt_id));
CREATE INDEX sz_zeitplan_objekt_obj ON sz_zeitplan_objekt(objekt_id);
CREATE TABLE sz_zeitplan_pt (
 szenario_id INTEGER NOT NULL REFERENCES szenario(id) ON DELETE CASCADE,
 objekt_id INTEGER NOT NULL REFERENCES objekt(id) ON DELETE CASCADE,
 monat TEXT NOT NULL, pt REAL NOT NULL CHECK (pt > 0),
 PRIMARY KEY (szenario_id, objekt_id, monat));
CREATE INDEX sz_zeitplan_pt_obj ON sz_zeitplan_pt(objekt_id);
CREATE TABLE sz_zeitplan_verstoss (
 szenario_id INTEGER NOT NULL REFERENCES szenario(id) ON DELETE CASCADE,
 pos INTEGER NOT NULL, art INTEGER NOT NULL,
 objekt_id INTEGER REFERENCES objekt(id) ON DELETE CASCADE,
 anderes_id INTEGER REFERENCES objekt(id) ON DELETE CASCADE, monat TEXT,
 PRIMARY KEY (szenario_id, pos)) WITHOUT ROWID;
CREATE INDEX sz_zeitplan_verstoss_obj ON sz_zeitplan_verstoss(objekt_id);
CREATE INDEX sz_zeitplan_verstoss_and ON sz_zeitplan_verstoss(anderes_id);
CREATE TEMP TABLE aktiv AS SELECT id FROM szenario WHERE aktiv = 1;
INSERT INTO zp6 SELECT 1, start, kapazitaet, tempo, wellen_laenge, erstellt FROM zeitplan
 WHERE szenario_id IN aktiv;
INSERT INTO zo6 SELECT objekt_id, grund, gruppe_art, flags, grund_obj, gruppe, hybrid_zu, beginn,
 ende, rest, verspaetung, basis, spaet, warum_obj, warum_obj_ende, frueh, voll_bis
 FROM zeitplan_objekt WHERE szenario_id IN aktiv;
INSERT INTO zpt6 SELECT objekt_id, monat, pt FROM zeitplan_pt WHERE szenario_id IN aktiv;
INSERT INTO zv6 SELECT pos, art, objekt_id, anderes_id, monat FROM zeitplan_verstoss
 WHERE szenario_id IN aktiv;
INSERT INTO sz_zeitplan SELECT szenario_id, start, kapazitaet, tempo, wellen_laenge, erstellt
 FROM zeitplan WHERE szenario_id NOT IN aktiv;
INSERT INTO sz_zeitplan_objekt SELECT szenario_id, objekt_id, grund, gruppe_art, flags, grund_obj,
 gruppe, hybrid_zu, beginn, ende, rest, verspaetung, basis, spaet, warum_obj, warum_obj_ende,
 frueh, voll_bis FROM zeitplan_objekt WHERE szenario_id NOT IN aktiv;
INSERT INTO sz_zeitplan_pt SELECT szenario_id, objekt_id, monat, pt FROM zeitplan_pt
 WHERE szenario_id NOT IN aktiv;
INSERT INTO sz_zeitplan_verstoss SELECT szenario_id, pos, art, objekt_id, anderes_id, monat
 FROM zeitplan_verstoss WHERE szenario_id NOT IN aktiv;
DROP TABLE zeitplan;
DROP TABLE zeitplan_objekt;
DROP TABLE zeitplan_pt;
DROP TABLE zeitplan_verstoss;
ALTER TABLE zp6 RENAME TO zeitplan;
ALTER TABLE zo6 RENAME TO zeitplan_objekt;
ALTER TABLE zpt6 RENAME TO zeitplan_pt;
ALTER TABLE zv6 RENAME TO zeitplan_verstoss;
DROP TABLE temp.aktiv;
DROP INDEX objekt_vorgabe;
PRAGMA user_version=6;
COMMIT;
