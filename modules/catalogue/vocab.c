/*
 * vocab.c — what the query parser and the no-result page know of the search index: its
 * vocabulary (every folded word with the number of procedures using it, and its most used
 * spelling with diacritics, which dvcctl reindex takes from the names) and the terms
 * (abbreviations and everyday names with the words they mean). Loaded with the index, into
 * memory, once per worker and index file.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "dvc.h"
#include "catalogue.h"

void
vocab_free(struct vocab *v)
{
	size_t	 i;

	for (i = 0; i < v->nwords; i++) {
		free(v->words[i]);
		free(v->spellings[i]);
	}
	for (i = 0; i < v->nterms; i++) {
		free((char *)(uintptr_t)v->terms[i].term);
		free((char *)(uintptr_t)v->terms[i].words);
	}
	free(v->words);
	free(v->spellings);
	free(v->counts);
	free(v->terms);
	memset(v, 0, sizeof(*v));
}

/* An index made before the spellings were kept answers the first statement with an error. */
static sqlite3_stmt *
vocab_statement(sqlite3 *db)
{
	sqlite3_stmt	*st;

	if (sqlite3_prepare_v2(db, "SELECT word, n, spelling FROM vocab ORDER BY word", -1, &st,
	    NULL) == SQLITE_OK)
		return st;
	if (sqlite3_prepare_v2(db, "SELECT word, n, NULL FROM vocab ORDER BY word", -1, &st,
	    NULL) == SQLITE_OK)
		return st;
	return NULL;
}

bool
vocab_load(struct vocab *v, sqlite3 *db)
{
	sqlite3_stmt	*st;
	const char	*s;
	size_t		 cap = 0;

	if ((st = vocab_statement(db)) == NULL)
		return false;
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (v->nwords == cap) {
			cap = cap ? cap * 2 : 4096;
			v->words = xrealloc(v->words, cap * sizeof(*v->words));
			v->spellings = xrealloc(v->spellings, cap * sizeof(*v->spellings));
			v->counts = xrealloc(v->counts, cap * sizeof(*v->counts));
		}
		s = (const char *)sqlite3_column_text(st, 2);
		v->words[v->nwords] = xstrdup((const char *)sqlite3_column_text(st, 0));
		v->spellings[v->nwords] = s != NULL && *s != '\0' ? xstrdup(s) : NULL;
		v->counts[v->nwords++] = sqlite3_column_int(st, 1);
	}
	sqlite3_finalize(st);
	cap = 0;
	if (sqlite3_prepare_v2(db, "SELECT term, words FROM terms ORDER BY term", -1, &st, NULL) != SQLITE_OK)
		return false;
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (v->nterms == cap) {
			cap = cap ? cap * 2 : 64;
			v->terms = xrealloc(v->terms, cap * sizeof(*v->terms));
		}
		v->terms[v->nterms].term = xstrdup((const char *)sqlite3_column_text(st, 0));
		v->terms[v->nterms++].words = xstrdup((const char *)sqlite3_column_text(st, 1));
	}
	sqlite3_finalize(st);
	return true;
}

/* The first vocabulary word not before w (len bytes). */
static size_t
vocab_lower(const struct vocab *v, const char *w, size_t len)
{
	size_t	 lo = 0, hi = v->nwords, mid;
	int	 c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		c = strncmp(v->words[mid], w, len);
		if (c < 0 || (c == 0 && strlen(v->words[mid]) < len))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

long
vocab_count(void *arg, const char *w, size_t len, bool prefix)
{
	const struct vocab	*v = arg;
	size_t			 i = vocab_lower(v, w, len);

	if (i == v->nwords || strncmp(v->words[i], w, len) != 0)
		return 0;
	if (!prefix && v->words[i][len] != '\0')
		return 0;
	return v->counts[i];
}

/* How word i is written in the names, or the folded word when no spelling was kept. */
static const char *
spelling(const struct vocab *v, size_t i)
{
	return v->spellings[i] != NULL ? v->spellings[i] : v->words[i];
}

/*
 * A query like the citizen's with each word the index lacks replaced by the nearest it has
 * (two edits at most, the most used first), every word written as the names write it;
 * false when there is nothing to suggest.
 */
bool
vocab_suggest(const struct vocab *v, const struct query *q, char *out, size_t outsz)
{
	size_t		 o = 0, i, n, best;
	unsigned	 k, d, bestd;
	bool		 changed = false;

	out[0] = '\0';
	for (k = 0; k < q->n; k++) {
		const char	*w = q->words[k].w, *s = w;

		n = strlen(w);
		if (!q->words[k].known && n >= 3) {
			for (i = 0, best = v->nwords, bestd = 3; i < v->nwords; i++) {
				d = query_distance(w, n, v->words[i], strlen(v->words[i]), 2);
				if (d < bestd || (d == bestd && best < v->nwords && v->counts[i] > v->counts[best])) {
					bestd = d;
					best = i;
				}
			}
			if (best < v->nwords) {
				s = spelling(v, best);
				changed = true;
			}
		} else if ((i = vocab_lower(v, w, n)) < v->nwords && strcmp(v->words[i], w) == 0)
			s = spelling(v, i);
		if (o + strlen(s) + 2 > outsz)
			break;
		o += (size_t)snprintf(out + o, outsz - o, "%s%s", o > 0 ? " " : "", s);
	}
	return changed;
}
