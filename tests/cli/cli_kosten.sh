#!/bin/sh
# CLI tests of the costs (docs/kosten.md, docs/csv.md): euro amounts imported in both
# dialects and round-tripped, bad amounts, rates and Kostenfaktoren refused without a
# change, a small workspace computed by hand (kosten, export kosten, zeitplan, roadmap,
# explain), and over the demo and a generated workspace the exports checked against each
# other with the bounds the rounding allows.
. "$(dirname "$0")/lib.sh"

DB="$T/k.db"
W() { "$BIN" --db "$DB" "$@"; }
# what a refused input must leave alone (a rolled-back import may still touch the file's
# bytes, so the contents are compared)
sum() { { W export inventar; W settings; W platform list; } 2>&1 | md5sum | cut -c1-32; }
CR=$(printf '\r')
# csv FILE LINES… — writes the lines as one CSV file with CRLF line ends
csv() { f=$1; shift; printf '%s\r\n' "$@" >"$f"; }

# ---- import: the forms of euro amounts people write, in both dialects ----
run 0 W init --empty
H='Kennung;Typ;Name;Behörde;Betriebskosten_heute_EUR;Betriebskosten_Ziel_EUR;Einmalkosten_EUR'
csv "$T/de.csv" "$H" 'A;Anwendung;Alpha;Amt;12.500;12.500,00 €;12500' \
	'B;Anwendung;Beta;Amt;1.234.567,89;€ 99,5;0'
run 0 W import "$T/de.csv"
csv "$T/us.csv" 'Kennung,Typ,Name,Behörde,Betriebskosten_heute_EUR,Betriebskosten_Ziel_EUR,Einmalkosten_EUR' \
	'C,Anwendung,Gamma,Amt,"12,500","12,500.50 €",12500' 'D,Anwendung,Delta,Amt,12.50,"1,000,000",'
run 0 W import "$T/us.csv"
run 0 W export inventar --dialect rfc4180 -o "$T/inv.csv"
# the three cost columns by their header, whatever comes before them
tr -d '\r' <"$T/inv.csv" | awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
	{ print $1 ":" $c["Betriebskosten_heute_EUR"] ":" $c["Betriebskosten_Ziel_EUR"] ":" $c["Einmalkosten_EUR"] }' \
	>"$T/amounts"
for want in A:12500:12500:12500 B:1234567.89:99.50:0 C:12500:12500.50:12500 D:12.50:1000000:; do
	grep -qx "$want" "$T/amounts" && ok || bad "amounts: want $want, got $(tr '\n' ' ' <"$T/amounts")"
done
# export → import → export is byte-identical, in both dialects
for d in excel-de rfc4180; do
	run 0 W export inventar --dialect "$d" -o "$T/rt1.csv"
	run 0 "$BIN" init --empty --db "$T/rt.db"
	run 0 "$BIN" --db "$T/rt.db" import "$T/rt1.csv"
	run 0 "$BIN" --db "$T/rt.db" export inventar --dialect "$d" -o "$T/rt2.csv"
	cmp -s "$T/rt1.csv" "$T/rt2.csv" && ok || bad "round trip $d differs"
	rm -f "$T/rt.db"
done

# ---- bad amounts: file:line:column, nothing changed ----
before=$(sum)
for v in -5 viel 1.2.3 1.000.000.000,01 12,5,0 '12.500 $'; do
	csv "$T/bad.csv" "$H" "A;Anwendung;Alpha;Amt;1;2;$v"
	run 1 W import "$T/bad.csv"
	has "$T/err" "bad.csv:2:7: "
	has "$T/err" "nichts wurde übernommen"
