/*
 * search.c — the catalogue's keyword search over the SQLite FTS5 index that dvcctl reindex
 * builds from MariaDB (modules/dvcctl/search_index.c). Each worker opens it read-only on
 * its first search and opens it again when the catalogue version moves and the file was
 * replaced. Its vocabulary and terms are kept in memory for the query parser (core query.c).
 *
 * Ranking, in order: the most query words matched (a word being any of its spellings);
 * the name equal to the query; the whole phrase in the name; the most words in the name;
 * popularity (dossiers of the last year); the shorter name; bm25 (name 4, body 1); code.
 * A query of three words or more also lists what matches all of them but one.
 */
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "dvc.h"
#include "catalogue.h"

/* Arguments: groups, match, field ×1, agency, level, tolerance, phrase, phrase boundary,
 * limit, offset. */
static const char search_sql[] =
    "WITH m AS (SELECT rowid AS id, dvc_groups(fts, ?1) AS g, bm25(fts, 4.0, 1.0) AS score"
    " FROM fts WHERE fts MATCH ?2),"
    " k AS (SELECT m.id, m.g, m.score, max(m.g >> 4) OVER () AS best FROM m"
    " JOIN proc p ON p.id = m.id WHERE (?3 = 0 OR p.field_id = ?3)"
    " AND (?4 = 0 OR p.agency_id = ?4) AND (?5 = 0 OR p.level = ?5)),"
    " r AS (SELECT k.*, COUNT(*) OVER () AS total FROM k WHERE (k.g >> 4) >= k.best - ?6)"
    " SELECT r.total, p.code, p.name, p.level, p.field_name, p.agency_name, p.processing_hours,"
    " p.same_day, p.fee_total, p.fee_count FROM r JOIN proc p ON p.id = r.id"
    " ORDER BY (r.g >> 4) DESC, p.name_folded = ?7 DESC,"
    " instr(' ' || p.name_folded || ' ', ?8) > 0 DESC, (r.g & 15) DESC, p.popularity DESC,"
    " length(p.name_folded), r.score, p.code LIMIT ?9 OFFSET ?10";

/* The worker's index: one per process, opened after the fork. */
static struct {
	sqlite3			*db;
	sqlite3_stmt		*search;
	dev_t			 dev;
	ino_t			 ino;
	long long		 version;
	char			**words;	/* the vocabulary, sorted (strcmp) */
	long			*counts;
	size_t			 nwords;
	struct query_term	*terms;		/* sorted by term */
	size_t			 nterms;
} ix = { .version = -2 };

static void
index_close(void)
{
	size_t	 i;

	sqlite3_finalize(ix.search);
	sqlite3_close(ix.db);
	for (i = 0; i < ix.nwords; i++)
		free(ix.words[i]);
	for (i = 0; i < ix.nterms; i++) {
		free((char *)(uintptr_t)ix.terms[i].term);
		free((char *)(uintptr_t)ix.terms[i].words);
	}
	free(ix.words);
	free(ix.counts);
	free(ix.terms);
	ix.db = NULL;
	ix.search = NULL;
	ix.words = NULL;
	ix.counts = NULL;
	ix.terms = NULL;
	ix.nwords = ix.nterms = 0;
}

/*
 * dvc_groups(fts, groups): how many of the query's words the row has (× 16) plus how many
 * of them are in its name; groups gives, phrase by phrase, the index of its word ('0' + i).
 */
static void
groups_fn(const Fts5ExtensionApi *x, Fts5Context *ctx, sqlite3_context *out, int nval,
    sqlite3_value **val)
{
	const unsigned char	*g = nval == 1 ? sqlite3_value_text(val[0]) : NULL;
	unsigned		 any = 0, name = 0, bit;
	int			 i, n = x->xPhraseCount(ctx), col, off;
	Fts5PhraseIter		 it;

	for (i = 0; g != NULL && i < n && g[i] >= '0' && g[i] < '0' + QUERY_MAX_WORDS; i++) {
		bit = 1u << (g[i] - '0');
		if (x->xPhraseFirst(ctx, i, &it, &col, &off) != SQLITE_OK)
			break;
		for (; col >= 0; x->xPhraseNext(ctx, &it, &col, &off)) {
			any |= bit;
			if (col == 0)
				name |= bit;
		}
	}
	sqlite3_result_int(out, __builtin_popcount(any) * 16 + __builtin_popcount(name));
}

