#!/bin/sh
# A hostile environment: damaged, truncated, foreign and newer databases, read-only file and
# folder, no $HOME, a disk that fills up during export and during import. Each case must end
# with a clear message, a non-zero exit (1, never a crash), and nothing half-written: the
# database byte-identical or still passing `check` with its old content, no stray files.
. "$(dirname "$0")/lib.sh"

DB="$T/x.db"
W() { "$BIN" --db "$DB" "$@"; }
run 0 "$BIN" init --demo --db "$DB"
W export inventar -o "$T/before.csv" 2>/dev/null
H='Kennung;Typ;Name;Behörde'
printf '%s\nNEU-1;Register;Neu;Amt X\n' "$H" >"$T/one.csv"

# refused DB EXPECTED CMD… — CMD on database DB exits 1 with EXPECTED on stderr, and DB is
# byte-identical afterwards
refused() {
	db=$1 expect=$2; shift 2
	cp "$db" "$T/copy.db"
	run 1 "$BIN" --db "$db" "$@"
	has "$T/err" "$expect"
	cmp -s "$db" "$T/copy.db" && ok || bad "$db changed by: $*"
}

# --- damaged databases ------------------------------------------------------------------
cp "$DB" "$T/trunc.db"
truncate -s 20000 "$T/trunc.db"
for cmd in list check "import $T/one.csv" "export inventar -o $T/t.csv"; do
	# shellcheck disable=SC2086
	refused "$T/trunc.db" "keine lesbare wolkenplan-Datenbank" $cmd
done
[ ! -e "$T/t.csv" ] && ok || bad "export from a truncated database wrote a file"
# the reason once, intact (the message was once formatted into its own buffer)
has "$T/err" "trunc.db: keine lesbare wolkenplan-Datenbank (database disk image is malformed); die Datei wurde nicht verändert"
[ "$(grep -o 'keine lesbare' "$T/err" | wc -l)" -eq 1 ] && ok || bad "garbled message: $(cat "$T/err")"

cp "$DB" "$T/holes.db"
# zero_page DB TABLE — overwrites the root page of TABLE's b-tree with zeros
zero_page() {
	ps=$(sqlite3 "$1" 'PRAGMA page_size')
	root=$(sqlite3 "$1" "SELECT rootpage FROM sqlite_master WHERE name = '$2'")
	dd if=/dev/zero of="$1" bs="$ps" seek=$((root - 1)) count=1 conv=notrunc 2>/dev/null
}
zero_page "$T/holes.db" objekt # every command loads the objects
refused "$T/holes.db" "die Datenbank ist beschädigt" list
refused "$T/holes.db" "die Datenbank ist beschädigt" import "$T/one.csv"
refused "$T/holes.db" "die Datenbank ist beschädigt" object set FV-PARKAUSWEIS name X
refused "$T/holes.db" "die Datenbank ist beschädigt" check
has "$T/out" "FEHLER: Datenbank beschädigt"
# damage where loading does not look (the OZG catalogue): commands work, check finds it
cp "$DB" "$T/cat.db"
zero_page "$T/cat.db" ozg_leistung
run 0 "$BIN" --db "$T/cat.db" list
run 1 "$BIN" --db "$T/cat.db" check
has "$T/out" "FEHLER: Datenbank beschädigt"

: >"$T/zero.db"
refused "$T/zero.db" "keine wolkenplan-Datenbank (keine SQLite-Datei)" list
printf 'Kennung;Typ\nA;B\n' >"$T/text.db"
refused "$T/text.db" "keine wolkenplan-Datenbank (keine SQLite-Datei)" import "$T/one.csv"
sqlite3 "$T/foreign.db" 'CREATE TABLE kunden(id INTEGER PRIMARY KEY, name TEXT);
	INSERT INTO kunden VALUES (1, '\''Meier'\'');'
refused "$T/foreign.db" "SQLite-Datei, aber kein wolkenplan-Arbeitsbereich" list
refused "$T/foreign.db" "SQLite-Datei, aber kein wolkenplan-Arbeitsbereich" import "$T/one.csv"
[ "$(sqlite3 "$T/foreign.db" 'SELECT name FROM kunden')" = Meier ] && ok || bad "foreign db touched"

cp "$DB" "$T/newer.db"
sqlite3 "$T/newer.db" 'PRAGMA user_version=999'
refused "$T/newer.db" "mit einer neueren wolkenplan-Version geschrieben (Schema 999" list
refused "$T/newer.db" "neueren wolkenplan-Version" import "$T/one.csv"
refused "$T/newer.db" "neueren wolkenplan-Version" check

run 1 "$BIN" --db "$T/missing.db" list
has "$T/err" "Arbeitsbereich gibt es nicht"
[ ! -e "$T/missing.db" ] && ok || bad "list created a workspace for --db"
run 1 "$BIN" init --demo --db "$DB"
has "$T/err" "die Datei gibt es schon"

# --- read-only file and folder ------------------------------------------------------------
# root ignores file modes: run those cases as nobody when we are root
AS=""
if [ "$(id -u)" -eq 0 ]; then
	if command -v setpriv >/dev/null && setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null; then
		AS="setpriv --reuid=65534 --regid=65534 --clear-groups"
	else
		AS=skip
	fi
fi
if [ "$AS" = skip ]; then
	skip "read-only cases (root without setpriv)"
