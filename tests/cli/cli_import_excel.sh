#!/bin/sh
# Excel habits and foreign spreadsheets (issue 15, docs/csv.md): empty rows, trimmed cells,
# thousands separators per dialect, synonyms, partial update, the dry run's change report,
# --map (file and inline) with its refusals, and export → import keeping Übergeordnet.
. "$(dirname "$0")/lib.sh"

FIX="$(cd "$(dirname "$0")/../fixtures" && pwd)"
DB="$T/x.db"
W() { "$BIN" --db "$DB" "$@"; }
run 0 "$BIN" init --empty --db "$DB"

# --- a foreign spreadsheet with a mapping file
run 1 W import "$FIX/fremd.csv"
has "$T/err" "fremd.csv:1:2: unbekannte Spalte \"Verfahren\""
has "$T/err" "bekannte Zielspalten: Kennung, Typ, Name, Behörde"
run 0 W import --dry-run --map "$FIX/fremd.map" --ignore-unknown "$FIX/fremd.csv"
has "$T/out" "ignoriert: Spalte Bemerkung"
has "$T/out" "2 leere Zeilen übersprungen."
has "$T/out" "3 Zeilen gültig — 3 neu"
run 0 W import --map "$FIX/fremd.map" --ignore-unknown "$FIX/fremd.csv"
run 0 W export inventar -o "$T/inv.csv"
# thousands separators, synonyms, Übergeordnet in the export (German dialect)
grep -q '^KS-01;Fachverfahren;Finanzsoftware;Kämmerei;Beispiel GmbH;;Eigenes RZ;1250;' "$T/inv.csv" && ok || bad "KS-01 row"
grep -q '^KS-02;Register;Melderegister;Bürgeramt;Muster AG;;IT-Dienstleister;95;.*;Art. 9;' "$T/inv.csv" && ok || bad "KS-02 Art. 9"
grep -q '^KS-03;Anwendung;Kita-Portal;Jugendamt;Start-up;;Public Cloud;40;.*;Art. 9;' "$T/inv.csv" && ok || bad "KS-03 besondere/Cloud"
grep -q ';48000;.*;FB 2 Finanzen;' "$T/inv.csv" && ok || bad "euro 48.000,00 € / Übergeordnet"
head -1 "$T/inv.csv" | grep -q ';Inbetriebnahme;Übergeordnet;Notiz' && ok || bad "header Übergeordnet"

# --- round trip with Übergeordnet into a fresh workspace keeps the hierarchy
run 0 "$BIN" init --empty --db "$T/y.db"
run 0 "$BIN" --db "$T/y.db" import "$T/inv.csv"
run 0 "$BIN" --db "$T/y.db" export inventar -o "$T/inv2.csv"
cmp -s "$T/inv.csv" "$T/inv2.csv" && ok || bad "export → import → export differs"
run 0 "$BIN" --db "$T/y.db" behoerde list
has "$T/out" "FB 2 Finanzen"

# --- mapping errors, each refused before any row is read
printf 'Nr;Verfahren;Amt;Art\nX-1;A;B;Register\n' >"$T/f.csv"
run 2 W import --map "Nr=Kennung,Verfahren=Nahme,Amt=Behörde" "$T/f.csv"
has "$T/err" "Zielspalte \"Nahme\" gibt es nicht, bekannt sind: Kennung, Typ, Name"
run 2 W import --map "Nr=Kennung,Verfahren=Name,Amt=name" "$T/f.csv"
has "$T/err" "\"Verfahren\" und \"Amt\" gehen beide nach \"Name\""
run 1 W import --map "Verfahren=Name,Amt=Behörde,Art=Typ" "$T/f.csv"
has "$T/err" "Pflichtspalte \"Kennung\" fehlt und ist nicht zugeordnet"
hasnt "$T/err" "f.csv:2"
run 1 W import --map "Nr=Kennung,Verfahren=Name,Art=Typ" --ignore-unknown "$T/f.csv"
has "$T/err" "f.csv:2: neues Objekt \"X-1\": die Spalte \"Behörde\" fehlt und ist nicht zugeordnet"
run 1 W import --map "Nr=Kennung,Verfahren=Name,Amt=Behörde,Typ=Typ" "$T/f.csv"
has "$T/err" "Zuordnung \"Typ=Typ\": die Datei hat keine Spalte \"Typ\""
run 2 W import --map "Nr" "$T/f.csv"
has "$T/err" "kann nicht gelesen werden"
run 0 W import --map "nr=kennung, verfahren=NAME ,amt=behoerde,art=typ" "$T/f.csv"

