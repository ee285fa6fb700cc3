/*
 * dvc-admin — the administrator's side: every URL of the back office, in one table; the
 * handlers live in a file per area (admin.h).
 *   GET /admin/        the state of the portal
 *   GET /admin/audit   the audit log of the catalogue's changes
 *   /admin/procedures… the procedures editor (procedures*.c)
 *   GET /admin/calendar, POST /admin/calendar/{add,change,remove,range,copy}: the holidays
 *   GET, POST /admin/settings: office hours, the same-day cutoff, the after-hours rule
 *   /admin/catalogue/import, export, schema   the catalogue's files (import.c)
 *   GET /admin/people, /admin/people/{id}, /admin/people/new and their POSTs: people.c
 *   GET, POST /admin/forms, POST /admin/forms/remove   the form templates (forms.c)
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
	{ "GET", "/admin/units", ROLE_ADMIN, units_page, "admin-units", msg_params, NULL, 0, NULL },
	{ "GET", "/admin/units/new", ROLE_ADMIN, unit_new_page, "admin-unit", no_params, NULL, 0, NULL },
	{ "POST", "/admin/units/new", ROLE_ADMIN, unit_create, "admin-unit", unit_params, NULL, 0, NULL },
	{ "GET", "/admin/units/*", ROLE_ADMIN, unit_page, "admin-unit", msg_params, id_ok, 0, NULL },
	{ "POST", "/admin/units/*", ROLE_ADMIN, unit_save, "admin-unit", unit_params, id_ok, 0, NULL },
	{ "POST", "/admin/units/*/withdraw", ROLE_ADMIN, unit_withdraw, "admin-unit", no_params, id_ok, 0, NULL },
	{ "POST", "/admin/units/*/activate", ROLE_ADMIN, unit_activate, "admin-unit", no_params, id_ok, 0, NULL },
	{ "POST", "/admin/units/*/remove", ROLE_ADMIN, unit_remove, "admin-unit", no_params, id_ok, 0, NULL },
	{ "GET", "/admin/fields", ROLE_ADMIN, fields_page, "admin-fields", msg_params, NULL, 0, NULL },
	{ "GET", "/admin/fields/new", ROLE_ADMIN, field_new_page, "admin-field", no_params, NULL, 0, NULL },
	{ "POST", "/admin/fields/new", ROLE_ADMIN, field_create, "admin-field", field_params, NULL, 0, NULL },
	{ "GET", "/admin/fields/*", ROLE_ADMIN, field_page, "admin-field", msg_params, id_ok, 0, NULL },
	{ "POST", "/admin/fields/*", ROLE_ADMIN, field_save, "admin-field", field_params, id_ok, 0, NULL },
	{ "POST", "/admin/fields/*/remove", ROLE_ADMIN, field_remove, "admin-field", no_params, id_ok, 0, NULL },
	{ "GET", "/admin/communes", ROLE_ADMIN, communes_page, "admin-communes", msg_params, NULL, 0, NULL },
	{ "POST", "/admin/communes", ROLE_ADMIN, communes_check, "admin-communes", communes_params, NULL,
	    ROUTE_MULTIPART, &communes_spec },
	{ "POST", "/admin/communes/apply", ROLE_ADMIN, communes_apply, "admin-communes", communes_apply_params,
	    NULL, 0, NULL },
	/* end of units.c */

	/* people.c */
	{ "GET", "/admin/people", ROLE_ADMIN, people, "admin-people", people_params, NULL, 0, NULL },
	{ "POST", "/admin/people", ROLE_ADMIN, people, "admin-people", people_params, NULL, 0, NULL },
	{ "GET", "/admin/people/new", ROLE_ADMIN, staff_page, "admin-people-new", no_params, NULL, 0, NULL },
	{ "POST", "/admin/people/new", ROLE_ADMIN, staff_post, "admin-people-new", staff_params, NULL, 0, NULL },
	{ "GET", "/admin/people/*", ROLE_ADMIN, person, "admin-person", person_params, id_ok, 0, NULL },
	{ "POST", "/admin/people/*/lock", ROLE_ADMIN, person_lock, "admin-person", no_params, id_ok, 0, NULL },
	{ "POST", "/admin/people/*/unlock", ROLE_ADMIN, person_unlock, "admin-person", no_params, id_ok, 0, NULL },
	{ "POST", "/admin/people/*/link", ROLE_ADMIN, person_link, "admin-person", no_params, id_ok, 0, NULL },
	{ "POST", "/admin/people/*/mfa-reset", ROLE_ADMIN, person_mfa_reset, "admin-person", mfa_reset_params,
	    id_ok, 0, NULL },
	{ "POST", "/admin/people/*/roles", ROLE_ADMIN, role_add, "admin-person", role_params, id_ok, 0, NULL },
	{ "POST", "/admin/people/*/roles/remove", ROLE_ADMIN, role_remove, "admin-person", role_params, id_ok, 0,
	    NULL },
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

	/* import.c */
	{ "GET", "/admin/catalogue/import", ROLE_ADMIN, import_form, "admin-import", import_params, NULL, 0,
	    NULL },
	{ "POST", "/admin/catalogue/import", ROLE_ADMIN, import_upload, "admin-import", no_params, NULL,
	    ROUTE_MULTIPART, &import_spec },
	{ "POST", "/admin/catalogue/import/apply", ROLE_ADMIN, import_apply, "admin-import",
	    import_apply_params, NULL, 0, NULL },
	{ "GET", "/admin/catalogue/export", ROLE_ADMIN, import_export, "admin-import", no_params, NULL, 0,
	    NULL },
	{ "GET", "/admin/catalogue/schema", ROLE_ADMIN, import_schema, "admin-import", no_params, NULL, 0,
	    NULL },
	/* end of import.c */

	/* forms.c */
	{ "GET", "/admin/forms", ROLE_ADMIN, forms_page, "admin-forms", forms_params, NULL, 0, NULL },
	{ "POST", "/admin/forms", ROLE_ADMIN, forms_upload, "admin-forms", no_params, NULL, ROUTE_MULTIPART,
	    &forms_spec },
	{ "POST", "/admin/forms/remove", ROLE_ADMIN, forms_remove, "admin-forms", forms_remove_params, NULL,
	    0, NULL },
	/* end of forms.c */
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
		.views = people_views,	/* the e-mail with a link to set a password */
	};

	return app_main(&prog, argc, argv);
}
