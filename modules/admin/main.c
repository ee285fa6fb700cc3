/*
 * dvc-admin — the administrator's side.
 *   GET /admin/        the state of the portal: catalogue, accounts, dossiers by status,
 *                      officers and their roles, this year's calendar of holidays and swapped days
 *   GET /admin/audit   the audit log of the catalogue's changes (sql/022), newest first, a
 *                      page at a time, by kind of object and by code: who, when, from which
 *                      program, what, and the object before and after
 */
#include <stdio.h>
#include <string.h>

#include "dvc.h"

enum stmt {
	STMT_CATALOGUE,
	STMT_ACCOUNTS,
	STMT_COUNTS,
	STMT_OFFICERS,
	STMT_HOLIDAYS,
	STMT_AUDIT,
	STMT__MAX
};

static const struct db_stmt_def stmts[STMT__MAX] = {
	[STMT_CATALOGUE] = { "SELECT COUNT(*) AS procedures, COALESCE(SUM(level = 4), 0) AS full_online,"
	    " COALESCE(SUM(level = 3), 0) AS partial, COALESCE(SUM(level = 2), 0) AS counter_only,"
	    " (SELECT COUNT(*) FROM fields) AS fields, (SELECT COUNT(*) FROM agencies) AS agencies"
	    " FROM procedures WHERE is_current = 1" },
	[STMT_ACCOUNTS] = { "SELECT COALESCE(SUM(kind = 'citizen'), 0) AS citizens,"
	    " COALESCE(SUM(kind = 'officer'), 0) AS officers, COALESCE(SUM(kind = 'admin'), 0) AS admins,"
	    " (SELECT COUNT(*) FROM sessions WHERE expires_at > UTC_TIMESTAMP()"
	    "  AND last_seen > UTC_TIMESTAMP() - INTERVAL " DVC_STR(SESSION_IDLE_MINUTES) " MINUTE)"
	    " AS sessions FROM users" },
	[STMT_COUNTS] = { "SELECT status, COUNT(*) AS n FROM dossiers GROUP BY status ORDER BY status" },
	/* Every officer, those not yet given a role too. */
	[STMT_OFFICERS] = { "SELECT u.full_name, u.email, a.code AS agency_code, a.name AS agency_name,"
	    " r.role FROM users u LEFT JOIN officer_roles r ON r.user_id = u.id"
	    " LEFT JOIN agencies a ON a.id = r.agency_id WHERE u.kind = 'officer'"
	    " ORDER BY a.id IS NULL, a.sort, a.name, u.full_name, r.role" },
	/* This year in Vietnam's time. */
	[STMT_HOLIDAYS] = { "SELECT DATE_FORMAT(day, '%d/%m/%Y') AS day, DAYOFWEEK(day) AS weekday,"
	    " name, kind FROM holidays WHERE YEAR(day) = YEAR(" SQL_VN("UTC_TIMESTAMP()") ")"
	    " ORDER BY holidays.day" },
	/* A page of the audit log (AUDIT_PAGE + 1 rows: whether there is a next), newest first;
	 * the kind of object and its code, each '' for any. */
	[STMT_AUDIT] = { "SELECT a.id, " SQL_VN_TIME("a.at") " AS at, COALESCE(u.full_name, a.actor) AS who,"
	    " a.program, a.action, a.object_kind AS kind, a.object_code AS code,"
	    " COALESCE(a.before_json, '') AS before_json, COALESCE(a.after_json, '') AS after_json"
	    " FROM audit_log a LEFT JOIN users u ON u.id = a.user_id"
	    " WHERE (? = '' OR a.object_kind = ?) AND (? = '' OR a.object_code = ?)"
	    " ORDER BY a.at DESC, a.id DESC LIMIT ? OFFSET ?" },
};

#define AUDIT_PAGE	20

static const struct param_spec no_params[] = { { NULL, 0, 0 } };
static const struct param_spec audit_params[] = {
	{ "kind", P_TOKEN, 16 },
	{ "code", P_TEXT, 40 },
	{ "page", P_UINT, 100000 },
	{ NULL, 0, 0 },
};

static int
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

static int
audit(struct request *r)
{
	static const char *const kinds[] = { "", "procedure", "unit", "field", NULL };
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

static const struct route routes[] = {
	{ "GET", "/admin/", ROLE_ADMIN, home, "admin-home", no_params, NULL, 0, NULL },
	{ "GET", "/admin/audit", ROLE_ADMIN, audit, "admin-audit", audit_params, NULL, 0, NULL },
};

int
main(int argc, char **argv)
{
	static const struct program prog = {
		.name = "dvc-admin",
		.routes = routes,
		.nroutes = sizeof(routes) / sizeof(routes[0]),
		.stmts = stmts,
		.nstmts = STMT__MAX,
	};

	return app_main(&prog, argc, argv);
}
