/*
 * people_act.c — what an administrator does to an account from its page:
 *   POST /admin/people/{id}/lock     users.disabled: every session of it ends at once, and its
 *                                    owner's next sign-in is told the account is locked
 *                                    (dvc-account login.c); never oneself, never the last
 *                                    active administrator (two locking each other: the second
 *                                    waits for the first and is refused)
 *   POST /admin/people/{id}/unlock   the lock lifted (a closed account stays closed)
 *   POST /admin/people/{id}/link     a link to set the password, mailed to the account's
 *                                    address: a random token of which only the SHA-256 is kept
 *                                    (password_resets, sql/012), good once, for
 *                                    SET_PASSWORD_LINK_HOURS, opened by dvc-account's
 *                                    /account/reset; the links sent before are voided. The
 *                                    administrator sees that it went and until when it is good,
 *                                    never the token. An address not verified only for an
 *                                    officer or administrator, whose address an administrator
 *                                    typed: the link verifies it; a citizen's must be verified.
 *   POST /admin/people/{id}/mfa-reset  the second factor reset, for a lost phone (confirm=1
 *                                    asked): the key and the recovery codes removed, every
 *                                    session ended; an account that must have a factor
 *                                    (dvc-account's mfa_required()) enrols a new one at its
 *                                    next sign-in. Never one's own (that is /account/mfa).
 *                                    Its owner is mailed (mail-mfa, event "reset").
 * Each in one transaction with its entry in the audit log, then back to the page with a notice;
 * a refusal is said on the page and changes nothing.
 */
#include <stdio.h>
#include <string.h>

#include "dvc.h"
#include "admin.h"

#define MAIL_SET_PASSWORD	"mail-set-password"
#define MAIL_MFA		"mail-mfa"

const char *const people_views[] = { MAIL_SET_PASSWORD, MAIL_MFA, NULL };

const struct param_spec mfa_reset_params[] = {
	{ "confirm", P_TOKEN, 8 },
	{ NULL, 0, 0 },
};

/* The account as a change reads it, locked. */
struct target {
	bool	 found, admin, citizen, disabled, closed, verified, mfa;
	char	 email[255], name[128], kind[16];
};

static int
target_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct target	*t = arg;

	(void)names;
	(void)lens;
	if (ncols < 6)
		return 1;
	t->found = true;
	t->admin = strcmp(cols[0], "admin") == 0;
	t->citizen = strcmp(cols[0], "citizen") == 0;
	t->disabled = num(cols[1]) != 0;
	t->closed = num(cols[2]) != 0;
	snprintf(t->email, sizeof(t->email), "%s", cols[3]);
	t->verified = num(cols[4]) != 0;
	snprintf(t->name, sizeof(t->name), "%s", cols[5]);
	snprintf(t->kind, sizeof(t->kind), "%s", cols[0]);
	t->mfa = ncols > 6 && num(cols[6]) != 0;
	return 1;
}

/* A change of one account (db_transaction(): run again after a deadlock, so it resets what
 * it fills and only runs statements): 1 rolls back with the refusal's code and status. */
struct change {
	unsigned long long	 id, actor;
	bool			 lock;		/* lock or unlock */
	const char		*ip;		/* the link: the administrator's address, */
	const unsigned char	*hash;		/* the token's SHA-256, */
	xmlDocPtr		 mail;		/* the message */
	struct target		 t;
	struct buf		 before, after;
	bool			 changed;
	const char		*refused;
	int			 status;
};

static long
change_refused(struct change *x, int status, const char *code)
{
	x->refused = code;
	x->status = status;
	return 1;
}

static long
change_start(struct change *x)
{
	struct db_arg	 args[] = { DB_I((long long)x->id), DB_END_ };
	long		 rc;

	memset(&x->t, 0, sizeof(x->t));
	x->refused = NULL;
	x->changed = false;
	if ((rc = db_exec(STMT_PERSON_LOCK, args, target_row, &x->t)) < 0)
		return rc;
	if (!x->t.found)
		return change_refused(x, 404, "people.unknown");
	return person_json(x->id, &x->before);
}