done
has "$T/err" "kein Eurobetrag"
csv "$T/big.csv" "$H" 'A;Anwendung;Alpha;Amt;2.000.000.000;;'
run 1 W import "$T/big.csv"
has "$T/err" "big.csv:2:5: "
has "$T/err" "zu groß"
# rfc4180: "12.500" (three decimals after a decimal point) is not guessed
csv "$T/bad2.csv" 'Kennung,Typ,Name,Behörde,Betriebskosten_heute_EUR' 'A,Anwendung,Alpha,Amt,12.500'
run 1 W import "$T/bad2.csv"
has "$T/err" "bad2.csv:2:5: "
run 1 W object set A einmalkosten -1
run 1 W set kosten.anteil_extern 1.5
has "$T/err" "kosten.anteil_extern"
run 1 W set kosten.tagessatz_intern -1
# a negative factor is a value (refused with the Kostenfaktor message), not an option
run 1 W platform set DVC-OEFF kostenfaktor -1
has "$T/err" "Kostenfaktor"
has "$T/err" "0 bis 10"
run 1 W platform set DVC-OEFF kostenfaktor -- -1
has "$T/err" "Kostenfaktor"
run 1 W platform set DVC-OEFF kostenfaktor viel
[ "$(sum)" = "$before" ] && ok || bad "a refused input changed the workspace"

# ---- a small workspace computed by hand ----
# T = 0,5 · 500 + 0,5 · 1.000 = 750 €/PT, extern 0,5 · 1.000 = 500 €/PT; start 11.2027,
# room for all: K1 20 PT at 10 a month (11–12.2027), K2, K3, K4 in 11.2027.
#   K1 Rehost  20 PT, heute 12.000, no Ziel → × Kostenfaktor DVC-OEFF 0,8 = 9.600; Einmal 1.000
#      migration 20 · 750 + 1.000 = 16.000, extern 20 · 500 + 1.000 = 11.000
#   K2 Retire  10 PT, heute 6.000 → 0 after 11.2027; migration 7.500, extern 5.000
#   K3 Rehost   5 PT, no heute (ohne Kostenangabe); migration 3.750, extern 2.500
#   K4 Rehost   4 PT, heute 2.400, own Ziel 1.200,50 from 12.2027; migration 3.000, extern 2.000
# 2027: Migration 30.250, extern 20.500.
#   Betrieb: K1 12.000; K2 11 · 500 = 5.500; K4 11 · 200 = 2.200 plus December's share of
#   1.200,50: 1.200,50 − rund(1.200,50 · 11/12 = 1.100,458…) = 1.200,50 − 1.100,46 = 100,04
#   → 19.800,04 → 19.800. Summe 50.050,04 → 50.050. Basis 12.000 + 6.000 + 2.400 = 20.400.
#   Differenz 29.650,04 → 29.650, Kumuliert the same.
# 2028 on: Betrieb 9.600 + 1.200,50 = 10.800,50 → 10.801 (half up); Summe the same;
#   Differenz −9.599,50 → −9.600 (half away from zero; shown 10.801 − 20.400 = −9.599: the
#   1 € of rounding). Kumuliert 2028 20.051,54… exactly 29.650,04 − 9.599,50 = 20.050,54 →
#   20.051; 2029 10.451,04 → 10.451; 2030 851,54 → 852; 2031 −8.747,96 → −8.748: Break-even
#   2031, the table runs through it (last go-live 12.2027, so rows 2027–2028 extended).
DB="$T/h.db"
run 0 W init --empty
csv "$T/h.csv" 'Kennung;Typ;Name;Behörde;Strategie;Aufwand_PT;Max_PT_Monat;Betriebskosten_heute_EUR;Betriebskosten_Ziel_EUR;Einmalkosten_EUR' \
	'K1;Anwendung;Eins;Amt;Rehost;20;10;12.000;;1.000' 'K2;Anwendung;Zwei;Amt;Retire;10;10;6.000;;' \
	'K3;Anwendung;Drei;Amt;Rehost;5;5;;;' 'K4;Anwendung;Vier;Amt;Rehost;4;4;2.400;1.200,50 €;'
