#!/bin/sh
# `make valgrind`: the cmocka tests, the fuzz corpus replay and the CLI shell tests with
# every wolkenplan process under valgrind memcheck. Fails on any memory error or definitely
# lost block (--errors-for-leak-kinds=definite); still-reachable memory (ncurses, SQLite
# caches at exit) is not an error. Left out, to keep CI near 5 minutes: tests that depend
# on timing or on a terminal (tui_*, crash_*, concurrency) — valgrind slows a process down
# 20-50 times; cli_badfiles.sh (its bad files run in-process through replay_inventar, the
# 10 MiB one alone takes minutes); cli_i18n.sh (make and gettext, no new code paths).
# VG_TESTS="tests/cli/a.sh …" chooses the shell tests; VG_OPTS="--track-origins=yes" helps
# to find where an uninitialised value came from.
set -u
cd "$(dirname "$0")/.." || exit 2
BUILD=${BUILD:-build}
case "$BUILD" in /*) ;; *) BUILD="$PWD/$BUILD" ;; esac
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

fail=0
# skipped RC — RC is 77 (a test skipped, see make test) and skips are allowed (not WP_CI=1)
skipped() { [ "$1" -eq 77 ] && [ "${WP_CI:-0}" != 1 ]; }
start=$(date +%s)
for t in "$BUILD"/tests/test_*; do
	case "$t" in *.d) continue ;; esac
	printf '== valgrind %s\n' "$t"
	CMOCKA_MESSAGE_OUTPUT=stdout $VG "$t" >"$LOGS/out" 2>&1 ||
		{ rc=$?; skipped $rc || { fail=1; tail -20 "$LOGS/out"; }; }
done
for r in "$BUILD"/fuzz/replay_*; do
	case "$r" in *.d) continue ;; esac
	printf '== valgrind %s\n' "$r"
	$VG "$r" tests/fuzz/corpus tests/fuzz/regress || fail=1
done
tests=${VG_TESTS:-$(ls tests/cli/*.sh | grep -v -e '/lib[^/]*\.sh$' -e '/tui_' -e '/crash_' -e '/concurrency\.sh$' \
	-e '/cli_badfiles\.sh$' -e '/cli_i18n\.sh$')}
for s in $tests; do
	printf '== valgrind %s\n' "$s"
	t0=$(date +%s)
	BIN="$LOGS/wolkenplan" sh "$s" || skipped $? || fail=1
	echo "   ($(( $(date +%s) - t0 )) s)"
done

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
