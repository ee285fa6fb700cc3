/*
 * catalogue.c — the catalogue as records (catalogue.h): the tables of columns, the current
 * catalogue read from MariaDB, and the difference between it and a file's. The checks of a
 * file are in catalogue_check.c, the writes in catalogue_write.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "private.h"
#include "catalogue.h"

#define A(n)		{ n, 0, "" }
#define AR(n)		{ n, CAT_REQUIRED, "" }
#define AD(n, d)	{ n, 0, d }
#define E(n)		{ n, CAT_ELEM, "" }
#define ER(n)		{ n, CAT_ELEM | CAT_REQUIRED, "" }

/* The order of each table is the order of the columns of its statement in catalogue_stmts. */
static const struct cat_col unit_cols[] = {
	AR("code"), A("parent"), AR("kind"), AD("sort", "0"), A("phone"), A("email"), AD("active", "1"),
	ER("name"), E("place"), E("address"), E("office_hours"),
};
static const struct cat_col field_cols[] = {
	AR("code"), AD("sort", "0"), ER("name"),
};
static const struct cat_col proc_cols[] = {
	AR("code"), AR("field"), AR("agency"), AD("gov_level", "province"), AR("level"),
	AR("processing_hours"), AD("same_day", "0"), AD("clock_after_supplement", "restart"),
	AR("channels"), AD("applicant_kinds", "citizen"),
	ER("name"), E("processing_note"), E("presence_note"), E("applicants"), E("steps"),
	E("requirements"), E("result"), E("legal_basis"),
};
static const struct cat_col component_cols[] = {
	AD("required", "1"), AD("originals", "1"), AD("copies", "0"), AD("file_types", "pdf,jpg,png"),
	AD("max_size_kb", "10240"), A("template_file"),
	ER("name"), E("note"), E("template_name"),
};
/* amount_online "" is NULL: the counter's amount (migration 018). */
static const struct cat_col fee_cols[] = {
	AR("kind"), AR("amount"), A("amount_online"), AD("unit", "fixed"), AD("stage", "submission"),
	AD("optional", "0"), ER("name"), E("note"),
};
/* fee: the position of the procedure's fee it reduces (1 the first); percent 100 exempts. */
static const struct cat_col exemption_cols[] = {
	AR("fee"), AR("percent"), ER("ground"), ER("proof"),
};
static const struct cat_col receiver_cols[] = {
	AR("unit"),
};

#define T(n, c)	{ n, c, sizeof(c) / sizeof(c[0]) }
const struct cat_table cat_tables[CAT__KINDS] = {
	[CAT_UNIT] = T("unit", unit_cols),
	[CAT_FIELD] = T("field", field_cols),
	[CAT_PROC] = T("procedure", proc_cols),
	[CAT_COMPONENT] = T("component", component_cols),
	[CAT_FEE] = T("fee", fee_cols),
	[CAT_EXEMPTION] = T("exemption", exemption_cols),
	[CAT_RECEIVER] = T("receiver", receiver_cols),
};
#undef T

const enum cat_kind cat_sub_kind[CAT__SUBS] = { CAT_COMPONENT, CAT_FEE, CAT_EXEMPTION, CAT_RECEIVER };
const char *const cat_sub_name[CAT__SUBS] = { "components", "fees", "exemptions", "receivers" };

int
cat_col(enum cat_kind k, const char *name)
{
	unsigned	 i;

	for (i = 0; i < cat_tables[k].ncols; i++)
		if (strcmp(cat_tables[k].cols[i].name, name) == 0)
			return (int)i;
	return -1;
}

struct cat_rec *
cat_add(struct cat_list *l, enum cat_kind k, unsigned line)
{
	struct cat_rec	*r;
	unsigned	 i;

	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 16;
		l->r = xrealloc(l->r, l->cap * sizeof(*l->r));
	}
	r = &l->r[l->n++];
	memset(r, 0, sizeof(*r));
	r->line = line;
	for (i = 0; i < cat_tables[k].ncols; i++)
		r->v[i] = xstrdup(cat_tables[k].cols[i].def);
	return r;
}

