/*
 * links.c — the single-use links dvc-account sends by e-mail besides a password reset's
 * (account_links, migration 019): a new account's address verified (the account may then
 * submit dossiers), an unlock that ends the slow-down of sign-ins at once (sent only to a
 * verified address), a new address for the account, confirmed by the link sent to it, and a
 * draft's contact address (the link sent by core contact.c).
 * As for resets, only the token's SHA-256 is kept; a request that sends nothing (a login
 * matching no account, a CCCD or an address in use) is rendered and recorded all the same,
 * so that the answer and its time say nothing about which accounts exist. The owner of a
 * CCCD or an address that someone tried to register or take is told by mail.
 *
 * Opening a link is a GET that does what it says: the token is the proof, and a mail
 * reader that opens it first only does what the owner was going to do.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "account.h"

#define MAIL_VERIFY	"mail-verify"
#define MAIL_UNLOCK	"mail-unlock"
#define MAIL_TRIED	"mail-identity-tried"

const char *const account_views[] = { "mail-reset", "mail-password-changed", MAIL_VERIFY,
	MAIL_UNLOCK, MAIL_TRIED, "mail-mfa", NULL };

static const char *const purposes[] = { "verify", "unlock", "email", "contact" };
static const char *const paths[] = { "/account/verify", "/account/unlock", "/account/email",
	"/account/contact" };

static unsigned
link_minutes(enum link_purpose p)
{
	return p == LINK_UNLOCK ? UNLOCK_LINK_MINUTES : VERIFY_LINK_HOURS * 60;
}

long
link_send(const char *ip, enum link_purpose p, unsigned long long user, const char *email,
    const char *view, xmlDocPtr doc)
{
	char		 token[SESSION_TOKEN_SIZE];
	unsigned char	 hash[crypto_hash_sha256_BYTES];
	struct buf	 text = { 0 };
	xmlNodePtr	 root = xmlDocGetRootElement(doc);
	char		*subject, *body;
	long		 rc;

	token_new(token);
	crypto_hash_sha256(hash, (const unsigned char *)token, strlen(token));
	xml_text(root, "link", paths[p]);
	xml_text(root, "token", token);
	xml_attr_uint(xml_elem(root, "minutes"), "n", link_minutes(p));
	xml_text(root, "address", ip);
	{
		struct db_arg args[] = { DB_S(purposes[p]), DB_I((long long)user),
		    DB_S(user != 0 ? email : ""), DB_SN((const char *)hash, user != 0 ? sizeof(hash) : 0),
		    DB_I(link_minutes(p)), DB_S(ip), DB_END_ };

		rc = db_exec(STMT_LINK_INSERT, args, NULL, NULL);
	}
	if (rc >= 0 && user != 0)
		rc = mail_queue(view, doc, email, 0, NULL);
	else if (rc >= 0 && mail_render(view, doc, &text, &subject, &body) != 0)
		rc = -2;
	sodium_memzero(token, sizeof(token));
	buf_free(&text);
	db_exec(STMT_LINK_PURGE, NULL, NULL, NULL);	/* housekeeping: a failure can wait */
	return rc < 0 ? rc : 0;
}

long
tell_owner(const char *ip, const char *email, const char *name, const char *what)
{
	struct buf	 text = { 0 };
	xmlNodePtr	 root;
	xmlDocPtr	 doc;
	char		*subject, *body;
	long		 rc;

	doc = mail_doc(&root);
	xml_text(root, "name", name);
	xml_text(root, "what", what);
	xml_text(root, "address", ip);
	if (email[0] != '\0')
		rc = mail_queue(MAIL_TRIED, doc, email, 0, NULL);
	else
		rc = mail_render(MAIL_TRIED, doc, &text, &subject, &body) != 0 ? -2 : 0;
	buf_free(&text);
	xmlFreeDoc(doc);
	return rc;
}

struct link {
	unsigned long long	 id, user, dossier;
	char			 purpose[8];
	char			 email[255];
	bool			 used, expired;
};

static int
link_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct link	*l = arg;

	(void)names;
	(void)lens;
	if (ncols < 6)
		return 0;
	l->id = (unsigned long long)num(cols[0]);
	l->user = (unsigned long long)num(cols[1]);
	snprintf(l->purpose, sizeof(l->purpose), "%s", cols[2]);
	snprintf(l->email, sizeof(l->email), "%s", cols[3]);
	l->used = num(cols[4]) != 0;
	l->expired = num(cols[5]) != 0;
	l->dossier = ncols > 6 ? (unsigned long long)num(cols[6]) : 0;
	return 1;
}

