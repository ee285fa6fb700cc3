/*
 * sql.c — every statement dvc-account runs.
 */
#include "dvc.h"
#include "account.h"

const struct db_stmt_def stmts[STMT__MAX] = {
	/* mfa: whether the account has a second factor enabled (mfa.c). */
	[STMT_USER_BY_LOGIN] = { "SELECT id, password_hash, disabled, kind, EXISTS (SELECT 1 FROM user_mfa m"
	    " WHERE m.user_id = users.id AND m.enabled_at IS NOT NULL) AS mfa FROM users"
	    " WHERE citizen_id = ? OR email = ?" },
	/* An address's failures in the window, and the accounts that signed in from it lately. */
	[STMT_ADDRESS_FAILURES] = { "SELECT COALESCE(SUM(outcome NOT IN ('success', 'second_factor')"
	    " AND at > UTC_TIMESTAMP()"
	    " - INTERVAL " DVC_STR(LOGIN_WINDOW_MINUTES) " MINUTE), 0),"
	    " COUNT(DISTINCT IF(outcome = 'success', user_id, NULL)) FROM login_attempts WHERE ip = ?"
	    " AND at > UTC_TIMESTAMP() - INTERVAL " DVC_STR(LOGIN_ADDRESS_DAYS) " DAY" },
	/* A login's failures in the sliding window, and the seconds since the last. */
	[STMT_FAILURES] = { "SELECT COUNT(*), COALESCE(TIMESTAMPDIFF(SECOND, MAX(at), UTC_TIMESTAMP()),"
	    " 999999) FROM login_failures WHERE key_hash = ?"
	    " AND at > UTC_TIMESTAMP() - INTERVAL " DVC_STR(LOGIN_WINDOW_MINUTES) " MINUTE" },
	[STMT_FAILURE_ADD] = { "INSERT INTO login_failures (key_hash, at) VALUES (?, UTC_TIMESTAMP())" },
	[STMT_FAILURES_CLEAR] = { "DELETE FROM login_failures WHERE key_hash = ?" },
	[STMT_FAILURES_PURGE] = { "DELETE FROM login_failures WHERE at < UTC_TIMESTAMP()"
	    " - INTERVAL " DVC_STR(LOGIN_WINDOW_MINUTES) " MINUTE LIMIT 100" },
	[STMT_ATTEMPT] = { "INSERT INTO login_attempts (at, ip, user_id, login, login_hash, outcome,"
	    " user_agent) VALUES (UTC_TIMESTAMP(), ?, NULLIF(?, 0), ?, ?, ?, ?)" },
	/* The accounts that hold a CCCD or an address typed at registration (up to two). */
	[STMT_IDENTITY_OWNERS] = { "SELECT id, COALESCE(email, ''), full_name FROM users"
	    " WHERE citizen_id = ? OR email = ? ORDER BY id" },
	/* An account whose address was never verified, and whose link expired, with no dossier,
	 * gives its CCCD and address back: nobody keeps an identity by registering it first. */
	[STMT_STALE_UNVERIFIED] = { "DELETE FROM users WHERE (citizen_id = ? OR email = ?)"
	    " AND kind = 'citizen' AND email_verified_at IS NULL"
	    " AND created_at < UTC_TIMESTAMP() - INTERVAL " DVC_STR(VERIFY_LINK_HOURS) " HOUR"
	    " AND NOT EXISTS (SELECT 1 FROM dossiers d WHERE d.user_id = users.id)" },
	[STMT_REGISTER] = { "INSERT INTO users (kind, full_name, citizen_id, birth_date, phone, email,"
	    " password_hash, consent_at, consent_version, created_at, updated_at) VALUES ('citizen',"
	    " ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(), ?, UTC_TIMESTAMP(), UTC_TIMESTAMP())" },
	[STMT_PROFILE] = { "SELECT full_name, citizen_id, DATE_FORMAT(birth_date, '%d/%m/%Y') AS birth_date,"
	    " DATE_FORMAT(birth_date, '%Y-%m-%d') AS birth_date_iso, phone, email,"
	    " IF(email_verified_at IS NULL, 0, 1) AS email_verified, address, org_name,"
	    " org_tax_code, kind, " SQL_VN_TIME("created_at") " AS created_at FROM users WHERE id = ?" },
	[STMT_ROLES] = { "SELECT a.code AS agency_code, a.name AS agency_name, r.role FROM officer_roles r"
	    " JOIN agencies a ON a.id = r.agency_id WHERE r.user_id = ? ORDER BY a.sort, a.name, r.role" },
	[STMT_SIGNINS] = { "SELECT " SQL_VN_TIME("at") " AS at, ip, outcome, user_agent FROM login_attempts"
	    " WHERE user_id = ? ORDER BY id DESC LIMIT 10" },
	/* The account of an address (another than the user's), its e-mail, and the user's own. */
	[STMT_EMAIL_OWNER] = { "SELECT id, COALESCE(email, ''), full_name FROM users"
	    " WHERE email = ? AND id <> ?" },
	/* The address changes only through the link sent to the new one (links.c). */
	[STMT_UPDATE_CONTACT] = { "UPDATE users SET phone = ?, address = ?,"
	    " org_name = ?, org_tax_code = ?, updated_at = UTC_TIMESTAMP() WHERE id = ?" },
	[STMT_SECRETS] = { "SELECT password_hash, COALESCE(citizen_id, ''), phone, COALESCE(email, '')"
	    " FROM users WHERE id = ?" },
	[STMT_SET_PASSWORD] = { "UPDATE users SET password_hash = ?, updated_at = UTC_TIMESTAMP()"
	    " WHERE id = ?" },
	/* reset.c: who asks for a link (by CCCD or e-mail), and the limits on asking. */
	[STMT_RESET_USER] = { "SELECT id, COALESCE(email, ''), full_name, disabled,"
	    " email_verified_at IS NOT NULL FROM users WHERE citizen_id = ? OR email = ?" },
	[STMT_RESET_ADDRESS_COUNT] = { "SELECT COUNT(*) FROM password_resets WHERE ip = ?"
	    " AND created_at > UTC_TIMESTAMP() - INTERVAL " DVC_STR(RESET_WINDOW_MINUTES) " MINUTE" },
	[STMT_RESET_ACCOUNT_COUNT] = { "SELECT COUNT(*) FROM password_resets WHERE user_id = ?"
	    " AND token_hash IS NOT NULL"
	    " AND created_at > UTC_TIMESTAMP() - INTERVAL " DVC_STR(RESET_WINDOW_MINUTES) " MINUTE" },
	/* A request; user 0 and an empty hash when no link was sent. */
	[STMT_RESET_INSERT] = { "INSERT INTO password_resets (user_id, token_hash, created_at,"
	    " expires_at, ip) VALUES (NULLIF(?, 0), NULLIF(?, ''), UTC_TIMESTAMP(),"
	    " UTC_TIMESTAMP() + INTERVAL " DVC_STR(RESET_LINK_MINUTES) " MINUTE, ?)" },
	/* A link: its id, its user, whether it was used, whether it expired. */
	[STMT_RESET_FIND] = { "SELECT r.id, r.user_id, r.used_at IS NOT NULL,"
	    " r.expires_at <= UTC_TIMESTAMP() OR u.disabled <> 0 FROM password_resets r"
	    " JOIN users u ON u.id = r.user_id WHERE r.token_hash = ?" },
	[STMT_RESET_LOCK] = { "SELECT r.id, r.user_id, r.used_at IS NOT NULL,"
	    " r.expires_at <= UTC_TIMESTAMP() OR u.disabled <> 0 FROM password_resets r"
	    " JOIN users u ON u.id = r.user_id WHERE r.token_hash = ? FOR UPDATE" },
	[STMT_RESET_ACCOUNT] = { "SELECT COALESCE(citizen_id, ''), phone, COALESCE(email, ''),"
	    " full_name FROM users WHERE id = ?" },
	/* The link proved the e-mail address: verified, and the sign-in's failures go too. */
	[STMT_RESET_PASSWORD] = { "UPDATE users SET password_hash = ?,"
	    " email_verified_at = COALESCE(email_verified_at, UTC_TIMESTAMP()),"
	    " updated_at = UTC_TIMESTAMP() WHERE id = ?" },
	[STMT_RESET_USE] = { "UPDATE password_resets SET used_at = UTC_TIMESTAMP()"
	    " WHERE id = ? AND used_at IS NULL" },
	/* Once the password changed, the user's other links expire. */
	[STMT_RESET_VOID] = { "UPDATE password_resets SET expires_at = UTC_TIMESTAMP()"
	    " WHERE user_id = ? AND used_at IS NULL AND expires_at > UTC_TIMESTAMP()" },
	[STMT_RESET_PURGE] = { "DELETE FROM password_resets"
	    " WHERE created_at < UTC_TIMESTAMP() - INTERVAL " DVC_STR(RESET_KEEP_DAYS) " DAY LIMIT 1000" },
	/* close.c: a citizen's own account closed (what stays and why: close.c, sql/021). */
	[STMT_CLOSE_ACCOUNT] = { "UPDATE users SET closed_at = UTC_TIMESTAMP(), disabled = 1,"
	    " phone = '', email = NULL, address = '', org_name = '', org_tax_code = '',"
	    " birth_date = NULL, updated_at = UTC_TIMESTAMP()"
	    " WHERE id = ? AND kind = 'citizen' AND closed_at IS NULL" },
	/* Drafts were never submitted: their files' and fees' rows go with them (cascade). */
	[STMT_CLOSE_DRAFTS] = { "DELETE FROM dossiers WHERE user_id = ? AND status = " SQL_DS(DRAFT) },
	[STMT_CLOSE_RESETS] = { "DELETE FROM password_resets WHERE user_id = ?" },
	[STMT_CLOSE_LINKS] = { "DELETE FROM account_links WHERE user_id = ?" },
	[STMT_CLOSED] = { "SELECT closed_at IS NOT NULL FROM users WHERE id = ?" },
	/* links.c: the signed-in user, as who_row() reads an account. */
	[STMT_ACCOUNT_SELF] = { "SELECT id, COALESCE(email, ''), full_name, disabled,"
	    " email_verified_at IS NOT NULL FROM users WHERE id = ?" },
	/* links.c: a link of account_links (user 0 and an empty hash: nothing was sent). */
	[STMT_LINK_INSERT] = { "INSERT INTO account_links (purpose, user_id, email, token_hash,"
	    " created_at, expires_at, ip) VALUES (?, NULLIF(?, 0), ?, NULLIF(?, ''), UTC_TIMESTAMP(),"
	    " UTC_TIMESTAMP() + INTERVAL ? MINUTE, ?)" },
	[STMT_LINK_ADDRESS_COUNT] = { "SELECT COUNT(*) FROM account_links WHERE ip = ? AND purpose = ?"
	    " AND created_at > UTC_TIMESTAMP() - INTERVAL " DVC_STR(RESET_WINDOW_MINUTES) " MINUTE" },
	[STMT_LINK_ACCOUNT_COUNT] = { "SELECT COUNT(*) FROM account_links WHERE user_id = ?"
	    " AND purpose = ? AND token_hash IS NOT NULL"
	    " AND created_at > UTC_TIMESTAMP() - INTERVAL " DVC_STR(RESET_WINDOW_MINUTES) " MINUTE" },
	/* A link, locked: its id, user, purpose, address, used, expired (or the account disabled). */
	[STMT_LINK_LOCK] = { "SELECT l.id, l.user_id, l.purpose, l.email, l.used_at IS NOT NULL,"
	    " l.expires_at <= UTC_TIMESTAMP() OR u.disabled <> 0, COALESCE(l.dossier_id, 0)"
	    " FROM account_links l"
	    " JOIN users u ON u.id = l.user_id WHERE l.token_hash = ? FOR UPDATE" },
	[STMT_LINK_USE] = { "UPDATE account_links SET used_at = UTC_TIMESTAMP()"
	    " WHERE id = ? AND used_at IS NULL" },
	/* Verified only while the account's address is still the one the link went to. */
	[STMT_LINK_VERIFY] = { "UPDATE users SET email_verified_at = COALESCE(email_verified_at,"
	    " UTC_TIMESTAMP()) WHERE id = ? AND email = ?" },
	[STMT_LINK_SET_EMAIL] = { "UPDATE users SET email = ?, email_verified_at = UTC_TIMESTAMP(),"
	    " updated_at = UTC_TIMESTAMP() WHERE id = ?" },
	/* A dossier's contact address confirmed, if it is still the one the link went to. */
	[STMT_LINK_CONTACT] = { "UPDATE dossiers SET applicant_email_confirmed = 1"
	    " WHERE id = ? AND applicant_email = ?" },
	[STMT_LINK_PURGE] = { "DELETE FROM account_links"
	    " WHERE created_at < UTC_TIMESTAMP() - INTERVAL " DVC_STR(RESET_KEEP_DAYS) " DAY LIMIT 1000" },
	/* mfa.c: the account's second factor (a row of user_mfa or none), and the recovery codes
	 * it has left. */
	[STMT_MFA_GET] = { "SELECT COALESCE(u.email, '') AS email, m.secret, u.full_name, m.enabled_at IS NOT NULL"
	    " AS enabled, m.last_step, " SQL_VN_TIME("m.enabled_at") " AS enabled_at,"
	    " (SELECT COUNT(*) FROM user_recovery_codes c WHERE c.user_id = u.id AND c.used_at IS NULL)"
	    " AS recovery_left FROM users u LEFT JOIN user_mfa m ON m.user_id = u.id WHERE u.id = ?" },
	/* A key shown at enrolment, not yet confirmed; never over an enabled one. */
	[STMT_MFA_NEW] = { "INSERT INTO user_mfa (user_id, secret, created_at) VALUES (?, ?, UTC_TIMESTAMP())"
	    " ON DUPLICATE KEY UPDATE secret = IF(enabled_at IS NULL, VALUES(secret), secret)" },
	[STMT_MFA_ENABLE] = { "UPDATE user_mfa SET enabled_at = UTC_TIMESTAMP(), last_step = ?"
	    " WHERE user_id = ? AND enabled_at IS NULL" },
	/* A code's step taken, once: a second request with the same code matches no row. */
	[STMT_MFA_STEP] = { "UPDATE user_mfa SET last_step = ? WHERE user_id = ? AND enabled_at IS NOT NULL"
	    " AND last_step < ?" },
	[STMT_MFA_DELETE] = { "DELETE FROM user_mfa WHERE user_id = ?" },
	[STMT_RECOVERY_CLEAR] = { "DELETE FROM user_recovery_codes WHERE user_id = ?" },
	[STMT_RECOVERY_ADD] = { "INSERT INTO user_recovery_codes (user_id, code_hash) VALUES (?, ?)" },
	[STMT_RECOVERY_USE] = { "UPDATE user_recovery_codes SET used_at = UTC_TIMESTAMP()"
	    " WHERE user_id = ? AND code_hash = ? AND used_at IS NULL" },
	/* mfa_audit.c: the factor as the audit log keeps it (never the key nor a code). */
	[STMT_MFA_JSON] = { "SELECT JSON_OBJECT('second_factor', (SELECT COUNT(*) FROM user_mfa m"
	    " WHERE m.user_id = ? AND m.enabled_at IS NOT NULL) > 0, 'recovery_left', (SELECT COUNT(*)"
	    " FROM user_recovery_codes c WHERE c.user_id = ? AND c.used_at IS NULL))" },
};
