/*
 * home.c — the state of the portal (GET /admin/: catalogue, accounts, dossiers by status,
 * officers and their roles, this year's holidays and swapped days) and the audit log of the
 * catalogue (GET /admin/audit, sql/022): newest first, a page at a time, by kind of object and
 * by code: who, when, from which program, what, and the object before and after.
 */
#include <stdio.h>
#include <string.h>

#include "dvc.h"
#include "admin.h"

#define AUDIT_PAGE	20

const struct param_spec no_params[] = { { NULL, 0, 0 } };
const struct param_spec audit_params[] = {
	{ "kind", P_TOKEN, 16 },
	{ "code", P_TEXT, 40 },
	{ "page", P_UINT, 100000 },
	{ NULL, 0, 0 },
};

int
home(struct request *r)
{
	long	 rc;

	if ((rc = xml_rows(r->root, "catalogue", STMT_CATALOGUE, NULL)) < 0 ||
	    (rc = xml_rows(r->root, "accounts", STMT_ACCOUNTS, NULL)) < 0 ||
	    (rc = xml_rows(xml_elem(r->root, "counts"), "count", STMT_COUNTS, NULL)) < 0 ||
	    (rc = xml_rows(xml_elem(r->root, "officers"), "officer", STMT_OFFICERS, NULL)) < 0 ||
	    (rc = xml_rows(xml_elem(r->root, "holidays"), "holiday", STMT_HOLIDAYS, NULL)) < 0)
		return db_status(rc);
	return 200;
}

int
audit(struct request *r)
{
	static const char *const kinds[] = { "", "procedure", "unit", "field", "holiday", "setting",
		"commune", "user", "form", NULL };
	const char		*kind = req_str(r, "kind", ""), *code = req_str(r, "code", "");
	long long		 page = (long long)req_uint(r, "page", 1);
	const char *const	*k;
	xmlNodePtr		 list;
	long			 rc;

	for (k = kinds; *k != NULL && strcmp(*k, kind) != 0; k++)
		;
	if (*k == NULL)
		return app_error(r, 400, "audit.kind");
	if (page < 1)
		page = 1;
	form_values(r);
	{
		struct db_arg args[] = { DB_S(kind), DB_S(kind), DB_S(code), DB_S(code),
		    DB_I(AUDIT_PAGE + 1), DB_I((page - 1) * AUDIT_PAGE), DB_END_ };

		list = xml_elem(r->root, "entries");
		if ((rc = xml_rows(list, "entry", STMT_AUDIT, args)) < 0)
			return db_status(rc);
	}
	xml_attr_uint(list, "page", (uint64_t)page);
	xml_attr(list, "more", rc > AUDIT_PAGE ? "1" : "0");
	if (rc > AUDIT_PAGE) {	/* the row that tells there is a next page is not shown */
		xmlNodePtr extra = list->last;

		xmlUnlinkNode(extra);
		xmlFreeNode(extra);
	}
	return 200;
}