run 0 W import "$T/h.csv"
run 0 W set kosten.tagessatz_intern 500
run 0 W set kosten.tagessatz_extern 1000
run 0 W platform set DVC-OEFF kostenfaktor 0,8
# before a plan: no migration, said so
run 0 W kosten
has "$T/out" "Noch kein Plan gespeichert"
run 0 W plan --start 2027-11 --kapazitaet 100
run 0 W export kosten --dialect rfc4180 -o "$T/hk.csv"
tr -d '\r' <"$T/hk.csv" >"$T/hk"
cat >"$T/hk.want" <<'EOF'
Haushaltsjahr,Migration_EUR,Migration_extern_EUR,Betrieb_EUR,Summe_EUR,Basis_EUR,Differenz_EUR,Kumuliert_EUR
2027,30250,20500,19800,50050,20400,29650,29650
2028,0,0,10801,10801,20400,-9600,20051
2029,0,0,10801,10801,20400,-9600,10451
2030,0,0,10801,10801,20400,-9600,852
2031,0,0,10801,10801,20400,-9600,-8748
EOF
cmp -s "$T/hk" "$T/hk.want" && ok || bad "hand-computed Kosten: $(diff "$T/hk.want" "$T/hk")"
has "$T/err" "Break-even 2031"
has "$T/err" "1 Objekt ohne Kostenangabe: K3"
# negative figures are numbers, not guarded text; excel-de has a BOM, ';' and no grouping
run 0 W export kosten -o "$T/hk-de.csv"
sed -n 3p "$T/hk-de.csv" | grep -qx "2028;0;0;10801;10801;20400;-9600;20051$CR" && ok \
	|| bad "excel-de Kosten row: $(sed -n 3p "$T/hk-de.csv")"
head -c 3 "$T/hk-de.csv" | od -An -tx1 | grep -q 'ef bb bf' && ok || bad "Kosten excel-de lacks BOM"
# the Zeitplan: PT × 750 per row; the Roadmap: PT × 750 + Einmalkosten per object
run 0 W export zeitplan --dialect rfc4180
tr -d '\r' <"$T/out" >"$T/hz"
printf '%s\n' Kennung,Monat,PT,Kosten_EUR K1,2027-11-01,10,7500 K1,2027-12-01,10,7500 \
	K2,2027-11-01,10,7500 K3,2027-11-01,5,3750 K4,2027-11-01,4,3000 >"$T/hz.want"
cmp -s "$T/hz" "$T/hz.want" && ok || bad "hand-computed Zeitplan: $(diff "$T/hz.want" "$T/hz")"
run 0 W export roadmap
tr -d '\r' <"$T/out" | awk -F';' 'NR > 1 { print $5 "=" $13 }' | sort | tr '\n' ' ' >"$T/hr"
[ "$(cat "$T/hr")" = "K1=16000 K2=7500 K3=3750 K4=3000 " ] && ok || bad "roadmap Migrationskosten: $(cat "$T/hr")"
# wolkenplan kosten: the same figures for people, the rates and what they are
run 0 W kosten
grep -q '^2027  *30.250 €  *20.500 €  *19.800 €  *50.050 €  *20.400 €  *29.650 €  *29.650 €$' "$T/out" \
	&& ok || bad "kosten 2027 row: $(grep '^2027' "$T/out")"
has "$T/out" "Migration gesamt: 30.250 € (davon extern: 20.500 €)"
has "$T/out" "Tagessätze: intern 500 €/PT (Beispielwert), extern 1.000 €/PT (eigener Wert), Anteil extern 50 % (Beispielwert) → Mischsatz 750 €/PT"
has "$T/out" "Break-even 2031"
has "$T/out" "1 Objekt ohne Kostenangabe: K3"
run 0 W --lang en kosten
has "$T/out" "€30,250"
has "$T/out" "break-even in 2031"
run 0 W explain K1
has "$T/out" "Kosten: 20 PT × 750 €/PT (50 % extern) + 1.000 € Einmalkosten = 16.000 €; Betrieb 12.000 €/Jahr → 9.600 €/Jahr ab 01.2028 (Kostenfaktor DVC-OEFF 0,8)"
run 0 W explain K3
has "$T/out" "Betrieb: ohne Kostenangabe"
run 0 W settings
for k in kosten.tagessatz_intern kosten.tagessatz_extern kosten.anteil_extern; do
	has "$T/out" "$k"
done

