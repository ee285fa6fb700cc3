/*
 * mfa.c — dvcctl user mfa --email EMAIL [--remove]: gives a staff account a second factor whose key (in
 * Base32, as authenticator apps show it) is the first line of standard input, enabled at
 * once, sealed as dvc-account seals it (core mfa.c). For the local stack's demo
 * administrator (conf/dev/demo-mfa.txt) and for an account whose owner enrolled the key by
 * hand; an account that has a factor already is left as it is. No recovery codes: nobody
 * would see them. With --remove instead, the account's factor and recovery codes go (a phone
 * lost with the codes): an account that must have one enrols anew at its next sign-in.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "dvc.h"
#include "mfa.h"
#include "dvcctl.h"

struct mfa_user {
	unsigned long long	 id;
	bool			 staff;
	bool			 enabled;
};

static int
mfa_user_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct mfa_user	*u = arg;

	(void)names;
	(void)lens;
	if (ncols < 3 || cols[0] == NULL || cols[1] == NULL)
		return 1;
	u->id = strtoull(cols[0], NULL, 10);
	u->staff = strcmp(cols[1], "citizen") != 0;
	u->enabled = cols[2] != NULL && strcmp(cols[2], "1") == 0;
	return 1;
}

int
user_mfa(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "email", required_argument, NULL, 'e' },
		{ "remove", no_argument, NULL, 'r' },
		{ NULL, 0, 0, 0 },
	};
	bool		 remove = false;
	const char	*email_in = NULL, *err;
	char		 email[255], line[256];
	uint8_t		 key[TOTP_KEY_BYTES], sealed[MFA_SEALED_BYTES];
	struct mfa_user	 u = { 0, false, false };
	int		 c;

	optind = 0;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (c == 'e')
			email_in = optarg;
		else if (c == 'r')
			remove = true;
		else
			return 2;
	}
	if (optind != argc || email_in == NULL)
		return 2;
	if ((err = valid_email(email_in, email, sizeof(email))) != NULL)
		log_fatal("--email: %s", err);
	{
		struct db_arg args[] = { DB_S(email), DB_END_ };

		if (db_exec(STMT_MFA_USER, args, mfa_user_row, &u) < 0)
			return 1;
	}
	if (u.id == 0 || !u.staff)
		log_fatal("no officer or administrator with the address %s", email);
	if (remove) {
		struct db_arg args[] = { DB_I((long long)u.id), DB_END_ };

		if (db_exec(STMT_MFA_REMOVE, args, NULL, NULL) < 0 ||
		    db_exec(STMT_MFA_REMOVE_CODES, args, NULL, NULL) < 0)
			return 1;
		printf("%s: second factor removed (it enrols a new one at its next sign-in"
		    " when it must have one)\n", email);
		return 0;
	}
	if (u.enabled) {
		printf("%s has a second factor already: nothing changed\n", email);
		return 0;
	}
	if (fgets(line, sizeof(line), stdin) == NULL)
		log_fatal("give the key (Base32) on the first line of standard input");
	line[strcspn(line, "\r\n")] = '\0';
	if (totp_base32_decode(line, key, sizeof(key)) != (long)sizeof(key))
		log_fatal("the key must be %zu bytes in Base32 (%zu characters)", sizeof(key),
		    (sizeof(key) * 8 + 4) / 5);
	mfa_seal(u.id, key, sealed);
	sodium_memzero(key, sizeof(key));
	sodium_memzero(line, sizeof(line));
	{
		struct db_arg args[] = { DB_I((long long)u.id), DB_SN((const char *)sealed, sizeof(sealed)),
		    DB_END_ };

		if (db_exec(STMT_MFA_SET, args, NULL, NULL) < 0)
			return 1;
	}
	printf("%s: second factor enabled\n", email);
	return 0;
}
