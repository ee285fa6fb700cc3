/*
 * dvc-paysandbox — the payment gateway's side of the protocol of DOMAIN.md, for development
 * and tests only (never packaged, never routed by a province's nginx). It knows one merchant,
 * the portal: conf.pay_tmn_code and conf.pay_secret.
 *   GET  /sandbox/pay/vpcpay.html  the payment page of a signed request: the payer pays,
 *                                  cancels, is declined, or pays with the IPN "lost"
 *   POST /sandbox/pay/txn/{id}     the payer's choice: the signed redirect to the return URL,
 *                                  and the IPN sent to the portal in the background (ipn.c)
 *   GET  /sandbox/pay/querydr      the query API of the reconciliation (signed both ways;
 *                                  answered as a signed query string, text/plain)
 *   GET  /sandbox/pay/ack          ipn.c's report of each IPN attempt (signed)
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dvc.h"
#include "sandbox.h"

static const struct db_stmt_def stmts[STMT__MAX] = {
	[STMT_OPEN] = { "INSERT IGNORE INTO sandbox_transactions (tmn_code, txn_ref, amount, order_info,"
	    " return_url, ip_addr, create_date, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP())" },
	[STMT_SETTLE] = { "UPDATE sandbox_transactions SET state = ?, response_code = ?, send_ipn = ?,"
	    " pay_date = ? WHERE id = ? AND state = 'open'" },
	[STMT_BY_ID] = { "SELECT id, tmn_code, txn_ref, amount, order_info, return_url, state,"
	    " response_code, send_ipn, COALESCE(pay_date, '') AS pay_date"
	    " FROM sandbox_transactions WHERE id = ?" },
	[STMT_QUERY] = { "SELECT id, tmn_code, txn_ref, amount, order_info, return_url, state,"
	    " COALESCE(response_code, '') AS response_code, send_ipn, COALESCE(pay_date, '') AS pay_date"
	    " FROM sandbox_transactions WHERE tmn_code = ? AND txn_ref = ?" },
	[STMT_ACK] = { "UPDATE sandbox_transactions SET ipn_attempts = ?, ipn_answer = NULLIF(?, ''),"
	    " ipn_acked_at = IF(? IN ('00', '02'), UTC_TIMESTAMP(), ipn_acked_at)"
	    " WHERE tmn_code = ? AND txn_ref = ?" },
};

/* The payer's choices: state, vnp_ResponseCode, whether the IPN goes. */
static const struct {
	const char	*outcome;
	const char	*state;
	const char	*code;
	bool		 ipn;
} outcomes[] = {
	{ "pay", "paid", "00", true },
	{ "pay_lost_ipn", "paid", "00", false },
	{ "decline", "declined", "51", true },
	{ "cancel", "cancelled", "24", false },
};

/* Copies the row's columns into a txn; the row visitor of STMT_BY_ID and STMT_QUERY. */
int
txn_row(void *arg, unsigned ncols, const char *const *names, char *const *cols, const size_t *lens)
{
	struct txn	*t = arg;
	const char	*v;

	(void)lens;
#define COPY(field, name) \
	if ((v = row_get(ncols, names, cols, name)) != NULL) \
		snprintf(t->field, sizeof(t->field), "%s", v);
	COPY(id, "id")
	COPY(tmn_code, "tmn_code")
	COPY(txn_ref, "txn_ref")
	COPY(amount, "amount")
	COPY(order_info, "order_info")
	COPY(return_url, "return_url")
	COPY(state, "state")
	COPY(response_code, "response_code")
	COPY(pay_date, "pay_date")
#undef COPY
	t->send_ipn = (v = row_get(ncols, names, cols, "send_ipn")) != NULL && strcmp(v, "1") == 0;
	t->found = true;
	return 0;
}

/* The return and IPN parameters of a settled transaction, as the gateway signs them. */
void
txn_result(const struct txn *t, struct pay_params *q)
{
	char		 amount[PAY_AMOUNT_LEN], bank_no[40];
	uint64_t	 vnd = strtoull(t->amount, NULL, 10);
	bool		 paid = strcmp(t->state, "paid") == 0;

	pay_amount_encode(vnd, amount);
	snprintf(bank_no, sizeof(bank_no), "VNP%s", t->id);
	pay_set(q, "vnp_Amount", amount);
	pay_set(q, "vnp_BankCode", "NCB");
	pay_set(q, "vnp_BankTranNo", bank_no);
	pay_set(q, "vnp_CardType", "ATM");
	pay_set(q, "vnp_OrderInfo", t->order_info);
	pay_set(q, "vnp_PayDate", t->pay_date);
	pay_set(q, "vnp_ResponseCode", t->response_code);
	pay_set(q, "vnp_TmnCode", t->tmn_code);
	pay_set(q, "vnp_TransactionNo", t->id);
	pay_set(q, "vnp_TransactionStatus", paid ? "00" : strcmp(t->state, "open") == 0 ? "01" : "02");
	pay_set(q, "vnp_TxnRef", t->txn_ref);
}

