/* The "Fenster zu klein" notice. */
#include "tui/small_screen.h"

#include <stdio.h>

#include "model/i18n.h"
#include "tui/actions.h"
#include "tui/text.h"

void small_screen_draw(WINDOW *win, int min_cols, int min_lines)
{
	/* what is needed and what there is on lines of their own: on a narrow screen the
	 * present size is the figure cropped first */
	char need[128], have[64], kb[128];
	int h = getmaxy(win), w = getmaxx(win);
	snprintf(need, sizeof need, _("mindestens %d × %d Zeichen"), min_cols, min_lines);
	snprintf(have, sizeof have, _("jetzt %d × %d"), COLS, LINES);
	werase(win);
	int y = h >= 4 ? h / 2 - 2 : 0;
	text_put(win, y, 0, _("Fenster zu klein"), w, A_BOLD, TEXT_LEFT);
	text_put(win, y + 1, 0, need, w, A_NORMAL, TEXT_LEFT);
	text_put(win, y + 2, 0, have, w, A_NORMAL, TEXT_LEFT);
	text_put(win, y + 3, 0, keys_text(_("Fenster vergrößern oder {quit} zum Beenden"), kb,
					  sizeof kb), w, A_NORMAL, TEXT_LEFT);
	wnoutrefresh(win);
}
