#!/bin/sh
# Two programs on one workspace: a sqlite3 shell stands in for the other side (a second
# wolkenplan, the dashboard) and holds a read or write transaction while the CLI imports or
# edits. Checks: a reader never blocks the import and keeps its snapshot until it ends its
# transaction, then sees the change; a writer makes the CLI wait (busy timeout) and the CLI
# then succeeds; a writer holding on longer than the timeout gets a clear "gesperrt" and
# exit 1 with nothing written; a change committed by the other side after the CLI loaded the
# workspace makes the CLI refuse to write (no lost update) and a retry succeeds; the
# dashboard open during an import notices the change at its next edit and reloads.
. "$(dirname "$0")/lib.sh"

DB="$T/x.db"
run 0 "$BIN" init --demo --db "$DB"
H='Kennung;Typ;Name;Behörde'
printf '%s\nNEU-1;Register;Neu eins;Amt X\n' "$H" >"$T/one.csv"
printf '%s\nNEU-2;Register;Neu zwei;Amt X\n' "$H" >"$T/two.csv"
count() { sqlite3 "$DB" "SELECT count(*) FROM objekt"; }
ms() { echo $(( $(date +%s%N) / 1000000 )); }
n0=$(count)

# hold SQL_BEFORE SECONDS SQL_AFTER — a sqlite3 shell runs SQL_BEFORE, says so by creating
# $T/held, waits SECONDS, runs SQL_AFTER; its output goes to $T/held.out. Returns once the
# transaction is held.
hold() {
	rm -f "$T/held"
	{ printf '.timeout 10000\n%s\n.system touch %s\n' "$1" "$T/held"; sleep "$2"; printf '%s\n' "$3"; } |
		sqlite3 "$DB" >"$T/held.out" 2>&1 &
	holder=$!
	i=0
	while [ ! -e "$T/held" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
	[ -e "$T/held" ] && ok || bad "sqlite3 did not get its transaction"
}

# 1. a reader holds a snapshot: the import neither waits nor is refused; the reader sees
#    the old state until its transaction ends, then the new one
hold "BEGIN; SELECT count(*) FROM objekt;" 2 "SELECT count(*) FROM objekt; COMMIT; SELECT count(*) FROM objekt;"
t=$(ms)
run 0 "$BIN" --db "$DB" import "$T/one.csv"
took=$(( $(ms) - t ))
[ "$took" -lt 1500 ] && ok || bad "import waited ${took} ms for a reader"
wait "$holder"
[ "$(tr '\n' ' ' <"$T/held.out")" = "$n0 $n0 $((n0 + 1)) " ] && ok ||
	bad "reader saw: $(tr '\n' ' ' <"$T/held.out") (want $n0 $n0 $((n0 + 1)))"

# 2. a writer holds the lock for a while (no change): the CLI waits, then writes
hold "BEGIN IMMEDIATE;" 1.5 "COMMIT;"
t=$(ms)
run 0 "$BIN" --db "$DB" import "$T/two.csv"
took=$(( $(ms) - t ))
wait "$holder"
[ "$took" -ge 1000 ] && ok || bad "import did not wait for the writer (${took} ms)"
[ "$(count)" -eq $((n0 + 2)) ] && ok || bad "import after waiting did not land"
run 0 "$BIN" --db "$DB" object set NEU-2 notiz "nach dem Warten"
echo "concurrency.sh: import waited ${took} ms for a 1.5 s write lock"

# 3. a writer holds the lock longer than the busy timeout (5 s): clear message, exit 1,
#    nothing written
"$BIN" --db "$DB" export inventar -o "$T/before.csv" 2>/dev/null
printf '%s\nNEU-3;Register;Neu drei;Amt X\n' "$H" >"$T/three.csv"
hold "BEGIN IMMEDIATE;" 6.5 "COMMIT;"
"$BIN" --db "$DB" object set NEU-2 notiz "im Gedränge" >/dev/null 2>"$T/edit.err" &
editor=$!
t=$(ms)
run 1 "$BIN" --db "$DB" import "$T/three.csv"
took=$(( $(ms) - t ))
has "$T/err" "der Arbeitsbereich ist gerade von einem anderen Programm gesperrt; bitte erneut versuchen"
has "$T/err" "nichts wurde übernommen"
[ "$took" -ge 4500 ] && [ "$took" -lt 6400 ] && ok || bad "gave up after ${took} ms (want ~5000)"
wait "$editor"
erc=$?
[ "$erc" -eq 1 ] && ok || bad "object set under a held lock: exit $erc (want 1)"
has "$T/edit.err" "gesperrt"
wait "$holder"
"$BIN" --db "$DB" export inventar -o "$T/after.csv" 2>/dev/null
cmp -s "$T/before.csv" "$T/after.csv" && ok || bad "a refused write changed the workspace"
echo "concurrency.sh: gave up after ${took} ms against a 6.5 s write lock"

# 4. no lost update: the other side commits a change after the CLI loaded the workspace
#    (the CLI waits for the lock meanwhile); the CLI must refuse, not overwrite
hold "BEGIN IMMEDIATE; UPDATE objekt SET name = 'Von nebenan' WHERE kennung = 'FV-PARKAUSWEIS';" 1.5 "COMMIT;"
run 1 "$BIN" --db "$DB" import "$T/three.csv"
has "$T/err" "der Arbeitsbereich wurde inzwischen von einem anderen Programm geändert"
wait "$holder"
[ "$(sqlite3 "$DB" "SELECT count(*) FROM objekt WHERE kennung = 'NEU-3'")" = 0 ] && ok ||
	bad "refused import was written"
run 0 "$BIN" --db "$DB" list
has "$T/out" "Von nebenan" # the CLI sees the other side's change
run 0 "$BIN" --db "$DB" import "$T/three.csv" # the retry goes through
has "$T/out" "1 neu"
hold "BEGIN IMMEDIATE; UPDATE objekt SET notiz = 'nebenan' WHERE kennung = 'NEU-1';" 1.5 "COMMIT;"
run 1 "$BIN" --db "$DB" object set NEU-1 notiz "hier"
has "$T/err" "inzwischen von einem anderen Programm geändert"
wait "$holder"
[ "$(sqlite3 "$DB" "SELECT notiz FROM objekt WHERE kennung = 'NEU-1'")" = nebenan ] && ok ||
	bad "the other side's edit was lost"
run 0 "$BIN" --db "$DB" object set NEU-1 notiz "hier"
[ "$(sqlite3 "$DB" "SELECT notiz FROM objekt WHERE kennung = 'NEU-1'")" = hier ] && ok ||
	bad "retry of the edit did not land"
run 0 "$BIN" --db "$DB" check

# 5. the dashboard open while the CLI imports (tmux, when there is one): the import neither
#    waits nor is refused; the dashboard's next edit is refused because the file changed,
#    the dashboard says so and loads the new state; the edit done again is stored
if command -v tmux >/dev/null 2>&1; then
	D2="$T/tui.db"
	run 0 "$BIN" init --demo --db "$D2"
	SOCK="wolkenplan-conc-$$"
	tm() { tmux -L "$SOCK" -f /dev/null "$@"; }
	trap 'tm kill-server >/dev/null 2>&1; rm -rf "$T"' EXIT
	screen_has() { # TEXT — polls the screen for up to ~5 s
		k=0
		while [ "$k" -lt 50 ]; do
			tm capture-pane -p -t wp >"$T/screen" 2>/dev/null
			grep -qF -- "$1" "$T/screen" && return 0
			sleep 0.1
			k=$((k + 1))
		done
		return 1
	}
	see() { if screen_has "$1"; then ok; else bad "dashboard lacks: $1"; sed 's/^/  | /' "$T/screen"; fi; }
	keys() { tm send-keys -t wp "$@"; sleep 0.15; }
	tm new-session -d -s wp -x 100 -y 30 \
		"env LC_ALL=C.UTF-8 LANGUAGE= TERM=screen '$BIN' --db '$D2' 2>'$T/tui.err'"
	see "74 Objekte"
	t=$(ms)
	run 0 "$BIN" --db "$D2" import "$T/one.csv"
	took=$(( $(ms) - t ))
	[ "$took" -lt 1500 ] && ok || bad "import waited ${took} ms for the dashboard"
	# Vertraulichkeit of ANW-OPENDATA (13th field of the Objekt-Detail) from the pick list
	keys 2; keys :; keys ANW-OPENDATA Enter; keys Enter
	see "ANW-OPENDATA — "
	keys g; keys j j j j j j j j j j j j; keys e
	see "Vertraulichkeit ändern"
	keys sehr Enter
	see "Ein anderes Programm hat den Arbeitsbereich geändert: neu geladen"
	[ "$(sqlite3 "$D2" "SELECT sb_c FROM objekt WHERE kennung = 'ANW-OPENDATA'")" != 3 ] && ok ||
		bad "the dashboard wrote over a changed workspace"
	see "75 Objekte"
	keys Escape; keys 2; keys :; keys ANW-OPENDATA Enter; keys Enter
	see "ANW-OPENDATA — "
	keys g; keys j j j j j j j j j j j j; keys e
	see "Vertraulichkeit ändern"
	keys sehr Enter
	see "Vertraulichkeit = \"sehr hoch\" gespeichert"
	[ "$(sqlite3 "$D2" "SELECT sb_c FROM objekt WHERE kennung = 'ANW-OPENDATA'")" = 3 ] && ok ||
		bad "the edit done again was not stored"
	[ "$(sqlite3 "$D2" "SELECT count(*) FROM objekt WHERE kennung = 'NEU-1'")" = 1 ] && ok ||
		bad "the CLI's import got lost"
	# an import while the dashboard only shows data: it says so within a few seconds, and
	# Ctrl-L loads the new state (nothing is reloaded behind the user's back)
	keys Escape; keys 1
	see "75 Objekte"
	run 0 "$BIN" --db "$D2" import "$T/two.csv"
	see "Ein anderes Programm hat den Arbeitsbereich geändert — Strg-L lädt neu."
	see "75 Objekte"
	keys C-l
	see "Arbeitsbereich neu geladen"
	see "76 Objekte"
	keys q
	tm kill-server >/dev/null 2>&1
	[ ! -s "$T/tui.err" ] && ok || bad "dashboard wrote to stderr: $(head -3 "$T/tui.err")"
else
	skip "tmux missing: dashboard case"
fi
finish
