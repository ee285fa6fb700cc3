/*
 * payment.c — settling a payment from what the gateway said: dvc-payment's IPN and dvcctl's
 * reconciliation both come here, so a payment is settled the same way, once, whichever
 * message arrives first; the other then reads "already confirmed" (02).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dvc.h"
#include "private.h"

const struct db_stmt_def payment_stmts[PAYMENT__MAX] = {
	/* The lock that serialises an IPN, its replays and the reconciliation. */
	[PAYMENT_LOCK] = { "SELECT id, dossier_id, amount, state FROM payments WHERE txn_ref = ?"
	    " FOR UPDATE" },
	[PAYMENT_PAID] = { "UPDATE payments SET state = 'paid', response_code = ?,"
	    " gateway_txn_no = NULLIF(?, ''), bank_code = NULLIF(?, ''), bank_txn_no = NULLIF(?, ''),"
	    " settled_by = ?, paid_at = FROM_UNIXTIME(?), settled_at = UTC_TIMESTAMP()"
	    " WHERE id = ? AND state = 'pending'" },
	[PAYMENT_FAILED] = { "UPDATE payments SET state = 'failed', response_code = ?,"
	    " gateway_txn_no = NULLIF(?, ''), settled_by = ?, settled_at = UTC_TIMESTAMP()"
	    " WHERE id = ? AND state = 'pending'" },
	/* The dossier's status and what it still owes, under the dossier's own lock. */
	[PAYMENT_DOSSIER] = { "SELECT d.status, " SQL_PAY_DUE " AS due FROM dossiers d"
	    " WHERE d.id = ? FOR UPDATE" },
	/* The reconciliation's scan (the index payments_pending). */
	[PAYMENT_PENDING] = { "SELECT txn_ref, amount,"
	    " DATE_FORMAT(" SQL_VN("created_at") ", '%Y%m%d%H%i%s') AS create_date FROM payments"
	    " WHERE state = 'pending' AND method = 'gateway'"
	    " AND created_at <= UTC_TIMESTAMP() - INTERVAL ? MINUTE ORDER BY created_at LIMIT 1000" },
};

long
payment_pending(unsigned minutes, db_row_fn fn, void *arg)
{
	struct db_arg	 args[] = { DB_I(minutes), DB_END_ };

	return db_exec(db_payment(PAYMENT_PENDING), args, fn, arg);
}

struct locked {
	bool			 found;
	unsigned long long	 id, dossier;
	uint64_t		 amount;
	bool			 pending;
};

static int
payment_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct locked	*p = arg;

	(void)names;
	(void)lens;
	if (ncols < 4 || cols[0] == NULL || cols[1] == NULL || cols[2] == NULL || cols[3] == NULL)
		return 1;
	p->found = true;
	p->id = strtoull(cols[0], NULL, 10);
	p->dossier = strtoull(cols[1], NULL, 10);
	p->amount = strtoull(cols[2], NULL, 10);
	p->pending = strcmp(cols[3], "pending") == 0;
	return 1;
}

struct owed {
	int		 status;
	long long	 due;
};

static int
owed_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct owed	*o = arg;

	(void)names;
	(void)lens;
	if (ncols >= 2 && cols[0] != NULL && cols[1] != NULL) {
		o->status = (int)num(cols[0]);
		o->due = num(cols[1]);
	}
	return 1;
}

static const char *
str(const struct pay_params *q, const char *key)
{
	const char	*v = pay_get(q, key);

	return v != NULL ? v : "";
}

/* The paid payment's dossier moves on when it was waiting for its fees and owes nothing
 * (done->code set then). 0, or < 0 when the database failed or the move was refused. */
static long
fees_paid(unsigned long long dossier, struct dmove_done *done)
{
	struct db_arg		 args[] = { DB_I((long long)dossier), DB_END_ };
	struct dmove_args	 move = { .actor = 0, .role = ACT_SYSTEM, .version = -1 };
	struct owed		 o = { -1, 1 };
	long			 rc;

	if ((rc = db_exec(db_payment(PAYMENT_DOSSIER), args, owed_row, &o)) < 0)
		return rc;
	if (o.status != DS_FEES_DUE || o.due > 0)
		return 0;
	if (dossier_transition(dossier, DM_FEES_PAID, &move, done) != DME_OK)
		return -2;
	return 0;
}

