/*
 * communes.c — the list of communes and wards as the administrator uploads it (communes.h):
 * each record checked, every problem reported with its line, codes given once.
 */
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "catalogue.h"
#include "communes.h"

/* Blanks around a field are the spreadsheet's, not the name's. */
static const char *
trim(const char *s, size_t *n)
{
	size_t	 len = strlen(s);

	while (len > 0 && (*s == ' ' || *s == '\t')) {
		s++;
		len--;
	}
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	*n = len;
	return s;
}

static bool
digits(const char *s, size_t n, size_t want)
{
	size_t	 i;

	if (n != want)
		return false;
	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

/* Characters, not bytes (text_valid_utf8() has checked the field). */
static size_t
chars(const char *s, size_t n)
{
	size_t	 i, c = 0;

	for (i = 0; i < n; i++)
		c += ((unsigned char)s[i] & 0xC0) != 0x80;
	return c;
}

/* One record's problem, or NULL; fills c. */
static const char *
record(const struct csv_row *row, const char *home, struct commune *c)
{
	const char	*code, *name, *prov;
	size_t		 ncode, nname, nprov;

	if (row->n < 2 || row->n > 3)
		return "communes.fields";
	code = trim(csv_field(row, 0), &ncode);
	name = trim(csv_field(row, 1), &nname);
	prov = row->n == 3 ? trim(csv_field(row, 2), &nprov) : home;
	if (row->n < 3)
		nprov = strlen(home);
	if (!digits(code, ncode, 5))
		return "communes.code";
	if (nname == 0)
		return "communes.name_required";
	if (chars(name, nname) > COMMUNE_NAME_MAX)
		return "communes.name_long";
	if (memchr(name, '\n', nname) != NULL || memchr(name, '\r', nname) != NULL ||
	    memchr(name, '\t', nname) != NULL)
		return "communes.name_invalid";
	if (!digits(prov, nprov, 2))
		return "communes.province";
	c->line = row->line;
	memcpy(c->code, code, 5);
	c->code[5] = '\0';
	memcpy(c->province, prov, 2);
	c->province[2] = '\0';
	c->name = xstrndup(name, nname);
	return NULL;
}

static int
by_code(const void *a, const void *b)
{
	const struct commune *x = a, *y = b;
	int	 rc = strcmp(x->code, y->code);

	return rc != 0 ? rc : (x->line > y->line) - (x->line < y->line);
}

/* Each code once: the records sorted by code (then line) on a copy, a repeat reported. */
static unsigned
repeats(const struct commune_list *l, commune_problem_fn fn, void *arg)
{
	struct commune	*s;
	unsigned	 n = 0;
	size_t		 i, first = 0;

	if (l->n < 2)
		return 0;
	s = xmalloc(l->n * sizeof(*s));
	memcpy(s, l->c, l->n * sizeof(*s));
	qsort(s, l->n, sizeof(*s), by_code);
	for (i = 1; i < l->n; i++) {
		if (strcmp(s[i].code, s[first].code) != 0) {
			first = i;
			continue;
		}
		fn(arg, s[i].line, "communes.twice", s[first].line);
		n++;
	}
	free(s);
	return n;
}

unsigned
communes_parse(const char *text, size_t len, const char *home, struct commune_list *out,
    commune_problem_fn fn, void *arg)
{
	struct csv	 csv;
	struct csv_row	 row = { 0 };
	struct commune	 c;
	const char	*err;
	unsigned	 n = 0;
	size_t		 records = 0;
	int		 rc;

	csv_init(&csv, text, len);
	while ((rc = csv_next(&csv, &row)) == 1) {
		if (row.n == 1 && *csv_field(&row, 0) == '\0')
			continue;	/* a blank line */
		if (records++ == 0 && strpbrk(csv_field(&row, 0), "0123456789") == NULL)
			continue;	/* the header */
		if (records > COMMUNES_MAX) {
			fn(arg, row.line, "communes.too_many", 0);
			n++;
			break;
		}
		if ((err = record(&row, home, &c)) != NULL) {
			fn(arg, row.line, err, 0);
			n++;
			continue;
		}
		if (out->n == out->cap) {
			out->cap = out->cap ? out->cap * 2 : 256;
			out->c = xrealloc(out->c, out->cap * sizeof(*out->c));
		}
		out->c[out->n++] = c;
	}
	if (rc < 0) {
		fn(arg, row.line, "communes.csv", 0);
		n++;
	}
	csv_row_free(&row);
	n += repeats(out, fn, arg);
	if (n == 0 && out->n == 0) {
		fn(arg, 0, "communes.empty", 0);
		n++;
	}
	return n;
}

void
communes_free(struct commune_list *l)
{
	size_t	 i;

	for (i = 0; i < l->n; i++)
		free(l->c[i].name);
	free(l->c);
	memset(l, 0, sizeof(*l));
}
