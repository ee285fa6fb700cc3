/*
 * test-totp.c — totp.c against published vectors: SHA-1 of FIPS 180 / RFC 3174, HMAC-SHA-1
 * of RFC 2202, HOTP of RFC 4226 (appendix D), TOTP of RFC 6238 (appendix B) for SHA-1,
 * SHA-256 and SHA-512; Base32 of RFC 4648 (section 10); the one-use rule and the window of
 * totp_check(); the otpauth URI.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "dvc.h"
#include "totp.h"
#include "tap.h"

static void
hex(const uint8_t *p, size_t n, char *out)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		sprintf(out + 2 * i, "%02x", p[i]);
}

static void
test_sha1(void)
{
	static const struct {
		const char	*msg;
		unsigned	 repeat;
		const char	*digest;
	} v[] = {
		{ "abc", 1, "a9993e364706816aba3e25717850c26c9cd0d89d" },
		{ "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 1,
		    "84983e441c3bd26ebaae4aa1f95129e5e54670f1" },
		{ "a", 1000000, "34aa973cd4c4daa4f61eeb2bdbad27316534016f" },
		{ "0123456701234567012345670123456701234567012345670123456701234567", 10,
		    "dea356a2cddd90c7a7ecedc5ebb563934f460452" },
		{ "", 1, "da39a3ee5e6b4b0d3255bfef95601890afd80709" },
	};
	uint8_t		 d[20];
	char		 h[41], *msg;
	size_t		 i, k, n;

	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		n = strlen(v[i].msg);
		msg = malloc(n * v[i].repeat + 1);
		for (k = 0; k < v[i].repeat; k++)
			memcpy(msg + k * n, v[i].msg, n);
		totp_sha1(msg, n * v[i].repeat, d);
		free(msg);
		hex(d, 20, h);
		is_str(h, v[i].digest, "SHA-1 of FIPS 180 vector %zu", i + 1);
	}
}

static void
test_hmac(void)
{
	uint8_t		 key[80], data[80], d[20];
	char		 h[41];

	/* RFC 2202, test cases 1, 2, 3, 6 and 7. */
	memset(key, 0x0b, 20);
	totp_hmac_sha1(key, 20, "Hi There", 8, d);
	hex(d, 20, h);
	is_str(h, "b617318655057264e28bc0b6fb378c8ef146be00", "HMAC-SHA-1, RFC 2202 case 1");
	totp_hmac_sha1("Jefe", 4, "what do ya want for nothing?", 28, d);
	hex(d, 20, h);
	is_str(h, "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79", "HMAC-SHA-1, RFC 2202 case 2");
	memset(key, 0xaa, 80);
	memset(data, 0xdd, 50);
	totp_hmac_sha1(key, 20, data, 50, d);
	hex(d, 20, h);
	is_str(h, "125d7342b9ac11cd91a39af48aa17b4f63f175d3", "HMAC-SHA-1, RFC 2202 case 3");
	totp_hmac_sha1(key, 80, "Test Using Larger Than Block-Size Key - Hash Key First", 54, d);
	hex(d, 20, h);
	is_str(h, "aa4ae5e15272d00e95705637ce8a3b55ed402112", "HMAC-SHA-1, RFC 2202 case 6 (key of 80 bytes)");
	totp_hmac_sha1(key, 80, "Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data",
	    73, d);
	hex(d, 20, h);
	is_str(h, "e8e99d0f45237d786d6bbaa7965c7808bbff1a91", "HMAC-SHA-1, RFC 2202 case 7");
}

static void
test_hotp(void)
{
	static const uint32_t	 want[10] = { 755224, 287082, 359152, 969429, 338314, 254676,
	    287922, 162583, 399871, 520489 };
	const char		*key = "12345678901234567890";
	unsigned		 i;

	for (i = 0; i < 10; i++)
		is_int(totp_hotp(TOTP_SHA1, (const uint8_t *)key, 20, i, 6), want[i],
		    "HOTP, RFC 4226 appendix D, count %u", i);
}

static void
test_totp_vectors(void)
{
	static const struct {
		long long	 t;
		uint32_t	 sha1, sha256, sha512;
	} v[] = {
		{ 59, 94287082, 46119246, 90693936 },
		{ 1111111109, 7081804, 68084774, 25091201 },
		{ 1111111111, 14050471, 67062674, 99943326 },
		{ 1234567890, 89005924, 91819424, 93441116 },
		{ 2000000000, 69279037, 90698825, 38618901 },
		{ 20000000000, 65353130, 77737706, 47863826 },
	};
	const uint8_t	*k1 = (const uint8_t *)"12345678901234567890";
	const uint8_t	*k256 = (const uint8_t *)"12345678901234567890123456789012";
	const uint8_t	*k512 = (const uint8_t *)
	    "1234567890123456789012345678901234567890123456789012345678901234";
	size_t		 i;

	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		uint64_t	 s = totp_step((time_t)v[i].t);

		is_int(totp_hotp(TOTP_SHA1, k1, 20, s, 8), v[i].sha1, "TOTP SHA-1 at %lld (RFC 6238)", v[i].t);
		is_int(totp_hotp(TOTP_SHA256, k256, 32, s, 8), v[i].sha256, "TOTP SHA-256 at %lld", v[i].t);
		is_int(totp_hotp(TOTP_SHA512, k512, 64, s, 8), v[i].sha512, "TOTP SHA-512 at %lld", v[i].t);
	}
}

