/*
 * search_index.c — catalogue_reindex() (catalogue.h), run by dvcctl reindex and by dvc-admin
 * after a change: the folded search text of each procedure's row, then the catalogue's search
 * index, an SQLite file with an FTS5 table, built from MariaDB (the source of truth) into a temporary name
 * beside conf.search_index and renamed over it, so that a dvc-catalogue worker opening it
 * sees the old index or the new one, never half of one. What the index holds:
 *   proc   one row per current procedure: what a result in a list shows, its filters and its
 *          popularity (dossiers submitted in the last year), by rk: its place among equals
 *   fts    FTS5 over the folded name and body (code, field, agency), rowid = proc.rk
 *   vocab  every word of fts with the number of procedures using it: typos and suggestions;
 *          and its spelling, the one the names (of procedures, fields, agencies) use most,
 *          so that a suggestion reads "đăng ký khai sinh", not "dang ky khai sinh"
 *   terms  search_terms folded: abbreviations and everyday names and the words they mean
 *   fields, agencies  the search page's filter choices, in the order shown
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "dvc.h"
#include "private.h"
#include "catalogue.h"

static const char schema_sql[] =
    "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
    /* As read from MariaDB; proc is made from it once popularity is known. */
    "CREATE TEMP TABLE p0 (id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL,"
    " name_folded TEXT NOT NULL, level INTEGER NOT NULL, field_id INTEGER NOT NULL,"
    " agency_id INTEGER NOT NULL, field_name TEXT NOT NULL, agency_name TEXT NOT NULL,"
    " processing_hours INTEGER NOT NULL, same_day INTEGER NOT NULL, fee_total INTEGER NOT NULL,"
    " fee_count INTEGER NOT NULL, body TEXT NOT NULL, popularity INTEGER NOT NULL DEFAULT 0);"
    "CREATE INDEX temp.p0_code ON p0 (code);"
    /*
     * rk, the row's place when nothing else tells two results apart: the most popular
     * first, then the shorter name, then the code. It is also the rowid in fts, so that the
     * search keeps the best of equals without reading proc.
     */
    "CREATE TABLE proc (rk INTEGER PRIMARY KEY, id INTEGER NOT NULL, code TEXT NOT NULL,"
    " name TEXT NOT NULL, level INTEGER NOT NULL, field_id INTEGER NOT NULL,"
    " agency_id INTEGER NOT NULL, field_name TEXT NOT NULL, agency_name TEXT NOT NULL,"
    " processing_hours INTEGER NOT NULL, same_day INTEGER NOT NULL, fee_total INTEGER NOT NULL,"
    " fee_count INTEGER NOT NULL, popularity INTEGER NOT NULL);"
    /* Contentless: the words are only looked up, never shown; proc has what is shown. */
    "CREATE VIRTUAL TABLE fts USING fts5 (name, body, content = '',"
    " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');"
    "CREATE TABLE vocab (word TEXT PRIMARY KEY, n INTEGER NOT NULL, spelling TEXT) WITHOUT ROWID;"
    "CREATE TABLE terms (term TEXT PRIMARY KEY, words TEXT NOT NULL) WITHOUT ROWID;"
    /* The search page's filter choices, in the order shown: no MariaDB for a search. */
    "CREATE TABLE fields (pos INTEGER PRIMARY KEY, id INTEGER NOT NULL, code TEXT NOT NULL,"
    " name TEXT NOT NULL);"
    "CREATE TABLE agencies (pos INTEGER PRIMARY KEY, id INTEGER NOT NULL, code TEXT NOT NULL,"
    " name TEXT NOT NULL, kind TEXT NOT NULL);"
    "BEGIN;";