static long
change_end(struct change *x)
{
	long	 rc;

	if ((rc = person_json(x->id, &x->after)) < 0)
		return rc;
	x->changed = true;
	return person_audit(x->actor, "change", x->id, buf_cstr(&x->before), buf_cstr(&x->after));
}

static long
locking_tx(void *arg)
{
	struct change	*x = arg;
	long long	 left = 1;
	long		 rc;

	/* The administrators first, in the order every such change takes them. */
	if (x->lock) {
		struct db_arg args[] = { DB_I((long long)x->id), DB_END_ };

		if ((rc = db_int(STMT_ADMINS_LEFT, args, &left)) < 0)
			return rc;
	}
	if ((rc = change_start(x)) != 0)
		return rc;
	if (x->t.closed)
		return change_refused(x, 409, "people.closed");
	if (x->t.disabled == x->lock)
		return 0;	/* as asked already: nothing to write */
	if (x->lock && x->t.admin && left == 0)
		return change_refused(x, 409, "people.last_admin");
	{
		struct db_arg args[] = { DB_I(x->lock), DB_I((long long)x->id), DB_I(x->lock), DB_END_ };

		if ((rc = db_exec(STMT_PERSON_DISABLE, args, NULL, NULL)) < 0)
			return rc;
	}
	if (x->lock && (rc = session_end_user(x->id)) < 0)
		return rc;
	return change_end(x);
}

/* Runs the change's transaction; its outcome as the handler's status: a redirect to the page
 * with the notice, the page with the refusal, or a database status. */
static int
change_run(struct request *r, struct change *x, long (*tx)(void *), const char *notice)
{
	char	 to[80];
	long	 rc;

	rc = db_transaction(tx, x);
	buf_free(&x->before);
	buf_free(&x->after);
	if (rc < 0)
		return db_status(rc);
	if (x->refused != NULL && x->status == 404)
		return app_error(r, 404, x->refused);
	if (x->refused != NULL) {
		form_error(r, "_", x->refused);
		return person_refused(r, x->id, x->status);
	}
	if (x->changed)
		log_info("account %llu: %s by administrator %llu", x->id, notice, x->actor);
	snprintf(to, sizeof(to), "/admin/people/%llu?msg=%s", x->id, notice);
	return app_redirect(r, to);
}

static int
lock_set(struct request *r, bool lock)
{
	struct change	 x = { .id = (unsigned long long)num(r->arg), .actor = r->user.id,
	    .lock = lock };

	if (lock && x.id == r->user.id) {
		form_error(r, "_", "people.self_lock");
		return person_refused(r, x.id, 409);
	}
	return change_run(r, &x, locking_tx, lock ? "locked" : "unlocked");
}

int
person_lock(struct request *r)
{
	return lock_set(r, true);
}

int
person_unlock(struct request *r)
{
	return lock_set(r, false);
}

/* ------------------------------------------------------------------ the set-password link */

long
person_link_queue(unsigned long long id, const unsigned char *hash, const char *ip,
    xmlDocPtr mail, const char *email)
{
	struct db_arg	 vargs[] = { DB_I((long long)id), DB_END_ };
	struct db_arg	 args[] = { DB_I((long long)id),
	    DB_SN((const char *)hash, crypto_hash_sha256_BYTES), DB_S(ip), DB_END_ };
	long		 rc;

	if ((rc = db_exec(STMT_PERSON_LINK_VOID, vargs, NULL, NULL)) < 0 ||
	    (rc = db_exec(STMT_PERSON_LINK_INSERT, args, NULL, NULL)) < 0 ||
	    (rc = mail_queue(MAIL_SET_PASSWORD, mail, email, 0, NULL)) < 0)
		return rc;
	return 0;
}

static long
linking_tx(void *arg)
{
	struct change	*x = arg;
	long		 rc;

	if ((rc = change_start(x)) != 0)
		return rc;
	/* An address not verified only for staff, whose address an administrator typed. */
	if (x->t.closed)
		return change_refused(x, 409, "people.closed");
	if (x->t.disabled)
		return change_refused(x, 409, "people.link_locked");
	if (x->t.email[0] == '\0')
		return change_refused(x, 409, "people.link_no_email");
	if (x->t.citizen && !x->t.verified)
		return change_refused(x, 409, "people.link_unverified");
	if ((rc = person_link_queue(x->id, x->hash, x->ip, x->mail, x->t.email)) < 0)
		return rc;
	return change_end(x);
}

