/*
 * calendar.c — the holiday calendar's year view (GET /admin/calendar?year=YYYY): twelve month
 * grids, Monday to Sunday, each day marked a weekend, a holiday or a swapped working day
 * (the holidays table), the year's days listed with their names, the number of working days
 * of the year, and the forms that change it (calendar_edit.c). ?edit=YYYY-MM-DD shows the
 * form of one day instead of the forms that add. The audit log's writer is here too.
 *
 * What a change does to the dossiers in flight (DOMAIN.md, modules/core/dossier_clock.c): a
 * due date is fixed when the clock starts (acceptance, Form 1 carries it), set again only
 * when a supplement comes back or an apology slip gives a later one. A change of the calendar
 * therefore leaves the due dates already fixed as they are, and counts every due date fixed
 * after it (and the working time left, shown to officers) with the new days. The page says so.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "dvc.h"
#include "catalogue.h"
#include "admin.h"

#define YEAR_MIN	2000
#define YEAR_MAX	2100

const struct param_spec calendar_params[] = {
	{ "year", P_UINT, 9999 },
	{ "edit", P_TOKEN, 10 },
	{ "msg", P_TOKEN, 16 },
	{ "day", P_TOKEN, 10 },
	{ "alt", P_TOKEN, 10 },
	{ "n", P_UINT, 1000 },
	{ NULL, 0, 0 },
};

/* The kinds of the days of a year as the table says them, by day of the year. */
struct year_days {
	int32_t		 first;		/* day number of 1 January */
	char		 kind[366];	/* 'h' holiday, 'w' workday, 0 */
	bool		 projected[366];
	xmlNodePtr	 list;
};

static int
year_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct year_days	*y = arg;
	const char		*kind = row_get(ncols, names, cols, "kind");
	long long		 i = num(row_get(ncols, names, cols, "n")) - y->first;

	xml_row_append(y->list, "day", ncols, names, cols, lens);
	if (i >= 0 && i < 366 && kind != NULL) {
		y->kind[i] = strcmp(kind, "workday") == 0 ? 'w' : 'h';
		y->projected[i] = num(row_get(ncols, names, cols, "projected")) != 0;
	}
	return 0;
}

static int
weekday(int32_t day)
{
	return (int)(((day % 7) + 7 + 3) % 7);	/* 0 Monday; day 0 was a Thursday */
}

/* One month as weeks of seven cells, Monday first: <d n= date= w= kind=/>, empty outside. */
static int
month_grid(xmlNodePtr cal, const struct year_days *y, int year, int month)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int		 n = mdays[month - 1] + (month == 2 && ((year % 4 == 0 && year % 100 != 0) ||
			    year % 400 == 0));
	int32_t		 first = workcal_date(year, month, 1);
	xmlNodePtr	 m = xml_elem(cal, "month"), week = NULL, d;
	int		 i, w, working = 0;
	char		 date[16];

	int		 lead = weekday(first), cells = (lead + n + 6) / 7 * 7, c;

	xml_attr_uint(m, "n", (unsigned long long)month);
	for (c = 0; c < cells; c++) {
		if (c % 7 == 0)
			week = xml_elem(m, "week");
		d = xml_elem(week, "d");
		if ((i = c - lead + 1) < 1 || i > n)
			continue;
		w = c % 7;
		snprintf(date, sizeof(date), "%04u-%02u-%02u", (unsigned)year % 10000u,
		    (unsigned)month % 100u, (unsigned)i % 100u);
		xml_attr_uint(d, "n", (unsigned long long)i);
		xml_attr(d, "date", date);
		xml_attr_uint(d, "w", (unsigned long long)w);
		if (y->projected[first + i - 1 - y->first])
			xml_attr(d, "projected", "1");
		switch (y->kind[first + i - 1 - y->first]) {
		case 'w':
			xml_attr(d, "kind", "workday");
			working++;
			break;
		case 'h':
			xml_attr(d, "kind", w >= 5 ? "weekend-holiday" : "holiday");
			break;
		default:
			xml_attr(d, "kind", w >= 5 ? "weekend" : "working");
			working += w < 5;
		}
	}
	xml_attr_uint(m, "working", (unsigned long long)working);
	return working;
}

