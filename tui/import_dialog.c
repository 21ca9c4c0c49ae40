/* The import dialog: file name, preview and column mapping, dry run, import. */
#include "tui/import_dialog.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/csvread.h"
#include "data/import.h"
#include "data/importmap.h"
#include "data/inventar.h"
#include "model/fields.h"
#include "model/i18n.h"
#include "tui/actions.h"
#include "tui/dialog.h"
#include "tui/pick.h"
#include "tui/session.h"
#include "tui/text.h"
#include "tui/widget.h"

enum import_step { IMS_NONE, IMS_PATH, IMS_COLUMNS, IMS_PICK, IMS_RESULT };

#define IMPORT_PATH_MAX 1024
#define REPORT_LINES 8 /* changes and errors each shown in the result */

/* A foreign column's target "not imported" (a pointer compared, never shown). */
static const char ignore_target[] = "";

/* The overlay's state. */
struct import_dialog {
	int step;                    /* enum import_step; IMS_NONE = closed */
	const struct view_env *env;  /* borrowed */
	char path[IMPORT_PATH_MAX];
	char *buf;                   /* the file, owned */
	size_t len;
	char **cell;                 /* the header and preview rows, row-major, owned */
	size_t ncol, nrow;           /* nrow counts the header */
	size_t *foreign;             /* header indexes of the foreign columns … */
	const char **target;         /* … their targets: NULL undecided, ignore_target, or a
				      * label (static or catalogue string) */
	size_t n_foreign, sel;
	int map_loaded;              /* targets came from DATEI.map */
	struct pick pk;              /* the targets (IMS_PICK) */
	struct dialog dlg;           /* the file name prompt */
	char *report;                /* the dry run's result, owned */
	int valid;                   /* the dry run found no error */
	char msg[IMPORT_PATH_MAX + 1100]; /* a line under the columns ("" none) */
};

static void free_file(struct import_dialog *d)
{
	for (size_t i = 0; i < d->ncol * d->nrow; i++)
		free(d->cell[i]);
	free(d->cell);
	free(d->buf);
	free(d->foreign);
	free(d->target);
	free(d->report);
	d->cell = NULL;
	d->buf = NULL;
	d->foreign = NULL;
	d->target = NULL;
	d->report = NULL;
	d->ncol = d->nrow = d->n_foreign = d->len = d->sel = 0;
	d->valid = d->map_loaded = 0;
}

/* ---- reading the file ---- */

/* Reads path into d->buf. Returns 0, or -1 with errno set. */
static int read_file(struct import_dialog *d)
{
	FILE *f = fopen(d->path, "rb");
	size_t cap = 0;
	if (!f)
		return -1;
	for (;;) {
		if (cap - d->len < 65536) {
			char *nb = realloc(d->buf, cap = cap ? cap * 2 : 1 << 16);
			if (!nb) {
				fclose(f);
				errno = ENOMEM;
				return -1;
			}
			d->buf = nb;
		}
		size_t k = fread(d->buf + d->len, 1, cap - d->len - 1, f);
		d->len += k;
		if (k == 0)
			break;
	}
	int bad = ferror(f);
	fclose(f);
	d->buf[d->len] = '\0';
	if (bad)
		errno = EIO;
	return bad ? -1 : 0;
}

/* csvread callback: keeps the header and the first IMPORT_PREVIEW_ROWS rows. */
static int keep_row(void *ctx, const struct csv_row *row, struct wp_err *e)
{
	struct import_dialog *d = ctx;
	(void)e;
	if (d->nrow == 0) {
		if (!(d->cell = calloc((row->n ? row->n : 1) * (IMPORT_PREVIEW_ROWS + 1),
				       sizeof *d->cell)))
			return -WP_ENOMEM;
		d->ncol = row->n;
	}
	for (size_t i = 0; i < d->ncol; i++)
		if (!(d->cell[d->nrow * d->ncol + i] = strdup(i < row->n ? row->field[i] : "")))
			return -WP_ENOMEM;
	return ++d->nrow > IMPORT_PREVIEW_ROWS ? -WP_EEXIST : 0; /* enough: stop reading */
}

