/*
 * reset.c — a forgotten password. Whoever types a CCCD or an e-mail address gets the same
 * page, whether an account matches or not, after the same work (a token drawn, a message
 * rendered, a row written); when one matches, its e-mail address is sent a link with a random
 * token, good once for RESET_LINK_MINUTES. Only the token's SHA-256 is kept. The link's page
 * sets a new password under the registration's policy, ends every session of the user, voids
 * the user's other links and tells the user by mail. Requests are limited per address and
 * the links sent per account (domain.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "account.h"

#define MAIL_LINK	"mail-reset"
#define MAIL_CHANGED	"mail-password-changed"


int
forgot_page(struct request *r)
{
	(void)r;
	return 200;
}

struct reset_user {
	unsigned long long	 id;
	char			 email[255];
	char			 name[128];
	bool			 disabled;
};

static int
reset_user_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct reset_user	*u = arg;

	(void)names;
	(void)lens;
	if (ncols < 4)
		return 0;
	u->id = strtoull(cols[0], NULL, 10);
	snprintf(u->email, sizeof(u->email), "%s", cols[1]);
	snprintf(u->name, sizeof(u->name), "%s", cols[2] != NULL ? cols[2] : "");
	u->disabled = strcmp(cols[3], "0") != 0;
	return 1;
}

/* The account a login names (its CCCD or e-mail), if it may be sent a link now: u->id 0
 * when none, or when it has no address, is disabled, or had its links for the window.
 * 0, or a database status. */
static int
reset_account(const char *login, struct reset_user *u)
{
	char		 email[255];
	long long	 sent = 0;
	long		 rc;

	if (valid_email(login, email, sizeof(email)) != NULL)
		snprintf(email, sizeof(email), "-");	/* matches no address */
	{
		struct db_arg args[] = { DB_S(login), DB_S(email), DB_END_ };

		if ((rc = db_exec(STMT_RESET_USER, args, reset_user_row, u)) < 0)
			return db_status(rc);
	}
	if (u->id == 0)
		return 0;
	{
		struct db_arg args[] = { DB_I((long long)u->id), DB_END_ };

		if ((rc = db_int(STMT_RESET_ACCOUNT_COUNT, args, &sent)) < 0)
			return db_status(rc);
	}
	if (u->disabled || u->email[0] == '\0' || sent >= RESET_PER_ACCOUNT_MAX)
		u->id = 0;
	return 0;
}

/* A reset asked for: the request recorded and, for an account, its link queued, together
 * (db_transaction(): run again after a deadlock; it only runs statements and renders). */
struct asking {
	const struct reset_user	*u;
	const char		*ip;
	const unsigned char	*hash;
	xmlDocPtr		 doc;
};

static long
asking_tx(void *arg)
{
	const struct asking	*x = arg;
	struct db_arg		 args[] = { DB_I((long long)x->u->id),
	    DB_SN((const char *)x->hash, x->u->id != 0 ? crypto_hash_sha256_BYTES : 0), DB_S(x->ip),
	    DB_END_ };
	struct buf		 text = { 0 };
	char			*subject, *body;
	long			 rc;

	if ((rc = db_exec(STMT_RESET_INSERT, args, NULL, NULL)) < 0)
		return rc;
	if (x->u->id != 0)
		return mail_queue(MAIL_LINK, x->doc, x->u->email, 0, NULL);
	rc = mail_render(MAIL_LINK, x->doc, &text, &subject, &body) != 0 ? -2 : 0;
	buf_free(&text);
	return rc;
}

/*
 * Records the request and, for an account, queues its link, in one transaction. Without an
 * account the message is rendered all the same and dropped, so that both answers take the
 * same time. 0, or a database status.
 */
