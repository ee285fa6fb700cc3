/*
 * dvc-account — step 1 of the citizen's way: register, sign in and out, the profile and the
 * password.
 *   GET|POST /account/register   a citizen's own account (CCCD, consent to data processing)
 *   GET|POST /account/login      with the CCCD or the e-mail, throttled per account and address
 *   POST     /account/logout
 *   GET|POST /account/profile    contact details, organisation, roles, recent sign-ins
 *   GET|POST /account/password   asks for the old one; ends the other sessions
 *   GET      /account/privacy    the notice on personal data processing
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dvc.h"

#define CONSENT_VERSION		"1.0"
#define IP_FAILURES_MAX		30	/* failures from one address in LOGIN_WINDOW_MINUTES */
#define SLOW_AFTER		3	/* consecutive failures before each try must wait */
#define LOCK_AFTER		10	/* consecutive failures that lock the account */

enum stmt {
	STMT_USER_BY_LOGIN,
	STMT_IP_FAILURES,
	STMT_LOGIN_FAILURES,
	STMT_ATTEMPT,
	STMT_FAILED,
	STMT_SUCCEEDED,
	STMT_COMMON_PASSWORD,
	STMT_TAKEN,
	STMT_REGISTER,
	STMT_PROFILE,
	STMT_ROLES,
	STMT_SIGNINS,
	STMT_EMAIL_TAKEN,
	STMT_UPDATE_CONTACT,
	STMT_SECRETS,
	STMT_SET_PASSWORD,
	STMT__MAX
};


static const struct db_stmt_def stmts[STMT__MAX] = {
	/* Seconds since the last failure and until the lock ends, for throttling. */
	[STMT_USER_BY_LOGIN] = { "SELECT id, password_hash, failed_logins,"
	    " COALESCE(TIMESTAMPDIFF(SECOND, last_failed_at, UTC_TIMESTAMP()), 999999) AS since_failed,"
	    " COALESCE(TIMESTAMPDIFF(SECOND, UTC_TIMESTAMP(), locked_until), 0) AS locked_for,"
	    " disabled, kind FROM users WHERE citizen_id = ? OR email = ?" },
	[STMT_IP_FAILURES] = { "SELECT COUNT(*) FROM login_attempts WHERE ip = ?"
	    " AND at > UTC_TIMESTAMP() - INTERVAL " DVC_STR(LOGIN_WINDOW_MINUTES) " MINUTE"
	    " AND outcome <> 'success'" },
	/* Failures for a login that matches no account, counted as an account's would be. */
	[STMT_LOGIN_FAILURES] = { "SELECT COUNT(*),"
	    " COALESCE(TIMESTAMPDIFF(SECOND, MAX(at), UTC_TIMESTAMP()), 999999)"
	    " FROM login_attempts WHERE login_hash = ? AND outcome = 'unknown_account'"
	    " AND at > UTC_TIMESTAMP() - INTERVAL " DVC_STR(LOGIN_WINDOW_MINUTES) " MINUTE" },
	[STMT_ATTEMPT] = { "INSERT INTO login_attempts (at, ip, user_id, login, login_hash, outcome,"
	    " user_agent) VALUES (UTC_TIMESTAMP(), ?, NULLIF(?, 0), ?, ?, ?, ?)" },
	/* Assignments run left to right: locked_until sees the incremented count. */
	[STMT_FAILED] = { "UPDATE users SET failed_logins = failed_logins + 1,"
	    " last_failed_at = UTC_TIMESTAMP(), locked_until = IF(failed_logins >= " DVC_STR(LOCK_AFTER) ","
	    " UTC_TIMESTAMP() + INTERVAL " DVC_STR(LOGIN_LOCK_MINUTES) " MINUTE, locked_until) WHERE id = ?" },
	[STMT_SUCCEEDED] = { "UPDATE users SET failed_logins = 0, last_failed_at = NULL,"
	    " locked_until = NULL WHERE id = ?" },
	[STMT_COMMON_PASSWORD] = { "SELECT 1 FROM common_passwords WHERE password = ?" },
	[STMT_TAKEN] = { "SELECT 1 FROM users WHERE citizen_id = ? OR email = ?" },
	[STMT_REGISTER] = { "INSERT INTO users (kind, full_name, citizen_id, birth_date, phone, email,"
	    " password_hash, consent_at, consent_version, created_at, updated_at) VALUES ('citizen',"
	    " ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(), ?, UTC_TIMESTAMP(), UTC_TIMESTAMP())" },
	[STMT_PROFILE] = { "SELECT full_name, citizen_id, DATE_FORMAT(birth_date, '%d/%m/%Y') AS birth_date,"
	    " DATE_FORMAT(birth_date, '%Y-%m-%d') AS birth_date_iso, phone, email, address, org_name,"
	    " org_tax_code, kind, " SQL_VN_TIME("created_at") " AS created_at FROM users WHERE id = ?" },
	[STMT_ROLES] = { "SELECT a.code AS agency_code, a.name AS agency_name, r.role FROM officer_roles r"
	    " JOIN agencies a ON a.id = r.agency_id WHERE r.user_id = ? ORDER BY a.sort, a.name, r.role" },
	[STMT_SIGNINS] = { "SELECT " SQL_VN_TIME("at") " AS at, ip, outcome, user_agent FROM login_attempts"
	    " WHERE user_id = ? ORDER BY id DESC LIMIT 10" },
	[STMT_EMAIL_TAKEN] = { "SELECT 1 FROM users WHERE email = ? AND id <> ?" },
	[STMT_UPDATE_CONTACT] = { "UPDATE users SET phone = ?, email = NULLIF(?, ''), address = ?,"
	    " org_name = ?, org_tax_code = ?, updated_at = UTC_TIMESTAMP() WHERE id = ?" },
	[STMT_SECRETS] = { "SELECT password_hash, COALESCE(citizen_id, ''), phone, COALESCE(email, ''),"
	    " failed_logins, COALESCE(TIMESTAMPDIFF(SECOND, last_failed_at, UTC_TIMESTAMP()), 999999),"
	    " COALESCE(TIMESTAMPDIFF(SECOND, UTC_TIMESTAMP(), locked_until), 0) FROM users WHERE id = ?" },
	[STMT_SET_PASSWORD] = { "UPDATE users SET password_hash = ?, updated_at = UTC_TIMESTAMP()"
	    " WHERE id = ?" },
};

