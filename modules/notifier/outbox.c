/*
 * outbox.c — dvc-notifier's statements: the outbox (sql/005, 008, 011) and the named lock
 * that keeps a second notifier from sending what the first has in hand. main.c says how
 * they make a message go once.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "notifier.h"

/* The lock is the server's, named after the database: one sender per portal. It belongs to
 * the connection, and goes with it (a crash, a restart of the server). */
#define LOCK_NAME	"CONCAT(DATABASE(), '.dvc-notifier')"
/* A message waiting: neither sent, nor given up, nor in anybody's hand. */
#define WAITING		"sent_at IS NULL AND failed_at IS NULL AND claimed_at IS NULL"

enum stmt {
	STMT_LOCK,
	STMT_HOLDS_LOCK,
	STMT_RELEASE_STALE,
	STMT_NEXT,
	STMT_CLAIM,
	STMT_SENT,
	STMT_RETRY,
	STMT_GIVE_UP,
	STMT__MAX
};

static const struct db_stmt_def stmts[STMT__MAX] = {
	[STMT_LOCK] = { "SELECT GET_LOCK(" LOCK_NAME ", 0)" },
	[STMT_HOLDS_LOCK] = { "SELECT IS_USED_LOCK(" LOCK_NAME ") = CONNECTION_ID()" },
	/* Only while holding the lock, with nothing in hand: what is claimed is a dead sender's. */
	[STMT_RELEASE_STALE] = { "UPDATE outbox SET claimed_at = NULL"
	    " WHERE claimed_at IS NOT NULL AND sent_at IS NULL" },
	/* Through outbox_due (sql/011): the waiting rows in id order, the first due. */
	[STMT_NEXT] = { "SELECT id, attempts, UNIX_TIMESTAMP(created_at), recipient, subject, body"
	    " FROM outbox WHERE " WAITING " AND channel = 'email'"
	    " AND (next_attempt_at IS NULL OR next_attempt_at <= UTC_TIMESTAMP())"
	    " ORDER BY id LIMIT 1" },
	[STMT_CLAIM] = { "UPDATE outbox SET claimed_at = UTC_TIMESTAMP(), attempts = attempts + 1"
	    " WHERE id = ? AND " WAITING },
	[STMT_SENT] = { "UPDATE outbox SET sent_at = UTC_TIMESTAMP(), claimed_at = NULL, last_error = NULL"
	    " WHERE id = ? AND sent_at IS NULL" },
	[STMT_RETRY] = { "UPDATE outbox SET claimed_at = NULL, last_error = ?,"
	    " next_attempt_at = UTC_TIMESTAMP() + INTERVAL ? SECOND WHERE id = ? AND sent_at IS NULL" },
	[STMT_GIVE_UP] = { "UPDATE outbox SET claimed_at = NULL, last_error = ?, failed_at = UTC_TIMESTAMP()"
	    " WHERE id = ? AND sent_at IS NULL" },
};

void
outbox_init(void)
{
	db_init(stmts, STMT__MAX);
}

/* One statement under the lock, and what it found (db_transaction(): run again after a
 * deadlock, so it only runs statements and fills its struct, reset first). */
struct locked_stmt {
	size_t			 id;
	const struct db_arg	*args;
	long			 n;	/* the rows matched; -3 when the lock is not held */
};

static long
locked_tx(void *arg)
{
	struct locked_stmt	*x = arg;
	long long		 holds = 0;
	long			 rc;

	x->n = -3;
	if ((rc = db_int(STMT_HOLDS_LOCK, NULL, &holds)) < 0)
		return rc;
	if (holds != 1)
		return 1;
	return (x->n = db_exec(x->id, x->args, NULL, NULL)) < 0 ? x->n : 0;
}

/*
 * Runs statement id in a committed transaction after checking, in it, that this connection
 * holds the lock: inside a transaction db.c never reconnects, so a connection made anew
 * (without the lock) cannot change what another sender has in hand. Returns the rows
 * matched, -3 when the lock is not held, or -1. A commit that fails leaves the change
 * unknown: the caller takes the lock again, which puts back what was claimed.
 */
static long
locked_exec(size_t id, const struct db_arg *args)
{
	struct locked_stmt	 x = { id, args, -3 };
	long			 rc;

	if ((rc = db_transaction(locked_tx, &x)) < 0)
		return -1;
	return rc == 0 ? x.n : -3;
}

int
outbox_lock(void)
{
	long long	 got = 0;

	if (db_int(STMT_LOCK, NULL, &got) < 0)
		return -1;
	return got == 1;
}

int
outbox_release_stale(void)
{
	long	 n;

	if ((n = locked_exec(STMT_RELEASE_STALE, NULL)) < 0)
		return n == -3 ? 0 : -1;
	if (n > 0)
		log_warn("%ld message(s) left in hand by a notifier that stopped: to be sent again", n);
	return 1;
}

static int
next_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct outbox_msg	*m = arg;

	(void)names;
	(void)lens;
	if (ncols != 6 || cols[0] == NULL)
		return 1;
	m->id = strtoull(cols[0], NULL, 10);
	m->attempts = (int)num(cols[1]);
	m->created = cols[2] != NULL ? (time_t)strtoll(cols[2], NULL, 10) : 0;
	m->recipient = xstrdup(cols[3] != NULL ? cols[3] : "");
	m->subject = xstrdup(cols[4] != NULL ? cols[4] : "");
	m->body = xstrdup(cols[5] != NULL ? cols[5] : "");
	return 1;
}

int
outbox_next(struct outbox_msg *m)
{
	long	 rc;

	memset(m, 0, sizeof(*m));
	if ((rc = db_exec(STMT_NEXT, NULL, next_row, m)) < 0)
		return -1;
	return m->id != 0;
}

void
outbox_msg_free(struct outbox_msg *m)
{
	free(m->recipient);
	free(m->subject);
	free(m->body);
	memset(m, 0, sizeof(*m));
}

int
outbox_claim(const struct outbox_msg *m)
{
	struct db_arg	 args[] = { DB_I((long long)m->id), DB_END_ };
	long		 n = locked_exec(STMT_CLAIM, args);

	return n == -3 ? 0 : n < 0 ? -1 : n == 1 ? 1 : 2;
}

int
outbox_record(const struct result *r)
{
	long	 n = 0;

	switch (r->outcome) {
	case OUT_SENT: {
		struct db_arg args[] = { DB_I((long long)r->id), DB_END_ };

		n = db_exec(STMT_SENT, args, NULL, NULL);
		break;
	}
	case OUT_RETRY: {
		struct db_arg args[] = { DB_S(r->error), DB_I(r->delay), DB_I((long long)r->id), DB_END_ };

		n = db_exec(STMT_RETRY, args, NULL, NULL);
		break;
	}
	case OUT_GIVE_UP: {
		struct db_arg args[] = { DB_S(r->error), DB_I((long long)r->id), DB_END_ };

		n = db_exec(STMT_GIVE_UP, args, NULL, NULL);
		break;
	}
	case OUT_NONE:
		break;
	}
	return n < 0 ? -1 : 0;
}
