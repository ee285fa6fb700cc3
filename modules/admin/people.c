/*
 * people.c — the accounts, for an administrator: GET /admin/people finds them among a million
 * by the start of the name (folded: "nguyen thi" finds "Nguyễn Thị"), or exactly by e-mail,
 * mobile number or whole CCCD, filtered by kind and state, twenty a page in the order of
 * names; each a range of an index of sql/025, never a scan of the table. GET
 * /admin/people/{id} shows one: what an administrator needs (never the password's hash; of
 * the CCCD its last four digits, as the receipts show it), its live sessions and last
 * sign-in, a pending set-password link, and an officer's roles per unit, with the forms of
 * people_act.c (lock, unlock, the link) and people_roles.c (roles). Here too the two helpers
 * every change of an account uses: its JSON and its entry in the audit log.
 *
 * The page's own form and its pages are POSTs to the same handler: what is searched for is
 * personal data (a CCCD, an address, a name), and a URL goes into the web server's access log,
 * the browser's history and the Referer of the next request. A GET with the same keys answers
 * the same (links, the XML API).
 */
#include <stdio.h>
#include <string.h>

#include "dvc.h"
#include "catalogue.h"
#include "admin.h"

#define PEOPLE_PAGE	20
#define PEOPLE_PAGES	500	/* deeper than that, a search is narrowed rather than paged */

const struct param_spec people_params[] = {
	{ "q", P_TEXT, 100 },
	{ "kind", P_TOKEN, 16 },
	{ "state", P_TOKEN, 16 },
	{ "page", P_UINT, PEOPLE_PAGES },
	{ NULL, 0, 0 },
};
const struct param_spec person_params[] = {
	{ "msg", P_TOKEN, 16 },
	{ NULL, 0, 0 },
};

/* The notices a change leaves on the person's page after its redirect. */
static const char *const notices[] = { "created", "locked", "unlocked", "link-sent",
	"role-added", "role-removed", "mfa-reset", NULL };

static bool
one_of(const char *s, const char *const *list)
{
	for (; *list != NULL; list++)
		if (strcmp(*list, s) == 0)
			return true;
	return false;
}

/*
 * What the search box holds: nothing (everyone), an e-mail address (with "@"), a number (a
 * whole CCCD of 12 digits, or a mobile number as valid_phone() reads it) or else the start of
 * a name. key gets the value the statement compares with; the statement, or STMT__MAX with
 * the search box's message added to the form.
 */
static size_t
search_by(struct request *r, const char *q, char *key, size_t keysz)
{
	size_t		 n = strlen(q), digits = 0, i;
	const char	*err;
	char		 phone[11], cccd[13];

	key[0] = '\0';
	if (n == 0)
		return STMT_PEOPLE_ALL;
	if (strchr(q, '@') != NULL) {
		if ((err = valid_email(q, key, keysz)) == NULL)
			return STMT_PEOPLE_EMAIL;
		form_error(r, "q", err);
		return STMT__MAX;
	}
	if (strspn(q, "0123456789+ .-") == n) {
		/* 12 digits, written in groups or not, are a CCCD. */
		for (i = 0; i < n; i++)
			if (q[i] >= '0' && q[i] <= '9' && digits++ < sizeof(cccd) - 1)
				cccd[digits - 1] = q[i];
		if (digits == 12 && strchr(q, '+') == NULL) {
			cccd[12] = '\0';
			snprintf(key, keysz, "%s", cccd);
			return STMT_PEOPLE_CCCD;
		}
		if (valid_phone(q, phone) != NULL) {
			form_error(r, "q", "people.q_number");
			return STMT__MAX;
		}
		snprintf(key, keysz, "%s", phone);
		return STMT_PEOPLE_PHONE;
	}
	/* Folded, anything but letters and digits is a space: no LIKE wildcard gets through. */
	n = text_fold(q, strlen(q), key, keysz - 1);
	if (n == 0) {
		form_error(r, "q", "people.q_name");
		return STMT__MAX;
	}
	key[n] = '%';
	key[n + 1] = '\0';
	return STMT_PEOPLE_NAME;
}

