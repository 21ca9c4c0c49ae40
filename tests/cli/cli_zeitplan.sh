#!/bin/sh
# CLI tests of the Zeitplan (docs/zeitplan.md, docs/planung.md) on the Musterstadt demo: plan
# (stored, or not with --dry-run) and its options, roadmap, pin / unpin, the capacity
# calendar, the retired wave command, the new object fields (object set, CSV round trip),
# every bad input of issue 13 refused without a change, the Roadmap and Zeitplan exports in
# both dialects with the invariants checked over them, check, and the migration of a
# workspace written by the wave planner (tests/fixtures/README.md).
. "$(dirname "$0")/lib.sh"

DB="$T/x.db"
W() { "$BIN" --db "$DB" "$@"; }
sum() { md5sum "$DB" | cut -c1-32; }
run 0 "$BIN" init --demo --db "$DB"

# ---- bad input: named, refused, nothing changed ----
before=$(sum)
for s in 2027-13 13.2027 1999-12 2101-01 2027-Q5 morgen; do
	run 2 W plan --start "$s"
	has "$T/err" "--start"
done
for k in -5 viel 12,3 12.25; do
	run 2 W plan --kapazitaet "$k"
	has "$T/err" "--kapazitaet"
done
for r in 0 -1 x 2,2; do
	run 2 W plan --max-pt-monat "$r"
	has "$T/err" "--max-pt-monat"
done
run 2 W plan --wellen-laenge 0
run 2 W plan --wellen-laenge 25
run 2 W plan jetzt
run 2 W pin ANW-FAX 2027-13
has "$T/err" "2027-13"
run 2 W pin ANW-FAX 13.2027
run 1 W pin GIBTS-NICHT 2027-04
has "$T/err" "GIBTS-NICHT"
run 1 W pin FV-ELS 2027-04
has "$T/err" "Retain"
run 1 W unpin ANW-FAX
has "$T/err" "nicht festgelegt"
run 2 W kapazitaet set 2027-13 10
run 2 W kapazitaet set 2027-06..2027-03 10
has "$T/err" "endet vor seinem Beginn"
run 2 W kapazitaet set 2027-06 -1
run 2 W kapazitaet set 2027-06 zehn
run 2 W kapazitaet set 2027-06 10,3
run 2 W kapazitaet reset 13.2027
run 2 W kapazitaet fix 2027-06
run 1 W object set ANW-FAX ist_pt 500
has "$T/err" "mehr als der Aufwand"
run 1 W object set ANW-FAX stand migriert
has "$T/err" "Inbetriebnahme"
run 1 W object set ANW-FAX max_pt_monat 0
run 1 W object set ANW-FAX max_pt_monat 2,3
run 1 W object set ANW-FAX inbetriebnahme 2027-13
run 1 W object set ANW-FAX stand fertig
[ "$(sum)" = "$before" ] && ok || bad "refused input changed the workspace"
# wave is gone: it says what replaced it
run 2 W wave list
has "$T/err" "kapazitaet"
has "$T/err" "pin KENNUNG JJJJ-MM"
run 2 W wave set 3 --kapazitaet 0
[ "$(sum)" = "$before" ] && ok || bad "wave changed the workspace"

# ---- a dry run writes nothing ----
run 0 W plan --start 2027-Q1 --dry-run
has "$T/out" "Zeitplan ab 01.2027 · Kapazität 80 PT je Monat · höchstens 20 PT je Objekt und Monat"
has "$T/out" "Welle 1  01.01.2027–31.03.2027"
has "$T/out" "Probelauf: nichts wurde gespeichert."
[ "$(sum)" = "$before" ] && ok || bad "plan --dry-run changed the workspace"
run 1 W roadmap
has "$T/err" "noch kein Zeitplan gespeichert"
run 1 W export roadmap -o "$T/none.csv"
[ -e "$T/none.csv" ] && bad "export roadmap without a plan wrote a file" || ok
run 1 W export zeitplan -o "$T/none.csv"