# ---- the exports against each other, on the demo and on a generated workspace ----
# check_exports NAME — plans from 2027-01, exports Kosten, Zeitplan, Roadmap, Inventar
# (rfc4180 for Kosten and Zeitplan, excel-de for the Roadmap's leading columns) and checks:
#  1. per year Σ Zeitplan Kosten_EUR + the Einmalkosten of the objects beginning then =
#     Migration_EUR within 0,5 + 0,5 · rows + 0,01 · objects: each Zeitplan row is rounded
#     once from PT × T (≤ 0,50 € each), the engine's object-months of a year are within a
#     cent of PT × T per object (cumulative rounding), the year's figure rounded once
#     (the exact identity in cents is a unit test: tests/test_kosten.c);
#  2. Σ Roadmap Migrationskosten_EUR = Σ Migration_EUR within 0,5 · (objects + years);
#  3. Basis is the same in every year (twelve months give exactly the annual amounts);
#  4. Kumuliert is the running sum of Differenz within 0,5 · (rows so far + 1);
#     Summe = Migration + Betrieb and Differenz = Summe − Basis within 1 €;
#  5. the break-even the CLI says is the first year with Kumuliert ≤ 0, or none has one.
check_exports() {
	run 0 W plan --start 2027-01
	run 0 W export kosten --dialect rfc4180 -o "$T/k.csv"
	be=$(grep -o 'Break-even [0-9]*\|kein Break-even bis [0-9]*' "$T/err")
	run 0 W export zeitplan --dialect rfc4180 -o "$T/z.csv"
	run 0 W export roadmap -o "$T/r.csv"
	run 0 W export inventar -o "$T/i.csv"
	tr -d '\r' <"$T/k.csv" | sed 1d >"$T/k"
	tr -d '\r' <"$T/z.csv" | sed 1d >"$T/z"
	tr -d '\r\357\273\277' <"$T/r.csv" | sed 1d | awk -F';' '$13 != "" {
		split($2, b, "."); print $5 "\t" b[3] "\t" $13 }' | sort >"$T/r"
	# Einmalkosten per Kennung, in euros (no text before it holds a ';' here)
	tr -d '\r\357\273\277' <"$T/i.csv" | awk -F';' 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "Einmalkosten_EUR") c = i; next }
		{ e = $c; sub(",", ".", e); print $1 "\t" e + 0 }' | sort >"$T/e"
	join -t "$(printf '\t')" "$T/r" "$T/e" >"$T/re"
	[ "$(wc -l <"$T/re")" -eq "$(wc -l <"$T/r")" ] && ok || bad "$1: roadmap and inventar do not join"
	awk -F, -v f="$T/z" -v g="$T/re" -v be="$be" -v name="$1" '
		function abs(x) { return x < 0 ? -x : x }
		BEGIN {
			while ((getline l < f) > 0) { split(l, a, ","); y = substr(a[2], 1, 4)
				zk[y] += a[4]; zn[y]++; seen[y a[1]] || zo[y]++; seen[y a[1]] = 1 }
			while ((getline l < g) > 0) { split(l, a, "\t"); ek[a[2]] += a[4]; rm += a[3]; nobj++ }
		}
		{ y = $1; n++; mig += $2
			b = 0.5 + 0.5 * zn[y] + 0.01 * zo[y] + 1e-6
			if (abs(zk[y] + ek[y] - $2) > b) { printf "%s: %s: Zeitplan %d + Einmal %.2f vs Migration %d (bound %.2f)\n", name, y, zk[y], ek[y], $2, b; bad = 1 }
			if (n == 1) basis = $6; else if ($6 != basis) { printf "%s: %s: Basis %d, first year %d\n", name, y, $6, basis; bad = 1 }
			cum += $7
			if (abs(cum - $8) > 0.5 * n + 1e-6) { printf "%s: %s: Kumuliert %d, Σ Differenz %d\n", name, y, $8, cum; bad = 1 }
			if (abs($2 + $4 - $5) > 1 || abs($5 - $6 - $7) > 1) { printf "%s: %s: Summe/Differenz off\n", name, y; bad = 1 }
			if (first == "" && $8 <= 0) first = y
			last = y
		}
		END {
			if (abs(rm - mig) > 0.5 * (nobj + n) + 1e-6) { printf "%s: Σ Roadmap %d vs Σ Migration %d\n", name, rm, mig; bad = 1 }
			# a break-even beyond the table (extended by at most ten years) is none in it
			split(be, w, " ")
			if (first == "" && w[1] == "Break-even" && w[2] + 0 > last) first = w[2]
			want = first == "" ? "kein Break-even bis" : "Break-even " first
			if (index(be, want) != 1) { printf "%s: CLI says \"%s\", export: first Kumuliert ≤ 0 in \"%s\"\n", name, be, first; bad = 1 }
			exit bad
		}' "$T/k" >"$T/why" && ok || bad "$(cat "$T/why")"
	# the total the CLI states is the roadmap's sum within 0,5 € per object
	run 0 W kosten
	tot=$(sed -n 's/^Migration gesamt: \([0-9.]*\) €.*/\1/p' "$T/out" | tr -d .)
	awk -F'\t' -v t="$tot" '{ s += $3; n++ } END { d = s - t; if (d < 0) d = -d; exit !(t != "" && d <= 0.5 * n + 0.5) }' "$T/r" \
		&& ok || bad "$1: Migration gesamt $tot vs Σ roadmap"
}

