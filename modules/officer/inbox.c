/*
 * inbox.c — "Hồ sơ cần xử lý" (/officer/): the dossiers of the officer's units by what waits
 * for them, one tab per role (receive, assign, process, approve, return) and one of
 * everything; filters; sorted by due date; a page at a time. Officers land here after
 * signing in.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dvc.h"
#include "officer.h"

/* The tabs: their name in the URL, the role they need, whose units (holding or receiving). */
enum { R_RECEIVER, R_PROCESSOR, R_APPROVER, R_ANY, R__MAX };
static const char *const role_names[R__MAX] = { "receiver", "processor", "approver", NULL };
static const struct {
	const char	*name;
	int		 role;
	bool		 holder;
} tabs[TAB__MAX] = {
	[TAB_RECEIVE] = { "receive", R_RECEIVER, false },
	[TAB_ASSIGN] = { "assign", R_RECEIVER, false },
	[TAB_PROCESS] = { "process", R_PROCESSOR, true },
	[TAB_APPROVE] = { "approve", R_APPROVER, true },
	[TAB_RETURN] = { "return", R_RECEIVER, false },
	[TAB_ALL] = { "all", R_ANY, false },
};

/* The officer's units in each role (R_ANY: in any), the first INBOX_UNITS of them. */
struct units {
	long long	 id[INBOX_UNITS];
	size_t		 n;
	bool		 more;		/* more than INBOX_UNITS */
};

struct inbox {
	struct request	*r;
	xmlNodePtr	 list;
	struct workcal	 cal;
	time_t		 now;
	int		 rows;
	struct units	 units[R__MAX];
	long long	 waiting[TAB_ALL];	/* in each tab of work (STMT_ROLES) */
	long long	 last_unit;		/* the role of STMT_ROLES's last row */
	char		 last_role[16];
};


/* The fields of the filter, kept by the worker while the catalogue is unchanged. */
static struct xml_kept	 fields_kept;

static void
units_add(struct units *u, long long id)
{
	size_t	 i;

	for (i = 0; i < u->n; i++)
		if (u->id[i] == id)
			return;
	if (u->n < INBOX_UNITS)
		u->id[u->n++] = id;
	else
		u->more = true;
}

