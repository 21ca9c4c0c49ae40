/* The export dialog behind `x`: writes the CSV of a view (the same writers as
 * `wolkenplan export …`, data/export.h, data/export_plan.h) or the workspace's xlsx
 * workbook (`wolkenplan export xlsx`, data/xlsx.h) or the PDF report (`wolkenplan report`
 * with its defaults, data/report.h) in three steps drawn over the view — choose the format
 * (CSV excel-de, CSV rfc4180, xlsx or PDF), confirm or edit the file name (default
 * "<workspace>-<stem>-<JJJJ-MM-TT>.csv", for xlsx
 * "<workspace>-arbeitsmappe-<JJJJ-MM-TT>.xlsx", for the report
 * "<workspace>-bericht-<JJJJ-MM-TT>.pdf", in the current directory, "~/" is the home
 * directory), and, if the file exists, confirm overwriting it. The file is written
 * atomically (temporary file + rename); the status line then names the file and the
 * number of data rows (of pages for the report). A write error stays in the name prompt, so another name can be
 * tried. A view pushes it as an overlay on ACT_EXPORT:
 *
 *   export_dialog_push(v->env->overlays, v->env, v->title, "bewertung", write_csv, p);
 */
#ifndef WP_TUI_EXPORT_DIALOG_H
#define WP_TUI_EXPORT_DIALOG_H

#include <stddef.h>
#include <stdint.h>

#include "data/export.h"
#include "tui/overlay.h"
#include "tui/view.h"

/* Opens the dialog as an overlay on s; it closes itself after the export or on Esc
 * (Esc cancels from any step), and is dropped with the view that pushed it (ctx is the
 * overlay's owner). title is a msgid (static) of the view exported, stem the ASCII part
 * of the default file name ("bewertung"), write and ctx produce the rows; env and ctx are
 * borrowed while the dialog is open. Returns 0 or -WP_ENOMEM (nothing pushed). */
int export_dialog_push(struct overlay_stack *s, const struct view_env *env, const char *title,
		       const char *stem, export_write_fn write, void *ctx);

/* The default file name "<workspace>-<stem>-<JJJJ-MM-TT>.csv" into buf (n bytes): the
 * workspace part is the base name of db_path without leading dots and without everything
 * from its first dot on ("wolkenplan" when nothing is left or db_path is NULL), heute in
 * days since 1970-01-01. Returns buf. */
char *export_default_name(const char *db_path, const char *stem, int32_t heute, char *buf,
			  size_t n);

#endif