static const struct param_spec no_params[] = { { NULL, 0, 0 } };

static const struct param_spec login_page_params[] = {
	{ "next", P_TEXT, 500 },
	{ "msg", P_TOKEN, 32 },
	{ NULL, 0, 0 },
};

static const struct param_spec login_params[] = {
	{ "login", P_TEXT, 254 },
	{ "password", P_SECRET, 128 },
	{ "next", P_TEXT, 500 },
	{ NULL, 0, 0 },
};

static const struct param_spec register_params[] = {
	{ "full_name", P_TEXT, 100 },
	{ "citizen_id", P_TEXT, 20 },
	{ "birth_date", P_TEXT, 10 },
	{ "phone", P_TEXT, 20 },
	{ "email", P_TEXT, 254 },
	{ "password", P_SECRET, 128 },
	{ "password2", P_SECRET, 128 },
	{ "consent", P_TOKEN, 1 },
	{ "next", P_TEXT, 500 },
	{ NULL, 0, 0 },
};

static const struct param_spec msg_params[] = {
	{ "msg", P_TOKEN, 32 },
	{ NULL, 0, 0 },
};

static const struct param_spec contact_params[] = {
	{ "phone", P_TEXT, 20 },
	{ "email", P_TEXT, 254 },
	{ "address", P_TEXT, 255 },
	{ "org_name", P_TEXT, 255 },
	{ "org_tax_code", P_TEXT, 14 },
	{ NULL, 0, 0 },
};

static const struct param_spec password_params[] = {
	{ "old_password", P_SECRET, 128 },
	{ "password", P_SECRET, 128 },
	{ "password2", P_SECRET, 128 },
	{ NULL, 0, 0 },
};

/* The notices a page can show after a redirect. */
static const char *const messages[] = {
	"registered", "logged-out", "expired", "saved", "password-changed", NULL,
};

static void
show_msg(struct request *r)
{
	const char		*msg = req_str(r, "msg", NULL);
	const char *const	*m;

	for (m = messages; msg != NULL && *m != NULL; m++)
		if (strcmp(*m, msg) == 0)
			xml_text(r->root, "msg", msg);
}

