/*
 * calendar_edit.c — the forms of the holiday calendar (POST /admin/calendar/…): add a day
 * (a holiday, or a Saturday or Sunday worked to bridge one), change its name, kind or
 * projection, remove it, add a range of days off under one name (Tết), and copy the law's
 * fixed-date holidays (Labour Code 2019 Art. 112) to a year. Each write is one transaction
 * with its audit_log rows; the holidays table's triggers move the data version, so every
 * program's working calendar (core calendar.c) reads the days again within a second.
 *
 * Refused, nothing changed, the year view shown again with the message at its field: a date
 * that is not one or outside 2000–2100, a kind that is neither, a name empty or over 200
 * characters, a day already in the calendar, a working day that is not a Saturday or a Sunday
 * (a swap works a day that would be off). A holiday on a weekend is saved with a warning: the
 * law's compensating day (Art. 112(3)) is the next working day, a weekday to add as well.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "dvc.h"
#include "admin.h"

#define NAME_MAX_CHARS	200
#define RANGE_MAX_DAYS	31

const struct param_spec calendar_day_params[] = {
	{ "date", P_TEXT, 10 },
	{ "kind", P_TOKEN, 16 },
	{ "name", P_TEXT, 1000 },
	{ "projected", P_TOKEN, 1 },
	{ NULL, 0, 0 },
};
const struct param_spec calendar_remove_params[] = {
	{ "date", P_TEXT, 10 },
	{ NULL, 0, 0 },
};
const struct param_spec calendar_range_params[] = {
	{ "from", P_TEXT, 10 },
	{ "to", P_TEXT, 10 },
	{ "range_name", P_TEXT, 1000 },
	{ "range_projected", P_TOKEN, 1 },
	{ NULL, 0, 0 },
};

/* A day's date, YYYY-MM-DD, from its day number. */
void
day_text(int32_t day, char out[16])
{
	time_t		 t = (time_t)day * 86400;
	struct tm	 tm;

	gmtime_r(&t, &tm);
	snprintf(out, 16, "%04u-%02u-%02u", (unsigned)(tm.tm_year + 1900) % 10000u,
	    (unsigned)(tm.tm_mon + 1) % 100u, (unsigned)tm.tm_mday % 100u);
}

int
day_year(int32_t day)
{
	char	 s[16];

	day_text(day, s);
	return (int)num(s);	/* "2026-…": num() stops at the hyphen */
}

bool
is_weekend(int32_t day)
{
	return ((day % 7) + 7 + 3) % 7 >= 5;
}

/* The date of input name, required, in 2000–2100: its day number, or -1 with a form error. */
static int32_t
date_input(struct request *r, const char *name)
{
	int32_t	 day;

	if (*req_str(r, name, "") == '\0') {
		form_error(r, name, "cal.date_required");
		return -1;
	}
	if ((day = form_day(r, name)) < 0)
		return -1;
	if (day < workcal_date(2000, 1, 1) || day > workcal_date(2100, 12, 31)) {
		form_error(r, name, "cal.year");
		return -1;
	}
	return day;
}

/* A day's name: not blank, at most NAME_MAX_CHARS characters. */
static const char *
name_input(struct request *r, const char *name)
{
	const char	*s = req_str(r, name, ""), *p;
	size_t		 chars = 0;

	s += strspn(s, " \t\r\n");
	for (p = s; *p != '\0'; p++)
		chars += ((unsigned char)*p & 0xc0) != 0x80;
	if (*s == '\0')
		form_error(r, name, "cal.name_required");
	else if (chars > NAME_MAX_CHARS)
		form_error(r, name, "cal.name_long");
	return s;
}

/* Shows the year view again with the errors, the values kept: 422. */
int
calendar_refused(struct request *r, const char *form, int32_t day, int status)
{
	int	 st;

	form_values(r);
	form_value(r, "form", form);
	r->keep_view = true;
	if (day >= 0 && strcmp(form, "change") == 0) {
		struct db_arg args[] = { DB_I(day), DB_END_ };
		long rc = xml_rows(r->root, "edit", STMT_CAL_DAY, args);

		if (rc < 0)
			return db_status(rc);
	}
	if ((st = calendar_fill(r, day_year(day >= 0 ? day : workcal_day(time(NULL))))) != 0)
		return st;
	return status;
}

/* ------------------------------------------------------------------ one day */

long
day_json(int32_t day, char *out)
{
	struct db_arg args[] = { DB_I(day), DB_END_ };

	return db_text(STMT_CAL_JSON, args, out, CAL_JSON_MAX);
}

long
day_body(void *arg)
{
	struct day_tx	*t = arg;
	char		 before[CAL_JSON_MAX] = "", after[CAL_JSON_MAX] = "", code[16];
	long		 rc;

	t->missing = t->duplicate = false;
	day_text(t->day, code);
	if ((rc = day_json(t->day, before)) < 0)
		return rc;
	if (strcmp(t->action, "add") == 0 ? before[0] != '\0' : before[0] == '\0') {
		t->duplicate = before[0] != '\0';
		t->missing = before[0] == '\0';
		return 1;
	}
	if (strcmp(t->action, "add") == 0) {
		struct db_arg args[] = { DB_I(t->day), DB_S(t->kind), DB_S(t->name), DB_I(t->projected),
		    DB_END_ };

		if ((rc = db_exec(STMT_CAL_INSERT, args, NULL, NULL)) < 0) {
			t->duplicate = db_duplicate();
			return t->duplicate ? 1 : rc;
		}
	} else if (strcmp(t->action, "change") == 0) {
		struct db_arg args[] = { DB_S(t->kind), DB_S(t->name), DB_I(t->projected), DB_I(t->day),
		    DB_END_ };

		if ((rc = db_exec(STMT_CAL_UPDATE, args, NULL, NULL)) < 0)
			return rc;
	} else {
		struct db_arg args[] = { DB_I(t->day), DB_END_ };

		if ((rc = db_exec(STMT_CAL_DELETE, args, NULL, NULL)) < 0)
			return rc;
	}
	if ((rc = day_json(t->day, after)) < 0)
		return rc;
	return calendar_audit(t->user, t->action, "holiday", code, before, after);
}