/* The file's foreign columns, with the targets of DATEI.map where it has them. */
static int find_foreign(struct import_dialog *d)
{
	struct importmap saved = { 0 };
	struct import_dialog md = { 0 };
	struct wp_err e;
	snprintf(md.path, sizeof md.path, "%.*s.map", IMPORT_PATH_MAX - 5, d->path);
	if (read_file(&md) == 0 && importmap_parse(md.buf, 1, d->env->ws, &saved, &e) == 0)
		d->map_loaded = 1;
	free(md.buf);
	d->foreign = calloc(d->ncol ? d->ncol : 1, sizeof *d->foreign);
	d->target = calloc(d->ncol ? d->ncol : 1, sizeof *d->target);
	if (!d->foreign || !d->target) {
		importmap_free(&saved);
		return -WP_ENOMEM;
	}
	for (size_t i = 0; i < d->ncol; i++)
		if (!importmap_resolve(d->env->ws, d->cell[i])) {
			d->target[d->n_foreign] = importmap_target(&saved, d->cell[i]);
			d->foreign[d->n_foreign++] = i;
		}
	importmap_free(&saved);
	return 0;
}

/* The file name was entered: read, preview, columns. Errors stay in the prompt. */
static void open_file(struct import_dialog *d)
{
	struct wp_err e = { 0 };
	const char *p = dialog_value(&d->dlg);
	while (*p == ' ')
		p++;
	free_file(d);
	snprintf(d->path, sizeof d->path, "%s", p);
	size_t n = strlen(d->path);
	while (n && d->path[n - 1] == ' ')
		d->path[--n] = '\0';
	if (!n) {
		dialog_set_error(&d->dlg, _("Bitte den Namen der CSV-Datei eingeben."));
		return;
	}
	if (read_file(d)) {
		wp_fail_read(&e, d->path, errno);
		dialog_set_error(&d->dlg, e.msg);
		return;
	}
	int rc = csvread_buffer_opt(d->path, d->buf, d->len, 0, CSVREAD_TRIM, keep_row, d, &e);
	if (rc == -WP_EFORMAT && d->nrow > 1)
		rc = 0; /* the preview is read; the dry run reports the rest */
	if ((rc && rc != -WP_EEXIST) || d->nrow == 0) {
		dialog_set_error(&d->dlg, rc == -WP_EFORMAT ? e.msg
					  : rc ? wp_strerror(-rc)
					       : _("Die Datei ist leer, erwartet: eine Kopfzeile und "
						   "Datenzeilen."));
		return;
	}
	if (find_foreign(d)) {
		dialog_set_error(&d->dlg, wp_strerror(WP_ENOMEM));
		return;
	}
	d->msg[0] = '\0';
	if (d->map_loaded)
		snprintf(d->msg, sizeof d->msg, _("Zuordnung aus %s.map übernommen."), d->path);
	d->step = IMS_COLUMNS;
}

/* ---- the mapping ---- */

/* The mapping chosen so far; *ignore set when a column is to be skipped. Returns 0, or
 * -WP_EINVAL with d->msg naming an undecided column, or -WP_ENOMEM. */
static int build_map(struct import_dialog *d, struct importmap *m, int *ignore)
{
	*ignore = 0;
	for (size_t k = 0; k < d->n_foreign; k++) {
		const char *h = d->cell[d->foreign[k]];
		if (!d->target[k]) {
			importmap_free(m);
			snprintf(d->msg, sizeof d->msg,
				 _("Spalte \"%s\": bitte eine Zielspalte wählen oder ignorieren."), h);
			d->sel = k;
			return -WP_EINVAL;
		}
		if (d->target[k] == ignore_target)
			*ignore = 1;
		else if (importmap_set(m, h, d->target[k])) {
			importmap_free(m);
			return -WP_ENOMEM;
		}
	}
	return 0;
}