/* A local path to return to after sign-in; anything else (another site) is refused. */
static const char *
safe_next(const char *next)
{
	if (next == NULL || next[0] != '/' || next[1] == '/' || next[1] == '\\' ||
	    strpbrk(next, "\r\n\\") != NULL || strncmp(next, "/account/log", 12) == 0)
		return "/account/profile";
	return next;
}

/* Trims spaces at both ends, in place. */
static char *
trim(char *s)
{
	char	*end;

	while (*s == ' ' || *s == '\t')
		s++;
	end = s + strlen(s);
	while (end > s && (end[-1] == ' ' || end[-1] == '\t'))
		*--end = '\0';
	return s;
}

static char *
input(struct request *r, const char *name)
{
	const struct param *p = req_param(r, name);

	return p != NULL ? trim(p->value) : (char *)"";
}

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

/* The keyed hash of a login as typed (trimmed, lower-cased): counts failures without
 * keeping what was typed. */
static void
login_hash(const char *login, unsigned char out[32])
{
	char	 lower[255];
	size_t	 i;

	for (i = 0; login[i] != '\0' && i < sizeof(lower) - 1; i++)
		lower[i] = (char)(login[i] >= 'A' && login[i] <= 'Z' ? login[i] + 32 : login[i]);
	lower[i] = '\0';
	keyed_hash(lower, out);
}

static int
record_attempt(struct request *r, unsigned long long user_id, const char *login,
    const char *outcome)
{
	unsigned char	 hash[32];
	char		 masked[24];
	const char	*ua = r->user_agent != NULL ? r->user_agent : "";
	long		 rc;

	/* An unknown login may be a password typed in the wrong field: keep only its first
	 * three characters (whole UTF-8 sequences, never a cut one). */
	{
		size_t	 i = 0, chars = 0;

		while (user_id == 0 && login[i] != '\0' && chars < 3) {
			i++;
			while (((unsigned char)login[i] & 0xc0) == 0x80)
				i++;
			chars++;
		}
		snprintf(masked, sizeof(masked), "%.*s***", (int)i, login);
	}
	login_hash(login, hash);
	{
		struct db_arg args[] = { DB_S(r->remote_addr != NULL ? r->remote_addr : ""),
		    DB_I((long long)user_id), DB_S(user_id == 0 ? masked : ""),
		    DB_SN((const char *)hash, sizeof(hash)), DB_S(outcome),
		    DB_SN(ua, strnlen(ua, 255)), DB_END_ };

		rc = db_exec(STMT_ATTEMPT, args, NULL, NULL);
	}
	return rc < 0 ? db_status(rc) : 0;
}

static int
account_home(struct request *r)
{
	return app_redirect(r, r->user.id != 0 ? "/account/profile" : "/account/login");
}

static int
login_page(struct request *r)
{
	form_value(r, "next", req_str(r, "next", ""));
	show_msg(r);
	return 200;
}

struct login_row {
	unsigned long long	 id;
	char			 hash[PWHASH_SIZE];
	long			 failures, since_failed, locked_for;
	bool			 disabled;
	bool			 officer;
};

static int
login_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct login_row	*u = arg;

	(void)names;
	(void)lens;
	if (ncols < 7)
		return 0;
	u->id = strtoull(cols[0], NULL, 10);
	snprintf(u->hash, sizeof(u->hash), "%s", cols[1]);
	u->failures = strtol(cols[2], NULL, 10);
	u->since_failed = strtol(cols[3], NULL, 10);
	u->locked_for = strtol(cols[4], NULL, 10);
	u->disabled = strcmp(cols[5], "1") == 0;
	u->officer = strcmp(cols[6], "officer") == 0;
	return 1;
}

static int
failures_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct { long n, since; } *f = arg;

	(void)names;
	(void)lens;
	if (ncols >= 2 && cols[0] != NULL && cols[1] != NULL) {
		f->n = strtol(cols[0], NULL, 10);
		f->since = strtol(cols[1], NULL, 10);
	}
	return 0;
}

/* Seconds a user with this many consecutive failures waits after the last: 5, 10, 20, 40, 60. */
static long
slow_down(long failures)
{
	long	 wait = 5;

	if (failures < SLOW_AFTER)
		return 0;
	for (failures -= SLOW_AFTER; failures > 0 && wait < 60; failures--)
		wait *= 2;
	return wait < 60 ? wait : 60;
}

