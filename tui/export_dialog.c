/* The export dialog: format (a CSV dialect, the xlsx workbook or the PDF report), file
 * name, overwrite confirmation, atomic write. */
#include "tui/export_dialog.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "model/date.h"
#include "model/err.h"
#include "data/report.h"
#include "data/xlsx.h"
#include "model/i18n.h"
#include "tui/actions.h"
#include "tui/dialog.h"
#include "tui/pick.h"
#include "tui/session.h"
#include "tui/widget.h"

enum export_step { EXS_NONE, EXS_DIALECT, EXS_NAME, EXS_OVERWRITE };

#define EXPORT_PATH_MAX 1024

/* The overlay's state. */
struct export_dialog {
	int step;                    /* enum export_step; EXS_NONE = closed */
	const char *title;           /* msgid of what is exported (static), e.g. "Bewertung" */
	int dialect;                 /* enum csv_dialect chosen (for FMT_CSV_*) */
	int format;                  /* enum export_format chosen */
	char path[EXPORT_PATH_MAX];  /* the file name as entered ("~/" expanded) */
	struct pick pk;              /* dialect choice (owned while EXS_DIALECT) */
	struct dialog dlg;           /* name prompt / overwrite confirmation */
	export_write_fn write;
	void *ctx;                   /* borrowed, passed to write */
	const struct view_env *env;  /* borrowed: theme, today, workspace path, session */
};

/* The formats offered, in the order of the list. */
enum export_format { FMT_CSV_EXCEL_DE, FMT_CSV_RFC4180, FMT_XLSX, FMT_PDF, FMT__N };

static const char *const dialect_labels[FMT__N] = {
	N_("excel-de — Excel/LibreOffice deutsch (Semikolon, TT.MM.JJJJ, Dezimalkomma)"),
	N_("rfc4180 — international (Komma, JJJJ-MM-TT, Dezimalpunkt)"),
	N_("xlsx — Excel-Arbeitsmappe (alle Blätter: Übersicht, Roadmap, Kosten …)"),
	N_("PDF-Bericht — Sitzungsvorlage für den Ausschuss (wie wolkenplan report)"),
};

/* The default name with extension ext (see export_default_name). */
static char *default_name(const char *db_path, const char *stem, const char *ext,
			  int32_t heute, char *buf, size_t n)
{
	const char *base = db_path && *db_path ? db_path : "wolkenplan";
	const char *slash = strrchr(base, '/');
	if (slash && slash[1])
		base = slash + 1;
	while (*base == '.') /* no hidden export files */
		base++;
	if (!*base)
		base = "wolkenplan";
	size_t len = strlen(base);
	const char *dot = strchr(base, '.');
	if (dot && dot > base)
		len = (size_t)(dot - base);
	if (len > 64)
		len = 64;
	char day[16];
	date_format(heute, 0, day, sizeof day); /* ISO: file names sort by date */
	snprintf(buf, n, "%.*s-%s-%s.%s", (int)len, base, stem ? stem : "export", day, ext);
	return buf;
}

char *export_default_name(const char *db_path, const char *stem, int32_t heute, char *buf,
			  size_t n)
{
	return default_name(db_path, stem, "csv", heute, buf, n);
}

static const char *dialect_label(void *ctx, size_t i, char *buf, size_t n)
{
	(void)ctx;
	(void)buf;
	(void)n;
	return _(dialect_labels[i]);
}

static void close_dialog(struct export_dialog *d)
{
	pick_free(&d->pk);
	d->step = EXS_NONE;
}

/* Opens the dialog on d (zeroed): the dialect list first. Returns 0 or -WP_ENOMEM. */
static int open_dialog(struct export_dialog *d, const struct view_env *env, const char *title,
		       const char *stem, export_write_fn write, void *ctx)
{
	char t[128];
	d->title = title;
	d->write = write;
	d->ctx = ctx;
	d->env = env;
	d->dialect = DIALECT_EXCEL_DE;
	export_default_name(env->db_path, stem, env->heute, d->path, sizeof d->path);
	snprintf(t, sizeof t, _("%s exportieren: Format"), _(title));
	if (pick_open(&d->pk, t, FMT__N, dialect_label, NULL, env->theme))
		return -WP_ENOMEM;
	d->step = EXS_DIALECT;
	return 0;
}

