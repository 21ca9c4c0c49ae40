#!/bin/sh
# CLI tests of the interface language: --lang en / LANG=en_US.UTF-8 give English help, tables,
# explanations, checks and errors, --lang de German; decimals follow the language (comma in
# German) while CSV files stay German; the English catalogue is complete and valid for the
# current sources; an installed copy (make install DESTDIR=… PREFIX=/usr) finds its catalogue.
. "$(dirname "$0")/lib.sh"

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILDDIR=$(cd "$(dirname "$BIN")" && pwd)
DB="$T/x.db"
W() { "$BIN" --db "$DB" "$@"; }
run 0 "$BIN" init --demo --db "$DB"

# ---- --lang en: every kind of output in English ----
run 0 "$BIN" --lang en --help
has "$T/out" "Usage: wolkenplan [OPTIONS] [COMMAND [ARGUMENTS]]"
has "$T/out" "Commands:"
has "$T/out" "lists the objects as a table"
has "$T/out" "Exit codes: 0 OK"
hasnt "$T/out" "Aufruf"
hasnt "$T/out" "Befehle"

run 0 W --lang en list
head -1 "$T/out" >"$T/line"
has "$T/line" "ID"
has "$T/line" "Authority"
has "$T/line" "Contract end"
hasnt "$T/line" "Kennung"

run 0 W --lang en score
head -1 "$T/out" >"$T/line"
has "$T/line" "Prot. class"
has "$T/line" "Recommended"
has "$T/line" "Effort PD"
hasnt "$T/line" "Behörde"
has "$T/out" "permitted"
has "$T/out" "blocked"
has "$T/out" "* = set by the user or protection need not assessed"
hasnt "$T/out" "zulässig"

run 0 W --lang en explain FV-PARKAUSWEIS
has "$T/out" "Protection need (maximum principle)"
has "$T/out" "Red lines"
has "$T/out" "Recommended platform"
has "$T/out" "DVC readiness"
has "$T/out" "Strategy (7R)"
has "$T/out" "rounded to 0.5 PD"
has "$T/out" "ilot candidate"
hasnt "$T/out" "Schutzbedarf"
hasnt "$T/out" "Begründung"

run 0 W --lang en check
has "$T/out" "WARNING: dependency cycle (planned together)"
has "$T/out" "OK: 74 objects"

run 0 W --lang en settings
has "$T/out" "Meaning"
has "$T/out" "Readiness from which an object counts as ready (Rehost)"

# errors: unknown object, command, option value, bad import cell
run 1 W --lang en explain NOPE
has "$T/err" 'no object with the ID "NOPE"'
run 2 W --lang en frobnicate
has "$T/err" 'unknown command "frobnicate"'
run 2 W --lang en score --urteil vielleicht
has "$T/err" '--urteil: "vielleicht" is not allowed, expected:'
printf 'Kennung;Typ;Name;Behörde;Vertraulichkeit\nX-1;Anwendung;X;10 Hauptamt;mittel\n' >"$T/bad.csv"
run 1 W --lang en import "$T/bad.csv"
has "$T/err" 'bad.csv:2:5: Field "Vertraulichkeit": "mittel" is not allowed, expected:'
has "$T/err" "nothing was imported"
run 2 "$BIN" --lang xx --help
has "$T/err" 'erwartet: de oder en'

# ---- LANG / LC_ALL select the language; --lang de wins over an English locale ----
if locale -a 2>/dev/null | grep -qi '^en_US\.utf-\?8$'; then
	run 0 env -u LC_ALL LANG=en_US.UTF-8 "$BIN" --help
	has "$T/out" "Usage: wolkenplan"
	run 0 env -u LC_ALL LANG=en_US.UTF-8 "$BIN" --db "$DB" quickwins --limit 3
	has "$T/out" "Score = 100·(0.4·benefit + 0.4·ease + 0.2·(1 − risk))"
	run 1 env -u LC_ALL LANG=en_US.UTF-8 "$BIN" --db "$DB" explain NOPE
	has "$T/err" 'no object with the ID "NOPE"'
	run 2 env -u LC_ALL LANG=en_US.UTF-8 "$BIN" --lang xx
	has "$T/err" 'expected: de or en'
	run 0 env -u LC_ALL LANG=en_US.UTF-8 "$BIN" --lang de --help
	has "$T/out" "Aufruf: wolkenplan"
	hasnt "$T/out" "Usage"
	run 0 env LC_ALL=en_US.UTF-8 "$BIN" --db "$DB" check
	has "$T/out" "OK: 74 objects"
else
	skip "locale en_US.UTF-8 missing (make deps generates it): LANG tests"
fi

# a locale that is not installed (common over SSH) still selects the language
run 0 env -u LC_ALL -u LANGUAGE LANG=en_NZ.UTF-8 "$BIN" --help
has "$T/out" "Usage: wolkenplan"
run 0 env -u LC_ALL -u LANGUAGE LANG=xx_YY.UTF-8 "$BIN" --help
has "$T/out" "Aufruf: wolkenplan"

