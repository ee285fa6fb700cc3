/*
 * catalogue_units.c — units and fields written in place (catalogue.h): added or changed with
 * catalogue_put(), a unit's parent set by code, and the removal of a unit or a field that
 * nothing refers to; each write appended to the audit log in the caller's transaction. Units
 * and fields are not versioned: dossiers keep the unit's id, whose name may change.
 */
#include <string.h>

#include "dvc.h"
#include "private.h"
#include "catalogue.h"

long
catalogue_put(enum cat_kind k, const struct cat_rec *r, const struct cat_rec *old,
    const struct cat_who *who)
{
	struct db_arg	 args[CAT_MAX_COLS + 1];
	unsigned	 c, n = 0, parent = (unsigned)cat_col(CAT_UNIT, "parent");
	long		 rc;

	/* The statements take every column but the code and a unit's parent, in the table's
	 * order; an insert the code first, an update last (its WHERE). */
	if (old == NULL)
		args[n++] = DB_S(r->v[0]);
	for (c = 1; c < cat_tables[k].ncols; c++)
		if (k != CAT_UNIT || c != parent)
			args[n++] = DB_S(r->v[c]);
	if (old != NULL)
		args[n++] = DB_S(r->v[0]);
	args[n] = DB_END_;
	if (k == CAT_UNIT)
		rc = db_exec(db_catalogue(old ? CATS_UNIT_UPDATE : CATS_UNIT_INSERT), args, NULL, NULL);
	else
		rc = db_exec(db_catalogue(old ? CATS_FIELD_UPDATE : CATS_FIELD_INSERT), args, NULL, NULL);
	if (rc < 0)
		return rc;
	return catalogue_audit(who, old ? AU_CHANGE : AU_ADD, k, r->v[0], old ? (unsigned long long)old->id :
	    db_last_insert_id(), old, r);
}

long
catalogue_unit_parent(const struct cat_rec *u)
{
	const char	*parent = u->v[cat_col(CAT_UNIT, "parent")];
	long long	 pid = 0;
	long		 rc;

	if (*parent != '\0') {
		struct db_arg args[] = { DB_S(parent), DB_END_ };

		if ((rc = db_int(db_catalogue(CATS_UNIT_ID), args, &pid)) < 0)
			return rc;
		if (pid == 0)
			return -2;
	}
	{
		struct db_arg args[] = { DB_I(pid), DB_S(u->v[0]), DB_END_ };

		rc = db_exec(db_catalogue(CATS_UNIT_PARENT), args, NULL, NULL);
	}
	return rc < 0 ? rc : 0;
}

long
catalogue_drop(enum cat_kind k, const struct cat_rec *old, const struct cat_who *who)
{
	struct db_arg	 args[] = { DB_I(old->id), DB_END_ };
	long long	 used = 0;
	long		 rc;

	if ((rc = db_int(db_catalogue(k == CAT_UNIT ? CATS_UNIT_USED : CATS_FIELD_USED), args, &used)) < 0)
		return rc;
	if (used > 0)
		return CAT_IN_USE;
	if ((rc = db_exec(db_catalogue(k == CAT_UNIT ? CATS_UNIT_DELETE : CATS_FIELD_DELETE), args,
	    NULL, NULL)) < 0)
		return rc;
	if (rc == 0)
		return 0;	/* gone already */
	return catalogue_audit(who, AU_REMOVE, k, old->v[0], (unsigned long long)old->id, old, NULL);
}
