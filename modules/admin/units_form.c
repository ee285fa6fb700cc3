/*
 * units_form.c — a unit's form: a new unit (GET and POST /admin/units/new) and a unit's own
 * page (GET and POST /admin/units/{id}). The national code (QCVN 102:2016) is given once, when
 * the unit is added: dossier codes begin with it. The parent is chosen from the units, never
 * the unit itself or one under it. Every write through core's catalogue_put(), which appends
 * the unit before and after to the audit log in the same transaction.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "catalogue.h"
#include "admin.h"

const struct param_spec unit_params[] = {
	{ "code", P_TEXT, 13 },
	{ "name", P_TEXT, 255 },
	{ "kind", P_TOKEN, 16 },
	{ "parent", P_UINT, UINT32_MAX },
	{ "sort", P_UINT, 65535 },
	{ "place", P_TEXT, 100 },
	{ "address", P_TEXT, 255 },
	{ "phone", P_TEXT, 20 },
	{ "email", P_TEXT, 100 },
	{ "office_hours", P_TEXT, 255 },
	{ NULL, 0, 0 },
};

/* The columns the form sets, as cat_tables names them; the code and active are not among
 * them (given once; units_state.c). */
static const char *const form_cols[] = { "kind", "sort", "phone", "email", "name", "place",
    "address", "office_hours", NULL };

/* QCVN 102:2016/BTTTT (DOMAIN.md): 000.00.NN.Hxx — 3, 2 and 2 digits, then the province (H and
 * 2 digits; G for a ministry's units), 13 characters. */
static bool
unit_code_ok(const char *s)
{
	static const char form[] = "ddd.dd.dd.Xdd";
	size_t		 i;

	if (strlen(s) != sizeof(form) - 1)
		return false;
	for (i = 0; form[i] != '\0'; i++)
		if ((form[i] == 'd' && (s[i] < '0' || s[i] > '9')) || (form[i] == '.' && s[i] != '.') ||
		    (form[i] == 'X' && s[i] != 'H' && s[i] != 'G'))
			return false;
	return true;
}

static bool
blank(const char *s)
{
	return s[strspn(s, " \t")] == '\0';
}

/* The form's checks, each refusal next to its field; email gets the address in lower case. */
static void
unit_check(struct request *r, bool is_new, char *email, size_t emailsz)
{
	static const char *const kinds[] = { "province", "department", "center", "commune", NULL };
	static const char *const lines[] = { "name", "place", "address", "office_hours", NULL };
	const char		*kind = req_str(r, "kind", ""), *phone = req_str(r, "phone", "");
	const char		*mail = req_str(r, "email", ""), *err;
	const char *const	*k;

	if (is_new && blank(req_str(r, "code", "")))
		form_error(r, "code", "unit.code_required");
	else if (is_new && !unit_code_ok(req_str(r, "code", "")))
		form_error(r, "code", "unit.code_format");
	else if (is_new && conf.province_code[0] != '\0' && req_str(r, "code", "")[10] == 'H' &&
	    strcmp(req_str(r, "code", "") + 10, conf.province_code) != 0)
		xml_attr(form_error(r, "code", "unit.code_province"), "province", conf.province_code);
	if (blank(req_str(r, "name", "")))
		form_error(r, "name", "unit.name_required");
	for (k = kinds; *k != NULL && strcmp(*k, kind) != 0; k++)
		;
	if (*k == NULL)
		form_error(r, "kind", "unit.kind");
	else if (strcmp(kind, "commune") == 0 && blank(req_str(r, "place", "")))
		form_error(r, "place", "unit.place_required");
	for (k = lines; *k != NULL; k++)
		if (strpbrk(req_str(r, *k, ""), "\r\n") != NULL)
			form_error(r, *k, "unit.one_line");
	if (strspn(phone, "0123456789 +().-") != strlen(phone))
		form_error(r, "phone", "unit.phone");
	email[0] = '\0';
	if (*mail != '\0' && (err = valid_email(mail, email, emailsz)) != NULL)
		form_error(r, "email", err);
}

