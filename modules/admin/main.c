/*
 * dvc-admin — the administrator's side: every URL of the back office, in one table; the
 * handlers live in a file per area (admin.h).
 *   GET /admin/        the state of the portal
 *   GET /admin/audit   the audit log of the catalogue's changes
 *   /admin/catalogue/import, export, schema   the catalogue's files (import.c)
 */
#include "dvc.h"
#include "admin.h"

static const struct route routes[] = {
	{ "GET", "/admin/", ROLE_ADMIN, home, "admin-home", no_params, NULL, 0, NULL },
	{ "GET", "/admin/audit", ROLE_ADMIN, audit, "admin-audit", audit_params, NULL, 0, NULL },
	/* procedures.c */
	/* end of procedures.c */

	/* units.c */
	/* end of units.c */

	/* people.c */
	/* end of people.c */

	/* calendar.c */
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
