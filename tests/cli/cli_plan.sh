#!/bin/sh
# CLI tests of the roadmap planner and the pilots on the Musterstadt demo: plan (stored, or
# not with --dry-run), roadmap, pins (a pin against the dependency order is reported by plan
# and by check), per-wave capacity, every pilot subcommand with its refusals, and the
# Roadmap and Pilote exports in both dialects.
. "$(dirname "$0")/lib.sh"

DB="$T/x.db"
W() { "$BIN" --db "$DB" "$@"; }
sum() { md5sum "$DB" | cut -c1-32; }
run 0 "$BIN" init --demo --db "$DB"

# ---- plan: a dry run writes nothing ----
before=$(sum)
run 0 W plan --start 2027-Q1 --dry-run
has "$T/out" "Plan ab 2027-Q1, Wellen zu 3 Monaten, Kapazität 120 PT je Welle"
has "$T/out" "Welle 1  01.01.2027–31.03.2027"
has "$T/out" "Probelauf"
has "$T/out" "Nichts wurde gespeichert"
[ "$(sum)" = "$before" ] && ok || bad "plan --dry-run changed the workspace"
run 1 W roadmap
has "$T/err" "noch kein Plan gespeichert"
run 1 W export roadmap -o "$T/none.csv"
[ -e "$T/none.csv" ] && bad "export roadmap without a plan wrote a file" || ok

# ---- bad arguments: named, exit 2, nothing written ----
run 2 W plan --start 2027-Q5
has "$T/err" "--start"
has "$T/err" "2027-Q5"
run 2 W plan --start morgen
run 2 W plan --wellen-laenge 0
has "$T/err" "--wellen-laenge"
run 2 W plan --wellen-laenge 25
run 2 W plan --kapazitaet viel
has "$T/err" "--kapazitaet"
run 2 W plan --kapazitaet -5
run 2 W plan jetzt
[ "$(sum)" = "$before" ] && ok || bad "a refused plan changed the workspace"

# ---- plan on the demo, stored ----
run 0 W plan --start 2027-Q1
cp "$T/out" "$T/plan1"
has "$T/plan1" "Gespeichert"
has "$T/plan1" "69 von 74 Objekten"
# the Retain objects are listed with their reasons, nothing vanishes
has "$T/plan1" "Nicht geplant (5):"
grep 'FV-ELS' "$T/plan1" | grep -q 'Retain' && ok || bad "FV-ELS not listed with Retain"
# Anwohnerparken (99,5 PT) is the quick win of wave 1; the registers and basic services it
# talks to stay with the IT providers (Retain): hybrid interfaces, not prerequisites
has "$T/plan1" "Anwohnerparken: Welle 1 (01.01.2027–31.03.2027), 5 Objekte, 99,5 PT"
has "$T/plan1" "3 Mitglieder sind nicht geplant"
grep ' FV-PARKAUSWEIS ' "$T/plan1" | grep -q 'hybride Schnittstelle zu ANW-EPAYMENT, REG-KFZ, REG-MELDE' \
	&& ok || bad "FV-PARKAUSWEIS lacks its hybrid interfaces"
for k in ANW-PARKEN-ONLINE FV-PARKAUSWEIS; do
	run 0 W roadmap
	grep " $k " "$T/out" | grep -q '^    1  01.01.2027' && ok || bad "$k not in wave 1"
done
# Hundesteuer online (185 PT) does not fit a 120-PT wave: the plan says why not in wave 1
has "$T/plan1" "nicht in Welle 1, weil:"
has "$T/plan1" "sein Aufwand (185 PT) größer ist als die Kapazität einer Welle (120 PT)"
run 0 W check
has "$T/out" "WARNUNG: Plan: ANW-VIDEO"
hasnt "$T/out" "FEHLER"

# ---- roadmap: aligned, ordered, unplanned last ----
run 0 W roadmap
head -1 "$T/out" | grep -q '^Welle  Beginn      Ende        Behörde' && ok || bad "roadmap header"
sed -n 2p "$T/out" | grep -q '^    1  01.01.2027  31.03.2027' && ok || bad "roadmap row 1 not wave 1"
last_planned=$(grep -n '^ *[0-9][0-9]*  [0-9][0-9]\.' "$T/out" | tail -1 | cut -d: -f1)
els=$(grep -n ' FV-ELS ' "$T/out" | cut -d: -f1)
[ "$els" -gt "$last_planned" ] && ok || bad "unplanned FV-ELS ($els) is not after the planned rows ($last_planned)"
has "$T/out" "Welle 44  01.10.2037–31.12.2037"

