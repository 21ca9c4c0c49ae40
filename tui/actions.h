/* The action table: every user command exactly once, with its default keys, its footer hint
 * and its German help text. The enum, the keymap, the help screen and the footer hints are
 * all generated from ACTIONS, so they cannot drift apart. Views receive actions, not keys. */
#ifndef WP_TUI_ACTIONS_H
#define WP_TUI_ACTIONS_H

#include <curses.h>
#include <stddef.h>

#include "model/i18n.h"
#include "model/labels.h"

/* A key as the input loop sees it: a character (Unicode code point) or, for the function
 * keys wget_wch reports with KEY_CODE_YES, the curses KEY_* code moved past the Unicode
 * range so the two never collide. */
#define TK_FN(k) ((int)(k) + 0x110000)
#define TK_CTRL(c) ((c) & 0x1f)
#define TK_ESC 27
#define TK_TAB '\t'

/* The footer hint of page-down, also shown by the text box (tui/textbox.c). */
#define HINT_SEITE_AB N_("Seite ab")

/* X(id, name, key, alt_key, hint, help)
 *   id      enum suffix: ACT_<id>
 *   name    stable ASCII name (for a future keymap file and for tests)
 *   key     default key; alt_key a second one or 0
 *   hint    short footer label (msgid) or NULL when the action stays out of the footer;
 *           the footer lists hinted actions in table order and drops those that do not fit
 *   help    German help text (msgid) shown on the help screen */
