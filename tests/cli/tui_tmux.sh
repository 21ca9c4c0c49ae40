#!/bin/sh
# End-to-end test of the dashboard: runs the real binary in a detached tmux session at
# 80x24 on a fresh demo workspace, sends keys and reads the screen with capture-pane:
# open, a figure of the Übersicht, navigate, sort, filter, search, jump, help, resize
# (wide, too small, back), quit; NO_COLOR=1, a non-UTF-8 locale and --lang en.
# Skips (exit 77) when tmux is missing. Expects $BIN (absolute path of build/wolkenplan).
: "${BIN:?BIN must point to build/wolkenplan}"
name=tui_tmux
. "$(dirname "$0")/lib_tmux.sh"

# quit_session NAME — sends q and waits (up to ~3 s) until the session has ended
quit_session() {
	tm send-keys -t "$1" q
	i=0
	while tm has-session -t "$1" 2>/dev/null && [ "$i" -lt 30 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	! tm has-session -t "$1" 2>/dev/null
}

DB="$T/musterstadt.db"
if "$BIN" init --demo --db "$DB" >"$T/out" 2>"$T/err"; then ok; else bad "init --demo"; fi

tm new-session -d -s "$S" -x 80 -y 24 \
	"env LANG=$lang LC_ALL=$lang LANGUAGE= TERM=screen '$BIN' --db '$DB' 2>'$T/err'; echo \$? >'$T/rc'"
# open: the Übersicht first
expect "74 Objekte"
expect "Objekte nach Typ"
expect "alle Objekte"
expect "q Beenden"

# a figure opens the Inventar filtered to it: Register
tm send-keys -t "$S" j j Enter
expect "Typ: Register"
expect "gefiltert aus 74"
if sed -n '4,20p' "$T/screen" | grep -E '^[A-Z]' | grep -vqE '^REG-'; then
	bad "a row that is not a Register under the Register filter"
else ok; fi
tm send-keys -t "$S" F
expect " von 74"
tm send-keys -t "$S" g
expect "Objekt 1 von 74"

# navigate: j, G, g; every table line starts with a Kennung (nothing wrapped)
tm send-keys -t "$S" j j
expect "Objekt 3 von 74"
tm send-keys -t "$S" G
expect "Objekt 74 von 74"
tm send-keys -t "$S" g
expect "Objekt 1 von 74"
if sed -n '4,21p' "$T/screen" | grep -vqE '^((ANW|FV|REG)-|$)'; then
	bad "a table line does not start with a Kennung (wrapped?)"
else ok; fi

# sort: s → Name, S reverses
tm send-keys -t "$S" s
expect "sortiert: Name ▲"
tm send-keys -t "$S" S
expect "sortiert: Name ▼"
n=0
while ! grep -qF "sortiert: Kennung ▲" "$T/screen" && [ "$n" -lt 12 ]; do
	tm send-keys -t "$S" s
	sleep 0.1
	tm capture-pane -p -t "$S" >"$T/screen" 2>/dev/null
	n=$((n + 1))
done
expect "sortiert: Kennung ▲"

# filter through the pick list: f, "typ", Enter, "anw", Enter
tm send-keys -t "$S" f
expect "Filtern nach"
tm send-keys -t "$S" -l typ
tm send-keys -t "$S" Enter
expect "Filter: Typ"
tm send-keys -t "$S" -l anw
tm send-keys -t "$S" Enter
expect "Typ: Anwendung"
tm send-keys -t "$S" F
expect "kein Filter"

# incremental search and jump
tm send-keys -t "$S" /
expect "Suche:"
tm send-keys -t "$S" -l melderegister
tm send-keys -t "$S" Enter
expect "REG-MELDE"
tm send-keys -t "$S" :
expect "Kennung:"
tm send-keys -t "$S" -l fv-parkausweis
tm send-keys -t "$S" Enter
expect "FV-PARKAUSWEIS"

# an edit in the Objekt-Detail keeps the Inventar's sort, filter and selection: Name order,
# Typ Anwendung, ANW-OPENDATA; its Vertraulichkeit to "sehr hoch" shows in the row
tm send-keys -t "$S" s
expect "sortiert: Name ▲"
tm send-keys -t "$S" f
expect "Filtern nach"
tm send-keys -t "$S" -l typ
tm send-keys -t "$S" Enter
expect "Filter: Typ"
tm send-keys -t "$S" -l anw
tm send-keys -t "$S" Enter
expect "Typ: Anwendung"
tm send-keys -t "$S" :
tm send-keys -t "$S" -l ANW-OPENDATA
tm send-keys -t "$S" Enter
expect "ANW-OPENDATA "
tm send-keys -t "$S" Enter
if wait_for "ANW-OPENDATA — "; then
	ok
	tm send-keys -t "$S" g j j j j j j j j j j j j e
	expect "Vertraulichkeit ändern"
	tm send-keys -t "$S" -l sehr
	tm send-keys -t "$S" Enter
	expect "gespeichert"
	tm send-keys -t "$S" Escape
	expect "Typ: Anwendung"
	expect "sortiert: Name ▲"
	if grep -E '^ANW-OPENDATA .*sehr hoch' "$T/screen" >/dev/null; then ok; else
		bad "the edited object is not shown with its new Schutzklasse"; fi
	# the selection stayed on the edited object: reverse video on its line
	tm capture-pane -p -e -t "$S" >"$T/esc"
	if grep -E "$(printf '\033')\\[([0-9;]*;)?7[;m].*ANW-OPENDATA|ANW-OPENDATA.*$(printf '\033')\\[([0-9;]*;)?7[;m]" \
		"$T/esc" >/dev/null; then ok; else bad "the edited object is no longer selected"; fi
	tm send-keys -t "$S" u
	expect "Rückgängig"
else
	bad "Enter did not open the Objekt-Detail"
fi
tm send-keys -t "$S" F
tm send-keys -t "$S" s s s s s s s s s s
tm send-keys -t "$S" g
n=0
while ! grep -qF "sortiert: Kennung ▲" "$T/screen" && [ "$n" -lt 12 ]; do
	tm send-keys -t "$S" s
	sleep 0.1
	tm capture-pane -p -t "$S" >"$T/screen" 2>/dev/null
	n=$((n + 1))
done

# help by ?, back with q
tm send-keys -t "$S" '?'
expect "Diese Hilfe mit allen Tasten"
tm send-keys -t "$S" q
expect "sortiert: Kennung"

# a resize reaches the app as KEY_RESIZE: the wide layout shows the Behörden tree? no:
# the tree was decided at 80 columns; t shows it
if tm resize-window -t "$S" -x 120 -y 40 >/dev/null 2>&1; then
	expect "Behörde"
	tm send-keys -t "$S" t
	expect "Alle Behörden"
	# too small: a clear notice, and back
	tm resize-window -t "$S" -x 60 -y 20 >/dev/null 2>&1
	expect "Fenster zu klein"
	expect "mindestens 80 × 24"
	tm resize-window -t "$S" -x 80 -y 24 >/dev/null 2>&1
	expect "sortiert: Kennung"
fi

if quit_session "$S"; then ok; else bad "session still running after q"; fi
if [ "$(cat "$T/rc" 2>/dev/null)" = 0 ]; then ok; else bad "exit code $(cat "$T/rc" 2>/dev/null)"; fi
if [ -s "$T/err" ]; then bad "stderr not empty"; else ok; fi

# NO_COLOR: no colour codes on screen, the selected row still in reverse video
tm new-session -d -s mono -x 80 -y 24 \
	"env NO_COLOR=1 LANG=$lang LC_ALL=$lang TERM=screen '$BIN' --db '$DB' 2>'$T/err'"
S=mono
expect "Objekte nach Typ"
tm send-keys -t mono 2
expect "Objekt 1 von 74"
tm capture-pane -p -e -t mono >"$T/esc"
if grep -qE "$(printf '\033')\\[([0-9;]*;)?(3[0-7]|4[0-7]|38;5|48;5)[;m]" "$T/esc"; then
	bad "colour codes despite NO_COLOR"
else ok; fi
if grep -qE "$(printf '\033')\\[([0-9;]*;)?7[;m]" "$T/esc"; then ok; else bad "no reverse video"; fi
quit_session mono

# a non-UTF-8 locale: ASCII only on screen (umlauts transliterated, no box glyphs)
tm new-session -d -s ascii -x 80 -y 24 \
	"env LANG=C LC_ALL=C TERM=screen '$BIN' --db '$DB' 2>'$T/err'"
S=ascii
expect "Uebersicht"
if LC_ALL=C grep -q "$(printf '[\200-\377]')" "$T/screen"; then
	bad "non-ASCII bytes on screen under LC_ALL=C"
else ok; fi
quit_session ascii

# --lang en: the English interface
tm new-session -d -s en -x 80 -y 24 \
	"env LANG=$lang LC_ALL=$lang TERM=screen '$BIN' --lang en --db '$DB' 2>'$T/err'"
S=en
expect "objects"
expect "Quit"
quit_session en

finish
