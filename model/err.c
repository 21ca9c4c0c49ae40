/* Error value helpers and the one table of generic messages per error code. */
#include "model/err.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "model/i18n.h"

static const char *const messages[WP_E__N] = {
	[WP_OK] = N_("kein Fehler"),
	[WP_ENOMEM] = N_("zu wenig Speicher"),
	[WP_EINVAL] = N_("ungültiger Wert"),
	[WP_EUSAGE] = N_("falscher Aufruf"),
	[WP_ENOTFOUND] = N_("nicht gefunden"),
	[WP_EEXIST] = N_("gibt es schon"),
	[WP_EIO] = N_("Ein-/Ausgabefehler"),
	[WP_EDB] = N_("Datenbankfehler"),
	[WP_EFORMAT] = N_("falsches Format"),
	[WP_ENEWER] = N_("von einer neueren Version geschrieben"),
	[WP_EBUSY] = N_("Datenbank gesperrt"),
};

static int vfail(struct wp_err *e, int code, int field, const char *fmt, va_list ap)
	__attribute__((format(printf, 4, 0)));

static int vfail(struct wp_err *e, int code, int field, const char *fmt, va_list ap)
{
	if (e) {
		vsnprintf(e->msg, sizeof e->msg, fmt, ap);
		e->code = code;
		e->field = field;
		e->line = e->col = 0;
		e->file[0] = '\0';
	}
	return -code;
}

int wp_fail(struct wp_err *e, int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int rc = vfail(e, code, WP_FIELD_NONE, fmt, ap);
	va_end(ap);
	return rc;
}

int wp_fail_field(struct wp_err *e, int code, int field, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int rc = vfail(e, code, field, fmt, ap);
	va_end(ap);
	return rc;
}

int wp_nomem(struct wp_err *e)
{
	return wp_fail(e, WP_ENOMEM, "%s", wp_strerror(WP_ENOMEM));
}

int wp_fail_read(struct wp_err *e, const char *path, int errnum)
{
	return wp_fail(e, WP_EIO, _("%s: kann nicht gelesen werden: %s"), path, strerror(errnum));
}

char *wp_err_unchanged(const struct wp_err *e, char *buf, size_t n)
{
	snprintf(buf, n, _("%s — nichts wurde geändert"), e->msg);
	return buf;
}

void wp_err_at(struct wp_err *e, const char *file, size_t line, size_t col)
{
	if (!e)
		return;
	snprintf(e->file, sizeof e->file, "%s", file ? file : "");
	e->line = line;
	e->col = col;
}

const char *wp_strerror(int code)
{
	if (code < 0)
		code = -code;
	if (code >= WP_E__N || !messages[code])
		return _("unbekannter Fehler");
	return _(messages[code]);
}

void wp_err_clear(struct wp_err *e)
{
	if (e) {
		e->code = 0;
		e->field = WP_FIELD_NONE;
		e->line = e->col = 0;
		e->file[0] = '\0';
		e->msg[0] = '\0';
	}
}
