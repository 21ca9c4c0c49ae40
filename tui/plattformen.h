/* The Plattformen view's state, shared by its two files: tui/view_plattformen.c (list,
 * profile, navigation) and tui/plattformen_edit.c (the edits, as overlays). Internal to
 * the view; nothing else includes it. */
#ifndef WP_TUI_PLATTFORMEN_H
#define WP_TUI_PLATTFORMEN_H

#include <curses.h>
#include <stddef.h>
#include <stdint.h>

#include "tui/listview.h"
#include "tui/table.h"
#include "tui/view.h"

struct plattformen {
	const struct view_env *env;
	struct listview lv;       /* the platform list (items: platform indexes) */
	struct table pt;          /* the profile of the selected one */
	WINDOW *wl, *wp;          /* off-screen panes, copied into the body window */
	int height, width, list_h;
	int focus;                /* 0 list, 1 profile */
	size_t *cnt;              /* [pf * V__N + verdict] objects per verdict */
	size_t *empf;             /* [pf] objects it is recommended for */
	struct pf_snap *pending;  /* the change being previewed / entered (owned) */
	uint32_t row;             /* profile row being edited (n_rl = VS-NfD) */
	char ok[256];             /* what the status line says when pending is saved */
	char sel_code[64];        /* code of the selected platform (kept across reloads) */
};

static inline uint32_t cur_pf(const struct plattformen *p)
{
	size_t n = p->env->ws->n_pf;
	return n && p->lv.t.sel < n ? (uint32_t)p->lv.t.sel : WP_NONE;
}

/* The edits (tui/plattformen_edit.c). Each opens its overlays on p->env->overlays and
 * reports through the session's status line. */
/* Enter on a profile row: pick the new value, then (a red line) its source, then the
 * what-if question; applied only when confirmed. */
void pf_start_value(struct plattformen *p);
/* The form for a new platform / for name, description, rank and example label of the
 * selected one. */
void pf_start_new(struct plattformen *p);
void pf_start_edit(struct plattformen *p);
/* The question closing each what-if. */
#define PF_UEBERNEHMEN N_("Übernehmen? ({undo} macht es später rückgängig)")

/* The what-if of a changed Kostenfaktor (tui/plattformen_faktor.c): takes sn (the
 * platform's new state, an existing code; owned from here on) as p->pending and asks
 * whether to save it, showing the effect in euros per year and the objects concerned;
 * once saved, the status line says ok (copied). Returns 0, or -WP_ENOTFOUND / -WP_ENOMEM
 * (sn freed, nothing saved). */
int pf_faktor_whatif(struct plattformen *p, struct pf_snap *sn, const char *ok);
/* The effect of Kostenfaktor neu (basis points) on platform f of p's workspace as one
 * line ending in a newline, "Kostenfaktor 1 → 0,8: der Betrieb auf … ändert sich um
 * −14.400 € je Jahr (3 Objekte …)."; snprintf contract (buf caller-owned). */
int pf_faktor_text(const struct plattformen *p, uint32_t f, int32_t neu, char *buf,
		   size_t size);
/* The confirmation for removing the selected platform. */
void pf_ask_delete(struct plattformen *p);

#endif
