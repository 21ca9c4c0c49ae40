/* The rule of a Kennung (docs/csv.md): 1–64 characters of printable text except , ( ) ;
 * and control characters, trimmed, unique ignoring case. One definition for the import,
 * the CLI and the dashboard. Pure. */
#ifndef WP_MODEL_KENNUNG_H
#define WP_MODEL_KENNUNG_H

#include <stddef.h>
#include <stdint.h>

#include "model/err.h"
#include "model/ws.h"

/* The Kennung in the len bytes at s without the whitespace around it (spaces, tabs, line
 * ends, no-break spaces): returns a pointer into s (borrowed) and sets *n to its length
 * in bytes. */
const char *kennung_span(const char *s, size_t len, size_t *n);

/* 1 if s, as it stands (not trimmed), is a valid Kennung. */
int kennung_valid(const char *s);

/* Checks the n bytes at s, as they stand, against the rule. Returns 0, or -WP_EINVAL with
 * a message naming the field label, and for a forbidden character the character and its
 * position (1-based, in characters); e->field is field. */
int kennung_check_syntax(const char *s, size_t n, int field, const char *label,
			 struct wp_err *e);

/* Checks s, trimmed (kennung_span), as the Kennung of object self (WP_NONE for a new
 * object) in w: valid (kennung_check_syntax) and used by no other object, ignoring case.
 * Returns 0, or -WP_EINVAL / -WP_EEXIST with a message naming the field; e->field is
 * F_KENNUNG. */
int kennung_check(const struct ws *w, const char *s, uint32_t self, struct wp_err *e);

/* Copies the trimmed s (kennung_span) into buf (n bytes, n > 0), cropped to n - 1 bytes;
 * returns buf. A valid Kennung fits in KENNUNG_BYTES + 1 bytes. */
char *kennung_trimmed(const char *s, char *buf, size_t n);

#endif