static bool
register_groups(sqlite3 *db)
{
	fts5_api	*api = NULL;
	sqlite3_stmt	*st;

	if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, NULL) != SQLITE_OK)
		return false;
	sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL);
	sqlite3_step(st);
	sqlite3_finalize(st);
	return api != NULL &&
	    api->xCreateFunction(api, "dvc_groups", NULL, groups_fn, NULL) == SQLITE_OK;
}

/* The vocabulary and the terms, into memory. */
static bool
load_lists(void)
{
	sqlite3_stmt	*st;
	size_t		 cap = 0;

	if (sqlite3_prepare_v2(ix.db, "SELECT word, n FROM vocab ORDER BY word", -1, &st, NULL) != SQLITE_OK)
		return false;
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (ix.nwords == cap) {
			cap = cap ? cap * 2 : 4096;
			ix.words = xrealloc(ix.words, cap * sizeof(*ix.words));
			ix.counts = xrealloc(ix.counts, cap * sizeof(*ix.counts));
		}
		ix.words[ix.nwords] = xstrdup((const char *)sqlite3_column_text(st, 0));
		ix.counts[ix.nwords++] = sqlite3_column_int(st, 1);
	}
	sqlite3_finalize(st);
	cap = 0;
	if (sqlite3_prepare_v2(ix.db, "SELECT term, words FROM terms ORDER BY term", -1, &st, NULL) != SQLITE_OK)
		return false;
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (ix.nterms == cap) {
			cap = cap ? cap * 2 : 64;
			ix.terms = xrealloc(ix.terms, cap * sizeof(*ix.terms));
		}
		ix.terms[ix.nterms].term = xstrdup((const char *)sqlite3_column_text(st, 0));
		ix.terms[ix.nterms++].words = xstrdup((const char *)sqlite3_column_text(st, 1));
	}
	sqlite3_finalize(st);
	return true;
}

/* The index open and current: opened again when the catalogue version moved and the file
 * is another. False when there is none (logged). */
