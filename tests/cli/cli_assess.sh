#!/bin/sh
# CLI tests of the assessment engine: score, explain, quickwins, settings, set, platform,
# object set — results and refusals as a user would check them.
. "$(dirname "$0")/lib.sh"

DB="$T/x.db"
W() { "$BIN" --db "$DB" "$@"; }
run 0 "$BIN" init --demo --db "$DB"

run 0 W score
has "$T/out" "Bereit./Konf."
has "$T/out" "DVC-OEFF"
has "$T/out" "HYPER-EU"
# the VS-NfD register may only go to the approved Land cloud
grep '^REG-VS ' "$T/out" >"$T/line"
has "$T/line" "LAND-OSS"
run 0 W score --plattform HYPER-EU --urteil blockiert
has "$T/out" "REG-MELDE"
run 2 W score --urteil vielleicht
has "$T/err" "blockiert, offen, zulässig"
run 2 W score --plattform NIX
run 0 W score --behoerde "34 Straßenverkehrsamt"
has "$T/out" "FV-PARKAUSWEIS"
hasnt "$T/out" "REG-MELDE"

# list and score filter like the Inventar filter: Behörde with its sub-units, Typ,
# Strategie, Bereitschaft range, red line, contract end, wave, quick wins (together: AND)
rows() { grep -oE '^[A-Z][A-Z0-9-]+ ' "$T/out" | grep -v '^Kennung' | tr -d ' ' | tr '\n' ' '; }
run 0 W list --behoerde "34 Straßenverkehrsamt" --typ Fachverfahren
[ "$(rows)" = "FV-FAHRERLAUBNIS FV-KFZ FV-PARKAUSWEIS " ] && ok || bad "list Behörde+Typ: $(rows)"
run 0 W score --strategie Retain
[ "$(rows)" = "ANW-SERVICEKONTO ANW-EPAYMENT REG-MELDE REG-KFZ FV-ELS " ] && ok ||
	bad "score --strategie Retain: $(rows)"
has "$T/out" "5 Objekte."
run 0 W list --bereitschaft -20
[ "$(rows)" = "REG-VS ANW-FAX FV-EINSATZPLAN FV-SCHUELERBEF FV-SOZIAL-ALT FV-JUGEND REG-GRAB " ] &&
	ok || bad "list --bereitschaft -20: $(rows)"
run 0 W list --bereitschaft 80-
has "$T/out" "ANW-INTRANET"
hasnt "$T/out" "REG-VS"
run 0 W score --rote-linie vs-nfd --quickwin
[ "$(rows)" = "REG-VS FV-EINSATZPLAN FV-KATS " ] && ok || bad "score VS-NfD + Quick Win: $(rows)"
run 0 W score --urteil blockiert --rote-linie RL-GEO
has "$T/out" "0 Objekte."
run 0 W list --vertragsende-bis 01.01.1990
[ -z "$(rows)" ] && ok || bad "contracts ended before today listed: $(rows)"
# --welle: the reporting wave an object goes live in, as the stored plan says
run 0 W plan --start 2027-Q1
run 0 W pin fv-kfz 2027-07
run 0 W export roadmap -o "$T/rm.csv"
wn=$(awk -F';' '$5 == "FV-KFZ" { print $1 }' "$T/rm.csv")
[ -n "$wn" ] && ok || bad "FV-KFZ not planned after its pin"
rm_rows=$(awk -F';' -v n="$wn" 'NR > 1 && $1 == n { print $5 }' "$T/rm.csv" | sort | tr '\n' ' ')
run 0 W list --welle "$wn"
ls_rows=$(rows | tr ' ' '\n' | grep . | sort | tr '\n' ' ')
[ -n "$rm_rows" ] && [ "$ls_rows" = "$rm_rows" ] && ok || bad "list --welle $wn: $ls_rows, roadmap: $rm_rows"
run 0 W unpin FV-KFZ
run 2 W list --bereitschaft 80-20
has "$T/err" "--bereitschaft"
run 2 W list --rote-linie RL-NIX
has "$T/err" "RL-GEO"
has "$T/err" "VS-NfD"
run 2 W score --strategie Umzug
has "$T/err" "Rehost"
run 2 W list --vertragsende-bis 31.02.2027
run 2 W list --welle 0
run 2 W list --behoerde "Gibt es nicht"
run 0 W help score
has "$T/out" "--vertragsende-bis"

# a Kennung in another case names the object when only one matches
run 0 W explain fv-kfz
has "$T/out" "FV-KFZ"
run 1 W explain fv-kfz-nix