/* Targets in the pick list: "ignorieren", the Inventar columns, Übergeordnet, the DVC
 * criteria. */
static size_t n_targets(const struct import_dialog *d)
{
	return 1 + F__CSV + 1 + d->env->ws->n_dvc;
}

static const char *target_at(const struct import_dialog *d, size_t i)
{
	if (i == 0)
		return ignore_target;
	if (i <= F__CSV)
		return field_defs[i - 1].label;
	return i == F__CSV + 1 ? "Übergeordnet" : d->env->ws->dvc[i - F__CSV - 2].code;
}

static const char *target_label(void *ctx, size_t i, char *buf, size_t n)
{
	(void)buf;
	(void)n;
	const char *t = target_at(ctx, i);
	return t == ignore_target ? _("— nicht importieren (ignorieren)") : t;
}

static void open_pick(struct import_dialog *d)
{
	char t[128];
	if (!d->n_foreign)
		return;
	snprintf(t, sizeof t, _("Zielspalte für \"%s\""), d->cell[d->foreign[d->sel]]);
	if (pick_open(&d->pk, t, n_targets(d), target_label, d, d->env->theme)) {
		snprintf(d->msg, sizeof d->msg, "%s", wp_strerror(WP_ENOMEM));
		return;
	}
	d->step = IMS_PICK;
}

static void save_map(struct import_dialog *d)
{
	struct importmap m = { 0 };
	struct wp_err e = { 0 };
	char mp[IMPORT_PATH_MAX + 8];
	int ignore;
	if (build_map(d, &m, &ignore))
		return;
	snprintf(mp, sizeof mp, "%s.map", d->path);
	if (importmap_save(&m, mp, &e))
		snprintf(d->msg, sizeof d->msg, "%s", e.msg);
	else
		snprintf(d->msg, sizeof d->msg, _("Zuordnung gespeichert: %s"), mp);
	importmap_free(&m);
}

/* ---- dry run and import ---- */

/* The dry run's result as text. */
static void report(struct import_dialog *d, FILE *f, const struct ws *w, int rc,
		   const struct inventar_result *r, const struct wp_err *e)
{
	if (rc == -WP_EINVAL) {
		fprintf(f, ngettext("%zu Fehler — so wird nichts übernommen:\n",
				    "%zu Fehler — so wird nichts übernommen:\n", r->n_errors),
			r->n_errors);
		for (size_t i = 0; i < r->n_errors && i < REPORT_LINES && i < INVENTAR_MAX_ERRORS; i++)
			fprintf(f, "  %s\n", r->errors[i].msg);
		return;
	}
	if (rc) {
		fprintf(f, "%s\n", e->msg);
		return;
	}
	fprintf(f, ngettext("Probelauf: %zu Zeile gültig", "Probelauf: %zu Zeilen gültig", r->rows),
		r->rows);
	fprintf(f, _(" — %zu neu, %zu geändert, %zu unverändert, "), r->n_new, r->n_changed,
		r->n_unchanged);
	fprintf(f, ngettext("%zu neue Behörde.\n", "%zu neue Behörden.\n", r->n_beh_new),
		r->n_beh_new);
	inventar_print_skipped(r, f);
	inventar_print_changes(w, r, REPORT_LINES, f);
	d->valid = 1;
}

/* Reads the file against a fresh copy of the stored workspace: writes it (real) or only
 * checks it. Returns the importer's code; res and e filled. The copy is freed; w gets it
 * for the report when not NULL (caller frees). */
