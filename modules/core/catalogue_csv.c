/*
 * catalogue_csv.c — the catalogue as one CSV file, for a spreadsheet: every record a row
 * whose first field is its kind (unit, field, procedure, component, fee, exemption,
 * receiver), after a header row per kind whose first field is the kind after "#" and whose other fields name the
 * columns of that kind's rows (those of sql/catalogue.rng's attributes and elements, in any
 * order; a column left out takes its default). Units first, then fields, then each procedure
 * followed by its components, fees, exemptions and receivers, in their order, each naming
 * its procedure's code in the column "procedure". An empty field is a value left out.
 *
 *   #unit,code,parent,kind,sort,phone,email,name,place,address
 *   unit,000.00.10.H56,000.00.00.H56,department,10,0237 3852 116,stp@…,Sở Tư pháp …,,Số 37 …
 *   #procedure,code,field,agency,…
 *   #fee,procedure,kind,amount,amount_online,unit,stage,optional,name,note
 *   procedure,1.001193.000.00.00.H56,G15-TP07,000.01.30.H56,…
 *   fee,1.001193.000.00.00.H56,le_phi,0,,fixed,submission,0,Lệ phí …,Miễn …
 *
 * An import turns the rows into the document the XML would be (each element with the row's
 * line) and checks it against the same schema.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

/* libxml2's BAD_CAST casts const away. */
#undef BAD_CAST
#define BAD_CAST (const xmlChar *)

#include "dvc.h"
#include "catalogue.h"

#define PROC_COL	(-2)	/* a list's row: its procedure's code */

static void
put_row(struct buf *b, enum cat_kind k, const char *proc, const struct cat_rec *r)
{
	unsigned	 i;

	buf_puts(b, cat_tables[k].name);
	if (proc != NULL) {
		buf_putc(b, ',');
		csv_put(b, proc);
	}
	for (i = 0; i < cat_tables[k].ncols; i++) {
		buf_putc(b, ',');
		csv_put(b, r->v[i]);
	}
	buf_puts(b, "\r\n");
}

void
catalogue_csv_write(const struct catalogue *c, struct buf *b)
{
	size_t		 i, j;
	unsigned	 k, s;

	for (k = 0; k < CAT__KINDS; k++) {
		buf_printf(b, "#%s%s", cat_tables[k].name, k >= CAT_COMPONENT ? ",procedure" : "");
		for (i = 0; i < cat_tables[k].ncols; i++)
			buf_printf(b, ",%s", cat_tables[k].cols[i].name);
		buf_puts(b, "\r\n");
	}
	for (i = 0; i < c->units.n; i++)
		put_row(b, CAT_UNIT, NULL, &c->units.r[i]);
	for (i = 0; i < c->fields.n; i++)
		put_row(b, CAT_FIELD, NULL, &c->fields.r[i]);
	for (i = 0; i < c->procs.n; i++) {
		put_row(b, CAT_PROC, NULL, &c->procs.r[i]);
		for (s = 0; s < CAT__SUBS; s++)
			for (j = 0; j < c->procs.r[i].sub[s].n; j++)
				put_row(b, cat_sub_kind[s], c->procs.r[i].v[0], &c->procs.r[i].sub[s].r[j]);
	}
}

/* The columns each header row named, by kind. */
struct headers {
	bool	 seen[CAT__KINDS];
	int	 col[CAT__KINDS][CSV_MAX_FIELDS];
	unsigned n[CAT__KINDS];
};

static int
kind_of(const char *name)
{
	int	 k;

	for (k = 0; k < CAT__KINDS; k++)
		if (strcmp(cat_tables[k].name, name) == 0)
			return k;
	return -1;
}

/* Reports problem id of row, about a row of kind (NULL: none) naming name. */
static void
problem(cat_problem_fn fn, void *arg, enum cat_problem_id id, const struct csv_row *row,
    const char *kind, const char *name)
{
	struct cat_problem p = { id, row->line, kind, NULL, name, 0, NULL };

	fn(arg, &p);
}

