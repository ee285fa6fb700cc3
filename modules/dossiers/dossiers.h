/*
 * dossiers.h — what the files of dvc-dossiers share. main.c has the routes; track.c the
 * public lookup (/track, track.h); list.c is "Hồ sơ của tôi" (/dossiers/); page.c one dossier of the
 * applicant's (/dossiers/{code}: timeline, files, slips, result, feedback) and its slips;
 * act.c what the applicant does from it (a supplement, a withdrawal, a rating, feedback),
 * every move through the dossier's state machine. sql.c holds every statement; each of the
 * applicant's is bound to the signed-in user: another user's dossier finds nothing (404).
 */
#ifndef DVC_DOSSIERS_H
#define DVC_DOSSIERS_H

enum stmt {
	STMT_TRACK_PURGE,	/* the public lookup (track.c): its limit per address */
	STMT_TRACK_RECORD,
	STMT_TRACK_COUNT,
	STMT_TRACK_BY_CODE,	/* … the dossier of a code and digits, or of a token */
	STMT_TRACK_BY_TOKEN,
	STMT_TRACK_DOSSIER,	/* … what it shows */
	STMT_TRACK_EVENTS,
	STMT_LIST,		/* "Hồ sơ của tôi" */
	STMT_LIST_COUNTS,
	STMT_DOSSIER,		/* the applicant's dossier of the URL */
	STMT_MINE,
	STMT_TIMELINE,
	STMT_FILES,
	STMT_SLIPS,
	STMT_SLIP,
	STMT_SLIP_COMPONENTS,
	STMT_COMPONENTS,
	STMT_UPLOAD_COMPONENT,
	STMT_LOCK_OPEN,
	STMT_SUPPLEMENT_INSERT,
	STMT_SUPPLEMENT_NEW,
	STMT_SUPPLEMENT_REMOVE,
	STMT_RATING,
	STMT_RATING_INSERT,
	STMT_FEEDBACK,
	STMT_PAYMENTS,
	STMT_FEES,
	STMT_CLAIM,
	STMT_FEEDBACK_COUNT,
	STMT_FEEDBACK_INSERT,
	STMT__MAX
};

extern const struct db_stmt_def stmts[STMT__MAX];

#define MINE_PAGE		20	/* dossiers a page of "Hồ sơ của tôi" */
#define RATING_COMMENT_MAX	1000	/* characters (dossier_ratings.comment) */
#define FEEDBACK_MAX		2000	/* characters (dossier_feedback.body) */
#define FEEDBACK_PER_DOSSIER	20	/* feedback an applicant may write on one dossier */
#define WITHDRAW_NOTE_MAX	500

/* The applicant's dossier of the URL, as the handlers need it. */
struct mine {
	long long	 id, version, result_file;
	int		 status;
	bool		 complete_asked;	/* status 1, the desk asked to complete it */
	bool		 rated;
};

/* list.c */
int		 list_page(struct request *);
int		 list_redirect(struct request *);

/* page.c */
/* A dossier code in the URL: [0-9A-Za-z.-], at most 32 bytes; else 404. */
bool		 code_ok(const char *);
/* The signed-in applicant's dossier of the URL into the page with everything it shows, and
 * its state into m: 0, 404 (another user's or none) or a database status. */
int		 mine_data(struct request *, struct mine *m);
int		 dossier_page(struct request *);
int		 slip_page(struct request *);

/* act.c */
extern const struct upload_spec supplement_spec;
int		 supplement_post(struct request *);
int		 remove_post(struct request *);
int		 move_post(struct request *);
int		 rate_post(struct request *);
int		 feedback_post(struct request *);

#endif /* DVC_DOSSIERS_H */
