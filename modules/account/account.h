/*
 * account.h — what the files of dvc-account share: the statement table (sql.c), the
 * sign-in's slow-down (login.c), the password policy (register.c), the links sent by mail
 * (links.c) and the small helpers (main.c). One file per concern: login.c (sign in
 * and out), register.c, profile.c (contact details and the password change), reset.c (a
 * forgotten password), links.c (an address verified, an unlock, a new address), mfa.c,
 * mfa_enrol.c and mfa_audit.c (the second factor; its changes audited and mailed). The input
 * helper is core's req_input().
 */
#ifndef DVC_ACCOUNT_H
#define DVC_ACCOUNT_H

#include "mfa.h"

#define CONSENT_VERSION		"1.0"

enum stmt {
	STMT_USER_BY_LOGIN,
	STMT_ADDRESS_FAILURES,
	STMT_FAILURES,
	STMT_FAILURE_ADD,
	STMT_FAILURES_CLEAR,
	STMT_FAILURES_PURGE,
	STMT_ATTEMPT,
	STMT_IDENTITY_OWNERS,
	STMT_STALE_UNVERIFIED,
	STMT_REGISTER,
	STMT_PROFILE,
	STMT_ROLES,
	STMT_SIGNINS,
	STMT_EMAIL_OWNER,
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
	STMT_CLOSE_LINKS,
	STMT_CLOSED,
	STMT_ACCOUNT_SELF,
	STMT_LINK_INSERT,
	STMT_LINK_ADDRESS_COUNT,
	STMT_LINK_ACCOUNT_COUNT,
	STMT_LINK_LOCK,
	STMT_LINK_USE,
	STMT_LINK_VERIFY,
	STMT_LINK_SET_EMAIL,
	STMT_LINK_CONTACT,
	STMT_LINK_PURGE,
	/* mfa.c, mfa_enrol.c */
	STMT_MFA_GET,
	STMT_MFA_NEW,
	STMT_MFA_ENABLE,
	STMT_MFA_STEP,
	STMT_MFA_DELETE,
	STMT_RECOVERY_CLEAR,
	STMT_RECOVERY_ADD,
	STMT_RECOVERY_USE,
	STMT_MFA_JSON,
	STMT__MAX
};

extern const struct db_stmt_def stmts[STMT__MAX];

struct login_row {
	unsigned long long	 id;
	char			 hash[PWHASH_SIZE];
	bool			 disabled;
	bool			 officer;
	enum role		 kind;
	bool			 mfa;		/* a second factor enabled */
};

/* The failures of a login in the window, and the seconds since the last. */
struct failures {
	long long		 n, since;
};

/* main.c */
void		 show_msg(struct request *);
/* The request's network address ("" when unknown). */
const char	*address(const struct request *);
int		 account_home(struct request *);
int		 privacy(struct request *);

/* login.c */
int		 record_attempt(struct request *, unsigned long long user_id, const char *login,
		    const char *outcome);
/* The key the failures of a login are counted under: the account's (user_id) or, for a
 * login that matches none, the login's as typed. */
void		 failure_key(unsigned long long user_id, const char *login, unsigned char out[32]);
/* The failures under key in the window; failure_add() one more: 0, or a database status.
 * failures_clear() an account's all (a success, an unlock link, a new password), in the
 * caller's transaction if any: 0, or what db_exec() returned (< 0). */
int		 failures_of(const unsigned char key[32], struct failures *);
int		 failure_add(const unsigned char key[32]);
long		 failures_clear(unsigned long long user_id);
/* The answer for a login that must wait after failures: adds the error to field and returns
 * the outcome to record, or NULL to go on. */
const char	*throttled(struct request *, const char *field, const struct failures *);
int		 login_page(struct request *);
int		 login(struct request *);
/* A 303 to page with the form's way back ("next"), when it has one. */
int		 next_via(struct request *, const char *page);
int		 logout(struct request *);

/* register.c */
/* Checks a new password against the policy; adds the error to field. */
void		 check_new_password(struct request *, const char *field, const char *pw,
		    const char *pw2, const char *const *personal);
int		 register_page(struct request *);
int		 register_post(struct request *);

/* profile.c */
int		 profile(struct request *);
int		 profile_post(struct request *);
int		 password_page(struct request *);
int		 password_post(struct request *);

