/* The workbook: formats, the sheets in their order, the atomic write (temporary file,
 * fsync, rename) and the load of what it is written from. */
#include "data/xlsx_priv.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "data/export.h"
#include "data/export_beschluss.h"
#include "data/export_kosten.h"
#include "data/export_plan.h"
#include "data/export_zeitplan.h"
#include "data/store_plan.h"
#include "model/i18n.h"

static int rows_roadmap(const struct xlsx_quelle *q, struct csvout *o)
{
	return export_roadmap(q->w, q->a, q->z, o);
}

static int rows_bewertung(const struct xlsx_quelle *q, struct csvout *o)
{
	export_bewertung(q->w, q->a, o);
	return 0;
}

static int rows_inventar(const struct xlsx_quelle *q, struct csvout *o)
{
	export_inventar(q->w, o);
	return 0;
}

static int rows_beschluesse(const struct xlsx_quelle *q, struct csvout *o)
{
	return export_beschluesse(q->w, o);
}

static int rows_pilote(const struct xlsx_quelle *q, struct csvout *o)
{
	return export_pilote(q->w, q->a, q->plan, o);
}

/* The formats every sheet shares (owned by the workbook). Returns 0 or -WP_ENOMEM. */
static int formate(struct xlsx_book *b)
{
	lxw_format **all[] = { &b->kopf, &b->datum, &b->monat, &b->euro, &b->pt,
			       &b->arbeit, &b->luecke };
	for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
		if (!(*all[i] = workbook_add_format(b->wb)))
			return -WP_ENOMEM;
	format_set_bold(b->kopf);
	format_set_bg_color(b->kopf, 0xDDE4EE);
	format_set_bottom(b->kopf, LXW_BORDER_THIN);
	format_set_num_format(b->datum, "dd.mm.yyyy");
	format_set_num_format(b->monat, "mm.yyyy");
	format_set_num_format(b->euro, "#,##0 \"€\"");
	format_set_num_format(b->pt, "#,##0.0");
	format_set_num_format(b->arbeit, "#,##0.0");
	format_set_bg_color(b->arbeit, 0x8DB4E2);
	format_set_bg_color(b->luecke, 0xDCE6F1);
	return 0;
}

/* The Kosten sheet: the rows of `export kosten`. */
static int rows_kosten(const struct xlsx_quelle *q, struct csvout *o)
{
	return export_kosten(q->k, o);
}

/* The sheets in their order. Returns 0 or -WP_E*. */
static int blaetter(struct xlsx_book *b, const struct xlsx_quelle *q)
{
	int rc = xlsx_uebersicht(b, q);
	if (!rc)
		rc = q->z ? xlsx_sheet_csv(b, "Roadmap", rows_roadmap, q)
			  : xlsx_notiz(b, "Roadmap", XLSX_KEIN_PLAN);
	if (!rc)
		rc = xlsx_gantt(b, q);
	if (!rc)
		rc = xlsx_sheet_csv(b, "Kosten", rows_kosten, q);
	if (!rc)
		rc = xlsx_sheet_csv(b, "Bewertung", rows_bewertung, q);
	if (!rc)
		rc = xlsx_sheet_csv(b, "Inventar", rows_inventar, q);
	if (!rc)
		rc = xlsx_sheet_csv(b, "Pilote", rows_pilote, q);
	if (!rc)
		rc = xlsx_sheet_csv(b, "Beschlüsse", rows_beschluesse, q);
	if (!rc)
		rc = xlsx_annahmen(b, q);
	return rc;
}

/* Flushes the finished file to disk. Returns 0 or an errno value. */
static int sync_file(const char *path)
{
	int fd = open(path, O_RDONLY);
	if (fd < 0)
		return errno;
	int err = fsync(fd) != 0 ? errno : 0;
	close(fd);
	return err;
}

int xlsx_write(const char *path, const struct xlsx_quelle *q, struct wp_err *e)
{
	size_t n = strlen(path) + 16;
	char *tmp = malloc(n);
	struct xlsx_book b = { 0 };
	int rc, err = 0;
	if (!tmp)
		return wp_nomem(e);
	/* a name next to the target, so the rename stays on one file system */
	snprintf(tmp, n, "%s.tmpXXXXXX", path);
	int fd = mkstemp(tmp);
	if (fd < 0) {
		rc = wp_fail(e, WP_EIO, _(EXPORT_MSG_OPEN), path,
			     wp_errno_text(errno));
		free(tmp);
		return rc;
	}
	close(fd);
	lxw_workbook_options opt = { .constant_memory = LXW_TRUE };
	i18n_file_begin(); /* the workbook is German, whatever the interface language */
	b.wb = workbook_new_opt(tmp, &opt);
	rc = !b.wb || formate(&b) ? -WP_ENOMEM : blaetter(&b, q);
	errno = 0;
	lxw_error closed = b.wb ? workbook_close(b.wb) : LXW_NO_ERROR;
	i18n_file_end();
	if (!rc && closed != LXW_NO_ERROR)
		err = errno ? errno : EIO;
	if (!rc && !err)
		err = sync_file(tmp);
	if (!rc && !err && rename(tmp, path) != 0)
		err = errno;
	if (rc || err)
		unlink(tmp);
	free(tmp);
	if (rc == -WP_ENOMEM || b.oom)
		return wp_fail(e, WP_ENOMEM, "%s", _(EXPORT_MSG_NOMEM));
	if (rc || err)
		return wp_fail(e, WP_EIO, _(EXPORT_MSG_WRITE),
			       path, err ? wp_errno_text(err)
				     : b.err != LXW_NO_ERROR ? lxw_strerror(b.err) : wp_errno_text(EIO));
	return 0;
}

int xlsx_export(const char *path, struct store *s, const struct ws *w,
		const struct assessment *a, int32_t heute, struct wp_err *e)
{
	struct zeitplan *z = NULL;
	struct plan *plan = NULL;
	struct kosten *k = NULL;
	int rc = s ? store_load_zeitplan(s, w, a, &z, e) : -WP_ENOTFOUND;
	if (rc && rc != -WP_ENOTFOUND)
		return rc;
	struct zeitplan_params p;
	zeitplan_params_default(w, heute, &p);
	if ((z && plan_aus_zeitplan(z, &plan)) ||
	    (rc = kosten_run(w, a, z, z ? z->params.start : p.start, &k)) == -WP_ENOMEM) {
		rc = wp_fail(e, WP_ENOMEM, "%s", _(EXPORT_MSG_NOMEM));
		goto out;
	}
	if (rc) {
		rc = wp_fail(e, WP_EINVAL, "%s", _("Kosten nicht berechenbar: ein Betrag liegt außerhalb "
						   "der erlaubten Grenzen — nichts wurde "
						   "geschrieben"));
		goto out;
	}
	struct xlsx_quelle q = { w, a, z, plan, k, heute };
	rc = xlsx_write(path, &q, e);
out:
	kosten_free(&k);
	plan_free(&plan);
	zeitplan_free(&z);
	return rc;
}
