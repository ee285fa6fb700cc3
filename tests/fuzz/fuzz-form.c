/*
 * fuzz-form.c — libFuzzer harness for urlencoded forms (req.c).
 *
 * The input is split at its first '\n': before it a query string, after it a body. Both
 * go through req_parse_form() against a spec table with every parameter type (the query
 * with an ignore list, strictly and as a GET reads it, undeclared keys ignored; the body
 * strictly, and as a form with lists of rows), through req_parse_rows() for one list,
 * req_form_has() and url_decode(), and url_encode() must round-trip.
 * Any broken invariant abort()s.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static const struct param_spec specs[] = {
	{ "q", P_TEXT, 200 },
	{ "note", P_TEXT, 8 },
	{ "field", P_UINT, UINT32_MAX },
	{ "agency", P_UINT, UINT32_MAX },
	{ "level", P_UINT, 4 },
	{ "page", P_UINT, 100000 },
	{ "id", P_UINT, UINT64_MAX },
	{ "sort", P_TOKEN, 16 },
	{ "code", P_TOKEN, 40 },
	{ NULL, P_TEXT, 0 },
};
static const char *const ignore[] = { "format", "csrf", NULL };

/* A copy of the n bytes at s, without a NUL: ASan sees any read past n. */
static char *
exact(const uint8_t *s, size_t n)
{
	char	*p = malloc(n ? n : 1);

	if (p == NULL)
		abort();
	memcpy(p, s, n);
	return p;
}

static const struct param_spec *
spec_of(const char *name)
{
	const struct param_spec	*sp;

	for (sp = specs; sp->name != NULL; sp++)
		if (sp->name == name)
			return sp;
	return NULL;
}

static bool
token_char(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
	    c == '.' || c == '_' || c == '-';
}

/* Parses s and checks what came back; returns the error, and the number of values kept in
 * *kept. */
static enum req_error
check_form(const char *s, size_t n, const char *const *ign, unsigned flags, size_t *kept)
{
	struct param		 out[REQ_MAX_PARAMS];
	const struct param_spec	*sp;
	enum req_error		 e;
	size_t			 nout = 12345, i, j, chars;
	uint64_t		 num;

	e = req_parse_form(s, n, specs, ign, flags, out, &nout);
	if (e > REQ_ERR_TEXT || nout > REQ_MAX_PARAMS)
		abort();
	/* Where undeclared keys are ignored, no key is unknown. */
	if ((flags & REQ_UNKNOWN_IGNORED) && e == REQ_ERR_UNKNOWN)
		abort();
	*kept = nout;
	/* Pairs kept before an error are whole too: the caller frees them. */
	for (i = 0; i < nout; i++) {
		if ((sp = spec_of(out[i].name)) == NULL || out[i].value == NULL ||
		    out[i].value[out[i].len] != '\0' || strlen(out[i].value) != out[i].len)
			abort();
		for (j = 0; j < i; j++)
			if (out[j].name == out[i].name)
				abort();
		switch (sp->type) {
		case P_TEXT:
		case P_SECRET:
			/* The maximum counts characters, not bytes. */
			for (j = 0, chars = 0; j < out[i].len; j++)
				if (((unsigned char)out[i].value[j] & 0xc0) != 0x80)
					chars++;
			if (chars > sp->max || !text_valid_utf8(out[i].value, out[i].len))
				abort();
			break;
		case P_TOKEN:
			if (out[i].len > sp->max)
				abort();
			for (j = 0; j < out[i].len; j++)
				if (!token_char(out[i].value[j]))
					abort();
			break;
		case P_UINT:
			if (out[i].len == 0 || out[i].num > sp->max)
				abort();
			for (j = 0, num = 0; j < out[i].len; j++) {
				if (out[i].value[j] < '0' || out[i].value[j] > '9')
					abort();
				num = num * 10 + (uint64_t)(out[i].value[j] - '0');
			}
			if (num != out[i].num)
				abort();
			break;
		}
	}
	params_free(out, nout);
	if (req_error_str(e) == NULL)
		abort();
	return e;
}

static const struct param_spec row_cols[] = {
	{ "name", P_TEXT, 10 },
	{ "amount", P_UINT, 1000000 },
	{ "unit", P_TOKEN, 8 },
	{ NULL, P_TEXT, 0 },
};

/* The rows of list "fees" (at most 5): each value where its key says, valid for its column;
 * a form's own keys parse the same whether rows are skipped or not when it has none. */
