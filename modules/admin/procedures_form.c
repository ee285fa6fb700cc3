/*
 * procedures_form.c — a procedure's form (GET /admin/procedures/new, GET /admin/procedures/{code})
 * and its saving (POST to the same): every attribute of the catalogue, its components, fees,
 * exemptions and receiving units as lists of rows edited without JavaScript ("Thêm dòng"
 * posts the form back with one more row, what was typed kept). A save is checked as a
 * catalogue file is (proc_check(), then core's catalogue_check_form()), then published by
 * core's version rule in one transaction with the version the form was opened at: another
 * administrator's save in between is refused (CAT_STALE), nothing written, nothing typed lost.
 */
#include <stdio.h>
#include <string.h>

#include "dvc.h"
#include "admin.h"
#include "procedures.h"
#include "procedures_form.h"

#define BLANK_ROWS	2	/* blank rows a list shows when the form opens */

/* The inputs of the form but its lists' rows (ROUTE_ROWS). Texts are checked by proc_check(),
 * so that a mistake is a message next to its input. */
const struct param_spec proc_form_params[] = {
	{ "code", P_TEXT, 40 }, { "field", P_TEXT, 20 }, { "agency", P_TEXT, 13 },
	{ "gov_level", P_TOKEN, 16 }, { "level", P_TOKEN, 4 }, { "processing_hours", P_TEXT, 12 },
	{ "same_day", P_TOKEN, 1 }, { "clock_after_supplement", P_TOKEN, 16 },
	{ "ch_counter", P_TOKEN, 1 }, { "ch_online", P_TOKEN, 1 }, { "ch_postal", P_TOKEN, 1 },
	{ "ak_citizen", P_TOKEN, 1 }, { "ak_organisation", P_TOKEN, 1 },
	{ "name", P_TEXT, 500 }, { "processing_note", P_TEXT, 500 }, { "presence_note", P_TEXT, 1000 },
	{ "applicants", P_TEXT, 500 }, { "steps", P_TEXT, 20000 }, { "requirements", P_TEXT, 20000 },
	{ "result", P_TEXT, 500 }, { "legal_basis", P_TEXT, 20000 },
	{ "version", P_UINT, 65535 }, { "add", P_TOKEN, 16 },
	{ NULL, 0, 0 },
};
const struct param_spec proc_page_params[] = {
	{ "msg", P_TOKEN, 16 },
	{ NULL, 0, 0 },
};

bool
proc_code_ok(const char *s)
{
	size_t	 n = strspn(s, "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.");

	return n >= 1 && n <= 40 && s[n] == '\0';
}

/* The page of the form: p's values (as typed or as stored), the version it was opened at,
 * the choices, and whether the procedure is new, current or withdrawn. */
static int
form_page(struct request *r, const struct cat_rec *p, const unsigned extra[CAT__SUBS],
    long long version, const char *state)
{
	xmlNodePtr	 e = xml_elem(r->root, "editor");
	long		 rc;

	xml_attr(e, "state", state);
	xml_attr_uint(e, "version", (unsigned long long)version);
	if (r->arg != NULL)
		xml_attr(e, "code", r->arg);
	xml_text(r->root, "msg", req_str(r, "msg", ""));
	proc_form_values(r, p, extra);
	if ((rc = proc_choices(r)) < 0)
		return db_status(rc);
	return r->nerrors > 0 ? (r->keep_view = true, 400) : 200;
}

int
proc_new(struct request *r)
{
	struct cat_list	 l = { 0 };
	unsigned	 extra[CAT__SUBS] = { BLANK_ROWS, BLANK_ROWS, BLANK_ROWS, BLANK_ROWS };
	int		 st;

	st = form_page(r, cat_add(&l, CAT_PROC, 0), extra, 0, "new");
	{
		struct catalogue c = { { 0 }, { 0 }, l };

		catalogue_free(&c);
	}
	return st;
}

int
proc_edit(struct request *r)
{
	struct catalogue c = { 0 };
	unsigned	 extra[CAT__SUBS] = { BLANK_ROWS, BLANK_ROWS, BLANK_ROWS, BLANK_ROWS };
	bool		 current = false;
	long		 rc;
	int		 st;

	if ((rc = proc_read(r->arg, 0, &c.procs, &current)) <= 0)
		st = rc == 0 ? app_error(r, 404, "procedure.not_found") : db_status(rc);
	else
		st = form_page(r, &c.procs.r[0], extra, c.procs.r[0].version,
		    current ? "current" : "withdrawn");
	catalogue_free(&c);
	return st;
}