void
person_link_mail(const char *name, const char *new_kind, xmlDocPtr *doc,
    unsigned char hash[crypto_hash_sha256_BYTES])
{
	char		 token[SESSION_TOKEN_SIZE];
	xmlNodePtr	 root;

	token_new(token);
	crypto_hash_sha256(hash, (const unsigned char *)token, strlen(token));
	*doc = mail_doc(&root);
	xml_text(root, "name", name);
	xml_text(root, "token", token);
	xml_attr_uint(xml_elem(root, "hours"), "n", SET_PASSWORD_LINK_HOURS);
	if (new_kind != NULL)
		xml_text(root, "new", new_kind);
	sodium_memzero(token, sizeof(token));
}

int
person_link(struct request *r)
{
	unsigned char	 hash[crypto_hash_sha256_BYTES];
	struct change	 x = { .id = (unsigned long long)num(r->arg), .actor = r->user.id,
	    .ip = r->remote_addr != NULL ? r->remote_addr : "", .hash = hash };
	struct target	 t = { 0 };
	int		 st;

	/* The name for the message, read before the transaction (which reads it again). */
	{
		struct db_arg args[] = { DB_I((long long)x.id), DB_END_ };
		long rc;

		if ((rc = db_exec(STMT_PERSON_LOCK, args, target_row, &t)) < 0)
			return db_status(rc);
	}
	if (!t.found)
		return app_error(r, 404, "people.unknown");
	person_link_mail(t.name, NULL, &x.mail, hash);
	st = change_run(r, &x, linking_tx, "link-sent");
	xmlFreeDoc(x.mail);
	return st;
}

/* ------------------------------------------------------------------ the second factor reset */

static long
resetting_tx(void *arg)
{
	struct change	*x = arg;
	struct db_arg	 args[] = { DB_I((long long)x->id), DB_END_ };
	long		 rc;

	if ((rc = change_start(x)) != 0)
		return rc;
	if (!x->t.mfa)
		return change_refused(x, 409, "people.mfa_none");
	if ((rc = db_exec(STMT_PERSON_RECOVERY_DELETE, args, NULL, NULL)) < 0 ||
	    (rc = db_exec(STMT_PERSON_MFA_DELETE, args, NULL, NULL)) < 0 ||
	    (rc = session_end_user(x->id)) < 0)
		return rc;
	if (x->t.email[0] != '\0' && (rc = mail_queue(MAIL_MFA, x->mail, x->t.email, 0, NULL)) < 0)
		return rc;
	return change_end(x);
}

int
person_mfa_reset(struct request *r)
{
	struct change	 x = { .id = (unsigned long long)num(r->arg), .actor = r->user.id };
	struct target	 t = { 0 };
	xmlNodePtr	 root;
	int		 st;

	if (x.id == r->user.id) {
		form_error(r, "_", "people.mfa_self");
		return person_refused(r, x.id, 409);
	}
	/* The name and kind for the message, read before the transaction (which reads them again). */
	{
		struct db_arg args[] = { DB_I((long long)x.id), DB_END_ };
		long rc;

		if ((rc = db_exec(STMT_PERSON_LOCK, args, target_row, &t)) < 0)
			return db_status(rc);
	}
	if (!t.found)
		return app_error(r, 404, "people.unknown");
	if (strcmp(req_str(r, "confirm", ""), "1") != 0) {
		form_error(r, "confirm", "people.mfa_confirm");
		return person_refused(r, x.id, 422);
	}
	x.mail = mail_doc(&root);
	xml_text(root, "event", "reset");
	xml_text(root, "name", t.name);
	/* Whether the next sign-in leads to enrolment (as dvc-account's mfa_required()). */
	if (t.admin || (strcmp(t.kind, "officer") == 0 && conf.mfa_officers))
		xml_text(root, "required", t.kind);
	st = change_run(r, &x, resetting_tx, "mfa-reset");
	xmlFreeDoc(x.mail);
	return st;
}
