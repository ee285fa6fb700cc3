/*
 * slips.c — the paper of the one-stop desk, printable on A4: the slips of Circular 03/2025,
 * Annex I (Form 1 receipt and appointment "Số …/TNHS", 2 request to supplement, 3 refusal,
 * 4 apology and extension, 5 notice of stopping) and Form 7, the register (Sổ theo dõi hồ
 * sơ) of a unit for a period. The stylesheets lay out the forms; this file only finds them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dvc.h"
#include "officer.h"

int
slip_page(struct request *r)
{
	return dossier_slip(r, STMT_SLIP, STMT_SLIP_COMPONENTS);
}

struct units {
	xmlNodePtr	 list;
	long long	 first, wanted;
	bool		 found;		/* wanted is one of them */
};

static int
unit_row(void *arg, unsigned ncols, const char *const *names, char *const *cols, const size_t *lens)
{
	struct units	*u = arg;
	long long	 id = num(row_get(ncols, names, cols, "id"));

	xml_row_append(u->list, "unit", ncols, names, cols, lens);
	if (u->first == 0)
		u->first = id;
	if (id == u->wanted)
		u->found = true;
	return 0;
}

/* The register of one of the officer's receiving units (404 for any other unit: the page
 * would name the officer's own unit over an empty register); by default this month so far. */
int
register_page(struct request *r)
{
	struct db_arg	 uargs[] = { DB_I((long long)r->user.id), DB_END_ };
	long long	 unit = (long long)req_uint(r, "unit", 0);
	struct units	 u = { .list = xml_elem(r->root, "units"), .wanted = unit };
	time_t		 now = time(NULL), from, to;
	int32_t		 today = workcal_day(now), day;
	long		 rc;

	if ((rc = db_exec(STMT_REGISTER_UNITS, uargs, unit_row, &u)) < 0)
		return db_status(rc);
	if (unit == 0)
		unit = u.first;
	else if (!u.found)
		return app_error(r, 404, "register.unit_not_found");
	form_values(r);
	from = (day = form_day(r, "from")) < 0 ? 0 : workcal_moment(day, 0);
	to = (day = form_day(r, "to")) < 0 ? 0 : workcal_moment(day, 0);
	if (r->nerrors > 0)
		return 200;
	if (from == 0) {	/* the first of this month, Vietnam time */
		time_t		 local = now + VN_UTC_OFFSET_SECONDS;
		struct tm	 tm;

		gmtime_r(&local, &tm);
		from = workcal_moment(workcal_date(tm.tm_year + 1900, tm.tm_mon + 1, 1), 0);
	}
	to = to == 0 ? workcal_moment(today + 1, 0) : to + 24 * 3600;
	{
		struct db_arg args[] = { DB_I(unit), DB_I((long long)r->user.id), DB_I((long long)from),
		    DB_I((long long)to), DB_END_ };
		char s[24];

		snprintf(s, sizeof(s), "%lld", unit);
		xml_text(r->root, "unit", s);
		if ((rc = xml_rows(xml_elem(r->root, "register"), "entry", STMT_REGISTER, args)) < 0)
			return db_status(rc);
	}
	return 200;
}
