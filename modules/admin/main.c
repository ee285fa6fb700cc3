/*
 * dvc-admin — the administrator's side.
 *   GET /admin/   the state of the portal: catalogue, accounts, dossiers by status, officers
 *                 and their roles, this year's calendar of holidays and swapped days
 */
#include <stdio.h>

#include "dvc.h"

enum stmt {
	STMT_CATALOGUE,
	STMT_ACCOUNTS,
	STMT_COUNTS,
	STMT_OFFICERS,
	STMT_HOLIDAYS,
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
};

static const struct param_spec no_params[] = { { NULL, 0, 0 } };

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

static const struct route routes[] = {
	{ "GET", "/admin/", ROLE_ADMIN, home, "admin-home", no_params, NULL, 0, NULL },
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
