/*
 * login.c — signing in and out: the account by its CCCD or e-mail, slowed down per login
 * (an account's, or one matching none, counted alike in login_failures) and limited per
 * address; every attempt recorded. Never locked: see domain.h and links.c (the unlock link).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dvc.h"
#include "account.h"

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

int
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
		    DB_SN(ua, text_prefix(ua, 255)), DB_END_ };

		rc = db_exec(STMT_ATTEMPT, args, NULL, NULL);
	}
	return rc < 0 ? db_status(rc) : 0;
}

int
login_page(struct request *r)
{
	form_value(r, "next", app_next(r, ""));
	show_msg(r);
	return 200;
}

static int
login_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct login_row	*u = arg;

	(void)names;
	(void)lens;
	if (ncols < 5)
		return 0;
	u->id = strtoull(cols[0], NULL, 10);
	snprintf(u->hash, sizeof(u->hash), "%s", cols[1]);
	u->disabled = strcmp(cols[2], "1") == 0;
	u->officer = strcmp(cols[3], "officer") == 0;
	u->kind = strcmp(cols[3], "admin") == 0 ? ROLE_ADMIN : u->officer ? ROLE_OFFICER : ROLE_CITIZEN;
	u->mfa = cols[4] != NULL && strcmp(cols[4], "1") == 0;
	return 1;
}

/* Two numbers: a count of failures, and the seconds since the last (or a second count). */
static int
failures_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct failures	*f = arg;

	(void)names;
	(void)lens;
	if (ncols >= 2) {
		f->n = num(cols[0]);
		f->since = cols[1] != NULL ? num(cols[1]) : 0;
	}
	return 0;
}

/* Seconds a login with this many failures in the window waits after the last: 5, 10, 20, 40,
 * 60 from the LOGIN_SLOW_AFTER-th. */
static long
slow_down(long failures)
{
	long	 wait = LOGIN_WAIT_FIRST;

	if (failures < LOGIN_SLOW_AFTER)
		return 0;
	for (failures -= LOGIN_SLOW_AFTER; failures > 0 && wait < LOGIN_WAIT_MAX; failures--)
		wait *= 2;
	return wait < LOGIN_WAIT_MAX ? wait : LOGIN_WAIT_MAX;
}

void
failure_key(unsigned long long user_id, const char *login, unsigned char out[32])
{
	char	 key[40];

	if (user_id == 0) {
		login_hash(login, out);
		return;
	}
	snprintf(key, sizeof(key), "account:%llu", user_id);
	keyed_hash(key, out);
}

int
failures_of(const unsigned char key[32], struct failures *f)
{
	struct db_arg	 args[] = { DB_SN((const char *)key, 32), DB_END_ };
	long		 rc;

	f->n = 0;
	f->since = 999999;
	if ((rc = db_exec(STMT_FAILURES, args, failures_row, f)) < 0)
		return db_status(rc);
	return 0;
}

int
failure_add(const unsigned char key[32])
{
	struct db_arg	 args[] = { DB_SN((const char *)key, 32), DB_END_ };
	long		 rc;

	if ((rc = db_exec(STMT_FAILURE_ADD, args, NULL, NULL)) < 0)
		return db_status(rc);
	db_exec(STMT_FAILURES_PURGE, NULL, NULL, NULL);	/* housekeeping: a failure can wait */
	return 0;
}

long
failures_clear(unsigned long long user_id)
{
	unsigned char	 key[32];
	long		 rc;

	failure_key(user_id, "", key);
	struct db_arg	 args[] = { DB_SN((const char *)key, 32), DB_END_ };

	return (rc = db_exec(STMT_FAILURES_CLEAR, args, NULL, NULL)) < 0 ? rc : 0;
}

const char *
throttled(struct request *r, const char *field, const struct failures *f)
{
	long	 wait;

	if ((wait = slow_down(f->n)) > f->since) {
		xml_attr_uint(form_error(r, field, "login.wait"), "seconds",
		    (unsigned long long)(wait - f->since));
		return "throttled";
	}
	return NULL;
}

/* Whether the request's address failed more than it may: LOGIN_ADDRESS_FAILURES in the
 * window, and LOGIN_ADDRESS_PER_USER more for each account that signed in from it lately.
 * 0 (*over set), or a database status. */
static int
address_over(struct request *r, bool *over)
{
	struct db_arg	 args[] = { DB_S(r->remote_addr != NULL ? r->remote_addr : ""), DB_END_ };
	struct failures	 a = { 0, 0 };	/* failures in the window, accounts signed in */
	long		 rc;

	if ((rc = db_exec(STMT_ADDRESS_FAILURES, args, failures_row, &a)) < 0)
		return db_status(rc);
	*over = a.n >= LOGIN_ADDRESS_FAILURES + LOGIN_ADDRESS_PER_USER * a.since;
	return 0;
}

