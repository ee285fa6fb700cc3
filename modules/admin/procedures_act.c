/*
 * procedures_act.c — what the procedure's page does besides saving its form, each with the
 * version the page showed (someone else's change in between: nothing done, said):
 *   POST /admin/procedures/{code}/withdraw   ngừng áp dụng: no version current any more
 *   POST /admin/procedures/{code}/republish  áp dụng lại: the last version, withdrawn, made
 *                                            current again as a new version
 *   POST /admin/procedures/{code}/remove     every version deleted, refused when a dossier
 *                                            refers to one (withdraw it instead)
 * Each change in one transaction by core's catalogue writes (audit log included), then the
 * search index and the cached pages follow.
 */
#include <stdio.h>
#include <string.h>

#include "dvc.h"
#include "admin.h"
#include "procedures.h"

const struct param_spec proc_act_params[] = {
	{ "version", P_UINT, 65535 },
	{ NULL, 0, 0 },
};

enum act { ACT_WITHDRAW, ACT_REPUBLISH, ACT_REMOVE };

struct acting {
	enum act		 act;
	const struct cat_rec	*p;
	const char		*code;
	struct cat_who		 who;
};

static long
act_tx(void *arg)
{
	struct acting		*a = arg;
	unsigned long long	 id;

	switch (a->act) {
	case ACT_WITHDRAW:
		return catalogue_withdraw(a->p, &a->who);
	case ACT_REPUBLISH:
		return catalogue_publish(a->p, NULL, &a->who, &id);
	case ACT_REMOVE:
		break;
	}
	return catalogue_remove(a->code, &a->who);
}

/* The act on the procedure of the URL, its last version read first: 303 to the page that
 * says what was done or why not. */
static int
act(struct request *r, enum act what)
{
	static const char *const done[] = { "withdrawn", "republished", "removed" };
	struct catalogue c = { 0 };
	struct acting	 a = { what, NULL, r->arg, catalogue_who(r->user.id) };
	long long	 version = (long long)req_uint(r, "version", 0);
	char		 to[128];
	const char	*msg;
	bool		 current = false;
	long		 rc;

	if ((rc = proc_read(r->arg, 0, &c.procs, &current)) <= 0) {
		catalogue_free(&c);
		return rc == 0 ? app_error(r, 404, "procedure.not_found") : db_status(rc);
	}
	a.p = &c.procs.r[0];
	/* Withdraw the current version, publish again a withdrawn one, as the page showed it. */
	if (a.p->version != version || (what == ACT_WITHDRAW && !current) ||
	    (what == ACT_REPUBLISH && current))
		rc = CAT_STALE;
	else
		rc = db_transaction(act_tx, &a);
	catalogue_free(&c);
	if (rc == CAT_STALE)
		msg = "stale";
	else if (rc == CAT_IN_USE)
		msg = "in-use";
	else if (rc != 0)
		return db_status(rc);
	else {
		msg = done[what];
		proc_changed(r->arg);
	}
	if (rc == 0 && what == ACT_REMOVE)
		snprintf(to, sizeof(to), "/admin/procedures?msg=%s", msg);
	else
		snprintf(to, sizeof(to), "/admin/procedures/%s?msg=%s", r->arg, msg);
	return app_redirect(r, to);
}

int
proc_withdraw(struct request *r)
{
	return act(r, ACT_WITHDRAW);
}

int
proc_republish(struct request *r)
{
	return act(r, ACT_REPUBLISH);
}

int
proc_remove(struct request *r)
{
	return act(r, ACT_REMOVE);
}
