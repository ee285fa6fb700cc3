/*
 * test-workcal.c — workcal.c: dated cases on the real 2026 and 2027 calendars (weekends,
 * lunch, opening and closing, session boundaries, Tết, Giỗ Tổ, 30/4–1/5, Quốc khánh, the
 * swapped Saturdays, year ends, same-day procedures, long limits), the day arithmetic against
 * gmtime, between() as the inverse of add() over random starts and lengths, and malformed
 * calendars that must end.
 *
 * Times are written as Vietnam local "YYYY-MM-DD HH:MM"; failures show both sides that way.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dvc.h"
#include "tap.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* The same days as sql/holidays-2026-2027.sql: change both together. */
static const char *const holiday_dates[] = {
	"2026-01-01", "2026-01-02",					/* Tết Dương lịch, swap */
	"2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",	/* Tết */
	"2026-04-27",							/* Giỗ Tổ, made up */
	"2026-04-30", "2026-05-01",
	"2026-08-31", "2026-09-01", "2026-09-02",			/* swap, Quốc khánh */
	"2027-01-01",
	"2027-02-04", "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10",	/* Tết */
	"2027-04-16",							/* Giỗ Tổ */
	"2027-04-30", "2027-05-03",					/* 1/5 made up */
	"2027-09-02", "2027-09-03",
};
static const char *const workday_dates[] = {
	"2026-01-10",		/* for Friday 2/1 */
	"2026-08-22",		/* for Monday 31/8 */
};

static int32_t		 holidays[NELEM(holiday_dates)];
static int32_t		 workdays[NELEM(workday_dates)];
static struct workcal	 cal;		/* the real calendar */
static int		 dated;		/* dated cases run */

/* "YYYY-MM-DD HH:MM" (or "YYYY-MM-DD", midnight), Vietnam time, as a moment. */
static time_t
at(const char *s)
{
	int	 y, mo, d, h = 0, mi = 0, n = 0;

	if (sscanf(s, "%4d-%2d-%2d %2d:%2d%n", &y, &mo, &d, &h, &mi, &n) != 5 || s[n] != '\0') {
		n = 0;
		h = mi = 0;
		if (sscanf(s, "%4d-%2d-%2d%n", &y, &mo, &d, &n) != 3 || s[n] != '\0') {
			printf("Bail out! bad time in the test: %s\n", s);
			exit(2);
		}
	}
	return workcal_moment(workcal_date(y, mo, d), h * 60 + mi);
}

static int32_t
day_of(const char *s)
{
	return workcal_day(at(s));
}

