/*
 * multipart_header.c — the header lines of multipart/form-data (RFC 7578, RFC 2046,
 * RFC 7230's tokens and quoted-strings): the boundary of a Content-Type, and a part's
 * Content-Disposition and Content-Type, by the rules multipart.c's header lists. Every value
 * is bounded by MP_LINE_MAX; nothing here reads past the bytes it is given.
 */
#include <stdbool.h>
#include <string.h>

#include "dvc.h"
#include "private.h"

/* RFC 7230 tchar. */
static bool
is_tchar(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	    (c != '\0' && strchr("!#$%&'*+-.^_`|~", c) != NULL);
}

/* RFC 2046 bchars but the space, which may not end a boundary. */
static bool
is_bchar(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	    (c != '\0' && strchr("'()+_,-./:=?", c) != NULL);
}

/* True if the n bytes at s are word in any case of ASCII letters. */
static bool
ieq(const char *s, size_t n, const char *word)
{
	size_t	 i;
	char	 c;

	if (strlen(word) != n)
		return false;
	for (i = 0; i < n; i++) {
		c = s[i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c != word[i])
			return false;
	}
	return true;
}

static void
skip_ows(const char **pp, const char *e)
{
	while (*pp < e && (**pp == ' ' || **pp == '\t'))
		(*pp)++;
}

/* Takes a non-empty run of tchars at *pp; returns its length, 0 if there is none. */
static size_t
take_token(const char **pp, const char *e)
{
	const char	*s = *pp;

	while (*pp < e && is_tchar((unsigned char)**pp))
		(*pp)++;
	return (size_t)(*pp - s);
}

/*
 * Takes a parameter value at *pp: a quoted-string, or the bytes up to a blank, ';' or '"'.
 * Writes it and a NUL into out (outsz bytes); returns its length, or -1 when the quotes
 * do not close or the value does not fit.
 */
static long
take_value(const char **pp, const char *e, char *out, size_t outsz)
{
	const char	*p = *pp;
	size_t		 n = 0;
	unsigned char	 c;

	if (p < e && *p == '"') {
		for (p++; p < e && *p != '"'; p++) {
			if (*p == '\\' && p + 1 < e && (p[1] == '"' || p[1] == '\\'))
				p++;
			if (n + 1 >= outsz)
				return -1;
			out[n++] = *p;
		}
		if (p == e)
			return -1;
		p++;
	} else
		for (; p < e; p++) {
			c = (unsigned char)*p;
			if (c <= ' ' || c == 0x7f || c == ';' || c == '"')
				break;
			if (n + 1 >= outsz)
				return -1;
			out[n++] = *p;
		}
	out[n] = '\0';
	*pp = p;
	return (long)n;
}

/*
 * Steps over OWS ";" OWS name OWS "=" OWS to a parameter's value. Returns 1 with the
 * name at *name (length *nlen), 0 at the end of the header value, -1 when malformed.
 */
static int
next_param(const char **pp, const char *e, const char **name, size_t *nlen)
{
	skip_ows(pp, e);
	if (*pp == e)
		return 0;
	if (**pp != ';')
		return -1;
	(*pp)++;
	skip_ows(pp, e);
	if (*pp == e)
		return 0;	/* a trailing ';' */
	*name = *pp;
	if ((*nlen = take_token(pp, e)) == 0)
		return -1;
	skip_ows(pp, e);
	if (*pp == e || **pp != '=')
		return -1;
	(*pp)++;
	skip_ows(pp, e);
	return 1;
}

