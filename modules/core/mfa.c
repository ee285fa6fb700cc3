/*
 * mfa.c — the second factor's secrets: the authenticator's key sealed under a key that
 * only dvc.conf's secret gives (so the database alone holds no key), the recovery codes and
 * their keyed hashes, and the reading of the code a person types, the one input of the
 * second factor's forms beyond the CSRF token (tests/fuzz/fuzz-mfa.c).
 */
#include <stdio.h>
#include <string.h>

#include <sodium.h>

#include "dvc.h"
#include "mfa.h"

/* crypto_kdf's context for this key: 8 bytes, this use only. */
static const char	 kdf_context[crypto_kdf_CONTEXTBYTES + 1] = "dvc_mfa_";
#define KDF_SUBKEY_SEAL	1

/* Crockford's Base32: no I, L, O or U to misread. */
static const char	 crockford[] = "0123456789abcdefghjkmnpqrstvwxyz";

/* The sealing key, from conf.secret (checked at worker start by session_init()). */
static void
seal_key(unsigned char out[crypto_aead_xchacha20poly1305_ietf_KEYBYTES])
{
	unsigned char	 master[crypto_kdf_KEYBYTES];
	size_t		 len = 0;

	if (sodium_hex2bin(master, sizeof(master), conf.secret, strlen(conf.secret), NULL, &len,
	    NULL) != 0 || len != sizeof(master))
		log_fatal("secret must be %zu hexadecimal digits", 2 * sizeof(master));
	crypto_kdf_derive_from_key(out, crypto_aead_xchacha20poly1305_ietf_KEYBYTES,
	    KDF_SUBKEY_SEAL, kdf_context, master);
	sodium_memzero(master, sizeof(master));
}

static size_t
user_ad(unsigned long long user_id, char ad[32])
{
	return (size_t)snprintf(ad, 32, "user:%llu", user_id);
}

void
mfa_seal(unsigned long long user_id, const uint8_t key[TOTP_KEY_BYTES], uint8_t out[MFA_SEALED_BYTES])
{
	unsigned char	 k[crypto_aead_xchacha20poly1305_ietf_KEYBYTES];
	char		 ad[32];
	size_t		 adlen = user_ad(user_id, ad);

	seal_key(k);
	randombytes_buf(out, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
	crypto_aead_xchacha20poly1305_ietf_encrypt(out + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
	    NULL, key, TOTP_KEY_BYTES, (const unsigned char *)ad, adlen, NULL, out, k);
	sodium_memzero(k, sizeof(k));
}

bool
mfa_open(unsigned long long user_id, const uint8_t *sealed, size_t n, uint8_t key[TOTP_KEY_BYTES])
{
	unsigned char	 k[crypto_aead_xchacha20poly1305_ietf_KEYBYTES];
	char		 ad[32];
	size_t		 adlen = user_ad(user_id, ad);
	int		 rc;

	if (n != MFA_SEALED_BYTES)
		return false;
	seal_key(k);
	rc = crypto_aead_xchacha20poly1305_ietf_decrypt(key, NULL, NULL,
	    sealed + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
	    n - crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, (const unsigned char *)ad, adlen,
	    sealed, k);
	sodium_memzero(k, sizeof(k));
	return rc == 0;
}

void
mfa_recovery_new(char out[MFA_RECOVERY_SIZE])
{
	size_t	 i, o = 0;

	for (i = 0; i < MFA_RECOVERY_CHARS; i++) {
		if (i == MFA_RECOVERY_CHARS / 2)
			out[o++] = '-';
		out[o++] = crockford[randombytes_uniform(32)];
	}
	out[o] = '\0';
}

void
mfa_recovery_hash(const char *code, unsigned char out[32])
{
	char	 s[16 + MFA_RECOVERY_CHARS + 1];

	snprintf(s, sizeof(s), "recovery:%s", code);
	keyed_hash(s, out);
}

/* The symbol c stands for in Crockford's Base32, lower case; 0 when none. */
static char
crockford_symbol(char c)
{
	if (c >= 'A' && c <= 'Z')
		c = (char)(c - 'A' + 'a');
	if (c == 'i' || c == 'l')
		return '1';
	if (c == 'o')
		return '0';
	return c != '\0' && strchr(crockford, c) != NULL ? c : 0;
}

enum mfa_input
mfa_input(const char *in, char out[MFA_RECOVERY_CHARS + 1])
{
	size_t	 n = 0, digits = 0, i;
	char	 c;

	for (i = 0; in[i] != '\0'; i++) {
		if (i >= MFA_INPUT_MAX)
			goto bad;
		if (in[i] == ' ' || in[i] == '-')
			continue;
		if (n == MFA_RECOVERY_CHARS || (c = crockford_symbol(in[i])) == 0)
			goto bad;
		digits += in[i] >= '0' && in[i] <= '9';
		out[n++] = c;
	}
	out[n] = '\0';
	if (n == TOTP_DIGITS && digits == n)
		return MFA_INPUT_TOTP;
	if (n == MFA_RECOVERY_CHARS)
		return MFA_INPUT_RECOVERY;
bad:
	out[0] = '\0';
	return MFA_INPUT_BAD;
}