static int
reset_send(struct request *r, const struct reset_user *u)
{
	char		 token[SESSION_TOKEN_SIZE];
	unsigned char	 hash[crypto_hash_sha256_BYTES];
	struct asking	 x = { u, address(r), hash, NULL };
	xmlNodePtr	 root;
	long		 rc;

	token_new(token);
	crypto_hash_sha256(hash, (const unsigned char *)token, strlen(token));
	x.doc = mail_doc(&root);
	xml_text(root, "name", u->id != 0 ? u->name : "-");
	xml_text(root, "token", token);
	xml_text(root, "address", address(r));
	xml_attr_uint(xml_elem(root, "minutes"), "n", RESET_LINK_MINUTES);
	rc = db_transaction(asking_tx, &x);
	sodium_memzero(token, sizeof(token));
	xmlFreeDoc(x.doc);
	return rc < 0 ? db_status(rc) : 0;
}

int
forgot_post(struct request *r)
{
	const char		*login = req_input(r, "login");
	struct reset_user	 u = { 0 };
	long long		 asked = 0;
	long			 rc;
	int			 st;

	form_values(r);
	if (*login == '\0') {
		form_error(r, "login", "reset.login_required");
		return 200;
	}
	{
		struct db_arg args[] = { DB_S(address(r)), DB_END_ };

		if ((rc = db_int(STMT_RESET_ADDRESS_COUNT, args, &asked)) < 0)
			return db_status(rc);
	}
	if (asked >= RESET_PER_ADDRESS_MAX) {
		xml_attr_uint(form_error(r, "_", "reset.address_throttled"), "minutes",
		    RESET_WINDOW_MINUTES);
		return 200;
	}
	if ((st = reset_account(login, &u)) != 0 || (st = reset_send(r, &u)) != 0)
		return st;
	db_exec(STMT_RESET_PURGE, NULL, NULL, NULL);	/* housekeeping: a failure can wait */
	xml_attr_uint(xml_elem(r->root, "sent"), "minutes", RESET_LINK_MINUTES);
	return 200;
}

struct reset_link {
	unsigned long long	 id, user;
	bool			 used, expired;
};

static int
reset_link_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct reset_link	*l = arg;

	(void)names;
	(void)lens;
	if (ncols < 4)
		return 0;
	l->id = strtoull(cols[0], NULL, 10);
	l->user = strtoull(cols[1], NULL, 10);
	l->used = strcmp(cols[2], "0") != 0;
	l->expired = strcmp(cols[3], "0") != 0;
	return 1;
}

/* Reads the link of token with statement id (STMT_RESET_LOCK in a transaction) into l (l->id
 * 0 when none). 0, or what db_exec() returned. */
static long
reset_link_read(const char *token, size_t id, struct reset_link *l)
{
	unsigned char	 hash[crypto_hash_sha256_BYTES];
	long		 rc;

	memset(l, 0, sizeof(*l));
	if (!token_ok(token))
		return 0;
	crypto_hash_sha256(hash, (const unsigned char *)token, strlen(token));
	struct db_arg	 args[] = { DB_SN((const char *)hash, sizeof(hash)), DB_END_ };

	return (rc = db_exec(id, args, reset_link_row, l)) < 0 ? rc : 0;
}

static bool
reset_link_ok(const struct reset_link *l)
{
	return l->id != 0 && !l->used && !l->expired;
}

/* Says what link l is: 0 when it may set a password (its token kept in the form); else the
 * status of the refusal, its message shown with the reset page (keep_view). */
static int
reset_link_said(struct request *r, const struct reset_link *l)
{
	if (reset_link_ok(l)) {
		form_value(r, "token", req_str(r, "token", ""));
		return 0;
	}
	r->keep_view = true;
	form_error(r, "_", l->id == 0 ? "reset.link_unknown" : l->used ? "reset.link_used" :
	    "reset.link_expired");
	return l->id == 0 ? 404 : 410;
}

/* The link of the request's token as a page reads it: 0, a refusal's status, or a database
 * status. */
static int
reset_link(struct request *r, struct reset_link *l)
{
	long	 rc;

	if ((rc = reset_link_read(req_str(r, "token", ""), STMT_RESET_FIND, l)) < 0)
		return db_status(rc);
	return reset_link_said(r, l);
}

int
reset_page(struct request *r)
{
	struct reset_link	 l;
	int			 st;

	if ((st = reset_link(r, &l)) != 0)
		return st;
	xml_elem(r->root, "ready");
	return 200;
}