void
cat_set(struct cat_rec *r, unsigned col, const char *s, size_t n)
{
	free(r->v[col]);
	r->v[col] = xstrndup(s, n);
}

const struct cat_rec *
cat_find(const struct cat_list *l, const char *code)
{
	size_t	 i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->r[i].v[0], code) == 0)
			return &l->r[i];
	return NULL;
}

void
cat_list_free(struct cat_list *l)
{
	size_t		 i;
	unsigned	 c, s;

	for (i = 0; i < l->n; i++) {
		for (c = 0; c < CAT_MAX_COLS; c++)
			free(l->r[i].v[c]);
		for (s = 0; s < CAT__SUBS; s++)
			cat_list_free(&l->r[i].sub[s]);
	}
	free(l->r);
	memset(l, 0, sizeof(*l));
}

void
catalogue_free(struct catalogue *c)
{
	cat_list_free(&c->units);
	cat_list_free(&c->fields);
	cat_list_free(&c->procs);
}

/* ------------------------------------------------------------------ reading the database */

struct loader {
	struct catalogue	*c;
	enum cat_kind		 kind;
	struct cat_list		*list;
	enum cat_sub		 sub;
};

/* A row of units, fields or procedures: [id, version,] then the table's columns. */
static int
top_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct loader	*ld = arg;
	unsigned	 skip = ld->kind == CAT_PROC ? 2 : 1, i;
	struct cat_rec	*r;

	(void)names;
	/* A partial catalogue would read as withdrawals: a statement that disagrees with its
	 * table is a bug to stop at. */
	if (ncols != skip + cat_tables[ld->kind].ncols)
		log_fatal("catalogue: %s: %u columns read", cat_tables[ld->kind].name, ncols);
	r = cat_add(ld->list, ld->kind, 0);
	r->id = num(cols[0]);
	r->version = skip == 2 ? num(cols[1]) : 0;
	for (i = skip; i < ncols; i++)
		cat_set(r, i - skip, cols[i] ? cols[i] : "", cols[i] ? lens[i] : 0);
	return 0;
}

/* A row of a procedure's list: its procedure's id, then the table's columns. Rows come in
 * the order of the procedures (by id), as they were loaded. */
static int
sub_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct loader	*ld = arg;
	enum cat_kind	 k = cat_sub_kind[ld->sub];
	long long	 pid = num(cols[0]);
	struct cat_rec	*p = NULL, *r;
	size_t		 lo = 0, hi = ld->c->procs.n, mid;
	unsigned	 i;

	(void)names;
	if (ncols != 1 + cat_tables[k].ncols)
		log_fatal("catalogue: %s: %u columns read", cat_tables[k].name, ncols);
	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (ld->c->procs.r[mid].id == pid) {
			p = &ld->c->procs.r[mid];
			break;
		}
		if (ld->c->procs.r[mid].id < pid)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (p == NULL)
		return 0;	/* a version made current since the procedures were read */
	r = cat_add(&p->sub[ld->sub], k, 0);
	for (i = 1; i < ncols; i++)
		cat_set(r, i - 1, cols[i] ? cols[i] : "", cols[i] ? lens[i] : 0);
	return 0;
}

long
catalogue_load(struct catalogue *c)
{
	struct loader	 ld = { c, CAT_UNIT, &c->units, 0 };
	long		 rc;
	unsigned	 s;

	memset(c, 0, sizeof(*c));
	if ((rc = db_exec(db_catalogue(CATS_UNITS), NULL, top_row, &ld)) < 0)
		return rc;
	ld.kind = CAT_FIELD;
	ld.list = &c->fields;
	if ((rc = db_exec(db_catalogue(CATS_FIELDS), NULL, top_row, &ld)) < 0)
		return rc;
	ld.kind = CAT_PROC;
	ld.list = &c->procs;
	if ((rc = db_exec(db_catalogue(CATS_PROCEDURES), NULL, top_row, &ld)) < 0)
		return rc;
	for (s = 0; s < CAT__SUBS; s++) {
		ld.sub = s;
		if ((rc = db_exec(db_catalogue(CATS_COMPONENTS + s), NULL, sub_row, &ld)) < 0)
			return rc;
	}
	return 0;
}

