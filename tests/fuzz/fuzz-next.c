/*
 * fuzz-next.c — libFuzzer harness for next_ok() (next.c), the check of the way back that the
 * sign-in and registration forms carry in "next" and redirect to.
 *
 * The input, as a NUL-terminated string, is checked against a program's routes and against
 * none. Invariants of an accepted way back: it starts with one "/" and never "//" or "/\",
 * even after a browser drops tabs and newlines; every byte is printable ASCII other than
 * '\', '#', '"', '<', '>'; what it percent-encodes decodes, and holds no whitespace, control,
 * backslash or "//"; its path has no "." or ".." segment; it is a location of the snippet;
 * and what the routes accept, no routes accept too. Any broken invariant abort()s.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static bool
digits(const char *s)
{
	return *s != '\0' && strspn(s, "0123456789") == strlen(s);
}

/* dvc-account's GET routes, and POST ones next_ok() must not take for pages. */
static const struct route routes[] = {
	{ "GET", "/account/", ROLE_ANY, NULL, NULL, NULL, NULL, 0, NULL },
	{ "GET", "/account/login", ROLE_ANY, NULL, NULL, NULL, NULL, ROUTE_FORM, NULL },
	{ "POST", "/account/login", ROLE_ANY, NULL, NULL, NULL, NULL, ROUTE_FORM, NULL },
	{ "POST", "/account/logout", ROLE_ANY, NULL, NULL, NULL, NULL, 0, NULL },
	{ "GET", "/account/register", ROLE_ANY, NULL, NULL, NULL, NULL, ROUTE_FORM, NULL },
	{ "GET", "/account/profile", ROLE_USER, NULL, NULL, NULL, NULL, 0, NULL },
	{ "POST", "/account/profile", ROLE_USER, NULL, NULL, NULL, NULL, 0, NULL },
	{ "GET", "/account/x/*", ROLE_USER, NULL, NULL, NULL, digits, 0, NULL },
};

static const char *const locations[] = {
	"/", "/procedures", "/procedures/", "/account/", "/submit/", "/pay/", "/dossiers",
	"/dossiers/", "/track", "/track/", "/files/", "/officer/", "/admin/", NULL,
};

static void
check_accepted(const char *s)
{
	size_t		 n = strlen(s), plen = strcspn(s, "?"), i, k;
	char		*dec = malloc(n + 1), *path = malloc(n + 1);
	const char *const *l;
	long		 len;

	if (dec == NULL || path == NULL)
		abort();
	/* What a browser makes of it: tabs and newlines dropped, then a same-site path. */
	for (i = 0, k = 0; i < n; i++)
		if (s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
			dec[k++] = s[i];
	dec[k] = '\0';
	if (dec[0] != '/' || dec[1] == '/' || dec[1] == '\\' || k != n)
		abort();
	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] <= ' ' || (unsigned char)s[i] >= 0x7f ||
		    strchr("\\#\"<>", s[i]) != NULL)
			abort();
	if ((len = url_decode(s, n, dec, false)) < 0 || !text_valid_utf8(dec, (size_t)len))
		abort();
	for (i = 0; i < (size_t)len; i++)
		if ((unsigned char)dec[i] <= ' ' || dec[i] == '\\' ||
		    (dec[i] == '/' && i + 1 < (size_t)len && dec[i + 1] == '/'))
			abort();
	memcpy(path, s, plen);
	path[plen] = '\0';
	if (strstr(path, "%") != NULL || strstr(path, "/./") != NULL ||
	    strstr(path, "/../") != NULL || (plen >= 2 && strcmp(path + plen - 2, "/.") == 0) ||
	    (plen >= 3 && strcmp(path + plen - 3, "/..") == 0))
		abort();
	for (l = locations; *l != NULL; l++)
		if (strcmp(path, *l) == 0 || ((*l)[strlen(*l) - 1] == '/' &&
		    strncmp(path, *l, strlen(*l)) == 0))
			break;
	if (*l == NULL || strcmp(path, "/account/login") == 0 || strcmp(path, "/account/logout") == 0)
		abort();
	free(dec);
	free(path);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	*s = malloc(size + 1);
	bool	 with, without;

	if (s == NULL)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	with = next_ok(s, routes, sizeof(routes) / sizeof(routes[0]));
	without = next_ok(s, NULL, 0);
	if (with && !without)
		abort();
	if (without)
		check_accepted(s);
	/* Under /account/, dvc-account's own GET routes only. */
	if (with && strncmp(s, "/account/", 9) == 0) {
		size_t	 plen = strcspn(s, "?");

		if (!(plen == 9 || (plen == 17 && strncmp(s, "/account/register", 17) == 0) ||
		    (plen == 16 && strncmp(s, "/account/profile", 16) == 0) ||
		    (plen > 11 && strncmp(s, "/account/x/", 11) == 0 &&
		    strspn(s + 11, "0123456789") == plen - 11)))
			abort();
	}
	free(s);
	return 0;
}
