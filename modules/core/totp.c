/*
 * totp.c — the second factor of administrators (and, as a setting, officers): time-based
 * one-time passwords (RFC 6238, over HOTP of RFC 4226), their secrets in Base32 (RFC 4648)
 * and the otpauth:// URI an authenticator app scans.
 *
 * HMAC-SHA-256 and -512 come from libsodium. HMAC-SHA-1 is written here: it is the only
 * algorithm the common authenticator apps honour (they ignore "algorithm="), libsodium does
 * not offer it, and no library approved for this project does. SHA-1's known weakness is
 * collisions, which HMAC does not rely on (RFC 6194); the code is checked against the
 * vectors of FIPS 180 (RFC 3174), RFC 2202 and RFC 6238 in tests/unit/test-totp.c.
 */
#include <stdio.h>
#include <string.h>

#include <sodium.h>

#include "dvc.h"
#include "totp.h"

/* ------------------------------------------------------------------ SHA-1 (FIPS 180-4) */

struct sha1 {
	uint32_t	 h[5];
	uint64_t	 len;		/* bytes hashed */
	uint8_t		 block[64];
	size_t		 fill;
};

static uint32_t
rol(uint32_t x, unsigned n)
{
	return x << n | x >> (32 - n);
}

static void
sha1_block(struct sha1 *c, const uint8_t *p)
{
	uint32_t	 w[80], a, b, d, e, f, k, t, cc;
	unsigned	 i;

	for (i = 0; i < 16; i++)
		w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
		    (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
	for (; i < 80; i++)
		w[i] = rol(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
	a = c->h[0], b = c->h[1], cc = c->h[2], d = c->h[3], e = c->h[4];
	for (i = 0; i < 80; i++) {
		if (i < 20)
			f = (b & cc) | (~b & d), k = 0x5a827999;
		else if (i < 40)
			f = b ^ cc ^ d, k = 0x6ed9eba1;
		else if (i < 60)
			f = (b & cc) | (b & d) | (cc & d), k = 0x8f1bbcdc;
		else
			f = b ^ cc ^ d, k = 0xca62c1d6;
		t = rol(a, 5) + f + e + k + w[i];
		e = d, d = cc, cc = rol(b, 30), b = a, a = t;
	}
	c->h[0] += a, c->h[1] += b, c->h[2] += cc, c->h[3] += d, c->h[4] += e;
}

static void
sha1_init(struct sha1 *c)
{
	static const uint32_t	 h0[5] = { 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0 };

	memcpy(c->h, h0, sizeof(h0));
	c->len = 0;
	c->fill = 0;
}

static void
sha1_update(struct sha1 *c, const uint8_t *p, size_t n)
{
	size_t	 take;

	c->len += n;
	while (n > 0) {
		take = 64 - c->fill < n ? 64 - c->fill : n;
		memcpy(c->block + c->fill, p, take);
		c->fill += take, p += take, n -= take;
		if (c->fill == 64) {
			sha1_block(c, c->block);
			c->fill = 0;
		}
	}
}

static void
sha1_final(struct sha1 *c, uint8_t out[20])
{
	uint64_t	 bits = c->len * 8;
	uint8_t		 pad = 0x80, zero = 0, len[8];
	unsigned	 i;

	sha1_update(c, &pad, 1);
	while (c->fill != 56)
		sha1_update(c, &zero, 1);
	for (i = 0; i < 8; i++)
		len[i] = (uint8_t)(bits >> (56 - 8 * i));
	sha1_update(c, len, 8);
	for (i = 0; i < 20; i++)
		out[i] = (uint8_t)(c->h[i / 4] >> (24 - 8 * (i % 4)));
}

void
totp_sha1(const void *msg, size_t n, uint8_t out[TOTP_SHA1_BYTES])
{
	struct sha1	 c;

	sha1_init(&c);
	sha1_update(&c, msg, n);
	sha1_final(&c, out);
}

/* HMAC (RFC 2104) over SHA-1: a key longer than the block is hashed first. */
void
totp_hmac_sha1(const void *key, size_t keylen, const void *msg, size_t n,
    uint8_t out[TOTP_SHA1_BYTES])
{
	uint8_t		 k[64] = { 0 }, pad[64], inner[20];
	struct sha1	 c;
	unsigned	 i;

	if (keylen > 64)
		totp_sha1(key, keylen, k);
	else
		memcpy(k, key, keylen);
	for (i = 0; i < 64; i++)
		pad[i] = k[i] ^ 0x36;
	sha1_init(&c);
	sha1_update(&c, pad, 64);
	sha1_update(&c, msg, n);
	sha1_final(&c, inner);
	for (i = 0; i < 64; i++)
		pad[i] = k[i] ^ 0x5c;
	sha1_init(&c);
	sha1_update(&c, pad, 64);
	sha1_update(&c, inner, 20);
	sha1_final(&c, out);
	sodium_memzero(k, sizeof(k));
	sodium_memzero(pad, sizeof(pad));
}

/* ------------------------------------------------------------------ HOTP and TOTP */

uint32_t
totp_hotp(enum totp_algo algo, const uint8_t *key, size_t keylen, uint64_t counter, unsigned digits)
{
	uint8_t		 msg[8], mac[crypto_auth_hmacsha512_BYTES];
	size_t		 maclen;
	uint32_t	 bin, mod = 1;
	unsigned	 i, off;

	for (i = 0; i < 8; i++)
		msg[i] = (uint8_t)(counter >> (56 - 8 * i));
	switch (algo) {
	case TOTP_SHA256: {
		crypto_auth_hmacsha256_state	 st;

		crypto_auth_hmacsha256_init(&st, key, keylen);
		crypto_auth_hmacsha256_update(&st, msg, 8);
		crypto_auth_hmacsha256_final(&st, mac);
		maclen = crypto_auth_hmacsha256_BYTES;
		break;
	}
	case TOTP_SHA512: {
		crypto_auth_hmacsha512_state	 st;

		crypto_auth_hmacsha512_init(&st, key, keylen);
		crypto_auth_hmacsha512_update(&st, msg, 8);
		crypto_auth_hmacsha512_final(&st, mac);
		maclen = crypto_auth_hmacsha512_BYTES;
		break;
	}
	default:
		totp_hmac_sha1(key, keylen, msg, 8, mac);
		maclen = TOTP_SHA1_BYTES;
	}
	/* Dynamic truncation (RFC 4226, 5.3). */
	off = mac[maclen - 1] & 0x0f;
	bin = (uint32_t)(mac[off] & 0x7f) << 24 | (uint32_t)mac[off + 1] << 16 |
	    (uint32_t)mac[off + 2] << 8 | mac[off + 3];
	for (i = 0; i < digits && i < 9; i++)
		mod *= 10;
	return bin % mod;
}

uint64_t
totp_step(time_t t)
{
	return t < 0 ? 0 : (uint64_t)t / TOTP_PERIOD;
}

/*
 * Whether code (TOTP_DIGITS digits) is the password of the step of now, the one before or the
 * one after (a clock a little off, a code typed as it changed), and of a step later than
 * *last, the last one accepted: a code is good once. On success *last is the step matched.
 */
bool
totp_check(const uint8_t *key, size_t keylen, const char *code, time_t now, uint64_t *last)
{
	uint64_t	 step = totp_step(now), s;
	uint32_t	 want;
	char		 buf[16];
	bool		 found = false;
	int		 d;

	if (code == NULL || strlen(code) != TOTP_DIGITS || strspn(code, "0123456789") != TOTP_DIGITS)
		return false;
	for (d = -1; d <= 1; d++) {
		if (d < 0 && step == 0)
			continue;
		s = step + (uint64_t)(int64_t)d;
		want = totp_hotp(TOTP_SHA1, key, keylen, s, TOTP_DIGITS);
		snprintf(buf, sizeof(buf), "%0*u", TOTP_DIGITS, (unsigned)want);
		/* Every step is computed and compared in constant time: no early answer. */
		if (sodium_memcmp(buf, code, TOTP_DIGITS) == 0 && s > *last && !found) {
			*last = s;
			found = true;
		}
	}
	return found;
}

/* ------------------------------------------------------------------ Base32 and the URI */

static const char	 b32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

size_t
totp_base32(const uint8_t *in, size_t n, char *out, size_t outsz)
{
	uint32_t	 acc = 0;
	unsigned	 bits = 0;
	size_t		 o = 0, i;

	if (outsz == 0 || (n * 8 + 4) / 5 >= outsz) {
		if (outsz > 0)
			out[0] = '\0';
		return 0;
	}
	for (i = 0; i < n; i++) {
		acc = acc << 8 | in[i];
		bits += 8;
		while (bits >= 5) {
			out[o++] = b32[(acc >> (bits - 5)) & 31];
			bits -= 5;
		}
	}
	if (bits > 0)
		out[o++] = b32[(acc << (5 - bits)) & 31];
	out[o] = '\0';
	return o;
}

/* Decodes Base32 (upper or lower case; spaces, hyphens and '=' padding ignored); the bytes
 * written, or -1 when a character is not Base32 or out is too small. */
long
totp_base32_decode(const char *in, uint8_t *out, size_t outsz)
{
	uint32_t	 acc = 0;
	unsigned	 bits = 0, v;
	size_t		 o = 0;
	const char	*p;
	char		 c;

	for (p = in; *p != '\0'; p++) {
		c = *p;
		if (c == ' ' || c == '-' || c == '=')
			continue;
		if (c >= 'a' && c <= 'z')
			c = (char)(c - 'a' + 'A');
		if (c >= 'A' && c <= 'Z')
			v = (unsigned)(c - 'A');
		else if (c >= '2' && c <= '7')
			v = (unsigned)(c - '2') + 26;
		else
			return -1;
		acc = acc << 5 | v;
		bits += 5;
		if (bits >= 8) {
			if (o == outsz)
				return -1;
			out[o++] = (uint8_t)(acc >> (bits - 8));
			bits -= 8;
		}
	}
	return (long)o;
}

/* Percent-encodes s into b as a URI component (RFC 3986 unreserved kept). */
static void
uri_part(struct buf *b, const char *s)
{
	static const char	 hex[] = "0123456789ABCDEF";
	const unsigned char	*p;

	for (p = (const unsigned char *)s; *p != '\0'; p++)
		if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
		    *p == '-' || *p == '.' || *p == '_' || *p == '~')
			buf_put(b, (const char *)p, 1);
		else
			buf_printf(b, "%%%c%c", hex[*p >> 4], hex[*p & 15]);
}

/* The key URI an authenticator app reads from a QR code (Google Authenticator's format). */
void
totp_uri(struct buf *b, const char *issuer, const char *account, const uint8_t *key, size_t keylen)
{
	char	 secret[128];

	totp_base32(key, keylen, secret, sizeof(secret));
	buf_puts(b, "otpauth://totp/");
	uri_part(b, issuer);
	buf_puts(b, ":");
	uri_part(b, account);
	buf_printf(b, "?secret=%s&issuer=", secret);
	uri_part(b, issuer);
	buf_printf(b, "&algorithm=SHA1&digits=%d&period=%d", TOTP_DIGITS, TOTP_PERIOD);
	sodium_memzero(secret, sizeof(secret));
}
