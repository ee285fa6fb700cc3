/*
 * sql.c — every statement dvc-admin runs, a block per file in admin.h's order.
 */
#include "dvc.h"
#include "admin.h"

const struct db_stmt_def stmts[STMT__MAX] = {
	/* home.c */
	[STMT_CATALOGUE] = { "SELECT COUNT(*) AS procedures, COALESCE(SUM(level = 4), 0) AS full_online,"
	    " COALESCE(SUM(level = 3), 0) AS partial, COALESCE(SUM(level = 2), 0) AS counter_only,"
	    " (SELECT COUNT(*) FROM fields) AS fields, (SELECT COUNT(*) FROM agencies) AS agencies"
	    " FROM procedures WHERE is_current = 1" },
	[STMT_ACCOUNTS] = { "SELECT COALESCE(SUM(kind = 'citizen'), 0) AS citizens,"
	    " COALESCE(SUM(kind = 'officer'), 0) AS officers, COALESCE(SUM(kind = 'admin'), 0) AS admins,"
	    " (SELECT COUNT(*) FROM sessions WHERE expires_at > UTC_TIMESTAMP()"
	    "  AND last_seen > UTC_TIMESTAMP() - INTERVAL " DVC_STR(SESSION_IDLE_MINUTES) " MINUTE)"
	    " AS sessions FROM users" },
	[STMT_COUNTS] = { "SELECT status, COUNT(*) AS n FROM dossiers GROUP BY status ORDER BY status" },
	/* Every officer, those not yet given a role too. */
	[STMT_OFFICERS] = { "SELECT u.full_name, u.email, a.code AS agency_code, a.name AS agency_name,"
	    " r.role FROM users u LEFT JOIN officer_roles r ON r.user_id = u.id"
	    " LEFT JOIN agencies a ON a.id = r.agency_id WHERE u.kind = 'officer'"
	    " ORDER BY a.id IS NULL, a.sort, a.name, u.full_name, r.role" },
	/* This year in Vietnam's time. */
	[STMT_HOLIDAYS] = { "SELECT DATE_FORMAT(day, '%d/%m/%Y') AS day, DAYOFWEEK(day) AS weekday,"
	    " name, kind FROM holidays WHERE YEAR(day) = YEAR(" SQL_VN("UTC_TIMESTAMP()") ")"
	    " ORDER BY holidays.day" },
	/* A page of the audit log (AUDIT_PAGE + 1 rows: whether there is a next), newest first;
	 * the kind of object and its code, each '' for any. */
	[STMT_AUDIT] = { "SELECT a.id, " SQL_VN_TIME("a.at") " AS at, COALESCE(u.full_name, a.actor) AS who,"
	    " a.program, a.action, a.object_kind AS kind, a.object_code AS code,"
	    " COALESCE(a.before_json, '') AS before_json, COALESCE(a.after_json, '') AS after_json"
	    " FROM audit_log a LEFT JOIN users u ON u.id = a.user_id"
	    " WHERE (? = '' OR a.object_kind = ?) AND (? = '' OR a.object_code = ?)"
	    " ORDER BY a.at DESC, a.id DESC LIMIT ? OFFSET ?" },
	/* end of home.c */

	/* procedures.c */
	/* The list: each code's last version (the current one, or the withdrawn last), by name or
	 * code (? twice: the folded words, a LIKE pattern), field, level, status ('' any, current,
	 * withdrawn); a page of ? rows from ?. */
	[STMT_PROC_LIST] = { "SELECT p.code, p.name, p.version, p.level, p.is_current,"
	    " f.name AS field_name, a.name AS agency_name, " SQL_VN_TIME("p.published_at") " AS published_at,"
	    " COALESCE(" SQL_VN_TIME("p.withdrawn_at") ", '') AS withdrawn_at"
	    " FROM procedures p JOIN fields f ON f.id = p.field_id JOIN agencies a ON a.id = p.agency_id"
	    " WHERE p.version = (SELECT MAX(p2.version) FROM procedures p2 WHERE p2.code = p.code)"
	    " AND (? = '' OR p.name_folded LIKE ? OR p.code LIKE ?) AND (? = 0 OR p.field_id = ?)"
	    " AND (? = 0 OR p.level = ?) AND (? = '' OR p.is_current = (? = 'current'))"
	    " ORDER BY p.is_current DESC, p.name, p.code LIMIT ? OFFSET ?" },
	[STMT_PROC_COUNT] = { "SELECT COUNT(*) FROM procedures p"
	    " WHERE p.version = (SELECT MAX(p2.version) FROM procedures p2 WHERE p2.code = p.code)"
	    " AND (? = '' OR p.name_folded LIKE ? OR p.code LIKE ?) AND (? = 0 OR p.field_id = ?)"
	    " AND (? = 0 OR p.level = ?) AND (? = '' OR p.is_current = (? = 'current'))" },
	[STMT_PROC_FIELDS] = { "SELECT id, code, name FROM fields ORDER BY sort, name" },
	[STMT_PROC_AGENCIES] = { "SELECT code, name, kind FROM agencies"
	    " ORDER BY kind = 'commune', sort, name" },
	/* Every version of a code, newest first, with the dossiers received under each. */
	[STMT_PROC_VERSIONS] = { "SELECT p.version, p.is_current, p.name,"
	    " " SQL_VN_TIME("p.published_at") " AS published_at,"
	    " COALESCE(" SQL_VN_TIME("p.withdrawn_at") ", '') AS withdrawn_at,"
	    " (SELECT COUNT(*) FROM dossiers d WHERE d.procedure_id = p.id) AS dossiers"
	    " FROM procedures p WHERE p.code = ? ORDER BY p.version DESC" },
	/* One version of a code (0: the last) as catalogue_load() reads a current one: id,
	 * version, then the columns of cat_tables[CAT_PROC]; then is_current. */
	[STMT_PROC_ROW] = { "SELECT p.id, p.version, p.code, f.code, a.code, p.gov_level, p.level,"
	    " p.processing_hours, p.same_day, p.clock_after_supplement, p.channels, p.applicant_kinds,"
	    " p.name, p.processing_note, p.presence_note, p.applicants, p.steps, p.requirements,"
	    " p.result, p.legal_basis, p.is_current FROM procedures p JOIN fields f ON f.id = p.field_id"
	    " JOIN agencies a ON a.id = p.agency_id WHERE p.code = ? AND (? = 0 OR p.version = ?)"
	    " ORDER BY p.version DESC LIMIT 1" },
	/* Its lists, each in cat_tables' order of columns. */
	[STMT_PROC_COMPONENTS] = { "SELECT required, originals, copies, file_types, max_size_kb,"
	    " template_file, name, note, template_name FROM procedure_components"
	    " WHERE procedure_id = ? ORDER BY sort" },
	[STMT_PROC_FEES] = { "SELECT kind, amount, COALESCE(amount_online, ''), unit, stage, optional,"
	    " name, note FROM procedure_fees WHERE procedure_id = ? ORDER BY sort" },
	[STMT_PROC_EXEMPTIONS] = { "SELECT (SELECT COUNT(*) FROM procedure_fees f2"
	    " WHERE f2.procedure_id = fe.procedure_id AND f2.sort <= fe.sort), x.percent, x.ground,"
	    " x.proof FROM procedure_fee_exemptions x JOIN procedure_fees fe ON fe.id = x.fee_id"
	    " WHERE fe.procedure_id = ? ORDER BY fe.sort, x.sort" },
	[STMT_PROC_RECEIVERS] = { "SELECT a.code FROM procedure_units u JOIN agencies a"
	    " ON a.id = u.agency_id WHERE u.procedure_id = ? ORDER BY u.sort" },
	/* end of procedures.c */

	/* units.c */
	/* end of units.c */

	/* people.c */
	/* end of people.c */

	/* calendar.c: the days of the calendar are workcal's day numbers (days since 1970-01-01,
	 * TO_DAYS() - 719528); a day's JSON is what the audit log keeps of it. */
	[STMT_CAL_YEAR] = { "SELECT TO_DAYS(day) - 719528 AS n, DATE_FORMAT(day, '%Y-%m-%d') AS date,"
	    " DATE_FORMAT(day, '%d/%m/%Y') AS shown, WEEKDAY(day) AS weekday, kind, name, projected"
	    " FROM holidays WHERE day BETWEEN ? AND ? ORDER BY day" },
	[STMT_CAL_DAY] = { "SELECT DATE_FORMAT(day, '%Y-%m-%d') AS date, DATE_FORMAT(day, '%d/%m/%Y') AS shown,"
	    " WEEKDAY(day) AS weekday, kind, name, projected FROM holidays WHERE day = FROM_DAYS(? + 719528)" },
	[STMT_CAL_JSON] = { "SELECT JSON_OBJECT('day', DATE_FORMAT(day, '%Y-%m-%d'), 'kind', kind,"
	    " 'name', name, 'projected', projected) FROM holidays WHERE day = FROM_DAYS(? + 719528)" },
	[STMT_CAL_INSERT] = { "INSERT INTO holidays (day, kind, name, projected)"
	    " VALUES (FROM_DAYS(? + 719528), ?, ?, ?)" },
	[STMT_CAL_UPDATE] = { "UPDATE holidays SET kind = ?, name = ?, projected = ?"
	    " WHERE day = FROM_DAYS(? + 719528)" },
	[STMT_CAL_DELETE] = { "DELETE FROM holidays WHERE day = FROM_DAYS(? + 719528)" },
	/* A change of the calendar or of a setting, by the signed-in administrator. */
	[STMT_CAL_AUDIT] = { "INSERT INTO audit_log (at, user_id, actor, program, action, object_kind,"
	    " object_code, before_json, after_json) VALUES (UTC_TIMESTAMP(3), ?, '', 'dvc-admin', ?, ?, ?,"
	    " NULLIF(?, ''), NULLIF(?, ''))" },
	[STMT_SET_ALL] = { "SELECT name, minutes, flag FROM settings" },
	/* A row deleted by hand is written again. */
	[STMT_SET_MINUTES] = { "INSERT INTO settings (minutes, name) VALUES (?, ?)"
	    " ON DUPLICATE KEY UPDATE minutes = VALUES(minutes)" },
	[STMT_SET_FLAG] = { "INSERT INTO settings (flag, name) VALUES (?, ?)"
	    " ON DUPLICATE KEY UPDATE flag = VALUES(flag)" },
	/* end of calendar.c */
};
