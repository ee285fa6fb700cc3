/*
 * gateway.c — what the payment gateway sends: the payer's browser back to the return URL
 * (display only: the signature is checked so the page says nothing false, but nothing is
 * written), and the server notification (IPN), the one message believed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "payment.h"

struct shown {
	char	 state[12];
	char	 code[48];
};

static int
shown_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct shown	*s = arg;

	(void)names;
	(void)lens;
	if (ncols >= 3 && cols[0] != NULL && cols[2] != NULL) {
		snprintf(s->state, sizeof(s->state), "%s", cols[0]);
		snprintf(s->code, sizeof(s->code), "%s", cols[2]);
	}
	return 1;
}

/*
 * GET /pay/return?vnp_…: the outcome as the gateway told the browser (paid, cancelled 24,
 * failed), and the payment's state as the IPN left it; a bad signature is said as such.
 */
int
return_page(struct request *r)
{
	struct pay_params	 q = { 0 };
	struct shown		 s = { "", "" };
	struct buf		 words = { 0 };
	const char		*rc, *ts, *ref, *amount;
	xmlNodePtr		 n = xml_elem(r->root, "return");
	uint64_t		 vnd;
	long			 db;

	if (pay_parse_query(r->query, strlen(r->query), &q) != PAY_OK || conf.pay_secret[0] == '\0' ||
	    !pay_verify(&q, conf.pay_secret)) {
		xml_text(n, "outcome", "invalid");
		pay_params_free(&q);
		return 200;
	}
	rc = pay_get(&q, "vnp_ResponseCode");
	ts = pay_get(&q, "vnp_TransactionStatus");
	ref = pay_get(&q, "vnp_TxnRef");
	amount = pay_get(&q, "vnp_Amount");
	xml_text(n, "outcome", rc != NULL && ts != NULL && strcmp(rc, "00") == 0 && strcmp(ts, "00") == 0 ?
	    "paid" : rc != NULL && strcmp(rc, "24") == 0 ? "cancelled" : "failed");
	xml_text(n, "response_code", rc);
	xml_text(n, "transaction_no", pay_get(&q, "vnp_TransactionNo"));
	xml_text(n, "txn_ref", ref);
	if (amount != NULL && pay_amount_decode(amount, &vnd)) {
		char	 figures[24];

		snprintf(figures, sizeof(figures), "%llu", (unsigned long long)vnd);
		xml_text(n, "amount", figures);
		pay_amount_words(&words, vnd);
		xml_text(n, "amount_words", buf_cstr(&words));
		buf_free(&words);
	}
	if (ref != NULL) {
		struct db_arg	 args[] = { DB_S(ref), DB_END_ };

		if ((db = db_exec(STMT_BY_REF, args, shown_row, &s)) < 0) {
			pay_params_free(&q);
			return db_status(db);
		}
		if (s.code[0] != '\0') {
			xml_text(n, "state", s.state);
			xml_text(n, "dossier_code", s.code);
		}
	}
	pay_params_free(&q);
	return 200;
}

/*
 * GET /pay/ipn?vnp_…: 97 for a bad signature, 01 for a payment not ours (another merchant
 * code, an unknown reference), then payment_settle()'s 00, 02, 04 or 99; always 200 with the
 * protocol's JSON.
 */
int
ipn(struct request *r)
{
	struct pay_params	 q = { 0 };
	const char		*code, *tmn, *json;

	if (pay_parse_query(r->query, strlen(r->query), &q) != PAY_OK || conf.pay_secret[0] == '\0')
		code = PAY_RSP_OTHER;
	else if (!pay_verify(&q, conf.pay_secret))
		code = PAY_RSP_SIGNATURE;
	else if ((tmn = pay_get(&q, "vnp_TmnCode")) == NULL || strcmp(tmn, conf.pay_tmn_code) != 0)
		code = PAY_RSP_NOT_FOUND;
	else
		code = payment_settle(&q, "ipn");
	if (strcmp(code, PAY_RSP_OK) != 0)
		log_info("IPN %s: RspCode %s", pay_get(&q, "vnp_TxnRef") ? pay_get(&q, "vnp_TxnRef") : "-", code);
	pay_params_free(&q);
	json = pay_ipn_answer(code);
	return app_raw(r, "application/json", json, strlen(json));
}
