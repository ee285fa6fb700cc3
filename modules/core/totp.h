/*
 * totp.h — one-time passwords for a second factor (totp.c): RFC 6238 over RFC 4226, 6
 * digits every 30 seconds with HMAC-SHA-1, as authenticator apps make them.
 */
#ifndef DVC_TOTP_H
#define DVC_TOTP_H

#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#define TOTP_DIGITS	6
#define TOTP_PERIOD	30
#define TOTP_KEY_BYTES	20	/* 160 bits, as RFC 4226 recommends */
#define TOTP_SHA1_BYTES	20

struct buf;

enum totp_algo { TOTP_SHA1, TOTP_SHA256, TOTP_SHA512 };

/* SHA-1 and HMAC-SHA-1, for HOTP only. */
void		 totp_sha1(const void *, size_t, uint8_t out[TOTP_SHA1_BYTES]);
void		 totp_hmac_sha1(const void *key, size_t keylen, const void *msg, size_t n,
		    uint8_t out[TOTP_SHA1_BYTES]);
/* HOTP (RFC 4226) of counter: the low digits (at most 9) of the truncated HMAC. */
uint32_t	 totp_hotp(enum totp_algo, const uint8_t *key, size_t keylen, uint64_t counter,
		    unsigned digits);
/* The time step of t (Unix seconds): t / TOTP_PERIOD. */
uint64_t	 totp_step(time_t t);
/*
 * Whether code is the password of now's step, the one before or the one after, and of a
 * step later than *last (the last one accepted, 0 when none): each code is good once. On
 * success *last becomes the step matched, to be stored.
 */
bool		 totp_check(const uint8_t *key, size_t keylen, const char *code, time_t now,
		    uint64_t *last);
/* Base32 of RFC 4648 without padding, NUL-terminated; its length, or 0 when out is too small. */
size_t		 totp_base32(const uint8_t *, size_t, char *out, size_t outsz);
/* Decodes Base32 (any case; spaces, hyphens, '=' ignored); bytes written, or -1. */
long		 totp_base32_decode(const char *, uint8_t *out, size_t outsz);
/* Appends the otpauth://totp/ URI of the key for an authenticator app. */
void		 totp_uri(struct buf *, const char *issuer, const char *account, const uint8_t *key,
		    size_t keylen);

#endif