/* Opening a link (db_transaction(): run again after a deadlock, so it only runs statements
 * and fills its struct, reset first): the link of the token locked, checked and used, then
 * what it is for. 1 rolls back, with the refusal's message code and status. */
struct opening {
	enum link_purpose	 p;
	const char		*token;
	struct link		 l;
	const char		*refused;	/* a message code, or NULL */
	int			 status;	/* with it */
};

static long
link_refused(struct opening *x, int status, const char *code)
{
	x->status = status;
	x->refused = code;
	return 1;
}

static long
opening_tx(void *arg)
{
	struct opening	*x = arg;
	struct link	*l = &x->l;
	unsigned char	 hash[crypto_hash_sha256_BYTES];
	long		 rc;

	memset(l, 0, sizeof(*l));
	x->refused = NULL;
	if (token_ok(x->token)) {
		crypto_hash_sha256(hash, (const unsigned char *)x->token, strlen(x->token));
		struct db_arg args[] = { DB_SN((const char *)hash, sizeof(hash)), DB_END_ };

		if ((rc = db_exec(STMT_LINK_LOCK, args, link_row, l)) < 0)
			return rc;
	}
	if (l->id == 0 || strcmp(l->purpose, purposes[x->p]) != 0)
		return link_refused(x, 404, "link.unknown");
	if (l->used || l->expired)
		return link_refused(x, 410, l->used ? "link.used" : "link.expired");
	struct db_arg	 use[] = { DB_I((long long)l->id), DB_END_ };
	struct db_arg	 vargs[] = { DB_I((long long)l->user), DB_S(l->email), DB_END_ };
	struct db_arg	 cargs[] = { DB_I((long long)l->dossier), DB_S(l->email), DB_END_ };
	struct db_arg	 eargs[] = { DB_S(l->email), DB_I((long long)l->user), DB_END_ };

	if ((rc = db_exec(STMT_LINK_USE, use, NULL, NULL)) < 0)
		return rc;
	switch (x->p) {
	case LINK_VERIFY:
	case LINK_CONTACT:
		rc = x->p == LINK_VERIFY ? db_exec(STMT_LINK_VERIFY, vargs, NULL, NULL) :
		    db_exec(STMT_LINK_CONTACT, cargs, NULL, NULL);
		/* None: the address is no longer the one the link went to. */
		return rc < 0 ? rc : rc == 0 ? link_refused(x, 410, "link.expired") : 0;
	case LINK_UNLOCK:
		return failures_clear(l->user);
	default:
		/* Another account took the address since: only its owner reads this. */
		if ((rc = db_exec(STMT_LINK_SET_EMAIL, eargs, NULL, NULL)) < 0 && db_duplicate())
			return link_refused(x, 409, "link.email_taken");
		return rc < 0 ? rc : 0;
	}
}

/* Takes the link of purpose p and applies what it is for, in one transaction. */
static int
link_open(struct request *r, enum link_purpose p)
{
	struct opening	 x = { .p = p, .token = req_str(r, "token", "") };
	long		 rc;

	xml_attr(xml_elem(r->root, "link"), "purpose", purposes[p]);
	if ((rc = db_transaction(opening_tx, &x)) < 0)
		return db_status(rc);
	if (x.refused != NULL) {
		r->keep_view = true;
		form_error(r, "_", x.refused);
		return x.status;
	}
	xml_attr(xml_elem(r->root, "done"), "purpose", purposes[p]);
	return 200;
}

int
verify_link(struct request *r)
{
	return link_open(r, LINK_VERIFY);
}

int
unlock_link(struct request *r)
{
	return link_open(r, LINK_UNLOCK);
}

int
email_link(struct request *r)
{
	return link_open(r, LINK_EMAIL);
}

int
contact_link(struct request *r)
{
	return link_open(r, LINK_CONTACT);
}

struct who {
	unsigned long long	 id;
	char			 email[255], name[128];
	bool			 disabled, verified;
};

static int
who_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct who	*w = arg;

	(void)names;
	(void)lens;
	if (ncols < 5)
		return 0;
	w->id = (unsigned long long)num(cols[0]);
	snprintf(w->email, sizeof(w->email), "%s", cols[1]);
	snprintf(w->name, sizeof(w->name), "%s", cols[2] != NULL ? cols[2] : "");
	w->disabled = num(cols[3]) != 0;
	w->verified = num(cols[4]) != 0;
	return 1;
}

