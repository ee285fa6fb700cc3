/*
 * login.c — signing in and out: the account by its CCCD or e-mail, throttled per account,
 * per login matching none, and per address; every attempt recorded.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dvc.h"
#include "account.h"

/* A local path to return to after sign-in; anything else (another site) is refused. */
const char *
safe_next(const char *next)
{
	if (next == NULL || next[0] != '/' || next[1] == '/' || next[1] == '\\' ||
	    strpbrk(next, "\r\n\\") != NULL || strncmp(next, "/account/log", 12) == 0)
		return "/account/profile";
	return next;
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
		    DB_SN(ua, strnlen(ua, 255)), DB_END_ };

		rc = db_exec(STMT_ATTEMPT, args, NULL, NULL);
	}
	return rc < 0 ? db_status(rc) : 0;
}

int
login_page(struct request *r)
{
	form_value(r, "next", req_str(r, "next", ""));
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
const char *
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

int
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
	/* close.c: the owner of a closed account is told so. */
	if (ok && u.disabled && (st = close_refused(r, u.id, login)) != 0)
		return st;
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

int
logout(struct request *r)
{
	int	 st;

	if ((st = session_end(r)) != 0)
		return st;
	return app_redirect(r, "/account/login?msg=logged-out");
}
