/*
 * req.c — parsing what the client sends: percent-encoding, urlencoded forms checked
 * against a route's declared keys, and cookies. Nothing here trusts its input.
 */
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "private.h"

static int
hexval(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

long
url_decode(const char *s, size_t n, char *out, bool plus_space)
{
	size_t	 i, o = 0;
	int	 hi, lo;

	for (i = 0; i < n; i++) {
		if (s[i] == '%') {
			if (i + 2 >= n)
				return -1;
			if ((hi = hexval((unsigned char)s[i + 1])) < 0 ||
			    (lo = hexval((unsigned char)s[i + 2])) < 0)
				return -1;
			out[o++] = (char)(hi << 4 | lo);
			i += 2;
		} else if (s[i] == '+' && plus_space)
			out[o++] = ' ';
		else
			out[o++] = s[i];
	}
	out[o] = '\0';
	return (long)o;
}

void
url_encode(struct buf *b, const char *s)
{
	static const char	 hex[] = "0123456789ABCDEF";
	const unsigned char	*p;

	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
		    (*p >= '0' && *p <= '9') || *p == '-' || *p == '_' || *p == '.' || *p == '~')
			buf_putc(b, (char)*p);
		else if (*p == ' ')
			buf_putc(b, '+');
		else {
			buf_putc(b, '%');
			buf_putc(b, hex[*p >> 4]);
			buf_putc(b, hex[*p & 15]);
		}
	}
}

const char *
req_error_str(enum req_error e)
{
	switch (e) {
	case REQ_OK:
		return "ok";
	case REQ_ERR_ENCODING:
		return "bad encoding";
	case REQ_ERR_UNKNOWN:
		return "unknown key";
	case REQ_ERR_REPEATED:
		return "repeated key";
	case REQ_ERR_TOO_LONG:
		return "value too long";
	case REQ_ERR_INVALID:
		return "invalid value";
	case REQ_ERR_TOO_MANY:
		return "too many keys";
	case REQ_ERR_TEXT:
		return "a character text may not hold";
	}
	return "?";
}

/* Checks value v (length n) against spec; stores the number of a P_UINT in *num (private.h). */
enum req_error
param_check(const struct param_spec *spec, const char *v, size_t n, uint64_t *num)
{
	size_t	 i, chars;

	*num = 0;
	switch (spec->type) {
	case P_TEXT:
	case P_SECRET:
		if (!text_valid_utf8(v, n))
			return REQ_ERR_TEXT;
		/* Characters, as a form's maxlength and the database's VARCHAR count them. */
		for (i = 0, chars = 0; i < n; i++)
			if (((unsigned char)v[i] & 0xc0) != 0x80)
				chars++;
		return chars > spec->max ? REQ_ERR_TOO_LONG : REQ_OK;
	case P_TOKEN:
		if (n > spec->max)
			return REQ_ERR_TOO_LONG;
		for (i = 0; i < n; i++)
			if (!((v[i] >= 'A' && v[i] <= 'Z') || (v[i] >= 'a' && v[i] <= 'z') ||
			    (v[i] >= '0' && v[i] <= '9') || v[i] == '.' || v[i] == '_' || v[i] == '-'))
				return REQ_ERR_INVALID;
		return REQ_OK;
	case P_UINT:
		if (n == 0 || n > 20)
			return n == 0 ? REQ_ERR_INVALID : REQ_ERR_TOO_LONG;
		for (i = 0; i < n; i++) {
			if (v[i] < '0' || v[i] > '9')
				return REQ_ERR_INVALID;
			if (*num > (UINT64_MAX - (uint64_t)(v[i] - '0')) / 10)
				return REQ_ERR_TOO_LONG;
			*num = *num * 10 + (uint64_t)(v[i] - '0');
		}
		return *num > spec->max ? REQ_ERR_INVALID : REQ_OK;
	}
	return REQ_ERR_INVALID;
}

static bool
name_in(const char *name, size_t n, const char *const *list)
{
	for (; list != NULL && *list != NULL; list++)
		if (strlen(*list) == n && memcmp(*list, name, n) == 0)
			return true;
	return false;
}