# ---- --lang de: German, with decimal commas ----
run 0 W --lang de --help
has "$T/out" "Aufruf: wolkenplan"
has "$T/out" "listet die Objekte als Tabelle"
run 0 W --lang de quickwins --limit 3
has "$T/out" "Punkte = 100·(0,4·Nutzen + 0,4·Leichtigkeit + 0,2·(1 − Risiko))"
sed -n 2p "$T/out" >"$T/line"
if grep -q '[0-9]\.[0-9]' "$T/line"; then bad "German quickwins row has a decimal point"; \
	sed 's/^/  | /' "$T/line"; else ok; fi
run 0 W --lang en quickwins --limit 3
has "$T/out" "Score = 100·(0.4·benefit + 0.4·ease + 0.2·(1 − risk))"
sed -n 2p "$T/out" >"$T/line"
if grep -q '[0-9],[0-9]' "$T/line"; then bad "English quickwins row has a decimal comma"; \
	sed 's/^/  | /' "$T/line"; else ok; fi
run 0 W --lang de explain FV-PARKAUSWEIS
has "$T/out" "× 1,25 (Schutzklasse hoch) = 67,5 PT, auf 0,5 PT gerundet: 67,5 PT"
has "$T/out" "Wert 58 = 100 × (0,4 × Nutzen 0,886"
run 0 W --lang en explain FV-PARKAUSWEIS
has "$T/out" "× 1.25 (protection class high) = 67.5 PD, rounded to 0.5 PD: 67.5 PD"
has "$T/out" "Score 58 = 100 × (0.4 × benefit 0.886"
run 1 W --lang de set aufwand.faktor_hoch 10,5
has "$T/err" "aufwand.faktor_hoch: 10,5 liegt außerhalb des erlaubten Bereichs 0,1 bis 10"
run 1 W --lang en set aufwand.faktor_hoch 10,5
has "$T/err" "aufwand.faktor_hoch: 10.5 is outside the allowed range 0.1 to 10"

# a German C library locale must not change how numbers are read: 2,5 PT stays 2.5
if locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$'; then
	printf 'Kennung;Typ;Name;Behörde;Aufwand_PT\r\nXL-1;Anwendung;Aus Excel;10 Hauptamt;2,5\r\n' \
		>"$T/de.csv"
	run 0 env LC_ALL=de_DE.UTF-8 "$BIN" --db "$DB" import "$T/de.csv"
	run 0 env LC_ALL=de_DE.UTF-8 "$BIN" --db "$DB" export inventar --dialect rfc4180
	grep '^XL-1,' "$T/out" >"$T/line"
	has "$T/line" ",2.5,"
else
	skip "locale de_DE.UTF-8 missing (make deps generates it): German C library locale"
fi

# ---- CSV files are a contract: German headers and values whatever the interface says ----
run 0 W --lang en export inventar -o "$T/inv.csv"
has "$T/inv.csv" "Kennung;Typ;Name;Behörde;Hersteller"
has "$T/inv.csv" "Fachverfahren"
hasnt "$T/inv.csv" "Authority"
run 0 W --lang en export bewertung --dialect rfc4180
head -1 "$T/out" >"$T/line"
has "$T/line" "Kennung,Name,Behörde,Plattform,Urteil,Rote_Linien,Schutzklasse,Bereitschaft,Konfidenz,Empfohlen"
has "$T/out" ",zulässig,"
has "$T/out" ",blockiert,"
has "$T/out" ",ja"
hasnt "$T/out" "permitted"
hasnt "$T/out" "blocked"
# the Roadmap's Hinweise: English on screen, German in the file for the committee
run 0 W --lang en plan
has "$T/out" "objects planned"
run 0 W --lang en roadmap
has "$T/out" "deadline at risk ("
run 0 W --lang en export roadmap --dialect rfc4180
head -1 "$T/out" >"$T/line"
has "$T/line" "Welle,Beginn,Ende,Behörde,Kennung,Name,Typ,Strategie,Zielplattform,Urteil"
has "$T/out" "Frist gefährdet ("
hasnt "$T/out" "deadline"
# after the file, the screen speaks English again
run 1 W --lang en export roadmap -o "$T/no/such/dir/r.csv"
has "$T/err" "cannot be written"
# and what the English interface wrote reads back unchanged
run 0 W --lang en import "$T/inv.csv"
has "$T/out" "0 new, 0 changed"

