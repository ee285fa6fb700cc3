/*
 * test-req.c — req.c: percent-decoding and encoding, urlencoded forms checked against a
 * spec table (strictly, and as a GET reads its query string), a form's lists of rows
 * (req_rows.c), req_form_has(), and Cookie headers. Every parse is freed, so the ASan build
 * run with ASAN_OPTIONS=detect_leaks=1 also checks that nothing leaks; inputs are copied
 * without their NUL so ASan sees any read past the given length.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "tap.h"

#define is_err(got, want, ...) is_str(req_error_str(got), req_error_str(want), __VA_ARGS__)

/* The search route of dvc-catalogue, and one key of each other kind. */
static const struct param_spec specs[] = {
	{ "q", P_TEXT, 200 },
	{ "field", P_UINT, UINT32_MAX },
	{ "agency", P_UINT, UINT32_MAX },
	{ "level", P_UINT, 4 },
	{ "page", P_UINT, 100000 },
	{ "big", P_UINT, UINT64_MAX },
	{ "sort", P_TOKEN, 16 },
	{ "note", P_TEXT, 10 },
	{ "k123456789012345678901234567890123456789012345678901234567890ab", P_TEXT, 10 },
	{ NULL, P_TEXT, 0 },
};
static const char *const ignore[] = { "format", "csrf", NULL };

static struct param	 got[REQ_MAX_PARAMS];
static size_t		 ngot;

/* A copy of the n bytes at s without a NUL after them. */
static char *
exact(const char *s, size_t n)
{
	char	*p = xmalloc(n);

	memcpy(p, s, n);
	return p;
}

static enum req_error
form_with_flags(const char *s, size_t n, const struct param_spec *sp, const char *const *ign,
    unsigned flags)
{
	char		*copy = exact(s, n);
	enum req_error	 e;

	e = req_parse_form(copy, n, sp, ign, flags, got, &ngot);
	free(copy);
	return e;
}

static enum req_error
form_with(const char *s, size_t n, const struct param_spec *sp, const char *const *ign)
{
	return form_with_flags(s, n, sp, ign, 0);
}

/* Parses s as a GET would with flags; the caller calls form_free(). */
static enum req_error
form_flags(const char *s, unsigned flags)
{
	return form_with_flags(s, strlen(s), specs, ignore, flags);
}

/* Parses s against specs and ignore into got[]; the caller calls form_free(). */
static enum req_error
form(const char *s)
{
	return form_with(s, strlen(s), specs, ignore);
}

static void
form_free(void)
{
	params_free(got, ngot);
	ngot = 0;
}

static enum req_error
form_err(const char *s)
{
	enum req_error	 e = form(s);

	form_free();
	return e;
}

static const struct param *
got_param(const char *name)
{
	size_t	 i;

	for (i = 0; i < ngot; i++)
		if (strcmp(got[i].name, name) == 0)
			return &got[i];
	return NULL;
}

static const char *
got_value(const char *name)
{
	const struct param	*p = got_param(name);

	return p != NULL ? p->value : NULL;
}

/* url_decode() of s into a buffer of exactly strlen(s) + 1 bytes; NULL on -1. */
static char	 decoded[512];
static long	 decoded_len;

static const char *
decode(const char *s, bool plus_space)
{
	size_t	 n = strlen(s);
	char	*in = exact(s, n), *out = xmalloc(n + 1);

	decoded_len = url_decode(in, n, out, plus_space);
	if (decoded_len >= 0)
		memcpy(decoded, out, (size_t)decoded_len + 1);
	free(in);
	free(out);
	return decoded_len >= 0 ? decoded : NULL;
}

static void
test_url_decode(void)
{
	char	 out[8];

	is_str(decode("abc", true), "abc", "url_decode: plain text");
	is_int(decoded_len, 3, "url_decode: plain text length");
	is_str(decode("%41%42%7E", false), "AB~", "url_decode: %%XX upper case");
	is_str(decode("%c3%a9", false), "\xc3\xa9", "url_decode: %%xx lower case");
	is_str(decode("%C3%a9", false), "\xc3\xa9", "url_decode: %%Xx mixed case");
	is_str(decode("a+b", false), "a+b", "url_decode: '+' kept without plus_space");
	is_str(decode("a+b+", true), "a b ", "url_decode: '+' is a space with plus_space");
	is_str(decode("%2B", true), "+", "url_decode: %%2B stays '+' with plus_space");
	is_str(decode("%20", false), " ", "url_decode: %%20");
	ok(decode("%", true) == NULL && decoded_len == -1, "url_decode: lone %% is -1");
	ok(decode("%4", true) == NULL, "url_decode: truncated %%4 is -1");
	ok(decode("abc%", true) == NULL, "url_decode: trailing %% is -1");
	ok(decode("abc%4", true) == NULL, "url_decode: trailing %%4 is -1");
	ok(decode("%G1", true) == NULL, "url_decode: %%G1 is -1");
	ok(decode("%1G", true) == NULL, "url_decode: %%1G is -1");
	ok(decode("%-1", true) == NULL, "url_decode: %%-1 is -1");
	ok(decode("% 1", true) == NULL, "url_decode: %% 1 is -1");
	decode("a%00b", true);
	ok(decoded_len == 3 && memcmp(decoded, "a\0b\0", 4) == 0,
	    "url_decode: %%00 gives a NUL inside the length");
	is_str(decode("", true), "", "url_decode: empty");
	is_int(decoded_len, 0, "url_decode: empty length");
	is_int(url_decode("%41xyz", 3, out, false), 1, "url_decode: stops at n");
	is_str(out, "A", "url_decode: stops at n, NUL-terminated");
	is_int(url_decode("ab%4", 4, out, false), -1, "url_decode: an escape cut by n is -1");
	is_str(decode("%C4%91%C4%83ng+k%C3%BD", true), "\xc4\x91\xc4\x83ng k\xc3\xbd",
	    "url_decode: Vietnamese");
}