/* The write and what it found (db_transaction(): run again after a deadlock, so it reads only
 * the request's inputs and fills this, reset first). */
struct unit_tx {
	struct request	*r;
	long long	 id;		/* the unit changed, 0 for a new one */
	const char	*email;
	struct cat_who	 who;
	struct cat_list	 old, new;
	long long	 new_id;
	const char	*field, *error;	/* a refusal */
	bool		 missing;
};

static long
unit_refuse(struct unit_tx *x, const char *field, const char *code)
{
	x->field = field;
	x->error = code;
	return 1;
}

/* The hierarchy as read for the cycle check: each unit's id and its parent's (0: none). */
struct tree {
	long long	*id, *parent;
	size_t		 n, cap;
};

static int
tree_row(void *arg, unsigned ncols, const char *const *names, char *const *cols, const size_t *lens)
{
	struct tree	*t = arg;

	(void)ncols, (void)names, (void)lens;
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 256;
		t->id = xrealloc(t->id, t->cap * sizeof(*t->id));
		t->parent = xrealloc(t->parent, t->cap * sizeof(*t->parent));
	}
	t->id[t->n] = num(cols[0]);
	t->parent[t->n++] = num(cols[1]);
	return 0;
}

/* 1 when parent is the unit id or a unit under it (a cycle), 0 when not, or a failure. */
static long
under(long long id, long long parent)
{
	struct tree	 t = { 0 };
	size_t		 i, steps;
	long		 rc;

	if ((rc = db_exec(STMT_UNITS_PARENTS, NULL, tree_row, &t)) < 0)
		goto done;
	for (steps = 0; parent != 0 && parent != id && steps <= t.n; steps++) {
		for (i = 0; i < t.n && t.id[i] != parent; i++)
			;
		parent = i < t.n ? t.parent[i] : 0;
	}
	/* Up to the top without meeting id: no cycle. A loop already there (more steps than
	 * units) is refused rather than made worse. */
	rc = parent != 0;
done:
	free(t.id);
	free(t.parent);
	return rc;
}

static long
unit_tx(void *arg)
{
	struct unit_tx	*x = arg;
	struct request	*r = x->r;
	long long	 parent = (long long)req_uint(r, "parent", 0);
	char		 pcode[16] = "";
	const char	*const *c;
	struct cat_rec	*u, *old = NULL;
	unsigned	 i;
	long		 rc;

	cat_list_free(&x->old);
	cat_list_free(&x->new);
	x->error = NULL;
	x->missing = false;
	if (x->id != 0) {
		if ((rc = catalogue_get(CAT_UNIT, x->id, &x->old)) <= 0)
			return rc < 0 ? rc : (x->missing = true);
		old = &x->old.r[0];
	} else {
		struct db_arg	 args[] = { DB_S(req_str(r, "code", "")), DB_END_ };
		long long	 id = 0;

		if ((rc = db_int(STMT_UNITS_ID_OF, args, &id)) < 0)
			return rc;
		if (id != 0)
			return unit_refuse(x, "code", "unit.code_taken");
	}
	if (parent != 0) {
		struct db_arg args[] = { DB_I(parent), DB_END_ };

		if ((rc = db_text(STMT_UNITS_CODE_OF, args, pcode, sizeof(pcode))) < 0)
			return rc;
		if (pcode[0] == '\0')
			return unit_refuse(x, "parent", "unit.parent_unknown");
		if (x->id != 0 && (rc = under(x->id, parent)) != 0)
			return rc < 0 ? rc : unit_refuse(x, "parent", "unit.parent_cycle");
	}
	u = cat_add(&x->new, CAT_UNIT, 0);
	for (i = 0; old != NULL && i < cat_tables[CAT_UNIT].ncols; i++)
		cat_set(u, i, old->v[i], strlen(old->v[i]));
	if (old == NULL)
		cat_set(u, 0, req_str(r, "code", ""), strlen(req_str(r, "code", "")));
	for (c = form_cols; *c != NULL; c++) {
		const char *v = strcmp(*c, "email") == 0 ? x->email : req_str(r, *c, "");

		if (strcmp(*c, "sort") == 0 && *v == '\0')
			v = "0";
		cat_set(u, (unsigned)cat_col(CAT_UNIT, *c), v, strlen(v));
	}
	cat_set(u, (unsigned)cat_col(CAT_UNIT, "parent"), pcode, strlen(pcode));
	for (i = 0; old != NULL && i < cat_tables[CAT_UNIT].ncols && strcmp(old->v[i], u->v[i]) == 0; i++)
		;
	if (old != NULL && i == cat_tables[CAT_UNIT].ncols)
		return 0;	/* nothing changed: nothing to log */
	if ((rc = catalogue_put(CAT_UNIT, u, old, &x->who)) < 0)
		return db_duplicate() ? unit_refuse(x, "code", "unit.code_taken") : rc;
	if ((old == NULL || strcmp(old->v[cat_col(CAT_UNIT, "parent")], pcode) != 0) &&
	    (rc = catalogue_unit_parent(u)) < 0)
		return rc;
	if (old == NULL) {
		struct db_arg args[] = { DB_S(u->v[0]), DB_END_ };

		return db_int(STMT_UNITS_ID_OF, args, &x->new_id) < 0 ? -2 : 0;
	}
	return 0;
}