/*
 * The same steps whatever the login: the address's limit, the account (or none), the
 * failures of the login in the window, and the password hashed, always, also when the answer
 * is a wait, so that neither the words, the status nor the time tell whether an account
 * exists. A wait is shown with the offer of an unlock link (sent only to a verified address).
 */
int
login(struct request *r)
{
	const char	*login = req_input(r, "login"), *password = req_str(r, "password", "");
	char		 email[255];
	struct login_row u = { 0 };
	struct failures	 f;
	unsigned char	 key[32];
	const char	*outcome = NULL;
	bool		 over = false;
	enum mfa_state	 mfa;
	long		 rc;
	int		 ok, st;

	form_values(r);
	if (*login == '\0' || *password == '\0') {
		form_error(r, "_", "login.required");
		return 200;
	}
	if ((st = address_over(r, &over)) != 0)
		return st;
	if (valid_email(login, email, sizeof(email)) != NULL)
		snprintf(email, sizeof(email), "-");	/* matches no address */
	{
		struct db_arg args[] = { DB_S(login), DB_S(email), DB_END_ };

		if ((rc = db_exec(STMT_USER_BY_LOGIN, args, login_row, &u)) < 0)
			return db_status(rc);
	}
	failure_key(u.id, login, key);
	if ((st = failures_of(key, &f)) != 0)
		return st;
	if ((ok = pwhash_verify(u.id != 0 ? u.hash : NULL, password)) < 0) {
		if ((st = record_attempt(r, u.id, login, "busy")) != 0)
			return st;
		return app_error(r, 503, "server.busy");
	}
	if (over) {
		xml_attr_uint(form_error(r, "_", "login.address_throttled"), "minutes",
		    LOGIN_WINDOW_MINUTES);
		outcome = "throttled";
	} else if ((outcome = throttled(r, "_", &f)) != NULL)
		xml_elem(r->root, "unlock");	/* the offer of a link, for any login */
	if (outcome != NULL)
		return (st = record_attempt(r, u.id, login, outcome)) != 0 ? st : 200;
	/* close.c: the owner of a closed account is told so. */
	if (ok && u.disabled && (st = close_refused(r, u.id, login)) != 0)
		return st;
	/* Locked by an administrator (dvc-admin): said, like a closed account's, only to whoever
	 * proved the password; anyone else gets the answer of a wrong one. */
	if (ok && u.disabled) {
		form_error(r, "_", "login.locked");
		return (st = record_attempt(r, u.id, login, "locked")) != 0 ? st : 200;
	}
	if (!ok || u.disabled) {
		if ((st = failure_add(key)) != 0)
			return st;
		form_error(r, "_", "login.wrong");
		return (st = record_attempt(r, u.id, login, u.id != 0 ? "bad_password" :
		    "unknown_account")) != 0 ? st : 200;
	}
	if ((mfa = mfa_after_password(u.kind, u.mfa)) != MFA_DONE) {
		/* mfa.c: the code (or the enrolment) comes next; the failures are cleared only when
		 * it is right, so that the password typed again does not end the slow-down of the
		 * codes. */
		if ((st = record_attempt(r, u.id, login, "second_factor")) != 0 ||
		    (st = session_start_mfa(r, u.id, mfa)) != 0)
			return st;
		return next_via(r, MFA_PATH);
	}
	if ((rc = failures_clear(u.id)) < 0)
		return db_status(rc);
	if ((st = record_attempt(r, u.id, login, "success")) != 0 || (st = session_start(r, u.id)) != 0)
		return st;
	/* Back where the visitor was going; else officers land on their inbox, everyone else
	 * on the profile. */
	return app_redirect(r, app_next(r, u.officer ? "/officer/" : "/account/profile"));
}

/* A 303 to page, carrying on the form's way back when it has one. */
int
next_via(struct request *r, const char *page)
{
	const char	*next = app_next(r, NULL);
	struct buf	 to = { 0 };
	int		 st;

	buf_puts(&to, page);
	if (next != NULL) {
		buf_puts(&to, "?next=");
		url_encode(&to, next);
	}
	st = app_redirect(r, buf_cstr(&to));
	buf_free(&to);
	return st;
}

int
logout(struct request *r)
{
	int	 st;

	if ((st = session_end(r)) != 0)
		return st;
	return app_redirect(r, "/account/login?msg=logged-out");
}
