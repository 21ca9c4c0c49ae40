/* Civil date arithmetic: days from civil date and back, the proleptic Gregorian calendar
 * counted in 400-year eras. */
#include "model/date.h"

#include <stdio.h>

int32_t date_from_ymd(int y, int m, int d)
{
	y -= m <= 2;
	int era = (y >= 0 ? y : y - 399) / 400;
	int yoe = y - era * 400;
	int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return (int32_t)(era * 146097 + doe - 719468);
}

void date_to_ymd(int32_t days, int *y, int *m, int *d)
{
	int z = days + 719468;
	int era = (z >= 0 ? z : z - 146096) / 146097;
	int doe = z - era * 146097;
	int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int yy = yoe + era * 400;
	int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp + (mp < 10 ? 3 : -9);
	*y = yy + (*m <= 2);
}

static int days_in_month(int y, int m)
{
	static const int dm[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return dm[m - 1];
}

/* Reads 1..maxd digits; returns count read or 0. */
static int digits(const char *s, int mind, int maxd, int *out)
{
	int v = 0, i = 0;
	while (i < maxd && s[i] >= '0' && s[i] <= '9')
		v = v * 10 + (s[i++] - '0');
	if (i < mind)
		return 0;
	*out = v;
	return i;
}

int date_parse(const char *s, int32_t *out)
{
	int y, m, d, k;
	if (!s)
		return -1;
	if ((k = digits(s, 4, 4, &y)) && s[k] == '-') {
		const char *p = s + k + 1;
		if (!(k = digits(p, 2, 2, &m)) || p[k] != '-')
			return -1;
		p += k + 1;
		if (!(k = digits(p, 2, 2, &d)) || p[k] != '\0')
			return -1;
	} else if ((k = digits(s, 1, 2, &d)) && s[k] == '.') {
		const char *p = s + k + 1;
		if (!(k = digits(p, 1, 2, &m)) || p[k] != '.')
			return -1;
		p += k + 1;
		if (!(k = digits(p, 4, 4, &y)) || p[k] != '\0')
			return -1;
	} else {
		return -1;
	}
	if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
		return -1;
	*out = date_from_ymd(y, m, d);
	return 0;
}

char *date_format(int32_t days, int german, char *buf, size_t n)
{
	int y, m, d;
	if (days == DATE_NONE) {
		if (n)
			buf[0] = '\0';
		return buf;
	}
	date_to_ymd(days, &y, &m, &d);
	if (german)
		snprintf(buf, n, "%02d.%02d.%04d", d, m, y);
	else
		snprintf(buf, n, "%04d-%02d-%02d", y, m, d);
	return buf;
}

int date_quarter(int32_t days)
{
	int y, m, d;
	date_to_ymd(days, &y, &m, &d);
	return y * 4 + (m - 1) / 3;
}

int32_t date_quarter_start(int q)
{
	return date_from_ymd(q / 4, (q % 4) * 3 + 1, 1);
}
