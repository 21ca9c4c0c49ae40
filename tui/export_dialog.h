/* The export dialog behind `x`: writes the CSV of a view (the same writers as
 * `wolkenplan export …`, data/export.h, data/export_plan.h) in three steps drawn over the
 * view — choose the dialect (excel-de or rfc4180), confirm or edit the file name (default
 * "<workspace>-<stem>-<JJJJ-MM-TT>.csv" in the current directory, "~/" is the home
 * directory), and, if the file exists, confirm overwriting it. The file is written
 * atomically (temporary file + rename); the status line then names the file and the
 * number of data rows. A write error stays in the name prompt, so another name can be
 * tried. Usage from a view:
 *
 *   struct export_dialog ex;                              (in the view's state, zeroed)
 *   on ACT_EXPORT:  export_dialog_open(&ex, v->env, N_("Bewertung"), "bewertung", fn, p);
 *   in view_ops.key: if (export_dialog_active(&ex)) return export_dialog_key(&ex, key);
 *   at the end of view_ops.draw: if (export_dialog_active(&ex)) export_dialog_draw(&ex, v->win);
 *   in view_ops.destroy: export_dialog_free(&ex);
 */
#ifndef WP_TUI_EXPORT_DIALOG_H
#define WP_TUI_EXPORT_DIALOG_H

#include <curses.h>
#include <stddef.h>
#include <stdint.h>

#include "data/export.h"
#include "model/err.h"
#include "tui/dialog.h"
#include "tui/overlay.h"
#include "tui/pick.h"
#include "tui/view.h"

enum export_step { EXS_NONE, EXS_DIALECT, EXS_NAME, EXS_OVERWRITE };

#define EXPORT_PATH_MAX 1024

struct export_dialog {
	int step;                    /* enum export_step; EXS_NONE = closed */
	const char *title;           /* msgid of what is exported (static), e.g. "Bewertung" */
	int dialect;                 /* enum csv_dialect chosen */
	char path[EXPORT_PATH_MAX];  /* the file name as entered ("~/" expanded) */
	struct pick pk;              /* dialect choice (owned while EXS_DIALECT) */
	struct dialog dlg;           /* name prompt / overwrite confirmation */
	export_write_fn write;
	void *ctx;                   /* borrowed, passed to write */
	const struct view_env *env;  /* borrowed: theme, today, workspace path, session */
	size_t rows;                 /* data rows of the last successful export */
	char written[EXPORT_PATH_MAX]; /* the path of the last successful export */
};

/* Opens the dialog on d (which must be zeroed or closed): title is a msgid (static) of
 * the view exported, stem the ASCII part of the default file name ("bewertung"), write
 * and ctx produce the rows. env is borrowed for the dialog's lifetime. Returns 0 or
 * -WP_ENOMEM (d stays closed). */
int export_dialog_open(struct export_dialog *d, const struct view_env *env, const char *title,
		       const char *stem, export_write_fn write, void *ctx);
/* 1 while the dialog is open (it then takes every key). */
int export_dialog_active(const struct export_dialog *d);
/* Handles one key (encoded as in actions.h) while open. Esc cancels from any step.
 * Returns enum view_flags (always VF_HANDLED, with VF_REDRAW). After a successful export
 * the dialog is closed, d->rows and d->written tell what was written and the session's
 * status line says so. */
int export_dialog_key(struct export_dialog *d, int key);
/* Draws the open step centred in win (over the view, which the caller drew first). */
void export_dialog_draw(struct export_dialog *d, WINDOW *win);
/* Closes the dialog and frees what it holds; accepts a zeroed or closed d. */
void export_dialog_free(struct export_dialog *d);

/* Opens the dialog as export_dialog_open does, as an overlay on s (it closes itself after
 * the export or on Esc). Returns 0 or -WP_ENOMEM (nothing pushed). */
int export_dialog_push(struct overlay_stack *s, const struct view_env *env, const char *title,
		       const char *stem, export_write_fn write, void *ctx);

/* The default file name "<workspace>-<stem>-<JJJJ-MM-TT>.csv" into buf (n bytes): the
 * workspace part is the base name of db_path without leading dots and without everything
 * from its first dot on ("wolkenplan" when nothing is left or db_path is NULL), heute in
 * days since 1970-01-01. Returns buf. */
char *export_default_name(const char *db_path, const char *stem, int32_t heute, char *buf,
			  size_t n);

#endif
