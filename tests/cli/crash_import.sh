#!/bin/sh
# Crash safety: `wolkenplan import` of a large generated inventory is killed with SIGKILL at
# pseudo-random moments (fixed seed) over the length of the import; after each kill the
# workspace must pass `wolkenplan check` and hold all of the import or none of it. The same
# for an edit (`object set`, and the dashboard in tmux) killed mid-write: the field holds
# the old or the new value, and an edit the dashboard confirmed is never lost.
# Settings: CRASH_RUNS (default 50), CRASH_EDITS (30), CRASH_TUI_RUNS (9), CRASH_ROWS (40000),
# CRASH_SEED (8).
. "$(dirname "$0")/lib.sh"

RUNS=${CRASH_RUNS:-50}
EDITS=${CRASH_EDITS:-30}
ROWS=${CRASH_ROWS:-40000}
SEED=${CRASH_SEED:-8}

BASE="$T/base.db"
DB="$T/work.db"
run 0 "$BIN" init --demo --db "$BASE"

# the inventory: ROWS new objects (each needing up to three earlier ones, some cycles), and
# a changed note on an existing demo object, so "all" differs from "none" in old rows too
awk -v n="$ROWS" -v seed="$SEED" 'BEGIN {
	srand(seed)
	print "Kennung;Typ;Name;Behörde;Vertraulichkeit;Fallzahl;Abhängigkeiten;Notiz"
	split("Fachverfahren Register Anwendung", typ, " ")
	for (i = 1; i <= n; i++) {
		deps = ""
		for (k = 0; k < 3 && i > 1; k++) {
			j = int(rand() * (i - 1)) + 1
			if (index(deps, sprintf("CR-%06d", j)) == 0)
				deps = deps (deps == "" ? "" : ", ") sprintf("CR-%06d", j)
		}
		if (i % 500 == 0 && i < n) # a cycle with the next row
			deps = deps (deps == "" ? "" : ", ") sprintf("CR-%06d", i + 1)
		printf "CR-%06d;%s;Verfahren %d;Amt %d;%s;%d;%s;Notiz %d\n", i, typ[i % 3 + 1], i,
			i % 60, (i % 7 == 0 ? "hoch" : "normal"), int(rand() * 100000), deps, i
	}
	print "FV-PARKAUSWEIS;Fachverfahren;NAME;BEHOERDE;;;;nach dem Import"
}' >"$T/big.csv"
# the demo row must keep its other columns: take Name and Behörde from the workspace
"$BIN" --db "$BASE" export inventar --dialect rfc4180 -o "$T/demo.csv" 2>/dev/null
melde=$(grep '^FV-PARKAUSWEIS,' "$T/demo.csv" | cut -d, -f3-4 | tr , ';')
[ -n "$melde" ] && ok || bad "demo has no FV-PARKAUSWEIS"
sed -i "s/^FV-PARKAUSWEIS;Fachverfahren;NAME;BEHOERDE;/FV-PARKAUSWEIS;Fachverfahren;$melde;/" "$T/big.csv"

# fingerprint DB — what a user would compare: objects, dependencies, Behörden, names, notes
fingerprint() {
	sqlite3 "$1" "SELECT (SELECT count(*) FROM objekt), (SELECT count(*) FROM abhaengigkeit),
		(SELECT count(*) FROM behoerde), (SELECT total(length(name) + length(notiz)) FROM objekt),
		(SELECT notiz FROM objekt WHERE kennung = 'FV-PARKAUSWEIS')"
}
reset() {
	rm -f "$DB" "$DB-wal" "$DB-shm" "$DB-journal"
	cp "$BASE" "$DB"
}

NONE=$(fingerprint "$BASE")
"$BIN" --db "$BASE" export inventar -o "$T/none.csv" 2>/dev/null
took_ms=100000 # the faster of two imports: the kills spread over that
for k in 1 2; do
	reset
	start=$(date +%s%N)
	run 0 "$BIN" --db "$DB" import "$T/big.csv"
	took=$(( ($(date +%s%N) - start) / 1000000 ))
	[ "$took" -lt "$took_ms" ] && took_ms=$took
done
has "$T/out" "$ROWS neu, 1 geändert"
ALL=$(fingerprint "$DB")
"$BIN" --db "$DB" export inventar -o "$T/all.csv" 2>/dev/null
[ "$NONE" != "$ALL" ] && ok || bad "import changed nothing"

