#!/bin/sh
# Installs the Debian packages wolkenplan needs to build and test, only if some are missing.
set -u
PKGS="libncurses-dev libsqlite3-dev sqlite3 libcsv-dev libcmocka-dev pkg-config gettext tmux locales make gcc cppcheck libcairo2-dev libpango1.0-dev fonts-dejavu-core libxlsxwriter-dev poppler-utils python3-openpyxl"
# extra groups for the CI targets: `sh tools/deps.sh fuzz` (make fuzz), `valgrind` (make valgrind)
for g in "$@"; do
	case "$g" in
	fuzz) PKGS="$PKGS clang libclang-rt-dev" ;;
	valgrind) PKGS="$PKGS valgrind" ;;
	*) echo "tools/deps.sh: unknown group \"$g\" (known: fuzz, valgrind)" >&2; exit 2 ;;
	esac
done
missing=""
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
# de_DE.UTF-8 for German number and date tests, en_US.UTF-8 for the English interface tests
LOCALES="de_DE en_US"
has_locale() { locale -a 2>/dev/null | grep -qi "^$1\.utf-\?8\$"; }
need_locale=0
for l in $LOCALES; do has_locale "$l" || need_locale=1; done
[ -z "$missing" ] && [ $need_locale -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
	SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
	SUDO="sudo -n"
else
	echo "wolkenplan: missing Debian packages:${missing:- (none)}" >&2
	[ $need_locale -eq 1 ] && echo "wolkenplan: missing locales de_DE.UTF-8 / en_US.UTF-8 (package locales, then locale-gen)" >&2
	echo "Install them as root: apt-get install${missing}" >&2
	exit 1
fi
if [ -n "$missing" ]; then
	echo "wolkenplan: installing:$missing"
	$SUDO apt-get update -qq || exit 1
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null || exit 1
fi
gen=0
for l in $LOCALES; do
	has_locale "$l" && continue
	echo "wolkenplan: generating locale $l.UTF-8"
	if [ -f /etc/locale.gen ] && grep -q "^# *$l.UTF-8" /etc/locale.gen; then
		$SUDO sed -i "s/^# *\($l.UTF-8 UTF-8\)/\1/" /etc/locale.gen
	elif ! grep -q "^$l.UTF-8" /etc/locale.gen 2>/dev/null; then
		echo "$l.UTF-8 UTF-8" | $SUDO tee -a /etc/locale.gen >/dev/null
	fi
	gen=1
done
if [ $gen -eq 1 ]; then
	$SUDO locale-gen >/dev/null || echo "wolkenplan: locale-gen failed; locale tests will be skipped" >&2
fi
exit 0