/* Holds what encode() and cookie_str() return; freed at the end of main(). */
static struct buf	 scratch;

static const char *
encode(const char *s)
{
	buf_reset(&scratch);
	url_encode(&scratch, s);
	return buf_cstr(&scratch);
}

static void
test_url_encode(void)
{
	struct buf	 b = { 0 };
	char		 all[256], *out;
	size_t		 i;
	long		 n;

	is_str(encode("đăng ký khai sinh"), "%C4%91%C4%83ng+k%C3%BD+khai+sinh",
	    "url_encode: Vietnamese UTF-8, space as +");
	is_str(encode("Hồ sơ"), "H%E1%BB%93+s%C6%A1", "url_encode: Hồ sơ");
	is_str(encode("AZaz09-_.~"), "AZaz09-_.~", "url_encode: unreserved kept");
	is_str(encode("a&b=c?d/e#f%g+h;i\"j"), "a%26b%3Dc%3Fd%2Fe%23f%25g%2Bh%3Bi%22j",
	    "url_encode: reserved characters escaped");
	is_str(encode("\t\n\x7f"), "%09%0A%7F", "url_encode: controls escaped");
	is_str(encode(""), "", "url_encode: empty");

	buf_puts(&b, "?q=");
	url_encode(&b, "khai sinh");
	is_str(buf_cstr(&b), "?q=khai+sinh", "url_encode: appends to the buffer");
	buf_reset(&b);

	for (i = 0; i < 255; i++)
		all[i] = (char)(i + 1);
	all[255] = '\0';
	url_encode(&b, all);
	out = xmalloc(b.len + 1);
	n = url_decode(b.data, b.len, out, true);
	ok(n == 255 && memcmp(out, all, 256) == 0, "url_encode: bytes 1..255 decode back");
	for (i = 0; i < b.len; i++)
		if (strchr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~+%",
		    b.data[i]) == NULL)
			break;
	ok(i == b.len, "url_encode: output only unreserved, '+' and '%%'");
	free(out);
	buf_free(&b);
}

static void
test_form_valid(void)
{
	const struct param	*p;

	is_err(form("q=%C4%91%C4%83ng+k%C3%BD+khai+sinh&field=3&agency=2&level=4&page=2"), REQ_OK,
	    "form: the portal's search query");
	is_int((long long)ngot, 5, "form: five pairs");
	is_str(got_value("q"), "đăng ký khai sinh", "form: q decoded");
	p = got_param("q");
	ok(p != NULL && p->len == strlen("đăng ký khai sinh"), "form: q length in bytes");
	ok(p != NULL && p->name == specs[0].name, "form: name is the spec's own pointer");
	p = got_param("field");
	ok(p != NULL && p->num == 3 && strcmp(p->value, "3") == 0, "form: field=3");
	p = got_param("agency");
	ok(p != NULL && p->num == 2, "form: agency=2");
	p = got_param("level");
	ok(p != NULL && p->num == 4, "form: level=4 (its max)");
	p = got_param("page");
	ok(p != NULL && p->num == 2 && p->len == 1, "form: page=2");
	ok(got[0].name == specs[0].name && got[4].name == specs[4].name, "form: kept in order");
	form_free();

	is_err(form("q=a+b"), REQ_OK, "form: q=a+b");
	is_str(got_value("q"), "a b", "form: '+' is a space");
	form_free();
	is_err(form("q=a%20b"), REQ_OK, "form: q=a%%20b");
	is_str(got_value("q"), "a b", "form: %%20 is a space");
	form_free();
	is_err(form("q=a%2Bb"), REQ_OK, "form: q=a%%2Bb");
	is_str(got_value("q"), "a+b", "form: %%2B is a plus");
	form_free();
	is_err(form("q=a=b"), REQ_OK, "form: '=' inside a value");
	is_str(got_value("q"), "a=b", "form: value keeps its '='");
	form_free();
	is_err(form("%71=x"), REQ_OK, "form: a percent-encoded key");
	is_str(got_value("q"), "x", "form: %%71 is the key q");
	form_free();

	is_err(form("q="), REQ_OK, "form: empty value");
	p = got_param("q");
	ok(ngot == 1 && p != NULL && p->len == 0 && p->value[0] == '\0', "form: empty value is \"\"");
	form_free();
	is_err(form("q"), REQ_OK, "form: key without '='");
	p = got_param("q");
	ok(ngot == 1 && p != NULL && p->len == 0 && p->value[0] == '\0',
	    "form: key without '=' has the value \"\"");
	form_free();
	is_err(form("sort"), REQ_OK, "form: P_TOKEN without '=' is the empty token");
	form_free();
	/* A select's "any" choice sends "field=": an empty number is a number not given. */
	is_err(form("page="), REQ_OK, "form: empty P_UINT");
	is_int((long long)ngot, 0, "form: empty P_UINT counts as not given");
	form_free();
	is_err(form("page"), REQ_OK, "form: P_UINT without '='");
	is_int((long long)ngot, 0, "form: P_UINT without '=' counts as not given");
	form_free();
	is_err(form("field=&agency=&level=2&q="), REQ_OK, "form: empty filters and a level");
	ok(ngot == 2 && got_param("level") != NULL && got_param("level")->num == 2 &&
	    got_param("q") != NULL && got_param("field") == NULL, "form: only level and q returned");
	form_free();

	is_err(form(""), REQ_OK, "form: empty string");
	is_int((long long)ngot, 0, "form: empty string has no pairs");
	form_free();
	is_err(form("q=a&&page=2&"), REQ_OK, "form: '&&' and a trailing '&'");
	is_int((long long)ngot, 2, "form: '&&' and a trailing '&' skipped");
	form_free();
	is_err(form("&&&"), REQ_OK, "form: only '&'");
	is_int((long long)ngot, 0, "form: only '&' gives nothing");
	form_free();

	is_err(form_with("q=abc&page=2", 5, specs, ignore), REQ_OK, "form: stops at n");
	ok(ngot == 1 && strcmp(got[0].value, "abc") == 0, "form: stops at n, one pair");
	form_free();
}