/*
 * The answer for an account (or a login matching none) that is locked or must wait after
 * failures: adds the error to field and returns the outcome to record, or NULL to go on.
 */
static const char *
throttled(struct request *r, const char *field, const struct login_row *u)
{
	long	 wait;

	if (u->locked_for > 0) {
		xml_attr_uint(form_error(r, field, "login.locked"), "minutes",
		    (unsigned long long)(u->locked_for + 59) / 60);
		return "locked";
	}
	if ((wait = slow_down(u->failures)) > u->since_failed) {
		xml_attr_uint(form_error(r, field, "login.wait"), "seconds",
		    (unsigned long long)(wait - u->since_failed));
		return "throttled";
	}
	return NULL;
}

static int
login(struct request *r)
{
	const char	*login = input(r, "login"), *password = req_str(r, "password", "");
	char		 email[255];
	struct login_row u = { 0 };
	const char	*outcome;
	long		 rc;
	long long	 ip_failures = 0;
	int		 ok, st;

	form_values(r);
	if (*login == '\0' || *password == '\0') {
		form_error(r, "_", "login.required");
		return 200;
	}
	{
		struct db_arg args[] = { DB_S(r->remote_addr != NULL ? r->remote_addr : ""), DB_END_ };

		if ((rc = db_int(STMT_IP_FAILURES, args, &ip_failures)) < 0)
			return db_status(rc);
	}
	if (ip_failures >= IP_FAILURES_MAX) {
		xml_attr_uint(form_error(r, "_", "login.address_throttled"), "minutes",
		    LOGIN_WINDOW_MINUTES);
		return (st = record_attempt(r, 0, login, "throttled")) != 0 ? st : 200;
	}
	if (valid_email(login, email, sizeof(email)) != NULL)
		snprintf(email, sizeof(email), "-");	/* matches no address */
	{
		struct db_arg args[] = { DB_S(login), DB_S(email), DB_END_ };

		if ((rc = db_exec(STMT_USER_BY_LOGIN, args, login_row, &u)) < 0)
			return db_status(rc);
	}
	if (u.id == 0) {
		/* No such account: the same slow-down and lock, from the attempts with this login. */
		unsigned char	 hash[32];
		struct { long n, since; } f = { 0, 999999 };

		login_hash(login, hash);
		struct db_arg args[] = { DB_SN((const char *)hash, sizeof(hash)), DB_END_ };

		if ((rc = db_exec(STMT_LOGIN_FAILURES, args, failures_row, &f)) < 0)
			return db_status(rc);
		u.failures = f.n;
		u.since_failed = f.since;
		u.locked_for = f.n >= LOCK_AFTER ? LOGIN_LOCK_MINUTES * 60L - f.since : 0;
	}
	if ((outcome = throttled(r, "_", &u)) != NULL)
		return (st = record_attempt(r, u.id, login, outcome)) != 0 ? st : 200;
	if ((ok = pwhash_verify(u.id != 0 ? u.hash : NULL, password)) < 0) {
		if ((st = record_attempt(r, u.id, login, "busy")) != 0)
			return st;
		return app_error(r, 503, "server.busy");
	}
	if (!ok || u.disabled) {
		if (u.id != 0) {
			struct db_arg args[] = { DB_I((long long)u.id), DB_END_ };

			if ((rc = db_exec(STMT_FAILED, args, NULL, NULL)) < 0)
				return db_status(rc);
		}
		form_error(r, "_", "login.wrong");
		return (st = record_attempt(r, u.id, login, u.id != 0 ? "bad_password" :
		    "unknown_account")) != 0 ? st : 200;
	}
	{
		struct db_arg args[] = { DB_I((long long)u.id), DB_END_ };

		if ((rc = db_exec(STMT_SUCCEEDED, args, NULL, NULL)) < 0)
			return db_status(rc);
	}
	if ((st = record_attempt(r, u.id, login, "success")) != 0 || (st = session_start(r, u.id)) != 0)
		return st;
	/* Officers land on their inbox; everyone else on the profile. */
	if (u.officer && *req_str(r, "next", "") == '\0')
		return app_redirect(r, "/officer/");
	return app_redirect(r, safe_next(req_str(r, "next", NULL)));
}

