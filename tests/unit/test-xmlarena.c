/*
 * test-xmlarena.c — xmlarena.c: libxml2's memory during a request. Blocks of a request come
 * from the region and the next request reuses it; realloc keeps the contents, in place or
 * moved; large blocks, blocks outside a request and blocks while paused come from malloc and
 * are freed by it; a full region falls back to malloc; a page's names go to a dictionary of
 * the request's own, so the stylesheet's never holds a block of a request; a stylesheet
 * compiled before transforms the same in request after request. A document let go during a
 * request leaves its tree to the region, unless a block of the request came from malloc (a
 * large text): then it is freed node by node (LeakSanitizer would report the text otherwise).
 * Under AddressSanitizer, a block of an ended request is poisoned.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxslt/transform.h>
#include <libxslt/xsltutils.h>

#include "dvc.h"
#include "private.h"
#include "tap.h"

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#include <sanitizer/lsan_interface.h>
#endif

static void
test_outside(void)
{
	char	*p = xmlMalloc(100);

	ok(p != NULL && !xmlarena_owns(p), "outside a request: a block comes from malloc");
	memset(p, 'x', 100);
	xmlarena_begin();
	xmlFree(p);	/* malloc's block, freed during a request: given to free() */
	p = xmlMalloc(100);
	ok(p != NULL && xmlarena_owns(p), "in a request: a block comes from the region");
	xmlFree(p);
	xmlarena_end();
}

static void
test_rewind(void)
{
	char	*first, *again, *a, *b;

	xmlarena_begin();
	first = xmlMalloc(64);
	a = xmlMalloc(64);
	b = xmlMalloc(64);
	ok(a != first && b != a && (size_t)(b - a) >= 64 && (size_t)(a - first) >= 64,
	    "blocks of a request do not overlap");
	ok(((uintptr_t)a % 16) == 0 && ((uintptr_t)b % 16) == 0, "blocks are aligned as malloc's");
	xmlFree(b);
	ok(xmlMalloc(64) == b, "the last block freed is taken back");
	xmlarena_end();
	xmlarena_begin();
	again = xmlMalloc(64);
	ok(again == first, "the next request starts the region again");
	xmlarena_end();
#if defined(__SANITIZE_ADDRESS__)
	ok(__asan_address_is_poisoned(again), "a block of an ended request is poisoned");
#endif
}

static void
test_realloc(void)
{
	char	*p, *q, *other;
	size_t	 i;
	int	 bad = 0;

	xmlarena_begin();
	p = xmlMalloc(10);
	memcpy(p, "0123456789", 10);
	q = xmlRealloc(p, 5000);
	ok(q == p && memcmp(q, "0123456789", 10) == 0, "realloc: the last block grows in place");
	for (i = 0; i < 5000; i++)
		q[i] = (char)i;
	other = xmlMalloc(16);
	p = xmlRealloc(q, 20000);
	ok(p != q && xmlarena_owns(p), "realloc: a block that is not the last moves");
	for (i = 0; i < 5000; i++)
		bad += p[i] != (char)i;
	ok(bad == 0, "realloc: the moved block keeps its contents");
	q = xmlRealloc(p, 100);
	ok(q == p && q[99] == (char)99, "realloc: the last block shrinks in place");
	p = xmlRealloc(q, 1 << 20);
	ok(p != NULL && !xmlarena_owns(p) && p[99] == (char)99,
	    "realloc: a block grown past the region's rule goes to malloc with its contents");
	q = xmlRealloc(p, 2 << 20);
	ok(q != NULL && q[50] == (char)50, "realloc: malloc's block stays malloc's");
	xmlFree(q);
	xmlFree(other);
	q = xmlMemStrdup("Thanh Hóa");
	ok(xmlarena_owns(q) && strcmp(q, "Thanh Hóa") == 0, "strdup: from the region");
	xmlarena_end();
}

static void
test_large_and_paused(void)
{
	char	*big, *kept;
	bool	 was;

	xmlarena_begin();
	big = xmlMalloc(1 << 20);
	ok(big != NULL && !xmlarena_owns(big), "a block larger than the region's rule comes from malloc");
	memset(big, 1, 1 << 20);
	xmlFree(big);
	was = xmlarena_pause();
	kept = xmlMemStrdup("kept across requests");
	xmlarena_resume(was);
	ok(was && !xmlarena_owns(kept), "paused: a block comes from malloc");
	ok(xmlarena_owns(xmlMalloc(8)), "resumed: from the region again");
	xmlarena_end();
	xmlarena_begin();
	memset(xmlMalloc(64), 0, 64);
	is_str(kept, "kept across requests", "a block made while paused outlives its request");
	xmlFree(kept);
	xmlarena_end();
}

