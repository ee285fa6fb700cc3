/*
 * workcal.c — the working-day calendar: which days are worked (weekends, the holidays of
 * Labour Code 2019 Art. 112 and the swaps the government announces, all from the holidays
 * table), the two daily sessions, and deadlines counted in working time.
 *
 * Vietnam keeps UTC+7 all year, so local days are plain arithmetic on time_t and nothing here
 * depends on the machine's TZ. Every walk over days stops after WORKCAL_HORIZON days: a
 * calendar with no working day (every day a holiday, or empty sessions) yields a moment ten
 * years on instead of a hang, and limits longer than that are not counted further.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "dvc.h"

#define DAY_SECONDS	86400
#define WORKCAL_HORIZON	3653		/* days: ten years */

/* A session as seconds after local midnight, [from, to). */
struct session {
	time_t	 from, to;
};

void
workcal_defaults(struct workcal *cal)
{
	cal->holidays = NULL;
	cal->nholidays = 0;
	cal->workdays = NULL;
	cal->nworkdays = 0;
	cal->am_start = 7 * 60 + 30;
	cal->am_end = 11 * 60 + 30;
	cal->pm_start = 13 * 60;
	cal->pm_end = 17 * 60;
	cal->same_day_cutoff = 15 * 60;
	cal->after_hours_next_day = false;
}

int32_t
workcal_day(time_t t)
{
	long long	 s = (long long)t + VN_UTC_OFFSET_SECONDS;
	long long	 d = s / DAY_SECONDS;

	if (s % DAY_SECONDS < 0)
		d--;		/* floor, for moments before 1970 */
	return (int32_t)d;
}

time_t
workcal_moment(int32_t day, int minute)
{
	return (time_t)day * DAY_SECONDS + (time_t)minute * 60 - VN_UTC_OFFSET_SECONDS;
}

/* Days from civil (H. Hinnant): March-based years make the leap day the last of the year. */
int32_t
workcal_date(int year, int month, int mday)
{
	long	 y = year - (month <= 2);
	long	 era = (y >= 0 ? y : y - 399) / 400;
	long	 yoe = y - era * 400;
	long	 doy = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + mday - 1;
	long	 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return (int32_t)(era * 146097 + doe - 719468);
}