else
	chmod 755 "$T"
	mkdir "$T/ro" "$T/rodir"
	cp "$DB" "$T/ro/x.db"
	cp "$DB" "$T/rodir/x.db"
	cp "$T/one.csv" "$T/ro/one.csv"
	chmod 644 "$T/ro/one.csv" "$T/rodir/x.db"
	chmod 444 "$T/ro/x.db"
	chmod 777 "$T/ro"
	chmod 555 "$T/rodir"
	# shellcheck disable=SC2086
	RO() { $AS "$BIN" "$@"; }
	run 0 RO --db "$T/ro/x.db" list
	has "$T/out" "FV-PARKAUSWEIS"
	run 1 RO --db "$T/ro/x.db" import "$T/ro/one.csv"
	has "$T/err" "der Arbeitsbereich ist schreibgeschützt"
	hasnt "$T/err" "von einem anderen Programm geändert"
	run 1 RO --db "$T/ro/x.db" object set FV-PARKAUSWEIS name Anders
	has "$T/err" "der Arbeitsbereich ist schreibgeschützt"
	cmp -s "$DB" "$T/ro/x.db" && ok || bad "read-only workspace changed"
	run 1 RO --db "$T/rodir/x.db" list
	has "$T/err" "Datei oder Ordner ist schreibgeschützt"
	run 1 RO --db "$T/rodir/x.db" import "$T/ro/one.csv"
	has "$T/err" "schreibgeschützt"
	cmp -s "$DB" "$T/rodir/x.db" && ok || bad "workspace in read-only folder changed"
	run 1 RO --db "$T/ro/x.db" export inventar -o "$T/rodir/out.csv"
	has "$T/err" "rodir/out.csv: kann nicht geschrieben werden"
	[ -z "$(ls "$T/rodir" | grep -v '^x\.db$')" ] && ok || bad "files left in read-only folder: $(ls "$T/rodir")"
	chmod 755 "$T/rodir"
fi

# --- where the workspace lives ------------------------------------------------------------
run 1 env -u HOME -u XDG_DATA_HOME -u WOLKENPLAN_DB "$BIN" list
has "$T/err" "weder HOME noch XDG_DATA_HOME ist gesetzt"
run 1 env HOME= XDG_DATA_HOME= WOLKENPLAN_DB= "$BIN" list
has "$T/err" "bitte --db DATEI oder WOLKENPLAN_DB angeben"
: >"$T/notadir"
run 1 env HOME="$T/notadir" XDG_DATA_HOME= WOLKENPLAN_DB= "$BIN" list
has "$T/err" "notadir/.local/share/wolkenplan/workspace.db: kann nicht gelesen werden"
run 0 env HOME="$T/newhome" XDG_DATA_HOME= WOLKENPLAN_DB= "$BIN" list
[ -s "$T/newhome/.local/share/wolkenplan/workspace.db" ] && ok || bad "default workspace not created"
has "$T/err" "neuer Arbeitsbereich mit der Demo Musterstadt angelegt"
run 0 env HOME= XDG_DATA_HOME="$T/xdg" WOLKENPLAN_DB= "$BIN" list
[ -s "$T/xdg/wolkenplan/workspace.db" ] && ok || bad "XDG workspace not created"

# --- a disk that fills up ------------------------------------------------------------------
# stdout on a full device
"$BIN" --db "$DB" export inventar >/dev/full 2>"$T/err"
[ $? -eq 1 ] && ok || bad "export to /dev/full: exit $? (want 1)"
has "$T/err" "Schreiben fehlgeschlagen"
# a small tmpfs when we may mount one; otherwise an injected write error is all we have
M="$T/full"
mkdir "$M"
trap 'umount "$M" 2>/dev/null; rm -rf "$T"' EXIT
if mount -t tmpfs -o size=16k,mode=0777 wpfull "$M" 2>/dev/null; then
	# export: the demo inventory (25 KB) does not fit; an existing file stays as it was
	printf 'alt\n' >"$M/inv.csv"
	run 1 W export inventar -o "$M/inv.csv"
	has "$T/err" "Schreiben fehlgeschlagen: kein Platz mehr auf dem Datenträger — nichts wurde geschrieben"
	[ "$(cat "$M/inv.csv")" = alt ] && ok || bad "existing export overwritten on a full disk"
	[ "$(ls "$M")" = inv.csv ] && ok || bad "temporary files left on the full disk: $(ls "$M")"
	umount "$M"
	# import into a workspace on a nearly full disk: refused, the workspace as it was
	size=$(( $(wc -c <"$DB") / 1024 + 96 ))
	if mount -t tmpfs -o size=${size}k,mode=0777 wpfull "$M" 2>/dev/null; then
		cp "$DB" "$M/x.db"
		awk -v n=20000 'BEGIN {
			printf "Kennung;Typ;Name;Behörde;Notiz\n"
			for (i = 1; i <= n; i++)
				printf "GROSS-%05d;Fachverfahren;Verfahren %d mit langem Namen;Amt %d;%s\n", i, i, i % 40, "Notiz zum Verfahren, damit die Datei wächst"
		}' >"$T/big.csv"
		run 1 "$BIN" --db "$M/x.db" import "$T/big.csv"
		has "$T/err" "kein Platz mehr auf dem Datenträger"
		has "$T/err" "nichts wurde übernommen"
		run 0 "$BIN" --db "$M/x.db" check
		"$BIN" --db "$M/x.db" export inventar -o "$T/after.csv" 2>/dev/null
		cmp -s "$T/before.csv" "$T/after.csv" && ok || bad "workspace changed by a failed import"
		umount "$M"
	fi
else
	echo "hostile.sh: no tmpfs (mount not permitted): disk-full cases use /dev/full only"
fi
finish
