#!/bin/sh
# End-to-end test of the Bewertung and Plattformen views: the real binary in a detached
# tmux session at 80x24 on a fresh demo workspace. What-if on a platform (the count the
# CLI reports for the same change on a copy), apply it, see the verdicts change in the
# Bewertung and in the store, undo it; Enter on a Bewertung cell explains it; x exports the
# Bewertung, byte for byte what `wolkenplan export bewertung` writes; the same in English.
# Skips (exit 77) when tmux is missing. Expects $BIN (absolute path of build/wolkenplan).
: "${BIN:?BIN must point to build/wolkenplan}"
name=tui_whatif
. "$(dirname "$0")/lib_tmux.sh"

# the dashboard runs in $T with HOME=$T: the x export lands there
tui_dir=$T
tui_env="HOME='$T'"

# rl_value CODE RL — the value the CLI shows for a red line of a platform
rl_value() {
	"$BIN" --db "$DB" platform show "$1" 2>/dev/null | awk -v rl="$2" '$1 == rl { print $0 }'
}

export LANGUAGE=
DB="$T/musterstadt.db"
if "$BIN" init --demo --db "$DB" >"$T/out" 2>"$T/err"; then ok; else bad "init --demo"; fi

# the figure to expect, from the CLI on a copy: RL-NETZ of DE-PRIVAT becomes erfüllt
cp "$DB" "$T/copy.db"
LC_ALL=$lang "$BIN" --db "$T/copy.db" platform set DE-PRIVAT RL-NETZ erfüllt --quelle x \
	>"$T/cli" 2>&1
n=$(sed -n 's/^\([0-9][0-9]*\) Objekte ändern ihr Urteil auf DE-PRIVAT\.$/\1/p' "$T/cli")
if [ -n "$n" ] && [ "$n" -gt 0 ]; then ok; else bad "CLI what-if figure: $(cat "$T/cli")"; fi
before=$("$BIN" --db "$DB" platform show DE-PRIVAT | grep -F 'Urteile:')

start
# Plattformen: DE-PRIVAT, into the profile, RL-NETZ, a new value and its source
keys 4
expect "e e t e e e e"
keys j j
expect "DE-PRIVAT — Deutscher"
keys l j j Enter
expect "DE-PRIVAT: RL-NETZ"
keys Up Enter
expect "Quelle / Begründung"
keys C-u "Vertrag 2026, Anlage 3" Enter
expect "Was wäre, wenn: DE-PRIVAT RL-NETZ = erfüllt"
expect "$n Objekte ändern ihr Urteil auf DE-PRIVAT"
expect "blockiert → zulässig"
# nothing is stored before the answer
if rl_value DE-PRIVAT RL-NETZ | grep -qF teilweise; then ok; else bad "stored before confirmation"; fi
keys j
expect "RL-NETZ geändert"
expect "e e e e e e e"
expect_line "RL-NETZ" "Vertrag 2026, Anlage 3"
if rl_value DE-PRIVAT RL-NETZ | grep -qF "Vertrag 2026, Anlage 3"; then ok; else
	bad "store lacks the new value: $(rl_value DE-PRIVAT RL-NETZ)"; fi
after=$("$BIN" --db "$DB" platform show DE-PRIVAT | grep -F 'Urteile:')
if [ "$after" != "$before" ]; then ok; else bad "verdicts unchanged in the store: $after"; fi
# the Bewertung shows it: DE-PRIVAT is the third column
keys 3
blocked_now=$(printf '%s\n' "$after" | sed 's/.*, \([0-9]*\) blockiert/\1/')
expect_line "Summe ✗ blockiert" " $blocked_now"
# undo: memory, screen and store go back
keys u
expect "Rückgängig: Plattform DE-PRIVAT"
keys 4
expect "e e t e e e e"
if rl_value DE-PRIVAT RL-NETZ | grep -qF teilweise; then ok; else bad "undo not stored"; fi
now=$("$BIN" --db "$DB" platform show DE-PRIVAT | grep -F 'Urteile:')
if [ "$now" = "$before" ]; then ok; else bad "verdicts after undo: $now, want $before"; fi

# Bewertung: Enter on a cell explains it (ANW-RIS on SOUV-US is blockiert)
keys 3 g
i=0
while ! grep -qF "ANW-RIS " "$T/screen" && [ "$i" -lt 40 ]; do
	keys j
	tm capture-pane -p -t "$S" >"$T/screen"
	i=$((i + 1))
done
while ! grep -F "ANW-RIS " "$T/screen" | grep -qF "["; do
	keys j
	tm capture-pane -p -t "$S" >"$T/screen"
done
keys l l l
expect_line "ANW-RIS " "[✗]"
keys Enter
expect "ANW-RIS auf SOUV-US"
expect "blockiert: RL-INFRA teilweise"
expect "Schutzklasse: hoch"
keys Escape

# x: the Bewertung CSV, byte for byte the CLI's
keys x
expect "Bewertung exportieren: Format"
keys Enter
expect "musterstadt-bewertung-"
keys C-u "$T/tui-bewertung.csv" Enter
expect "Bewertung exportiert"
"$BIN" --db "$DB" export bewertung -o "$T/cli-bewertung.csv" 2>/dev/null
if cmp -s "$T/tui-bewertung.csv" "$T/cli-bewertung.csv"; then ok; else
	bad "x export differs from wolkenplan export bewertung"; fi
# again to the same name: asked first, no keeps the file
keys x Enter C-u "$T/tui-bewertung.csv" Enter
expect "Datei überschreiben?"
keys n Escape
# the default name lands in the current directory
keys x Down Enter Enter
expect "Bewertung exportiert"
if ls "$T"/musterstadt-bewertung-*.csv >/dev/null 2>&1; then ok; else bad "no default-named file"; fi
"$BIN" --db "$DB" export bewertung --dialect rfc4180 -o "$T/cli-rfc.csv" 2>/dev/null
if cmp -s "$T"/musterstadt-bewertung-*.csv "$T/cli-rfc.csv"; then ok; else
	bad "rfc4180 export differs"; fi
quit

# in English: the same what-if in English words, cancelled
start --lang en
keys 4 j j l j j Enter Up Enter Enter
expect "What if: DE-PRIVAT RL-NETZ"
expect "$n objects change their verdict"
keys n
expect "cancelled, nothing changed"
if rl_value DE-PRIVAT RL-NETZ | grep -qF teilweise; then ok; else bad "cancel stored something"; fi
quit

finish
