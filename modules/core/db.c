/*
 * db.c — the worker's MariaDB connection and its table of prepared statements.
 *
 * The connection is opened and every statement prepared at worker start, or on the
 * first request after the server was unreachable. When the server goes away mid-request
 * the statement is retried once on a fresh connection; if that fails the caller answers
 * 503 and the next request tries again, so pages come back without a restart.
 *
 * A deadlock (1213) or a lock-wait timeout (1205) is not an answer either: a statement outside
 * a transaction is run again (it was rolled back whole, and had given no row), and a
 * transaction run through db_transaction() is run again from its start, DB_TRIES times at
 * most, after a short random pause that lets the other transaction finish.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <mysql.h>
#include <errmsg.h>
#include <mysqld_error.h>

#include "dvc.h"
#include "private.h"

struct stmt {
	MYSQL_STMT	*st;
	unsigned	 nparams;
	unsigned	 ncols;
	char		**names;	/* column aliases */
	MYSQL_BIND	*rbind;		/* every column fetched as a string */
	char		**rbuf;
	unsigned long	*rcap;
	unsigned long	*rlen;
	my_bool		*rnull;
	my_bool		*rerr;
};

#define DB_MAX_ARGS	32

static MYSQL			*db;
static struct db_stmt_def	*defs;		/* the program's, core's, the dossier's */
static size_t			 ndefs, nprogram;
static struct stmt		*stmts;
static unsigned long long	 last_insert_id;
static unsigned			 last_error;
static bool			 multi_statements;
static bool			 as_owner;	/* dvcctl: the schema owner's account */
static bool			 in_transaction;	/* no silent reconnect inside one */
static bool			 tx_conflict;	/* a deadlock or lock wait ended the transaction's statement */
static unsigned long		 rows_given;	/* by the last exec_once() to its row function */

void
db_init(const struct db_stmt_def *d, size_t n)
{
	size_t	 i;

	nprogram = n;
	ndefs = n + CORE__MAX + DOSSIER__MAX + PAYMENT__MAX + CATS__MAX;
	defs = xcalloc(ndefs, sizeof(*defs));
	for (i = 0; i < n; i++)
		defs[i] = d[i];
	for (i = 0; i < CORE__MAX; i++)
		defs[n + i] = core_stmts[i];
	for (i = 0; i < DOSSIER__MAX; i++)
		defs[n + CORE__MAX + i] = dossier_stmts[i];
	for (i = 0; i < PAYMENT__MAX; i++)
		defs[n + CORE__MAX + DOSSIER__MAX + i] = payment_stmts[i];
	for (i = 0; i < CATS__MAX; i++)
		defs[n + CORE__MAX + DOSSIER__MAX + PAYMENT__MAX + i] = catalogue_stmts[i];
	stmts = xcalloc(ndefs, sizeof(*stmts));
}

size_t
db_core(enum core_stmt id)
{
	return nprogram + (size_t)id;
}

size_t
db_dossier(enum dossier_stmt id)
{
	return nprogram + CORE__MAX + (size_t)id;
}

size_t
db_payment(enum payment_stmt id)
{
	return nprogram + CORE__MAX + DOSSIER__MAX + (size_t)id;
}

size_t
db_catalogue(enum catalogue_stmt id)
{
	return nprogram + CORE__MAX + DOSSIER__MAX + PAYMENT__MAX + (size_t)id;
}

static void
stmt_close(struct stmt *s)
{
	unsigned	 i;

	if (s->st != NULL)
		mysql_stmt_close(s->st);
	for (i = 0; i < s->ncols; i++) {
		free(s->names[i]);
		free(s->rbuf[i]);
	}
	free(s->names);
	free(s->rbind);
	free(s->rbuf);
	free(s->rcap);
	free(s->rlen);
	free(s->rnull);
	free(s->rerr);
	memset(s, 0, sizeof(*s));
}

void
db_close(void)
{
	size_t	 i;

	for (i = 0; i < ndefs; i++)
		stmt_close(&stmts[i]);
	if (db != NULL)
		mysql_close(db);
	db = NULL;
}

