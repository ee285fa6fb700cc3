/*
 * test-log.c — log.c: what a client sends (a path with a newline, a header with a terminal
 * escape, bytes that are not UTF-8) is escaped as \xNN, so one event is one line; the
 * access line; libxml2's own messages go the same way. The log is stderr, caught in a file.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/parser.h>

#include "dvc.h"
#include "tap.h"

static const char *
escaped(const char *s, size_t n)
{
	static char	 out[512];

	log_escape(s, n, out, sizeof(out));
	return out;
}

#define esc(s) escaped((s), sizeof(s) - 1)

static void
test_escape(void)
{
	char	 small[8];

	is_str(esc("GET /procedures 200"), "GET /procedures 200", "escape: printable ASCII kept");
	is_str(esc("Đăng ký khai sinh"), "Đăng ký khai sinh", "escape: Vietnamese kept");
	is_str(esc("/x\nFAKE 200"), "/x\\x0aFAKE 200", "escape: LF");
	is_str(esc("a\r\nb"), "a\\x0d\\x0ab", "escape: CR LF");
	is_str(esc("a\tb"), "a\\x09b", "escape: tab");
	is_str(esc("\x1b[31mred"), "\\x1b[31mred", "escape: a terminal escape");
	is_str(esc("a\x7f"), "a\\x7f", "escape: DEL");
	is_str(esc("a\0b"), "a\\x00b", "escape: NUL inside the given length");
	is_str(esc("\xff\xfe"), "\\xff\\xfe", "escape: bytes that are never UTF-8");
	is_str(esc("\xc3\x28"), "\\xc3(", "escape: a bad sequence, then what follows");
	is_str(esc("\xe1\xbb"), "\\xe1\\xbb", "escape: a truncated sequence");
	is_str(esc("\xc0\xaf"), "\\xc0\\xaf", "escape: an overlong '/'");
	is_str(esc("\xed\xa0\x80"), "\\xed\\xa0\\x80", "escape: a surrogate");
	is_str(esc("\xc2\x85"), "\\xc2\\x85", "escape: C1 NEL U+0085");
	is_str(esc("\xc2\x9b" "31m"), "\\xc2\\x9b31m", "escape: C1 CSI U+009B");
	is_str(esc("\xef\xbf\xbe"), "\\xef\\xbf\\xbe", "escape: noncharacter U+FFFE");
	is_str(esc("a\xe2\x80\xa8" "b"), "a\\xe2\\x80\\xa8b", "escape: U+2028 line separator");
	is_str(esc("a\xe2\x80\xa9" "b"), "a\\xe2\\x80\\xa9b", "escape: U+2029 paragraph separator");
	is_str(esc("\xe2\x80\xae" "gpj.exe"), "\\xe2\\x80\\xaegpj.exe", "escape: U+202E right-to-left override");
	is_str(esc("\xe2\x81\xa6" "x"), "\\xe2\\x81\\xa6x", "escape: U+2066 isolate");
	is_str(esc("a\\x0ab"), "a\\x5cx0ab", "escape: a backslash itself, so no escape can be forged");
	is_str(esc("\xe2\x80\x94 \xf0\x9f\x98\x80"), "\xe2\x80\x94 \xf0\x9f\x98\x80", "escape: em dash and emoji kept");
	is_int((long long)log_escape("abc\n", 4, small, sizeof(small)), 7, "escape: returns the length");
	is_str(small, "abc\\x0a", "escape: fits 8 bytes with its NUL");
	is_int((long long)log_escape("abcd\n", 5, small, sizeof(small)), 4, "escape: an escape that does not fit is left out");
	is_str(small, "abcd", "escape: never half an escape");
	is_int((long long)log_escape("ab\xc4\x91\xc4\x91\xc4\x91", 8, small, sizeof(small)), 6,
	    "escape: a character that does not fit is left out");
	is_int((long long)log_escape("abc", 3, small, 0), 0, "escape: outsz 0 writes nothing");
}

/* Runs fn with stderr in a temporary file; returns what was written (freed by the caller). */
static char *
captured(void (*fn)(void))
{
	FILE	*f = tmpfile();
	int	 saved = dup(STDERR_FILENO);
	char	*text;
	long	 n;

	if (f == NULL || saved < 0)
		return NULL;
	fflush(stderr);
	dup2(fileno(f), STDERR_FILENO);
	fn();
	fflush(stderr);
	dup2(saved, STDERR_FILENO);
	close(saved);
	/* Written with write(2) on the descriptor: the FILE's position knows nothing of it. */
	n = (long)lseek(fileno(f), 0, SEEK_END);
	text = xcalloc(1, (size_t)(n > 0 ? n : 0) + 1);
	if (n > 0 && pread(fileno(f), text, (size_t)n, 0) != n)
		text[0] = '\0';
	fclose(f);
	return text;
}

