/*
 * sandbox.h — what the files of dvc-paysandbox share: the statements, a transaction as read
 * from sandbox_transactions, and the IPN sender.
 */
#ifndef SANDBOX_H
#define SANDBOX_H

enum stmt {
	STMT_OPEN,
	STMT_SETTLE,
	STMT_BY_ID,
	STMT_QUERY,
	STMT_ACK,
	STMT__MAX
};

/* Why a request is refused (each has its message code, see refuse()). */
enum sb_err {
	SB_OK = 0,
	SB_BAD_REQUEST,
	SB_BAD_SIGNATURE,
	SB_UNKNOWN_MERCHANT,
	SB_EXPIRED,
	SB_DUPLICATE,
};

/* A row of sandbox_transactions, as text. */
struct txn {
	bool	 found;
	char	 id[24];
	char	 tmn_code[20];
	char	 txn_ref[104];
	char	 amount[24];		/* đồng */
	char	 order_info[256];
	char	 return_url[256];
	char	 state[12];		/* open, paid, cancelled, declined */
	char	 response_code[4];
	char	 pay_date[PAY_DATE_LEN];
	bool	 send_ipn;
};

/* main.c */
/* Parses the query of a signed request of the merchant we know into q: SB_OK or why not. */
enum sb_err	 sandbox_check(const struct request *, struct pay_params *q);
/* The error page of e (400); returns its status. */
int		 refuse(struct request *, enum sb_err e);
/* The parameters the gateway returns for t (return URL, IPN, querydr). */
void		 txn_result(const struct txn *, struct pay_params *);
int		 txn_row(void *, unsigned, const char *const *, char *const *, const size_t *);

/* ipn.c: sends the IPN of q to the portal from a child process, retried until it answers
 * 00 or 02 (or the attempts run out), each attempt reported to /sandbox/pay/ack. */
void		 ipn_start(const struct pay_params *q);

/* api.c */
int		 querydr(struct request *);
int		 ack(struct request *);

#endif