# ---- wave capacity: a holiday quarter, a big first wave ----
run 0 W wave set 1 --kapazitaet 600
has "$T/out" "Welle 1 hat jetzt die eigene Kapazität 600 PT"
run 0 W wave list
grep '^    1 ' "$T/out" | grep -q 'eigene Kapazität' && ok || bad "wave list lacks the own capacity"
run 0 W plan --start 2027-Q1
has "$T/out" "Eigene Kapazität für 1 Welle (wolkenplan wave list)"
has "$T/out" "Anwohnerparken: Welle 1 (01.01.2027–31.03.2027)"
run 0 W roadmap
grep ' FV-PARKAUSWEIS ' "$T/out" | grep -q '^    1 ' && ok || bad "with 600 PT Anwohnerparken not in wave 1"
# reset: the stored plan is now overbooked in wave 1, check says so
run 0 W wave reset 1
has "$T/out" "Welle 1 ist überbucht"
run 1 W check
has "$T/out" "FEHLER: Plan: Welle 1 ist überbucht"
run 0 W plan --start 2027-Q1
run 0 W check
run 0 W wave set 3 --kapazitaet 0
run 0 W plan --start 2027-Q1
run 0 W wave list
grep '^    3 ' "$T/out" | grep -q 'eigene Kapazität' && ok || bad "wave 3 own capacity lost by plan"
run 0 W wave reset 3
run 2 W wave set 0 --kapazitaet 5
has "$T/err" "Welle"
run 2 W wave set 3
run 2 W wave set 3 --kapazitaet x
has "$T/err" "--kapazitaet"
run 2 W wave reset 3 --kapazitaet 4
run 2 W wave drop 3
run 0 W plan --start 2027-Q1

# ---- pins: kept, and reported when they break the dependency order ----
run 0 W pin ANW-EAKTE 1
has "$T/out" "ANW-EAKTE ist jetzt in Welle 1 festgesetzt"
# it benötigt ANW-VERZEICHNIS, which comes later: reported, not moved
has "$T/out" "WARNUNG"
has "$T/out" "ANW-VERZEICHNIS"
run 1 W check
grep 'FEHLER: Plan' "$T/out" | grep -q 'ANW-EAKTE' && ok || bad "check does not report the pin"
# re-planned: the pin is kept, the broken order reported, capacity respected elsewhere
run 0 W plan --start 2027-Q1
grep 'WARNUNG' "$T/out" | grep -q 'benötigt ANW-VERZEICHNIS, das erst in Welle 2' && ok \
	|| bad "plan does not report the broken order"
run 0 W roadmap
grep ' ANW-EAKTE ' "$T/out" | grep -q '^    1 ' && ok || bad "pinned object moved"
grep ' ANW-EAKTE ' "$T/out" | grep -q 'fest eingeplant in Welle 1' && ok || bad "roadmap lacks the pin note"
run 1 W check
hasnt "$T/out" "überbucht"
run 0 W unpin ANW-EAKTE
has "$T/out" "nicht mehr festgesetzt"
run 1 W unpin ANW-EAKTE
has "$T/err" "ANW-EAKTE"
run 0 W plan --start 2027-Q1
run 0 W check
# a pin that respects the order is just kept
run 0 W pin ANW-OPENDATA 39
hasnt "$T/out" "WARNUNG"
# moved into the full wave 39, the stored plan is overbooked until the next plan
run 1 W check
has "$T/out" "FEHLER: Plan: Welle 39 ist überbucht"
run 0 W plan --start 2027-Q1
run 0 W check
run 0 W roadmap
grep " ANW-OPENDATA " "$T/out" | grep -q "^   39 " && ok || bad "ANW-OPENDATA not in its pinned wave"
run 0 W unpin ANW-OPENDATA
before=$(sum)
run 1 W pin GIBTS-NICHT 1
has "$T/err" "GIBTS-NICHT"
run 2 W pin ANW-FAX 0
run 2 W pin ANW-FAX drei
has "$T/err" "drei"
run 2 W pin ANW-FAX
run 2 W unpin
[ "$(sum)" = "$before" ] && ok || bad "a refused pin changed the workspace"

