#!/bin/sh
# Fails if a translatable message literal is written in more than one place: every msgid
# has one home in the source (a field descriptor, a table of shared labels, one function),
# so a wording is changed once and translated once. Extracts the literals with xgettext
# (the options and sources of the Makefile's pot target, passed in as XGETTEXT_OPTS and the
# file arguments) and reads the "#:" reference lines of the catalogue: a msgid with more
# than one reference is reported with its locations.
# tools/check-msgs.allow lists msgids that may still repeat for now, one a line, each with
# who removes it: WHO "msgid as the catalogue spells it"; lines starting with # are comments.
# An allowed msgid that no longer repeats is reported too, so the list only shrinks.
# Usage: XGETTEXT_OPTS='…' sh tools/check-msgs.sh FILE…
set -u
cd "$(dirname "$0")/.." || exit 2
[ $# -gt 0 ] || { echo "usage: XGETTEXT_OPTS='…' sh tools/check-msgs.sh FILE…" >&2; exit 2; }
command -v xgettext >/dev/null 2>&1 || { echo "check-msgs needs xgettext (gettext)" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# shellcheck disable=SC2086 # XGETTEXT_OPTS is a list of options
eval "xgettext ${XGETTEXT_OPTS:---language=C -k_ -kN_ -kngettext:1,2} --from-code=UTF-8 \
	--no-wrap -o \"\$tmp/all.pot\" \"\$@\"" || exit 1

# one line per msgid written more than once: COUNT<TAB>"MSGID"<TAB>LOCATIONS
awk '
/^#:/ { for (i = 2; i <= NF; i++) refs = refs " " $i; next }
/^msgid / { id = substr($0, 7); inid = 1; next }
/^"/ && inid { id = substr(id, 1, length(id) - 1) substr($0, 2); next }
/^(msgid_plural|msgstr)/ {
	if (inid && id != "\"\"") {
		n = split(refs, r, " ")
		if (n > 1) printf "%d\t%s\t%s\n", n, id, substr(refs, 2)
	}
	inid = 0; refs = ""
}' "$tmp/all.pot" | sort -t "$(printf '\t')" -k2 >"$tmp/dups"

allow=tools/check-msgs.allow
: >"$tmp/allowed"
[ -f "$allow" ] && sed -n 's/^[^#"][^"]*[ 	]\(".*"\)[ 	]*$/\1/p' "$allow" | sort >"$tmp/allowed"

bad=0
while IFS="$(printf '\t')" read -r n id locs; do
	if grep -qxF -- "$id" "$tmp/allowed"; then continue; fi
	printf 'check-msgs: %s written %s times: %s\n' "$id" "$n" "$locs" >&2
	bad=$((bad + 1))
done <"$tmp/dups"
cut -f2 "$tmp/dups" | sort >"$tmp/dupids"
stale=$(comm -23 "$tmp/allowed" "$tmp/dupids")
if [ -n "$stale" ]; then
	printf '%s\n' "$stale" | sed 's/^/check-msgs: no longer repeated, remove from tools\/check-msgs.allow: /' >&2
	bad=$((bad + $(printf '%s\n' "$stale" | wc -l)))
fi
if [ "$bad" -gt 0 ]; then
	echo "check-msgs: $bad finding(s): give each message one home (a table entry, a field label, one function)" >&2
	exit 1
fi
echo "check-msgs: $# files, $(grep -c . "$tmp/allowed") allowed repeats, every other message written once"
