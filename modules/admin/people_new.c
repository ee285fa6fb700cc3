/*
 * people_new.c — a new officer or administrator (GET and POST /admin/people/new): the full
 * name, the e-mail address, the kind, and for an officer a unit with the roles held there
 * (more units are added on the officer's page). No password is typed by the administrator:
 * the account gets one nobody knows, and its address a link to set its own (people_act.c's,
 * good for SET_PASSWORD_LINK_HOURS), which also verifies the address. In one transaction: the
 * account, its roles, the link, the message and the entry of the audit log. Bad input is said
 * at its field, the values kept, and nothing is written.
 */
#include <stdio.h>
#include <string.h>

#include "dvc.h"
#include "admin.h"

const struct param_spec staff_params[] = {
	{ "full_name", P_TEXT, 100 },
	{ "email", P_TEXT, 254 },
	{ "kind", P_TEXT, 20 },
	{ "unit", P_TEXT, 40 },
	{ "role_receiver", P_TEXT, 10 },
	{ "role_processor", P_TEXT, 10 },
	{ "role_approver", P_TEXT, 10 },
	{ NULL, 0, 0 },
};

/* The roles' checkboxes, in the order a dossier meets them. */
static const char *const role_inputs[][2] = {
	{ "role_receiver", "receiver" },
	{ "role_processor", "processor" },
	{ "role_approver", "approver" },
};
#define NROLES	(sizeof(role_inputs) / sizeof(role_inputs[0]))

static int
units(struct request *r)
{
	long	 rc;

	if ((rc = xml_rows(xml_elem(r->root, "units"), "unit", STMT_PEOPLE_UNITS, NULL)) < 0)
		return db_status(rc);
	xml_attr_uint(xml_elem(r->root, "link_hours"), "n", SET_PASSWORD_LINK_HOURS);
	return 200;
}

int
staff_page(struct request *r)
{
	form_value(r, "kind", "officer");
	return units(r);
}

/* The new account (db_transaction(): run again after a deadlock; it resets what it fills). */
struct staff {
	const char		*kind, *name, *email, *unit, *ip;
	const char		*hash;		/* of a password nobody knows */
	bool			 role[NROLES];
	const unsigned char	*link;		/* the token's SHA-256 */
	xmlDocPtr		 mail;
	unsigned long long	 actor, id;
	struct buf		 after;
	bool			 taken;
};

static long
staff_tx(void *arg)
{
	struct staff	*x = arg;
	long		 rc;
	size_t		 i;

	x->id = 0;
	x->taken = false;
	{
		struct db_arg args[] = { DB_S(x->kind), DB_S(x->name), DB_S(x->email), DB_S(x->hash),
		    DB_END_ };

		if ((rc = db_exec(STMT_STAFF_INSERT, args, NULL, NULL)) < 0) {
			x->taken = db_duplicate();	/* the address, taken meanwhile */
			return x->taken ? 1 : rc;
		}
	}
	x->id = db_last_insert_id();
	for (i = 0; i < NROLES; i++) {
		struct db_arg args[] = { DB_I((long long)x->id), DB_S(role_inputs[i][1]), DB_S(x->unit),
		    DB_END_ };

		if (x->role[i] && (rc = db_exec(STMT_ROLE_ADD, args, NULL, NULL)) < 0)
			return rc;
	}
	if ((rc = person_link_queue(x->id, x->link, x->ip, x->mail, x->email)) < 0 ||
	    (rc = person_json(x->id, &x->after)) < 0)
		return rc;
	return person_audit(x->actor, "add", x->id, "", buf_cstr(&x->after));
}

/* Checks the form into x (its errors at their fields): the address is put in email. 0, or a
 * database status. */
static int
staff_check(struct request *r, struct staff *x, char *email, size_t emailsz)
{
	const char	*in = req_input(r, "email"), *err;
	bool		 any = false, known = false;
	long long	 n = 0;
	long		 rc;
	size_t		 i;

	if (*x->name == '\0')
		form_error(r, "full_name", "people.name_required");
	else if (strlen(x->name) < 2 || strpbrk(x->name, "0123456789<>@\t\r\n") != NULL)
		form_error(r, "full_name", "people.name_invalid");	/* as registration's */
	if (*in == '\0')
		form_error(r, "email", "email.required");
	else if ((err = valid_email(in, email, emailsz)) != NULL)
		form_error(r, "email", err);
	else {
		struct db_arg args[] = { DB_S(email), DB_END_ };

		if ((rc = db_int(STMT_EMAIL_TAKEN, args, &n)) < 0)
			return db_status(rc);
		if (n > 0)
			form_error(r, "email", "people.email_taken");
	}
	for (i = 0; i < NROLES; i++)
		any |= (x->role[i] = *req_input(r, role_inputs[i][0]) != '\0');
	if (strcmp(x->kind, "admin") == 0) {
		if (*x->unit != '\0' || any)
			form_error(r, "unit", "people.admin_roles");
		return 0;
	}
	if (strcmp(x->kind, "officer") != 0) {
		form_error(r, "kind", "people.kind_invalid");
		return 0;
	}
	if (*x->unit == '\0')
		form_error(r, "unit", "people.unit_required");
	else if ((rc = unit_known(x->unit, &known)) < 0)
		return db_status(rc);
	else if (!known)
		form_error(r, "unit", "people.unit_unknown");
	if (!any)
		form_error(r, "role_receiver", "people.role_required");
	return 0;
}

int
staff_post(struct request *r)
{
	struct staff	 x = { .kind = req_input(r, "kind"), .name = req_input(r, "full_name"),
	    .unit = req_input(r, "unit"), .actor = r->user.id,
	    .ip = r->remote_addr != NULL ? r->remote_addr : "" };
	char		 email[255] = "", secret[SESSION_TOKEN_SIZE], hash[PWHASH_SIZE], to[80];
	unsigned char	 link[crypto_hash_sha256_BYTES];
	long		 rc;
	int		 st;

	form_values(r);
	if ((st = staff_check(r, &x, email, sizeof(email))) != 0)
		return st;
	if (r->nerrors > 0) {
		r->keep_view = true;
		return (st = units(r)) != 200 ? st : 422;
	}
	token_new(secret);
	st = pwhash_create(secret, hash);
	sodium_memzero(secret, sizeof(secret));
	if (st != 0)
		return app_error(r, 503, "server.busy");
	x.email = email;
	x.hash = hash;
	x.link = link;
	person_link_mail(x.name, x.kind, &x.mail, link);
	rc = db_transaction(staff_tx, &x);
	xmlFreeDoc(x.mail);
	buf_free(&x.after);
	if (rc < 0)
		return db_status(rc);
	if (x.taken) {
		form_error(r, "email", "people.email_taken");
		r->keep_view = true;
		return (st = units(r)) != 200 ? st : 422;
	}
	log_info("account %llu: %s created by administrator %llu", x.id, x.kind, x.actor);
	snprintf(to, sizeof(to), "/admin/people/%llu?msg=created", x.id);
	return app_redirect(r, to);
}
