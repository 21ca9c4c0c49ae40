#!/bin/sh
# CLI tests of `wolkenplan beschluss` and `export beschluesse` (docs/beschluesse.md) on the
# Musterstadt demo: add (objects ignoring case, pilots, waves, scenario Basis), list in date
# order, remove only when confirmed (--ja, or a "j" on a terminal; without a terminal and
# without --ja refused), bad input refused with nothing stored, a deleted object or pilot
# leaving the decision whole, the export in both dialects with the formula guard, and a
# version-4 workspace upgraded with its data kept.
. "$(dirname "$0")/lib.sh"

DB="$T/x.db"
W() { "$BIN" --db "$DB" "$@"; }
sum() { sqlite3 "$DB" 'SELECT * FROM beschluss; SELECT * FROM beschluss_objekt;
	SELECT * FROM beschluss_pilot; SELECT * FROM beschluss_welle;' | md5sum; }
export TZ=UTC
run 0 "$BIN" init --demo --db "$DB"

run 0 W beschluss list
has "$T/out" "Keine Beschlüsse erfasst"

# ---- recorded ----
run 0 W beschluss add --datum 14.03.2027 --gremium Digitalausschuss \
	--text "Meldewesen zieht zuerst um" --szenario basis --objekt anw-eakte \
	--objekt ANW-INTRANET --pilot anwohnerparken --welle 2 --welle 1
has "$T/out" "Beschluss 1 erfasst:"
has "$T/out" "1  14.03.2027  Digitalausschuss"
has "$T/out" "   Objekte: ANW-EAKTE, ANW-INTRANET"
has "$T/out" "   Piloten: Anwohnerparken"
has "$T/out" "   Wellen: 1, 2"
has "$T/out" "   Szenario: Basis"
has "$T/out" "   erfasst am "
run 0 W beschluss add --datum 2027-01-10 --gremium Rat --text "=Start des Programms"
has "$T/out" "Beschluss 1 erfasst:"
run 0 W beschluss list
has "$T/out" "1  10.01.2027  Rat"
has "$T/out" "2  14.03.2027  Digitalausschuss"

# ---- refused, nothing stored ----
before=$(sum)
run 1 W beschluss add --datum 31.02.2027 --gremium Rat --text x
has "$T/err" "Datum: \"31.02.2027\" ist kein gültiges Datum, erwartet: TT.MM.JJJJ"
has "$T/err" "nichts wurde geändert"
run 1 W beschluss add --datum 1.2.27 --gremium Rat --text x
has "$T/err" "TT.MM.JJJJ"
run 1 W beschluss add --datum 01.02.2027 --gremium Rat --text x --objekt ANW-EAKTE \
	--objekt NIX-001
has "$T/err" "kein Objekt hat die Kennung \"NIX-001\""
run 1 W beschluss add --datum 01.02.2027 --gremium Rat --text x --pilot Gibtsnicht
has "$T/err" "einen Piloten \"Gibtsnicht\" gibt es nicht"
run 1 W beschluss add --datum 01.02.2027 --gremium Rat --text x --szenario "Plan B"
has "$T/err" "Szenario: \"Plan B\" gibt es nicht (wolkenplan szenario list zeigt alle)"
run 1 W beschluss add --datum 01.02.2027 --gremium " " --text x
has "$T/err" "Gremium: darf nicht leer sein"
run 2 W beschluss add --datum 01.02.2027 --gremium Rat --text x --welle 0
has "$T/err" "--welle"
run 2 W beschluss add --gremium Rat --text x
has "$T/err" "braucht --datum, --gremium und --text"
run 2 W beschluss frob
run 2 W beschluss remove
run 2 W beschluss remove eins
has "$T/err" "keine Nummer"
run 1 W beschluss remove 9 --ja
has "$T/err" "einen Beschluss 9 gibt es nicht"
# never silently removed: no terminal and no --ja
run 2 W beschluss remove 1 </dev/null
has "$T/err" "mit --ja bestätigen"
[ "$(sum)" = "$before" ] && ok || bad "a refused command changed the log"

# ---- asked on a terminal ----
if command -v script >/dev/null 2>&1; then
	printf 'n\n' | script -qec "\"$BIN\" --db \"$DB\" beschluss remove 1" /dev/null \
		>"$T/tty" 2>&1
	has "$T/tty" "Beschluss 1 vom 10.01.2027 (Rat) entfernen"
	has "$T/tty" "Nicht entfernt."
	[ "$(sum)" = "$before" ] && ok || bad "a no on the terminal removed a decision"
	printf 'j\n' | script -qec "\"$BIN\" --db \"$DB\" beschluss remove 1" /dev/null \
		>"$T/tty" 2>&1
	has "$T/tty" "Beschluss 1 vom 10.01.2027 (Rat) entfernt."
	run 0 W beschluss add --datum 2027-01-10 --gremium Rat --text "=Start des Programms"
else
	skip "script(1) missing: the terminal question"
fi

# ---- export, both dialects, formula guard ----
run 0 W export beschluesse --dialect rfc4180 -o "$T/b.csv"
has "$T/err" "2 Zeilen geschrieben"
has "$T/b.csv" "Nr,Datum,Gremium,Beschluss,Szenario,Objekte,Piloten,Wellen,Erfasst"
has "$T/b.csv" "1,2027-01-10,Rat,'=Start des Programms,,,,,"
has "$T/b.csv" "2,2027-03-14,Digitalausschuss,Meldewesen zieht zuerst um,Basis,\"ANW-EAKTE, ANW-INTRANET\",Anwohnerparken,\"1, 2\","
run 0 W export beschluesse -o "$T/d.csv"
has "$T/d.csv" "Nr;Datum;Gremium;Beschluss;Szenario;Objekte;Piloten;Wellen;Erfasst"
has "$T/d.csv" "2;14.03.2027;Digitalausschuss;Meldewesen zieht zuerst um;Basis;ANW-EAKTE, ANW-INTRANET;Anwohnerparken;1, 2;"
run 2 W export beschlüsse
has "$T/err" "pilote, beschluesse, szenarien oder szenario-diff"

# ---- a deleted object or pilot: the decision stays whole ----
sqlite3 "$DB" "PRAGMA foreign_keys=ON; DELETE FROM objekt WHERE kennung = 'ANW-EAKTE';" ||
	bad "sqlite3 delete"
run 0 W pilot delete Anwohnerparken
run 0 W beschluss list
has "$T/out" "   Objekte: ANW-EAKTE (gelöscht), ANW-INTRANET"
has "$T/out" "   Piloten: Anwohnerparken (gelöscht)"
has "$T/out" "   Meldewesen zieht zuerst um"
run 0 W check

# ---- removed with --ja ----
run 0 W beschluss remove 2 --ja
has "$T/out" "Beschluss 2 vom 14.03.2027 (Digitalausschuss) entfernt."
n=$(sqlite3 "$DB" "SELECT count(*) FROM beschluss_objekt")
[ "$n" = 0 ] && ok || bad "links of a removed decision left behind: $n"

# ---- a version-4 workspace (the v5 and v6 tables dropped, version 4) upgrades, data kept ----
V4="$T/v4.db"
run 0 "$BIN" init --demo --db "$V4"
sqlite3 "$V4" <"$(dirname "$0")/schema_v6.sql" || bad "sqlite3 downgrade to 6"
sqlite3 "$V4" "PRAGMA foreign_keys=OFF; DROP TABLE sz_zeitplan_verstoss; DROP TABLE sz_zeitplan_pt;
	DROP TABLE sz_zeitplan_objekt; DROP TABLE sz_zeitplan; DROP TABLE sz_objekt;
	DROP TABLE sz_plattform_rl; DROP TABLE sz_plattform; DROP TABLE sz_kapazitaet;
	DROP TABLE sz_einstellung; DROP TABLE szenario;
	ALTER TABLE objekt DROP COLUMN zielplattform; DROP TABLE beschluss_welle; DROP TABLE beschluss_pilot;
	DROP TABLE beschluss_objekt; DROP TABLE beschluss; PRAGMA user_version=4;" ||
	bad "sqlite3 downgrade"
run 0 "$BIN" --db "$V4" export inventar --dialect rfc4180 -o "$T/inv4.csv"
[ "$(sqlite3 "$V4" 'PRAGMA user_version')" = 7 ] && ok || bad "not upgraded to version 7"
has "$T/inv4.csv" "ANW-EAKTE"
run 0 "$BIN" --db "$V4" beschluss add --datum 01.02.2027 --gremium Rat --text Ja \
	--objekt anw-eakte
run 0 "$BIN" --db "$V4" check

finish
