#!/bin/sh
# CLI tests of the pilots on the Musterstadt demo with a stored Zeitplan: every pilot
# subcommand with its refusals, how `plan` reports a pilot (bound together or not), and the
# Pilote export in both dialects. The Zeitplan itself: cli_zeitplan.sh.
. "$(dirname "$0")/lib.sh"

DB="$T/x.db"
W() { "$BIN" --db "$DB" "$@"; }
sum() { md5sum "$DB" | cut -c1-32; }
run 0 "$BIN" init --demo --db "$DB"

# plan, roadmap, pins, capacity and the Roadmap and Zeitplan exports: cli_zeitplan.sh
run 0 W plan --start 2027-Q1

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
has "$T/out" "Gewerbe online (laufend): 2 von 2 Mitgliedern geplant, gemeinsam in Betrieb"
# a pilot that is only an idea binds nothing: said so, not "together"
has "$T/out" "Hundesteuer online (Idee): nicht gebunden"
# pilots together: both members share Beginn and Ende, so one wave
run 0 W export roadmap -o "$T/g.csv"
g1=$(awk -F';' '$5 == "FV-GEWERBE" { print $1 ";" $2 ";" $3 }' "$T/g.csv")
g2=$(awk -F';' '$5 == "REG-GEWERBE" { print $1 ";" $2 ";" $3 }' "$T/g.csv")
[ -n "$g1" ] && [ "$g1" = "$g2" ] && ok || bad "pilot members apart: $g1 / $g2"
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
# the pilot goes live together in 04.2027: wave 2 of the plan from 01.2027
sed -n 2p "$T/p.csv" | grep -q '^Anwohnerparken;geplant;10173;;;;;2;offener Punkt: Sachbearbeitung' && ok \
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
