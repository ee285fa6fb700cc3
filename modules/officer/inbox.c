/*
 * inbox.c — "Hồ sơ cần xử lý" (/officer/): the dossiers of the officer's units by what waits
 * for them, one tab per role (receive, assign, process, approve, return) and one of
 * everything; filters; sorted by due date; a page at a time. Officers land here after
 * signing in.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dvc.h"
#include "officer.h"

/* The tabs: their name in the URL, the role they need, and how many user ids they bind. */
static const struct {
	const char	*name;
	const char	*role;		/* NULL: any */
	int		 nuser;
} tabs[TAB__MAX] = {
	[TAB_RECEIVE] = { "receive", "receiver", 1 },
	[TAB_ASSIGN] = { "assign", "receiver", 1 },
	[TAB_PROCESS] = { "process", "processor", 2 },
	[TAB_APPROVE] = { "approve", "approver", 1 },
	[TAB_RETURN] = { "return", "receiver", 1 },
	[TAB_ALL] = { "all", NULL, 1 },
};

struct inbox {
	struct request	*r;
	xmlNodePtr	 list;
	struct workcal	 cal;
	time_t		 now;
	int		 rows;
	unsigned	 roles;		/* 1 receiver, 2 processor, 4 approver */
};

static int
role_row(void *arg, unsigned ncols, const char *const *names, char *const *cols, const size_t *lens)
{
	struct inbox	*in = arg;
	const char	*role = row_get(ncols, names, cols, "role");

	xml_row_append(in->list, "role", ncols, names, cols, lens);
	if (role != NULL)
		in->roles |= strcmp(role, "receiver") == 0 ? 1 : strcmp(role, "processor") == 0 ? 2 : 4;
	return 0;
}

/* Statuses in which the deadline runs: submitted, received, being processed, fees due. */
static bool
clock_runs(int status)
{
	return status == DS_SUBMITTED || status == DS_RECEIVED || status == DS_PROCESSING ||
	    status == DS_FEES_DUE;
}

static int
dossier_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct inbox	*in = arg;
	xmlNodePtr	 row;
	const char	*ts = row_get(ncols, names, cols, "due_ts");
	time_t		 due = ts != NULL ? (time_t)strtoll(ts, NULL, 10) : 0;
	bool		 runs = clock_runs((int)num(row_get(ncols, names, cols, "status"))) && due > 0;

	if (++in->rows > INBOX_PAGE)
		return 1;	/* the one more that says there is a next page */
	row = xml_row_append(in->list, "dossier", ncols, names, cols, lens);
	xml_text(row, "overdue", runs && due < in->now ? "1" : "0");
	xml_text(row, "due_soon", runs && due >= in->now &&
	    workcal_between(&in->cal, in->now, due) <= DUE_SOON_HOURS * 60 ? "1" : "0");
	return 0;
}

/* A date of the filter form as the UTC moment of its Vietnam midnight; 0 when empty. */
static long long
day_moment(struct request *r, const char *name)
{
	int32_t	 day = form_day(r, name);

	return day < 0 ? 0 : (long long)workcal_moment(day, 0);
}

/* The search text for LIKE: %text%, with the wildcards typed taken as themselves. */
static void
like_pattern(const char *q, char *out, size_t outsz)
{
	size_t	 o = 0;

	out[o++] = '%';
	for (; *q != '\0' && o + 3 < outsz; q++) {
		if (*q == '%' || *q == '_' || *q == '\\')
			out[o++] = '\\';
		out[o++] = *q;
	}
	out[o++] = '%';
	out[o] = '\0';
}

static enum tab
tab_of(const char *name, unsigned roles)
{
	int	 t;

	for (t = 0; t < TAB__MAX; t++)
		if (strcmp(tabs[t].name, name) == 0)
			return (enum tab)t;
	/* The first tab of work for the officer's first role in a dossier's way. */
	return roles & 1 ? TAB_RECEIVE : roles & 2 ? TAB_PROCESS : roles & 4 ? TAB_APPROVE : TAB_ALL;
}

/* Function over 80 lines: the filters' arguments are one list bound in the statement's order. */
int
inbox(struct request *r)
{
	struct inbox	 in = { .r = r, .now = time(NULL) };
	struct db_arg	 uargs[] = { DB_I((long long)r->user.id), DB_END_ };
	const char	*q = req_str(r, "q", ""), *proc = req_str(r, "procedure", "");
	const char	*due = req_str(r, "due", "");
	long long	 from, to;
	long long	 due_before = 0, due_after = 0, uid = (long long)r->user.id;
	long long	 field = (long long)req_uint(r, "field", 0), status = (long long)req_uint(r, "status", 0);
	long long	 page = (long long)req_uint(r, "page", 1);
	char		 like[128], s[24];
	enum tab	 t;
	long		 rc;
	int		 st;

	if ((st = calendar_load(&in.cal)) != 0)
		return st;
	in.list = xml_elem(r->root, "roles");
	if ((rc = db_exec(STMT_ROLES, uargs, role_row, &in)) < 0 ||
	    (rc = xml_rows(r->root, "tabs", STMT_TAB_COUNTS, (struct db_arg[]){ DB_I(uid), DB_I(uid),
	    DB_I(uid), DB_I(uid), DB_I(uid), DB_I(uid), DB_END_ })) < 0 ||
	    (rc = xml_rows(xml_elem(r->root, "procedures"), "procedure", STMT_PROCEDURES, uargs)) < 0 ||
	    (rc = xml_rows(xml_elem(r->root, "fields"), "field", STMT_FIELDS, NULL)) < 0)
		return db_status(rc);
	t = tab_of(req_str(r, "tab", ""), in.roles);
	xml_text(r->root, "tab", tabs[t].name);
	form_values(r);
	from = day_moment(r, "from");
	to = day_moment(r, "to");
	if (r->nerrors > 0)
		return 200;
	if (to > 0)
		to += 24 * 3600;	/* up to the end of that day */
	if (strcmp(due, "overdue") == 0)
		due_before = (long long)in.now;
	else if (strcmp(due, "soon") == 0) {
		due_after = (long long)in.now;
		due_before = (long long)workcal_add(&in.cal, workcal_next_open(&in.cal, in.now),
		    DUE_SOON_HOURS * 60) + 1;
	}
	if (page < 1)
		page = 1;
	like_pattern(q, like, sizeof(like));
	{
		struct db_arg args[] = { DB_I(uid), DB_I(uid),
		    DB_S(q), DB_S(q), DB_S(like), DB_S(like), DB_S(proc), DB_S(proc),
		    DB_I(field), DB_I(field), DB_I(status), DB_I(status), DB_I(from), DB_I(from),
		    DB_I(to), DB_I(to), DB_I(due_before), DB_I(due_before), DB_I(due_after),
		    DB_I(due_after), DB_I(INBOX_PAGE + 1), DB_I((page - 1) * INBOX_PAGE), DB_END_ };
		const struct db_arg *a = tabs[t].nuser == 2 ? args : args + 1;

		in.list = xml_elem(r->root, "dossiers");
		if ((rc = db_exec(tab_stmt(t), a, dossier_row, &in)) < 0)
			return db_status(rc);
	}
	snprintf(s, sizeof(s), "%lld", page);
	xml_attr(in.list, "page", s);
	xml_attr(in.list, "more", in.rows > INBOX_PAGE ? "1" : "0");
	return 200;
}
