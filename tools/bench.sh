#!/bin/sh
# `make bench`: runs every benchmark program (build/bench/bench_*) and prints ONE table.
# Each program measures its figure and its baseline side by side in the same run and prints
#   ROW|figure|objects|wolkenplan seconds|baseline name|baseline seconds|peak RSS MB|target
# optionally followed by |ratio|verdict: a ratio the program computed itself (bench_import:
# the median of the ratios of alternating runs) and PASS or MISS against the target; without
# them the ratio is wolkenplan ÷ baseline seconds. Any other output is listed below the table.
# Usage: tools/bench.sh BIN BENCH...   (BENCH_1M=1 adds the 1,000,000-object import)
bin=$1; shift
rows=$(mktemp) notes=$(mktemp)
trap 'rm -f "$rows" "$notes"' EXIT INT TERM

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
mem=$(awk '/^MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo 2>/dev/null)
echo "wolkenplan benchmarks — $(date -u '+%Y-%m-%d %H:%M UTC'), $(uname -sm), $(nproc) cores" \
	"(${cpu:-?}), ${mem:-?} RAM, load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)," \
	"$(sqlite3 --version 2>/dev/null | cut -d' ' -f1 | sed 's/^/sqlite3 /')"

# the exchange first, then rescoring, planning, dashboard, whatever else there is
ordered=
for want in bench_import bench_assess bench_sched bench_plan_store bench_tui bench_edit; do
	for b in "$@"; do [ "${b##*/}" = "$want" ] && ordered="$ordered $b"; done
done
for b in "$@"; do
	case " $ordered " in *" $b "*) ;; *) ordered="$ordered $b" ;; esac
done

for b in $ordered; do
	WP_BIN=$bin "$b" 2>>"$notes" | while IFS= read -r line; do
		case $line in
		ROW\|*) echo "$line" >>"$rows" ;;
		*) echo "$line" >>"$notes" ;;
		esac
	done
done

# pad by characters, not bytes (umlauts): one UTF-8 character = one lead byte
awk -F'|' '
function pad(s, w,   n, i, c) {
	n = 0
	for (i = 1; i <= length(s); i++) {
		c = substr(s, i, 1)
		if (c < "\200" || c >= "\300")
			n++
	}
	while (n++ < w)
		s = s " "
	return s
}
BEGIN {
	printf "%s %9s %11s  %s %11s %8s %9s  %s\n", pad("figure", 52), "objects", "wolkenplan",
		pad("baseline (same run)", 24), "baseline", "ratio", "peak RSS", "target"
}
{
	a = $4 + 0; b = $6 + 0
	ratio = (a > 0 && b > 0) ? sprintf("%.2fx", a / b) : "-"
	if (NF >= 9)
		ratio = ($9 + 0 > 0) ? sprintf("%.2fx", $9) : "-"
	verdict = (NF >= 10 && $10 != "") ? "  " $10 : ""
	printf "%s %9s %10.3fs  %s %10.3fs %8s %6.0f MB  %s%s\n", pad($2, 52), $3, a, pad($5, 24),
		b, ratio, $7, $8, verdict
}' "$rows"
if [ -s "$notes" ]; then
	echo
	echo "notes:"
	sed 's/^/  /' "$notes"
fi