static const char finish_sql[] =
    "INSERT INTO proc SELECT row_number() OVER (ORDER BY popularity DESC,"
    " length(name_folded), code), id, code, name, level, field_id, agency_id, field_name,"
    " agency_name, processing_hours, same_day, fee_total, fee_count, popularity FROM p0;"
    "INSERT INTO fts (rowid, name, body) SELECT proc.rk, p0.name_folded, p0.body"
    " FROM proc JOIN p0 ON p0.id = proc.id;"
    "DROP TABLE p0;"
    "CREATE VIRTUAL TABLE temp.v USING fts5vocab (main, fts, row);"
    "INSERT INTO vocab (word, n) SELECT term, doc FROM temp.v;"
    "DROP TABLE temp.v;"
    /* The names' words with their diacritics (lower case), for spell_row() to fold. */
    "CREATE VIRTUAL TABLE temp.spell USING fts5 (t, tokenize = 'unicode61 remove_diacritics 0');"
    "INSERT INTO temp.spell SELECT name FROM proc UNION ALL SELECT name FROM fields"
    " UNION ALL SELECT name FROM agencies;"
    "CREATE VIRTUAL TABLE temp.sv USING fts5vocab (temp, spell, row);"
    "CREATE TEMP TABLE spellings (word TEXT NOT NULL, spelling TEXT NOT NULL, n INTEGER NOT NULL);";

static const char spell_sql[] = "SELECT term, doc FROM temp.sv";

static const char spelled_sql[] =
    "CREATE INDEX temp.spellings_word ON spellings (word, n);"
    "UPDATE vocab SET spelling = (SELECT s.spelling FROM spellings s WHERE s.word = vocab.word"
    " ORDER BY s.n DESC, s.spelling LIMIT 1);"
    "DROP TABLE temp.sv; DROP TABLE temp.spell; DROP TABLE spellings;"
    "INSERT INTO fts (fts) VALUES ('optimize');"
    "COMMIT;";

/* Each spelling of the names with its folded word and the number of names using it. */
static bool
spellings(sqlite3 *db)
{
	sqlite3_stmt	*sel = NULL, *ins = NULL;
	char		 folded[256];
	const char	*t;
	size_t		 n;
	int		 rc = SQLITE_ERROR;

	if (sqlite3_prepare_v2(db, spell_sql, -1, &sel, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "INSERT INTO spellings (word, spelling, n) VALUES (?1, ?2, ?3)",
	    -1, &ins, NULL) != SQLITE_OK)
		goto done;
	while ((rc = sqlite3_step(sel)) == SQLITE_ROW) {
		t = (const char *)sqlite3_column_text(sel, 0);
		n = text_fold(t, (size_t)sqlite3_column_bytes(sel, 0), folded, sizeof(folded));
		if (n == 0 || strcmp(folded, t) == 0)
			continue;	/* no diacritics: the folded word says it */
		sqlite3_bind_text(ins, 1, folded, (int)n, SQLITE_TRANSIENT);
		sqlite3_bind_text(ins, 2, t, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int(ins, 3, sqlite3_column_int(sel, 1));
		if (sqlite3_step(ins) != SQLITE_DONE)
			break;
		sqlite3_reset(ins);
	}
done:
	sqlite3_finalize(sel);
	sqlite3_finalize(ins);
	return rc == SQLITE_DONE;
}

enum { INS_PROC, SET_POPULARITY, INS_TERM, INS_FIELD, INS_AGENCY, INS__MAX };

static const char *const ins_sql[INS__MAX] = {
	[INS_PROC] = "INSERT INTO p0 (id, code, name, name_folded, level, field_id, agency_id,"
	    " field_name, agency_name, processing_hours, same_day, fee_total, fee_count, body)"
	    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
	[SET_POPULARITY] = "UPDATE p0 SET popularity = ?2 WHERE code = ?1",
	[INS_TERM] = "INSERT OR REPLACE INTO terms (term, words) VALUES (?1, ?2)",
	[INS_FIELD] = "INSERT INTO fields (id, code, name) VALUES (?1, ?2, ?3)",
	[INS_AGENCY] = "INSERT INTO agencies (id, code, name, kind) VALUES (?1, ?2, ?3, ?4)",
};

struct build {
	sqlite3		*db;
	sqlite3_stmt	*ins[INS__MAX];
	size_t		 procedures;
	bool		 failed;
};

/* Runs statement s of the build with its text arguments (NULL-terminated), folding those
 * whose bit is set in fold. */
static void
build_run(struct build *b, int s, unsigned ncols, char *const *cols, const size_t *lens,
    unsigned fold)
{
	char		 folded[4096];
	sqlite3_stmt	*st = b->ins[s];
	unsigned	 i;

	for (i = 0; i < ncols; i++) {
		if (cols[i] == NULL)
			sqlite3_bind_null(st, (int)i + 1);
		else if (fold & (1u << i)) {
			size_t n = text_fold(cols[i], lens[i], folded, sizeof(folded));

			sqlite3_bind_text(st, (int)i + 1, folded, (int)n, SQLITE_TRANSIENT);
		} else
			sqlite3_bind_text(st, (int)i + 1, cols[i], (int)lens[i], SQLITE_TRANSIENT);
	}
	if (sqlite3_step(st) != SQLITE_DONE) {
		log_warn("search index: %s", sqlite3_errmsg(b->db));
		b->failed = true;
	}
	sqlite3_reset(st);
}

/* A procedure: id, code, name, level, field_id, agency_id, field, agency, hours, same_day,
 * fee_total, fee_count (CATS_INDEX_PROCEDURES). */
static int
proc_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct build	*b = arg;
	char		*row[14], body[1024];
	size_t		 rlen[14], o;

	(void)names;
	if (ncols != 12 || cols[0] == NULL || cols[2] == NULL)
		return 1;
	/* The body: code, field and agency ("ho tich" finds every procedure of Hộ tịch). */
	o = (size_t)snprintf(body, sizeof(body), "%s ", cols[1]);
	o += text_fold(cols[6], lens[6], body + o, sizeof(body) - o - 1);
	if (o + 2 < sizeof(body)) {
		body[o++] = ' ';
		o += text_fold(cols[7], lens[7], body + o, sizeof(body) - o);
	}
	/* id, code, name, name folded, the rest as they come, body (folded once more: as is). */
	row[0] = cols[0], rlen[0] = lens[0];
	row[1] = cols[1], rlen[1] = lens[1];
	row[2] = cols[2], rlen[2] = lens[2];
	row[3] = cols[2], rlen[3] = lens[2];
	memcpy(row + 4, cols + 3, 9 * sizeof(*row));
	memcpy(rlen + 4, lens + 3, 9 * sizeof(*rlen));
	row[13] = body, rlen[13] = o;
	build_run(b, INS_PROC, 14, row, rlen, 1u << 3 | 1u << 13);
	b->procedures++;
	return b->failed;
}

