/*
 * test-query.c — query.c: a citizen's query made into the index's: folding, terms (the
 * longest first, anywhere in the query), typos one edit away that the vocabulary knows (the
 * most used first, only from four letters), the last word a prefix, the FTS5 expression and
 * its groups, the phrase, and the edit distance.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "tap.h"

/* A vocabulary with counts: "sinh" more used than "sing". */
static const struct {
	const char	*w;
	long		 n;
} vocab[] = {
	{ "dang", 40 }, { "dat", 9 }, { "hon", 12 }, { "ket", 12 }, { "khai", 30 }, { "ky", 40 },
	{ "sing", 1 }, { "sinh", 20 }, { "tu", 8 }, { "xay", 3 }, { "dung", 5 }, { "giay", 30 },
	{ "phep", 20 },
};

static long
count(void *arg, const char *w, size_t len, bool prefix)
{
	long	 n = 0;
	size_t	 i;

	(void)arg;
	for (i = 0; i < sizeof(vocab) / sizeof(vocab[0]); i++)
		if (strncmp(vocab[i].w, w, len) == 0 && (prefix || vocab[i].w[len] == '\0'))
			n += vocab[i].n;
	return n;
}

/* Sorted by term. */
static const struct query_term terms[] = {
	{ "gpxd", "giay phep xay dung" },
	{ "lam giay khai sinh", "dang ky khai sinh" },
	{ "lam khai sinh", "dang ky khai sinh" },
};

static void
parse(const char *q, struct query *out)
{
	query_parse(q, strlen(q), terms, sizeof(terms) / sizeof(terms[0]), count, NULL, out);
}

/* The words of a query as "w|w*|w(a,b)" for one comparison. */
static const char *
shape(const struct query *q)
{
	static char	 out[512];
	size_t		 o = 0;
	unsigned	 i, k;

	out[0] = '\0';
	for (i = 0; i < q->n; i++) {
		const struct query_word	*w = &q->words[i];

		o += (size_t)snprintf(out + o, sizeof(out) - o, "%s%s%s", i ? "|" : "", w->w,
		    w->prefix ? "*" : "");
		for (k = 0; k < w->nalt; k++)
			o += (size_t)snprintf(out + o, sizeof(out) - o, "%c%s", k ? ',' : '(', w->alt[k]);
		if (w->nalt > 0)
			o += (size_t)snprintf(out + o, sizeof(out) - o, ")");
	}
	return out;
}

static void
test_parse(void)
{
	static const struct {
		const char	*q, *want;
	} t[] = {
		{ "Đăng ký KHAI SINH", "dang|ky|khai|sinh*" },
		{ "  dang   ky  ", "dang|ky*" },
		/* swapped letters, as a prefix: a deletion that starts a word is one too */
		{ "khai sihn", "khai|sihn*(sin,sinh)" },
		{ "ket hnon", "ket|hnon*(hon)" },		/* an extra letter */
		{ "kahi sinh", "kahi(khai)|sinh*" },		/* not the last word: whole words */
		{ "dnag ky", "dnag(dang)|ky*" },
		{ "sinx", "sinx*(sin,sinh,sing)" },		/* the most used first */
		{ "dnag kyy", "dnag(dang)|kyy*" },		/* three letters: no typo */
		{ "hnn ky", "hnn|ky*" },			/* three letters: no typo */
		{ "GPXD", "giay|phep|xay|dung" },		/* a term: whole words, none a prefix */
		{ "gpxd nha", "giay|phep|xay|dung|nha*" },
		{ "làm giấy khai sinh cho con", "dang|ky|khai|sinh|cho|con*" },
		{ "lam khai sinh", "dang|ky|khai|sinh" },
		{ "lam giay", "lam|giay*" },			/* not the whole term */
		{ "dang ky dang ky", "dang|ky" },		/* no word twice; typed whole once */
		{ "a b c d e f g h i j k", "a|b|c|d|e|f|g|h" },	/* at most QUERY_MAX_WORDS */
		{ "!!! ...", "" },
		{ "1.001193.000.00.00.H56", "1|001193|000|00|h56*" },
	};
	struct query	 q;
	size_t		 i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		parse(t[i].q, &q);
		is_str(shape(&q), t[i].want, "parse '%s'", t[i].q);
	}
	parse("abcdefghijklmnopqrstuvwxyzabcdefghijklmnop", &q);
	is_int((long long)strlen(q.words[0].w), QUERY_WORD_MAX - 1, "a long word is cut");
}

static void
test_match(void)
{
	struct query	 q;
	char		 m[512], g[32], small[20], sg[32];

	parse("kahi sihn", &q);
	ok(query_match(&q, m, sizeof(m), g, sizeof(g)), "match: fits");
	is_str(m, "(\"kahi\" OR \"khai\") OR (\"sihn\"* OR \"sin\"* OR \"sinh\"*)",
	    "match: groups ORed, alternatives inside");
	is_str(g, "00111", "match: a group index per phrase");
	ok(!query_match(&q, small, sizeof(small), sg, sizeof(sg)), "match: too small a buffer fails");
	parse("...", &q);
	ok(!query_match(&q, m, sizeof(m), g, sizeof(g)), "match: no word, no expression");
	parse("dnag ky khai sinh", &q);
	query_phrase(&q, m, sizeof(m));
	is_str(m, "dang ky khai sinh", "phrase: each word as the vocabulary spells it");
}

static void
test_distance(void)
{
	static const struct {
		const char	*a, *b;
		unsigned	 want;
	} t[] = {
		{ "khai", "khai", 0 }, { "khai", "kahi", 1 }, { "sinh", "sihn", 1 }, { "hon", "hnon", 1 },
		{ "khai", "khaaai", 2 }, { "", "abc", 3 }, { "dang", "xyz", 3 }, { "kitten", "sitting", 3 },
	};
	size_t	 i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		is_int(query_distance(t[i].a, strlen(t[i].a), t[i].b, strlen(t[i].b), 2),
		    t[i].want > 2 ? 3 : t[i].want, "distance %s %s (at most 2)", t[i].a, t[i].b);
	is_int(query_distance("kitten", 6, "sitting", 7, 5), 3, "distance kitten sitting");
}

int
main(void)
{
	test_parse();
	test_match();
	test_distance();
	return done_testing();
}
