/*
 * mfa.h — what the second factor keeps and reads (mfa.c): the authenticator's key sealed for
 * the database, the recovery codes, and the code a person types. The one-time passwords
 * themselves are totp.h's; the sessions that still owe a second factor are session.c's.
 */
#ifndef DVC_MFA_H
#define DVC_MFA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <sodium.h>

#include "totp.h"

/* The sealed key: the nonce, then the key encrypted and its tag. */
#define MFA_SEALED_BYTES	(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + TOTP_KEY_BYTES + \
				 crypto_aead_xchacha20poly1305_ietf_ABYTES)
#define MFA_RECOVERY_CODES	10	/* shown at once, each good once */
#define MFA_RECOVERY_CHARS	10	/* of the alphabet below: 50 bits */
#define MFA_RECOVERY_SIZE	12	/* "xxxxx-xxxxx" and a NUL */
#define MFA_INPUT_MAX		32	/* bytes a typed code may take, spaces included */

/* Seals key for user_id: XChaCha20-Poly1305 under a key derived from dvc.conf's secret by
 * crypto_kdf, a random nonce first, the user's id as associated data (a row copied to
 * another account does not open). */
void	 mfa_seal(unsigned long long user_id, const uint8_t key[TOTP_KEY_BYTES],
	    uint8_t out[MFA_SEALED_BYTES]);
/* Opens what mfa_seal() made for user_id (n bytes): true and key filled, or false when it
 * is not that (another secret, another account, a damaged row). */
bool	 mfa_open(unsigned long long user_id, const uint8_t *sealed, size_t n,
	    uint8_t key[TOTP_KEY_BYTES]);

/* A new recovery code as it is shown: ten random symbols of Crockford's Base32 in lower
 * case, in two groups of five ("7k2mq-x9d4e"). */
void	 mfa_recovery_new(char out[MFA_RECOVERY_SIZE]);
/* The keyed hash a recovery code is stored as; code in mfa_input()'s canonical form. */
void	 mfa_recovery_hash(const char *code, unsigned char out[32]);

enum mfa_input { MFA_INPUT_BAD, MFA_INPUT_TOTP, MFA_INPUT_RECOVERY };

/*
 * What a person typed in the code field (any bytes, NUL-terminated): spaces and hyphens
 * aside, TOTP_DIGITS digits (out gets them), or MFA_RECOVERY_CHARS symbols of Crockford's
 * Base32 in any case, I and L read as 1 and O as 0 (out gets them in lower case); anything
 * else, or over MFA_INPUT_MAX bytes, is MFA_INPUT_BAD. out has MFA_RECOVERY_CHARS + 1 bytes.
 */
enum mfa_input	 mfa_input(const char *in, char out[MFA_RECOVERY_CHARS + 1]);

#endif