/* code, count (CATS_INDEX_POPULARITY). */
static int
popularity_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct build	*b = arg;

	(void)names;
	if (ncols != 2 || cols[0] == NULL || cols[1] == NULL)
		return 1;
	build_run(b, SET_POPULARITY, 2, cols, lens, 0);
	return b->failed;
}

/* term, words (CATS_INDEX_TERMS): both folded. */
static int
term_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct build	*b = arg;

	(void)names;
	if (ncols != 2 || cols[0] == NULL || cols[1] == NULL)
		return 1;
	build_run(b, INS_TERM, 2, cols, lens, 3);
	return b->failed;
}

/* A filter choice: field (id, code, name) or agency (id, code, name, kind), in order. */
static int
field_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct build	*b = arg;

	(void)names;
	if (ncols != 3 || cols[0] == NULL || cols[1] == NULL || cols[2] == NULL)
		return 1;
	build_run(b, INS_FIELD, 3, cols, lens, 0);
	return b->failed;
}

static int
agency_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct build	*b = arg;
	unsigned	 i;

	(void)names;
	for (i = 0; i < ncols; i++)
		if (cols[i] == NULL)
			return 1;
	if (ncols != 4)
		return 1;
	build_run(b, INS_AGENCY, 4, cols, lens, 0);
	return b->failed;
}

