/*
 * procedures_read.c — one version of a procedure read as a catalogue record (core's
 * catalogue.h), shown as a form's values or as a read-only <procedure>; the form's choices;
 * who writes, and what follows a change (procedures.h).
 */
#include <stdio.h>
#include <string.h>

#include "dvc.h"
#include "admin.h"
#include "procedures.h"

struct reading {
	struct cat_list	*list;
	struct cat_rec	*p;
	enum cat_kind	 kind;
	enum cat_sub	 sub;
	bool		 current;
};

/* id, version, the columns of the procedure, is_current (STMT_PROC_ROW). */
static int
row_proc(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct reading	*rd = arg;
	unsigned	 i, n = cat_tables[CAT_PROC].ncols;

	(void)names;
	if (ncols != n + 3)
		log_fatal("admin: procedure: %u columns read", ncols);
	rd->p = cat_add(rd->list, CAT_PROC, 0);
	rd->p->id = num(cols[0]);
	rd->p->version = num(cols[1]);
	for (i = 0; i < n; i++)
		cat_set(rd->p, i, cols[i + 2] ? cols[i + 2] : "", cols[i + 2] ? lens[i + 2] : 0);
	rd->current = num(cols[n + 2]) == 1;
	return 0;
}

/* An item of one of its lists, in cat_tables' order of columns. */
static int
row_item(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct reading	*rd = arg;
	struct cat_rec	*it;
	unsigned	 i;

	(void)names;
	if (ncols != cat_tables[rd->kind].ncols)
		log_fatal("admin: %s: %u columns read", cat_tables[rd->kind].name, ncols);
	it = cat_add(&rd->p->sub[rd->sub], rd->kind, 0);
	for (i = 0; i < ncols; i++)
		cat_set(it, i, cols[i] ? cols[i] : "", cols[i] ? lens[i] : 0);
	return 0;
}

long
proc_read(const char *code, long long version, struct cat_list *list, bool *current)
{
	static const size_t	 st[CAT__SUBS] = { STMT_PROC_COMPONENTS, STMT_PROC_FEES,
	    STMT_PROC_EXEMPTIONS, STMT_PROC_RECEIVERS };
	struct reading		 rd = { list, NULL, CAT_PROC, 0, false };
	struct db_arg		 args[] = { DB_S(code), DB_I(version), DB_I(version), DB_END_ };
	long			 rc;
	unsigned		 s;

	if ((rc = db_exec(STMT_PROC_ROW, args, row_proc, &rd)) <= 0)
		return rc;
	for (s = 0; s < CAT__SUBS; s++) {
		struct db_arg	 id[] = { DB_I(rd.p->id), DB_END_ };

		rd.sub = s;
		rd.kind = cat_sub_kind[s];
		if ((rc = db_exec(st[s], id, row_item, &rd)) < 0)
			return rc;
	}
	*current = rd.current;
	return 1;
}

void
proc_form_values(struct request *r, const struct cat_rec *p, const unsigned extra[CAT__SUBS])
{
	const struct cat_table	*t = &cat_tables[CAT_PROC];
	xmlNodePtr		 rows = xml_elem(r->root, "rows");
	char			 name[80], n[16];
	unsigned		 c, s;
	size_t			 i;

	for (c = 0; c < t->ncols; c++)
		form_value(r, t->cols[c].name, p->v[c]);
	for (s = 0; s < CAT__SUBS; s++) {
		const struct cat_list	*l = &p->sub[s];
		const struct cat_table	*st = &cat_tables[cat_sub_kind[s]];
		xmlNodePtr		 e = xml_elem(rows, "list");

		xml_attr(e, "name", cat_sub_name[s]);
		snprintf(n, sizeof(n), "%zu", l->n + extra[s]);
		xml_attr(e, "n", n);
		for (i = 0; i < l->n; i++)
			for (c = 0; c < st->ncols; c++) {
				snprintf(name, sizeof(name), "%s.%zu.%s", cat_sub_name[s], i + 1, st->cols[c].name);
				form_value(r, name, l->r[i].v[c]);
			}
	}
}

void
proc_xml(xmlNodePtr parent, const struct cat_rec *p)
{
	const struct cat_table	*t = &cat_tables[CAT_PROC];
	xmlNodePtr		 e = xml_elem(parent, "procedure");
	unsigned		 c, s;
	size_t			 i;

	xml_attr_uint(e, "version", (unsigned long long)p->version);
	for (c = 0; c < t->ncols; c++)
		xml_text(e, t->cols[c].name, p->v[c]);
	for (s = 0; s < CAT__SUBS; s++) {
		const struct cat_table	*st = &cat_tables[cat_sub_kind[s]];
		xmlNodePtr		 l = xml_elem(e, cat_sub_name[s]);

		for (i = 0; i < p->sub[s].n; i++) {
			xmlNodePtr it = xml_elem(l, "item");

			for (c = 0; c < st->ncols; c++)
				xml_text(it, st->cols[c].name, p->sub[s].r[i].v[c]);
		}
	}
}

long
proc_choices(struct request *r)
{
	long	 rc;

	if ((rc = xml_rows(xml_elem(r->root, "fields"), "field", STMT_PROC_FIELDS, NULL)) < 0)
		return rc;
	forms_list_xml(r, r->root);	/* the templates a component may name (forms.c) */
	return xml_rows(xml_elem(r->root, "agencies"), "agency", STMT_PROC_AGENCIES, NULL);
}

void
proc_changed(const char *code)
{
	size_t	 n;

	/* The change is committed: a failure here leaves the old index, logged, until the next
	 * change or dvcctl reindex. */
	if (catalogue_reindex(&n) != 0)
		log_warn("admin: procedure %s saved, but the search index was not rebuilt", code);
}
