/* Calendar dates as days since 1970-01-01 (proleptic Gregorian), parsing and formatting
 * in ISO (JJJJ-MM-TT) and German (TT.MM.JJJJ) form. Pure arithmetic, no clock. */
#ifndef WP_MODEL_DATE_H
#define WP_MODEL_DATE_H

#include <stddef.h>
#include <stdint.h>

#define DATE_NONE INT32_MIN

/* Days since epoch of a valid civil date (month 1–12, day 1–31 checked by caller). */
int32_t date_from_ymd(int y, int m, int d);
/* Splits days into year, month, day. */
void date_to_ymd(int32_t days, int *y, int *m, int *d);
/* Parses "JJJJ-MM-TT" or "TT.MM.JJJJ" (also "T.M.JJJJ"); checks the day exists and the
 * year is 1900–2999. Returns 0 and sets *out, or -1. Empty input is -1 (caller decides). */
int date_parse(const char *s, int32_t *out);
/* Formats into buf (≥ 11 bytes): ISO if german == 0, else TT.MM.JJJJ. Returns buf.
 * DATE_NONE gives "". */
char *date_format(int32_t days, int german, char *buf, size_t n);
/* Year*4 + quarter-1 of a date (0-based quarter index), and the first day of a quarter. */
int date_quarter(int32_t days);
int32_t date_quarter_start(int quarter_index);

#endif
