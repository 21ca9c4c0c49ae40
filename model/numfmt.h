/* Numbers for people: the one place that picks the decimal separator of the interface
 * language (German: comma, English: point), independent of the C library's LC_NUMERIC. */
#ifndef WP_MODEL_NUMFMT_H
#define WP_MODEL_NUMFMT_H

#include <stddef.h>

/* Formats v rounded to `decimals` places (clamped to 0…9) into buf (n bytes, always
 * NUL-terminated if n > 0, cut safely), with a decimal comma if german, else a point.
 * trim != 0 drops trailing zeros after the separator and then a bare separator
 * ("2,50" → "2,5", "3,00" → "3"), like %g for ordinary values but never an exponent.
 * A result that rounds to zero prints without a minus sign. No digit grouping.
 * Returns buf (caller-owned). */
char *format_num(double v, int decimals, int trim, int german, char *buf, size_t n);

#endif