/* What the chosen format exports: the view's title, the workbook or the report. */
static const char *was(const struct export_dialog *d)
{
	return d->format == FMT_XLSX ? _("Arbeitsmappe") : d->format == FMT_PDF ? _("Bericht")
										  : _(d->title);
}

static void open_name(struct export_dialog *d, const char *initial)
{
	char t[128];
	snprintf(t, sizeof t, _("%s exportieren: Datei"), was(d));
	dialog_prompt(&d->dlg, t,
		      _("Dateiname (im aktuellen Verzeichnis, ~/ für das Home-Verzeichnis); "
			"Enter schreibt, Esc bricht ab"),
		      initial, d->env->theme);
	d->step = EXS_NAME;
}

/* "~/x" → "$HOME/x"; anything else as entered (spaces at the ends removed). Returns 0,
 * or -1 when the name is empty or too long. */
static int expand(const char *in, char *out, size_t n)
{
	while (*in == ' ')
		in++;
	size_t len = strlen(in);
	while (len && in[len - 1] == ' ')
		len--;
	if (len == 0)
		return -1;
	const char *home = getenv("HOME");
	int w;
	if (len >= 2 && in[0] == '~' && in[1] == '/' && home && *home)
		w = snprintf(out, n, "%s%.*s", home, (int)len - 1, in + 1);
	else
		w = snprintf(out, n, "%.*s", (int)len, in);
	return w < 0 || (size_t)w >= n ? -1 : 0;
}

/* The report of `wolkenplan report` with its defaults (whole workspace, default title);
 * the page count into *seiten. Returns 0 or -WP_E* with a message in e. */
static int write_report(const struct export_dialog *d, int *seiten, struct wp_err *e)
{
	const struct view_env *env = d->env;
	char name[256];
	struct report_opts o = { .behoerde = WP_NONE, .heute = env->heute, .nur = REPORT_ALLES,
				 .format = REPORT_PDF };
	o.name = report_name(env->ws, env->db_path, name, sizeof name);
	return report_export(d->path, env->ses ? env->ses->store : NULL, env->ws, env->as, &o,
			     seiten, e);
}

/* Writes the file; on success closes the dialog and reports, else shows the error in the
 * name prompt. */
static void do_write(struct export_dialog *d)
{
	struct wp_err e = { 0 };
	struct export_count n = { 0, 0 };
	const struct view_env *env = d->env;
	int seiten = 0;
	int rc = d->format == FMT_XLSX
		? xlsx_export(d->path, env->ses ? env->ses->store : NULL, env->ws, env->as,
			      env->heute, &e)
		: d->format == FMT_PDF ? write_report(d, &seiten, &e)
		: export_write_file(d->path, d->dialect, d->write, d->ctx, &n, &e);
	if (rc) {
		if (d->step != EXS_NAME)
			open_name(d, d->path);
		dialog_set_error(&d->dlg, e.msg);
		return;
	}
	if (d->env->ses && d->format == FMT_XLSX) {
		session_message(d->env->ses, 0, _("Arbeitsmappe exportiert nach %s (xlsx)"), d->path);
	} else if (d->env->ses && d->format == FMT_PDF) {
		session_message(d->env->ses, 0,
				ngettext("Bericht geschrieben: %s (%d Seite)",
					 "Bericht geschrieben: %s (%d Seiten)", (unsigned long)seiten),
				d->path, seiten);
	} else if (d->env->ses) {
		char caveat[160];
		session_message(d->env->ses, 0,
				ngettext("%s exportiert: %zu Zeile nach %s (%s)%s",
					 "%s exportiert: %zu Zeilen nach %s (%s)%s", n.rows),
				_(d->title), n.rows, d->path,
				d->dialect == DIALECT_EXCEL_DE ? "excel-de" : "rfc4180",
				export_caveat(&n, caveat, sizeof caveat));
	}
	close_dialog(d);
}

