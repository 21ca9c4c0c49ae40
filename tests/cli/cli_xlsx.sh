#!/bin/sh
# CLI tests of `export xlsx` (docs/xlsx.md): the workbook of the demo (planned) and of an
# empty workspace read back with openpyxl (tests/cli/xlsx_check.py): every sheet, the CSV
# sheets equal to their rfc4180 exports cell by cell and typed, header frozen, autofilter,
# umlauts, €, the longest Kennung allowed, user text like =1+1 kept as text; bad targets
# refused with nothing written. Skips (77) only without python3-openpyxl.
. "$(dirname "$0")/lib.sh"

PY=
for p in python3 /usr/bin/python3; do
	if "$p" -c 'import openpyxl' 2>/dev/null; then PY=$p; break; fi
done
if [ -z "$PY" ]; then
	skip "python3-openpyxl is missing (make deps)"
	finish
	exit $?
fi
CHECK="$(dirname "$0")/xlsx_check.py"

DB="$T/x.db"
W() { "$BIN" --db "$DB" "$@"; }
run 0 "$BIN" init --demo --db "$DB"

# hostile and international text: a formula-like name, a phone number, a product stored as
# '=SUMME(A1) (the import took one ' of the CSV), umlauts and €, the
# longest Kennung the rules allow (64 where allowed, else 32 — docs/csv.md Kennung)
K64=$(printf 'K%.0s' $(seq 1 64))
K32=$(printf 'K%.0s' $(seq 1 32))
mk() {
	printf 'Kennung,Typ,Name,Behörde,Hersteller,Produkt,Notiz,Betriebskosten_heute_EUR\r\n' \
		>"$T/neu.csv"
	printf '%s,Anwendung,=1+1,10 Hauptamt,+49 30 123456,%s,"Größe: 5 € je Fall — Straße",1200\r\n' \
		"$1" "''=SUMME(A1)" >>"$T/neu.csv"
}
mk "$K64"
if W import "$T/neu.csv" >/dev/null 2>&1; then KEN=$K64; else
	mk "$K32"
	run 0 W import "$T/neu.csv"
	KEN=$K32
fi
run 0 W plan
# a decision naming an object, a pilot and a wave (the Beschlüsse sheet equals its export)
run 0 W beschluss add --datum 12.03.2026 --gremium "Hauptausschuss" \
	--text "Pilot Bürgerbüro: Größe 5 € — =1+1" --objekt "$KEN" --pilot Anwohnerparken --welle 1

# the workbook and the CSV exports of the same workspace
mkdir -p "$T/csv"
for x in roadmap bewertung inventar pilote; do
	run 0 W export $x --dialect rfc4180 -o "$T/csv/$x.csv"
done
run 0 W export beschluesse --dialect rfc4180 -o "$T/csv/beschlüsse.csv"
# Kosten as a CSV where this build has `export kosten` (else the sheet is checked alone)
W export kosten --dialect rfc4180 -o "$T/csv/kosten.csv" >/dev/null 2>&1 || rm -f "$T/csv/kosten.csv"
run 0 W export xlsx -o "$T/demo.xlsx"
has "$T/err" "demo.xlsx"
if "$PY" "$CHECK" "$T/demo.xlsx" "$T/csv" --expect "$KEN" \
	--expect "Größe: 5 € je Fall — Straße" --formula-text "=1+1" \
	--formula-text "+49 30 123456" --formula-text "'=SUMME(A1)" --expect "Hauptausschuss" >"$T/chk" 2>&1
then ok; else bad "demo workbook"; sed 's/^/  | /' "$T/chk" | head -20; fi
# the Kosten sheet: the columns of docs/csv.md, euros as numbers
"$PY" - "$T/demo.xlsx" >"$T/chk" 2>&1 <<'PYEOF'
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["Kosten"]
rows = list(ws.iter_rows(values_only=True))
assert list(rows[0]) == ["Haushaltsjahr", "Migration_EUR", "Migration_extern_EUR",
    "Betrieb_EUR", "Summe_EUR", "Basis_EUR", "Differenz_EUR", "Kumuliert_EUR"], rows[0]
assert len(rows) > 1
for r in rows[1:]:
    assert all(isinstance(v, int) or isinstance(v, float) for v in r), r
assert ws.freeze_panes == "A2" and ws.auto_filter.ref
PYEOF
if [ $? -eq 0 ]; then ok; else bad "Kosten sheet"; sed 's/^/  | /' "$T/chk" | head; fi

# an existing file is replaced only by a complete workbook
echo alt >"$T/alt.xlsx"
run 0 W export xlsx -o "$T/alt.xlsx"
"$PY" -c 'import sys, openpyxl; openpyxl.load_workbook(sys.argv[1])' "$T/alt.xlsx" && ok ||
	bad "overwritten workbook does not load"

# bad targets: a clear error naming the path, nothing written, no temporary file left
run 2 W export xlsx
has "$T/err" "-o"
run 2 W export xlsx -o -
run 1 W export xlsx -o "$T/fehlt/x.xlsx"
has "$T/err" "$T/fehlt/x.xlsx"
mkdir "$T/verz"
run 1 W export xlsx -o "$T/verz"
has "$T/err" "$T/verz"
[ -z "$(ls "$T" | grep tmp)" ] && ok || bad "temporary file left: $(ls "$T")"

# an empty workspace: a valid workbook, the plan's sheets say there is none, Beschlüsse has
# only its header
E="$T/e.db"
run 0 "$BIN" init --empty --db "$E"
mkdir -p "$T/ecsv"
for x in bewertung inventar pilote beschluesse; do
	run 0 "$BIN" --db "$E" export $x --dialect rfc4180 -o "$T/ecsv/$x.csv"
done
run 0 "$BIN" --db "$E" export xlsx -o "$T/leer.xlsx"
if "$PY" "$CHECK" "$T/leer.xlsx" "$T/ecsv" --expect "Noch kein Zeitplan gespeichert (erst: wolkenplan plan)." >"$T/chk" 2>&1
then ok; else bad "empty workbook"; sed 's/^/  | /' "$T/chk" | head -20; fi

finish