enum sb_err
sandbox_check(const struct request *r, struct pay_params *q)
{
	const char	*tmn;

	if (pay_parse_query(r->query, strlen(r->query), q) != PAY_OK)
		return SB_BAD_REQUEST;
	if (conf.pay_secret[0] == '\0' || !pay_verify(q, conf.pay_secret))
		return SB_BAD_SIGNATURE;
	if ((tmn = pay_get(q, "vnp_TmnCode")) == NULL || strcmp(tmn, conf.pay_tmn_code) != 0)
		return SB_UNKNOWN_MERCHANT;
	return SB_OK;
}

int
refuse(struct request *r, enum sb_err e)
{
	switch (e) {
	case SB_BAD_SIGNATURE:
		return app_error(r, 400, "paysandbox.bad_signature");
	case SB_UNKNOWN_MERCHANT:
		return app_error(r, 400, "paysandbox.unknown_merchant");
	case SB_EXPIRED:
		return app_error(r, 400, "paysandbox.expired");
	case SB_DUPLICATE:
		return app_error(r, 400, "paysandbox.duplicate");
	case SB_OK:
	case SB_BAD_REQUEST:
		break;
	}
	return app_error(r, 400, "paysandbox.bad_request");
}

static bool
has(const struct pay_params *q, const char *key, size_t max)
{
	const char	*v = pay_get(q, key);

	return v != NULL && v[0] != '\0' && strlen(v) <= max;
}

/* The fields of a payment request: SB_OK, or what is wrong. */
static enum sb_err
request_fields(const struct pay_params *q, uint64_t *vnd)
{
	const char	*v;
	time_t		 t;

	if ((v = pay_get(q, "vnp_Version")) == NULL || strcmp(v, "2.1.0") != 0 ||
	    (v = pay_get(q, "vnp_Command")) == NULL || strcmp(v, "pay") != 0 ||
	    (v = pay_get(q, "vnp_CurrCode")) == NULL || strcmp(v, "VND") != 0 ||
	    (v = pay_get(q, "vnp_Amount")) == NULL || !pay_amount_decode(v, vnd) || *vnd == 0 ||
	    !has(q, "vnp_TxnRef", 100) || !has(q, "vnp_OrderInfo", 255) ||
	    !has(q, "vnp_ReturnUrl", 255) || !has(q, "vnp_IpAddr", 45) ||
	    (v = pay_get(q, "vnp_CreateDate")) == NULL || !pay_date_parse(v, &t))
		return SB_BAD_REQUEST;
	v = pay_get(q, "vnp_ReturnUrl");
	if (strncmp(v, "http://", 7) != 0 && strncmp(v, "https://", 8) != 0)
		return SB_BAD_REQUEST;
	if ((v = pay_get(q, "vnp_ExpireDate")) == NULL || !pay_date_parse(v, &t))
		return SB_BAD_REQUEST;
	if (t < time(NULL))
		return SB_EXPIRED;
	return SB_OK;
}

