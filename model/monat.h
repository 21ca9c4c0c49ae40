/* Calendar months as integers (year·12 + month − 1, docs/zeitplan.md): parsing of the user's
 * forms JJJJ-MM, MM.JJJJ and (for a start) JJJJ-Qn, formatting, and the days of a month.
 * Pure arithmetic, no clock. */
#ifndef WP_MODEL_MONAT_H
#define WP_MODEL_MONAT_H

#include <stddef.h>
#include <stdint.h>

/* The years a month given by the user may lie in. */
#define MONAT_JAHR_MIN 2000
#define MONAT_JAHR_MAX 2100

/* Month index of year y, month m (1..12). */
static inline int32_t monat_von(int y, int m)
{
	return (int32_t)y * 12 + m - 1;
}

/* Parses "JJJJ-MM" or "MM.JJJJ" (also "M.JJJJ"); with quartal != 0 also "JJJJ-Qn" (the first
 * month of quarter n). Surrounding blanks are ignored. The year must lie in
 * MONAT_JAHR_MIN..MONAT_JAHR_MAX and the month in 1..12. Returns 0 and sets *out, or -1
 * (empty input too). */
int monat_parse(const char *s, int quartal, int32_t *out);

/* Formats month m into buf (≥ 8 bytes, truncated safely): "MM.JJJJ" if german, else
 * "JJJJ-MM". Returns buf. */
char *monat_format(int32_t m, int german, char *buf, size_t n);

/* The first and the last day of month m, as days since 1970-01-01 (model/date.h). */
int32_t monat_erster_tag(int32_t m);
int32_t monat_letzter_tag(int32_t m);

/* The month of day d (days since 1970-01-01). */
int32_t monat_von_tag(int32_t d);

/* The first month of the quarter after the one containing day heute (the default start). */
int32_t monat_naechstes_quartal(int32_t heute);

/* The error of a month range whose end lies before its start (msgid). */
#define MONAT_BEREICH_FEHLER N_("der Zeitraum endet vor seinem Beginn")

#endif
