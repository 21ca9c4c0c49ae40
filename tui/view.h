/* The view interface: every screen of the dashboard is a small vtable. The app owns the
 * windows and the data; a view draws into the body window it is given and answers actions
 * with flags that tell the main loop what to do next. */
#ifndef WP_TUI_VIEW_H
#define WP_TUI_VIEW_H

#include <curses.h>
#include <stddef.h>
#include <stdint.h>

#include "model/assess.h"
#include "model/objfilter.h"
#include "model/ws.h"
#include "tui/theme.h"

struct session;
struct overlay_stack;
struct app_request;

/* Flags returned by handle/click. 0 = not handled (the app tries its global actions). */
enum view_flags {
	VF_HANDLED = 1 << 0,  /* the action was consumed */
	VF_REDRAW = 1 << 1,   /* redraw the screen */
	VF_RELAYOUT = 1 << 2, /* recompute the layout, then redraw */
	VF_QUIT = 1 << 3,     /* leave the program */
	VF_CLOSE = 1 << 4,    /* close this view: back to the previous one */
	VF_REQUEST = 1 << 5,  /* carry out env->req (tui/request.h) */
};

/* What views may read; borrowed from the app, valid while the view lives. */
struct view_env {
	const struct ws *ws;
	const struct assessment *as;
	const struct theme *theme;  /* colours and glyphs (UTF-8 or ASCII), chosen at start */
	int32_t heute;              /* today, days since 1970-01-01 (fixed in tests) */
	struct app_request *req;    /* another view with something in hand (tui/request.h) */
	struct session *ses;        /* editing: store, journal, re-scoring (tui/session.h) */
	const char *db_path;        /* the workspace file (default export names); may be NULL */
	struct overlay_stack *overlays; /* the app's: pick lists, dialogs, prompts go here */
};

struct view {
	const struct view_ops *ops;
	const char *title;          /* tab label msgid (static) */
	const struct view_env *env; /* borrowed */
	WINDOW *win;                /* body window, owned by the app; NULL if screen too small */
	void *priv;                 /* owned by the view: allocated in open, freed in destroy */
};

struct view_ops {
	const char *name; /* stable internal name */
	/* Builds the view's state from env (no curses calls). Returns 0 or -WP_ENOMEM. */
	int (*open)(struct view *v);
	/* The body window changed (v->win is new, height × width). Optional. */
	void (*layout)(struct view *v, int height, int width);
	/* Draws the whole body into v->win (which is not NULL) without refreshing it. */
	void (*draw)(struct view *v);
	/* Handles one action (enum action); returns enum view_flags. */
	int (*handle)(struct view *v, int action);
	/* A raw key (encoded as in actions.h) before the keymap sees it, for views that are
	 * reading text (a search prompt). Optional; returns enum view_flags, 0 = not taken. */
	int (*key)(struct view *v, int key);
	/* A mouse click at (y, x) of the body window. Optional; returns enum view_flags. */
	int (*click)(struct view *v, int y, int x);
	/* Writes a short position text for the status line ("Objekt 3 von 74"). Optional. */
	void (*info)(struct view *v, char *buf, size_t n);
	/* Frees priv; accepts a view whose open failed or never ran. */
	void (*destroy)(struct view *v);
	/* The object the selection stands for (Enter opens its Objekt-Detail), or WP_NONE.
	 * Optional. */
	uint32_t (*selected)(struct view *v);
	/* The workspace was edited (values, or objects added / deleted: indexes may have
	 * shifted; env->as is new): rebuild what was derived from it, keep the selection where
	 * possible. Optional: without it the app destroys and reopens the view. Returns 0 or
	 * -WP_ENOMEM. */
	int (*reload)(struct view *v);
	/* 0 if the view has no use for action (enum action), so the footer leaves it out
	 * (s sortieren where nothing sorts). Optional: without it every action is named. */
	int (*offers)(struct view *v, int action);
};

/* The views that exist. */
extern const struct view_ops view_uebersicht_ops;
extern const struct view_ops view_inventar_ops;
extern const struct view_ops view_help_ops;
extern const struct view_ops view_bewertung_ops;
extern const struct view_ops view_plattformen_ops;
extern const struct view_ops view_roadmap_ops;
extern const struct view_ops view_quickwins_ops;
extern const struct view_ops view_piloten_ops;
extern const struct view_ops view_beschluesse_ops;

/* Applies filter f to the Inventar view v (which must be the Inventar): replaces every
 * filter, clears the search, selects f->select or the first row. f is copied. */
void view_inventar_apply(struct view *v, const struct obj_filter *f);

#endif
