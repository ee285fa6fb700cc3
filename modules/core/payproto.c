/*
 * payproto.c — the payment gateway's redirect protocol (VNPay 2.1.0 style, DOMAIN.md):
 * parameter lists, the exact URL encoding, the HMAC-SHA512 signature, the parser of the
 * return and notification (IPN) query strings, amounts as the protocol carries them (VND
 * × 100), its dates (yyyyMMddHHmmss, UTC+7) and the JSON answers to a notification.
 * Both sides use it: dvc-payment signs requests and verifies what comes back, the
 * sandbox does the reverse, with the very same code.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sodium.h>

#include "dvc.h"

void
pay_params_free(struct pay_params *q)
{
	size_t	 i;

	for (i = 0; i < q->n; i++) {
		free(q->p[i].key);
		free(q->p[i].value);
	}
	q->n = 0;
}

const char *
pay_get(const struct pay_params *q, const char *key)
{
	size_t	 i;

	for (i = 0; i < q->n; i++)
		if (strcmp(q->p[i].key, key) == 0)
			return q->p[i].value;
	return NULL;
}

bool
pay_set(struct pay_params *q, const char *key, const char *value)
{
	size_t	 i;

	for (i = 0; i < q->n; i++)
		if (strcmp(q->p[i].key, key) == 0) {
			free(q->p[i].value);
			q->p[i].value = xstrdup(value);
			return true;
		}
	if (q->n == PAY_MAX_PARAMS)
		return false;
	q->p[q->n].key = xstrdup(key);
	q->p[q->n].value = xstrdup(value);
	q->n++;
	return true;
}

/* PHP's urlencode(), which the protocol's reference code signs with: letters, digits and
 * "-_." as they are, a space as "+", every other byte as %XX in upper case ("~" too). */
void
pay_urlencode(struct buf *b, const char *s)
{
	static const char	 hex[] = "0123456789ABCDEF";
	const unsigned char	*p;

	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
		    (*p >= '0' && *p <= '9') || *p == '-' || *p == '_' || *p == '.')
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

/* A signed parameter: vnp_*, but not the signature itself. */
static bool
signed_key(const char *key)
{
	return strncmp(key, "vnp_", 4) == 0 && strcmp(key, "vnp_SecureHash") != 0 &&
	    strcmp(key, "vnp_SecureHashType") != 0;
}

void
pay_sign_data(struct buf *b, const struct pay_params *q)
{
	const struct pay_param	*sorted[PAY_MAX_PARAMS], *t;
	size_t			 n = 0, i, j;

	for (i = 0; i < q->n; i++)
		if (signed_key(q->p[i].key))
			sorted[n++] = &q->p[i];
	/* Insertion sort: at most PAY_MAX_PARAMS keys, byte order like PHP's ksort(). */
	for (i = 1; i < n; i++)
		for (j = i; j > 0 && strcmp(sorted[j - 1]->key, sorted[j]->key) > 0; j--) {
			t = sorted[j];
			sorted[j] = sorted[j - 1];
			sorted[j - 1] = t;
		}
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_putc(b, '&');
		pay_urlencode(b, sorted[i]->key);
		buf_putc(b, '=');
		pay_urlencode(b, sorted[i]->value);
	}
}

void
pay_sign(const struct pay_params *q, const char *secret, char out[PAY_HASH_HEX])
{
	crypto_auth_hmacsha512_state	 st;
	unsigned char			 mac[crypto_auth_hmacsha512_BYTES];
	struct buf			 b = { 0 };

	pay_sign_data(&b, q);
	crypto_auth_hmacsha512_init(&st, (const unsigned char *)secret, strlen(secret));
	crypto_auth_hmacsha512_update(&st, (const unsigned char *)b.data, b.len);
	crypto_auth_hmacsha512_final(&st, mac);
	sodium_bin2hex(out, PAY_HASH_HEX, mac, sizeof(mac));
	sodium_memzero(&st, sizeof(st));
	buf_free(&b);
}