static void
log_some(void)
{
	log_info("400: unknown key in %s", "/procedures/\nFAKE info: admin signed in");
	log_warn("403: foreign origin %s", "http://x\x1b]0;title\x07\xff");
	log_access("GET", "/procedures/%\n\r\xc3\x28", 404, 1234, NULL, "0123abcd");
	log_access("GET", "/procedures", 200, 99, "hit", "");
}

static size_t
lines_of(const char *s)
{
	size_t	 n = 0;

	for (; *s != '\0'; s++)
		n += *s == '\n';
	return n;
}

static void
test_lines(void)
{
	char	*out = captured(log_some), *l2, *l3, *l4;
	size_t	 i;

	if (!ok(out != NULL, "lines: stderr caught"))
		return;
	is_int((long long)lines_of(out), 4, "lines: four events, four lines");
	for (i = 0; out[i] != '\0'; i++)
		if ((unsigned char)out[i] < 0x20 && out[i] != '\n')
			break;
	ok(out[i] == '\0', "lines: no control character but the newlines that end them");
	ok(strstr(out, "test-log[") != NULL && strstr(out, "] info: 400: unknown key in "
	    "/procedures/\\x0aFAKE info: admin signed in\n") != NULL, "lines: a path with LF, escaped");
	l2 = strchr(out, '\n') + 1;
	ok(strstr(l2, "] warn: 403: foreign origin http://x\\x1b]0;title\\x07\\xff\n") == strchr(l2, ']'),
	    "lines: an Origin with a terminal escape and a bad byte, escaped");
	l3 = strchr(l2, '\n') + 1;
	ok(strstr(l3, " test-log access GET /procedures/%\\x0a\\x0d\\xc3( 404 1234us incident=0123abcd\n") != NULL,
	    "lines: the access line of a path with LF, CR and bad UTF-8");
	l4 = strchr(l3, '\n') + 1;
	ok(strstr(l4, " test-log access GET /procedures 200 99us cache=hit\n") != NULL,
	    "lines: the access line of a page from the cache");
	free(out);
}

static void
log_long(void)
{
	char	*big = xmalloc(10000);

	memset(big, '\n', 9999);
	big[9999] = '\0';
	log_info("%s", big);
	free(big);
}

static void
test_long(void)
{
	char	*out = captured(log_long);

	if (!ok(out != NULL, "long: stderr caught"))
		return;
	is_int((long long)lines_of(out), 1, "long: 9999 newlines, one line");
	ok(strlen(out) < 4096 * 4 + 300, "long: bounded (%zu bytes)", strlen(out));
	ok(strstr(out, "\\x0a\\x0a [cut]\n") != NULL, "long: says it was cut");
	free(out);
}

static void
xml_errors(void)
{
	static const char doc[] = "<a>\nline\x01\n\x1b[2J</a>";
	xmlDocPtr	 d = xmlReadMemory(doc, sizeof(doc) - 1, NULL, "UTF-8", XML_PARSE_NONET);

	if (d != NULL)
		xmlFreeDoc(d);
}

static void
test_libxml(void)
{
	char	*out = captured(xml_errors), *l;
	size_t	 n = 0, good = 0;

	if (!ok(out != NULL, "libxml2: stderr caught"))
		return;
	for (l = out; *l != '\0'; l = strchr(l, '\n') + 1) {
		n++;
		good += strstr(l, " warn: xml: ") != NULL && strstr(l, " warn: xml: ") < strchr(l, '\n');
	}
	ok(n >= 1, "libxml2: a bad document is reported (%zu lines)", n);
	is_int((long long)good, (long long)n, "libxml2: every line of it through log_warn()");
	ok(strstr(out, "\x01") == NULL && strstr(out, "\x1b") == NULL, "libxml2: no raw control character");
	free(out);
}

int
main(void)
{
	log_init("test-log");
	test_escape();
	test_lines();
	test_long();
	test_libxml();
	return done_testing();
}
