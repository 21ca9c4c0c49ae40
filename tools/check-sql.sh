#!/bin/sh
# Fails if SQL could be built from data by string formatting: every statement must be a
# string literal in the source, values go in through bound parameters. Checks the C sources
# of model/ data/ cli/ tui/ for
#   1. SQLite's own formatters (sqlite3_mprintf, sqlite3_snprintf, sqlite3_str_appendf …);
#   2. printf-family calls that format SQL: a format literal holding an upper-case SQL
#      keyword, or any printf-family call writing into a variable named sql…;
#   3. SQL entry points (sqlite3_exec, sqlite3_prepare*, store_prepare, store_cached, and
#      the local wrappers exec, pragma_int, run, run_ints, load_sql_table) given anything
#      but a string literal as the statement — except the reviewed pass-throughs listed in
#      ALLOW below (a wrapper handing on its own parameter, a static table of literals).
# Usage: sh tools/check-sql.sh [FILE…]   (default: all of model/ data/ cli/ tui/)
set -u
cd "$(dirname "$0")/.." || exit 2

# FILE:EXPRESSION pairs: a non-literal statement argument that was reviewed.
ALLOW='
data/store.c:sql            store_prepare/exec/pragma_int/store_cached pass their parameter on
data/store.c:*q             schema_migrations: static table of literals (data/schema.c)
data/store.c:checks[i].sql  static const table of literals in store_check
data/store_save.c:sql       run(): its callers are checked like the others
data/seed.c:sql             load_sql_table(): its callers are checked like the others
data/store_plan.c:sql       run_ints(): its callers are checked like the others
data/store_zeitplan.c:sql   exec_sql(): its callers are checked like the others
data/umstellung.c:sql       exec_sql(): its callers are checked like the others
data/szenario.c:sql         run_ints(): its callers are checked like the others
data/szenario.c:q[i]        run_all(): static tables of literals (live_to_snap …)
data/szenario_undo.c:a->lesen  static tables of literals (objekt_arten, plattform_arten)
data/szenario_undo.c:z->art->schreiben  the same tables
'

if [ $# -eq 0 ]; then
	set -- $(ls model/*.c data/*.c cli/*.c tui/*.c 2>/dev/null)
fi

# Joins each call's text onto one line (statements end with ';' or '{') and strips
# comments, so arguments split over lines are seen whole; prints FILE:LINE:TEXT.
flatten() {
	awk '
	BEGIN { incom = 0 }
	{
		line = $0
		out = ""
		while (length(line)) {
			if (incom) {
				p = index(line, "*/")
				if (!p) { line = ""; break }
				line = substr(line, p + 2); incom = 0; continue
			}
			p = index(line, "/*"); q = index(line, "//")
			if (q && (!p || q < p) && !instr(substr(line, 1, q))) { out = out substr(line, 1, q - 1); line = ""; break }
			if (!p) { out = out line; line = ""; break }
			out = out substr(line, 1, p - 1); line = substr(line, p + 2); incom = 1
		}
		if (buf == "") start = FNR
		buf = buf " " out
		if (out ~ /[;{}][ \t]*$/ || out ~ /^[ \t]*#/) {
			gsub(/[ \t]+/, " ", buf)
			print FILENAME ":" start ":" buf
			buf = ""
		}
	}
	# 1 if s has an odd number of unescaped double quotes (a // inside a string)
	function instr(s,   n, i, c) {
		n = 0
		for (i = 1; i <= length(s); i++) {
			c = substr(s, i, 1)
			if (c == "\\") { i++; continue }
			if (c == "\"") n++
		}
		return n % 2
	}
	' "$@"
}

tmp=$(mktemp) found=$(mktemp)
trap 'rm -f "$tmp" "$found"' EXIT
flatten "$@" >"$tmp"
report() {
	printf 'check-sql: %s: %s\n' "$1" "$2" >>"$found"
}

# 1. SQLite's formatters
grep -E 'sqlite3_(v?mprintf|v?snprintf|str_(appendf|vappendf))[ ]*\(' "$tmp" | while IFS= read -r l; do
	report "$(echo "$l" | cut -d: -f1-2)" "SQLite formatter builds SQL; write the statement as a literal and bind the values"
done