static void
test_check(void)
{
	const uint8_t	*key = (const uint8_t *)"12345678901234567890";
	time_t		 now = 1234567890;
	uint64_t	 last = 0, step = totp_step(now);
	char		 code[16], prev[16], next[16], old[16];

	snprintf(code, sizeof(code), "%06u", (unsigned)totp_hotp(TOTP_SHA1, key, 20, step, 6));
	snprintf(prev, sizeof(prev), "%06u", (unsigned)totp_hotp(TOTP_SHA1, key, 20, step - 1, 6));
	snprintf(next, sizeof(next), "%06u", (unsigned)totp_hotp(TOTP_SHA1, key, 20, step + 1, 6));
	snprintf(old, sizeof(old), "%06u", (unsigned)totp_hotp(TOTP_SHA1, key, 20, step - 2, 6));
	is_str(code, "005924", "the 6-digit code at 1234567890 (the vector's last six digits)");
	ok(!totp_check(key, 20, old, now, &last), "a code two steps old is refused");
	ok(totp_check(key, 20, prev, now, &last) && last == step - 1, "the step before is accepted");
	ok(!totp_check(key, 20, prev, now, &last), "the same code again is refused (used once)");
	ok(totp_check(key, 20, code, now, &last) && last == step, "the current step, after it, is accepted");
	ok(!totp_check(key, 20, prev, now, &last), "an earlier step after a later one is refused");
	ok(totp_check(key, 20, next, now, &last) && last == step + 1, "the step after is accepted");
	last = 0;
	ok(!totp_check(key, 20, "12345", now, &last), "five digits refused");
	ok(!totp_check(key, 20, "1234567", now, &last), "seven digits refused");
	ok(!totp_check(key, 20, "00592a", now, &last), "a letter refused");
	ok(!totp_check(key, 20, "", now, &last) && !totp_check(key, 20, NULL, now, &last), "empty refused");
	ok(totp_check(key, 20, code, now, &last), "the current code, fresh state: accepted");
}

static void
test_base32(void)
{
	static const struct {
		const char	*in, *out;
	} v[] = {
		{ "", "" }, { "f", "MY" }, { "fo", "MZXQ" }, { "foo", "MZXW6" }, { "foob", "MZXW6YQ" },
		{ "fooba", "MZXW6YTB" }, { "foobar", "MZXW6YTBOI" },
	};
	uint8_t		 back[64], key[TOTP_KEY_BYTES];
	char		 out[64];
	size_t		 i;
	long		 n;

	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		totp_base32((const uint8_t *)v[i].in, strlen(v[i].in), out, sizeof(out));
		is_str(out, v[i].out, "Base32 of \"%s\" (RFC 4648, 10)", v[i].in);
		n = totp_base32_decode(v[i].out, back, sizeof(back));
		ok(n == (long)strlen(v[i].in) && memcmp(back, v[i].in, (size_t)n) == 0,
		    "Base32 %s decodes back", v[i].out);
	}
	n = totp_base32_decode("mzxw 6ytb-oi======", back, sizeof(back));
	ok(n == 6 && memcmp(back, "foobar", 6) == 0, "lower case, spaces, hyphens and padding read");
	is_int(totp_base32_decode("MZXW1", back, sizeof(back)), -1, "'1' is not Base32");
	is_int(totp_base32_decode("MZXW6YTBOI", back, 3), -1, "no room: -1");
	is_int((long)totp_base32((const uint8_t *)"foobar", 6, out, 10), 0, "no room to encode: 0");
	randombytes_buf(key, sizeof(key));
	totp_base32(key, sizeof(key), out, sizeof(out));
	is_int((long)strlen(out), 32, "a 160-bit key is 32 Base32 characters");
	ok(totp_base32_decode(out, back, sizeof(back)) == TOTP_KEY_BYTES && memcmp(back, key, sizeof(key)) == 0,
	    "a random key round-trips");
}

static void
test_uri(void)
{
	struct buf	 b = { 0 };

	totp_uri(&b, "DVC Thanh Hóa", "admin@demo.vn", (const uint8_t *)"foobar", 6);
	buf_putc(&b, '\0');
	is_str(b.data, "otpauth://totp/DVC%20Thanh%20H%C3%B3a:admin%40demo.vn?secret=MZXW6YTBOI"
	    "&issuer=DVC%20Thanh%20H%C3%B3a&algorithm=SHA1&digits=6&period=30", "the otpauth URI");
	buf_free(&b);
}

int
main(void)
{
	if (sodium_init() < 0)
		return 1;
	test_sha1();
	test_hmac();
	test_hotp();
	test_totp_vectors();
	test_check();
	test_base32();
	test_uri();
	return done_testing();
}