/* The year view of year under the page: <calendar> with its months, and <days>. */
int
calendar_fill(struct request *r, int year)
{
	struct year_days y;
	xmlNodePtr	 cal;
	char		 from[16], to[16];
	int		 month, working = 0;
	long		 rc;

	memset(&y, 0, sizeof(y));
	y.first = workcal_date(year, 1, 1);
	y.list = xml_elem(r->root, "days");
	snprintf(from, sizeof(from), "%04u-01-01", (unsigned)year % 10000u);
	snprintf(to, sizeof(to), "%04u-12-31", (unsigned)year % 10000u);
	{
		struct db_arg args[] = { DB_S(from), DB_S(to), DB_END_ };

		if ((rc = db_exec(STMT_CAL_YEAR, args, year_row, &y)) < 0)
			return db_status(rc);
	}
	cal = xml_elem(r->root, "calendar");
	xml_attr_uint(cal, "year", (unsigned long long)year);
	if (year > YEAR_MIN)
		xml_attr_uint(cal, "prev", (unsigned long long)year - 1);
	if (year < YEAR_MAX)
		xml_attr_uint(cal, "next", (unsigned long long)year + 1);
	for (month = 1; month <= 12; month++)
		working += month_grid(cal, &y, year, month);
	xml_attr_uint(cal, "working", (unsigned long long)working);
	return 0;
}

/* The day to edit: <edit>, and its values as the edit form's (kind, name, projected). */
static int
edit_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct request	*r = arg;
	const char	*v;

	xml_row_append(r->root, "edit", ncols, names, cols, lens);
	form_value(r, "date", row_get(ncols, names, cols, "date"));
	form_value(r, "kind", row_get(ncols, names, cols, "kind"));
	form_value(r, "name", row_get(ncols, names, cols, "name"));
	if ((v = row_get(ncols, names, cols, "projected")) != NULL && strcmp(v, "1") == 0)
		form_value(r, "projected", "1");
	return 0;
}

/* This year in Vietnam's time. */
static int
this_year(void)
{
	time_t		 t = time(NULL) + VN_UTC_OFFSET_SECONDS;
	struct tm	 tm;

	gmtime_r(&t, &tm);
	return tm.tm_year + 1900;
}

int
calendar_page(struct request *r)
{
	uint64_t	 year = req_uint(r, "year", (uint64_t)this_year());
	const char	*edit = req_str(r, "edit", ""), *msg = req_str(r, "msg", "");
	struct tm	 tm;
	int		 st;

	if (year < YEAR_MIN || year > YEAR_MAX)
		return app_error(r, 404, "cal.year");
	if (*edit != '\0') {
		struct db_arg	 args[2] = { DB_I(0), DB_END_ };
		long		 rc;

		if (valid_date(edit, &tm) != NULL)
			return app_error(r, 404, "cal.not_found");
		args[0] = DB_I(workcal_date(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday));
		if ((rc = db_exec(STMT_CAL_DAY, args, edit_row, r)) < 0)
			return db_status(rc);
		if (rc == 0)
			return app_error(r, 404, "cal.not_found");
		year = (uint64_t)tm.tm_year + 1900;
	}
	if (*msg != '\0') {
		xmlNodePtr m = xml_text(r->root, "msg", msg);

		xml_attr(m, "day", req_str(r, "day", ""));
		xml_attr(m, "alt", req_str(r, "alt", ""));
		xml_attr_uint(m, "n", req_uint(r, "n", 0));
	}
	if ((st = calendar_fill(r, (int)year)) != 0)
		return st;
	return 200;
}

long
calendar_audit(unsigned long long user, const char *action, const char *kind, const char *code,
    const char *before, const char *after)
{
	struct cat_who	 who = catalogue_who(user);

	return catalogue_log(&who, action, kind, code, 0, before, after);
}
