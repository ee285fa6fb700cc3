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
	STMT_LIST_UNIT,		/* a tab of the receiving unit: receive, assign, return */
	STMT_LIST_HOLDER,	/* a tab of the holding unit: process, approve */
	STMT_LIST_ALL,
	STMT_LIST_UNIT_ROLE,	/* the same three for an officer of more than INBOX_UNITS units */
	STMT_LIST_HOLDER_ROLE,
	STMT_LIST_ALL_ROLE,
	STMT_LIST_UNIT_PLAIN,	/* the six above without FILTERS, in the same order */
	STMT_LIST_HOLDER_PLAIN,
	STMT_LIST_ALL_PLAIN,
	STMT_LIST_UNIT_ROLE_PLAIN,
	STMT_LIST_HOLDER_ROLE_PLAIN,
	STMT_LIST_ALL_ROLE_PLAIN,
	STMT_FIELDS,
	STMT_DOSSIER,
	STMT_LISTS,		/* files, fees, events and slips */
	STMT_CLAIM,
	STMT_PAYMENTS,
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

/*
 * The tabs of the inbox, in the order a dossier meets them. A tab of work's number is the
 * value of dossiers.inbox_tab for the dossiers that wait in it (sql/015 computes it from the
 * status): TAB_N(NAME) is that number in SQL.
 */
#define TAB_N_RECEIVE	1	/* new submissions and withdrawal requests: the receiving unit */
#define TAB_N_ASSIGN	2	/* received, to give to a processor */
#define TAB_N_PROCESS	3	/* being processed by me or by nobody yet, of my unit */
#define TAB_N_APPROVE	4	/* results awaiting approval */
#define TAB_N_RETURN	5	/* finished, to return */
#define TAB_N(name)	DVC_STR(TAB_N_##name)

enum tab {
	TAB_RECEIVE = TAB_N_RECEIVE,
	TAB_ASSIGN = TAB_N_ASSIGN,
	TAB_PROCESS = TAB_N_PROCESS,
	TAB_APPROVE = TAB_N_APPROVE,
	TAB_RETURN = TAB_N_RETURN,
	TAB_ALL,	/* every dossier my units have held */
	TAB__MAX
};

#define INBOX_PAGE	20	/* dossiers a page */
#define INBOX_UNITS	4	/* units of a role bound into a page's statement (sql.c, BOUND) */

/* inbox.c */
int		 inbox(struct request *);

/* view.c */
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