/* True for the errors after which a new connection may succeed. */
static bool
db_gone(unsigned err)
{
	return err == CR_SERVER_GONE_ERROR || err == CR_SERVER_LOST ||
	    err == CR_CONNECTION_ERROR || err == CR_CONN_HOST_ERROR ||
	    err == CR_SERVER_LOST_EXTENDED || err == ER_UNKNOWN_STMT_HANDLER ||
	    err == ER_CONNECTION_KILLED || err == ER_SERVER_SHUTDOWN ||
	    err == CR_COMMANDS_OUT_OF_SYNC;
}

/* True for the errors after which the same work, done again, may succeed: a deadlock (the
 * server rolled the transaction back) or a lock-wait timeout (it rolled the statement back). */
static bool
db_conflict(unsigned err)
{
	return err == ER_LOCK_DEADLOCK || err == ER_LOCK_WAIT_TIMEOUT;
}

/* Before trying again after a conflict: 10 to 50 ms, random (libsodium), a little longer
 * after each try, so that two workers that met do not meet again at once. */
static void
conflict_pause(int attempt)
{
	struct timespec	 ts;
	long		 us = 10000 + (long)randombytes_uniform(40000) * attempt;

	ts.tv_sec = 0;
	ts.tv_nsec = us * 1000;
	while (nanosleep(&ts, &ts) != 0)
		;
}

static int
stmt_prepare(struct stmt *s, const char *sql)
{
	MYSQL_RES	*meta;
	MYSQL_FIELD	*f;
	unsigned	 i;

	if ((s->st = mysql_stmt_init(db)) == NULL)
		return -1;
	if (mysql_stmt_prepare(s->st, sql, (unsigned long)strlen(sql)) != 0) {
		log_warn("prepare failed: %s: %s", mysql_stmt_error(s->st), sql);
		return -1;
	}
	s->nparams = (unsigned)mysql_stmt_param_count(s->st);
	if ((meta = mysql_stmt_result_metadata(s->st)) == NULL)
		return 0;
	s->ncols = mysql_num_fields(meta);
	f = mysql_fetch_fields(meta);
	s->names = xcalloc(s->ncols, sizeof(char *));
	s->rbind = xcalloc(s->ncols, sizeof(MYSQL_BIND));
	s->rbuf = xcalloc(s->ncols, sizeof(char *));
	s->rcap = xcalloc(s->ncols, sizeof(unsigned long));
	s->rlen = xcalloc(s->ncols, sizeof(unsigned long));
	s->rnull = xcalloc(s->ncols, sizeof(my_bool));
	s->rerr = xcalloc(s->ncols, sizeof(my_bool));
	for (i = 0; i < s->ncols; i++) {
		s->names[i] = xstrdup(f[i].name);
		s->rcap[i] = 256;
		s->rbuf[i] = xmalloc(s->rcap[i]);
		s->rbind[i].buffer_type = MYSQL_TYPE_STRING;
		s->rbind[i].buffer = s->rbuf[i];
		s->rbind[i].buffer_length = s->rcap[i];
		s->rbind[i].length = &s->rlen[i];
		s->rbind[i].is_null = &s->rnull[i];
		s->rbind[i].error = &s->rerr[i];
	}
	mysql_free_result(meta);
	return 0;
}

/* Connects. Returns 0, or -1 (and no connection). */
static int
db_connect(void)
{
	unsigned int	 timeout = 3;

	if ((db = mysql_init(NULL)) == NULL)
		log_fatal("mysql_init: out of memory");
	mysql_options(db, MYSQL_SET_CHARSET_NAME, "utf8mb4");
	mysql_options(db, MYSQL_OPT_CONNECT_TIMEOUT, &timeout);
	mysql_options(db, MYSQL_INIT_COMMAND,
	    "SET time_zone = '+00:00', sql_mode = 'STRICT_ALL_TABLES,NO_ZERO_DATE,"
	    "NO_ZERO_IN_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION'");
	/* CLIENT_FOUND_ROWS: an UPDATE counts the rows it matched, changed or not. */
	if (mysql_real_connect(db, NULL, as_owner ? conf.db_owner_user : conf.db_user,
	    as_owner ? conf.db_owner_password : conf.db_password, conf.db_name, 0,
	    conf.db_socket, CLIENT_FOUND_ROWS | (multi_statements ? CLIENT_MULTI_STATEMENTS : 0)) == NULL) {
		log_warn("database connection failed: %s", mysql_error(db));
		mysql_close(db);
		db = NULL;
		return -1;
	}
	return 0;
}

