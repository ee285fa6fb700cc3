/*
 * next.c — the way back: the path a sign-in or registration form carries in "next" and
 * redirects to once it is done. It must stay on this site, on a page a program answers:
 * anything else (another site, however spelled; a tab or newline that a browser drops to
 * make "//evil"; a page nobody serves) is refused, and the caller goes to its fallback.
 */
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "private.h"

/*
 * The locations conf/nginx/dvc.conf hands to a program ("=" an exact one, else a prefix):
 * a way back anywhere else would be a page no program answers. tests/unit/test-next.c checks
 * the list against the snippet.
 */
static const char *const site_locations[] = {
	"=/", "=/procedures", "/procedures/", "/account/", "/submit/", "/pay/", "=/dossiers",
	"/dossiers/", "=/track", "/track/", "/files/", "/officer/", "/admin/", NULL,
};

/* Never back to signing in or out: a loop, or a sign-out nobody asked for. */
static const char *const next_refused[] = { "/account/login", "/account/logout", NULL };

static bool
refused(const char *path)
{
	const char *const	*p;

	for (p = next_refused; *p != NULL; p++)
		if (strcmp(*p, path) == 0)
			return true;
	return false;
}

/* Unreserved characters and "/": what the paths of our routes are made of. */
static bool
path_char(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	    c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
}

/* RFC 3986's query characters; never '#', '\', '"', '<', '>' or a space. */
static bool
query_char(unsigned char c)
{
	return path_char(c) || (c != '\0' && strchr("%&=+,:;@!$'()*?", c) != NULL);
}

/* The location of site_locations[] that path falls under, or NULL. */
static const char *
site_location(const char *path)
{
	const char *const	*l;

	for (l = site_locations; *l != NULL; l++)
		if ((**l == '=' && strcmp(*l + 1, path) == 0) ||
		    (**l != '=' && strncmp(*l, path, strlen(*l)) == 0))
			return *l;
	return NULL;
}

/* True when a route of routes answers the location loc (the program serves it). */
static bool
location_served(const char *loc, const struct route *routes, size_t nroutes)
{
	size_t	 i;

	for (i = 0; i < nroutes; i++)
		if (*loc == '=' ? strcmp(routes[i].pattern, loc + 1) == 0 :
		    strncmp(routes[i].pattern, loc, strlen(loc)) == 0)
			return true;
	return false;
}

/* True when a GET route of routes answers path, its "*" segment accepted. */
static bool
get_route(const char *path, const struct route *routes, size_t nroutes)
{
	size_t	 i;
	char	*arg;
	bool	 ok;

	for (i = 0; i < nroutes; i++) {
		if (strcmp(routes[i].method, "GET") != 0 || !route_match(routes[i].pattern, path, &arg))
			continue;
		ok = arg == NULL || routes[i].arg_ok == NULL || routes[i].arg_ok(arg);
		free(arg);
		if (ok)
			return true;
	}
	return false;
}

/* The path part of a way back: segments of path_char(), none empty ("//"), "." or "..". */
static bool
next_path_ok(const char *p, size_t n)
{
	size_t	 i, seg = 1;

	if (n == 0 || p[0] != '/')
		return false;
	for (i = 1; i <= n; i++) {
		if (i < n && p[i] != '/') {
			if (!path_char((unsigned char)p[i]))
				return false;
			continue;
		}
		/* A segment ends at i: empty only as the last one ("/account/"). */
		if ((i - seg == 0 && i < n) || (i - seg == 1 && p[seg] == '.') ||
		    (i - seg == 2 && p[seg] == '.' && p[seg + 1] == '.'))
			return false;
		seg = i + 1;
	}
	return true;
}

/* The query part (after "?"): query_char()s, and what they encode is text without a space,
 * a backslash or a "//". */
static bool
next_query_ok(const char *q, size_t n)
{
	char	 dec[NEXT_MAX + 1];
	long	 len, i;
	size_t	 k;

	for (k = 0; k < n; k++)
		if (!query_char((unsigned char)q[k]))
			return false;
	if ((len = url_decode(q, n, dec, false)) < 0 || !text_valid_utf8(dec, (size_t)len))
		return false;
	for (i = 0; i < len; i++)
		if ((unsigned char)dec[i] <= ' ' || dec[i] == '\\' ||
		    (dec[i] == '/' && i + 1 < len && dec[i + 1] == '/'))
			return false;
	return true;
}

bool
next_ok(const char *next, const struct route *routes, size_t nroutes)
{
	const char	*loc;
	char		 path[NEXT_MAX + 1];
	size_t		 n, plen;

	if (next == NULL || (n = strlen(next)) == 0 || n > NEXT_MAX)
		return false;
	plen = strcspn(next, "?");
	if (!next_path_ok(next, plen) || (plen < n && !next_query_ok(next + plen + 1, n - plen - 1)))
		return false;
	memcpy(path, next, plen);
	path[plen] = '\0';
	if (refused(path) || (loc = site_location(path)) == NULL)
		return false;
	/* A page of this very program: one of its GET routes must answer it. */
	return !location_served(loc, routes, nroutes) || get_route(path, routes, nroutes);
}
