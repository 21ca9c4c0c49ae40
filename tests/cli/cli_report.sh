#!/bin/sh
# CLI tests of the committee report (docs/report.md) on the Musterstadt demo: the PDF's text
# (pdftotext) holds the figures of the same workspace's CSV exports and plan output — objects,
# total PT, migration euros recomputed from export roadmap and export inventar, deadlines at
# risk, break-even; fonts embedded (pdffonts); every page renders and is not blank (pdftoppm);
# umlauts, € and a long Kennung survive; the charts alone as PDF, SVG (well-formed) and PNG;
# the scenario comparison (--vergleich) with the Kennzahlen of export szenarien; workspaces
# without plan, without pilots and empty say what is missing; --lang en; bad input
# refused with nothing written. Skipped (77) when poppler-utils are missing.
. "$(dirname "$0")/lib.sh"

for tool in pdftotext pdffonts pdftoppm python3; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		skip "$tool missing (make deps installs poppler-utils): report tests"
		finish
		exit $?
	fi
done

DB="$T/x.db"
W() { "$BIN" --db "$DB" "$@"; }
run 0 "$BIN" init --demo --db "$DB"
# rates of docs/kosten.md's example: T = 0.5 × 500 + 0.5 × 1200 = 850 € per PT
run 0 W set kosten.tagessatz_intern 500
run 0 W set kosten.tagessatz_extern 1200
run 0 W set kosten.anteil_extern 0.5

# the longest Kennung the inventory accepts (64 characters, else the older limit of 32)
LONG=K$(printf '%063d' 0 | tr 0 X)
printf 'Kennung;Typ;Name;Behörde;Betriebskosten_heute_EUR\n%s;Anwendung;Größenprüfung Straße €;33 Bürgerservice;1.234\n' \
	"$LONG" >"$T/long.csv"
if ! W import "$T/long.csv" >/dev/null 2>&1; then
	LONG=K$(printf '%031d' 0 | tr 0 X)
	printf 'Kennung;Typ;Name;Behörde;Betriebskosten_heute_EUR\n%s;Anwendung;Größenprüfung Straße €;33 Bürgerservice;1.234\n' \
		"$LONG" >"$T/long.csv"
	run 0 W import "$T/long.csv"
fi
run 0 W pilot add Anwohnerparken "$LONG"
run 0 W plan
# a decision naming the long Kennung, a pilot and a wave: in the Beschlüsse section and on
# the pilot's page
run 0 W beschluss add --datum 12.03.2027 --gremium "Ausschuss für Digitalisierung" \
	--text "Pilot Anwohnerparken freigegeben, 5 € je Antrag" --objekt "$LONG" \
	--pilot Anwohnerparken --welle 2
fristen=$(sed -n 's/.* \([0-9][0-9]*\) Fristen gefährdet.*/\1/p' "$T/out" | tail -1)

TITEL='Sitzungsvorlage Ausschuss für Digitalisierung – Größe in €'
run 0 W report -o "$T/r.pdf" --titel "$TITEL"
has "$T/err" "Seiten geschrieben"
pdftotext -raw "$T/r.pdf" "$T/r.txt" && ok || bad "pdftotext failed"
tr -d '\n' <"$T/r.txt" >"$T/r1.txt"

