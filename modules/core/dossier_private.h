/*
 * dossier_private.h — what dossier.c, dossier_state.c, dossier_clock.c and dossier_mail.c
 * share: the dossier's row as the state machine reads and writes it.
 */
#ifndef DVC_DOSSIER_PRIVATE_H
#define DVC_DOSSIER_PRIVATE_H

/* The address the dossier's messages go to: its contact address once confirmed (a draft's
 * address other than the account's is confirmed by a link, contact.c), else none. */
#define SQL_CONTACT_EMAIL	"IF(d.applicant_email_confirmed = 1, d.applicant_email, '')"

/* The row of a dossier, as dossier_transition() reads it (locked) and writes it back. */
struct dstate {
	unsigned long long	 id, user, procedure;
	unsigned long long	 agency;		/* the receiving unit */
	unsigned long long	 holder;		/* the unit holding it now */
	unsigned long long	 assignee;	/* 0: nobody */
	unsigned long long	 result_file;
	const char		*result_kind;	/* "file", "paper" or NULL */
	int			 status;
	long long		 version;
	bool			 awaiting;
	bool			 claim_pending;	/* a fee exemption claimed awaits the desk */
	long long		 owed;		/* đồng owed now (SQL_PAY_DUE) */
	unsigned		 hours;		/* the time limit, in working hours */
	bool			 same_day;
	bool			 restart;	/* after a supplement the clock restarts (else resumes) */
	long			 used;		/* working minutes of earlier clock runs */
	time_t			 submitted, received, clock_started, due, first_due;
	time_t			 finished, returned, last_event;
	char			 code[40];
	char			 agency_code[16];
	char			 channel[16];
	char			 email[255];
	char			 tracking[41];
	/* Set by the submission only (written when the row has none): the public lookup's
	 * token, TRACK_TOKEN_BYTES in URL-safe base64 without padding. */
	char			 track_token[32];
	/* The officer roles (ACT_*) already looked up for the actor, and those held: one
	 * query a role, however many moves ask. */
	unsigned		 roles_known, roles_held;
};

/* dossier_state.c: the row. Loads d (d->id 0 when there is no such dossier), locking the row
 * for the transaction when lock is set; saves what the machine changes. */
enum dmove_err	 dstate_load(unsigned long long id, bool lock, struct dstate *d);
enum dmove_err	 dstate_save(const struct dstate *d);
/* The Vietnam date of t as "YYYY-MM-DD" into out. */
void		 dstate_vn_day(time_t t, char out[11]);
/* The submission's dossier code, from the receiving unit's sequence of the Vietnam day, and
 * its tracking token, set on d. */
enum dmove_err	 dstate_number(struct dstate *d, time_t now);
/* "receiver", … for dossier_events.role. */
const char	*dactor_name(unsigned role);
/* The desk's decision on the fee exemption claimed: granted (the fee stays reduced) or
 * refused (the fee and the dossier's total back to the full amount), with the officer and the
 * reason (a->note). */
enum dmove_err	 dclaim_decide(const struct dstate *d, bool granted, const struct dmove_args *a);
/* Numbers and records the slip of a move (Form 1-5) for its event. */
enum dmove_err	 dslip_issue(const struct dstate *d, const struct dstate *before, enum slip,
		    const struct dmove_args *, unsigned long long event, time_t now);

/* dossier_clock.c: the deadline rules. */
void		 dclock_apply(struct dstate *d, enum dclock, const struct workcal *, time_t now,
		    time_t new_due);
/* The working minutes a dossier is allowed in all. */
long		 dclock_allotted(const struct dstate *d);

/* dossier_mail.c: the applicant's message about a move, rendered and put in the outbox. */
enum dmove_err	 dmail_queue(const struct dstate *d, enum dmove_id, const struct dmove_args *,
		    unsigned long long event);

#endif /* DVC_DOSSIER_PRIVATE_H */