# ---- the plan, stored; a month's capacity and an object's pace ----
run 0 W kapazitaet set 2027-07..2027-08 0
has "$T/out" "Kapazität 07.2027–08.2027: 0 PT je Monat."
has "$T/out" "Noch kein Plan gespeichert"
run 0 W kapazitaet set 12.2027 20,5
run 0 W object set FV-HKR max_pt_monat 30
run 0 W plan --start 2027-01 --kapazitaet 80
cp "$T/out" "$T/plan1"
has "$T/plan1" "Kapazität 80 PT je Monat"
has "$T/plan1" "3 Monate mit eigener Kapazität"
has "$T/plan1" "Gespeichert"
has "$T/plan1" "69 von 74 Objekten geplant"
has "$T/plan1" "Nicht geplant (5):"
grep 'FV-ELS' "$T/plan1" | grep -q 'Retain' && ok || bad "FV-ELS not listed with Retain"
has "$T/plan1" "Anwohnerparken (geplant): 2 von 5 Mitgliedern geplant, gemeinsam in Betrieb"
has "$T/plan1" "Hundesteuer online (Idee): nicht gebunden"
has "$T/plan1" "· 0 Verstöße"
run 0 W kapazitaet list
has "$T/out" "Standard: 80 PT je Monat"
grep -q '^07\.2027 *0 *0$' "$T/out" && ok || bad "kapazitaet list: July 0 / 0"
grep -q '^12\.2027 *20,5 ' "$T/out" && ok || bad "kapazitaet list: December 20,5"
run 0 W check
has "$T/out" "In Ordnung"

# ---- exports: both dialects, the invariants over them ----
run 0 W export roadmap -o "$T/r.csv"
has "$T/err" "74 Zeilen geschrieben (excel-de)"
head -c 3 "$T/r.csv" | od -An -tx1 | grep -q 'ef bb bf' && ok || bad "roadmap excel-de lacks BOM"
head -1 "$T/r.csv" | tr -d '\357\273\277\r' >"$T/h"
[ "$(cat "$T/h")" = "Welle;Beginn;Ende;Behörde;Kennung;Name;Typ;Strategie;Zielplattform;Urteil;Bereitschaft;Aufwand_PT;Migrationskosten_EUR;Abhängigkeiten;Pilot;Hinweise;Profil_geprueft" ] \
	&& ok || bad "roadmap header: $(cat "$T/h")"
[ "$(grep -c "$(printf '\r')\$" "$T/r.csv")" -eq 75 ] && ok || bad "roadmap lines not all CRLF"
sed -n 2p "$T/r.csv" | grep -q '^1;01\.01\.2027;3[01]\.0[1-3]\.2027;' && ok || bad "roadmap first row"
tail -1 "$T/r.csv" | grep -q '^;;;' && ok || bad "unplanned row last, empty Welle"
grep -q ';FV-ELS;.*Retain' "$T/r.csv" && ok || bad "FV-ELS without its reason"
# Retire rows have no Zielplattform
awk -F';' '$8 == "Retire" && $9 != "" { bad = 1 } END { exit bad }' "$T/r.csv" && ok \
	|| bad "a Retire row names a Zielplattform"
# ordered by Ende, Beginn (dates as JJJJMMTT), then Behörde
sed 1d "$T/r.csv" | awk -F';' '$1 != "" { split($2, b, "."); split($3, e, ".");
	printf "%s%s%s\t%s%s%s\n", e[3], e[2], e[1], b[3], b[2], b[1] }' >"$T/keys"
sort -c "$T/keys" 2>/dev/null && ok || bad "roadmap rows not ordered by Ende, Beginn"
# the Zeitplan: Kennung · Monat · PT · Kosten_EUR
run 0 W export zeitplan -o "$T/z.csv"
head -1 "$T/z.csv" | tr -d '\357\273\277\r' >"$T/h"
[ "$(cat "$T/h")" = "Kennung;Monat;PT;Kosten_EUR" ] && ok || bad "zeitplan header: $(cat "$T/h")"
sed 1d "$T/z.csv" | grep -vq '^[^;]*;01\.[0-9][0-9]\.20[0-9][0-9];[0-9]*\(,5\)\?;[0-9]*'"$(printf '\r')"'$' \
	&& bad "zeitplan row not Kennung;01.MM.JJJJ;PT;EUR" || ok