static int
role_row(void *arg, unsigned ncols, const char *const *names, char *const *cols, const size_t *lens)
{
	struct inbox	*in = arg;
	const char	*role = row_get(ncols, names, cols, "role");
	const char	*tab = row_get(ncols, names, cols, "tab");
	long long	 id = num(row_get(ncols, names, cols, "agency_id"));
	xmlNodePtr	 row;
	int		 k, rk;

	(void)lens;
	if (role == NULL)
		return 0;
	for (rk = 0; rk < R_ANY && strcmp(role, role_names[rk]) != 0; rk++)
		;
	/* What waits at the unit in a tab of this role's work; the other tabs' counts are left. */
	if (tab != NULL && (k = (int)num(tab)) >= TAB_RECEIVE && k < TAB_ALL && tabs[k].role == rk)
		in->waiting[k] += num(row_get(ncols, names, cols, "n"));
	if (id == in->last_unit && strcmp(role, in->last_role) == 0)
		return 0;	/* the same role again, with another count */
	in->last_unit = id;
	snprintf(in->last_role, sizeof(in->last_role), "%s", role);
	row = xml_elem(in->list, "role");
	xml_text(row, "agency_id", row_get(ncols, names, cols, "agency_id"));
	xml_agency(row, "agency_code", "agency_name", "agency_sort", id);
	xml_text(row, "role", role);
	if (rk < R_ANY)
		units_add(&in->units[rk], id);
	units_add(&in->units[R_ANY], id);
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
	const char	*ts = row_get(ncols, names, cols, "_due_ts");
	time_t		 due = ts != NULL ? (time_t)strtoll(ts, NULL, 10) : 0;
	bool		 runs = clock_runs((int)num(row_get(ncols, names, cols, "status"))) && due > 0;

	if (++in->rows > INBOX_PAGE)
		return 1;	/* the one more that says there is a next page */
	row = xml_row_append(in->list, "dossier", ncols, names, cols, lens);
	xml_agency(row, NULL, "holder_name", NULL, num(row_get(ncols, names, cols, "_holder")));
	xml_procedure(row, "procedure_name", num(row_get(ncols, names, cols, "_procedure")));
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
tab_of(const char *name, const struct inbox *in)
{
	int	 t, k;

	for (t = TAB_RECEIVE; t < TAB__MAX; t++)
		if (strcmp(tabs[t].name, name) == 0)
			return (enum tab)t;
	/* The first tab of work for the officer's first role in a dossier's way. */
	for (t = TAB_RECEIVE; t < TAB_ALL; t++)
		if ((k = tabs[t].role) != R_ANY && in->units[k].n > 0)
			return (enum tab)t;
	return TAB_ALL;
}

/* A statement's arguments, pushed in order. */
struct args {
	struct db_arg	 a[48];
	size_t		 n;
};

static void
push(struct args *a, struct db_arg v)
{
	if (a->n + 1 < sizeof(a->a) / sizeof(a->a[0]))
		a->a[a->n++] = v;
	a->a[a->n] = DB_END_;
}

/*
 * The units of the tab's statement and the statement: the officer's units bound (the last
 * repeated to fill BOUND), or the user id and the role when there are more than that.
 */
static enum stmt
tab_units(const struct inbox *in, enum tab t, struct args *a)
{
	const struct units	*u = &in->units[tabs[t].role];
	long long		 uid = (long long)in->r->user.id;
	size_t			 i;

	if (u->more) {
		push(a, DB_I(uid));
		if (t != TAB_ALL)
			push(a, DB_S(role_names[tabs[t].role]));
		return t == TAB_ALL ? STMT_LIST_ALL_ROLE : tabs[t].holder ? STMT_LIST_HOLDER_ROLE :
		    STMT_LIST_UNIT_ROLE;
	}
	for (i = 0; i < INBOX_UNITS; i++)
		push(a, DB_I(u->n == 0 ? 0 : u->id[i < u->n ? i : u->n - 1]));
	return t == TAB_ALL ? STMT_LIST_ALL : tabs[t].holder ? STMT_LIST_HOLDER : STMT_LIST_UNIT;
}

/* The filters of the form, as FILTERS (sql.c) takes them. */
struct filters {
	const char	*q, *proc;
	char		 like[128], proc_like[256];
	long long	 field, status, from, to, due_before, due_after;
};

static int
filters_read(struct inbox *in, struct filters *f)
{
	struct request	*r = in->r;
	const char	*due = req_str(r, "due", "");
	char		 folded[200];

	f->q = req_str(r, "q", "");
	f->proc = req_str(r, "procedure", "");
	f->field = (long long)req_uint(r, "field", 0);
	f->status = (long long)req_uint(r, "status", 0);
	f->from = day_moment(r, "from");
	f->to = day_moment(r, "to");
	if (r->nerrors > 0)
		return -1;
	if (f->to > 0)
		f->to += 24 * 3600;	/* up to the end of that day */
	f->due_before = f->due_after = 0;
	if (strcmp(due, "overdue") == 0)
		f->due_before = (long long)in->now;
	else if (strcmp(due, "soon") == 0) {
		f->due_after = (long long)in->now;
		f->due_before = (long long)workcal_add(&in->cal, workcal_next_open(&in->cal, in->now),
		    DUE_SOON_HOURS * 60) + 1;
	}
	like_pattern(f->q, f->like, sizeof(f->like));
	/* A procedure's name is matched without diacritics or case, as the catalogue does. */
	text_fold(f->proc, strlen(f->proc), folded, sizeof(folded));
	like_pattern(folded, f->proc_like, sizeof(f->proc_like));
	return 0;
}

static bool
filters_none(const struct filters *f)
{
	return f->q[0] == '\0' && f->proc[0] == '\0' && f->field == 0 && f->status == 0 &&
	    f->from == 0 && f->to == 0 && f->due_before == 0 && f->due_after == 0;
}

static void
filters_push(const struct filters *f, struct args *a)
{
	push(a, DB_S(f->q));
	push(a, DB_S(f->q));
	push(a, DB_S(f->like));
	push(a, DB_S(f->like));
	push(a, DB_S(f->proc));
	push(a, DB_S(f->proc));
	push(a, DB_S(f->proc_like));
	push(a, DB_I(f->field));
	push(a, DB_I(f->field));
	push(a, DB_I(f->status));
	push(a, DB_I(f->status));
	push(a, DB_I(f->from));
	push(a, DB_I(f->from));
	push(a, DB_I(f->to));
	push(a, DB_I(f->to));
	push(a, DB_I(f->due_before));
	push(a, DB_I(f->due_before));
	push(a, DB_I(f->due_after));
	push(a, DB_I(f->due_after));
}

int
inbox(struct request *r)
{
	struct inbox	 in = { .r = r, .now = time(NULL) };
	struct filters	 f;
	struct args	 a = { .n = 0 };
	long long	 uid = (long long)r->user.id, page = (long long)req_uint(r, "page", 1);
	char		 s[24];
	enum tab	 t;
	enum stmt	 st;
	long		 rc;
	int		 cs;

	if ((cs = calendar_load(&in.cal)) != 0 || (cs = agencies_load()) != 0 ||
	    (cs = procs_load()) != 0)
		return cs;
	in.list = xml_elem(r->root, "roles");
	if ((rc = db_exec(STMT_ROLES, (struct db_arg[]){ DB_I(uid), DB_I(uid), DB_END_ }, role_row,
	    &in)) < 0)
		return db_status(rc);
	in.list = xml_elem(r->root, "tabs");
	for (t = TAB_RECEIVE; t < TAB_ALL; t++) {
		snprintf(s, sizeof(s), "%lld", in.waiting[t]);
		xml_text(in.list, tabs[t].name, s);
	}
	t = tab_of(req_str(r, "tab", ""), &in);
	xml_text(r->root, "tab", tabs[t].name);
	form_values(r);
	cs = filters_read(&in, &f);
	/*
	 * The whole filter form, with the fields to choose from, once asked for (filters=1),
	 * while one of its filters is given, and after an error; else the short one (the code or
	 * name, the deadline: officer-inbox.xsl).
	 */
	if (req_uint(r, "filters", 0) == 1 || f.proc[0] != '\0' || f.field != 0 || f.status != 0 ||
	    f.from != 0 || f.to != 0 || r->nerrors > 0) {
		xml_text(r->root, "filters_open", "1");
		if ((rc = xml_rows_kept(&fields_kept, xml_elem(r->root, "fields"), "field", STMT_FIELDS,
		    NULL)) < 0)
			return db_status(rc);
	}
	if (cs != 0)
		return 200;
	if (page < 1)
		page = 1;
	/* The units (and the tab), the filters, the page. */
	st = tab_units(&in, t, &a);
	if (t == TAB_ALL)
		tab_units(&in, t, &a);	/* again: a dossier counts once among them */
	else {
		push(&a, DB_I(t));
		if (tabs[t].holder) {
			push(&a, DB_I(t == TAB_PROCESS ? uid : 0));
			push(&a, DB_I(uid));
		}
	}
	/* No filters: the statements without them (FIRST for a tab of work's first page). */
	if (filters_none(&f) && (page == 1 || t == TAB_ALL || in.units[tabs[t].role].more))
		st = st - STMT_LIST_UNIT + STMT_LIST_UNIT_PLAIN;
	else
		filters_push(&f, &a);
	push(&a, DB_I(INBOX_PAGE + 1));
	push(&a, DB_I((page - 1) * INBOX_PAGE));
	in.list = xml_elem(r->root, "dossiers");
	if ((rc = db_exec(st, a.a, dossier_row, &in)) < 0)
		return db_status(rc);
	snprintf(s, sizeof(s), "%lld", page);
	xml_attr(in.list, "page", s);
	xml_attr(in.list, "more", in.rows > INBOX_PAGE ? "1" : "0");
	return 200;
}
