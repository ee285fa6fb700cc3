/*
 * dvc-payment — paying a dossier's fees online through the gateway (DOMAIN.md, the protocol
 * of VNPay 2.1.0; payproto.c).
 *   GET  /pay/{code}   the applicant's dossier: its fees, what is paid, what is due now
 *   POST /pay/{code}   a new payment of what is due: the signed redirect to the gateway
 *   GET  /pay/return   where the gateway sends the payer back: shown, never believed
 *   GET  /pay/ipn      the gateway's notification, the truth: settled once (payment.c),
 *                      answered in the protocol's JSON (gateway.c)
 *   GET  /pay/receipt/{ref}, POST /pay/record/{id}: the e-receipt, and the payments an
 *                      officer records at the counter (receipt.c)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sodium.h>

#include "dvc.h"
#include "payment.h"

static const struct db_stmt_def stmts[STMT__MAX] = {
	/* Statuses in which the applicant may pay: submitted, received, processing, awaiting a
	 * supplement, fees due. */
	[STMT_DOSSIER] = { "SELECT d.id, d.code, d.status, p.name AS procedure_name, " SQL_PAY_DUE " AS due,"
	    " d.paid,"
	    " d.status IN (" SQL_DS(SUBMITTED) ", " SQL_DS(RECEIVED) ", " SQL_DS(PROCESSING) ", "
	    SQL_DS(SUPPLEMENT) ", " SQL_DS(FEES_DUE) ") AS payable"
	    " FROM dossiers d JOIN procedures p ON p.id = d.procedure_id"
	    " WHERE d.code = ? AND d.user_id = ?" },
	[STMT_LOCK] = { "SELECT d.id, d.code, d.status, '' AS procedure_name, " SQL_PAY_DUE " AS due,"
	    " 0 AS paid, d.status IN (" SQL_DS(SUBMITTED) ", " SQL_DS(RECEIVED) ", " SQL_DS(PROCESSING) ", "
	    SQL_DS(SUPPLEMENT) ", " SQL_DS(FEES_DUE) ") AS payable"
	    " FROM dossiers d WHERE d.code = ? AND d.user_id = ? FOR UPDATE" },
	[STMT_FEES] = { SQL_DOSSIER_FEES_SELECT },
	[STMT_PAYMENTS] = { "SELECT txn_ref, method, amount, state, gateway_txn_no,"
	    " " SQL_VN_TIME("created_at") " AS created_at, " SQL_VN_TIME("paid_at") " AS paid_at"
	    " FROM payments WHERE dossier_id = ? ORDER BY id DESC" },
	[STMT_INSERT] = { "INSERT INTO payments (txn_ref, dossier_id, user_id, method, amount, state,"
	    " created_at) VALUES (?, ?, ?, 'gateway', ?, 'pending', UTC_TIMESTAMP())" },
	[STMT_BY_REF] = { "SELECT p.state, p.amount, d.code FROM payments p"
	    " JOIN dossiers d ON d.id = p.dossier_id WHERE p.txn_ref = ?" },
	/* A paid payment's receipt, for the applicant or an officer of the dossier's units. */
	[STMT_RECEIPT] = { "SELECT p.txn_ref, p.method, p.amount, COALESCE(p.gateway_txn_no, '') AS gateway_txn_no,"
	    " COALESCE(p.bank_txn_no, '') AS bank_txn_no, " SQL_VN_TIME("p.paid_at") " AS paid_at,"
	    " d.code, d.applicant_kind, d.applicant_name, d.org_name, d.applicant_address,"
	    /* Only the CCCD's last four digits: the receipt does not need the whole number. */
	    " RIGHT(d.applicant_citizen_id, 4) AS citizen_id_last4,"
	    " pr.name AS procedure_name, a.name AS agency_name, u.full_name AS recorded_by"
	    " FROM payments p JOIN dossiers d ON d.id = p.dossier_id"
	    " JOIN procedures pr ON pr.id = d.procedure_id JOIN agencies a ON a.id = d.agency_id"
	    " JOIN users u ON u.id = p.user_id"
	    " WHERE p.txn_ref = ? AND p.state = 'paid' AND (d.user_id = ? OR EXISTS (SELECT 1"
	    "  FROM officer_roles r WHERE r.user_id = ? AND r.agency_id IN (d.agency_id,"
	    "  COALESCE(d.holder_agency_id, d.agency_id))))" },
	/* A dossier the officer receives for (the one-stop desk of its receiving unit). */
	[STMT_RECORD_LOCK] = { "SELECT d.id, d.code, d.status, " SQL_PAY_DUE " AS due FROM dossiers d"
	    " WHERE d.id = ? AND d.status > 0 AND EXISTS (SELECT 1 FROM officer_roles r"
	    " WHERE r.user_id = ? AND r.agency_id = d.agency_id AND r.role = 'receiver') FOR UPDATE" },
	[STMT_RECORD] = { "INSERT INTO payments (txn_ref, dossier_id, user_id, method, amount, state,"
	    " settled_by, bank_txn_no, created_at, paid_at, settled_at) VALUES (?, ?, ?, ?, ?, 'paid',"
	    " 'officer', NULLIF(?, ''), UTC_TIMESTAMP(), UTC_TIMESTAMP(), UTC_TIMESTAMP())" },
};

