#!/bin/sh
# End-to-end test of the dashboard: runs the real binary in a detached tmux session at
# 80x24 on a fresh demo workspace, sends keys and reads the screen with capture-pane.
# Skips (exit 0) when tmux is missing. Expects $BIN (absolute path of build/wolkenplan).
: "${BIN:?BIN must point to build/wolkenplan}"
name=tui_tmux
if ! command -v tmux >/dev/null 2>&1; then
	echo "$name: tmux fehlt, Test übersprungen"
	exit 0
fi

T=$(mktemp -d)
SOCK="wolkenplan-test-$$" # a private tmux server: never touches the user's sessions
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
# page_to TEXT — pages down (at most 8 times) until TEXT shows
page_to() {
	n=0
	while ! grep -qF -- "$1" "$T/screen" && [ "$n" -lt 8 ]; do
		tm send-keys -t "$S" NPage
		sleep 0.2
		tm capture-pane -p -t "$S" >"$T/screen" 2>/dev/null
		n=$((n + 1))
	done
	expect "$1"
}

lang=C.UTF-8
if locale -a 2>/dev/null | grep -qiE '^de_DE\.utf-?8$'; then lang=de_DE.UTF-8; fi

DB="$T/musterstadt.db"
if "$BIN" init --demo --db "$DB" >"$T/out" 2>"$T/err"; then ok; else bad "init --demo"; fi

tm new-session -d -s "$S" -x 80 -y 24 \
	"env LANG=$lang LC_ALL=$lang LANGUAGE= TERM=screen '$BIN' --db '$DB' 2>'$T/err'; echo \$? >'$T/rc'"
expect "74 Objekte"
expect "10 Hauptamt"
expect "q Beenden"
page_to "33 Bürgerservice"
expect "REG-MELDE"
expect "34 Straßenverkehrsamt"

# nothing wrapped: every body line (screen lines 4-22) is a group header or an object row
if sed -n '4,22p' "$T/screen" | grep -vqE '^((ANW|FV|REG)-|$)|· [0-9]+ Objekte?$'; then
	bad "a body line is neither an object nor a group header (wrapped?)"
else ok; fi

tm send-keys -t "$S" j
tm send-keys -t "$S" '?'
expect "Diese Hilfe mit allen Tasten"
expect "q oder Esc: zurück"

tm send-keys -t "$S" q
expect "Kennung"
if grep -qF "Diese Hilfe mit allen Tasten" "$T/screen"; then bad "help still shown"; else ok; fi

# a resize reaches the app as KEY_RESIZE: the wide layout shows every column
if tm resize-window -t "$S" -x 120 -y 40 >/dev/null 2>&1; then
	expect "Schutzklasse"
	expect "Empfehlung"
fi

# the help by its number key, left with Esc
tm send-keys -t "$S" 8
expect "q oder Esc: zurück"
tm send-keys -t "$S" Escape
expect " von 74"

tm send-keys -t "$S" q
i=0
while tm has-session -t "$S" 2>/dev/null && [ "$i" -lt 30 ]; do
	sleep 0.1
	i=$((i + 1))
done
if tm has-session -t "$S" 2>/dev/null; then bad "session still running after q q"; else ok; fi
if [ "$(cat "$T/rc" 2>/dev/null)" = 0 ]; then ok; else bad "exit code $(cat "$T/rc" 2>/dev/null)"; fi
if [ -s "$T/err" ]; then bad "stderr not empty"; else ok; fi

# NO_COLOR: no colour codes on screen, the selected row still in reverse video
tm new-session -d -s mono -x 80 -y 24 \
	"env NO_COLOR=1 LANG=$lang LC_ALL=$lang TERM=screen '$BIN' --db '$DB' 2>'$T/err'"
S=mono
expect "10 Hauptamt"
tm capture-pane -p -e -t mono >"$T/esc"
if grep -qE "$(printf '\033')\\[([0-9;]*;)?(3[0-7]|4[0-7]|38;5|48;5)[;m]" "$T/esc"; then
	bad "colour codes despite NO_COLOR"
else ok; fi
if grep -qE "$(printf '\033')\\[([0-9;]*;)?7[;m]" "$T/esc"; then ok; else bad "no reverse video"; fi
tm send-keys -t mono q

printf '%s: %d passed, %d failed\n' "$name" "$pass" "$fail"
[ "$fail" -eq 0 ]
