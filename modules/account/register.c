/*
 * register.c — a citizen's own account, and the password policy every new password meets
 * (core password_policy()).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dvc.h"
#include "account.h"

int
register_page(struct request *r)
{
	form_value(r, "next", app_next(r, ""));
	return 200;
}

/* Checks a new password against the policy; adds the error to field. */
void
check_new_password(struct request *r, const char *field, const char *pw, const char *pw2,
    const char *const *personal)
{
	const char	*err;

	if ((err = password_policy(pw, personal)) != NULL)
		form_error(r, field, err);
	else if (strcmp(pw, pw2) != 0)
		form_error(r, "password2", "password.mismatch");
}

/* The form's fields checked: errors by field. birth_iso and phone and email get the
 * normal forms. */
static void
register_check(struct request *r, char birth_iso[32], char phone[11], char email[255])
{
	const char	*name = req_input(r, "full_name"), *cccd = req_input(r, "citizen_id");
	const char	*birth = req_input(r, "birth_date"), *phone_in = req_input(r, "phone");
	const char	*email_in = req_input(r, "email"), *err, *birth_err;
	struct tm	 tm;
	int		 birth_year = 0;

	if (strlen(name) < 2 || strpbrk(name, "0123456789<>@") != NULL)
		form_error(r, "full_name", "full_name.invalid");
	/* The CCCD is checked against the year of birth, but its message comes first, as on the form. */
	if ((birth_err = valid_birth_date(birth, &tm)) == NULL) {
		birth_year = tm.tm_year + 1900;
		snprintf(birth_iso, 32, "%04d-%02d-%02d", birth_year, tm.tm_mon + 1, tm.tm_mday);
	}
	if ((err = valid_cccd(cccd, birth_year)) != NULL)
		form_error(r, "citizen_id", *cccd == '\0' ? "cccd.required" : err);
	if (birth_err != NULL)
		form_error(r, "birth_date", *birth == '\0' ? "birth_date.required" : birth_err);
	if ((err = valid_phone(phone_in, phone)) != NULL)
		form_error(r, "phone", *phone_in == '\0' ? "phone.required" : err);
	if ((err = valid_email(email_in, email, 255)) != NULL)
		form_error(r, "email", *email_in == '\0' ? "email.required" : err);
	{
		const char *personal[] = { cccd, phone, email, email_in, NULL };

		check_new_password(r, "password", req_str(r, "password", ""),
		    req_str(r, "password2", ""), personal);
	}
	if (strcmp(req_str(r, "consent", ""), "1") != 0)
		form_error(r, "consent", "consent.required");
}

struct owners {
	unsigned		 n;
	struct { char email[255], name[128]; } o[2];
};

static int
owner_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct owners	*w = arg;

	(void)names;
	(void)lens;
	if (ncols < 3 || w->n == 2)
		return 1;
	snprintf(w->o[w->n].email, sizeof(w->o[0].email), "%s", cols[1]);
	snprintf(w->o[w->n].name, sizeof(w->o[0].name), "%s", cols[2]);
	w->n++;
	return 0;
}

/* What a registration writes: the form's fields, checked, and the password's hash. */
struct registration {
	const char	*ip, *name, *cccd, *birth, *phone, *email, *hash;
};

/*
 * In one transaction (db_transaction(): run again after a deadlock; it only runs statements
 * and renders messages into the outbox): an account whose CCCD or address is free is made,
 * unverified, and its address sent a link; otherwise the owners of the CCCD and of the
 * address are told, and the same link message is rendered and dropped. Either way one
 * account_links row is written (the per-address limit counts it). 0, or what db_exec()
 * returned.
 */
static long
register_tx(void *arg)
{
	const struct registration *x = arg;
	struct db_arg		 iargs[] = { DB_S(x->cccd), DB_S(x->email), DB_END_ };
	struct owners		 w = { 0 };
	unsigned long long	 id = 0;
	xmlNodePtr		 root;
	xmlDocPtr		 doc;
	unsigned		 i;
	long			 rc;

	if ((rc = db_exec(STMT_STALE_UNVERIFIED, iargs, NULL, NULL)) < 0 ||
	    (rc = db_exec(STMT_IDENTITY_OWNERS, iargs, owner_row, &w)) < 0)
		return rc;
	if (w.n == 0) {
		struct db_arg args[] = { DB_S(x->name), DB_S(x->cccd), DB_S(x->birth),
		    DB_S(x->phone), DB_S(x->email), DB_S(x->hash), DB_S(CONSENT_VERSION), DB_END_ };

		if ((rc = db_exec(STMT_REGISTER, args, NULL, NULL)) >= 0)
			id = db_last_insert_id();
		else if (!db_duplicate())	/* taken a moment ago: told nobody, as no owner seen */
			return rc;
	}
	for (i = 0; i < w.n; i++)
		if ((rc = tell_owner(x->ip, w.o[i].email, w.o[i].name, "register")) < 0)
			return rc;
	/* The same work as telling an owner. */
	if (w.n == 0 && (rc = tell_owner(x->ip, "", x->name, "register")) < 0)
		return rc;
	doc = mail_doc(&root);
	xml_text(root, "name", x->name);
	rc = link_send(x->ip, LINK_VERIFY, id, x->email, "mail-verify", doc);
	xmlFreeDoc(doc);
	return rc;
}

/*
 * Every registration that passes the form's checks gets the same answer after the same work
 * (the password hashed, a message rendered, rows written): "check your mail". Whether the CCCD
 * or the address was in use is told only to their owner, by mail. The account signs in once
 * its address is verified, or before (its dossiers wait for the verification).
 */
int
register_post(struct request *r)
{
	char		 phone[11] = "", email[255] = "", birth_iso[32] = "", hash[PWHASH_SIZE] = "";
	bool		 over = false;
	long long	 n = 0;
	long		 rc;

	form_values(r);
	register_check(r, birth_iso, phone, email);
	if (r->nerrors > 0)
		return 200;
	{
		struct db_arg args[] = { DB_S(address(r)), DB_S("verify"), DB_END_ };

		if ((rc = db_int(STMT_LINK_ADDRESS_COUNT, args, &n)) < 0)
			return db_status(rc);
		over = n >= REGISTER_PER_ADDRESS_MAX;
	}
	if (over) {
		xml_attr_uint(form_error(r, "_", "register.address_throttled"), "minutes",
		    RESET_WINDOW_MINUTES);
		return 200;
	}
	if (pwhash_create(req_str(r, "password", ""), hash) != 0)
		return app_error(r, 503, "server.busy");
	{
		struct registration x = { address(r), req_input(r, "full_name"), req_input(r, "citizen_id"),
		    birth_iso, phone, email, hash };

		if ((rc = db_transaction(register_tx, &x)) < 0)
			return db_status(rc);
	}
	xml_attr_uint(xml_text(r->root, "sent", email), "hours", VERIFY_LINK_HOURS);
	return 200;
}
