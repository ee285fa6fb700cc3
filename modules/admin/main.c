/*
 * dvc-admin — the administrator's side: every URL of the back office, in one table; the
 * handlers live in a file per area (admin.h).
 *   GET /admin/        the state of the portal
 *   GET /admin/audit   the audit log of the catalogue's changes
 *   /admin/procedures… the procedures editor (procedures*.c)
 *   GET /admin/calendar, POST /admin/calendar/{add,change,remove,range,copy}: the holidays
 *   GET, POST /admin/settings: office hours, the same-day cutoff, the after-hours rule
 */
#include "dvc.h"
#include "admin.h"

static const struct route routes[] = {
	{ "GET", "/admin/", ROLE_ADMIN, home, "admin-home", no_params, NULL, 0, NULL },
	{ "GET", "/admin/audit", ROLE_ADMIN, audit, "admin-audit", audit_params, NULL, 0, NULL },
	/* procedures.c */
	{ "GET", "/admin/procedures", ROLE_ADMIN, proc_list, "admin-procedures", proc_list_params, NULL, 0, NULL },
	{ "GET", "/admin/procedures/new", ROLE_ADMIN, proc_new, "admin-procedure", no_params, NULL, 0, NULL },
	{ "POST", "/admin/procedures/new", ROLE_ADMIN, proc_save, "admin-procedure", proc_form_params, NULL,
	    ROUTE_ROWS, NULL },
	{ "GET", "/admin/procedures/*", ROLE_ADMIN, proc_edit, "admin-procedure", proc_page_params,
	    proc_code_ok, 0, NULL },
	{ "POST", "/admin/procedures/*", ROLE_ADMIN, proc_save, "admin-procedure", proc_form_params,
	    proc_code_ok, ROUTE_ROWS, NULL },
	{ "GET", "/admin/procedures/*/versions", ROLE_ADMIN, proc_versions, "admin-procedure-versions",
	    proc_versions_params, proc_code_ok, 0, NULL },
	{ "POST", "/admin/procedures/*/withdraw", ROLE_ADMIN, proc_withdraw, "admin-procedure",
	    proc_act_params, proc_code_ok, 0, NULL },
	{ "POST", "/admin/procedures/*/republish", ROLE_ADMIN, proc_republish, "admin-procedure",
	    proc_act_params, proc_code_ok, 0, NULL },
	{ "POST", "/admin/procedures/*/remove", ROLE_ADMIN, proc_remove, "admin-procedure",
	    proc_act_params, proc_code_ok, 0, NULL },
	/* end of procedures.c */

	/* units.c */
	/* end of units.c */

	/* people.c */
	/* end of people.c */

	/* calendar.c */
	{ "GET", "/admin/calendar", ROLE_ADMIN, calendar_page, "admin-calendar", calendar_params, NULL, 0, NULL },
	{ "POST", "/admin/calendar/add", ROLE_ADMIN, calendar_add, "admin-calendar", calendar_day_params, NULL, 0, NULL },
	{ "POST", "/admin/calendar/change", ROLE_ADMIN, calendar_change, "admin-calendar", calendar_day_params, NULL, 0, NULL },
	{ "POST", "/admin/calendar/remove", ROLE_ADMIN, calendar_remove, "admin-calendar", calendar_remove_params, NULL, 0, NULL },
	{ "POST", "/admin/calendar/range", ROLE_ADMIN, calendar_range, "admin-calendar", calendar_range_params, NULL, 0, NULL },
	{ "POST", "/admin/calendar/copy", ROLE_ADMIN, calendar_copy, "admin-calendar", calendar_copy_params, NULL, 0, NULL },
	{ "GET", "/admin/settings", ROLE_ADMIN, settings_page, "admin-settings", settings_params, NULL, 0, NULL },
	{ "POST", "/admin/settings", ROLE_ADMIN, settings_post, "admin-settings", settings_params, NULL, 0, NULL },
	/* end of calendar.c */
};

int
main(int argc, char **argv)
{
	static const struct program prog = {
		.name = "dvc-admin",
		.routes = routes,
		.nroutes = sizeof(routes) / sizeof(routes[0]),
		.stmts = stmts,
		.nstmts = STMT__MAX,
	};

	return app_main(&prog, argc, argv);
}