static int
pay_page(struct request *r)
{
	struct pay_params	 q = { 0 };
	struct txn		 t = { 0 };
	struct buf		 words = { 0 };
	enum sb_err		 err;
	uint64_t		 vnd = 0;
	long			 rc;
	int			 status = 200;
	xmlNodePtr		 n;

	if ((err = sandbox_check(r, &q)) != SB_OK || (err = request_fields(&q, &vnd)) != SB_OK) {
		status = refuse(r, err);
		goto done;
	}
	{
		char		 amount[24];
		/* The last three (from args + 8) are STMT_QUERY's: the merchant and the reference again. */
		struct db_arg	 args[] = { DB_S(conf.pay_tmn_code), DB_S(pay_get(&q, "vnp_TxnRef")),
		    DB_I((long long)vnd), DB_S(pay_get(&q, "vnp_OrderInfo")),
		    DB_S(pay_get(&q, "vnp_ReturnUrl")), DB_S(pay_get(&q, "vnp_IpAddr")),
		    DB_S(pay_get(&q, "vnp_CreateDate")), DB_END_,
		    DB_S(conf.pay_tmn_code), DB_S(pay_get(&q, "vnp_TxnRef")), DB_END_ };

		if ((rc = db_exec(STMT_OPEN, args, NULL, NULL)) < 0 ||
		    (rc = db_exec(STMT_QUERY, args + 8, txn_row, &t)) < 0) {
			status = db_status(rc);
			goto done;
		}
		snprintf(amount, sizeof(amount), "%llu", (unsigned long long)vnd);
		/* The real gateway refuses a reference it has seen with another order. */
		if (!t.found || strcmp(t.amount, amount) != 0 || strcmp(t.state, "open") != 0) {
			status = refuse(r, SB_DUPLICATE);
			goto done;
		}
	}
	n = xml_elem(r->root, "txn");
	xml_text(n, "id", t.id);
	xml_text(n, "merchant", t.tmn_code);
	xml_text(n, "txn_ref", t.txn_ref);
	xml_text(n, "order_info", t.order_info);
	xml_text(n, "amount", t.amount);
	pay_amount_words(&words, vnd);
	xml_text(n, "amount_words", buf_cstr(&words));
done:
	buf_free(&words);
	pay_params_free(&q);
	return status;
}

static const struct param_spec choose_params[] = {
	{ "outcome", P_TOKEN, 16 },
	{ NULL, 0, 0 },
};

/* The payer's choice, once: a second POST (a reload) only redirects again. */
static int
choose(struct request *r)
{
	const char		*outcome = req_str(r, "outcome", "");
	struct pay_params	 q = { 0 };
	struct buf		 to = { 0 };
	struct txn		 t = { 0 };
	char			 date[PAY_DATE_LEN];
	size_t			 i;
	long			 rc, settled;
	struct db_arg		 id[] = { DB_S(r->arg), DB_END_ };

	for (i = 0; i < sizeof(outcomes) / sizeof(outcomes[0]); i++)
		if (strcmp(outcomes[i].outcome, outcome) == 0)
			break;
	if (i == sizeof(outcomes) / sizeof(outcomes[0]))
		return app_error(r, 400, "input.invalid");
	pay_date(time(NULL), date);
	{
		struct db_arg	 args[] = { DB_S(outcomes[i].state), DB_S(outcomes[i].code),
		    DB_I(outcomes[i].ipn), DB_S(date), DB_S(r->arg), DB_END_ };

		if ((settled = db_exec(STMT_SETTLE, args, NULL, NULL)) < 0)
			return db_status(settled);
	}
	if ((rc = db_exec(STMT_BY_ID, id, txn_row, &t)) < 0)
		return db_status(rc);
	if (!t.found)
		return 404;
	if (strcmp(t.state, "open") == 0)
		return app_error(r, 400, "input.invalid");
	txn_result(&t, &q);
	/* This request settled it (not a reload): the IPN goes now, once. */
	if (settled > 0 && t.send_ipn)
		ipn_start(&q);
	buf_puts(&to, t.return_url);
	buf_putc(&to, strchr(t.return_url, '?') != NULL ? '&' : '?');
	pay_query_string(&to, &q, conf.pay_secret);
	app_redirect(r, buf_cstr(&to));
	buf_free(&to);
	pay_params_free(&q);
	return 303;
}

static const struct param_spec no_params[] = { { NULL, 0, 0 } };

static const struct route routes[] = {
	{ "GET", "/sandbox/pay/vpcpay.html", ROLE_ANY, pay_page, "sandbox-pay", no_params, NULL,
	    ROUTE_GATEWAY | ROUTE_FORM, NULL },
	{ "POST", "/sandbox/pay/txn/*", ROLE_ANY, choose, NULL, choose_params, id_ok, 0, NULL },
	{ "GET", "/sandbox/pay/querydr", ROLE_ANY, querydr, NULL, no_params, NULL, ROUTE_GATEWAY, NULL },
	{ "GET", "/sandbox/pay/ack", ROLE_ANY, ack, NULL, no_params, NULL, ROUTE_GATEWAY, NULL },
};

/* The IPN senders are children of the worker: the kernel reaps them. */
static void
init(void)
{
	signal(SIGCHLD, SIG_IGN);
}

int
main(int argc, char **argv)
{
	static const struct program prog = {
		.name = "dvc-paysandbox",
		.init = init,
		.routes = routes,
		.nroutes = sizeof(routes) / sizeof(routes[0]),
		.stmts = stmts,
		.nstmts = STMT__MAX,
	};

	return app_main(&prog, argc, argv);
}
