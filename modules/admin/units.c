/*
 * units.c — the units (agencies) of the province as a tree (GET /admin/units): the Provincial
 * People's Committee, its departments, the Public Administration Service Centre, the communes
 * and wards, each under its parent, with its national code (QCVN 102:2016), address, phone,
 * e-mail, office hours, whether it still receives dossiers, and how many dossiers and officers
 * it has. A unit's form is units_form.c's, its withdrawal and removal units_state.c's.
 */
#include <stdio.h>
#include <string.h>

#include "dvc.h"
#include "catalogue.h"
#include "admin.h"

/* The confirmation a page shows after a write (the view's words): added, saved, withdrawn,
 * activated, removed, imported. */
const struct param_spec msg_params[] = {
	{ "msg", P_TOKEN, 16 },
	{ "added", P_UINT, 100000 },
	{ "renamed", P_UINT, 100000 },
	{ NULL, 0, 0 },
};

void
units_msg(struct request *r)
{
	static const char *const known[] = { "added", "saved", "withdrawn", "activated", "removed",
	    "imported", NULL };
	const char		*msg = req_str(r, "msg", "");
	const char *const	*k;

	for (k = known; *k != NULL; k++)
		if (strcmp(*k, msg) == 0) {
			xmlNodePtr m = xml_text(r->root, "msg", msg);

			xml_attr_uint(m, "added", req_uint(r, "added", 0));
			xml_attr_uint(m, "renamed", req_uint(r, "renamed", 0));
			return;
		}
}

int
units_page(struct request *r)
{
	long	 rc;

	units_msg(r);
	if ((rc = xml_rows(xml_elem(r->root, "units"), "unit", STMT_UNITS_LIST, NULL)) < 0)
		return db_status(rc);
	return 200;
}
