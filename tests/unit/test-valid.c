/*
 * test-valid.c — valid.c: the citizen ID number (CCCD) with its province table and the
 * century and year digits, mobile numbers and their normal form, e-mail addresses, dates and
 * dates of birth, tax codes, and the password policy. A refusal is a message code (its words
 * are in xslt/i18n/vi-msg.xsl).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dvc.h"
#include "tap.h"

/* The province codes of Circular 07/2016/TT-BCA, as valid.c must accept them. */
static const int provinces[] = {
	1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34,
	35, 36, 37, 38, 40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67,
	68, 70, 72, 74, 75, 77, 79, 80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96,
};
#define NPROVINCES	(sizeof(provinces) / sizeof(provinces[0]))

static int
is_province(int code)
{
	size_t	 i;

	for (i = 0; i < NPROVINCES; i++)
		if (provinces[i] == code)
			return 1;
	return 0;
}

/* ok when err is NULL (the value accepted); shows the code otherwise. */
static int
accepted(const char *err, const char *what)
{
	if (!ok(err == NULL, "%s", what))
		diag("refused with: %s", err);
	return err == NULL;
}

/* ok when err is a message code, [a-z0-9_.] (the value refused). */
static int
refused(const char *err, const char *what)
{
	if (!ok(err != NULL && *err != '\0' &&
	    strspn(err, "abcdefghijklmnopqrstuvwxyz0123456789_.") == strlen(err), "%s", what))
		diag("got: %s", err != NULL ? err : "NULL");
	return err != NULL;
}

/* ok when err is the code want. */
static void
refused_with(const char *err, const char *want, const char *what)
{
	is_str(err != NULL ? err : "NULL", want, "%s", what);
}

static void
test_cccd(void)
{
	char		 s[32];
	size_t		 i;
	int		 code, bad = 0, wrong_refused = 0;
	static const int not_codes[] = { 0, 3, 5, 99, 7, 9, 13, 16, 50, 63, 97, 100, 999 };

	/* Every code of the table, with a 1990 birth: 0 (man, 1900s), 90. */
	for (i = 0; i < NPROVINCES; i++) {
		snprintf(s, sizeof(s), "%03d090001234", provinces[i]);
		if (valid_cccd(s, 1990) != NULL) {
			diag("province %03d refused: %s", provinces[i], valid_cccd(s, 1990));
			bad++;
		}
	}
	is_int(bad, 0, "cccd: each of the %zu province codes of the table is accepted", NPROVINCES);
	is_int((long long)NPROVINCES, 63, "cccd: the table has the 63 provinces");
	/* Every code not in the table is refused, 000 to 999. */
	for (code = 0; code <= 999; code++) {
		if (is_province(code))
			continue;
		snprintf(s, sizeof(s), "%03d090001234", code);
		if (valid_cccd(s, 1990) == NULL) {
			diag("code %03d accepted", code);
			wrong_refused++;
		}
	}
	is_int(wrong_refused, 0, "cccd: every three-digit code outside the table is refused");
	for (i = 0; i < sizeof(not_codes) / sizeof(not_codes[0]); i++) {
		snprintf(s, sizeof(s), "%03d090001234", not_codes[i]);
		refused(valid_cccd(s, 0), not_codes[i] == 0 ? "cccd: 000 refused" :
		    not_codes[i] == 3 ? "cccd: 003 refused" : not_codes[i] == 5 ? "cccd: 005 refused" :
		    not_codes[i] == 99 ? "cccd: 099 refused" : "cccd: another code outside the table refused");
	}
	refused_with(valid_cccd("003090001234", 0), "cccd.province",
	    "cccd: a bad code is refused for its province code");
	refused_with(valid_cccd("03809000123", 0), "cccd.length", "cccd: 11 digits is a length error");

	/* Digits 4–6: century (0/1 the 1900s, 2/3 the 2000s) and the year. */
	accepted(valid_cccd("038090001234", 1990), "cccd: 038090001234 born 1990 accepted");
	refused(valid_cccd("038090001234", 1991), "cccd: 038090001234 born 1991 refused");
	refused(valid_cccd("038090001234", 2090), "cccd: 038090001234 born 2090 refused (the century)");
	refused_with(valid_cccd("038090001234", 1991), "cccd.birth_year",
	    "cccd: a mismatch is refused for the birth year");
	accepted(valid_cccd("038190001234", 1990), "cccd: 4th digit 1 (woman, 1900s) born 1990 accepted");
	accepted(valid_cccd("001205001234", 2005), "cccd: 4th digit 2 (man, 2000s) born 2005 accepted");
	accepted(valid_cccd("001305001234", 2005), "cccd: 4th digit 3 (woman, 2000s) born 2005 accepted");
	refused(valid_cccd("001205001234", 1905), "cccd: 4th digit 2 born 1905 refused");
	refused(valid_cccd("001005001234", 2005), "cccd: 4th digit 0 born 2005 refused");
	accepted(valid_cccd("079300000001", 2000), "cccd: born 2000 with 300 accepted");
	accepted(valid_cccd("038090001234", 0), "cccd: birth year 0 skips the year check");
	accepted(valid_cccd("038999001234", 0), "cccd: birth year 0 skips it even for a 4th digit 9");

	/* Shape. */
	refused(valid_cccd("03809000123a", 0), "cccd: a letter refused");
	refused(valid_cccd("O38090001234", 0), "cccd: a letter O for a zero refused");
	refused(valid_cccd("03809000123", 0), "cccd: 11 digits refused");
	refused(valid_cccd("0380900012345", 0), "cccd: 13 digits refused");
	refused(valid_cccd("038 090 001 234", 0), "cccd: spaces refused");
	refused(valid_cccd(" 038090001234", 0), "cccd: a leading space refused");
	refused(valid_cccd("038090001234 ", 0), "cccd: a trailing space refused");
	refused(valid_cccd("", 0), "cccd: empty refused");
	refused(valid_cccd("-38090001234", 0), "cccd: a sign refused");
}