/* Writes conf.search_index afresh from MariaDB; 0, or 1 after a warning (the old index stays). */
static int
index_build(size_t *n)
{
	struct build	 b = { NULL, { NULL }, 0, false };
	char		 tmp[1024];
	char		*err = NULL;
	int		 i, rc = 1;

	if ((size_t)snprintf(tmp, sizeof(tmp), "%s.tmp.%ld", conf.search_index, (long)getpid()) >=
	    sizeof(tmp)) {
		log_warn("search_index: path too long");
		return 1;
	}
	unlink(tmp);
	if (sqlite3_open_v2(tmp, &b.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK ||
	    sqlite3_exec(b.db, schema_sql, NULL, NULL, &err) != SQLITE_OK)
		goto fail;
	for (i = 0; i < INS__MAX; i++)
		if (sqlite3_prepare_v2(b.db, ins_sql[i], -1, &b.ins[i], NULL) != SQLITE_OK)
			goto fail;
	if (db_exec(db_catalogue(CATS_INDEX_PROCEDURES), NULL, proc_row, &b) < 0 || b.failed ||
	    db_exec(db_catalogue(CATS_INDEX_POPULARITY), NULL, popularity_row, &b) < 0 || b.failed ||
	    db_exec(db_catalogue(CATS_INDEX_TERMS), NULL, term_row, &b) < 0 || b.failed ||
	    db_exec(db_catalogue(CATS_INDEX_FIELDS), NULL, field_row, &b) < 0 || b.failed ||
	    db_exec(db_catalogue(CATS_INDEX_AGENCIES), NULL, agency_row, &b) < 0 || b.failed)
		goto fail;
	for (i = 0; i < INS__MAX; i++) {
		sqlite3_finalize(b.ins[i]);
		b.ins[i] = NULL;
	}
	if (sqlite3_exec(b.db, finish_sql, NULL, NULL, &err) != SQLITE_OK || !spellings(b.db) ||
	    sqlite3_exec(b.db, spelled_sql, NULL, NULL, &err) != SQLITE_OK)
		goto fail;
	if (sqlite3_close(b.db) != SQLITE_OK) {
		b.db = NULL;
		goto fail;
	}
	b.db = NULL;
	if (rename(tmp, conf.search_index) != 0) {
		log_warn("%s: %s", conf.search_index, strerror(errno));
		goto fail;
	}
	*n = b.procedures;
	return 0;
fail:
	if (b.db != NULL)
		log_warn("search index %s: %s", tmp, err != NULL ? err : sqlite3_errmsg(b.db));
	sqlite3_free(err);
	for (i = 0; i < INS__MAX; i++)
		sqlite3_finalize(b.ins[i]);
	sqlite3_close(b.db);
	unlink(tmp);
	return rc;
}

/* ------------------------------------------------------------------ the folded text */

struct folded {
	long long	 id;
	char		 name[1024];
	char		 text[2048];
};

struct refold {
	struct folded	*rows;
	size_t		 n, cap;
};

/* id, name, code, field, agency (CATS_REINDEX_READ). */
static int
refold_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct refold	*ctx = arg;
	struct folded	*f;
	size_t		 o;
	unsigned	 i;

	(void)names;
	if (ctx->n == ctx->cap) {
		ctx->cap = ctx->cap ? ctx->cap * 2 : 1024;
		ctx->rows = xrealloc(ctx->rows, ctx->cap * sizeof(*ctx->rows));
	}
	f = &ctx->rows[ctx->n++];
	f->id = num(cols[0]);
	text_fold(cols[1], lens[1], f->name, sizeof(f->name));
	/* Name, code, field and agency: "ho tich" finds every procedure of Hộ tịch. */
	o = 0;
	for (i = 1; i < ncols && o + 2 < sizeof(f->text); i++) {
		if (o > 0)
			f->text[o++] = ' ';
		o += text_fold(cols[i], lens[i], f->text + o, sizeof(f->text) - o);
	}
	f->text[o] = '\0';
	return 0;
}

static long
refold_tx(void *arg)
{
	const struct refold	*ctx = arg;
	size_t			 i;
	long			 rc;

	for (i = 0; i < ctx->n; i++) {
		struct db_arg args[] = { DB_S(ctx->rows[i].name), DB_S(ctx->rows[i].text),
		    DB_I(ctx->rows[i].id), DB_END_ };

		if ((rc = db_exec(db_catalogue(CATS_REINDEX_WRITE), args, NULL, NULL)) < 0)
			return rc;
	}
	return 0;
}

int
catalogue_reindex(size_t *n)
{
	struct refold	 ctx = { NULL, 0, 0 };
	long		 rc;

	*n = 0;
	if ((rc = db_exec(db_catalogue(CATS_REINDEX_READ), NULL, refold_row, &ctx)) >= 0)
		rc = db_transaction(refold_tx, &ctx);
	free(ctx.rows);
	if (rc != 0) {
		log_warn("catalogue: the procedures' search text not refreshed (%ld)", rc);
		return 1;
	}
	if (index_build(n) != 0)
		return 1;
	if (db_exec(db_catalogue(CATS_CATALOGUE_BUMP), NULL, NULL, NULL) < 0) {
		log_warn("catalogue: cache_versions not moved");
		return 1;
	}
	return 0;
}