/* Prepares statement id on the open connection if it is not yet. 0, -1 gone, -2 error. */
static int
stmt_ready(size_t id)
{
	unsigned	 err;

	if (stmts[id].st != NULL)
		return 0;
	if (stmt_prepare(&stmts[id], defs[id].sql) == 0)
		return 0;
	err = mysql_errno(db);
	stmt_close(&stmts[id]);
	return db_gone(err) ? -1 : -2;
}

/* One attempt. Returns rows, -1 unavailable, -2 error, -3 retry on a new connection. */
static long
exec_once(struct stmt *s, const struct db_arg *args, db_row_fn fn, void *arg)
{
	MYSQL_BIND	 pb[DB_MAX_ARGS];
	long long	 ints[DB_MAX_ARGS];
	unsigned long	 lens[DB_MAX_ARGS];
	unsigned	 n, i;
	long		 rows = 0;
	int		 rc;
	bool		 stop = false;

	memset(pb, 0, sizeof(pb));
	for (n = 0; args != NULL && args[n].type != DB_END; n++) {
		if (n == DB_MAX_ARGS)
			log_fatal("too many statement arguments");
		switch (args[n].type) {
		case DB_INT:
			ints[n] = args[n].i;
			pb[n].buffer_type = MYSQL_TYPE_LONGLONG;
			pb[n].buffer = &ints[n];
			break;
		case DB_STR:
			lens[n] = (unsigned long)args[n].n;
			pb[n].buffer_type = MYSQL_TYPE_STRING;
			pb[n].buffer = (void *)(uintptr_t)args[n].s;
			pb[n].buffer_length = lens[n];
			pb[n].length = &lens[n];
			break;
		case DB_NULL:
		case DB_END:
			pb[n].buffer_type = MYSQL_TYPE_NULL;
			break;
		}
	}
	if (n != s->nparams) {
		log_warn("statement wants %u arguments, got %u", s->nparams, n);
		return -2;
	}
	last_error = 0;
	rows_given = 0;
	if ((n > 0 && mysql_stmt_bind_param(s->st, pb) != 0) || mysql_stmt_execute(s->st) != 0)
		goto fail;
	if (s->ncols == 0) {
		last_insert_id = mysql_stmt_insert_id(s->st);
		return (long)mysql_stmt_affected_rows(s->st);
	}
	if (mysql_stmt_bind_result(s->st, s->rbind) != 0)
		goto fail;
	while (!stop && ((rc = mysql_stmt_fetch(s->st)) == 0 || rc == MYSQL_DATA_TRUNCATED)) {
		char	*cols[s->ncols];
		size_t	 clens[s->ncols];
		bool	 rebind = false;

		for (i = 0; i < s->ncols; i++) {
			if (s->rlen[i] >= s->rcap[i] && !s->rnull[i]) {
				/*
				 * Truncated: grow this column's buffer and fetch the column again
				 * through a copy of its binding. The statement's own binding is
				 * replaced only after the row: binding anew in the middle of a row
				 * would lose the row's other columns.
				 */
				MYSQL_BIND	 b;

				s->rcap[i] = s->rlen[i] + 1;
				s->rbuf[i] = xrealloc(s->rbuf[i], s->rcap[i]);
				s->rbind[i].buffer = s->rbuf[i];
				s->rbind[i].buffer_length = s->rcap[i];
				b = s->rbind[i];
				if (mysql_stmt_fetch_column(s->st, &b, i, 0) != 0)
					goto fail;
				rebind = true;
			}
			if (s->rnull[i]) {
				cols[i] = NULL;
				clens[i] = 0;
			} else {
				s->rbuf[i][s->rlen[i]] = '\0';
				cols[i] = s->rbuf[i];
				clens[i] = s->rlen[i];
			}
		}
		rows++;
		rows_given++;
		if (fn != NULL && fn(arg, s->ncols, (const char *const *)s->names, cols, clens) != 0)
			stop = true;
		if (rebind && mysql_stmt_bind_result(s->st, s->rbind) != 0)
			goto fail;
	}
	if (!stop && rc != MYSQL_NO_DATA)
		goto fail;
	mysql_stmt_free_result(s->st);
	return rows;
fail:
	if (db_gone(mysql_stmt_errno(s->st)) || db_gone(mysql_errno(db)))
		return -3;
	last_error = mysql_stmt_errno(s->st);
	if (in_transaction && db_conflict(last_error))
		tx_conflict = true;
	if (last_error != ER_DUP_ENTRY)
		log_warn("statement failed: %u %s", last_error, mysql_stmt_error(s->st));
	mysql_stmt_free_result(s->st);
	mysql_stmt_reset(s->st);
	return -2;
}