/* reset.c */
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
/* links.c: the single-use links of account_links (verify, unlock, email; contact, sent by
 * core contact.c). */
enum link_purpose { LINK_VERIFY, LINK_UNLOCK, LINK_EMAIL, LINK_CONTACT };
extern const char *const account_views[];
/* Draws a link's token, records the request from address ip (user 0: nothing sent) and
 * queues the message of view to email, in the caller's transaction if any; without a user
 * the message is rendered all the same and dropped (the same work). doc is the message's
 * document, to which the token is added (one document a call). 0, or what db_exec() returned
 * (< 0; -2 too when the message did not render). */
long		 link_send(const char *ip, enum link_purpose, unsigned long long user,
		    const char *email, const char *view, xmlDocPtr doc);
/* Tells the owner of an account that someone (from address ip) tried to use its CCCD or
 * address (what: "register" or "email"), by a message to email, in the caller's transaction
 * if any; with email "" the message is rendered and dropped (the same work when there is
 * nobody to tell). 0, or what db_exec() returned (< 0). */
long		 tell_owner(const char *ip, const char *email, const char *name, const char *what);
int		 verify_link(struct request *);
int		 verify_resend(struct request *);
int		 unlock_link(struct request *);
int		 unlock_post(struct request *);
int		 email_link(struct request *);
int		 contact_link(struct request *);

/* mfa.c: the second factor at sign-in (a code of an authenticator app, or a recovery code);
 * mfa_enrol.c: enrolling one, renewing the recovery codes, removing it. */
struct mfa_row {
	char		 email[255];
	char		 name[128];
	uint8_t		 sealed[MFA_SEALED_BYTES];
	bool		 exists;	/* a row, enabled or shown at enrolment */
	bool		 enabled;
	uint64_t	 last_step;
	char		 enabled_at[32];
	long long	 recovery_left;
};
/* Whether an account of this kind must answer a second factor: administrators always,
 * officers when dvc.conf says mfa_officers = 1. */
bool		 mfa_required(enum role);
/* The second factor the password leads to for an account of kind with (has) or without a
 * factor enabled: MFA_DONE (none asked), MFA_CODE or MFA_ENROL. */
enum mfa_state	 mfa_after_password(enum role kind, bool has);
/* The signed-in user's factor. 0, or a database status. */
int		 mfa_load(struct request *, struct mfa_row *);
/* Whether typed (the code field) is a right code of the user's enabled factor now, within the
 * sign-in's slow-down: a code of an authenticator for a step not used before (the step is
 * then stored), or an unused recovery code (then used up). A wrong one is counted as a
 * failure of the account and recorded; a wait or a wrong code adds the error to the field
 * "code". 0 (*right set), or a database status. */
int		 mfa_answer(struct request *, const struct mfa_row *, const char *typed, bool *right);
/* Where a whole sign-in of the request's user lands when no way back was given. */
const char	*mfa_home(const struct request *);
int		 mfa_page(struct request *);
int		 mfa_post(struct request *);
/* mfa_enrol.c */
int		 mfa_enrol_page(struct request *, struct mfa_row *);
int		 mfa_enable(struct request *);
int		 mfa_disable(struct request *);
int		 mfa_recovery(struct request *);
/* mfa_audit.c: in the caller's transaction, the factor's JSON for the audit log (on or off,
 * recovery codes left; never the key) into out, emptied first; the change from before to
 * now appended to the audit log as the account's own ('user', "dvc-account"); and mail-mfa
 * queued to the account's address (event "disabled" or "recovery"; recovery_left -1 for
 * none). Then, each in a transaction of its own with its audit row and message: an unused
 * recovery code of the hash used up (*used), and the factor removed with its codes. 0, or
 * what db_exec() returned. */
long		 mfa_json(unsigned long long user, struct buf *out);
long		 mfa_audit(unsigned long long user, struct buf *before);
long		 mfa_mail(const struct mfa_row *, const char *event, long long recovery_left);
long		 mfa_recovery_use(unsigned long long user, const struct mfa_row *,
		    const unsigned char hash[32], bool *used);
long		 mfa_remove(unsigned long long user, const struct mfa_row *);

#endif /* DVC_ACCOUNT_H */
