/*
 * fields.c — the fields (lĩnh vực) procedures are filed under: the list (GET /admin/fields),
 * a new one (GET and POST /admin/fields/new), one's page and form (GET and POST
 * /admin/fields/{id}), and its removal (POST /admin/fields/{id}/remove), refused while any
 * version of a procedure names it. The code (national, "G15-TP07") is given once. Every write
 * through core's catalogue_put() or catalogue_drop(), logged before and after.
 */
#include <stdio.h>
#include <string.h>

#include "dvc.h"
#include "catalogue.h"
#include "admin.h"

const struct param_spec field_params[] = {
	{ "code", P_TEXT, 20 },
	{ "name", P_TEXT, 255 },
	{ "sort", P_UINT, 65535 },
	{ NULL, 0, 0 },
};

/* A national field code: capitals, digits, "-" and ".", beginning with a capital or a
 * digit ("G15-TP07", "G03-GD10"), at most 20 characters (sql/catalogue.rng). */
static bool
field_code_ok(const char *s)
{
	size_t	 n = strlen(s);

	return n > 0 && n <= 20 && strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.") == n &&
	    *s != '-' && *s != '.';
}

int
fields_page(struct request *r)
{
	long	 rc;

	units_msg(r);
	if ((rc = xml_rows(xml_elem(r->root, "fields"), "field", STMT_FIELDS_LIST, NULL)) < 0)
		return db_status(rc);
	return 200;
}

int
field_new_page(struct request *r)
{
	(void)r;
	return 200;
}

/* The field of r->arg as <field>, with values its columns as the form's values. */
static int
field_data(struct request *r, bool values)
{
	struct db_arg	 args[] = { DB_I(num(r->arg)), DB_END_ };
	xmlNodePtr	 f, c;
	long		 rc;

	if ((rc = xml_rows(r->root, "field", STMT_FIELDS_ROW, args)) < 0)
		return db_status(rc);
	if (rc == 0)
		return app_error(r, 404, "field.not_found");
	f = r->root->last;
	for (c = f->children; values && c != NULL; c = c->next) {
		xmlChar *v = xmlNodeGetContent(c);

		form_value(r, (const char *)c->name, v ? (const char *)v : "");
		xmlFree(v);
	}
	return 200;
}

int
field_page(struct request *r)
{
	units_msg(r);
	return field_data(r, true);
}

/* The write (db_transaction(): reset first, run again after a deadlock). */
struct field_tx {
	struct request	*r;
	long long	 id;		/* 0: a new field */
	const char	*remove;	/* set: remove it */
	struct cat_who	 who;
	struct cat_list	 old, new;
	long long	 new_id;
	bool		 missing, taken, in_use;
};

static long
field_tx(void *arg)
{
	struct field_tx	*x = arg;
	const char	*sort = req_str(x->r, "sort", "");
	struct cat_rec	*f, *old = NULL;
	long		 rc;

	cat_list_free(&x->old);
	cat_list_free(&x->new);
	x->missing = x->taken = x->in_use = false;
	if (x->id != 0) {
		if ((rc = catalogue_get(CAT_FIELD, x->id, &x->old)) <= 0)
			return rc < 0 ? rc : (x->missing = true);
		old = &x->old.r[0];
		if (x->remove != NULL) {
			if ((rc = catalogue_drop(CAT_FIELD, old, &x->who)) == CAT_IN_USE)
				return (x->in_use = true);
			return rc;
		}
	}
	f = cat_add(&x->new, CAT_FIELD, 0);
	cat_set(f, 0, old ? old->v[0] : req_str(x->r, "code", ""), strlen(old ? old->v[0] :
	    req_str(x->r, "code", "")));
	cat_set(f, (unsigned)cat_col(CAT_FIELD, "sort"), *sort ? sort : "0", strlen(*sort ? sort : "0"));
	cat_set(f, (unsigned)cat_col(CAT_FIELD, "name"), req_str(x->r, "name", ""),
	    strlen(req_str(x->r, "name", "")));
	if (old != NULL && strcmp(old->v[1], f->v[1]) == 0 && strcmp(old->v[2], f->v[2]) == 0)
		return 0;	/* nothing changed: nothing to log */
	if ((rc = catalogue_put(CAT_FIELD, f, old, &x->who)) < 0)
		return db_duplicate() ? (x->taken = true) : rc;
	if (old == NULL) {
		struct db_arg args[] = { DB_S(f->v[0]), DB_END_ };

		return db_int(STMT_FIELDS_ID_OF, args, &x->new_id) < 0 ? -2 : 0;
	}
	return 0;
}

/* The new field's and the field's POST, and the removal's. */
static int
field_post(struct request *r, long long id, const char *remove)
{
	struct field_tx	 x = { .r = r, .id = id, .remove = remove };
	const char	*name = req_str(r, "name", "");
	char		 to[64];
	long		 rc;
	int		 st;

	if (remove == NULL) {
		form_values(r);
		if (id == 0 && *req_str(r, "code", "") == '\0')
			form_error(r, "code", "field.code_required");
		else if (id == 0 && !field_code_ok(req_str(r, "code", "")))
			form_error(r, "code", "field.code_format");
		if (name[strspn(name, " \t")] == '\0')
			form_error(r, "name", "field.name_required");
		else if (strpbrk(name, "\r\n") != NULL)
			form_error(r, "name", "field.one_line");
	}
	if (r->nerrors == 0) {
		x.who = catalogue_who(r->user.id);
		rc = db_transaction(field_tx, &x);
		cat_list_free(&x.old);
		cat_list_free(&x.new);
		if (rc < 0)
			return db_status(rc);
		if (x.missing)
			return app_error(r, 404, "field.not_found");
		if (x.taken)
			form_error(r, "code", "field.code_taken");
		if (x.in_use)
			form_error(r, "_", "field.in_use");
	}
	if (r->nerrors > 0) {
		if (id == 0)
			return 200;
		if ((st = field_data(r, remove != NULL)) != 200)
			return st;
		r->keep_view = true;
		return x.in_use ? 409 : 200;
	}
	if (remove != NULL)
		return app_redirect(r, "/admin/fields?msg=removed");
	snprintf(to, sizeof(to), "/admin/fields/%lld?msg=%s", id ? id : x.new_id, id ? "saved" : "added");
	return app_redirect(r, to);
}

int
field_create(struct request *r)
{
	return field_post(r, 0, NULL);
}

int
field_save(struct request *r)
{
	return field_post(r, num(r->arg), NULL);
}

int
field_remove(struct request *r)
{
	return field_post(r, num(r->arg), "remove");
}
