/*
 * test-pay.c — payproto.c: the gateway protocol's encoding, signature
 * (vectors computed apart, with Python's hmac and urllib over the documented algorithm),
 * the query-string parser and verification, amounts ×100, dates, the IPN answers. The
 * receipt's words and the VietQR payload are test-payreceipt.c's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "tap.h"

static const char	 secret[] = "DVCSANDBOXSECRET0123456789ABCDEF";

static void
test_encode(void)
{
	static const struct {
		const char	*in, *out;
	} cases[] = {
		{ "abcXYZ019-_.", "abcXYZ019-_." },
		{ "a b", "a+b" },
		{ "a+b&c=d", "a%2Bb%26c%3Dd" },
		{ "~*!'()", "%7E%2A%21%27%28%29" },
		{ "http://127.0.0.1:8080/pay/return", "http%3A%2F%2F127.0.0.1%3A8080%2Fpay%2Freturn" },
		{ "Nộp lệ phí", "N%E1%BB%99p+l%E1%BB%87+ph%C3%AD" },
		{ "Đ", "%C4%90" },
		{ "%", "%25" },
		{ "", "" },
	};
	size_t	 i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct buf	 b = { 0 };

		pay_urlencode(&b, cases[i].in);
		is_str(buf_cstr(&b), cases[i].out, "urlencode \"%s\"", cases[i].in);
		buf_free(&b);
	}
}

/* The request of DOMAIN.md with Vietnamese order information. */
static void
test_sign_request(void)
{
	struct pay_params	 q = { 0 };
	struct buf		 b = { 0 };
	char			 hash[PAY_HASH_HEX];

	/* Set in no particular order: the signature sorts. */
	pay_set(&q, "vnp_Version", "2.1.0");
	pay_set(&q, "vnp_TmnCode", "DVCTEST1");
	pay_set(&q, "vnp_Command", "pay");
	pay_set(&q, "vnp_Amount", "5000000");
	pay_set(&q, "vnp_CurrCode", "VND");
	pay_set(&q, "vnp_TxnRef", "P000123");
	pay_set(&q, "vnp_OrderInfo", "Nộp lệ phí hồ sơ 000.00.12.H12-261204-0001");
	pay_set(&q, "vnp_OrderType", "other");
	pay_set(&q, "vnp_Locale", "vn");
	pay_set(&q, "vnp_ReturnUrl", "http://127.0.0.1:8080/pay/return");
	pay_set(&q, "vnp_IpAddr", "127.0.0.1");
	pay_set(&q, "vnp_CreateDate", "20261204153000");
	pay_set(&q, "vnp_ExpireDate", "20261204154500");
	pay_sign_data(&b, &q);
	is_str(buf_cstr(&b), "vnp_Amount=5000000&vnp_Command=pay&vnp_CreateDate=20261204153000"
	    "&vnp_CurrCode=VND&vnp_ExpireDate=20261204154500&vnp_IpAddr=127.0.0.1&vnp_Locale=vn"
	    "&vnp_OrderInfo=N%E1%BB%99p+l%E1%BB%87+ph%C3%AD+h%E1%BB%93+s%C6%A1+000.00.12.H12-261204-0001"
	    "&vnp_OrderType=other&vnp_ReturnUrl=http%3A%2F%2F127.0.0.1%3A8080%2Fpay%2Freturn"
	    "&vnp_TmnCode=DVCTEST1&vnp_TxnRef=P000123&vnp_Version=2.1.0", "signed text: sorted, encoded");
	pay_sign(&q, secret, hash);
	is_str(hash, "3a79c7383cb3b89927a6f9754ff094495f58090b71a82a0682a279cd6204b965"
	    "fe0bc228f3d40aa3d0751661bc264d7a21a795bcf2493bf4cc6440b3b42fe402", "request signature vector");

	/* The query string to send is the signed text and the hash; it parses and verifies. */
	buf_reset(&b);
	pay_query_string(&b, &q, secret);
	ok(b.len > 128 && strcmp(b.data + b.len - 128, hash) == 0 &&
	    strstr(b.data, "&vnp_SecureHash=") != NULL, "query string ends with &vnp_SecureHash=hash");
	pay_params_free(&q);
	is_int(pay_parse_query(b.data, b.len, &q), PAY_OK, "our own query string parses");
	is_str(pay_get(&q, "vnp_OrderInfo"), "Nộp lệ phí hồ sơ 000.00.12.H12-261204-0001", "… decoded");
	ok(pay_verify(&q, secret), "… and verifies");
	ok(!pay_verify(&q, "DVCSANDBOXSECRET0123456789ABCDEf"), "… not with another secret");
	pay_set(&q, "vnp_Amount", "5000100");
	ok(!pay_verify(&q, secret), "a changed amount breaks the signature");
	pay_params_free(&q);
	buf_free(&b);
}