static void
test_form_errors(void)
{
	char		 s[512];
	size_t		 i;

	is_err(form_err("x=1"), REQ_ERR_UNKNOWN, "form: unknown key");
	is_err(form("q=a&x=1"), REQ_ERR_UNKNOWN, "form: unknown key after a good one");
	ok(ngot == 1 && strcmp(got[0].value, "a") == 0,
	    "form: pairs before an error are returned for params_free");
	form_free();
	is_err(form_err("=1"), REQ_ERR_UNKNOWN, "form: empty key");
	is_err(form_err("Q=1"), REQ_ERR_UNKNOWN, "form: keys are case-sensitive");
	is_err(form_err("q%00=1"), REQ_ERR_UNKNOWN, "form: key with %%00 is not q");
	is_err(form_err("%G1=1"), REQ_ERR_ENCODING, "form: bad escape in a key");
	is_err(form_with("x=1", 3, NULL, ignore), REQ_ERR_UNKNOWN, "form: NULL specs, unknown");
	form_free();
	is_err(form_with("format=xml", 10, NULL, ignore), REQ_OK, "form: NULL specs, ignored key");
	form_free();

	is_err(form_err("page=1&page=2"), REQ_ERR_REPEATED, "form: repeated P_UINT");
	is_err(form_err("page=1&page="), REQ_ERR_REPEATED, "form: P_UINT given, then empty");
	is_err(form_err("page=&page=1"), REQ_ERR_REPEATED, "form: P_UINT empty, then given");
	is_err(form_err("q=a&q=a"), REQ_ERR_REPEATED, "form: repeated P_TEXT, same value");
	is_err(form_err("q=a&page=1&%71=b"), REQ_ERR_REPEATED, "form: repeated via an encoded key");

	is_err(form("note=0123456789"), REQ_OK, "form: P_TEXT at its max (10)");
	form_free();
	is_err(form_err("note=01234567890"), REQ_ERR_TOO_LONG, "form: P_TEXT one byte over");
	is_err(form("note=%C4%91%C4%91%C4%91%C4%91%C4%91%C4%91%C4%91%C4%91%C4%91%C4%91"), REQ_OK,
	    "form: P_TEXT max counts characters: 10 x đ (20 bytes) fits 10");
	form_free();
	is_err(form_err("note=%C4%91%C4%91%C4%91%C4%91%C4%91%C4%91%C4%91%C4%91%C4%91%C4%91%C4%91"),
	    REQ_ERR_TOO_LONG, "form: P_TEXT max counts characters: 11 x đ is over");
	strcpy(s, "note=");
	for (i = 0; i < 11; i++)
		strcat(s, "%41");
	is_err(form_err(s), REQ_ERR_TOO_LONG, "form: P_TEXT over max before decoding");
	memset(s, 'a', sizeof(s));
	memcpy(s, "q=", 2);
	s[2 + 201] = '\0';
	is_err(form_err(s), REQ_ERR_TOO_LONG, "form: q of 201 bytes");
	s[2 + 200] = '\0';
	is_err(form(s), REQ_OK, "form: q of 200 bytes");
	form_free();

	is_err(form_err("q=%C3"), REQ_ERR_TEXT, "form: truncated UTF-8");
	is_err(form_err("q=%FF"), REQ_ERR_TEXT, "form: byte FF");
	is_err(form_err("q=%80"), REQ_ERR_TEXT, "form: lone continuation byte");
	is_err(form_err("q=%C0%80"), REQ_ERR_TEXT, "form: overlong NUL");
	is_err(form_err("q=%ED%A0%80"), REQ_ERR_TEXT, "form: surrogate");
	is_err(form_err("q=\xff"), REQ_ERR_TEXT, "form: raw byte FF");
	is_err(form_err("q=a%00b"), REQ_ERR_TEXT, "form: %%00 in a value");
	is_err(form_err("sort=a%00"), REQ_ERR_ENCODING, "form: %%00 in a token");
	is_err(form_err("q=%01"), REQ_ERR_TEXT, "form: control character 01");
	is_err(form_err("q=%1B"), REQ_ERR_TEXT, "form: escape character");
	is_err(form_err("q=%7F"), REQ_ERR_TEXT, "form: DEL");
	is_err(form_err("q=%C2%85"), REQ_ERR_TEXT, "form: C1 control U+0085");
	is_err(form_err("q=%"), REQ_ERR_ENCODING, "form: lone %%");
	is_err(form_err("q=%4"), REQ_ERR_ENCODING, "form: truncated %%4");
	is_err(form_err("q=%G1"), REQ_ERR_ENCODING, "form: %%G1");
	is_err(form("q=a%09b%0D%0Ac"), REQ_OK, "form: tab, CR and LF are text");
	is_str(got_value("q"), "a\tb\r\nc", "form: tab, CR and LF kept");
	form_free();
	is_err(form("q=\xc4\x91"), REQ_OK, "form: raw UTF-8 in a value");
	is_str(got_value("q"), "đ", "form: raw UTF-8 kept");
	form_free();
	is_err(form("q=%F0%9F%98%80"), REQ_OK, "form: emoji");
	form_free();
	/* What XML 1.0 forbids or discourages never reaches a page (text.c). */
	is_err(form_err("q=%EF%BF%BE"), REQ_ERR_TEXT, "form: U+FFFE");
	is_err(form_err("q=a%EF%BF%BFb"), REQ_ERR_TEXT, "form: U+FFFF");
	is_err(form_err("q=%EF%B7%90"), REQ_ERR_TEXT, "form: noncharacter U+FDD0");
	is_err(form_err("q=%F0%9F%BF%BE"), REQ_ERR_TEXT, "form: noncharacter U+1FFFE");
	is_err(form_err("note=%F4%8F%BF%BF"), REQ_ERR_TEXT, "form: noncharacter U+10FFFF");
	is_err(form_err("q=%C2%9B31m"), REQ_ERR_TEXT, "form: C1 control U+009B (CSI)");
	is_err(form("q=%EF%B7%8F%EF%B7%B0%EF%BF%BD"), REQ_OK,
	    "form: U+FDCF, U+FDF0 and U+FFFD are text");
	form_free();
	is_err(form_err("sort=a%EF%BF%BE"), REQ_ERR_INVALID, "form: U+FFFE in a token is invalid");
}

