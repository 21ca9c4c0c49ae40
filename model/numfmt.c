/* Decimal formatting with the interface language's separator (see numfmt.h). */
#include "model/numfmt.h"

#include <stdio.h>
#include <string.h>

char *format_num(double v, int decimals, int trim, int german, char *buf, size_t n)
{
	char tmp[352]; /* enough for %.9f of any double */
	if (n == 0)
		return buf;
	if (decimals < 0)
		decimals = 0;
	if (decimals > 9)
		decimals = 9;
	int len = snprintf(tmp, sizeof tmp, "%.*f", decimals, v);
	if (len < 0 || (size_t)len >= sizeof tmp) {
		snprintf(buf, n, "%s", "?");
		return buf;
	}
	/* the decimal point is whatever LC_NUMERIC made it: the one non-digit after the sign */
	char *sep = NULL;
	for (char *p = tmp + (tmp[0] == '-'); *p; p++)
		if (*p < '0' || *p > '9') {
			sep = p;
			break;
		}
	if (sep && sep[1] >= '0' && sep[1] <= '9') {
		*sep = german ? ',' : '.';
		if (trim) {
			char *end = tmp + strlen(tmp);
			while (end > sep + 1 && end[-1] == '0')
				*--end = '\0';
			if (end == sep + 1)
				*sep = '\0';
		}
	}
	/* "-0", "-0,00": the sign of a value that rounds to zero says nothing */
	if (tmp[0] == '-' && strspn(tmp + 1, "0.,") == strlen(tmp + 1))
		memmove(tmp, tmp + 1, strlen(tmp));
	snprintf(buf, n, "%s", tmp);
	return buf;
}