static int apply_file(struct import_dialog *d, int real, struct inventar_result *res,
		      struct ws **keep, struct wp_err *e)
{
	struct importmap m = { 0 };
	struct inventar_opts o = { 0 };
	struct ws *w = NULL;
	struct store *s = d->env->ses->store;
	int rc = build_map(d, &m, &o.ignore_unknown);
	memset(res, 0, sizeof *res);
	if (rc)
		return rc;
	o.map = m.n ? &m : NULL;
	if (!(rc = store_load(s, &w, e)))
		rc = real ? inventar_import(s, w, d->path, d->buf, d->len, &o, res, NULL, NULL, e)
			  : inventar_read(w, d->path, d->buf, d->len, &o, res, e);
	importmap_free(&m);
	if (keep && !rc)
		*keep = w;
	else
		ws_free(&w);
	return rc;
}

static void dry_run(struct import_dialog *d)
{
	struct inventar_result r;
	struct wp_err e = { 0 };
	struct ws *w = NULL;
	size_t n = 0;
	int rc = apply_file(d, 0, &r, &w, &e);
	if (rc == -WP_EINVAL && !r.n_errors) { /* an undecided column: d->msg says which */
		inventar_result_free(&r);
		return;
	}
	free(d->report);
	d->report = NULL;
	d->valid = 0;
	FILE *f = open_memstream(&d->report, &n);
	if (f) {
		report(d, f, w, rc, &r, &e);
		fclose(f);
	}
	inventar_result_free(&r);
	ws_free(&w);
	if (!d->report) {
		snprintf(d->msg, sizeof d->msg, "%s", wp_strerror(WP_ENOMEM));
		return;
	}
	d->step = IMS_RESULT;
}

/* The import: one transaction; then the app loads the workspace again. */
static void do_import(struct import_dialog *d)
{
	struct inventar_result r;
	struct wp_err e = { 0 };
	struct session *ses = d->env->ses;
	int rc = apply_file(d, 1, &r, NULL, &e);
	if (rc) {
		free(d->report);
		d->report = NULL;
		size_t n = 0;
		FILE *f = open_memstream(&d->report, &n);
		if (f) {
			report(d, f, NULL, rc, &r, &e);
			fclose(f);
		}
		d->valid = 0;
	} else {
		session_message(ses, 0,
				ngettext("Import %s: %zu Zeile — %zu neu, %zu geändert (mit u nicht "
					 "rückgängig zu machen).",
					 "Import %s: %zu Zeilen — %zu neu, %zu geändert (mit u nicht "
					 "rückgängig zu machen).", r.rows),
				d->path, r.rows, r.n_new, r.n_changed);
		ses->stale = SES_RELOAD;
		d->step = IMS_NONE;
	}
	inventar_result_free(&r);
}

/* ---- keys ---- */

static void columns_key(struct import_dialog *d, int key)
{
	if (widget_is_cancel(key)) {
		d->step = IMS_NONE;
	} else if (key == 'j' || key == TK_FN(KEY_DOWN)) {
		if (d->sel + 1 < d->n_foreign)
			d->sel++;
	} else if (key == 'k' || key == TK_FN(KEY_UP)) {
		if (d->sel > 0)
			d->sel--;
	} else if (widget_is_enter(key)) {
		open_pick(d);
	} else if (key == 'p') {
		d->msg[0] = '\0';
		dry_run(d);
	} else if (key == 's') {
		save_map(d);
	}
}

static void step_key(struct import_dialog *d, int key)
{
	int r;
	switch (d->step) {
	case IMS_PATH:
		r = dialog_key(&d->dlg, key);
		if (r == WR_CANCEL)
			d->step = IMS_NONE;
		else if (r == WR_DONE)
			open_file(d);
		break;
	case IMS_COLUMNS:
		columns_key(d, key);
		break;
	case IMS_PICK:
		r = pick_key(&d->pk, key);
		if (r == WR_DONE && pick_selected(&d->pk) != (size_t)-1) {
			d->target[d->sel] = target_at(d, pick_selected(&d->pk));
			d->msg[0] = '\0';
		}
		if (r == WR_DONE || r == WR_CANCEL) {
			pick_free(&d->pk);
			d->step = IMS_COLUMNS;
		}
		break;
	case IMS_RESULT:
		if (widget_is_cancel(key))
			d->step = IMS_COLUMNS;
		else if (key == 's')
			save_map(d);
		else if (d->valid && (widget_is_enter(key) || key == 'i'))
			do_import(d);
		break;
	default:
		break;
	}
}