/* One statement, with one reconnect when the server went away. */
static long
exec_reconnect(size_t id, const struct db_arg *args, db_row_fn fn, void *arg)
{
	long	 rc;
	int	 attempt;

	for (attempt = 0; attempt < 2; attempt++) {
		if (db == NULL && db_connect() != 0)
			return -1;
		if (in_transaction && attempt > 0)
			return -1;
		if ((rc = stmt_ready(id)) == -2) {
			log_warn("statement %zu does not prepare", id);
			return -2;
		}
		if (rc == 0 && (rc = exec_once(&stmts[id], args, fn, arg)) != -3)
			return rc;
		log_warn("database connection lost; reconnecting");
		db_close();
		if (in_transaction)
			return -1;	/* the transaction is gone with the connection */
	}
	return -1;
}

long
db_exec(size_t id, const struct db_arg *args, db_row_fn fn, void *arg)
{
	long	 rc;
	int	 attempt;
	bool	 alone;

	if (id >= ndefs)
		log_fatal("no statement %zu", id);
	for (attempt = 1; ; attempt++) {
		/* In a transaction, even one opened by a script (dvcctl), a deadlock undid more
		 * than this statement: only the whole (db_transaction()) may run again. */
		alone = !in_transaction && (db == NULL || !(db->server_status & SERVER_STATUS_IN_TRANS));
		rc = exec_reconnect(id, args, fn, arg);
		/* Alone, a statement that met a conflict was undone whole: run it again, unless a
		 * row already went to fn. */
		if (rc != -2 || !alone || !db_conflict(last_error) || rows_given > 0 ||
		    attempt == DB_TRIES)
			return rc;
		log_warn("statement %zu met a conflict (%u): try %d of %d", id, last_error,
		    attempt + 1, DB_TRIES);
		conflict_pause(attempt);
	}
}

static int
db_begin(void)
{
	tx_conflict = false;
	if (db == NULL && db_connect() != 0)
		return -1;
	if (mysql_query(db, "START TRANSACTION") != 0) {
		unsigned err = mysql_errno(db);

		log_warn("START TRANSACTION: %s", mysql_error(db));
		if (!db_gone(err))
			return -2;
		/* The connection went away while idle: one more try on a new one. */
		db_close();
		if (db_connect() != 0 || mysql_query(db, "START TRANSACTION") != 0)
			return -1;
	}
	in_transaction = true;
	return 0;
}

static int
db_commit(void)
{
	int	 rc;

	in_transaction = false;
	if (db == NULL)
		return -1;
	if ((rc = mysql_commit(db)) != 0) {
		log_warn("COMMIT: %s", mysql_error(db));
		last_error = mysql_errno(db);
		if (db_conflict(last_error))
			tx_conflict = true;
	}
	return rc == 0 ? 0 : db_gone(mysql_errno(db)) ? -1 : -2;
}

