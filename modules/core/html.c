/*
 * html.c — a page's HTML from the result of its view, byte for byte what libxml2 2.9's
 * htmlDocContentDumpFormatOutput() writes without formatting (xsl:output method="html"
 * indent="no", as layout.xsl says), written straight into the page's buffer. libxml2's writer
 * copies every attribute value and text into a buffer of its own to escape it, URI-escapes
 * links through another, and goes through an output buffer: on an officer's inbox it took a
 * fifth of the rendering. A document with what the pages never hold (namespaces, an attribute
 * that is not text, an XML document) is left to libxml2 (html_write() says so, having written
 * nothing).
 */
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include "dvc.h"

/* libxml2's htmlBooleanAttrs: written without a value. */
static bool
boolean_attr(const xmlChar *name)
{
	static const char *const names[] = { "checked", "compact", "declare", "defer", "disabled",
	    "ismap", "multiple", "nohref", "noresize", "noshade", "nowrap", "readonly", "selected",
	    NULL };
	const char *const	*n;

	if (strchr("cdimnrsCDIMNRS", name[0]) == NULL)
		return false;	/* none starts so: most attributes are not looked up */
	for (n = names; *n != NULL; n++)
		if (xmlStrcasecmp((const xmlChar *)*n, name) == 0)
			return true;
	return false;
}

/*
 * xmlEncodeEntitiesInternal() of an HTML document: <, > and & as entities, bytes of UTF-8 as
 * they are, the controls XML does not allow left out; in an attribute, "<!--…-->" and "&{…}"
 * as they are (HTML 4's server-side includes and script entities).
 */
static void
escape(struct buf *out, const xmlChar *s, bool attr)
{
	const xmlChar	*run = s, *end;

	for (; *s != '\0'; s++) {
		if ((*s >= 0x20 && *s != '<' && *s != '>' && *s != '&') || *s == '\n' || *s == '\t' ||
		    *s == '\r')
			continue;
		buf_put(out, run, (size_t)(s - run));
		if (attr && *s == '<' && s[1] == '!' && s[2] == '-' && s[3] == '-' &&
		    (end = xmlStrstr(s, (const xmlChar *)"-->")) != NULL) {
			run = s;
			s = end + 2;
			continue;
		}
		if (attr && *s == '&' && s[1] == '{' && (end = xmlStrchr(s, '}')) != NULL) {
			run = s;
			s = end;
			continue;
		}
		if (*s == '<')
			buf_put(out, "&lt;", 4);
		else if (*s == '>')
			buf_put(out, "&gt;", 4);
		else if (*s == '&')
			buf_put(out, "&amp;", 5);
		run = s + 1;
	}
	buf_put(out, run, (size_t)(s - run));
}

/* xmlBufWriteQuotedString(): in double quotes, or single ones around a value that has double
 * ones, or double ones with &quot; when it has both. */
static void
quoted(struct buf *out, const char *v, size_t n)
{
	const char	*q = memchr(v, '"', n);
	size_t		 i;

	if (q == NULL || memchr(v, '\'', n) == NULL) {
		buf_putc(out, q == NULL ? '"' : '\'');
		buf_put(out, v, n);
		buf_putc(out, q == NULL ? '"' : '\'');
		return;
	}
	buf_putc(out, '"');
	for (i = 0; i < n; i++)
		if (v[i] == '"')
			buf_put(out, "&quot;", 6);
		else
			buf_putc(out, v[i]);
	buf_putc(out, '"');
}

/* xmlURIEscapeStr(v, "@/:=?;#%&,+<>") after the leading blanks, as href, action, src and the
 * name of an a are written. */
static void
uri_escape(struct buf *out, const char *v, size_t n)
{
	static const char	 hex[] = "0123456789ABCDEF";
	size_t			 i = 0, run;
	unsigned char		 c;
	char			 pct[3] = { '%' };

	while (i < n && (v[i] == ' ' || v[i] == '\t' || v[i] == '\n' || v[i] == '\r'))
		i++;
	for (run = i; i < n; i++) {
		c = (unsigned char)v[i];
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		    (c != '\0' && strchr("-_.!~*'()@/:=?;#%&,+<>", c) != NULL))
			continue;
		buf_put(out, v + run, i - run);
		pct[1] = hex[c >> 4];
		pct[2] = hex[c & 0xF];
		buf_put(out, pct, 3);
		run = i + 1;
	}
	buf_put(out, v + run, n - run);
}

/* htmlTagLookup() (a binary search with strcasecmp), remembered by the worker for the names
 * last seen: a page's elements have few names. Not request data: the table of HTML. */
static const htmlElemDesc *
tag_info(const xmlChar *name)
{
	static struct {
		char			 name[16];
		const htmlElemDesc	*info;
	} seen[64];
	size_t	 len = strlen((const char *)name), h;

	if (len == 0 || len >= sizeof(seen[0].name))
		return htmlTagLookup(name);
	h = (len * 31 + name[0] * 7 + name[len - 1]) % (sizeof(seen) / sizeof(seen[0]));
	if (strcmp(seen[h].name, (const char *)name) != 0) {
		memcpy(seen[h].name, name, len + 1);
		seen[h].info = htmlTagLookup(name);
	}
	return seen[h].info;
}

