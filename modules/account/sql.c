/*
 * sql.c — every statement dvc-account runs.
 */
#include "dvc.h"
#include "account.h"

const struct db_stmt_def stmts[STMT__MAX] = {
	/* Seconds since the last failure and until the lock ends, for throttling. */
	[STMT_USER_BY_LOGIN] = { "SELECT id, password_hash, failed_logins,"
	    " COALESCE(TIMESTAMPDIFF(SECOND, last_failed_at, UTC_TIMESTAMP()), 999999) AS since_failed,"
	    " COALESCE(TIMESTAMPDIFF(SECOND, UTC_TIMESTAMP(), locked_until), 0) AS locked_for,"
	    " disabled, kind FROM users WHERE citizen_id = ? OR email = ?" },
	[STMT_IP_FAILURES] = { "SELECT COUNT(*) FROM login_attempts WHERE ip = ?"
	    " AND at > UTC_TIMESTAMP() - INTERVAL " DVC_STR(LOGIN_WINDOW_MINUTES) " MINUTE"
	    " AND outcome <> 'success'" },
	/* Failures for a login that matches no account, counted as an account's would be. */
	[STMT_LOGIN_FAILURES] = { "SELECT COUNT(*),"
	    " COALESCE(TIMESTAMPDIFF(SECOND, MAX(at), UTC_TIMESTAMP()), 999999)"
	    " FROM login_attempts WHERE login_hash = ? AND outcome = 'unknown_account'"
	    " AND at > UTC_TIMESTAMP() - INTERVAL " DVC_STR(LOGIN_WINDOW_MINUTES) " MINUTE" },
	[STMT_ATTEMPT] = { "INSERT INTO login_attempts (at, ip, user_id, login, login_hash, outcome,"
	    " user_agent) VALUES (UTC_TIMESTAMP(), ?, NULLIF(?, 0), ?, ?, ?, ?)" },
	/* Assignments run left to right: locked_until sees the incremented count. */
	[STMT_FAILED] = { "UPDATE users SET failed_logins = failed_logins + 1,"
	    " last_failed_at = UTC_TIMESTAMP(), locked_until = IF(failed_logins >= " DVC_STR(LOCK_AFTER) ","
	    " UTC_TIMESTAMP() + INTERVAL " DVC_STR(LOGIN_LOCK_MINUTES) " MINUTE, locked_until) WHERE id = ?" },
	[STMT_SUCCEEDED] = { "UPDATE users SET failed_logins = 0, last_failed_at = NULL,"
	    " locked_until = NULL WHERE id = ?" },
	[STMT_COMMON_PASSWORD] = { "SELECT 1 FROM common_passwords WHERE password = ?" },
	[STMT_TAKEN] = { "SELECT 1 FROM users WHERE citizen_id = ? OR email = ?" },
	[STMT_REGISTER] = { "INSERT INTO users (kind, full_name, citizen_id, birth_date, phone, email,"
	    " password_hash, consent_at, consent_version, created_at, updated_at) VALUES ('citizen',"
	    " ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(), ?, UTC_TIMESTAMP(), UTC_TIMESTAMP())" },
	[STMT_PROFILE] = { "SELECT full_name, citizen_id, DATE_FORMAT(birth_date, '%d/%m/%Y') AS birth_date,"
	    " DATE_FORMAT(birth_date, '%Y-%m-%d') AS birth_date_iso, phone, email, address, org_name,"
	    " org_tax_code, kind, " SQL_VN_TIME("created_at") " AS created_at FROM users WHERE id = ?" },
	[STMT_ROLES] = { "SELECT a.code AS agency_code, a.name AS agency_name, r.role FROM officer_roles r"
	    " JOIN agencies a ON a.id = r.agency_id WHERE r.user_id = ? ORDER BY a.sort, a.name, r.role" },
	[STMT_SIGNINS] = { "SELECT " SQL_VN_TIME("at") " AS at, ip, outcome, user_agent FROM login_attempts"
	    " WHERE user_id = ? ORDER BY id DESC LIMIT 10" },
	[STMT_EMAIL_TAKEN] = { "SELECT 1 FROM users WHERE email = ? AND id <> ?" },
	[STMT_UPDATE_CONTACT] = { "UPDATE users SET phone = ?, email = NULLIF(?, ''), address = ?,"
	    " org_name = ?, org_tax_code = ?, updated_at = UTC_TIMESTAMP() WHERE id = ?" },
	[STMT_SECRETS] = { "SELECT password_hash, COALESCE(citizen_id, ''), phone, COALESCE(email, ''),"
	    " failed_logins, COALESCE(TIMESTAMPDIFF(SECOND, last_failed_at, UTC_TIMESTAMP()), 999999),"
	    " COALESCE(TIMESTAMPDIFF(SECOND, UTC_TIMESTAMP(), locked_until), 0) FROM users WHERE id = ?" },
	[STMT_SET_PASSWORD] = { "UPDATE users SET password_hash = ?, updated_at = UTC_TIMESTAMP()"
	    " WHERE id = ?" },
	/* reset.c: who asks for a link (by CCCD or e-mail), and the limits on asking. */
	[STMT_RESET_USER] = { "SELECT id, COALESCE(email, ''), full_name, disabled FROM users"
	    " WHERE citizen_id = ? OR email = ?" },
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
	/* The link proved the e-mail address: the account is unlocked too. */
	[STMT_RESET_PASSWORD] = { "UPDATE users SET password_hash = ?, failed_logins = 0,"
	    " last_failed_at = NULL, locked_until = NULL, updated_at = UTC_TIMESTAMP() WHERE id = ?" },
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
	    " birth_date = NULL, failed_logins = 0, last_failed_at = NULL, locked_until = NULL,"
	    " updated_at = UTC_TIMESTAMP() WHERE id = ? AND kind = 'citizen' AND closed_at IS NULL" },
	/* Drafts were never submitted: their files' and fees' rows go with them (cascade). */
	[STMT_CLOSE_DRAFTS] = { "DELETE FROM dossiers WHERE user_id = ? AND status = " SQL_DS(DRAFT) },
	[STMT_CLOSE_RESETS] = { "DELETE FROM password_resets WHERE user_id = ?" },
	[STMT_CLOSED] = { "SELECT closed_at IS NOT NULL FROM users WHERE id = ?" },
};
