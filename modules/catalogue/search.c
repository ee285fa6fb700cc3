/*
 * search.c — the catalogue's keyword search over the SQLite FTS5 index that dvcctl reindex
 * builds from MariaDB (modules/dvcctl/search_index.c). Each worker opens it read-only on
 * its first search and opens it again when the catalogue version moves and the file was
 * replaced. Its vocabulary and terms are kept in memory for the query parser (vocab.c).
 *
 * Each match is scored by an FTS5 auxiliary function (rank_fn), in order of weight: the
 * most query words (a word being any of its spellings); the name equal to the query; the
 * query's words in a row in the name; the most words in the name. Equals keep the index's
 * order (rk: popularity, then the shorter name). A query of three words or more also lists
 * what has all of them but one. The matches are ranked here, in C: SQLite's window functions
 * and ORDER BY over a few thousand matches cost ten times more.
 */
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "dvc.h"
#include "catalogue.h"

enum { SQL_HITS, SQL_HITS_FILTERED, SQL_ROW, SQL_FIELDS, SQL_AGENCIES, SQL__MAX };

static const char *const sqls[SQL__MAX] = {
	/* Arguments: groups, match (query_match()). */
	[SQL_HITS] = "SELECT rowid, dvc_rank(fts, ?1) FROM fts WHERE fts MATCH ?2",
	/* The same, with field, agency and level (0: any). */
	[SQL_HITS_FILTERED] = "SELECT fts.rowid, dvc_rank(fts, ?1) FROM fts JOIN proc p ON p.rk = fts.rowid"
	    " WHERE fts MATCH ?2 AND (?3 = 0 OR p.field_id = ?3) AND (?4 = 0 OR p.agency_id = ?4)"
	    " AND (?5 = 0 OR p.level = ?5)",
	/* A result as a list shows it. */
	[SQL_ROW] = "SELECT code, name, level, field_name, agency_name, processing_hours, same_day,"
	    " fee_total, fee_count FROM proc WHERE rk = ?1",
	/* The filter choices (as STMT_FIELD_OPTIONS and STMT_AGENCY_OPTIONS of main.c). */
	[SQL_FIELDS] = "SELECT id, code, name FROM fields ORDER BY pos",
	[SQL_AGENCIES] = "SELECT id, code, name, kind FROM agencies ORDER BY pos",
};

/* The worker's index: one per process, opened after the fork. */
static struct {
	sqlite3			*db;
	sqlite3_stmt		*st[SQL__MAX];
	dev_t			 dev;
	ino_t			 ino;
	long long		 version;
	struct vocab		 vocab;
} ix = { .version = -2 };

static void
index_close(void)
{
	size_t	 i;

	for (i = 0; i < SQL__MAX; i++) {
		sqlite3_finalize(ix.st[i]);
		ix.st[i] = NULL;
	}
	sqlite3_close(ix.db);
	ix.db = NULL;
	vocab_free(&ix.vocab);
}

/* The score's parts (rank_fn), the heaviest first. */
#define RANK_WORDS	1024	/* × the query's words the row has */
#define RANK_EXACT	512	/* the name is the query */
#define RANK_PHRASE	256	/* the query's words in a row in the name */
#define RANK_NAME	16	/* × the query's words in the name */

/*
 * dvc_rank(fts, groups): the row's score; groups gives, phrase by phrase of the MATCH
 * expression, the index of its query word ('0' + i). Positions past the 64th word of a name
 * are not looked at for the phrase.
 */
static void
rank_fn(const Fts5ExtensionApi *x, Fts5Context *ctx, sqlite3_context *out, int nval,
    sqlite3_value **val)
{
	const unsigned char	*g = nval == 1 ? sqlite3_value_text(val[0]) : NULL;
	uint64_t		 pos[QUERY_MAX_WORDS] = { 0 }, run = ~(uint64_t)0;
	unsigned		 any = 0, name = 0, words = 0, k;
	int			 i, n = x->xPhraseCount(ctx), col, off, size = 0;
	Fts5PhraseIter		 it;

	for (i = 0; g != NULL && i < n && g[i] >= '0' && g[i] < '0' + QUERY_MAX_WORDS; i++) {
		k = (unsigned)(g[i] - '0');
		words = k + 1 > words ? k + 1 : words;
		if (x->xPhraseFirst(ctx, i, &it, &col, &off) != SQLITE_OK)
			break;
		for (; col >= 0; x->xPhraseNext(ctx, &it, &col, &off)) {
			any |= 1u << k;
			if (col == 0) {
				name |= 1u << k;
				if (off >= 0 && off < 64)
					pos[k] |= (uint64_t)1 << off;
			}
		}
	}
	for (k = 0; k < words; k++)
		run &= pos[k] >> k;
	if (words == 0)
		run = 0;
	/* The name's length is a read of fts's docsize table: only when it may be the query. */
	if ((run & 1) && x->xColumnSize(ctx, 0, &size) != SQLITE_OK)
		size = 0;
	sqlite3_result_int(out, __builtin_popcount(any) * RANK_WORDS +
	    ((run & 1) && (unsigned)size == words ? RANK_EXACT : 0) + (run != 0 ? RANK_PHRASE : 0) +
	    __builtin_popcount(name) * RANK_NAME);
}

static bool
register_rank(sqlite3 *db)
{
	fts5_api	*api = NULL;
	sqlite3_stmt	*st;

	if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, NULL) != SQLITE_OK)
		return false;
	sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL);
	sqlite3_step(st);
	sqlite3_finalize(st);
	return api != NULL &&
	    api->xCreateFunction(api, "dvc_rank", NULL, rank_fn, NULL) == SQLITE_OK;
}