#define ACTIONS(X) \
	X(QUIT, "quit", 'q', 0, N_("Beenden"), \
	  N_("Programm beenden (in der Hilfe: zurück zur vorigen Ansicht)")) \
	X(HELP, "help", '?', TK_FN(KEY_F(1)), LBL_HILFE, \
	  N_("Diese Hilfe mit allen Tasten öffnen oder schließen")) \
	X(BACK, "back", TK_ESC, 0, NULL, N_("Zurück zur vorigen Ansicht")) \
	X(DOWN, "down", 'j', TK_FN(KEY_DOWN), N_("ab"), N_("Eine Zeile nach unten")) \
	X(UP, "up", 'k', TK_FN(KEY_UP), N_("auf"), N_("Eine Zeile nach oben")) \
	X(PGDN, "page-down", TK_FN(KEY_NPAGE), TK_CTRL('f'), HINT_SEITE_AB, \
	  N_("Eine Bildschirmseite nach unten")) \
	X(PGUP, "page-up", TK_FN(KEY_PPAGE), TK_CTRL('b'), NULL, \
	  N_("Eine Bildschirmseite nach oben")) \
	X(HOME, "home", 'g', TK_FN(KEY_HOME), NULL, N_("Zum Anfang der Liste")) \
	X(END, "end", 'G', TK_FN(KEY_END), NULL, N_("Zum Ende der Liste")) \
	X(NEXT_VIEW, "next-view", TK_TAB, 0, N_("Ansicht"), N_("Zur nächsten Ansicht wechseln")) \
	X(PREV_VIEW, "prev-view", TK_FN(KEY_BTAB), 0, NULL, \
	  N_("Zur vorigen Ansicht in der Leiste wechseln")) \
	X(REDRAW, "redraw", TK_CTRL('l'), 0, NULL, N_("Bildschirm neu zeichnen; nach Änderungen eines anderen Programms neu laden")) \
	X(VIEW_1, "view-1", '1', 0, NULL, N_("Ansicht 1: Übersicht")) \
	X(VIEW_2, "view-2", '2', 0, NULL, N_("Ansicht 2: Inventar")) \
	X(VIEW_3, "view-3", '3', 0, NULL, N_("Ansicht 3: Bewertung")) \
	X(VIEW_4, "view-4", '4', 0, NULL, N_("Ansicht 4: Plattformen")) \
	X(VIEW_5, "view-5", '5', 0, NULL, N_("Ansicht 5: Roadmap")) \
	X(VIEW_6, "view-6", '6', 0, NULL, N_("Ansicht 6: Quick Wins")) \
	X(VIEW_7, "view-7", '7', 0, NULL, N_("Ansicht 7: Piloten")) \
	X(VIEW_8, "view-8", '8', 0, NULL, N_("Ansicht 8: Beschlüsse")) \
	X(VIEW_9, "view-9", '9', 0, NULL, N_("Ansicht 9: Hilfe")) \
	X(LEFT, "left", 'h', TK_FN(KEY_LEFT), NULL, \
	  N_("Links: im Inventar zum Behördenbaum, im Baum Zweig zuklappen; in der Bewertung " \
	     "vorige Plattform; in Plattformen zurück zur Liste; in der Roadmap früher")) \
	X(RIGHT, "right", 'l', TK_FN(KEY_RIGHT), NULL, \
	  N_("Rechts: im Baum Zweig aufklappen, dann zurück zur Tabelle; in der Bewertung " \
	     "nächste Plattform; in Plattformen ins Profil; in der Roadmap später")) \
	X(OPEN, "open", '\r', '\n', N_("öffnen"), \
	  N_("Auswahl öffnen: Kennzahl der Übersicht als gefiltertes Inventar, Behörde im Baum " \
	     "als Filter; Bewertung: Zelle erklären; Plattformen: Wert ändern (mit Vorschau)")) \
	X(TOGGLE, "toggle", ' ', 0, NULL, \
	  N_("Baum: Zweig auf- oder zuklappen; Inventar: Objekt für einen Piloten markieren; " \
	     "Piloten: Punkt abhaken; Roadmap: Gruppe auf- oder zuklappen")) \
	X(TREE, "tree", 't', 0, NULL, N_("Behördenbaum im Inventar ein- oder ausblenden")) \
	X(SORT, "sort", 's', 0, N_("sortieren"), \
	  N_("Inventar nach der nächsten Spalte sortieren")) \
	X(SORT_REV, "sort-reverse", 'S', 0, NULL, N_("Sortierung umkehren")) \
	X(FILTER, "filter", 'f', 0, N_("Filter"), \
	  N_("Filter wählen: Behörde, Typ, Urteil oder Strategie (in der Übersicht: Behörde)")) \
	X(FILTER_CLEAR, "filter-clear", 'F', 0, NULL, N_("Alle Filter aufheben")) \
	X(SEARCH, "search", '/', 0, N_("suchen"), \
	  N_("Suchen in Kennung und Name, schon beim Tippen")) \
	X(SEARCH_NEXT, "search-next", 'n', 0, NULL, N_("Nächster Treffer der Suche")) \
	X(SEARCH_PREV, "search-prev", 'N', 0, NULL, N_("Voriger Treffer der Suche")) \
	X(JUMP, "jump", ':', 0, NULL, N_("Zu einer Kennung springen")) \
	X(EDIT, "edit", 'e', 0, N_("bearbeiten"), \
	  N_("Objekt-Detail: Feld bearbeiten (feste Werte aus Auswahlliste); Baum: Behörde " \
	     "umbenennen")) \
	X(NEW, "new-object", 'a', 0, NULL, \
	  N_("Neues Objekt anlegen (in Plattformen: neue Plattform; in Beschlüsse: neuen " \
	     "Beschluss erfassen)")) \
	X(NEW_BEH, "new-behoerde", 'B', 0, NULL, N_("Neue Behörde anlegen")) \
	X(BEH_MERGE, "beh-merge", 'M', 0, NULL, \
	  N_("Behördenbaum: gewählte Behörde mit einer anderen zusammenführen (Objekte und " \
	     "untergeordnete Behörden ziehen mit um)")) \
	X(BEH_MOVE, "beh-move", 'm', 0, NULL, \
	  N_("Behördenbaum: gewählte Behörde unter eine andere oder auf die oberste Ebene " \
	     "verschieben")) \
	X(DELETE, "delete-object", 'D', TK_FN(KEY_DC), NULL, \
	  N_("Objekt löschen (mit Rückfrage, die nennt, was davon abhängt); in Plattformen: " \
	     "Plattform entfernen; im Behördenbaum: leere Behörde entfernen; in Beschlüsse: " \
	     "Beschluss entfernen, mit Rückfrage")) \
	X(DEP_ADD, "dep-add", '+', 0, NULL, \
	  N_("Objekt-Detail: Abhängigkeit hinzufügen (durchsuchbare Auswahl); Roadmap: feiner " \
	     "zoomen (Jahr, Quartal, Monat)")) \
	X(DEP_DEL, "dep-remove", '-', 0, NULL, \
	  N_("Objekt-Detail: gewählte Abhängigkeit entfernen; Roadmap: gröber zoomen")) \
	X(UNDO, "undo", 'u', 0, LBL_RUECKGAENGIG, \
	  N_("Letzte Änderung rückgängig machen (jede ist sofort gespeichert)")) \
	X(REDO, "redo", TK_CTRL('r'), 0, NULL, N_("Rückgängig gemachte Änderung wiederherstellen")) \
	X(REPLAN, "replan", 'p', 0, NULL, \
	  N_("Roadmap: neu planen und den Plan speichern (Festsetzungen bleiben)")) \
	X(PIN, "pin", 'w', 0, NULL, \
	  N_("Roadmap: Beginn des gewählten Objekts auf einen Monat festlegen (JJJJ-MM oder " \
	     "MM.JJJJ)")) \
	X(UNPIN, "unpin", 'W', 0, NULL, N_("Roadmap: Festlegung des gewählten Objekts aufheben")) \
	X(KAPAZITAET, "capacity", 'K', 0, NULL, \
	  N_("Plan-Parameter: Beginn, Kapazität je Monat, Tempo, Wellenlänge und die Monate " \
	     "mit eigener Kapazität ändern (in der Roadmap gleich für den Monat des Objekts)")) \
	X(EINSTELLUNGEN, "settings", 'E', 0, NULL, \
	  N_("Einstellungen: jeder Wert mit Bereich, Bedeutung und Annahme; ein neuer Wert zeigt " \
	     "erst seine Wirkung und gilt erst auf j")) \
	X(SZENARIEN, "scenarios", 'Z', 0, NULL, \
	  N_("Szenarien: 2 bis 4 nebeneinander vergleichen; anlegen, aktivieren, umbenennen, " \
	     "löschen")) \
	X(LANES, "lanes", 'v', 0, NULL, N_("Roadmap: Gruppen je Behörde oder je Strategie")) \
	X(PILOT_NEW, "pilot-new", 'P', 0, NULL, \
	  N_("Pilot anlegen: in Quick Wins aus dem gewählten Objekt mit seiner " \
	     "Abhängigkeitshülle, im Inventar aus den markierten Objekten")) \
	X(PILOT_STATUS, "pilot-status", 'c', 0, NULL, N_("Piloten: Status des Piloten ändern")) \
	X(TODO_ADD, "todo-add", 'i', 0, NULL, N_("Piloten: Punkt zur Checkliste hinzufügen")) \
	X(EXPORT, "export", 'x', 0, NULL, \
	  N_("Die CSV-Datei dieser Ansicht schreiben (Format und Dateiname wählbar)")) \
	X(IMPORT, "import", 'I', 0, NULL, \
	  N_("Inventar aus CSV importieren: Vorschau, Zuordnung fremder Spalten, Probelauf " \
	     "(nicht rückgängig zu machen)"))