struct reset_account {
	char	 cccd[13], phone[11], email[255], name[128];
};

static int
reset_account_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct reset_account	*a = arg;

	(void)names;
	(void)lens;
	if (ncols < 4)
		return 0;
	snprintf(a->cccd, sizeof(a->cccd), "%s", cols[0]);
	snprintf(a->phone, sizeof(a->phone), "%s", cols[1]);
	snprintf(a->email, sizeof(a->email), "%s", cols[2]);
	snprintf(a->name, sizeof(a->name), "%s", cols[3]);
	return 1;
}

/* A new password set (db_transaction(): run again after a deadlock, so it only runs
 * statements and fills l, reset first). 1 rolls back: the link may not set it (any more). */
struct resetting {
	const char		*token, *hash, *email;
	xmlDocPtr		 doc;		/* the message that says so */
	struct reset_link	 l;
};

static long
resetting_tx(void *arg)
{
	struct resetting	*x = arg;
	long			 rc;

	if ((rc = reset_link_read(x->token, STMT_RESET_LOCK, &x->l)) < 0)
		return rc;
	if (!reset_link_ok(&x->l))
		return 1;
	struct db_arg	 pargs[] = { DB_S(x->hash), DB_I((long long)x->l.user), DB_END_ };
	struct db_arg	 largs[] = { DB_I((long long)x->l.id), DB_END_ };
	struct db_arg	 uargs[] = { DB_I((long long)x->l.user), DB_END_ };

	if ((rc = db_exec(STMT_RESET_PASSWORD, pargs, NULL, NULL)) < 0 ||
	    (rc = db_exec(STMT_RESET_USE, largs, NULL, NULL)) < 0 ||
	    (rc = db_exec(STMT_RESET_VOID, uargs, NULL, NULL)) < 0 ||
	    (rc = failures_clear(x->l.user)) < 0 || (rc = session_end_user(x->l.user)) < 0)
		return rc;
	return x->email[0] != '\0' ? mail_queue(MAIL_CHANGED, x->doc, x->email, 0, NULL) : 0;
}

/*
 * In one transaction, with the link locked and checked again (two tabs, one link): the new
 * password, the link used, the others voided, every session of the user ended, and the
 * message that says so. 0, the refusal's status, or a database status.
 */
static int
reset_apply(struct request *r, const struct reset_account *a, const char *hash)
{
	struct resetting	 x = { .token = req_str(r, "token", ""), .hash = hash,
	    .email = a->email };
	xmlNodePtr		 root;
	long			 rc;

	x.doc = mail_doc(&root);
	xml_text(root, "name", a->name);
	xml_text(root, "address", address(r));
	rc = db_transaction(resetting_tx, &x);
	xmlFreeDoc(x.doc);
	if (rc < 0)
		return db_status(rc);
	return rc != 0 ? reset_link_said(r, &x.l) : 0;
}

int
reset_post(struct request *r)
{
	const char		*pw = req_str(r, "password", "");
	struct reset_link	 l;
	struct reset_account	 a = { 0 };
	char			 hash[PWHASH_SIZE];
	long			 rc;
	int			 st;

	if ((st = reset_link(r, &l)) != 0)
		return st;
	{
		struct db_arg args[] = { DB_I((long long)l.user), DB_END_ };

		if ((rc = db_exec(STMT_RESET_ACCOUNT, args, reset_account_row, &a)) < 0)
			return db_status(rc);
	}
	xml_elem(r->root, "ready");
	{
		const char *personal[] = { a.cccd, a.phone, a.email, NULL };

		check_new_password(r, "password", pw, req_str(r, "password2", ""), personal);
	}
	if (r->nerrors > 0)
		return 200;
	if (pwhash_create(pw, hash) != 0)
		return app_error(r, 503, "server.busy");
	if ((st = reset_apply(r, &a, hash)) != 0)
		return st;
	/* This browser too starts afresh, whoever was signed in on it. */
	if ((st = session_end(r)) != 0)
		return st;
	return app_redirect(r, "/account/login?msg=password-reset");
}