# ---- roadmap export: excel-de ----
run 0 W plan --start 2027-Q1
run 0 W export roadmap -o "$T/r.csv"
has "$T/err" "74 Zeilen geschrieben (excel-de)"
head -c 3 "$T/r.csv" | od -An -tx1 | grep -q 'ef bb bf' && ok || bad "roadmap excel-de lacks BOM"
head -1 "$T/r.csv" | tr -d '\357\273\277\r' >"$T/h"
[ "$(cat "$T/h")" = "Welle;Beginn;Ende;Behörde;Kennung;Name;Typ;Strategie;Zielplattform;Urteil;Bereitschaft;Aufwand_PT;Abhängigkeiten;Pilot;Hinweise" ] \
	&& ok || bad "roadmap header: $(cat "$T/h")"
[ "$(grep -c "$(printf '\r')\$" "$T/r.csv")" -eq 75 ] && ok || bad "roadmap lines not all CRLF"
sed -n 2p "$T/r.csv" | grep -q '^1;01\.01\.2027;31\.03\.2027;' && ok || bad "roadmap first row"
grep -q '^1;01\.01\.2027;31\.03\.2027;34 Straßenverkehrsamt;FV-PARKAUSWEIS;Parkausweisverwaltung;Fachverfahren;Replatform;' "$T/r.csv" \
	&& ok || bad "FV-PARKAUSWEIS row"
grep '^1;.*;FV-PARKAUSWEIS;' "$T/r.csv" | grep -q ';67,5;' && ok || bad "decimal comma in Aufwand_PT"
grep '^1;.*;FV-PARKAUSWEIS;' "$T/r.csv" | grep -q ';Anwohnerparken;' && ok || bad "Pilot column"
tail -1 "$T/r.csv" | grep -q '^;;;37 Feuerwehr;FV-ELS;' && ok || bad "unplanned row last, empty Welle"
tail -1 "$T/r.csv" | grep -q 'Retain' && ok || bad "unplanned row lacks its reason"
# ordered by wave, then Behörde, then Kennung
sed 1d "$T/r.csv" | awk -F';' '$1 != "" { printf "%05d\t%s\t%s\n", $1, $4, $5 }' >"$T/keys"
LC_ALL=C sort -c "$T/keys" 2>/dev/null && ok || bad "roadmap rows not ordered by wave, Behörde, Kennung"

# ---- roadmap export: rfc4180 ----
run 0 W export roadmap --dialect rfc4180
head -c 3 "$T/out" | od -An -tx1 | grep -q 'ef bb bf' && bad "rfc4180 roadmap has a BOM" || ok
head -1 "$T/out" | grep -q '^Welle,Beginn,Ende,Behörde,Kennung,' && ok || bad "rfc4180 header"
sed -n 2p "$T/out" | grep -q '^1,2027-01-01,2027-03-31,' && ok || bad "rfc4180 ISO dates"
grep ',FV-PARKAUSWEIS,' "$T/out" | grep -q ',67.5,' && ok || bad "rfc4180 decimal point"
[ "$(grep -c "$(printf '\r')\$" "$T/out")" -eq 75 ] && ok || bad "rfc4180 roadmap not CRLF"

# formula guard: a name starting with = is exported with a leading '
run 0 W object set ANW-FAX name "=HYPERLINK(1)"
run 0 W plan --start 2027-Q1
run 0 W export roadmap
grep -q ";'=HYPERLINK(1);" "$T/out" && ok || bad "roadmap export not guarded"