void
pay_query_string(struct buf *b, const struct pay_params *q, const char *secret)
{
	char	 hash[PAY_HASH_HEX];

	pay_sign_data(b, q);
	pay_sign(q, secret, hash);
	buf_puts(b, b->len > 0 ? "&vnp_SecureHash=" : "vnp_SecureHash=");
	buf_puts(b, hash);
}

bool
pay_verify(const struct pay_params *q, const char *secret)
{
	const char	*got = pay_get(q, "vnp_SecureHash");
	char		 want[PAY_HASH_HEX], low[PAY_HASH_HEX];
	size_t		 i;

	if (got == NULL || strlen(got) != PAY_HASH_HEX - 1)
		return false;
	/* Hex in either case: the reference code's Java and C# variants send upper case. */
	for (i = 0; i < PAY_HASH_HEX - 1; i++)
		low[i] = (got[i] >= 'A' && got[i] <= 'F') ? (char)(got[i] - 'A' + 'a') : got[i];
	low[i] = '\0';
	pay_sign(q, secret, want);
	return sodium_memcmp(want, low, PAY_HASH_HEX - 1) == 0;
}

static bool
key_char(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

/* Decodes pair [s, s + n) into q; the parse error, or PAY_OK. */
static enum pay_error
parse_pair(const char *s, size_t n, struct pay_params *q)
{
	const char	*eq = memchr(s, '=', n);
	size_t		 klen = eq != NULL ? (size_t)(eq - s) : n, vlen = n - klen - (eq != NULL);
	char		 key[PAY_MAX_KEY + 1], *value;
	long		 len, i;

	if (klen == 0 || klen > PAY_MAX_KEY)
		return PAY_ERR_KEY;
	if ((len = url_decode(s, klen, key, true)) <= 0)
		return len < 0 ? PAY_ERR_ENCODING : PAY_ERR_KEY;
	for (i = 0; i < len; i++)
		if (!key_char(key[i]))
			return PAY_ERR_KEY;
	if (vlen > 3 * PAY_MAX_VALUE)
		return PAY_ERR_TOO_LONG;
	if (pay_get(q, key) != NULL)
		return PAY_ERR_REPEATED;
	if (q->n == PAY_MAX_PARAMS)
		return PAY_ERR_TOO_MANY;
	value = xmalloc(vlen + 1);
	len = url_decode(eq != NULL ? eq + 1 : s + n, vlen, value, true);
	if (len < 0 || memchr(value, '\0', (size_t)len) != NULL ||
	    !text_valid_utf8(value, (size_t)len) || strpbrk(value, "\r\n\t") != NULL) {
		free(value);
		return PAY_ERR_ENCODING;
	}
	if (len > PAY_MAX_VALUE) {
		free(value);
		return PAY_ERR_TOO_LONG;
	}
	q->p[q->n].key = xstrdup(key);
	q->p[q->n].value = value;
	q->n++;
	return PAY_OK;
}

enum pay_error
pay_parse_query(const char *s, size_t n, struct pay_params *q)
{
	const char	*end = s + n, *amp;
	enum pay_error	 e;

	q->n = 0;
	if (n > PAY_MAX_QUERY)
		return PAY_ERR_TOO_LONG;
	while (s < end) {
		if ((amp = memchr(s, '&', (size_t)(end - s))) == NULL)
			amp = end;
		/* Empty pairs ("a=1&&b=2", a trailing "&") are what browsers make: skipped. */
		if (amp > s && (e = parse_pair(s, (size_t)(amp - s), q)) != PAY_OK) {
			pay_params_free(q);
			return e;
		}
		s = amp + 1;
	}
	return PAY_OK;
}

const char *
pay_error_str(enum pay_error e)
{
	switch (e) {
	case PAY_OK:
		return "ok";
	case PAY_ERR_ENCODING:
		return "bad encoding";
	case PAY_ERR_KEY:
		return "bad key";
	case PAY_ERR_REPEATED:
		return "repeated key";
	case PAY_ERR_TOO_LONG:
		return "too long";
	case PAY_ERR_TOO_MANY:
		return "too many parameters";
	}
	return "?";
}

void
pay_amount_encode(uint64_t vnd, char out[PAY_AMOUNT_LEN])
{
	snprintf(out, PAY_AMOUNT_LEN, "%llu", (unsigned long long)vnd * 100);
}

bool
pay_amount_decode(const char *s, uint64_t *vnd)
{
	uint64_t	 v = 0;
	size_t		 i, n = strlen(s);

	/* Digits only, no sign, no leading zero, whole đồng, at most PAY_AMOUNT_MAX. */
	if (n == 0 || n > 20 || (s[0] == '0' && n > 1))
		return false;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return false;
		if (v > (PAY_AMOUNT_MAX * 100 - (uint64_t)(s[i] - '0')) / 10)
			return false;
		v = v * 10 + (uint64_t)(s[i] - '0');
	}
	if (v % 100 != 0)
		return false;
	*vnd = v / 100;
	return true;
}