static int
logout(struct request *r)
{
	int	 st;

	if ((st = session_end(r)) != 0)
		return st;
	return app_redirect(r, "/account/login?msg=logged-out");
}

static int
register_page(struct request *r)
{
	form_value(r, "next", req_str(r, "next", ""));
	return 200;
}

/* Checks a new password against the policy; adds the error to field. 0, or a db status. */
static int
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

static int
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
	if (*req_str(r, "next", "") == '/')
		return app_redirect(r, safe_next(req_str(r, "next", NULL)));
	return app_redirect(r, "/account/profile?msg=registered");
}

/* Fills the profile, roles and recent sign-ins of the signed-in user. */
static int
profile_data(struct request *r)
{
	struct db_arg	 args[] = { DB_I((long long)r->user.id), DB_END_ };
	long		 rc;

	if ((rc = xml_rows(r->root, "profile", STMT_PROFILE, args)) < 0 ||
	    (r->user.kind == ROLE_OFFICER &&
	    (rc = xml_rows(xml_elem(r->root, "roles"), "role", STMT_ROLES, args)) < 0) ||
	    (rc = xml_rows(xml_elem(r->root, "signins"), "signin", STMT_SIGNINS, args)) < 0)
		return db_status(rc);
	return 200;
}

static int
profile(struct request *r)
{
	show_msg(r);
	return profile_data(r);
}

static int
profile_post(struct request *r)
{
	const char	*phone_in = input(r, "phone"), *email_in = input(r, "email");
	const char	*org = input(r, "org_name"), *err;
	char		*tax = input(r, "org_tax_code");
	char		 phone[11] = "", email[255] = "", taken[8] = "", branch[15];
	long		 rc;

	form_values(r);
	/* A branch's tax code typed on a numeric keypad comes without its hyphen. */
	if (strlen(tax) == 13 && strspn(tax, "0123456789") == 13) {
		snprintf(branch, sizeof(branch), "%.10s-%.3s", tax, tax + 10);
		tax = branch;
	}
	if ((err = valid_phone(phone_in, phone)) != NULL)
		form_error(r, "phone", *phone_in == '\0' ? "phone.required" : err);
	/* Required: an account made by dvcctl has no CCCD, and signs in with its e-mail only. */
	if ((err = valid_email(email_in, email, sizeof(email))) != NULL)
		form_error(r, "email", *email_in == '\0' ? "email.required" : err);
	if (*org != '\0' && *tax == '\0')
		form_error(r, "org_tax_code", "org_tax_code.required");
	else if (*tax != '\0' && (err = valid_tax_code(tax)) != NULL)
		form_error(r, "org_tax_code", err);
	else if (*tax != '\0' && *org == '\0')
		form_error(r, "org_name", "org_name.required");
	if (r->nerrors == 0 && email[0] != '\0') {
		struct db_arg args[] = { DB_S(email), DB_I((long long)r->user.id), DB_END_ };

		if ((rc = db_text(STMT_EMAIL_TAKEN, args, taken, sizeof(taken))) < 0)
			return db_status(rc);
		if (taken[0] != '\0')
			form_error(r, "email", "email.taken");
	}
	if (r->nerrors == 0) {
		struct db_arg args[] = { DB_S(phone), DB_S(email), DB_S(input(r, "address")), DB_S(org),
		    DB_S(tax), DB_I((long long)r->user.id), DB_END_ };

		if ((rc = db_exec(STMT_UPDATE_CONTACT, args, NULL, NULL)) < 0 && !db_duplicate())
			return db_status(rc);
		if (rc >= 0)
			return app_redirect(r, "/account/profile?msg=saved");
		form_error(r, "email", "email.taken");
	}
	return profile_data(r);
}

static int
password_page(struct request *r)
{
	(void)r;
	return 200;
}

struct secrets {
	char			 cccd[13], phone[11], email[255];
	struct login_row	 u;	/* the hash and the throttling state */
};

static int
secrets_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct secrets	*s = arg;

	(void)names;
	(void)lens;
	if (ncols < 7)
		return 0;
	snprintf(s->u.hash, sizeof(s->u.hash), "%s", cols[0]);
	s->u.failures = strtol(cols[4], NULL, 10);
	s->u.since_failed = strtol(cols[5], NULL, 10);
	s->u.locked_for = strtol(cols[6], NULL, 10);
	snprintf(s->cccd, sizeof(s->cccd), "%s", cols[1]);
	snprintf(s->phone, sizeof(s->phone), "%s", cols[2]);
	snprintf(s->email, sizeof(s->email), "%s", cols[3]);
	return 0;
}