static void
test_form_uint(void)
{
	const struct param	*p;

	is_err(form("level=0"), REQ_OK, "uint: 0");
	ok(ngot == 1 && got[0].num == 0, "uint: 0 is 0");
	form_free();
	is_err(form_err("level=5"), REQ_ERR_INVALID, "uint: over max (5 > 4)");
	is_err(form("page=100000"), REQ_OK, "uint: at max");
	form_free();
	is_err(form_err("page=100001"), REQ_ERR_INVALID, "uint: max + 1");
	is_err(form("page=007"), REQ_OK, "uint: leading zeros");
	p = got_param("page");
	ok(p != NULL && p->num == 7 && strcmp(p->value, "007") == 0, "uint: 007 is 7, text kept");
	form_free();
	is_err(form("page=00000000000000000000"), REQ_OK, "uint: twenty zeros");
	form_free();
	is_err(form_err("page=000000000000000000000"), REQ_ERR_TOO_LONG, "uint: twenty-one zeros");
	is_err(form_err("page=99999999999999999999999"), REQ_ERR_TOO_LONG, "uint: 23 digits");
	is_err(form_err("big=99999999999999999999"), REQ_ERR_TOO_LONG, "uint: 20 digits overflow");
	is_err(form("big=18446744073709551615"), REQ_OK, "uint: UINT64_MAX");
	p = got_param("big");
	ok(p != NULL && p->num == UINT64_MAX, "uint: UINT64_MAX parsed");
	form_free();
	is_err(form_err("big=18446744073709551616"), REQ_ERR_TOO_LONG, "uint: UINT64_MAX + 1");
	is_err(form("field=4294967295"), REQ_OK, "uint: UINT32_MAX field");
	form_free();
	is_err(form_err("field=4294967296"), REQ_ERR_INVALID, "uint: UINT32_MAX + 1 field");
	is_err(form_err("page=-1"), REQ_ERR_INVALID, "uint: -1");
	is_err(form_err("page=+1"), REQ_ERR_INVALID, "uint: +1 (a space and 1)");
	is_err(form_err("page=%2B1"), REQ_ERR_INVALID, "uint: %%2B1");
	is_err(form_err("page=1.5"), REQ_ERR_INVALID, "uint: 1.5");
	is_err(form_err("page=1a"), REQ_ERR_INVALID, "uint: 1a");
	is_err(form_err("page=0x10"), REQ_ERR_INVALID, "uint: 0x10");
	is_err(form("page=%31%32"), REQ_OK, "uint: percent-encoded digits");
	ok(ngot == 1 && got[0].num == 12, "uint: %%31%%32 is 12");
	form_free();
	is_err(form_err("page=%EF%BC%91"), REQ_ERR_INVALID, "uint: fullwidth digit one");
}

