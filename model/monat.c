/* Months as integers: parsing, formatting, first and last day. */
#include "model/monat.h"

#include <stdio.h>
#include <string.h>

#include "model/date.h"

/* Reads exactly n digits of s into *v. */
static int digits(const char *s, size_t n, int *v)
{
	int x = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		x = x * 10 + (s[i] - '0');
	}
	*v = x;
	return 0;
}

int monat_parse(const char *s, int quartal, int32_t *out)
{
	char b[16];
	if (!s)
		return -1;
	while (*s == ' ' || *s == '\t')
		s++;
	size_t n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (n == 0 || n >= sizeof b)
		return -1;
	memcpy(b, s, n);
	b[n] = '\0';
	int y, m;
	if (n == 7 && b[4] == '-' && quartal && (b[5] == 'Q' || b[5] == 'q')) {
		int q;
		if (digits(b, 4, &y) || digits(b + 6, 1, &q) || q < 1 || q > 4)
			return -1;
		m = (q - 1) * 3 + 1;
	} else if (n == 7 && b[4] == '-') {
		if (digits(b, 4, &y) || digits(b + 5, 2, &m))
			return -1;
	} else if ((n == 7 && b[2] == '.') || (n == 6 && b[1] == '.')) {
		size_t k = n == 7 ? 2 : 1;
		if (digits(b, k, &m) || digits(b + k + 1, 4, &y))
			return -1;
	} else {
		return -1;
	}
	if (m < 1 || m > 12 || y < MONAT_JAHR_MIN || y > MONAT_JAHR_MAX)
		return -1;
	*out = monat_von(y, m);
	return 0;
}

char *monat_format(int32_t m, int german, char *buf, size_t n)
{
	int y = (int)(m / 12), mo = (int)(m % 12) + 1;
	if (german)
		snprintf(buf, n, "%02d.%04d", mo, y);
	else
		snprintf(buf, n, "%04d-%02d", y, mo);
	return buf;
}

int32_t monat_erster_tag(int32_t m)
{
	return date_from_ymd((int)(m / 12), (int)(m % 12) + 1, 1);
}

int32_t monat_letzter_tag(int32_t m)
{
	return monat_erster_tag(m + 1) - 1;
}

int32_t monat_von_tag(int32_t d)
{
	int y, m, t;
	date_to_ymd(d, &y, &m, &t);
	return monat_von(y, m);
}

int32_t monat_naechstes_quartal(int32_t heute)
{
	int32_t m = monat_von_tag(heute);
	return m - m % 3 + 3;
}