/* The links of purpose p asked for from the request's address, or sent to user, in the
 * window: whether over max. 0, or a database status. */
static int
link_count(struct request *r, enum link_purpose p, unsigned long long user, long long max,
    bool *over)
{
	struct db_arg	 aargs[] = { DB_S(address(r)), DB_S(purposes[p]), DB_END_ };
	struct db_arg	 uargs[] = { DB_I((long long)user), DB_S(purposes[p]), DB_END_ };
	long long	 n = 0;
	long		 rc;

	rc = user == 0 ? db_int(STMT_LINK_ADDRESS_COUNT, aargs, &n) :
	    db_int(STMT_LINK_ACCOUNT_COUNT, uargs, &n);
	if (rc < 0)
		return db_status(rc);
	*over = n >= max;
	return 0;
}

/*
 * POST /account/unlock: the login as typed on the sign-in page. The same answer for any
 * login; a link goes only to an account's verified address, UNLOCK_PER_ACCOUNT_MAX a window.
 */
int
unlock_post(struct request *r)
{
	const char	*login = req_input(r, "login");
	char		 email[255];
	struct who	 w = { 0 };
	xmlNodePtr	 root;
	xmlDocPtr	 doc;
	bool		 over = false;
	long		 rc;
	int		 st;

	form_values(r);
	xml_attr(xml_elem(r->root, "link"), "purpose", "unlock");
	if (*login == '\0') {
		form_error(r, "login", "reset.login_required");
		return 200;
	}
	if ((st = link_count(r, LINK_UNLOCK, 0, UNLOCK_PER_ADDRESS_MAX, &over)) != 0)
		return st;
	if (over) {
		xml_attr_uint(form_error(r, "_", "unlock.address_throttled"), "minutes",
		    RESET_WINDOW_MINUTES);
		return 200;
	}
	if (valid_email(login, email, sizeof(email)) != NULL)
		snprintf(email, sizeof(email), "-");	/* matches no address */
	{
		struct db_arg args[] = { DB_S(login), DB_S(email), DB_END_ };

		if ((rc = db_exec(STMT_RESET_USER, args, who_row, &w)) < 0)
			return db_status(rc);
	}
	if (w.id != 0 && (st = link_count(r, LINK_UNLOCK, w.id, UNLOCK_PER_ACCOUNT_MAX, &over)) != 0)
		return st;
	if (w.disabled || !w.verified || w.email[0] == '\0' || over)
		w.id = 0;
	doc = mail_doc(&root);
	xml_text(root, "name", w.id != 0 ? w.name : "-");
	rc = link_send(address(r), LINK_UNLOCK, w.id, w.email, MAIL_UNLOCK, doc);
	xmlFreeDoc(doc);
	if (rc < 0)
		return db_status(rc);
	xml_attr_uint(xml_elem(r->root, "sent"), "minutes", UNLOCK_LINK_MINUTES);
	return 200;
}

/* POST /account/verify: the signed-in user's address, not yet verified, is sent a new link
 * (UNLOCK_PER_ACCOUNT_MAX a window). */
int
verify_resend(struct request *r)
{
	struct db_arg	 args[] = { DB_I((long long)r->user.id), DB_END_ };
	struct who	 w = { 0 };
	xmlNodePtr	 root;
	xmlDocPtr	 doc;
	bool		 over = false;
	long		 rc;
	int		 st;

	if ((rc = db_exec(STMT_ACCOUNT_SELF, args, who_row, &w)) < 0)
		return db_status(rc);
	if (w.verified || w.email[0] == '\0')
		return app_redirect(r, "/account/profile");
	if ((st = link_count(r, LINK_VERIFY, r->user.id, UNLOCK_PER_ACCOUNT_MAX, &over)) != 0)
		return st;
	if (over)
		return app_redirect(r, "/account/profile?msg=verify-wait");
	doc = mail_doc(&root);
	xml_text(root, "name", w.name);
	rc = link_send(address(r), LINK_VERIFY, r->user.id, w.email, MAIL_VERIFY, doc);
	xmlFreeDoc(doc);
	if (rc < 0)
		return db_status(rc);
	return app_redirect(r, "/account/profile?msg=verify-sent");
}
