/*
 * payment.h — what the files of dvc-payment share.
 */
#ifndef PAYMENT_H
#define PAYMENT_H

/* How long the gateway keeps a payment request open (vnp_ExpireDate). */
#define PAY_EXPIRE_MINUTES	15

enum stmt {
	STMT_DOSSIER,
	STMT_LOCK,
	STMT_FEES,
	STMT_PAYMENTS,
	STMT_INSERT,
	STMT_BY_REF,
	STMT_RECEIPT,
	STMT_RECORD_LOCK,
	STMT_RECORD,
	STMT__MAX
};

/* The applicant's dossier as paying reads it. */
struct paydossier {
	unsigned long long	 id;
	char			 code[48];
	int			 status;
	long long		 due;		/* đồng owed now (SQL_PAY_DUE) */
	bool			 payable;	/* in a status that takes a payment */
};

/* receipt.c */
int	 receipt_page(struct request *);
int	 record_post(struct request *);

/* gateway.c */
int	 return_page(struct request *);
int	 ipn(struct request *);

#endif