# ---- pilots ----
run 0 W pilot list
head -1 "$T/out" | grep -q '^Name  *Status  *OZG  *Mitglieder  *Checkliste  *Welle  *machbar auf' && ok || bad "pilot list header"
grep '^Anwohnerparken ' "$T/out" >"$T/line"
has "$T/line" "geplant"
has "$T/line" "10173"
has "$T/line" "3/9"
has "$T/line" "DVC-OEFF, LAND-OSS"
run 0 W pilot show Anwohnerparken
has "$T/out" "Pilot Anwohnerparken — Status: geplant"
has "$T/out" "OZG-Leistung: 10173 (Parkausweise und Zufahrtsberechtigungen)"
has "$T/out" "Mitglieder (5):"
grep -q '^  DVC-OEFF  *machbar  *5 von 5 zulässig' "$T/out" && ok || bad "feasibility on DVC-OEFF"
grep -q '^  HYPER-EU  *nicht machbar' "$T/out" && ok || bad "infeasibility on HYPER-EU"
has "$T/out" "Zielplattform: DVC-OEFF"
has "$T/out" "1. [x] FIT-Connect-Zustellpunkt"
has "$T/out" "4. [ ] Datenschutz-Folgenabschätzung"
has "$T/out" "Fehlende Voraussetzungen (6):"
# the registers and services that stay (Retain) are hybrid interfaces, not gaps
hasnt "$T/out" "außerhalb des Piloten"
# check is a gate: exit 1 while something is missing, 0 when all is done
run 1 W pilot check anwohnerparken
has "$T/out" "offener Punkt: AV-Vertrag"
for n in 4 5 6 7 8 9; do run 0 W pilot todo Anwohnerparken done $n; done
has "$T/out" "Punkt 9 erledigt"
run 0 W pilot check Anwohnerparken
has "$T/out" "Keine fehlenden Voraussetzungen."
run 0 W pilot todo Anwohnerparken undone 9
has "$T/out" "Punkt 9 wieder offen"
run 1 W pilot check Anwohnerparken
run 1 W pilot show Parkhaus
has "$T/err" "Parkhaus"

# create, members, status, OZG, checklist, rename, delete — refusals write nothing
run 0 W pilot create "Gewerbe digital" --ozg 10160 --ziel "Gewerbeanzeige Ende-zu-Ende online"
has "$T/out" "angelegt"
before=$(sum)
run 1 W pilot create "GEWERBE Digital"
has "$T/err" "gibt es schon"
run 1 W pilot create "Neu" --ozg 12ab
has "$T/err" "12ab"
run 1 W pilot create ""
run 2 W pilot create
run 2 W pilot create "X" --farbe blau
run 1 W pilot add "Gewerbe digital" FV-GEWERBE GIBTS-NICHT
has "$T/err" "GIBTS-NICHT"
run 2 W pilot add "Gewerbe digital"
run 1 W pilot add "Kein Pilot" FV-GEWERBE
has "$T/err" "Kein Pilot"
run 2 W pilot status "Gewerbe digital" super
has "$T/err" "Idee, geplant, laufend, abgeschlossen"
run 1 W pilot ozg "Gewerbe digital" 1234567
has "$T/err" "1234567"
run 2 W pilot todo "Gewerbe digital" done eins
run 2 W pilot todo "Gewerbe digital" fertig 1
run 2 W pilot frobnicate
has "$T/err" "frobnicate"
run 2 W pilot
[ "$(sum)" = "$before" ] && ok || bad "a refused pilot command changed the workspace"
run 0 W pilot add "Gewerbe digital" REG-GEWERBE FV-GEWERBE
has "$T/out" "er hat jetzt 2 Mitglieder"
run 1 W pilot add "Gewerbe digital" FV-GEWERBE
has "$T/err" "gehört schon"
run 0 W pilot add "Gewerbe digital" ANW-PORTAL
has "$T/out" "gehört auch zum Piloten \"Hundesteuer online\""
run 0 W pilot remove "Gewerbe digital" ANW-PORTAL
run 1 W pilot remove "Gewerbe digital" ANW-FAX
has "$T/err" "ANW-FAX"
run 0 W pilot status "Gewerbe digital" laufend
run 0 W pilot ozg "Gewerbe digital" 99077020000000
run 0 W pilot todo "Gewerbe digital" add "Formular mit der Gewerbestelle abgestimmt"
has "$T/out" "Punkt 1 der Checkliste angelegt"
run 1 W pilot todo "Gewerbe digital" done 2
has "$T/err" "1 bis 1"
run 1 W pilot todo "Gewerbe digital" add ""
run 0 W pilot show "Gewerbe digital"
has "$T/out" "Status: laufend"
has "$T/out" "Ziel: Gewerbeanzeige Ende-zu-Ende online"
has "$T/out" "OZG-Leistung: 99077020000000"
has "$T/out" "FV-GEWERBE"
has "$T/out" "REG-GEWERBE"
has "$T/out" "1. [ ] Formular mit der Gewerbestelle abgestimmt"
run 1 W pilot rename "Gewerbe digital" "Hundesteuer online"
run 0 W pilot rename "Gewerbe digital" "Gewerbe online"
run 0 W plan --start 2027-Q1
has "$T/out" "Gewerbe online: Welle"
# pilots together: both members in one wave
run 0 W roadmap
w1=$(grep ' FV-GEWERBE ' "$T/out" | awk '{print $1}')
w2=$(grep ' REG-GEWERBE ' "$T/out" | awk '{print $1}')
[ -n "$w1" ] && [ "$w1" = "$w2" ] && ok || bad "pilot members in waves $w1 and $w2"
run 0 W pilot list
has "$T/out" "Gewerbe online"
run 0 W pilot suggest
has "$T/out" "Quick-Win-Punkte"
has "$T/out" "Begründung:"
grep -q '^ 1\. ' "$T/out" && ok || bad "suggest lists no candidate"

