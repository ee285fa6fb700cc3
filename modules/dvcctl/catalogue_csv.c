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
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <libxml/tree.h>

/* libxml2's BAD_CAST casts const away. */
#undef BAD_CAST
#define BAD_CAST (const xmlChar *)

#include "dvc.h"
#include "catalogue.h"
#include "dvcctl.h"

#define CSV_MAX_FILE	(64L * 1024 * 1024)
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

int
csv_export(const struct catalogue *c, const char *file)
{
	struct buf	 b = { 0 };
	FILE		*f;
	size_t		 i, j;
	unsigned	 k, s;
	int		 rc = 0;

	for (k = 0; k < CAT__KINDS; k++) {
		buf_printf(&b, "#%s%s", cat_tables[k].name, k >= CAT_COMPONENT ? ",procedure" : "");
		for (i = 0; i < cat_tables[k].ncols; i++)
			buf_printf(&b, ",%s", cat_tables[k].cols[i].name);
		buf_puts(&b, "\r\n");
	}
	for (i = 0; i < c->units.n; i++)
		put_row(&b, CAT_UNIT, NULL, &c->units.r[i]);
	for (i = 0; i < c->fields.n; i++)
		put_row(&b, CAT_FIELD, NULL, &c->fields.r[i]);
	for (i = 0; i < c->procs.n; i++) {
		put_row(&b, CAT_PROC, NULL, &c->procs.r[i]);
		for (s = 0; s < CAT__SUBS; s++)
			for (j = 0; j < c->procs.r[i].sub[s].n; j++)
				put_row(&b, cat_sub_kind[s], c->procs.r[i].v[0], &c->procs.r[i].sub[s].r[j]);
	}
	f = strcmp(file, "-") == 0 ? stdout : fopen(file, "wb");
	if (f == NULL || fwrite(b.data, 1, b.len, f) != b.len || (f != stdout && fclose(f) != 0)) {
		log_warn("%s: cannot write: %s", file, strerror(errno));
		rc = 1;
	}
	buf_free(&b);
	return rc;
}

/* The columns each header row named, by kind. */
struct headers {
	bool	 seen[CAT__KINDS];
	int	 col[CAT__KINDS][CSV_MAX_FIELDS];
	unsigned n[CAT__KINDS];
};

typedef void	(*problem_fn)(void *, unsigned, const char *);

static int
kind_of(const char *name)
{
	int	 k;

	for (k = 0; k < CAT__KINDS; k++)
		if (strcmp(cat_tables[k].name, name) == 0)
			return k;
	return -1;
}

static void
header(struct headers *h, const struct csv_row *row, problem_fn fn, void *arg)
{
	char	 what[200];
	int	 k = kind_of(csv_field(row, 0) + 1), c;
	unsigned i, j;

	if (k < 0) {
		snprintf(what, sizeof(what), "unknown kind of row %.60s", csv_field(row, 0));
		fn(arg, row->line, what);
		return;
	}
	h->seen[k] = true;
	h->n[k] = row->n;
	for (i = 1; i < row->n; i++) {
		const char *name = csv_field(row, i);

		c = k >= CAT_COMPONENT && strcmp(name, "procedure") == 0 ? PROC_COL : cat_col(k, name);
		h->col[k][i] = c;
		if (c == -1) {
			snprintf(what, sizeof(what), "%s: unknown column %.60s", cat_tables[k].name, name);
			fn(arg, row->line, what);
		}
		for (j = 1; j < i; j++)
			if (c != -1 && h->col[k][j] == c) {
				snprintf(what, sizeof(what), "%s: column %.60s named twice", cat_tables[k].name, name);
				fn(arg, row->line, what);
			}
	}
}

/* The element of a data row, its attributes then its elements in the schema's order. */
static void
record(xmlNodePtr root, xmlNodePtr *proc, const struct headers *h, const struct csv_row *row,
    problem_fn fn, void *arg)
{
	const char		*v[CAT_MAX_COLS] = { 0 }, *code = NULL;
	const struct cat_table	*t;
	xmlNodePtr		 parent = root, e, x;
	unsigned short		 line = row->line > 65535 ? 65535 : (unsigned short)row->line;
	char			 what[200];
	int			 k = kind_of(csv_field(row, 0));
	unsigned		 i;

	if (k < 0 || !h->seen[k]) {
		snprintf(what, sizeof(what), k < 0 ? "unknown kind of row %.60s" :
		    "a %.60s row before its header row", csv_field(row, 0));
		fn(arg, row->line, what);
		return;
	}
	t = &cat_tables[k];
	if (row->n > h->n[k]) {
		fn(arg, row->line, "more fields than its header row names");
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
			fn(arg, row->line, "a component, fee or receiver row must follow its procedure's row"
			    " and name its code in the column procedure");
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
csv_document(const char *file, problem_fn fn, void *arg)
{
	struct headers	 h;
	struct csv	 c;
	struct csv_row	 row = { 0 };
	struct stat	 st;
	xmlDocPtr	 doc = NULL;
	xmlNodePtr	 root, proc = NULL;
	FILE		*f;
	char		*text = NULL;
	int		 rc;

	memset(&h, 0, sizeof(h));
	if ((f = fopen(file, "rb")) == NULL || fstat(fileno(f), &st) != 0 ||
	    st.st_size > CSV_MAX_FILE) {
		fn(arg, 0, f == NULL ? strerror(errno) : "cannot be read, or over 64 MB");
		goto done;
	}
	text = xmalloc((size_t)st.st_size + 1);
	if (fread(text, 1, (size_t)st.st_size, f) != (size_t)st.st_size) {
		fn(arg, 0, "cannot be read");
		goto done;
	}
	doc = xmlNewDoc(BAD_CAST "1.0");
	root = xmlNewDocNode(doc, NULL, BAD_CAST "catalogue", NULL);
	xmlDocSetRootElement(doc, root);
	xmlNewProp(root, BAD_CAST "version", BAD_CAST "1");
	csv_init(&c, text, (size_t)st.st_size);
	while ((rc = csv_next(&c, &row)) == 1) {
		if (row.n == 1 && *csv_field(&row, 0) == '\0')
			continue;
		if (*csv_field(&row, 0) == '#')
			header(&h, &row, fn, arg);
		else
			record(root, &proc, &h, &row, fn, arg);
	}
	if (rc < 0) {
		fn(arg, row.line, row.error);
		xmlFreeDoc(doc);
		doc = NULL;
	}
done:
	if (f != NULL)
		fclose(f);
	free(text);
	csv_row_free(&row);
	return doc;
}