int
people(struct request *r)
{
	static const char *const kinds[] = { "", "citizen", "officer", "admin", NULL };
	static const char *const states[] = { "", "active", "unverified", "locked", "closed", NULL };
	const char	*kind = req_str(r, "kind", ""), *state = req_str(r, "state", "");
	const char	*q = req_input(r, "q");
	long long	 page = (long long)req_uint(r, "page", 1);
	char		 key[256];
	size_t		 by;
	xmlNodePtr	 list;
	long		 rc;

	if (!one_of(kind, kinds) || !one_of(state, states))
		return app_error(r, 400, "people.filter");
	if (page < 1)
		page = 1;
	form_values(r);
	if ((by = search_by(r, q, key, sizeof(key))) == STMT__MAX)
		return 200;
	list = xml_elem(r->root, "people");
	xml_attr(list, "by", by == STMT_PEOPLE_ALL ? "all" : by == STMT_PEOPLE_NAME ? "name" :
	    by == STMT_PEOPLE_CCCD ? "cccd" : by == STMT_PEOPLE_EMAIL ? "email" : "phone");
	{
		struct db_arg args[] = { DB_S(key), DB_S(kind), DB_S(kind), DB_S(state), DB_S(state),
		    DB_I(PEOPLE_PAGE + 1), DB_I((page - 1) * PEOPLE_PAGE), DB_END_ };

		/* STMT_PEOPLE_ALL has no key: its arguments start after it. */
		if ((rc = xml_rows(list, "person", by, by == STMT_PEOPLE_ALL ? args + 1 : args)) < 0)
			return db_status(rc);
	}
	xml_attr_uint(list, "page", (uint64_t)page);
	xml_attr(list, "more", rc > PEOPLE_PAGE && page < PEOPLE_PAGES ? "1" : "0");
	if (rc > PEOPLE_PAGE) {	/* the row that tells there is a next page is not shown */
		xmlNodePtr extra = list->last;

		xmlUnlinkNode(extra);
		xmlFreeNode(extra);
	}
	return 200;
}

int
person_show(struct request *r, unsigned long long id)
{
	struct db_arg	 args[] = { DB_I((long long)id), DB_END_ };
	xmlNodePtr	 p;
	long		 rc;

	p = xml_elem(r->root, "person");
	if ((rc = xml_rows(p, "account", STMT_PERSON, args)) < 0)
		return db_status(rc);
	if (rc == 0)
		return app_error(r, 404, "people.unknown");
	if ((rc = xml_rows(xml_elem(p, "roles"), "role", STMT_PERSON_ROLES, args)) < 0 ||
	    (rc = xml_rows(xml_elem(r->root, "units"), "unit", STMT_PEOPLE_UNITS, NULL)) < 0)
		return db_status(rc);
	xml_attr_uint(xml_elem(r->root, "link_hours"), "n", SET_PASSWORD_LINK_HOURS);
	/* Whether officers must have a second factor (dvc.conf), for what its reset leads to. */
	xml_attr_uint(xml_elem(r->root, "mfa_officers"), "on", conf.mfa_officers ? 1 : 0);
	if (id == r->user.id)
		xml_elem(p, "self");
	return 200;
}

int
person_refused(struct request *r, unsigned long long id, int status)
{
	int	 st;

	if ((st = person_show(r, id)) != 200)
		return st;
	r->keep_view = true;
	return status;
}

int
person(struct request *r)
{
	const char	*msg = req_str(r, "msg", "");

	if (one_of(msg, notices))
		xml_text(r->root, "msg", msg);
	return person_show(r, (unsigned long long)num(r->arg));
}

/* ------------------------------------------------------------------ the audit log */

long
person_json(unsigned long long id, struct buf *out)
{
	struct db_arg	 args[] = { DB_I((long long)id), DB_END_ };
	long		 rc;

	return (rc = db_buf(STMT_PERSON_JSON, args, out)) < 0 ? rc : 0;
}

long
person_audit(unsigned long long actor, const char *action, unsigned long long id,
    const char *before, const char *after)
{
	struct cat_who	 who = catalogue_who(actor);
	char		 code[24];

	snprintf(code, sizeof(code), "%llu", id);
	return catalogue_log(&who, action, "user", code, id, before, after);
}