/* Characters the encoding must get right; keys not vnp_* are not signed. */
static void
test_sign_special(void)
{
	struct pay_params	 q = { 0 };
	struct buf		 b = { 0 };
	char			 hash[PAY_HASH_HEX], up[PAY_HASH_HEX];
	const char		*want = "26e23a3edc0e6a063511ec0ce01364129d3bbe4230c797172c7eea229c414e6d"
	    "782f0f0fbf2d8d39078d5115f3e8555fe5dc261371f12067bc732186b7b7c7c4";
	size_t			 i;

	pay_set(&q, "vnp_TxnRef", "X1");
	pay_set(&q, "other", "ignored");
	pay_set(&q, "vnp_OrderInfo", "a+b&c=d ~e");
	pay_set(&q, "vnp_Amount", "5000000");
	pay_sign_data(&b, &q);
	is_str(buf_cstr(&b), "vnp_Amount=5000000&vnp_OrderInfo=a%2Bb%26c%3Dd+%7Ee&vnp_TxnRef=X1",
	    "+ & = space ~ in a value; other keys unsigned");
	pay_sign(&q, "k", hash);
	is_str(hash, want, "signature vector with a one-byte key");
	ok(pay_set(&q, "vnp_SecureHashType", "HmacSHA512"), "vnp_SecureHashType added");
	pay_set(&q, "vnp_SecureHash", want);
	ok(pay_verify(&q, "k"), "vnp_SecureHash and vnp_SecureHashType are left out of the signed text");
	for (i = 0; i < PAY_HASH_HEX; i++)
		up[i] = (want[i] >= 'a' && want[i] <= 'f') ? (char)(want[i] - 32) : want[i];
	pay_set(&q, "vnp_SecureHash", up);
	ok(pay_verify(&q, "k"), "upper-case hex verifies");
	up[127] = up[127] == '4' ? '5' : '4';
	pay_set(&q, "vnp_SecureHash", up);
	ok(!pay_verify(&q, "k"), "one digit changed does not");
	up[127] = '\0';
	pay_set(&q, "vnp_SecureHash", up);
	ok(!pay_verify(&q, "k"), "a short hash does not");
	pay_set(&q, "vnp_SecureHash", "");
	ok(!pay_verify(&q, "k"), "an empty hash does not");
	pay_params_free(&q);
	ok(!pay_verify(&q, "k"), "no hash at all does not");

	/* A key longer than SHA-512's block is hashed first (RFC 2104). */
	pay_set(&q, "vnp_TxnRef", "Z9");
	pay_set(&q, "vnp_OrderInfo", "Đ");
	pay_set(&q, "vnp_Amount", "12300");
	{
		char	 longkey[201];

		memset(longkey, 'x', 200);
		longkey[200] = '\0';
		pay_sign(&q, longkey, hash);
	}
	is_str(hash, "dc556fc432e5edbe7694bd8235998e17bb2d825e1eb9e3c25ab3996b6544e2dc"
	    "a6b884dc6a79e75412d2a7ba8d2ebd3f48cc79451cc520c874bb9246093e247d", "signature vector, 200-byte key");
	pay_params_free(&q);
	buf_free(&b);
}

