/*
 * fuzz-valid.c — libFuzzer harness for the validators of what people type (valid.c) and the
 * dossier's move names (dossier.c), which every form of the portal passes client input to.
 *
 * The input, as a NUL-terminated string, goes through every validator. Invariants: a refusal
 * is a message code ([a-z0-9_.], dotted); an accepted phone is ten digits from 0; an accepted
 * e-mail is lower case and fits its buffer; an accepted date exists in the calendar, and its
 * dd/mm/yyyy and yyyy-mm-dd spellings are accepted as the same day; an accepted CCCD is 12
 * digits; a move name found names that move; an accepted fee quantity is at most
 * FEE_QUANTITY_MAX (0 only for an optional fee), and its line's amount is computed without
 * overflow. Any broken invariant abort()s.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
code_ok(const char *code)
{
	size_t	 n;

	if (code == NULL)
		return;
	n = strlen(code);
	if (n == 0 || strspn(code, "abcdefghijklmnopqrstuvwxyz0123456789_.") != n ||
	    strchr(code, '.') == NULL)
		abort();
}

static void
date_ok(const char *s)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	struct tm	 tm, again;
	char		 other[32];
	const char	*code = valid_date(s, &tm);

	code_ok(code);
	if (code != NULL)
		return;
	if (tm.tm_mon < 0 || tm.tm_mon > 11 || tm.tm_mday < 1 || tm.tm_mday > mdays[tm.tm_mon])
		abort();
	snprintf(other, sizeof(other), "%02d/%02d/%04d", tm.tm_mday, tm.tm_mon + 1, tm.tm_year + 1900);
	if (valid_date(other, &again) != NULL || again.tm_mday != tm.tm_mday ||
	    again.tm_mon != tm.tm_mon || again.tm_year != tm.tm_year)
		abort();
	snprintf(other, sizeof(other), "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
	if (valid_date(other, &again) != NULL || again.tm_mday != tm.tm_mday)
		abort();
	code_ok(valid_birth_date(s, &again));
}

/* An accepted time of day is a minute of the day, and its HH:MM spelling gives it again. */
static void
clock_ok(const char *s)
{
	char		 again[8];
	int		 m = -1, m2 = -1;
	const char	*code = valid_clock(s, &m);

	code_ok(code);
	if (code != NULL)
		return;
	if (m < 0 || m >= 24 * 60)
		abort();
	snprintf(again, sizeof(again), "%02d:%02d", m / 60, m % 60);
	if (valid_clock(again, &m2) != NULL || m2 != m)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char		*s = malloc(size + 1);
	char		 phone[11], email[255];
	const char	*code, *personal[] = { "Nguyễn Văn An", "038090001234", NULL };
	size_t		 i;
	enum dmove_id	 m;

	if (s == NULL)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';

	code_ok(code = valid_phone(s, phone));
	if (code == NULL && (strlen(phone) != 10 || phone[0] != '0' || strspn(phone, "0123456789") != 10))
		abort();
	code_ok(code = valid_email(s, email, sizeof(email)));
	if (code == NULL) {
		if (strlen(email) >= sizeof(email))
			abort();
		for (i = 0; email[i] != '\0'; i++)
			if (isupper((unsigned char)email[i]))
				abort();
	}
	code_ok(code = valid_cccd(s, 0));
	if (code == NULL && (strlen(s) != 12 || strspn(s, "0123456789") != 12))
		abort();
	code_ok(valid_cccd(s, 1990));
	code_ok(valid_tax_code(s));
	code_ok(valid_password(s, personal));
	date_ok(s);
	clock_ok(s);
	if ((m = dmove_find(s)) != DM__MAX && strcmp(dmoves[m].name, s) != 0)
		abort();
	for (i = 0; i < 2; i++) {
		unsigned	 q = 7777;
		struct fee_line	 f = { .unit_amount = PAY_AMOUNT_MAX / FEE_QUANTITY_MAX, .percent = 50 };

		code_ok(code = fee_quantity_parse(s, i == 1, &q));
		if (code != NULL && q != 7777)
			abort();
		if (code == NULL && (q > FEE_QUANTITY_MAX || (q == 0 && i == 0)))
			abort();
		f.quantity = code == NULL ? q : 1;
		if (!fee_compute(&f) || f.due > f.full)
			abort();
	}
	free(s);
	return 0;
}