# kill times spread over 0 … 1.3 × the measured import time (it runs slower while the shell sleeps and kills)
awk -v n="$RUNS" -v seed="$SEED" -v ms="$took_ms" 'BEGIN {
	srand(seed)
	for (i = 0; i < n; i++) printf "%.3f\n", rand() * ms * 1.3 / 1000
}' >"$T/delays"

n_none=0 n_all=0 n_fail=0 n_hot=0 i=0
while read -r d; do
	i=$((i + 1))
	reset
	"$BIN" --db "$DB" import "$T/big.csv" >/dev/null 2>&1 &
	pid=$!
	sleep "$d"
	kill -KILL "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	# a rollback journal or WAL left with content: the kill hit the write itself
	if [ -s "$DB-journal" ] || [ -s "$DB-wal" ]; then n_hot=$((n_hot + 1)); fi
	if ! "$BIN" --db "$DB" check >"$T/check" 2>&1; then
		bad "run $i (kill after ${d}s): check fails"; sed 's/^/  | /' "$T/check" | head -5
		n_fail=$((n_fail + 1)); continue
	fi
	ok
	fp=$(fingerprint "$DB")
	if [ "$fp" = "$NONE" ]; then n_none=$((n_none + 1)); want="$T/none.csv"
	elif [ "$fp" = "$ALL" ]; then n_all=$((n_all + 1)); want="$T/all.csv"
	else bad "run $i (kill after ${d}s): partial import: $fp"; n_fail=$((n_fail + 1)); continue
	fi
	ok
	# every tenth run compares the whole export, byte for byte
	if [ $((i % 10)) -eq 0 ]; then
		"$BIN" --db "$DB" export inventar -o "$T/got.csv" 2>/dev/null
		cmp -s "$want" "$T/got.csv" && ok || bad "run $i: export differs from ${want##*/}"
	fi
done <"$T/delays"
echo "crash_import.sh: import of $ROWS rows takes ${took_ms} ms; $RUNS kills: $n_none none, $n_all all, $n_fail broken; $n_hot during the write (journal left behind)"
[ "$n_none" -gt 0 ] && ok || bad "no kill landed before the commit (delays too long?)"
[ "$n_hot" -gt 0 ] && ok || bad "no kill landed during the write (import too fast for the delays?)"

# an edit killed mid-write (`object set` and the dashboard share data/edit.c): runs alternate
# between a new note and a new dependency list (a delete and inserts in one transaction);
# the stored value is the old or the new one, never a mix
reset
deps_of() {
	sqlite3 "$DB" "SELECT group_concat(k, ', ') FROM (SELECT z.kennung AS k FROM abhaengigkeit a
		JOIN objekt v ON v.id = a.von_id JOIN objekt z ON z.id = a.zu_id
		WHERE v.kennung = 'FV-PARKAUSWEIS' ORDER BY k)"
}
note_of() { sqlite3 "$DB" "SELECT notiz FROM objekt WHERE kennung = 'FV-PARKAUSWEIS'"; }
DEPS_A="ANW-EAKTE, ANW-INTRANET, ANW-RIS, REG-VS"
DEPS_B="ANW-WEBSITE"
run 0 "$BIN" --db "$DB" object set FV-PARKAUSWEIS notiz "vorher"
run 0 "$BIN" --db "$DB" object set FV-PARKAUSWEIS abhaengigkeiten "$DEPS_B"
edit_ms=100000 # the fastest of three edits: the kills spread over that
for v in "$DEPS_A" "$DEPS_B" "$DEPS_A"; do
	start=$(date +%s%N)
	run 0 "$BIN" --db "$DB" object set FV-PARKAUSWEIS abhaengigkeiten "$v"
	took=$(( ($(date +%s%N) - start) / 1000000 ))
	[ "$took" -lt "$edit_ms" ] && edit_ms=$took
done
[ "$(deps_of)" = "$DEPS_A" ] && ok || bad "dependencies after object set: $(deps_of)"
awk -v n="$EDITS" -v seed="$SEED" -v ms="$edit_ms" 'BEGIN {
	srand(seed + 1)
	for (i = 0; i < n; i++) printf "%.3f\n", rand() * ms / 1000
}' >"$T/delays"
e_old=0 e_new=0 i=0
while read -r d; do
	i=$((i + 1))
	if [ $((i % 2)) -eq 0 ]; then
		field=notiz old=$(note_of) new="Notiz $i $(printf '%0500d' "$i")"
	else
		field=abhaengigkeiten old=$(deps_of)
		if [ "$old" = "$DEPS_A" ]; then new=$DEPS_B; else new=$DEPS_A; fi
	fi
	"$BIN" --db "$DB" object set FV-PARKAUSWEIS "$field" "$new" >/dev/null 2>&1 &
	pid=$!
	sleep "$d"
	kill -KILL "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	if ! "$BIN" --db "$DB" check >"$T/check" 2>&1; then
		bad "edit $i (kill after ${d}s): check fails"; sed 's/^/  | /' "$T/check" | head -5
		continue
	fi
	if [ "$field" = notiz ]; then got=$(note_of); else got=$(deps_of); fi
	if [ "$got" = "$old" ]; then e_old=$((e_old + 1)); ok
	elif [ "$got" = "$new" ]; then e_new=$((e_new + 1)); ok
	else bad "edit $i: $field is neither old nor new: $(printf '%s' "$got" | cut -c1-60)"
	fi
