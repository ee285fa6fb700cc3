/*
 * users.c — dvcctl user add: an officer (with roles per agency), an administrator, or a
 * citizen; the password is the first line of standard input and meets the policy of core
 * pwpolicy.c. The administrator gave the address: it counts as verified.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "dvc.h"
#include "dvcctl.h"

#define MAX_ROLES 16

/* dvcctl user add: an officer (with roles per agency), an administrator, or a citizen. */
int
user_add(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "kind", required_argument, NULL, 'k' },
		{ "name", required_argument, NULL, 'n' },
		{ "email", required_argument, NULL, 'e' },
		{ "citizen-id", required_argument, NULL, 'c' },
		{ "birth-date", required_argument, NULL, 'b' },
		{ "phone", required_argument, NULL, 'p' },
		{ "role", required_argument, NULL, 'r' },
		{ NULL, 0, 0, 0 },
	};
	const char	*kind = NULL, *name = NULL, *email_in = NULL, *cccd = "", *birth = "";
	const char	*phone_in = "", *roles[MAX_ROLES], *err;
	char		 email[255], phone[11] = "", password[256], hash[PWHASH_SIZE];
	char		 birth_iso[32] = "";
	long long	 count = 0, agency;
	unsigned long long id;
	struct tm	 tm;
	size_t		 nroles = 0, i;
	int		 c;

	optind = 0;	/* GNU getopt: start over on the subcommand's arguments */
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'k': kind = optarg; break;
		case 'n': name = optarg; break;
		case 'e': email_in = optarg; break;
		case 'c': cccd = optarg; break;
		case 'b': birth = optarg; break;
		case 'p': phone_in = optarg; break;
		case 'r':
			if (nroles == MAX_ROLES)
				log_fatal("at most %d roles", MAX_ROLES);
			roles[nroles++] = optarg;
			break;
		default: return 2;
		}
	}
	if (optind != argc || kind == NULL || name == NULL || email_in == NULL ||
	    (strcmp(kind, "officer") != 0 && strcmp(kind, "admin") != 0 && strcmp(kind, "citizen") != 0))
		return 2;
	if ((err = valid_email(email_in, email, sizeof(email))) != NULL)
		log_fatal("--email: %s", err);
	if (*phone_in != '\0' && (err = valid_phone(phone_in, phone)) != NULL)
		log_fatal("--phone: %s", err);
	if (*birth != '\0') {
		if ((err = valid_birth_date(birth, &tm)) != NULL)
			log_fatal("--birth-date: %s", err);
		snprintf(birth_iso, sizeof(birth_iso), "%04d-%02d-%02d", tm.tm_year + 1900,
		    tm.tm_mon + 1, tm.tm_mday);
	}
	if (strcmp(kind, "citizen") == 0 && (*cccd == '\0' || *birth == '\0'))
		log_fatal("a citizen needs --citizen-id and --birth-date");
	if (*cccd != '\0' && (err = valid_cccd(cccd, *birth ? tm.tm_year + 1900 : 0)) != NULL)
		log_fatal("--citizen-id: %s", err);
	if (nroles > 0 && strcmp(kind, "officer") != 0)
		log_fatal("only officers have roles");
	{
		struct db_arg args[] = { DB_S(email), DB_S(cccd), DB_END_ };

		if (db_int(STMT_USER_EXISTS, args, &count) < 0)
			return 1;
	}
	if (count > 0) {
		printf("an account with %s already exists: nothing changed\n", email);
		return 0;
	}
	if (fgets(password, sizeof(password), stdin) == NULL)
		log_fatal("give the password on the first line of standard input");
	password[strcspn(password, "\r\n")] = '\0';
	{
		const char *personal[] = { cccd, phone, email, NULL };

		if ((err = password_policy(password, personal)) != NULL)
			log_fatal("password: %s", err);
	}
	pwhash_create(password, hash);
	sodium_memzero(password, sizeof(password));
	if (db_script("START TRANSACTION", 17) != 0)
		return 1;
	{
		struct db_arg args[] = { DB_S(kind), DB_S(name), DB_S(cccd), DB_S(birth_iso), DB_S(phone),
		    DB_S(email), DB_S(hash), DB_S(kind), DB_S(kind), DB_END_ };

		if (db_exec(STMT_USER_INSERT, args, NULL, NULL) != 1)
			goto fail;
		id = db_last_insert_id();
	}
	for (i = 0; i < nroles; i++) {
		char	 code[32];
		const char *role = strchr(roles[i], ':');

		if (role == NULL || (size_t)(role - roles[i]) >= sizeof(code) ||
		    (strcmp(role + 1, "receiver") != 0 && strcmp(role + 1, "processor") != 0 &&
		    strcmp(role + 1, "approver") != 0)) {
			log_warn("--role %s: expected AGENCY_CODE:receiver|processor|approver", roles[i]);
			goto fail;
		}
		snprintf(code, sizeof(code), "%.*s", (int)(role - roles[i]), roles[i]);
		agency = 0;
		{
			struct db_arg args[] = { DB_S(code), DB_END_ };

			if (db_int(STMT_AGENCY_ID, args, &agency) < 0)
				goto fail;
		}
		if (agency == 0) {
			log_warn("--role %s: no agency with code %s", roles[i], code);
			goto fail;
		}
		{
			struct db_arg args[] = { DB_I((long long)id), DB_I((long long)agency),
			    DB_S(role + 1), DB_END_ };

			if (db_exec(STMT_ROLE_INSERT, args, NULL, NULL) != 1)
				goto fail;
		}
	}
	if (db_script("COMMIT", 6) != 0)
		return 1;
	printf("created %s %s (id %llu)\n", kind, email, id);
	return 0;
fail:
	db_script("ROLLBACK", 8);
	return 1;
}