/* A settlement: what the gateway said in, the answer and what it did out. */
struct settlement {
	const struct pay_params	*q;
	const char		*via;
	const char		*answer;	/* PAY_RSP_* */
	bool			 paid;
	struct dmove_done	 moved;		/* the dossier's move, code "" when none */
};

/* Writes the locked payment p as the gateway says: paid (and its dossier moved on), or
 * failed with the payment's code. 0, or what db_exec() returned. */
static long
settle_write(struct settlement *x, const struct locked *p)
{
	const struct pay_params	*q = x->q;
	time_t			 paid_at;
	long			 rc;

	x->paid = strcmp(str(q, "vnp_ResponseCode"), "00") == 0 &&
	    strcmp(str(q, "vnp_TransactionStatus"), "00") == 0;
	if (x->paid) {
		if (!pay_date_parse(str(q, "vnp_PayDate"), &paid_at))
			paid_at = time(NULL);
		struct db_arg	 args[] = { DB_S("00"), DB_S(str(q, "vnp_TransactionNo")),
		    DB_S(str(q, "vnp_BankCode")), DB_S(str(q, "vnp_BankTranNo")), DB_S(x->via),
		    DB_I((long long)paid_at), DB_I((long long)p->id), DB_END_ };

		if ((rc = db_exec(db_payment(PAYMENT_PAID), args, NULL, NULL)) < 0)
			return rc;
		return fees_paid(p->dossier, &x->moved);
	}
	const char	*code = str(q, "vnp_ResponseCode");

	/* The payment's code of two digits: a querydr answer's vnp_ResponseCode is the query's
	 * (00), its vnp_TransactionStatus the payment's; 99 for anything else. */
	if (strcmp(code, "00") == 0)
		code = str(q, "vnp_TransactionStatus");
	if (strlen(code) != 2 || strspn(code, "0123456789") != 2 || strcmp(code, "00") == 0)
		code = "99";
	struct db_arg	 args[] = { DB_S(code), DB_S(str(q, "vnp_TransactionNo")), DB_S(x->via),
	    DB_I((long long)p->id), DB_END_ };

	return (rc = db_exec(db_payment(PAYMENT_FAILED), args, NULL, NULL)) < 0 ? rc : 0;
}

/* The settlement's transaction (db_transaction(): run again after a deadlock, so it only runs
 * statements and fills x, reset first). Non-zero rolls back: 1 with x->answer saying why. */
static long
settle_tx(void *arg)
{
	struct settlement	*x = arg;
	struct locked		 p = { 0 };
	struct db_arg		 ref[] = { DB_S(str(x->q, "vnp_TxnRef")), DB_END_ };
	uint64_t		 vnd;
	long			 rc;

	x->answer = PAY_RSP_OTHER;
	x->paid = false;
	memset(&x->moved, 0, sizeof(x->moved));
	if ((rc = db_exec(db_payment(PAYMENT_LOCK), ref, payment_row, &p)) < 0)
		return rc;
	if (!p.found)
		x->answer = PAY_RSP_NOT_FOUND;
	else if (!pay_amount_decode(str(x->q, "vnp_Amount"), &vnd) || vnd != p.amount)
		x->answer = PAY_RSP_AMOUNT;
	else if (!p.pending)
		x->answer = PAY_RSP_CONFIRMED;
	else if ((rc = settle_write(x, &p)) < 0)
		return rc;
	else
		x->answer = PAY_RSP_OK;
	return strcmp(x->answer, PAY_RSP_OK) != 0;
}

const char *
payment_settle(const struct pay_params *q, const char *via)
{
	struct settlement	 x = { .q = q, .via = via };

	if (db_transaction(settle_tx, &x) < 0)
		return PAY_RSP_OTHER;
	if (strcmp(x.answer, PAY_RSP_OK) != 0)
		return x.answer;
	if (x.moved.code[0] != '\0')
		log_info("dossier %s: fees paid, %d -> %d", x.moved.code, x.moved.from, x.moved.to);
	log_info("payment %s: %s (%s)", str(q, "vnp_TxnRef"), x.paid ? "paid" : "failed", via);
	return PAY_RSP_OK;
}