static bool
prepare_all(void)
{
	size_t	 i;

	for (i = 0; i < SQL__MAX; i++)
		if (sqlite3_prepare_v3(ix.db, sqls[i], -1, SQLITE_PREPARE_PERSISTENT, &ix.st[i],
		    NULL) != SQLITE_OK)
			return false;
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
	/* A worker is one thread: no mutexes. */
	if (sqlite3_open_v2(conf.search_index, &ix.db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
	    NULL) != SQLITE_OK ||
	    !register_rank(ix.db) || !vocab_load(&ix.vocab, ix.db) || !prepare_all()) {
		log_warn("%s: %s", conf.search_index, ix.db ? sqlite3_errmsg(ix.db) : "cannot open");
		index_close();
		ix.version = -2;
		return false;
	}
	ix.dev = sb.st_dev;
	ix.ino = sb.st_ino;
	return true;
}

/* A match: its score and its place among equals (rk). */
struct hit {
	int		 score;
	sqlite3_int64	 rk;
};

static int
hit_cmp(const void *a, const void *b)
{
	const struct hit	*x = a, *y = b;

	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	return (x->rk > y->rk) - (x->rk < y->rk);
}

/* Every match of the query into *hits (malloc'd, the caller frees); their number, or -1. */
static long
hits_all(const struct query *q, const struct search_filters *f, struct hit **hits)
{
	char		 match[1024], groups[64];
	bool		 filtered = f->field != 0 || f->agency != 0 || f->level != 0;
	sqlite3_stmt	*st = ix.st[filtered ? SQL_HITS_FILTERED : SQL_HITS];
	size_t		 n = 0, cap = 0;
	int		 rc;

	*hits = NULL;
	if (!query_match(q, match, sizeof(match), groups, sizeof(groups)))
		return 0;
	sqlite3_bind_text(st, 1, groups, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, match, -1, SQLITE_TRANSIENT);
	if (filtered) {
		sqlite3_bind_int64(st, 3, (sqlite3_int64)f->field);
		sqlite3_bind_int64(st, 4, (sqlite3_int64)f->agency);
		sqlite3_bind_int64(st, 5, (sqlite3_int64)f->level);
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (n == cap) {
			cap = cap ? cap * 2 : 256;
			*hits = xrealloc(*hits, cap * sizeof(**hits));
		}
		(*hits)[n].rk = sqlite3_column_int64(st, 0);
		(*hits)[n++].score = sqlite3_column_int(st, 1);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		log_warn("search: %s", sqlite3_errmsg(ix.db));
		return -1;
	}
	return (long)n;
}

/* Appends each row of statement i (its arguments bound) under parent as an element rowname;
 * 0 or -1. */
static int
rows_append(int i, xmlNodePtr parent, const char *rowname)
{
	sqlite3_stmt	*st = ix.st[i];
	const char	*names[12];
	char		*cols[12];
	size_t		 lens[12];
	int		 k, n = sqlite3_column_count(st), rc;

	if (n > 12)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		for (k = 0; k < n; k++) {
			names[k] = sqlite3_column_name(st, k);
			cols[k] = (char *)(uintptr_t)sqlite3_column_text(st, k);
			lens[k] = (size_t)sqlite3_column_bytes(st, k);
		}
		xml_row_append(parent, rowname, (unsigned)n, names, cols, lens);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

int
search_index_options(xmlNodePtr root)
{
	if (!index_ready())
		return -1;
	if (rows_append(SQL_FIELDS, xml_elem(root, "fields"), "field") < 0 ||
	    rows_append(SQL_AGENCIES, xml_elem(root, "agencies"), "agency") < 0) {
		log_warn("search: %s", sqlite3_errmsg(ix.db));
		return -1;
	}
	return 0;
}

int
search_index_query(struct request *r, const char *text, const struct search_filters *f,
    xmlNodePtr results, unsigned long long *total)
{
	struct query	 q;
	struct hit	*hits;
	char		 suggestion[300];
	long		 n, i, kept, best = 0, min;

	(void)r;
	*total = 0;
	if (!index_ready())
		return -1;
	query_parse(text, strlen(text), ix.vocab.terms, ix.vocab.nterms, vocab_count, &ix.vocab, &q);
	if ((n = hits_all(&q, f, &hits)) < 0)
		return -1;
	/* Those with the most words; from three words on, those with one less too. */
	for (i = 0; i < n; i++)
		best = hits[i].score / RANK_WORDS > best ? hits[i].score / RANK_WORDS : best;
	min = best - (q.n >= 3 ? 1 : 0);
	for (i = 0, kept = 0; i < n; i++)
		if (hits[i].score / RANK_WORDS >= min)
			hits[kept++] = hits[i];
	if (kept > 0)
		qsort(hits, (size_t)kept, sizeof(*hits), hit_cmp);
	*total = (unsigned long long)kept;
	for (i = f->offset; i < kept && i < f->offset + f->limit; i++) {
		sqlite3_bind_int64(ix.st[SQL_ROW], 1, hits[i].rk);
		if (rows_append(SQL_ROW, results, "procedure") < 0) {
			log_warn("search: %s", sqlite3_errmsg(ix.db));
			free(hits);
			return -1;
		}
	}
	free(hits);
	if (kept == 0 && f->offset == 0 && vocab_suggest(&ix.vocab, &q, suggestion, sizeof(suggestion)))
		xml_attr(results, "suggest", suggestion);
	return 0;
}
