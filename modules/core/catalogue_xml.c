/*
 * catalogue_xml.c — the catalogue as the XML file of its export and import (dvcctl catalogue,
 * dvc-admin's import and export; sql/catalogue.rng): written from the records of
 * catalogue.c, and read back into them from a document the schema has accepted.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xmlwriter.h>

/* libxml2's BAD_CAST casts const away. */
#undef BAD_CAST
#define BAD_CAST (const xmlChar *)

#include "dvc.h"
#include "catalogue.h"

#define CATALOGUE_FORMAT	"1"

static int
write_rec(xmlTextWriterPtr w, enum cat_kind k, const struct cat_rec *r)
{
	const struct cat_table	*t = &cat_tables[k];
	unsigned		 i;
	int			 rc = xmlTextWriterStartElement(w, BAD_CAST t->name);

	for (i = 0; rc >= 0 && i < t->ncols; i++)
		if (!(t->cols[i].flags & CAT_ELEM) && *r->v[i] != '\0')
			rc = xmlTextWriterWriteAttribute(w, BAD_CAST t->cols[i].name, BAD_CAST r->v[i]);
	for (i = 0; rc >= 0 && i < t->ncols; i++)
		if ((t->cols[i].flags & CAT_ELEM) && *r->v[i] != '\0')
			rc = xmlTextWriterWriteElement(w, BAD_CAST t->cols[i].name, BAD_CAST r->v[i]);
	return rc;
}

int
catalogue_xml_write(const struct catalogue *c, struct buf *out)
{
	xmlBufferPtr		 xb;
	xmlTextWriterPtr	 w;
	size_t			 i, j;
	unsigned		 s;
	int			 rc;

	if ((xb = xmlBufferCreate()) == NULL || (w = xmlNewTextWriterMemory(xb, 0)) == NULL)
		log_fatal("libxml2: out of memory");
	xmlTextWriterSetIndent(w, 1);
	xmlTextWriterSetIndentString(w, BAD_CAST "  ");
	rc = xmlTextWriterStartDocument(w, NULL, "UTF-8", NULL);
	if (rc >= 0)
		rc = xmlTextWriterWriteComment(w, BAD_CAST " DVC catalogue: the schema is sql/catalogue.rng"
		    " (dvcctl catalogue import checks it) ");
	if (rc >= 0)
		rc = xmlTextWriterStartElement(w, BAD_CAST "catalogue");
	if (rc >= 0)
		rc = xmlTextWriterWriteAttribute(w, BAD_CAST "version", BAD_CAST CATALOGUE_FORMAT);
	for (i = 0; rc >= 0 && i < c->units.n; i++)
		if ((rc = write_rec(w, CAT_UNIT, &c->units.r[i])) >= 0)
			rc = xmlTextWriterEndElement(w);
	for (i = 0; rc >= 0 && i < c->fields.n; i++)
		if ((rc = write_rec(w, CAT_FIELD, &c->fields.r[i])) >= 0)
			rc = xmlTextWriterEndElement(w);
	for (i = 0; rc >= 0 && i < c->procs.n; i++) {
		const struct cat_rec *p = &c->procs.r[i];

		rc = write_rec(w, CAT_PROC, p);
		for (s = 0; rc >= 0 && s < CAT__SUBS; s++)
			for (j = 0; rc >= 0 && j < p->sub[s].n; j++)
				if ((rc = write_rec(w, cat_sub_kind[s], &p->sub[s].r[j])) >= 0)
					rc = xmlTextWriterEndElement(w);
		if (rc >= 0)
			rc = xmlTextWriterEndElement(w);
	}
	if (rc >= 0)
		rc = xmlTextWriterEndDocument(w);
	xmlFreeTextWriter(w);	/* flushes into xb */
	if (rc >= 0)
		buf_put(out, xmlBufferContent(xb), (size_t)xmlBufferLength(xb));
	else
		log_warn("catalogue: the XML could not be written");
	xmlBufferFree(xb);
	return rc < 0 ? -1 : 0;
}

/* ------------------------------------------------------------------ XML in */

static void
rec_from_node(struct cat_rec *r, enum cat_kind k, xmlNodePtr n)
{
	const struct cat_table	*t = &cat_tables[k];
	xmlNodePtr		 e;
	xmlChar			*v;
	unsigned		 i;

	for (i = 0; i < t->ncols; i++) {
		v = NULL;
		if (!(t->cols[i].flags & CAT_ELEM))
			v = xmlGetProp(n, BAD_CAST t->cols[i].name);
		else
			for (e = n->children; e != NULL && v == NULL; e = e->next)
				if (e->type == XML_ELEMENT_NODE && xmlStrcmp(e->name, BAD_CAST t->cols[i].name) == 0)
					v = xmlNodeGetContent(e);
		if (v != NULL)
			cat_set(r, i, (const char *)v, strlen((const char *)v));
		xmlFree(v);
	}
}

/* The sets of MariaDB (channels, applicant_kinds) in the order it keeps them. */
static void
normalise_set(struct cat_rec *r, int col, const char *const *order)
{
	struct buf	 b = { 0 };
	char		 item[32];
	const char	*s;
	size_t		 n;

	for (; *order != NULL; order++)
		for (s = r->v[col]; *s != '\0'; s += n + (s[n] == ',')) {
			n = strcspn(s, ",");
			snprintf(item, sizeof(item), "%.*s", (int)(n < 31 ? n : 31), s);
			if (strcmp(item, *order) == 0) {
				buf_printf(&b, "%s%s", b.len ? "," : "", *order);
				break;
			}
		}
	cat_set(r, (unsigned)col, buf_cstr(&b), b.len);
	buf_free(&b);
}

/* The catalogue of a valid document. */
void
catalogue_from_xml(xmlDocPtr doc, struct catalogue *c)
{
	static const char *const channels[] = { "counter", "online", "postal", NULL };
	static const char *const kinds[] = { "citizen", "organisation", NULL };
	xmlNodePtr	 n, e;
	struct cat_rec	*r;

	memset(c, 0, sizeof(*c));
	for (n = xmlDocGetRootElement(doc)->children; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (xmlStrcmp(n->name, BAD_CAST "unit") == 0)
			rec_from_node(cat_add(&c->units, CAT_UNIT, (unsigned)xmlGetLineNo(n)), CAT_UNIT, n);
		else if (xmlStrcmp(n->name, BAD_CAST "field") == 0)
			rec_from_node(cat_add(&c->fields, CAT_FIELD, (unsigned)xmlGetLineNo(n)), CAT_FIELD, n);
		else {
			r = cat_add(&c->procs, CAT_PROC, (unsigned)xmlGetLineNo(n));
			rec_from_node(r, CAT_PROC, n);
			normalise_set(r, cat_col(CAT_PROC, "channels"), channels);
			normalise_set(r, cat_col(CAT_PROC, "applicant_kinds"), kinds);
			for (e = n->children; e != NULL; e = e->next) {
				unsigned s;

				for (s = 0; e->type == XML_ELEMENT_NODE && s < CAT__SUBS; s++)
					if (xmlStrcmp(e->name, BAD_CAST cat_tables[cat_sub_kind[s]].name) == 0) {
						rec_from_node(cat_add(&r->sub[s], cat_sub_kind[s],
						    (unsigned)xmlGetLineNo(e)), cat_sub_kind[s], e);
						break;
					}
			}
		}
	}
}
