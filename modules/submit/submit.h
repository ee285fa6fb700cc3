/*
 * submit.h — what the files of dvc-submit share: the statement table, the dossier in hand,
 * and the helpers every step uses. One file per step: draft.c (list, start, the
 * applicant and the receiving unit), files.c (uploads), delivery.c (the result's way, the
 * fees), review.c (review, submit, receipt); sql.c holds every statement.
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
	STMT_MISSING,
	STMT_LOCK_DRAFT,
	STMT_LOCK,
	STMT_SNAPSHOT,
	STMT_COPY_FEES,
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
/* An input trimmed of surrounding blanks ("" when absent). */
char		*input(struct request *, const char *name);
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
int		 fees_page(struct request *);

/* review.c */
int		 review_page(struct request *);
int		 submit_post(struct request *);
int		 receipt_page(struct request *);

#endif /* DVC_SUBMIT_H */
