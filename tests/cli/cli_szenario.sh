#!/bin/sh
# CLI tests of scenarios (docs/szenarien.md) on the Musterstadt demo: a setting, a platform
# profile value, a pin and a Zielplattform changed in B leave Basis byte-identical in every
# export after switching back; an object edit shows in both; compare figures equal each
# scenario's own exports; --szenario reads without changing the file; switching survives a
# restart; rename, delete (not the active, not the last); bad names and counts refused; a
# version-5 workspace upgraded into Basis with nothing lost; a version-6 workspace with two
# scenarios and their plans upgraded to version 7 with nothing lost; the Zielplattform
# override round trip with its blocked verdict shown.
. "$(dirname "$0")/lib.sh"

DB="$T/x.db"
W() { "$BIN" --db "$DB" "$@"; }
EXPORTS="inventar bewertung roadmap zeitplan kosten pilote"
# exports DIR [GLOBAL OPTIONS…] — every export of the workspace into DIR
exports() {
	d=$1; shift
	mkdir -p "$d"
	for x in $EXPORTS; do
		"$BIN" --db "$DB" "$@" export "$x" --dialect rfc4180 >"$d/$x.csv" 2>/dev/null ||
			bad "export $x $*"
	done
}
same() { # same DIR1 DIR2 WHAT
	for x in $EXPORTS; do
		cmp -s "$1/$x.csv" "$2/$x.csv" && ok || bad "$3: export $x differs"
	done
}
filehash() { cat "$DB" "$DB-wal" 2>/dev/null | md5sum; }
export TZ=UTC
run 0 "$BIN" init --demo --db "$DB"
run 0 W plan --start 2027-01

# ---- a fresh workspace has Basis, active ----
run 0 W szenario list
has "$T/out" "* Basis"
has "$T/out" "aktiv"
exports "$T/basis0"

# ---- B: a copy; creating does not switch ----
run 0 W szenario create B
has "$T/out" "aktiv bleibt \"Basis\""
run 0 W szenario list
has "$T/out" "* Basis"
has "$T/out" "  B"
run 0 W szenario use b
has "$T/out" "Aktives Szenario: B"
exports "$T/b0"
same "$T/basis0" "$T/b0" "a fresh copy"

# ---- assumptions changed in B ----
run 0 W set plan.kapazitaet_monat 120
run 0 W platform set SOUV-US RL-NORM erfüllt --quelle "Annahme im Workshop"
run 0 W pin ANW-EAKTE 2028-01
run 0 W object set REG-ALKIS zielplattform hyper-eu
run 0 W plan --start 2027-01
exports "$T/b1"
# a restart: the active scenario and its values are what the file says
run 0 W szenario list
has "$T/out" "* B"
run 0 W settings
grep -q "plan.kapazitaet_monat *120" "$T/out" && ok || bad "B's setting lost on restart"

# ---- back to Basis: every export byte-identical ----
run 0 W szenario use Basis
exports "$T/basis1"
same "$T/basis0" "$T/basis1" "Basis after B's changes"
run 0 W settings
grep -q "plan.kapazitaet_monat *80" "$T/out" && ok || bad "Basis setting changed"

# ---- --szenario reads B without switching and without touching the file ----
h0=$(filehash)
exports "$T/b2" --szenario b
h1=$(filehash)
[ "$h0" = "$h1" ] && ok || bad "--szenario changed the file"
same "$T/b1" "$T/b2" "--szenario B against B active"
run 0 W szenario list
has "$T/out" "* Basis"
run 0 W --szenario B score
has "$T/out" "blockiert auf HYPER-EU (Vorgabe)"
run 2 W --szenario Nix score
has "$T/err" "Szenario: \"Nix\" gibt es nicht"
run 2 W --szenario B set plan.kapazitaet_monat 90
has "$T/err" "--szenario gilt nur für lesende Befehle"