static void
db_rollback(void)
{
	if (in_transaction && db != NULL && mysql_rollback(db) != 0)
		log_warn("ROLLBACK: %s", mysql_error(db));
	in_transaction = false;
}

long
db_transaction(long (*body)(void *), void *arg)
{
	long	 rc;
	int	 attempt;

	for (attempt = 1; ; attempt++) {
		if ((rc = db_begin()) < 0)
			return rc;
		/* A conflict that the body let pass (a statement whose failure may wait) undid
		 * the transaction all the same: not a commit of what is left, but a run again. */
		if ((rc = body(arg)) == 0 && tx_conflict)
			rc = -2;
		if (rc == 0 && (rc = db_commit()) == 0)
			return 0;
		db_rollback();
		if (!tx_conflict || attempt == DB_TRIES)
			return rc;
		log_warn("transaction met a conflict (%u): try %d of %d", last_error, attempt + 1,
		    DB_TRIES);
		conflict_pause(attempt);
	}
}

/* Connects and prepares every statement at worker start, so requests do not pay for it. */
int
db_open(void)
{
	size_t	 i;

	if (db == NULL && db_connect() != 0)
		return -1;
	for (i = 0; i < ndefs; i++)
		if (stmt_ready(i) == -2)
			log_fatal("statement %zu does not prepare", i);
		else if (stmts[i].st == NULL) {
			db_close();
			return -1;
		}
	return 0;
}

bool
db_duplicate(void)
{
	return last_error == ER_DUP_ENTRY;
}

struct first {
	char	*out;
	size_t	 outsz;
};

static int
first_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct first	*f = arg;
	size_t		 n;

	(void)names;
	if (ncols > 0 && cols[0] != NULL) {
		n = lens[0] < f->outsz - 1 ? lens[0] : f->outsz - 1;
		memcpy(f->out, cols[0], n);
		f->out[n] = '\0';
	}
	return 1;
}

long
db_text(size_t id, const struct db_arg *args, char *out, size_t outsz)
{
	struct first	 f = { out, outsz };

	out[0] = '\0';
	return db_exec(id, args, first_row, &f);
}

static int
first_buf(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	(void)names;
	if (ncols > 0 && cols[0] != NULL)
		buf_put(arg, cols[0], lens[0]);
	return 1;
}

long
db_buf(size_t id, const struct db_arg *args, struct buf *out)
{
	buf_reset(out);
	return db_exec(id, args, first_buf, out);
}

long
db_int(size_t id, const struct db_arg *args, long long *out)
{
	char	 s[32];
	long	 rc = db_text(id, args, s, sizeof(s));

	*out = strtoll(s, NULL, 10);
	return rc;
}

unsigned long long
db_last_insert_id(void)
{
	return last_insert_id;
}

void
db_as_owner(void)
{
	as_owner = conf.db_owner_user[0] != '\0';
}

int
db_script(const char *sql, size_t len)
{
	MYSQL_RES	*res;
	int		 status;

	multi_statements = true;
	if (db == NULL && db_connect() != 0)
		return -1;
	if (mysql_set_server_option(db, MYSQL_OPTION_MULTI_STATEMENTS_ON) != 0) {
		log_warn("multi-statements: %s", mysql_error(db));
		return -1;
	}
	if (mysql_real_query(db, sql, (unsigned long)len) != 0) {
		log_warn("script failed: %s", mysql_error(db));
		return -1;
	}
	do {
		if ((res = mysql_store_result(db)) != NULL)
			mysql_free_result(res);
		else if (mysql_field_count(db) != 0) {
			log_warn("script failed: %s", mysql_error(db));
			return -1;
		}
		if ((status = mysql_next_result(db)) > 0) {
			log_warn("script failed: %s", mysql_error(db));
			return -1;
		}
	} while (status == 0);
	return 0;
}