run 0 W explain FV-PARKAUSWEIS
has "$T/out" "Schutzbedarf"
has "$T/out" "Rote Linien"
has "$T/out" "Bereitschaft"
has "$T/out" "Strategie"
has "$T/out" "Aufwand"
run 0 W explain REG-MELDE --plattform HYPER-EU
has "$T/out" "RL-NETZ"
has "$T/out" "blockiert"
run 1 W explain GIBTS-NICHT
has "$T/err" "GIBTS-NICHT"
run 2 W explain

run 0 W quickwins --limit 5
lines=$(grep -cE '^ +[0-9]+  ' "$T/out")
[ "$lines" -eq 5 ] && ok || bad "quickwins --limit 5 printed $lines ranks"
has "$T/out" "Pilotkandidat"
run 2 W quickwins --limit 0

run 0 W settings
has "$T/out" "schwelle.bereit"
has "$T/out" "gewicht.DVC-API"
run 1 W set schwelle.bereit 150
has "$T/err" "0 bis 100"
run 1 W set schwelle.anpassung 90
run 2 W set gibts.nicht 1
run 0 W set aufwand.refactor 90
run 0 W settings
grep '^aufwand.refactor' "$T/out" >"$T/line"
has "$T/line" "90"
run 0 W set gewicht.DVC-API 4,5
run 0 W settings
grep '^gewicht.DVC-API' "$T/out" >"$T/line"
has "$T/line" "4,5"

run 0 W platform list
head -1 "$T/out" >"$T/line"
has "$T/line" "Code"
sed -n 2p "$T/out" | cut -c1-8 >"$T/line"
has "$T/line" "DVC-OEFF"
run 0 W platform show SOUV-US
has "$T/out" "Beispielbewertung — vor Verwendung prüfen"
run 0 W platform add KOMM-RZ --name "Kommunales Rechenzentrum" --vs-nfd nein
run 1 W platform add KOMM-RZ --name "doppelt"
run 0 W platform set KOMM-RZ RL-GEO erfüllt --quelle "Vertrag 2026, Anlage 3"
has "$T/out" "ändern ihr Urteil"
run 0 W platform show KOMM-RZ
has "$T/out" "Vertrag 2026, Anlage 3"
run 1 W platform set KOMM-RZ RL-GEO super
has "$T/err" "erfüllt, teilweise, nicht, unbekannt"
run 1 W platform set KOMM-RZ RL-FOO erfüllt
run 0 W platform set KOMM-RZ --vs-nfd ja
run 0 W platform remove KOMM-RZ
run 0 W platform list
hasnt "$T/out" "KOMM-RZ"
run 1 W platform show KOMM-RZ
# the platform rules of model/platform.h: the same messages as the dashboard's form
# (tests/test_tui_undo.c), for add and set alike; nothing is stored
run 2 W platform add KOMM-RZ --name "Kommunales Rechenzentrum" --rang 0
has "$T/err" 'Feld "Rang": "0" ist ungültig, erwartet: ganze Zahl 1–1000'
run 1 W platform set DVC-OEFF --rang 1001
has "$T/err" 'Feld "Rang": "1001" ist ungültig, erwartet: ganze Zahl 1–1000'
run 1 W platform add KREIS/RZ --name "Rechenzentrum"
has "$T/err" '"KREIS/RZ" ist kein gültiger Plattform-Code, erwartet: 1–32 Zeichen aus A–Z'
run 1 W platform set DVC-OEFF --name " "
has "$T/err" 'Feld "Name": darf nicht leer sein'
run 0 W platform list
hasnt "$T/out" "KOMM-RZ"
hasnt "$T/out" "KREIS"

# raising a platform's red line turns blocked objects permissible and says which
run 0 W platform set DE-PRIVAT RL-NETZ erfüllt --quelle "Nachweis"
has "$T/out" "blockiert → zulässig"

run 0 W object set ANW-INTRANET vertraulichkeit "sehr hoch"
has "$T/out" "nachher"
run 1 W object set ANW-INTRANET vertraulichkeit mittel
has "$T/err" "normal, hoch, sehr hoch"
run 0 W object set ANW-INTRANET DVC-OSS ja
run 1 W object set ANW-INTRANET vertragsende 31.02.2027
run 0 W object set ANW-INTRANET vertragsende 31.12.2027
run 0 W object set ANW-INTRANET strategie Retain
run 0 W explain ANW-INTRANET
has "$T/out" "Retain"
run 0 W object set ANW-INTRANET abhaengigkeiten "ANW-EAKTE (Suche)"
run 1 W object set ANW-INTRANET abhaengigkeiten "ANW-INTRANET"
run 1 W object set ANW-INTRANET abhaengigkeiten "NIX-DA"
run 2 W object set ANW-INTRANET farbe blau
run 0 W object set ANW-INTRANET sb_manuell ja
finish