static int
password_post(struct request *r)
{
	const char	*old = req_str(r, "old_password", ""), *pw = req_str(r, "password", "");
	struct secrets	 s = { 0 };
	const char	*outcome;
	char		 hash[PWHASH_SIZE];
	long		 rc = 0;
	int		 ok, st;

	{
		struct db_arg args[] = { DB_I((long long)r->user.id), DB_END_ };

		if ((rc = db_exec(STMT_SECRETS, args, secrets_row, &s)) < 0)
			return db_status(rc);
	}
	/* Guessing the old password with a stolen session is throttled like signing in. */
	if ((outcome = throttled(r, "old_password", &s.u)) != NULL)
		return (st = record_attempt(r, r->user.id, "", outcome)) != 0 ? st : 200;
	if ((ok = pwhash_verify(s.u.hash, old)) < 0)
		return app_error(r, 503, "server.busy");
	if (!ok) {
		struct db_arg args[] = { DB_I((long long)r->user.id), DB_END_ };

		if ((rc = db_exec(STMT_FAILED, args, NULL, NULL)) < 0 ||
		    (st = record_attempt(r, r->user.id, "", "bad_password")) != 0)
			return rc < 0 ? db_status(rc) : st;
		form_error(r, "old_password", "password.old_wrong");
	}
	{
		const char *personal[] = { s.cccd, s.phone, s.email, NULL };

		if ((st = check_new_password(r, "password", pw, req_str(r, "password2", ""),
		    personal)) != 0)
			return st;
	}
	if (r->nerrors == 0 && strcmp(old, pw) == 0)
		form_error(r, "password", "password.unchanged");
	if (r->nerrors > 0)
		return 200;
	if (pwhash_create(pw, hash) != 0)
		return app_error(r, 503, "server.busy");
	{
		struct db_arg args[] = { DB_S(hash), DB_I((long long)r->user.id), DB_END_ };

		if ((rc = db_exec(STMT_SET_PASSWORD, args, NULL, NULL)) < 0)
			return db_status(rc);
	}
	if ((st = session_end_others(r)) != 0)
		return st;
	return app_redirect(r, "/account/profile?msg=password-changed");
}

static int
privacy(struct request *r)
{
	(void)r;
	return 200;
}

static const struct route routes[] = {
	{ "GET", "/account/", ROLE_ANY, account_home, NULL, no_params, NULL, 0, NULL },
	{ "GET", "/account/login", ROLE_ANY, login_page, "account-login", login_page_params, NULL, ROUTE_FORM, NULL },
	{ "POST", "/account/login", ROLE_ANY, login, "account-login", login_params, NULL, ROUTE_FORM, NULL },
	{ "POST", "/account/logout", ROLE_ANY, logout, NULL, no_params, NULL, 0, NULL },
	{ "GET", "/account/register", ROLE_ANY, register_page, "account-register", login_page_params, NULL, ROUTE_FORM, NULL },
	{ "POST", "/account/register", ROLE_ANY, register_post, "account-register", register_params, NULL, ROUTE_FORM, NULL },
	{ "GET", "/account/profile", ROLE_USER, profile, "account-profile", msg_params, NULL, 0, NULL },
	{ "POST", "/account/profile", ROLE_USER, profile_post, "account-profile", contact_params, NULL, 0, NULL },
	{ "GET", "/account/password", ROLE_USER, password_page, "account-password", no_params, NULL, 0, NULL },
	{ "POST", "/account/password", ROLE_USER, password_post, "account-password", password_params, NULL, 0, NULL },
	{ "GET", "/account/privacy", ROLE_ANY, privacy, "account-privacy", no_params, NULL, ROUTE_CACHE, NULL },
};

int
main(int argc, char **argv)
{
	static const struct program prog = {
		.name = "dvc-account",
		/* argon2id takes 19 MiB and tens of milliseconds: one per core at the most. */
		.hash_slots = 2,
		.routes = routes,
		.nroutes = sizeof(routes) / sizeof(routes[0]),
		.stmts = stmts,
		.nstmts = STMT__MAX,
	};

	return app_main(&prog, argc, argv);
}
