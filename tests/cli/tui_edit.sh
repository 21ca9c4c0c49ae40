#!/bin/sh
# End-to-end test of editing in the dashboard: the real binary in a detached tmux session
# at 80x24 on a fresh demo workspace. Opens an object from the Inventar, changes its
# Vertraulichkeit through the pick list and watches the verdicts change, undoes and redoes
# it, tries a bad date (refused, nothing saved), resizes during the prompt, quits,
# reopens: the edit is there. Skips (exit 77) when tmux is missing. Expects $BIN.
: "${BIN:?BIN must point to build/wolkenplan}"
name=tui_edit
. "$(dirname "$0")/lib_tmux.sh"

# open_object KENNUNG — Inventar, jump to the Kennung, Enter: its Objekt-Detail
open_object() {
	keys 2
	keys :
	keys "$1" Enter
	expect "$1 "
	keys Enter
	expect "$1 — "
}


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
check_db "select sb_c from objekt where kennung='ANW-OPENDATA'" 3 \
	"Vertraulichkeit after the edit"

# undo (its own transaction), then redo
keys u
expect "Rückgängig: ANW-OPENDATA"
expect "Schutzklasse normal"
page_to "DE-PRIVAT "
expect_line "DE-PRIVAT " "zulässig"
check_db "select sb_c from objekt where kennung='ANW-OPENDATA'" 1 \
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
check_db \
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
check_db "select vertragsende from objekt where kennung='ANW-OPENDATA'" \
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

finish
