/*
 * fuzz-payquery.c — libFuzzer harness for the payment gateway's query strings (payproto.c).
 *
 * The input is a return or notification query string. pay_parse_query() must keep only
 * well-formed pairs (keys of [A-Za-z0-9_], values of valid UTF-8 within their limits, no
 * key twice) or fail leaving nothing; what it kept must survive signing: the signed text
 * parses back to the same vnp_* pairs, and a query string we sign verifies while the
 * input's own hash verifies only if it is that very signature. Amounts and dates that
 * decode must encode back to the same text; any amount's words and a VietQR payload are
 * built without fault. Any broken invariant abort()s.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static const char	 secret[] = "DVCFUZZSECRET";

static bool
key_ok(const char *k)
{
	size_t	 i, n = strlen(k);

	if (n == 0 || n > PAY_MAX_KEY)
		return false;
	for (i = 0; i < n; i++)
		if (!((k[i] >= 'A' && k[i] <= 'Z') || (k[i] >= 'a' && k[i] <= 'z') ||
		    (k[i] >= '0' && k[i] <= '9') || k[i] == '_'))
			return false;
	return true;
}

static void
check_kept(const struct pay_params *q)
{
	size_t	 i, j, len;

	if (q->n > PAY_MAX_PARAMS)
		abort();
	for (i = 0; i < q->n; i++) {
		len = strlen(q->p[i].value);
		if (!key_ok(q->p[i].key) || len > PAY_MAX_VALUE ||
		    !text_valid_utf8(q->p[i].value, len) || strpbrk(q->p[i].value, "\r\n\t") != NULL)
			abort();
		for (j = 0; j < i; j++)
			if (strcmp(q->p[i].key, q->p[j].key) == 0)
				abort();
	}
}

/* The signed text parses back to the signed pairs, and our own signature verifies. */
static void
check_roundtrip(const struct pay_params *q)
{
	struct pay_params	 back = { 0 };
	struct buf		 b = { 0 };
	const char		*v;
	size_t			 i, nsigned = 0;

	pay_query_string(&b, q, secret);
	if (pay_parse_query(b.data, b.len, &back) != PAY_OK)
		abort();
	for (i = 0; i < q->n; i++) {
		if (strncmp(q->p[i].key, "vnp_", 4) != 0 || strcmp(q->p[i].key, "vnp_SecureHash") == 0 ||
		    strcmp(q->p[i].key, "vnp_SecureHashType") == 0)
			continue;
		nsigned++;
		if ((v = pay_get(&back, q->p[i].key)) == NULL || strcmp(v, q->p[i].value) != 0)
			abort();
	}
	if (back.n != nsigned + 1 || !pay_verify(&back, secret) || pay_verify(&back, "other"))
		abort();
	pay_params_free(&back);
	buf_free(&b);
}

static void
check_values(const struct pay_params *q)
{
	char		 text[PAY_AMOUNT_LEN], date[PAY_DATE_LEN];
	struct buf	 b = { 0 };
	uint64_t	 vnd;
	time_t		 t;
	size_t		 i;

	for (i = 0; i < q->n; i++) {
		if (pay_amount_decode(q->p[i].value, &vnd)) {
			pay_amount_encode(vnd, text);
			if (vnd > PAY_AMOUNT_MAX || strcmp(text, q->p[i].value) != 0)
				abort();
			pay_amount_words(&b, vnd);
			if (!text_valid_utf8(b.data, b.len))
				abort();
			buf_reset(&b);
			if (!vietqr_payload(&b, "970415", "0011001932418", vnd, q->p[i].key))
				abort();
			if (crc16_ccitt(b.data, b.len - 4) != strtol(b.data + b.len - 4, NULL, 16))
				abort();
			buf_reset(&b);
		}
		if (pay_date_parse(q->p[i].value, &t)) {
			pay_date(t, date);
			if (strcmp(date, q->p[i].value) != 0)
				abort();
		}
	}
	buf_free(&b);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct pay_params	 q = { 0 };
	char			 hash[PAY_HASH_HEX];
	char			*s = malloc(size ? size : 1);
	const char		*got;
	enum pay_error		 e;

	if (s == NULL)
		abort();
	memcpy(s, data, size);
	q.n = 99;	/* the parser empties what it is given */
	e = pay_parse_query(s, size, &q);
	if (pay_error_str(e) == NULL || (e != PAY_OK && q.n != 0))
		abort();
	check_kept(&q);
	if (e == PAY_OK) {
		/* Verifying the input's own hash: true only when it is the signature. */
		got = pay_get(&q, "vnp_SecureHash");
		pay_sign(&q, secret, hash);
		if (pay_verify(&q, secret) != (got != NULL && strcasecmp(got, hash) == 0))
			abort();
		check_roundtrip(&q);
		check_values(&q);
	}
	pay_params_free(&q);
	free(s);
	return 0;
}