/* Whether the sorted array a of n days holds day. */
static bool
has_day(const int32_t *a, size_t n, int32_t day)
{
	size_t	 lo = 0, hi = n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (a[mid] == day)
			return true;
		if (a[mid] < day)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

bool
workcal_is_working_day(const struct workcal *cal, int32_t day)
{
	int	 wday = (int)(((day % 7) + 7 + 3) % 7);	/* 0 Monday; day 0 was a Thursday */

	if (has_day(cal->workdays, cal->nworkdays, day))
		return true;
	if (wday >= 5)
		return false;
	return !has_day(cal->holidays, cal->nholidays, day);
}

static void
sessions(const struct workcal *cal, struct session s[2])
{
	s[0].from = (time_t)cal->am_start * 60;
	s[0].to = (time_t)cal->am_end * 60;
	s[1].from = (time_t)cal->pm_start * 60;
	s[1].to = (time_t)cal->pm_end * 60;
}

time_t
workcal_next_open(const struct workcal *cal, time_t t)
{
	struct session	 s[2];
	int32_t		 day = workcal_day(t);
	time_t		 sec = t - workcal_moment(day, 0);
	int		 n, i;

	sessions(cal, s);
	for (n = 0; n <= WORKCAL_HORIZON; n++, day++, sec = 0) {
		if (!workcal_is_working_day(cal, day))
			continue;
		for (i = 0; i < 2; i++)
			if (s[i].from < s[i].to && sec < s[i].to)
				return workcal_moment(day, 0) + (sec > s[i].from ? sec : s[i].from);
	}
	return workcal_moment(day, cal->am_start);	/* no working day in ten years */
}

/*
 * Working time ending exactly at a session's end gives that end (17:00, not 07:30 of the
 * next working day). More than ten years of days is not walked: the moment then is ten years
 * after the start.
 */
time_t
workcal_add(const struct workcal *cal, time_t t, long minutes)
{
	struct session	 s[2];
	time_t		 start = workcal_next_open(cal, t);
	int32_t		 day = workcal_day(start);
	time_t		 sec = start - workcal_moment(day, 0), from;
	long long	 left;
	int		 n, i;

	if (minutes <= 0)
		return start;
	if (minutes > (long)WORKCAL_HORIZON * 24 * 60)
		minutes = (long)WORKCAL_HORIZON * 24 * 60;
	left = (long long)minutes * 60;
	sessions(cal, s);
	for (n = 0; n <= WORKCAL_HORIZON; n++, day++, sec = 0) {
		if (!workcal_is_working_day(cal, day))
			continue;
		for (i = 0; i < 2; i++) {
			from = sec > s[i].from ? sec : s[i].from;
			if (from >= s[i].to)
				continue;
			if (left <= s[i].to - from)
				return workcal_moment(day, 0) + from + (time_t)left;
			left -= s[i].to - from;
		}
	}
	return workcal_moment(day, cal->am_start);
}

/* Seconds are counted and the total truncated to minutes. Spans over ten years count ten. */
long
workcal_between(const struct workcal *cal, time_t a, time_t b)
{
	struct session	 s[2];
	int32_t		 first, day, last;
	time_t		 lo, hi, from, to;
	long long	 sum = 0;
	int		 i;

	if (b <= a)
		return 0;
	first = workcal_day(a);
	last = workcal_day(b);
	if ((long long)last - first > WORKCAL_HORIZON) {
		last = first + WORKCAL_HORIZON;
		b = workcal_moment(last, 0);
	}
	sessions(cal, s);
	for (day = first; day <= last; day++) {
		if (!workcal_is_working_day(cal, day))
			continue;
		lo = day == first ? a - workcal_moment(day, 0) : 0;
		hi = day == last ? b - workcal_moment(day, 0) : DAY_SECONDS;
		for (i = 0; i < 2; i++) {
			from = lo > s[i].from ? lo : s[i].from;
			to = hi < s[i].to ? hi : s[i].to;
			if (to > from)
				sum += to - from;
		}
	}
	return (long)(sum / 60);
}

time_t
workcal_start(const struct workcal *cal, time_t t)
{
	struct session	 s[2];
	time_t		 open = workcal_next_open(cal, t), sec;
	int32_t		 day = workcal_day(t);
	int		 i;

	if (!cal->after_hours_next_day || open == t)
		return open;	/* inside a session, or the next working moment will do */
	sessions(cal, s);
	sec = t - workcal_moment(day, 0);
	for (i = 0; i < 2; i++)
		if (s[i].from < s[i].to && sec >= s[i].from)
			break;	/* a session of t's day has begun: the day is not t's to count */
	if (i == 2 && workcal_is_working_day(cal, day))
		return open;	/* before the day's first session: its opening */
	return workcal_next_open(cal, workcal_moment(day + 1, 0));
}

time_t
workcal_due(const struct workcal *cal, time_t t, unsigned hours, bool same_day)
{
	time_t	 open;
	int32_t	 day;

	t = workcal_start(cal, t);
	if (!same_day) {
		if (hours > WORKCAL_HORIZON * 24)
			hours = WORKCAL_HORIZON * 24;
		return workcal_add(cal, t, (long)hours * 60);
	}
	open = workcal_next_open(cal, t);
	day = workcal_day(open);
	if ((open - workcal_moment(day, 0)) / 60 > cal->same_day_cutoff)
		day = workcal_day(workcal_next_open(cal, workcal_moment(day + 1, 0)));
	return workcal_moment(day, cal->pm_end);
}