/* A moment as Vietnam local time with its weekday, through gmtime (independent of workcal). */
static const char *
show(time_t t, char *out, size_t outsz)
{
	static const char *const wd[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
	time_t		 local = t + 7 * 3600;
	struct tm	 tm;

	if (gmtime_r(&local, &tm) == NULL) {
		snprintf(out, outsz, "(time_t %lld)", (long long)t);
		return out;
	}
	if (tm.tm_sec != 0)
		snprintf(out, outsz, "%04d-%02d-%02d %02d:%02d:%02d %s", tm.tm_year + 1900,
		    tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, wd[tm.tm_wday]);
	else
		snprintf(out, outsz, "%04d-%02d-%02d %02d:%02d %s", tm.tm_year + 1900,
		    tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, wd[tm.tm_wday]);
	return out;
}

static int is_time(time_t, const char *, const char *, ...) __attribute__((format(printf, 3, 4)));
static int
is_time(time_t got, const char *want, const char *fmt, ...)
{
	char	 g[64], w[64];
	va_list	 ap;
	int	 pass = got == at(want);

	va_start(ap, fmt);
	tap_vok(pass, fmt, ap);
	va_end(ap);
	if (!pass)
		diag("expected %s, got %s", show(at(want), w, sizeof(w)), show(got, g, sizeof(g)));
	return pass;
}

static void
load_calendar(void)
{
	size_t	 i;
	int	 sorted = 1;

	for (i = 0; i < NELEM(holiday_dates); i++) {
		holidays[i] = day_of(holiday_dates[i]);
		if (i > 0 && holidays[i] <= holidays[i - 1])
			sorted = 0;
	}
	for (i = 0; i < NELEM(workday_dates); i++) {
		workdays[i] = day_of(workday_dates[i]);
		if (i > 0 && workdays[i] <= workdays[i - 1])
			sorted = 0;
	}
	ok(sorted, "the test's holidays and workdays are sorted");
	workcal_defaults(&cal);
	cal.holidays = holidays;
	cal.nholidays = NELEM(holidays);
	cal.workdays = workdays;
	cal.nworkdays = NELEM(workdays);
}

/* Day numbers: the epoch, local midnight, workcal_date against gmtime for 1900–2100. */
static void
test_days(void)
{
	struct tm	 tm;
	time_t		 t;
	int32_t		 d, bad = INT32_MIN;
	struct workcal	 def;

	is_int(workcal_date(1970, 1, 1), 0, "1970-01-01 is day 0");
	is_int(workcal_date(2026, 2, 17), 20501, "2026-02-17 is day 20501");
	is_int(workcal_day(0), 0, "the epoch is 07:00 of day 0 in Vietnam");
	is_int(workcal_day(-7 * 3600), 0, "1970-01-01 00:00 in Vietnam is day 0");
	is_int(workcal_day(-7 * 3600 - 1), -1, "a second earlier is day -1");
	is_int(workcal_day(at("2026-03-10 00:00")), workcal_date(2026, 3, 10),
	    "local midnight starts the day (17:00 UTC the day before)");
	is_int(workcal_day(at("2026-03-10 00:00") - 1), workcal_date(2026, 3, 9),
	    "23:59:59 local is still the day before");
	is_int((long long)workcal_moment(workcal_date(2026, 3, 10), 450),
	    (long long)1773102600, "2026-03-10 07:30 in Vietnam is 00:30 UTC");
	for (d = workcal_date(1900, 1, 1); d <= workcal_date(2100, 12, 31); d++) {
		t = (time_t)d * 86400;
		if (gmtime_r(&t, &tm) == NULL ||
		    workcal_date(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday) != d) {
			bad = d;
			break;
		}
	}
	if (!ok(bad == INT32_MIN, "workcal_date agrees with gmtime on every day of 1900-2100"))
		diag("first disagreement at day %d", (int)bad);

	workcal_defaults(&def);
	ok(def.am_start == 450 && def.am_end == 690 && def.pm_start == 780 && def.pm_end == 1020 &&
	    def.same_day_cutoff == 900 && def.nholidays == 0 && def.nworkdays == 0,
	    "defaults: 07:30-11:30, 13:00-17:00, cutoff 15:00, no holidays");
	ok(workcal_is_working_day(&def, day_of("2026-02-17")),
	    "without holidays, Tết 2026-02-17 (Tuesday) is a working day");
	ok(!workcal_is_working_day(&def, day_of("2026-01-10")),
	    "without swaps, Saturday 2026-01-10 is off");
}

static const struct {
	const char	*date;
	int		 working;
	const char	*what;
} day_cases[] = {
	{ "2026-03-10", 1, "an ordinary Tuesday" },
	{ "2026-03-07", 0, "an ordinary Saturday" },
	{ "2026-03-08", 0, "an ordinary Sunday" },
	{ "2026-01-01", 0, "Tết Dương lịch" },
	{ "2026-01-02", 0, "Friday 2/1/2026 swapped off" },
	{ "2026-01-10", 1, "Saturday 10/1/2026 worked for it" },
	{ "2026-02-13", 1, "the last working day before Tết 2026" },
	{ "2026-02-17", 0, "mùng 1 Tết Bính Ngọ" },
	{ "2026-02-23", 1, "the first working day after Tết 2026" },
	{ "2026-04-26", 0, "Giỗ Tổ 2026 on a Sunday" },
	{ "2026-04-27", 0, "Monday 27/4/2026, Giỗ Tổ made up" },
	{ "2026-08-22", 1, "Saturday 22/8/2026 worked for Monday 31/8" },
	{ "2026-08-31", 0, "Monday 31/8/2026 swapped off" },
	{ "2026-09-01", 0, "1/9/2026, the day beside Quốc khánh" },
	{ "2026-09-03", 1, "Thursday 3/9/2026 is worked" },
	{ "2027-02-03", 1, "the last working day before Tết 2027" },
	{ "2027-02-10", 0, "mùng 5 Tết Đinh Mùi, making up mùng 1 on a Saturday" },
	{ "2027-05-01", 0, "1/5/2027 on a Saturday" },
	{ "2027-05-03", 0, "Monday 3/5/2027, 1/5 made up" },
	{ "2027-09-03", 0, "3/9/2027, the day beside Quốc khánh" },
};

static void
test_working_days(void)
{
	size_t	 i;

	for (i = 0; i < NELEM(day_cases); i++, dated++)
		ok(workcal_is_working_day(&cal, day_of(day_cases[i].date)) == day_cases[i].working,
		    "%s %s %s", day_cases[i].date, day_cases[i].working ? "worked:" : "off:",
		    day_cases[i].what);
}

static const struct {
	const char	*t, *want, *what;
} open_cases[] = {
	{ "2026-03-10 07:29", "2026-03-10 07:30", "before opening: that day's 07:30" },
	{ "2026-03-10 07:30", "2026-03-10 07:30", "at opening: itself" },
	{ "2026-03-10 11:29", "2026-03-10 11:29", "in the morning session: itself" },
	{ "2026-03-10 11:30", "2026-03-10 13:00", "at the morning's end: the afternoon" },
	{ "2026-03-10 12:59", "2026-03-10 13:00", "in the lunch break: 13:00" },
	{ "2026-03-10 13:00", "2026-03-10 13:00", "at 13:00: itself" },
	{ "2026-03-10 16:59", "2026-03-10 16:59", "a minute before closing: itself" },
	{ "2026-03-10 17:00", "2026-03-11 07:30", "at closing: the next morning" },
	{ "2026-03-13 17:00", "2026-03-16 07:30", "Friday closing: Monday morning" },
	{ "2026-03-07 22:00", "2026-03-09 07:30", "Saturday 22:00 online: Monday 07:30" },
	{ "2026-02-14 10:00", "2026-02-23 07:30", "during Tết 2026: the Monday after" },
	{ "2026-04-27 09:00", "2026-04-28 07:30", "on the made-up Giỗ Tổ day: the day after" },
	{ "2026-08-22 10:00", "2026-08-22 10:00", "on the swapped Saturday: itself" },
	{ "2026-12-31 17:00", "2027-01-04 07:30", "31/12/2026 closing: Monday 4/1/2027" },
};

static void
test_next_open(void)
{
	size_t	 i;

	for (i = 0; i < NELEM(open_cases); i++, dated++)
		is_time(workcal_next_open(&cal, at(open_cases[i].t)), open_cases[i].want,
		    "next_open(%s): %s", open_cases[i].t, open_cases[i].what);
}

static const struct {
	const char	*t;
	long		 minutes;
	const char	*want, *what;
} add_cases[] = {
	/* Around a day, a lunch and a weekend. */
	{ "2026-03-06 16:00", 120, "2026-03-09 08:30", "Friday 16:00 + 2 h: Monday 08:30" },
	{ "2026-03-10 11:00", 60, "2026-03-10 13:30", "11:00 + 1 h: over lunch to 13:30" },
	{ "2026-03-10 06:00", 60, "2026-03-10 08:30", "before opening: counts from 07:30" },
	{ "2026-03-10 18:00", 60, "2026-03-11 08:30", "after closing: counts from the next morning" },
	{ "2026-03-10 17:00", 0, "2026-03-11 07:30", "17:00 + 0: the next opening" },
	{ "2026-03-10 16:00", 60, "2026-03-10 17:00", "ending exactly at closing: 17:00, not 07:30" },
	{ "2026-03-10 07:30", 240, "2026-03-10 11:30", "a whole morning: 11:30" },
	{ "2026-03-10 11:30", 0, "2026-03-10 13:00", "11:30 + 0: 13:00" },
	{ "2026-03-10 07:30", 0, "2026-03-10 07:30", "07:30 + 0: itself" },
	{ "2026-03-10 07:30", 480, "2026-03-10 17:00", "07:30 + 8 h: the same day's 17:00" },
	{ "2026-03-10 07:30", 481, "2026-03-11 07:31", "07:30 + 8 h 1 min: the next day" },
	{ "2026-03-10 11:30", 60, "2026-03-10 14:00", "11:30 + 1 h: 14:00" },
	{ "2026-03-10 12:59", 1, "2026-03-10 13:01", "in lunch + 1 min: 13:01" },
	{ "2026-03-10 13:00", 240, "2026-03-10 17:00", "a whole afternoon: 17:00" },
	{ "2026-03-10 10:00", -30, "2026-03-10 10:00", "negative minutes count as 0" },
	{ "2026-03-07 22:00", 480, "2026-03-09 17:00", "Saturday 22:00 online + 1 day: Monday 17:00" },
	{ "2026-03-08 10:00", 30, "2026-03-09 08:00", "Sunday + 30 min: Monday 08:00" },
	/* Tết 2026 (16–20/2 off) and 2027 (4, 5, 8, 9, 10/2 off). */
	{ "2026-02-13 10:00", 3 * 480, "2026-02-25 10:00", "the day before Tết 2026 + 3 days" },
	{ "2026-02-12 15:00", 3 * 480, "2026-02-24 15:00", "two days before Tết 2026 + 3 days" },
	{ "2026-02-18 09:00", 480, "2026-02-23 17:00", "received during Tết 2026 + 1 day" },
	{ "2026-02-02 07:30", 30 * 480, "2026-03-20 17:00", "30 working days across Tết 2026" },
	{ "2027-02-03 10:00", 3 * 480, "2027-02-15 10:00", "the day before Tết 2027 + 3 days" },
	{ "2027-01-25 07:30", 30 * 480, "2027-03-12 17:00", "30 working days across Tết 2027" },
	/* Long limits. */
	{ "2026-03-02 08:00", 15 * 480, "2026-03-23 08:00", "15 working days in March 2026" },
	{ "2026-04-20 09:00", 15 * 480, "2026-05-14 09:00", "15 working days over Giỗ Tổ, 30/4, 1/5" },
	/* Giỗ Tổ, 30/4 and 1/5. */
	{ "2026-04-24 14:00", 480, "2026-04-28 14:00", "Friday before Giỗ Tổ 2026 (made up Monday) + 1 day" },
	{ "2027-04-15 16:00", 120, "2027-04-19 08:30", "Thursday before Giỗ Tổ 2027 + 2 h" },
	{ "2026-04-29 16:30", 60, "2026-05-04 08:00", "29/4/2026 16:30 + 1 h: over 30/4, 1/5" },
	{ "2026-04-28 10:00", 16 * 60, "2026-05-04 10:00", "28/4/2026 10:00 + 16 h" },
	{ "2027-04-29 16:30", 60, "2027-05-04 08:00", "29/4/2027 + 1 h: 1/5 made up on Monday 3/5" },
	/* Quốc khánh and the swapped Saturdays. */
	{ "2026-08-28 10:00", 480, "2026-09-03 10:00", "Friday before Quốc khánh 2026 + 1 day" },
	{ "2026-08-21 16:00", 120, "2026-08-22 08:30", "Friday 21/8/2026 + 2 h: the swapped Saturday" },
	{ "2026-01-09 16:00", 120, "2026-01-10 08:30", "Friday 9/1/2026 + 2 h: the swapped Saturday" },
	{ "2026-01-09 07:30", 960, "2026-01-10 17:00", "Friday 9/1/2026 + 2 days: Saturday 17:00" },
	{ "2027-09-01 16:00", 120, "2027-09-06 08:30", "1/9/2027 + 2 h: over 2/9 and 3/9" },
	/* Year ends. */
	{ "2026-12-31 16:00", 16 * 60, "2027-01-05 16:00", "31/12/2026 16:00 + 16 h: past 1/1/2027" },
	{ "2025-12-31 16:00", 120, "2026-01-05 08:30", "31/12/2025 16:00 + 2 h: past 1/1 and 2/1/2026" },
	{ "2025-12-31 16:00", 600, "2026-01-06 08:30", "31/12/2025 16:00 + 10 h" },
};

static void
test_add(void)
{
	size_t	 i;

	for (i = 0; i < NELEM(add_cases); i++, dated++)
		is_time(workcal_add(&cal, at(add_cases[i].t), add_cases[i].minutes),
		    add_cases[i].want, "add(%s, %ld min): %s", add_cases[i].t,
		    add_cases[i].minutes, add_cases[i].what);
}

static const struct {
	const char	*t;
	unsigned	 hours;
	int		 same_day;
	const char	*want, *what;
} due_cases[] = {
	{ "2026-03-10 14:59", 0, 1, "2026-03-10 17:00", "same-day at 14:59: today" },
	{ "2026-03-10 15:00", 0, 1, "2026-03-10 17:00", "same-day at 15:00: today" },
	{ "2026-03-10 15:01", 0, 1, "2026-03-11 17:00", "same-day at 15:01: tomorrow" },
	{ "2026-03-10 12:00", 0, 1, "2026-03-10 17:00", "same-day in the lunch break: today" },
	{ "2026-03-10 06:00", 0, 1, "2026-03-10 17:00", "same-day before opening: today" },
	{ "2026-03-10 17:30", 0, 1, "2026-03-11 17:00", "same-day after closing: tomorrow" },
	{ "2026-03-13 14:00", 0, 1, "2026-03-13 17:00", "same-day Friday 14:00: Friday" },
	{ "2026-03-13 15:30", 0, 1, "2026-03-16 17:00", "same-day Friday 15:30: Monday" },
	{ "2026-04-29 15:30", 0, 1, "2026-05-04 17:00", "same-day the day before 30/4/2026, 15:30" },
	{ "2026-02-13 16:00", 0, 1, "2026-02-23 17:00", "same-day the day before Tết 2026, 16:00" },
	{ "2026-03-07 22:00", 0, 1, "2026-03-09 17:00", "same-day Saturday 22:00 online: Monday" },
	{ "2026-01-09 15:30", 0, 1, "2026-01-10 17:00", "same-day Friday 9/1/2026 15:30: the swapped Saturday" },
	{ "2026-12-31 15:01", 0, 1, "2027-01-04 17:00", "same-day 31/12/2026 15:01: 4/1/2027" },
	{ "2026-03-06 16:00", 8, 0, "2026-03-09 16:00", "8 h from Friday 16:00: Monday 16:00" },
	{ "2026-03-07 22:00", 24, 0, "2026-03-11 17:00", "3 days from Saturday 22:00 online" },
	{ "2026-02-13 10:00", 24, 0, "2026-02-25 10:00", "3 days from the day before Tết 2026" },
	{ "2026-03-10 17:30", 0, 0, "2026-03-11 07:30", "0 h: the next opening" },
};

static void
test_due(void)
{
	size_t	 i;

	for (i = 0; i < NELEM(due_cases); i++, dated++)
		is_time(workcal_due(&cal, at(due_cases[i].t), due_cases[i].hours,
		    due_cases[i].same_day), due_cases[i].want, "due(%s, %u h%s): %s",
		    due_cases[i].t, due_cases[i].hours, due_cases[i].same_day ? ", same day" : "",
		    due_cases[i].what);
}

/* The after-hours rule (after_hours_next_day, sql/026): off, a clock counts from the next
 * working moment; on, a start outside office hours counts from the next working day's opening. */
static const struct {
	const char	*t;
	int		 rule;
	const char	*want, *what;
} start_cases[] = {
	{ "2026-03-10 09:00", 1, "2026-03-10 09:00", "in a session: itself, rule on" },
	{ "2026-03-10 09:00", 0, "2026-03-10 09:00", "in a session: itself, rule off" },
	{ "2026-03-10 12:00", 0, "2026-03-10 13:00", "lunch, rule off: the afternoon" },
	{ "2026-03-10 12:00", 1, "2026-03-11 07:30", "lunch, rule on: the next working day" },
	{ "2026-03-10 06:00", 1, "2026-03-10 07:30", "before opening, rule on: that day's opening" },
	{ "2026-03-10 06:00", 0, "2026-03-10 07:30", "before opening, rule off: that day's opening" },
	{ "2026-03-10 17:30", 1, "2026-03-11 07:30", "after closing, rule on: the next day" },
	{ "2026-03-13 18:00", 1, "2026-03-16 07:30", "Friday evening, rule on: Monday" },
	{ "2026-03-07 10:00", 1, "2026-03-09 07:30", "Saturday morning, rule on: Monday" },
	{ "2026-01-10 06:00", 1, "2026-01-10 07:30", "the swapped Saturday before opening, rule on" },
	{ "2026-04-29 12:00", 1, "2026-05-04 07:30", "lunch before 30/4 and 1/5, rule on" },
};

static void
test_start(void)
{
	struct workcal	 c = cal;
	size_t		 i;

	for (i = 0; i < NELEM(start_cases); i++, dated++) {
		c.after_hours_next_day = start_cases[i].rule != 0;
		is_time(workcal_start(&c, at(start_cases[i].t)), start_cases[i].want,
		    "start(%s, rule %s): %s", start_cases[i].t, start_cases[i].rule ? "on" : "off",
		    start_cases[i].what);
	}
	c.after_hours_next_day = true;
	is_time(workcal_due(&c, at("2026-03-10 12:00"), 0, true), "2026-03-11 17:00",
	    "same day sent at 12:00, rule on: due the next working day");
	is_time(workcal_due(&c, at("2026-03-10 12:00"), 8, false), "2026-03-11 17:00",
	    "8 h sent at 12:00, rule on: counted from the next morning");
	c.after_hours_next_day = false;
	is_time(workcal_due(&c, at("2026-03-10 12:00"), 8, false), "2026-03-11 11:30",
	    "8 h sent at 12:00, rule off: counted from 13:00");
	ok(!cal.after_hours_next_day, "the defaults keep the rule off (sql/026)");
}

static const struct {
	const char	*a, *b;
	long		 want;
	const char	*what;
} between_cases[] = {
	{ "2026-03-06 16:00", "2026-03-09 08:30", 120, "Friday 16:00 to Monday 08:30" },
	{ "2026-03-10 11:00", "2026-03-10 13:30", 60, "over lunch" },
	{ "2026-03-10 17:00", "2026-03-10 23:00", 0, "an evening" },
	{ "2026-03-10 13:30", "2026-03-10 11:00", 0, "b before a" },
	{ "2026-02-13 07:30", "2026-02-23 17:00", 960, "over Tết 2026: two days" },
	{ "2026-08-22 00:00", "2026-08-24 00:00", 480, "the swapped weekend of August 2026" },
	{ "2026-12-31 00:00", "2027-01-05 00:00", 960, "the turn of 2026 to 2027" },
	{ "2026-01-01 00:00", "2027-01-01 00:00", 250 * 480, "all of 2026: 250 working days" },
	{ "2027-01-01 00:00", "2028-01-01 00:00", 250 * 480, "all of 2027: 250 working days" },
};

static void
test_between(void)
{
	size_t	 i;

	for (i = 0; i < NELEM(between_cases); i++, dated++)
		is_int(workcal_between(&cal, at(between_cases[i].a), at(between_cases[i].b)),
		    between_cases[i].want, "between(%s, %s): %s", between_cases[i].a,
		    between_cases[i].b, between_cases[i].what);
}

/* A fixed generator: the same random cases on every run. */
static unsigned long long rng = 0x2026b1d7e11aULL;

static unsigned long
rnd(unsigned long n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned long)(rng % n);
}