# --- partial update, trimmed cells, empty rows, the dry run's change report
printf 'Kennung;Vertragsende;Notiz;Nutzer\nKS-01 ; 31.12.2027 ;"  zwei\nZeilen  ";2.500\n;;;\n   ; ;;\n' >"$T/p.csv"
run 0 W import --dry-run "$T/p.csv"
has "$T/out" "Ändert KS-01 (Zeile 2):"
has "$T/out" "Vertragsende: — → 31.12.2027"
has "$T/out" "Nutzer: 1250 → 2500"
has "$T/out" "3 Werte ändern sich in 1 Objekt."
has "$T/out" "2 leere Zeilen übersprungen."
run 0 W import "$T/p.csv"
has "$T/out" "0 neu, 1 geändert"
run 0 W export inventar -o "$T/inv3.csv"
grep -q '^KS-01;Fachverfahren;Finanzsoftware;Kämmerei;Beispiel GmbH;;Eigenes RZ;2500;' "$T/inv3.csv" && ok || bad "partial update kept the rest"
grep -q '"zwei' "$T/inv3.csv" && ok || bad "Notiz with inner line break"
tr -d '\r' <"$T/inv3.csv" | grep -q '^Zeilen"$' && ok || bad "Notiz trimmed, line break kept"

# --- rfc4180: quoted thousands with a comma, decimal point
printf 'Kennung,Nutzer,Betriebskosten_heute_EUR,Aufwand_PT\nKS-02,"12,600","1,000.50",12.5\n' >"$T/r.csv"
run 0 W import "$T/r.csv"
run 0 W export inventar --dialect rfc4180 -o "$T/r2.csv"
grep -q '^KS-02,Register,Melderegister,Bürgeramt,Muster AG,,IT-Dienstleister,12600,' "$T/r2.csv" && ok || bad "rfc4180 12,600"
grep -q ',12.5,.*,1000.50,' "$T/r2.csv" && ok || bad "rfc4180 1,000.50 / 12.5"
# tab-delimited: the German separator
printf 'Kennung\tFallzahl\nKS-03\t1.234.567\n' >"$T/t.csv"
run 0 W import "$T/t.csv"
run 0 W export inventar -o "$T/t2.csv"
grep -q '^KS-03;.*;40;1234567;' "$T/t2.csv" && ok || bad "tab 1.234.567"
# misgrouped numbers and non-BSI levels are refused
printf 'Kennung;Nutzer;Vertraulichkeit\nKS-03;12.50.0;mittel\n' >"$T/b.csv"
run 1 W import "$T/b.csv"
has "$T/err" "b.csv:2:2: Feld \"Nutzer\": \"12.50.0\" ist keine Zahl"
has "$T/err" "b.csv:2:3: Feld \"Vertraulichkeit\": \"mittel\" ist nicht erlaubt"
# synonyms of yes/no and Schutzbedarf
printf 'Kennung;VS-NfD;DVC-Angebot;Verfügbarkeit;Betrieb;Lebenszyklus\nKS-03;x;no;sehr-hoch;eigenes Rechenzentrum;abgekündigt\n' >"$T/s.csv"
run 0 W import "$T/s.csv"
run 0 W export inventar -o "$T/s2.csv"
grep -q '^KS-03;Anwendung;Kita-Portal;Jugendamt;Start-up;;Eigenes RZ;40;1234567;;;sehr hoch;Art. 9;ja;auslaufend;nein;' "$T/s2.csv" && ok || bad "synonyms"

finish
