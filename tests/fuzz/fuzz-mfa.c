/*
 * fuzz-mfa.c — libFuzzer harness for mfa_input() (core mfa.c), which reads the code typed in
 * the second factor's forms (/account/mfa, /enable, /recovery, /disable).
 *
 * The input, as a NUL-terminated string. Invariants: a TOTP code is TOTP_DIGITS digits; a
 * recovery code is MFA_RECOVERY_CHARS symbols of lower-case Crockford Base32, and read again
 * it is the same code; anything else is refused with an empty output; input over
 * MFA_INPUT_MAX bytes is refused. Any broken invariant abort()s.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "mfa.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char		*s = malloc(size + 1);
	char		 out[MFA_RECOVERY_CHARS + 1], again[MFA_RECOVERY_CHARS + 1];
	enum mfa_input	 kind;
	size_t		 n;

	if (s == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	kind = mfa_input(s, out);
	n = strlen(out);
	switch (kind) {
	case MFA_INPUT_TOTP:
		if (n != TOTP_DIGITS || strspn(out, "0123456789") != n)
			abort();
		break;
	case MFA_INPUT_RECOVERY:
		if (n != MFA_RECOVERY_CHARS || strspn(out, "0123456789abcdefghjkmnpqrstvwxyz") != n ||
		    mfa_input(out, again) != MFA_INPUT_RECOVERY || strcmp(out, again) != 0)
			abort();
		break;
	case MFA_INPUT_BAD:
		if (n != 0)
			abort();
		break;
	}
	if (kind != MFA_INPUT_BAD && strlen(s) > MFA_INPUT_MAX)
		abort();
	free(s);
	return 0;
}