run 0 W export zeitplan --dialect rfc4180 -o "$T/z2.csv"
head -c 3 "$T/z2.csv" | od -An -tx1 | grep -q 'ef bb bf' && bad "rfc4180 zeitplan has a BOM" || ok
sed -n 2p "$T/z2.csv" | grep -q '^[^,]*,20[0-9][0-9]-[0-9][0-9]-01,' && ok || bad "rfc4180 ISO months"
run 0 W export roadmap --dialect rfc4180 -o "$T/r2.csv"
head -1 "$T/r2.csv" | grep -q '^Welle,Beginn,Ende,Behörde,Kennung,' && ok || bad "rfc4180 roadmap header"
# invariant 2, capacity: Σ PT per month ≤ C(m) (80 by --kapazitaet, the exceptions above)
tr -d '\r' <"$T/z2.csv" | sed 1d | awk -F, '{ s[$2] += $3 } END { for (m in s) {
	c = 80; if (m == "2027-07-01" || m == "2027-08-01") c = 0; if (m == "2027-12-01") c = 20.5
	if (s[m] > c) { print m, s[m], c; bad = 1 } } exit bad }' >"$T/over" && ok \
	|| bad "capacity exceeded: $(cat "$T/over")"
# invariant 3, pace and total: PT per month ≤ R (20, FV-HKR 30); Σ = Aufwand_PT
tr -d '\r' <"$T/z2.csv" | sed 1d | awk -F, '{ r = $1 == "FV-HKR" ? 30 : 20
	if ($3 > r) { print $0; bad = 1 } } END { exit bad }' >"$T/fast" && ok \
	|| bad "pace exceeded: $(cat "$T/fast")"
tr -d '\r' <"$T/z2.csv" | grep -q '^FV-HKR,[^,]*,30,' \
	&& ok || bad "FV-HKR never at its own pace 30"
tr -d '\r' <"$T/z.csv" | sed 1d | awk -F';' '{ gsub(",", ".", $3); s[$1] += $3 }
	END { for (k in s) print k "\t" s[k] }' | sort >"$T/sum_z"
tr -d '\r' <"$T/r.csv" | sed 1d | awk -F';' '$1 != "" { a = $12; gsub(",", ".", a); print $5 "\t" a + 0 }' \
	| sort >"$T/sum_r"
cmp -s "$T/sum_z" "$T/sum_r" && ok || bad "Σ PT per object differs from Aufwand_PT: $(diff "$T/sum_z" "$T/sum_r" | head -3)"
# invariant 5, span: every object's months lie in [Beginn, Ende] (a group member's own PT
# may end before the group's Ende); outside a group Beginn and Ende carry PT
tr -d '\r' <"$T/r.csv" | sed 1d | awk -F';' '$1 != "" { split($2, b, "."); split($3, e, ".");
	print $5 "\t" b[3] b[2] "\t" e[3] e[2] "\t" ($0 ~ /gemeinsam in Betrieb/) }' | sort >"$T/span"
tr -d '\r' <"$T/z.csv" | sed 1d | awk -F';' '{ split($2, m, "."); k = $1
	mm = m[3] m[2]; if (!(k in lo) || mm < lo[k]) lo[k] = mm; if (mm > hi[k]) hi[k] = mm }
	END { for (k in lo) print k "\t" lo[k] "\t" hi[k] }' | sort >"$T/span_z"
join -t "$(printf '\t')" "$T/span" "$T/span_z" | awk -F'\t' '$5 < $2 || $6 > $3 ||
	(!$4 && ($5 != $2 || $6 != $3)) { print; bad = 1 } END { exit bad }' >"$T/outside" && ok \
	|| bad "PT outside [Beginn, Ende]: $(head -3 "$T/outside")"