static void
phone_is(const char *in, const char *want)
{
	char		 out[11] = "";
	const char	*err = valid_phone(in, out);

	if (err != NULL) {
		ok(0, "phone: '%s' accepted as %s", in, want);
		diag("refused with: %s", err);
		return;
	}
	is_str(out, want, "phone: '%s' accepted as %s", in, want);
}

static void
test_phone(void)
{
	char	 out[11];
	char	 big[300];
	int	 d;

	phone_is("0912345678", "0912345678");
	phone_is("+84912345678", "0912345678");
	phone_is("84912345678", "0912345678");
	phone_is("0912 345 678", "0912345678");
	phone_is("0912.345.678", "0912345678");
	phone_is("0912-345-678", "0912345678");
	phone_is("+84 912 345 678", "0912345678");
	phone_is("0387654321", "0387654321");
	phone_is("0587654321", "0587654321");
	phone_is("0787654321", "0787654321");
	phone_is("0887654321", "0887654321");
	phone_is("0987654321", "0987654321");
	for (d = 0; d <= 9; d++) {
		char	 in[32];

		if (strchr("35789", '0' + d) != NULL)
			continue;
		snprintf(in, sizeof(in), "0%d12345678", d);
		refused(valid_phone(in, out), d == 1 ? "phone: prefix 01 refused" :
		    d == 2 ? "phone: prefix 02 (a landline) refused" : d == 4 ? "phone: prefix 04 refused" :
		    d == 6 ? "phone: prefix 06 refused" : "phone: prefix 00 refused");
	}
	refused(valid_phone("+84212345678", out), "phone: +84 with a landline prefix refused");
	refused(valid_phone("091234567", out), "phone: 9 digits refused");
	refused(valid_phone("09123456789", out), "phone: 11 digits refused");
	refused(valid_phone("+8491234567", out), "phone: +84 and 8 digits refused");
	refused(valid_phone("091234567a", out), "phone: a letter refused");
	refused(valid_phone("O912345678", out), "phone: a letter O refused");
	refused(valid_phone("", out), "phone: empty refused");
	refused(valid_phone("0912/345/678", out), "phone: slashes refused");
	memset(big, '9', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	refused(valid_phone(big, out), "phone: 299 digits refused (overlong)");
	refused(valid_phone("0912345678912345", out), "phone: 16 digits refused");
	refused(valid_phone("0912345678091234567809", out), "phone: 22 digits refused");
	refused_with(valid_phone("0212345678", out), "phone.prefix", "phone: a landline is a prefix error");
	refused_with(valid_phone("091234567", out), "phone.invalid", "phone: 9 digits is a shape error");
	refused_with(valid_phone(big, out), "phone.too_long", "phone: 299 digits is too long");
}

static void
test_email(void)
{
	char	 out[255], small[8], big[400];

	ok(valid_email("an.nguyen@example.vn", out, sizeof(out)) == NULL &&
	    strcmp(out, "an.nguyen@example.vn") == 0, "email: an.nguyen@example.vn accepted as is");
	ok(valid_email("An.Nguyen+DVC@Example.GOV.vn", out, sizeof(out)) == NULL &&
	    strcmp(out, "an.nguyen+dvc@example.gov.vn") == 0, "email: accepted and lower-cased");
	accepted(valid_email("a_b-c@sub.domain.vn", out, sizeof(out)), "email: _ - and a subdomain accepted");
	refused(valid_email("an.nguyen.example.vn", out, sizeof(out)), "email: no @ refused");
	refused(valid_email("an@nguyen@example.vn", out, sizeof(out)), "email: two @ refused");
	refused(valid_email("an@localhost", out, sizeof(out)), "email: no dot in the domain refused");
	refused(valid_email("an@.example.vn", out, sizeof(out)), "email: a dot right after @ refused");
	refused(valid_email("an@example..vn", out, sizeof(out)), "email: two dots in a row in the domain refused");
	refused(valid_email("an@.vn", out, sizeof(out)), "email: a dot right after @ (the only dot) refused");
	refused(valid_email("an@example.vn.", out, sizeof(out)), "email: a trailing dot refused");
	refused(valid_email("@example.vn", out, sizeof(out)), "email: an empty local part refused");
	refused(valid_email("an nguyen@example.vn", out, sizeof(out)), "email: a space refused");
	refused(valid_email("an@example.vn ", out, sizeof(out)), "email: a trailing space refused");
	refused(valid_email("nguyễn@example.vn", out, sizeof(out)), "email: non-ASCII refused");
	refused(valid_email("an<x>@example.vn", out, sizeof(out)), "email: < > refused");
	refused(valid_email("", out, sizeof(out)), "email: empty refused");
	/* 255 characters: over the 254 of RFC 5321. */
	memset(big, 'a', sizeof(big));
	memcpy(big, "an@", 3);
	memcpy(big + 251, ".vn", 3);
	big[254] = '\0';
	accepted(valid_email(big, out, sizeof(out)), "email: 254 characters accepted");
	memset(big, 'a', sizeof(big));
	memcpy(big, "an@", 3);
	memcpy(big + 252, ".vn", 3);
	big[255] = '\0';
	refused(valid_email(big, out, sizeof(out)), "email: 255 characters refused");
	/* A local part of 64 is fine, 65 is not. */
	memset(big, 'b', 64);
	strcpy(big + 64, "@example.vn");
	accepted(valid_email(big, out, sizeof(out)), "email: a local part of 64 accepted");
	memset(big, 'b', 65);
	strcpy(big + 65, "@example.vn");
	refused(valid_email(big, out, sizeof(out)), "email: a local part of 65 refused");
	memset(small, 'x', sizeof(small));
	refused(valid_email("an@example.vn", small, sizeof(small)), "email: an output buffer too small refused");
	ok(memchr(small, '\0', sizeof(small)) == NULL && small[0] == 'x',
	    "email: nothing written into the too-small buffer");
	accepted(valid_email("a@b.vn", small, sizeof(small)), "email: 6 characters fit in 8 bytes");
	refused(valid_email("abc@d.vn", small, sizeof(small)), "email: 8 characters and the NUL do not fit in 8 bytes");
	refused_with(valid_email("", out, sizeof(out)), "email.length", "email: empty is a length error");
	refused_with(valid_email("an@localhost", out, sizeof(out)), "email.invalid", "email: no dot is a shape error");
	refused_with(valid_email("an nguyen@example.vn", out, sizeof(out)), "email.chars",
	    "email: a space is a character error");
}

/* y-m-d of today, shifted by years and days, as yyyy-mm-dd. */
static void
date_from_today(char *out, size_t n, int years, int days)
{
	time_t		 t = time(NULL) + (time_t)days * 86400;
	struct tm	 tm;

	gmtime_r(&t, &tm);
	snprintf(out, n, "%04d-%02d-%02d", tm.tm_year + 1900 + years, tm.tm_mon + 1,
	    tm.tm_mday > 28 && tm.tm_mon == 1 ? 28 : tm.tm_mday);
}

static void
test_clock(void)
{
	static const char *const bad[] = { "", "7", "07", "07:", "07:3", "07:60", "24:00", "7:5",
		"07:30:00", "07h30", " 07:30", "07:30 ", "-1:00", "0a:00", "123:00" };
	size_t	 i;
	int	 m = -1;

	ok(valid_clock("07:30", &m) == NULL && m == 450, "clock: 07:30 is minute 450");
	ok(valid_clock("7:30", &m) == NULL && m == 450, "clock: 7:30 as typed too");
	ok(valid_clock("00:00", &m) == NULL && m == 0, "clock: 00:00");
	ok(valid_clock("23:59", &m) == NULL && m == 1439, "clock: 23:59");
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		ok(valid_clock(bad[i], &m) != NULL && strcmp(valid_clock(bad[i], &m), "time.format") == 0,
		    "clock: '%s' refused", bad[i]);
}

static void
test_dates(void)
{
	struct tm	 tm;
	char		 s[32];

	ok(valid_date("1990-05-17", &tm) == NULL && tm.tm_year == 90 && tm.tm_mon == 4 && tm.tm_mday == 17,
	    "date: 1990-05-17 read as 17 May 1990");
	ok(valid_date("17/05/1990", &tm) == NULL && tm.tm_year == 90 && tm.tm_mon == 4 && tm.tm_mday == 17,
	    "date: 17/05/1990 read as 17 May 1990");
	ok(valid_date("01/12/2001", &tm) == NULL && tm.tm_mon == 11 && tm.tm_mday == 1,
	    "date: dd/mm/yyyy is day first (01/12 is 1 December)");
	accepted(valid_date("29/02/2024", &tm), "date: 29/02/2024 (leap year) accepted");
	refused(valid_date("29/02/2023", &tm), "date: 29/02/2023 refused");
	refused(valid_date("1900-02-29", &tm), "date: 29 Feb 1900 refused (not a leap year)");
	accepted(valid_date("2000-02-29", &tm), "date: 29 Feb 2000 accepted (divisible by 400)");
	refused(valid_date("2100-02-29", &tm), "date: 29 Feb 2100 refused");
	refused(valid_date("31/04/2020", &tm), "date: 31/04 refused");
	accepted(valid_date("30/04/2020", &tm), "date: 30/04 accepted");
	accepted(valid_date("31/12/2020", &tm), "date: 31/12 accepted");
	refused(valid_date("2020-13-01", &tm), "date: month 13 refused");
	refused(valid_date("2020-00-10", &tm), "date: month 0 refused");
	refused(valid_date("00/01/2020", &tm), "date: day 0 refused");
	refused(valid_date("32/01/2020", &tm), "date: day 32 refused");
	refused(valid_date("1990-05-17x", &tm), "date: trailing junk after yyyy-mm-dd refused");
	refused(valid_date("17/05/1990 ", &tm), "date: a trailing space refused");
	refused(valid_date("17/05/1990abc", &tm), "date: trailing junk after dd/mm/yyyy refused");
	refused(valid_date("17.05.1990", &tm), "date: dots refused");
	refused(valid_date("", &tm), "date: empty refused");
	refused(valid_date("hôm qua", &tm), "date: words refused");
	refused(valid_date("1899-12-31", &tm), "date: before 1900 refused");
	refused_with(valid_date("17.05.1990", &tm), "date.format", "date: dots are a format error");
	refused_with(valid_date("2020-13-01", &tm), "date.range", "date: month 13 is a range error");
	refused_with(valid_date("31/04/2020", &tm), "date.no_such_day", "date: 31/04 is no such day");

	accepted(valid_birth_date("17/05/1990", &tm), "birth date: 17/05/1990 accepted");
	date_from_today(s, sizeof(s), 0, 0);
	accepted(valid_birth_date(s, &tm), "birth date: today accepted");
	date_from_today(s, sizeof(s), 0, 1);
	refused(valid_birth_date(s, &tm), "birth date: tomorrow refused");
	refused_with(valid_birth_date(s, &tm), "birth_date.future", "birth date: tomorrow is in the future");
	date_from_today(s, sizeof(s), 1, 0);
	refused(valid_birth_date(s, &tm), "birth date: next year refused");
	date_from_today(s, sizeof(s), -131, 0);
	refused(valid_birth_date(s, &tm), "birth date: 131 years ago refused");
	date_from_today(s, sizeof(s), -100, 0);
	accepted(valid_birth_date(s, &tm), "birth date: 100 years ago accepted");
	refused(valid_birth_date("31/02/1990", &tm), "birth date: 31/02 refused");
}

static void
test_tax_code(void)
{
	accepted(valid_tax_code("0101234567"), "tax code: 10 digits accepted");
	accepted(valid_tax_code("0101234567-001"), "tax code: 10-3 accepted");
	refused(valid_tax_code("010123456"), "tax code: 9 digits refused");
	refused(valid_tax_code("01012345678"), "tax code: 11 digits refused");
	refused(valid_tax_code("0101234567-01"), "tax code: 10-2 refused");
	refused(valid_tax_code("0101234567-0011"), "tax code: 10-4 refused");
	refused(valid_tax_code("0101234567001"), "tax code: 13 digits without the dash refused");
	refused(valid_tax_code("0101234567 001"), "tax code: a space for the dash refused");
	refused(valid_tax_code("010123456A"), "tax code: a letter refused");
	refused(valid_tax_code("0101234567-00a"), "tax code: a letter in the branch refused");
	refused_with(valid_tax_code(""), "tax_code.invalid", "tax code: empty refused");
}

static void
test_password(void)
{
	const char *const	 none[] = { NULL };
	const char *const	 personal[] = { "038090001234", "0912345678", "an.nguyen@example.vn", NULL };
	const char *const	 empties[] = { "", "", NULL };
	char			 big[200];

	refused(valid_password("Abc12345678", none), "password: 11 characters refused");
	refused_with(valid_password("Abc12345678", none), "password.too_short",
	    "password: 11 characters is too short");
	accepted(valid_password("Abc123456789", none), "password: 12 characters accepted");
	accepted(valid_password("Abc123456789", NULL), "password: no personal list at all");
	/* 12 characters, 16 bytes: counted in characters. */
	ok(strlen("Mậtkhẩu12345") == 16, "password: 'Mậtkhẩu12345' is 16 bytes");
	accepted(valid_password("Mậtkhẩu12345", none), "password: 'Mậtkhẩu12345' (12 characters) accepted");
	/* 11 characters, 15 bytes: refused though over 12 bytes. */
	refused(valid_password("Mậtkhẩu1234", none), "password: 'Mậtkhẩu1234' (11 characters, 15 bytes) refused");
	memset(big, 'a', sizeof(big));
	big[128] = '\0';
	accepted(valid_password(big, none), "password: 128 bytes accepted");
	big[128] = 'a';
	big[129] = '\0';
	refused_with(valid_password(big, none), "password.too_long", "password: 129 bytes refused");
	refused_with(valid_password("            ", none), "password.blank", "password: 12 spaces refused");
	refused_with(valid_password(" \t  \t      \t ", none), "password.blank",
	    "password: spaces and tabs refused");
	accepted(valid_password("  a         ", none), "password: spaces and a letter are not blank");
	refused(valid_password("038090001234", personal), "password: equal to the CCCD refused");
	refused_with(valid_password("038090001234", personal), "password.personal",
	    "password: equal to the CCCD is personal");
	refused(valid_password("AN.NGUYEN@example.VN", personal),
	    "password: equal to the e-mail in another case refused");
	accepted(valid_password("038090001234x", personal), "password: containing the CCCD is not equal");
	accepted(valid_password("Abc123456789", empties), "password: empty personal values ignored");
	refused(valid_password("", empties), "password: empty refused");
}

int
main(void)
{
	test_cccd();
	test_phone();
	test_email();
	test_dates();
	test_clock();
	test_tax_code();
	test_password();
	return done_testing();
}
