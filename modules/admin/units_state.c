/*
 * units_state.c — a unit withdrawn (POST /admin/units/{id}/withdraw: it receives no new
 * dossier, core's SQL_RECEIVES; its officers keep their dossiers), made active again
 * (/activate), or removed (/remove) when nothing refers to it: a unit that dossiers,
 * procedures, officers or other units refer to is refused, and withdrawal offered instead.
 * Each through core's catalogue_put() or catalogue_drop(), logged before and after.
 */
#include <stdio.h>
#include <string.h>

#include "dvc.h"
#include "catalogue.h"
#include "admin.h"

/* The change and what it found (db_transaction(): reset first, run again after a deadlock). */
struct state_tx {
	long long	 id;
	const char	*active;	/* "0" or "1"; NULL to remove */
	struct cat_who	 who;
	struct cat_list	 old, new;
	bool		 missing, in_use;
};

static long
state_tx(void *arg)
{
	struct state_tx	*x = arg;
	struct cat_rec	*u, *old;
	unsigned	 i, col = (unsigned)cat_col(CAT_UNIT, "active");
	long		 rc;

	cat_list_free(&x->old);
	cat_list_free(&x->new);
	x->missing = x->in_use = false;
	if ((rc = catalogue_get(CAT_UNIT, x->id, &x->old)) <= 0)
		return rc < 0 ? rc : (x->missing = true);
	old = &x->old.r[0];
	if (x->active == NULL) {
		if ((rc = catalogue_drop(CAT_UNIT, old, &x->who)) == CAT_IN_USE)
			return (x->in_use = true);
		return rc;
	}
	if (strcmp(old->v[col], x->active) == 0)
		return 0;	/* so already: nothing to log */
	u = cat_add(&x->new, CAT_UNIT, 0);
	for (i = 0; i < cat_tables[CAT_UNIT].ncols; i++)
		cat_set(u, i, old->v[i], strlen(old->v[i]));
	cat_set(u, col, x->active, 1);
	return catalogue_put(CAT_UNIT, u, old, &x->who);
}

static int
unit_state(struct request *r, const char *active, const char *msg)
{
	struct state_tx	 x = { .id = num(r->arg), .active = active };
	char		 to[64];
	long		 rc;

	x.who = catalogue_who(r->user.id);
	rc = db_transaction(state_tx, &x);
	cat_list_free(&x.old);
	cat_list_free(&x.new);
	if (rc < 0)
		return db_status(rc);
	if (x.missing)
		return app_error(r, 404, "unit.not_found");
	if (x.in_use) {
		int st;

		form_error(r, "_", "unit.in_use");
		if ((st = unit_data(r, true)) != 200)
			return st;
		r->keep_view = true;
		return 409;
	}
	if (active == NULL)
		return app_redirect(r, "/admin/units?msg=removed");
	snprintf(to, sizeof(to), "/admin/units/%s?msg=%s", r->arg, msg);
	return app_redirect(r, to);
}

int
unit_withdraw(struct request *r)
{
	return unit_state(r, "0", "withdrawn");
}

int
unit_activate(struct request *r)
{
	return unit_state(r, "1", "activated");
}

int
unit_remove(struct request *r)
{
	return unit_state(r, NULL, "removed");
}
