#!/bin/sh
# `make valgrind`: the cmocka tests, the fuzz corpus replay and the CLI shell tests with
# every wolkenplan process under valgrind memcheck. Fails on any memory error or definitely
# lost block (--errors-for-leak-kinds=definite); still-reachable memory (ncurses, SQLite
# caches at exit) is not an error. Jobs run side by side, one per core (VG_JOBS=N to
# choose). Left out, because valgrind slows a process down 20-50 times: tests that depend
# on timing or on a terminal (tui_*, crash_*, concurrency); cli_badfiles.sh (its bad files
# run in-process through replay_inventar, the 10 MiB one alone takes minutes); cli_i18n.sh
# (make and gettext, no new code paths).
# VG_TESTS="tests/cli/a.sh …" chooses the shell tests; VG_OPTS="--track-origins=yes" helps
# to find where an uninitialised value came from.
set -u
cd "$(dirname "$0")/.." || exit 2
BUILD=${BUILD:-build}
case "$BUILD" in /*) ;; *) BUILD="$PWD/$BUILD" ;; esac

# One job: a cmocka test, a fuzz replay or a shell test, under valgrind; its output goes to a
# file and is shown whole when it fails, so that two jobs running at once do not interleave.
# Called as `valgrind.sh --job KIND PATH` by xargs below, with LOGS, VG and BUILD exported.
if [ "${1:-}" = --job ]; then
	kind=$2 path=$3
	name=$(echo "$path" | tr / _)
	out="$LOGS/out.$name"
	t0=$(date +%s)
	case "$kind" in
	test) CMOCKA_MESSAGE_OUTPUT=stdout $VG "$path" >"$out" 2>&1 ;;
	replay) $VG "$path" tests/fuzz/corpus tests/fuzz/regress >"$out" 2>&1 ;;
	sh) BIN="$LOGS/wolkenplan" sh "$path" >"$out" 2>&1 ;;
	esac
	rc=$?
	# skipped (77) counts as passed unless WP_CI=1 (see make test)
	if [ "$rc" -eq 0 ] || { [ "$rc" -eq 77 ] && [ "${WP_CI:-0}" != 1 ]; }; then
		printf '== valgrind %s: ok (%d s)\n' "$path" "$(( $(date +%s) - t0 ))"
	else
		printf '== valgrind %s: FAILED, exit %d (%d s)\n' "$path" "$rc" "$(( $(date +%s) - t0 ))"
		tail -40 "$out"
		: >"$LOGS/failed.$name"
	fi
	exit 0
fi

command -v valgrind >/dev/null || { echo "make valgrind needs valgrind (apt-get install valgrind)" >&2; exit 1; }

LOGS=$(mktemp -d)
trap 'rm -rf "$LOGS"' EXIT
chmod 1777 "$LOGS" # the read-only cases of hostile.sh run as nobody
# library leaks (tools/valgrind.supp, each with its reason), copied like the program below
cp tools/valgrind.supp "$LOGS/valgrind.supp" && chmod 644 "$LOGS/valgrind.supp" || exit 2
VG="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
--show-leak-kinds=definite --suppressions=$LOGS/valgrind.supp ${VG_OPTS:-} \
--log-file=$LOGS/vg.%p.log"

# the wrapper the shell tests run as $BIN, on a copy of the program in $LOGS: valgrind must
# read the file it runs, and as nobody it cannot inside a checkout that only root may enter
# (a clone into a `mktemp -d` folder is mode 0700)
cp "$BUILD/wolkenplan" "$LOGS/wolkenplan.bin" && chmod 755 "$LOGS/wolkenplan.bin" || exit 2
# with its message catalogues beside it (cli/main.c looks next to the binary), so the
# English checks of the shell tests run under valgrind too
if [ -d "$BUILD/locale" ]; then
	cp -R "$BUILD/locale" "$LOGS/locale" && chmod -R a+rX "$LOGS/locale" || exit 2
fi
cat >"$LOGS/wolkenplan" <<EOF
#!/bin/sh
exec $VG "$LOGS/wolkenplan.bin" "\$@"
EOF
chmod 755 "$LOGS/wolkenplan"

export LOGS VG BUILD

start=$(date +%s)
# the shell tests take longest, so they start first; VG_JOBS jobs at once (default: one per
# core) — each valgrind process is single-threaded and the tests use their own temp folders
tests=${VG_TESTS:-$(ls tests/cli/*.sh | grep -v -e '/lib[^/]*\.sh$' -e '/tui_' -e '/crash_' -e '/concurrency\.sh$' \
	-e '/cli_badfiles\.sh$' -e '/cli_i18n\.sh$')}
{
	for s in $tests; do echo "sh $s"; done
	for t in "$BUILD"/tests/test_*; do case "$t" in *.d) ;; *) echo "test $t" ;; esac; done
	for r in "$BUILD"/fuzz/replay_*; do case "$r" in *.d) ;; *) echo "replay $r" ;; esac; done
} | xargs -n 2 -P "${VG_JOBS:-$(nproc 2>/dev/null || echo 2)}" sh "$PWD/tools/valgrind.sh" --job
fail=0
ls "$LOGS"/failed.* >/dev/null 2>&1 && fail=1

# every process logged to its own file; -q leaves only errors in them
bad=0
for l in "$LOGS"/vg.*.log; do
	[ -s "$l" ] || continue
	bad=$((bad + 1))
	[ "$bad" -le 5 ] && { echo "--- $l"; head -40 "$l"; }
done
procs=$(ls "$LOGS"/vg.*.log 2>/dev/null | wc -l)
echo "valgrind: $procs processes, $bad with errors or definite leaks, $(( $(date +%s) - start )) s"
[ "$bad" -eq 0 ] && [ "$fail" -eq 0 ]
