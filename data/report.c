/* The committee report (docs/report.md): reads the computed results (assessment, stored
 * Zeitplan and its wave view, the costs of model/kosten.h restricted to the chosen
 * Behörden), draws the pages twice (the first pass counts them for "Seite n von m") and
 * writes the file atomically; the charts alone as PDF, SVG or PNG. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>

#include "data/report_priv.h"
#include "data/store_plan.h"
#include "model/date.h"
#include "model/i18n.h"
#include "model/money.h"
#include "model/numfmt.h"
#include "model/utf8.h"

int report_nur_parse(const char *s)
{
	return strcmp(s, "gantt") == 0 ? REPORT_GANTT : strcmp(s, "kosten") == 0 ? REPORT_KOSTEN
										  : -1;
}

int report_format_parse(const char *s)
{
	return strcmp(s, "pdf") == 0 ? REPORT_PDF : strcmp(s, "svg") == 0 ? REPORT_SVG
			: strcmp(s, "png") == 0 ? REPORT_PNG : -1;
}

char *report_name(const struct ws *w, const char *path, char *buf, size_t size)
{
	uint32_t wurzel = WP_NONE;
	size_t n = 0;
	for (size_t b = 0; b < w->n_beh; b++)
		if (w->beh[b].parent == WP_NONE || w->beh[b].parent >= w->n_beh) {
			wurzel = (uint32_t)b;
			n++;
		}
	if (n == 1) {
		snprintf(buf, size, "%s", w->beh[wurzel].name);
		return buf;
	}
	const char *base = path ? strrchr(path, '/') : NULL;
	base = base ? base + 1 : path ? path : "";
	size_t len = strlen(base);
	if (len > 3 && strcmp(base + len - 3, ".db") == 0)
		len -= 3;
	snprintf(buf, size, "%.*s", (int)len, base);
	return buf;
}

int report_titel_ok(const char *s)
{
	size_t n = strlen(s);
	if (n > 200 || utf8_invalid_at(s, n) != n)
		return 0;
	for (size_t i = 0; i < n;) {
		unsigned cp;
		i += utf8_decode(s + i, n - i, &cp);
		if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0))
			return 0;
	}
	return 1;
}

int report_geplant(const struct report_ctx *c, uint32_t o)
{
	return c->z && o < c->z->plan->n_obj && c->z->plan->obj[o].grund == SG_GEPLANT &&
	       c->z->plan->obj[o].beginn != SCHED_KEIN;
}

char *report_pt(const struct report_ctx *c, int64_t halb, char *buf, size_t n)
{
	return format_num((double)halb / 2.0, 1, 1, c->german, buf, n);
}

char *report_euro(const struct report_ctx *c, int64_t cents, char *buf, size_t n)
{
	return money_format_cents(cents, c->german, buf, n);
}

/* The costs of the selected objects alone: the same engine on the same input with the other
 * objects made neutral (not planned, no amounts, nothing booked). */
static int kosten_teil(struct report_ctx *c)
{
	const struct cost_input *in = &c->k->in;
	struct cost_obj_in *obj = malloc((in->n_obj ? in->n_obj : 1) * sizeof *obj);
	struct cost_alloc *al = malloc((in->n_alloc ? in->n_alloc : 1) * sizeof *al);
	int rc = -WP_ENOMEM;
	if (!obj || !al)
		goto out;
	for (size_t i = 0; i < in->n_obj; i++) {
		obj[i] = in->obj[i];
		if (!c->sel[i]) {
			obj[i].geplant = 0;
			obj[i].klasse = CK_NORMAL;
			obj[i].stand = CS_OFFEN;
			obj[i].aufwand = 0;
			obj[i].heute = 0;
			obj[i].ziel = obj[i].einmal = COST_KEIN;
		}
	}
	size_t na = 0;
	for (size_t i = 0; i < in->n_alloc; i++)
		if (c->sel[in->alloc[i].obj])
			al[na++] = in->alloc[i];
	struct cost_input teil = *in;
	teil.obj = obj;
	teil.alloc = al;
	teil.n_alloc = na;
	rc = cost_run(&teil, &c->teil);
out:
	free(obj);
	free(al);
	return rc;
}

