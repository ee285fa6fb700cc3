/*
 * query.c — a citizen's search query made into what the catalogue's index is asked: folded
 * words, the administrator's terms replaced by their words, typos forgiven by spellings one
 * edit away that the index's vocabulary knows. Pure: the vocabulary and the terms are given
 * by the caller (dvc-catalogue reads them from the index; the fuzz harness makes its own).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"

#define RAW_MAX		16	/* words of the folded query looked at */
#define TERM_WORDS	4	/* the longest term, in words */
#define ALPHABET	"abcdefghijklmnopqrstuvwxyz0123456789"

struct span {
	const char	*s;
	size_t		 n;
};

static int
term_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const struct query_term *)elem)->term);
}

/* Appends a word (cut to QUERY_WORD_MAX - 1 bytes) unless the query has it already. */
static void
word_add(struct query *q, const char *s, size_t n, bool prefix)
{
	struct query_word	*w;
	unsigned		 i;

	if (n == 0 || q->n == QUERY_MAX_WORDS)
		return;
	if (n >= QUERY_WORD_MAX)
		n = QUERY_WORD_MAX - 1;
	for (i = 0; i < q->n; i++)
		if (strlen(q->words[i].w) == n && memcmp(q->words[i].w, s, n) == 0) {
			q->words[i].prefix &= prefix;
			return;
		}
	w = &q->words[q->n++];
	memcpy(w->w, s, n);
	w->w[n] = '\0';
	w->prefix = prefix;
}

/* Splits folded text (single spaces, none at the ends) into at most max spans. */
static size_t
split(const char *s, struct span *out, size_t max)
{
	size_t	 n = 0;

	while (*s != '\0' && n < max) {
		const char	*e = strchr(s, ' ');

		if (e == NULL)
			e = s + strlen(s);
		out[n].s = s;
		out[n++].n = (size_t)(e - s);
		s = *e != '\0' ? e + 1 : e;
	}
	return n;
}

/* The term spelt by raw[i..], the longest first; its length in words, 0 when none. */
static size_t
term_at(const struct span *raw, size_t nraw, size_t i, const struct query_term *terms,
    size_t nterms, const struct query_term **found)
{
	char	 key[TERM_WORDS * QUERY_WORD_MAX];
	size_t	 len, k, o;

	if (nterms == 0)
		return 0;
	for (len = nraw - i < TERM_WORDS ? nraw - i : TERM_WORDS; len > 0; len--) {
		for (k = 0, o = 0; k < len; k++) {
			if (o + raw[i + k].n + 2 > sizeof(key))
				break;
			if (k > 0)
				key[o++] = ' ';
			memcpy(key + o, raw[i + k].s, raw[i + k].n);
			o += raw[i + k].n;
		}
		if (k < len)
			continue;
		key[o] = '\0';
		if ((*found = bsearch(key, terms, nterms, sizeof(*terms), term_cmp)) != NULL)
			return len;
	}
	return 0;
}

/* Keeps cand among w's spellings if the vocabulary knows it, the most used first. */
static void
alt_offer(struct query_word *w, const char *cand, long *freq, query_vocab_fn vocab, void *arg)
{
	long		 f;
	unsigned	 i, at;

	if (strcmp(cand, w->w) == 0)
		return;
	for (i = 0; i < w->nalt; i++)
		if (strcmp(w->alt[i], cand) == 0)
			return;
	if ((f = vocab(arg, cand, strlen(cand), w->prefix)) <= 0)
		return;
	for (at = w->nalt; at > 0 && freq[at - 1] < f; at--)
		;
	if (at == QUERY_MAX_ALTS)
		return;
	if (w->nalt < QUERY_MAX_ALTS)
		w->nalt++;
	memmove(w->alt[at + 1], w->alt[at], (w->nalt - 1 - at) * QUERY_WORD_MAX);
	memmove(freq + at + 1, freq + at, (w->nalt - 1 - at) * sizeof(*freq));
	snprintf(w->alt[at], sizeof(w->alt[at]), "%s", cand);
	freq[at] = f;
}

/* Every spelling one deletion, transposition, substitution or insertion away from w. */
static void
typo_alts(struct query_word *w, query_vocab_fn vocab, void *arg)
{
	char		 c[QUERY_WORD_MAX + 1];
	long		 freq[QUERY_MAX_ALTS] = { 0 };
	size_t		 n = strlen(w->w), i;
	const char	*a;

	for (i = 0; i < n; i++) {		/* deletion */
		memcpy(c, w->w, i);
		memcpy(c + i, w->w + i + 1, n - i);	/* the rest and its NUL */
		alt_offer(w, c, freq, vocab, arg);
	}
	for (i = 0; i + 1 < n; i++) {		/* transposition */
		memcpy(c, w->w, n + 1);
		c[i] = w->w[i + 1];
		c[i + 1] = w->w[i];
		alt_offer(w, c, freq, vocab, arg);
	}
	for (i = 0; i < n; i++)			/* substitution */
		for (a = ALPHABET; *a != '\0'; a++) {
			memcpy(c, w->w, n + 1);
			c[i] = *a;
			alt_offer(w, c, freq, vocab, arg);
		}
	if (n + 1 >= QUERY_WORD_MAX)
		return;
	for (i = 0; i <= n; i++)		/* insertion */
		for (a = ALPHABET; *a != '\0'; a++) {
			memcpy(c, w->w, i);
			c[i] = *a;
			memcpy(c + i + 1, w->w + i, n - i + 1);	/* the rest and its NUL */
			alt_offer(w, c, freq, vocab, arg);
		}
}