# ---- the figures of the CSV exports ----
W export inventar --dialect rfc4180 -o "$T/inv.csv" 2>/dev/null
W export roadmap --dialect rfc4180 -o "$T/road.csv" 2>/dev/null
python3 - "$T/inv.csv" "$T/road.csv" >"$T/want" <<'PY' || bad "figures from the CSV exports"
import csv, sys
inv = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig")))
road = list(csv.DictReader(open(sys.argv[2], encoding="utf-8-sig")))
einmal = {r["Kennung"]: float(r["Einmalkosten_EUR"] or 0) for r in inv}
planned = [r for r in road if r["Welle"]]
pt = sum(float(r["Aufwand_PT"]) for r in planned)
euro = round(sum(float(r["Aufwand_PT"]) * 850 + einmal[r["Kennung"]] for r in planned))
ptt = ("%.1f" % pt).rstrip("0").rstrip(".").replace(".", ",")
print(len(inv))
print(ptt)
print("{:,}".format(euro).replace(",", ".") + " €")
PY
n=$(sed -n 1p "$T/want"); pt=$(sed -n 2p "$T/want"); euro=$(sed -n 3p "$T/want")
has "$T/r.txt" "$n Objekte im Bericht"
has "$T/r.txt" "Aufwand gesamt $pt PT"
has "$T/r.txt" "Migrationskosten gesamt: $euro"
has "$T/r.txt" "$fristen Fristen gefährdet"
grep -q "Break-even [0-9]\{4\}\|kein Break-even bis [0-9]\{4\}" "$T/r.txt" && ok || bad "break-even text"
has "$T/r.txt" "Kosten je Haushaltsjahr"
has "$T/r.txt" "Objekte ohne Kostenangabe"
# umlauts, € and the long Kennung (a table cell may wrap it: lines joined)
has "$T/r.txt" "Ausschuss für Digitalisierung"
has "$T/r.txt" "Größe in €"
has "$T/r.txt" "Größenprüfung Straße €"
has "$T/r.txt" "33 Bürgerservice"
# the decision log and the pilot's decisions
has "$T/r.txt" "1 Beschluss, nach Datum"
has "$T/r1.txt" "freigegeben, 5 € je Antrag"
has "$T/r.txt" "Beschlüsse zum Piloten Anwohnerparken"
has "$T/r.txt" "12.03.2027 Ausschuss für Digitalisierung: Pilot Anwohnerparken freigegeben"
has "$T/r.txt" "Wellen: 2"
has "$T/r.txt" "erfasst am"
has "$T/r1.txt" "$LONG"
# every part is there, the example profiles are marked, the annex points to the full list
for s in "Zusammenfassung" "Roadmap nach Quartalen" "Rote Linien je Plattform" \
	"Pilot: Anwohnerparken" "Checkliste" "Anhang: Roadmap" "wolkenplan export roadmap" \
	"Anhang: Begriffe" "Replatform" "DVC-Bereitschaft" "Anhang: Annahmen" \
	"kosten.tagessatz_intern" "Beispielbewertung — vor Verwendung prüfen" "Seite 1 von" \
	"Stadtverwaltung Musterstadt"; do
	has "$T/r.txt" "$s"
done

# ---- fonts embedded, every page rendered and not blank ----
pdffonts "$T/r.pdf" >"$T/fonts" 2>&1
[ "$(sed '1,2d' "$T/fonts" | wc -l)" -gt 0 ] && ok || bad "pdffonts lists no fonts"
sed '1,2d' "$T/fonts" | awk '{ if ($(NF-4) != "yes") { print; bad = 1 } } END { exit bad }' &&
	ok || bad "a font is not embedded"
# pages: each one a PPM; python checks it is not of one colour
blank_check() { # PDF — every page renders and shows more than one colour
	rm -f "$T"/pg-*.ppm
	pdftoppm -r 20 "$1" "$T/pg" || { bad "pdftoppm $1"; return; }
	python3 - "$T"/pg-*.ppm <<'PY' && ok || bad "blank page in $1"
import sys
bad = 0
for f in sys.argv[1:]:
    d = open(f, "rb").read()
    parts = d.split(maxsplit=4)  # P6 W H MAX data
    if parts[0] != b"P6":
        bad = 1; continue
    px = parts[4]
    if len(set(px[i:i + 3] for i in range(0, len(px), 3))) < 2:
        print("blank:", f); bad = 1
sys.exit(bad)
PY
}
blank_check "$T/r.pdf"
pages=$(ls "$T"/pg-*.ppm | wc -l)
has "$T/r.txt" "Seite $pages von $pages"

# ---- the charts alone ----
run 0 W report --nur gantt --format svg -o "$T/g.svg"
python3 -c 'import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])' "$T/g.svg" &&
	ok || bad "gantt SVG not well-formed"
run 0 W report --nur kosten -o "$T/k.png"
head -c 8 "$T/k.png" | od -An -tx1 | tr -d ' \n' >"$T/sig"
has "$T/sig" "89504e470d0a1a0a"
run 0 W report --nur kosten --format pdf -o "$T/k.pdf"
pdftotext "$T/k.pdf" - | grep -q "Kosten je Haushaltsjahr" && ok || bad "kosten PDF text"
blank_check "$T/k.pdf"
run 0 W report --nur gantt --format png -o "$T/g.png"
head -c 8 "$T/g.png" | od -An -tx1 | tr -d ' \n' >"$T/sig"
has "$T/sig" "89504e470d0a1a0a"

# ---- one Behörde's subtree: one bar per object ----
run 0 W report --behoerde "34 Straßenverkehrsamt" -o "$T/b.pdf"
pdftotext -raw "$T/b.pdf" "$T/b.txt"
has "$T/b.txt" "Ausschnitt: 34 Straßenverkehrsamt"
has "$T/b.txt" "FV-PARKAUSWEIS"
hasnt "$T/b.txt" "REG-ALKIS"

