#!/bin/sh
# The streamed import (data/import.c): new objects and their dependencies on rows already
# read are written while the file is read, the rest after it. Checks that every kind of
# dependency lands exactly once with its first label — on an earlier row, a row further
# down, an existing object, listed twice, in a cycle — that changed objects get their old
# dependencies replaced, that the stored rows equal what a dry run reports, and that errors
# found late (dangling or self reference further down, a bad value in the last row) leave
# the workspace byte-identical.
. "$(dirname "$0")/lib.sh"

DB="$T/ws.db"
run 0 "$BIN" init --empty --db "$DB"
cat >"$T/a.csv" <<'EOF'
Kennung;Typ;Name;Behörde;Abhängigkeiten
A-1;Register;Melderegister;33 Bürgerservice;
A-2;Fachverfahren;Meldewesen;33 Bürgerservice;A-1 (XMeld), A-3, A-1 (doppelt)
A-3;Anwendung;E-Akte;10 Hauptamt;A-4 (DMS), A-1
A-4;Anwendung;Groupware;10 Hauptamt;A-3
EOF
run 0 "$BIN" --db "$DB" import "$T/a.csv"
has "$T/out" "4 neu"
q() { sqlite3 -separator ' ' "$DB" "SELECT v.kennung, z.kennung, a.label FROM abhaengigkeit a \
	JOIN objekt v ON v.id = a.von_id JOIN objekt z ON z.id = a.zu_id ORDER BY 1, 2"; }
q >"$T/deps"
printf '%s\n' "A-2 A-1 XMeld" "A-2 A-3 " "A-3 A-1 " "A-3 A-4 DMS" "A-4 A-3 " >"$T/want"
if cmp -s "$T/deps" "$T/want"; then ok; else bad "stored dependencies differ"; diff "$T/want" "$T/deps"; fi
run 0 "$BIN" --db "$DB" check

# second file: references to the workspace, a changed object with new dependencies, a new
# object referenced from above
cat >"$T/b.csv" <<'EOF'
Kennung;Typ;Name;Behörde;Abhängigkeiten
A-2;Fachverfahren;Meldewesen;33 Bürgerservice;B-9, A-4 (neu)
B-1;Fachverfahren;Gewerbe;35 Gewerbeamt;A-1, B-9 (später)
B-9;Register;Gewerberegister;35 Gewerbeamt;A-3
EOF
run 0 "$BIN" --db "$DB" import --dry-run "$T/b.csv"
has "$T/out" "2 neu, 1 geändert"
run 0 "$BIN" --db "$DB" import "$T/b.csv"
has "$T/out" "2 neu, 1 geändert"
q >"$T/deps"
printf '%s\n' "A-2 A-4 neu" "A-2 B-9 " "A-3 A-1 " "A-3 A-4 DMS" "A-4 A-3 " "B-1 A-1 " \
	"B-1 B-9 später" "B-9 A-3 " >"$T/want"
if cmp -s "$T/deps" "$T/want"; then ok; else bad "stored dependencies differ"; diff "$T/want" "$T/deps"; fi
run 0 "$BIN" --db "$DB" check
has "$T/out" "6 Objekte, 8 Abhängigkeiten, 3 Behörden"

# errors found only at the end: nothing of the many rows before them may stay
run 0 "$BIN" --db "$DB" export inventar -o "$T/before.csv"
{
	echo "Kennung;Typ;Name;Behörde;Abhängigkeiten;Vertraulichkeit"
	i=1
	while [ $i -le 3000 ]; do
		echo "C-$i;Anwendung;Objekt $i;40 Schulverwaltungsamt;A-1, C-$((i + 1));normal"
		i=$((i + 1))
	done
} >"$T/late.csv"
cp "$T/late.csv" "$T/dangling.csv"
echo "C-3001;Anwendung;Letztes;40 Schulverwaltungsamt;C-9999;normal" >>"$T/dangling.csv"
cp "$T/late.csv" "$T/self.csv"
echo "C-3001;Anwendung;Letztes;40 Schulverwaltungsamt;C-3001;normal" >>"$T/self.csv"
cp "$T/late.csv" "$T/value.csv"
echo "C-3001;Anwendung;Letztes;40 Schulverwaltungsamt;;mittel" >>"$T/value.csv"
for f in dangling self value; do
	run 1 "$BIN" --db "$DB" import "$T/$f.csv"
	has "$T/err" "$f.csv:3002:"
	rm -f "$T/after.csv" # a failed export must not leave the previous case's file to compare
	run 0 "$BIN" --db "$DB" export inventar -o "$T/after.csv"
	if cmp -s "$T/before.csv" "$T/after.csv"; then ok; else bad "$f: workspace changed"; fi
	run 0 "$BIN" --db "$DB" check
done
# and the valid one goes in whole
echo "C-3001;Anwendung;Letztes;40 Schulverwaltungsamt;A-4;hoch" >>"$T/late.csv"
run 0 "$BIN" --db "$DB" import "$T/late.csv"
has "$T/out" "3001 neu"
n=$(sqlite3 "$DB" "SELECT count(*) FROM abhaengigkeit a JOIN objekt o ON o.id = a.von_id \
	WHERE o.kennung LIKE 'C-%'")
if [ "$n" = 6001 ]; then ok; else bad "C dependencies: $n, want 6001"; fi
j=$(sqlite3 "$DB" "PRAGMA journal_mode")
if [ "$j" = wal ]; then ok; else bad "journal_mode after import: $j, want wal"; fi
run 0 "$BIN" --db "$DB" check
finish
