/*
 * domain.h — the numbers the law and the province's practice fix, defined once. C uses them
 * as they are; SQL gets them stringified (DVC_STR), never retyped as literals.
 */
#ifndef DVC_DOMAIN_H
#define DVC_DOMAIN_H

#define DVC_STR_(x)	#x
#define DVC_STR(x)	DVC_STR_(x)

/* Vietnam is UTC+7, without daylight saving time. */
#define VN_UTC_OFFSET_HOURS	7
#define VN_UTC_OFFSET_SECONDS	(VN_UTC_OFFSET_HOURS * 3600L)
/* A UTC DATETIME expression in Vietnam's time, for SQL. */
#define SQL_VN(col)		"(" col " + INTERVAL " DVC_STR(VN_UTC_OFFSET_HOURS) " HOUR)"
/* Today's date in Vietnam, for SQL. */
#define SQL_VN_TODAY		"DATE(" SQL_VN("UTC_TIMESTAMP()") ")"

/* A working day is 8 working hours (DOMAIN.md); durations are stored in working hours. */
#define WORKDAY_HOURS		8

/* Sessions: idle and absolute limits. */
#define SESSION_IDLE_MINUTES	30
#define SESSION_ABSOLUTE_HOURS	12

/* Sign-in throttling (modules/account/login.c): the failures of one login are counted over
 * a sliding window; from the LOGIN_SLOW_AFTER-th on, each try waits LOGIN_WAIT_FIRST seconds
 * after the last failure, doubling up to LOGIN_WAIT_MAX. Never a lock: the owner may end the
 * wait at once with a link sent to the account's verified address. An address may fail
 * LOGIN_ADDRESS_FAILURES times in the window, and LOGIN_ADDRESS_PER_USER more for each
 * account that signed in from it over the last LOGIN_ADDRESS_DAYS days (an office behind
 * one address). */
#define LOGIN_WINDOW_MINUTES	15
#define LOGIN_SLOW_AFTER	3
#define LOGIN_WAIT_FIRST	5
#define LOGIN_WAIT_MAX		60
#define LOGIN_ADDRESS_FAILURES	30
#define LOGIN_ADDRESS_PER_USER	10
#define LOGIN_ADDRESS_DAYS	30

/* A session whose password was right and whose second factor is still to come (or must first
 * be enrolled) lives this long at most (core mfa.h). */
#define MFA_PENDING_MINUTES	15

/* A new password has at least this many characters (not bytes). */
#define PASSWORD_MIN_CHARS	12

/* Links sent by e-mail to confirm an address (a new account's, a new one of an account) and
 * to end the slow-down of sign-ins: good this long, once. Registrations and unlock requests
 * are limited per address over the reset's window, unlock links per account. */
#define VERIFY_LINK_HOURS	48
#define UNLOCK_LINK_MINUTES	30
#define REGISTER_PER_ADDRESS_MAX	20
#define UNLOCK_PER_ACCOUNT_MAX	3
#define UNLOCK_PER_ADDRESS_MAX	10

/* Forgotten passwords: a link is good this long, once; requests are counted over a window,
 * the links sent to one account and the requests from one address. */
#define RESET_LINK_MINUTES	30
#define RESET_WINDOW_MINUTES	60
#define RESET_PER_ACCOUNT_MAX	3
#define RESET_PER_ADDRESS_MAX	10
/* Requests (their network address is personal data) are removed after this many days. */
#define RESET_KEEP_DAYS		30
/* A link an administrator has sent to set an account's password (dvc-admin, a new officer's
 * first one too): good once, for this long, over a weekend. */
#define SET_PASSWORD_LINK_HOURS	72

/* The public lookup (/track): lookups per client address over a window, past which the
 * answer is 429; and the random bytes of a dossier's tracking token (the receipt's QR). */
#define TRACK_WINDOW_MINUTES	10
#define TRACK_LOOKUPS_MAX	20
#define TRACK_TOKEN_BYTES	16

/* Fees per copy or per page (sql/018): how many an applicant may ask for in one dossier. A
 * copy over a hundred is a bulk order the desk handles at the counter (our choice; the law is
 * silent). A proof of an exemption claimed: its size and types. */
#define FEE_QUANTITY_MAX	100
#define FEE_PROOF_MAX_KB	10240
#define FEE_PROOF_TYPES		"pdf,jpg,png"

/* An officer's inbox warns of a due date within this many working hours (2 working days). */
#define DUE_SOON_HOURS		(2 * WORKDAY_HOURS)

/* Feedback on a dossier (phản ánh, kiến nghị) is answered within this many working days of
 * being written (DOMAIN.md is silent: the province's practice; a constant until it speaks). */
#define FEEDBACK_ANSWER_DAYS	10
/* A dossier code's day sequence has four digits. */
#define DOSSIER_SEQ_MAX		9999

/* Personal data over time (the privacy notice, account-privacy.xsl; `dvcctl purge`, daily):
 * sign-in records are kept 12 months; a sent (or given-up) e-mail's body 30 days, for a
 * citizen who asks what was sent, and a message about no dossier (a reset link, a password
 * change) is removed whole then; the /track counters a day. */
#define SIGNIN_KEEP_MONTHS	12
#define MAIL_BODY_KEEP_DAYS	30
#define TRACK_KEEP_HOURS	24

#endif /* DVC_DOMAIN_H */
