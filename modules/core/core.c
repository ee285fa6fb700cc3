/*
 * core.c — the SQL that core runs on behalf of every program.
 */
#include "dvc.h"
#include "private.h"

const struct db_stmt_def core_stmts[CORE__MAX] = {
	[CORE_CACHE_VERSION] = { "SELECT COALESCE(SUM(version), 0) FROM cache_versions" },
	/* A session is valid until its absolute limit, and while used within the idle limit. */
	[CORE_SESSION_GET] = { "SELECT u.id, u.kind, u.full_name,"
	    " TIMESTAMPDIFF(SECOND, s.last_seen, UTC_TIMESTAMP()) AS idle, s.mfa"
	    " FROM sessions s JOIN users u ON u.id = s.user_id"
	    " WHERE s.token_hash = ? AND s.expires_at > UTC_TIMESTAMP()"
	    " AND s.last_seen > UTC_TIMESTAMP() - INTERVAL " DVC_STR(SESSION_IDLE_MINUTES) " MINUTE"
	    " AND u.disabled = 0" },
	[CORE_SESSION_TOUCH] = { "UPDATE sessions SET last_seen = UTC_TIMESTAMP() WHERE token_hash = ?" },
	/* A session still owing its second factor (mfa ≠ 0) lives MFA_PENDING_MINUTES at most. */
	[CORE_SESSION_CREATE] = { "INSERT INTO sessions (token_hash, user_id, created_at, last_seen,"
	    " expires_at, ip, user_agent, mfa) VALUES (?, ?, UTC_TIMESTAMP(), UTC_TIMESTAMP(),"
	    " UTC_TIMESTAMP() + INTERVAL IF(? = 0, " DVC_STR(SESSION_ABSOLUTE_HOURS) " * 60, "
	    DVC_STR(MFA_PENDING_MINUTES) ") MINUTE, ?, ?, ?)" },
	[CORE_SESSION_DELETE] = { "DELETE FROM sessions WHERE token_hash = ?" },
	[CORE_SESSION_DELETE_OTHERS] = { "DELETE FROM sessions WHERE user_id = ? AND token_hash <> ?" },
	[CORE_SESSION_DELETE_USER] = { "DELETE FROM sessions WHERE user_id = ?" },
	[CORE_SESSION_PURGE] = { "DELETE FROM sessions WHERE expires_at < UTC_TIMESTAMP()"
	    " OR last_seen < UTC_TIMESTAMP() - INTERVAL " DVC_STR(SESSION_IDLE_MINUTES) " MINUTE"
	    " LIMIT 1000" },
	/* Day numbers since 1970-01-01, as workcal counts them, sorted. */
	[CORE_HOLIDAYS] = { "SELECT TO_DAYS(day) - 719528, kind FROM holidays WHERE day BETWEEN"
	    " UTC_DATE() - INTERVAL 1 YEAR AND UTC_DATE() + INTERVAL 3 YEAR ORDER BY day" },
	/* The working calendar's settings (sql/026): a time of day in minutes, or a yes/no. */
	[CORE_SETTINGS] = { "SELECT name, COALESCE(minutes, flag) FROM settings" },
	/* Every unit, by id (agencies.c). */
	[CORE_AGENCIES] = { "SELECT id, code, name, sort FROM agencies ORDER BY id" },
	/* Every procedure, every version, by id (procs.c). */
	[CORE_PROCEDURES] = { "SELECT id, name, agency_id FROM procedures ORDER BY id" },
	/* mail.c: a message for dvc-notifier to send (dossier 0 and move "": about no dossier). */
	[CORE_OUTBOX] = { "INSERT INTO outbox (created_at, channel, recipient, subject, body,"
	    " dossier_id, move) VALUES (UTC_TIMESTAMP(), 'email', ?, ?, ?, NULLIF(?, 0), NULLIF(?, ''))" },
	/* contact.c: a draft's contact address (?) not confirmed and without a pending link: its
	 * user and the user's name; no row when nothing is to be sent. */
	[CORE_CONTACT_PENDING] = { "SELECT d.user_id, u.full_name FROM dossiers d"
	    " JOIN users u ON u.id = d.user_id WHERE d.id = ? AND d.applicant_email = ?"
	    " AND d.applicant_email_confirmed = 0 AND NOT EXISTS (SELECT 1 FROM account_links l"
	    " WHERE l.dossier_id = d.id AND l.purpose = 'contact' AND l.email = d.applicant_email"
	    " AND l.used_at IS NULL AND l.expires_at > UTC_TIMESTAMP())" },
	[CORE_CONTACT_LINK] = { "INSERT INTO account_links (purpose, user_id, dossier_id, email,"
	    " token_hash, created_at, expires_at, ip) VALUES ('contact', ?, ?, ?, ?, UTC_TIMESTAMP(),"
	    " UTC_TIMESTAMP() + INTERVAL " DVC_STR(VERIFY_LINK_HOURS) " HOUR, ?)" },
};
