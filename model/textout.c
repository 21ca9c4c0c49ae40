/* The bounded text writer of model/textout.h. */
#include "model/textout.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>

#include "model/i18n.h"

void out_printf(struct out *o, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int k = vsnprintf(o->len < o->size ? o->buf + o->len : NULL,
			  o->len < o->size ? o->size - o->len : 0, fmt, ap);
	va_end(ap);
	if (k > 0)
		o->len += (size_t)k;
}

void out_more(struct out *o, size_t n)
{
	out_printf(o, _(" und %zu weitere"), n);
}

const char *list_sep(int i, int n)
{
	return i == 0 ? "" : i == n - 1 ? _(" und ") : ", ";
}

int out_end(struct out *o)
{
	if (o->size && o->len >= o->size)
		o->buf[o->size - 1] = '\0';
	else if (o->size && o->len == 0)
		o->buf[0] = '\0';
	return o->len > (size_t)INT32_MAX ? INT32_MAX : (int)o->len;
}
