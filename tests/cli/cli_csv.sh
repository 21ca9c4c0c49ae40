#!/bin/sh
# CLI tests of the CSV exchange: import with precise errors (all or nothing), exports in
# both dialects, formula guard, and the lossless round trip.
. "$(dirname "$0")/lib.sh"

DB="$T/x.db"
W() { "$BIN" --db "$DB" "$@"; }
run 0 "$BIN" init --demo --db "$DB"

# Excel dialect: BOM, semicolons, CRLF, German dates
run 0 W export inventar -o "$T/inv.csv"
head -c 3 "$T/inv.csv" | od -An -tx1 | grep -q 'ef bb bf' && ok || bad "excel-de export lacks BOM"
head -1 "$T/inv.csv" | grep -q 'Kennung;Typ;Name;Behörde' && ok || bad "excel-de header"
head -1 "$T/inv.csv" | od -c | grep -q '\\r  \\n' && ok || bad "excel-de lacks CRLF"
grep -q '31\.12\.2028' "$T/inv.csv" && ok || bad "excel-de dates not TT.MM.JJJJ"
run 0 W export inventar --dialect rfc4180 -o "$T/rfc.csv"
head -c 3 "$T/rfc.csv" | od -An -tx1 | grep -q 'ef bb bf' && bad "rfc4180 has a BOM" || ok
grep -q '2028-12-31' "$T/rfc.csv" && ok || bad "rfc4180 dates not ISO"
run 0 W export bewertung
has "$T/out" "Kennung;Name;Behörde;Plattform;Urteil;Rote_Linien"
has "$T/out" "REG-MELDE;Melderegister;33 Bürgerservice;HYPER-EU;blockiert;"
run 2 W export roadmaps
run 2 W export inventar --dialect csv

# lossless round trip in both dialects, into an empty workspace and back
for d in excel-de rfc4180; do
	rm -f "$T/e.db"
	run 0 W export inventar --dialect $d -o "$T/a.csv"
	run 0 "$BIN" init --empty --db "$T/e.db"
	run 0 "$BIN" --db "$T/e.db" import "$T/a.csv"
	has "$T/out" "neu"
	run 0 "$BIN" --db "$T/e.db" export inventar --dialect $d -o "$T/b.csv"
	cmp -s "$T/a.csv" "$T/b.csv" && ok || bad "round trip $d differs"
	run 0 "$BIN" --db "$T/e.db" import "$T/b.csv"
	has "$T/out" "0 neu, 0 geändert"
done

# hard cases: quotes, delimiters, line breaks, umlauts, formula starts, big numbers
cat >"$T/hard.csv" <<'CSV'
Kennung,Typ,Name,Behörde,Nutzer,Fallzahl,Notiz,Aufwand_PT,Abhängigkeiten
H-1,Anwendung,"Name; mit ""Zitat"", Komma",Amt Ä,0,9223372036854775807,"Zeile 1
Zeile 2",0.5,H-2 (XÖV Schnittstelle)
H-2,register,=SUMME(A1),Amt Ä,,,'=1+1,,
H-3,FACHVERFAHREN,-Minus,Amt Ö,7,,"@at",12.25,"H-1,H-2"
CSV
run 0 W import "$T/hard.csv"
has "$T/out" "3 neu"
has "$T/out" "2 neue Behörden"
run 0 W export inventar -o "$T/h1.csv"
grep -q "'=SUMME(A1)" "$T/h1.csv" && ok || bad "formula cell not guarded"
# the file's '=1+1 was a guarded cell: imported as =1+1, exported guarded again
grep -q "'=1+1" "$T/h1.csv" && ok || bad "imported guarded cell not guarded on export"
run 0 "$BIN" init --empty --db "$T/h.db"
run 0 "$BIN" --db "$T/h.db" import "$T/h1.csv"
run 0 "$BIN" --db "$T/h.db" export inventar -o "$T/h2.csv"
# compare only the hard rows (the rest lack their dependencies' Behörden tree, same text):
# the records from "H-1;" up to the next record of another Kennung (H-1 spans two lines)
hard_rows() { awk '/^H-[0-9];/ { p = 1 } /^[A-Z]+-[A-Z0-9]+;/ && !/^H-[0-9];/ { p = 0 } p' "$1"; }
hard_rows "$T/h1.csv" >"$T/h1.hard"
hard_rows "$T/h2.csv" >"$T/h2.hard"
[ "$(grep -c '^H-[0-9];' "$T/h1.hard")" = 3 ] && ok || bad "export lacks the 3 hard rows"
cmp -s "$T/h1.hard" "$T/h2.hard" && ok || bad "hard-case round trip differs"
run 0 "$BIN" --db "$T/h.db" list --behoerde "Amt Ä"
has "$T/out" "H-1"