void
pay_date(time_t t, char out[PAY_DATE_LEN])
{
	struct tm	 tm;
	time_t		 vn = t + 7 * 3600;

	gmtime_r(&vn, &tm);
	strftime(out, PAY_DATE_LEN, "%Y%m%d%H%M%S", &tm);
}

bool
pay_date_parse(const char *s, time_t *out)
{
	struct tm	 tm = { 0 };
	int		 f[6], widths[6] = { 4, 2, 2, 2, 2, 2 }, i, j;
	time_t		 t;

	if (strlen(s) != PAY_DATE_LEN - 1)
		return false;
	for (i = 0; i < 6; i++)
		for (f[i] = 0, j = 0; j < widths[i]; j++, s++) {
			if (*s < '0' || *s > '9')
				return false;
			f[i] = f[i] * 10 + (*s - '0');
		}
	tm.tm_year = f[0] - 1900;
	tm.tm_mon = f[1] - 1;
	tm.tm_mday = f[2];
	tm.tm_hour = f[3];
	tm.tm_min = f[4];
	tm.tm_sec = f[5];
	if (f[0] < 2000 || (t = timegm(&tm)) == (time_t)-1)
		return false;
	/* timegm() normalises 31/02 into March: a date that does not exist is refused. */
	if (tm.tm_mday != f[2] || tm.tm_mon != f[1] - 1 || tm.tm_hour != f[3] ||
	    tm.tm_min != f[4] || tm.tm_sec != f[5])
		return false;
	*out = t - 7 * 3600;
	return true;
}

const char *
pay_ipn_answer(const char *rspcode)
{
	static const struct {
		const char	*code;
		const char	*json;
	} answers[] = {
		{ PAY_RSP_OK, "{\"RspCode\":\"00\",\"Message\":\"Confirm Success\"}" },
		{ PAY_RSP_NOT_FOUND, "{\"RspCode\":\"01\",\"Message\":\"Order not found\"}" },
		{ PAY_RSP_CONFIRMED, "{\"RspCode\":\"02\",\"Message\":\"Order already confirmed\"}" },
		{ PAY_RSP_AMOUNT, "{\"RspCode\":\"04\",\"Message\":\"Invalid amount\"}" },
		{ PAY_RSP_SIGNATURE, "{\"RspCode\":\"97\",\"Message\":\"Invalid signature\"}" },
	};
	size_t	 i;

	for (i = 0; i < sizeof(answers) / sizeof(answers[0]); i++)
		if (strcmp(answers[i].code, rspcode) == 0)
			return answers[i].json;
	return "{\"RspCode\":\"99\",\"Message\":\"Unknown error\"}";
}