# invariant 1, dependencies first: A benötigt B (both planned, neither Retire, not one group)
tr -d '\r' <"$T/r.csv" | sed 1d | awk -F';' '$1 != "" { split($2, b, "."); split($3, e, ".");
	B[$5] = b[3] b[2]; E[$5] = e[3] e[2]; S[$5] = $8; D[$5] = $14 }
	END { for (a in D) { n = split(D[a], d, ","); for (i = 1; i <= n; i++) {
		x = d[i]; sub(/ .*/, "", x); if (!(x in B) || S[a] == "Retire" || S[x] == "Retire") continue
		if (B[a] == B[x] && E[a] == E[x]) continue
		if (B[a] <= E[x]) { print a, "before", x; bad = 1 } } } exit bad }' >"$T/order" && ok \
	|| bad "dependency order broken: $(cat "$T/order")"
# formula guard
run 0 W object set ANW-FAX name "=HYPERLINK(1)"
run 0 W plan
has "$T/out" "Zeitplan ab 01.2027"
run 0 W export roadmap
grep -q ";'=HYPERLINK(1);" "$T/out" && ok || bad "roadmap export not guarded"

# ---- roadmap ----
run 0 W roadmap
head -1 "$T/out" | grep -q '^Welle  *Beginn  *Ende  *Behörde  *Kennung  *Name  *Strategie  *PT  *Zielplattform  *Hinweise' \
	&& ok || bad "roadmap header"
has "$T/out" "Plan ab 01.2027 · "
has "$T/out" "69 von 74 Objekten geplant"
has "$T/out" "Welle 1  01.01.2027–31.03.2027"

# ---- pins: stored, re-planned, a broken order is a listed violation ----
run 0 W pin ANW-EAKTE 2027-01
has "$T/out" "Beginn von ANW-EAKTE auf 01.2027 festgelegt."
has "$T/out" "Der gespeicherte Plan wurde neu geplant."
has "$T/out" "VERSTOSS:"
has "$T/out" "ANW-VERZEICHNIS"
run 0 W export roadmap -o "$T/p.csv"
grep -q '^[0-9]*;01\.01\.2027;[^;]*;[^;]*;ANW-EAKTE;' "$T/p.csv" && ok || bad "pinned object moved"
grep ';ANW-EAKTE;' "$T/p.csv" | grep -q 'Beginn festgelegt auf 01.2027' && ok || bad "roadmap lacks the pin note"
run 1 W check
has "$T/out" "FEHLER: Plan:"
grep 'FEHLER: Plan:' "$T/out" | grep -q 'ANW-EAKTE' && ok || bad "check does not name the pinned object"
run 0 W roadmap
grep -q '· [1-9][0-9]* Versto' "$T/out" && ok || bad "roadmap summary hides the violation"
run 0 W unpin ANW-EAKTE
has "$T/out" "nicht mehr festgelegt"
run 0 W check
has "$T/out" "In Ordnung"
# a pin into a month without room moves, reported (invariant 10)
run 0 W pin ANW-OPENDATA 2027-07
has "$T/out" "VERSTOSS:"
run 1 W check
run 0 W unpin ANW-OPENDATA
# capacity changes re-plan the stored plan
run 0 W kapazitaet reset 2027-07..2027-08
has "$T/out" "wieder der Standard"
has "$T/out" "neu geplant"
run 0 W kapazitaet list
grep -q '^07\.2027' "$T/out" && bad "reset kept July" || ok

