/* A bounded text writer that keeps counting past the end, like snprintf: the texts of the
 * planner and the pilot analysis are written through it. */
#ifndef WP_MODEL_TEXTOUT_H
#define WP_MODEL_TEXTOUT_H

#include <stddef.h>

/* buf (size bytes, borrowed from the caller; size 0 writes nothing) and the length the
 * text has so far, counted on past size. Start as { buf, size, 0 }. */
struct out {
	char *buf;
	size_t size, len;
};

/* Appends printf-formatted text, truncated at the end of buf. */
void out_printf(struct out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends " und N weitere", the end of a list cropped with n names left out. */
void out_more(struct out *o, size_t n);
/* The separator written before item i of a list of n items: "" before the first, " und "
 * (translated) before the last, ", " otherwise (static or catalogue string). */
const char *list_sep(int i, int n);
/* Terminates buf (also when truncated). Returns the full length, as snprintf would
 * (INT32_MAX at most). */
int out_end(struct out *o);

#endif
