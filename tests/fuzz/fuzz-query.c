/*
 * fuzz-query.c — libFuzzer harness for the search query parser and expander (query.c).
 *
 * query_parse() of the input against a small vocabulary and terms like search_terms': at
 * most QUERY_MAX_WORDS words, each non-empty, [a-z0-9] only, shorter than QUERY_WORD_MAX and
 * not repeated; each spelling is a vocabulary word other than its own, only for words of
 * QUERY_TYPO_MIN letters or more the vocabulary lacks, one edit away. query_match() then
 * fits a large buffer, names one group per phrase, quotes only [a-z0-9]; a small buffer
 * fails cleanly. query_distance() is symmetric, 0 only for equal strings. Else abort().
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* Sorted (strcmp). */
static const char *const vocab[] = {
	"ban", "chung", "dang", "dat", "dung", "giay", "hon", "khai", "ket", "ky", "nhan",
	"phep", "sinh", "sinhh", "su", "thuc", "xay",
};
static const struct query_term terms[] = {
	{ "gpxd", "giay phep xay dung" },
	{ "lam giay khai sinh", "dang ky khai sinh" },
	{ "so do", "giay chung nhan quyen su dung dat" },
};

static long
vocab_count(void *arg, const char *w, size_t len, bool prefix)
{
	size_t	 i;

	(void)arg;
	for (i = 0; i < sizeof(vocab) / sizeof(vocab[0]); i++)
		if (strncmp(vocab[i], w, len) == 0 && (prefix || vocab[i][len] == '\0'))
			return (long)i + 1;
	return 0;
}

static void
check_word(const struct query *q, unsigned i)
{
	const struct query_word	*w = &q->words[i];
	size_t			 n = strlen(w->w), k;
	unsigned		 j;

	if (n == 0 || n >= QUERY_WORD_MAX || strspn(w->w, "abcdefghijklmnopqrstuvwxyz0123456789") != n)
		abort();
	for (j = 0; j < i; j++)
		if (strcmp(q->words[j].w, w->w) == 0)
			abort();
	if (w->nalt > QUERY_MAX_ALTS || (w->nalt > 0 && (w->known || n < QUERY_TYPO_MIN)))
		abort();
	if (w->known != (vocab_count(NULL, w->w, n, w->prefix) > 0))
		abort();
	for (k = 0; k < w->nalt; k++) {
		if (strcmp(w->alt[k], w->w) == 0 ||
		    vocab_count(NULL, w->alt[k], strlen(w->alt[k]), w->prefix) == 0 ||
		    query_distance(w->w, n, w->alt[k], strlen(w->alt[k]), 3) != 1)
			abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct query	 q;
	char		 match[2048], groups[64], small[16], sg[4], phrase[512];
	size_t		 phrases = 0, i, half = size / 2;
	unsigned	 k;
	const char	*s = (const char *)data;

	query_parse(s, size, terms, sizeof(terms) / sizeof(terms[0]), vocab_count, NULL, &q);
	if (q.n > QUERY_MAX_WORDS)
		abort();
	for (k = 0; k < q.n; k++) {
		check_word(&q, k);
		phrases += 1 + q.words[k].nalt;
	}
	if (query_match(&q, match, sizeof(match), groups, sizeof(groups)) != (q.n > 0))
		abort();
	if (q.n > 0) {
		if (strlen(groups) != phrases)
			abort();
		for (i = 0; groups[i] != '\0'; i++)
			if (groups[i] < '0' || groups[i] >= '0' + (int)q.n)
				abort();
		if (strspn(match, "abcdefghijklmnopqrstuvwxyz0123456789\"()* OR") != strlen(match))
			abort();
		if (query_match(&q, small, sizeof(small), sg, sizeof(sg)) &&
		    (strlen(small) >= sizeof(small) || strlen(sg) >= sizeof(sg)))
			abort();
	}
	query_phrase(&q, phrase, sizeof(phrase));
	if (strlen(phrase) >= sizeof(phrase))
		abort();
	query_phrase(&q, small, sizeof(small));
	if (strlen(small) >= sizeof(small))
		abort();

	/* The two halves of the input as two words. */
	if (half < 64 && size - half < 64) {
		unsigned d = query_distance(s, half, s + half, size - half, 7);
		unsigned e = query_distance(s + half, size - half, s, half, 7);

		if (d != e || d > 8 || ((d == 0) != (half == size - half && memcmp(s, s + half, half) == 0)))
			abort();
	}
	return 0;
}
