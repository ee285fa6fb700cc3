/*
 * valid.c — checks of what people type about themselves: citizen ID numbers (CCCD), mobile
 * numbers, e-mail addresses, dates, tax codes and the password policy. Each returns NULL when
 * the value is acceptable, or the message code to show next to the field (its words are in
 * xslt/i18n/vi-msg.xsl).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dvc.h"

/*
 * The first three digits of a CCCD: the province or city where the birth was registered,
 * by the codes of Circular 07/2016/TT-BCA (the 63 provinces before 1 July 2025; numbers
 * already issued keep them).
 */
static const unsigned short cccd_provinces[] = {
	1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34,
	35, 36, 37, 38, 40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67,
	68, 70, 72, 74, 75, 77, 79, 80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96,
};

static bool
all_digits(const char *s, size_t n)
{
	return strlen(s) == n && strspn(s, "0123456789") == n;
}

const char *
valid_cccd(const char *s, int birth_year)
{
	unsigned	 province, century, year;
	size_t		 i;

	if (!all_digits(s, 12))
		return "cccd.length";
	province = (unsigned)((s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0'));
	for (i = 0; i < sizeof(cccd_provinces) / sizeof(cccd_provinces[0]); i++)
		if (cccd_provinces[i] == province)
			break;
	if (i == sizeof(cccd_provinces) / sizeof(cccd_provinces[0]))
		return "cccd.province";
	/* Fourth digit: sex and century (0/1 the 1900s, 2/3 the 2000s, …). */
	century = 1900 + (unsigned)((s[3] - '0') / 2) * 100;
	year = century + (unsigned)((s[4] - '0') * 10 + (s[5] - '0'));
	if (birth_year > 0 && (int)year != birth_year)
		return "cccd.birth_year";
	return NULL;
}

const char *
valid_phone(const char *s, char out[11])
{
	char	 digits[16];
	size_t	 n = 0;

	for (; *s != '\0' && n < sizeof(digits) - 1; s++) {
		if (*s == ' ' || *s == '.' || *s == '-')
			continue;	/* 0912 345 678 and 0912.345.678 as people write them */
		digits[n++] = *s;
	}
	digits[n] = '\0';
	if (*s != '\0')
		return "phone.too_long";
	if (strncmp(digits, "+84", 3) == 0 && all_digits(digits + 3, 9)) {
		out[0] = '0';
		memcpy(out + 1, digits + 3, 10);
	} else if (strncmp(digits, "84", 2) == 0 && all_digits(digits + 2, 9)) {
		out[0] = '0';
		memcpy(out + 1, digits + 2, 10);
	} else if (all_digits(digits, 10))
		memcpy(out, digits, 11);
	else
		return "phone.invalid";
	if (out[0] != '0' || strchr("35789", out[1]) == NULL)
		return "phone.prefix";
	return NULL;
}

const char *
valid_email(const char *s, char *out, size_t outsz)
{
	const char	*at = strchr(s, '@'), *dot;
	size_t		 n = strlen(s), i;

	if (n == 0 || n > 254 || n >= outsz)
		return "email.length";
	if (at == NULL || at == s || strchr(at + 1, '@') != NULL || (dot = strrchr(at, '.')) == NULL ||
	    dot == at + 1 || dot[1] == '\0' || (size_t)(at - s) > 64 ||
	    /* no empty label: not ".x@", "x.@", "@.x", "x..y" */
	    s[0] == '.' || at[-1] == '.' || at[1] == '.' || strstr(s, "..") != NULL)
		return "email.invalid";
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c <= ' ' || c >= 0x7f || strchr("()<>,;:\\\"[]", c) != NULL)
			return "email.chars";
		out[i] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
	}
	out[n] = '\0';
	return NULL;
}

const char *
valid_date(const char *s, struct tm *out)
{
	int	 y, m, d, dim;
	char	 rest;
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	/* yyyy-mm-dd from a date input, or dd/mm/yyyy as typed where dates are plain text. */
	if (sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &rest) != 3 &&
	    sscanf(s, "%2d/%2d/%4d%c", &d, &m, &y, &rest) != 3)
		return "date.format";
	if (m < 1 || m > 12 || y < 1900 || y > 2200)
		return "date.range";
	dim = days[m - 1] + (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
	if (d < 1 || d > dim)
		return "date.no_such_day";
	memset(out, 0, sizeof(*out));
	out->tm_year = y - 1900;
	out->tm_mon = m - 1;
	out->tm_mday = d;
	return NULL;
}

const char *
valid_clock(const char *s, int *minutes)
{
	int	 h, m;

	/* "7:30" as typed is "07:30"; seconds are not asked for. */
	if (s[0] >= '0' && s[0] <= '9' && s[1] == ':')
		h = s[0] - '0', s += 2;
	else if (s[0] >= '0' && s[0] <= '2' && s[1] >= '0' && s[1] <= '9' && s[2] == ':')
		h = (s[0] - '0') * 10 + (s[1] - '0'), s += 3;
	else
		return "time.format";
	if (!(s[0] >= '0' && s[0] <= '5' && s[1] >= '0' && s[1] <= '9' && s[2] == '\0') || h > 23)
		return "time.format";
	m = (s[0] - '0') * 10 + (s[1] - '0');
	*minutes = h * 60 + m;
	return NULL;
}

const char *
valid_birth_date(const char *s, struct tm *out)
{
	const char	*err;
	time_t		 now = time(NULL);
	struct tm	 today;

	if ((err = valid_date(s, out)) != NULL)
		return err;
	gmtime_r(&now, &today);
	if (out->tm_year > today.tm_year || (out->tm_year == today.tm_year &&
	    (out->tm_mon > today.tm_mon || (out->tm_mon == today.tm_mon && out->tm_mday > today.tm_mday))))
		return "birth_date.future";
	if (today.tm_year - out->tm_year > 130)
		return "birth_date.too_old";
	return NULL;
}

const char *
valid_tax_code(const char *s)
{
	if (all_digits(s, 10) || (strlen(s) == 14 && strspn(s, "0123456789") == 10 &&
	    s[10] == '-' && strspn(s + 11, "0123456789") == 3))
		return NULL;
	return "tax_code.invalid";
}

/* Counts UTF-8 characters (not bytes): "Mật khẩu" is 8 characters long. */
static size_t
utf8_chars(const char *s)
{
	size_t	 n = 0;

	for (; *s != '\0'; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			n++;
	return n;
}

const char *
valid_password(const char *pw, const char *const *personal)
{
	size_t	 n = utf8_chars(pw);

	if (n < PASSWORD_MIN_CHARS)
		return "password.too_short";
	if (strlen(pw) > 128)
		return "password.too_long";
	/* Spaces only: what a phone's keyboard may fill in by mistake, and no secret at all. */
	if (strspn(pw, " \t") == strlen(pw))
		return "password.blank";
	for (; personal != NULL && *personal != NULL; personal++)
		if (**personal != '\0' && strcasecmp(pw, *personal) == 0)
			return "password.personal";
	return NULL;
}
