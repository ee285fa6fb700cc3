/*
 * test-html.c — html_write() (modules/core/html.c) writes a view's HTML byte for byte as
 * libxml2 does (htmlDocContentDumpFormatOutput() without formatting, after
 * htmlSetMetaEncoding(), as xsltSaveResultTo() does for layout.xsl's xsl:output): void and
 * empty elements, boolean attributes, links URI-escaped, the quoting of a value with quotes,
 * the escapes of text and attributes (HTML 4's &{…} and <!--…--> in an attribute), script
 * and style as they are, disable-output-escaping, comments, the DOCTYPE; and it leaves to
 * libxml2, having written nothing, what the pages never hold (a namespace).
 */
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxslt/transform.h>
#include <libxslt/xsltInternals.h>

#include "dvc.h"
#include "tap.h"

#define STYLE_HEAD \
	"<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">" \
	"<xsl:output method=\"html\" encoding=\"UTF-8\" indent=\"no\" doctype-system=\"about:legacy-compat\"/>" \
	"<xsl:template match=\"/\">"
#define STYLE_TAIL "</xsl:template></xsl:stylesheet>"

static const char *const bodies[] = {
	/* the page's frame: head (the meta goes in first), void and empty elements */
	"<html lang=\"vi\"><head><title>T</title><link rel=\"icon\" href=\"/static/e.svg\"/></head>"
	"<body><p></p><div/><br/><hr/><img src=\"/a b.png\" alt=\"\"/><textarea name=\"t\"/>"
	"<table><tr><td/></tr></table><procedure_name>x</procedure_name><foo/></body></html>",
	/* attributes: boolean ones (in any case), required (not one), links, quotes */
	"<html><body><form method=\"post\" action=\"/officer/?tab=all&amp;q=Nguyễn Văn&amp;x=[1]$\">"
	"<input type=\"checkbox\" checked=\"checked\" required=\"required\" disabled=\"\"/>"
	"<select><option value=\"1\" selected=\"selected\">a</option><option SELECTED=\"x\">b</option></select>"
	"<input value=\"a &quot;b&quot; c\"/><input value=\"a &apos;b&apos; c\"/>"
	"<input value=\"&quot;both&quot; &apos;q&apos;\"/><input value=\"&amp;{{x}} &lt;!-- y --&gt; &lt;z&gt;\"/></form>"
	"<a href=\"  /files/1?n=tờ khai.pdf#p%20\" name=\"đ x\">l</a><span name=\"đ x\" title=\"a&amp;b\">s</span>"
	"<img src=\"\"/><a href=\"\">e</a><input value=\"\"/></body></html>",
	/* text: escapes, HTML 4's constructs (only in attributes), script and style, d-o-e,
	 * comments */
	"<html><body><p>a &lt; b &gt; c &amp; d &amp;{e} &lt;!-- f --&gt; \"g\" 'h' đ\t\r\n</p>"
	"<script>if (a &lt; b &amp;&amp; c) {}</script><style>p &gt; a { }</style>"
	"<p><xsl:text disable-output-escaping=\"yes\">&lt;b&gt;raw&amp;</xsl:text></p>"
	"<xsl:comment> a comment </xsl:comment></body></html>",
};

/* The page both ways; 1 when they are the same bytes. */
static int
same(const char *body, int *ours_rc)
{
	struct buf	 a = { 0 }, b = { 0 };
	char		*text;
	xmlDocPtr	 sdoc, in, r1, r2;
	xsltStylesheetPtr style;
	xmlOutputBufferPtr ob;
	int		 ok;

	*ours_rc = -2;
	if (asprintf(&text, "%s%s%s", STYLE_HEAD, body, STYLE_TAIL) < 0)
		return 0;
	sdoc = xmlReadMemory(text, (int)strlen(text), "t.xsl", "UTF-8", 0);
	free(text);
	if (sdoc == NULL || (style = xsltParseStylesheetDoc(sdoc)) == NULL)
		return 0;
	in = xmlReadMemory("<page/>", 7, "p.xml", NULL, 0);
	r1 = xsltApplyStylesheet(style, in, NULL);
	r2 = xsltApplyStylesheet(style, in, NULL);
	htmlSetMetaEncoding(r1, (const xmlChar *)"UTF-8");
	htmlSetMetaEncoding(r2, (const xmlChar *)"UTF-8");
	ob = xmlAllocOutputBuffer(NULL);
	htmlDocContentDumpFormatOutput(ob, r1, "UTF-8", 0);
	xmlOutputBufferFlush(ob);
	buf_put(&a, xmlOutputBufferGetContent(ob), xmlOutputBufferGetSize(ob));
	xmlOutputBufferClose(ob);
	buf_puts(&b, "kept:");
	*ours_rc = html_write(r2, &b);
	ok = b.len == a.len + 5 && memcmp(b.data + 5, a.data, a.len) == 0;
	if (!ok)
		diag("libxml2: %s\n# ours:    %s", buf_cstr(&a), buf_cstr(&b) + 5);
	buf_free(&a);
	buf_free(&b);
	xmlFreeDoc(r1);
	xmlFreeDoc(r2);
	xmlFreeDoc(in);
	xsltFreeStylesheet(style);
	return ok;
}

int
main(void)
{
	static const char *const what[] = { "the frame: DOCTYPE, meta, void and empty elements",
	    "attributes: boolean ones, links URI-escaped, quotes, &{ and <!-- kept",
	    "text: escapes, script and style, disable-output-escaping, comments" };
	struct buf	 b = { 0 };
	xmlDocPtr	 doc;
	xmlNodePtr	 root;
	size_t		 i;
	int		 rc = -2;

	for (i = 0; i < sizeof(bodies) / sizeof(bodies[0]); i++) {
		ok(same(bodies[i], &rc), "%s", what[i]);
		is_int(rc, 0, "… written by html_write()");
	}

	/* A namespace: libxml2's, and nothing written. */
	doc = htmlNewDocNoDtD(NULL, NULL);
	root = xmlNewDocNode(doc, NULL, (const xmlChar *)"html", NULL);
	xmlDocSetRootElement(doc, root);
	xmlSetNs(xmlNewChild(root, NULL, (const xmlChar *)"svg", NULL),
	    xmlNewNs(root, (const xmlChar *)"http://www.w3.org/2000/svg", (const xmlChar *)"s"));
	buf_puts(&b, "kept");
	is_int(html_write(doc, &b), -1, "a namespace is left to libxml2");
	is_str(buf_cstr(&b), "kept", "… and nothing written");
	xmlFreeDoc(doc);
	/* An XML document (a view of another method): left too. */
	doc = xmlNewDoc((const xmlChar *)"1.0");
	xmlDocSetRootElement(doc, xmlNewDocNode(doc, NULL, (const xmlChar *)"p", NULL));
	is_int(html_write(doc, &b), -1, "an XML document is left to libxml2");
	xmlFreeDoc(doc);
	/* An empty result: nothing, as xsltSaveResultTo() writes. */
	doc = htmlNewDocNoDtD(NULL, NULL);
	is_int(html_write(doc, &b), 0, "an empty result");
	is_str(buf_cstr(&b), "kept", "… writes nothing");
	xmlFreeDoc(doc);
	buf_free(&b);
	return done_testing();
}
