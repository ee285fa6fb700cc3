/*
 * mfa_enrol.c — a staff account's second factor: enrolling an authenticator app (a new key of
 * TOTP_KEY_BYTES random bytes, shown as a QR code of its otpauth:// URI and as Base32 text,
 * enabled only once a code of it is typed back), then MFA_RECOVERY_CODES recovery codes shown
 * once; renewing those codes, or removing the factor, with a current code.
 *   GET  /account/mfa            (mfa.c) enrolment, or the factor's page once enabled
 *   POST /account/mfa/enable     the first code of the key shown: the factor enabled
 *   POST /account/mfa/recovery   new recovery codes (the old ones void)
 *   POST /account/mfa/disable    the factor removed; an account that must have one enrols again
 * An administrator (or an officer under mfa_officers = 1) without a factor comes here right
 * after the password (session MFA_ENROL) and reaches nothing else until it is done.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dvc.h"
#include "account.h"

/* <mfa section="enrol">: the key as Base32 in groups of four, its URI and QR code. */
static void
enrol_show(struct request *r, const struct mfa_row *m, const uint8_t key[TOTP_KEY_BYTES])
{
	xmlNodePtr	 node = xml_elem(r->root, "mfa");
	char		 b32[64], grouped[80];
	struct buf	 uri = { 0 };
	size_t		 i, o = 0, n;

	xml_attr(node, "section", "enrol");
	n = totp_base32(key, TOTP_KEY_BYTES, b32, sizeof(b32));
	for (i = 0; i < n; i++) {
		if (i > 0 && i % 4 == 0)
			grouped[o++] = ' ';
		grouped[o++] = b32[i];
	}
	grouped[o] = '\0';
	xml_text(node, "secret", grouped);
	xml_text(node, "account", m->email);
	totp_uri(&uri, conf.site_name, m->email, key, TOTP_KEY_BYTES);
	xml_text(node, "uri", buf_cstr(&uri));
	xml_qr(node, buf_cstr(&uri));
	sodium_memzero(uri.data, uri.cap);
	buf_free(&uri);
	sodium_memzero(b32, sizeof(b32));
	sodium_memzero(grouped, sizeof(grouped));
}

/* The key being enrolled: the one shown before and not yet confirmed, or a new one, stored
 * sealed. 0, or a database status. */
static int
enrol_key(struct request *r, struct mfa_row *m, uint8_t key[TOTP_KEY_BYTES])
{
	long	 rc;

	if (m->exists && mfa_open(r->user.id, m->sealed, sizeof(m->sealed), key))
		return 0;
	randombytes_buf(key, TOTP_KEY_BYTES);
	mfa_seal(r->user.id, key, m->sealed);
	{
		struct db_arg args[] = { DB_I((long long)r->user.id),
		    DB_SN((const char *)m->sealed, sizeof(m->sealed)), DB_END_ };

		if ((rc = db_exec(STMT_MFA_NEW, args, NULL, NULL)) < 0)
			return db_status(rc);
	}
	m->exists = true;
	return 0;
}

int
mfa_enrol_page(struct request *r, struct mfa_row *m)
{
	uint8_t		 key[TOTP_KEY_BYTES];
	xmlNodePtr	 node;
	int		 st;

	if (m->enabled && r->user.mfa == MFA_ENROL) {
		/* Enrolled meanwhile in another session: this one now owes a code of it. */
		if ((st = session_start_mfa(r, r->user.id, MFA_CODE)) != 0)
			return st;
		xml_attr(xml_elem(r->root, "mfa"), "section", "code");
		return 200;
	}
	if (m->enabled) {
		node = xml_elem(r->root, "mfa");
		xml_attr(node, "section", "manage");
		xml_text(node, "enabled_at", m->enabled_at);
		xml_attr_uint(node, "recovery_left", (unsigned long long)m->recovery_left);
		if (mfa_required(r->user.kind))
			xml_attr(node, "required", "1");
		return 200;
	}
	if ((st = enrol_key(r, m, key)) != 0)
		return st;
	enrol_show(r, m, key);
	if (mfa_required(r->user.kind))
		xml_attr(xml_elem(r->root, "mfa_required"), "kind",
		    r->user.kind == ROLE_ADMIN ? "admin" : "officer");
	sodium_memzero(key, sizeof(key));
	return 200;
}

struct recovery_tx {
	unsigned long long	 user;
	uint64_t		 step;		/* enabling: the step of the first code; 0 else */
	char			 codes[MFA_RECOVERY_CODES][MFA_RECOVERY_SIZE];
	struct buf		 before;	/* the factor's JSON for the audit log */
};

/* In one transaction: the factor enabled (when step), the old recovery codes void, the new
 * ones stored hashed, the change in the audit log (mfa_audit.c). */
