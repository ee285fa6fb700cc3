/*
 * page.c — building the page document. All data goes in as element text or attribute
 * values through libxml2, which escapes it; nothing is pasted into markup by hand.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "private.h"

xmlNodePtr
xml_elem(xmlNodePtr parent, const char *name)
{
	return xmlNewChild(parent, NULL, (const xmlChar *)name, NULL);
}

xmlNodePtr
xml_text(xmlNodePtr parent, const char *name, const char *text)
{
	return xmlNewTextChild(parent, NULL, (const xmlChar *)name, (const xmlChar *)text);
}

void
xml_attr(xmlNodePtr node, const char *name, const char *value)
{
	xmlNewProp(node, (const xmlChar *)name, (const xmlChar *)value);
}

void
xml_attr_uint(xmlNodePtr node, const char *name, unsigned long long value)
{
	char	 s[24];

	snprintf(s, sizeof(s), "%llu", value);
	xml_attr(node, name, s);
}

/* Appends <name><line>…</line>…</name>, one line per non-blank line of text. */
static void
xml_lines(xmlNodePtr parent, const char *name, const char *text, size_t len)
{
	xmlNodePtr	 list = xml_elem(parent, name);
	const char	*p = text, *end = text + len, *nl;
	char		*line;

	while (p < end) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		while (p < nl && (*p == ' ' || *p == '\r' || *p == '\t'))
			p++;
		if (p < nl) {
			size_t n = (size_t)(nl - p);

			while (n > 0 && (p[n - 1] == '\r' || p[n - 1] == ' '))
				n--;
			line = xstrndup(p, n);
			xml_text(list, "line", line);
			free(line);
		}
		p = nl + 1;
	}
}

struct rows_ctx {
	xmlNodePtr	 parent;
	const char	*rowname;
};

/* A column aliased "x_lines" becomes <x> with one <line> per line of its text; one aliased
 * "_…" is the statement's own (the list of a row of a UNION, its place), not shown. */
xmlNodePtr
xml_row_append(xmlNodePtr parent, const char *rowname, unsigned ncols, const char *const *names,
    char *const *cols, const size_t *lens)
{
	xmlNodePtr	 row = xml_elem(parent, rowname);
	unsigned	 i;
	size_t		 nlen;
	char		 name[64];

	for (i = 0; i < ncols; i++) {
		if (cols[i] == NULL || names[i][0] == '_')
			continue;
		nlen = strlen(names[i]);
		if (nlen > 6 && nlen < sizeof(name) && strcmp(names[i] + nlen - 6, "_lines") == 0) {
			memcpy(name, names[i], nlen - 6);
			name[nlen - 6] = '\0';
			xml_lines(row, name, cols[i], lens[i]);
		} else
			xml_text(row, names[i], cols[i]);
	}
	return row;
}

static int
xml_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct rows_ctx	*ctx = arg;

	xml_row_append(ctx->parent, ctx->rowname, ncols, names, cols, lens);
	return 0;
}

long
xml_rows(xmlNodePtr parent, const char *rowname, size_t id, const struct db_arg *args)
{
	struct rows_ctx	 ctx = { parent, rowname };

	return db_exec(id, args, xml_row, &ctx);
}

long
xml_rows_kept(struct xml_kept *k, xmlNodePtr parent, const char *rowname, size_t id,
    const struct db_arg *args)
{
	long long	 v = data_version();
	xmlDocPtr	 doc;
	xmlNodePtr	 n;
	long		 rc;

	if (k->doc == NULL || v < 0 || v != k->version) {
		bool	 arena = xmlarena_pause();	/* kept: not from the request's memory */

		doc = xmlNewDoc((const xmlChar *)"1.0");
		xmlDocSetRootElement(doc, xmlNewDocNode(doc, NULL, (const xmlChar *)"rows", NULL));
		rc = xml_rows(xmlDocGetRootElement(doc), rowname, id, args);
		xmlarena_resume(arena);
		if (rc < 0) {
			xmlFreeDoc(doc);
			return rc;
		}
		if (k->doc != NULL)
			xmlFreeDoc(k->doc);
		k->doc = doc;
		/* While the database is away (no version) the rows serve this request only. */
		k->version = v < 0 ? -1 : v;
	}
	rc = 0;
	for (n = xmlDocGetRootElement(k->doc)->children; n != NULL; n = n->next, rc++)
		xmlAddChild(parent, xmlDocCopyNode(n, parent->doc, 1));
	if (k->version < 0) {
		xmlFreeDoc(k->doc);
		k->doc = NULL;
	}
	return rc;
}

static xmlNodePtr
form_node(struct request *r)
{
	if (r->form == NULL)
		r->form = xml_elem(r->root, "form");
	return r->form;
}

void
form_value(struct request *r, const char *name, const char *value)
{
	xml_attr(xml_text(form_node(r), "value", value), "name", name);
}

void
form_values(struct request *r)
{
	const struct param_spec	*spec;
	size_t			 i;

	for (i = 0; i < r->nparams; i++) {
		for (spec = r->route->params; spec->name != NULL && spec->name != r->params[i].name; spec++)
			;
		if (spec->name != NULL && spec->type != P_SECRET)
			form_value(r, r->params[i].name, r->params[i].value);
	}
}

void
xml_msg(xmlNodePtr node, const char *code)
{
	xml_attr(node, "code", code);
}

xmlNodePtr
form_error(struct request *r, const char *name, const char *code)
{
	xmlNodePtr	 e = xml_elem(form_node(r), "error");

	xml_attr(e, "name", name);
	xml_msg(e, code);
	r->nerrors++;
	return e;
}

int32_t
form_day(struct request *r, const char *name)
{
	const char	*s = req_str(r, name, ""), *err;
	struct tm	 tm;

	if (*s == '\0')
		return -1;
	if ((err = valid_date(s, &tm)) != NULL) {
		form_error(r, name, err);
		return -1;
	}
	return workcal_date(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

const char *
row_get(unsigned ncols, const char *const *names, char *const *cols, const char *name)
{
	unsigned	 i;

	for (i = 0; i < ncols; i++)
		if (strcmp(names[i], name) == 0)
			return cols[i];
	return NULL;
}