static void
issue(void *arg, const char *code, const char *field, const char *what)
{
	struct request	*r = arg;

	(void)what;
	form_error(r, field, code);
}

struct publishing {
	const struct cat_rec	*p, *old;
	struct cat_who		 who;
};

static long
publish_tx(void *arg)
{
	struct publishing	*pb = arg;
	unsigned long long	 id;

	return catalogue_publish(pb->p, pb->old, &pb->who, &id);
}

/* Whether p and old say the same (nothing to publish). */
static bool
same(const struct cat_rec *p, const struct cat_rec *old)
{
	struct buf	 a = { 0 }, b = { 0 };
	bool		 eq;

	catalogue_json(&a, CAT_PROC, p);
	catalogue_json(&b, CAT_PROC, old);
	eq = a.len == b.len && memcmp(a.data, b.data, a.len) == 0;
	buf_free(&a);
	buf_free(&b);
	return eq;
}

/* Checks p against the catalogue and publishes it: 303 to its page, 0 when the form is shown
 * again (errors, or someone else saved first), else an error status. */
static int
publish(struct request *r, struct catalogue *file, long long version)
{
	struct catalogue db = { 0 }, last = { 0 };
	struct publishing pb = { &file->procs.r[0], NULL, catalogue_who(r->user.id) };
	const char	*code = pb.p->v[0];
	char		 to[128];
	bool		 current = false, unchanged;
	long		 rc, found = 0;
	int		 st = 0;

	if ((rc = catalogue_load(&db)) < 0 || (found = proc_read(code, 0, &last.procs, &current)) < 0) {
		st = db_status(rc < 0 ? rc : found);
		goto done;
	}
	pb.old = cat_find(&db.procs, code);
	if (r->arg == NULL && found > 0)
		form_error(r, "code", "procedure.code_taken");
	else if (r->arg != NULL && (found == 0 || last.procs.r[0].version != version))
		form_error(r, "_", "procedure.stale");
	if (r->nerrors > 0 || catalogue_check_form(file, &db, issue, r) > 0)
		goto done;
	unchanged = pb.old != NULL && same(pb.p, pb.old);
	snprintf(to, sizeof(to), "/admin/procedures/%s?msg=%s", code, unchanged ? "unchanged" : "published");
	if (!unchanged) {
		if ((rc = db_transaction(publish_tx, &pb)) == CAT_STALE) {
			form_error(r, "_", "procedure.stale");
			goto done;
		}
		if (rc != 0) {
			st = db_status(rc);
			goto done;
		}
		proc_changed(code);
	}
	st = app_redirect(r, to);
done:
	catalogue_free(&db);
	catalogue_free(&last);
	return st;
}

int
proc_save(struct request *r)
{
	struct catalogue file = { 0 };
	unsigned	 extra[CAT__SUBS] = { BLANK_ROWS, BLANK_ROWS, BLANK_ROWS, BLANK_ROWS };
	const char	*add = req_str(r, "add", ""), *code = r->arg ? r->arg : req_str(r, "code", "");
	long long	 version = (long long)req_uint(r, "version", 0);
	struct cat_rec	*p = cat_add(&file.procs, CAT_PROC, 0);
	unsigned	 s;
	int		 st;

	if (r->arg != NULL) {	/* the procedure must be there: a code unknown is a 404 */
		struct catalogue c = { 0 };
		bool current;
		long rc = proc_read(r->arg, 0, &c.procs, &current);

		catalogue_free(&c);
		if (rc <= 0) {
			catalogue_free(&file);
			return rc == 0 ? app_error(r, 404, "procedure.not_found") : db_status(rc);
		}
	}
	if ((st = proc_parse(r, p, code)) != 0) {
		catalogue_free(&file);
		return app_error(r, st, "input.invalid");
	}
	for (s = 0; s < CAT__SUBS; s++)
		if (strcmp(add, cat_sub_name[s]) == 0)
			extra[s]++;
	if (*add == '\0') {	/* "Lưu và áp dụng", not "Thêm dòng" */
		proc_check(r, p);
		if (r->nerrors == 0 && (st = publish(r, &file, version)) != 0) {
			catalogue_free(&file);
			return st;
		}
	}
	st = form_page(r, p, extra, version, r->arg == NULL ? "new" : "edit");
	catalogue_free(&file);
	return st;
}
