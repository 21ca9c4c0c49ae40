# Shared helpers of the tmux end-to-end tests (tests/cli/tui_*.sh): sourced, not run (make
# test skips lib*.sh). Expects $BIN and $name; exits 77 (skipped) when tmux is missing. The
# real binary runs in a private tmux server, session $S, its screen read with capture-pane.
: "${BIN:?BIN must point to build/wolkenplan}"
: "${name:?name must name the test}"
if ! command -v tmux >/dev/null 2>&1; then
	printf 'SKIP %s: tmux missing\n' "$name"
	exit 77
fi

T=$(mktemp -d)
SOCK="wolkenplan-$name-$$" # a private tmux server: never touches the user's sessions
S=wp
pass=0
fail=0
skipped=0
tm() { tmux -L "$SOCK" -f /dev/null "$@"; }
cleanup() {
	tm kill-server >/dev/null 2>&1
	rm -rf "$T"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

ok() { pass=$((pass + 1)); }
skip() { skipped=$((skipped + 1)); printf 'SKIP %s: %s\n' "$name" "$*"; }
# finish — the last command: exit status 0 all passed, 1 a failure, 77 something skipped
finish() {
	printf '%s: %d passed, %d failed, %d skipped\n' "$name" "$pass" "$fail" "$skipped"
	[ "$fail" -eq 0 ] || return 1
	[ "$skipped" -eq 0 ] || return 77
}
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
check_db() { # SQL EXPECTED WHAT; skipped without the sqlite3 program
	command -v sqlite3 >/dev/null 2>&1 || { skip "$3 (sqlite3 missing)"; return; }
	got=$(stored "$1")
	if [ "$got" = "$2" ]; then ok; else bad "$3: store has \"$got\", want \"$2\""; fi
}
# start [--lang en] — the dashboard on $DB in session $S at 80x24, in the directory
# $tui_dir (default: the current one) with the extra environment $tui_env (e.g. HOME=…);
# waits for the Übersicht
start() {
	rm -f "$T/rc"
	tm new-session -d -s "$S" -x 80 -y 24 \
		"cd '${tui_dir:-$PWD}' && env LANG=$lang LC_ALL=$lang LANGUAGE= TERM=screen $tui_env '$BIN' $* --db '$DB' 2>'$T/err'; echo \$? >'$T/rc'"
	if [ "$*" = "--lang en" ]; then expect "74 objects"; else expect "74 Objekte"; fi
}
# quit — Esc q; the session ends (~3 s at most) with exit code 0 and nothing on stderr
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

# the German locale when installed, else C.UTF-8
lang=C.UTF-8
if locale -a 2>/dev/null | grep -qiE '^de_DE\.utf-?8$'; then lang=de_DE.UTF-8; fi
tui_dir=
tui_env=