/* ---- drawing ---- */

/* The preview table: each cell cropped to a share of the width. */
static int draw_preview(const struct import_dialog *d, WINDOW *win, int y, const struct box *b)
{
	const struct theme *t = d->env->theme;
	int cw = d->ncol ? (b->w - 4) / (int)d->ncol : 0;
	if (cw < 8)
		cw = 8;
	for (size_t r = 0; r < d->nrow && r <= IMPORT_PREVIEW_ROWS; r++, y++) {
		int x = b->x + 2;
		for (size_t c = 0; c < d->ncol && x < b->x + b->w - 2; c++) {
			int room = b->x + b->w - 2 - x;
			const char *s = d->cell[r * d->ncol + c];
			text_put(win, y, x, s, cw - 1 < room ? cw - 1 : room,
				 theme_attr(t, r ? ROLE_ROW : ROLE_HEADER, 0), TEXT_LEFT);
			x += cw;
		}
	}
	return y;
}

static void draw_columns(const struct import_dialog *d, WINDOW *win)
{
	const struct theme *t = d->env->theme;
	char title[IMPORT_PATH_MAX + 32], line[512];
	struct box b = box_center(win, 0, TEXT_LEFT);
	snprintf(title, sizeof title, _("Import: %s"), d->path);
	box_draw(win, &b, title, theme_attr(t, ROLE_TITLE, 0));
	int y = b.y + 1, w = b.w - 4, bottom = b.y + b.h - 1;
	text_put(win, y++, b.x + 2, _("Vorschau der ersten Zeilen:"), w, theme_attr(t, ROLE_DIM, 0), TEXT_LEFT);
	y = draw_preview(d, win, y, &b) + 1;
	text_put(win, y++, b.x + 2,
		 d->n_foreign ? _("Fremde Spalten und ihre Zielspalte (Eingabe: wählen):")
			      : _("Alle Spalten sind Spalten des Inventars."),
		 w, theme_attr(t, ROLE_DIM, 0), TEXT_LEFT);
	size_t first = d->sel + 4 > (size_t)(bottom - y - 3) && bottom - y > 4
			       ? d->sel + 4 - (size_t)(bottom - y - 3) : 0;
	for (size_t k = first; k < d->n_foreign && y < bottom - 3; k++, y++) {
		const char *to = d->target[k];
		snprintf(line, sizeof line, "%s → %s", d->cell[d->foreign[k]],
			 !to ? _("? (noch nicht zugeordnet)")
			 : to == ignore_target ? _("— ignorieren") : to);
		text_put(win, y, b.x + 2, line, w, theme_attr(t, ROLE_ROW, k == d->sel), TEXT_LEFT);
	}
	text_put(win, bottom - 3, b.x + 2, d->msg, w, theme_attr(t, ROLE_STATUS, 0), TEXT_LEFT);
	text_put(win, bottom - 2, b.x + 2,
		 _("Der Import ist eine Transaktion und lässt sich mit u nicht rückgängig machen."), w,
		 theme_attr(t, ROLE_DIM, 0), TEXT_LEFT);
	text_put(win, bottom - 1, b.x + 2,
		 _("p Probelauf · s Zuordnung als DATEI.map speichern · Esc abbrechen"), w,
		 theme_attr(t, ROLE_DIM, 0), TEXT_LEFT);
}

