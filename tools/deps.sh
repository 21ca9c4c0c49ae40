#!/bin/sh
# Installs the Debian packages wolkenplan needs to build and test, only if some are missing.
set -u
PKGS="libncurses-dev libsqlite3-dev sqlite3 libcsv-dev libcmocka-dev pkg-config gettext tmux locales make gcc"
missing=""
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
need_locale=0
locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$' || need_locale=1
[ -z "$missing" ] && [ $need_locale -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
	SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
	SUDO="sudo -n"
else
	echo "wolkenplan: missing Debian packages:${missing:- (none)}" >&2
	[ $need_locale -eq 1 ] && echo "wolkenplan: missing locale de_DE.UTF-8 (package locales, then locale-gen)" >&2
	echo "Install them as root: apt-get install${missing}" >&2
	exit 1
fi
if [ -n "$missing" ]; then
	echo "wolkenplan: installing:$missing"
	$SUDO apt-get update -qq || exit 1
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null || exit 1
fi
if ! locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$'; then
	echo "wolkenplan: generating locale de_DE.UTF-8"
	if [ -f /etc/locale.gen ] && grep -q '^# *de_DE.UTF-8' /etc/locale.gen; then
		$SUDO sed -i 's/^# *\(de_DE.UTF-8 UTF-8\)/\1/' /etc/locale.gen
	elif ! grep -q '^de_DE.UTF-8' /etc/locale.gen 2>/dev/null; then
		echo 'de_DE.UTF-8 UTF-8' | $SUDO tee -a /etc/locale.gen >/dev/null
	fi
	$SUDO locale-gen >/dev/null || echo "wolkenplan: locale-gen failed; German locale tests will be skipped" >&2
fi
exit 0
