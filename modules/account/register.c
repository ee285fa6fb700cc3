/*
 * register.c — a citizen's own account, and the password policy every new password meets.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dvc.h"
#include "account.h"

/* Looks the password up among the common ones (lower-cased). 1 common, 0 not, <0 db error. */
static long
password_common(const char *pw)
{
	char	 lower[129], found[8];
	size_t	 i;

	for (i = 0; pw[i] != '\0' && i < sizeof(lower) - 1; i++)
		lower[i] = (char)(pw[i] >= 'A' && pw[i] <= 'Z' ? pw[i] - 'A' + 'a' : pw[i]);
	lower[i] = '\0';
	{
		struct db_arg args[] = { DB_S(lower), DB_END_ };
		long rc = db_text(STMT_COMMON_PASSWORD, args, found, sizeof(found));

		return rc < 0 ? rc : found[0] != '\0';
	}
}

int
register_page(struct request *r)
{
	form_value(r, "next", app_next(r, ""));
	return 200;
}

/* Checks a new password against the policy; adds the error to field. 0, or a db status. */
int
check_new_password(struct request *r, const char *field, const char *pw, const char *pw2,
    const char *const *personal)
{
	const char	*err;
	long		 common;

	if ((common = password_common(pw)) < 0)
		return db_status(common);
	if ((err = valid_password(pw, personal, common == 1)) != NULL)
		form_error(r, field, err);
	else if (strcmp(pw, pw2) != 0)
		form_error(r, "password2", "password.mismatch");
	return 0;
}

int
register_post(struct request *r)
{
	const char	*name = input(r, "full_name"), *cccd = input(r, "citizen_id");
	const char	*birth = input(r, "birth_date"), *phone_in = input(r, "phone");
	const char	*email_in = input(r, "email"), *pw = req_str(r, "password", "");
	const char	*err, *birth_err;
	char		 phone[11] = "", email[255] = "", birth_iso[32] = "", hash[PWHASH_SIZE] = "";
	char		 taken[8] = "";
	struct tm	 tm;
	int		 birth_year = 0, st;
	long		 rc = 0;

	form_values(r);
	if (strlen(name) < 2 || strpbrk(name, "0123456789<>@") != NULL)
		form_error(r, "full_name", "full_name.invalid");
	/* The CCCD is checked against the year of birth, but its message comes first, as on the form. */
	if ((birth_err = valid_birth_date(birth, &tm)) == NULL) {
		birth_year = tm.tm_year + 1900;
		snprintf(birth_iso, sizeof(birth_iso), "%04d-%02d-%02d", birth_year, tm.tm_mon + 1,
		    tm.tm_mday);
	}
	if ((err = valid_cccd(cccd, birth_year)) != NULL)
		form_error(r, "citizen_id", *cccd == '\0' ? "cccd.required" : err);
	if (birth_err != NULL)
		form_error(r, "birth_date", *birth == '\0' ? "birth_date.required" : birth_err);
	if ((err = valid_phone(phone_in, phone)) != NULL)
		form_error(r, "phone", *phone_in == '\0' ? "phone.required" : err);
	if ((err = valid_email(email_in, email, sizeof(email))) != NULL)
		form_error(r, "email", *email_in == '\0' ? "email.required" : err);
	{
		const char *personal[] = { cccd, phone, email, email_in, NULL };

		if ((st = check_new_password(r, "password", pw, req_str(r, "password2", ""),
		    personal)) != 0)
			return st;
	}
	if (strcmp(req_str(r, "consent", ""), "1") != 0)
		form_error(r, "consent", "consent.required");
	if (r->nerrors > 0)
		return 200;
	{
		struct db_arg args[] = { DB_S(cccd), DB_S(email), DB_END_ };

		if ((rc = db_text(STMT_TAKEN, args, taken, sizeof(taken))) < 0)
			return db_status(rc);
	}
	if (taken[0] == '\0') {
		if (pwhash_create(pw, hash) != 0)
			return app_error(r, 503, "server.busy");
		struct db_arg args[] = { DB_S(name), DB_S(cccd), DB_S(birth_iso), DB_S(phone),
		    DB_S(email), DB_S(hash), DB_S(CONSENT_VERSION), DB_END_ };

		rc = db_exec(STMT_REGISTER, args, NULL, NULL);
		if (rc < 0 && !db_duplicate())
			return db_status(rc);
	}
	if (taken[0] != '\0' || rc < 0) {
		/* The same words for either field: nobody learns whose number or address it is. */
		form_error(r, "_", "register.taken");
		return 200;
	}
	if ((st = session_start(r, db_last_insert_id())) != 0)
		return st;
	/* Back where the visitor was going (applying for a procedure, say), if anywhere. */
	return app_redirect(r, app_next(r, "/account/profile?msg=registered"));
}