enum action {
	ACT_NONE = -1,
#define X(id, name, key, alt, hint, help) ACT_##id,
	ACTIONS(X)
#undef X
	ACT__N
};

/* The action bound to key, or ACT_NONE. */
int action_for_key(int key);
/* The action with the given stable name, or ACT_NONE. */
int action_by_name(const char *name);
/* Stable ASCII name of action a (static string; "" if a is out of range). */
const char *action_name(int a);
/* Translated help text / footer hint of a (static or catalogue string, never freed).
 * action_hint returns NULL for actions without a footer hint. */
const char *action_help(int a);
const char *action_hint(int a);
/* Default key (which = 0) or second key (which = 1) of a; 0 if none. */
int action_key(int a, int which);

/* Label of key as a person reads it, in the interface language: e.g. "q", "↓", "Bild↓",
 * "Eingabe", "Entf", "Strg-L", "Esc", "F1" (English: "PgDn", "Enter", "Del", "Ctrl-L"),
 * written to buf (n bytes, always NUL-terminated). Returns buf. */
char *key_label(int key, char *buf, size_t n);
/* All keys of a as "j, ↓" into buf (n bytes), a key that reads like the first one only
 * once. Returns buf. */
char *action_keys_label(int a, char *buf, size_t n);
/* Copies msg into buf (n bytes, always NUL-terminated) with every "{name}" of an action
 * (action_by_name) replaced by the label of its default key and "{name:1}" by that of its
 * second key, so sentences that name keys follow the keymap: "{help} zeigt alle Tasten"
 * → "? zeigt alle Tasten". Anything else, unknown names too, is copied as it is. Returns
 * buf. */
char *keys_text(const char *msg, char *buf, size_t n);

#endif
