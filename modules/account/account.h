/*
 * account.h — what the files of dvc-account share: the statement table (sql.c), the
 * sign-in's throttling (login.c), the password policy (register.c) and the small input
 * helpers (main.c). One file per concern: login.c (sign in and out), register.c,
 * profile.c (contact details and the password change), reset.c (a forgotten password).
 */
#ifndef DVC_ACCOUNT_H
#define DVC_ACCOUNT_H

#define CONSENT_VERSION		"1.0"
#define IP_FAILURES_MAX		30	/* failures from one address in LOGIN_WINDOW_MINUTES */
#define SLOW_AFTER		3	/* consecutive failures before each try must wait */
#define LOCK_AFTER		10	/* consecutive failures that lock the account */

enum stmt {
	STMT_USER_BY_LOGIN,
	STMT_IP_FAILURES,
	STMT_LOGIN_FAILURES,
	STMT_ATTEMPT,
	STMT_FAILED,
	STMT_SUCCEEDED,
	STMT_COMMON_PASSWORD,
	STMT_TAKEN,
	STMT_REGISTER,
	STMT_PROFILE,
	STMT_ROLES,
	STMT_SIGNINS,
	STMT_EMAIL_TAKEN,
	STMT_UPDATE_CONTACT,
	STMT_SECRETS,
	STMT_SET_PASSWORD,
	STMT_RESET_USER,
	STMT_RESET_ADDRESS_COUNT,
	STMT_RESET_ACCOUNT_COUNT,
	STMT_RESET_INSERT,
	STMT_RESET_FIND,
	STMT_RESET_LOCK,
	STMT_RESET_ACCOUNT,
	STMT_RESET_PASSWORD,
	STMT_RESET_USE,
	STMT_RESET_VOID,
	STMT_RESET_PURGE,
	/* close.c */
	STMT_CLOSE_ACCOUNT,
	STMT_CLOSE_DRAFTS,
	STMT_CLOSE_RESETS,
	STMT_CLOSED,
	STMT__MAX
};

extern const struct db_stmt_def stmts[STMT__MAX];

struct login_row {
	unsigned long long	 id;
	char			 hash[PWHASH_SIZE];
	long			 failures, since_failed, locked_for;
	bool			 disabled;
	bool			 officer;
};

/* main.c */
void		 show_msg(struct request *);
/* An input trimmed of spaces at both ends ("" when absent). */
char		*input(struct request *, const char *name);
int		 account_home(struct request *);
int		 privacy(struct request *);

/* login.c */
/* A local path to return to after sign-in; anything else (another site) is refused. */
const char	*safe_next(const char *next);
int		 record_attempt(struct request *, unsigned long long user_id, const char *login,
		    const char *outcome);
/* The answer for an account (or a login matching none) that is locked or must wait after
 * failures: adds the error to field and returns the outcome to record, or NULL to go on. */
const char	*throttled(struct request *, const char *field, const struct login_row *);
int		 login_page(struct request *);
int		 login(struct request *);
int		 logout(struct request *);

/* register.c */
/* Checks a new password against the policy; adds the error to field. 0, or a db status. */
int		 check_new_password(struct request *, const char *field, const char *pw,
		    const char *pw2, const char *const *personal);
int		 register_page(struct request *);
int		 register_post(struct request *);

/* profile.c */
int		 profile(struct request *);
int		 profile_post(struct request *);
int		 password_page(struct request *);
int		 password_post(struct request *);

/* reset.c */
extern const char *const reset_views[];
int		 forgot_page(struct request *);
int		 forgot_post(struct request *);
int		 reset_page(struct request *);
int		 reset_post(struct request *);

/* close.c */
int		 close_page(struct request *);
int		 close_post(struct request *);
int		 closed_page(struct request *);
/* For login(): the right password of a disabled account. 200 when it is closed (the message
 * added, the attempt recorded), 0 when not, or a database status. */
int		 close_refused(struct request *, unsigned long long id, const char *login);

#endif /* DVC_ACCOUNT_H */