/* A unit's row as <unit>, and with values its columns as the form's values. */
struct unit_fill {
	struct request	*r;
	bool		 values;
};

static int
unit_row(void *arg, unsigned ncols, const char *const *names, char *const *cols, const size_t *lens)
{
	struct unit_fill	*f = arg;
	unsigned		 i;

	xml_row_append(f->r->root, "unit", ncols, names, cols, lens);
	for (i = 0; f->values && i < ncols; i++)
		form_value(f->r, names[i], cols[i] ? cols[i] : "");
	return 0;
}

int
unit_data(struct request *r, bool values)
{
	struct db_arg		 args[] = { DB_I(num(r->arg)), DB_END_ };
	struct unit_fill	 f = { r, values };
	long			 rc;

	if ((rc = db_exec(STMT_UNITS_ROW, args, unit_row, &f)) < 0)
		return db_status(rc);
	if (rc == 0)
		return app_error(r, 404, "unit.not_found");
	if ((rc = xml_rows(r->root, "uses", STMT_UNITS_USES, args)) < 0 ||
	    (rc = xml_rows(xml_elem(r->root, "parents"), "unit", STMT_UNITS_LIST, NULL)) < 0)
		return db_status(rc);
	return 200;
}

int
unit_new_page(struct request *r)
{
	long	 rc;

	if ((rc = xml_rows(xml_elem(r->root, "parents"), "unit", STMT_UNITS_LIST, NULL)) < 0)
		return db_status(rc);
	return 200;
}

int
unit_page(struct request *r)
{
	units_msg(r);
	return unit_data(r, true);
}

/* Both forms' POST: the checks, then the write; a refusal shows the form again as typed. */
static int
unit_post(struct request *r, long long id)
{
	char		 email[101], to[64];
	struct unit_tx	 x = { .r = r, .id = id, .email = email };
	long		 rc;

	form_values(r);
	unit_check(r, id == 0, email, sizeof(email));
	if (r->nerrors == 0) {
		x.who = catalogue_who(r->user.id);
		rc = db_transaction(unit_tx, &x);
		cat_list_free(&x.old);
		cat_list_free(&x.new);
		if (rc < 0)
			return db_status(rc);
		if (x.missing)
			return app_error(r, 404, "unit.not_found");
		if (x.error != NULL)
			form_error(r, x.field, x.error);
	}
	if (r->nerrors > 0)
		return id == 0 ? unit_new_page(r) : unit_data(r, false);
	snprintf(to, sizeof(to), "/admin/units/%lld?msg=%s", id ? id : x.new_id, id ? "saved" : "added");
	return app_redirect(r, to);
}

int
unit_create(struct request *r)
{
	return unit_post(r, 0);
}

int
unit_save(struct request *r)
{
	return unit_post(r, num(r->arg));
}