static void
test_form_token(void)
{
	is_err(form("sort=name_asc-1.0"), REQ_OK, "token: [A-Za-z0-9._-]");
	is_str(got_value("sort"), "name_asc-1.0", "token: value kept");
	form_free();
	is_err(form("sort=abcdefghijklmnop"), REQ_OK, "token: at max (16)");
	form_free();
	is_err(form_err("sort=abcdefghijklmnopq"), REQ_ERR_TOO_LONG, "token: over max");
	is_err(form_err("sort=a+b"), REQ_ERR_INVALID, "token: space");
	is_err(form_err("sort=a/b"), REQ_ERR_INVALID, "token: slash");
	is_err(form_err("sort=a%2Fb"), REQ_ERR_INVALID, "token: encoded slash");
	is_err(form_err("sort=%C4%91"), REQ_ERR_INVALID, "token: non-ASCII");
	is_err(form_err("sort=a%3Cb"), REQ_ERR_INVALID, "token: '<'");
	is_err(form_err("sort=a'b"), REQ_ERR_INVALID, "token: quote");
}

static void
test_form_ignored(void)
{
	is_err(form("csrf=xyz&q=a&format=xml"), REQ_OK, "ignore: ignored keys accepted");
	ok(ngot == 1 && strcmp(got[0].name, "q") == 0, "ignore: ignored keys not returned");
	form_free();
	is_err(form("format=xml&format=html"), REQ_OK, "ignore: an ignored key may repeat");
	is_int((long long)ngot, 0, "ignore: nothing returned");
	form_free();
	is_err(form("format=%G&csrf=%"), REQ_OK, "ignore: an ignored value is never decoded");
	form_free();
	is_err(form_with("format=xml", 10, specs, NULL), REQ_ERR_UNKNOWN,
	    "ignore: NULL ignore list");
	form_free();
}

/* A GET's query string: undeclared keys (a shared link's tracking parameters) are skipped;
 * declared ones are as strict as ever. */
static void
test_form_unknown_ignored(void)
{
	char		 key[80];
	struct buf	 b = { 0 };
	size_t		 i;

#define get_form(s) form_flags((s), REQ_UNKNOWN_IGNORED)
	is_err(get_form("q=khai+sinh&utm_source=facebook&utm_medium=social&utm_campaign=x"), REQ_OK,
	    "unknown ignored: utm_*");
	ok(ngot == 1 && strcmp(got[0].value, "khai sinh") == 0, "unknown ignored: only q returned");
	form_free();
	is_err(get_form("fbclid=IwAR2x_Yz-0&gclid=Cj0KCQ&zarsrc=30&utm_source=zalo"), REQ_OK,
	    "unknown ignored: fbclid, gclid, zarsrc");
	is_int((long long)ngot, 0, "unknown ignored: nothing returned");
	form_free();
	is_err(get_form("x=1&x=2&Q=a"), REQ_OK, "unknown ignored: an unknown key may repeat");
	form_free();
	is_err(get_form("utm_term=50%off&q=a"), REQ_OK, "unknown ignored: its value is never decoded");
	form_free();
	memset(key, 'k', sizeof(key) - 1);
	key[sizeof(key) - 1] = '\0';
	is_err(get_form(key), REQ_OK, "unknown ignored: a key longer than any declared");
	form_free();
	is_err(get_form("%ZZ=1"), REQ_ERR_ENCODING, "unknown ignored: a malformed key is still refused");
	form_free();
	is_err(get_form("q=a&q=b&utm_source=x"), REQ_ERR_REPEATED, "unknown ignored: a repeated q still refused");
	form_free();
	is_err(get_form("page=x&fbclid=1"), REQ_ERR_INVALID, "unknown ignored: a bad page still refused");
	form_free();
	is_err(get_form("q=%EF%BF%BE&fbclid=1"), REQ_ERR_TEXT, "unknown ignored: bad text still refused");
	form_free();
	/* Ignored pairs still count towards the bound on pairs. */
	for (i = 0; i <= REQ_MAX_PARAMS * 2; i++)
		buf_printf(&b, "%sutm_%zu=1", i ? "&" : "", i);
	is_err(form_flags(b.data, REQ_UNKNOWN_IGNORED), REQ_ERR_TOO_MANY,
	    "unknown ignored: %d pairs are too many", REQ_MAX_PARAMS * 2 + 1);
	form_free();
	buf_free(&b);
	/* Without the flag (a POST's form): refused. */
	is_err(form_err("q=a&utm_source=x"), REQ_ERR_UNKNOWN, "strict: utm_source refused");
#undef get_form
}

