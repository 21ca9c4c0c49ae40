#!/bin/sh
# Keeps the arrows one way: tui, cli -> data -> model. model/ is pure C; data/ and cli/
# never include curses; model/ never includes data/, cli/ or tui/ headers.
bad=0
check() { # pattern dirs... ; message
	pat=$1; shift; msg=$1; shift
	hits=$(grep -nE "$pat" "$@" 2>/dev/null)
	if [ -n "$hits" ]; then echo "layering: $msg"; echo "$hits"; bad=1; fi
}
check '#include *[<"](n?curses|ncursesw/|sqlite3|csv)' "model/ includes a library it must not know" model/*.[ch]
check '#include *"(data|cli|tui)/' "model/ includes an outer layer" model/*.[ch]
check '#include *[<"](n?curses|ncursesw/)' "data/ or cli/ includes curses" data/*.[ch] cli/*.[ch]
check '#include *"(cli|tui)/' "data/ includes an outer layer" data/*.[ch]
check '#include *"tui/' "cli/ includes tui/ (only main.c may start the TUI)" $(ls cli/*.[ch] | grep -v cli/main.c)
exit $bad
