/*
 * calendar.c — the working-day calendar of this request, from the holidays table and the
 * settings table (office hours, the same-day cutoff, the after-hours rule: sql/026) that the
 * administrator maintains in dvc-admin (workcal.c does the counting and knows nothing of the
 * database). Each worker keeps what it read and reads it again when the data version moves (a
 * change of either table moves it, sql/015 and sql/026) or the day changes (the holidays are
 * read for a window around today): a request does not pay for a query the answer of which it
 * knows. A setting missing from the table keeps workcal_defaults()'s value.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dvc.h"
#include "private.h"

#define CALENDAR_MAX_DAYS	512

/* What this worker read: the days, how many, the settings, at which data version and on
 * which day. */
static int32_t	 holidays[CALENDAR_MAX_DAYS], workdays[CALENDAR_MAX_DAYS];
static size_t	 nholidays, nworkdays;
static struct workcal loaded;
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

static int
setting_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	static const struct {
		const char	*name;
		size_t		 off;
	} times[] = {
		{ "am_start", offsetof(struct workcal, am_start) },
		{ "am_end", offsetof(struct workcal, am_end) },
		{ "pm_start", offsetof(struct workcal, pm_start) },
		{ "pm_end", offsetof(struct workcal, pm_end) },
		{ "same_day_cutoff", offsetof(struct workcal, same_day_cutoff) },
	};
	struct workcal	*cal = arg;
	size_t		 i;
	long		 v;

	(void)names;
	(void)lens;
	if (ncols < 2 || cols[0] == NULL || cols[1] == NULL)
		return 0;
	v = strtol(cols[1], NULL, 10);
	if (strcmp(cols[0], "after_hours_next_day") == 0)
		cal->after_hours_next_day = v != 0;
	for (i = 0; i < sizeof(times) / sizeof(times[0]); i++)
		if (strcmp(cols[0], times[i].name) == 0 && v >= 0 && v < 24 * 60)
			*(int *)(void *)((char *)cal + times[i].off) = (int)v;
	return 0;
}

int
calendar_load(struct workcal *cal)
{
	long long	 v = data_version();
	int32_t		 today = workcal_day(time(NULL));
	long		 rc;

	if (v < 0 || v != loaded_version || today != loaded_day) {
		loaded_version = -1;
		workcal_defaults(&loaded);
		loaded.holidays = holidays;
		loaded.workdays = workdays;
		if ((rc = db_exec(db_core(CORE_SETTINGS), NULL, setting_row, &loaded)) < 0 ||
		    (rc = db_exec(db_core(CORE_HOLIDAYS), NULL, day_row, &loaded)) < 0)
			return db_status(rc);
		nholidays = loaded.nholidays;
		nworkdays = loaded.nworkdays;
		loaded_version = v;
		loaded_day = today;
	}
	*cal = loaded;
	cal->nholidays = nholidays;
	cal->nworkdays = nworkdays;
	return 0;
}
