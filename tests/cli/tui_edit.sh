#!/bin/sh
# End-to-end test of editing in the dashboard: the real binary in a detached tmux session
# at 80x24 on a fresh demo workspace. Opens an object from the Inventar, changes its
# Vertraulichkeit through the pick list and watches the verdicts change, undoes and redoes
# it, tries a bad date (refused, nothing saved), resizes during the prompt, quits,
# reopens: the edit is there. Skips (exit 0) when tmux is missing. Expects $BIN.
: "${BIN:?BIN must point to build/wolkenplan}"
name=tui_edit
if ! command -v tmux >/dev/null 2>&1; then
	echo "$name: tmux fehlt, Test übersprungen"
	exit 0
fi

T=$(mktemp -d)
SOCK="wolkenplan-edit-$$" # a private tmux server: never touches the user's sessions
S=wp
pass=0
fail=0
tm() { tmux -L "$SOCK" -f /dev/null "$@"; }
cleanup() {
	tm kill-server >/dev/null 2>&1
	rm -rf "$T"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

ok() { pass=$((pass + 1)); }
bad() {
	fail=$((fail + 1))
	printf 'FAIL %s: %s\n' "$name" "$*"
	[ -s "$T/screen" ] && sed 's/^/  | /' "$T/screen"
	[ -s "$T/err" ] && sed 's/^/  err: /' "$T/err"
}
# wait_for TEXT — polls the screen for up to ~5 s; the last capture stays in $T/screen
wait_for() {
	i=0
	while [ "$i" -lt 50 ]; do
		tm capture-pane -p -t "$S" >"$T/screen" 2>/dev/null
		grep -qF -- "$1" "$T/screen" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}
expect() { if wait_for "$1"; then ok; else bad "screen lacks: $1"; fi; }
# expect_line A B — some screen line holds both A and B
expect_line() {
	i=0
	while [ "$i" -lt 50 ]; do
		tm capture-pane -p -t "$S" >"$T/screen" 2>/dev/null
		if grep -F -- "$1" "$T/screen" | grep -qF -- "$2"; then ok; return; fi
		sleep 0.1
		i=$((i + 1))
	done
	bad "no line with \"$1\" and \"$2\""
}
keys() { tm send-keys -t "$S" "$@"; sleep 0.15; }
# page_to TEXT — from the top, pages down (at most 8 times) until TEXT shows
page_to() {
	keys g
	n=0
	tm capture-pane -p -t "$S" >"$T/screen" 2>/dev/null
	while ! grep -qF -- "$1" "$T/screen" && [ "$n" -lt 8 ]; do
		keys NPage
		tm capture-pane -p -t "$S" >"$T/screen" 2>/dev/null
		n=$((n + 1))
	done
}
down() { n=$1; while [ "$n" -gt 0 ]; do tm send-keys -t "$S" j; n=$((n - 1)); done; sleep 0.2; }
# stored SQL — one value from the workspace file, read while the dashboard runs (WAL)
stored() { sqlite3 "$DB" "$1" 2>/dev/null; }
check_db() { # SQL EXPECTED WHAT
	got=$(stored "$1")
	if [ "$got" = "$2" ]; then ok; else bad "$3: store has \"$got\", want \"$2\""; fi
}
start() { # [--lang en]
	rm -f "$T/rc"
	tm new-session -d -s "$S" -x 80 -y 24 \
		"env LANG=$lang LC_ALL=$lang LANGUAGE= TERM=screen '$BIN' $* --db '$DB' 2>'$T/err'; echo \$? >'$T/rc'"
	if [ "$*" = "--lang en" ]; then expect "74 objects"; else expect "74 Objekte"; fi
}
quit() {
	keys Escape
	sleep 0.2
	keys q
	i=0
	while tm has-session -t "$S" 2>/dev/null && [ "$i" -lt 30 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	if tm has-session -t "$S" 2>/dev/null; then bad "still running after Esc q"; else ok; fi
	if [ "$(cat "$T/rc" 2>/dev/null)" = 0 ]; then ok; else bad "exit code $(cat "$T/rc" 2>/dev/null)"; fi
	if [ -s "$T/err" ]; then bad "stderr not empty"; else ok; fi
}
# open_object KENNUNG — Inventar, jump to the Kennung, Enter: its Objekt-Detail
open_object() {
	keys 2
	keys :
	keys "$1" Enter
	expect "$1 "
	keys Enter
	expect "$1 — "
}

lang=C.UTF-8
if locale -a 2>/dev/null | grep -qiE '^de_DE\.utf-?8$'; then lang=de_DE.UTF-8; fi
have_sqlite=1
command -v sqlite3 >/dev/null 2>&1 || have_sqlite=0

DB="$T/musterstadt.db"
if "$BIN" init --demo --db "$DB" >"$T/out" 2>"$T/err"; then ok; else bad "init --demo"; fi

start
open_object ANW-OPENDATA
expect "Stammdaten"
expect "Schutzklasse normal"
# the verdicts before: with Schutzklasse normal, "teilweise" suffices on DE-PRIVAT
page_to "DE-PRIVAT "
expect_line "DE-PRIVAT " "zulässig"

# Vertraulichkeit: 13th field (Kennung … Standards are 12), chosen from the pick list
keys g
down 12
keys e
expect "Vertraulichkeit ändern"
expect "sehr hoch"
keys "sehr" Enter
expect "Vertraulichkeit = \"sehr hoch\" gespeichert"
expect "Schutzklasse sehr hoch"
page_to "DE-PRIVAT "
expect_line "DE-PRIVAT " "blockiert: RL-NETZ"
[ "$have_sqlite" = 1 ] && check_db "select sb_c from objekt where kennung='ANW-OPENDATA'" 3 \
	"Vertraulichkeit after the edit"

# undo (its own transaction), then redo
keys u
expect "Rückgängig: ANW-OPENDATA"
expect "Schutzklasse normal"
page_to "DE-PRIVAT "
expect_line "DE-PRIVAT " "zulässig"
[ "$have_sqlite" = 1 ] && check_db "select sb_c from objekt where kennung='ANW-OPENDATA'" 1 \
	"Vertraulichkeit after undo"
keys C-r
expect "Wiederhergestellt: ANW-OPENDATA"
expect "Schutzklasse sehr hoch"

# a bad date: the reason is shown, the prompt stays, nothing is saved
before=$(stored "select coalesce(vertragsende,'') from objekt where kennung='ANW-OPENDATA'")
keys g
down 29
keys e
expect "Vertragsende ändern"
keys C-u "31.02.2030" Enter
expect "kein gültiges Datum"
[ "$have_sqlite" = 1 ] && check_db \
	"select coalesce(vertragsende,'') from objekt where kennung='ANW-OPENDATA'" "$before" \
	"Vertragsende after a bad value"
# a resize while the prompt is open keeps it and the typed text
if tm resize-window -t "$S" -x 120 -y 40 >/dev/null 2>&1; then
	expect "Vertragsende ändern"
	expect "31.02.2030"
	tm resize-window -t "$S" -x 80 -y 24 >/dev/null 2>&1
	expect "Vertragsende ändern"
	expect "31.02.2030"
fi
keys C-u "30.09.2028" Enter
expect "Vertragsende = \"2028-09-30\" gespeichert"
[ "$have_sqlite" = 1 ] && check_db "select vertragsende from objekt where kennung='ANW-OPENDATA'" \
	2028-09-30 "Vertragsende after a good value"
quit

# reopened: the edits are there
start
open_object ANW-OPENDATA
expect "Schutzklasse sehr hoch"
page_to "Vertragsende "
expect_line "Vertragsende " "30.09.2028"
# the journal belongs to a session: nothing to undo in a new one
keys u
expect "nichts rückgängig"
quit

# in English: the same detail, pick list and messages in English words
start --lang en
open_object ANW-OPENDATA
expect "Master data"
expect "Protection class very high"
keys g
down 12
keys e
expect "Change Confidentiality"
keys "norm" Enter
expect "Confidentiality = \"normal\" saved"
expect "Protection class normal"
keys u
expect "Undone: ANW-OPENDATA: Confidentiality"
expect "Protection class very high"
quit

printf '%s: %d passed, %d failed\n' "$name" "$pass" "$fail"
[ "$fail" -eq 0 ]
