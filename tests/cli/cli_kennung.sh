#!/bin/sh
# CLI tests of identifiers as people write them (docs/csv.md, Kennung): spaces, slashes,
# umlauts and 64 characters through import → export → import byte-identical; trimming;
# 65 characters and case-only duplicates refused with FILE:LINE:COLUMN; every command finds
# a Kennung or a platform code ignoring case.
. "$(dirname "$0")/lib.sh"

DB="$T/k.db"
W() { "$BIN" --db "$DB" "$@"; }
run 0 "$BIN" init --empty --db "$DB"

# 64 characters, 70 bytes (three umlauts) — and the same with one more character
K64='Ärztliche Bescheinigung/Gesundheitsamt 12-34 Übergabe Öffentlich'
K65="${K64}X"
printf '\357\273\277Kennung;Typ;Name;Behörde;Abhängigkeiten\r\n' >"$T/in.csv"
printf 'FV 12/3;Fachverfahren;Gewerbe;32 Ordnungsamt;bürgerbüro-01 (XÖV), %s\r\n' "$K64" >>"$T/in.csv"
printf 'Bürgerbüro-01;Anwendung;Terminvergabe;33 Bürgerservice;\r\n' >>"$T/in.csv"
printf '%s;Register;Lang;33 Bürgerservice;fv 12/3\r\n' "$K64" >>"$T/in.csv"
printf 'REG-GEWERBE ;Register;Gewerberegister;32 Ordnungsamt;\r\n' >>"$T/in.csv"
printf 'dstore-abfallbehaelter-gebuehrenobjekt;Anwendung;"A\x27B ""x""";32 Ordnungsamt;\r\n' >>"$T/in.csv"
run 0 W import "$T/in.csv"
run 0 W export inventar -o "$T/a.csv"
has "$T/a.csv" "FV 12/3;Fachverfahren;Gewerbe"
has "$T/a.csv" "Bürgerbüro-01 (XÖV),$K64"
has "$T/a.csv" "REG-GEWERBE;Register;Gewerberegister"
hasnt "$T/a.csv" "REG-GEWERBE ;"
for d in excel-de rfc4180; do
	rm -f "$T/e.db"
	run 0 W export inventar --dialect $d -o "$T/a.csv"
	run 0 "$BIN" init --empty --db "$T/e.db"
	run 0 "$BIN" --db "$T/e.db" import "$T/a.csv"
	run 0 "$BIN" --db "$T/e.db" export inventar --dialect $d -o "$T/b.csv"
	cmp -s "$T/a.csv" "$T/b.csv" && ok || bad "$d: import → export → import not byte-identical"
done
# the same file again changes nothing, and other case finds the same objects
run 0 W import "$T/in.csv"
has "$T/out" "0 neu"
printf 'Kennung;Typ;Name;Behörde\nfv 12/3;Fachverfahren;Gewerbe neu;32 Ordnungsamt\nBÜRGERBÜRO-01;Anwendung;Termine;33 Bürgerservice\n' >"$T/case.csv"
run 0 W import "$T/case.csv"
has "$T/out" "0 neu"
run 0 W export inventar -o "$T/c.csv"
has "$T/c.csv" "FV 12/3;Fachverfahren;Gewerbe neu"
has "$T/c.csv" "Bürgerbüro-01;Anwendung;Termine"

# refused: 65 characters, a forbidden character (named with its position), case-only twins
printf 'Kennung;Typ;Name;Behörde\n%s;Register;Zu lang;Amt\n' "$K65" >"$T/long.csv"
run 1 W import "$T/long.csv"
has "$T/err" "long.csv:2:1: Feld \"Kennung\": \"$K65\" ist 65 Zeichen lang, erwartet: höchstens 64 Zeichen"
printf 'Name;Kennung;Typ;Behörde\nX;FV (alt);Register;Amt\n' >"$T/char.csv"
run 1 W import "$T/char.csv"
has "$T/err" "char.csv:2:2: Feld \"Kennung\": \"FV (alt)\" hat an Stelle 4 das Zeichen \"(\""
printf 'Kennung;Typ;Name;Behörde\nNEU-A;Register;Eins;Amt\nneu-a;Register;Zwei;Amt\nNEU-Ä;Register;Drei;Amt\nneu-ä;Register;Vier;Amt\n' >"$T/twin.csv"
run 1 W import "$T/twin.csv"
has "$T/err" "twin.csv:3:1: Feld \"Kennung\": \"neu-a\" steht schon in Zeile 2"
has "$T/err" "twin.csv:5:1: Feld \"Kennung\": \"neu-ä\" steht schon in Zeile 4"
run 0 W export inventar -o "$T/d.csv"
cmp -s "$T/c.csv" "$T/d.csv" && ok || bad "a refused import changed the workspace"

# object set: trimmed, case-only twins refused, other case finds the object
run 0 W object set "fv 12/3" kennung "  FV 12/4  "
run 0 W export inventar -o "$T/e.csv"
has "$T/e.csv" "FV 12/4;Fachverfahren"
run 1 W object set "FV 12/4" kennung "bürgerbüro-01"
has "$T/err" "ist schon vergeben als \"Bürgerbüro-01\""
run 1 W object set "FV 12/4" kennung "FV;4"
has "$T/err" "an Stelle 3 das Zeichen \";\""
run 0 W object set "fv 12/4" abhaengigkeiten "reg-gewerbe (XGewerbe), BÜRGERBÜRO-01"
run 0 W export inventar -o "$T/e.csv"
has "$T/e.csv" "Bürgerbüro-01,REG-GEWERBE (XGewerbe)"

# every command that takes a Kennung or a platform code, in another case
run 0 W init --demo --db "$T/demo.db" 2>/dev/null || run 0 "$BIN" init --demo --db "$T/demo.db"
D() { "$BIN" --db "$T/demo.db" "$@"; }
run 0 D explain fv-kfz
has "$T/out" "FV-KFZ"
run 0 D explain fv-kfz --plattform hyper-eu
run 0 D score --plattform hyper-eu
run 0 D platform show hyper-eu
has "$T/out" "HYPER-EU"
run 0 D pin fv-kfz 2027-03
run 0 D unpin fv-kfz
run 0 D pilot create Test
run 0 D pilot add Test fv-kfz reg-melde
run 0 D pilot show Test
has "$T/out" "FV-KFZ"
run 0 D pilot remove Test fv-kfz
run 0 D object set reg-melde name "Melderegister neu"
run 1 D platform add hyper-eu --name Doppelt
has "$T/err" "gibt es schon"

finish
