/*
 * calendar.c — the working-day calendar of this request, from the holidays table that the
 * administrator maintains (workcal.c does the counting and knows nothing of the database).
 * Each worker keeps the days it read and reads them again when the data version moves (a
 * change of the holidays table moves it, sql/015) or the day changes (the table is read for
 * a window around today): a request does not pay for a query the answer of which it knows.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dvc.h"
#include "private.h"

#define CALENDAR_MAX_DAYS	512

/* What this worker read: the days, how many, at which data version and on which day. */
static int32_t	 holidays[CALENDAR_MAX_DAYS], workdays[CALENDAR_MAX_DAYS];
static size_t	 nholidays, nworkdays;
static long long loaded_version = -1;
static int32_t	 loaded_day = -1;

static int
day_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct workcal	*cal = arg;
	int32_t		 day;

	(void)names;
	(void)lens;
	if (ncols < 2 || cols[0] == NULL || cols[1] == NULL)
		return 0;
	day = (int32_t)strtol(cols[0], NULL, 10);
	if (strcmp(cols[1], "workday") == 0 && cal->nworkdays < CALENDAR_MAX_DAYS)
		workdays[cal->nworkdays++] = day;
	else if (strcmp(cols[1], "holiday") == 0 && cal->nholidays < CALENDAR_MAX_DAYS)
		holidays[cal->nholidays++] = day;
	return 0;
}

int
calendar_load(struct workcal *cal)
{
	long long	 v = data_version();
	int32_t		 today = workcal_day(time(NULL));
	long		 rc;

	workcal_defaults(cal);
	cal->am_start = conf.am_start;
	cal->am_end = conf.am_end;
	cal->pm_start = conf.pm_start;
	cal->pm_end = conf.pm_end;
	cal->same_day_cutoff = conf.same_day_cutoff;
	cal->holidays = holidays;
	cal->workdays = workdays;
	if (v < 0 || v != loaded_version || today != loaded_day) {
		loaded_version = -1;
		if ((rc = db_exec(db_core(CORE_HOLIDAYS), NULL, day_row, cal)) < 0)
			return db_status(rc);
		nholidays = cal->nholidays;
		nworkdays = cal->nworkdays;
		loaded_version = v;
		loaded_day = today;
	}
	cal->nholidays = nholidays;
	cal->nworkdays = nworkdays;
	return 0;
}
