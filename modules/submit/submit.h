/*
 * submit.h — what the files of dvc-submit share: the statement table, the dossier in hand,
 * and the helpers every step uses. One file per step: draft.c (list, start, the
 * applicant and the receiving unit), files.c (uploads), delivery.c (the result's way, the
 * fees.c (the fees: quantities, an exemption claimed), review.c (review, submit, receipt); sql.c holds every statement.
 */
#ifndef DVC_SUBMIT_H
#define DVC_SUBMIT_H


enum stmt {
	STMT_PROCEDURE,
	STMT_PROCEDURE_UNITS,
	STMT_PROFILE,
	STMT_OPEN_DRAFT,
	STMT_CREATE,
	STMT_DOSSIER,
	STMT_SAVE_INFO,
	STMT_UNITS,
	STMT_UNIT_OK,
	STMT_COMPONENTS,
	STMT_FILES,
	STMT_UPLOAD_COMPONENT,
	STMT_FILE_INSERT,
	STMT_ROOM,
	STMT_FILE_DELETE,
	STMT_FILE_REPLACE,
	STMT_TOUCH,
	STMT_PROVINCES,
	STMT_HOME_PROVINCE,
	STMT_COMMUNES,
	STMT_COMMUNE_NAME,
	STMT_SAVE_DELIVERY,
	STMT_FEES,
	STMT_QUANTITY_SAVE,
	STMT_EXEMPTIONS,
	STMT_EXEMPTION_OK,
	STMT_CLAIM,
	STMT_CLAIM_CHECK,
	STMT_CLAIM_SAVE,
	STMT_CLAIM_DELETE,
	STMT_PROOF_DELETE,
	STMT_PROOF_INSERT,
	STMT_FEE_INSERT,
	STMT_CLAIM_FIX,
	STMT_MISSING,
	STMT_LOCK_DRAFT,
	STMT_LOCK,
	STMT_SNAPSHOT,
	STMT_RECEIPT_COMPONENTS,
	STMT_DOSSIER_FEES,
	STMT_RESULTS,
	STMT_TRACK_TOKEN,
	STMT__MAX
};

extern const struct db_stmt_def stmts[STMT__MAX];

/* The user's dossier of the URL, as the steps need it. */
struct dossier {
	unsigned long long	 id;
	unsigned long long	 agency;	/* the receiving unit (chosen on step 1) */
	int			 status;
	int			 level;
	unsigned		 hours;
	bool			 same_day;
	char			 code[40];
	char			 channels[32];
	char			 kind[16];
	char			 province[3];
};

/* draft.c */
long long	 arg_id(const struct request *);
/* Loads the user's dossier of the URL into d and the page. 0, 404, or a database status. */
int		 dossier_load(struct request *, struct dossier *);
/* A draft page for a dossier already submitted goes to its receipt: 0 or 303. */
int		 draft_only(struct request *, const struct dossier *);
int		 next_step(struct request *, const char *step);
void		 show_msg(struct request *);
int		 list(struct request *);
int		 new_page(struct request *);
int		 new_post(struct request *);
int		 info_page(struct request *);
int		 info_post(struct request *);

/* files.c */
extern const struct upload_spec upload_spec;
/* The components with their files, into the page. */
int		 files_data(struct request *, const struct dossier *);
int		 files_page(struct request *);
int		 files_post(struct request *);
int		 remove_post(struct request *);

/* delivery.c */
int		 delivery_page(struct request *);
int		 delivery_post(struct request *);

/* fees.c */
extern const struct upload_spec proof_spec;
/* The draft's fees (with what each comes to), the exemptions offered, its claim. */
int		 fees_data(struct request *);
int		 fees_page(struct request *);
int		 fees_post(struct request *);
int		 claim_post(struct request *);
int		 unclaim_post(struct request *);
/* In the submission's transaction: the dossier_fees rows, the total, the claim fixed, or
 * what keeps them from being charged (fees_refused() says it). 0, or db_exec()'s < 0. */
enum fee_refusal { FEE_CHARGED, FEE_CLAIM_NOT_OFFERED, FEE_CLAIM_NO_PROOF, FEE_CLAIM_NOT_CHARGED,
	FEE_TOO_LARGE };
long		 fees_charge(long long id, long long user, enum fee_refusal *);
void		 fees_refused(struct request *, enum fee_refusal);

/* review.c */
int		 review_page(struct request *);
int		 submit_post(struct request *);
int		 receipt_page(struct request *);

#endif /* DVC_SUBMIT_H */