long
catalogue_get(enum cat_kind k, long long id, struct cat_list *out)
{
	struct loader	 ld = { NULL, k, out, 0 };
	struct db_arg	 args[] = { DB_I(id), DB_END_ };

	return db_exec(db_catalogue(k == CAT_UNIT ? CATS_UNIT_BY_ID : CATS_FIELD_BY_ID), args, top_row, &ld);
}

/* ------------------------------------------------------------------ the difference */

/* Appends to what the names of the columns of kind that differ between a and b, prefixed. */
static void
rec_diff(struct buf *what, enum cat_kind k, const struct cat_rec *a, const struct cat_rec *b,
    const char *prefix)
{
	unsigned	 i;

	for (i = 0; i < cat_tables[k].ncols; i++)
		if (strcmp(a->v[i], b->v[i]) != 0)
			buf_printf(what, "%s%s%s", what->len ? ", " : "", prefix, cat_tables[k].cols[i].name);
}

/* A procedure's lists, item by item: "fees.1.amount", "components.3 added". */
static void
subs_diff(struct buf *what, const struct cat_rec *a, const struct cat_rec *b)
{
	char		 prefix[64];
	size_t		 i, n;
	unsigned	 s;

	for (s = 0; s < CAT__SUBS; s++) {
		const struct cat_list *la = &a->sub[s], *lb = &b->sub[s];

		n = la->n > lb->n ? la->n : lb->n;
		for (i = 0; i < n; i++) {
			/* "fees.1." names a column of the first fee; "fees.1" the fee itself. */
			snprintf(prefix, sizeof(prefix), "%s.%zu.", cat_sub_name[s], i + 1);
			if (i >= la->n || i >= lb->n)
				buf_printf(what, "%s%.*s %s", what->len ? ", " : "",
				    (int)strlen(prefix) - 1, prefix, i >= la->n ? "added" : "removed");
			else
				rec_diff(what, cat_sub_kind[s], &la->r[i], &lb->r[i], prefix);
		}
	}
}

static int
list_diff(enum cat_kind k, const struct cat_list *db, const struct cat_list *file, bool withdraw,
    cat_change_fn fn, void *arg)
{
	struct buf	 what = { 0 };
	size_t		 i;
	int		 rc = 0;

	for (i = 0; i < file->n && rc == 0; i++) {
		const struct cat_rec *n = &file->r[i], *o = cat_find(db, n->v[0]);
		struct cat_change ch = { o ? CAT_CHANGE : CAT_ADD, k, n->v[0], n->line, "", o, n };

		buf_reset(&what);
		if (o != NULL) {
			rec_diff(&what, k, o, n, "");
			if (k == CAT_PROC)
				subs_diff(&what, o, n);
			if (what.len == 0)
				continue;
			ch.what = buf_cstr(&what);
		}
		rc = fn(arg, &ch);
	}
	for (i = 0; withdraw && i < db->n && rc == 0; i++) {
		const struct cat_rec *o = &db->r[i];
		struct cat_change ch = { CAT_WITHDRAW, k, o->v[0], 0, "", o, NULL };

		if (cat_find(file, o->v[0]) == NULL)
			rc = fn(arg, &ch);
	}
	buf_free(&what);
	return rc;
}

int
catalogue_diff(const struct catalogue *db, const struct catalogue *file, cat_change_fn fn, void *arg)
{
	int	 rc;

	if ((rc = list_diff(CAT_UNIT, &db->units, &file->units, false, fn, arg)) != 0 ||
	    (rc = list_diff(CAT_FIELD, &db->fields, &file->fields, false, fn, arg)) != 0)
		return rc;
	return list_diff(CAT_PROC, &db->procs, &file->procs, true, fn, arg);
}