/* The weekday to suggest as a weekend holiday's compensating day: the first after it that is
 * neither a weekend nor in the calendar already. */
static long
compensating(int32_t day, int32_t *out)
{
	char	 json[CAL_JSON_MAX];
	long	 rc;
	int	 n;

	for (n = 1, *out = -1; n <= 14; n++) {
		if (is_weekend(day + n))
			continue;
		if ((rc = day_json(day + n, json)) < 0)
			return rc;
		if (json[0] == '\0') {
			*out = day + n;
			break;
		}
	}
	return 0;
}

static int
day_post(struct request *r, const char *action)
{
	const char	*kind = req_str(r, "kind", ""), *name = "";
	struct day_tx	 t = { r->user.id, action, -1, "", "", 0, false, false };
	char		 loc[128], date[16], alt[16] = "";
	int32_t		 comp = -1;
	long		 rc;

	if ((t.day = date_input(r, "date")) < 0 && strcmp(action, "add") != 0)
		return app_error(r, 404, "cal.not_found");
	if (strcmp(action, "remove") != 0) {
		if (strcmp(kind, "holiday") != 0 && strcmp(kind, "workday") != 0)
			form_error(r, "kind", "cal.kind");
		else if (t.day >= 0 && strcmp(kind, "workday") == 0 && !is_weekend(t.day))
			form_error(r, "kind", "cal.workday_weekday");
		name = name_input(r, "name");
	}
	t.kind = kind;
	t.name = name;
	t.projected = strcmp(req_str(r, "projected", ""), "1") == 0;
	if (r->nerrors > 0)
		return calendar_refused(r, action, t.day, 422);
	if ((rc = db_transaction(day_body, &t)) < 0)
		return db_status(rc);
	if (t.missing)
		return app_error(r, 404, "cal.not_found");
	if (t.duplicate) {
		form_error(r, "date", "cal.duplicate");
		return calendar_refused(r, action, t.day, 422);
	}
	day_text(t.day, date);
	if (strcmp(action, "remove") != 0 && strcmp(kind, "holiday") == 0 && is_weekend(t.day)) {
		if ((rc = compensating(t.day, &comp)) < 0)
			return db_status(rc);
		if (comp >= 0)
			day_text(comp, alt);
		action = "weekend";
	}
	snprintf(loc, sizeof(loc), "/admin/calendar?year=%d&msg=%s&day=%s&alt=%s", day_year(t.day),
	    strcmp(action, "add") == 0 ? "added" : strcmp(action, "change") == 0 ? "changed" :
	    strcmp(action, "remove") == 0 ? "removed" : "weekend", date, alt);
	return app_redirect(r, loc);
}

int
calendar_add(struct request *r)
{
	return day_post(r, "add");
}

int
calendar_change(struct request *r)
{
	return day_post(r, "change");
}

int
calendar_remove(struct request *r)
{
	return day_post(r, "remove");
}

/* ------------------------------------------------------------------ a range of days off */

struct range_tx {
	unsigned long long	 user;
	int32_t			 from, to;
	const char		*name;
	int			 projected;
	int32_t			 duplicate;	/* the first day already there, or -1 */
	unsigned		 added;
};

static long
range_body(void *arg)
{
	struct range_tx	*t = arg;
	struct day_tx	 d = { t->user, "add", 0, "holiday", t->name, t->projected, false, false };
	int32_t		 day;
	long		 rc;

	t->duplicate = -1;
	t->added = 0;
	for (day = t->from; day <= t->to; day++) {
		if (is_weekend(day))
			continue;	/* off already */
		d.day = day;
		if ((rc = day_body(&d)) != 0) {
			if (d.duplicate)
				t->duplicate = day;
			return rc;
		}
		t->added++;
	}
	return 0;
}

int
calendar_range(struct request *r)
{
	struct range_tx	 t = { r->user.id, -1, -1, "", 0, -1, 0 };
	char		 loc[128], date[16];
	int32_t		 day;
	long		 rc;
	xmlNodePtr	 e;

	t.from = date_input(r, "from");
	t.to = date_input(r, "to");
	t.name = name_input(r, "range_name");
	t.projected = strcmp(req_str(r, "range_projected", ""), "1") == 0;
	if (t.from >= 0 && t.to >= 0) {
		if (t.to < t.from)
			form_error(r, "to", "cal.range_order");
		else if (t.to - t.from + 1 > RANGE_MAX_DAYS)
			xml_attr_uint(form_error(r, "to", "cal.range_long"), "max", RANGE_MAX_DAYS);
		else {
			for (day = t.from; day <= t.to && is_weekend(day); day++)
				;
			if (day > t.to)
				form_error(r, "to", "cal.range_weekend");
		}
	}
	if (r->nerrors > 0)
		return calendar_refused(r, "range", t.from, 422);
	if ((rc = db_transaction(range_body, &t)) < 0)
		return db_status(rc);
	if (t.duplicate >= 0) {
		day_text(t.duplicate, date);
		e = form_error(r, "from", "cal.range_duplicate");
		xml_attr(e, "day", date);
		return calendar_refused(r, "range", t.from, 422);
	}
	day_text(t.from, date);
	snprintf(loc, sizeof(loc), "/admin/calendar?year=%d&msg=range&day=%s&n=%u", day_year(t.from),
	    date, t.added);
	return app_redirect(r, loc);
}
