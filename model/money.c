/* Rounding and formatting of money (see money.h). */
#include "model/money.h"

#include <stdio.h>
#include <string.h>

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

char *money_plain(int64_t cents, int german, char *buf, size_t n)
{
	uint64_t m = magnitude(cents);
	const char *sign = cents < 0 ? "-" : "";
	if (m % 100 == 0)
		snprintf(buf, n, "%s%llu", sign, (unsigned long long)(m / 100));
	else
		snprintf(buf, n, "%s%llu%c%02u", sign, (unsigned long long)(m / 100),
			 german ? ',' : '.', (unsigned)(m % 100));
	return buf;
}

/* 1 if the n bytes at p are the currency ("€" or "EUR"). */
static int is_currency(const char *p)
{
	return memcmp(p, "\xe2\x82\xac", 3) == 0 || memcmp(p, "EUR", 3) == 0;
}

/* s without the currency ("€" or "EUR", at one end) and the spaces around it, into b. */
static int strip_currency(const char *s, char *b, size_t n)
{
	size_t a = 0, z = strlen(s);
	while (a < z && (s[a] == ' ' || s[a] == '\t'))
		a++;
	while (z > a && (s[z - 1] == ' ' || s[z - 1] == '\t'))
		z--;
	/* cppcheck-suppress knownConditionTrueFalse ; false positive of cppcheck 2.10: it takes
	 * the trimming loops above to run until z == a */
	if (z - a > 3 && is_currency(s + a))
		a += 3;
	/* cppcheck-suppress knownConditionTrueFalse ; the same false positive */
	else if (z - a > 3 && is_currency(s + z - 3))
		z -= 3;
	while (a < z && (s[a] == ' ' || s[a] == '\t'))
		a++;
	while (z > a && (s[z - 1] == ' ' || s[z - 1] == '\t'))
		z--;
	if (z - a >= n || z == a)
		return -1;
	memcpy(b, s + a, z - a);
	b[z - a] = '\0';
	return 0;
}

int money_parse(const char *s, int dezimalpunkt, int64_t max_cents, int64_t *cents)
{
	char b[64];
	if (!s || strip_currency(s, b, sizeof b))
		return -1;
	char dez = dezimalpunkt ? '.' : ',', grp = dezimalpunkt ? ',' : '.';
	size_t len = strlen(b);
	/* Both separators: the last one is the decimal separator, whatever the dialect. */
	const char *pk = strrchr(b, ','), *pp = strrchr(b, '.');
	if (pk && pp)
		dez = pk > pp ? ',' : '.', grp = pk > pp ? '.' : ',';
	/* A lone separator of the other kind with one or two digits after it is a decimal. */
	const char *other = strchr(b, grp);
	if (other && !strchr(b, dez) && strrchr(b, grp) == other) {
		size_t tail = len - (size_t)(other - b) - 1;
		if (tail == 1 || tail == 2)
			dez = grp, grp = 0;
	}
	uint64_t euro = 0;
	int64_t ct = 0;
	int digits = 0, group = -1, decimals = -1;
	for (const char *p = b; *p; p++) {
		if (*p >= '0' && *p <= '9') {
			if (decimals >= 0) {
				if (++decimals > 2)
					return -1;
				ct = ct * 10 + (*p - '0');
				continue;
			}
			if (euro > (uint64_t)INT64_MAX / 1000)
				return -2;
			euro = euro * 10 + (uint64_t)(*p - '0');
			digits++;
			if (group >= 0 && ++group > 3)
				return -1;
		} else if (grp && *p == grp && decimals < 0) {
			if (digits == 0 || (group >= 0 && group != 3) || (group < 0 && digits > 3))
				return -1;
			group = 0;
		} else if (*p == dez && decimals < 0) {
			if (digits == 0 || (group >= 0 && group != 3))
				return -1;
			decimals = 0;
		} else {
			return -1;
		}
	}
	if (digits == 0 || (group >= 0 && group != 3) || decimals == 0)
		return -1;
	if (decimals == 1)
		ct *= 10;
	if (euro > (uint64_t)max_cents / 100 || (int64_t)euro * 100 + ct > max_cents)
		return -2;
	*cents = (int64_t)euro * 100 + ct;
	return 0;
}