done <"$T/delays"
echo "crash_import.sh: edit takes ${edit_ms} ms; $EDITS kills: $e_old old value, $e_new new value"

# the dashboard killed around its edit (tmux, when there is one): a long-lived connection
# whose committed edits sit in the WAL. Each run changes Vertraulichkeit of ANW-OPENDATA
# from the pick list and is killed right after Enter, pseudo-randomly within 15 ms, or, every
# third run, only once the status line says "gespeichert" (then the edit must be there).
if command -v tmux >/dev/null 2>&1; then
	SOCK="wolkenplan-crash-$$"
	tm() { tmux -L "$SOCK" -f /dev/null "$@"; }
	trap 'tm kill-server >/dev/null 2>&1; rm -rf "$T"' EXIT
	screen_has() {
		k=0
		while [ "$k" -lt 50 ]; do
			tm capture-pane -p -t wp >"$T/screen" 2>/dev/null
			grep -qF -- "$1" "$T/screen" && return 0
			sleep 0.1
			k=$((k + 1))
		done
		return 1
	}
	sb_c() { sqlite3 "$DB" "SELECT sb_c FROM objekt WHERE kennung = 'ANW-OPENDATA'"; }
	reset
	TUI_RUNS=${CRASH_TUI_RUNS:-9}
	awk -v n="$TUI_RUNS" -v seed="$SEED" 'BEGIN { srand(seed + 2); for (i = 0; i < n; i++) printf "%.3f\n", rand() * 0.015 }' >"$T/delays"
	t_old=0 t_new=0 i=0
	while read -r d; do
		i=$((i + 1))
		old=$(sb_c)
		if [ "$old" = 3 ]; then pick=normal new=1; else pick=sehr new=3; fi
		tm new-session -d -s wp -x 100 -y 30 \
			"exec env LC_ALL=C.UTF-8 LANGUAGE= TERM=screen '$BIN' --db '$DB'"
		pid=$(tm display-message -p -t wp '#{pane_pid}')
		screen_has "74 Objekte" || { bad "tui run $i: dashboard did not start"; tm kill-server; continue; }
		tm send-keys -t wp 2; sleep 0.1; tm send-keys -t wp :; sleep 0.1
		tm send-keys -t wp ANW-OPENDATA Enter; sleep 0.1; tm send-keys -t wp Enter
		screen_has "ANW-OPENDATA — " || bad "tui run $i: no Objekt-Detail"
		tm send-keys -t wp g j j j j j j j j j j j j; sleep 0.1; tm send-keys -t wp e
		screen_has "Vertraulichkeit ändern" || bad "tui run $i: no pick list"
		tm send-keys -t wp "$pick" Enter
		if [ $((i % 3)) -eq 0 ]; then
			screen_has "gespeichert" && ok || bad "tui run $i: edit not confirmed"
		else
			sleep "$d"
		fi
		kill -KILL "$pid" 2>/dev/null
		tm kill-server >/dev/null 2>&1
		if ! "$BIN" --db "$DB" check >"$T/check" 2>&1; then
			bad "tui run $i: check fails"; sed 's/^/  | /' "$T/check" | head -5
			continue
		fi
		got=$(sb_c)
		if [ $((i % 3)) -eq 0 ] && [ "$got" != "$new" ]; then
			bad "tui run $i: a confirmed edit was lost (Vertraulichkeit $got, want $new)"
		elif [ "$got" = "$old" ]; then t_old=$((t_old + 1)); ok
		elif [ "$got" = "$new" ]; then t_new=$((t_new + 1)); ok
		else bad "tui run $i: Vertraulichkeit is $got (old $old, new $new)"
		fi
	done <"$T/delays"
	echo "crash_import.sh: dashboard killed $TUI_RUNS times: $t_old old value, $t_new new value"
else
	skip "tmux missing: dashboard case"
fi
finish
