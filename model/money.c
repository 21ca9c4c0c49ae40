/* Rounding and formatting of money (see money.h). */
#include "model/money.h"

#include <stdio.h>

int64_t money_euro(int64_t cents)
{
	int64_t q = cents / 100, r = cents % 100; /* r has the sign of cents */
	if (r >= 50)
		q++;
	else if (r <= -50)
		q--;
	return q;
}

/* The magnitude of v in decimal digits, grouped by sep every three digits, into g
 * (≥ 27 bytes). */
static void grouped(uint64_t v, char sep, char *g)
{
	char d[24];
	int nd = snprintf(d, sizeof d, "%llu", (unsigned long long)v);
	int k = 0;
	for (int i = 0; i < nd; i++) {
		if (i > 0 && (nd - i) % 3 == 0)
			g[k++] = sep;
		g[k++] = d[i];
	}
	g[k] = '\0';
}

/* |v| without overflow for INT64_MIN. */
static uint64_t magnitude(int64_t v)
{
	return v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
}

char *money_format(int64_t euros, int german, char *buf, size_t n)
{
	char g[32];
	if (n == 0)
		return buf;
	grouped(magnitude(euros), german ? '.' : ',', g);
	const char *sign = euros < 0 ? "-" : "";
	if (german)
		snprintf(buf, n, "%s%s €", sign, g);
	else
		snprintf(buf, n, "%s€%s", sign, g);
	return buf;
}

char *money_format_cents(int64_t cents, int german, char *buf, size_t n)
{
	return money_format(money_euro(cents), german, buf, n);
}

char *money_format_exact(int64_t cents, int german, char *buf, size_t n)
{
	char g[32];
	if (n == 0)
		return buf;
	uint64_t m = magnitude(cents);
	if (m % 100 == 0)
		return money_format(cents / 100, german, buf, n);
	grouped(m / 100, german ? '.' : ',', g);
	const char *sign = cents < 0 ? "-" : "";
	unsigned ct = (unsigned)(m % 100);
	if (german)
		snprintf(buf, n, "%s%s,%02u €", sign, g, ct);
	else
		snprintf(buf, n, "%s€%s.%02u", sign, g, ct);
	return buf;
}