static void
test_form_limits(void)
{
	static char		 names[REQ_MAX_PARAMS + 8][8];
	struct param_spec	 many[REQ_MAX_PARAMS + 9];
	struct buf		 b = { 0 };
	size_t			 i;
	char			 key[80];

	for (i = 0; i < REQ_MAX_PARAMS + 8; i++) {
		snprintf(names[i], sizeof(names[i]), "k%zu", i);
		many[i] = (struct param_spec){ names[i], P_UINT, 1000 };
	}
	many[i] = (struct param_spec){ NULL, P_TEXT, 0 };

	for (i = 0; i < REQ_MAX_PARAMS; i++)
		buf_printf(&b, "%sk%zu=%zu", i ? "&" : "", i, i);
	is_err(form_with(b.data, b.len, many, NULL), REQ_OK, "limits: %d pairs", REQ_MAX_PARAMS);
	ok(ngot == REQ_MAX_PARAMS && got[31].num == 31, "limits: %d pairs returned", REQ_MAX_PARAMS);
	form_free();
	buf_printf(&b, "&k%d=1", REQ_MAX_PARAMS);
	is_err(form_with(b.data, b.len, many, NULL), REQ_ERR_TOO_MANY,
	    "limits: %d declared pairs", REQ_MAX_PARAMS + 1);
	is_int((long long)ngot, REQ_MAX_PARAMS, "limits: out[] never holds more than %d",
	    REQ_MAX_PARAMS);
	form_free();

	/* Ignored pairs count too, up to twice REQ_MAX_PARAMS. */
	buf_reset(&b);
	for (i = 0; i < REQ_MAX_PARAMS * 2; i++)
		buf_puts(&b, "csrf=1&");
	is_err(form_with(b.data, b.len, specs, ignore), REQ_OK, "limits: %d ignored pairs",
	    REQ_MAX_PARAMS * 2);
	form_free();
	buf_puts(&b, "csrf=1");
	is_err(form_with(b.data, b.len, specs, ignore), REQ_ERR_TOO_MANY,
	    "limits: %d ignored pairs", REQ_MAX_PARAMS * 2 + 1);
	form_free();
	buf_reset(&b);
	for (i = 0; i < 1000; i++)
		buf_puts(&b, "&&");
	buf_puts(&b, "q=a");
	is_err(form_with(b.data, b.len, specs, ignore), REQ_OK, "limits: empty pairs are not counted");
	form_free();

	/* Keys: the buffer is 64 bytes, so 63 is the longest accepted. */
	strcpy(key, specs[8].name);
	is_int((long long)strlen(key), 63, "limits: the long spec name is 63 bytes");
	strcat(key, "=x");
	is_err(form(key), REQ_OK, "limits: a 63-byte key");
	form_free();
	memset(key, 'k', 64);
	strcpy(key + 64, "=x");
	is_err(form_err(key), REQ_ERR_UNKNOWN, "limits: a 64-byte key");
	memset(key, 'k', 70);
	strcpy(key + 70, "=x");
	is_err(form_err(key), REQ_ERR_UNKNOWN, "limits: a 70-byte key");
	buf_reset(&b);
	for (i = 0; i < 40; i++)
		buf_puts(&b, "%71");
	buf_puts(&b, "=1");
	is_err(form_with(b.data, b.len, specs, ignore), REQ_ERR_UNKNOWN,
	    "limits: a 120-byte encoded key");
	form_free();
	buf_reset(&b);
	for (i = 0; i < 10000; i++)
		buf_putc(&b, 'k');
	is_err(form_with(b.data, b.len, specs, ignore), REQ_ERR_UNKNOWN,
	    "limits: a 10000-byte key without '='");
	form_free();
	buf_free(&b);
}

static void
test_form_has(void)
{
	struct {
		const char	*s, *key, *value;
		bool		 want;
	} t[] = {
		{ "format=xml", "format", "xml", true },
		{ "q=a&format=xml", "format", "xml", true },
		{ "format=xml&q=a", "format", "xml", true },
		{ "q=a&format=xml&page=2", "format", "xml", true },
		{ "format=xml2", "format", "xml", false },
		{ "format=xm", "format", "xml", false },
		{ "xformat=xml", "format", "xml", false },
		{ "format=XML", "format", "xml", false },
		{ "format%3Dxml", "format", "xml", false },
		{ "format=%78ml", "format", "xml", false },
		{ "format", "format", "xml", false },
		{ "", "format", "xml", false },
		{ "format=", "format", "", true },
		{ "format", "format", "", false },
		{ "&&format=xml&&", "format", "xml", true },
	};
	size_t	 i;
	char	*copy;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		copy = exact(t[i].s, strlen(t[i].s));
		ok(req_form_has(copy, strlen(t[i].s), t[i].key, t[i].value) == t[i].want,
		    "form_has: \"%s\" %s %s=%s", t[i].s, t[i].want ? "has" : "has not",
		    t[i].key, t[i].value);
		free(copy);
	}
	ok(!req_form_has("format=xml", 9, "format", "xml"), "form_has: stops at n");
}

static struct cookie	 cookies[REQ_MAX_COOKIES + 8];
static size_t		 ncookies;

static size_t
cookie_parse(const char *s, size_t max)
{
	ncookies = req_parse_cookies(s, cookies, max);
	return ncookies;
}

static void
cookie_free(void)
{
	cookies_free(cookies, ncookies);
	ncookies = 0;
}