static void draw_result(const struct import_dialog *d, WINDOW *win)
{
	const struct theme *t = d->env->theme;
	char title[IMPORT_PATH_MAX + 32];
	struct box b = box_center(win, 0, TEXT_LEFT);
	snprintf(title, sizeof title, _("Probelauf: %s"), d->path);
	box_draw(win, &b, title, theme_attr(t, ROLE_TITLE, 0));
	int y = b.y + 1, bottom = b.y + b.h - 1;
	size_t at = 0, next, len = strlen(d->report);
	while (at < len && y < bottom - 3) {
		size_t n = wrap_line(d->report, at, b.w - 4, &next);
		char line[1024];
		snprintf(line, sizeof line, "%.*s", (int)n, d->report + at);
		text_put(win, y++, b.x + 2, line, b.w - 4, theme_attr(t, ROLE_ROW, 0), TEXT_LEFT);
		at = next;
	}
	text_put(win, bottom - 3, b.x + 2, d->msg, b.w - 4, theme_attr(t, ROLE_STATUS, 0), TEXT_LEFT);
	text_put(win, bottom - 2, b.x + 2,
		 d->valid ? _("Eingabe importiert (eine Transaktion; mit u nicht rückgängig zu machen).")
			  : _("Die Datei hat Fehler: so wird nichts importiert."),
		 b.w - 4, theme_attr(t, ROLE_STATUS, 0), TEXT_LEFT);
	text_put(win, bottom - 1, b.x + 2,
		 _("s Zuordnung als DATEI.map speichern · Esc zurück zu den Spalten"), b.w - 4,
		 theme_attr(t, ROLE_DIM, 0), TEXT_LEFT);
}

/* ---- the overlay ---- */

static int ov_key(void *state, int key)
{
	struct import_dialog *d = state;
	step_key(d, key);
	return d->step != IMS_NONE ? WR_CHANGED : WR_DONE;
}

static void ov_draw(void *state, WINDOW *win)
{
	struct import_dialog *d = state;
	if (d->step == IMS_PATH)
		dialog_draw(&d->dlg, win);
	else if (d->step == IMS_COLUMNS || d->step == IMS_PICK)
		draw_columns(d, win);
	else if (d->step == IMS_RESULT)
		draw_result(d, win);
	if (d->step == IMS_PICK)
		pick_draw(&d->pk, win);
}

static void ov_free(void *state)
{
	struct import_dialog *d = state;
	pick_free(&d->pk);
	free_file(d);
	free(d);
}

static const struct overlay_hint *ov_hints(const void *state)
{
	static const struct overlay_hint path[] = {
		{ '\r', N_("Vorschau") }, { TK_ESC, HINT_ABBRECHEN }, { 0, NULL },
	};
	static const struct overlay_hint columns[] = {
		{ '\r', N_("zuordnen") }, { 'p', N_("Probelauf") }, { 's', HINT_SPEICHERN },
		{ TK_ESC, HINT_ABBRECHEN }, { 0, NULL },
	};
	static const struct overlay_hint result[] = {
		{ '\r', N_("importieren") }, { 's', HINT_SPEICHERN }, { TK_ESC, N_("zurück") },
		{ 0, NULL },
	};
	const struct import_dialog *d = state;
	switch (d->step) {
	case IMS_PICK: return pick_hints(&d->pk);
	case IMS_COLUMNS: return columns;
	case IMS_RESULT: return result;
	default: return path;
	}
}

static const struct overlay_ops import_ops = {
	.name = "import", .key = ov_key, .draw = ov_draw, .free = ov_free, .hints = ov_hints,
};

int import_dialog_push(struct overlay_stack *s, const struct view_env *env)
{
	struct import_dialog *d = calloc(1, sizeof *d);
	if (!d)
		return -WP_ENOMEM;
	d->env = env;
	d->step = IMS_PATH;
	dialog_prompt(&d->dlg, _("Inventar importieren"), _("CSV-Datei (excel-de oder rfc4180)"),
		      NULL, env->theme);
	dialog_set_enter(&d->dlg, N_("zeigt die Vorschau"));
	return overlay_push(s, &import_ops, d, NULL, NULL);
}