/* The name was entered: check it, ask before overwriting, else write. */
static void name_done(struct export_dialog *d)
{
	char buf[EXPORT_PATH_MAX];
	struct stat st;
	if (expand(dialog_value(&d->dlg), buf, sizeof buf)) {
		dialog_set_error(&d->dlg, _("Bitte einen Dateinamen eingeben."));
		return;
	}
	snprintf(d->path, sizeof d->path, "%s", buf);
	if (stat(d->path, &st) == 0) {
		char q[EXPORT_PATH_MAX + 128];
		if (S_ISDIR(st.st_mode)) {
			dialog_set_error(&d->dlg, _("Das ist ein Verzeichnis; bitte einen Dateinamen "
						    "angeben."));
			return;
		}
		snprintf(q, sizeof q, _("Die Datei \"%s\" gibt es schon. Überschreiben?"), d->path);
		dialog_confirm(&d->dlg, _("Datei überschreiben?"), q, d->env->theme);
		d->step = EXS_OVERWRITE;
		return;
	}
	do_write(d);
}

/* Handles one key of the open step. */
static void step_key(struct export_dialog *d, int key)
{
	int r;
	switch (d->step) {
	case EXS_DIALECT:
		r = pick_key(&d->pk, key);
		if (r == WR_CANCEL) {
			close_dialog(d);
		} else if (r == WR_DONE && pick_selected(&d->pk) != (size_t)-1) {
			d->format = (int)pick_selected(&d->pk);
			d->dialect = d->format == FMT_CSV_RFC4180 ? DIALECT_RFC4180 : DIALECT_EXCEL_DE;
			if (d->format == FMT_XLSX)
				default_name(d->env->db_path, "arbeitsmappe", "xlsx", d->env->heute,
					     d->path, sizeof d->path);
			else if (d->format == FMT_PDF)
				default_name(d->env->db_path, "bericht", "pdf", d->env->heute,
					     d->path, sizeof d->path);
			pick_free(&d->pk);
			open_name(d, d->path);
		}
		break;
	case EXS_NAME:
		r = dialog_key(&d->dlg, key);
		if (r == WR_CANCEL)
			close_dialog(d);
		else if (r == WR_DONE)
			name_done(d);
		break;
	case EXS_OVERWRITE:
		r = dialog_key(&d->dlg, key);
		if (r == WR_DONE)
			do_write(d);
		else if (r == WR_CANCEL) /* back to the name, to choose another */
			open_name(d, d->path);
		break;
	default:
		break;
	}
}

/* ---- the overlay ---- */

static int ov_key(void *state, int key)
{
	struct export_dialog *d = state;
	step_key(d, key);
	return d->step != EXS_NONE ? WR_CHANGED : WR_DONE;
}

static void ov_draw(void *state, WINDOW *win)
{
	struct export_dialog *d = state;
	if (d->step == EXS_DIALECT)
		pick_draw(&d->pk, win);
	else if (d->step != EXS_NONE)
		dialog_draw(&d->dlg, win);
}

static void ov_free(void *state)
{
	close_dialog(state);
	free(state);
}

static const struct overlay_hint *ov_hints(const void *state)
{
	static const struct overlay_hint dialect[] = {
		{ TK_FN(KEY_DOWN), HINT_WAEHLEN }, { '\r', N_("weiter") },
		{ TK_ESC, HINT_ABBRECHEN }, { 0, NULL },
	};
	static const struct overlay_hint name[] = {
		{ '\r', N_("schreiben") }, { TK_ESC, HINT_ABBRECHEN }, { 0, NULL },
	};
	static const struct overlay_hint overwrite[] = {
		{ 'j', N_("überschreiben") }, { 'n', LBL_NEIN }, { TK_ESC, HINT_ABBRECHEN },
		{ 0, NULL },
	};
	int step = ((const struct export_dialog *)state)->step;
	return step == EXS_DIALECT ? dialect : step == EXS_OVERWRITE ? overwrite : name;
}

static const struct overlay_ops export_ops = {
	.name = "export", .key = ov_key, .draw = ov_draw, .free = ov_free, .hints = ov_hints,
};

int export_dialog_push(struct overlay_stack *s, const struct view_env *env, const char *title,
		       const char *stem, export_write_fn write, void *ctx)
{
	struct export_dialog *d = calloc(1, sizeof *d);
	if (!d || open_dialog(d, env, title, stem, write, ctx)) {
		free(d);
		return -WP_ENOMEM;
	}
	return overlay_push(s, &export_ops, d, NULL, ctx); /* dropped with its view */
}
