/*
 * calendar_copy.c — POST /admin/calendar/copy: the fixed-date holidays of Labour Code 2019
 * Art. 112(1) put into a year: 1/1, 30/4, 1/5, 2/9 and a day adjacent to 2/9 (the one before,
 * or the one after when 2/9 is a Monday or a Thursday, which makes the long weekend the
 * government usually chooses). A day falling on a Saturday or Sunday gives its compensating
 * day instead (Art. 112(3)): the first weekday after it that none of the others takes. A day
 * already in the calendar is left as it is (the government's announced swaps are entered by
 * hand). The names come from the form (the view fills them in; the words are the view's).
 * Tết and Giỗ Tổ follow the lunar calendar: entered as a range or a day.
 */
#include <stdio.h>
#include <string.h>

#include "dvc.h"
#include "admin.h"

#define LAW_DAYS	5

const struct param_spec calendar_copy_params[] = {
	{ "copy_year", P_UINT, 9999 },
	{ "n_newyear", P_TEXT, 200 },
	{ "n_victory", P_TEXT, 200 },
	{ "n_labour", P_TEXT, 200 },
	{ "n_national", P_TEXT, 200 },
	{ "n_adjacent", P_TEXT, 200 },
	{ "n_comp", P_TEXT, 100 },
	{ NULL, 0, 0 },
};

struct copy_tx {
	unsigned long long	 user;
	int32_t			 day[LAW_DAYS];
	char			 name[LAW_DAYS][320];
	unsigned		 added, kept;
};

static long
copy_body(void *arg)
{
	struct copy_tx	*t = arg;
	struct day_tx	 d = { t->user, "add", 0, "holiday", "", 0, false, false };
	size_t		 i;
	long		 rc;

	t->added = t->kept = 0;
	for (i = 0; i < LAW_DAYS; i++) {
		d.day = t->day[i];
		d.name = t->name[i];
		if ((rc = day_body(&d)) < 0 || (rc > 0 && !d.duplicate))
			return rc;
		if (rc > 0)
			t->kept++;	/* there already: left as it is */
		else
			t->added++;
	}
	return 0;
}

/* Whether day is one of the first n of t's. */
static bool
taken(const struct copy_tx *t, size_t n, int32_t day)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (t->day[i] == day)
			return true;
	return false;
}

/* The law's days of year with their names: weekdays first, then the compensating days. */
static void
plan(struct request *r, int year, struct copy_tx *t)
{
	static const char *const keys[LAW_DAYS] = { "n_newyear", "n_victory", "n_labour", "n_national",
		"n_adjacent" };
	int32_t		 law[LAW_DAYS], national = workcal_date(year, 9, 2);
	int		 wd = (int)(((national % 7) + 7 + 3) % 7);
	const char	*comp = req_str(r, "n_comp", "");
	size_t		 i, n = 0;
	int32_t		 day;

	law[0] = workcal_date(year, 1, 1);
	law[1] = workcal_date(year, 4, 30);
	law[2] = workcal_date(year, 5, 1);
	law[3] = national;
	law[4] = wd == 0 || wd == 3 ? national + 1 : national - 1;
	for (i = 0; i < LAW_DAYS; i++)
		if (!is_weekend(law[i])) {
			t->day[n] = law[i];
			snprintf(t->name[n++], sizeof(t->name[0]), "%s", req_str(r, keys[i], ""));
		}
	for (i = 0; i < LAW_DAYS; i++) {
		if (!is_weekend(law[i]))
			continue;
		for (day = law[i] + 1; is_weekend(day) || taken(t, n, day); day++)
			;
		t->day[n] = day;
		snprintf(t->name[n++], sizeof(t->name[0]), "%s %s", comp, req_str(r, keys[i], ""));
	}
}

int
calendar_copy(struct request *r)
{
	static const char *const keys[] = { "n_newyear", "n_victory", "n_labour", "n_national",
		"n_adjacent", "n_comp", NULL };
	struct copy_tx		 t;
	uint64_t		 year = req_uint(r, "copy_year", 0);
	const char *const	*k;
	char			 loc[128];
	long			 rc;

	memset(&t, 0, sizeof(t));
	t.user = r->user.id;
	if (req_param(r, "copy_year") == NULL)
		form_error(r, "copy_year", "cal.year_required");
	else if (year < 2000 || year > 2100)
		form_error(r, "copy_year", "cal.year");
	for (k = keys; *k != NULL; k++)
		if (req_str(r, *k, "")[strspn(req_str(r, *k, ""), " ")] == '\0') {
			form_error(r, "copy_year", "cal.names_missing");
			break;
		}
	if (r->nerrors > 0)
		return calendar_refused(r, "copy", -1, 422);
	plan(r, (int)year, &t);
	if ((rc = db_transaction(copy_body, &t)) < 0)
		return db_status(rc);
	snprintf(loc, sizeof(loc), "/admin/calendar?year=%d&msg=copied&n=%u", (int)year, t.added);
	return app_redirect(r, loc);
}