# ---- compare: the figures equal each scenario's own exports ----
run 0 W szenario compare Basis B
has "$T/out" "Kennzahl"
has "$T/out" "Objekte geplant"
run 0 W export szenarien Basis B --dialect rfc4180 -o "$T/sz.csv"
head -1 "$T/sz.csv" | grep -q "Kennzahl,Basis,B" && ok || bad "head of export szenarien"
col() { # col FILE ROWLABEL N — cell N (2 = first scenario) of the row
	tr -d '\r' <"$1" | awk -F, -v r="$2" -v n="$3" '$1 == r { print $n }'
}
for pair in "Basis:2:basis1" "B:3:b1"; do
	s=${pair%%:*}; rest=${pair#*:}; n=${rest%%:*}; d=$T/${rest#*:}
	# Summe_EUR per Haushaltsjahr = the Kosten export's Summe_EUR
	tail -n +2 "$d/kosten.csv" | tr -d '\r' | while IFS=, read -r jahr m mx b summe rest; do
		[ "$(col "$T/sz.csv" "Summe_EUR $jahr" "$n")" = "$summe" ] ||
			echo "$s $jahr"
	done >"$T/sumdiff"
	[ -s "$T/sumdiff" ] && bad "Summe_EUR differs: $(cat "$T/sumdiff")" || ok
	# Objekte geplant = Roadmap rows with a Welle; blockiert / offen = its Urteil column
	geplant=$(tail -n +2 "$d/roadmap.csv" | awk -F, '$1 != ""' | wc -l | tr -d ' ')
	[ "$(col "$T/sz.csv" "Objekte geplant" "$n")" = "$geplant" ] && ok ||
		bad "$s: Objekte geplant $(col "$T/sz.csv" "Objekte geplant" "$n") != $geplant"
	blockiert=$(grep -c ",blockiert," "$d/roadmap.csv")
	[ "$s" = B ] && [ "$blockiert" = 0 ] && bad "B should have a blocked object"
	[ "$(col "$T/sz.csv" blockiert "$n")" = "$blockiert" ] && ok || bad "$s: blockiert"
	# Kosten_gesamt_EUR = "Migration gesamt" of wolkenplan kosten
	"$BIN" --db "$DB" --szenario "$s" kosten >"$T/k.txt" 2>/dev/null
	mig=$(sed -n 's/^Migration gesamt: \([0-9.]*\) €.*/\1/p' "$T/k.txt" | tr -d .)
	[ "$(col "$T/sz.csv" Kosten_gesamt_EUR "$n")" = "$mig" ] && ok ||
		bad "$s: Kosten_gesamt $(col "$T/sz.csv" Kosten_gesamt_EUR "$n") != $mig"
done
# B plans with more capacity: an earlier last go-live
[ "$(col "$T/sz.csv" "Letzte Inbetriebnahme" 2)" != "$(col "$T/sz.csv" "Letzte Inbetriebnahme" 3)" ] &&
	ok || bad "Letzte Inbetriebnahme should differ"
run 0 W export szenario-diff Basis B --dialect rfc4180 -o "$T/diff.csv"
head -1 "$T/diff.csv" | grep -q "^Kennung,Feld,Basis,B" && ok || bad "head of szenario-diff"
grep -q "^REG-ALKIS,Plattform,DVC-OEFF,HYPER-EU" "$T/diff.csv" && ok || bad "diff lacks the platform"
grep -q "^ANW-EAKTE,Beginn," "$T/diff.csv" && ok || bad "diff lacks the pinned Beginn"
run 0 W export szenario-diff Basis Basis --dialect rfc4180
[ "$(wc -l <"$T/out")" = 1 ] && ok || bad "a scenario differs from itself"

# ---- bad input changes nothing ----
h0=$(filehash)
run 2 W szenario compare Basis
has "$T/err" "2 bis 4 Szenarien erwartet, nicht 1"
run 2 W szenario compare Basis B Basis B Basis
has "$T/err" "nicht 5"
run 2 W export szenario-diff Basis
run 2 W szenario create b
has "$T/err" "gibt es schon"
run 2 W szenario create ""
run 2 W szenario create "$(printf 'a\tb')"
has "$T/err" "Steuerzeichen"
run 2 W szenario use Nix
run 2 W szenario create C --von Nix
[ "$h0" = "$(filehash)" ] && ok || bad "a refused command changed the file"

# ---- an object edit shows in every scenario ----
run 0 W szenario use B
run 0 W object set REG-ALKIS name "Meldewesen neu"
run 0 W object set REG-ALKIS betriebskosten_heute 12345
run 0 W szenario use Basis
run 0 W export inventar --dialect rfc4180
has "$T/out" "Meldewesen neu"
has "$T/out" "12345"
grep "^REG-ALKIS," "$T/out" | grep -q "HYPER-EU" && bad "B's Zielplattform leaked into Basis" || ok
run 0 W --szenario B export inventar --dialect rfc4180
has "$T/out" "Meldewesen neu"
grep "^REG-ALKIS," "$T/out" | grep -q "HYPER-EU" && ok || bad "B lost its Zielplattform"

# ---- rename, delete ----
run 0 W szenario create "Plan Ä" --von B
run 0 W szenario rename "plan ä" "Plan Ö"
run 0 W szenario list
has "$T/out" "Plan Ö"
run 2 W szenario rename B "plan ö"
has "$T/err" "gibt es schon"
"$BIN" --db "$DB" --szenario B export kosten >"$T/kb.csv" 2>/dev/null
run 0 W --szenario "Plan Ö" export kosten
cmp -s "$T/out" "$T/kb.csv" && ok || bad "a copy of B has other costs"
run 2 W szenario delete Basis
has "$T/err" "ist aktiv"
run 0 W szenario delete "Plan Ö"
run 0 W szenario delete B
run 2 W szenario delete Basis
has "$T/err" "das einzige"
n=$(sqlite3 "$DB" "SELECT (SELECT count(*) FROM sz_objekt) + (SELECT count(*) FROM sz_einstellung)
	+ (SELECT count(*) FROM zeitplan_pt WHERE szenario_id NOT IN (SELECT id FROM szenario))
	+ (SELECT count(*) FROM zeitplan_objekt WHERE szenario_id NOT IN (SELECT id FROM szenario))")
[ "$n" = 0 ] && ok || bad "snapshots of deleted scenarios left behind: $n"

# ---- the Zielplattform override: round trip, a blocked verdict shown ----
run 0 W object set ANW-EAKTE zielplattform souv-us
run 0 W score
grep "ANW-EAKTE" "$T/out" | grep -q "blockiert auf SOUV-US (Vorgabe)" && ok || bad "blocked Vorgabe hidden"
run 0 W explain ANW-EAKTE
has "$T/out" "SOUV-US als Vorgabe des Szenarios (Zielplattform)"
run 0 W export bewertung --dialect rfc4180
grep -q '^ANW-EAKTE,.*,SOUV-US,blockiert,.*,Vorgabe,' "$T/out" && ok || bad "Bewertung: Vorgabe row"
run 0 W export roadmap --dialect rfc4180
grep '^[^,]*,[^,]*,[^,]*,[^,]*,ANW-EAKTE,' "$T/out" | grep -q ',blockiert,' && ok || bad "Roadmap: Urteil"
run 0 W export inventar --dialect rfc4180 -o "$T/inv.csv"
head -1 "$T/inv.csv" | grep -q "Einmalkosten_EUR,Zielplattform,Stand" && ok || bad "column order"
run 0 W object set ANW-EAKTE zielplattform ""
run 0 W import "$T/inv.csv"
run 0 W export inventar --dialect rfc4180
cmp -s "$T/out" "$T/inv.csv" && ok || bad "Zielplattform round trip"
run 1 W object set ANW-EAKTE zielplattform NIX
has "$T/err" "Plattform \"NIX\" gibt es nicht"

# ---- a version-5 workspace: upgraded, Basis created, nothing lost ----
V5="$T/v5.db"
run 0 "$BIN" init --demo --db "$V5"
run 0 "$BIN" --db "$V5" plan --start 2027-01
run 0 "$BIN" --db "$V5" pin FV-KFZ 2028-03
mkdir -p "$T/v5a" "$T/v5b"
for x in $EXPORTS; do "$BIN" --db "$V5" export "$x" --dialect rfc4180 >"$T/v5a/$x.csv" 2>/dev/null; done
sqlite3 "$V5" <"$(dirname "$0")/schema_v6.sql" || bad "downgrade to 6"
sqlite3 "$V5" "PRAGMA foreign_keys=OFF; DROP TABLE sz_zeitplan_verstoss; DROP TABLE sz_zeitplan_pt;
	DROP TABLE sz_zeitplan_objekt; DROP TABLE sz_zeitplan; DROP TABLE sz_objekt;
	DROP TABLE sz_plattform_rl; DROP TABLE sz_plattform; DROP TABLE sz_kapazitaet;
	DROP TABLE sz_einstellung; DROP TABLE szenario;
	ALTER TABLE objekt DROP COLUMN zielplattform; PRAGMA user_version=5;" || bad "downgrade"
for x in $EXPORTS; do "$BIN" --db "$V5" export "$x" --dialect rfc4180 >"$T/v5b/$x.csv" 2>/dev/null; done
[ "$(sqlite3 "$V5" 'PRAGMA user_version')" = 7 ] && ok || bad "not upgraded to version 7"
[ "$(sqlite3 "$V5" "SELECT name || aktiv FROM szenario")" = Basis1 ] && ok || bad "no active Basis"
same "$T/v5a" "$T/v5b" "the upgraded workspace"
run 0 "$BIN" --db "$V5" check

# ---- a version-6 workspace with two scenarios and their plans: upgraded, nothing lost ----
V6="$T/v6.db"
V() { "$BIN" --db "$V6" "$@"; }
run 0 V init --demo
run 0 V plan --start 2027-01
run 0 V szenario create Zwei
run 0 V szenario use Zwei
run 0 V set plan.kapazitaet_monat 40
run 0 V pin FV-KFZ 2028-03
run 0 V plan --start 2027-04
run 0 V szenario use Basis
for z in Basis Zwei; do
	for x in $EXPORTS; do
		V --szenario "$z" export "$x" --dialect rfc4180 >"$T/v6a-$z-$x.csv" 2>/dev/null
	done
done
cmp -s "$T/v6a-Basis-zeitplan.csv" "$T/v6a-Zwei-zeitplan.csv" && bad "Zwei has Basis's plan" || ok
sqlite3 "$V6" <"$(dirname "$0")/schema_v6.sql" || bad "downgrade to 6"
[ "$(sqlite3 "$V6" "SELECT count(*) FROM sz_zeitplan_objekt s JOIN szenario z ON z.id = s.szenario_id
	WHERE z.name = 'Zwei'")" -gt 0 ] && ok || bad "the v6 file has no snapshot plan of Zwei"
run 0 V szenario list
[ "$(sqlite3 "$V6" 'PRAGMA user_version')" = 7 ] && ok || bad "6 not upgraded to version 7"
for z in Basis Zwei; do
	for x in $EXPORTS; do
		V --szenario "$z" export "$x" --dialect rfc4180 >"$T/v6b.csv" 2>/dev/null
		cmp -s "$T/v6a-$z-$x.csv" "$T/v6b.csv" && ok || bad "v6 -> v7: $z export $x differs"
	done
done
run 0 V szenario use Zwei
V export zeitplan --dialect rfc4180 >"$T/v6b.csv" 2>/dev/null
cmp -s "$T/v6a-Zwei-zeitplan.csv" "$T/v6b.csv" && ok || bad "v6 -> v7: Zwei after a switch"
[ "$(sqlite3 "$V6" "SELECT count(*) FROM sqlite_master WHERE name LIKE 'sz_zeitplan%'")" = 0 ] \
	&& ok || bad "v7 kept the sz_zeitplan tables"
run 0 V check
finish
