/*
 * profile.c — the signed-in user's contact details, roles and recent sign-ins, and the
 * password change (which ends the user's other sessions).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dvc.h"
#include "account.h"

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

int
profile(struct request *r)
{
	show_msg(r);
	return profile_data(r);
}

/* The account holding an address: its address and name. */
static int
owner_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct { char *email, *name; } *o = arg;

	(void)names;
	(void)lens;
	if (ncols < 3)
		return 0;
	snprintf(o->email, 255, "%s", cols[1]);
	snprintf(o->name, 128, "%s", cols[2] != NULL ? cols[2] : "");
	return 1;
}

/* The signed-in user's address now, for the profile's change of it. */
static int
email_now_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	(void)names;
	(void)lens;
	if (ncols >= 4)
		snprintf(arg, 255, "%s", cols[3]);
	return 1;
}

/*
 * A new address is not written: a link goes to it, and opening the link changes it. When
 * another account holds the address, its owner is told instead, and the answer is the same
 * ("a link was sent to the new address"): the form tells nobody whose address it is.
 */
static int
email_change(struct request *r, const char *email)
{
	struct db_arg	 args[] = { DB_S(email), DB_I((long long)r->user.id), DB_END_ };
	char		 owner[255] = "", name[128] = "";
	struct { char *email, *name; } o = { owner, name };
	xmlNodePtr	 root;
	xmlDocPtr	 doc;
	long		 rc;

	if ((rc = db_exec(STMT_EMAIL_OWNER, args, owner_row, &o)) < 0)
		return db_status(rc);
	/* With no owner the message is rendered and dropped: the same work either way. */
	if ((rc = tell_owner(address(r), owner, owner[0] != '\0' ? name : r->user.name, "email")) < 0)
		return db_status(rc);
	doc = mail_doc(&root);
	xml_text(root, "name", r->user.name);
	xml_elem(root, "change");
	rc = link_send(address(r), LINK_EMAIL, owner[0] == '\0' ? r->user.id : 0, email, "mail-verify", doc);
	xmlFreeDoc(doc);
	return rc < 0 ? db_status(rc) : 0;
}

int
profile_post(struct request *r)
{
	const char	*phone_in = req_input(r, "phone"), *email_in = req_input(r, "email");
	const char	*org = req_input(r, "org_name"), *err;
	char		*tax = req_input(r, "org_tax_code");
	char		 phone[11] = "", email[255] = "", now[255] = "", branch[15];
	long		 rc;
	int		 st;

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
	if (r->nerrors > 0)
		return profile_data(r);
	{
		struct db_arg args[] = { DB_I((long long)r->user.id), DB_END_ };

		if ((rc = db_exec(STMT_SECRETS, args, email_now_row, now)) < 0)
			return db_status(rc);
	}
	{
		struct db_arg args[] = { DB_S(phone), DB_S(req_input(r, "address")), DB_S(org),
		    DB_S(tax), DB_I((long long)r->user.id), DB_END_ };

		if ((rc = db_exec(STMT_UPDATE_CONTACT, args, NULL, NULL)) < 0)
			return db_status(rc);
	}
	if (strcmp(email, now) == 0)
		return app_redirect(r, "/account/profile?msg=saved");
	if ((st = email_change(r, email)) != 0)
		return st;
	return app_redirect(r, "/account/profile?msg=email-sent");
}

int
password_page(struct request *r)
{
	(void)r;
	return 200;
}

struct secrets {
	char			 hash[PWHASH_SIZE], cccd[13], phone[11], email[255];
};

static int
secrets_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct secrets	*s = arg;

	(void)names;
	(void)lens;
	if (ncols < 4)
		return 0;
	snprintf(s->hash, sizeof(s->hash), "%s", cols[0]);
	snprintf(s->cccd, sizeof(s->cccd), "%s", cols[1]);
	snprintf(s->phone, sizeof(s->phone), "%s", cols[2]);
	snprintf(s->email, sizeof(s->email), "%s", cols[3]);
	return 0;
}

int
password_post(struct request *r)
{
	const char	*old = req_str(r, "old_password", ""), *pw = req_str(r, "password", "");
	struct secrets	 s = { 0 };
	struct failures	 f;
	unsigned char	 key[32];
	const char	*outcome;
	char		 hash[PWHASH_SIZE];
	long		 rc = 0;
	int		 ok, st;

	{
		struct db_arg args[] = { DB_I((long long)r->user.id), DB_END_ };

		if ((rc = db_exec(STMT_SECRETS, args, secrets_row, &s)) < 0)
			return db_status(rc);
	}
	/* Guessing the old password with a stolen session is slowed down like signing in. */
	failure_key(r->user.id, "", key);
	if ((st = failures_of(key, &f)) != 0)
		return st;
	if ((outcome = throttled(r, "old_password", &f)) != NULL)
		return (st = record_attempt(r, r->user.id, "", outcome)) != 0 ? st : 200;
	if ((ok = pwhash_verify(s.hash, old)) < 0)
		return app_error(r, 503, "server.busy");
	if (!ok) {
		if ((st = failure_add(key)) != 0 ||
		    (st = record_attempt(r, r->user.id, "", "bad_password")) != 0)
			return st;
		form_error(r, "old_password", "password.old_wrong");
	}
	{
		const char *personal[] = { s.cccd, s.phone, s.email, NULL };

		check_new_password(r, "password", pw, req_str(r, "password2", ""), personal);
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
	/* A reset link asked for before is no longer needed, nor safe to leave. */
	{
		struct db_arg args[] = { DB_I((long long)r->user.id), DB_END_ };

		if ((rc = db_exec(STMT_RESET_VOID, args, NULL, NULL)) < 0)
			return db_status(rc);
	}
	if ((st = session_end_others(r)) != 0)
		return st;
	return app_redirect(r, "/account/profile?msg=password-changed");
}