static int vorbereiten(struct report_ctx *c, struct wp_err *e)
{
	const struct ws *w = c->w;
	int rc;
	c->german = i18n_german();
	if ((rc = beh_tree_build(w, &c->tree)))
		return wp_nomem(e);
	if (!(c->sel = calloc(w->n_obj ? w->n_obj : 1, 1)))
		return wp_nomem(e);
	for (size_t i = 0; i < w->n_obj; i++) {
		c->sel[i] = c->o->behoerde == WP_NONE ||
			    beh_tree_contains(&c->tree, c->o->behoerde, w->obj[i].behoerde);
		c->n_sel += c->sel[i];
	}
	if (c->z && plan_aus_zeitplan(c->z, &c->plan))
		return wp_nomem(e);
	struct zeitplan_params p;
	zeitplan_params_default(w, c->o->heute, &p);
	rc = kosten_run(w, c->a, c->z, c->z ? c->z->params.start : p.start, &c->k);
	if (rc == -WP_ENOMEM)
		return wp_nomem(e);
	if (rc == 0 && c->o->behoerde != WP_NONE && kosten_teil(c) == -WP_ENOMEM)
		return wp_nomem(e);
	/* a part whose costs the engine refused shows none rather than the whole's */
	c->kr = c->teil ? c->teil : c->k && c->o->behoerde == WP_NONE ? c->k->r : NULL;
	return 0; /* costs beyond the engine's limits: the report says they are missing */
}

static void aufraeumen(struct report_ctx *c)
{
	cost_free(&c->teil);
	kosten_free(&c->k);
	plan_free(&c->plan);
	beh_tree_free(&c->tree);
	free(c->sel);
	c->sel = NULL;
}

/* The output of one rendering: a temporary file next to the target, or nothing (the pass
 * that counts the pages). */
struct ausgabe {
	FILE *f;
	int err; /* errno of the first failed write */
};

static cairo_status_t schreiben(void *closure, const unsigned char *data, unsigned int len)
{
	struct ausgabe *a = closure;
	if (!a->f)
		return CAIRO_STATUS_SUCCESS;
	if (!a->err && fwrite(data, 1, len, a->f) != len)
		a->err = errno ? errno : EIO;
	return a->err ? CAIRO_STATUS_WRITE_ERROR : CAIRO_STATUS_SUCCESS;
}

static void alles(struct report_ctx *c)
{
	report_titel(c);
	report_summary(c);
	report_gantt_seite(c);
	report_kosten_seite(c);
	report_matrix(c);
	report_piloten(c);
	report_vergleich(c);
	report_beschluesse(c);
	report_anhang(c);
	rd_ende(&c->d);
}

/* One rendering of the whole report as PDF into out; returns the pages, or -1. */
static int bericht(struct report_ctx *c, struct ausgabe *out, int seiten)
{
	cairo_surface_t *s = cairo_pdf_surface_create_for_stream(schreiben, out, RD_A4_W, RD_A4_H);
	if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
		cairo_surface_destroy(s);
		return -1;
	}
	cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, c->d.titel);
	cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, "wolkenplan " WP_VERSION);
	int n = -1;
	if (rd_open(&c->d, s) == 0) {
		c->d.seiten = seiten;
		c->d.gerahmt = 1;
		alles(c);
		n = c->d.seite;
		rd_close(&c->d);
	}
	cairo_surface_finish(s);
	if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS)
		n = -1;
	cairo_surface_destroy(s);
	return n;
}

/* One chart alone in format fmt into out; returns 1 or -1. */
static int chart(struct report_ctx *c, struct ausgabe *out, int fmt)
{
	double w, h, scale = fmt == REPORT_PNG ? 2.0 : 1.0;
	if (c->o->nur == REPORT_GANTT)
		report_gantt_mass(c, &w, &h);
	else
		report_kosten_mass(&w, &h);
	cairo_surface_t *s = fmt == REPORT_PDF ? cairo_pdf_surface_create_for_stream(schreiben, out, w, h)
			   : fmt == REPORT_SVG ? cairo_svg_surface_create_for_stream(schreiben, out, w, h)
			   : cairo_image_surface_create(CAIRO_FORMAT_RGB24, (int)(w * scale),
							(int)(h * scale));
	int rc = -1;
	if (cairo_surface_status(s) == CAIRO_STATUS_SUCCESS && rd_open(&c->d, s) == 0) {
		cairo_scale(c->d.cr, scale, scale);
		cairo_set_source_rgb(c->d.cr, 1, 1, 1);
		cairo_paint(c->d.cr);
		cairo_set_source_rgb(c->d.cr, 0, 0, 0);
		c->d.seite = 1;
		if (c->o->nur == REPORT_GANTT)
			report_gantt_chart(c, 12, 12, w - 24);
		else
			report_kosten_chart(c, 12, 12, w - 24, h - 24, 1);
		if (fmt != REPORT_PNG)
			cairo_show_page(c->d.cr);
		rd_close(&c->d);
		cairo_surface_flush(s);
		rc = fmt == REPORT_PNG ? (cairo_surface_write_to_png_stream(s, schreiben, out) ==
					  CAIRO_STATUS_SUCCESS ? 1 : -1) : 1;
	}
	cairo_surface_finish(s);
	if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS)
		rc = -1;
	cairo_surface_destroy(s);
	return rc;
}