/*
 * Over random starts in 2025–2027 (any second) and lengths up to 40 working days: between()
 * undoes add(), add() from t equals add() from next_open(t), and add() never goes back.
 */
static void
test_inverse(void)
{
	time_t	 lo = at("2025-12-01 00:00"), t, t0, end, prev;
	long	 m, got;
	int	 i, inverse = 1, from_open = 1, ordered = 1;
	char	 a[64], b[64];

	for (i = 0; i < 20000; i++) {
		t = lo + (time_t)rnd(800UL * 86400);
		m = (long)rnd(40UL * 480 + 1);
		t0 = workcal_next_open(&cal, t);
		end = workcal_add(&cal, t0, m);
		got = workcal_between(&cal, t0, end);
		if (got != m && inverse) {
			diag("between(%s, %s) = %ld, added %ld", show(t0, a, sizeof(a)),
			    show(end, b, sizeof(b)), got, m);
			inverse = 0;
		}
		if (workcal_add(&cal, t, m) != end && from_open) {
			diag("add(%s, %ld) differs from add from next_open", show(t, a, sizeof(a)), m);
			from_open = 0;
		}
		prev = workcal_add(&cal, t0, m > 0 ? m - 1 : 0);
		if ((prev > end || end < t0 || (m > 0 && prev == end)) && ordered) {
			diag("add(%s, %ld) = %s out of order", show(t0, a, sizeof(a)), m,
			    show(end, b, sizeof(b)));
			ordered = 0;
		}
	}
	ok(inverse, "between(t0, add(t0, m)) == m for 20000 random starts and lengths");
	ok(from_open, "add(t, m) == add(next_open(t), m) for the same cases");
	ok(ordered, "add(t0, m - 1) < add(t0, m) for the same cases");
}