/* Other parameters are skipped; a value over MP_LINE_MAX bytes makes it false. */
bool
mp_boundary(const char *content_type, char *out, size_t outsz)
{
	static const char	 type[] = "multipart/form-data";
	const char		*p = content_type, *e = p + strlen(p), *name;
	char			 v[MP_LINE_MAX + 1], found[MP_BOUNDARY_MAX + 1] = "";
	size_t			 nlen, i;
	long			 n;
	int			 r;

	if (outsz > 0)
		out[0] = '\0';
	skip_ows(&p, e);
	if ((size_t)(e - p) < sizeof(type) - 1 || !ieq(p, sizeof(type) - 1, type))
		return false;
	p += sizeof(type) - 1;
	while ((r = next_param(&p, e, &name, &nlen)) == 1) {
		if ((n = take_value(&p, e, v, sizeof(v))) < 0)
			return false;
		if (!ieq(name, nlen, "boundary"))
			continue;
		if (found[0] != '\0' || n < 1 || n > MP_BOUNDARY_MAX || v[n - 1] == ' ')
			return false;
		for (i = 0; i < (size_t)n; i++)
			if (!is_bchar((unsigned char)v[i]) && v[i] != ' ')
				return false;
		memcpy(found, v, (size_t)n + 1);
	}
	if (r < 0 || found[0] == '\0' || strlen(found) >= outsz)
		return false;
	memcpy(out, found, strlen(found) + 1);
	return true;
}

/* True if s (n bytes) is valid UTF-8 without any control character. */
static bool
clean_text(const char *s, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] < ' ')
			return false;
	return text_valid_utf8(s, n);
}

/* Content-Disposition: form-data; name="…"[; filename="…"]. Returns 0 or 400. */
static int
mp_disposition(struct mp_part *part, const char *p, const char *e)
{
	char		 value[MP_LINE_MAX + 1];	/* a decoded parameter value */
	const char	*type = p, *name, *base, *s;
	size_t		 nlen;
	long		 n;
	int		 r;
	bool		 have_name = false;

	nlen = take_token(&p, e);
	if (!ieq(type, nlen, "form-data"))
		return 400;
	while ((r = next_param(&p, e, &name, &nlen)) == 1) {
		if ((n = take_value(&p, e, value, sizeof(value))) < 0)
			return 400;
		if (ieq(name, nlen, "name")) {
			if (have_name || n == 0 || (size_t)n >= sizeof(part->name) ||
			    !clean_text(value, (size_t)n))
				return 400;
			memcpy(part->name, value, (size_t)n + 1);
			have_name = true;
		} else if (ieq(name, nlen, "filename")) {
			if (part->is_file)
				return 400;
			for (base = s = value; *s != '\0'; s++)
				if (*s == '/' || *s == '\\')
					base = s + 1;
			n -= base - value;
			if ((size_t)n >= sizeof(part->filename) || !clean_text(base, (size_t)n) ||
			    strcmp(base, ".") == 0 || strcmp(base, "..") == 0)
				return 400;
			memcpy(part->filename, base, (size_t)n + 1);
			part->is_file = true;
		}
	}
	return r == 0 && have_name ? 0 : 400;
}

int
mp_header(struct mp_part *part, const char *line, size_t len, bool *have_cd, bool *have_ct)
{
	const char	*p = line, *e = line + len, *name;
	size_t		 nlen, i;

	for (i = 0; i < len; i++)
		if (((unsigned char)line[i] < ' ' && line[i] != '\t') || line[i] == 0x7f)
			return 400;
	name = p;
	if ((nlen = take_token(&p, e)) == 0)
		return 400;	/* a folded line too */
	skip_ows(&p, e);
	if (p == e || *p++ != ':')
		return 400;
	skip_ows(&p, e);
	while (e > p && (e[-1] == ' ' || e[-1] == '\t'))
		e--;
	if (ieq(name, nlen, "content-disposition")) {
		if (*have_cd)
			return 400;
		*have_cd = true;
		return mp_disposition(part, p, e);
	}
	if (ieq(name, nlen, "content-type")) {
		if (*have_ct)
			return 400;
		*have_ct = true;
		for (i = 0; p + i < e; i++)
			if ((unsigned char)p[i] >= 0x80)
				return 400;
		len = (size_t)(e - p);
		if (len >= sizeof(part->content_type))
			len = sizeof(part->content_type) - 1;
		memcpy(part->content_type, p, len);
		part->content_type[len] = '\0';
	}
	return 0;
}
