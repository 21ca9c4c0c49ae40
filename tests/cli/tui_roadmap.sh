#!/bin/sh
# End-to-end test of the Roadmap, Quick Wins and Piloten views: the real binary in a
# detached tmux session at 80x24 on a fresh demo workspace. Plans with p, pins an object
# into a wave before something it needs (the warning shows at once, also after a re-plan),
# exports the roadmap with x and compares it byte for byte with `wolkenplan export
# roadmap`, tells the Anwohnerparken story (members, verdicts, feasibility and why, what to
# clear first, its wave), ticks a checklist item, quits, reopens (it stays), starts a pilot
# from a Quick Win and one from objects marked in the Inventar. Skips (exit 0) when tmux
# is missing. Expects $BIN.
: "${BIN:?BIN must point to build/wolkenplan}"
name=tui_roadmap
if ! command -v tmux >/dev/null 2>&1; then
	echo "$name: tmux fehlt, Test übersprungen"
	exit 0
fi

T=$(mktemp -d)
SOCK="wolkenplan-roadmap-$$" # a private tmux server: never touches the user's sessions
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

lang=C.UTF-8
if locale -a 2>/dev/null | grep -qiE '^de_DE\.utf-?8$'; then lang=de_DE.UTF-8; fi
have_sqlite=1
command -v sqlite3 >/dev/null 2>&1 || have_sqlite=0
# the export dialog writes into the current directory
cd "$T" || exit 1

DB="$T/musterstadt.db"
if "$BIN" init --demo --db "$DB" >"$T/out" 2>"$T/err"; then ok; else bad "init --demo"; fi

start
# no plan yet: the Roadmap says so and names the key
keys 5
expect "Noch kein Plan gespeichert."
expect "p plant die Roadmap"
keys p
expect "Neu geplant ab"
expect "Welle 1 ·"
expect "ANW-PARKEN-ONLINE"
[ "$have_sqlite" = 1 ] && check_db "select count(*) from plan_eintrag where welle_nr = 1" 3 \
	"objects in wave 1 after planning"

# wave 3 holds ANW-EAKTE, which needs ANW-VERZEICHNIS (wave 2): pin it into wave 1
keys l l
expect "Welle 3 ·"
expect "ANW-EAKTE"
keys w
expect "ANW-EAKTE in Welle festsetzen"
keys C-u 1 Enter
expect "WARNUNG: ANW-EAKTE (Welle 1)"
expect "! ANW-EAKTE (Welle 1) benötigt ANW-VERZEICHNIS, das erst in Welle 2"
expect "Welle 1 ·"
expect_line "!" "ANW-EAKTE"
[ "$have_sqlite" = 1 ] && check_db "select welle_pin from objekt where kennung='ANW-EAKTE'" 1 \
	"pin of ANW-EAKTE"
# the stored plan breaks a rule: check says so too (the file is shared, WAL)
if "$BIN" --db "$DB" check >"$T/check" 2>&1; then bad "check passed a broken plan"; else ok; fi
grep -qF "ANW-EAKTE (Welle 1) benötigt ANW-VERZEICHNIS" "$T/check" && ok || bad "check lacks the pin conflict"

# re-plan: the pin is kept, so is the warning
keys p
expect "Neu geplant ab"
expect "! ANW-EAKTE (Welle 1) benötigt ANW-VERZEICHNIS"

# unpin and re-plan: the warning is gone, the plan is as before
keys w
expect "ANW-EAKTE in Welle festsetzen"
keys C-u 0 Enter
expect "ANW-EAKTE ist nicht mehr festgesetzt"
keys p
expect "Neu geplant ab"
if wait_for "! ANW-EAKTE"; then bad "warning still shown after unpin and re-plan"; else ok; fi
[ "$have_sqlite" = 1 ] && check_db "select coalesce(welle_pin, 0) from objekt where kennung='ANW-EAKTE'" 0 \
	"pin of ANW-EAKTE after unpin"

# the swimlanes per strategy
keys v
expect "Strategie (v)"
expect "Replatform"
keys v
expect "Behörde (v)"

# x: the roadmap CSV, byte for byte what `wolkenplan export roadmap` writes
keys x
expect "Roadmap exportieren: Format"
keys Enter
expect "Roadmap exportieren: Datei"
keys Enter
expect "Roadmap exportiert"
f=$(ls "$T"/musterstadt-roadmap-*.csv 2>/dev/null | head -n 1)
if [ -n "$f" ] && [ -s "$f" ]; then ok; else bad "no roadmap file written"; fi
"$BIN" --db "$DB" export roadmap -o "$T/cli-roadmap.csv" 2>/dev/null
if [ -n "$f" ] && cmp -s "$f" "$T/cli-roadmap.csv"; then ok; else bad "TUI export differs from export roadmap"; fi