# errors: all reported with FILE:LINE:COLUMN, nothing written
run 0 W export inventar -o "$T/before.csv"
cat >"$T/bad.csv" <<'CSV'
Kennung;Typ;Name;Behörde;Vertraulichkeit;Nutzer;Abhängigkeiten;Vertragsende
NEU-1;Fachverfahren;Neu;33 Bürgerservice;mittel;12x;FEHLT-1;31.02.2027
NEU-1;Register;Doppelt;33 Bürgerservice;hoch;5;;
NEU-2;Anwendung;Selbst;33 Bürgerservice;;;NEU-2;
kaputt(kennung;Anwendung;x;y;;;;
CSV
run 1 W import "$T/bad.csv"
has "$T/err" "bad.csv:2:5: Feld \"Vertraulichkeit\": \"mittel\""
has "$T/err" "bad.csv:2:6: Feld \"Nutzer\""
has "$T/err" "bad.csv:2:7: Feld \"Abhängigkeiten\": Objekt \"FEHLT-1\""
has "$T/err" "bad.csv:2:8: Feld \"Vertragsende\""
has "$T/err" "bad.csv:3:1: Feld \"Kennung\": \"NEU-1\" steht schon in Zeile 2"
has "$T/err" "bad.csv:4:7:"
has "$T/err" "bad.csv:5:1: Feld \"Kennung\": \"kaputt(kennung\" hat an Stelle 7 das Zeichen \"(\""
has "$T/err" "nichts wurde übernommen"
# an empty Name is one error, at its cell (it was also reported a second time, without column)
printf 'Kennung;Typ;Name;Behörde\nNEU-9;Anwendung; ;33 Bürgerservice\n' >"$T/leer.csv"
run 1 W import "$T/leer.csv"
has "$T/err" 'leer.csv:2:3: Feld "Name": darf nicht leer sein'
[ "$(grep -c 'darf nicht leer' "$T/err")" = 1 ] && ok || bad "an empty Name reported more than once"
has "$T/err" "1 Fehler — nichts wurde übernommen"
run 0 W export inventar -o "$T/after.csv"
cmp -s "$T/before.csv" "$T/after.csv" && ok || bad "failed import changed the workspace"

printf 'Kennung;Typ;Name;Behörde;Farbe\nX-1;Register;X;Amt;blau\n' >"$T/unk.csv"
run 1 W import "$T/unk.csv"
has "$T/err" "unbekannte Spalte \"Farbe\""
run 0 W import --ignore-unknown --dry-run "$T/unk.csv"
has "$T/out" "Nichts wurde geschrieben"
run 1 W explain X-1
printf 'Kennung;Name\nX-1;X\n' >"$T/req.csv"
run 1 W import "$T/req.csv"
has "$T/err" "req.csv:2: neues Objekt \"X-1\": die Spalte \"Typ\" fehlt"
printf 'Kennung;Typ;Name;Behörde\nX-1;Register;"offen;Amt\n' >"$T/quote.csv"
run 1 W import "$T/quote.csv"
has "$T/err" "quote.csv:2"
printf 'Kennung;Typ;Name;Beh\366rde\nX-1;Register;M\374ller;Amt\n' >"$T/ansi.csv"
run 1 W import "$T/ansi.csv"
has "$T/err" "ansi.csv:1:21: ungültiges UTF-8"
has "$T/err" "--encoding cp1252"
run 0 W import --encoding cp1252 "$T/ansi.csv"
run 0 W list --behoerde Amt
has "$T/out" "Müller"
printf 'kennung\ttyp\tname\tbehoerde\tvertragsende\nT-1\tAnwendung\tTab\tAmt\t2027-03-31\n' >"$T/tab.csv"
run 0 W import "$T/tab.csv"
run 1 W import "$T/nonexistent.csv"
run 2 W import
# the caveat travels: rows whose verdict rests on an example profile say so, and the summary counts them
run 0 W export bewertung -o "$T/bew.csv"
head -1 "$T/bew.csv" | grep -q ';Empfohlen;Profil_geprueft.$' && ok || bad "bewertung: Profil_geprueft is not the last column"
has "$T/bew.csv" "REG-MELDE;Melderegister;33 Bürgerservice;HYPER-EU;blockiert;"
grep -q ';ja;ja.$' "$T/bew.csv" && bad "bewertung: an example profile counted as checked" || ok
has "$T/err" "Zeilen geschrieben (excel-de) · "
has "$T/err" "davon auf ungeprüften Plattformprofilen (Profil_geprueft = nein)"
run 0 W platform add EIGEN-RZ --name "Eigenes RZ"
run 0 W export bewertung --dialect rfc4180 -o "$T/bew2.csv"
grep -q '^REG-MELDE,Melderegister,33 Bürgerservice,EIGEN-RZ,.*,ja.$' "$T/bew2.csv" && ok || bad "bewertung: a user's profile is not checked"
grep -q '^REG-MELDE,Melderegister,33 Bürgerservice,HYPER-EU,.*,nein.$' "$T/bew2.csv" && ok || bad "bewertung: example profile not marked"
run 0 W plan
run 0 W export roadmap -o "$T/road.csv"
head -1 "$T/road.csv" | grep -q ';Hinweise;Profil_geprueft.$' && ok || bad "roadmap: Profil_geprueft is not the last column"
has "$T/err" "davon auf ungeprüften Plattformprofilen"
run 0 W export inventar -o "$T/inv2.csv"
hasnt "$T/err" "ungeprüft"
run 0 W --lang en export bewertung -o "$T/bew3.csv"
has "$T/err" "rows written (excel-de) · "
has "$T/err" "on unverified platform profiles (Profil_geprueft = nein)"

finish