void
query_parse(const char *q, size_t qlen, const struct query_term *terms, size_t nterms,
    query_vocab_fn vocab, void *arg, struct query *out)
{
	char				 folded[256];
	struct span			 raw[RAW_MAX], tw[QUERY_MAX_WORDS];
	const struct query_term		*t;
	size_t				 nraw, i, len, k, ntw;

	memset(out, 0, sizeof(*out));
	text_fold(q, qlen, folded, sizeof(folded));
	nraw = split(folded, raw, RAW_MAX);
	for (i = 0; i < nraw && out->n < QUERY_MAX_WORDS; ) {
		if ((len = term_at(raw, nraw, i, terms, nterms, &t)) > 0) {
			ntw = split(t->words, tw, QUERY_MAX_WORDS);
			for (k = 0; k < ntw; k++)
				word_add(out, tw[k].s, tw[k].n, false);
			i += len;
		} else {
			word_add(out, raw[i].s, raw[i].n, i + 1 == nraw);
			i++;
		}
	}
	for (i = 0; i < out->n; i++) {
		struct query_word	*w = &out->words[i];

		w->known = vocab(arg, w->w, strlen(w->w), w->prefix) > 0;
		if (!w->known && strlen(w->w) >= QUERY_TYPO_MIN)
			typo_alts(w, vocab, arg);
	}
}

/* Appends "word" or "word"* at *o; false when it does not fit. */
static bool
phrase_put(char *out, size_t outsz, size_t *o, const char *sep, const char *word, bool prefix)
{
	size_t	 need = strlen(sep) + strlen(word) + 3 + (prefix ? 1 : 0);

	if (*o + need >= outsz)
		return false;
	*o += (size_t)snprintf(out + *o, outsz - *o, "%s\"%s\"%s", sep, word, prefix ? "*" : "");
	return true;
}

bool
query_match(const struct query *q, char *out, size_t outsz, char *groups, size_t gsz)
{
	size_t		 o = 0, g = 0;
	unsigned	 i, k;

	if (q->n == 0 || outsz == 0 || gsz == 0)
		return false;
	out[0] = groups[0] = '\0';
	for (i = 0; i < q->n; i++) {
		const struct query_word	*w = &q->words[i];

		if (g + w->nalt + 2 > gsz ||
		    !phrase_put(out, outsz, &o, i == 0 ? "(" : " OR (", w->w, w->prefix))
			return false;
		groups[g++] = (char)('0' + i);
		for (k = 0; k < w->nalt; k++) {
			if (!phrase_put(out, outsz, &o, " OR ", w->alt[k], w->prefix))
				return false;
			groups[g++] = (char)('0' + i);
		}
		if (o + 2 >= outsz)
			return false;
		out[o++] = ')';
		out[o] = '\0';
	}
	groups[g] = '\0';
	return true;
}

void
query_phrase(const struct query *q, char *out, size_t outsz)
{
	size_t		 o = 0, n;
	unsigned	 i;

	if (outsz == 0)
		return;
	out[0] = '\0';
	for (i = 0; i < q->n; i++) {
		const struct query_word	*w = &q->words[i];
		const char		*s = w->known || w->nalt == 0 ? w->w : w->alt[0];

		n = strlen(s);
		if (o + n + 2 > outsz)
			return;
		if (i > 0)
			out[o++] = ' ';
		memcpy(out + o, s, n);
		o += n;
		out[o] = '\0';
	}
}

unsigned
query_distance(const char *a, size_t alen, const char *b, size_t blen, unsigned max)
{
	unsigned	 rows[3][64], *pp, *p, *c, best, v;
	size_t		 i, j;

	if (alen >= 64 || blen >= 64 || (alen > blen ? alen - blen : blen - alen) > max)
		return max + 1;
	for (j = 0; j <= blen; j++)
		rows[0][j] = (unsigned)j;
	for (i = 1; i <= alen; i++) {
		pp = rows[(i + 1) % 3];		/* row i - 2 */
		p = rows[(i + 2) % 3];		/* row i - 1 */
		c = rows[i % 3];
		c[0] = best = (unsigned)i;
		for (j = 1; j <= blen; j++) {
			v = p[j - 1] + (a[i - 1] != b[j - 1]);
			if (p[j] + 1 < v)
				v = p[j] + 1;
			if (c[j - 1] + 1 < v)
				v = c[j - 1] + 1;
			/* Two letters swapped: one edit, as a typo is. */
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    pp[j - 2] + 1 < v)
				v = pp[j - 2] + 1;
			c[j] = v;
			if (v < best)
				best = v;
		}
		if (best > max)
			return max + 1;
	}
	v = rows[alen % 3][blen];
	return v > max ? max + 1 : v;
}
