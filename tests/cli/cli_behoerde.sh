#!/bin/sh
# CLI tests of `wolkenplan behoerde` (docs/behoerden.md) on the Musterstadt demo: list,
# rename, merge (no object lost), move (cycles refused, top level), remove (only an empty
# one), names found ignoring case, errors with exit codes and nothing changed; and the
# import's Behörde rules (docs/csv.md): whitespace and case, Übergeordnet, near duplicates.
. "$(dirname "$0")/lib.sh"

DB="$T/x.db"
W() { "$BIN" --db "$DB" "$@"; }
sum() { md5sum "$DB" | cut -c1-32; }
count() { W export inventar --dialect rfc4180 -o - | tail -n +2 | wc -l; }
run 0 "$BIN" init --demo --db "$DB"

run 0 W behoerde list
has "$T/out" "  10 Hauptamt"
has "$T/out" "Stadtverwaltung Musterstadt"
n0=$(count)

# ---- refused, nothing changed ----
before=$(sum)
run 2 W behoerde
run 2 W behoerde frob
run 2 W behoerde rename nur-eins
run 2 W behoerde move "10 Hauptamt" "FB 2 Finanzen"
run 2 W behoerde move "10 Hauptamt" --unter
run 1 W behoerde rename "Gibt es nicht" "X"
has "$T/err" "keine Behörde heißt"
run 1 W behoerde rename "10 Hauptamt" "   "
has "$T/err" "darf nicht leer sein"
run 1 W behoerde rename "10 Hauptamt" "11 PERSONALAMT"
has "$T/err" "gibt es schon"
run 1 W behoerde merge "10 Hauptamt" "10 hauptamt"
has "$T/err" "mit sich selbst"
run 1 W behoerde merge "FB 1 Zentrale Dienste" "10 Hauptamt"
has "$T/err" "liegt unter"
run 1 W behoerde move "FB 1 Zentrale Dienste" --unter "10 Hauptamt"
has "$T/err" "eigenen Zweig"
run 1 W behoerde move "FB 1 Zentrale Dienste" --unter "fb 1 zentrale dienste"
has "$T/err" "eigenen Zweig"
run 1 W behoerde remove "10 Hauptamt"
has "$T/err" "nicht leer (8 Objekte zugeordnet)"
run 1 W behoerde remove "FB 2 Finanzen"
has "$T/err" "3 untergeordnete Behörden"
has "$T/err" "nichts wurde geändert"
[ "$(sum)" = "$before" ] && ok || bad "refused input changed the workspace"

# ---- rename, ignoring case and blanks ----
run 0 W behoerde rename "  10 HAUPTAMT " "10   Hauptamt und Personal"
has "$T/out" "heißt jetzt \"10 Hauptamt und Personal\""
run 0 W behoerde rename "10 hauptamt und personal" "10 Hauptamt UND Personal"

# ---- merge: every object stays ----
run 0 W behoerde merge "11 Personalamt" "10 Hauptamt und Personal"
has "$T/out" "3 Objekte"
[ "$(count)" -eq "$n0" ] && ok || bad "merge lost objects"
W export inventar --dialect rfc4180 -o "$T/inv.csv" >/dev/null 2>&1
[ "$(grep -c ',10 Hauptamt UND Personal,' "$T/inv.csv")" -eq 11 ] && ok || bad "merged objects"
run 0 W behoerde list
hasnt "$T/out" "11 Personalamt"
# merge moves the child Behörden too
run 0 W behoerde merge "FB 2 Finanzen" "FB 1 Zentrale Dienste"
has "$T/out" "3 untergeordnete Behörden"
run 0 W behoerde list
has "$T/out" "  20 Kämmerei"
hasnt "$T/out" "FB 2"

# ---- move and remove ----
run 0 W behoerde move "20 Kämmerei" --oben
has "$T/out" "oberster Ebene"
run 0 W behoerde move "20 kämmerei" --unter "FB 3 Ordnung und Bürgerservice"
has "$T/out" "steht jetzt unter \"FB 3 Ordnung und Bürgerservice\""
run 0 W behoerde move "FB 4 Bildung und Kultur" --oben
for b in "40 Schulamt" "41 Kulturamt" "42 Stadtbibliothek"; do
	run 0 W behoerde merge "$b" "50 Sozialamt"
done
run 0 W behoerde remove "fb 4 bildung und kultur"
has "$T/out" "entfernt"
[ "$(count)" -eq "$n0" ] && ok || bad "objects lost"
run 0 W check

# ---- import: whitespace, case, Übergeordnet, near duplicates ----
E="$T/e.db"
run 0 "$BIN" init --empty --db "$E"
printf 'Kennung;Typ;Name;Behörde;Übergeordnet\nA1;Register;Eins;Bürgeramt;FB 3\nA2;Register;Zwei;  bürgeramt ;\nA3;Register;Drei;BÜRGERAMT;fb  3\nA4;Register;Vier;Bürger-Amt;\nA5;Register;Fünf;Amt   für  Ordnung;\nA6;Register;Sechs;Amt 31;\nA7;Register;Sieben;Amt 32;\n' >"$T/i.csv"
run 0 "$BIN" --db "$E" import "$T/i.csv"
has "$T/out" "6 neue Behörden"
has "$T/err" "\"Bürger-Amt\" ähnelt \"Bürgeramt\""
hasnt "$T/err" "Amt 32"
run 0 "$BIN" --db "$E" behoerde list
has "$T/out" "  Bürgeramt"
has "$T/out" "Amt für Ordnung "
printf 'Kennung;uebergeordnet;Typ;Name;Behörde\nB1;Anderes;Register;Eins;bürgeramt\nB2;Neu;Register;Zwei;neu\n' >"$T/j.csv"
"$BIN" --db "$E" export inventar -o "$T/before.csv" >/dev/null 2>&1
run 1 "$BIN" --db "$E" import "$T/j.csv"
has "$T/err" "j.csv:2:2: Feld \"Übergeordnet\": die Behörde \"Bürgeramt\" steht unter \"FB 3\""
has "$T/err" "j.csv:3:2:"
"$BIN" --db "$E" export inventar -o "$T/after.csv" >/dev/null 2>&1
cmp -s "$T/before.csv" "$T/after.csv" && ok || bad "refused import changed the workspace"

finish
