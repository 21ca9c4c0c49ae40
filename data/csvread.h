/* Reading CSV with libcsv: strips a UTF-8 BOM, detects the delimiter, and hands each row to
 * a callback together with the physical line on which the row starts. */
#ifndef WP_DATA_CSVREAD_H
#define WP_DATA_CSVREAD_H

#include <stddef.h>

#include "model/err.h"

struct csv_row {
	size_t line;          /* 1-based physical line where the row starts */
	size_t n;             /* number of fields */
	char **field;         /* NUL-terminated copies, valid during the callback only */
	size_t *len;          /* byte length of each field */
};

/* Called for every row, header included. Return 0 to go on, a negative WP_E* code to stop
 * (the code is passed through). */
typedef int (*csv_row_fn)(void *ctx, const struct csv_row *row, struct wp_err *e);

/* Guesses the delimiter from the first line of buf: the most frequent of ';' ',' '\t'
 * outside quotes; ';' if none occurs. */
char csvread_detect_delim(const char *buf, size_t len);

/* Parses buf (len bytes) strictly (an unterminated quote is an error) with delimiter delim
 * (0 = detect). name is used in messages ("FILE:LINE: …"). Fields are not space-trimmed;
 * blank lines give no row. A leading UTF-8 BOM is skipped. Returns 0, a parse error
 * -WP_EFORMAT with e set, or the callback's code. */
int csvread_buffer(const char *name, const char *buf, size_t len, char delim, csv_row_fn fn,
		   void *ctx, struct wp_err *e);

/* Options of csvread_buffer_opt. */
enum {
	CSVREAD_TRIM = 1,   /* cells lose blanks, tabs, line breaks and no-break spaces at both
			     * ends (inner line breaks stay) */
	CSVREAD_RELEASE = 2 /* the caller never reads buf again: the pages parsed so far are
			     * given back to the system while parsing (data/bigmem.h
			     * big_release), so a 250 MB file is not resident next to what is
			     * built from it */
};

/* csvread_buffer with flags (CSVREAD_*); csvread_buffer is this with 0. */
int csvread_buffer_opt(const char *name, const char *buf, size_t len, char delim,
		       unsigned flags, csv_row_fn fn, void *ctx, struct wp_err *e);

#endif
