/* Error value helpers. */
#include "model/err.h"

#include <stdarg.h>
#include <stdio.h>

int wp_fail(struct wp_err *e, int code, const char *fmt, ...)
{
	if (e) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(e->msg, sizeof e->msg, fmt, ap);
		va_end(ap);
		e->code = code;
	}
	return -code;
}

void wp_err_clear(struct wp_err *e)
{
	if (e) {
		e->code = 0;
		e->msg[0] = '\0';
	}
}
