/*
 * fuzz-csv.c — libFuzzer harness for the catalogue's CSV reader (csv.c) and the document core
 * makes of a CSV catalogue (catalogue_csv.c), which dvcctl catalogue import and dvc-admin's
 * upload run over a file an administrator was sent.
 *
 * Every record read must have 1 to CSV_MAX_FIELDS fields, each valid UTF-8, its line never
 * before the previous one; the records written again with csv_put() must read back as the
 * same fields (a round trip), up to the record the reader refused, if any. The document is
 * made exactly when the text is CSV, with a <catalogue version="1"> root whose elements are
 * the kinds of records, each with the line of its row; every problem reported is one of the
 * table's, with a line. Any broken invariant abort()s.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "catalogue.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
problem(void *arg, const struct cat_problem *p)
{
	(void)arg;
	if (p->id <= CATP_NONE || p->id >= CATP__MAX || cat_problems[p->id].msg == NULL || p->line < 1)
		abort();
}

/* Each element below root with a line: records (depth 1), a procedure's records or a
 * record's columns (2), the columns of a procedure's records (3), and nothing deeper. */
static void
document_check(xmlNodePtr n, int depth)
{
	for (; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (xmlGetLineNo(n) < 1 || depth > 3)
			abort();
		document_check(n->children, depth + 1);
	}
}

/* The document of the text: made when csv_next() read it all (rc 0), NULL when it refused. */
static void
document(const uint8_t *data, size_t size, int rc)
{
	xmlDocPtr	 doc = catalogue_csv_document((const char *)data, size, problem, NULL);
	xmlNodePtr	 root;

	if ((doc == NULL) != (rc == -1))
		abort();
	if (doc == NULL)
		return;
	root = xmlDocGetRootElement(doc);
	if (root == NULL || xmlStrcmp(root->name, (const xmlChar *)"catalogue") != 0)
		abort();
	document_check(root->children, 1);
	xmlFreeDoc(doc);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct csv	 c, c2;
	struct csv_row	 row = { 0 }, row2 = { 0 };
	struct buf	 again = { 0 }, fields = { 0 };
	unsigned	 i, last = 0, nrows = 0, k;
	int		 rc;

	csv_init(&c, (const char *)data, size);
	while ((rc = csv_next(&c, &row)) == 1) {
		if (row.n < 1 || row.n > CSV_MAX_FIELDS || row.line < last || row.line < 1)
			abort();
		last = row.line;
		for (i = 0; i < row.n; i++) {
			const char *f = csv_field(&row, i);

			if (!text_valid_utf8(f, strlen(f)))
				abort();
			if (i > 0)
				buf_putc(&again, ',');
			csv_put(&again, f);
			buf_put(&fields, f, strlen(f) + 1);
		}
		buf_puts(&again, "\r\n");
		nrows++;
	}
	if (rc == -1 && (row.error <= CATP_NONE || row.error >= CATP__MAX))
		abort();
	document(data, size, rc);
	/* The round trip: the same records, the same fields. */
	csv_init(&c2, again.data ? again.data : "", again.len);
	{
		size_t off = 0;

		for (k = 0; k < nrows; k++) {
			if (csv_next(&c2, &row2) != 1)
				abort();
			for (i = 0; i < row2.n; i++) {
				const char *f = csv_field(&row2, i);
				size_t n = strlen(f) + 1;

				if (off + n > fields.len || memcmp(fields.data + off, f, n) != 0)
					abort();
				off += n;
			}
		}
		if (off != fields.len || csv_next(&c2, &row2) != 0)
			abort();
	}
	csv_row_free(&row);
	csv_row_free(&row2);
	buf_free(&again);
	buf_free(&fields);
	return 0;
}
