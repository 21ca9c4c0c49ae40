#!/bin/sh
# End-to-end test of the Roadmap, Quick Wins and Piloten views: the real binary in a
# detached tmux session at 80x24 on a fresh demo workspace. Plans with p, pins an object to a
# month before something it needs ends (the violation shows at once) and undoes it, gives a
# month no capacity and undoes it, zooms and regroups the Gantt, exports the roadmap with x
# and compares it byte for byte with `wolkenplan export
# roadmap`, tells the Anwohnerparken story (members, verdicts, feasibility and why, what to
# clear first, its wave), ticks a checklist item, quits, reopens (it stays), starts a pilot
# from a Quick Win and one from objects marked in the Inventar. Skips (exit 77) when tmux
# is missing. Expects $BIN.
: "${BIN:?BIN must point to build/wolkenplan}"
name=tui_roadmap
. "$(dirname "$0")/lib_tmux.sh"

fixdir=$(cd "$(dirname "$0")/../fixtures" && pwd)
# the export dialog writes into the current directory
cd "$T" || exit 1

DB="$T/musterstadt.db"
if "$BIN" init --demo --db "$DB" >"$T/out" 2>"$T/err"; then ok; else bad "init --demo"; fi

start
# the Gantt of the Zeitplan; p stores the plan that exports and `check` read
keys 5
expect "69 von 74 geplant"
expect "Last / Kapazität"
keys p
expect "Neu geplant ab"
check_db "select count(*) from zeitplan_objekt where beginn = '2027-01'" 5 \
	"objects beginning in 01.2027 after planning"

# ANW-EAKTE waits for ANW-VERZEICHNIS; pinned before its end it breaks the order
keys : ANW-EAKTE Enter
expect "ANW-EAKTE: beginnt 04.2027: wartet auf ANW-VERZEICHNIS"
keys w
expect "Beginn von ANW-EAKTE festlegen"
keys C-u 2027-03 Enter
expect "1 Verstoß"
expect_line "!" "ANW-EAKTE"
check_db "select pin_monat from objekt where kennung='ANW-EAKTE'" 2027-03 \
	"pin month of ANW-EAKTE"
# the stored plan breaks a rule: check says so too (the file is shared, WAL)
if "$BIN" --db "$DB" check >"$T/check" 2>&1; then bad "check passed a broken plan"; else ok; fi
grep 'FEHLER: Plan:' "$T/check" | grep -qF "ANW-EAKTE" && ok || bad "check lacks the pin conflict"
# undo: no pin, no violation
keys u
expect "0 Verstöße"
check_db "select coalesce(pin_monat, 0) from objekt where kennung='ANW-EAKTE'" 0 \
	"pin month of ANW-EAKTE after undo"

# a holiday month: May 2027 without capacity, ANW-EAKTE starts later; undo
keys K C-u "2027-04 0" Enter
expect "Kapazität 04.2027: 0 PT gespeichert"
check_db "select pt from kapazitaet where monat='2027-04'" 0.0 "capacity of 2027-04"
expect "Ausnahme 04.2027"
keys Escape
keys u
expect "ANW-EAKTE: beginnt 04.2027"

# zoom and groups
keys +
expect "Zoom Monat"
keys - -
expect "Zoom Jahr"
keys +
keys v
expect "- Replatform ("
keys v
# the selection stays on its object; the first group's header is at the top
keys Home
expect "- 10 Hauptamt ("

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
expect "Welle: 2 ("
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
check_db "select count(*) from pilot_todo where erledigt = 1" 4 \
	"checklist items done"
# another program changes the file meanwhile: the next tick is refused, the dashboard
# reloads and says so; done again, it is stored
"$BIN" --db "$DB" object set ANW-FAX notiz "geändert von außen" >/dev/null 2>&1
keys G Space
expect "Ein anderes Programm hat den Arbeitsbereich geändert"
check_db "select count(*) from pilot_todo where erledigt = 1" 4 \
	"checklist items done after a refused toggle"
keys G Space
expect "wieder offen: Sachbearbeitung"
check_db "select count(*) from pilot_todo where erledigt = 1" 3 \
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
check_db "select count(*) from pilot" 4 "pilots after two new ones"
quit

# in English, without colour and in plain ASCII: the same views read
start --lang en
keys 5
expect "of 74 planned"
expect "Load / capacity"
keys 7
expect "Anwohnerparken — status: planned"
expect "Members (5) · verdict per platform"
quit
rm -f "$T/rc"
tm new-session -d -s "$S" -x 80 -y 24 \
	"env LANG=C LC_ALL=C LANGUAGE= NO_COLOR=1 TERM=screen '$BIN' --db '$DB' 2>'$T/err'; echo \$? >'$T/rc'"
expect "74 Objekte"
keys 5
expect "Kap. 80 PT/Monat"
expect "####"
keys 7
expect_line "FV-PARKAUSWEIS" "+        +        x"
quit

"$BIN" --db "$DB" pilot show Friedhof >"$T/show" 2>&1
grep -qF "FV-FRIEDHOF" "$T/show" && grep -qF "REG-GRAB" "$T/show" && ok || bad "pilot Friedhof lacks its members"

# a workspace of the wave planner (tests/fixtures/README.md) opened first by the dashboard:
# it says what was converted, and the Roadmap shows the re-planned Zeitplan
DB="$T/old.db"
gzip -dc "$fixdir/workspace-e36a25e.db.gz" >"$DB"
start
expect "auf den Zeitplan umgestellt"
keys 5
expect "Plan 01.2027–"
quit
check_db "select count(*) from umstellung" 0 "conversion note shown once"

finish