static long
recovery_store(void *arg)
{
	struct recovery_tx	*tx = arg;
	char			 canon[MFA_RECOVERY_CHARS + 1];
	unsigned char		 hash[32];
	struct db_arg		 user[] = { DB_I((long long)tx->user), DB_END_ };
	long			 rc;
	size_t			 i;

	if ((rc = mfa_json(tx->user, &tx->before)) < 0)
		return rc;
	if (tx->step != 0) {
		struct db_arg args[] = { DB_I((long long)tx->step), DB_I((long long)tx->user), DB_END_ };

		if ((rc = db_exec(STMT_MFA_ENABLE, args, NULL, NULL)) < 0)
			return rc;
		if (rc != 1)
			return 409;	/* enabled meanwhile, by another request */
	}
	if ((rc = db_exec(STMT_RECOVERY_CLEAR, user, NULL, NULL)) < 0)
		return rc;
	for (i = 0; i < MFA_RECOVERY_CODES; i++) {
		mfa_input(tx->codes[i], canon);
		mfa_recovery_hash(canon, hash);
		struct db_arg args[] = { DB_I((long long)tx->user), DB_SN((const char *)hash, sizeof(hash)),
		    DB_END_ };

		if ((rc = db_exec(STMT_RECOVERY_ADD, args, NULL, NULL)) < 0)
			return rc;
	}
	return mfa_audit(tx->user, &tx->before);
}

/* New recovery codes stored (the factor enabled too when step), then shown, once:
 * <mfa section="codes"><code>…</code>…</mfa>. 200, or an error status. */
static int
recovery_new(struct request *r, uint64_t step)
{
	struct recovery_tx	 tx = { .user = r->user.id, .step = step };
	xmlNodePtr		 node;
	long			 rc;
	size_t			 i;

	for (i = 0; i < MFA_RECOVERY_CODES; i++)
		mfa_recovery_new(tx.codes[i]);
	rc = db_transaction(recovery_store, &tx);
	buf_free(&tx.before);
	if (rc == 409)
		return next_via(r, MFA_PATH);
	if (rc != 0)
		return rc < 0 ? db_status(rc) : 500;
	node = xml_elem(r->root, "mfa");
	xml_attr(node, "section", "codes");
	for (i = 0; i < MFA_RECOVERY_CODES; i++)
		xml_text(node, "code", tx.codes[i]);
	sodium_memzero(&tx, sizeof(tx));
	return 200;
}

/* The routes below are for staff with a whole session, but enabling, which an account that
 * must enrol does before its session is whole. 0 to go on, or the status. */
static int
staff_only(struct request *r)
{
	if (r->user.kind != ROLE_ADMIN && r->user.kind != ROLE_OFFICER)
		return app_error(r, 404, "mfa.staff_only");
	return 0;
}

int
mfa_enable(struct request *r)
{
	struct mfa_row	 m;
	uint8_t		 key[TOTP_KEY_BYTES];
	char		 canon[MFA_RECOVERY_CHARS + 1];
	const char	*typed;
	uint64_t	 step = 0;
	bool		 right;
	int		 st;

	if ((st = staff_only(r)) != 0)
		return st;
	if (r->user.mfa == MFA_CODE)
		return next_via(r, MFA_PATH);
	form_value(r, "next", app_next(r, ""));
	if ((st = mfa_load(r, &m)) != 0)
		return st;
	if (m.enabled || !m.exists || !mfa_open(r->user.id, m.sealed, sizeof(m.sealed), key))
		return next_via(r, MFA_PATH);
	typed = req_input(r, "code");
	right = mfa_input(typed, canon) == MFA_INPUT_TOTP &&
	    totp_check(key, sizeof(key), canon, time(NULL), &step);
	if (!right) {
		form_error(r, "code", *typed == '\0' ? "mfa.required" : "mfa.wrong");
		enrol_show(r, &m, key);
		sodium_memzero(key, sizeof(key));
		return 200;
	}
	sodium_memzero(key, sizeof(key));
	/* The account proved its password and now its factor: a whole session, new token. */
	if (r->user.mfa == MFA_ENROL) {
		enum role	 kind = r->user.kind;

		if ((st = session_start(r, r->user.id)) != 0)
			return st;
		r->user.kind = kind;
	}
	xml_attr(xml_elem(r->root, "mfa_enabled"), "home", app_next(r, mfa_home(r)));
	return recovery_new(r, step);
}

/* A current code for a change of the factor: 0 and *right, or a status. */
static int
current_code(struct request *r, struct mfa_row *m, bool *right)
{
	int	 st;

	*right = false;
	if ((st = staff_only(r)) != 0 || (st = mfa_load(r, m)) != 0)
		return st;
	if (!m->enabled)
		return next_via(r, MFA_PATH);
	if ((st = mfa_answer(r, m, req_input(r, "code"), right)) != 0)
		return st;
	if (!*right)
		mfa_enrol_page(r, m);	/* the factor's page again, the error by the field */
	return 0;
}

int
mfa_recovery(struct request *r)
{
	struct mfa_row	 m;
	bool		 right;
	int		 st;

	if ((st = current_code(r, &m, &right)) != 0 || !right)
		return st != 0 ? st : 200;
	return recovery_new(r, 0);
}

int
mfa_disable(struct request *r)
{
	struct mfa_row	 m;
	long		 rc;
	bool		 right;
	int		 st;

	if ((st = current_code(r, &m, &right)) != 0 || !right)
		return st != 0 ? st : 200;
	/* With its audit row, and its owner mailed (mfa_audit.c). */
	if ((rc = mfa_remove(r->user.id, &m)) < 0)
		return db_status(rc);
	/* An account that must have a factor enrols a new one before anything else. */
	if (mfa_required(r->user.kind)) {
		if ((st = session_start_mfa(r, r->user.id, MFA_ENROL)) != 0)
			return st;
		return app_redirect(r, MFA_PATH);
	}
	return app_redirect(r, MFA_PATH "?msg=mfa-disabled");
}