# ---- Pilote export ----
run 0 W export pilote -o "$T/p.csv"
head -c 3 "$T/p.csv" | od -An -tx1 | grep -q 'ef bb bf' && ok || bad "pilote excel-de lacks BOM"
head -1 "$T/p.csv" | tr -d '\357\273\277\r' >"$T/h"
[ "$(cat "$T/h")" = "Pilot;Status;OZG;Kennung;Name;Behörde;Urteil;Welle;offene Voraussetzungen" ] \
	&& ok || bad "pilote header: $(cat "$T/h")"
lines=$(wc -l <"$T/p.csv")
[ "$(grep -c "$(printf '\r')\$" "$T/p.csv")" -eq "$lines" ] && ok || bad "pilote not CRLF"
# per pilot by name: its own row (empty Kennung) first, then the members by Kennung
sed -n 2p "$T/p.csv" | grep -q '^Anwohnerparken;geplant;10173;;;;;1;offener Punkt: Sachbearbeitung' && ok \
	|| bad "Anwohnerparken pilot row: $(sed -n 2p "$T/p.csv")"
sed -n 3p "$T/p.csv" | grep -q '^Anwohnerparken;geplant;10173;ANW-EPAYMENT;ePayment-Plattform;21 Stadtkasse;zulässig;;' && ok \
	|| bad "first member row: $(sed -n 3p "$T/p.csv")"
grep -q '^Gewerbe online;laufend;99077020000000;;;;;[0-9]*;offener Punkt: Formular' "$T/p.csv" && ok || bad "Gewerbe online row"
cut -d';' -f1 "$T/p.csv" | sed 1d | uniq >"$T/names"
[ "$(cat "$T/names" | tr '\n' '|')" = "Anwohnerparken|Gewerbe online|Hundesteuer online|" ] && ok || bad "pilots not ordered by name"
run 0 W export pilote --dialect rfc4180
head -c 3 "$T/out" | od -An -tx1 | grep -q 'ef bb bf' && bad "rfc4180 pilote has a BOM" || ok
head -1 "$T/out" | grep -q '^Pilot,Status,OZG,Kennung,Name,Behörde,Urteil,Welle,offene Voraussetzungen' && ok || bad "rfc4180 pilote header"
# without a stored plan the Welle column stays empty
run 0 "$BIN" init --demo --db "$T/fresh.db"
run 0 "$BIN" --db "$T/fresh.db" export pilote
grep -q '^Anwohnerparken;geplant;10173;FV-PARKAUSWEIS;Parkausweisverwaltung;34 Straßenverkehrsamt;zulässig;;' "$T/out" && ok || bad "pilote without plan"
run 0 W pilot delete "Gewerbe online"
has "$T/out" "gelöscht"
run 1 W pilot delete "Gewerbe online"
run 0 W pilot list
hasnt "$T/out" "Gewerbe online"
run 0 W list
has "$T/out" "REG-GEWERBE"

finish
