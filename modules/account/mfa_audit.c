/*
 * mfa_audit.c — what the owner of an account does to its own second factor, told: every change
 * (enabled, recovery codes renewed, a recovery code used, removed) is appended to the audit
 * log as the object kind 'user' by the account itself, program "dvc-account", before and after
 * as the factor's JSON (on or off, recovery codes left; never the key nor a code). Removing the
 * factor and using up a recovery code are also mailed to the account's address (mail-mfa), for
 * the day it was not its owner.
 */
#include <stdio.h>
#include <string.h>

#include "dvc.h"
#include "catalogue.h"
#include "account.h"

#define MAIL_MFA	"mail-mfa"

long
mfa_json(unsigned long long user, struct buf *out)
{
	struct db_arg	 args[] = { DB_I((long long)user), DB_I((long long)user), DB_END_ };
	long		 rc;

	return (rc = db_buf(STMT_MFA_JSON, args, out)) < 0 ? rc : 0;
}

long
mfa_audit(unsigned long long user, struct buf *before)
{
	struct buf	 after = { 0 };
	char		 code[24];
	long		 rc;

	if ((rc = mfa_json(user, &after)) < 0) {
		buf_free(&after);
		return rc;
	}
	snprintf(code, sizeof(code), "%llu", user);
	{
		struct cat_who who = catalogue_who(user);

		rc = catalogue_log(&who, "change", "user", code, user, buf_cstr(before),
		    buf_cstr(&after));
	}
	buf_free(&after);
	return rc;
}

long
mfa_mail(const struct mfa_row *m, const char *event, long long recovery_left)
{
	xmlDocPtr	 doc;
	xmlNodePtr	 root;
	long		 rc;

	if (m->email[0] == '\0')
		return 0;
	doc = mail_doc(&root);
	xml_text(root, "event", event);
	xml_text(root, "name", m->name);
	if (recovery_left >= 0)
		xml_attr_uint(xml_elem(root, "recovery_left"), "n", (unsigned long long)recovery_left);
	rc = mail_queue(MAIL_MFA, doc, m->email, 0, NULL);
	xmlFreeDoc(doc);
	return rc < 0 ? rc : 0;
}

/* A recovery code used up (db_transaction(): it only runs statements). */
struct use_tx {
	unsigned long long	 user;
	const struct mfa_row	*m;
	const unsigned char	*hash;
	struct buf		 before;
	bool			 used;
};

static long
use_tx(void *arg)
{
	struct use_tx	*x = arg;
	struct db_arg	 args[] = { DB_I((long long)x->user), DB_SN((const char *)x->hash, 32), DB_END_ };
	long		 rc;

	x->used = false;
	if ((rc = mfa_json(x->user, &x->before)) < 0 ||
	    (rc = db_exec(STMT_RECOVERY_USE, args, NULL, NULL)) < 0)
		return rc;
	if (rc != 1)
		return 0;	/* not one of its codes, or used already */
	x->used = true;
	if ((rc = mfa_audit(x->user, &x->before)) < 0 ||
	    (rc = mfa_mail(x->m, "recovery", x->m->recovery_left > 0 ? x->m->recovery_left - 1 : 0)) < 0)
		return rc;
	return 0;
}

long
mfa_recovery_use(unsigned long long user, const struct mfa_row *m, const unsigned char hash[32],
    bool *used)
{
	struct use_tx	 x = { .user = user, .m = m, .hash = hash };
	long		 rc;

	rc = db_transaction(use_tx, &x);
	buf_free(&x.before);
	*used = rc == 0 && x.used;
	if (*used)
		log_info("user %llu: a recovery code used", user);
	return rc < 0 ? rc : 0;
}

/* The factor removed, its recovery codes with it. */
struct off_tx {
	unsigned long long	 user;
	const struct mfa_row	*m;
	struct buf		 before;
};

static long
off_tx(void *arg)
{
	struct off_tx	*x = arg;
	struct db_arg	 args[] = { DB_I((long long)x->user), DB_END_ };
	long		 rc;

	if ((rc = mfa_json(x->user, &x->before)) < 0 ||
	    (rc = db_exec(STMT_RECOVERY_CLEAR, args, NULL, NULL)) < 0 ||
	    (rc = db_exec(STMT_MFA_DELETE, args, NULL, NULL)) < 0 ||
	    (rc = mfa_audit(x->user, &x->before)) < 0 ||
	    (rc = mfa_mail(x->m, "disabled", -1)) < 0)
		return rc;
	return 0;
}

long
mfa_remove(unsigned long long user, const struct mfa_row *m)
{
	struct off_tx	 x = { .user = user, .m = m };
	long		 rc;

	rc = db_transaction(off_tx, &x);
	buf_free(&x.before);
	if (rc == 0)
		log_info("user %llu: the second factor removed by its owner", user);
	return rc < 0 ? rc : 0;
}