# the Anwohnerparken pilot: members and verdicts, feasibility and why, what first, wave
keys 7
expect "Anwohnerparken — Status: geplant"
expect "Welle: 1 ("
expect "Mitglieder (5)"
expect_line "FV-PARKAUSWEIS" "✓"
expect_line "REG-MELDE" "✗"
expect_line "DVC-OEFF" "machbar: 5 von 5"
page_to "DE-PRIVAT  nicht machbar"
expect_line "DE-PRIVAT" "nicht machbar: 0 von 5"
expect "blockiert: RL-NETZ"
page_to "Fehlende Voraussetzungen (6)"
expect "1. offener Punkt: Datenschutz-Folgenabschätzung"
# tick the last checklist item
keys G
expect "[ ] Sachbearbeitung im Straßenverkehrsamt"
keys Space
expect "erledigt: Sachbearbeitung"
expect "[x] Sachbearbeitung im Straßenverkehrsamt"
expect "Checkliste (4 von 9 erledigt)"
quit

# reopened: the tick stayed
start
keys 7 G
expect "[x] Sachbearbeitung im Straßenverkehrsamt"
expect "Checkliste (4 von 9 erledigt)"
[ "$have_sqlite" = 1 ] && check_db "select count(*) from pilot_todo where erledigt = 1" 4 \
	"checklist items done"
# another program changes the file meanwhile: the next tick is refused, the dashboard
# reloads and says so; done again, it is stored
"$BIN" --db "$DB" object set ANW-FAX notiz "geändert von außen" >/dev/null 2>&1
keys G Space
expect "Ein anderes Programm hat den Arbeitsbereich geändert"
[ "$have_sqlite" = 1 ] && check_db "select count(*) from pilot_todo where erledigt = 1" 4 \
	"checklist items done after a refused toggle"
keys G Space
expect "wieder offen: Sachbearbeitung"
[ "$have_sqlite" = 1 ] && check_db "select count(*) from pilot_todo where erledigt = 1" 3 \
	"checklist items done after the toggle done again"
keys G Space
expect "erledigt: Sachbearbeitung"
# a new checklist item
keys i
expect "Punkt zur Checkliste"
keys "Testlauf mit echten Anträgen" Enter
expect "Checkliste (4 von 10 erledigt)"
expect "[ ] Testlauf mit echten Anträgen"

# Quick Wins: the candidates are listed with their closure
keys 6
page_to "Pilotkandidaten:"
expect "Hülle 4 Objekte"
# P on ANW-MAENGEL (third quick win, a pilot candidate): a pilot with its closure
keys g j j
expect "ANW-MAENGEL: Punkte 85"
keys P
expect "Name des neuen Piloten mit 4 Objekten (ANW-GIS,"
keys Enter
expect "Pilot \"Mängelmelder\" angelegt"
expect "Mängelmelder — Status: Idee"
expect "Mitglieder (4)"

# Inventar: mark two objects with the space bar, P asks for a name, Enter creates
keys 2 :
keys FV-FRIEDHOF Enter
keys Space
expect "1 Objekt markiert"
keys :
keys REG-GRAB Enter
keys Space
expect "2 Objekte markiert"
keys P
expect "Name des neuen Piloten mit 2 Objekten"
keys C-u "Friedhof" Enter
expect "Pilot \"Friedhof\" angelegt"
expect "Friedhof — Status: Idee"
expect "Mitglieder (2)"
[ "$have_sqlite" = 1 ] && check_db "select count(*) from pilot" 4 "pilots after two new ones"
quit

# in English, without colour and in plain ASCII: the same views read
start --lang en
keys 5
expect "Plan from"
expect "Authority (v)"
keys 7
expect "Anwohnerparken — status: planned"
expect "Members (5) · verdict per platform"
quit
rm -f "$T/rc"
tm new-session -d -s "$S" -x 80 -y 24 \
	"env LANG=C LC_ALL=C LANGUAGE= NO_COLOR=1 TERM=screen '$BIN' --db '$DB' 2>'$T/err'; echo \$? >'$T/rc'"
expect "74 Objekte"
keys 5
expect "Vertragsenden      *4"
keys 7
expect_line "FV-PARKAUSWEIS" "+        +        x"
quit

"$BIN" --db "$DB" pilot show Friedhof >"$T/show" 2>&1
grep -qF "FV-FRIEDHOF" "$T/show" && grep -qF "REG-GRAB" "$T/show" && ok || bad "pilot Friedhof lacks its members"

printf '%s: %d passed, %d failed\n' "$name" "$pass" "$fail"
[ "$fail" -eq 0 ]