# ---- object fields: set, shown, CSV round trip ----
run 0 W object set ANW-INTRANET stand "in Arbeit"
run 0 W object set ANW-INTRANET ist_pt 5,5
run 0 W object set ANW-OPENDATA inbetriebnahme 03.2026
run 0 W object set ANW-OPENDATA stand migriert
run 0 W plan
grep 'ANW-OPENDATA' "$T/out" | grep -q 'bereits migriert (Inbetriebnahme 03.2026)' && ok || bad "migriert not said"
has "$T/out" "68 von 74 Objekten geplant"
grep 'ANW-INTRANET' "$T/out" | grep -q 'in Arbeit, Rest' && ok || bad "in Arbeit not said"
run 0 W export inventar -o "$T/inv.csv"
head -1 "$T/inv.csv" | grep -q 'Aufwand_PT;Max_PT_Monat;Betriebskosten_heute_EUR;Betriebskosten_Ziel_EUR;Einmalkosten_EUR;Zielplattform;Stand;Ist_PT;Inbetriebnahme;Übergeordnet;Notiz' && ok || bad "inventar columns"
grep -q '^FV-HKR;.*;30;[0-9]*;[0-9]*;[0-9]*;;offen;;;' "$T/inv.csv" && ok || bad "FV-HKR pace in the export"
grep -q '^ANW-INTRANET;.*;in Arbeit;5,5;;' "$T/inv.csv" && ok || bad "ANW-INTRANET progress in the export"
grep -q '^ANW-OPENDATA;.*;migriert;;03\.2026;' "$T/inv.csv" && ok || bad "ANW-OPENDATA go-live in the export"
run 0 "$BIN" init --empty --db "$T/rt.db"
run 0 "$BIN" --db "$T/rt.db" import "$T/inv.csv"
run 0 "$BIN" --db "$T/rt.db" export inventar -o "$T/inv2.csv"
cmp -s "$T/inv.csv" "$T/inv2.csv" && ok || bad "inventar round trip differs"
# a row migriert without Inbetriebnahme is refused (column Stand set in the ANW-RIS row)
awk -F';' -v OFS=';' 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "Stand") c = i; print; next }
	$1 == "ANW-RIS" { $c = "migriert"; print }' "$T/inv.csv" >"$T/bad.csv"
run 1 "$BIN" --db "$T/rt.db" import "$T/bad.csv"
has "$T/err" "Inbetriebnahme"

# ---- settings ----
run 0 W settings
has "$T/out" "plan.kapazitaet_monat"
has "$T/out" "plan.max_pt_monat"
run 1 W set plan.kapazitaet_monat 12,3
run 0 W set plan.max_pt_monat 10,5

# ---- a workspace of the wave planner (e36a25e) opens and migrates ----
gzip -dc "$(dirname "$0")/../fixtures/workspace-e36a25e.db.gz" >"$T/old.db"
run 0 "$BIN" --db "$T/old.db" list
has "$T/err" "auf den Zeitplan umgestellt"
has "$T/err" "Festsetzung ANW-PORTAL: Welle 2 → Beginn 04.2027"
has "$T/err" "Festsetzung FV-KFZ: Welle 4 → Beginn 10.2027"
has "$T/err" "Kapazität Welle 3 (0 PT) → 0 PT je Monat 07.2027–09.2027"
has "$T/err" "Kapazität Welle 5 (90 PT) → 30 PT je Monat 01.2028–03.2028"
has "$T/err" "plan.kapazitaet 150 PT je Welle → plan.kapazitaet_monat 50 PT je Monat"
has "$T/err" "neu geplant"
[ "$(grep -c . "$T/out")" -eq 75 ] && ok || bad "objects lost in the migration"
# only the first run says it
run 0 "$BIN" --db "$T/old.db" list
hasnt "$T/err" "umgestellt"
run 0 "$BIN" --db "$T/old.db" kapazitaet list
grep -q '^09\.2027 *0 ' "$T/out" && ok || bad "wave 3 capacity not in September"
grep -q '^02\.2028 *30 ' "$T/out" && ok || bad "wave 5 capacity not in February"
run 0 "$BIN" --db "$T/old.db" settings
grep -q 'plan.kapazitaet_monat *50' "$T/out" && ok || bad "plan.kapazitaet_monat not 50"
run 0 "$BIN" --db "$T/old.db" roadmap
has "$T/out" "Plan ab 01.2027"
# check reports no error except the pin violations it lists
"$BIN" --db "$T/old.db" check >"$T/out" 2>"$T/err"
grep 'FEHLER' "$T/out" | grep -v 'FEHLER: Plan:' | grep -q . && bad "check: errors besides the plan" || ok
grep 'FEHLER: Plan:' "$T/out" | grep -vq 'ANW-PORTAL\|FV-KFZ' && bad "check: a plan error not about a pin" || ok
run 0 "$BIN" --db "$T/old.db" pilot list
has "$T/out" "Anwohnerparken"

finish