static void
check_rows(const char *s, size_t n)
{
	struct req_rows	 rows;
	enum req_error	 e;
	size_t		 kept_rows, i;
	uint64_t	 num;
	unsigned	 c;

	e = req_parse_rows(s, n, "fees", row_cols, 5, &rows);
	if (e > REQ_ERR_TEXT || rows.n > 5 || rows.ncols != 3 || rows.v == NULL)
		abort();
	for (i = 0; e == REQ_OK && i < (size_t)rows.n * rows.ncols; i++) {
		const char *v = rows.v[i];

		c = (unsigned)(i % rows.ncols);
		if (v == NULL)
			continue;
		if (!text_valid_utf8(v, strlen(v)))
			abort();
		if (row_cols[c].type == P_UINT)
			for (num = 0; *v != '\0'; v++) {
				if (*v < '0' || *v > '9')
					abort();
				num = num * 10 + (uint64_t)(*v - '0');
				if (num > row_cols[c].max)
					abort();
			}
		else if (row_cols[c].type == P_TOKEN)
			for (; *v != '\0'; v++)
				if (!token_char(*v))
					abort();
	}
	req_rows_free(&rows);
	if (rows.v != NULL || rows.n != 0)
		abort();
	if (memchr(s, '.', n) == NULL && check_form(s, n, NULL, REQ_ROWS_SKIPPED, &kept_rows) !=
	    check_form(s, n, NULL, 0, &i))
		abort();
}

/* req_form_has() against a scan for "key=value" between '&'s (key, value without '&'). */
static void
check_form_has(const char *s, size_t n, const char *key, const char *value)
{
	size_t	 klen = strlen(key), vlen = strlen(value), need = klen + 1 + vlen, i;
	bool	 want = false;

	if (strchr(key, '&') != NULL || strchr(value, '&') != NULL)
		return;
	for (i = 0; i + need <= n && !want; i++)
		want = (i == 0 || s[i - 1] == '&') && (i + need == n || s[i + need] == '&') &&
		    memcmp(s + i, key, klen) == 0 && s[i + klen] == '=' &&
		    memcmp(s + i + klen + 1, value, vlen) == 0;
	if (req_form_has(s, n, key, value) != want)
		abort();
}

static void
check_decode(const char *s, size_t n)
{
	char	*a = malloc(n + 1), *b = malloc(n + 1);
	long	 la, lb;

	if (a == NULL || b == NULL)
		abort();
	la = url_decode(s, n, a, true);
	lb = url_decode(s, n, b, false);
	if ((la < 0) != (lb < 0) || la < -1 || la > (long)n || la != lb)
		abort();
	if (la >= 0 && (a[la] != '\0' || b[lb] != '\0'))
		abort();
	if (la >= 0 && memchr(s, '%', n) == NULL && memcmp(b, s, n) != 0)
		abort();
	free(a);
	free(b);
}

/* url_encode() of the NUL-terminated s decodes back to s, using only safe characters. */
static void
check_encode(const char *s)
{
	struct buf	 b = { 0 };
	char		*back;
	size_t		 i;
	long		 n;

	url_encode(&b, s);
	for (i = 0; i < b.len; i++)
		if (!token_char(b.data[i]) && b.data[i] != '~' && b.data[i] != '+' && b.data[i] != '%')
			abort();
	if ((back = malloc(b.len + 1)) == NULL)
		abort();
	n = url_decode(buf_cstr(&b), b.len, back, true);
	if (n != (long)strlen(s) || strcmp(back, s) != 0)
		abort();
	free(back);
	buf_free(&b);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t	*nl = memchr(data, '\n', size);
	size_t		 qlen = nl != NULL ? (size_t)(nl - data) : size;
	size_t		 blen = nl != NULL ? size - qlen - 1 : 0;
	char		*query = exact(data, qlen), *body = exact(data + size - blen, blen);
	char		*whole = malloc(size + 1), *key, *value, *eq;
	size_t		 kept, kept_get;
	enum req_error	 e, e_get;

	if (whole == NULL)
		abort();
	/* A query string as a GET reads it (undeclared keys ignored): whatever the strict parse
	 * accepts it accepts the same. */
	e = check_form(query, qlen, ignore, 0, &kept);
	e_get = check_form(query, qlen, ignore, REQ_UNKNOWN_IGNORED, &kept_get);
	if (e == REQ_OK && (e_get != REQ_OK || kept_get != kept))
		abort();
	check_form(body, blen, NULL, 0, &kept);
	check_form(body, blen, NULL, REQ_ROWS_SKIPPED, &kept);
	check_rows(body, blen);

	/* The body's text up to its first '&', split at '=', as a key and a value to look for. */
	memcpy(whole, body, blen);
	whole[blen] = '\0';
	whole[strcspn(whole, "&")] = '\0';
	key = whole;
	if ((eq = strchr(whole, '=')) != NULL) {
		*eq = '\0';
		value = eq + 1;
	} else
		value = "";
	check_form_has(query, qlen, key, value);
	check_form_has(query, qlen, "format", "xml");

	check_decode((const char *)data, size);
	memcpy(whole, data, size);
	whole[size] = '\0';
	check_encode(whole);

	free(whole);
	free(query);
	free(body);
	return 0;
}
