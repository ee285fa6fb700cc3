/*
 * fuzz-text.c — libFuzzer harness for the check of text inputs (text.c), which every form
 * value, path and multipart field passes before it can reach a page document.
 *
 * The input's bytes: text_valid_utf8() must agree with a reference that decodes code points
 * its own way and refuses by range what XML 1.0 forbids or discourages (controls but tab, LF,
 * CR; surrogates; noncharacters), and text_char() must walk the same text. Accepted text put
 * in a libxml2 document, as a text node and as an attribute, serialises to well-formed XML
 * that gives the very text back (?format=xml). log_escape() of any input is one line of text
 * that keeps accepted text without backslash or tab unchanged. Any broken invariant abort()s.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "dvc.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* The code point at s, by counting the leading ones; -1 when the bytes are not the
 * shortest form of a scalar value. */
static long
reference_decode(const uint8_t *s, size_t n, size_t *len)
{
	static const long	 least[] = { 0, 0, 0x80, 0x800, 0x10000 };
	size_t			 ones = 0, i;
	long			 cp;

	while (ones < 8 && (s[0] << ones & 0x80))
		ones++;
	if (ones == 0) {
		*len = 1;
		return s[0];
	}
	if (ones == 1 || ones > 4 || n < ones)
		return -1;
	cp = s[0] & (0x7f >> ones);
	for (i = 1; i < ones; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return -1;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	if (cp < least[ones] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		return -1;
	*len = ones;
	return cp;
}

static bool
reference_valid(const uint8_t *s, size_t n)
{
	size_t	 i = 0, len = 0;
	long	 cp;

	while (i < n) {
		if ((cp = reference_decode(s + i, n - i, &len)) < 0)
			return false;
		if ((cp < 0x20 && cp != 0x09 && cp != 0x0a && cp != 0x0d) ||
		    (cp >= 0x7f && cp <= 0x9f) || (cp >= 0xfdd0 && cp <= 0xfdef) ||
		    (cp & 0xfffe) == 0xfffe)
			return false;
		i += len;
	}
	return true;
}

/* The text in an element and an attribute, serialised and parsed back: well-formed, equal. */
static void
check_xml(const char *t, size_t n)
{
	xmlDocPtr	 doc = xmlNewDoc((const xmlChar *)"1.0"), back;
	xmlNodePtr	 root = xmlNewDocNode(doc, NULL, (const xmlChar *)"page", NULL);
	xmlChar		*out = NULL, *content, *attr;
	int		 len = 0;

	xmlDocSetRootElement(doc, root);
	xmlNodeAddContent(root, (const xmlChar *)t);
	xmlNewProp(root, (const xmlChar *)"v", (const xmlChar *)t);
	xmlDocDumpMemoryEnc(doc, &out, &len, "UTF-8");
	back = xmlReadMemory((const char *)out, len, NULL, "UTF-8",
	    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (back == NULL)
		abort();
	content = xmlNodeGetContent(xmlDocGetRootElement(back));
	attr = xmlGetProp(xmlDocGetRootElement(back), (const xmlChar *)"v");
	if (content == NULL || attr == NULL || strlen((char *)content) != n ||
	    memcmp(content, t, n) != 0 || strcmp((char *)attr, (char *)content) != 0)
		abort();
	xmlFree(content);
	xmlFree(attr);
	xmlFreeDoc(back);
	xmlFree(out);
	xmlFreeDoc(doc);
}

static void
check_log(const char *s, size_t n, bool valid)
{
	size_t	 outsz = n * 4 + 1, len, i;
	char	*out = malloc(outsz);

	if (out == NULL)
		abort();
	len = log_escape(s, n, out, outsz);
	if (len != strlen(out) || !text_valid_utf8(out, len))
		abort();
	for (i = 0; i < len; i++)
		if ((unsigned char)out[i] < 0x20 || out[i] == 0x7f)
			abort();
	if (valid && memchr(s, '\\', n) == NULL && memchr(s, '\t', n) == NULL &&
	    memchr(s, '\n', n) == NULL && memchr(s, '\r', n) == NULL &&
	    memmem(s, n, "\xe2\x80", 2) == NULL && memmem(s, n, "\xe2\x81", 2) == NULL &&
	    (len != n || memcmp(out, s, n) != 0))
		abort();
	free(out);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	*s = malloc(size + 1);
	size_t	 i = 0, len;
	bool	 valid;

	if (s == NULL)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	valid = text_valid_utf8(s, size);
	if (valid != reference_valid(data, size))
		abort();
	while (i < size && (len = text_char(s + i, size - i)) > 0)
		i += len;
	if ((i == size) != valid)
		abort();
	/* A NUL is a control: accepted text is a C string of its full length. */
	if (valid) {
		if (memchr(s, '\0', size) != NULL)
			abort();
		check_xml(s, size);
	}
	check_log(s, size, valid);
	free(s);
	return 0;
}
