/*
 * pwpolicy.c — the rules a new password meets (registration, a password change, a reset,
 * dvcctl user add): valid_password()'s own (length, spaces only, personal values), then the
 * names of the site and of the province, then libpwquality with the cracklib dictionary of
 * Debian (cracklib-runtime): a dictionary word, one with up to three characters added or
 * changed, keyboard runs and sequences, a palindrome. The dictionary is kept by the
 * distribution, which a hand-made list of common passwords was not.
 */
#include <stdio.h>
#include <string.h>

#include <pwquality.h>

#include "dvc.h"

/* The settings of libpwquality, made once per process: not per request. */
static pwquality_settings_t	*pwq;

/* s folded for search (lower case, no diacritics), without its spaces, into out. */
static void
compact(const char *s, char *out, size_t outsz)
{
	char	 folded[512];
	size_t	 i, j;

	text_fold(s, strlen(s), folded, sizeof(folded));
	for (i = j = 0; folded[i] != '\0' && j + 1 < outsz; i++)
		if (folded[i] != ' ')
			out[j++] = folded[i];
	out[j] = '\0';
}

/* True when the password holds name, both compacted; a name of under 4 letters never does. */
static bool
has_name(const char *pwc, const char *name)
{
	char	 n[256];

	if (name == NULL)
		return false;
	compact(name, n, sizeof(n));
	return strlen(n) >= 4 && strstr(pwc, n) != NULL;
}

/* The code of what cracklib said, from its message (libpwquality gives it as is). */
static const char *
cracklib_code(const char *msg)
{
	if (msg == NULL)
		return "password.weak";
	if (strstr(msg, "dictionary word") != NULL)
		return "password.common";
	if (strstr(msg, "simplistic") != NULL || strstr(msg, "systematic") != NULL)
		return "password.simple";
	if (strstr(msg, "DIFFERENT") != NULL)
		return "password.repetitive";
	if (strstr(msg, "dictionary") != NULL) {
		/* "error loading dictionary": the machine lacks cracklib-runtime's files. */
		log_warn("password check: cracklib: %s", msg);
		return "password.unchecked";
	}
	return "password.weak";
}

const char *
password_policy(const char *pw, const char *const *personal)
{
	char		 pwc[512];
	const char	*err;
	void		*aux = NULL;
	int		 rc;

	if ((err = valid_password(pw, personal)) != NULL)
		return err;
	compact(pw, pwc, sizeof(pwc));
	if (has_name(pwc, conf.province_name) || has_name(pwc, conf.site_name))
		return "password.site_name";
	if (pwq == NULL) {
		if ((pwq = pwquality_default_settings()) == NULL)
			log_fatal("libpwquality: out of memory");
		/* The length is valid_password()'s, in characters; 6 is the library's least. */
		pwquality_set_int_value(pwq, PWQ_SETTING_MIN_LENGTH, 6);
		pwquality_set_int_value(pwq, PWQ_SETTING_DICT_CHECK, 1);
	}
	rc = pwquality_check(pwq, pw, NULL, NULL, &aux);
	if (rc >= 0)
		return NULL;
	switch (rc) {
	case PWQ_ERROR_CRACKLIB_CHECK:
		return cracklib_code(aux);
	case PWQ_ERROR_PALINDROME:
		return "password.palindrome";
	case PWQ_ERROR_MEM_ALLOC:
		log_fatal("libpwquality: out of memory");
	default:
		return "password.weak";
	}
}
