#!/bin/sh
# CLI tests of the foundation: init, list, check, help, version, default workspace, refusals.
. "$(dirname "$0")/lib.sh"

DB="$T/x.db"
run 0 "$BIN" init --demo --db "$DB"
has "$T/out" "Musterstadt"
[ "$(stat -c %a "$DB")" = 600 ] && ok || bad "workspace mode is $(stat -c %a "$DB"), want 600"
run 1 "$BIN" init --demo --db "$DB"
has "$T/err" "wird nicht überschrieben"
run 2 "$BIN" init --demo --empty --db "$T/q.db"
run 2 "$BIN" init
run 0 "$BIN" --db "$DB" list
has "$T/out" "REG-MELDE"
has "$T/out" "34 Straßenverkehrsamt"
objects=$(($(wc -l <"$T/out") - 1))
[ "$objects" -ge 50 ] && ok || bad "list shows $objects objects, want ≥ 50"
aemter=$(tail -n +2 "$T/out" | grep -oE '  [0-9]{2} [^ ]+' | sort -u | wc -l)
[ "$aemter" -ge 12 ] && ok || bad "list shows $aemter Ämter, want ≥ 12"
run 0 "$BIN" --db "$DB" list --typ Register
hasnt "$T/out" "Fachverfahren "
has "$T/out" "REG-MELDE"
run 2 "$BIN" --db "$DB" list --typ Fax
has "$T/err" "Fachverfahren, Register, Anwendung"
run 0 "$BIN" --db "$DB" list --behoerde "FB 3"
has "$T/out" "REG-MELDE"
hasnt "$T/out" "ANW-EAKTE"
run 2 "$BIN" --db "$DB" list --behoerde "Gibtsnicht"
run 0 "$BIN" --db "$DB" check
has "$T/out" "In Ordnung"
has "$T/out" "Abhängigkeitszyklus"
run 0 "$BIN" --help
has "$T/out" "Exit-Codes"
run 0 "$BIN" help import
has "$T/out" "--dry-run"
run 2 "$BIN" help gibtsnicht
run 2 "$BIN" gibtsnicht
run 0 "$BIN" --version
has "$T/out" "wolkenplan "
run 2 "$BIN" --lang fr --version

# a dangling dependency is found and named
cp "$DB" "$T/bad.db"
sqlite3 "$T/bad.db" "PRAGMA foreign_keys=OFF; INSERT INTO abhaengigkeit(von_id, zu_id) SELECT id, 999999 FROM objekt WHERE kennung='FV-WAHL';"
run 1 "$BIN" --db "$T/bad.db" check
has "$T/out" "FV-WAHL"

# random bytes are refused and left byte-identical; so is a foreign SQLite file
head -c 4096 /dev/urandom >"$T/rand.db"
cp "$T/rand.db" "$T/rand.orig"
run 1 "$BIN" --db "$T/rand.db" list
has "$T/err" "keine wolkenplan-Datenbank"
cmp -s "$T/rand.db" "$T/rand.orig" && ok || bad "random file was modified"
sqlite3 "$T/foreign.db" "CREATE TABLE t(x); INSERT INTO t VALUES (1);"
cp "$T/foreign.db" "$T/foreign.orig"
run 1 "$BIN" --db "$T/foreign.db" list
has "$T/err" "kein wolkenplan-Arbeitsbereich"
cmp -s "$T/foreign.db" "$T/foreign.orig" && ok || bad "foreign SQLite file was modified"
# a newer schema version is refused and left untouched
cp "$DB" "$T/new.db"
sqlite3 "$T/new.db" "PRAGMA user_version=99;"
cp "$T/new.db" "$T/new.orig"
run 1 "$BIN" --db "$T/new.db" list
has "$T/err" "neueren wolkenplan-Version"
cmp -s "$T/new.db" "$T/new.orig" && ok || bad "newer-version file was modified"
run 1 "$BIN" --db "$T/missing.db" list
has "$T/err" "init"

# default workspace: created with the demo on first use, under XDG_DATA_HOME or HOME
run 0 "$BIN" list
[ -f "$HOME/.local/share/wolkenplan/workspace.db" ] && ok || bad "default workspace not created"
run 0 env XDG_DATA_HOME="$T/xdg" "$BIN" list
[ -f "$T/xdg/wolkenplan/workspace.db" ] && ok || bad "XDG workspace not created"
run 0 env WOLKENPLAN_DB="$DB" "$BIN" check
env -u HOME XDG_DATA_HOME= "$BIN" list >"$T/out" 2>"$T/err"
[ $? -eq 1 ] && ok || bad "missing HOME not refused"
has "$T/err" "--db"
finish