static bool
code_ok(const char *s)
{
	size_t	 n = strlen(s);

	return n > 0 && n <= 40 && strspn(s, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ.-") == n;
}

static int
dossier_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct paydossier	*d = arg;
	const char		*v;

	(void)lens;
	if ((v = row_get(ncols, names, cols, "id")) == NULL)
		return 1;
	d->id = strtoull(v, NULL, 10);
	if ((v = row_get(ncols, names, cols, "code")) != NULL)
		snprintf(d->code, sizeof(d->code), "%s", v);
	d->status = (int)num(row_get(ncols, names, cols, "status"));
	d->due = num(row_get(ncols, names, cols, "due"));
	d->payable = num(row_get(ncols, names, cols, "payable")) == 1;
	return 1;
}

/* The page of the dossier r->arg of the signed-in applicant: 0, or 404 / a database status. */
static int
dossier_page(struct request *r, struct paydossier *d)
{
	struct db_arg	 args[] = { DB_S(r->arg), DB_I((long long)r->user.id), DB_END_ };
	struct db_arg	 id[] = { DB_I(0), DB_END_ };
	struct buf	 words = { 0 };
	long		 rc;

	if ((rc = db_exec(STMT_DOSSIER, args, dossier_row, d)) < 0)
		return db_status(rc);
	if (d->id == 0)
		return app_error(r, 404, "dossier.not_found");
	if ((rc = xml_rows(r->root, "dossier", STMT_DOSSIER, args)) < 0)
		return db_status(rc);
	id[0] = DB_I((long long)d->id);
	if ((rc = xml_rows(xml_elem(r->root, "fees"), "fee", STMT_FEES, id)) < 0 ||
	    (rc = xml_rows(xml_elem(r->root, "payments"), "payment", STMT_PAYMENTS, id)) < 0)
		return db_status(rc);
	if (d->due > 0) {
		pay_amount_words(&words, (uint64_t)d->due);
		xml_text(r->root, "due_words", buf_cstr(&words));
		buf_free(&words);
	}
	if (conf.pay_secret[0] == '\0' || conf.pay_url[0] == '\0')
		xml_elem(r->root, "gateway_off");
	if (d->due > 0)
		xml_transfer(r->root, (uint64_t)d->due, d->code);
	return 0;
}

static int
pay_page(struct request *r)
{
	struct paydossier	 d = { 0 };
	int			 st;

	return (st = dossier_page(r, &d)) != 0 ? st : 200;
}

/* The gateway's URL with the signed request for payment ref of d's due, appended to to. */
static void
gateway_request(struct request *r, const struct paydossier *d, const char *ref, struct buf *to)
{
	struct pay_params	 q = { 0 };
	struct buf		 info = { 0 }, ret = { 0 };
	char			 amount[PAY_AMOUNT_LEN], now[PAY_DATE_LEN], expire[PAY_DATE_LEN];
	time_t			 t = time(NULL);

	pay_amount_encode((uint64_t)d->due, amount);
	pay_date(t, now);
	pay_date(t + PAY_EXPIRE_MINUTES * 60, expire);
	/* The order information in ASCII, as the reference code recommends. */
	buf_printf(&info, "Nop phi le phi ho so %s", d->code);
	buf_printf(&ret, "%s/pay/return", conf.base_url);
	pay_set(&q, "vnp_Version", "2.1.0");
	pay_set(&q, "vnp_Command", "pay");
	pay_set(&q, "vnp_TmnCode", conf.pay_tmn_code);
	pay_set(&q, "vnp_Amount", amount);
	pay_set(&q, "vnp_CurrCode", "VND");
	pay_set(&q, "vnp_TxnRef", ref);
	pay_set(&q, "vnp_OrderInfo", buf_cstr(&info));
	pay_set(&q, "vnp_OrderType", "other");
	pay_set(&q, "vnp_Locale", "vn");
	pay_set(&q, "vnp_ReturnUrl", buf_cstr(&ret));
	pay_set(&q, "vnp_IpAddr", r->remote_addr != NULL ? r->remote_addr : "127.0.0.1");
	pay_set(&q, "vnp_CreateDate", now);
	pay_set(&q, "vnp_ExpireDate", expire);
	buf_puts(to, conf.pay_url);
	buf_putc(to, '?');
	pay_query_string(to, &q, conf.pay_secret);
	pay_params_free(&q);
	buf_free(&info);
	buf_free(&ret);
}