# 2. printf-family formatting SQL
awk -F: '{
	t = $0; sub(/^[^:]*:[^:]*:/, "", t)
	if (t ~ /(^|[^a-z_])(v?s?n?printf|v?asprintf|v?fprintf|v?dprintf)[ ]*\(/) {
		if (t ~ /printf[ ]*\([ ]*&?[a-z_]*sql[a-z_0-9]*([ ]*\[[^]]*\])?[ ]*[+,]/ ||
		    t ~ /printf[ ]*\([^"]*"[ ]*(SELECT|INSERT|UPDATE|DELETE|REPLACE|PRAGMA|CREATE|DROP|ALTER|ATTACH|WITH|BEGIN)[ (]/ ||
		    t ~ /"[^"]*(SELECT .* FROM|INSERT INTO|UPDATE [a-z_]+ SET|DELETE FROM|PRAGMA [a-z_]+ ?=)[^"]*%/)
			print $1 ":" $2
	}
}' "$tmp" | while IFS= read -r loc; do
	report "$loc" "printf-style formatting builds SQL; use a literal statement with bound parameters"
done

# 3. non-literal statements at SQL entry points
awk -F: -v allow="$ALLOW" '
BEGIN {
	n = split(allow, rows, "\n")
	for (i = 1; i <= n; i++) {
		split(rows[i], f, " ")
		if (f[1] != "") ok[f[1]] = 1
	}
	pos["sqlite3_exec"] = 1; pos["sqlite3_prepare"] = 1; pos["sqlite3_prepare_v2"] = 1
	pos["sqlite3_prepare_v3"] = 1; pos["store_prepare"] = 1; pos["store_cached"] = 2
	pos["exec"] = 1; pos["pragma_int"] = 1
	pos["run"] = 3; pos["run_ints"] = 3; pos["load_sql_table"] = 3 # local wrappers
}
{
	file = $1; line = $2
	t = $0; sub(/^[^:]*:[^:]*:/, "", t)
	# skip definitions and prototypes of the wrappers themselves
	if (t ~ /(const char|struct store) *\*[a-z_]* *[,)]/ && t ~ /(^| )(static )?(int|sqlite3_stmt|void) *\*? *[a-z_]+ *\(/)
		next
	while (match(t, /(^|[^a-z_0-9])(sqlite3_exec|sqlite3_prepare(_v2|_v3)?|store_prepare|store_cached|exec|pragma_int|run|run_ints|load_sql_table)[ ]*\(/)) {
		name = substr(t, RSTART, RLENGTH); rest = substr(t, RSTART + RLENGTH)
		t = rest
		sub(/^[^a-z_]/, "", name); sub(/[ ]*\($/, "", name)
		skip = pos[name] # 0-based index of the statement argument
		# walk the arguments, respecting parentheses and strings
		depth = 0; arg = 0; cur = ""; instr = 0
		for (i = 1; i <= length(rest); i++) {
			c = substr(rest, i, 1)
			if (instr) { cur = cur c; if (c == "\\") { cur = cur substr(rest, ++i, 1) } else if (c == "\"") instr = 0; continue }
			if (c == "\"") { instr = 1; cur = cur c; continue }
			if (c == "(" ) depth++
			if (c == ")" ) { if (depth == 0) break; depth-- }
			if (c == "," && depth == 0) { if (arg == skip) break; arg++; cur = ""; continue }
			cur = cur c
		}
		if (arg != skip) continue
		gsub(/^ +| +$/, "", cur)
		lit = cur
		gsub(/"([^"\\]|\\.)*"/, "\"\"", lit)
		# literals, concatenated, maybe with upper-case macros (X, STR(X)), or c ? lit : lit
		if (lit ~ /^(""|[A-Z_][A-Z0-9_]*(\([A-Z0-9_]*\))?| )+$/) continue
		if (lit ~ /^[^?"]*\? *("" *)+: *("" *)+$/) continue
		if (ok[file ":" cur]) continue
		printf "%s:%s:%s(…, %s, …)\n", file, line, name, cur
	}
}' "$tmp" | while IFS= read -r l; do
	report "${l%%:*}:$(echo "$l" | cut -d: -f2)" "statement is not a string literal: $(echo "$l" | cut -d: -f3-) (bind values; if this is a reviewed pass-through, list it in ALLOW in tools/check-sql.sh)"
done

if [ -s "$found" ]; then
	cat "$found" >&2
	echo "check-sql: $(wc -l <"$found") finding(s): build SQL only from literals, bind the values" >&2
	exit 1
fi
echo "check-sql: $# files, every SQL statement is a literal or a reviewed pass-through"
