/*
 * dvc-officer — the officers' side.
 *   GET /officer/   the dossiers received at the officer's agencies, with their deadlines
 * Every query is bound to the agencies the officer holds a role in (officer_roles).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dvc.h"

#define MY_AGENCIES "(SELECT agency_id FROM officer_roles WHERE user_id = ?)"

enum stmt {
	STMT_ROLES,
	STMT_COUNTS,
	STMT_DOSSIERS,
	STMT__MAX
};

static const struct db_stmt_def stmts[STMT__MAX] = {
	[STMT_ROLES] = { "SELECT a.code AS agency_code, a.name AS agency_name, r.role FROM officer_roles r"
	    " JOIN agencies a ON a.id = r.agency_id WHERE r.user_id = ? ORDER BY a.sort, a.name, r.role" },
	[STMT_COUNTS] = { "SELECT d.status, COUNT(*) AS n FROM dossiers d WHERE d.status > 0"
	    " AND d.agency_id IN " MY_AGENCIES " GROUP BY d.status ORDER BY d.status" },
	[STMT_DOSSIERS] = { "SELECT d.id, d.code, d.status, p.name AS procedure_name, d.applicant_name,"
	    " d.org_name, " SQL_VN_TIME("d.submitted_at") " AS submitted_at, " SQL_VN_TIME("d.due_at") " AS due_at,"
	    " UNIX_TIMESTAMP(d.due_at) AS due_ts, d.channel, a.name AS agency_name"
	    " FROM dossiers d JOIN procedures p ON p.id = d.procedure_id JOIN agencies a ON a.id = d.agency_id"
	    " WHERE d.status > 0 AND d.agency_id IN " MY_AGENCIES
	    " ORDER BY d.submitted_at DESC, d.id DESC LIMIT 500" },
};

static const struct param_spec no_params[] = { { NULL, 0, 0 } };

struct inbox {
	xmlNodePtr	 list;
	struct workcal	 cal;
	time_t		 now;
};

/* Statuses in which the deadline still runs: received, being processed, fees due. */
static bool
clock_runs(const char *status)
{
	return strcmp(status, "1") == 0 || strcmp(status, "2") == 0 || strcmp(status, "4") == 0 ||
	    strcmp(status, "6") == 0;
}

static int
dossier_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct inbox	*in = arg;
	xmlNodePtr	 row = xml_row_append(in->list, "dossier", ncols, names, cols, lens);
	const char	*ts = row_get(ncols, names, cols, "due_ts");
	const char	*status = row_get(ncols, names, cols, "status");
	time_t		 due = ts != NULL ? (time_t)strtoll(ts, NULL, 10) : 0;
	bool		 runs = status != NULL && clock_runs(status) && due > 0;

	xml_text(row, "overdue", runs && due < in->now ? "1" : "0");
	/* Due within one working day (8 working hours) from now. */
	xml_text(row, "due_soon", runs && due >= in->now &&
	    workcal_between(&in->cal, in->now, due) <= 8 * 60 ? "1" : "0");
	return 0;
}

static int
inbox(struct request *r)
{
	struct db_arg	 args[] = { DB_I((long long)r->user.id), DB_END_ };
	struct inbox	 in = { .now = time(NULL) };
	long		 rc;
	int		 st;

	if ((st = calendar_load(&in.cal)) != 0)
		return st;
	if ((rc = xml_rows(xml_elem(r->root, "roles"), "role", STMT_ROLES, args)) < 0 ||
	    (rc = xml_rows(xml_elem(r->root, "counts"), "count", STMT_COUNTS, args)) < 0)
		return db_status(rc);
	in.list = xml_elem(r->root, "dossiers");
	if ((rc = db_exec(STMT_DOSSIERS, args, dossier_row, &in)) < 0)
		return db_status(rc);
	return 200;
}

static const struct route routes[] = {
	{ "GET", "/officer/", ROLE_OFFICER, inbox, "officer-inbox", no_params, NULL, 0, NULL },
};

int
main(int argc, char **argv)
{
	static const struct program prog = {
		.name = "dvc-officer",
		.routes = routes,
		.nroutes = sizeof(routes) / sizeof(routes[0]),
		.stmts = stmts,
		.nstmts = STMT__MAX,
	};

	return app_main(&prog, argc, argv);
}