/* "name=value;name=value" of what was kept. */
static const char *
cookie_str(void)
{
	size_t	 i;

	buf_reset(&scratch);
	for (i = 0; i < ncookies; i++)
		buf_printf(&scratch, "%s%s=%s", i ? ";" : "", cookies[i].name, cookies[i].value);
	return buf_cstr(&scratch);
}

static void
cookie_is(const char *header, const char *want, const char *what)
{
	cookie_parse(header, REQ_MAX_COOKIES);
	is_str(cookie_str(), want, "cookies: %s", what);
	cookie_free();
}

static void
test_cookies(void)
{
	struct buf	 b = { 0 };
	size_t		 i;

	is_int((long long)cookie_parse("__Host-dvc_session=abc; theme=dark", REQ_MAX_COOKIES), 2,
	    "cookies: two pairs");
	ok(ncookies == 2 && strcmp(cookies[0].name, "__Host-dvc_session") == 0 &&
	    strcmp(cookies[0].value, "abc") == 0 && strcmp(cookies[1].name, "theme") == 0 &&
	    strcmp(cookies[1].value, "dark") == 0, "cookies: names and values");
	cookie_free();
	cookie_is("a=1;b=2", "a=1;b=2", "no space after ';'");
	cookie_is("   a=1 ;  b=2  ", "a=1;b=2", "spaces around pairs");
	cookie_is("a=1;\tb=2", "a=1;b=2", "tab after ';'");
	cookie_is(";;a=1;;;b=2;;", "a=1;b=2", "empty pairs");
	cookie_is("a=\"hello\"; b=2", "a=hello;b=2", "quoted value");
	cookie_is("a=\"\"; b=2", "a=;b=2", "empty quoted value");
	cookie_is("a=; b=2", "a=;b=2", "empty value");
	cookie_is("a=\"x; b=2", "b=2", "unterminated quote skipped");
	cookie_is("a=\"x\"y; b=2", "b=2", "text after a closing quote skipped");
	cookie_is("a=\"x y\"; b=2", "b=2", "space inside quotes skipped");
	cookie_is("tok=a=b==; b=2", "tok=a=b==;b=2", "'=' inside a value");
	cookie_is("garbage; =x; a b=1; c=1,2; d\\e=1; f=\"; g=ok", "g=ok",
	    "malformed pairs skipped, a later good one kept");
	cookie_is("noequals; e=5", "e=5", "a pair without '='");
	cookie_is("a=\xc4\x91; b=1", "b=1", "a raw UTF-8 value skipped");
	cookie_is("a=x\\y; b=1", "b=1", "a backslash skipped");
	cookie_is("a=1 garbage; b=2", "a=1;b=2", "text after a space ends the pair");
	is_int((long long)cookie_parse("", REQ_MAX_COOKIES), 0, "cookies: empty header");
	cookie_free();
	is_int((long long)cookie_parse(" ; ;; ", REQ_MAX_COOKIES), 0, "cookies: only separators");
	cookie_free();

	for (i = 0; i < 64; i++)
		buf_putc(&b, 'n');
	buf_puts(&b, "=1; ok=1");
	cookie_is(b.data, "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn=1;ok=1",
	    "a 64-byte name kept");
	buf_reset(&b);
	for (i = 0; i < 65; i++)
		buf_putc(&b, 'n');
	buf_puts(&b, "=1; ok=1");
	cookie_is(b.data, "ok=1", "a 65-byte name skipped");
	buf_reset(&b);
	buf_puts(&b, "v=");
	for (i = 0; i < 4096; i++)
		buf_putc(&b, 'v');
	buf_puts(&b, "; ok=1");
	cookie_parse(b.data, REQ_MAX_COOKIES);
	ok(ncookies == 2 && strlen(cookies[0].value) == 4096 && strcmp(cookies[1].name, "ok") == 0,
	    "cookies: a 4096-byte value kept");
	cookie_free();
	buf_reset(&b);
	buf_puts(&b, "v=");
	for (i = 0; i < 4097; i++)
		buf_putc(&b, 'v');
	buf_puts(&b, "; ok=1");
	cookie_is(b.data, "ok=1", "a 4097-byte value skipped");
	buf_reset(&b);
	buf_puts(&b, "v=\"");
	for (i = 0; i < 4097; i++)
		buf_putc(&b, 'v');
	buf_puts(&b, "\"; ok=1");
	cookie_is(b.data, "ok=1", "a quoted 4097-byte value skipped");

	buf_reset(&b);
	for (i = 0; i < 20; i++)
		buf_printf(&b, "c%zu=%zu; ", i, i);
	is_int((long long)cookie_parse(b.data, REQ_MAX_COOKIES), REQ_MAX_COOKIES,
	    "cookies: at most max (%d of 20)", REQ_MAX_COOKIES);
	ok(strcmp(cookies[0].name, "c0") == 0 && strcmp(cookies[15].name, "c15") == 0,
	    "cookies: the first %d kept", REQ_MAX_COOKIES);
	cookie_free();
	is_int((long long)cookie_parse(b.data, 3), 3, "cookies: max 3");
	cookie_free();
	is_int((long long)cookie_parse(b.data, 0), 0, "cookies: max 0");
	cookie_free();

	/* The loop is bounded: 256 pairs are looked at, kept or not. */
	buf_reset(&b);
	for (i = 0; i < 255; i++)
		buf_puts(&b, "x; ");
	buf_puts(&b, "ok=1");
	cookie_is(b.data, "ok=1", "a good pair after 255 bad ones kept");
	buf_reset(&b);
	for (i = 0; i < 300; i++)
		buf_puts(&b, "x; ");
	buf_puts(&b, "ok=1");
	cookie_is(b.data, "", "no pair after the 256th looked at");
	buf_free(&b);
}

