/*
 * officer.h — what the files of dvc-officer share. inbox.c lists the dossiers of the
 * officer's units by what waits for them; view.c shows one dossier with exactly the actions
 * the officer's roles allow from its status; act.c makes those actions through the
 * dossier's state machine; slips.c prints the slips of Circular 03/2025 and the register
 * (Form 7). sql.c holds every statement; each is bound to the officer's units.
 */
#ifndef DVC_OFFICER_H
#define DVC_OFFICER_H

enum stmt {
	STMT_ROLES,
	STMT_TAB_COUNTS,
	STMT_LIST_RECEIVE,
	STMT_LIST_ASSIGN,
	STMT_LIST_PROCESS,
	STMT_LIST_APPROVE,
	STMT_LIST_RETURN,
	STMT_LIST_ALL,
	STMT_PROCEDURES,
	STMT_FIELDS,
	STMT_DOSSIER,
	STMT_FILES,
	STMT_FEES,
	STMT_EVENTS,
	STMT_SLIPS,
	STMT_PROCESSORS,
	STMT_SLIP,
	STMT_SLIP_COMPONENTS,
	STMT_REGISTER,
	STMT_REGISTER_UNITS,
	STMT_RESULT_INSERT,
	STMT_SEEN,
	STMT_FEEDBACK,
	STMT_FEEDBACK_ANSWER,
	STMT__MAX
};

extern const struct db_stmt_def stmts[STMT__MAX];

/* The tabs of the inbox, in the order a dossier meets them. */
enum tab {
	TAB_RECEIVE,	/* new submissions and withdrawal requests: the receiving unit */
	TAB_ASSIGN,	/* received, to give to a processor */
	TAB_PROCESS,	/* being processed by me or by nobody yet, of my unit */
	TAB_APPROVE,	/* results awaiting approval */
	TAB_RETURN,	/* finished, to return */
	TAB_ALL,	/* every dossier my units have held */
	TAB__MAX
};

#define INBOX_PAGE	20	/* dossiers a page */

/* sql.c: the statement listing tab t. */
enum stmt	 tab_stmt(enum tab);

/* inbox.c */
int		 inbox(struct request *);

/* view.c */
bool		 id_ok(const char *);
long long	 num(const char *);
int		 dossier_page(struct request *);
/* The dossier of the URL for this officer into the page; 0, 404 or a database status. */
int		 dossier_data(struct request *, long long *version);

/* act.c */
int		 move_post(struct request *);
int		 result_post(struct request *);
int		 feedback_post(struct request *);
extern const struct upload_spec result_spec;

/* slips.c */
int		 slip_page(struct request *);
int		 register_page(struct request *);

#endif /* DVC_OFFICER_H */
