/*
 * fuzz-communes.c — libFuzzer harness for the communes and wards list an administrator uploads
 * to dvc-admin (communes.c, over csv.c).
 *
 * Every commune read has a code of 5 digits, a province of 2, a name of valid UTF-8 without
 * line breaks or tabs, not empty, of at most COMMUNE_NAME_MAX characters, and lines in
 * increasing order; every problem has a message code "communes.*"; a file without a problem
 * has at least one commune and no code twice. Any broken invariant abort()s.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "communes.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
problem(void *arg, unsigned line, const char *code, unsigned first)
{
	unsigned	*n = arg;

	if (strncmp(code, "communes.", 9) != 0 || (first != 0 && first > line))
		abort();
	(*n)++;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct commune_list	 l = { 0 };
	unsigned		 seen = 0, n, last = 0;
	size_t			 i, j, k;

	n = communes_parse((const char *)data, size, "38", &l, problem, &seen);
	if (n != seen)
		abort();
	for (i = 0; i < l.n; i++) {
		const struct commune *c = &l.c[i];
		size_t len = strlen(c->name), chars = 0;

		if (strlen(c->code) != 5 || strspn(c->code, "0123456789") != 5 ||
		    strlen(c->province) != 2 || strspn(c->province, "0123456789") != 2)
			abort();
		if (len == 0 || !text_valid_utf8(c->name, len) || strpbrk(c->name, "\r\n\t") != NULL)
			abort();
		for (k = 0; k < len; k++)
			chars += ((unsigned char)c->name[k] & 0xC0) != 0x80;
		if (chars > COMMUNE_NAME_MAX || c->line <= last)
			abort();
		last = c->line;
	}
	if (n == 0) {
		if (l.n == 0)
			abort();
		for (i = 0; i < l.n && l.n < 2000; i++)
			for (j = 0; j < i; j++)
				if (strcmp(l.c[i].code, l.c[j].code) == 0)
					abort();
	}
	communes_free(&l);
	return 0;
}
