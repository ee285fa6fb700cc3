/*
 * mfa.c — the second factor at sign-in. After the right password (login.c), an account that
 * has a factor, or must have one, gets a session that may only answer the code or sign out
 * (core app.c keeps it from any other page): a code of its authenticator app (RFC 6238, one
 * step of clock drift either way, each step good once) or one of its recovery codes (each
 * good once). Wrong codes count as the account's sign-in failures and slow it down as wrong
 * passwords do (login.c); the right one starts a whole session under a new token.
 *   GET  /account/mfa   the code's form, or enrolment, or the factor's page (mfa_enrol.c)
 *   POST /account/mfa   the code of a sign-in
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dvc.h"
#include "account.h"

bool
mfa_required(enum role kind)
{
	return kind == ROLE_ADMIN || (kind == ROLE_OFFICER && conf.mfa_officers);
}

enum mfa_state
mfa_after_password(enum role kind, bool has)
{
	if (kind != ROLE_ADMIN && kind != ROLE_OFFICER)
		return MFA_DONE;	/* citizens are not asked */
	if (has)
		return MFA_CODE;
	return mfa_required(kind) ? MFA_ENROL : MFA_DONE;
}

const char *
mfa_home(const struct request *r)
{
	return r->user.kind == ROLE_OFFICER ? "/officer/" : "/account/profile";
}

static int
mfa_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct mfa_row	*m = arg;
	const char	*v;

	snprintf(m->email, sizeof(m->email), "%s", row_get(ncols, names, cols, "email") ?
	    row_get(ncols, names, cols, "email") : "");
	snprintf(m->name, sizeof(m->name), "%s", (v = row_get(ncols, names, cols, "full_name")) != NULL ?
	    v : "");
	if (ncols < 2 || cols[1] == NULL || lens[1] != MFA_SEALED_BYTES)
		return 1;
	memcpy(m->sealed, cols[1], MFA_SEALED_BYTES);
	m->exists = true;
	m->enabled = (v = row_get(ncols, names, cols, "enabled")) != NULL && strcmp(v, "1") == 0;
	m->last_step = (v = row_get(ncols, names, cols, "last_step")) != NULL ?
	    strtoull(v, NULL, 10) : 0;
	snprintf(m->enabled_at, sizeof(m->enabled_at), "%s",
	    (v = row_get(ncols, names, cols, "enabled_at")) != NULL ? v : "");
	m->recovery_left = num(row_get(ncols, names, cols, "recovery_left"));
	return 1;
}

int
mfa_load(struct request *r, struct mfa_row *m)
{
	struct db_arg	 args[] = { DB_I((long long)r->user.id), DB_END_ };
	long		 rc;

	memset(m, 0, sizeof(*m));
	return (rc = db_exec(STMT_MFA_GET, args, mfa_row, m)) < 0 ? db_status(rc) : 0;
}

/* Whether canon (mfa_input()'s form) is right: the step taken, or the recovery code used up,
 * once, also against a second request with the same code. 0 (*right set), or a status. */
static int
code_right(struct request *r, const struct mfa_row *m, enum mfa_input kind, const char *canon,
    bool *right)
{
	uint8_t		 key[TOTP_KEY_BYTES];
	unsigned char	 hash[32];
	uint64_t	 step = m->last_step;
	long		 rc;

	*right = false;
	if (kind == MFA_INPUT_TOTP) {
		if (!mfa_open(r->user.id, m->sealed, sizeof(m->sealed), key)) {
			log_warn("user %llu: the second factor's key does not open (another secret?)",
			    r->user.id);
			return 0;
		}
		*right = totp_check(key, sizeof(key), canon, time(NULL), &step);
		sodium_memzero(key, sizeof(key));
		if (!*right)
			return 0;
		struct db_arg args[] = { DB_I((long long)step), DB_I((long long)r->user.id),
		    DB_I((long long)step), DB_END_ };

		if ((rc = db_exec(STMT_MFA_STEP, args, NULL, NULL)) < 0)
			return db_status(rc);
		*right = rc == 1;
		return 0;
	}
	/* Used up with its audit row, and its owner told (mfa_audit.c). */
	mfa_recovery_hash(canon, hash);
	return (rc = mfa_recovery_use(r->user.id, m, hash, right)) < 0 ? db_status(rc) : 0;
}

int
mfa_answer(struct request *r, const struct mfa_row *m, const char *typed, bool *right)
{
	char		 canon[MFA_RECOVERY_CHARS + 1];
	enum mfa_input	 kind = mfa_input(typed, canon);
	unsigned char	 key[32];
	struct failures	 f;
	const char	*outcome;
	int		 st;

	*right = false;
	if (kind == MFA_INPUT_BAD && *typed == '\0') {
		form_error(r, "code", "mfa.required");
		return 0;
	}
	failure_key(r->user.id, "", key);
	if ((st = failures_of(key, &f)) != 0)
		return st;
	if ((outcome = throttled(r, "code", &f)) != NULL)
		return record_attempt(r, r->user.id, "", outcome);
	if (kind != MFA_INPUT_BAD && m->enabled && (st = code_right(r, m, kind, canon, right)) != 0)
		return st;
	if (*right)
		return 0;
	if ((st = failure_add(key)) != 0)
		return st;
	form_error(r, "code", kind == MFA_INPUT_BAD ? "mfa.format" : "mfa.wrong");
	return record_attempt(r, r->user.id, "", "bad_code");
}

int
mfa_page(struct request *r)
{
	struct mfa_row	 m;
	int		 st;

	form_value(r, "next", app_next(r, ""));
	show_msg(r);
	if (r->user.mfa == MFA_CODE) {
		xml_attr(xml_elem(r->root, "mfa"), "section", "code");
		return 200;
	}
	if (r->user.kind != ROLE_ADMIN && r->user.kind != ROLE_OFFICER)
		return app_error(r, 404, "mfa.staff_only");
	if ((st = mfa_load(r, &m)) != 0)
		return st;
	return mfa_enrol_page(r, &m);
}

int
mfa_post(struct request *r)
{
	struct mfa_row	 m;
	const char	*home = mfa_home(r);	/* before the new session empties r->user */
	bool		 right;
	long		 rc;
	int		 st;

	if (r->user.mfa != MFA_CODE)
		return next_via(r, MFA_PATH);
	form_value(r, "next", app_next(r, ""));
	xml_attr(xml_elem(r->root, "mfa"), "section", "code");
	if ((st = mfa_load(r, &m)) != 0 || (st = mfa_answer(r, &m, req_input(r, "code"), &right)) != 0)
		return st;
	if (!right)
		return 200;
	if ((rc = failures_clear(r->user.id)) < 0)
		return db_status(rc);
	if ((st = record_attempt(r, r->user.id, "", "success")) != 0 ||
	    (st = session_start(r, r->user.id)) != 0)
		return st;
	return app_redirect(r, app_next(r, home));
}