# ---- English (the catalogue lies next to the binary in a build tree; make valgrind runs a
# copy elsewhere, where there is none — cli_i18n.sh tests the catalogues themselves) ----
if W --lang en help report 2>&1 | grep -q "report for the committee"; then
	run 0 W --lang en report -o "$T/en.pdf"
	pdftotext -raw "$T/en.pdf" "$T/en.txt"
	for s in "Summary" "Roadmap by quarter" "Costs per budget year" "Red lines per platform" \
		"Annex: Glossary" "Page 1 of"; do
		has "$T/en.txt" "$s"
	done
else
	echo "note $name: no English catalogue next to $BIN: English headings not checked"
fi

# ---- what is missing: no pilots, no plan, an empty workspace ----
run 0 W pilot delete Anwohnerparken
run 0 W pilot delete "Hundesteuer online"
run 0 W report -o "$T/np.pdf"
pdftotext -raw "$T/np.pdf" "$T/np.txt"
has "$T/np.txt" "Keine Piloten angelegt"
has "$T/np.txt" "wolkenplan pilot suggest"
blank_check "$T/np.pdf"
run 0 "$BIN" init --demo --db "$T/noplan.db"
run 0 "$BIN" --db "$T/noplan.db" report -o "$T/nz.pdf"
pdftotext -raw "$T/nz.pdf" "$T/nz.txt"
has "$T/nz.txt" "Kein Zeitplan gespeichert"
has "$T/nz.txt" "wolkenplan plan"
has "$T/nz.txt" "Aufwand laut Bewertung"
blank_check "$T/nz.pdf"
run 0 "$BIN" init --empty --db "$T/empty.db"
run 0 "$BIN" --db "$T/empty.db" report -o "$T/e.pdf"
pdftotext -raw "$T/e.pdf" "$T/e.txt"
has "$T/e.txt" "0 Objekte im Bericht"
has "$T/e.txt" "Kein Zeitplan gespeichert"
has "$T/e.txt" "Keine Piloten angelegt"
has "$T/e.txt" "Noch keine Beschlüsse erfasst: wolkenplan beschluss add"
has "$T/e.txt" "Kein Break-even: weder Migrationskosten noch Betriebskosten erfasst"
blank_check "$T/e.pdf"
run 0 "$BIN" --db "$T/empty.db" report --nur gantt --format svg -o "$T/e.svg"
python3 -c 'import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])' "$T/e.svg" &&
	ok || bad "empty gantt SVG not well-formed"

# ---- the scenario comparison: report --vergleich (docs/report.md) ----
hasnt "$T/r.txt" "Szenarienvergleich"
run 0 W szenario create B
run 0 W szenario use B
run 0 W set kosten.anteil_extern 0.8
run 0 W plan
run 0 W szenario use Basis
run 0 W report --vergleich Basis,b -o "$T/v.pdf"
pdftotext -raw "$T/v.pdf" "$T/v.txt" && ok || bad "pdftotext --vergleich"
has "$T/v.txt" "Szenarienvergleich"
has "$T/v.txt" "Summe je Haushaltsjahr"
has "$T/v.txt" "Unterschiede Basis → B"
has "$T/v.txt" "wolkenplan export szenario-diff \"Basis\" \"B\""
has "$T/v.txt" "* weicht von Basis ab"
blank_check "$T/v.pdf"
# the Kennzahlen as export szenarien gives them, for people as the PDF shows them (amounts
# grouped with the currency, labels as words); a figure of B that differs from Basis carries " *"
run 0 W export szenarien Basis B --dialect rfc4180 -o "$T/sz.csv"
python3 - "$T/sz.csv" >"$T/szwant" <<'PY' || bad "figures from export szenarien"
import csv, sys
rows = {r[0]: r[1:] for r in csv.reader(open(sys.argv[1], encoding="utf-8-sig"))}
def euro(v):
    return f"{int(v):,} €".replace(",", ".")
for key, label, shown in (("Kosten_gesamt_EUR", "Migrationskosten gesamt", euro),
                          ("Objekte geplant", "Objekte geplant", str)):
    a, b = rows[key]
    print(f"{label} {shown(a)} {shown(b)}{' *' if a != b else ''}")
assert rows["Kosten_gesamt_EUR"][0] != rows["Kosten_gesamt_EUR"][1], "B costs the same"
PY
while IFS= read -r line; do
	grep -qxF -- "$line" "$T/v.txt" && ok || bad "report --vergleich lacks the line: $line"
done <"$T/szwant"
# refused, nothing written: one name, five names, an unknown name, --nur
run 2 W report --vergleich Basis -o "$T/v2.pdf"
has "$T/err" "--vergleich: 2 bis 4 Szenarien"
run 2 W report --vergleich Basis,B,Basis,B,Basis -o "$T/v2.pdf"
has "$T/err" "nicht 5"
run 2 W report --vergleich Basis,Gibtsnicht -o "$T/v2.pdf"
has "$T/err" "Gibtsnicht"
run 2 W report --nur kosten --vergleich Basis,B -o "$T/v2.pdf"
has "$T/err" "--vergleich"
[ ! -e "$T/v2.pdf" ] && ok || bad "a refused --vergleich wrote a file"