enum req_error
req_parse_form(const char *s, size_t n, const struct param_spec *specs,
    const char *const *ignore, unsigned flags, struct param *out, size_t *nout)
{
	const char		*pair, *end, *eq, *stop = s + n;
	const struct param_spec	*spec;
	char			 key[64];
	char			*val;
	long			 klen, vlen;
	size_t			 plen, pairs = 0;
	uint64_t		 num, seen = 0, bit;
	enum req_error		 e;

	*nout = 0;
	for (pair = s; pair < stop; pair = end < stop ? end + 1 : stop) {
		if ((end = memchr(pair, '&', (size_t)(stop - pair))) == NULL)
			end = stop;
		plen = (size_t)(end - pair);
		if (plen == 0)
			continue;		/* "a=1&&b=2" and a trailing "&" are harmless */
		if ((eq = memchr(pair, '=', plen)) == NULL)
			eq = end;
		/* A row's key ("fees.2.amount"): req_parse_rows() reads it, within the body's
		 * limit; it is neither counted nor checked here. */
		if ((flags & REQ_ROWS_SKIPPED) && memchr(pair, '.', (size_t)(eq - pair)) != NULL)
			continue;
		if (++pairs > REQ_MAX_PARAMS * 2)
			return REQ_ERR_TOO_MANY;
		if ((size_t)(eq - pair) >= sizeof(key)) {
			if (flags & REQ_UNKNOWN_IGNORED)
				continue;
			return REQ_ERR_UNKNOWN;	/* no declared key is that long */
		}
		if ((klen = url_decode(pair, (size_t)(eq - pair), key, true)) < 0)
			return REQ_ERR_ENCODING;
		if (name_in(key, (size_t)klen, ignore))
			continue;
		for (spec = specs; spec != NULL && spec->name != NULL; spec++)
			if (strlen(spec->name) == (size_t)klen && memcmp(spec->name, key, (size_t)klen) == 0)
				break;
		if (spec == NULL || spec->name == NULL || spec - specs >= 64) {
			/* A key nobody declared: a link's tracking parameter (utm_source, fbclid,
			 * zarsrc) where a GET allows it; its value is never read. */
			if (flags & REQ_UNKNOWN_IGNORED)
				continue;
			return REQ_ERR_UNKNOWN;
		}
		/* Repeated even when one of the two is an empty number. */
		bit = (uint64_t)1 << (spec - specs);
		if (seen & bit)
			return REQ_ERR_REPEATED;
		seen |= bit;
		if (*nout == REQ_MAX_PARAMS)
			return REQ_ERR_TOO_MANY;
		plen = eq < end ? (size_t)(end - eq - 1) : 0;
		/* "field=" from a form's "any" choice: a number left empty is a number not given. */
		if (plen == 0 && spec->type == P_UINT)
			continue;
		/* A character is at most 4 bytes, and a byte at most 3 when encoded. */
		if (spec->type != P_UINT && plen / 12 > spec->max)
			return REQ_ERR_TOO_LONG;
		val = xmalloc(plen + 1);
		if ((vlen = url_decode(eq < end ? eq + 1 : end, plen, val, true)) < 0) {
			free(val);
			return REQ_ERR_ENCODING;
		}
		if (memchr(val, '\0', (size_t)vlen) != NULL) {
			free(val);
			return spec->type == P_TEXT || spec->type == P_SECRET ? REQ_ERR_TEXT :
			    REQ_ERR_ENCODING;
		}
		if ((e = param_check(spec, val, (size_t)vlen, &num)) != REQ_OK) {
			free(val);
			return e;
		}
		out[*nout].name = spec->name;
		out[*nout].value = val;
		out[*nout].len = (size_t)vlen;
		out[*nout].num = num;
		(*nout)++;
	}
	return REQ_OK;
}

bool
req_form_has(const char *s, size_t n, const char *key, const char *value)
{
	const char	*pair, *end, *stop = s + n;
	size_t		 klen = strlen(key), vlen = strlen(value);

	for (pair = s; pair < stop; pair = end < stop ? end + 1 : stop) {
		if ((end = memchr(pair, '&', (size_t)(stop - pair))) == NULL)
			end = stop;
		if ((size_t)(end - pair) == klen + 1 + vlen && memcmp(pair, key, klen) == 0 &&
		    pair[klen] == '=' && memcmp(pair + klen + 1, value, vlen) == 0)
			return true;
	}
	return false;
}

bool
req_form_get(const char *s, size_t n, const char *key, char *out, size_t outsz)
{
	const char	*pair, *end, *stop = s + n;
	size_t		 klen = strlen(key), vlen;

	for (pair = s; pair < stop; pair = end < stop ? end + 1 : stop) {
		if ((end = memchr(pair, '&', (size_t)(stop - pair))) == NULL)
			end = stop;
		if ((size_t)(end - pair) <= klen || memcmp(pair, key, klen) != 0 || pair[klen] != '=')
			continue;
		vlen = (size_t)(end - pair) - klen - 1;
		if (vlen >= outsz)
			return false;
		return url_decode(pair + klen + 1, vlen, out, true) >= 0;
	}
	return false;
}

void
params_free(struct param *p, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		free(p[i].value);
		p[i].value = NULL;
	}
}

/* RFC 6265 cookie-octet and token characters, loosely: printable ASCII without
 * separators that would confuse us. Values stay as sent (no decoding). */
static bool
cookie_char(unsigned char c, bool name)
{
	if (c <= 0x20 || c >= 0x7f || c == ';' || c == ',' || c == '"' || c == '\\')
		return false;
	return !name || c != '=';
}

size_t
req_parse_cookies(const char *s, struct cookie *out, size_t max)
{
	const char	*p = s, *name, *value;
	size_t		 nlen, vlen, count = 0, pairs = 0;
	bool		 ok;

	while (*p != '\0' && count < max && pairs++ < 256) {
		while (*p == ' ' || *p == '\t' || *p == ';')
			p++;
		if (*p == '\0')
			break;
		name = p;
		while (cookie_char((unsigned char)*p, true))
			p++;
		nlen = (size_t)(p - name);
		ok = nlen > 0 && nlen <= 64 && *p == '=';
		value = ok ? ++p : p;
		if (ok && *value == '"') {	/* a quoted value: keep what is inside */
			value = ++p;
			while (cookie_char((unsigned char)*p, false))
				p++;
			vlen = (size_t)(p - value);
			ok = *p == '"';
			if (ok)
				p++;
		} else {
			while (cookie_char((unsigned char)*p, false))
				p++;
			vlen = (size_t)(p - value);
		}
		ok = ok && vlen <= 4096 && (*p == '\0' || *p == ';' || *p == ' ');
		if (ok) {
			out[count].name = xstrndup(name, nlen);
			out[count].value = xstrndup(value, vlen);
			count++;
		}
		/* Skip to the next pair, whatever this one was. */
		while (*p != '\0' && *p != ';')
			p++;
	}
	return count;
}

void
cookies_free(struct cookie *c, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		free(c[i].name);
		free(c[i].value);
	}
}

bool
id_ok(const char *s)
{
	size_t	 n = strspn(s, "0123456789");

	return n > 0 && n <= 18 && s[n] == '\0' && s[0] != '0';
}

long long
num(const char *s)
{
	return s != NULL ? strtoll(s, NULL, 10) : 0;
}
