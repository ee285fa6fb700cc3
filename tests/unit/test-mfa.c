/*
 * test-mfa.c — mfa.c: the key sealed and opened again (by its account only, under the
 * configured secret only, not a damaged byte), recovery codes (form, randomness, keyed hash),
 * and the reading of the code a person types.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "dvc.h"
#include "private.h"
#include "mfa.h"
#include "tap.h"

static char	 secret_a[] = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
static char	 secret_b[] = "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100";

static void
test_seal(void)
{
	uint8_t		 key[TOTP_KEY_BYTES], back[TOTP_KEY_BYTES], sealed[MFA_SEALED_BYTES];
	uint8_t		 again[MFA_SEALED_BYTES];

	is_int(MFA_SEALED_BYTES, 60, "a sealed key is 60 bytes (nonce 24, key 20, tag 16)");
	randombytes_buf(key, sizeof(key));
	conf.secret = secret_a;
	mfa_seal(42, key, sealed);
	ok(memmem(sealed, sizeof(sealed), key, sizeof(key)) == NULL, "the key is not in the sealed bytes");
	ok(mfa_open(42, sealed, sizeof(sealed), back) && memcmp(key, back, sizeof(key)) == 0,
	    "it opens for its account, to the same key");
	ok(!mfa_open(43, sealed, sizeof(sealed), back), "not for another account");
	ok(!mfa_open(42, sealed, sizeof(sealed) - 1, back), "not cut short");
	sealed[30] ^= 1;
	ok(!mfa_open(42, sealed, sizeof(sealed), back), "not with a byte changed");
	sealed[30] ^= 1;
	mfa_seal(42, key, again);
	ok(memcmp(sealed, again, sizeof(sealed)) != 0, "sealed twice: two different nonces and texts");
	conf.secret = secret_b;
	ok(!mfa_open(42, sealed, sizeof(sealed), back), "not under another configured secret");
	conf.secret = secret_a;
}

static void
test_recovery(void)
{
	char		 codes[50][MFA_RECOVERY_SIZE], canon[MFA_RECOVERY_CHARS + 1];
	unsigned char	 h1[32], h2[32];
	int		 i, j, form = 0, same = 0;

	for (i = 0; i < 50; i++) {
		mfa_recovery_new(codes[i]);
		form += strlen(codes[i]) == 11 && codes[i][5] == '-' &&
		    strspn(codes[i], "0123456789abcdefghjkmnpqrstvwxyz-") == 11 &&
		    mfa_input(codes[i], canon) == MFA_INPUT_RECOVERY;
		for (j = 0; j < i; j++)
			same += strcmp(codes[i], codes[j]) == 0;
	}
	is_int(form, 50, "50 recovery codes: each xxxxx-xxxxx of Crockford Base32, read back as one");
	is_int(same, 0, "… all different");
	mfa_input(codes[0], canon);
	mfa_recovery_hash(canon, h1);
	mfa_recovery_hash(canon, h2);
	ok(memcmp(h1, h2, 32) == 0, "the hash of a code is the same each time");
	mfa_input(codes[1], canon);
	mfa_recovery_hash(canon, h2);
	ok(memcmp(h1, h2, 32) != 0, "… and another for another code");
}

static void
test_input(void)
{
	static const struct {
		const char	*in;
		enum mfa_input	 kind;
		const char	*out;
	} v[] = {
		{ "123456", MFA_INPUT_TOTP, "123456" },
		{ " 123 456 ", MFA_INPUT_TOTP, "123456" },
		{ "123-456", MFA_INPUT_TOTP, "123456" },
		{ "abcde-fghjk", MFA_INPUT_RECOVERY, "abcdefghjk" },
		{ "ABCDE FGHJK", MFA_INPUT_RECOVERY, "abcdefghjk" },
		{ "0O1Il-zzzzz", MFA_INPUT_RECOVERY, "00111zzzzz" },
		{ "1234567890", MFA_INPUT_RECOVERY, "1234567890" },
		{ "", MFA_INPUT_BAD, "" },
		{ "12345", MFA_INPUT_BAD, "" },
		{ "1234567", MFA_INPUT_BAD, "" },
		{ "12345a", MFA_INPUT_BAD, "" },
		{ "O23456", MFA_INPUT_BAD, "" },	/* a letter read as a digit is no TOTP code */
		{ "abcde-fghju", MFA_INPUT_BAD, "" },	/* U is not Crockford's */
		{ "abcde-fghjkm", MFA_INPUT_BAD, "" },
		{ "12345\xc3\xa9", MFA_INPUT_BAD, "" },
		{ "123456\n", MFA_INPUT_BAD, "" },
		{ "                                 123456", MFA_INPUT_BAD, "" },	/* over 32 bytes */
	};
	char	 out[MFA_RECOVERY_CHARS + 1];
	size_t	 i;

	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		ok(mfa_input(v[i].in, out) == v[i].kind && strcmp(out, v[i].out) == 0,
		    "mfa_input(\"%s\"): kind %d, \"%s\"", v[i].in, (int)v[i].kind, v[i].out);
	}
}

int
main(void)
{
	if (sodium_init() < 0)
		return 1;
	conf.secret = secret_a;
	session_init();
	test_seal();
	test_recovery();
	test_input();
	return done_testing();
}