static bool
index_ready(void)
{
	struct stat	 sb;
	long long	 v = data_version();

	if (ix.db != NULL && v == ix.version)
		return true;
	if (stat(conf.search_index, &sb) != 0) {
		if (ix.db == NULL)
			log_warn("%s: no search index: run dvcctl reindex", conf.search_index);
		return ix.db != NULL;
	}
	ix.version = v;
	if (ix.db != NULL && sb.st_dev == ix.dev && sb.st_ino == ix.ino)
		return true;
	index_close();
	if (sqlite3_open_v2(conf.search_index, &ix.db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
	    !register_groups(ix.db) || !load_lists() ||
	    sqlite3_prepare_v3(ix.db, search_sql, -1, SQLITE_PREPARE_PERSISTENT, &ix.search,
	    NULL) != SQLITE_OK) {
		log_warn("%s: %s", conf.search_index, ix.db ? sqlite3_errmsg(ix.db) : "cannot open");
		index_close();
		ix.version = -2;
		return false;
	}
	ix.dev = sb.st_dev;
	ix.ino = sb.st_ino;
	return true;
}

/* The first vocabulary word not before w (len bytes). */
static size_t
vocab_lower(const char *w, size_t len)
{
	size_t	 lo = 0, hi = ix.nwords, mid;
	int	 c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		c = strncmp(ix.words[mid], w, len);
		if (c < 0 || (c == 0 && strlen(ix.words[mid]) < len))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static long
vocab_count(void *arg, const char *w, size_t len, bool prefix)
{
	size_t	 i = vocab_lower(w, len);

	(void)arg;
	if (i == ix.nwords || strncmp(ix.words[i], w, len) != 0)
		return 0;
	if (!prefix && ix.words[i][len] != '\0')
		return 0;
	return ix.counts[i];
}

/* A query like the citizen's with each word the index lacks replaced by the nearest it has
 * (two edits at most, the most used first); false when there is nothing to suggest. */
static bool
suggest(const struct query *q, char *out, size_t outsz)
{
	size_t		 o = 0, i, n, best;
	unsigned	 k, d, bestd;
	bool		 changed = false;

	out[0] = '\0';
	for (k = 0; k < q->n; k++) {
		const char	*w = q->words[k].w, *s = w;

		n = strlen(w);
		if (!q->words[k].known && n >= 3) {
			for (i = 0, best = ix.nwords, bestd = 3; i < ix.nwords; i++) {
				d = query_distance(w, n, ix.words[i], strlen(ix.words[i]), 2);
				if (d < bestd || (d == bestd && best < ix.nwords && ix.counts[i] > ix.counts[best])) {
					bestd = d;
					best = i;
				}
			}
			if (best < ix.nwords) {
				s = ix.words[best];
				changed = true;
			}
		}
		if (o + strlen(s) + 2 > outsz)
			break;
		o += (size_t)snprintf(out + o, outsz - o, "%s%s", o > 0 ? " " : "", s);
	}
	return changed;
}

static void
bind_text(int i, const char *s)
{
	sqlite3_bind_text(ix.search, i, s, -1, SQLITE_TRANSIENT);
}

int
search_index_query(struct request *r, const char *text, const struct search_filters *f,
    xmlNodePtr results, unsigned long long *total)
{
	struct query	 q;
	char		 match[1024], groups[64], phrase[300], bound[304];
	const char	*names[10];
	char		*cols[10];
	size_t		 lens[10];
	int		 rc, i;

	(void)r;
	*total = 0;
	if (!index_ready())
		return -1;
	query_parse(text, strlen(text), ix.terms, ix.nterms, vocab_count, NULL, &q);
	if (!query_match(&q, match, sizeof(match), groups, sizeof(groups)))
		return 0;
	query_phrase(&q, phrase, sizeof(phrase));
	snprintf(bound, sizeof(bound), " %s%s", phrase, q.words[q.n - 1].prefix ? "" : " ");
	bind_text(1, groups);
	bind_text(2, match);
	sqlite3_bind_int64(ix.search, 3, (sqlite3_int64)f->field);
	sqlite3_bind_int64(ix.search, 4, (sqlite3_int64)f->agency);
	sqlite3_bind_int64(ix.search, 5, (sqlite3_int64)f->level);
	sqlite3_bind_int(ix.search, 6, q.n >= 3 ? 1 : 0);
	bind_text(7, phrase);
	bind_text(8, bound);
	sqlite3_bind_int64(ix.search, 9, f->limit);
	sqlite3_bind_int64(ix.search, 10, f->offset);
	while ((rc = sqlite3_step(ix.search)) == SQLITE_ROW) {
		*total = (unsigned long long)sqlite3_column_int64(ix.search, 0);
		for (i = 1; i < 10; i++) {
			names[i - 1] = sqlite3_column_name(ix.search, i);
			cols[i - 1] = (char *)(uintptr_t)sqlite3_column_text(ix.search, i);
			lens[i - 1] = (size_t)sqlite3_column_bytes(ix.search, i);
		}
		xml_row_append(results, "procedure", 9, names, cols, lens);
	}
	sqlite3_reset(ix.search);
	sqlite3_clear_bindings(ix.search);
	if (rc != SQLITE_DONE) {
		log_warn("search: %s", sqlite3_errmsg(ix.db));
		return -1;
	}
	if (*total == 0 && f->offset == 0 && suggest(&q, phrase, sizeof(phrase)))
		xml_attr(results, "suggest", phrase);
	return 0;
}