/* htmlAttrDumpOutput(); scratch holds the escaped value. -1 for an attribute not of text. */
static int
attr_write(struct buf *out, xmlAttrPtr a, struct buf *scratch)
{
	xmlNodePtr	 t;
	const xmlChar	*el = a->parent->name;
	bool		 link;

	if (a->ns != NULL)
		return -1;
	buf_putc(out, ' ');
	buf_puts(out, (const char *)a->name);
	if (a->children == NULL || boolean_attr(a->name))
		return 0;
	buf_reset(scratch);
	for (t = a->children; t != NULL; t = t->next) {
		if (t->type != XML_TEXT_NODE && t->type != XML_CDATA_SECTION_NODE)
			return -1;
		if (t->content != NULL)
			escape(scratch, t->content, true);
	}
	buf_putc(out, '=');
	link = strchr("hasnHASN", a->name[0]) != NULL && (xmlStrcasecmp(a->name, (const xmlChar *)"href") == 0 ||
	    xmlStrcasecmp(a->name, (const xmlChar *)"action") == 0 ||
	    xmlStrcasecmp(a->name, (const xmlChar *)"src") == 0 ||
	    (xmlStrcasecmp(a->name, (const xmlChar *)"name") == 0 &&
	    xmlStrcasecmp(el, (const xmlChar *)"a") == 0));
	if (link) {
		buf_putc(out, '"');
		uri_escape(out, scratch->data != NULL ? scratch->data : "", scratch->len);
		buf_putc(out, '"');
	} else
		quoted(out, scratch->data != NULL ? scratch->data : "", scratch->len);
	return 0;
}

static int	 nodes_write(struct buf *, xmlNodePtr, bool, struct buf *);

/* script and style hold their text as it is. */
static bool
raw_text(const xmlChar *name)
{
	return (name[0] == 's' || name[0] == 'S') &&
	    (xmlStrcasecmp(name, (const xmlChar *)"script") == 0 ||
	    xmlStrcasecmp(name, (const xmlChar *)"style") == 0);
}

/* An element, its attributes and its children (htmlNodeDumpFormatOutput(), format 0). */
static int
element_write(struct buf *out, xmlNodePtr e, struct buf *scratch)
{
	const htmlElemDesc	*info;
	xmlAttrPtr		 a;

	if (e->ns != NULL || e->nsDef != NULL)
		return -1;
	info = tag_info(e->name);
	buf_putc(out, '<');
	buf_puts(out, (const char *)e->name);
	for (a = e->properties; a != NULL; a = a->next)
		if (attr_write(out, a, scratch) != 0)
			return -1;
	if (info != NULL && info->empty) {
		buf_putc(out, '>');
		return 0;
	}
	if (e->children == NULL) {
		if (info != NULL && info->saveEndTag != 0 && strcmp(info->name, "html") != 0 &&
		    strcmp(info->name, "body") != 0) {
			buf_putc(out, '>');
			return 0;
		}
		buf_puts(out, "></");
	} else {
		buf_putc(out, '>');
		if (nodes_write(out, e->children, raw_text(e->name), scratch) != 0)
			return -1;
		buf_puts(out, "</");
	}
	buf_puts(out, (const char *)e->name);
	buf_putc(out, '>');
	return 0;
}

/* The nodes from n on, children of the document or of an element (raw: script or style). */
static int
nodes_write(struct buf *out, xmlNodePtr n, bool raw, struct buf *scratch)
{
	for (; n != NULL; n = n->next) {
		switch (n->type) {
		case XML_ELEMENT_NODE:
			if (element_write(out, n, scratch) != 0)
				return -1;
			break;
		case XML_TEXT_NODE:
			if (n->content == NULL)
				break;
			if (n->name != xmlStringTextNoenc && !raw)
				escape(out, n->content, false);
			else
				buf_puts(out, (const char *)n->content);
			break;
		case XML_CDATA_SECTION_NODE:
			if (n->content != NULL)
				buf_puts(out, (const char *)n->content);
			break;
		case XML_COMMENT_NODE:
			if (n->content != NULL) {
				buf_puts(out, "<!--");
				buf_puts(out, (const char *)n->content);
				buf_puts(out, "-->");
			}
			break;
		case XML_DTD_NODE:
			break;
		default:	/* a PI, an entity: never in a page */
			return -1;
		}
	}
	return 0;
}

/* xmlBufWriteQuotedString() of a DOCTYPE's identifier. */
static void
id_write(struct buf *out, const char *what, const xmlChar *id)
{
	buf_puts(out, what);
	quoted(out, (const char *)id, strlen((const char *)id));
}

int
html_write(xmlDocPtr doc, struct buf *out)
{
	struct buf	 scratch = { 0 };
	xmlDtdPtr	 dtd = doc->intSubset;
	size_t		 start = out->len;
	int		 rc;

	if (doc->type != XML_HTML_DOCUMENT_NODE)
		return -1;
	if (doc->children == NULL || (doc->children->type == XML_DTD_NODE &&
	    doc->children->next == NULL))
		return 0;	/* xsltSaveResultTo() writes nothing */
	if (dtd != NULL) {
		buf_puts(out, "<!DOCTYPE ");
		buf_puts(out, (const char *)dtd->name);
		if (dtd->ExternalID != NULL) {
			id_write(out, " PUBLIC ", dtd->ExternalID);
			if (dtd->SystemID != NULL)
				id_write(out, " ", dtd->SystemID);
		} else if (dtd->SystemID != NULL &&
		    xmlStrcmp(dtd->SystemID, (const xmlChar *)"about:legacy-compat") != 0)
			id_write(out, " SYSTEM ", dtd->SystemID);
		buf_puts(out, ">\n");
	}
	if ((rc = nodes_write(out, doc->children, false, &scratch)) == 0)
		buf_putc(out, '\n');
	else
		out->len = start;
	buf_free(&scratch);
	return rc;
}