/* 1 once a report has been drawn: the font caches exist (report_cleanup). */
static int fonts_used;

int report_write(const char *path, const struct ws *w, const struct assessment *a,
		 const struct zeitplan *z, const struct report_opts *o, int *seiten,
		 struct wp_err *e)
{
	struct report_ctx c = { .o = o, .w = w, .a = a, .z = z };
	struct ausgabe out = { 0 };
	char datum[16], *tmp = NULL;
	int rc, n = -1, fd = -1;
	if ((rc = vorbereiten(&c, e)))
		goto out;
	fonts_used = 1;
	date_format(o->heute, c.german, datum, sizeof datum);
	c.d.name = o->name;
	c.d.titel = o->titel ? o->titel : _("Migration in die souveräne Cloud");
	c.d.datum = datum;
	size_t len = strlen(path) + 16;
	if (!(tmp = malloc(len))) {
		rc = wp_nomem(e);
		goto out;
	}
	snprintf(tmp, len, "%s.tmpXXXXXX", path);
	/* mkstemp makes the file private; a report is for sharing: the umask decides */
	mode_t mask = umask(0);
	umask(mask);
	if ((fd = mkstemp(tmp)) < 0 || fchmod(fd, 0666 & ~mask) != 0 ||
	    !(out.f = fdopen(fd, "wb"))) {
		rc = wp_fail(e, WP_EIO, _("%s: der Bericht kann nicht geschrieben werden: %s"), path,
			     strerror(errno));
		if (fd >= 0) {
			close(fd);
			unlink(tmp);
		}
		goto out;
	}
	if (o->nur == REPORT_ALLES) {
		struct ausgabe zaehlen = { 0 };
		int m = bericht(&c, &zaehlen, 0);
		n = m < 0 ? -1 : bericht(&c, &out, m);
	} else {
		n = chart(&c, &out, o->format);
	}
	if (!out.err && fflush(out.f) == EOF)
		out.err = errno ? errno : EIO;
	if (!out.err && n >= 0 && fsync(fileno(out.f)) != 0)
		out.err = errno;
	if (fclose(out.f) == EOF && !out.err)
		out.err = errno ? errno : EIO;
	if (!out.err && n >= 0 && rename(tmp, path) != 0)
		out.err = errno;
	if (out.err || n < 0) {
		unlink(tmp);
		rc = out.err ? wp_fail(e, WP_EIO, _("%s: Schreiben des Berichts fehlgeschlagen: "
						   "%s — nichts wurde geschrieben"), path, strerror(out.err))
			     : wp_fail(e, WP_EIO, _("%s: der Bericht konnte nicht gezeichnet werden "
						   "— nichts wurde geschrieben"), path);
		goto out;
	}
	if (seiten)
		*seiten = n;
out:
	free(tmp);
	aufraeumen(&c);
	return rc;
}

int report_export(const char *path, struct store *s, const struct ws *w,
		  const struct assessment *a, const struct report_opts *o, int *seiten,
		  struct wp_err *e)
{
	struct zeitplan *z = NULL;
	int rc = s ? store_load_zeitplan(s, w, a, &z, e) : -WP_ENOTFOUND;
	if (rc && rc != -WP_ENOTFOUND)
		return rc;
	rc = report_write(path, w, a, z, o, seiten, e);
	zeitplan_free(&z);
	return rc;
}

void report_cleanup(void)
{
	if (!fonts_used)
		return;
	fonts_used = 0;
	/* Pango's font map and what it holds. Not cairo_debug_reset_static_data nor FcFini:
	 * Pango loads fonts on a thread of its own, and cairo aborts the program when a font
	 * is still alive at that reset (seen once under load). The one block fontconfig
	 * itself loses while parsing its configuration is a library leak, suppressed for the
	 * leak checkers (tools/valgrind.supp, tools/lsan.supp). */
	pango_cairo_font_map_set_default(NULL);
}