static void
test_full(void)
{
	char	*p = NULL;
	size_t	 i, n = 0, outside = 0;

	xmlarena_begin();
	/* 400 blocks of 200 KB: more than the region holds. */
	for (i = 0; i < 400; i++) {
		p = xmlMalloc(200 << 10);
		if (p == NULL)
			break;
		p[0] = 'a';
		p[(200 << 10) - 1] = 'z';
		n++;
		outside += !xmlarena_owns(p);
		if (!xmlarena_owns(p))
			xmlFree(p);
	}
	ok(n == 400 && outside > 0, "a full region: blocks come from malloc (%zu of %zu)", outside, n);
	xmlarena_end();
}

/* A page's names: a new one goes to the document's own dictionary, not the stylesheet's. */
static void
test_dict(void)
{
	static const char xsl[] =
	    "<xsl:stylesheet version='1.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'>"
	    "<xsl:output method='text'/>"
	    "<xsl:template match='/page'><xsl:for-each select='row'>"
	    "<xsl:value-of select='name'/>;</xsl:for-each></xsl:template></xsl:stylesheet>";
	xsltStylesheetPtr	 style;
	xmlDocPtr		 sdoc, doc, res;
	xmlNodePtr		 root, row;
	xmlChar			*out = NULL;
	int			 len, k, same = 0, size;

	sdoc = xmlReadMemory(xsl, sizeof(xsl) - 1, "t.xsl", NULL, 0);
	style = xsltParseStylesheetDoc(sdoc);
	ok(style != NULL && style->dict != NULL && !xmlarena_owns(style), "the stylesheet compiled outside a request");
	size = xmlDictSize(style->dict);
	for (k = 0; k < 50; k++) {
		xmlarena_begin();
		doc = xmlNewDoc(BAD_CAST "1.0");
		doc->dict = xmlDictCreateSub(style->dict);	/* as render_doc() */
		root = xmlNewDocNode(doc, NULL, BAD_CAST "page", NULL);
		xmlDocSetRootElement(doc, root);
		row = xmlNewChild(root, NULL, BAD_CAST "row", NULL);
		xmlNewChild(row, NULL, BAD_CAST "name", BAD_CAST "Hạc Thành");
		xmlNewChild(row, NULL, BAD_CAST "a_name_no_stylesheet_has", BAD_CAST "x");
		row = xmlNewChild(root, NULL, BAD_CAST "row", NULL);
		xmlNewChild(row, NULL, BAD_CAST "name", BAD_CAST "Sở Tư pháp");
		res = xsltApplyStylesheet(style, doc, NULL);
		out = NULL;
		if (res != NULL && xsltSaveResultToString(&out, &len, res, style) == 0 && out != NULL &&
		    strcmp((const char *)out, "Hạc Thành;Sở Tư pháp;") == 0)
			same++;
		xmlFree(out);
		xmlFreeDoc(res);
		xmlFreeDoc(doc);
		xmlarena_end();
	}
	is_int(same, 50, "fifty requests transform alike");
	is_int(xmlDictSize(style->dict), size, "the stylesheet's dictionary holds no name of a request");
	xsltFreeStylesheet(style);
}

static void
test_doc_free(void)
{
	xmlDocPtr	 doc;
	xmlDictPtr	 parent = xmlDictCreate();
	char		*big = malloc(300 << 10);
	int		 k, alike = 0;

	memset(big, 'a', (300 << 10) - 1);
	big[(300 << 10) - 1] = '\0';
	for (k = 0; k < 2; k++) {
		xmlarena_begin();
		doc = xmlNewDoc(BAD_CAST "1.0");
		doc->dict = xmlDictCreateSub(parent);
		xmlDocSetRootElement(doc, xmlNewDocNode(doc, NULL, BAD_CAST "page", NULL));
		/* The second request: a text larger than the region's rule, from malloc. */
		xmlNewChild(xmlDocGetRootElement(doc), NULL, BAD_CAST "text", BAD_CAST(k == 0 ? "ngắn" : big));
		alike += xmlarena_owns(doc);
		xmlarena_doc_free(doc);
		xmlarena_end();
	}
	ok(alike == 2, "documents of a request are the region's");
	xmlDictFree(parent);	/* freed now only if each document let its reference go */
	free(big);
#if defined(__SANITIZE_ADDRESS__)
	ok(__lsan_do_recoverable_leak_check() == 0,
	    "nothing leaked: the large text freed, the parent dictionary released by each document");
#endif
}

int
main(void)
{
	xmlInitParser();
	xmlarena_init();
	test_outside();
	test_rewind();
	test_realloc();
	test_large_and_paused();
	test_full();
	test_dict();
	test_doc_free();
	xsltCleanupGlobals();
	return done_testing();
}
