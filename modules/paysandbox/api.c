/*
 * api.c — dvc-paysandbox's server-to-server calls: the query API (querydr) the portal's
 * reconciliation asks, and the reports of the IPN sender (ipn.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "sandbox.h"

/* Answers with the signed query string of a, as text/plain. */
static int
answer(struct request *r, struct pay_params *a)
{
	struct buf	 b = { 0 };
	int		 status;

	pay_query_string(&b, a, conf.pay_secret);
	status = app_raw(r, "text/plain; charset=utf-8", b.data, b.len);
	buf_free(&b);
	pay_params_free(a);
	return status;
}

/*
 * GET /sandbox/pay/querydr?vnp_Command=querydr&vnp_TmnCode&vnp_TxnRef&…&vnp_SecureHash:
 * vnp_ResponseCode 00 with the transaction (vnp_TransactionStatus 00 paid, 01 not finished,
 * 02 failed), 91 no such transaction, 97 a bad signature, 99 a malformed request.
 */
int
querydr(struct request *r)
{
	struct pay_params	 q = { 0 }, a = { 0 };
	struct txn		 t = { 0 };
	enum sb_err		 err;
	const char		*v;
	long			 rc;

	pay_set(&a, "vnp_Command", "querydr");
	pay_set(&a, "vnp_TmnCode", conf.pay_tmn_code);
	err = sandbox_check(r, &q);
	if (err == SB_BAD_SIGNATURE) {
		pay_set(&a, "vnp_ResponseCode", "97");
		goto done;
	}
	if (err != SB_OK || (v = pay_get(&q, "vnp_Command")) == NULL || strcmp(v, "querydr") != 0 ||
	    (v = pay_get(&q, "vnp_TxnRef")) == NULL || v[0] == '\0' || strlen(v) > 100) {
		pay_set(&a, "vnp_ResponseCode", "99");
		goto done;
	}
	{
		struct db_arg	 args[] = { DB_S(conf.pay_tmn_code), DB_S(v), DB_END_ };

		if ((rc = db_exec(STMT_QUERY, args, txn_row, &t)) < 0) {
			pay_params_free(&q);
			pay_params_free(&a);
			return db_status(rc);
		}
	}
	pay_set(&a, "vnp_TxnRef", v);
	if (!t.found) {
		pay_set(&a, "vnp_ResponseCode", "91");
		goto done;
	}
	txn_result(&t, &a);
	/* Here the code of the query itself; the payment's is vnp_TransactionStatus. */
	pay_set(&a, "vnp_ResponseCode", "00");
done:
	pay_params_free(&q);
	return answer(r, &a);
}

/*
 * GET /sandbox/pay/ack?vnp_TmnCode&vnp_TxnRef&vnp_IpnAttempts&vnp_IpnAnswer&vnp_SecureHash:
 * the IPN sender's report of an attempt (vnp_IpnAnswer the portal's RspCode, "" for none).
 */
int
ack(struct request *r)
{
	struct pay_params	 q = { 0 };
	enum sb_err		 err;
	const char		*ref, *n, *code;
	long			 rc;

	if ((err = sandbox_check(r, &q)) != SB_OK)
		goto bad;
	if ((ref = pay_get(&q, "vnp_TxnRef")) == NULL || (n = pay_get(&q, "vnp_IpnAttempts")) == NULL ||
	    (code = pay_get(&q, "vnp_IpnAnswer")) == NULL || strlen(code) > 2 ||
	    strspn(n, "0123456789") != strlen(n) || n[0] == '\0' || strlen(n) > 4) {
		err = SB_BAD_REQUEST;
		goto bad;
	}
	{
		struct db_arg	 args[] = { DB_I(atoll(n)), DB_S(code), DB_S(code),
		    DB_S(conf.pay_tmn_code), DB_S(ref), DB_END_ };

		rc = db_exec(STMT_ACK, args, NULL, NULL);
	}
	pay_params_free(&q);
	if (rc < 0)
		return db_status(rc);
	return app_raw(r, "text/plain; charset=utf-8", "OK\n", 3);
bad:
	pay_params_free(&q);
	return refuse(r, err);
}