static void
header(struct headers *h, const struct csv_row *row, cat_problem_fn fn, void *arg)
{
	int	 k = kind_of(csv_field(row, 0) + 1), c;
	unsigned i, j;

	if (k < 0) {
		problem(fn, arg, CATP_CSV_KIND, row, NULL, csv_field(row, 0));
		return;
	}
	h->seen[k] = true;
	h->n[k] = row->n;
	for (i = 1; i < row->n; i++) {
		const char *name = csv_field(row, i);

		c = k >= CAT_COMPONENT && strcmp(name, "procedure") == 0 ? PROC_COL : cat_col(k, name);
		h->col[k][i] = c;
		if (c == -1)
			problem(fn, arg, CATP_CSV_COLUMN, row, cat_tables[k].name, name);
		for (j = 1; j < i; j++)
			if (c != -1 && h->col[k][j] == c)
				problem(fn, arg, CATP_CSV_COLUMN_TWICE, row, cat_tables[k].name, name);
	}
}

/* The element of a data row, its attributes then its elements in the schema's order. */
static void
record(xmlNodePtr root, xmlNodePtr *proc, const struct headers *h, const struct csv_row *row,
    cat_problem_fn fn, void *arg)
{
	const char		*v[CAT_MAX_COLS] = { 0 }, *code = NULL;
	const struct cat_table	*t;
	xmlNodePtr		 parent = root, e, x;
	unsigned short		 line = row->line > 65535 ? 65535 : (unsigned short)row->line;
	int			 k = kind_of(csv_field(row, 0));
	unsigned		 i;

	if (k < 0 || !h->seen[k]) {
		if (k < 0)
			problem(fn, arg, CATP_CSV_KIND, row, NULL, csv_field(row, 0));
		else
			problem(fn, arg, CATP_CSV_BEFORE_HEADER, row, cat_tables[k].name, NULL);
		return;
	}
	t = &cat_tables[k];
	if (row->n > h->n[k]) {
		problem(fn, arg, CATP_CSV_EXTRA, row, t->name, NULL);
		return;
	}
	for (i = 1; i < row->n; i++)
		if (h->col[k][i] == PROC_COL)
			code = csv_field(row, i);
		else if (h->col[k][i] >= 0 && *csv_field(row, i) != '\0')
			v[h->col[k][i]] = csv_field(row, i);
	if (k >= CAT_COMPONENT) {
		xmlChar *pc = *proc ? xmlGetProp(*proc, BAD_CAST "code") : NULL;

		if (pc == NULL || code == NULL || strcmp((const char *)pc, code) != 0) {
			problem(fn, arg, CATP_CSV_ORPHAN, row, t->name, code);
			xmlFree(pc);
			return;
		}
		xmlFree(pc);
		parent = *proc;
	}
	e = xmlNewChild(parent, NULL, BAD_CAST t->name, NULL);
	e->line = line;
	if (k == CAT_PROC)
		*proc = e;
	for (i = 0; i < t->ncols; i++)
		if (v[i] != NULL && !(t->cols[i].flags & CAT_ELEM))
			xmlNewProp(e, BAD_CAST t->cols[i].name, BAD_CAST v[i]);
	for (i = 0; i < t->ncols; i++)
		if (v[i] != NULL && (t->cols[i].flags & CAT_ELEM)) {
			x = xmlNewTextChild(e, NULL, BAD_CAST t->cols[i].name, BAD_CAST v[i]);
			x->line = line;
		}
}

xmlDocPtr
catalogue_csv_document(const char *text, size_t len, cat_problem_fn fn, void *arg)
{
	struct headers	 h;
	struct csv	 c;
	struct csv_row	 row = { 0 };
	xmlDocPtr	 doc;
	xmlNodePtr	 root, proc = NULL;
	int		 rc;

	memset(&h, 0, sizeof(h));
	doc = xmlNewDoc(BAD_CAST "1.0");
	root = xmlNewDocNode(doc, NULL, BAD_CAST "catalogue", NULL);
	xmlDocSetRootElement(doc, root);
	xmlNewProp(root, BAD_CAST "version", BAD_CAST "1");
	csv_init(&c, text, len);
	while ((rc = csv_next(&c, &row)) == 1) {
		if (row.n == 1 && *csv_field(&row, 0) == '\0')
			continue;
		if (*csv_field(&row, 0) == '#')
			header(&h, &row, fn, arg);
		else
			record(root, &proc, &h, &row, fn, arg);
	}
	if (rc < 0) {
		struct cat_problem p = { row.error, row.line, NULL, NULL, NULL, CSV_MAX_FIELDS, NULL };

		fn(arg, &p);
		xmlFreeDoc(doc);
		doc = NULL;
	}
	csv_row_free(&row);
	return doc;
}
