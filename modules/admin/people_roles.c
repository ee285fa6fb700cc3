/*
 * people_roles.c — an officer's roles per unit, from the officer's page:
 *   POST /admin/people/{id}/roles         unit (an agency's code) and role (receiver,
 *                                         processor, approver): the role added
 *   POST /admin/people/{id}/roles/remove  the same pair: the role removed
 * Only an officer holds roles. The officer's next request sees the change: dvc-officer reads
 * the roles from officer_roles in each of its statements, never from the session. Each change
 * in one transaction with its entry in the audit log; bad input is said at its field and
 * changes nothing.
 */
#include <stdio.h>
#include <string.h>

#include "dvc.h"
#include "admin.h"

const struct param_spec role_params[] = {
	{ "unit", P_TEXT, 40 },
	{ "role", P_TEXT, 40 },
	{ NULL, 0, 0 },
};

static const char *const roles[] = { "receiver", "processor", "approver", NULL };

bool
role_ok(const char *role)
{
	const char *const	*r;

	for (r = roles; *r != NULL; r++)
		if (strcmp(*r, role) == 0)
			return true;
	return false;
}

long
unit_known(const char *code, bool *known)
{
	struct db_arg	 args[] = { DB_S(code), DB_END_ };
	long long	 n = 0;
	long		 rc;

	if ((rc = db_int(STMT_UNIT_KNOWN, args, &n)) < 0)
		return rc;
	*known = n > 0;
	return 0;
}

/* A role added or removed (db_transaction(): run again after a deadlock, so it resets what it
 * fills first); 1 rolls back with the refusal's code. */
struct role_change {
	unsigned long long	 id, actor;
	bool			 add;
	const char		*unit, *role;
	struct buf		 before, after;
	bool			 found, changed;
	const char		*refused;
};

static long
role_refused(struct role_change *x, const char *code)
{
	x->refused = code;
	return 1;
}

static int
kind_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct role_change	*x = arg;

	(void)names;
	(void)lens;
	x->found = true;
	if (ncols > 0 && strcmp(cols[0], "officer") != 0)
		role_refused(x, "people.roles_officer");
	return 1;
}

static long
role_tx(void *arg)
{
	struct role_change	*x = arg;
	struct db_arg		 id[] = { DB_I((long long)x->id), DB_END_ };
	struct db_arg		 args[] = { DB_I((long long)x->id), DB_S(x->role), DB_S(x->unit),
	    DB_END_ };
	long			 rc;

	x->found = x->changed = false;
	x->refused = NULL;
	if ((rc = db_exec(STMT_PERSON_LOCK, id, kind_row, x)) < 0)
		return rc;
	if (!x->found || x->refused != NULL)
		return 1;
	if ((rc = person_json(x->id, &x->before)) < 0 ||
	    (rc = db_exec(x->add ? STMT_ROLE_ADD : STMT_ROLE_REMOVE, args, NULL, NULL)) < 0)
		return rc;
	if (rc == 0) {
		/* Held already (nothing to add), or not held (nothing to remove). */
		return x->add ? 0 : role_refused(x, "people.role_missing");
	}
	if ((rc = person_json(x->id, &x->after)) < 0)
		return rc;
	x->changed = true;
	return person_audit(x->actor, "change", x->id, buf_cstr(&x->before), buf_cstr(&x->after));
}

static int
role_change(struct request *r, bool add)
{
	struct role_change	 x = { .id = (unsigned long long)num(r->arg), .actor = r->user.id,
	    .add = add, .unit = req_input(r, "unit"), .role = req_input(r, "role") };
	bool			 known = false;
	char			 to[80];
	long			 rc;

	form_values(r);
	if (*x.unit == '\0')
		form_error(r, "unit", "people.unit_required");
	else if ((rc = unit_known(x.unit, &known)) < 0)
		return db_status(rc);
	else if (!known)
		form_error(r, "unit", "people.unit_unknown");
	if (!role_ok(x.role))
		form_error(r, "role", "people.role_invalid");
	if (r->nerrors > 0)
		return person_refused(r, x.id, 422);
	rc = db_transaction(role_tx, &x);
	buf_free(&x.before);
	buf_free(&x.after);
	if (rc < 0)
		return db_status(rc);
	if (!x.found)
		return app_error(r, 404, "people.unknown");
	if (x.refused != NULL) {
		form_error(r, "_", x.refused);
		return person_refused(r, x.id, 409);
	}
	if (x.changed)
		log_info("account %llu: role %s at %s %s by administrator %llu", x.id, x.role, x.unit,
		    add ? "added" : "removed", x.actor);
	snprintf(to, sizeof(to), "/admin/people/%llu?msg=%s", x.id, add ? "role-added" : "role-removed");
	return app_redirect(r, to);
}

int
role_add(struct request *r)
{
	return role_change(r, true);
}

int
role_remove(struct request *r)
{
	return role_change(r, false);
}
