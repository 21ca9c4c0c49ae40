/* Money for people: amounts are integer cents inside; a shown figure is rounded once, half
 * away from zero ("kaufmännisch"), to whole euros and written with digit grouping in the
 * interface language (German "1.234.567 €", English "€1,234,567"). Pure, no I/O. */
#ifndef WP_MODEL_MONEY_H
#define WP_MODEL_MONEY_H

#include <stddef.h>
#include <stdint.h>

/* The one rounding of a shown figure: cents to whole euros, half away from zero
 * (250 → 3, 249 → 2, −250 → −3), so a loss and a saving of the same size look alike.
 * Exact for every int64_t. */
int64_t money_euro(int64_t cents);

/* Writes whole euros with digit grouping: German "1.234.567 €", "-1.234 €"; English
 * "€1,234,567", "-€1,234". Into buf (n bytes, always NUL-terminated if n > 0, cut safely;
 * 32 bytes hold any value). Returns buf (caller-owned). */
char *money_format(int64_t euros, int german, char *buf, size_t n);

/* money_format(money_euro(cents), german, buf, n). */
char *money_format_cents(int64_t cents, int german, char *buf, size_t n);

/* An exact amount with its cents when it has any: "850 €", "850,50 €" / "€850.50";
 * for rates, whose value is not rounded for display. Same buffer contract. */
char *money_format_exact(int64_t cents, int german, char *buf, size_t n);

/* An amount for a file cell: exact, no grouping, no currency — "12500", "12500,50"
 * (german) / "12500.50". Same buffer contract. */
char *money_plain(int64_t cents, int german, char *buf, size_t n);

/* Reads an amount of money as people write it in a spreadsheet: "12500", "12.500",
 * "12.500,00 €", "€ 12,500.50", "12500 EUR". dezimalpunkt 0 (German, excel-de): ',' is
 * the decimal separator and '.' groups thousands; 1 (rfc4180): the other way round. A lone
 * separator followed by one or two digits at the end is read as the decimal separator
 * either way ("12.50" is 12,50 €), so only the truly ambiguous "12.500" / "12,500" follows
 * the dialect ("12.500" with a decimal point has three decimals and is refused, not
 * guessed); with both separators the last one is the decimal one. Grouping must be in threes; at most two decimals; no sign. Stores the
 * amount in cents in *cents and returns 0; -1 if s is not such an amount (also "1.2.3",
 * "-5", "", "12,5,0"), -2 if it exceeds max_cents. */
int money_parse(const char *s, int dezimalpunkt, int64_t max_cents, int64_t *cents);

#endif