static void
test_parse(void)
{
	static const struct {
		const char	*in;
		enum pay_error	 want;
		size_t		 n;
	} cases[] = {
		{ "", PAY_OK, 0 },
		{ "vnp_A=1&vnp_B=x+y", PAY_OK, 2 },
		{ "vnp_A=1&&vnp_B=2&", PAY_OK, 2 },
		{ "vnp_A", PAY_OK, 1 },
		{ "vnp_A=", PAY_OK, 1 },
		{ "vnp_A=1&vnp_A=2", PAY_ERR_REPEATED, 0 },
		{ "vnp_A=%zz", PAY_ERR_ENCODING, 0 },
		{ "vnp_A=%4", PAY_ERR_ENCODING, 0 },
		{ "vnp_A=%00", PAY_ERR_ENCODING, 0 },
		{ "vnp_A=%0A", PAY_ERR_ENCODING, 0 },
		{ "vnp_A=%C3", PAY_ERR_ENCODING, 0 },
		{ "=1", PAY_ERR_KEY, 0 },
		{ "vnp-A=1", PAY_ERR_KEY, 0 },
		{ "vnp%5FA=1", PAY_OK, 1 },
		{ "a%26b=1", PAY_ERR_KEY, 0 },
		{ "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa=1", PAY_ERR_KEY, 0 },
	};
	struct pay_params	 q = { 0 };
	struct buf		 b = { 0 };
	size_t			 i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		enum pay_error	 e = pay_parse_query(cases[i].in, strlen(cases[i].in), &q);

		ok(e == cases[i].want && q.n == cases[i].n, "parse \"%s\": %s, %zu pairs",
		    cases[i].in, pay_error_str(e), q.n);
		pay_params_free(&q);
	}
	pay_parse_query("vnp_B=x+y%2B", 12, &q);
	is_str(pay_get(&q, "vnp_B"), "x y+", "+ is a space, %%2B a plus");
	ok(pay_get(&q, "vnp_C") == NULL, "a missing key is NULL");
	pay_params_free(&q);

	for (i = 0; i <= PAY_MAX_PARAMS; i++)
		buf_printf(&b, "%sk%zu=%zu", i ? "&" : "", i, i);
	is_int(pay_parse_query(b.data, b.len, &q), PAY_ERR_TOO_MANY, "33 pairs are too many");
	is_int((long)q.n, 0, "… and leave nothing behind");
	buf_reset(&b);
	buf_puts(&b, "vnp_A=");
	for (i = 0; i < PAY_MAX_VALUE + 1; i++)
		buf_putc(&b, 'a');
	is_int(pay_parse_query(b.data, b.len, &q), PAY_ERR_TOO_LONG, "a value of 513 bytes is too long");
	buf_reset(&b);
	for (i = 0; i < PAY_MAX_QUERY + 1; i++)
		buf_putc(&b, '&');
	is_int(pay_parse_query(b.data, b.len, &q), PAY_ERR_TOO_LONG, "a query over 4096 bytes is too long");
	buf_free(&b);
}

static void
test_amount(void)
{
	static const struct {
		const char	*in;
		bool		 ok;
		uint64_t	 vnd;
	} cases[] = {
		{ "5000000", true, 50000 }, { "0", true, 0 }, { "100", true, 1 },
		{ "1000000000000000", true, 10000000000000ULL },
		{ "1000000000000100", false, 0 }, { "5000050", false, 0 }, { "05000000", false, 0 },
		{ "", false, 0 }, { "-100", false, 0 }, { "+100", false, 0 }, { "1e5", false, 0 },
		{ " 100", false, 0 }, { "99999999999999999999", false, 0 },
		{ "184467440737095516100", false, 0 },
	};
	char		 out[PAY_AMOUNT_LEN];
	uint64_t	 v;
	size_t		 i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		bool	 got;

		v = 777;
		got = pay_amount_decode(cases[i].in, &v);
		ok(got == cases[i].ok && (!got || v == cases[i].vnd), "amount \"%s\" %s",
		    cases[i].in, cases[i].ok ? "accepted" : "refused");
	}
	pay_amount_encode(50000, out);
	is_str(out, "5000000", "50 000 đồng is sent as 5000000");
	pay_amount_encode(0, out);
	is_str(out, "0", "0 as 0");
}

static void
test_date(void)
{
	char	 out[PAY_DATE_LEN];
	time_t	 t;

	/* 2026-12-04 08:30:00 UTC is 15:30 in Vietnam. */
	pay_date(1796373000, out);
	is_str(out, "20261204153000", "dates in UTC+7");
	ok(pay_date_parse("20261204153000", &t) && t == 1796373000, "… and back");
	ok(pay_date_parse("20261231235959", &t), "the last second of a year");
	ok(!pay_date_parse("20260231120000", &t), "31 February refused");
	ok(!pay_date_parse("20261204246000", &t), "hour 24 refused");
	ok(!pay_date_parse("2026120415300", &t), "13 digits refused");
	ok(!pay_date_parse("2026-12-04 15:", &t), "not digits refused");
}

static void
test_answers(void)
{
	is_str(pay_ipn_answer("00"), "{\"RspCode\":\"00\",\"Message\":\"Confirm Success\"}", "IPN answer 00");
	ok(strstr(pay_ipn_answer("02"), "\"RspCode\":\"02\"") != NULL, "IPN answer 02");
	ok(strstr(pay_ipn_answer("97"), "\"RspCode\":\"97\"") != NULL, "IPN answer 97");
	ok(strstr(pay_ipn_answer("xx"), "\"RspCode\":\"99\"") != NULL, "an unknown code answers 99");
}

int
main(void)
{
	if (sodium_init() < 0)
		return 1;
	test_encode();
	test_sign_request();
	test_sign_special();
	test_parse();
	test_amount();
	test_date();
	test_answers();
	return done_testing();
}
