# Shared helpers for the CLI shell tests: sourced, not run. Expects $BIN.
: "${BIN:?BIN must point to build/wolkenplan}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export HOME="$T/home" XDG_DATA_HOME= WOLKENPLAN_DB= LANGUAGE=
export LC_ALL=C.UTF-8
mkdir -p "$HOME"
pass=0
fail=0
skipped=0
name=${0##*/}

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); printf 'FAIL %s: %s\n' "$name" "$*"; }
# skip WHAT — a group of cases that cannot run here (a tool or locale is missing)
skip() { skipped=$((skipped + 1)); printf 'SKIP %s: %s\n' "$name" "$*"; }

# run EXPECTED_EXIT CMD... — runs CMD, keeps stdout in $T/out and stderr in $T/err
run() {
	want=$1; shift
	"$@" >"$T/out" 2>"$T/err"
	got=$?
	if [ "$got" -eq "$want" ]; then ok; else
		bad "exit $got (want $want): $*"; sed 's/^/  err: /' "$T/err" | head -5; fi
}
# has FILE TEXT — FILE contains TEXT (fixed string)
has() { if grep -qF -- "$2" "$1"; then ok; else bad "$1 lacks: $2"; sed 's/^/  | /' "$1" | head -8; fi; }
hasnt() { if grep -qF -- "$2" "$1"; then bad "$1 should not contain: $2"; else ok; fi; }
# finish — the last command of a test: exit status 0 all passed, 1 a failure, 77 (the
# Automake convention) nothing failed but something was skipped; make test counts it apart
finish() {
	printf '%s: %d passed, %d failed, %d skipped\n' "$name" "$pass" "$fail" "$skipped"
	[ "$fail" -eq 0 ] || return 1
	[ "$skipped" -eq 0 ] || return 77
}