/* Calendars that must end: no working day in years, empty sessions, huge limits. */
static void
test_malformed(void)
{
	struct workcal	 bad;
	int32_t		*all;
	int32_t		 first = day_of("2026-01-01"), n = 12 * 366, i;
	time_t		 t = at("2026-03-10 10:00"), far = t + (time_t)3650 * 86400;

	all = malloc(sizeof(*all) * (size_t)n);
	if (all == NULL) {
		printf("Bail out! out of memory\n");
		exit(2);
	}
	for (i = 0; i < n; i++)
		all[i] = first + i;
	workcal_defaults(&bad);
	bad.holidays = all;
	bad.nholidays = (size_t)n;
	ok(workcal_next_open(&bad, t) >= far, "every day a holiday: next_open gives up ten years on");
	ok(workcal_add(&bad, t, 60) >= far, "every day a holiday: add gives up ten years on");
	ok(workcal_due(&bad, t, 0, true) >= far, "every day a holiday: same-day due gives up");
	is_int(workcal_between(&bad, t, t + (time_t)365 * 86400), 0,
	    "every day a holiday: no working minutes");
	free(all);

	workcal_defaults(&bad);
	bad.am_start = bad.am_end = bad.pm_start = bad.pm_end = 600;
	ok(workcal_add(&bad, t, 60) >= far, "empty sessions: add gives up ten years on");
	is_int(workcal_between(&bad, t, t + (time_t)30 * 86400), 0, "empty sessions: no minutes");

	ok(workcal_add(&cal, t, LONG_MAX) >= far, "add of LONG_MAX minutes ends, far away");
	ok(workcal_due(&cal, t, UINT_MAX, false) >= far, "due of UINT_MAX hours ends, far away");
	is_int(workcal_between(&cal, t, (time_t)INT64_C(1) << 40),
	    workcal_between(&cal, t, workcal_moment(workcal_day(t) + 3653, 0)),
	    "between to a moment 30000 years on counts ten years (3653 days)");
}

int
main(void)
{
	load_calendar();
	test_days();
	test_working_days();
	test_next_open();
	test_add();
	test_due();
	test_start();
	test_between();
	diag("%d dated cases", dated);
	test_inverse();
	test_malformed();
	return done_testing();
}