# ---- the catalogue: valid, and complete for the current sources ----
if command -v msgfmt >/dev/null 2>&1 && command -v xgettext >/dev/null 2>&1; then
	run 0 msgfmt --check --check-format -o /dev/null "$ROOT/po/en.po"
	run 0 make -s --no-print-directory -C "$ROOT" po-check BUILD="$T/pobuild"
	# the check fails, and says what to do, when a string lacks its translation
	mkdir -p "$T/po"
	awk '/^msgid "Sprache: de"/ { print; getline; print "msgstr \"\""; next } { print }' \
		"$ROOT/po/en.po" >"$T/po/en.po"
	run 2 make -s --no-print-directory -C "$ROOT" po-check BUILD="$T/pobuild" \
		PO_FILES="$T/po/en.po"
	has "$T/err" "make po-update"
	has "$T/err" "untranslated"
else
	bad "msgfmt/xgettext missing (package gettext; make deps installs it)"
fi

# ---- the dashboard in English (a private tmux server; skipped without tmux) ----
if command -v tmux >/dev/null 2>&1; then
	SOCK="wolkenplan-i18n-$$"
	tm() { tmux -L "$SOCK" -f /dev/null "$@"; }
	# screen_has TEXT — polls the pane for up to ~5 s
	screen_has() {
		i=0
		while [ "$i" -lt 50 ]; do
			tm capture-pane -p -t wp >"$T/screen" 2>/dev/null
			grep -qF -- "$1" "$T/screen" && { ok; return; }
			sleep 0.1
			i=$((i + 1))
		done
		bad "English dashboard lacks: $1"
		sed 's/^/  | /' "$T/screen"
	}
	tm new-session -d -s wp -x 100 -y 30 \
		"env TERM=xterm-256color LC_ALL=C.UTF-8 '$BIN' --db '$DB' --lang en" 2>"$T/err"
	screen_has "1 Overview"
	screen_has "objects ·"
	screen_has "Quit"
	tm send-keys -t wp 2
	screen_has "Object 1 of"
	tm send-keys -t wp '?'
	screen_has "Switch to the next view"
	tm send-keys -t wp Escape
	tm send-keys -t wp q
	tm kill-server >/dev/null 2>&1
else
	skip "tmux missing: English dashboard"
fi

# ---- an installed copy finds its catalogue (no build tree beside it) ----
run 0 make -s --no-print-directory -C "$ROOT" install BUILD="$BUILDDIR" DESTDIR="$T/inst" \
	PREFIX=/usr
INST="$T/inst/usr/bin/wolkenplan"
if [ -x "$INST" ]; then
	ok
	[ -f "$T/inst/usr/share/locale/en/LC_MESSAGES/wolkenplan.mo" ] && ok || bad "catalogue not installed"
	run 0 "$INST" --lang en --help
	has "$T/out" "Usage: wolkenplan [OPTIONS]"
	run 1 "$INST" --db "$DB" --lang en explain NOPE
	has "$T/err" 'no object with the ID "NOPE"'
	run 0 "$INST" --lang de --help
	has "$T/out" "Aufruf: wolkenplan"
else
	bad "make install did not install $INST"
fi

# ---- system errors in the interface language, whatever the C locale says ----
run 1 env LANG=C LC_ALL=C "$BIN" --lang de --db "$DB" import "$T/fehlt.csv"
has "$T/err" "fehlt.csv: kann nicht gelesen werden: Datei oder Ordner nicht gefunden"
hasnt "$T/err" "No such file"
run 1 env LANG=C LC_ALL=C "$BIN" --lang en --db "$DB" import "$T/fehlt.csv"
has "$T/err" "fehlt.csv: cannot be read: No such file or directory"
run 1 env LANG=C LC_ALL=C "$BIN" --lang de --db "$DB" export inventar -o "$T/fehlt/x.csv"
has "$T/err" "x.csv: kann nicht geschrieben werden: Datei oder Ordner nicht gefunden"

# ---- plurals: one of a thing is singular, in both languages ----
run 0 "$BIN" init --empty --db "$T/one.db"
printf 'Kennung;Typ;Name;Behörde\nEINS-1;Register;Eins;Einzelamt\n' >"$T/one.csv"
run 0 "$BIN" --lang de --db "$T/one.db" import --dry-run "$T/one.csv"
has "$T/out" ": 1 Zeile gültig — 1 neu, 0 geändert, 0 unverändert, 1 neue Behörde. Nichts"
run 0 "$BIN" --lang en --db "$T/one.db" import "$T/one.csv"
has "$T/out" ": 1 row — 1 new, 0 changed, 0 unchanged, 1 new authority."
run 0 "$BIN" --lang de --db "$T/one.db" check
has "$T/out" "In Ordnung: 1 Objekt, 0 Abhängigkeiten, 1 Behörde, "
run 0 "$BIN" --lang de --db "$T/one.db" export inventar -o "$T/one-out.csv"
has "$T/err" "one-out.csv: 1 Zeile geschrieben (excel-de)"
printf 'Kennung;Typ;Name;Behörde\nEINS-2;Kaffeemaschine;Zwei;Einzelamt\n' >"$T/bad1.csv"
run 1 "$BIN" --lang en --db "$T/one.db" import "$T/bad1.csv"
has "$T/err" "bad1.csv: 1 error — nothing was imported."

finish