DB="$T/demo.db"
run 0 W init --demo
check_exports demo
run 0 W kosten
has "$T/out" "Migration gesamt: "
has "$T/out" "Objekte ohne Kostenangabe: "
has "$T/out" "Beispielwert"
# explain on the demo, by hand: T = 0,6 · 520 + 0,4 · 1.150 = 772 €/PT;
# FV-BIBLIOTHEK 24 PT × 772 = 18.528 + 23.000 Einmalkosten = 41.528 €, own Ziel 10.000 €
run 0 W explain FV-BIBLIOTHEK
has "$T/out" "Kosten: 24 PT × 772 €/PT (40 % extern) + 23.000 € Einmalkosten = 41.528 €; Betrieb 14.000 €/Jahr → 10.000 €/Jahr ab "
# with the Kostenfaktor of the brief: 15.500 × 0,8 = 12.400 €/Jahr; 192 × 772 = 148.224 €
run 0 W platform set DVC-OEFF kostenfaktor 0,8
run 0 W explain FV-ASYLBLG
has "$T/out" "Kosten: 192 PT × 772 €/PT (40 % extern) = 148.224 €; Betrieb 15.500 €/Jahr → 12.400 €/Jahr ab "
has "$T/out" "(Kostenfaktor DVC-OEFF 0,8)"
check_exports demo-0,8

# a generated workspace: 300 objects with odd PT, amounts with cents, some without any
DB="$T/gen.db"
run 0 W init --empty
awk 'BEGIN { printf "Kennung;Typ;Name;Behörde;Strategie;Aufwand_PT;Max_PT_Monat;Betriebskosten_heute_EUR;Betriebskosten_Ziel_EUR;Einmalkosten_EUR\r\n"
	s = 7
	for (i = 1; i <= 300; i++) {
		s = (s * 1103515245 + 12345) % 2147483648; pt = 0.5 * (1 + s % 157)
		s = (s * 1103515245 + 12345) % 2147483648; h = s % 5 == 0 ? "" : sprintf("%d,%02d", s % 90000, s % 100)
		s = (s * 1103515245 + 12345) % 2147483648; z = s % 3 == 0 ? sprintf("%d,%02d", s % 50000, s % 97) : ""
		s = (s * 1103515245 + 12345) % 2147483648; e = s % 4 == 0 ? sprintf("%d,%02d", s % 30000, s % 89) : ""
		st = i % 17 == 0 ? "Retire" : "Rehost"
		printf "G%03d;Anwendung;Objekt %d;Amt %d;%s;%s;%d;%s;%s;%s\r\n", i, i, i % 7, st, pt, 3 + s % 9, h, z, e
	} }' | sed 's/\([0-9]\)\.5;/\1,5;/' >"$T/gen.csv"
run 0 W import "$T/gen.csv"
run 0 W set kosten.anteil_extern 0,37
run 0 W set kosten.tagessatz_intern 523,45
check_exports generated

finish
