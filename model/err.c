/* Error value helpers and the one table of generic messages per error code. */
#include "model/err.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>

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

/* The system errors people meet with files, in the interface language (strerror speaks
 * the C library's locale, which --lang does not change). */
static const struct {
	int errnum;
	const char *msg;
} errno_messages[] = {
	{ ENOENT, N_("Datei oder Ordner nicht gefunden") },
	{ EACCES, N_("keine Berechtigung") },
	{ EPERM, N_("Vorgang nicht erlaubt") },
	{ EISDIR, N_("ist ein Ordner") },
	{ ENOTDIR, N_("ein Teil des Pfads ist kein Ordner") },
	{ ENOSPC, N_("kein Platz mehr auf dem Datenträger") },
	{ EROFS, N_("Datenträger ist schreibgeschützt") },
	{ EEXIST, N_("Datei gibt es schon") },
	{ EINVAL, N_("ungültiges Argument") },
	{ EMFILE, N_("zu viele offene Dateien") },
	{ ENFILE, N_("zu viele offene Dateien im System") },
	{ ENAMETOOLONG, N_("Dateiname zu lang") },
	{ ELOOP, N_("zu viele symbolische Verknüpfungen") },
	{ EFBIG, N_("Datei zu groß") },
	{ EBUSY, N_("Gerät oder Datei belegt") },
	{ ETXTBSY, N_("Datei wird gerade ausgeführt") },
	{ EPIPE, N_("Empfänger hat die Verbindung geschlossen") },
	{ EAGAIN, N_("vorübergehend nicht verfügbar, bitte erneut versuchen") },
	{ EXDEV, N_("über Dateisystemgrenzen hinweg nicht möglich") },
	{ EDQUOT, N_("Speicherkontingent erschöpft") },
};

const char *wp_errno_text(int errnum)
{
	if (errnum == EIO)
		return wp_strerror(WP_EIO);
	if (errnum == ENOMEM)
		return wp_strerror(WP_ENOMEM);
	for (size_t i = 0; i < sizeof errno_messages / sizeof errno_messages[0]; i++)
		if (errno_messages[i].errnum == errnum)
			return _(errno_messages[i].msg);
	return _("Systemfehler");
}

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
	return wp_fail(e, WP_EIO, _("%s: kann nicht gelesen werden: %s"), path,
		       wp_errno_text(errnum));
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
