/*
 * test-communes.c — communes.c: the communes and wards list an administrator uploads (the
 * General Statistics Office's CSV, code,name[,province_code]): the header and blank lines
 * skipped, a byte order mark, quoted names, blanks around fields, the portal's own province
 * for records without one, and each problem with its line and message code, a code given
 * twice with the line of its first record.
 */
#include <stdio.h>
#include <string.h>

#include "dvc.h"
#include "communes.h"
#include "tap.h"

/* The problems as "line:code[:first]" joined by spaces. */
struct seen {
	char	 text[1024];
};

static void
problem(void *arg, unsigned line, const char *code, unsigned first)
{
	struct seen	*s = arg;
	size_t		 n = strlen(s->text);

	snprintf(s->text + n, sizeof(s->text) - n, "%s%u:%s", n ? " " : "", line, code);
	if (first != 0) {
		n = strlen(s->text);
		snprintf(s->text + n, sizeof(s->text) - n, ":%u", first);
	}
}

/* Parses text; returns the number of problems, their list in s, the communes in l. */
static unsigned
parse(const char *text, struct seen *s, struct commune_list *l)
{
	memset(s, 0, sizeof(*s));
	communes_free(l);
	return communes_parse(text, strlen(text), "38", l, problem, s);
}

int
main(void)
{
	struct commune_list	 l = { 0 };
	struct seen		 s;
	unsigned		 n;
	char			 big[200];

	n = parse("\xEF\xBB\xBFM\xC3\xA3,T\xC3\xAAn,M\xC3\xA3 t\xE1\xBB\x89nh\r\n16279, Ph\xC6\xB0\xE1\xBB\x9Dng H\xE1\xBA\xA1" "c Th\xC3\xA0nh ,38\r\n"
	    "\r\n00001,\"X\xC3\xA3 A, B\"\r\n00004,Ph\xC6\xB0\xE1\xBB\x9Dng C,01\r\n", &s, &l);
	is_int(n, 0, "a good list: no problem");
	is_int((long long)l.n, 3, "three communes (the header and the blank line skipped)");
	is_str(l.c[0].code, "16279", "the first code");
	is_str(l.c[0].name, "Ph\xC6\xB0\xE1\xBB\x9Dng H\xE1\xBA\xA1" "c Th\xC3\xA0nh", "its name without the blanks around");
	is_int(l.c[0].line, 2, "on line 2");
	is_str(l.c[1].name, "X\xC3\xA3 A, B", "a quoted name keeps its comma");
	is_str(l.c[1].province, "38", "no province: the portal's own");
	is_int(l.c[1].line, 4, "… on line 4 (after the blank one)");
	is_str(l.c[2].province, "01", "a province given is kept");

	n = parse("1234,X\n12345,,38\n12346,X,99,1\n12347,X,3\n12348,Ok\n12348,Again\n12349,\"A\nB\"\n", &s, &l);
	is_int(n, 6, "six problems");
	is_str(s.text, "1:communes.code 2:communes.name_required 3:communes.fields 4:communes.province "
	    "7:communes.name_invalid 6:communes.twice:5", "each with its line, a repeat with its first");
	is_int((long long)l.n, 2, "the good records still read (the problems are the caller's to refuse)");

	memset(big, 'a', sizeof(big));
	memcpy(big, "12345,", 6);
	big[sizeof(big) - 1] = '\0';
	parse(big, &s, &l);
	is_str(s.text, "1:communes.name_long", "a name over 100 characters");

	parse("12345,\"open\n", &s, &l);
	is_str(s.text, "1:communes.csv", "text that is not CSV: at its line");
	parse("12345,Ph\xF2\n", &s, &l);
	is_str(s.text, "1:communes.csv", "not UTF-8: not CSV");
	parse("code,name\n\n", &s, &l);
	is_str(s.text, "0:communes.empty", "only a header: empty, about the whole file");
	parse("", &s, &l);
	is_str(s.text, "0:communes.empty", "nothing at all: empty");
	parse("12345,Ok\n", &s, &l);
	is_str(s.text, "", "a first record with digits is no header");
	is_int((long long)l.n, 1, "… and is read");

	communes_free(&l);
	return done_testing();
}
