/*
 * receipt.c — the e-receipt (biên lai điện tử) of a paid payment, and the payments an
 * officer of the one-stop desk records (at the counter, or a bank transfer seen on the
 * unit's account), which get the same receipt.
 *   GET  /pay/receipt/{ref}  printable: the amount in figures and words, the payer, the
 *                            dossier, the gateway's number (or the transfer's), the time;
 *                            for the applicant, and for the officers of the dossier's units
 *   POST /pay/record/{id}    an officer (receiver of the dossier's receiving unit) records
 *                            method (counter|transfer), amount, reference; a dossier waiting
 *                            for its fees that then owes nothing moves on (DM_FEES_PAID)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sodium.h>

#include "dvc.h"
#include "payment.h"

struct shown {
	xmlNodePtr	 parent;
	bool		 found;
	uint64_t	 amount;
};

/* Appends the receipt's row to the page and keeps its amount for the words. */
static int
receipt_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct shown	*s = arg;
	const char	*v;

	if ((v = row_get(ncols, names, cols, "amount")) == NULL)
		return 1;
	s->found = true;
	s->amount = strtoull(v, NULL, 10);
	xml_row_append(s->parent, "receipt", ncols, names, cols, lens);
	return 1;
}

int
receipt_page(struct request *r)
{
	struct db_arg	 args[] = { DB_S(r->arg), DB_I((long long)r->user.id), DB_I((long long)r->user.id),
	    DB_END_ };
	struct shown	 s = { r->root, false, 0 };
	struct buf	 words = { 0 };
	long		 rc;

	if ((rc = db_exec(STMT_RECEIPT, args, receipt_row, &s)) < 0)
		return db_status(rc);
	if (!s.found)
		return app_error(r, 404, "pay.receipt_not_found");
	pay_amount_words(&words, s.amount);
	xml_text(r->root, "amount_words", buf_cstr(&words));
	buf_free(&words);
	return 200;
}

struct lockrow {
	unsigned long long	 id;
	char			 code[48];
	int			 status;
	long long		 due;
};

static int
lock_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct lockrow	*l = arg;

	(void)names;
	(void)lens;
	if (ncols < 4 || cols[0] == NULL || cols[1] == NULL || cols[2] == NULL || cols[3] == NULL)
		return 1;
	l->id = strtoull(cols[0], NULL, 10);
	snprintf(l->code, sizeof(l->code), "%s", cols[1]);
	l->status = (int)num(cols[2]);
	l->due = num(cols[3]);
	return 1;
}

/* A payment recorded at the counter or by transfer: the officer's form in, what the
 * transaction found and did out (db_transaction(): run again after a deadlock, so it only runs
 * statements and fills its struct, reset first). */
struct record {
	long long		 dossier;
	unsigned long long	 officer;
	const char		*method, *reference;
	uint64_t		 amount;
	struct lockrow		 l;		/* l.id 0: no dossier of the officer's desk */
	bool			 bad_amount;	/* 0, or more than the dossier owes */
	enum dmove_err		 e;		/* the move to processing, refused */
	char			 ref[40];
};

/* The dossier's move when the recorded payment leaves nothing owed at status 6. */
static long
record_move(struct record *x)
{
	struct db_arg		 args[] = { DB_I((long long)x->l.id), DB_I((long long)x->officer),
	    DB_END_ };
	struct dmove_args	 move = { .actor = x->officer, .role = ACT_RECEIVER, .version = -1 };
	struct dmove_done	 done;
	struct lockrow		 after = { 0 };
	long			 rc;

	if ((rc = db_exec(STMT_RECORD_LOCK, args, lock_row, &after)) < 0)
		return rc;
	if (after.status != DS_FEES_DUE || after.due > 0)
		return 0;
	return (x->e = dossier_transition(x->l.id, DM_FEES_PAID, &move, &done)) != DME_OK;
}

static long
record_tx(void *arg)
{
	struct record	*x = arg;
	struct db_arg	 args[] = { DB_I(x->dossier), DB_I((long long)x->officer), DB_END_ };
	unsigned char	 rnd[4];
	char		 hex[9];
	long		 rc;

	memset(&x->l, 0, sizeof(x->l));
	x->bad_amount = false;
	x->e = DME_OK;
	if ((rc = db_exec(STMT_RECORD_LOCK, args, lock_row, &x->l)) < 0)
		return rc;
	if (x->l.id == 0)
		return 1;
	if (x->amount == 0 || x->l.due <= 0 || x->amount > (uint64_t)x->l.due) {
		x->bad_amount = true;
		return 1;
	}
	randombytes_buf(rnd, sizeof(rnd));
	sodium_bin2hex(hex, sizeof(hex), rnd, sizeof(rnd));
	snprintf(x->ref, sizeof(x->ref), "%c%llu-%lld-%s", x->method[0] == 'c' ? 'C' : 'B', x->l.id,
	    (long long)time(NULL), hex);
	struct db_arg	 ins[] = { DB_S(x->ref), DB_I((long long)x->l.id), DB_I((long long)x->officer),
	    DB_S(x->method), DB_I((long long)x->amount), DB_S(x->reference), DB_END_ };

	if ((rc = db_exec(STMT_RECORD, ins, NULL, NULL)) < 0)
		return rc;
	return record_move(x);
}

/*
 * An officer's record of a payment at the counter or by bank transfer: under the dossier's
 * row lock, an amount of 1 đồng up to what it owes; born paid; then the receipt.
 */
int
record_post(struct request *r)
{
	struct record	 x = { .dossier = atoll(r->arg), .officer = r->user.id,
	    .method = req_str(r, "method", ""), .reference = req_str(r, "reference", ""),
	    .amount = req_uint(r, "amount", 0) };
	char		 to[80];
	long		 rc;

	if (strcmp(x.method, "counter") != 0 && strcmp(x.method, "transfer") != 0)
		return app_error(r, 400, "input.invalid");
	if ((rc = db_transaction(record_tx, &x)) < 0)
		return db_status(rc);
	if (x.l.id == 0)
		return app_error(r, 404, "officer.dossier_not_found");
	if (x.bad_amount)
		return app_error(r, 422, "pay.record_amount");
	if (x.e != DME_OK)
		return app_error(r, dmove_err_status(x.e), dmove_err_code(x.e));
	log_info("payment %s of dossier %s: %llu đồng recorded (%s)", x.ref, x.l.code,
	    (unsigned long long)x.amount, x.method);
	snprintf(to, sizeof(to), "/pay/receipt/%s", x.ref);
	return app_redirect(r, to);
}
