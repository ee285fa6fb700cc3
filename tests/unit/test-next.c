/*
 * test-next.c — next.c: the way back after sign-in. Paths of this site that a program answers
 * are accepted; another site however spelled (//, \\, a scheme, a tab or newline raw or
 * percent-encoded), dot segments, controls and whitespace anywhere, paths no program serves,
 * and this program's own paths without a GET route are refused. The locations of the nginx
 * snippet (conf/nginx/dvc.conf) of every program that exists are accepted.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dvc.h"
#include "tap.h"

/* The "*" segment check of a route below. */
static bool
digits_ok(const char *s)
{
	return strspn(s, "0123456789") == strlen(s);
}

/* The routes of a program serving /account/, for next_ok(). */
static const struct route account_routes[] = {
	{ "GET", "/account/", ROLE_ANY, NULL, NULL, NULL, NULL, 0, NULL },
	{ "GET", "/account/login", ROLE_ANY, NULL, NULL, NULL, NULL, 0, NULL },
	{ "POST", "/account/login", ROLE_ANY, NULL, NULL, NULL, NULL, 0, NULL },
	{ "POST", "/account/logout", ROLE_ANY, NULL, NULL, NULL, NULL, 0, NULL },
	{ "GET", "/account/profile", ROLE_USER, NULL, NULL, NULL, NULL, 0, NULL },
	{ "POST", "/account/password", ROLE_USER, NULL, NULL, NULL, NULL, 0, NULL },
	{ "GET", "/account/things/*", ROLE_USER, NULL, NULL, NULL, digits_ok, 0, NULL },
};
#define NACCOUNT (sizeof(account_routes) / sizeof(account_routes[0]))

static void
test_next(void)
{
	static const char *const good[] = {
		"/", "/procedures", "/procedures?q=khai+sinh&level=4", "/procedures/1.001193.000.00.00.H56",
		"/procedures?q=%C4%91%C4%83ng+k%C3%BD", "/submit/new?procedure=12", "/submit/12/info",
		"/dossiers", "/dossiers/", "/dossiers/H56.01-260101-0001", "/track", "/track/abcDEF123",
		"/files/12", "/officer/", "/officer/dossiers/7?tab=all", "/admin/", "/pay/H56.01-x",
		"/account/", "/account/profile", "/account/things/42", "/procedures?a=b/c&d=e:f",
		"/procedures?utm_source=facebook&fbclid=IwAR2", "/procedures?q=",
	};
	static const char *const bad[] = {
		/* another site, however spelled */
		"//evil.example", "//evil.example/", "///evil.example", "/\\evil.example", "\\evil.example",
		"/\\/evil.example", "https://evil.example", "http:/evil.example", "javascript:alert(1)",
		"evil.example", "", " /procedures", "/procedures ", "/%2F/evil.example",
		"/%5C/evil.example", "/%09/evil.example", "/%0a/evil.example", "/%0d%0a/evil.example",
		"/\t/evil.example", "/\n/evil.example", "/\r/evil.example", "/%00", "/%20/evil.example",
		"/procedures/%2e%2e/%2e%2e/evil", "/./evil", "/procedures/../account/logout",
		"/procedures/.", "/procedures//x",
		/* whitespace, controls, backslashes and "//" in the query, raw or encoded */
		"/procedures?q=a b", "/procedures?q=%09", "/procedures?q=%0A", "/procedures?q=%20",
		"/procedures?q=%7F", "/procedures?q=%C2%85", "/procedures?q=%EF%BF%BE", "/procedures?q=%E2",
		"/procedures?q=%ZZ", "/procedures?q=%", "/procedures?q=\\", "/procedures?q=%5C",
		"/procedures?x=//evil", "/procedures?x=%2F%2Fevil", "/procedures?q=\x01", "/procedures?q=\x7f",
		"/procedures#top", "/procedures?q=<b>", "/procedures?q=\"x\"",
		/* raw bytes that are not ASCII: a browser would percent-encode them */
		"/procedures?q=\xc4\x91", "/th\xc3\xbb-t\xe1\xbb\xa5" "c",
		/* not a page any program answers */
		"/unknown-path", "/static/dvc.css", "/_store/ab/cd", "/stats", "/open-data/x",
		"/procedures2", "/trackx", "/dossiersx", "/account", "/officer", "/admin",
		/* this program's own pages: only its GET routes */
		"/account/login", "/account/login?next=/", "/account/logout", "/account/password",
		"/account/nothing", "/account/things/abc", "/account/things/", "/account/things/1/2",
	};
	char	 longq[NEXT_MAX + 16], shown[256];
	size_t	 i;

	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		log_escape(good[i], strlen(good[i]), shown, sizeof(shown));
		ok(next_ok(good[i], account_routes, NACCOUNT), "next: '%s' accepted", shown);
	}
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		log_escape(bad[i], strlen(bad[i]), shown, sizeof(shown));
		ok(!next_ok(bad[i], account_routes, NACCOUNT), "next: '%s' refused", shown);
	}
	ok(!next_ok(NULL, account_routes, NACCOUNT), "next: NULL refused");
	ok(next_ok("/account/nothing", NULL, 0), "next: /account/nothing from a program without /account/");
	memcpy(longq, "/procedures?q=", 14);
	memset(longq + 14, 'a', sizeof(longq) - 15);
	longq[NEXT_MAX] = '\0';
	ok(next_ok(longq, NULL, 0), "next: %d bytes accepted", NEXT_MAX);
	longq[NEXT_MAX] = 'a';
	longq[NEXT_MAX + 1] = '\0';
	ok(!next_ok(longq, NULL, 0), "next: %d bytes refused", NEXT_MAX + 1);
}

/*
 * The snippet's locations (conf/nginx/dvc.conf) that hand a request to a program that exists
 * (modules/NAME): a way back to each is accepted. Run from the repository's top (tests/run).
 */
static void
test_next_snippet(void)
{
	FILE	*f = fopen("conf/nginx/dvc.conf", "r");
	char	 line[1024], loc[256], path[300], prog[64], dir[128];
	int	 exact, found = 0;
	char	*p, *q;

	if (!ok(f != NULL, "snippet: conf/nginx/dvc.conf opens"))
		return;
	while (fgets(line, sizeof(line), f) != NULL) {
		if (strncmp(line, "location ", 9) != 0 || (p = strstr(line, "dvc-")) == NULL ||
		    strstr(line, "fastcgi_pass") == NULL)
			continue;
		exact = strncmp(line + 9, "= ", 2) == 0;
		if (sscanf(line + 9 + 2 + (exact ? 0 : 1), "%255s", loc) != 1)
			continue;
		if ((q = strstr(p, ".sock")) == NULL || q - p - 4 >= (long)sizeof(prog))
			continue;
		snprintf(prog, sizeof(prog), "%.*s", (int)(q - p - 4), p + 4);
		snprintf(dir, sizeof(dir), "modules/%s", prog);
		if (access(dir, F_OK) != 0)
			continue;	/* a program the snippet names but nobody built */
		snprintf(path, sizeof(path), "%s%s", loc, exact ? "" : "x");
		found++;
		ok(next_ok(path, NULL, 0), "snippet: '%s' (%s location of dvc-%s) accepted", path,
		    exact ? "exact" : "prefix", prog);
	}
	fclose(f);
	ok(found >= 10, "snippet: %d locations of programs found", found);
}

int
main(void)
{
	test_next();
	test_next_snippet();
	return done_testing();
}
