/*
 * catalogue_read.c — a catalogue file read (catalogue.h), for dvcctl catalogue import and
 * dvc-admin's upload alike: XML parsed by libxml2 without the network, or CSV turned into the
 * document the XML would be, then checked against the published schema
 * (conf.sql_dir/catalogue.rng, compiled once), then read into records. Each problem goes to
 * the caller with its line: libxml2's own words become the detail of import.not_xml or
 * import.schema.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/relaxng.h>

#include "dvc.h"
#include "catalogue.h"
#include "private.h"

/* The worker's, read at its first import (or its start: dvc-admin) and kept. */
static xmlRelaxNGPtr	 schema;
static char		*schema_text;
static size_t		 schema_len;

void
catalogue_schema_init(void)
{
	xmlRelaxNGParserCtxtPtr	 pc;
	char			 path[1024];
	FILE			*f;
	long			 n;
	bool			 arena;

	if (schema != NULL)
		return;
	snprintf(path, sizeof(path), "%s/catalogue.rng", conf.sql_dir);
	if ((f = fopen(path, "rb")) == NULL || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) <= 0 ||
	    fseek(f, 0, SEEK_SET) != 0)
		log_fatal("%s: %s", path, f == NULL ? strerror(errno) : "cannot be read");
	schema_text = xmalloc((size_t)n + 1);
	if (fread(schema_text, 1, (size_t)n, f) != (size_t)n)
		log_fatal("%s: cannot be read", path);
	fclose(f);
	schema_text[n] = '\0';
	schema_len = (size_t)n;
	arena = xmlarena_pause();	/* kept: not from the request's memory */
	if ((pc = xmlRelaxNGNewMemParserCtxt(schema_text, (int)n)) == NULL ||
	    (schema = xmlRelaxNGParse(pc)) == NULL)
		log_fatal("%s: the schema does not load", path);
	xmlRelaxNGFreeParserCtxt(pc);
	xmlarena_resume(arena);
}

const char *
catalogue_schema_text(size_t *len)
{
	catalogue_schema_init();
	*len = schema_len;
	return schema_text;
}

/* A read in progress: where its problems go, and what libxml2's errors are now. */
struct reading {
	cat_problem_fn		 fn;
	void			*arg;
	unsigned		 n;
	enum cat_problem_id	 libxml;	/* CATP_NOT_XML, then CATP_SCHEMA */
};

static void
report(void *arg, const struct cat_problem *p)
{
	struct reading	*rd = arg;

	rd->fn(rd->arg, p);
	rd->n++;
}

/* libxml2's parser and RELAX NG validator report here, with the line of each error. */
static void
xml_problem(void *arg, xmlErrorPtr e)
{
	struct reading	*rd = arg;
	struct cat_problem p = { rd->libxml, 0, NULL, NULL, NULL, 0, NULL };
	char		 what[600];
	size_t		 n;

	if (e == NULL || e->level < XML_ERR_ERROR)
		return;
	/* Its words may quote the file's bytes: only text a page may hold. */
	n = e->message != NULL ? strlen(e->message) : 0;
	while (n > 0 && (e->message[n - 1] == '\n' || e->message[n - 1] == ' '))
		n--;
	log_escape(e->message != NULL ? e->message : "", n, what, sizeof(what));
	p.detail = what;
	p.line = e->line > 0 ? (unsigned)e->line : 0;
	if (rd->libxml == CATP_SCHEMA && e->node != NULL &&
	    ((xmlNodePtr)e->node)->type == XML_ELEMENT_NODE)
		p.name = (const char *)((xmlNodePtr)e->node)->name;
	report(rd, &p);
}

/* Checks doc against the published schema; the problems reported. */
static void
validate(xmlDocPtr doc, struct reading *rd)
{
	xmlRelaxNGValidCtxtPtr	 vc;

	if ((vc = xmlRelaxNGNewValidCtxt(schema)) == NULL)
		log_fatal("libxml2: out of memory");
	rd->libxml = CATP_SCHEMA;
	xmlRelaxNGSetValidStructuredErrors(vc, xml_problem, rd);
	if (xmlRelaxNGValidateDoc(vc, doc) != 0 && rd->n == 0) {
		struct cat_problem p = { CATP_SCHEMA, 0, NULL, NULL, NULL, 0,
		    "not valid against the catalogue's schema" };

		report(rd, &p);
	}
	xmlRelaxNGFreeValidCtxt(vc);
}

unsigned
catalogue_read(const char *text, size_t len, enum cat_format format, struct catalogue *c,
    cat_problem_fn fn, void *arg)
{
	struct reading	 rd = { fn, arg, 0, CATP_NOT_XML };
	xmlDocPtr	 doc = NULL;
	size_t		 blank;

	memset(c, 0, sizeof(*c));
	catalogue_schema_init();
	for (blank = 0; blank < len && text[blank] != '\0' && strchr(" \t\r\n", text[blank]); blank++)
		;
	if (blank == len) {
		struct cat_problem p = { CATP_EMPTY, 0, NULL, NULL, NULL, 0, NULL };

		report(&rd, &p);
		return rd.n;
	}
	if (len > (size_t)CATALOGUE_FILE_MAX_MB * 1024 * 1024 || len > (size_t)INT32_MAX) {
		struct cat_problem p = { CATP_TOO_BIG, 0, NULL, NULL, NULL, CATALOGUE_FILE_MAX_MB, NULL };

		report(&rd, &p);
		return rd.n;
	}
	xmlSetStructuredErrorFunc(&rd, xml_problem);
	if (format == CAT_FORMAT_CSV)
		doc = catalogue_csv_document(text, len, report, &rd);
	else
		doc = xmlReadMemory(text, (int)len, "catalogue.xml", NULL,
		    XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA);
	if (doc != NULL && rd.n == 0)
		validate(doc, &rd);
	xmlSetStructuredErrorFunc(NULL, NULL);
	if (doc == NULL && rd.n == 0) {
		struct cat_problem p = { CATP_NOT_XML, 0, NULL, NULL, NULL, 0, "cannot be read" };

		report(&rd, &p);
	}
	if (rd.n == 0)
		catalogue_from_xml(doc, c);
	xmlFreeDoc(doc);
	return rd.n;
}
