/*
 * close.c — a citizen withdraws consent to the processing of personal data and closes the
 * account (Decree 356/2025; the privacy notice, account-privacy.xsl, "Rút lại sự đồng ý").
 *   GET|POST /account/close    what closing means, then the current password and a tick
 *   GET      /account/closed   the page after it, signed out
 *
 * What closing does, in one transaction (README, "Personal data over time"): the account is
 * disabled and marked closed; its contact details (phone, e-mail, address, organisation)
 * and its date of birth are emptied; its drafts (never submitted: no archive keeps them) go
 * with their files' rows (dvcctl gc removes the files), and its reset requests; every
 * session of it ends. What stays: the submitted dossiers, each with its own copy of the
 * applicant's details, which the archive law keeps and only the officers of its units see;
 * the account's name and CCCD (whose dossiers they are) and its password's hash, so that
 * its owner signing in is told the account is closed (close_refused()) while anyone else
 * gets the same answer as for a wrong password; the sign-in records, until dvcctl purge
 * removes them at 12 months like everyone's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "account.h"

int
close_page(struct request *r)
{
	(void)r;
	return 200;
}

int
closed_page(struct request *r)
{
	xml_elem(r->root, "closed");
	return 200;
}

/* The password's hash of the signed-in user (STMT_SECRETS' first column). */
static int
secret_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	char	*hash = arg;

	(void)names;
	(void)lens;
	if (ncols < 1 || cols[0] == NULL)
		return 0;
	snprintf(hash, PWHASH_SIZE, "%s", cols[0]);
	return 0;
}

/* The changes of closing and every session of the account ended, in one transaction
 * (db_transaction(): run again after a deadlock; it only runs statements). arg points to the
 * account's id. 0, or what db_exec() returned. */
static long
close_tx(void *arg)
{
	static const size_t	 steps[] = { STMT_CLOSE_ACCOUNT, STMT_CLOSE_DRAFTS, STMT_CLOSE_RESETS,
	    STMT_CLOSE_LINKS };
	const unsigned long long *id = arg;
	struct db_arg		 args[] = { DB_I((long long)*id), DB_END_ };
	size_t			 i;
	long			 rc;

	for (i = 0; i < sizeof(steps) / sizeof(steps[0]); i++)
		if ((rc = db_exec(steps[i], args, NULL, NULL)) < 0)
			return rc;
	return session_end_user(*id);
}

/*
 * The confirmation: the current password (guessing it with a stolen session is throttled
 * like signing in) and the tick; then the account closed, its sessions ended, the browser
 * signed out, and the page that says so.
 */
int
close_post(struct request *r)
{
	const char		*pw = req_str(r, "password", ""), *outcome;
	unsigned long long	 id = r->user.id;
	char			 hash[PWHASH_SIZE] = "";
	unsigned char		 key[32];
	struct failures		 f;
	long			 rc;
	int			 ok, st;

	form_values(r);
	{
		struct db_arg args[] = { DB_I((long long)r->user.id), DB_END_ };

		if ((rc = db_exec(STMT_SECRETS, args, secret_row, hash)) < 0)
			return db_status(rc);
	}
	/* Guessing the password with a stolen session is slowed down like signing in. */
	failure_key(r->user.id, "", key);
	if ((st = failures_of(key, &f)) != 0)
		return st;
	if ((outcome = throttled(r, "password", &f)) != NULL)
		return (st = record_attempt(r, r->user.id, "", outcome)) != 0 ? st : 200;
	if (*pw == '\0')
		form_error(r, "password", "close.password_required");
	else if ((ok = pwhash_verify(hash, pw)) < 0)
		return app_error(r, 503, "server.busy");
	else if (!ok) {
		if ((st = failure_add(key)) != 0 ||
		    (st = record_attempt(r, r->user.id, "", "bad_password")) != 0)
			return st;
		form_error(r, "password", "password.old_wrong");
	}
	if (strcmp(req_str(r, "confirm", ""), "1") != 0)
		form_error(r, "confirm", "close.confirm_required");
	if (r->nerrors > 0)
		return 200;
	if ((rc = db_transaction(close_tx, &id)) < 0)
		return db_status(rc);
	log_info("account %llu closed by its owner", r->user.id);
	/* The session's row went with the others: this expires the browser's cookie. */
	if ((st = session_end(r)) != 0)
		return st;
	return app_redirect(r, "/account/closed");
}

/*
 * Sign-in (login.c): the right password of a disabled account. A closed one is refused with
 * its own message, shown only to whoever proved the password; the attempt is recorded as a
 * locked account's. 200 when refused so, 0 when the account is not closed (disabled by an
 * administrator: the caller answers as it does), or a database status.
 */
int
close_refused(struct request *r, unsigned long long id, const char *login)
{
	struct db_arg	 args[] = { DB_I((long long)id), DB_END_ };
	long long	 closed = 0;
	long		 rc;
	int		 st;

	if ((rc = db_int(STMT_CLOSED, args, &closed)) < 0)
		return db_status(rc);
	if (closed == 0)
		return 0;
	form_error(r, "_", "login.closed");
	return (st = record_attempt(r, id, login, "locked")) != 0 ? st : 200;
}
