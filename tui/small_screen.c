/* The "Fenster zu klein" notice. */
#include "tui/small_screen.h"

#include <stdio.h>

#include "model/i18n.h"
#include "tui/actions.h"
#include "tui/text.h"

void small_screen_draw(WINDOW *win, int min_cols, int min_lines)
{
	char need[128], now[128], kb[128];
	int h = getmaxy(win), w = getmaxx(win);
	snprintf(need, sizeof need, _("mindestens %d × %d Zeichen, jetzt %d × %d"), min_cols,
		 min_lines, COLS, LINES);
	snprintf(now, sizeof now, "%s",
		 keys_text(_("Fenster vergrößern oder {quit} zum Beenden"), kb, sizeof kb));
	werase(win);
	int y = h >= 3 ? h / 2 - 1 : 0;
	text_put(win, y, 0, _("Fenster zu klein"), w, A_BOLD, TEXT_LEFT);
	text_put(win, y + 1, 0, need, w, A_NORMAL, TEXT_LEFT);
	text_put(win, y + 2, 0, now, w, A_NORMAL, TEXT_LEFT);
	wnoutrefresh(win);
}
