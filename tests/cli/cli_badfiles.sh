#!/bin/sh
# The corpus of bad inventory files: each is refused with its expected message (FILE:LINE…),
# exit 1, and the workspace export is byte-identical afterwards.
. "$(dirname "$0")/lib.sh"

DB="$T/x.db"
W() { "$BIN" --db "$DB" "$@"; }
run 0 "$BIN" init --demo --db "$DB"
run 0 W export inventar -o "$T/before.csv"
H='Kennung;Typ;Name;Behörde'

# bad NAME EXPECTED — imports $T/NAME.csv, expects exit 1 and EXPECTED in stderr
bad_file() {
	run 1 W import "$T/$1.csv"
	has "$T/err" "$2"
	rm -f "$T/after.csv" # a failed export must not leave the previous case's file to compare
	run 0 W export inventar -o "$T/after.csv"
	cmp -s "$T/before.csv" "$T/after.csv" && ok || bad "$1: workspace changed"
}

: >"$T/empty.csv"
bad_file empty "empty.csv: die Datei ist leer"
printf '%s\nX-1;Register;X;Amt;zuviel\n' "$H" >"$T/ragged.csv"
bad_file ragged "ragged.csv:2: 5 Felder statt 4"
printf '%s\nX-1;Register;"offen;Amt\n' "$H" >"$T/eofquote.csv"
bad_file eofquote "eofquote.csv:2"
printf '%s\nX-1;Register;ab"c;Amt\n' "$H" >"$T/stray.csv"
bad_file stray "stray.csv:2: ungültiges CSV"
printf 'Kennung|Typ|Name|Behörde\nX-1|Register|X|Amt\n' >"$T/delim.csv"
bad_file delim "Pflichtspalte \"Kennung\" fehlt"
printf '%s;Farbe\nX-1;Register;X;Amt;rot\n' "$H" >"$T/unknown.csv"
bad_file unknown "unknown.csv:1:5: unbekannte Spalte \"Farbe\""
printf 'Kennung;Name;Behörde\nX-1;X;Amt\n' >"$T/required.csv"
bad_file required "required.csv:2: neues Objekt \"X-1\": die Spalte \"Typ\" fehlt"
printf '%s\nX-1;Register;X;Amt\nX-1;Register;Y;Amt\n' "$H" >"$T/dup.csv"
bad_file dup "dup.csv:3:1: Feld \"Kennung\": \"X-1\" steht schon in Zeile 2"
printf '%s\nX-1;Datenbank;X;Amt\n' "$H" >"$T/enum.csv"
bad_file enum "enum.csv:2:2: Feld \"Typ\": \"Datenbank\" ist nicht erlaubt, erwartet: Fachverfahren, Register, Anwendung"
printf '%s;Vertragsende\nX-1;Register;X;Amt;30.02.2027\n' "$H" >"$T/date.csv"
bad_file date "date.csv:2:5: Feld \"Vertragsende\": \"30.02.2027\" ist kein gültiges Datum"
printf '%s;Nutzer\nX-1;Register;X;Amt;-5\n' "$H" >"$T/negative.csv"
bad_file negative "negative.csv:2:5: Feld \"Nutzer\": \"-5\" ist keine Zahl"
printf '%s;Abhängigkeiten\nX-1;Register;X;Amt;NIRGENDS\n' "$H" >"$T/dangling.csv"
bad_file dangling "dangling.csv:2:5: Feld \"Abhängigkeiten\": Objekt \"NIRGENDS\" gibt es weder"
printf '%s;Abhängigkeiten\nX-1;Register;X;Amt;X-1\n' "$H" >"$T/self.csv"
bad_file self "self.csv:2:5: Feld \"Abhängigkeiten\": \"X-1\" hängt von sich selbst ab"
printf '%s\nX-1;Register;Gr\344ber;Amt\n' "$H" >"$T/utf8.csv"
bad_file utf8 "utf8.csv:2:16: ungültiges UTF-8"
head -c 20000 /dev/urandom >"$T/garbage.csv"
bad_file garbage "garbage.csv"
{ printf '%s;Notiz\nX-1;Register;X;Amt;' "$H"; head -c 10485760 /dev/zero | tr '\0' 'a'; printf '\n'; } >"$T/huge.csv"
bad_file huge "huge.csv:2:5: Feld \"Notiz\": 10485760 Bytes lang"
printf '%s\n' "$H" >"$T/headeronly.csv"
run 0 W import "$T/headeronly.csv"
has "$T/out" "0 Zeilen"
# German Excel "CSV UTF-8 (Trennzeichen-getrennt)": BOM, semicolons, CRLF, German dates
printf '\357\273\277Kennung;Typ;Name;Behörde;Vertragsende;Aufwand_PT\r\nXL-1;Anwendung;Aus Excel;33 Bürgerservice;31.12.2027;2,5\r\n' >"$T/excel.csv"
run 0 W import "$T/excel.csv"
has "$T/out" "1 neu"
run 0 W export inventar --dialect rfc4180
grep '^XL-1,' "$T/out" >"$T/line"
has "$T/line" "2027-12-31"
has "$T/line" "2.5"
finish