static const struct param_spec row_cols[] = {
	{ "name", P_TEXT, 10 },
	{ "amount", P_UINT, 1000 },
	{ "unit", P_TOKEN, 8 },
	{ NULL, P_TEXT, 0 },
};

/* The rows of list "fees" (at most 3) in s; the error, the rows in *rows. */
static enum req_error
rows_of(const char *s, struct req_rows *rows)
{
	char		*copy = exact(s, strlen(s));
	enum req_error	 e = req_parse_rows(copy, strlen(s), "fees", row_cols, 3, rows);

	free(copy);
	return e;
}

#define CELL(rows, n, c)	((rows).v[((n) - 1) * (rows).ncols + (c)])

static void
test_rows(void)
{
	struct req_rows	 rows;
	const char	*body = "csrf=t&name=Ph%C3%AD&fees.2.amount=50&fees.1.name=L%E1%BB%87+ph%C3%AD"
	    "&fees.2.unit=copy&components.9.name=x&fees.2.name=";

	is_err(rows_of(body, &rows), REQ_OK, "rows: a form with two lists and its own inputs");
	is_int(rows.n, 2, "rows: the highest row sent");
	is_str(CELL(rows, 1, 0), "Lệ phí", "rows: 1.name decoded");
	ok(CELL(rows, 1, 1) == NULL && CELL(rows, 1, 2) == NULL, "rows: what row 1 did not send is NULL");
	is_str(CELL(rows, 2, 1), "50", "rows: 2.amount");
	is_str(CELL(rows, 2, 2), "copy", "rows: 2.unit");
	is_str(CELL(rows, 2, 0), "", "rows: 2.name left blank is \"\"");
	req_rows_free(&rows);
	ok(rows.v == NULL && rows.n == 0, "rows: freed");

	is_err(rows_of("fees.4.name=x", &rows), REQ_ERR_TOO_MANY, "rows: a row over the maximum");
	req_rows_free(&rows);
	is_err(rows_of("fees.0.name=x", &rows), REQ_ERR_UNKNOWN, "rows: row 0");
	req_rows_free(&rows);
	is_err(rows_of("fees.01.name=x", &rows), REQ_ERR_UNKNOWN, "rows: a leading zero");
	req_rows_free(&rows);
	is_err(rows_of("fees.x.name=x", &rows), REQ_ERR_UNKNOWN, "rows: not a number");
	req_rows_free(&rows);
	is_err(rows_of("fees.1.colour=x", &rows), REQ_ERR_UNKNOWN, "rows: a column not declared");
	req_rows_free(&rows);
	is_err(rows_of("fees.1.name=a&fees.1.name=b", &rows), REQ_ERR_REPEATED, "rows: an input twice");
	req_rows_free(&rows);
	is_err(rows_of("fees.1.amount=1001", &rows), REQ_ERR_INVALID, "rows: a number over its maximum");
	req_rows_free(&rows);
	is_err(rows_of("fees.1.name=abcdefghijk", &rows), REQ_ERR_TOO_LONG, "rows: a text over its maximum");
	req_rows_free(&rows);
	is_err(rows_of("fees.1.unit=a%20b", &rows), REQ_ERR_INVALID, "rows: a token with a space");
	req_rows_free(&rows);
	is_err(rows_of("fees.1.name=a%00b", &rows), REQ_ERR_TEXT, "rows: a NUL in a text");
	req_rows_free(&rows);
	is_err(rows_of("fees.1.name=%zz", &rows), REQ_ERR_ENCODING, "rows: bad percent-encoding");
	req_rows_free(&rows);
	is_err(rows_of("fees.99999999999999999999.name=x", &rows), REQ_ERR_TOO_MANY, "rows: a huge row number");
	req_rows_free(&rows);

	/* The form's own inputs beside them: rows skipped, not counted, when asked. */
	is_err(form_flags("q=a&fees.1.name=x&fees.2.name=y", REQ_ROWS_SKIPPED), REQ_OK,
	    "form: rows skipped with REQ_ROWS_SKIPPED");
	is_int((long long)ngot, 1, "form: only its own input kept");
	form_free();
	is_err(form_flags("q=a&fees.1.name=x", 0), REQ_ERR_UNKNOWN, "form: a row's key unknown without it");
	form_free();
}

int
main(void)
{
	test_url_decode();
	test_url_encode();
	test_form_valid();
	test_form_errors();
	test_form_uint();
	test_form_token();
	test_form_ignored();
	test_form_unknown_ignored();
	test_form_limits();
	test_form_has();
	test_rows();
	test_cookies();
	buf_free(&scratch);
	return done_testing();
}