# ---- bad input: refused, nothing written, an old file stays ----
run 0 W report --szenario Basis -o "$T/basis.pdf"
run 2 W report --szenario Sparvariante -o "$T/s.pdf"
has "$T/err" "Sparvariante"
[ ! -e "$T/s.pdf" ] && ok || bad "report with an unknown scenario wrote a file"
# a scenario that exists is read without switching, and the title page names it
run 0 W szenario create Sparvariante
run 0 W report --szenario sparvariante -o "$T/spar.pdf"
pdftotext -l 1 "$T/spar.pdf" - | grep -q "Szenario: Sparvariante" && ok ||
	bad "the title page does not name the scenario"
run 0 W szenario list
grep -q "Basis" "$T/out" && ok || bad "szenario list"
# a plan over five decades (3 PT a month): the Gantt's axis labels every fifth
# year, each readable, instead of a row of cut-off labels "…"
cp "$DB" "$T/lang.db"
run 0 "$BIN" --db "$T/lang.db" set plan.kapazitaet_monat 3
run 0 "$BIN" --db "$T/lang.db" plan
run 0 "$BIN" --db "$T/lang.db" report -o "$T/lang.pdf"
pdftotext -layout "$T/lang.pdf" "$T/lang.txt"
! grep -qE '(20[0-9][0-9]){3}' "$T/lang.txt" && ok || bad "the Gantt axis of a long plan: years run together"
grep -qE '^ *2030 +2035 +2040 +2045 ' "$T/lang.txt" && ok || bad "the Gantt axis of a long plan: no label every fifth year"
# the summary lists only the years with a go-live and stays on one page
pdftotext -f 2 -l 2 -raw "$T/lang.pdf" - | tr '\n' ' ' >"$T/lang2.txt"
grep -q 'Jahre ohne Inbetriebnahme' "$T/lang2.txt" && ! grep -q ': 0 ·' "$T/lang2.txt" && ok ||
	bad "the summary of a long plan lists years without a go-live"
# its last line, the footnote on example profiles, still on page 2
grep -q '\* Beispielbewertung' "$T/lang2.txt" && ok || bad "the summary of a long plan runs onto a second page"
# its break-even lies in the last year of the cost chart: the name stays inside the page's
# text area (left of the dashed line), not across the right margin
xmax=$(pdftotext -bbox "$T/lang.pdf" - | sed -n 's/.*xMax="\([0-9.]*\)".*>Break-even<.*/\1/p' | head -1)
[ -n "$xmax" ] && awk -v x="$xmax" 'BEGIN { exit !(x < 555) }' && ok ||
	bad "the break-even label reaches x = $xmax (page 595 pt wide, margin 48 pt)"
run 2 W report --behoerde "Gibt es nicht" -o "$T/s.pdf"
has "$T/err" "keine Behörde"
run 2 W report --titel "$(printf 'Zeile\001')" -o "$T/s.pdf"
has "$T/err" "--titel"
run 2 W report --format svg -o "$T/s.svg"
run 2 W report --nur alles -o "$T/s.pdf"
[ ! -e "$T/s.pdf" ] && [ ! -e "$T/s.svg" ] && ok || bad "a refused report wrote a file"
run 1 W report -o "$T/nicht/da/r.pdf"
has "$T/err" "kann nicht geschrieben werden"
cp "$T/r.pdf" "$T/old.pdf"
if [ -e /dev/full ] && [ "$(id -u)" != 0 ]; then
	mkdir "$T/ro" && cp "$T/r.pdf" "$T/ro/r.pdf" && chmod 555 "$T/ro"
	run 1 W report -o "$T/ro/r.pdf"
	cmp -s "$T/ro/r.pdf" "$T/old.pdf" && ok || bad "the old report changed"
	chmod 755 "$T/ro"
fi
# a full disk, simulated by a file size limit (writes fail with EFBIG): the old file stays
cp "$T/old.pdf" "$T/full.pdf"
(trap '' XFSZ; ulimit -f 80; W report -o "$T/full.pdf") >"$T/out" 2>"$T/err"
[ $? -eq 1 ] && ok || bad "report on a full disk: exit not 1"
has "$T/err" "Schreiben des Berichts fehlgeschlagen"
cmp -s "$T/full.pdf" "$T/old.pdf" && ok || bad "the old report changed on a full disk"
ls "$T" | grep -q 'tmp' && bad "a temporary file was left" || ok

finish
