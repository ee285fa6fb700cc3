/*
 * dossier_slip.c — one slip (Forms 1-5 of Circular 03/2025) into the page, as
 * xslt/officer-slip.xsl lays it out: the same page for the officers of the dossier's units
 * (dvc-officer) and for its applicant (dvc-dossiers). Each program passes its own statements
 * (SQL_SLIP_SELECT and SQL_SLIP_COMPONENTS bound to who may see the slip).
 */
#include <stdlib.h>

#include "dvc.h"

struct slip_found {
	xmlNodePtr	 parent;
	long long	 dossier, form;
};

static long long
col_num(unsigned ncols, const char *const *names, char *const *cols, const char *name)
{
	const char	*v = row_get(ncols, names, cols, name);

	return v != NULL ? strtoll(v, NULL, 10) : 0;
}

static int
slip_row(void *arg, unsigned ncols, const char *const *names, char *const *cols, const size_t *lens)
{
	struct slip_found	*s = arg;

	xml_row_append(s->parent, "slip", ncols, names, cols, lens);
	s->dossier = col_num(ncols, names, cols, "dossier_id");
	s->form = col_num(ncols, names, cols, "form");
	return 1;
}

int
dossier_slip(struct request *r, size_t slip_stmt, size_t components_stmt)
{
	struct db_arg		 args[] = { DB_I(strtoll(r->arg, NULL, 10)), DB_I((long long)r->user.id),
	    DB_END_ };
	struct slip_found	 s = { .parent = r->root };
	long			 rc;

	if ((rc = db_exec(slip_stmt, args, slip_row, &s)) < 0)
		return db_status(rc);
	if (s.dossier == 0)
		return app_error(r, 404, "slip.not_found");
	if (s.form == SLIP_RECEIPT) {	/* the components received, on Form 1 */
		struct db_arg cargs[] = { DB_I(s.dossier), DB_END_ };

		if ((rc = xml_rows(xml_elem(r->root, "components"), "component", components_stmt, cargs)) < 0)
			return db_status(rc);
	}
	return 200;
}