/* A new payment's transaction (db_transaction(): run again after a deadlock, so it only runs
 * statements and fills its struct, reset first). 1 rolls back: no such dossier (d.id 0), or
 * nothing to pay now. */
struct start {
	const char		*code;
	long long		 user;
	struct paydossier	 d;
	char			 ref[40];
};

static long
start_tx(void *arg)
{
	struct start	*x = arg;
	struct db_arg	 args[] = { DB_S(x->code), DB_I(x->user), DB_END_ };
	unsigned char	 rnd[4];
	char		 hex[9];
	long		 rc;

	memset(&x->d, 0, sizeof(x->d));
	x->ref[0] = '\0';
	if ((rc = db_exec(STMT_LOCK, args, dossier_row, &x->d)) < 0)
		return rc;
	if (x->d.id == 0 || !x->d.payable || x->d.due <= 0)
		return 1;
	randombytes_buf(rnd, sizeof(rnd));
	sodium_bin2hex(hex, sizeof(hex), rnd, sizeof(rnd));
	snprintf(x->ref, sizeof(x->ref), "P%llu-%lld-%s", x->d.id, (long long)time(NULL), hex);
	struct db_arg	 ins[] = { DB_S(x->ref), DB_I((long long)x->d.id), DB_I(x->user),
	    DB_I(x->d.due), DB_END_ };

	return (rc = db_exec(STMT_INSERT, ins, NULL, NULL)) < 0 ? rc : 0;
}

/*
 * A new payment of what the dossier owes now, under the dossier's row lock (two clicks make
 * two attempts, never a wrong amount), then the redirect to the gateway.
 */
static int
pay_start(struct request *r)
{
	struct start	 x = { .code = r->arg, .user = (long long)r->user.id };
	struct buf	 to = { 0 };
	char		 back[64];
	long		 rc;

	if (conf.pay_secret[0] == '\0' || conf.pay_url[0] == '\0')
		return app_error(r, 503, "pay.unavailable");
	if ((rc = db_transaction(start_tx, &x)) < 0)
		return db_status(rc);
	if (x.d.id == 0)
		return app_error(r, 404, "dossier.not_found");
	if (rc != 0) {	/* nothing to pay now: the dossier's page says so */
		snprintf(back, sizeof(back), "/pay/%s", x.d.code);
		return app_redirect(r, back);
	}
	log_info("payment %s of dossier %s: %lld đồng, to the gateway", x.ref, x.d.code, x.d.due);
	gateway_request(r, &x.d, x.ref, &to);
	app_redirect(r, buf_cstr(&to));
	buf_free(&to);
	return 303;
}

static const struct param_spec no_params[] = { { NULL, 0, 0 } };
static const struct param_spec record_params[] = {
	{ "method", P_TOKEN, 10 },
	{ "amount", P_UINT, PAY_AMOUNT_MAX },
	{ "reference", P_TEXT, 60 },
	{ NULL, 0, 0 },
};

static bool
ref_ok(const char *s)
{
	size_t	 n = strlen(s);

	return n > 0 && n <= 32 && strspn(s, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef-") == n;
}

static const struct route routes[] = {
	{ "GET", "/pay/return", ROLE_ANY, return_page, "pay-return", no_params, NULL, ROUTE_GATEWAY, NULL },
	{ "GET", "/pay/ipn", ROLE_ANY, ipn, NULL, no_params, NULL, ROUTE_GATEWAY, NULL },
	{ "GET", "/pay/receipt/*", ROLE_USER, receipt_page, "pay-receipt", no_params, ref_ok, 0, NULL },
	{ "POST", "/pay/record/*", ROLE_OFFICER, record_post, NULL, record_params, id_ok, 0, NULL },
	{ "GET", "/pay/*", ROLE_CITIZEN, pay_page, "pay-dossier", no_params, code_ok, 0, NULL },
	{ "POST", "/pay/*", ROLE_CITIZEN, pay_start, "pay-dossier", no_params, code_ok, 0, NULL },
};

int
main(int argc, char **argv)
{
	static const struct program prog = {
		.name = "dvc-payment",
		.routes = routes,
		.nroutes = sizeof(routes) / sizeof(routes[0]),
		.stmts = stmts,
		.nstmts = STMT__MAX,
		.views = dossier_views,
	};

	return app_main(&prog, argc, argv);
}
