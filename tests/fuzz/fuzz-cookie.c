/*
 * fuzz-cookie.c — libFuzzer harness for Cookie headers (req.c).
 *
 * The input, made a C string, goes through req_parse_cookies() with the request's limit
 * and a smaller one; every pair kept must be well formed and the smaller parse a prefix of
 * the larger. Any broken invariant abort()s.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* The characters a kept name or value may never hold. */
static bool
forbidden(unsigned char c)
{
	return c <= 0x20 || c >= 0x7f || c == ';' || c == ',' || c == '"' || c == '\\';
}

static void
check_cookies(const struct cookie *c, size_t n, size_t max)
{
	size_t	 i;
	char	*p;

	if (n > max)
		abort();
	for (i = 0; i < n; i++) {
		if (c[i].name == NULL || c[i].value == NULL || c[i].name[0] == '\0' ||
		    strlen(c[i].name) > 64 || strlen(c[i].value) > 4096 ||
		    strchr(c[i].name, '=') != NULL)
			abort();
		for (p = c[i].name; *p != '\0'; p++)
			if (forbidden((unsigned char)*p))
				abort();
		for (p = c[i].value; *p != '\0'; p++)
			if (forbidden((unsigned char)*p))
				abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct cookie	 all[REQ_MAX_COOKIES], few[3];
	size_t		 nall, nfew, i;
	char		*s = malloc(size + 1);

	if (s == NULL)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	nall = req_parse_cookies(s, all, REQ_MAX_COOKIES);
	check_cookies(all, nall, REQ_MAX_COOKIES);
	nfew = req_parse_cookies(s, few, 3);
	check_cookies(few, nfew, 3);
	if (nfew != (nall < 3 ? nall : 3))
		abort();
	for (i = 0; i < nfew; i++)
		if (strcmp(few[i].name, all[i].name) != 0 || strcmp(few[i].value, all[i].value) != 0)
			abort();
	if (req_parse_cookies(s, all, 0) != 0)
		abort();
	cookies_free(all, nall);
	cookies_free(few, nfew);
	free(s);
	return 0;
}
